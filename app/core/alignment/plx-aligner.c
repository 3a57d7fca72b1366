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
 * of a link needs the words and is left to the comparison. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "plx-aligner.h"

/* Postings visited per sentence when looking for candidates. */
#define CANDIDATE_BUDGET 300
/* Candidates kept per sentence. */
#define CANDIDATES_PER_SENTENCE 8
#define MAX_GROUP 3
#define CONTAINMENT_WEIGHT 0.75

typedef struct
{
  guint  a;
  guint  b;
  double score;
  double similarity;
  double cover_a;
  double cover_b;
  gboolean mixed;
} Pair;

/* How strongly two sentences belong together: their overlap, or — when one
 * sentence is part of the other (a split or a merge) — how much of the
 * smaller one the larger contains. */
/**
 * plx_link_score:
 *
 * The score of a link from how alike its two sides are: their similarity,
 * or how much of the smaller side the larger one contains, discounted so
 * that a split sentence ranks below a faithful copy.
 */
double
plx_link_score (const PlxMatch *match)
{
  return MAX (match->similarity, CONTAINMENT_WEIGHT * MAX (match->cover_a, match->cover_b));
}

typedef struct
{
  const PlxBag          *a;
  guint                  n_a;
  const PlxBag          *b;
  guint                  n_b;
  PlxVocabulary         *vocabulary;

  /* thresholds derived from the sensitivity */
  double                 path_min;
  double                 gap_min;
  double                 moved_min;
  double                 mutual_min;
  double                 extra_min;
  double                 cover_min;
  double                 orphan_min;
  double                 join_gain;

  /* Per sentence: whether it has no plausible partner among the unlinked
   * sentences of the other side (then it may join a neighbouring link on
   * weaker evidence). */
  guint8                *orphan_a;
  guint8                *orphan_b;

  GArray                *candidates;
  GArray                *pairs;
} Aligner;

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

/* An inverted index: for each stem, the sentences that contain it. */
typedef struct
{
  guint *offsets; /* stem -> first posting; offsets[stem + 1] ends it */
  guint *postings;
  guint  n_stems;
} Index;

static void
index_build (Index        *index,
             const PlxBag *bags,
             guint         n_bags)
{
  guint max_stem = 0;
  guint total = 0;
  g_autofree guint *fill = NULL;

  for (guint i = 0; i < n_bags; i++)
    for (guint t = 0; t < bags[i].n_terms; t++)
      {
        max_stem = MAX (max_stem, bags[i].terms[t].stem + 1);
        total++;
      }

  index->n_stems = max_stem;
  index->offsets = g_new0 (guint, max_stem + 1);
  index->postings = g_new (guint, MAX (total, 1));

  for (guint i = 0; i < n_bags; i++)
    for (guint t = 0; t < bags[i].n_terms; t++)
      index->offsets[bags[i].terms[t].stem + 1]++;
  for (guint s = 0; s < max_stem; s++)
    index->offsets[s + 1] += index->offsets[s];

  fill = g_memdup2 (index->offsets, sizeof (guint) * (max_stem + 1));
  for (guint i = 0; i < n_bags; i++)
    for (guint t = 0; t < bags[i].n_terms; t++)
      index->postings[fill[bags[i].terms[t].stem]++] = i;
}

static void
index_clear (Index *index)
{
  g_free (index->offsets);
  g_free (index->postings);
}

static guint
index_df (const Index *index,
          guint        stem)
{
  return stem < index->n_stems ? index->offsets[stem + 1] - index->offsets[stem] : 0;
}

typedef struct
{
  guint stem;
  guint df;
  float weight;
} RankedTerm;

static int
compare_ranked (gconstpointer x,
                gconstpointer y)
{
  const RankedTerm *a = x;
  const RankedTerm *b = y;

  if (a->df != b->df)
    return a->df < b->df ? -1 : 1;
  return a->stem < b->stem ? -1 : a->stem > b->stem;
}

typedef struct
{
  guint target;
  float score;
} Candidate;

static int
compare_candidates (gconstpointer x,
                    gconstpointer y)
{
  const Candidate *a = x;
  const Candidate *b = y;

  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return a->target < b->target ? -1 : a->target > b->target;
}

static void
add_candidate (Aligner *self,
               guint    a,
               guint    b)
{
  guint64 key = ((guint64) a << 32) | b;

  g_array_append_val (self->candidates, key);
}

static int
compare_keys (gconstpointer x,
              gconstpointer y)
{
  guint64 a = *(const guint64 *) x;
  guint64 b = *(const guint64 *) y;

  return a < b ? -1 : a > b;
}

