/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* With three or more articles the panel shows the comparison of the base
 * article with one outlet, and under each claim which outlets carry it
 * and which leave it out ("Carried by: herald, tribune (not: courier)"),
 * from the claims matched across the collation (plx-collation-claims.h).
 * Each claim's row is found through a table made once per filling of the
 * panel, not by going through all the rows for each claim. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-collation-claims.h"
#include "plx-coverage-view.h"
#include "plx-parties-panel-private.h"

/* The article of @collation that @side of @comparison shows, or -1. */
static int
article_of (PlxCollation  *collation,
            PlxComparison *comparison,
            PlxSide        side)
{
  if (side == PLX_SIDE_A)
    return plx_collation_get_pivot (collation);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != plx_collation_get_pivot (collation) &&
        plx_collation_get_comparison (collation, k) == comparison)
      return k;
  return -1;
}

/* The outlets of @row's cells that carry the claim (or, @carried FALSE,
 * that leave it out), joined. */
static char *
dup_outlets (PlxCollation           *collation,
             const PlxCollatedClaim *row,
             gboolean                carried)
{
  GString *names = g_string_new (NULL);

  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if ((row->cells[k].claim >= 0) == carried)
      {
        g_autofree char *name = plx_coverage_dup_short_outlet_name (
          plx_collation_get_article (collation, k));

        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, name);
      }
  return g_string_free (names, FALSE);
}

struct _PlxClaimCoverage
{
  PlxCollation *collation;
  int           article[2];  /* per side of the comparison, or -1 */
  GHashTable   *rows[2];     /* per side, claim index + 1 → its first claim row */
};

/**
 * plx_claim_coverage_new:
 * @collation: (nullable): the collation the comparison shown belongs to
 *
 * Finds the claim row of each claim of both sides of @comparison, once for
 * all the claims the panel shows.
 *
 * Returns: (transfer full) (nullable): the coverage of the claims, %NULL
 *   when there is no collation (a side of a comparison that is not one of
 *   the collation's has no claim rows)
 */
PlxClaimCoverage *
plx_claim_coverage_new (PlxCollation  *collation,
                        PlxComparison *comparison)
{
  PlxClaimCoverage *self;

  if (collation == NULL || !plx_collation_is_done (collation))
    return NULL;

  self = g_new0 (PlxClaimCoverage, 1);
  self->collation = g_object_ref (collation);
  for (PlxSide side = PLX_SIDE_A; side <= PLX_SIDE_B; side++)
    {
      self->article[side] = article_of (collation, comparison, side);
      self->rows[side] = g_hash_table_new (NULL, NULL);
    }
  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);

      for (PlxSide side = PLX_SIDE_A; side <= PLX_SIDE_B; side++)
        {
          int claim = self->article[side] >= 0 ? row->cells[self->article[side]].claim : -1;
          gpointer key = GINT_TO_POINTER (claim + 1);

          /* The first row of a claim is the one it shows. */
          if (claim >= 0 && !g_hash_table_contains (self->rows[side], key))
            g_hash_table_insert (self->rows[side], key, (gpointer) row);
        }
    }
  return self;
}

void
plx_claim_coverage_free (PlxClaimCoverage *self)
{
  for (PlxSide side = PLX_SIDE_A; side <= PLX_SIDE_B; side++)
    g_clear_pointer (&self->rows[side], g_hash_table_unref);
  g_clear_object (&self->collation);
  g_free (self);
}

/**
 * plx_claim_coverage_dup_line:
 * @self: (nullable): the coverage of the claims, or %NULL
 * @claim: the index of a claim of @side of the comparison
 *
 * Returns: (transfer full) (nullable): the line that says which outlets
 *   carry the claim, %NULL when no claim row has it
 */
char *
plx_claim_coverage_dup_line (PlxClaimCoverage *self,
                             PlxSide           side,
                             guint             claim)
{
  const PlxCollatedClaim *row;
  g_autofree char *carried = NULL;
  g_autofree char *left_out = NULL;

  if (self == NULL)
    return NULL;
  row = g_hash_table_lookup (self->rows[side], GUINT_TO_POINTER (claim + 1));
  if (row == NULL)
    return NULL;

  carried = dup_outlets (self->collation, row, TRUE);
  left_out = dup_outlets (self->collation, row, FALSE);
  if (left_out[0] == '\0')
    /* Translators: under a claim in the side panel: the outlets that
     * carry it, all of them. */
    return g_strdup_printf (_("Carried by: %s (all)"), carried);
  /* Translators: under a claim in the side panel: the outlets that
   * carry it, then those that leave it out. */
  return g_strdup_printf (_("Carried by: %s (not: %s)"), carried, left_out);
}
