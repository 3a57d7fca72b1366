/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Stage 1 of the aligner: which pairs of sentences are worth scoring. An
 * inverted index of one side's stems; each sentence of the other visits
 * the postings of its rarest stems within a fixed budget, and the other
 * way round, so the cost grows with the articles' length, not with the
 * product of their lengths. The pairs found are then scored once each. */

#include "config.h"

#include <string.h>

#include "plx-aligner-private.h"

/* Postings visited per sentence when looking for candidates. */
#define CANDIDATE_BUDGET 300
/* Candidates kept per sentence. */
#define CANDIDATES_PER_SENTENCE 8

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

/* The stems of @bag found in the index, rarest first. */
static void
rank_terms (const Index  *index,
            const PlxBag *bag,
            GArray       *ranked)
{
  g_array_set_size (ranked, 0);
  for (guint t = 0; t < bag->n_terms; t++)
    {
      RankedTerm term = { bag->terms[t].stem, index_df (index, bag->terms[t].stem),
                          bag->terms[t].weight };

      if (term.df > 0)
        g_array_append_val (ranked, term);
    }
  /* By insertion: a sentence has a few dozen stems, each once. */
  for (guint i = 1; i < ranked->len; i++)
    {
      RankedTerm *terms = (RankedTerm *) ranked->data;
      RankedTerm term = terms[i];
      guint j = i;

      for (; j > 0 && compare_ranked (&terms[j - 1], &term) > 0; j--)
        terms[j] = terms[j - 1];
      terms[j] = term;
    }
}

/* Adds the weight of each ranked stem to every sentence that holds it, in
 * @score, until the budget of postings is spent; @touched lists the
 * sentences whose score rose from zero. */
static void
visit_postings (const Index  *index,
                const GArray *ranked,
                float        *score,
                GArray       *touched)
{
  guint visited = 0;

  for (guint t = 0; t < ranked->len; t++)
    {
      const RankedTerm *term = &g_array_index (ranked, RankedTerm, t);
      guint start = index->offsets[term->stem];
      guint end = index->offsets[term->stem + 1];

      if (visited > 0 && visited + term->df > CANDIDATE_BUDGET)
        break;
      end = MIN (end, start + CANDIDATE_BUDGET);
      for (guint p = start; p < end; p++)
        {
          guint target = index->postings[p];

          if (score[target] == 0)
            g_array_append_val (touched, target);
          score[target] += term->weight;
        }
      visited += end - start;
    }
}

/* The best few touched sentences by shared weight into @top, kept in order
 * by insertion: a full sort of every touched sentence would dominate the
 * cost. Resets @score and @touched for the next sentence. */
static guint
keep_best (GArray    *touched,
           float     *score,
           Candidate *top)
{
  guint n_top = 0;

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

  return n_top;
}

/* For each sentence of @from, the sentences of @to that share its rarest
 * stems, scored by the weight they share. The pairs go to @candidates
 * packed as A << 32 | B, so that sorting them is cheap. */
static void
find_candidates (const PlxBag *from,
                 guint         n_from,
                 const PlxBag *to,
                 guint         n_to,
                 gboolean      from_is_a,
                 GArray       *candidates)
{
  Index index;
  g_autofree float *score = g_new0 (float, MAX (n_to, 1));
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedTerm));
  Candidate top[CANDIDATES_PER_SENTENCE];

  index_build (&index, to, n_to);

  for (guint i = 0; i < n_from; i++)
    {
      guint n_top;

      rank_terms (&index, &from[i], ranked);
      visit_postings (&index, ranked, score, touched);
      n_top = keep_best (touched, score, top);

      for (guint k = 0; k < n_top; k++)
        {
          guint64 a = from_is_a ? i : top[k].target;
          guint64 b = from_is_a ? top[k].target : i;
          guint64 key = (a << 32) | b;

          g_array_append_val (candidates, key);
        }
    }

  index_clear (&index);
}

/* Sorts @keys in place: a radix sort, a byte at a time over the bytes
 * that differ among them, as there are some sixteen for each sentence. */
