/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Compares the claims of two articles. Each claim of A is paired with the
 * claim of B that says most nearly the same (content overlap, more when the
 * two sentences are linked), best pairs first, each claim at most once.
 * A pair then gets its status:
 *   attribution-changed  other speakers, or a quote on one side only
 *   quote-changed        the same speaker quoted in other words
 *   reframed             the same claim under another reporting verb,
 *                        hedge, intensifier or loaded word (said which)
 *   shared               the same claim
 * and claims left over are only-a or only-b. The result is a #PlxClaimMatch
 * per claim; the claims themselves are left as they are. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-aligner.h"
#include "plx-claim-match.h"
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

typedef struct
{
  guint  a;
  guint  b;
  double score;
} Candidate;

typedef struct
{
  GArray *tokens; /* PlxToken of the whole claim */
  PlxBag  content;
} Prepared;

/* Slices the claim's tokens out of its sentence's. */
static void
prepare (Prepared                *prepared,
         const PlxClaim          *claim,
         const PlxSentenceTokens *sentences,
         PlxIdf                  *idf)
{
  g_autoptr(GArray) content = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  const PlxToken *tokens = sentences->tokens + sentences->starts[claim->sentence];
  guint n = sentences->starts[claim->sentence + 1] - sentences->starts[claim->sentence];

  prepared->tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  for (guint k = 0; k < n; k++)
    {
      if (tokens[k].byte_start >= claim->byte_start && tokens[k].byte_end <= claim->byte_end)
        g_array_append_val (prepared->tokens, tokens[k]);
      if (tokens[k].byte_start >= claim->content_byte_start &&
          tokens[k].byte_end <= claim->content_byte_end)
        g_array_append_val (content, tokens[k]);
    }
  plx_bag_init (&prepared->content, (const PlxToken *) content->data, content->len, idf);
}

static void
prepared_clear (Prepared *prepared)
{
  g_array_unref (prepared->tokens);
  plx_bag_clear (&prepared->content);
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

/* The quote's words, folded, one space apart. */
static char *
fold_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (out, FALSE);
}

/* Whether one quotation is part of the other: a shorter excerpt of the
 * same words is not a changed quote. */
static gboolean
quote_contained (const char *a,
                 const char *b)
{
  g_autofree char *fa = fold_words (a);
  g_autofree char *fb = fold_words (b);

  return strstr (fa, fb) != NULL || strstr (fb, fa) != NULL;
}

static gboolean
same_speaker (const PlxClaim *a,
              const PlxClaim *b)
{
  if (g_strcmp0 (a->party, b->party) != 0)
    return FALSE;
  if (a->speaker_key == NULL || b->speaker_key == NULL)
    return TRUE;
  return g_str_equal (a->speaker_key, b->speaker_key) ||
         (a->speaker_key[0] == b->speaker_key[0] &&
          plx_string_similarity (a->speaker_key, b->speaker_key) >= 0.7);
}

/* The words of a claim that carry a tag, as "word word" in text order. */
static char *
tagged_words (const char   *text,
              GArray       *tokens,
              PlxTag        tag,
              PlxVocabulary *vocabulary,
              GHashTable   *stems)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < tokens->len; k++)
    {
      const PlxToken *t = &g_array_index (tokens, PlxToken, k);

      if (!(t->tags & tag))
        continue;
      if (stems != NULL)
        g_hash_table_add (stems, GUINT_TO_POINTER (t->stem + 1));
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, text + t->byte_start, t->byte_end - t->byte_start);
    }

  return g_string_free (out, FALSE);
}

/* What differs in the framing of two claims, or NULL. */
static char *
framing_change (const PlxClaim *a,
                const char     *text_a,
                GArray         *tokens_a,
                const PlxClaim *b,
                const char     *text_b,
                GArray         *tokens_b,
                PlxVocabulary  *vocabulary)
{
  static const PlxTag tags[] = { PLX_TAG_HEDGE, PLX_TAG_INTENSIFIER, PLX_TAG_LOADED,
                                 PLX_TAG_NEGATION };
  static const char *const names[] = { N_("hedge"), N_("intensifier"), N_("loaded word"),
                                       N_("negation") };
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);

  if (g_strcmp0 (a->verb, b->verb) != 0)
    g_ptr_array_add (changes, g_strdup_printf (_("reporting verb: “%s” → “%s”"), a->verb,
                                               b->verb));

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_autoptr(GHashTable) stems_a = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) stems_b = g_hash_table_new (NULL, NULL);
      g_autofree char *words_a = tagged_words (text_a, tokens_a, tags[i], vocabulary, stems_a);
      g_autofree char *words_b = tagged_words (text_b, tokens_b, tags[i], vocabulary, stems_b);
      gboolean same = g_hash_table_size (stems_a) == g_hash_table_size (stems_b);
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, stems_a);
      while (same && g_hash_table_iter_next (&iter, &key, NULL))
        same = g_hash_table_contains (stems_b, key);
      if (same)
        continue;

      if (words_a[0] == '\0')
        g_ptr_array_add (changes, g_strdup_printf (_("%s only in B: “%s”"), _(names[i]), words_b));
      else if (words_b[0] == '\0')
        g_ptr_array_add (changes, g_strdup_printf (_("%s only in A: “%s”"), _(names[i]), words_a));
      else
        g_ptr_array_add (changes, g_strdup_printf (_("%s: “%s” → “%s”"), _(names[i]), words_a,
                                                   words_b));
    }

  if (changes->len == 0)
    return NULL;

  g_ptr_array_add (changes, NULL);
  return g_strjoinv ("; ", (char **) changes->pdata);
}