/* Sorts the candidates (packed as A << 32 | B, so that sorting is cheap),
 * drops duplicates (a pair found from both sides) and scores the rest,
 * keeping those that may matter, in order of position. */
static void
score_candidates (Aligner *self)
{
  const guint64 *keys;

  g_array_sort (self->candidates, compare_keys);
  keys = (const guint64 *) self->candidates->data;

  for (guint k = 0; k < self->candidates->len; k++)
    {
      Pair pair = { 0 };
      PlxMatch match;

      if (k > 0 && keys[k] == keys[k - 1])
        continue;

      pair.a = keys[k] >> 32;
      pair.b = keys[k] & G_MAXUINT32;
      match = plx_bag_match (&self->a[pair.a], &self->b[pair.b], self->vocabulary);
      pair.score = plx_link_score (&match);
      if (pair.score < self->gap_min * 0.8)
        continue;

      /* A heading and a body sentence may restate each other, but they are
       * never the same unit: such pairs are not linked. */
      pair.mixed = self->a[pair.a].heading != self->b[pair.b].heading;
      pair.similarity = match.similarity;
      pair.cover_a = match.cover_a;
      pair.cover_b = match.cover_b;
      g_array_append_val (self->pairs, pair);
    }

  g_clear_pointer (&self->candidates, g_array_unref);
}

/* For each sentence of @from, the sentences of @to that share its rarest
 * stems, scored by the weight they share. */
static void
find_candidates (Aligner      *self,
                 const PlxBag *from,
                 guint         n_from,
                 const PlxBag *to,
                 guint         n_to,
                 gboolean      from_is_a)
{
  Index index;
  g_autofree float *score = g_new0 (float, MAX (n_to, 1));
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedTerm));
  Candidate top[CANDIDATES_PER_SENTENCE];
  guint n_top;

  index_build (&index, to, n_to);

  for (guint i = 0; i < n_from; i++)
    {
      guint visited = 0;

      g_array_set_size (ranked, 0);
      for (guint t = 0; t < from[i].n_terms; t++)
        {
          RankedTerm term = { from[i].terms[t].stem, index_df (&index, from[i].terms[t].stem),
                              from[i].terms[t].weight };

          if (term.df > 0)
            g_array_append_val (ranked, term);
        }
      g_array_sort (ranked, compare_ranked);

      for (guint t = 0; t < ranked->len; t++)
        {
          RankedTerm *term = &g_array_index (ranked, RankedTerm, t);
          guint start = index.offsets[term->stem];
          guint end = index.offsets[term->stem + 1];

          if (visited > 0 && visited + term->df > CANDIDATE_BUDGET)
            break;
          end = MIN (end, start + CANDIDATE_BUDGET);
          for (guint p = start; p < end; p++)
            {
              guint target = index.postings[p];

              if (score[target] == 0)
                g_array_append_val (touched, target);
              score[target] += term->weight;
            }
          visited += end - start;
        }

      /* The best few by shared weight, kept in order by insertion: a full
       * sort of every touched sentence would dominate the cost. */
      n_top = 0;
      for (guint k = 0; k < touched->len; k++)
        {
          guint target = g_array_index (touched, guint, k);
          Candidate candidate = { target, score[target] };
          guint pos = n_top;

          score[target] = 0;
          while (pos > 0 && compare_candidates (&candidate, &top[pos - 1]) < 0)
            {
              if (pos < CANDIDATES_PER_SENTENCE)
                top[pos] = top[pos - 1];
              pos--;
            }
          if (pos < CANDIDATES_PER_SENTENCE)
            {
              top[pos] = candidate;
              n_top = MIN (n_top + 1, CANDIDATES_PER_SENTENCE);
            }
        }
      g_array_set_size (touched, 0);

      for (guint k = 0; k < n_top; k++)
        {
          guint target = top[k].target;

          if (from_is_a)
            add_candidate (self, i, target);
          else
            add_candidate (self, target, i);
        }
    }

  index_clear (&index);
}

static int
compare_pairs_by_position (gconstpointer x,
                           gconstpointer y)
{
  const Pair *a = x;
  const Pair *b = y;

  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : a->b > b->b;
}

static int
compare_pairs_by_similarity (gconstpointer x,
                             gconstpointer y)
{
  const Pair *a = *(const Pair *const *) x;
  const Pair *b = *(const Pair *const *) y;

  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return compare_pairs_by_position (a, b);
}

/* Fenwick tree over positions in B for the best chain ending before j. */
typedef struct
{
  double *value;
  int    *pair;
  guint   n;
} Fenwick;

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

