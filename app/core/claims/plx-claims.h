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
 * @affiliation: the party and state the article gives a lawmaker after
 *   their name, spelled out ("Democrat, N.Y." for "D-N.Y."), or %NULL;
 *   plx_parties_unify() shows it after @speaker_name
 * @edited: whether a person added the claim or corrected it
 *   (#PlxClaimEdit)
 *
 * How a claim fares in another article is the matching's result
 * (#PlxClaimMatch), not the claim's.
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
  char   *affiliation;

  /* Who speaks, for telling two claims' speakers apart: a person's last
   * name, or the head word of a description ("president", "kremlin"). */
  char   *speaker_key;
  /* Whether the key is a person's name (not a description's head word). */
  gboolean person;

  /* Bytes of the article text: the whole claim and its content. */
  gsize   byte_start;
  gsize   byte_end;
  gsize   content_byte_start;
  gsize   content_byte_end;

  gboolean edited;
  /* The writer's own words ("I think", "as we saw", "you can expect"
   * outside a quotation): read as a claim, so that no other is read in
   * them, then left out. */
  gboolean writer;
  /* Read again by an attribution that repeats it, by the same speaker
   * ("He added that …, he said"): left out like the writer's. */
  gboolean repeated;
} PlxClaim;

typedef struct _PlxClaimFinder PlxClaimFinder;

PlxClaimFinder *plx_claim_finder_new  (PlxTokenizer  *tokenizer,
                                       PlxVocabulary *vocabulary,
                                       const char    *language,
                                       GHashTable    *groups);
void            plx_claim_finder_free (PlxClaimFinder *self);
GArray         *plx_claim_finder_find (PlxClaimFinder          *self,
                                       PlxArticle              *article,
                                       const PlxSentenceTokens *tokens);
void            plx_claim_clear       (PlxClaim *claim);

gboolean        plx_name_is_suffix    (const char *folded);
char           *plx_claim_name_without_affiliation (const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxClaimFinder, plx_claim_finder_free)

G_END_DECLS
