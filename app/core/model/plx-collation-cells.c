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
                 PlxComparison *comparison)
{
  guint n = self->units->len;

  links->first = g_new (int, MAX (n, 1));
  links->count = g_new0 (guint, MAX (n, 1));
  for (guint u = 0; u < n; u++)
    links->first[u] = -1;
  for (guint i = 0; i < comparison->links->len; i++)
    {
      const PlxLink *link = &g_array_index (comparison->links, PlxLink, i);
      guint u = g_array_index (self->unit_of[self->pivot], guint, link->a_start);

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

static guint
last_sentence (const PlxUnitCell *cell)
{
  return cell->sentences[cell->n_sentences - 1];
}

/* Whether @cell's sentences are exactly @start up to @end. */
static gboolean
cell_is_range (const PlxUnitCell *cell,
               guint              start,
               guint              end)
{
  return cell->n_sentences == end - start && cell->sentences[0] == start &&
         last_sentence (cell) + 1 == end;
}

/* Article @k against the pivot, in a unit the pivot tells. */
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
  PlxLink whole;
  guint covered = 0;

  g_return_if_fail (links->first[u] >= 0);

  whole = g_array_index (comparison->links, PlxLink, links->first[u]);
  cell->moved = FALSE;
  for (guint i = links->first[u], seen = 0; seen < links->count[u]; i++)
    {
      const PlxLink *link = &g_array_index (comparison->links, PlxLink, i);

      if (g_array_index (self->unit_of[self->pivot], guint, link->a_start) != u)
        continue;
      seen++;
      covered += link->a_end - link->a_start;
      cell->moved |= link->moved;
      whole.score = MAX (whole.score, link->score);
    }

  whole.a_start = central->sentences[0];
  whole.a_end = last_sentence (central) + 1;
  whole.b_start = cell->sentences[0];
  whole.b_end = last_sentence (cell) + 1;
  cell->central_tokens = plx_comparison_group_tokens (comparison, PLX_SIDE_A, whole.a_start,
                                                      whole.a_end, &cell->n_central_tokens);
  cell->tokens = plx_comparison_group_tokens (comparison, PLX_SIDE_B, whole.b_start,
                                              whole.b_end, &cell->n_tokens);
  if (links->count[u] == 1 && cell_is_range (central, whole.a_start, whole.a_end) &&
      cell_is_range (cell, whole.b_start, whole.b_end))
    {
      const PlxLink *link = &g_array_index (comparison->links, PlxLink, links->first[u]);

      cell->told = told_of_kind (link->kind);
      cell->score = link->score;
      cell->diff = g_array_ref (g_ptr_array_index (comparison->diffs, links->first[u]));
      return;
    }

  cell->diff = plx_comparison_diff_link (comparison, &whole);
  cell->score = whole.score;
  /* A version that leaves out some of the pivot's sentences of the unit
   * tells part of it. */
  cell->told = covered < central->n_sentences ? PLX_TOLD_PARTIAL : told_of_kind (whole.kind);
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

/* Article @k against article @c, in a unit only leftovers make. */
static void
compare_leftovers (PlxCollation  *self,
                   const PlxUnit *unit,
                   guint          c,
                   guint          k,
                   gboolean       moved)
{
  PlxLeftovers *leftovers = self->leftovers;
  const PlxUnitCell *central = &unit->cells[c];
  PlxUnitCell *cell = &unit->cells[k];
  guint c_first = plx_leftovers_find (leftovers, c, central->sentences[0]);
  guint c_end = plx_leftovers_find (leftovers, c, last_sentence (central)) + 1;
  guint k_first = plx_leftovers_find (leftovers, k, cell->sentences[0]);
  guint k_end = plx_leftovers_find (leftovers, k, last_sentence (cell)) + 1;
  PlxLinkKind kind;

  cell->central_tokens = plx_leftovers_tokens (leftovers, c, c_first, c_end,
                                               &cell->n_central_tokens);
  cell->tokens = plx_leftovers_tokens (leftovers, k, k_first, k_end, &cell->n_tokens);
  cell->diff = plx_leftovers_diff (leftovers, c, c_first, c_end, k, k_first, k_end, &kind,
                                   &cell->score);
  cell->told = told_of_kind (kind);
  cell->moved = moved;
}

/* How strongly each article is linked in each unit of leftovers, and
 * whether its links there are out of order. */
static void
count_leftover_links (PlxCollation *self,
                      guint        *degree,
                      gboolean     *moved)
{
  PlxLeftovers *leftovers = self->leftovers;
  guint n_articles = self->n_articles;

  for (guint i = 0; i < leftovers->links->len; i++)
    {
      const PlxLeftoverLink *left = &g_array_index (leftovers->links, PlxLeftoverLink, i);
      guint s = g_array_index (leftovers->sentences[left->first], guint, left->link.a_start);
      guint u = g_array_index (self->unit_of[left->first], guint, s);

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

  count_leftover_links (self, degree, moved);
  for (guint k = 0; k < n_articles; k++)
    if (self->comparisons[k] != NULL)
      unit_links_init (&links[k], self, self->comparisons[k]);

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
            compare_leftovers (self, unit, unit->central, k, moved[(gsize) u * n_articles + k]);
        }
      if (unit->n_carrying > 1)
        unit->cells[unit->central].moved = pivot_tells ? unit->cells[unit->central].moved
                                                       : moved[(gsize) u * n_articles + unit->central];
    }

  for (guint k = 0; k < n_articles; k++)
    unit_links_clear (&links[k]);
}
