/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What a session of three to twelve articles keeps of each comparison of
 * its collation besides the links: the notes and the corrections of
 * claims, and the base article when a person chose it.
 *
 *   "base": 2,
 *   "comparisons": [{"base": 2, "other": 0, "notes": […], "claim_edits": […]}]
 *
 * The top-level "base" is the place in "articles" of the base chosen by
 * hand (none when the collation finds the most central article itself).
 * Each entry of "comparisons" holds the notes (plx-notes-json.c) and
 * corrections (plx-session-claims.c) of the comparison of the base
 * article at "base" (their article "A") with the one at "other" ("B"); a
 * comparison without either is not written. The two-article members
 * "notes" and "claim_edits" stay empty in such a session.
 *
 * The corrections of the base article's claims are in every comparison
 * (a collation shares them), and every comparison takes them back.
 *
 * When the base is another one on the next run, the notes and corrections
 * of the comparison of the old base with the new one are turned around;
 * the notes and the corrections of the third article's claims of the
 * comparison of the old base with a third article have no comparison to
 * go into (plx_session_count_unkept() says how many). */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "plx-error.h"
#include "plx-session-private.h"

/* More comparisons than twelve articles have are not read. */
#define MAX_PAIRS (PLX_COLLATION_MAX_ARTICLES * PLX_COLLATION_MAX_ARTICLES)

void
plx_session_pair_free (gpointer data)
{
  PlxSessionPair *pair = data;

  plx_notes_free (pair->notes);
  g_ptr_array_unref (pair->claim_edits);
  g_free (pair);
}

static PlxSessionPair *
pair_new (int base,
          int other)
{
  PlxSessionPair *pair = g_new0 (PlxSessionPair, 1);

  pair->base = base;
  pair->other = other;
  pair->notes = plx_notes_new ();
  pair->claim_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_claim_edit_free);
  return pair;
}

void
plx_session_keep_pairs (PlxSession   *self,
                        PlxCollation *collation)
{
  guint pivot = plx_collation_get_pivot (collation);

  self->base = plx_collation_get_chosen_pivot (collation);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxComparison *comparison = plx_collation_get_comparison (collation, k);
      GPtrArray *edits;
      PlxSessionPair *pair;

      if (comparison == NULL)
        continue;
      pair = pair_new ((int) pivot, (int) k);
      plx_notes_replace (pair->notes, plx_comparison_get_notes (comparison));
      edits = plx_comparison_get_claim_edits (comparison);
      for (guint e = 0; edits != NULL && e < edits->len; e++)
        g_ptr_array_add (pair->claim_edits, plx_claim_edit_copy (g_ptr_array_index (edits, e)));
      if (plx_notes_get_n (pair->notes) > 0 || pair->claim_edits->len > 0)
        g_ptr_array_add (self->pairs, pair);
      else
        plx_session_pair_free (pair);
    }
}

void
plx_session_write_pairs (PlxSession  *self,
                         JsonBuilder *builder)
{
  if (self->collated == NULL)
    return;

  if (self->base >= 0)
    {
      json_builder_set_member_name (builder, "base");
      json_builder_add_int_value (builder, self->base);
    }
  json_builder_set_member_name (builder, "comparisons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->pairs->len; i++)
    {
      PlxSessionPair *pair = g_ptr_array_index (self->pairs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "base");
      json_builder_add_int_value (builder, pair->base);
      json_builder_set_member_name (builder, "other");
      json_builder_add_int_value (builder, pair->other);
      json_builder_set_member_name (builder, "notes");
      plx_notes_to_json (pair->notes, builder);
      plx_session_write_claim_edit_list (builder, pair->claim_edits);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
fail (GError    **error,
      const char *name)
{
  /* Translators: the %s is the session file's name. */
  g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
               _("“%s” is not a usable Parallax session: one of its comparisons does not name "
                 "two of its articles."), name);
  return FALSE;
}

static gboolean
read_pair (PlxSession *self,
           JsonNode   *node,
           const char *name,
           GError    **error)
{
  g_autoptr(GError) local = NULL;
  PlxSessionLink places = { NULL, NULL, -1, -1 };
  PlxSessionPair *pair;
  PlxArticle *articles[2];
  PlxNotes *notes;
  guint dropped = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      !plx_session_read_link_places (self, json_node_get_object (node), &places))
    return fail (error, name);
  pair = pair_new (places.base, places.other);
  g_ptr_array_add (self->pairs, pair);
  articles[PLX_SIDE_A] = g_ptr_array_index (self->collated, pair->base);
  articles[PLX_SIDE_B] = g_ptr_array_index (self->collated, pair->other);

  notes = plx_notes_from_json (json_object_get_member (json_node_get_object (node), "notes"),
                               &dropped, &local);
  if (notes == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   /* Translators: the second %s says what is wrong, e.g. "article B has no text". */
                   _("“%s” is not a usable Parallax session: %s."), name, local->message);
      return FALSE;
    }
  plx_notes_free (pair->notes);
  pair->notes = notes;
  self->notes_dropped += dropped + plx_notes_reanchor (notes, articles[PLX_SIDE_A],
                                                       articles[PLX_SIDE_B]);

  return plx_session_read_claim_edit_list (json_object_get_member (json_node_get_object (node),
                                                                   "claim_edits"),
                                           articles, pair->claim_edits, name, error);
}

