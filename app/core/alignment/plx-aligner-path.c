/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Stage 2 of the aligner: the order-preserving path. The heaviest chain of
 * candidate pairs that is increasing on both sides, by dynamic programming
 * over the pairs with a Fenwick tree (O(P log P)), through clear matches. */

#include "config.h"

#include "plx-aligner-private.h"

/* A pair scoring below this share of either sentence's best pair is left
 * out of the path. */
#define RIVAL_RATIO 0.6

/* Fenwick tree over positions in B for the best chain ending before j. */
typedef struct
{
  double *value;
  int    *pair;
  guint   n;
} Fenwick;

static void
fenwick_init (Fenwick *tree,
              guint    n)
{
  tree->n = n;
  tree->value = g_new0 (double, n + 1);
  tree->pair = g_new (int, n + 1);
  for (guint k = 0; k <= n; k++)
    tree->pair[k] = -1;
}

static void
fenwick_clear (Fenwick *tree)
{
  g_free (tree->value);
  g_free (tree->pair);
}

static void
fenwick_update (Fenwick *tree,
                guint    j,
                double   value,
                int      pair)
{
  for (guint k = j + 1; k <= tree->n; k += k & -k)
    if (value > tree->value[k])
      {
        tree->value[k] = value;
        tree->pair[k] = pair;
      }
}

static void
fenwick_query (Fenwick *tree,
               guint    j,
               double  *value,
               int     *pair)
{
  *value = 0;
  *pair = -1;
  for (guint k = j; k > 0; k -= k & -k)
    if (tree->value[k] > *value)
      {
        *value = tree->value[k];
        *pair = tree->pair[k];
      }
}

/* The chain that ends in @last, following @back, as indices in order. */
static GArray *
chain_to (int        last,
          const int *back)
{
  GArray *path = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int p = last; p >= 0; p = back[p])
    g_array_append_val (path, p);
  for (guint i = 0, j = path->len; i + 1 < j; i++, j--)
    {
      guint tmp = g_array_index (path, guint, i);

      g_array_index (path, guint, i) = g_array_index (path, guint, j - 1);
      g_array_index (path, guint, j - 1) = tmp;
    }

  return path;
}

/* Whether a pair may be on the path: not when either sentence matches
 * another sentence much better (its real counterpart, linked or not), as
 * a quotation does a quotation of the same speaker in the same frame. */
static gboolean
without_rival (PlxAligner         *self,
               const PlxAlignPair *pair)
{
  return pair->score >= RIVAL_RATIO * self->best_a[pair->a] &&
         pair->score >= RIVAL_RATIO * self->best_b[pair->b];
}

/* The heaviest chain of @pairs (sorted by position) increasing in both A
 * and B, among pairs scoring at least @threshold. Returns the indices into
 * @pairs in order. */
static GArray *
monotone_path (PlxAligner         *self,
               const PlxAlignPair *pairs,
               guint               n,
               double              threshold)
{
  g_autofree double *best = g_new0 (double, MAX (n, 1));
  g_autofree int *back = g_new (int, MAX (n, 1));
  Fenwick tree;
  double top = 0;
  int top_pair = -1;

  fenwick_init (&tree, self->n_b);

  for (guint p = 0; p < n;)
    {
      guint q = p;

      /* All pairs of one A sentence read the tree before any updates it, so
       * that a sentence of A appears once in the chain. */
      for (; q < n && pairs[q].a == pairs[p].a; q++)
        {
          double before;
          int prev;

          back[q] = -1;
          best[q] = -1;
          if (pairs[q].score < threshold || pairs[q].mixed || !without_rival (self, &pairs[q]))
            continue;
          fenwick_query (&tree, pairs[q].b, &before, &prev);
          best[q] = before + pairs[q].score - threshold * 0.5;
          back[q] = prev;
          if (best[q] > top)
            {
              top = best[q];
              top_pair = q;
            }
        }
      for (guint r = p; r < q; r++)
        if (best[r] > 0)
          fenwick_update (&tree, pairs[r].b, best[r], r);
      p = q;
    }

  fenwick_clear (&tree);

  return chain_to (top_pair, back);
}

/* A one-to-one link from a candidate pair; its kind is named later. */
PlxLink
plx_aligner_pair_link (const PlxAlignPair *pair)
{
  PlxLink link = { pair->a, pair->a + 1, pair->b, pair->b + 1, pair->score,
                   pair->similarity, pair->cover_a, pair->cover_b, PLX_LINK_PARTIAL, FALSE, FALSE };

  return link;
}

/* Links the pairs of @path (indices into @pairs) and marks their sentences. */
static void
add_path (const PlxAlignPair *pairs,
          const GArray       *path,
          GArray             *links,
          guint8             *linked_a,
          guint8             *linked_b)
{
  for (guint k = 0; k < path->len; k++)
    {
      const PlxAlignPair *pair = &pairs[g_array_index (path, guint, k)];
      PlxLink link = plx_aligner_pair_link (pair);

      g_array_append_val (links, link);
      linked_a[pair->a] = linked_b[pair->b] = TRUE;
    }
}

/* Stage 2: links along the path through clear matches, appended to @links.
 * The gaps between them are not filled on weaker evidence: in two outlets'
 * telling the order of what lies between two shared facts says little
 * (on the link hand checks of BASIL triplets such pairs, scoring 0.25 to
 * 0.30, were 8 wrong and 6 partial of 14, none right; ECB+ and the seed
 * pair lost no link). */
void
plx_aligner_link_path (PlxAligner *self,
                       GArray     *links,
                       guint8     *linked_a,
                       guint8     *linked_b)
{
  g_autoptr(GArray) path = NULL;

  path = monotone_path (self, (const PlxAlignPair *) self->pairs->data, self->pairs->len,
                        self->path_min);
  add_path ((const PlxAlignPair *) self->pairs->data, path, links, linked_a, linked_b);
}
