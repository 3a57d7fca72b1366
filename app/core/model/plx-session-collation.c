/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A session of three to twelve articles (a collation, issue 10). It is the
 * two-article session with more articles and links that say which two
 * articles they tie:
 *
 *   "articles": [{…}, {…}, {…}, …],
 *   "links": [{"base": 0, "other": 2, "a": ["sentence", …], "b": ["sentence", …]}]
 *
 * "base" is the place in "articles" of the base article (the collation's
 * most central one, which every other article is compared with) and "a"
 * are its sentences; "other" and "b" are the other article's. A session of
 * two articles is written exactly as before, without "base" and "other".
 * The settings and the parties (as edited) are those of the collation;
 * the notes and corrections of claims of each comparison, and the base
 * when a person chose it, are in plx-session-pairs.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "plx-error.h"
#include "plx-parties.h"
#include "plx-collation-claims.h"
#include "plx-session-private.h"

guint
plx_session_get_n_articles (PlxSession *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->collated != NULL ? self->collated->len : 2;
}

/**
 * plx_session_get_nth_article:
 * @index: below plx_session_get_n_articles()
 *
 * Returns: (transfer none): the article at @index (0 and 1 are
 *   articles A and B)
 */
PlxArticle *
plx_session_get_nth_article (PlxSession *self,
                             guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < plx_session_get_n_articles (self), NULL);

  return self->collated != NULL ? g_ptr_array_index (self->collated, index)
                                : self->articles[index];
}

/**
 * plx_session_get_parties:
 *
 * Returns: (nullable): the parties as edited, the JSON of a parties file
 */
const char *
plx_session_get_parties (PlxSession *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->parties;
}

/**
 * plx_session_set_parties:
 * @json: (nullable): the parties as edited, the JSON of a parties file
 *
 * Sets the parties the session keeps (a collation's comparisons each have
 * their own, and a person edits them in one at a time).
 */
void
plx_session_set_parties (PlxSession *self,
                         const char *json)
{
  g_return_if_fail (self != NULL);

  g_free (self->parties);
  self->parties = g_strdup (json);
}

static void
keep_links (PlxSession    *self,
            PlxComparison *comparison,
            guint          base,
            guint          other)
{
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      PlxSessionLink kept = { NULL, NULL, (int) base, (int) other };

      if (!link->manual)
        continue;
      kept.a = plx_article_dup_sentence_texts (plx_comparison_get_article (comparison, PLX_SIDE_A),
                                               link->a_start, link->a_end);
      kept.b = plx_article_dup_sentence_texts (plx_comparison_get_article (comparison, PLX_SIDE_B),
                                               link->b_start, link->b_end);
      g_array_append_val (self->links, kept);
    }
}

/**
 * plx_session_new_for_collation:
 * @collation: a collation of three or more articles that has run
 *
 * Returns: (transfer full): the session that saves @collation: its
 *   articles, settings, parties and the links made by hand in its
 *   comparisons
 */
PlxSession *
plx_session_new_for_collation (PlxCollation *collation)
{
  PlxSession *self;
  guint pivot;
  PlxComparison *any;
  PlxParties *parties;

  g_return_val_if_fail (PLX_IS_COLLATION (collation), NULL);
  g_return_val_if_fail (plx_collation_is_done (collation), NULL);

  self = plx_session_new_empty ();
  pivot = plx_collation_get_pivot (collation);
  self->collated = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    g_ptr_array_add (self->collated, g_object_ref (plx_collation_get_article (collation, k)));
  for (guint side = 0; side < 2; side++)
    self->articles[side] = g_object_ref (g_ptr_array_index (self->collated, side));

  any = plx_collation_get_comparison (collation, pivot == 0 ? 1 : 0);
  self->language = g_strdup (plx_comparison_get_language (any));
  self->sensitivity = plx_comparison_get_sensitivity (any);
  parties = plx_collation_get_parties (collation);
  if (parties != NULL)
    self->parties = plx_parties_to_json (parties);

  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != pivot)
      keep_links (self, plx_collation_get_comparison (collation, k), pivot, k);
  plx_session_keep_pairs (self, collation);

  return self;
}

/**
 * plx_session_create_collation:
 *
 * Returns: (transfer full): a collation of the session's articles with its
 *   settings, parties and base, not yet run
 */
PlxCollation *
plx_session_create_collation (PlxSession *self)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  PlxCollation *collation;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < plx_session_get_n_articles (self); i++)
    g_ptr_array_add (articles, plx_session_get_nth_article (self, i));
  collation = plx_collation_new ((PlxArticle *const *) articles->pdata, articles->len);
  plx_collation_set_language (collation, self->language);
  plx_collation_set_sensitivity (collation, self->sensitivity);
  plx_collation_set_pivot (collation, self->base);
  plx_collation_set_parties_data (collation, self->parties);

  return collation;
}

