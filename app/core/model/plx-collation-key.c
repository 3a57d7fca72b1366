/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Key differences across all articles: the ranked list of the two-article
 * comparison, told as what one outlet does differently. Each comparison
 * with the pivot lists its key differences; the same difference at the same
 * place of the pivot is gathered across the comparisons. When only one
 * other article has it while others tell that unit as the pivot does, that
 * article is the odd one; when every other article that tells the unit has
 * it, the pivot is. A difference only two outlets can show (the others do
 * not tell the unit) is kept at half its weight; one that splits the
 * outlets is left out. Claims only one outlet makes come from the claim
 * rows. */

#include "config.h"

#include <string.h>

#include "plx-collation-private.h"
#include "plx-key-differences-private.h"

/* How many differences each comparison with the pivot contributes. */
#define DISCOVERED_PARTY_FACTOR 0.75


#define PER_COMPARISON 40

typedef struct
{
  PlxKeyKind  kind;
  double      score;
  guint       mask;   /* the other articles that have the difference */
  PlxKeyPlace places[PLX_COLLATION_MAX_ARTICLES];
} Gathered;

static void
place_copy (PlxKeyPlace       *to,
            const PlxKeyPlace *from)
{
  *to = *from;
  to->words = g_strdup (from->words);
}

static void
difference_clear (PlxCollatedDifference *item)
{
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    g_clear_pointer (&item->places[k].words, g_free);
}

static void
gathered_free (Gathered *gathered)
{
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    g_free (gathered->places[k].words);
  g_free (gathered);
}

static Gathered *
gathered_new (PlxKeyKind kind)
{
  Gathered *gathered = g_new0 (Gathered, 1);

  gathered->kind = kind;
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    gathered->places[k].sentence = -1;

  return gathered;
}

/* The differences of every comparison, by kind and place in the pivot, in
 * the order first met. */
static void
gather (PlxCollation *self,
        GHashTable   *by_place,
        GPtrArray    *order)
{
  for (guint k = 0; k < self->n_articles; k++)
    {
      g_autoptr(GArray) items = NULL;

      if (k == self->pivot)
        continue;
      items = plx_key_differences_compute (self->comparisons[k], PER_COMPARISON);
      for (guint i = 0; i < items->len; i++)
        {
          const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, i);
          g_autofree char *key = NULL;
          Gathered *gathered;

          if (item->kind == PLX_KEY_ONE_SIDED_CLAIM || item->place[0].sentence < 0)
            continue;
          key = g_strdup_printf ("%d %" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT, item->kind,
                                 item->place[0].byte_start, item->place[0].byte_end);
          gathered = g_hash_table_lookup (by_place, key);
          if (gathered == NULL)
            {
              gathered = gathered_new (item->kind);
              place_copy (&gathered->places[self->pivot], &item->place[0]);
              g_hash_table_insert (by_place, g_steal_pointer (&key), gathered);
              g_ptr_array_add (order, gathered);
            }
          gathered->mask |= 1u << k;
          gathered->score = MAX (gathered->score, item->score);
          if (gathered->places[k].sentence < 0)
            place_copy (&gathered->places[k], &item->place[1]);
        }
    }
}

/* Whether a loaded word of @article's marks lies in @place. */
static gboolean
place_is_loaded (PlxCollation      *self,
                 guint              article,
                 const PlxKeyPlace *place)
{
  PlxComparison *comparison = NULL;
  PlxSide side = article == self->pivot ? PLX_SIDE_A : PLX_SIDE_B;
  const PlxMark *marks;
  guint n_marks = 0;

  for (guint k = 0; k < self->n_articles && comparison == NULL; k++)
    if (self->comparisons[k] != NULL && (article == self->pivot || k == article))
      comparison = self->comparisons[k];
  if (comparison == NULL || place->sentence < 0 || place->span.end <= place->span.start)
    return FALSE;
  marks = plx_comparison_get_marks (comparison, side, &n_marks);
  for (guint i = 0; i < n_marks; i++)
    if ((marks[i].tags & PLX_TAG_LOADED) && marks[i].start < place->span.end &&
        place->span.start < marks[i].end)
      return TRUE;

  return FALSE;
}

/* A gathered difference told as what one outlet does, or FALSE when the
 * outlets split over it. */
static gboolean
single_out (PlxCollation          *self,
            Gathered              *gathered,
            PlxCollatedDifference *item)
{
  int u = plx_collation_find_unit (self, self->pivot, gathered->places[self->pivot].sentence);
  const PlxUnit *unit = plx_collation_get_unit (self, u);
  guint carriers = 0;
  guint having = 0;
  guint only = 0;

  for (guint k = 0; k < self->n_articles; k++)
    if (k != self->pivot && unit->cells[k].n_sentences > 0)
      {
        carriers++;
        if (gathered->mask & (1u << k))
          {
            having++;
            only = k;
          }
      }

  memset (item, 0, sizeof *item);
  item->kind = gathered->kind;
  item->score = gathered->score;
  if (having == 1 && carriers >= 2)
    item->outlet = only;
  else if (having == carriers && carriers >= 2)
    item->outlet = self->pivot;
  else if (carriers == 1)
    {
      item->outlet = only;
      item->score /= 2;
    }
  else
    return FALSE;
  /* A loaded word is the difference of the outlet that uses it: the pivot,
   * when the one other article told apart has a plain word there. */
  if (item->kind == PLX_KEY_LOADED_WORD && item->outlet != self->pivot &&
      !place_is_loaded (self, item->outlet, &gathered->places[item->outlet]) &&
      place_is_loaded (self, self->pivot, &gathered->places[self->pivot]))
    item->outlet = self->pivot;
  item->n_agreeing = carriers;

  for (guint k = 0; k < self->n_articles; k++)
    {
      item->places[k] = gathered->places[k];
      gathered->places[k].words = NULL;
      if (item->places[k].sentence < 0 && unit->cells[k].n_sentences > 0)
        item->places[k].sentence = unit->cells[k].sentences[0];
    }

  return TRUE;
}