static void
sort_keys (guint64 *keys,
           gsize    n)
{
  g_autofree guint64 *buffer = g_new (guint64, MAX (n, 1));
  guint64 *from = keys;
  guint64 *to = buffer;
  guint64 all_or = 0;
  guint64 all_and = G_MAXUINT64;

  for (gsize i = 0; i < n; i++)
    {
      all_or |= keys[i];
      all_and &= keys[i];
    }

  for (guint shift = 0; shift < 64; shift += 8)
    {
      gsize counts[256] = { 0 };
      gsize total = 0;

      /* A byte all keys share changes no order. */
      if ((((all_or ^ all_and) >> shift) & 0xff) == 0)
        continue;
      for (gsize i = 0; i < n; i++)
        counts[(from[i] >> shift) & 0xff]++;
      for (guint d = 0; d < 256; d++)
        {
          gsize c = counts[d];

          counts[d] = total;
          total += c;
        }
      for (gsize i = 0; i < n; i++)
        to[counts[(from[i] >> shift) & 0xff]++] = from[i];
      {
        guint64 *swap = from;

        from = to;
        to = swap;
      }
    }

  if (from != keys)
    memcpy (keys, from, n * sizeof (guint64));
}

/* Sorts the candidates, drops duplicates (a pair found from both sides)
 * and scores the rest into self->pairs, keeping those that may matter, in
 * order of position. */
static void
score_candidates (PlxAligner *self,
                  GArray     *candidates)
{
  const guint64 *keys;

  sort_keys ((guint64 *) candidates->data, candidates->len);
  keys = (const guint64 *) candidates->data;

  for (guint k = 0; k < candidates->len; k++)
    {
      PlxAlignPair pair = { 0 };
      PlxMatch match;

      if (k > 0 && keys[k] == keys[k - 1])
        continue;

      pair.a = keys[k] >> 32;
      pair.b = keys[k] & G_MAXUINT32;
      match = plx_bag_match (&self->a[pair.a], &self->b[pair.b], self->vocabulary);
      pair.score = plx_link_score (&match);
      if (pair.score < self->weak_min * 0.8)
        continue;

      /* A heading and a body sentence may restate each other, but they are
       * never the same unit: such pairs are not linked. */
      pair.mixed = self->a[pair.a].heading != self->b[pair.b].heading;
      pair.similarity = match.similarity;
      pair.cover_a = match.cover_a;
      pair.cover_b = match.cover_b;
      pair.shared_terms = match.shared_terms;
      g_array_append_val (self->pairs, pair);
    }
}

/* Keeps @score among the two best of one sentence. */
static void
rank_score (double *best,
            double *next,
            double  score)
{
  if (score > *best)
    {
      *next = *best;
      *best = score;
    }
  else if (score > *next)
    *next = score;
}

/* Each sentence's best and next best score among its pairs, into
 * self->best_a, self->next_a, self->best_b and self->next_b. */
static void
find_best (PlxAligner *self)
{
  self->best_a = g_new0 (double, MAX (self->n_a, 1));
  self->best_b = g_new0 (double, MAX (self->n_b, 1));
  self->next_a = g_new0 (double, MAX (self->n_a, 1));
  self->next_b = g_new0 (double, MAX (self->n_b, 1));
  for (guint k = 0; k < self->pairs->len; k++)
    {
      const PlxAlignPair *pair = &g_array_index (self->pairs, PlxAlignPair, k);

      if (pair->mixed)
        continue;
      rank_score (&self->best_a[pair->a], &self->next_a[pair->a], pair->score);
      rank_score (&self->best_b[pair->b], &self->next_b[pair->b], pair->score);
    }
}

/* Stage 1: self->pairs, the scored candidate pairs in order of position,
 * and each sentence's best score. */
void
plx_aligner_find_pairs (PlxAligner *self)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint64));

  find_candidates (self->a, self->n_a, self->b, self->n_b, TRUE, candidates);
  find_candidates (self->b, self->n_b, self->a, self->n_a, FALSE, candidates);
  score_candidates (self, candidates);
  find_best (self);
}
