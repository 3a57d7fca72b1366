/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Compares the claims of two articles. Each claim of A is paired with the
 * claim of B that says most nearly the same: content overlap, the lead of
 * each content (up to a clause break such as ";", where a content may run
 * on into the writer's words) counting most, more when the two sentences
 * are linked; among near equals the same speaker, then the same reporting
 * verb. Best pairs first, each claim at most once. How a pair differs is
 * plx-claim-compare.c's; claims left over are only-a or only-b. The
 * result is a #PlxClaimMatch per claim; the claims themselves are left as
 * they are. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-aligner.h"
#include "plx-claim-match-private.h"
#include "plx-lexicon.h"

/* Below this content similarity two claims are not the same claim. */
#define MATCH_MIN     0.28
/* Claims in linked sentences are likelier counterparts. */
#define LINKED_BONUS  0.15
/* Words shared by more claims than this do not find candidates. */
#define MAX_POSTINGS  16
/* How many of a claim's rarest words look for candidates. */
#define RAREST_TERMS  3
/* A claim's content kept whole in the other article counts for more than
 * one that holds the other's as a part. */
#define COVER_BOTH_WEIGHT 0.75
/* Words past a clause break may not be the speaker's: a match that needs
 * them counts for less than one of the leads. */
#define TAIL_FACTOR 0.8
/* Among candidates that say nearly the same, the same speaker, then the
 * same reporting verb. */
#define SPEAKER_BONUS 0.05
#define VERB_BONUS    0.02

typedef struct
{
  guint  a;
  guint  b;
  double score;
} Candidate;

typedef PlxPreparedClaim Prepared;

/* Where the lead of a claim's content ends: at its first semicolon
 * outside quotation marks, or at its end. */
static gsize
find_lead_end (const PlxClaim *claim,
               const char     *text)
{
  gboolean quoted = FALSE;

  /* Most contents have no semicolon at all. */
  if (memchr (text + claim->content_byte_start, ';',
              claim->content_byte_end - claim->content_byte_start) == NULL)
    return claim->content_byte_end;

  for (const char *p = text + claim->content_byte_start; p < text + claim->content_byte_end;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x201C || c == 0x00AB || c == 0x201E)
        quoted = TRUE;
      else if (c == 0x201D || c == 0x00BB)
        quoted = FALSE;
      else if (c == '"')
        quoted = !quoted;
      else if (c == ';' && !quoted)
        return p - text;
    }

  return claim->content_byte_end;
}

/* Slices the claim's tokens out of its sentence's. */
static void
prepare (Prepared                *prepared,
         const PlxClaim          *claim,
         const char              *text,
         const PlxSentenceTokens *sentences,
         PlxIdf                  *idf,
         GArray                  *content)
{
  const PlxToken *tokens = sentences->tokens + sentences->starts[claim->sentence];
  guint n = sentences->starts[claim->sentence + 1] - sentences->starts[claim->sentence];
  guint n_lead = 0;
  guint n_claim = 0;

  /* Sized at once: claims are many, and growing their arrays cost more
   * than the rest of preparing them. */
  for (guint k = 0; k < n; k++)
    n_claim += tokens[k].byte_start >= claim->byte_start && tokens[k].byte_end <= claim->byte_end;
  g_array_set_size (content, 0);
  prepared->tokens = g_array_sized_new (FALSE, FALSE, sizeof (PlxToken), n_claim);
  prepared->lead_end = find_lead_end (claim, text);
  for (guint k = 0; k < n; k++)
    {
      if (tokens[k].byte_start >= claim->byte_start && tokens[k].byte_end <= claim->byte_end)
        g_array_append_val (prepared->tokens, tokens[k]);
      if (tokens[k].byte_start >= claim->content_byte_start &&
          tokens[k].byte_end <= claim->content_byte_end)
        {
          g_array_append_val (content, tokens[k]);
          n_lead += tokens[k].byte_end <= prepared->lead_end;
        }
    }
  plx_bag_init (&prepared->content, (const PlxToken *) content->data, content->len, idf);
  prepared->has_lead = n_lead > 0 && n_lead < content->len;
  if (prepared->has_lead)
    plx_bag_init (&prepared->lead, (const PlxToken *) content->data, n_lead, idf);
}

static void
prepared_clear (Prepared *prepared)
{
  g_array_unref (prepared->tokens);
  plx_bag_clear (&prepared->content);
  if (prepared->has_lead)
    plx_bag_clear (&prepared->lead);
  g_free (prepared->second_hand);
  g_clear_pointer (&prepared->marker_bytes, g_array_unref);
}

