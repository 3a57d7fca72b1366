/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_DIFF_EQUAL,
  PLX_DIFF_DELETE,
  PLX_DIFF_INSERT,
  PLX_DIFF_REPLACE,
} PlxDiffOp;

/**
 * PlxDiffEdit:
 * @op: what the edit does
 * @a_start: first token on side A (indices into the tokens given to the diff)
 * @a_end: one past the last (equal to @a_start for an insertion)
 * @b_start: first token on side B
 * @b_end: one past the last (equal to @b_start for a deletion)
 * @tags: #PlxTag bits of the words the edit touches; after
 *   plx_diff_refine(), the one tag its painted words carry, or none
 * @light: not shown as a difference: a replacement between words of the same
 *   stem ("deny" / "denied") and, after plx_diff_refine(), function words,
 *   words the other side has elsewhere (reordering) and the wording of long
 *   rewrites that carries no tag
 */
typedef struct
{
  PlxDiffOp op;
  guint     a_start;
  guint     a_end;
  guint     b_start;
  guint     b_end;
  guint8    tags;
  gboolean  light;
} PlxDiffEdit;

/**
 * PlxDiffSide:
 * @tokens: the tokens of one side of a link
 * @n_tokens: how many
 * @marks: (nullable): #PlxTag bits each token takes from the marks of its
 *   article (loaded words), one per token
 * @function_words: (nullable): for each token, whether it is a function
 *   word (plx_lexicon_is_function_word()); when %NULL the lexicon is asked
 *
 * One side of a link, for plx_diff_refine().
 */
typedef struct
{
  const PlxToken *tokens;
  guint           n_tokens;
  const guint8   *marks;
  const guint8   *function_words;
} PlxDiffSide;

/* A rewording of at most this many content words a side is a change of
 * wording a reader compares word for word; in a longer rewrite only the
 * words that carry a tag of substance are shown. */
#define PLX_DIFF_SHORT_REWORDING 3

GArray     *plx_diff_tokens       (const PlxToken *a,
                                   guint           n_a,
                                   const PlxToken *b,
                                   guint           n_b);
GArray     *plx_diff_refine       (GArray            *edits,
                                   const PlxDiffSide *a,
                                   const PlxDiffSide *b,
                                   PlxLexicon        *lexicon,
                                   PlxVocabulary     *vocabulary);
const char *plx_diff_op_to_string (PlxDiffOp op);

G_END_DECLS
