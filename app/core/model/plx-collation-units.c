/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Story units from links. Every link of a comparison with the pivot and
 * every link between leftovers joins its sentences into one unit (a
 * union-find over all sentences of all articles), so that no sentence is in
 * two units and every sentence is in one. The units are then put in reading
 * order — the pivot's, with what only other articles tell after the
 * sentence each follows there — and each article's version is compared
 * with the unit's central one: the pivot's when it tells the unit, else
 * that of the article most linked in it. */

#include "config.h"

#include "plx-collation-private.h"

#define NO_UNIT G_MAXUINT

/* The most sentences of one article a unit takes: a unit tells one fact,
 * and a link that would make it longer (a chain of links through repeated
 * sentences, say) is left out of it. */
#define MAX_PER_ARTICLE 4

typedef struct
{
  guint   n_articles;
  guint   offsets[PLX_COLLATION_MAX_ARTICLES + 1];
  guint  *parent;  /* union-find over all sentences */
  guint8 *count;   /* per root, how many sentences of each article it holds */
  guint  *unit;    /* the unit of each sentence, in order of making */
  guint   n_units;
} Build;

static guint
find_root (guint *parent,
           guint  x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }

  return x;
}

static void
join (Build *build,
      guint  a,
      guint  b)
{
  guint root_a = find_root (build->parent, a);
  guint root_b = find_root (build->parent, b);
  guint8 *count_a = &build->count[(gsize) root_a * build->n_articles];
  guint8 *count_b = &build->count[(gsize) root_b * build->n_articles];
  guint8 *count;

  if (root_a == root_b)
    return;
  for (guint k = 0; k < build->n_articles; k++)
    if (count_a[k] + count_b[k] > MAX_PER_ARTICLE)
      return;

  /* The smaller root wins, so that the result does not depend on the order
   * of the joins. */
  if (root_a < root_b)
    build->parent[root_b] = root_a;
  else
    build->parent[root_a] = root_b;
  count = root_a < root_b ? count_a : count_b;
  for (guint k = 0; k < build->n_articles; k++)
    count[k] = count_a[k] + count_b[k];
}

static void
join_range (Build *build,
            guint  anchor,
            guint  article,
            guint  start,
            guint  end)
{
  for (guint s = start; s < end; s++)
    join (build, anchor, build->offsets[article] + s);
}

/* A partial link this weak joins two sentences that share a frame more
 * often than a fact (read by hand on held-out triplets: 17 of 22 such
 * links were wrong, 5 of 31 stronger ones); it stays in its comparison but
 * makes no story unit of three or more articles. A link a person made
 * always does, and with two articles every link does (the collation is
 * then the comparison). */
#define UNIT_MIN_PARTIAL_SCORE 0.3

static gboolean
link_joins (PlxCollation  *self,
            const PlxLink *link)
{
  return self->n_articles == 2 || link->manual || link->kind != PLX_LINK_PARTIAL ||
         link->score > UNIT_MIN_PARTIAL_SCORE;
}

static void
join_links (PlxCollation *self,
            Build        *build)
{
  PlxLeftovers *leftovers = self->leftovers;

  for (guint k = 0; k < self->n_articles; k++)
    {
      PlxComparison *comparison = self->comparisons[k];

      for (guint i = 0; comparison != NULL && i < comparison->links->len; i++)
        {
          const PlxLink *link = &g_array_index (comparison->links, PlxLink, i);
          guint anchor = build->offsets[self->pivot] + link->a_start;

          if (!link_joins (self, link))
            continue;
          join_range (build, anchor, self->pivot, link->a_start, link->a_end);
          join_range (build, anchor, k, link->b_start, link->b_end);
        }
    }

  for (guint i = 0; i < leftovers->links->len; i++)
    {
      const PlxLeftoverLink *left = &g_array_index (leftovers->links, PlxLeftoverLink, i);
      GArray *first = leftovers->sentences[left->first];
      GArray *second = leftovers->sentences[left->second];
      guint anchor = build->offsets[left->first] + g_array_index (first, guint, left->link.a_start);

      if (!link_joins (self, &left->link))
        continue;
      for (guint s = left->link.a_start; s < left->link.a_end; s++)
        join (build, anchor, build->offsets[left->first] + g_array_index (first, guint, s));
      for (guint s = left->link.b_start; s < left->link.b_end; s++)
        join (build, anchor, build->offsets[left->second] + g_array_index (second, guint, s));
    }
}

