/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The key differences of a comparison: the few divergences a reader should
 * see first, each with both articles' words and where they are. They come
 * from three sources read in turn — the claim matches (a quote changed, a
 * claim given to someone else, a claim only one article makes), the
 * word-level differences of linked sentences (a number or a name changed, a
 * negation or a hedge present on one side only) and the loaded words of
 * each article — then are ranked by the weight of their kind, then by
 * position, and cut to a few.
 *
 * Precision first: a source adds an item only when what it says is sure.
 * Edits the window does not paint (light ones) never make an item; a
 * difference inside a claim already listed is not listed again; a negation
 * or hedge counts only when one side has more of them in the whole link,
 * not when one moved within it. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-comparison-private.h"
#include "plx-key-differences.h"

/* A token run longer than this is shown by its tagged words only. */
#define SHORT_EDIT_TOKENS 6
/* A claim of a party found in the articles ("observers") rather than one
 * known beforehand counts for less: such groups are more often the
 * writer's voice than a side of the story. */
#define DISCOVERED_PARTY_FACTOR 0.75
/* Names longer than this are phrases, not a name swapped for another. */
#define MAX_NAME_TOKENS   4

typedef struct
{
  PlxKeyKind  kind;
  const char *name;
  double      weight;
} KindInfo;

/* The weights rank the kinds: what a person said comes first, then facts
 * (numbers, negations), then tone (hedges), then what only one article
 * tells, then names and words. */
static const KindInfo kinds[PLX_N_KEY_KINDS] = {
  { PLX_KEY_QUOTE_CHANGED,       "quote-changed",       0.95 },
  { PLX_KEY_QUOTE_TRIMMED,       "quote-trimmed",       0.90 },
  { PLX_KEY_ATTRIBUTION_CHANGED, "attribution-changed", 0.85 },
  { PLX_KEY_SECOND_HAND,         "second-hand",         0.75 },
  { PLX_KEY_PARAPHRASED,         "paraphrased",         0.70 },
  { PLX_KEY_NUMBER_CHANGED,      "number-changed",      0.85 },
  { PLX_KEY_NEGATION,            "negation",            0.80 },
  { PLX_KEY_HEDGE,               "hedge",               0.65 },
  { PLX_KEY_NAME_CHANGED,        "name-changed",        0.55 },
  { PLX_KEY_ONE_SIDED_CLAIM,     "one-sided-claim",     0.60 },
  { PLX_KEY_LOADED_WORD,         "loaded-word",         0.50 },
};

const char *
plx_key_kind_to_string (PlxKeyKind kind)
{
  g_return_val_if_fail (kind < PLX_N_KEY_KINDS, "");

  return kinds[kind].name;
}

double
plx_key_kind_get_weight (PlxKeyKind kind)
{
  g_return_val_if_fail (kind < PLX_N_KEY_KINDS, 0);

  return kinds[kind].weight;
}

/**
 * plx_key_kind_get_reason:
 *
 * Returns: why a difference of @kind is listed, in one translated line
 */
const char *
plx_key_kind_get_reason (PlxKeyKind kind)
{
  switch (kind)
    {
    case PLX_KEY_QUOTE_CHANGED:
      return _("A direct quotation differs between the articles");
    case PLX_KEY_QUOTE_TRIMMED:
      return _("One article leaves out part of a quotation");
    case PLX_KEY_ATTRIBUTION_CHANGED:
      return _("The same words are attributed to a different speaker");
    case PLX_KEY_SECOND_HAND:
      return _("One article reports the words second-hand, the other directly");
    case PLX_KEY_PARAPHRASED:
      return _("A quotation in one article is a paraphrase in the other");
    case PLX_KEY_NUMBER_CHANGED:
      return _("A number differs between the articles");
    case PLX_KEY_NEGATION:
      return _("A negation is in one article only");
    case PLX_KEY_HEDGE:
      return _("A hedge is in one article only");
    case PLX_KEY_NAME_CHANGED:
      return _("A name differs between the articles");
    case PLX_KEY_ONE_SIDED_CLAIM:
      return _("Only one article reports this claim");
    case PLX_KEY_LOADED_WORD:
      return _("A loaded word is used by one article only");
    case PLX_N_KEY_KINDS:
    default:
      g_return_val_if_reached ("");
    }
}

static void
key_difference_clear (PlxKeyDifference *item)
{
  g_free (item->place[PLX_SIDE_A].words);
  g_free (item->place[PLX_SIDE_B].words);
}