/* For each sentence of A, the sentences of B it is linked to. */
static GHashTable *
linked_sentences (GArray *links)
{
  GHashTable *map = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint k = 0; links != NULL && k < links->len; k++)
    {
      const PlxLink *link = &g_array_index (links, PlxLink, k);

      for (guint a = link->a_start; a < link->a_end; a++)
        {
          GArray *list = g_hash_table_lookup (map, GUINT_TO_POINTER (a + 1));

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (map, GUINT_TO_POINTER (a + 1), list);
            }
          for (guint b = link->b_start; b < link->b_end; b++)
            g_array_append_val (list, b);
        }
    }

  return map;
}

static gboolean
sentences_linked (GHashTable *linked,
                  guint       a,
                  guint       b)
{
  GArray *list = g_hash_table_lookup (linked, GUINT_TO_POINTER (a + 1));

  for (guint i = 0; list != NULL && i < list->len; i++)
    if (g_array_index (list, guint, i) == b)
      return TRUE;

  return FALSE;
}

static int
compare_candidates (gconstpointer x,
                    gconstpointer y)
{
  const Candidate *a = x;
  const Candidate *b = y;

  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : a->b > b->b;
}

/* The claims of B that may be the counterpart of a claim of A: claims in
 * sentences linked to its sentence, and claims sharing one of its rarest
 * content words. An inverted index with capped postings keeps the cost
 * growing with the number of claims, not with its square. */
typedef struct
{
  GHashTable *postings;    /* stem + 1 -> GArray of claims of B (guint) */
  GHashTable *by_sentence; /* sentence + 1 -> GArray of claims of B (guint) */
  GHashTable *linked;      /* sentence of A + 1 -> GArray of sentences of B */
} Index;

static void
append_to_list (GHashTable *lists,
                guint       key,
                guint       value)
{
  GArray *list = g_hash_table_lookup (lists, GUINT_TO_POINTER (key));

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (lists, GUINT_TO_POINTER (key), list);
    }
  g_array_append_val (list, value);
}

static void
index_init (Index          *index,
            GArray         *claims_b,
            const Prepared *pb,
            GArray         *links)
{
  index->postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  index->by_sentence = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  index->linked = linked_sentences (links);

  for (guint j = 0; j < claims_b->len; j++)
    {
      append_to_list (index->by_sentence, g_array_index (claims_b, PlxClaim, j).sentence + 1, j);

      for (guint t = 0; t < pb[j].content.n_terms; t++)
        {
          guint stem = pb[j].content.terms[t].stem;
          GArray *posting = g_hash_table_lookup (index->postings, GUINT_TO_POINTER (stem + 1));

          if (posting == NULL || posting->len < MAX_POSTINGS)
            append_to_list (index->postings, stem + 1, j);
        }
    }
}

static void
index_clear (Index *index)
{
  g_hash_table_unref (index->postings);
  g_hash_table_unref (index->by_sentence);
  g_hash_table_unref (index->linked);
}

/* Appends to @visit the claims of B to weigh against claim @a of A, which
 * may repeat. */
static void
list_candidates (Index          *index,
                 const PlxClaim *a,
                 const Prepared *pa,
                 GArray         *visit)
{
  GArray *partners = g_hash_table_lookup (index->linked, GUINT_TO_POINTER (a->sentence + 1));
  GArray *rarest[RAREST_TERMS] = { NULL };

  g_array_set_size (visit, 0);
  for (guint p = 0; partners != NULL && p < partners->len; p++)
    {
      guint b = g_array_index (partners, guint, p);
      GArray *list = g_hash_table_lookup (index->by_sentence, GUINT_TO_POINTER (b + 1));

      for (guint l = 0; list != NULL && l < list->len; l++)
        g_array_append_val (visit, g_array_index (list, guint, l));
    }

  /* The claim's rarest words find its candidates. */
  for (guint t = 0; t < pa->content.n_terms; t++)
    {
      GArray *posting = g_hash_table_lookup (index->postings,
                                             GUINT_TO_POINTER (pa->content.terms[t].stem + 1));

      if (posting == NULL || posting->len >= MAX_POSTINGS)
        continue;
      for (guint r = 0; r < RAREST_TERMS; r++)
        if (rarest[r] == NULL || posting->len < rarest[r]->len)
          {
            GArray *swap = rarest[r];

            rarest[r] = posting;
            posting = swap;
            if (posting == NULL)
              break;
          }
    }
  for (guint r = 0; r < RAREST_TERMS && rarest[r] != NULL; r++)
    g_array_append_vals (visit, rarest[r]->data, rarest[r]->len);
}