/* Whether a claim of @article over the same words is listed already: the
 * claim finder may find two claims in one sentence. */
static gboolean
claim_listed (PlxCollation   *self,
              guint           article,
              const PlxClaim *claim)
{
  for (guint i = 0; i < self->key_differences->len; i++)
    {
      const PlxCollatedDifference *item = &g_array_index (self->key_differences,
                                                          PlxCollatedDifference, i);
      const PlxKeyPlace *place = &item->places[article];

      if (item->kind == PLX_KEY_ONE_SIDED_CLAIM && item->outlet == article &&
          place->byte_start == MIN (claim->byte_start, claim->content_byte_start) &&
          place->byte_end == MAX (claim->byte_end, claim->content_byte_end))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_word (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* A claim only one outlet makes, from its claim row. */
static void
add_one_sided_claims (PlxCollation *self)
{
  for (guint r = 0; r < self->claim_rows->len && self->n_articles > 2; r++)
    {
      const PlxCollatedClaim *row = &g_array_index (self->claim_rows, PlxCollatedClaim, r);
      const PlxClaim *claim;
      const PlxParty *party;
      int position;
      PlxCollatedDifference item = { PLX_KEY_ONE_SIDED_CLAIM };

      if (row->n_carrying != 1 || g_strcmp0 (row->party, "other") == 0)
        continue;
      claim = &g_array_index (plx_collation_get_claims (self, row->reference), PlxClaim,
                              row->cells[row->reference].claim);
      if (claim_listed (self, row->reference, claim))
        continue;
      /* As in a comparison: it counts only when the others do not tell its
       * sentence at all (a claim left unmatched in a sentence they share
       * is more often a miss of the matching than a difference). */
      position = plx_collation_find_unit (self, row->reference, claim->sentence);
      if (position >= 0 && plx_collation_get_unit (self, position)->n_carrying > 1)
        continue;
      party = plx_parties_lookup (plx_collation_get_parties (self), row->party);
      item.score = plx_key_kind_get_weight (PLX_KEY_ONE_SIDED_CLAIM);
      /* As in a comparison: a party found in the articles, not in the
       * lexicon, is less sure. */
      if (party == NULL || party->discovered)
        item.score *= DISCOVERED_PARTY_FACTOR;
      item.outlet = row->reference;
      for (guint k = 0; k < self->n_articles; k++)
        item.places[k].sentence = -1;
      plx_key_place_set_bytes (&item.places[row->reference], self->articles[row->reference],
                               claim->sentence, MIN (claim->byte_start, claim->content_byte_start),
                               MAX (claim->byte_end, claim->content_byte_end));
      /* A claim whose words are none (a stray quotation mark) says nothing. */
      if (!has_word (item.places[row->reference].words))
        {
          g_free (item.places[row->reference].words);
          continue;
        }
      g_array_append_val (self->key_differences, item);
    }
}

static int
compare_score (gconstpointer a,
               gconstpointer b)
{
  const PlxCollatedDifference *x = a;
  const PlxCollatedDifference *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->places[x->outlet].byte_start != y->places[y->outlet].byte_start)
    return x->places[x->outlet].byte_start < y->places[y->outlet].byte_start ? -1 : 1;

  if (x->outlet != y->outlet)
    return (int) x->outlet - (int) y->outlet;

  return (int) x->kind - (int) y->kind;
}

void
plx_collation_find_differences (PlxCollation *self)
{
  g_autoptr(GHashTable) by_place = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) gathered_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  self->key_differences = g_array_new (FALSE, TRUE, sizeof (PlxCollatedDifference));
  g_array_set_clear_func (self->key_differences, (GDestroyNotify) difference_clear);
  gather (self, by_place, order);
  for (guint i = 0; i < order->len; i++)
    {
      PlxCollatedDifference item;

      if (single_out (self, g_ptr_array_index (order, i), &item))
        g_array_append_val (self->key_differences, item);
    }
  add_one_sided_claims (self);

  g_array_sort (self->key_differences, compare_score);
  if (self->key_differences->len > PLX_KEY_DIFFERENCES_MAX)
    g_array_set_size (self->key_differences, PLX_KEY_DIFFERENCES_MAX);
}

guint
plx_collation_get_n_key_differences (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->key_differences != NULL ? self->key_differences->len : 0;
}

/**
 * plx_collation_get_key_difference:
 *
 * Returns: (transfer none): the key difference at @index, most important
 *   first (at most %PLX_KEY_DIFFERENCES_MAX)
 */
const PlxCollatedDifference *
plx_collation_get_key_difference (PlxCollation *self,
                                  guint         index)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (index < plx_collation_get_n_key_differences (self), NULL);

  return &g_array_index (self->key_differences, PlxCollatedDifference, index);
}
