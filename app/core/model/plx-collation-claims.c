/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "plx-collation-private.h"

void
plx_collation_match_claims (PlxCollation *self)
{
  self->claim_rows = g_array_new (FALSE, TRUE, sizeof (PlxClaimRow));
}