/* The heaviest chain of @pairs (sorted by position) increasing in both A
 * and B, among pairs scoring at least @threshold. Returns the indices into
 * @pairs in order. */
static GArray *
monotone_path (Aligner    *self,
               const Pair *pairs,
               guint       n,
               double      threshold)
{
  GArray *path = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *best = g_new0 (double, MAX (n, 1));
  g_autofree int *back = g_new (int, MAX (n, 1));
  Fenwick tree;
  double top = 0;
  int top_pair = -1;

  tree.n = self->n_b;
  tree.value = g_new0 (double, self->n_b + 1);
  tree.pair = g_new (int, self->n_b + 1);
  for (guint k = 0; k <= self->n_b; k++)
    tree.pair[k] = -1;

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
          if (pairs[q].score < threshold || pairs[q].mixed)
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

  for (int p = top_pair; p >= 0; p = back[p])
    g_array_append_val (path, p);
  for (guint i = 0, j = path->len; i + 1 < j; i++, j--)
    {
      guint tmp = g_array_index (path, guint, i);

      g_array_index (path, guint, i) = g_array_index (path, guint, j - 1);
      g_array_index (path, guint, j - 1) = tmp;
    }

  g_free (tree.value);
  g_free (tree.pair);

  return path;
}

/* The bag of sentences [start, end) of one side; a single sentence is used
 * as it is, a group is merged into @scratch. */
static const PlxBag *
group_bag (const PlxBag *bags,
           guint         start,
           guint         end,
           PlxBag       *scratch)
{
  if (end - start == 1)
    return &bags[start];

  plx_bag_init_union (scratch, bags + start, end - start);
  return scratch;
}

static PlxMatch
match_groups (Aligner *self,
              guint    a_start,
              guint    a_end,
              guint    b_start,
              guint    b_end)
{
  PlxBag ga = { 0 };
  PlxBag gb = { 0 };
  PlxMatch match;

  match = plx_bag_match (group_bag (self->a, a_start, a_end, &ga),
                         group_bag (self->b, b_start, b_end, &gb), self->vocabulary);
  plx_bag_clear (&ga);
  plx_bag_clear (&gb);

  return match;
}

static void
set_match (PlxLink        *link,
           const PlxMatch *match)
{
  link->score = plx_link_score (match);
  link->similarity = match->similarity;
  link->cover_a = match->cover_a;
  link->cover_b = match->cover_b;
}

/* Whether one more sentence belongs to the link: the sentence's content is
 * largely found on the other side, and the group says more together. */
static gboolean
try_extend (Aligner  *self,
            PlxLink  *link,
            gboolean  side_a,
            gboolean  forward,
            guint8   *linked)
{
  guint start = side_a ? link->a_start : link->b_start;
  guint end = side_a ? link->a_end : link->b_end;
  guint limit = side_a ? self->n_a : self->n_b;
  guint candidate;
  PlxMatch alone;
  PlxMatch together;
  double cover;
  double gain;
  gboolean orphan;

  if (end - start >= MAX_GROUP)
    return FALSE;
  if (forward ? end >= limit : start == 0)
    return FALSE;

  candidate = forward ? end : start - 1;
  if (linked[candidate])
    return FALSE;
  if ((side_a ? self->a[candidate].heading : self->b[candidate].heading) !=
      (side_a ? self->a[start].heading : self->b[start].heading))
    return FALSE;

  /* The candidate alone first: most fail here, before the costlier
   * merged group is built. alone.cover_b is the share of a B candidate
   * found on the other side. */
  if (side_a)
    alone = match_groups (self, candidate, candidate + 1, link->b_start, link->b_end);
  else
    alone = match_groups (self, link->a_start, link->a_end, candidate, candidate + 1);
  cover = side_a ? alone.cover_a : alone.cover_b;
  if (cover < MIN (self->cover_min, self->orphan_min))
    return FALSE;

  if (side_a)
    together = match_groups (self, forward ? start : candidate, forward ? end + 1 : end,
                             link->b_start, link->b_end);
  else
    together = match_groups (self, link->a_start, link->a_end, forward ? start : candidate,
                             forward ? end + 1 : end);

  orphan = (side_a ? self->orphan_a : self->orphan_b)[candidate];
  gain = plx_link_score (&together) - link->score;
  if (!(cover >= self->cover_min && gain >= -0.1 * link->score) &&
      !(cover >= self->orphan_min && (orphan || gain >= self->join_gain)))
    return FALSE;

  if (side_a)
    {
      if (forward)
        link->a_end++;
      else
        link->a_start--;
    }
  else
    {
      if (forward)
        link->b_end++;
      else
        link->b_start--;
    }
  set_match (link, &together);
  linked[candidate] = TRUE;

  return TRUE;
}