/**
 * plx_key_differences_new:
 *
 * Returns: (transfer full): an empty array of #PlxKeyDifference that the
 *   plx_key_differences_add_*() functions fill
 */
GArray *
plx_key_differences_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (PlxKeyDifference));

  g_array_set_clear_func (items, (GDestroyNotify) key_difference_clear);
  return items;
}

static PlxKeyDifference *
add_item (GArray    *items,
          PlxKeyKind kind)
{
  PlxKeyDifference item = { kind, kinds[kind].weight, { { -1 }, { -1 } } };

  g_array_append_val (items, item);
  return &g_array_index (items, PlxKeyDifference, items->len - 1);
}

/* The place of bytes [start, end) of @sentence: its words and their span
 * in characters, counted from the sentence so that the cost is the
 * sentence's, not the article's. */
static void
place_set_bytes (PlxKeyPlace *place,
                 PlxArticle  *article,
                 guint        sentence,
                 gsize        start,
                 gsize        end)
{
  const char *text = plx_article_get_text (article);
  const PlxSentence *s = &plx_article_get_sentences (article, NULL)[sentence];

  start = CLAMP (start, s->byte_start, s->byte_end);
  end = CLAMP (end, start, s->byte_end);
  place->sentence = sentence;
  place->byte_start = start;
  place->byte_end = end;
  place->span.start = s->start + g_utf8_strlen (text + s->byte_start, start - s->byte_start);
  place->span.end = place->span.start + g_utf8_strlen (text + start, end - start);
  g_free (place->words);
  place->words = g_strndup (text + start, end - start);
  g_strdelimit (place->words, "\r\n", ' ');
}

static void
place_set_chars (PlxKeyPlace *place,
                 PlxArticle  *article,
                 guint        sentence,
                 PlxSpan      span)
{
  const char *text = plx_article_get_text (article);
  const PlxSentence *s = &plx_article_get_sentences (article, NULL)[sentence];
  guint start = CLAMP (span.start, s->start, s->end);
  guint end = CLAMP (span.end, start, s->end);
  const char *from = g_utf8_offset_to_pointer (text + s->byte_start, start - s->start);
  const char *to = g_utf8_offset_to_pointer (from, end - start);

  place_set_bytes (place, article, sentence, from - text, to - text);
}

/* The sentence of @article that holds character @offset, or -1. */
static int
sentence_at_char (PlxArticle *article,
                  guint       offset)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  guint lo = 0;
  guint hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (sentences[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && sentences[lo].start <= offset ? (int) lo : -1;
}

/* The sentence among [first, end) of @article that holds byte @offset;
 * the last one for an offset past them all. */
static guint
sentence_at_byte (PlxArticle *article,
                  guint       first,
                  guint       end,
                  gsize       offset)
{
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);

  for (guint i = first; i < end; i++)
    if (offset < sentences[i].byte_end)
      return i;
  return end - 1;
}

/* Claims */

/* What a claim match's status makes, or PLX_N_KEY_KINDS for nothing. A new
 * status of plx-claim-match.h that matters is one more case here. */
static PlxKeyKind
kind_for_status (PlxClaimStatus status)
{
  switch (status)
    {
    case PLX_CLAIM_QUOTE_CHANGED:
      return PLX_KEY_QUOTE_CHANGED;
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
      return PLX_KEY_ATTRIBUTION_CHANGED;
    case PLX_CLAIM_ONLY_A:
    case PLX_CLAIM_ONLY_B:
      return PLX_KEY_ONE_SIDED_CLAIM;
    case PLX_CLAIM_SHARED:
    case PLX_CLAIM_REFRAMED:
    default:
      return PLX_N_KEY_KINDS;
    }
}

static gboolean
span_is_empty (PlxSpan span)
{
  return span.end <= span.start;
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
  place_set_bytes (place, article, claim->sentence, start, end);
}

/* Who speaks, and the reporting words when they follow the speaker closely
 * ("The Ukrainian president noted"). */
static void
place_set_claim_speaker (PlxKeyPlace    *place,
                         PlxArticle     *article,
                         const PlxClaim *claim)
{
  PlxSpan span = claim->speaker;

  if (!span_is_empty (claim->cue) && claim->cue.start >= span.end &&
      claim->cue.start - span.end <= 2)
    span.end = claim->cue.end;
  place_set_chars (place, article, claim->sentence, span);
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
  if (span_is_empty (a->speaker) || span_is_empty (b->speaker) || a->speaker_key == NULL ||
      b->speaker_key == NULL)
    return PLX_N_KEY_KINDS;
  return PLX_KEY_ATTRIBUTION_CHANGED;
}

