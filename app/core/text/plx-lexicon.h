/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxTag:
 *
 * What a word-level difference touches. The first three come from the text
 * itself; the others from the language's word lists in data/lexicon/.
 */
typedef enum
{
  PLX_TAG_QUOTE          = 1 << 0,
  PLX_TAG_NUMBER         = 1 << 1,
  PLX_TAG_NAME           = 1 << 2,
  PLX_TAG_NEGATION       = 1 << 3,
  PLX_TAG_HEDGE          = 1 << 4,
  PLX_TAG_INTENSIFIER    = 1 << 5,
  PLX_TAG_REPORTING_VERB = 1 << 6,
  PLX_TAG_LOADED         = 1 << 7,
} PlxTag;

#define PLX_N_TAGS 8

/* Tags that come from word lists, in the order of the lexicon file. */
#define PLX_N_LEXICON_TAGS 5

typedef struct _PlxLexicon PlxLexicon;

PlxLexicon  *plx_lexicon_new              (const char *language,
                                           GError    **error);
PlxLexicon  *plx_lexicon_ref              (PlxLexicon *self);
void         plx_lexicon_unref            (PlxLexicon *self);
gboolean     plx_lexicon_add_file         (PlxLexicon *self,
                                           const char *path,
                                           GError    **error);
const char  *plx_lexicon_get_language     (PlxLexicon *self);
gboolean     plx_lexicon_is_stopword      (PlxLexicon *self,
                                           const char *word);
gboolean     plx_lexicon_is_function_word (PlxLexicon *self,
                                           const char *word);
double       plx_lexicon_get_valence      (PlxLexicon *self,
                                           const char *word,
                                           const char *stem);
GPtrArray   *plx_lexicon_get_phrases      (PlxLexicon *self,
                                           PlxTag      tag);
const char  *plx_tag_to_string            (PlxTag tag);
PlxTag       plx_tag_from_index           (guint index);
PlxTag       plx_tag_strongest            (guint tags);
char        *plx_detect_language          (const char *text);
gboolean     plx_language_is_supported    (const char *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxLexicon, plx_lexicon_unref)

G_END_DECLS