/* How a pair of counterparts differs, and in what words (owned, or NULL). */
static PlxClaimStatus
compare_pair (const PlxClaim *a,
              const Prepared *pa,
              const char     *text_a,
              const PlxClaim *b,
              const Prepared *pb,
              const char     *text_b,
              PlxVocabulary  *vocabulary,
              char          **change)
{
  *change = NULL;
  if (!same_speaker (a, b))
    {
      *change = g_strdup_printf (_("speaker: %s → %s"), a->speaker_name, b->speaker_name);
      return PLX_CLAIM_ATTRIBUTION_CHANGED;
    }
  if ((a->quote == NULL) != (b->quote == NULL))
    {
      *change = g_strdup (a->quote != NULL ? _("quoted in A, paraphrased in B")
                                           : _("paraphrased in A, quoted in B"));
      return PLX_CLAIM_ATTRIBUTION_CHANGED;
    }
  if (a->quote != NULL && !quote_contained (a->quote, b->quote))
    {
      *change = g_strdup_printf (_("quote: “%s” → “%s”"), a->quote, b->quote);
      return PLX_CLAIM_QUOTE_CHANGED;
    }
  *change = framing_change (a, text_a, pa->tokens, b, text_b, pb->tokens, vocabulary);

  return *change != NULL ? PLX_CLAIM_REFRAMED : PLX_CLAIM_SHARED;
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
          PlxMatch match;

          if (g_array_index (seen, guint, j) == stamp)
            continue;
          g_array_index (seen, guint, j) = stamp;

          match = plx_bag_match (&pa[i].content, &pb[j].content, vocabulary);
          candidate.score = MAX (match.similarity,
                                 COVER_BOTH_WEIGHT * MIN (match.cover_a, match.cover_b) +
                                   (1 - COVER_BOTH_WEIGHT) * MAX (match.cover_a, match.cover_b));
          if (sentences_linked (index.linked, a->sentence, b->sentence))
            candidate.score += LINKED_BONUS;
          if (candidate.score >= MATCH_MIN)
            g_array_append_val (candidates, candidate);
        }
    }
  index_clear (&index);
  g_array_sort (candidates, compare_candidates);

  return candidates;
}

static Prepared *
prepare_claims (GArray                  *claims,
                const PlxSentenceTokens *tokens,
                PlxIdf                  *idf)
{
  Prepared *prepared = g_new0 (Prepared, MAX (claims->len, 1));

  for (guint i = 0; i < claims->len; i++)
    prepare (&prepared[i], &g_array_index (claims, PlxClaim, i), tokens, idf);

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
 * @links: (nullable): the sentence links (#PlxLink) between the articles
 * @matches_a: (out) (transfer full): a #PlxClaimMatch for each claim of A
 * @matches_b: (out) (transfer full): a #PlxClaimMatch for each claim of B
 *
 * Pairs the claims of A with those of B and says how each fares in the
 * other article.
 */
void
plx_match_claims (GArray                  *claims_a,
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
  Prepared *pa = prepare_claims (claims_a, tokens_a, idf);
  Prepared *pb = prepare_claims (claims_b, tokens_b, idf);
  g_autoptr(GArray) candidates = NULL;
  GArray *ma = unmatched (claims_a->len, PLX_CLAIM_ONLY_A);
  GArray *mb = unmatched (claims_b->len, PLX_CLAIM_ONLY_B);

  /* Best pairs first, each claim in one pair at most. */
  candidates = find_candidates (claims_a, pa, claims_b, pb, links, vocabulary);
  for (guint k = 0; k < candidates->len; k++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, k);
      const PlxClaim *a = &g_array_index (claims_a, PlxClaim, candidate->a);
      const PlxClaim *b = &g_array_index (claims_b, PlxClaim, candidate->b);
      PlxClaimMatch *match_a = &g_array_index (ma, PlxClaimMatch, candidate->a);
      PlxClaimMatch *match_b = &g_array_index (mb, PlxClaimMatch, candidate->b);

      if (match_a->counterpart >= 0 || match_b->counterpart >= 0)
        continue;
      match_a->counterpart = candidate->b;
      match_b->counterpart = candidate->a;
      match_a->counterpart_sentence = b->sentence;
      match_b->counterpart_sentence = a->sentence;
      match_a->status = compare_pair (a, &pa[candidate->a], text_a, b, &pb[candidate->b], text_b,
                                      vocabulary, &match_a->change);
      match_b->status = match_a->status;
      match_b->change = g_strdup (match_a->change);
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
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
    default:
      return "attribution-changed";
    }
}