gboolean
plx_session_read_pairs (PlxSession *self,
                        JsonObject *root,
                        const char *name,
                        GError    **error)
{
  JsonNode *base = json_object_get_member (root, "base");
  JsonNode *node = json_object_get_member (root, "comparisons");
  JsonArray *array;

  if (self->collated == NULL)
    return TRUE;

  if (base != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (base) || json_node_get_value_type (base) != G_TYPE_INT64 ||
          json_node_get_int (base) < 0 || json_node_get_int (base) >= self->collated->len)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                       _("“%s” is not a usable Parallax session: its base article is not one "
                         "of its articles."), name);
          return FALSE;
        }
      self->base = (int) json_node_get_int (base);
    }

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) > MAX_PAIRS)
    return fail (error, name);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_pair (self, json_array_get_element (array, i), name, error))
      return FALSE;

  return TRUE;
}

/* The comparison of @collation a pair's notes go into, and whether they
 * are turned around (the pair's other article is the base now); %NULL
 * when neither of its articles is the base. */
static PlxComparison *
find_comparison (PlxCollation         *collation,
                 const PlxSessionPair *pair,
                 gboolean             *swapped)
{
  guint pivot = plx_collation_get_pivot (collation);
  guint n = plx_collation_get_n_articles (collation);

  if ((guint) pair->base >= n || (guint) pair->other >= n)
    return NULL;
  *swapped = pair->other == (int) pivot;
  if (*swapped)
    return plx_collation_get_comparison (collation, pair->base);
  if (pair->base == (int) pivot)
    return plx_collation_get_comparison (collation, pair->other);
  return NULL;
}

/* Far more than a person makes by hand (as plx-session-claims.c). */
#define MAX_BASE_EDITS 10000

static void
add_once (GPtrArray    *edits,
          GHashTable   *seen,
          PlxClaimEdit *edit)
{
  if (edits->len >= MAX_BASE_EDITS || g_hash_table_contains (seen, edit))
    {
      plx_claim_edit_free (edit);
      return;
    }
  g_ptr_array_add (edits, edit);
  g_hash_table_add (seen, edit);
}

/* Inside the group of edits plx_session_restore_collation_links() opened.
 * The corrections of the base article's claims, from whichever comparison
 * they were saved with, go into every comparison (a collation shares them:
 * plx-collation.c); those of another article into its comparison. */
guint
plx_session_restore_pair_claim_edits (PlxSession   *self,
                                      PlxCollation *collation)
{
  g_autoptr(GPtrArray) base_edits = g_ptr_array_new_with_free_func (
    (GDestroyNotify) plx_claim_edit_free);
  g_autoptr(GHashTable) seen = g_hash_table_new ((GHashFunc) plx_claim_edit_hash,
                                                 (GEqualFunc) plx_claim_edit_equal);
  guint pivot = plx_collation_get_pivot (collation);
  guint restored = 0;

  for (guint i = 0; i < self->pairs->len; i++)
    {
      PlxSessionPair *pair = g_ptr_array_index (self->pairs, i);
      gboolean swapped = FALSE;
      PlxComparison *comparison = find_comparison (collation, pair, &swapped);

      for (guint e = 0; comparison != NULL && e < pair->claim_edits->len; e++)
        {
          g_autoptr(PlxClaimEdit) edit = plx_claim_edit_copy (g_ptr_array_index (pair->claim_edits,
                                                                                 e));

          if (swapped)
            edit->side = edit->side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
          if (edit->side == PLX_SIDE_A)
            add_once (base_edits, seen, g_steal_pointer (&edit));
          else
            restored += plx_comparison_edit_claim (comparison, edit, NULL);
        }
    }
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != pivot)
      plx_comparison_set_claim_edits (plx_collation_get_comparison (collation, k), PLX_SIDE_A,
                                      base_edits);

  return restored + base_edits->len;
}

