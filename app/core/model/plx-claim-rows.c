/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The parties-and-claims table as readers see it, in the parties panel and
 * in every report: one order, computed once, here. */

#include "config.h"

#include "plx-claim-rows.h"

/**
 * plx_claim_rows_new:
 *
 * The claims of both articles by party, in the parties' order, and within
 * a party the disagreements first. A pair of claims is told once, from A.
 *
 * Returns: (transfer full) (element-type PlxClaimRow): the rows
 */
GArray *
plx_claim_rows_new (PlxComparison *comparison)
{
  static const PlxClaimStatus order[] = {
    PLX_CLAIM_ATTRIBUTION_CHANGED, PLX_CLAIM_QUOTE_CHANGED, PLX_CLAIM_QUOTE_TRIMMED,
    PLX_CLAIM_PARAPHRASED, PLX_CLAIM_SECOND_HAND, PLX_CLAIM_REFRAMED,
    PLX_CLAIM_ONLY_A, PLX_CLAIM_ONLY_B, PLX_CLAIM_SHARED,
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (order) == PLX_CLAIM_N_STATUSES);
  PlxParties *parties = plx_comparison_get_parties (comparison);
  GArray *claims[2] = { plx_comparison_get_claims (comparison, PLX_SIDE_A),
                        plx_comparison_get_claims (comparison, PLX_SIDE_B) };
  g_autoptr(GHashTable) by_party = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (PlxClaimRow));

  /* One pass over the claims, not one per party: books have hundreds. */
  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint side = 0; side < 2; side++)
      for (guint i = 0; i < claims[side]->len; i++)
        {
          const PlxClaim *claim = &g_array_index (claims[side], PlxClaim, i);
          const PlxClaimMatch *match = plx_comparison_get_claim_match (comparison, side, i);
          PlxClaimRow row = { NULL, claim, match, NULL, side, FALSE };
          GArray *list;

          if (match->status != order[o] || claim->party == NULL ||
              (side == PLX_SIDE_B && match->counterpart >= 0))
            continue;
          if (side == PLX_SIDE_A && match->counterpart >= 0)
            row.counterpart = &g_array_index (claims[PLX_SIDE_B], PlxClaim, match->counterpart);
          list = g_hash_table_lookup (by_party, claim->party);
          if (list == NULL)
            {
              list = g_array_new (FALSE, TRUE, sizeof (PlxClaimRow));
              g_hash_table_insert (by_party, claim->party, list);
            }
          g_array_append_val (list, row);
        }

  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *party = plx_parties_get (parties, p);
      GArray *list = g_hash_table_lookup (by_party, party->id);

      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          PlxClaimRow *row = &g_array_index (list, PlxClaimRow, k);

          row->party = party;
          row->first_of_party = k == 0;
          g_array_append_val (rows, *row);
        }
    }

  return rows;
}
