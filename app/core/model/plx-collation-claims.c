/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Claims across all articles. Each comparison with the pivot has matched
 * the pivot's claims with those of the other article and said how the
 * other frames each one (shared, reframed, quote changed or trimmed,
 * attribution changed, second hand, paraphrased); a row of the collation
 * is one claim of the pivot with its counterpart, if any, in every other
 * article. Claims the pivot does not make are matched between the other
 * articles when they are about the same party in the same story unit, and
 * compared on their speaker, quote and verb; a claim no other article
 * makes is a row of its own (n_carrying 1). */

#include "config.h"

#include <string.h>

#include "plx-collation-private.h"

typedef struct
{
  GHashTable *by_party;   /* party id → GArray of PlxCollatedClaim */
  GPtrArray  *order;      /* party ids, as first met */
  GHashTable *by_unit;    /* "unit party" → GUINT (row index + 1) in its party's list */
  GHashTable *party_of_unit; /* "unit" → the party of the unit's first row (not owned) */
} Rows;

static void
rows_clear (Rows *rows)
{
  g_clear_pointer (&rows->by_party, g_hash_table_unref);
  g_clear_pointer (&rows->order, g_ptr_array_unref);
  g_clear_pointer (&rows->by_unit, g_hash_table_unref);
  g_clear_pointer (&rows->party_of_unit, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rows, rows_clear)

static void
claim_row_clear (PlxCollatedClaim *row)
{
  g_clear_pointer (&row->party, g_free);
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    g_clear_pointer (&row->cells[k].hedge, g_free);
}

static GArray *
rows_list (Rows       *rows,
           const char *party)
{
  GArray *list = g_hash_table_lookup (rows->by_party, party);

  if (list == NULL)
    {
      list = g_array_new (FALSE, TRUE, sizeof (PlxCollatedClaim));
      g_array_set_clear_func (list, (GDestroyNotify) claim_row_clear);
      g_hash_table_insert (rows->by_party, g_strdup (party), list);
      g_ptr_array_add (rows->order, g_strdup (party));
    }

  return list;
}

static PlxCollatedClaim *
rows_add (Rows       *rows,
          guint       n_articles,
          const char *party,
          guint       reference,
          guint      *index)
{
  GArray *list = rows_list (rows, party);
  PlxCollatedClaim row = { g_strdup (party), reference, 0 };

  for (guint k = 0; k < n_articles; k++)
    row.cells[k].claim = -1;
  g_array_append_val (list, row);
  if (index != NULL)
    *index = list->len - 1;

  return &g_array_index (list, PlxCollatedClaim, list->len - 1);
}

/* The first hedge of the lexicon in the words of @claim, from its cue to
 * the end of its content, as a whole word or phrase. The lists are in
 * lower case and so is the match ("May" the month is no hedge), but for
 * the first word, which may be capitalised. The claim's own reporting verb
 * does not count, nor do the speaker's quoted words: the hedge is the
 * outlet's framing ("reportedly said"). */
static char *
find_hedge (PlxCollation   *self,
            guint           k,
            const PlxClaim *claim)
{
  GPtrArray *hedges = plx_lexicon_get_phrases (self->leftovers->lexicon, PLX_TAG_HEDGE);
  const char *text = plx_article_get_text (self->articles[k]);
  gsize start = MIN (claim->byte_start, claim->content_byte_start);
  gsize end = MAX (claim->byte_end, claim->content_byte_end);
  g_autofree char *words = g_strndup (text + start, end - start);
  const char *best = NULL;
  const char *best_at = NULL;
  const char *quote = NULL;
  gsize quote_length = 0;

  if (*words != '\0')
    {
      gunichar first = g_utf8_get_char (words);
      char lower[6];
      gint n = g_unichar_to_utf8 (g_unichar_tolower (first), lower);

      /* Lower-casing may change the length of the letter's UTF-8 form. */
      if (n == g_utf8_skip[*(const guchar *) words])
        memcpy (words, lower, n);
    }
  if (claim->quote != NULL && *claim->quote != '\0')
    {
      quote = strstr (words, claim->quote);
      quote_length = strlen (claim->quote);
    }
  for (guint i = 0; hedges != NULL && i < hedges->len; i++)
    {
      const char *hedge = g_ptr_array_index (hedges, i);
      gsize length = strlen (hedge);

      /* A reporting verb of the list ("believe", "according to") is the
       * claim's cue, not a hedge of it. */
      if (claim->verb != NULL && strstr (claim->verb, hedge) != NULL)
        continue;

      for (const char *at = strstr (words, hedge); at != NULL; at = strstr (at + 1, hedge))
        {
          gboolean starts = at == words ||
                            !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (at)));
          gboolean ends = !g_unichar_isalnum (g_utf8_get_char (at + length));

          gboolean quoted = quote != NULL && at >= quote && at < quote + quote_length;

          if (starts && ends && !quoted && (best_at == NULL || at < best_at))
            {
              best = hedge;
              best_at = at;
            }
        }
    }

  return g_strdup (best);
}

