/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-collation.h"

G_BEGIN_DECLS

/**
 * PlxCollatedClaimCell:
 * @claim: the index of the claim in plx_collation_get_claims() of this
 *   article, or -1 when the article leaves the claim out
 * @status: how the article frames it against the row's reference claim:
 *   %PLX_CLAIM_SHARED for the reference itself and for a claim told alike,
 *   else reframed, quote changed or trimmed, attribution changed, second
 *   hand or paraphrased (the statuses of the two-article comparison)
 * @hedge: (nullable): the hedge (a word of the lexicon's hedge list, such
 *   as "reportedly") the article puts in the claim's words or its
 *   attribution, %NULL when none
 *
 * One article in one row of claims. The claim's reporting verb, speaker
 * and quote (a claim without one is a paraphrase) are in its #PlxClaim.
 */
typedef struct
{
  int            claim;
  PlxClaimStatus status;
  char          *hedge;
} PlxCollatedClaimCell;

/**
 * PlxCollatedClaim:
 * @party: the id of the party the reference claim is about
 * @reference: the article whose claim the others are compared with (the
 *   pivot when it makes the claim)
 * @n_carrying: how many articles make the claim; 1 for a claim only one
 *   outlet makes
 * @cells: one #PlxCollatedClaimCell per article
 *
 * One claim matched across all the articles.
 */
typedef struct
{
  char         *party;
  guint         reference;
  guint         n_carrying;
  PlxCollatedClaimCell  cells[PLX_COLLATION_MAX_ARTICLES];
} PlxCollatedClaim;

/**
 * PlxCollatedDifference:
 * @kind: what differs (the kinds of the two-article list)
 * @score: its rank, higher first
 * @outlet: the one article that tells it differently from the others
 * @n_agreeing: how many other articles tell it the other way
 * @places: one place per article: where each tells it (sentence -1 and
 *   no words where an article does not)
 *
 * A divergence that matters across the articles: a quote, number, name,
 * hedge or negation that one outlet changes, or a claim only one makes.
 */
typedef struct
{
  PlxKeyKind  kind;
  double      score;
  guint       outlet;
  guint       n_agreeing;
  PlxKeyPlace places[PLX_COLLATION_MAX_ARTICLES];
} PlxCollatedDifference;

GArray            *plx_collation_get_claims          (PlxCollation *self,
                                                      guint         article);
PlxParties        *plx_collation_get_parties         (PlxCollation *self);
guint              plx_collation_get_n_claim_rows    (PlxCollation *self);
const PlxCollatedClaim *plx_collation_get_claim_row  (PlxCollation *self,
                                                      guint         index);
const char        *plx_collation_get_party_name      (PlxCollation *self,
                                                      const char   *party);
guint              plx_collation_get_n_key_differences (PlxCollation *self);
const PlxCollatedDifference *plx_collation_get_key_difference (PlxCollation *self,
                                                      guint         index);

G_END_DECLS