/* Numbers the units in order of their first sentence, article by article. */
static void
number_units (Build *build)
{
  guint total = build->offsets[build->n_articles];
  g_autofree guint *of_root = g_new (guint, MAX (total, 1));

  for (guint x = 0; x < total; x++)
    of_root[x] = NO_UNIT;
  build->unit = g_new (guint, MAX (total, 1));
  build->n_units = 0;
  for (guint x = 0; x < total; x++)
    {
      guint root = find_root (build->parent, x);

      if (of_root[root] == NO_UNIT)
        of_root[root] = build->n_units++;
      build->unit[x] = of_root[root];
    }
}

typedef struct
{
  guint *next;
  guint *prev;
  guint  head;  /* also the end of the list */
} Order;

static void
insert_after (Order *order,
              guint  after,
              guint  u)
{
  order->next[u] = order->next[after];
  order->prev[u] = after;
  order->prev[order->next[after]] = u;
  order->next[after] = u;
}

/* Where a unit stands while the order is made. */
enum
{
  UNSEEN,
  PENDING,  /* met in the article being placed, before any placed unit */
  PLACED,
};

/* Places the units of @k not placed yet: each right after the unit of the
 * sentence before it in @k; those before any placed one right before the
 * first placed one, and those of an article that shares nothing at the
 * end. */
static void
place_article (Build  *build,
               Order  *order,
               guint8 *state,
               guint   k)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (guint));
  guint after = G_MAXUINT;

  for (guint x = build->offsets[k]; x < build->offsets[k + 1]; x++)
    {
      guint u = build->unit[x];

      if (state[u] == PLACED)
        {
          for (guint i = 0; i < pending->len; i++)
            {
              insert_after (order, order->prev[u], g_array_index (pending, guint, i));
              state[g_array_index (pending, guint, i)] = PLACED;
            }
          g_array_set_size (pending, 0);
          after = u;
        }
      else if (state[u] == UNSEEN && after == G_MAXUINT)
        {
          state[u] = PENDING;
          g_array_append_val (pending, u);
        }
      else if (state[u] == UNSEEN)
        {
          insert_after (order, after, u);
          state[u] = PLACED;
          after = u;
        }
    }
  for (guint i = 0; i < pending->len; i++)
    {
      insert_after (order, order->prev[order->head], g_array_index (pending, guint, i));
      state[g_array_index (pending, guint, i)] = PLACED;
    }
}

/* The reading order: the pivot's units in its order, then, article by
 * article, those not yet placed after their neighbours in that article.
 * A linked list keeps each insertion cheap. */
static guint *
reading_order (PlxCollation *self,
               Build        *build)
{
  guint n = build->n_units;
  g_autofree guint *next = g_new (guint, n + 1);
  g_autofree guint *prev = g_new (guint, n + 1);
  g_autofree guint8 *state = g_new0 (guint8, MAX (n, 1));
  Order order = { next, prev, n };
  guint *result = g_new (guint, MAX (n, 1));
  guint position = 0;

  next[n] = prev[n] = n;
  place_article (build, &order, state, self->pivot);
  for (guint k = 0; k < self->n_articles; k++)
    if (k != self->pivot)
      place_article (build, &order, state, k);

  for (guint u = next[n]; u != n; u = next[u])
    result[position++] = u;
  g_assert (position == n);

  return result;
}