static void
add_claim_pair (GArray         *items,
                PlxComparison  *comparison,
                PlxKeyKind      kind,
                const PlxClaim *a,
                const PlxClaim *b)
{
  PlxKeyDifference *item;

  if (kind == PLX_KEY_ATTRIBUTION_CHANGED)
    kind = refine_attribution (a, b);
  if (kind == PLX_N_KEY_KINDS)
    return;

  item = add_item (items, kind);
  for (guint side = 0; side < 2; side++)
    {
      PlxArticle *article = plx_comparison_get_article (comparison, side);
      const PlxClaim *claim = side == PLX_SIDE_A ? a : b;

      if (kind == PLX_KEY_ATTRIBUTION_CHANGED || kind == PLX_KEY_SECOND_HAND)
        place_set_claim_speaker (&item->place[side], article, claim);
      else
        place_set_claim_words (&item->place[side], article, claim);
    }
}

/* A claim only one article makes counts when its whole sentence is missing
 * from the other article (a claim left unpaired in a linked sentence is
 * more often a matching miss than a difference) and a named speaker of a
 * party makes it. */
static void
add_one_sided_claim (GArray         *items,
                     PlxComparison  *comparison,
                     PlxSide         side,
                     const PlxClaim *claim,
                     const gboolean *linked)
{
  PlxKeyDifference *item;
  const PlxParty *party;

  if (linked[claim->sentence] || span_is_empty (claim->speaker) || claim->party == NULL ||
      g_strcmp0 (claim->party, "other") == 0)
    return;

  item = add_item (items, PLX_KEY_ONE_SIDED_CLAIM);
  party = plx_parties_lookup (plx_comparison_get_parties (comparison), claim->party);
  if (party == NULL || party->discovered)
    item->score *= DISCOVERED_PARTY_FACTOR;
  place_set_bytes (&item->place[side], plx_comparison_get_article (comparison, side),
                   claim->sentence, MIN (claim->byte_start, claim->content_byte_start),
                   MAX (claim->byte_end, claim->content_byte_end));
}

static gboolean *
dup_linked (PlxComparison *comparison,
            PlxSide        side)
{
  guint n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  gboolean *linked = g_new (gboolean, MAX (n, 1));
  g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);

  for (guint i = 0; i < n; i++)
    linked[i] = TRUE;
  for (guint k = 0; k < unmatched->len; k++)
    linked[g_array_index (unmatched, guint, k)] = FALSE;
  return linked;
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
      g_autofree gboolean *linked = dup_linked (comparison, side);

      for (guint i = 0; i < claims[side]->len; i++)
        {
          const PlxClaim *claim = &g_array_index (claims[side], PlxClaim, i);
          const PlxClaimMatch *match = plx_comparison_get_claim_match (comparison, side, i);
          PlxKeyKind kind = kind_for_status (match->status);

          if (kind == PLX_KEY_ONE_SIDED_CLAIM)
            add_one_sided_claim (items, comparison, side, claim, linked);
          else if (kind != PLX_N_KEY_KINDS && side == PLX_SIDE_A && match->counterpart >= 0 &&
                   (guint) match->counterpart < claims[PLX_SIDE_B]->len)
            add_claim_pair (items, comparison, kind, claim,
                            &g_array_index (claims[PLX_SIDE_B], PlxClaim, match->counterpart));
        }
    }
}

/* Word-level differences of linked sentences */

/* One link and its tokens on both sides. */
typedef struct
{
  PlxComparison  *comparison;
  const PlxLink  *link;
  GArray         *diff;
  const PlxToken *tokens[2];
  guint           n[2];
  const char     *text[2];
} LinkView;

static void
edit_range (const PlxDiffEdit *edit,
            PlxSide            side,
            guint             *start,
            guint             *end)
{
  *start = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
  *end = side == PLX_SIDE_A ? edit->a_end : edit->b_end;
}

static guint
link_first (const PlxLink *link,
            PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_start : link->b_start;
}

static guint
link_end (const PlxLink *link,
          PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_end : link->b_end;
}

