/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Key differences from the claim matches: a quotation changed or turned
 * into paraphrase, a claim given to another speaker, a claim only one
 * article makes. Each pair of claims is read once; the place of a claim is
 * its quoted words, or its speaker for a change of attribution. */

#include "config.h"

#include <string.h>

#include "plx-key-differences-private.h"

/* A claim of a party found in the articles ("observers") rather than one
 * known beforehand counts for less: such groups are more often the
 * writer's voice than a side of the story. */
#define DISCOVERED_PARTY_FACTOR 0.75
/* A named speaker is at most this many words ("European, American and
 * Ukrainian negotiators"); longer is a clause taken for one. */
#define MAX_SPEAKER_WORDS 8
/* A claim pair counts across a partial link (one sentence says more than
 * the other) of at least this score: weaker ones join sentences that say
 * other things (hand check on held-out articles: the claim pairs across
 * partial links under 0.3 were not counterparts). */
#define MIN_CLAIM_LINK_SCORE 0.35
/* The share of words two claims must share to be "the same words". */
#define SAME_WORDS_MIN 0.8

/* What a claim match's status makes, or PLX_N_KEY_KINDS for nothing: a
 * status of plx-claim-match.h that matters is one case here. */
static PlxKeyKind
kind_for_status (PlxClaimStatus status)
{
  switch (status)
    {
    case PLX_CLAIM_QUOTE_CHANGED:
      return PLX_KEY_QUOTE_CHANGED;
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
      return PLX_KEY_ATTRIBUTION_CHANGED;
    case PLX_CLAIM_QUOTE_TRIMMED:
      return PLX_KEY_QUOTE_TRIMMED;
    case PLX_CLAIM_SECOND_HAND:
      return PLX_KEY_SECOND_HAND;
    case PLX_CLAIM_PARAPHRASED:
      return PLX_KEY_PARAPHRASED;
    case PLX_CLAIM_ONLY_A:
    case PLX_CLAIM_ONLY_B:
      return PLX_KEY_ONE_SIDED_CLAIM;
    case PLX_CLAIM_SHARED:
    case PLX_CLAIM_REFRAMED:
    default:
      return PLX_N_KEY_KINDS;
    }
}

/* The quoted words of a claim when it has them, else its content. */
static void
place_set_claim_words (PlxKeyPlace    *place,
                       PlxArticle     *article,
                       const PlxClaim *claim)
{
  const char *text = plx_article_get_text (article);
  gsize start = claim->content_byte_start;
  gsize end = claim->content_byte_end;

  if (claim->quote != NULL && *claim->quote != '\0')
    {
      g_autofree char *content = g_strndup (text + start, end - start);
      const char *found = strstr (content, claim->quote);

      if (found != NULL)
        {
          start += found - content;
          end = start + strlen (claim->quote);
        }
    }
  plx_key_place_set_bytes (place, article, claim->sentence, start, end);
}

/* Who speaks, and the reporting words when they follow the speaker closely
 * ("The Ukrainian president noted"). */
static void
place_set_claim_speaker (PlxKeyPlace    *place,
                         PlxArticle     *article,
                         const PlxClaim *claim)
{
  PlxSpan span = claim->speaker;

  if (!plx_key_span_is_empty (claim->cue) && claim->cue.start >= span.end &&
      claim->cue.start - span.end <= 2)
    span.end = claim->cue.end;
  plx_key_place_set_chars (place, article, claim->sentence, span);
}

/* Whether the speaker is named: a name or a description that starts with a
 * capital ("Yuri Ushakov", "The Ukrainian president"), or a pronoun
 * resolved to one, and a few words long. What else the claim finder takes
 * for a speaker ("sharply criticized") is not shown as one. */
