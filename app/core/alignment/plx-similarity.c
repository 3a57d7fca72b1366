/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* How much two sentences say the same: IDF-weighted overlap of their stems
 * (a weighted Dice coefficient), where numbers and names weigh more and
 * names that differ only in spelling ("Zelensky" / "Zelenskyy") count as
 * shared through character trigram similarity.
 *
 * Bags are sorted by stem, so comparing two costs the sum of their sizes.
 * This module scores pairs; which pairs to score is the aligner's choice. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "plx-similarity.h"

/* Numbers and names carry the facts of a news sentence. */
#define NAME_BOOST   1.2f
#define NUMBER_BOOST 1.5f

/* Two names at least this similar in spelling count as the same. */
#define FUZZY_THRESHOLD 0.55

struct _PlxIdf
{
  guint *df;
  float *idf;
  guint  size;
  guint  n_sentences;
  GArray *seen; /* stems of the sentence being added */
};

PlxIdf *
plx_idf_new (guint vocabulary_size)
{
  PlxIdf *self = g_new0 (PlxIdf, 1);

  self->size = vocabulary_size;
  self->df = g_new0 (guint, vocabulary_size);
  self->seen = g_array_new (FALSE, FALSE, sizeof (guint));

  return self;
}

void
plx_idf_free (PlxIdf *self)
{
  if (self == NULL)
    return;

  g_free (self->df);
  g_free (self->idf);
  g_array_unref (self->seen);
  g_free (self);
}

/* Up to this many items, sentences' words are sorted by insertion. */
#define INSERTION_SORT_MAX 64

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

void
plx_idf_add_sentence (PlxIdf         *self,
                      const PlxToken *tokens,
                      guint           n_tokens)
{
  guint *seen;

  g_array_set_size (self->seen, n_tokens);
  seen = (guint *) self->seen->data;
  for (guint i = 0; i < n_tokens; i++)
    {
      /* Sorted as they come in: a sentence has few words. */
      guint stem = tokens[i].stem;
      guint j = i;

      for (; n_tokens <= INSERTION_SORT_MAX && j > 0 && seen[j - 1] > stem; j--)
        seen[j] = seen[j - 1];
      seen[j] = stem;
    }
  if (n_tokens > INSERTION_SORT_MAX)
    g_array_sort (self->seen, compare_uint);

  for (guint i = 0; i < self->seen->len; i++)
    {
      guint stem = g_array_index (self->seen, guint, i);

      if (i > 0 && stem == g_array_index (self->seen, guint, i - 1))
        continue;
      if (stem < self->size)
        self->df[stem]++;
    }

  self->n_sentences++;
}

void
plx_idf_finish (PlxIdf *self)
{
  /* Smoothed: a word in every sentence still weighs a little, and a word
   * seen once weighs most. */
  self->idf = g_new (float, self->size);
  for (guint i = 0; i < self->size; i++)
    self->idf[i] = logf (1.0f + (self->n_sentences + 1.0f) / (self->df[i] + 0.5f));
}

float
plx_idf_get (PlxIdf *self,
             guint   stem)
{
  return stem < self->size ? self->idf[stem] : logf (1.0f + self->n_sentences + 1.0f);
}

/* The weight of a word found in two sentences (once in each article). */
static float
idf_unit (PlxIdf *self)
{
  return logf (1.0f + (self->n_sentences + 1.0f) / 2.5f);
}

guint
plx_idf_get_df (PlxIdf *self,
                guint   stem)
{
  return stem < self->size ? self->df[stem] : 0;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const PlxTerm *x = a;
  const PlxTerm *y = b;

  return x->stem < y->stem ? -1 : x->stem > y->stem;
}

/* Sorts @terms by stem, keeping the order of equal stems as qsort() of
 * compare_terms() does (a stable merge sort in glibc): a sentence has a few
 * dozen terms, fewer than are worth qsort()'s calls through a pointer. */

static void
sort_terms (PlxTerm *terms,
            guint    n)
{
  if (n > INSERTION_SORT_MAX)
    {
      qsort (terms, n, sizeof (PlxTerm), compare_terms);
      return;
    }
  for (guint i = 1; i < n; i++)
    {
      PlxTerm term = terms[i];
      guint j = i;

      for (; j > 0 && terms[j - 1].stem > term.stem; j--)
        terms[j] = terms[j - 1];
      terms[j] = term;
    }
}