/**
 * plx_session_restore_collation_notes:
 * @collation: a collation made by plx_session_create_collation() that has
 *   run
 *
 * Puts the notes of each comparison back on the comparison of the same
 * two articles, each where its words now stand.
 *
 * Returns: how many notes could not be put back (their words are gone, or
 *   neither of their articles is the base)
 */
guint
plx_session_restore_collation_notes (PlxSession   *self,
                                     PlxCollation *collation)
{
  guint lost = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (plx_collation_is_done (collation), 0);

  for (guint i = 0; i < self->pairs->len; i++)
    {
      PlxSessionPair *pair = g_ptr_array_index (self->pairs, i);
      gboolean swapped = FALSE;
      PlxComparison *comparison = find_comparison (collation, pair, &swapped);
      g_autoptr(PlxNotes) notes = NULL;

      if (comparison == NULL)
        {
          lost += plx_notes_get_n (pair->notes);
          continue;
        }
      notes = plx_notes_copy (pair->notes);
      if (swapped)
        plx_notes_swap_sides (notes);
      lost += plx_comparison_restore_notes (comparison, notes);
    }

  return lost;
}

/**
 * plx_session_set_base:
 * @index: the article to be the base, or -1 for the most central one
 *
 * Chooses the base of the collations the session makes
 * (plx_session_create_collation()).
 */
void
plx_session_set_base (PlxSession *self,
                      int         index)
{
  g_return_if_fail (self != NULL);

  self->base = index >= 0 && (guint) index < plx_session_get_n_articles (self) ? index : -1;
}

int
plx_session_get_base (PlxSession *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->base;
}

/* The corrections of @pair, which ties two articles neither of which is
 * @base, that no comparison with @base as the base takes: those of its
 * base article's claims are also in the comparison of that article with
 * @base (a collation shares them among its comparisons), which takes them
 * turned around. */
static guint
count_unkept_edits (PlxSession           *self,
                    const PlxSessionPair *pair,
                    guint                 base)
{
  g_autoptr(GHashTable) kept = g_hash_table_new ((GHashFunc) plx_claim_edit_hash,
                                                 (GEqualFunc) plx_claim_edit_equal);
  guint n = 0;

  for (guint i = 0; i < self->pairs->len; i++)
    {
      const PlxSessionPair *other = g_ptr_array_index (self->pairs, i);

      for (guint k = 0; other->base == pair->base && other->other == (int) base &&
                        k < other->claim_edits->len; k++)
        g_hash_table_add (kept, g_ptr_array_index (other->claim_edits, k));
    }
  for (guint e = 0; e < pair->claim_edits->len; e++)
    {
      PlxClaimEdit *edit = g_ptr_array_index (pair->claim_edits, e);

      n += edit->side != PLX_SIDE_A || !g_hash_table_contains (kept, edit);
    }

  return n;
}

/**
 * plx_session_count_unkept:
 * @base: an article of the session
 *
 * Returns: how many of the session's manual links, notes and corrections
 *   of claims tie two articles neither of which is @base: with @base as
 *   the base, no comparison holds them
 */
guint
plx_session_count_unkept (PlxSession *self,
                          guint       base)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  if (self->collated == NULL)
    return 0;
  for (guint i = 0; i < self->links->len; i++)
    {
      const PlxSessionLink *link = &g_array_index (self->links, PlxSessionLink, i);

      n += link->base != (int) base && link->other != (int) base;
    }
  for (guint i = 0; i < self->pairs->len; i++)
    {
      const PlxSessionPair *pair = g_ptr_array_index (self->pairs, i);

      if (pair->base != (int) base && pair->other != (int) base)
        n += plx_notes_get_n (pair->notes) + count_unkept_edits (self, pair, base);
    }

  return n;
}
