/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

/* One line of a parties-and-claims table: a claim told from one side, how
 * it fares in the other article, and its counterpart in B when A's claim
 * has one. */
typedef struct
{
  const PlxParty      *party;
  const PlxClaim      *claim;
  const PlxClaimMatch *match;
  const PlxClaim      *counterpart;
  PlxSide              side;
  gboolean             first_of_party;
} PlxClaimRow;

GArray *plx_claim_rows_new (PlxComparison *comparison);

G_END_DECLS