/* Gives each unit its cells and each cell its sentences, in reading order. */
static void
fill_units (PlxCollation *self,
            Build        *build,
            const guint  *order)
{
  guint n = build->n_units;
  guint n_articles = self->n_articles;
  guint total = build->offsets[n_articles];
  g_autofree guint *position_of = g_new (guint, MAX (n, 1));
  PlxUnitCell *cells;

  for (guint p = 0; p < n; p++)
    position_of[order[p]] = p;

  self->unit_cells = g_array_new (FALSE, TRUE, sizeof (PlxUnitCell));
  g_array_set_size (self->unit_cells, (gsize) n * n_articles);
  cells = (PlxUnitCell *) self->unit_cells->data;
  self->units = g_array_new (FALSE, TRUE, sizeof (PlxUnit));
  g_array_set_size (self->units, n);
  self->unit_sentences = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_set_size (self->unit_sentences, total);

  for (guint k = 0; k < n_articles; k++)
    {
      self->unit_of[k] = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_set_size (self->unit_of[k], build->offsets[k + 1] - build->offsets[k]);
      for (guint x = build->offsets[k]; x < build->offsets[k + 1]; x++)
        {
          guint p = position_of[build->unit[x]];

          g_array_index (self->unit_of[k], guint, x - build->offsets[k]) = p;
          cells[(gsize) p * n_articles + k].n_sentences++;
        }
    }

  /* Each cell's sentences are a slice of unit_sentences; they come
   * ascending because the sentences are walked in order. */
  for (gsize c = 0, start = 0; c < (gsize) n * n_articles; c++)
    {
      cells[c].sentences = &g_array_index (self->unit_sentences, guint, start);
      start += cells[c].n_sentences;
      cells[c].n_sentences = 0;
    }
  for (guint k = 0; k < n_articles; k++)
    for (guint s = 0; s < self->unit_of[k]->len; s++)
      {
        PlxUnitCell *cell = &cells[(gsize) g_array_index (self->unit_of[k], guint, s) *
                                   n_articles + k];

        cell->sentences[cell->n_sentences++] = s;
      }
  for (guint p = 0; p < n; p++)
    g_array_index (self->units, PlxUnit, p).cells = &cells[(gsize) p * n_articles];
}

/**
 * plx_collation_build_units:
 *
 * Makes the story units from the comparisons with the pivot and the links
 * between leftovers.
 */
void
plx_collation_build_units (PlxCollation *self)
{
  Build build = { self->n_articles };
  g_autofree guint *order = NULL;
  guint total = 0;

  for (guint k = 0; k < self->n_articles; k++)
    {
      build.offsets[k] = total;
      total += plx_article_get_n_sentences (self->articles[k]);
    }
  build.offsets[self->n_articles] = total;
  build.parent = g_new (guint, MAX (total, 1));
  build.count = g_new0 (guint8, (gsize) MAX (total, 1) * self->n_articles);
  for (guint k = 0; k < self->n_articles; k++)
    for (guint x = build.offsets[k]; x < build.offsets[k + 1]; x++)
      {
        build.parent[x] = x;
        build.count[(gsize) x * self->n_articles + k] = 1;
      }

  join_links (self, &build);
  number_units (&build);
  order = reading_order (self, &build);
  fill_units (self, &build, order);
  g_free (build.parent);
  g_free (build.count);
  g_free (build.unit);

  plx_collation_compare_cells (self);
}

void
plx_collation_clear_units (PlxCollation *self)
{
  for (guint i = 0; self->unit_cells != NULL && i < self->unit_cells->len; i++)
    g_clear_pointer (&g_array_index (self->unit_cells, PlxUnitCell, i).diff, g_array_unref);
  g_clear_pointer (&self->unit_cells, g_array_unref);
  g_clear_pointer (&self->units, g_array_unref);
  g_clear_pointer (&self->unit_sentences, g_array_unref);
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    g_clear_pointer (&self->unit_of[k], g_array_unref);
}

guint
plx_collation_get_n_units (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->units != NULL ? self->units->len : 0;
}

/**
 * plx_collation_get_unit:
 * @position: the unit's place in reading order
 *
 * Returns: (transfer none): the unit, owned by the collation until its
 *   next run
 */
const PlxUnit *
plx_collation_get_unit (PlxCollation *self,
                        guint         position)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (self->units != NULL && position < self->units->len, NULL);

  return &g_array_index (self->units, PlxUnit, position);
}

/**
 * plx_collation_find_unit:
 *
 * Returns: the position of the unit that holds @sentence of @article, or
 *   -1 when there is no such sentence
 */
int
plx_collation_find_unit (PlxCollation *self,
                         guint         article,
                         guint         sentence)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), -1);

  if (article >= self->n_articles || self->unit_of[article] == NULL ||
      sentence >= self->unit_of[article]->len)
    return -1;

  return g_array_index (self->unit_of[article], guint, sentence);
}
