/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

/* How many key differences the window and the reports show. */
#define PLX_KEY_DIFFERENCES_MAX 10

/**
 * PlxKeyKind:
 *
 * What kind of divergence a key difference is. The order is not the rank:
 * each kind has its own weight.
 */
typedef enum
{
  PLX_KEY_QUOTE_CHANGED,
  PLX_KEY_QUOTE_TRIMMED,
  PLX_KEY_ATTRIBUTION_CHANGED,
  PLX_KEY_SECOND_HAND,
  PLX_KEY_PARAPHRASED,
  PLX_KEY_NUMBER_CHANGED,
  PLX_KEY_NEGATION,
  PLX_KEY_HEDGE,
  PLX_KEY_NAME_CHANGED,
  PLX_KEY_ONE_SIDED_CLAIM,
  PLX_KEY_LOADED_WORD,
  PLX_N_KEY_KINDS
} PlxKeyKind;

/**
 * PlxKeyPlace:
 * @sentence: the sentence of the article that holds the words, or -1 when
 *   this article has no place for the difference
 * @span: the words, in characters of the article text; empty (start ==
 *   end) where the article leaves something out
 * @words: the words as written, line breaks folded; "" when left out
 *
 * Where a key difference is in one article.
 */
typedef struct
{
  int     sentence;
  PlxSpan span;
  char   *words;

  /* The same span in bytes of the article text. */
  gsize   byte_start;
  gsize   byte_end;
} PlxKeyPlace;

/**
 * PlxKeyDifference:
 * @kind: what diverges
 * @score: how much it matters, from 0 to 1; the list is ordered by it
 * @place: where it is in article A and in article B (#PlxSide)
 */
typedef struct
{
  PlxKeyKind  kind;
  double      score;
  PlxKeyPlace place[2];
} PlxKeyDifference;

GArray     *plx_comparison_get_key_differences (PlxComparison *self);

GArray     *plx_key_differences_compute        (PlxComparison *comparison,
                                                guint          max_items);
GArray     *plx_key_differences_new            (void);
void        plx_key_differences_add_claims     (GArray        *items,
                                                PlxComparison *comparison);
void        plx_key_differences_add_edits      (GArray        *items,
                                                PlxComparison *comparison);
void        plx_key_differences_add_loaded     (GArray        *items,
                                                PlxComparison *comparison,
                                                const PlxSpan *loaded_a,
                                                guint          n_loaded_a,
                                                const PlxSpan *loaded_b,
                                                guint          n_loaded_b);
void        plx_key_differences_finish         (GArray *items,
                                                guint   max_items);

const char *plx_key_kind_to_string             (PlxKeyKind kind);
const char *plx_key_kind_get_reason            (PlxKeyKind kind);
double      plx_key_kind_get_weight            (PlxKeyKind kind);

G_END_DECLS