/* Takes neighbouring sentences into the link while they belong to it. */
static void
grow_link (Aligner *self,
           PlxLink *link,
           guint8  *linked_a,
           guint8  *linked_b)
{
  gboolean grew = TRUE;

  while (grew)
    grew = try_extend (self, link, FALSE, TRUE, linked_b) ||
           try_extend (self, link, FALSE, FALSE, linked_b) ||
           try_extend (self, link, TRUE, TRUE, linked_a) ||
           try_extend (self, link, TRUE, FALSE, linked_a);
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

/* Between two consecutive path links, candidate pairs inside the gap form
 * a path of their own with a lower threshold. Only existing candidates are
 * visited, so this costs no more than the candidates themselves. */
static void
fill_gaps (Aligner *self,
           GArray  *links,
           guint8  *linked_a,
           guint8  *linked_b)
{
  g_autoptr(GArray) gap = g_array_new (FALSE, FALSE, sizeof (Pair));
  guint n_path = links->len;
  const Pair *pairs = (const Pair *) self->pairs->data;
  guint p = 0;

  for (guint k = 0; k <= n_path; k++)
    {
      guint a_lo = k > 0 ? g_array_index (links, PlxLink, k - 1).a_end : 0;
      guint b_lo = k > 0 ? g_array_index (links, PlxLink, k - 1).b_end : 0;
      guint a_hi = k < n_path ? g_array_index (links, PlxLink, k).a_start : self->n_a;
      guint b_hi = k < n_path ? g_array_index (links, PlxLink, k).b_start : self->n_b;
      g_autoptr(GArray) path = NULL;

      g_array_set_size (gap, 0);
      for (; p < self->pairs->len && pairs[p].a < a_hi; p++)
        if (pairs[p].a >= a_lo && pairs[p].b >= b_lo && pairs[p].b < b_hi &&
            self->a[pairs[p].a].heading == self->b[pairs[p].b].heading)
          g_array_append_val (gap, pairs[p]);

      if (gap->len == 0)
        continue;

      path = monotone_path (self, (Pair *) gap->data, gap->len, self->gap_min);
      for (guint g = 0; g < path->len; g++)
        {
          const Pair *pair = &g_array_index (gap, Pair, g_array_index (path, guint, g));
          PlxLink link = { pair->a, pair->a + 1, pair->b, pair->b + 1, pair->score,
                           pair->similarity, pair->cover_a, pair->cover_b, PLX_LINK_PARTIAL, FALSE, FALSE };

          g_array_append_val (links, link);
          linked_a[pair->a] = linked_b[pair->b] = TRUE;
        }
    }
}

/* Unlinked sentences of one side without a candidate partner among the
 * unlinked sentences of the other. */
static guint8 *
find_orphans (Aligner      *self,
              gboolean      side_a,
              const guint8 *linked_a,
              const guint8 *linked_b)
{
  guint n = side_a ? self->n_a : self->n_b;
  guint8 *orphan = g_new (guint8, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    orphan[i] = !(side_a ? linked_a : linked_b)[i];

  for (guint p = 0; p < self->pairs->len; p++)
    {
      const Pair *pair = &g_array_index (self->pairs, Pair, p);
      guint mine = side_a ? pair->a : pair->b;
      guint other = side_a ? pair->b : pair->a;

      if (!pair->mixed && pair->score >= self->gap_min &&
          !(side_a ? linked_b : linked_a)[other])
        orphan[mine] = FALSE;
    }

  return orphan;
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
  Aligner self = { 0 };
  g_autoptr(GArray) path = NULL;
  g_autoptr(GPtrArray) by_similarity = NULL;
  g_autofree guint8 *linked_a = g_new0 (guint8, MAX (n_a, 1));
  g_autofree guint8 *linked_b = g_new0 (guint8, MAX (n_b, 1));
  GArray *links = g_array_new (FALSE, FALSE, sizeof (PlxLink));
  g_autoptr(GArray) path_links = NULL;
  g_autofree double *best_a = NULL;
  g_autofree double *best_b = NULL;
  double sensitivity;

  if (options == NULL)
    options = &defaults;
  sensitivity = CLAMP (options->sensitivity, 0.0, 1.0);

  /* Sensitivity 0.5 gives the thresholds tuned on the development sets;
   * higher sensitivity lowers them all. */
  self.path_min = 0.30 - 0.2 * (sensitivity - 0.5);
  self.gap_min = 0.25 - 0.2 * (sensitivity - 0.5);
  self.moved_min = 0.42 - 0.2 * (sensitivity - 0.5);
  self.mutual_min = 0.25 - 0.2 * (sensitivity - 0.5);
  self.extra_min = 0.50 - 0.2 * (sensitivity - 0.5);
  self.cover_min = 0.45 - 0.2 * (sensitivity - 0.5);
  self.orphan_min = 0.25 - 0.2 * (sensitivity - 0.5);
  self.join_gain = 0.05;

  self.a = a;
  self.n_a = n_a;
  self.b = b;
  self.n_b = n_b;
  self.vocabulary = vocabulary;
  self.pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  self.candidates = g_array_new (FALSE, FALSE, sizeof (guint64));

  if (n_a == 0 || n_b == 0)
    goto out;

  find_candidates (&self, a, n_a, b, n_b, TRUE);
  find_candidates (&self, b, n_b, a, n_a, FALSE);
  score_candidates (&self);

  /* 2. The order-preserving path, first through clear matches, then
   * through the gaps between them, where the order makes weaker matches
   * likely. */
  path = monotone_path (&self, (Pair *) self.pairs->data, self.pairs->len, self.path_min);
  for (guint k = 0; k < path->len; k++)
    {
      const Pair *pair = &g_array_index (self.pairs, Pair, g_array_index (path, guint, k));
      PlxLink link = { pair->a, pair->a + 1, pair->b, pair->b + 1, pair->score,
                       pair->similarity, pair->cover_a, pair->cover_b, PLX_LINK_PARTIAL, FALSE, FALSE };

      g_array_append_val (links, link);
      linked_a[pair->a] = linked_b[pair->b] = TRUE;
    }
  fill_gaps (&self, links, linked_a, linked_b);
  g_array_sort (links, compare_links);

  /* 3. Splits and merges around each path link. */
  self.orphan_a = find_orphans (&self, TRUE, linked_a, linked_b);
  self.orphan_b = find_orphans (&self, FALSE, linked_a, linked_b);
  for (guint k = 0; k < links->len; k++)
    grow_link (&self, &g_array_index (links, PlxLink, k), linked_a, linked_b);

  path_links = g_array_copy (links);

  /* 4. Pairs off the path, strongest first: between two unlinked sentences
   * (a moved sentence), or restating a sentence linked elsewhere. */
  by_similarity = g_ptr_array_new ();
  best_a = g_new0 (double, MAX (n_a, 1));
  best_b = g_new0 (double, MAX (n_b, 1));
  for (guint k = 0; k < self.pairs->len; k++)
    {
      const Pair *pair = &g_array_index (self.pairs, Pair, k);

      /* Only pairs strong enough for an extra link need sorting. */
      if (pair->score >= self.mutual_min && !pair->mixed)
        g_ptr_array_add (by_similarity, (gpointer) pair);
      if (!pair->mixed)
        {
          best_a[pair->a] = MAX (best_a[pair->a], pair->score);
          best_b[pair->b] = MAX (best_b[pair->b], pair->score);
        }
    }
  g_ptr_array_sort (by_similarity, compare_pairs_by_similarity);

  for (guint k = 0; k < by_similarity->len; k++)
    {
      const Pair *pair = g_ptr_array_index (by_similarity, k);
      gboolean free_a = !linked_a[pair->a];
      gboolean free_b = !linked_b[pair->b];
      PlxLink link = { pair->a, pair->a + 1, pair->b, pair->b + 1, pair->score,
                       pair->similarity, pair->cover_a, pair->cover_b, PLX_LINK_PARTIAL, FALSE,
                       FALSE };

      if (pair->score < self.mutual_min)
        break;
      if ((!free_a && !free_b) || pair->mixed)
        continue;
      /* Below the usual bar, two sentences that are each other's best
       * match still link. */
      if (pair->score < self.moved_min &&
          !(best_a[pair->a] == pair->score && best_b[pair->b] == pair->score))
        continue;
      if (!(free_a && free_b) && pair->score < self.extra_min)
        continue;

      link.moved = !in_order (path_links, pair->a, pair->b);
      mark (linked_a, link.a_start, link.a_end);
      mark (linked_b, link.b_start, link.b_end);
      grow_link (&self, &link, linked_a, linked_b);
      g_array_append_val (links, link);
    }

  g_array_sort (links, compare_links);

out:
  g_free (self.orphan_a);
  g_free (self.orphan_b);
  g_array_unref (self.pairs);
  g_clear_pointer (&self.candidates, g_array_unref);

  return links;
}