void
plx_bag_init (PlxBag         *bag,
              const PlxToken *tokens,
              guint           n_tokens,
              PlxIdf         *idf)
{
  guint n = 0;

  bag->terms = g_new (PlxTerm, MAX (n_tokens, 1));
  for (guint i = 0; i < n_tokens; i++)
    {
      const PlxToken *token = &tokens[i];
      PlxTerm *term;

      if (token->flags & PLX_TOKEN_STOPWORD)
        continue;

      term = &bag->terms[n++];
      term->stem = token->stem;
      term->norm_len = MIN (token->byte_end - token->byte_start, G_MAXUINT16);
      term->is_name = (token->flags & PLX_TOKEN_CAPITALISED) != 0;
      term->is_frame = (token->tags & PLX_TAG_REPORTING_VERB) &&
                       !(token->flags & (PLX_TOKEN_QUOTED | PLX_TOKEN_CAPITALISED));
      term->weight = plx_idf_get (idf, token->stem);
      if (token->flags & PLX_TOKEN_NUMBER)
        term->weight *= NUMBER_BOOST;
      else if (term->is_name)
        term->weight *= NAME_BOOST;
    }

  sort_terms (bag->terms, n);
  bag->unit = idf_unit (idf);

  /* Each stem once, with its highest weight. */
  bag->n_terms = 0;
  bag->total = 0;
  for (guint i = 0; i < n; i++)
    {
      if (bag->n_terms > 0 && bag->terms[bag->n_terms - 1].stem == bag->terms[i].stem)
        {
          PlxTerm *last = &bag->terms[bag->n_terms - 1];

          if (bag->terms[i].weight > last->weight)
            {
              bag->total += bag->terms[i].weight - last->weight;
              *last = bag->terms[i];
            }
          continue;
        }
      bag->terms[bag->n_terms++] = bag->terms[i];
      bag->total += bag->terms[i].weight;
    }
}

void
plx_bag_init_union (PlxBag       *bag,
                    const PlxBag *bags,
                    guint         n_bags)
{
  guint n = 0;

  for (guint i = 0; i < n_bags; i++)
    n += bags[i].n_terms;

  bag->terms = g_new (PlxTerm, MAX (n, 1));
  bag->unit = n_bags > 0 ? bags[0].unit : 0;
  n = 0;
  for (guint i = 0; i < n_bags; i++)
    {
      memcpy (bag->terms + n, bags[i].terms, bags[i].n_terms * sizeof (PlxTerm));
      n += bags[i].n_terms;
    }
  sort_terms (bag->terms, n);

  bag->n_terms = 0;
  bag->total = 0;
  for (guint i = 0; i < n; i++)
    {
      if (bag->n_terms > 0 && bag->terms[bag->n_terms - 1].stem == bag->terms[i].stem)
        continue;
      bag->terms[bag->n_terms++] = bag->terms[i];
      bag->total += bag->terms[i].weight;
    }
}

void
plx_bag_clear (PlxBag *bag)
{
  g_clear_pointer (&bag->terms, g_free);
  bag->n_terms = 0;
  bag->total = 0;
}

/* "  word " in @buffer, cut to its size: names longer than it are compared
 * by their first 64 bytes. Returns the length. */
static int
pad (char       *buffer,
     gsize       size,
     const char *word)
{
  gsize n = MIN (strlen (word), size - 4);

  buffer[0] = buffer[1] = ' ';
  memcpy (buffer + 2, word, n);
  buffer[n + 2] = ' ';
  buffer[n + 3] = '\0';

  return n + 3;
}

/* Dice coefficient of the character trigrams of two words, with the word
 * padded so that short names still have trigrams. */
double
plx_string_similarity (const char *a,
                       const char *b)
{
  char pa[68];
  char pb[68];
  gboolean used[68] = { FALSE };
  int la = pad (pa, sizeof pa, a);
  int lb = pad (pb, sizeof pb, b);
  guint shared = 0;

  if (la < 3 || lb < 3)
    return 0;

  for (int i = 0; i + 3 <= la; i++)
    for (int j = 0; j + 3 <= lb; j++)
      if (!used[j] && memcmp (pa + i, pb + j, 3) == 0)
        {
          used[j] = TRUE;
          shared++;
          break;
        }

  return 2.0 * shared / ((la - 2) + (lb - 2));
}

/* The names one bag has and the other lacks, by position in their bag. A
 * sentence names few people and places; names beyond MAX_UNMATCHED are not
 * paired by spelling. */
#define MAX_UNMATCHED 16

typedef struct
{
  guint a[MAX_UNMATCHED];
  guint b[MAX_UNMATCHED];
  guint n_a;
  guint n_b;
} Unmatched;

static void
note_unmatched (const PlxBag *bag,
                guint         i,
                guint        *list,
                guint        *n)
{
  if (bag->terms[i].is_name && *n < MAX_UNMATCHED)
    list[(*n)++] = i;
}