static gboolean
speaker_is_named (const PlxClaim *claim)
{
  guint words = 1;
  g_autofree char *name = NULL;

  if (claim->speaker_name == NULL || !g_unichar_isupper (g_utf8_get_char (claim->speaker_name)))
    return FALSE;
  /* "Rep. Gregory Meeks (Democrat, N.Y.)" is a name of three words. */
  name = plx_claim_name_without_affiliation (claim->speaker_name);
  for (const char *p = name; *p != '\0'; p++)
    words += *p == ' ';
  return words <= MAX_SPEAKER_WORDS;
}

/* A quote on one side only, for the same speaker, is a paraphrase; other
 * speakers are a change of attribution only when both are named. */
static PlxKeyKind
refine_attribution (const PlxClaim *a,
                    const PlxClaim *b)
{
  gboolean quote_a = a->quote != NULL && *a->quote != '\0';
  gboolean quote_b = b->quote != NULL && *b->quote != '\0';

  if (a->speaker_key != NULL && g_strcmp0 (a->speaker_key, b->speaker_key) == 0)
    return quote_a != quote_b ? PLX_KEY_PARAPHRASED : PLX_N_KEY_KINDS;
  if (plx_key_span_is_empty (a->speaker) || plx_key_span_is_empty (b->speaker) ||
      a->speaker_key == NULL || b->speaker_key == NULL || !speaker_is_named (a) ||
      !speaker_is_named (b))
    return PLX_N_KEY_KINDS;
  return PLX_KEY_ATTRIBUTION_CHANGED;
}

/* Two claims are one claim told twice only when their sentences are
 * linked, in reading order: a pair the matching made across unlinked
 * sentences, or across a link off the order-preserving path, is too often
 * two different claims. */
static gboolean
claims_linked (PlxComparison  *comparison,
               const int      *link_of,
               const PlxClaim *a,
               const PlxClaim *b)
{
  const PlxLink *link;

  if (link_of[a->sentence] < 0)
    return FALSE;
  link = plx_comparison_get_link (comparison, link_of[a->sentence]);
  return !link->moved &&
         (link->kind != PLX_LINK_PARTIAL || link->score >= MIN_CLAIM_LINK_SCORE) &&
         b->sentence >= link->b_start && b->sentence < link->b_end;
}

/* The content words of a place that the other place lacks in any form,
 * as folded words. */
static GPtrArray *
dup_words_only_in (PlxComparison     *comparison,
                   PlxSide            side,
                   const PlxKeyPlace *place,
                   const PlxKeyPlace *other_place)
{
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  const char *text = plx_article_get_text (plx_comparison_get_article (comparison, side));
  guint n;
  guint n_other;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, place->sentence,
                                                      place->sentence + 1, &n);
  const PlxToken *other_tokens = plx_comparison_get_tokens (comparison, other,
                                                            other_place->sentence,
                                                            other_place->sentence + 1, &n_other);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < n; k++)
    {
      gboolean found = FALSE;

      if (tokens[k].byte_start < place->byte_start || tokens[k].byte_end > place->byte_end ||
          (tokens[k].flags & PLX_TOKEN_STOPWORD))
        continue;
      for (guint j = 0; j < n_other && !found; j++)
        found = other_tokens[j].stem == tokens[k].stem &&
                other_tokens[j].byte_start >= other_place->byte_start &&
                other_tokens[j].byte_end <= other_place->byte_end;
      if (!found)
        g_ptr_array_add (words, g_utf8_casefold (text + tokens[k].byte_start,
                                                 tokens[k].byte_end - tokens[k].byte_start));
    }
  return words;
}

/* Whether each word of @words has a spelling of it in @others, or is too
 * short to tell ("al-"). */
