/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-article.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

/**
 * PlxClaim:
 * @sentence: the sentence that holds the cue
 * @cue: the reporting or stance words, in characters of the article text
 * @speaker: who holds the position as written ("he", "the Kremlin"); empty
 *   (start == end) when the text does not say
 * @content: what is claimed: the complement clause or the quote
 * @speaker_name: the speaker with pronouns resolved to the last person named
 * @verb: the cue as written, folded to lower case
 * @quote: the quoted words when the content is a quotation, or %NULL
 * @text: the content's text, line breaks folded
 * @party: id of the speaker's party, or %NULL
 */
typedef struct
{
  guint   sentence;
  PlxSpan cue;
  PlxSpan speaker;
  PlxSpan content;
  char   *speaker_name;
  char   *verb;
  char   *quote;
  char   *text;
  char   *party;
} PlxClaim;

typedef struct _PlxClaimFinder PlxClaimFinder;

PlxClaimFinder *plx_claim_finder_new  (PlxTokenizer  *tokenizer,
                                       PlxVocabulary *vocabulary,
                                       const char    *language);
void            plx_claim_finder_free (PlxClaimFinder *self);
GArray         *plx_claim_finder_find (PlxClaimFinder *self,
                                       PlxArticle     *article);
void            plx_claim_clear       (PlxClaim *claim);
GArray         *plx_find_claims       (PlxArticle *article,
                                       const char *language,
                                       GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxClaimFinder, plx_claim_finder_free)

G_END_DECLS