/* Walks both sorted bags once, adding the weight of the stems they share
 * to @shared_a and @shared_b, counting the content words among them into
 * @match and noting the names found on one side only.
 *
 * Frame words (reporting verbs outside quotation marks: "said", "told")
 * give a sentence its shape, not its facts: two quotations share "said"
 * whatever they quote. Shared, they weigh in the overlap as before (so
 * identical sentences stay identical) but are not counted as shared
 * content. */
static void
share_stems (const PlxBag *a,
             const PlxBag *b,
             double       *shared_a,
             double       *shared_b,
             PlxMatch     *match,
             Unmatched    *unmatched)
{
  guint i = 0;
  guint j = 0;

  while (i < a->n_terms && j < b->n_terms)
    {
      if (a->terms[i].stem == b->terms[j].stem)
        {
          *shared_a += a->terms[i].weight;
          *shared_b += b->terms[j].weight;
          if (!a->terms[i].is_frame && !b->terms[j].is_frame)
            {
              match->shared_terms++;
              match->shared_mass += MIN (a->terms[i].weight, b->terms[j].weight);
            }
          i++;
          j++;
        }
      else if (a->terms[i].stem < b->terms[j].stem)
        note_unmatched (a, i++, unmatched->a, &unmatched->n_a);
      else
        note_unmatched (b, j++, unmatched->b, &unmatched->n_b);
    }
  for (; i < a->n_terms; i++)
    note_unmatched (a, i, unmatched->a, &unmatched->n_a);
  for (; j < b->n_terms; j++)
    note_unmatched (b, j, unmatched->b, &unmatched->n_b);
}

/* The unmatched name of B spelt most like @ta (and not yet taken), or -1. */
static int
closest_name (const PlxTerm   *ta,
              const PlxBag    *b,
              const Unmatched *unmatched,
              const gboolean  *taken,
              PlxVocabulary   *vocabulary,
              double          *best)
{
  int best_y = -1;

  *best = FUZZY_THRESHOLD;
  for (guint y = 0; y < unmatched->n_b; y++)
    {
      const PlxTerm *tb = &b->terms[unmatched->b[y]];
      const char *sa;
      const char *sb;
      double s;

      if (taken[y] || ABS ((int) ta->norm_len - (int) tb->norm_len) > 3)
        continue;
      /* Spelling variants of a name keep its first letter. */
      sa = plx_vocabulary_lookup (vocabulary, ta->stem);
      sb = plx_vocabulary_lookup (vocabulary, tb->stem);
      if (sa[0] != sb[0])
        continue;
      s = plx_string_similarity (sa, sb);
      if (s >= *best)
        {
          *best = s;
          best_y = y;
        }
    }

  return best_y;
}

/* Names spelt differently: each unmatched name pairs with its closest,
 * sharing its weight in proportion to how alike the spellings are. */
static void
share_names (const PlxBag    *a,
             const PlxBag    *b,
             const Unmatched *unmatched,
             PlxVocabulary   *vocabulary,
             double          *shared_a,
             double          *shared_b,
             PlxMatch        *match)
{
  gboolean taken[MAX_UNMATCHED] = { FALSE };

  for (guint x = 0; x < unmatched->n_a; x++)
    {
      const PlxTerm *ta = &a->terms[unmatched->a[x]];
      double best;
      int best_y = closest_name (ta, b, unmatched, taken, vocabulary, &best);

      if (best_y >= 0)
        {
          float wb = b->terms[unmatched->b[best_y]].weight;

          taken[best_y] = TRUE;
          *shared_a += ta->weight * best;
          *shared_b += wb * best;
          match->shared_terms++;
          match->shared_mass += MIN (ta->weight, wb) * best;
        }
    }
}

PlxMatch
plx_bag_match (const PlxBag  *a,
               const PlxBag  *b,
               PlxVocabulary *vocabulary)
{
  PlxMatch match = { 0 };
  Unmatched unmatched = { .n_a = 0, .n_b = 0 };
  double shared_a = 0;
  double shared_b = 0;

  if (a->total <= 0 || b->total <= 0)
    return match;

  share_stems (a, b, &shared_a, &shared_b, &match, &unmatched);
  if (vocabulary != NULL && unmatched.n_a > 0 && unmatched.n_b > 0)
    share_names (a, b, &unmatched, vocabulary, &shared_a, &shared_b, &match);

  if (a->unit > 0)
    match.shared_mass /= a->unit;
  match.cover_a = shared_a / a->total;
  match.cover_b = shared_b / b->total;
  match.similarity = (shared_a + shared_b) / (a->total + b->total);

  return match;
}