/* Tokens [start, end) of one side of the link as a place. */
static void
place_set_tokens (PlxKeyPlace    *place,
                  const LinkView *view,
                  PlxSide         side,
                  guint           start,
                  guint           end)
{
  PlxArticle *article = plx_comparison_get_article (view->comparison, side);
  const PlxToken *tokens = view->tokens[side];
  guint sentence;
  gsize byte;

  if (start < end)
    {
      sentence = sentence_at_byte (article, link_first (view->link, side),
                                   link_end (view->link, side), tokens[start].byte_start);
      place_set_bytes (place, article, sentence, tokens[start].byte_start,
                       tokens[end - 1].byte_end);
      return;
    }

  /* Nothing on this side: an empty place where the other side's words
   * would be. */
  byte = start < view->n[side] ? tokens[start].byte_start
         : view->n[side] > 0   ? tokens[view->n[side] - 1].byte_end
                               : 0;
  sentence = sentence_at_byte (article, link_first (view->link, side),
                               link_end (view->link, side), byte);
  place_set_bytes (place, article, sentence, byte, byte);
}

/* The other side of an edit: its words when they are few, else an empty
 * place at their start. */
static void
place_set_other (PlxKeyPlace       *place,
                 const LinkView    *view,
                 PlxSide            side,
                 const PlxDiffEdit *edit)
{
  guint start;
  guint end;

  edit_range (edit, side, &start, &end);
  if (end - start > SHORT_EDIT_TOKENS)
    end = start;
  place_set_tokens (place, view, side, start, end);
}

/* A hedge of one word that is not an adverb ("would", "believe",
 * "reports") hedges only in some uses; multi-word hedges ("as far as I
 * know") and hedging adverbs ("reportedly") always do. */
static gboolean
hedge_run_is_sure (const LinkView *view,
                   PlxSide         side,
                   guint           start,
                   guint           end)
{
  const PlxToken *token = &view->tokens[side][start];

  return end - start >= 2 ||
         (token->byte_end - token->byte_start > 2 &&
          strncmp (view->text[side] + token->byte_end - 2, "ly", 2) == 0);
}

/* The runs of tokens of [start, end) tagged @tag that count; the first is
 * returned in @first_start and @first_end. */
static guint
count_runs (const LinkView *view,
            PlxSide         side,
            PlxTag          tag,
            guint           start,
            guint           end,
            guint          *first_start,
            guint          *first_end)
{
  const PlxToken *tokens = view->tokens[side];
  guint n = 0;

  for (guint k = start; k < end;)
    {
      guint run_end = k;

      while (run_end < end && (tokens[run_end].tags & tag))
        run_end++;
      if (run_end == k)
        {
          k++;
          continue;
        }
      if (tag != PLX_TAG_HEDGE || hedge_run_is_sure (view, side, k, run_end))
        {
          if (n++ == 0 && first_start != NULL)
            {
              *first_start = k;
              *first_end = run_end;
            }
        }
      k = run_end;
    }
  return n;
}

static gboolean
edit_counts (const PlxDiffEdit *edit)
{
  return edit->op != PLX_DIFF_EQUAL && !edit->light;
}

/* A negation or a hedge that one side of the link has more of: the first
 * edit that holds one on that side and none on the other. */
static void
add_one_sided_tag (GArray         *items,
                   const LinkView *view,
                   PlxTag          tag,
                   PlxKeyKind      kind)
{
  guint count_a = count_runs (view, PLX_SIDE_A, tag, 0, view->n[PLX_SIDE_A], NULL, NULL);
  guint count_b = count_runs (view, PLX_SIDE_B, tag, 0, view->n[PLX_SIDE_B], NULL, NULL);
  PlxSide side = count_a > count_b ? PLX_SIDE_A : PLX_SIDE_B;
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;

  if (count_a == count_b)
    return;

  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);
      guint start;
      guint end;
      guint other_start;
      guint other_end;
      guint run_start;
      guint run_end;
      PlxKeyDifference *item;

      if (!edit_counts (edit))
        continue;
      edit_range (edit, side, &start, &end);
      edit_range (edit, other, &other_start, &other_end);
      if (count_runs (view, side, tag, start, end, &run_start, &run_end) == 0 ||
          count_runs (view, other, tag, other_start, other_end, NULL, NULL) > 0)
        continue;

      item = add_item (items, kind);
      place_set_tokens (&item->place[side], view, side, run_start, run_end);
      place_set_other (&item->place[other], view, other, edit);
      return;
    }
}

static gboolean
group_has_norm (const LinkView *view,
                PlxSide         side,
                guint           norm)
{
  for (guint k = 0; k < view->n[side]; k++)
    if (view->tokens[side][k].norm == norm)
      return TRUE;
  return FALSE;
}

/* Whether tokens [start, end) hold a number that the other side of the
 * link does not have anywhere; the numbers' extent in @first and @last. */
