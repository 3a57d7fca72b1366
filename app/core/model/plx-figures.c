/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The figures a reader sees, worded and formatted once for the window and
 * every report: percentages as the reader's language writes them, how many
 * sentences have a counterpart, and whether two articles look unrelated.
 *
 * Unrelated articles: on the BASIL development triplets (40 stories, three
 * outlets each) the 120 pairs that tell one story have a similarity of
 * 4.4 % at the least (median 13.5 %), and the 40 control pairs that put
 * two different stories side by side 2.1 % at the most (median 0 %; their
 * linked share of sentences 0 to 9 %, against 9 to 67 % for real pairs).
 * PLX_UNRELATED_SIMILARITY, 3 %, lies between the two groups. The figures
 * come from eval/basil_score.py, which writes both kinds of pair. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "plx-figures.h"

/**
 * plx_format_percent:
 * @share: a share from 0 to 1
 *
 * Returns: (transfer full): @share as a whole percentage the way the
 *   user's language writes it ("47%", "47 %")
 */
char *
plx_format_percent (double share)
{
  int percent = isfinite (share) ? (int) lround (100 * CLAMP (share, 0, 1)) : 0;

  /* Translators: a percentage, as in "47%"; put the sign and the space
   * (a no-break space, U+00A0 or U+202F) where your language writes
   * them, as in "47 %" or "%47". */
  return g_strdup_printf (_("%d%%"), percent);
}

/**
 * plx_comparison_count_linked:
 *
 * Returns: how many sentences of @side have a counterpart in the other
 *   article
 */
guint
plx_comparison_count_linked (PlxComparison *comparison,
                             PlxSide        side)
{
  g_autoptr(GArray) unmatched = NULL;
  guint n;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), 0);

  n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  if (!plx_comparison_is_done (comparison))
    return 0;
  unmatched = plx_comparison_dup_unmatched (comparison, side);

  return n - MIN (n, unmatched->len);
}

/**
 * plx_comparison_looks_unrelated:
 *
 * Returns: whether the two articles seem to tell different stories: their
 *   similarity is below PLX_UNRELATED_SIMILARITY
 */
gboolean
plx_comparison_looks_unrelated (PlxComparison *comparison)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), FALSE);

  return plx_comparison_is_done (comparison) &&
         plx_comparison_get_similarity (comparison) < PLX_UNRELATED_SIMILARITY;
}

/**
 * plx_comparison_dup_similarity_text:
 *
 * Returns: (transfer full): the similarity with what it counts, and a
 *   warning when the articles look unrelated
 */
char *
plx_comparison_dup_similarity_text (PlxComparison *comparison)
{
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  percent = plx_format_percent (plx_comparison_get_similarity (comparison));
  /* Translators: %s is a percentage: "31% of both articles’ text…". */
  text = g_strdup_printf (_("%s of both articles’ text is in linked sentences, weighted by "
                            "how alike they are."),
                          percent);
  if (!plx_comparison_looks_unrelated (comparison))
    return g_steal_pointer (&text);

  /* Translators: %s is the sentence above, "31% of both articles’ text…". */
  return g_strdup_printf (_("%s The articles seem to tell different stories."), text);
}
