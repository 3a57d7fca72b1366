/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* With three or more articles the panel shows the comparison of the base
 * article with one outlet, and under each claim which outlets carry it
 * and which leave it out ("Carried by: herald, tribune (not: courier)"),
 * from the claims matched across the collation (plx-collation-claims.h). */

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

/**
 * plx_parties_panel_dup_coverage:
 * @claim: the index of a claim of @side of @comparison
 *
 * Returns: (transfer full) (nullable): the line that says which outlets
 *   carry the claim, %NULL when @comparison is not one of @collation's
 */
char *
plx_parties_panel_dup_coverage (PlxCollation  *collation,
                                PlxComparison *comparison,
                                PlxSide        side,
                                guint          claim)
{
  int article;

  if (collation == NULL || !plx_collation_is_done (collation))
    return NULL;
  article = article_of (collation, comparison, side);
  if (article < 0)
    return NULL;

  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);
      g_autofree char *carried = NULL;
      g_autofree char *left_out = NULL;

      if (row->cells[article].claim != (int) claim)
        continue;
      carried = dup_outlets (collation, row, TRUE);
      left_out = dup_outlets (collation, row, FALSE);
      if (left_out[0] == '\0')
        /* Translators: under a claim in the side panel: the outlets that
         * carry it, all of them. */
        return g_strdup_printf (_("Carried by: %s (all)"), carried);
      /* Translators: under a claim in the side panel: the outlets that
       * carry it, then those that leave it out. */
      return g_strdup_printf (_("Carried by: %s (not: %s)"), carried, left_out);
    }
  return NULL;
}