static void
row_set (PlxCollation     *self,
         PlxCollatedClaim *row,
         guint             k,
         int               claim,
         PlxClaimStatus    status)
{
  row->cells[k].claim = claim;
  row->cells[k].status = status;
  row->cells[k].hedge = find_hedge (self, k, &g_array_index (plx_collation_get_claims (self, k),
                                                             PlxClaim, claim));
  row->n_carrying++;
}

/* How @claim frames what @reference says: the comparison's statuses, told
 * from the speakers, quotes and verbs of two claims of one story unit. */
static PlxClaimStatus
compare_framing (const PlxClaim *reference,
                 const PlxClaim *claim)
{
  if (reference->speaker_key != NULL && claim->speaker_key != NULL &&
      g_ascii_strcasecmp (reference->speaker_key, claim->speaker_key) != 0)
    return PLX_CLAIM_ATTRIBUTION_CHANGED;
  if (reference->quote != NULL && claim->quote != NULL)
    {
      if (g_str_equal (reference->quote, claim->quote))
        return PLX_CLAIM_SHARED;
      return strstr (reference->quote, claim->quote) != NULL ? PLX_CLAIM_QUOTE_TRIMMED
                                                             : PLX_CLAIM_QUOTE_CHANGED;
    }
  if ((reference->quote == NULL) != (claim->quote == NULL))
    return PLX_CLAIM_PARAPHRASED;
  if (g_strcmp0 (reference->verb, claim->verb) != 0)
    return PLX_CLAIM_REFRAMED;

  return PLX_CLAIM_SHARED;
}

/* The index in @claims of @claim: @index, unless corrections made them
 * differ. */
static int
same_claim (GArray         *claims,
            guint           index,
            const PlxClaim *claim)
{
  const PlxClaim *there;

  if (index < claims->len)
    {
      there = &g_array_index (claims, PlxClaim, index);
      if (there->cue.start == claim->cue.start && there->cue.end == claim->cue.end &&
          there->content.start == claim->content.start && there->content.end == claim->content.end)
        return index;
    }
  return plx_claims_find_by_spans (claims, claim->cue, claim->content);
}

/* Each claim of the pivot, with its counterpart in every other article. */
static void
add_pivot_claims (PlxCollation *self,
                  Rows         *rows)
{
  GArray *claims = plx_collation_get_claims (self, self->pivot);

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
      PlxCollatedClaim *row;

      if (claim->party == NULL)
        continue;
      row = rows_add (rows, self->n_articles, claim->party, self->pivot, NULL);
      row_set (self, row, self->pivot, i, PLX_CLAIM_SHARED);
      for (guint k = 0; k < self->n_articles; k++)
        {
          const PlxClaimMatch *match;

          int own;

          if (k == self->pivot)
            continue;
          /* The same claim in this comparison's copy of the pivot's claims:
           * a correction of the pivot's claims made in another comparison
           * (those of the first are the ones read here) is not in it. */
          own = same_claim (plx_comparison_get_claims (self->comparisons[k], PLX_SIDE_A), i,
                            claim);
          if (own < 0)
            continue;
          match = plx_comparison_get_claim_match (self->comparisons[k], PLX_SIDE_A, own);
          if (match->counterpart >= 0)
            row_set (self, row, k, match->counterpart, match->status);
        }
    }
}

/* The row of a claim @k does not fill yet in story unit @unit: about
 * @party, or else about any party (a claim told with another speaker);
 * @key gets the row's key for @party. */
static PlxCollatedClaim *
find_row (Rows       *rows,
          int         unit,
          const char *party,
          guint       k,
          char      **key)
{
  g_autofree char *any = g_strdup_printf ("%d", unit);
  const char *other = g_hash_table_lookup (rows->party_of_unit, any);
  PlxCollatedClaim *row = NULL;
  guint index;

  *key = g_strdup_printf ("%d %s", unit, party);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (rows->by_unit, *key));
  if (index > 0)
    row = &g_array_index (rows_list (rows, party), PlxCollatedClaim, index - 1);
  if ((row == NULL || row->cells[k].claim >= 0) && other != NULL)
    {
      g_autofree char *other_key = g_strdup_printf ("%d %s", unit, other);

      index = GPOINTER_TO_UINT (g_hash_table_lookup (rows->by_unit, other_key));
      row = &g_array_index (rows_list (rows, other), PlxCollatedClaim, index - 1);
    }

  return row != NULL && row->cells[k].claim < 0 ? row : NULL;
}

/* The claims of the other articles that the pivot does not make: one row
 * for those about one party in one story unit. */