static gboolean
has_new_number (const LinkView *view,
                PlxSide         side,
                guint           start,
                guint           end,
                guint          *first,
                guint          *last)
{
  gboolean found = FALSE;
  gboolean is_new = FALSE;

  for (guint k = start; k < end; k++)
    {
      const PlxToken *token = &view->tokens[side][k];

      if (!(token->flags & PLX_TOKEN_NUMBER))
        continue;
      if (!found)
        *first = k;
      *last = k + 1;
      found = TRUE;
      is_new |= !group_has_norm (view, side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A,
                                 token->norm);
    }
  return is_new;
}

/* A number replaced by another that the first side does not have either. */
static void
add_number_changes (GArray         *items,
                    const LinkView *view)
{
  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);
      guint first[2];
      guint last[2];
      PlxKeyDifference *item;

      if (!edit_counts (edit) || edit->op != PLX_DIFF_REPLACE ||
          !has_new_number (view, PLX_SIDE_A, edit->a_start, edit->a_end, &first[0], &last[0]) ||
          !has_new_number (view, PLX_SIDE_B, edit->b_start, edit->b_end, &first[1], &last[1]))
        continue;

      item = add_item (items, PLX_KEY_NUMBER_CHANGED);
      for (guint side = 0; side < 2; side++)
        {
          guint start;
          guint end;

          edit_range (edit, side, &start, &end);
          if (end - start > SHORT_EDIT_TOKENS)
            {
              start = first[side];
              end = last[side];
            }
          place_set_tokens (&item->place[side], view, side, start, end);
        }
    }
}

/* Every name and alias of every party, folded, to the party's id. */
static GHashTable *
dup_party_names (PlxComparison *comparison)
{
  PlxParties *parties = plx_comparison_get_parties (comparison);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; parties != NULL && i < plx_parties_get_n (parties); i++)
    {
      const PlxParty *party = plx_parties_get (parties, i);

      g_hash_table_insert (names, g_utf8_casefold (party->name, -1), party->id);
      for (guint k = 0; party->aliases != NULL && k < party->aliases->len; k++)
        g_hash_table_insert (names, g_utf8_casefold (g_ptr_array_index (party->aliases, k), -1),
                             party->id);
    }
  return names;
}

/* Whether every content word of tokens [start, end) is part of a name,
 * there are a few of them, and none is on the other side of the link. */
static gboolean
is_new_name (const LinkView *view,
             PlxSide         side,
             guint           start,
             guint           end)
{
  guint n = 0;

  for (guint k = start; k < end; k++)
    {
      const PlxToken *token = &view->tokens[side][k];

      if (token->flags & PLX_TOKEN_STOPWORD)
        continue;
      if (!(token->tags & PLX_TAG_NAME) ||
          group_has_norm (view, side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A, token->norm))
        return FALSE;
      n++;
    }
  return n > 0 && n <= MAX_NAME_TOKENS;
}

/* The parties the words of tokens [start, end) name, one by one. */
static void
collect_parties (const LinkView *view,
                 PlxSide         side,
                 guint           start,
                 guint           end,
                 GHashTable     *names,
                 GHashTable     *found)
{
  for (guint k = start; k < end; k++)
    {
      const PlxToken *token = &view->tokens[side][k];
      g_autofree char *word = g_utf8_casefold (view->text[side] + token->byte_start,
                                               token->byte_end - token->byte_start);
      const char *party = g_hash_table_lookup (names, word);

      if (party != NULL)
        g_hash_table_add (found, (gpointer) party);
    }
}

/* Two names for one party ("Russia" / "Moscow") are one referent. */
static gboolean
name_same_party (const LinkView    *view,
                 const PlxDiffEdit *edit,
                 GHashTable        *names)
{
  g_autoptr(GHashTable) found_a = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) found_b = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer party;

  collect_parties (view, PLX_SIDE_A, edit->a_start, edit->a_end, names, found_a);
  collect_parties (view, PLX_SIDE_B, edit->b_start, edit->b_end, names, found_b);
  g_hash_table_iter_init (&iter, found_a);
  while (g_hash_table_iter_next (&iter, &party, NULL))
    if (g_hash_table_contains (found_b, party))
      return TRUE;
  return FALSE;
}

/* The edit distance of two short strings, in characters. */
static guint
edit_distance (const char *a,
               const char *b)
{
  glong n_a;
  glong n_b;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &n_a);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &n_b);
  g_autofree guint *row = g_new (guint, n_b + 1);

  for (glong j = 0; j <= n_b; j++)
    row[j] = j;
  for (glong i = 1; i <= n_a; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= n_b; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (ua[i - 1] != ub[j - 1]));
          diagonal = above;
        }
    }
  return row[n_b];
}