static gboolean
all_spelt_otherwise (GPtrArray *words,
                     GPtrArray *others)
{
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      gboolean found = g_utf8_strlen (word, -1) <= 2;

      for (guint j = 0; j < others->len && !found; j++)
        found = plx_key_words_are_variants (word, g_ptr_array_index (others, j));
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Whether two claims' words differ in substance: some content word of one
 * is missing from the other, and not as another spelling of it
 * ("al-Qaddafi" / "Gadhafi"). The same words with and without quotation
 * marks are not a paraphrase. */
static gboolean
words_differ (PlxComparison          *comparison,
              const PlxKeyDifference *item)
{
  g_autoptr(GPtrArray) only_a = dup_words_only_in (comparison, PLX_SIDE_A,
                                                   &item->place[PLX_SIDE_A],
                                                   &item->place[PLX_SIDE_B]);
  g_autoptr(GPtrArray) only_b = dup_words_only_in (comparison, PLX_SIDE_B,
                                                   &item->place[PLX_SIDE_B],
                                                   &item->place[PLX_SIDE_A]);

  if (only_a->len == 0 && only_b->len == 0)
    return FALSE;
  return !(all_spelt_otherwise (only_a, only_b) && all_spelt_otherwise (only_b, only_a));
}

/* Whether the speaker is written out in the claim's sentence, not only a
 * pronoun ("he" is resolved to the last person named, which is a guess):
 * some word of the speaker as written is not a function word. */
static gboolean
speaker_is_explicit (PlxComparison  *comparison,
                     PlxSide         side,
                     const PlxClaim *claim)
{
  PlxKeyPlace place = { -1 };
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, claim->sentence,
                                                      claim->sentence + 1, &n);
  gboolean content = FALSE;

  plx_key_place_set_chars (&place, plx_comparison_get_article (comparison, side),
                           claim->sentence, claim->speaker);
  for (guint k = 0; k < n && !content; k++)
    content = tokens[k].byte_start >= place.byte_start && tokens[k].byte_end <= place.byte_end &&
              !(tokens[k].flags & PLX_TOKEN_STOPWORD);
  g_free (place.words);
  return content;
}

/* Whether the claim's speaker is named in the other claim's sentence: then
 * the other article most likely gives the words to the same person, and a
 * different speaker there is the claim finder's mistake. */
static gboolean
speaker_named_in (PlxComparison  *comparison,
                  const PlxClaim *claim,
                  PlxSide         other,
                  const PlxClaim *other_claim)
{
  PlxVocabulary *vocabulary = plx_comparison_get_vocabulary (comparison);
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, other, other_claim->sentence,
                                                      other_claim->sentence + 1, &n);

  if (claim->speaker_key == NULL)
    return FALSE;
  for (guint k = 0; k < n; k++)
    if (g_strcmp0 (plx_vocabulary_lookup (vocabulary, tokens[k].norm), claim->speaker_key) == 0)
      return TRUE;
  return FALSE;
}

/* The share of the shorter content's words (stems, function words aside)
 * that the other content has: "the same words" given to someone else. */
static double
content_overlap (PlxComparison  *comparison,
                 const PlxClaim *a,
                 const PlxClaim *b)
{
  const PlxClaim *claims[2] = { a, b };
  g_autoptr(GHashTable) stems_a = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) stems_b = g_hash_table_new (NULL, NULL);
  GHashTable *stems[2] = { stems_a, stems_b };
  GHashTableIter iter;
  gpointer stem;
  guint shared = 0;
  guint shorter;

  for (guint side = 0; side < 2; side++)
    {
      guint n;
      const PlxToken *tokens = plx_comparison_get_tokens (comparison, side,
                                                          claims[side]->sentence,
                                                          claims[side]->sentence + 1, &n);

      for (guint k = 0; k < n; k++)
        if (tokens[k].byte_start >= claims[side]->content_byte_start &&
            tokens[k].byte_end <= claims[side]->content_byte_end &&
            !(tokens[k].flags & PLX_TOKEN_STOPWORD))
          g_hash_table_add (stems[side], GUINT_TO_POINTER (tokens[k].stem + 1));
    }
  g_hash_table_iter_init (&iter, stems[PLX_SIDE_A]);
  while (g_hash_table_iter_next (&iter, &stem, NULL))
    shared += g_hash_table_contains (stems[PLX_SIDE_B], stem);
  shorter = MIN (g_hash_table_size (stems[PLX_SIDE_A]), g_hash_table_size (stems[PLX_SIDE_B]));
  return shorter > 0 ? (double) shared / shorter : 0;
}

