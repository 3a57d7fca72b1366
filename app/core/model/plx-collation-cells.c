/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* How each article tells each story unit, against the unit's central
 * version: its kind (identical, paraphrase, partial), whether it is told
 * out of order, and the word-level differences. Where one link of a
 * comparison with the pivot makes the whole unit, its kind and diff are
 * those the two-article comparison shows; otherwise the sentences are
 * diffed and classified afresh, with the comparison's or the leftovers'
 * tokens. */

#include "config.h"

#include "plx-collation-private.h"

/* The links of one comparison with the pivot, by unit: the first and how
 * many, so that a unit made of one link reuses that link. */
typedef struct
{
  int   *first;
  guint *count;
} UnitLinks;

static PlxTold
told_of_kind (PlxLinkKind kind)
{
  switch (kind)
    {
    case PLX_LINK_IDENTICAL:
      return PLX_TOLD_IDENTICAL;
    case PLX_LINK_PARAPHRASE:
      return PLX_TOLD_PARAPHRASE;
    case PLX_LINK_PARTIAL:
    default:
      return PLX_TOLD_PARTIAL;
    }
}

static void
unit_links_init (UnitLinks     *links,
                 PlxCollation  *self,
                 guint          k)
{
  PlxComparison *comparison = self->comparisons[k];
  guint n = self->units->len;

  links->first = g_new (int, MAX (n, 1));
  links->count = g_new0 (guint, MAX (n, 1));
  for (guint u = 0; u < n; u++)
    links->first[u] = -1;
  for (guint i = 0; i < comparison->links->len; i++)
    {
      const PlxLink *link = &g_array_index (comparison->links, PlxLink, i);
      guint u = g_array_index (self->unit_of[self->pivot], guint, link->a_start);

      /* A link left out of a unit that would have grown too long. */
      if (g_array_index (self->unit_of[k], guint, link->b_start) != u)
        continue;
      if (links->first[u] < 0)
        links->first[u] = i;
      links->count[u]++;
    }
}

static void
unit_links_clear (UnitLinks *links)
{
  g_clear_pointer (&links->first, g_free);
  g_clear_pointer (&links->count, g_free);
}

/* The kind that says less of two: identical, then paraphrase, then
 * partial. */
static PlxTold
weaker (PlxTold a,
        PlxTold b)
{
  return MAX (a, b);
}

/* Article @k against the pivot, in a unit the pivot tells: the kind and
 * diff of the strongest link of their comparison in the unit, which the
 * comparison has made already; the unit told in several links is told as
 * the weakest of them, and partly when some of the pivot's sentences of
 * the unit are not linked to @k. */
static void
compare_with_pivot (PlxCollation    *self,
                    const PlxUnit   *unit,
                    guint            k,
                    const UnitLinks *links,
                    guint            u)
{
  PlxComparison *comparison = self->comparisons[k];
  const PlxUnitCell *central = &unit->cells[self->pivot];
  PlxUnitCell *cell = &unit->cells[k];
  const PlxLink *best = NULL;
  guint best_index = 0;
  guint covered = 0;
  PlxTold told = PLX_TOLD_IDENTICAL;

  /* Joined to the unit only by a link that starts in another. */
  if (links->first[u] < 0)
    {
      cell->told = PLX_TOLD_PARTIAL;
      return;
    }

  for (guint i = links->first[u], seen = 0; seen < links->count[u]; i++)
    {
      const PlxLink *link = &g_array_index (comparison->links, PlxLink, i);

      if (g_array_index (self->unit_of[self->pivot], guint, link->a_start) != u ||
          g_array_index (self->unit_of[k], guint, link->b_start) != u)
        continue;
      seen++;
      covered += link->a_end - link->a_start;
      cell->moved |= link->moved;
      told = weaker (told, told_of_kind (link->kind));
      if (best == NULL || link->score > best->score)
        {
          best = link;
          best_index = i;
        }
    }

  cell->told = covered < central->n_sentences ? PLX_TOLD_PARTIAL : told;
  cell->score = best->score;
  cell->diff = g_array_ref (g_ptr_array_index (comparison->diffs, best_index));
  cell->central_tokens = plx_comparison_group_tokens (comparison, PLX_SIDE_A, best->a_start,
                                                      best->a_end, &cell->n_central_tokens);
  cell->tokens = plx_comparison_group_tokens (comparison, PLX_SIDE_B, best->b_start,
                                              best->b_end, &cell->n_tokens);
}