/* "Zelensky" / "Zelenskyy": one name spelt two ways. */
static gboolean
name_is_variant (const char *a,
                 const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  glong longest = MAX (g_utf8_strlen (fa, -1), g_utf8_strlen (fb, -1));

  return edit_distance (fa, fb) * 3 <= (guint) longest;
}

/* A name replaced by another: not two names of one party, not a spelling. */
static void
add_name_changes (GArray         *items,
                  const LinkView *view,
                  GHashTable     *names)
{
  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);
      PlxKeyDifference *item;

      if (!edit_counts (edit) || edit->op != PLX_DIFF_REPLACE ||
          !is_new_name (view, PLX_SIDE_A, edit->a_start, edit->a_end) ||
          !is_new_name (view, PLX_SIDE_B, edit->b_start, edit->b_end) ||
          name_same_party (view, edit, names))
        continue;

      item = add_item (items, PLX_KEY_NAME_CHANGED);
      place_set_tokens (&item->place[PLX_SIDE_A], view, PLX_SIDE_A, edit->a_start, edit->a_end);
      place_set_tokens (&item->place[PLX_SIDE_B], view, PLX_SIDE_B, edit->b_start, edit->b_end);
      if (name_is_variant (item->place[PLX_SIDE_A].words, item->place[PLX_SIDE_B].words))
        g_array_set_size (items, items->len - 1);
    }
}

/**
 * plx_key_differences_add_edits:
 *
 * Adds what the word-level differences of each link show: numbers and
 * names replaced, negations and hedges on one side only. Light edits
 * (the same word in another form) never count.
 */
void
plx_key_differences_add_edits (GArray        *items,
                               PlxComparison *comparison)
{
  g_autoptr(GHashTable) names = NULL;

  g_return_if_fail (items != NULL);
  g_return_if_fail (plx_comparison_is_done (comparison));

  names = dup_party_names (comparison);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      LinkView view = { comparison, plx_comparison_get_link (comparison, k),
                        plx_comparison_get_link_diff (comparison, k) };

      for (guint side = 0; side < 2; side++)
        {
          view.tokens[side] = plx_comparison_get_tokens (comparison, side,
                                                         link_first (view.link, side),
                                                         link_end (view.link, side),
                                                         &view.n[side]);
          view.text[side] = plx_article_get_text (plx_comparison_get_article (comparison, side));
        }
      add_number_changes (items, &view);
      add_one_sided_tag (items, &view, PLX_TAG_NEGATION, PLX_KEY_NEGATION);
      add_one_sided_tag (items, &view, PLX_TAG_HEDGE, PLX_KEY_HEDGE);
      add_name_changes (items, &view, names);
    }
}

/* Loaded words */

/* Which stems (vocabulary ids) the words of one article have: a byte per
 * word of the vocabulary, which is cheaper than a hash of every word. */
static guint8 *
dup_stems (PlxComparison *comparison,
           PlxSide        side)
{
  guint n_sentences = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, 0, n_sentences, &n);
  guint8 *stems = g_new0 (guint8, plx_vocabulary_size (plx_comparison_get_vocabulary (comparison)) + 1);

  for (guint k = 0; k < n; k++)
    stems[tokens[k].stem] = 1;
  return stems;
}

/* For each sentence of @side, the first sentence of the other article it
 * is linked to, or -1. */
static int *
dup_counterparts (PlxComparison *comparison,
                  PlxSide        side)
{
  guint n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  int *counterparts = g_new (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    counterparts[i] = -1;
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;

      for (guint i = link_first (link, side); i < link_end (link, side); i++)
        if (counterparts[i] < 0)
          counterparts[i] = link_first (link, other);
    }
  return counterparts;
}

/* Whether no word of the place is in the other article, in any form. */
static gboolean
words_only_here (PlxComparison     *comparison,
                 PlxSide            side,
                 const PlxKeyPlace *place,
                 const guint8      *other_stems)
{
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, place->sentence,
                                                      place->sentence + 1, &n);
  guint words = 0;

  for (guint k = 0; k < n; k++)
    {
      if (tokens[k].byte_start < place->byte_start || tokens[k].byte_end > place->byte_end ||
          (tokens[k].flags & PLX_TOKEN_STOPWORD))
        continue;
      if (other_stems[tokens[k].stem])
        return FALSE;
      words++;
    }
  return words > 0;
}

