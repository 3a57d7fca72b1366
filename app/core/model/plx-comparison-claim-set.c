/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The corrections of one article's claims set all at once: a collation of
 * three or more articles shares those of its base article among its
 * comparisons (plx-collation.c), so that a claim of the base corrected in
 * one comparison is corrected in all. */

#include "config.h"

#include "plx-comparison-private.h"

/* Whether the corrections of @side are @edits' of @side, in order. */
static gboolean
same_claim_edits (PlxComparison *self,
                  PlxSide        side,
                  GPtrArray     *edits)
{
  guint k = 0;

  for (guint e = 0; e < edits->len; e++)
    {
      const PlxClaimEdit *edit = g_ptr_array_index (edits, e);

      if (edit->side != side)
        continue;
      while (k < self->claim_edits->len &&
             ((PlxClaimEdit *) g_ptr_array_index (self->claim_edits, k))->side != side)
        k++;
      if (k == self->claim_edits->len ||
          !plx_claim_edit_equal (g_ptr_array_index (self->claim_edits, k), edit))
        return FALSE;
      k++;
    }
  for (; k < self->claim_edits->len; k++)
    if (((PlxClaimEdit *) g_ptr_array_index (self->claim_edits, k))->side == side)
      return FALSE;

  return TRUE;
}

static GPtrArray *
copy_claim_edits (GPtrArray *edits,
                  int        side,
                  gboolean   of_side)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_claim_edit_free);

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxClaimEdit *edit = g_ptr_array_index (edits, k);

      if (side < 0 || ((int) edit->side == side) == of_side)
        g_ptr_array_add (copy, plx_claim_edit_copy (edit));
    }

  return copy;
}

/* A claim made anew whose party a merge took away since the run keeps the
 * party it has now. */
static void
keep_merged_parties (GArray     *claims,
                     GArray     *current,
                     PlxParties *parties)
{
  for (guint i = 0; i < claims->len; i++)
    {
      PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
      int now;

      if (claim->party == NULL || plx_parties_lookup (parties, claim->party) != NULL)
        continue;
      now = plx_claims_find_by_spans (current, claim->cue, claim->content);
      if (now >= 0)
        {
          g_free (claim->party);
          claim->party = g_strdup (g_array_index (current, PlxClaim, now).party);
        }
    }
}

/**
 * plx_comparison_set_claim_edits:
 * @side: the article whose corrections are set
 * @edits: (element-type PlxClaimEdit): corrections, oldest first; those of
 *   the other side are not read
 *
 * Makes the corrections of the claims of @side those of @edits, as one
 * edit that undoes as any other: the claims of @side are those the run
 * found, corrected by @edits. A collation shares the corrections of its
 * base article's claims among its comparisons this way.
 *
 * Returns: whether anything changed
 */
gboolean
plx_comparison_set_claim_edits (PlxComparison *self,
                                PlxSide        side,
                                GPtrArray     *edits)
{
  GPtrArray *after;
  GPtrArray *taken;
  GArray *claims;
  PlxParties *parties;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);
  g_return_val_if_fail (side <= PLX_SIDE_B && edits != NULL, FALSE);

  if (same_claim_edits (self, side, edits))
    return FALSE;

  after = copy_claim_edits (self->claim_edits, side, FALSE);
  taken = copy_claim_edits (edits, side, TRUE);
  g_ptr_array_extend_and_steal (after, taken);
  claims = plx_claims_copy (self->claims_found[side]);
  parties = plx_parties_copy (self->parties);
  plx_claim_edits_apply (after, side, self->articles[side], claims, parties);
  keep_merged_parties (claims, self->claims[side], parties);
  plx_comparison_record_claim_set (self, side, after, claims, parties);

  return TRUE;
}
