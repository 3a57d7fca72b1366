/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Links the sentences of two articles.
 *
 * 1. Candidates: an inverted index of B's stems; each sentence of A visits
 *    the postings of its rarest stems within a fixed budget, and the other
 *    way round, so the cost grows with the articles' length, not with the
 *    product of their lengths.
 * 2. The order-preserving path: the heaviest chain of candidate pairs that
 *    is increasing on both sides (dynamic programming over the pairs with a
 *    Fenwick tree, O(P log P)).
 * 3. Splits and merges: a path link takes in neighbouring unlinked
 *    sentences whose content it covers (up to three on a side).
 * 4. Moved sentences: strong pairs off the path between unlinked sentences,
 *    then a sentence that also restates one linked elsewhere.
 *
 * It decides which sentences go together and how strongly; naming the kind
 * of a link needs the words and is left to the comparison.
 *
 * Stages 1 to 3 live in plx-aligner-candidates.c, plx-aligner-path.c and
 * plx-aligner-groups.c; this file sets the thresholds, runs the stages and
 * adds the links off the path (stage 4). */

#include "config.h"

#include "plx-aligner-private.h"

#define CONTAINMENT_WEIGHT 0.75

/* Two sentences that share a single content word share a topic at most,
 * not a fact: unless neither says anything else, they are not linked. */
#define MIN_SHARED_TERMS 2
/* Content words shared by a pair off the path that links on weaker
 * evidence: its sentences are each other's best match below the usual
 * bar, or one of them is linked elsewhere already. */
#define OFF_PATH_MIN_TERMS 3
/* ... and only when neither has a rival nearly as good: a sentence whose
 * next best pair scores this share of its best or more has no one
 * counterpart that such weak evidence singles out (on the link hand checks
 * of BASIL triplets, 11 of the 13 such links were wrong). */
#define CLEAR_BEST_RATIO 0.95

/* Two long sentences that share many content words tell the same fact
 * even when those words are a small share of each: the weight they share
 * scores on its own, MASS_PER_WORD for each word that each article has
 * once (0.30, a clear match, for some five), up to MASS_MAX. */
#define MASS_PER_WORD 0.065
#define MASS_MAX      0.6

/**
 * plx_link_score:
 *
 * The score of a link from how alike its two sides are: their similarity,
 * or how much of the smaller side the larger one contains, discounted so
 * that a split sentence ranks below a faithful copy, or the weight of the
 * content words they share. Sides that share fewer than two content words
 * score 0, unless each is all the other says.
 */
double
plx_link_score (const PlxMatch *match)
{
  if (match->shared_terms < MIN_SHARED_TERMS && MIN (match->cover_a, match->cover_b) < 0.99)
    return 0;

  return MAX (MAX (match->similarity, CONTAINMENT_WEIGHT * MAX (match->cover_a, match->cover_b)),
              MIN (match->shared_mass * MASS_PER_WORD, MASS_MAX));
}

const char *
plx_link_kind_to_string (PlxLinkKind kind)
{
  switch (kind)
    {
    case PLX_LINK_IDENTICAL:
      return "identical";
    case PLX_LINK_PARAPHRASE:
      return "paraphrase";
    case PLX_LINK_PARTIAL:
    default:
      return "partial";
    }
}

static int
compare_pairs_by_position (gconstpointer x,
                           gconstpointer y)
{
  const PlxAlignPair *a = x;
  const PlxAlignPair *b = y;

  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : a->b > b->b;
}

static int
compare_pairs_by_similarity (gconstpointer x,
                             gconstpointer y)
{
  const PlxAlignPair *a = *(const PlxAlignPair *const *) x;
  const PlxAlignPair *b = *(const PlxAlignPair *const *) y;

  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return compare_pairs_by_position (a, b);
}

static void
mark (guint8 *linked,
      guint   start,
      guint   end)
{
  for (guint k = start; k < end; k++)
    linked[k] = TRUE;
}