static double
bag_score (const PlxBag  *a,
           const PlxBag  *b,
           PlxVocabulary *vocabulary)
{
  PlxMatch match = plx_bag_match (a, b, vocabulary);

  return MAX (match.similarity, COVER_BOTH_WEIGHT * MIN (match.cover_a, match.cover_b) +
                                  (1 - COVER_BOTH_WEIGHT) * MAX (match.cover_a, match.cover_b));
}

/* How nearly two claims' contents say the same: the whole contents, or
 * their leads, which count for more. */
static double
content_score (const Prepared *a,
               const Prepared *b,
               PlxVocabulary  *vocabulary)
{
  double whole = bag_score (&a->content, &b->content, vocabulary);

  if (!a->has_lead && !b->has_lead)
    return whole;

  return MAX (TAIL_FACTOR * whole,
              bag_score (a->has_lead ? &a->lead : &a->content,
                         b->has_lead ? &b->lead : &b->content, vocabulary));
}

/* Every pair of claims similar enough to be counterparts, best first. */
static GArray *
find_candidates (GArray         *claims_a,
                 const Prepared *pa,
                 GArray         *claims_b,
                 const Prepared *pb,
                 GArray         *links,
                 PlxVocabulary  *vocabulary)
{
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) visit = g_array_new (FALSE, FALSE, sizeof (guint));
  Index index;

  index_init (&index, claims_b, pb, links);
  g_array_set_size (seen, claims_b->len);
  for (guint i = 0; i < claims_a->len; i++)
    {
      const PlxClaim *a = &g_array_index (claims_a, PlxClaim, i);
      guint stamp = i + 1;

      list_candidates (&index, a, &pa[i], visit);
      for (guint v = 0; v < visit->len; v++)
        {
          guint j = g_array_index (visit, guint, v);
          const PlxClaim *b = &g_array_index (claims_b, PlxClaim, j);
          Candidate candidate = { i, j, 0 };

          if (g_array_index (seen, guint, j) == stamp)
            continue;
          g_array_index (seen, guint, j) = stamp;

          candidate.score = content_score (&pa[i], &pb[j], vocabulary);
          if (sentences_linked (index.linked, a->sentence, b->sentence))
            candidate.score += LINKED_BONUS;
          if (candidate.score < MATCH_MIN)
            continue;
          if (plx_claim_same_speaker (a, b))
            candidate.score += SPEAKER_BONUS;
          if (g_strcmp0 (a->verb, b->verb) == 0)
            candidate.score += VERB_BONUS;
          g_array_append_val (candidates, candidate);
        }
    }
  index_clear (&index);
  g_array_sort (candidates, compare_candidates);

  return candidates;
}

static int
compare_by_sentence (gconstpointer x,
                     gconstpointer y,
                     gpointer      claims)
{
  guint a = g_array_index ((GArray *) claims, PlxClaim, *(const guint *) x).sentence;
  guint b = g_array_index ((GArray *) claims, PlxClaim, *(const guint *) y).sentence;

  return a < b ? -1 : a > b;
}

static Prepared *
prepare_claims (GArray                  *claims,
                const char              *text,
                const PlxSentenceTokens *tokens,
                GPtrArray               *markers,
                GHashTable              *starts,
                PlxIdf                  *idf,
                PlxVocabulary           *vocabulary)
{
  Prepared *prepared = g_new0 (Prepared, MAX (claims->len, 1));
  g_autofree guint *order = g_new (guint, MAX (claims->len, 1));
  g_autoptr(GArray) content = g_array_new (FALSE, FALSE, sizeof (PlxToken));

  /* The claims by sentence, for finding those of the same sentence. */
  for (guint i = 0; i < claims->len; i++)
    order[i] = i;
  g_qsort_with_data (order, claims->len, sizeof (guint), compare_by_sentence, claims);

  for (guint first = 0, end = 0; first < claims->len; first = end)
    {
      guint sentence = g_array_index (claims, PlxClaim, order[first]).sentence;

      for (end = first; end < claims->len &&
                        g_array_index (claims, PlxClaim, order[end]).sentence == sentence;
           end++)
        ;
      for (guint k = first; k < end; k++)
        {
          prepare (&prepared[order[k]], &g_array_index (claims, PlxClaim, order[k]), text, tokens,
                   idf, content);
          plx_claim_find_second_hand (&prepared[order[k]], claims, order[k], order + first,
                                      end - first, text, tokens, markers, starts, vocabulary);
        }
    }

  return prepared;
}

static void
prepared_free (Prepared *prepared,
               guint     n)
{
  for (guint i = 0; i < n; i++)
    prepared_clear (&prepared[i]);
  g_free (prepared);
}