static void
add_other_claims (PlxCollation *self,
                  Rows         *rows)
{
  for (guint k = 0; k < self->n_articles; k++)
    {
      GArray *claims;

      if (k == self->pivot)
        continue;
      claims = plx_collation_get_claims (self, k);
      for (guint i = 0; i < claims->len; i++)
        {
          const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
          const PlxClaimMatch *match = plx_comparison_get_claim_match (self->comparisons[k],
                                                                       PLX_SIDE_B, i);
          g_autofree char *key = NULL;
          guint index;
          PlxCollatedClaim *row;

          if (claim->party == NULL || match->counterpart >= 0)
            continue;
          row = find_row (rows, plx_collation_find_unit (self, k, claim->sentence), claim->party,
                          k, &key);
          if (row != NULL)
            {
              GArray *reference = plx_collation_get_claims (self, row->reference);
              const PlxClaim *first = &g_array_index (reference, PlxClaim,
                                                      row->cells[row->reference].claim);

              row_set (self, row, k, i, compare_framing (first, claim));
              continue;
            }
          row = rows_add (rows, self->n_articles, claim->party, k, &index);
          row_set (self, row, k, i, PLX_CLAIM_SHARED);
          g_hash_table_insert (rows->by_unit, g_steal_pointer (&key),
                               GUINT_TO_POINTER (index + 1));
          g_hash_table_insert (rows->party_of_unit,
                               g_strdup_printf ("%d", plx_collation_find_unit (self, k,
                                                                               claim->sentence)),
                               row->party);
        }
    }
}

/* The rows by party, in the order of the pivot's first comparison's
 * parties, then the parties only other comparisons found. */
static void
gather_rows (PlxCollation *self,
             Rows         *rows)
{
  PlxParties *parties = plx_collation_get_parties (self);

  self->claim_rows = g_array_new (FALSE, TRUE, sizeof (PlxCollatedClaim));
  g_array_set_clear_func (self->claim_rows, (GDestroyNotify) claim_row_clear);
  for (guint pass = 0; pass < 2; pass++)
    for (guint p = 0; p < (pass == 0 ? plx_parties_get_n (parties) : rows->order->len); p++)
      {
        const char *id = pass == 0 ? plx_parties_get (parties, p)->id
                                   : g_ptr_array_index (rows->order, p);
        GArray *list = g_hash_table_lookup (rows->by_party, id);

        if (list == NULL || (pass == 1 && plx_parties_lookup (parties, id) != NULL))
          continue;
        for (guint i = 0; i < list->len; i++)
          {
            PlxCollatedClaim *row = &g_array_index (list, PlxCollatedClaim, i);

            /* Moved, not copied: the list no longer owns its strings. */
            g_array_append_val (self->claim_rows, *row);
            row->party = NULL;
            for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
              row->cells[k].hedge = NULL;
          }
      }
}

void
plx_collation_match_claims (PlxCollation *self)
{
  g_auto(Rows) rows = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref),
    g_ptr_array_new_with_free_func (g_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  add_pivot_claims (self, &rows);
  add_other_claims (self, &rows);
  gather_rows (self, &rows);
}

/**
 * plx_collation_get_claims:
 *
 * The claims found in the article at @index, which the cells of the claim
 * rows count in: those of its comparison with the pivot (for the pivot,
 * those of its comparison with the first other article).
 *
 * Returns: (transfer none) (element-type PlxClaim): the claims
 */
GArray *
plx_collation_get_claims (PlxCollation *self,
                          guint         index)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (self->done || self->units != NULL, NULL);
  g_return_val_if_fail (index < self->n_articles, NULL);

  if (index == self->pivot)
    return plx_comparison_get_claims (self->comparisons[self->pivot == 0 ? 1 : 0], PLX_SIDE_A);

  return plx_comparison_get_claims (self->comparisons[index], PLX_SIDE_B);
}

/**
 * plx_collation_get_parties:
 *
 * Returns: (transfer none): the parties of the pivot's comparison with the
 *   first other article; plx_collation_get_party_name() also knows those
 *   only other comparisons found
 */
PlxParties *
plx_collation_get_parties (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);

  return plx_comparison_get_parties (self->comparisons[self->pivot == 0 ? 1 : 0]);
}

/**
 * plx_collation_get_party_name:
 *
 * Returns: the name of the party @party, or @party when no comparison
 *   knows it
 */
const char *
plx_collation_get_party_name (PlxCollation *self,
                              const char   *party)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), party);

  for (guint k = 0; k < self->n_articles; k++)
    {
      const PlxParty *found = self->comparisons[k] != NULL
                                ? plx_parties_lookup (plx_comparison_get_parties (self->comparisons[k]),
                                                      party)
                                : NULL;

      if (found != NULL)
        return found->name;
    }

  return party;
}

guint
plx_collation_get_n_claim_rows (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->claim_rows != NULL ? self->claim_rows->len : 0;
}

/**
 * plx_collation_get_claim_row:
 *
 * Returns: (transfer none): a claim matched across the articles, by party
 */
const PlxCollatedClaim *
plx_collation_get_claim_row (PlxCollation *self,
                             guint         index)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (index < plx_collation_get_n_claim_rows (self), NULL);

  return &g_array_index (self->claim_rows, PlxCollatedClaim, index);
}
