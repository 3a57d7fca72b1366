/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-claims.h"
#include "plx-similarity.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_CLAIM_SHARED,
  PLX_CLAIM_ONLY_A,
  PLX_CLAIM_ONLY_B,
  PLX_CLAIM_REFRAMED,
  PLX_CLAIM_QUOTE_CHANGED,
  PLX_CLAIM_ATTRIBUTION_CHANGED,
  PLX_CLAIM_QUOTE_TRIMMED,
  PLX_CLAIM_SECOND_HAND,
  PLX_CLAIM_PARAPHRASED,
} PlxClaimStatus;

/* How many statuses there are, for walking them all. */
#define PLX_CLAIM_N_STATUSES (PLX_CLAIM_PARAPHRASED + 1)

/**
 * PlxClaimMatch:
 * @status: how the claim fares in the other article
 * @counterpart: index of the matching claim in the other article, or -1
 * @counterpart_sentence: the sentence of that claim, when there is one
 * @change: what differs between the two, in words, or %NULL
 * @dropped_start: for a trimmed quotation, the start in bytes of this
 *   article's text of the first run of quoted words the other article
 *   leaves out; equal to @dropped_end when it drops none of this claim's
 * @dropped_end: the end of that run
 *
 * How one claim fares in the other article: the matching's result for it.
 */
typedef struct
{
  PlxClaimStatus status;
  int            counterpart;
  guint          counterpart_sentence;
  char          *change;
  gsize          dropped_start;
  gsize          dropped_end;
} PlxClaimMatch;

void        plx_match_claims           (const char              *language,
                                        GArray                  *claims_a,
                                        const char              *text_a,
                                        const PlxSentenceTokens *tokens_a,
                                        GArray                  *claims_b,
                                        const char              *text_b,
                                        const PlxSentenceTokens *tokens_b,
                                        GArray                  *links,
                                        PlxIdf                  *idf,
                                        PlxVocabulary           *vocabulary,
                                        GArray                 **matches_a,
                                        GArray                 **matches_b);
void        plx_claim_match_clear      (PlxClaimMatch *match);
const char *plx_claim_status_to_string (PlxClaimStatus status);

G_END_DECLS