static guint
restore_link (PlxCollation         *collation,
              const PlxSessionLink *link)
{
  guint pivot = plx_collation_get_pivot (collation);
  gboolean swapped = link->other == (int) pivot;
  guint other = swapped ? (guint) link->base : (guint) link->other;
  GStrv a = swapped ? link->b : link->a;
  GStrv b = swapped ? link->a : link->b;
  PlxComparison *comparison;
  int start_a;
  int start_b;

  /* The base is found anew on each run: a link of two articles neither of
   * which is the base now has no comparison to go into. */
  if (link->base < 0 || (link->base != (int) pivot && !swapped) ||
      other >= plx_collation_get_n_articles (collation))
    return 0;
  comparison = plx_collation_get_comparison (collation, other);
  start_a = plx_article_find_sentences (plx_comparison_get_article (comparison, PLX_SIDE_A),
                                        (const char *const *) a);
  start_b = plx_article_find_sentences (plx_comparison_get_article (comparison, PLX_SIDE_B),
                                        (const char *const *) b);
  if (start_a < 0 || start_b < 0)
    return 0;
  return plx_comparison_add_link (comparison, start_a, start_a + g_strv_length (a), start_b,
                                  start_b + g_strv_length (b), NULL) >= 0;
}

/**
 * plx_session_restore_collation_links:
 * @collation: a collation made by plx_session_create_collation() that has
 *   run
 *
 * Makes the session's manual links and corrections of claims again in the
 * collation's comparisons, with nothing to undo (the notes:
 * plx_session_restore_collation_notes()).
 *
 * Returns: how many could be made
 */
guint
plx_session_restore_collation_links (PlxSession   *self,
                                     PlxCollation *collation)
{
  guint restored = 0;
  guint pivot;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (plx_collation_is_done (collation), 0);

  pivot = plx_collation_get_pivot (collation);
  /* One rebuilding of the collation for all the comparisons' edits. */
  plx_collation_freeze (collation);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != pivot)
      plx_comparison_begin_edit (plx_collation_get_comparison (collation, k));
  for (guint i = 0; i < self->links->len; i++)
    restored += restore_link (collation, &g_array_index (self->links, PlxSessionLink, i));
  plx_session_restore_pair_claim_edits (self, collation);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != pivot)
      {
        plx_comparison_end_edit (plx_collation_get_comparison (collation, k));
        plx_comparison_forget_edits (plx_collation_get_comparison (collation, k));
      }
  plx_collation_thaw (collation);

  return restored;
}

/* Reading */

gboolean
plx_session_read_collated (PlxSession *self,
                           JsonArray  *array,
                           const char *name,
                           GError    **error)
{
  guint n = json_array_get_length (array);

  if (n > PLX_COLLATION_MAX_ARTICLES)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("“%s” is not a usable Parallax session: it holds %u articles, and Parallax "
                     "compares at most %u."), name, n, PLX_COLLATION_MAX_ARTICLES);
      return FALSE;
    }

  self->collated = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i + 1);
      PlxArticle *article = plx_session_read_article (json_array_get_element (array, i), name,
                                                      id, error);

      if (article == NULL)
        return FALSE;
      g_ptr_array_add (self->collated, article);
      if (plx_article_get_n_sentences (article) == 0)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                       _("“%s” is not a usable Parallax session: article %u has no sentences."),
                       name, i + 1);
          return FALSE;
        }
    }
  for (guint side = 0; side < 2; side++)
    self->articles[side] = g_object_ref (g_ptr_array_index (self->collated, side));

  return TRUE;
}

static int
read_place (JsonObject *object,
            const char *member,
            guint       n)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;
  value = json_node_get_int (node);
  return value >= 0 && value < n ? (int) value : -1;
}

/* The two articles a link of a session of three or more ties; whether
 * they are two of its articles (always, in a two-article session, which
 * names none). */
gboolean
plx_session_read_link_places (PlxSession     *self,
                              JsonObject     *object,
                              PlxSessionLink *link)
{
  if (self->collated == NULL)
    return TRUE;

  link->base = read_place (object, "base", self->collated->len);
  link->other = read_place (object, "other", self->collated->len);
  return link->base >= 0 && link->other >= 0 && link->base != link->other;
}

void
plx_session_write_link_places (PlxSession           *self,
                               JsonBuilder          *builder,
                               const PlxSessionLink *link)
{
  if (self->collated == NULL || link->base < 0)
    return;

  json_builder_set_member_name (builder, "base");
  json_builder_add_int_value (builder, link->base);
  json_builder_set_member_name (builder, "other");
  json_builder_add_int_value (builder, link->other);
}
