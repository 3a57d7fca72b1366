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
 * Only links in reading order count (a moved link is the likeliest to be
 * wrong); edits the window does not paint (light ones) never make an item;
 * a difference inside a claim already listed is not listed again; a
 * negation or hedge counts only when one side has more of them in the
 * whole link, not when one moved within it; a change of speaker only
 * between named speakers; a changed quotation only when its words change.
 * A short list shows several kinds: no more than three of a kind while
 * other kinds wait.
 *
 * This file holds the kinds, the places and the ranking; the claims are
 * read in plx-key-differences-claims.c, the words (link diffs and loaded
 * words) in plx-key-differences-words.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-comparison-private.h"
#include "plx-key-differences-private.h"

/* Items of one kind in a capped list. */
#define MAX_PER_KIND 3

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

PlxKeyDifference *
plx_key_differences_add_item (GArray    *items,
                              PlxKeyKind kind)
{
  PlxKeyDifference item = { kind, kinds[kind].weight, { { -1 }, { -1 } } };

  g_array_append_val (items, item);
  return &g_array_index (items, PlxKeyDifference, items->len - 1);
}

/* The place of bytes [start, end) of @sentence: its words and their span
 * in characters, counted from the sentence so that the cost is the
 * sentence's, not the article's. */
void
plx_key_place_set_bytes (PlxKeyPlace *place,
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

void
plx_key_place_set_chars (PlxKeyPlace *place,
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

  plx_key_place_set_bytes (place, article, sentence, from - text, to - text);
}

/* The sentence of @article that holds character @offset, or -1. */
int
plx_key_sentence_at_char (PlxArticle *article,
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
guint
plx_key_sentence_at_byte (PlxArticle *article,
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
 * inside a listed claim; keeps the first @max_items, no more than
 * %MAX_PER_KIND of a kind while other kinds have items.
 */
void
plx_key_differences_finish (GArray *items,
                            guint   max_items)
{
  g_autoptr(GHashTable) claims = NULL;
  guint per_kind[PLX_N_KEY_KINDS] = { 0 };
  g_autofree gboolean *chosen = NULL;
  guint n_chosen = 0;
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

  /* A short list shows several kinds: past a few of one kind, the rest of
   * that kind wait for the next kinds, and fill the list only when those
   * run out. */
  chosen = g_new0 (gboolean, MAX (items->len, 1));
  for (guint pass = 0; pass < 2; pass++)
    for (k = 0; k < items->len && (max_items == 0 || n_chosen < max_items); k++)
      {
        PlxKeyKind kind = g_array_index (items, PlxKeyDifference, k).kind;

        if (kind == PLX_N_KEY_KINDS || chosen[k] ||
            (pass == 0 && max_items != 0 && per_kind[kind] >= MAX_PER_KIND))
          continue;
        chosen[k] = TRUE;
        per_kind[kind]++;
        n_chosen++;
      }

  for (k = 0; k < items->len; k++)
    {
      PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      if (!chosen[k])
        {
          key_difference_clear (item);
          memset (item, 0, sizeof *item);
          continue;
        }
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
  loaded_a = plx_key_differences_dup_loaded_spans (comparison, PLX_SIDE_A);
  loaded_b = plx_key_differences_dup_loaded_spans (comparison, PLX_SIDE_B);
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
