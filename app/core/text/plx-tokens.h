/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-lexicon.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_TOKEN_NUMBER      = 1 << 0,
  PLX_TOKEN_STOPWORD    = 1 << 1,
  PLX_TOKEN_CAPITALISED = 1 << 2,
  PLX_TOKEN_QUOTED      = 1 << 3,
} PlxTokenFlags;

/**
 * PlxToken:
 * @byte_start: first byte in the article text
 * @byte_end: one past the last byte
 * @norm: vocabulary id of the folded form (NFKC, case-folded, quotes and
 *   apostrophes unified)
 * @stem: vocabulary id of the Snowball stem of @norm
 * @flags: #PlxTokenFlags
 * @tags: #PlxTag bits this word carries (from the text and the lexicon)
 */
typedef struct
{
  gsize  byte_start;
  gsize  byte_end;
  guint  norm;
  guint  stem;
  guint8 flags;
  guint8 tags;
} PlxToken;

/**
 * PlxSentenceTokens:
 * @tokens: the tokens of every sentence of an article, consecutive
 * @starts: for each sentence the index of its first token, and one more
 *   entry for the end
 *
 * An article tokenized once, for the stages that read its words again.
 */
typedef struct
{
  const PlxToken *tokens;
  const guint    *starts;
} PlxSentenceTokens;

typedef struct _PlxVocabulary PlxVocabulary;

PlxVocabulary *plx_vocabulary_new    (void);
void           plx_vocabulary_free   (PlxVocabulary *self);
guint          plx_vocabulary_intern (PlxVocabulary *self,
                                      const char    *word,
                                      gssize         length);
const char    *plx_vocabulary_lookup (PlxVocabulary *self,
                                      guint          id);
guint          plx_vocabulary_size   (PlxVocabulary *self);

typedef struct _PlxTokenizer PlxTokenizer;

PlxTokenizer *plx_tokenizer_new      (PlxLexicon    *lexicon,
                                      PlxVocabulary *vocabulary);
void          plx_tokenizer_free     (PlxTokenizer *self);
void          plx_tokenizer_tokenize (PlxTokenizer *self,
                                      const char   *text,
                                      gsize         byte_start,
                                      gsize         byte_end,
                                      GArray       *tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxVocabulary, plx_vocabulary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxTokenizer, plx_tokenizer_free)

G_END_DECLS