/* The article most linked in a unit the pivot does not tell. */
static guint
leftover_central (PlxCollation  *self,
                  const PlxUnit *unit,
                  const guint   *degree)
{
  guint best = unit->cells[0].n_sentences > 0 ? 0 : G_MAXUINT;

  for (guint k = 1; k < self->n_articles; k++)
    if (unit->cells[k].n_sentences > 0 && (best == G_MAXUINT || degree[k] > degree[best]))
      best = k;

  return best;
}

/* Article @k against article @c, in a unit only leftovers make: over the
 * strongest link between the two in the unit, or, when they are joined
 * only through other articles, over the first sentence of each. */
static void
compare_leftovers (PlxCollation  *self,
                   const PlxUnit *unit,
                   guint          c,
                   guint          k,
                   const PlxLink *link,
                   gboolean       moved)
{
  PlxLeftovers *leftovers = self->leftovers;
  PlxUnitCell *cell = &unit->cells[k];
  guint c_first = plx_leftovers_find (leftovers, c, unit->cells[c].sentences[0]);
  guint k_first = plx_leftovers_find (leftovers, k, cell->sentences[0]);
  PlxLink range = { c_first, c_first + 1, k_first, k_first + 1 };
  PlxLinkKind kind;

  if (link != NULL)
    range = *link;
  cell->central_tokens = plx_leftovers_tokens (leftovers, c, range.a_start, range.a_end,
                                               &cell->n_central_tokens);
  cell->tokens = plx_leftovers_tokens (leftovers, k, range.b_start, range.b_end,
                                       &cell->n_tokens);
  cell->diff = plx_leftovers_diff (leftovers, c, range.a_start, range.a_end, k, range.b_start,
                                   range.b_end, &kind, &cell->score);
  cell->told = link != NULL && (guint) (range.b_end - range.b_start) == cell->n_sentences &&
               (guint) (range.a_end - range.a_start) == unit->cells[c].n_sentences
                 ? told_of_kind (kind)
                 : PLX_TOLD_PARTIAL;
  cell->moved = moved;
}

/* The strongest link between leftovers of @c and @k in unit @u, with @c's
 * side first, in @link; FALSE when there is none. */
static gboolean
find_leftover_link (PlxCollation *self,
                    const guint  *by_unit,
                    const guint  *unit_start,
                    guint         u,
                    guint         c,
                    guint         k,
                    PlxLink      *link)
{
  PlxLeftovers *leftovers = self->leftovers;
  gboolean found = FALSE;

  for (guint j = unit_start[u]; j < unit_start[u + 1]; j++)
    {
      const PlxLeftoverLink *left = &g_array_index (leftovers->links, PlxLeftoverLink,
                                                    by_unit[j]);

      if (!((left->first == c && left->second == k) || (left->first == k && left->second == c)) ||
          (found && left->link.score <= link->score))
        continue;
      *link = left->link;
      if (left->first == k)
        {
          link->a_start = left->link.b_start;
          link->a_end = left->link.b_end;
          link->b_start = left->link.a_start;
          link->b_end = left->link.a_end;
        }
      found = TRUE;
    }

  return found;
}

/* How strongly each article is linked in each unit of leftovers, whether
 * its links there are out of order, and the links of each unit: those of
 * unit u are @by_unit[@unit_start[u]] up to @by_unit[@unit_start[u + 1]]. */