/* Two named speakers of known parties, each written out, neither named
 * where the other speaks, saying the same words. */
static gboolean
speakers_differ (PlxComparison  *comparison,
                 const PlxClaim *a,
                 const PlxClaim *b)
{
  return a->party != NULL && b->party != NULL && g_strcmp0 (a->party, "other") != 0 &&
         g_strcmp0 (b->party, "other") != 0 &&
         content_overlap (comparison, a, b) >= SAME_WORDS_MIN &&
         speaker_is_explicit (comparison, PLX_SIDE_A, a) &&
         speaker_is_explicit (comparison, PLX_SIDE_B, b) &&
         !speaker_named_in (comparison, a, PLX_SIDE_B, b) &&
         !speaker_named_in (comparison, b, PLX_SIDE_A, a);
}

static void
add_claim_pair (GArray              *items,
                PlxComparison       *comparison,
                PlxKeyKind           kind,
                const PlxClaim      *a,
                const PlxClaim      *b,
                const PlxClaimMatch *match_b)
{
  const PlxClaimMatch *match_a = plx_comparison_get_claim_match (comparison, PLX_SIDE_A,
                                                                 match_b->counterpart);
  PlxKeyDifference *item;

  if (kind == PLX_KEY_ATTRIBUTION_CHANGED)
    kind = refine_attribution (a, b);
  if (kind == PLX_N_KEY_KINDS ||
      (kind == PLX_KEY_ATTRIBUTION_CHANGED && !speakers_differ (comparison, a, b)))
    return;

  item = plx_key_differences_add_item (items, kind);
  for (guint side = 0; side < 2; side++)
    {
      PlxArticle *article = plx_comparison_get_article (comparison, side);
      const PlxClaim *claim = side == PLX_SIDE_A ? a : b;

      const PlxClaimMatch *match = side == PLX_SIDE_A ? match_a : match_b;

      if (kind == PLX_KEY_ATTRIBUTION_CHANGED || kind == PLX_KEY_SECOND_HAND)
        place_set_claim_speaker (&item->place[side], article, claim);
      else if (kind == PLX_KEY_QUOTE_TRIMMED && match->dropped_end > match->dropped_start)
        plx_key_place_set_bytes (&item->place[side], article, claim->sentence,
                                 match->dropped_start, match->dropped_end);
      else
        place_set_claim_words (&item->place[side], article, claim);
    }

  /* A changed or paraphrased quotation must change some words. */
  if ((kind == PLX_KEY_QUOTE_CHANGED || kind == PLX_KEY_PARAPHRASED) &&
      !words_differ (comparison, item))
    g_array_set_size (items, items->len - 1);
}

/* The last claim of one side that became an item of its own. */
typedef struct
{
  int         sentence;
  const char *party;
  const char *speaker;
} LastOneSided;

/* A claim only one article makes counts when its whole sentence is missing
 * from the other article (a claim left unpaired in a linked sentence is
 * more often a matching miss than a difference) and a named speaker of a
 * party makes it; one such claim per sentence and party (the others are
 * the same sentence read again), and one for sentences in a row that one
 * speaker says (a quotation of three sentences is one difference). */