static void
add_loaded_side (GArray        *items,
                 PlxComparison *comparison,
                 PlxSide        side,
                 const PlxSpan *loaded,
                 guint          n_loaded)
{
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  PlxArticle *other_article = plx_comparison_get_article (comparison, other);
  g_autofree guint8 *other_stems = dup_stems (comparison, other);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree int *counterparts = dup_counterparts (comparison, side);

  for (guint i = 0; i < n_loaded; i++)
    {
      int sentence = sentence_at_char (article, loaded[i].start);
      PlxKeyPlace place = { -1 };
      PlxKeyDifference *item;
      char *folded;

      if (sentence < 0 || span_is_empty (loaded[i]))
        continue;
      place_set_chars (&place, article, sentence, loaded[i]);
      folded = g_utf8_casefold (place.words, -1);
      if (!words_only_here (comparison, side, &place, other_stems) ||
          !g_hash_table_add (seen, folded))
        {
          g_free (place.words);
          continue;
        }

      item = add_item (items, PLX_KEY_LOADED_WORD);
      item->place[side] = place;
      if (counterparts[sentence] >= 0)
        {
          const PlxSentence *s =
            &plx_article_get_sentences (other_article, NULL)[counterparts[sentence]];

          place_set_bytes (&item->place[other], other_article, counterparts[sentence],
                           s->byte_start, s->byte_start);
        }
    }
}

/**
 * plx_key_differences_add_loaded:
 * @loaded_a: (array length=n_loaded_a): the loaded words of article A, in
 *   characters of its text, in order
 * @loaded_b: (array length=n_loaded_b): those of article B
 *
 * Adds the loaded words that one article uses and the other does not, in
 * no form: each word once per article, where it first occurs, with the
 * place of its sentence's counterpart in the other article when it has one.
 */
void
plx_key_differences_add_loaded (GArray        *items,
                                PlxComparison *comparison,
                                const PlxSpan *loaded_a,
                                guint          n_loaded_a,
                                const PlxSpan *loaded_b,
                                guint          n_loaded_b)
{
  g_return_if_fail (items != NULL);
  g_return_if_fail (plx_comparison_is_done (comparison));

  add_loaded_side (items, comparison, PLX_SIDE_A, loaded_a, n_loaded_a);
  add_loaded_side (items, comparison, PLX_SIDE_B, loaded_b, n_loaded_b);
}

/* The words the tokenizer tagged loaded from the language's word list, as
 * spans in characters: runs of tagged tokens. Per-article marks of loaded
 * words, when the comparison has them, take this function's place. */
static GArray *
dup_loaded_spans (PlxComparison *comparison,
                  PlxSide        side)
{
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const char *text = plx_article_get_text (article);
  guint n_sentences;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n_sentences);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));

  for (guint i = 0; i < n_sentences; i++)
    {
      guint n;
      const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, i, i + 1, &n);

      for (guint k = 0; k < n; k++)
        {
          guint end = k;
          PlxSpan span;

          while (end < n && (tokens[end].tags & PLX_TAG_LOADED))
            end++;
          if (end == k)
            continue;
          span.start = sentences[i].start +
                       g_utf8_strlen (text + sentences[i].byte_start,
                                      tokens[k].byte_start - sentences[i].byte_start);
          span.end = span.start + g_utf8_strlen (text + tokens[k].byte_start,
                                                 tokens[end - 1].byte_end - tokens[k].byte_start);
          g_array_append_val (spans, span);
          k = end - 1;
        }
    }
  return spans;
}

/* Ranking */

static gboolean
kind_is_claim (PlxKeyKind kind)
{
  return kind <= PLX_KEY_PARAPHRASED || kind == PLX_KEY_ONE_SIDED_CLAIM;
}

static gboolean
kind_is_edit (PlxKeyKind kind)
{
  return kind >= PLX_KEY_NUMBER_CHANGED && kind <= PLX_KEY_NAME_CHANGED;
}

static int
compare_places (const PlxKeyPlace *a,
                const PlxKeyPlace *b)
{
  guint sa = a->sentence < 0 ? G_MAXUINT : (guint) a->sentence;
  guint sb = b->sentence < 0 ? G_MAXUINT : (guint) b->sentence;

  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (a->span.start != b->span.start)
    return a->span.start < b->span.start ? -1 : 1;
  return 0;
}

/* By score, then by place in A, then in B, then by kind. */
static int
compare_items (gconstpointer pa,
               gconstpointer pb)
{
  const PlxKeyDifference *a = pa;
  const PlxKeyDifference *b = pb;
  int order;

  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  order = compare_places (&a->place[PLX_SIDE_A], &b->place[PLX_SIDE_A]);
  if (order == 0)
    order = compare_places (&a->place[PLX_SIDE_B], &b->place[PLX_SIDE_B]);
  if (order == 0 && a->kind != b->kind)
    order = a->kind < b->kind ? -1 : 1;
  return order;
}