static void
count_leftover_links (PlxCollation *self,
                      guint        *degree,
                      gboolean     *moved,
                      guint       **by_unit,
                      guint       **unit_start)
{
  PlxLeftovers *leftovers = self->leftovers;
  guint n_articles = self->n_articles;
  guint n = self->units->len;
  g_autofree guint *unit_of_link = g_new (guint, MAX (leftovers->links->len, 1));
  g_autofree guint *fill = g_new0 (guint, n + 1);

  *unit_start = g_new0 (guint, n + 1);
  *by_unit = g_new (guint, MAX (leftovers->links->len, 1));
  for (guint i = 0; i < leftovers->links->len; i++)
    {
      const PlxLeftoverLink *left = &g_array_index (leftovers->links, PlxLeftoverLink, i);
      guint s = g_array_index (leftovers->sentences[left->first], guint, left->link.a_start);

      unit_of_link[i] = g_array_index (self->unit_of[left->first], guint, s);
      (*unit_start)[unit_of_link[i] + 1]++;
    }
  for (guint u = 0; u < n; u++)
    (*unit_start)[u + 1] += (*unit_start)[u];
  for (guint i = 0; i < leftovers->links->len; i++)
    {
      const PlxLeftoverLink *left = &g_array_index (leftovers->links, PlxLeftoverLink, i);
      guint u = unit_of_link[i];

      (*by_unit)[(*unit_start)[u] + fill[u]++] = i;

      degree[(gsize) u * n_articles + left->first]++;
      degree[(gsize) u * n_articles + left->second]++;
      moved[(gsize) u * n_articles + left->first] |= left->link.moved;
      moved[(gsize) u * n_articles + left->second] |= left->link.moved;
    }
}

void
plx_collation_compare_cells (PlxCollation *self)
{
  guint n = self->units->len;
  guint n_articles = self->n_articles;
  g_autofree guint *degree = g_new0 (guint, (gsize) MAX (n, 1) * n_articles);
  g_autofree gboolean *moved = g_new0 (gboolean, (gsize) MAX (n, 1) * n_articles);
  UnitLinks links[PLX_COLLATION_MAX_ARTICLES] = { { NULL } };
  g_autofree guint *by_unit = NULL;
  g_autofree guint *unit_start = NULL;

  count_leftover_links (self, degree, moved, &by_unit, &unit_start);
  for (guint k = 0; k < n_articles; k++)
    if (self->comparisons[k] != NULL)
      unit_links_init (&links[k], self, k);

  for (guint u = 0; u < n; u++)
    {
      PlxUnit *unit = &g_array_index (self->units, PlxUnit, u);
      gboolean pivot_tells = unit->cells[self->pivot].n_sentences > 0;

      unit->central = pivot_tells ? self->pivot
                                  : leftover_central (self, unit, &degree[(gsize) u * n_articles]);
      unit->n_carrying = 0;
      for (guint k = 0; k < n_articles; k++)
        {
          PlxUnitCell *cell = &unit->cells[k];

          if (cell->n_sentences == 0)
            continue;
          unit->n_carrying++;
          if (k == unit->central)
            {
              cell->told = PLX_TOLD_CENTRAL;
              cell->score = 1;
            }
          else if (pivot_tells)
            compare_with_pivot (self, unit, k, &links[k], u);
          else
            {
              PlxLink link;
              gboolean linked = find_leftover_link (self, by_unit, unit_start, u,
                                                    unit->central, k, &link);

              compare_leftovers (self, unit, unit->central, k, linked ? &link : NULL,
                                 moved[(gsize) u * n_articles + k]);
            }
        }
      if (unit->n_carrying > 1)
        unit->cells[unit->central].moved = pivot_tells ? unit->cells[unit->central].moved
                                                       : moved[(gsize) u * n_articles + unit->central];
    }

  for (guint k = 0; k < n_articles; k++)
    unit_links_clear (&links[k]);
}