static void
add_one_sided_claim (GArray         *items,
                     PlxComparison  *comparison,
                     PlxSide         side,
                     const PlxClaim *claim,
                     const int      *link_of,
                     LastOneSided   *last,
                     PlxToldIndex  **told)
{
  PlxKeyDifference *item;
  const PlxParty *party;
  gboolean same_sentence = (int) claim->sentence == last->sentence &&
                           g_strcmp0 (claim->party, last->party) == 0;
  gboolean said_on = (int) claim->sentence == last->sentence + 1 && claim->speaker_name != NULL &&
                     g_strcmp0 (claim->speaker_name, last->speaker) == 0;

  if (link_of[claim->sentence] >= 0 || plx_key_span_is_empty (claim->speaker) ||
      claim->party == NULL || g_strcmp0 (claim->party, "other") == 0)
    return;
  if (same_sentence || said_on)
    {
      last->sentence = claim->sentence;
      return;
    }
  /* Told in a sentence of the other article the aligner left unlinked. */
  if (*told == NULL)
    *told = plx_told_index_new (comparison, side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A);
  if (plx_told_index_tells (*told, comparison, side, claim))
    return;
  last->sentence = claim->sentence;
  last->party = claim->party;
  last->speaker = claim->speaker_name;

  item = plx_key_differences_add_item (items, PLX_KEY_ONE_SIDED_CLAIM);
  party = plx_parties_lookup (plx_comparison_get_parties (comparison), claim->party);
  if (party == NULL || party->discovered)
    item->score *= DISCOVERED_PARTY_FACTOR;
  plx_key_place_set_bytes (&item->place[side], plx_comparison_get_article (comparison, side),
                           claim->sentence, MIN (claim->byte_start, claim->content_byte_start),
                           MAX (claim->byte_end, claim->content_byte_end));
}

/* For each sentence of @side, the first link that holds it, or -1. */
static int *
dup_link_of (PlxComparison *comparison,
             PlxSide        side)
{
  guint n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  int *link_of = g_new (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    link_of[i] = -1;
  for (guint k = plx_comparison_get_n_links (comparison); k > 0; k--)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k - 1);
      guint start = side == PLX_SIDE_A ? link->a_start : link->b_start;
      guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;

      for (guint i = start; i < end; i++)
        link_of[i] = k - 1;
    }
  return link_of;
}

/**
 * plx_key_differences_add_claims:
 *
 * Adds the claims that changed between the articles, and those only one
 * article makes. Each pair of claims is read once, from A's side.
 */
void
plx_key_differences_add_claims (GArray        *items,
                                PlxComparison *comparison)
{
  GArray *claims[2];

  g_return_if_fail (items != NULL);
  g_return_if_fail (plx_comparison_is_done (comparison));

  claims[PLX_SIDE_A] = plx_comparison_get_claims (comparison, PLX_SIDE_A);
  claims[PLX_SIDE_B] = plx_comparison_get_claims (comparison, PLX_SIDE_B);
  for (guint side = 0; side < 2; side++)
    {
      g_autofree int *link_of = dup_link_of (comparison, side);
      LastOneSided last = { -2, NULL, NULL };
      PlxToldIndex *told = NULL;

      for (guint i = 0; i < claims[side]->len; i++)
        {
          const PlxClaim *claim = &g_array_index (claims[side], PlxClaim, i);
          const PlxClaimMatch *match = plx_comparison_get_claim_match (comparison, side, i);
          PlxKeyKind kind = kind_for_status (match->status);
          const PlxClaim *other;

          if (kind == PLX_KEY_ONE_SIDED_CLAIM)
            {
              add_one_sided_claim (items, comparison, side, claim, link_of, &last, &told);
              continue;
            }
          if (kind == PLX_N_KEY_KINDS || side != PLX_SIDE_A || match->counterpart < 0 ||
              (guint) match->counterpart >= claims[PLX_SIDE_B]->len)
            continue;
          other = &g_array_index (claims[PLX_SIDE_B], PlxClaim, match->counterpart);
          if (claims_linked (comparison, link_of, claim, other))
            add_claim_pair (items, comparison, kind, claim, other,
                            plx_comparison_get_claim_match (comparison, PLX_SIDE_B,
                                                            match->counterpart));
        }
      plx_told_index_free (told);
    }
}