/* The key of one sentence of one side in the table of claim items. */
static gpointer
sentence_key (PlxSide side,
              int     sentence)
{
  return GUINT_TO_POINTER (((guint) sentence << 1 | side) + 1);
}

/* The claim items by sentence, on each side. */
static GHashTable *
dup_claims_by_sentence (GArray *items)
{
  GHashTable *table = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint k = 0; k < items->len; k++)
    {
      PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      if (!kind_is_claim (item->kind))
        continue;
      for (guint side = 0; side < 2; side++)
        {
          GPtrArray *list;

          if (item->place[side].sentence < 0)
            continue;
          list = g_hash_table_lookup (table, sentence_key (side, item->place[side].sentence));
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (table, sentence_key (side, item->place[side].sentence), list);
            }
          g_ptr_array_add (list, &item->place[side]);
        }
    }
  return table;
}

/* Whether a word-level item lies inside the words of a claim item, which
 * says more of the same difference. */
static gboolean
inside_claim (GHashTable             *claims,
              const PlxKeyDifference *item)
{
  for (guint side = 0; side < 2; side++)
    {
      const PlxKeyPlace *p = &item->place[side];
      GPtrArray *list;

      if (p->sentence < 0 || p->span.start >= p->span.end)
        continue;
      list = g_hash_table_lookup (claims, sentence_key (side, p->sentence));
      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          const PlxKeyPlace *c = g_ptr_array_index (list, k);

          if (p->span.start >= c->span.start && p->span.end <= c->span.end)
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * plx_key_differences_finish:
 * @max_items: how many to keep; 0 for all
 *
 * Orders the items by score, then by position; takes away word-level items
 * inside a listed claim; keeps the first @max_items.
 */
void
plx_key_differences_finish (GArray *items,
                            guint   max_items)
{
  g_autoptr(GHashTable) claims = NULL;
  guint kept = 0;
  guint k;

  g_return_if_fail (items != NULL);

  g_array_sort (items, compare_items);

  /* Dropped first, moved after, so that the table's places stay put. */
  claims = dup_claims_by_sentence (items);
  for (k = 0; k < items->len; k++)
    {
      PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      if (kind_is_edit (item->kind) && inside_claim (claims, item))
        {
          key_difference_clear (item);
          memset (item, 0, sizeof *item);
          item->kind = PLX_N_KEY_KINDS;
        }
    }

  for (k = 0; k < items->len && (max_items == 0 || kept < max_items); k++)
    {
      PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      if (item->kind == PLX_N_KEY_KINDS)
        continue;
      if (kept != k)
        {
          g_array_index (items, PlxKeyDifference, kept) = *item;
          memset (item, 0, sizeof *item);
        }
      kept++;
    }
  g_array_set_size (items, kept);
}

/**
 * plx_key_differences_compute:
 * @max_items: how many to keep; 0 for all
 *
 * Returns: (transfer full): the key differences of @comparison, most
 *   important first
 */
GArray *
plx_key_differences_compute (PlxComparison *comparison,
                             guint          max_items)
{
  GArray *items = plx_key_differences_new ();
  g_autoptr(GArray) loaded_a = NULL;
  g_autoptr(GArray) loaded_b = NULL;

  g_return_val_if_fail (plx_comparison_is_done (comparison), items);

  plx_key_differences_add_claims (items, comparison);
  plx_key_differences_add_edits (items, comparison);
  loaded_a = dup_loaded_spans (comparison, PLX_SIDE_A);
  loaded_b = dup_loaded_spans (comparison, PLX_SIDE_B);
  plx_key_differences_add_loaded (items, comparison, (const PlxSpan *) loaded_a->data,
                                  loaded_a->len, (const PlxSpan *) loaded_b->data, loaded_b->len);
  plx_key_differences_finish (items, max_items);
  return items;
}

/**
 * plx_comparison_get_key_differences:
 *
 * The key differences of the comparison as it is now, at most
 * %PLX_KEY_DIFFERENCES_MAX, computed once after each run or edit.
 *
 * Returns: (transfer none): the #PlxKeyDifference array, most important
 *   first
 */
GArray *
plx_comparison_get_key_differences (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->done, NULL);

  if (self->key_differences == NULL)
    self->key_differences = plx_key_differences_compute (self, PLX_KEY_DIFFERENCES_MAX);
  return self->key_differences;
}
