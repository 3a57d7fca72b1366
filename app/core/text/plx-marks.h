/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-article.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

/**
 * PlxMark:
 * @start: first character of the word, as an offset in characters into the
 *   article text
 * @end: one past its last character
 * @token: the word's index among the article's tokens
 * @tags: #PlxTag bits of the mark (%PLX_TAG_LOADED)
 *
 * A word of an article marked for what it is wherever it stands, whether
 * or not the other article has its sentence: a loaded or one-sided word.
 */
typedef struct
{
  guint  start;
  guint  end;
  guint  token;
  guint8 tags;
} PlxMark;

/* Valence (0 to 4) from which a word of the sentiment lexicon is loaded. */
#define PLX_MARKS_MIN_VALENCE 1.5

/* Occurrences of a stem in its article beyond which it is the article's
 * subject rather than its colouring. */
#define PLX_MARKS_MAX_REPEATS 2

gboolean plx_token_is_name (const PlxToken *tokens,
                            guint           k);

GArray *plx_marks_find (PlxLexicon              *lexicon,
                        PlxVocabulary           *vocabulary,
                        PlxArticle              *article,
                        const PlxSentenceTokens *tokens,
                        const guint8            *function_words);

GArray *plx_marks_function_words (PlxLexicon     *lexicon,
                                  PlxVocabulary  *vocabulary,
                                  const PlxToken *tokens,
                                  guint           n_tokens);

G_END_DECLS