/* One match per claim, none paired yet. */
static GArray *
unmatched (guint          n,
           PlxClaimStatus status)
{
  GArray *matches = g_array_sized_new (FALSE, TRUE, sizeof (PlxClaimMatch), n);

  g_array_set_clear_func (matches, (GDestroyNotify) plx_claim_match_clear);
  for (guint i = 0; i < n; i++)
    {
      PlxClaimMatch match = { status, -1, 0, NULL };

      g_array_append_val (matches, match);
    }

  return matches;
}

/**
 * plx_match_claims:
 * @language: (nullable): the articles' language, for its words of
 *   attribution
 * @links: (nullable): the sentence links (#PlxLink) between the articles
 * @matches_a: (out) (transfer full): a #PlxClaimMatch for each claim of A
 * @matches_b: (out) (transfer full): a #PlxClaimMatch for each claim of B
 *
 * Pairs the claims of A with those of B and says how each fares in the
 * other article.
 */
void
plx_match_claims (const char              *language,
                  GArray                  *claims_a,
                  const char              *text_a,
                  const PlxSentenceTokens *tokens_a,
                  GArray                  *claims_b,
                  const char              *text_b,
                  const PlxSentenceTokens *tokens_b,
                  GArray                  *links,
                  PlxIdf                  *idf,
                  PlxVocabulary           *vocabulary,
                  GArray                 **matches_a,
                  GArray                 **matches_b)
{
  GHashTable *verb_forms = NULL;
  GPtrArray *markers = NULL;
  g_autoptr(GHashTable) starts = g_hash_table_new (NULL, NULL);
  Prepared *pa;
  Prepared *pb;
  g_autoptr(GArray) candidates = NULL;
  GArray *ma = unmatched (claims_a->len, PLX_CLAIM_ONLY_A);
  GArray *mb = unmatched (claims_b->len, PLX_CLAIM_ONLY_B);

  plx_claim_words_get (language, &markers, &verb_forms);
  pa = prepare_claims (claims_a, text_a, tokens_a, markers, starts, idf, vocabulary);
  pb = prepare_claims (claims_b, text_b, tokens_b, markers, starts, idf, vocabulary);

  /* Best pairs first, each claim in one pair at most. */
  candidates = find_candidates (claims_a, pa, claims_b, pb, links, vocabulary);
  for (guint k = 0; k < candidates->len; k++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, k);
      const PlxClaim *a = &g_array_index (claims_a, PlxClaim, candidate->a);
      const PlxClaim *b = &g_array_index (claims_b, PlxClaim, candidate->b);
      PlxClaimMatch *match_a = &g_array_index (ma, PlxClaimMatch, candidate->a);
      PlxClaimMatch *match_b = &g_array_index (mb, PlxClaimMatch, candidate->b);
      PlxClaimSide side_a;
      PlxClaimSide side_b;

      if (match_a->counterpart >= 0 || match_b->counterpart >= 0)
        continue;
      match_a->counterpart = candidate->b;
      match_b->counterpart = candidate->a;
      match_a->counterpart_sentence = b->sentence;
      match_b->counterpart_sentence = a->sentence;
      side_a = (PlxClaimSide) { a, &pa[candidate->a], text_a, 'A', vocabulary, verb_forms };
      side_b = (PlxClaimSide) { b, &pb[candidate->b], text_b, 'B', vocabulary, verb_forms };
      match_a->status = plx_claim_compare (&side_a, &side_b, match_a, match_b);
      match_b->status = match_a->status;
    }

  prepared_free (pa, claims_a->len);
  prepared_free (pb, claims_b->len);
  *matches_a = ma;
  *matches_b = mb;
}

void
plx_claim_match_clear (PlxClaimMatch *match)
{
  g_clear_pointer (&match->change, g_free);
}

const char *
plx_claim_status_to_string (PlxClaimStatus status)
{
  switch (status)
    {
    case PLX_CLAIM_SHARED:
      return "shared";
    case PLX_CLAIM_ONLY_A:
      return "only-a";
    case PLX_CLAIM_ONLY_B:
      return "only-b";
    case PLX_CLAIM_REFRAMED:
      return "reframed";
    case PLX_CLAIM_QUOTE_CHANGED:
      return "quote-changed";
    case PLX_CLAIM_QUOTE_TRIMMED:
      return "quote-trimmed";
    case PLX_CLAIM_SECOND_HAND:
      return "second-hand";
    case PLX_CLAIM_PARAPHRASED:
      return "paraphrased";
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
    default:
      return "attribution-changed";
    }
}