static int
compare_links (gconstpointer x,
               gconstpointer y)
{
  const PlxLink *a = x;
  const PlxLink *b = y;

  if (a->a_start != b->a_start)
    return a->a_start < b->a_start ? -1 : 1;
  return a->b_start < b->b_start ? -1 : a->b_start > b->b_start;
}

/* Whether a link between @a and @b keeps the order of the path links. */
static gboolean
in_order (GArray *path_links,
          guint   a,
          guint   b)
{
  guint lo = 0;
  guint hi = path_links->len;

  /* The last path link that starts before @a must not end after @b, and
   * the first one after it must not start before @b: sharing a sentence
   * with a neighbour is a split, not a move. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (path_links, PlxLink, mid).a_start < a)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo > 0 && g_array_index (path_links, PlxLink, lo - 1).b_end > b + 1)
    return FALSE;
  if (lo < path_links->len && g_array_index (path_links, PlxLink, lo).b_start < b)
    return FALSE;

  return TRUE;
}

/* Sensitivity 0.5 gives the thresholds tuned on the development sets;
 * higher sensitivity lowers them all. */
static void
set_thresholds (PlxAligner *self,
                double      sensitivity)
{
  self->path_min = 0.30 - 0.2 * (sensitivity - 0.5);
  self->weak_min = 0.25 - 0.2 * (sensitivity - 0.5);
  self->moved_min = 0.36 - 0.2 * (sensitivity - 0.5);
  self->mutual_min = 0.22 - 0.2 * (sensitivity - 0.5);
  self->extra_min = 0.50 - 0.2 * (sensitivity - 0.5);
  self->cover_min = 0.45 - 0.2 * (sensitivity - 0.5);
  self->orphan_min = 0.25 - 0.2 * (sensitivity - 0.5);
  self->join_gain = 0.05;
}

/* Whether @pair is its two sentences' best by a clear margin, sharing
 * more than a name and a word: a link below the usual bar. */
static gboolean
clear_best (PlxAligner         *self,
            const PlxAlignPair *pair)
{
  return self->best_a[pair->a] == pair->score && self->best_b[pair->b] == pair->score &&
         self->next_a[pair->a] < CLEAR_BEST_RATIO * pair->score &&
         self->next_b[pair->b] < CLEAR_BEST_RATIO * pair->score &&
         pair->shared_terms >= OFF_PATH_MIN_TERMS;
}

/* The pairs that may make a link off the path, into @by_similarity
 * (strongest first). Only those need sorting: not a pair whose sentences
 * are both linked already (links are only added), nor one that
 * wants_link() turns down whatever is linked. */
static void
rank_pairs (PlxAligner   *self,
            GPtrArray    *by_similarity,
            const guint8 *linked_a,
            const guint8 *linked_b)
{
  for (guint k = 0; k < self->pairs->len; k++)
    {
      const PlxAlignPair *pair = &g_array_index (self->pairs, PlxAlignPair, k);

      if (pair->score < self->mutual_min || pair->mixed ||
          (linked_a[pair->a] && linked_b[pair->b]))
        continue;
      if (pair->score < self->moved_min && !clear_best (self, pair))
        continue;
      g_ptr_array_add (by_similarity, (gpointer) pair);
    }
  g_ptr_array_sort (by_similarity, compare_pairs_by_similarity);
}

/* Whether a pair off the path becomes a link of its own. */
static gboolean
wants_link (PlxAligner         *self,
            const PlxAlignPair *pair,
            const guint8       *linked_a,
            const guint8       *linked_b)
{
  gboolean free_a = !linked_a[pair->a];
  gboolean free_b = !linked_b[pair->b];

  if ((!free_a && !free_b) || pair->mixed)
    return FALSE;
  /* Below the usual bar, two sentences that are each other's best match
   * still link if they share more than a name and a word. */
  if (pair->score < self->moved_min && !clear_best (self, pair))
    return FALSE;
  /* A sentence linked elsewhere restates this one only if they share more
   * than a name and a word: a short quotation ("This is about the
   * council.") is otherwise found inside every sentence that names it. */
  if (!(free_a && free_b) &&
      (pair->score < self->extra_min || pair->shared_terms < OFF_PATH_MIN_TERMS))
    return FALSE;
  /* And only if much of the free sentence is in it: a long sentence that
   * holds a short quotation's few words says more than it ("I used money
   * that should have been used for my campaign." is not every sentence
   * about campaign money). */
  if (!(free_a && free_b) && (free_a ? pair->cover_a : pair->cover_b) < self->cover_min)
    return FALSE;

  return TRUE;
}

/* Stage 4: pairs off the path, strongest first: between two unlinked
 * sentences (a moved sentence), or restating a sentence linked elsewhere.
 * @links holds the path's links, sorted. */
static void
link_off_path (PlxAligner *self,
               GArray     *links,
               guint8     *linked_a,
               guint8     *linked_b)
{
  g_autoptr(GArray) path_links = g_array_copy (links);
  g_autoptr(GPtrArray) by_similarity = g_ptr_array_new ();

  rank_pairs (self, by_similarity, linked_a, linked_b);

  for (guint k = 0; k < by_similarity->len; k++)
    {
      const PlxAlignPair *pair = g_ptr_array_index (by_similarity, k);
      PlxLink link;

      if (pair->score < self->mutual_min)
        break;
      if (!wants_link (self, pair, linked_a, linked_b))
        continue;

      link = plx_aligner_pair_link (pair);
      link.moved = !in_order (path_links, pair->a, pair->b);
      mark (linked_a, link.a_start, link.a_end);
      mark (linked_b, link.b_start, link.b_end);
      plx_aligner_grow_link (self, &link, linked_a, linked_b);
      g_array_append_val (links, link);
    }
}

GArray *
plx_align (const PlxBag          *a,
           guint                  n_a,
           const PlxBag          *b,
           guint                  n_b,
           PlxVocabulary         *vocabulary,
           const PlxAlignOptions *options)
{
  PlxAlignOptions defaults = PLX_ALIGN_OPTIONS_INIT;
  PlxAligner self = { 0 };
  g_autofree guint8 *linked_a = g_new0 (guint8, MAX (n_a, 1));
  g_autofree guint8 *linked_b = g_new0 (guint8, MAX (n_b, 1));
  GArray *links = g_array_new (FALSE, FALSE, sizeof (PlxLink));

  if (options == NULL)
    options = &defaults;
  set_thresholds (&self, CLAMP (options->sensitivity, 0.0, 1.0));

  self.a = a;
  self.n_a = n_a;
  self.b = b;
  self.n_b = n_b;
  self.vocabulary = vocabulary;
  self.pairs = g_array_new (FALSE, FALSE, sizeof (PlxAlignPair));

  if (n_a == 0 || n_b == 0)
    goto out;

  plx_aligner_find_pairs (&self);
  plx_aligner_link_path (&self, links, linked_a, linked_b);
  g_array_sort (links, compare_links);

  /* 3. Splits and merges around each path link. */
  self.orphan_a = plx_aligner_find_orphans (&self, TRUE, linked_a, linked_b);
  self.orphan_b = plx_aligner_find_orphans (&self, FALSE, linked_a, linked_b);
  for (guint k = 0; k < links->len; k++)
    plx_aligner_grow_link (&self, &g_array_index (links, PlxLink, k), linked_a, linked_b);

  link_off_path (&self, links, linked_a, linked_b);
  g_array_sort (links, compare_links);

out:
  g_free (self.orphan_a);
  g_free (self.orphan_b);
  g_free (self.best_a);
  g_free (self.best_b);
  g_free (self.next_a);
  g_free (self.next_b);
  g_array_unref (self.pairs);

  return links;
}
