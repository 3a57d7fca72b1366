/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The corrections of claims in a session: kept, written, read (with the
 * checks any file from elsewhere needs) and made again in a comparison of
 * the session's articles. In the file they are a list under "claim_edits",
 * each naming its claim by article and spans:
 *
 *   "claim_edits": [{"kind": "speaker", "article": "A", "cue": [40, 44],
 *                    "content": [50, 90], "speaker": [0, 12],
 *                    "speaker_name": "Yuri Ushakov"}, …]
 *
 * "kind" is "remove", "speaker", "party" or "add"; "party" holds a party's
 * id; "verb" a cue that was typed. A session without the list (one saved
 * before claims could be corrected) has no corrections. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "plx-error.h"
#include "plx-session-private.h"

/* Far more than a person makes by hand; a longer list was not saved by
 * Parallax, and each correction compares the claims again. */
#define MAX_CLAIM_EDITS 10000

void
plx_session_keep_claim_edits (PlxSession    *self,
                              PlxComparison *comparison)
{
  GPtrArray *edits = plx_comparison_get_claim_edits (comparison);

  for (guint k = 0; edits != NULL && k < edits->len; k++)
    g_ptr_array_add (self->claim_edits, plx_claim_edit_copy (g_ptr_array_index (edits, k)));
}

static void
add_span (JsonBuilder *builder,
          const char  *name,
          PlxSpan      span)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, span.start);
  json_builder_add_int_value (builder, span.end);
  json_builder_end_array (builder);
}

void
plx_session_write_claim_edit_list (JsonBuilder *builder,
                                   GPtrArray   *edits)
{
  json_builder_set_member_name (builder, "claim_edits");
  json_builder_begin_array (builder);
  for (guint k = 0; k < edits->len; k++)
    {
      const PlxClaimEdit *edit = g_ptr_array_index (edits, k);

      json_builder_begin_object (builder);
      plx_session_add_optional_string (builder, "kind", plx_claim_edit_kind_to_string (edit->kind));
      plx_session_add_optional_string (builder, "article", edit->side == PLX_SIDE_A ? "A" : "B");
      add_span (builder, "cue", edit->cue);
      add_span (builder, "content", edit->content);
      add_span (builder, "speaker", edit->speaker);
      plx_session_add_optional_string (builder, "speaker_name", edit->speaker_name);
      plx_session_add_optional_string (builder, "verb", edit->verb);
      plx_session_add_optional_string (builder, "party", edit->party);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
plx_session_write_claim_edits (PlxSession  *self,
                               JsonBuilder *builder)
{
  plx_session_write_claim_edit_list (builder, self->claim_edits);
}

static gboolean
read_span (JsonObject *object,
           const char *member,
           PlxSpan    *span)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;
  gint64 values[2];

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  if (json_array_get_length (array) != 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_INT64)
        return FALSE;
      values[i] = json_node_get_int (item);
      if (values[i] < 0 || values[i] > G_MAXUINT)
        return FALSE;
    }
  span->start = values[0];
  span->end = values[1];

  return TRUE;
}

/* A string member, or %NULL; FALSE when it is there but no string. */
static gboolean
read_string (JsonObject *object,
             const char *member,
             char      **value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_utf8_validate (json_node_get_string (node), -1, NULL))
    return FALSE;
  *value = g_strdup (json_node_get_string (node));

  return TRUE;
}

static PlxClaimEdit *
read_edit (PlxArticle *const *articles,
           JsonNode          *node)
{
  g_autoptr(PlxClaimEdit) edit = plx_claim_edit_new (PLX_CLAIM_EDIT_REMOVE, 0, NULL);
  g_autofree char *kind = NULL;
  g_autofree char *article = NULL;
  JsonObject *object;
  int k;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  if (!read_string (object, "kind", &kind) || !read_string (object, "article", &article) ||
      (k = plx_claim_edit_kind_from_string (kind)) < 0 || article == NULL ||
      (!g_str_equal (article, "A") && !g_str_equal (article, "B")) ||
      !read_span (object, "cue", &edit->cue) || !read_span (object, "content", &edit->content) ||
      (json_object_has_member (object, "speaker") &&
       !read_span (object, "speaker", &edit->speaker)) ||
      !read_string (object, "speaker_name", &edit->speaker_name) ||
      !read_string (object, "verb", &edit->verb) || !read_string (object, "party", &edit->party))
    return NULL;
  edit->kind = k;
  edit->side = g_str_equal (article, "A") ? PLX_SIDE_A : PLX_SIDE_B;
  if (!plx_claim_edit_fits (edit, articles[edit->side]))
    return NULL;

  return g_steal_pointer (&edit);
}

/**
 * plx_session_read_claim_edit_list:
 * @node: (nullable): a "claim_edits" list
 * @articles: the two articles the corrections are of (A and B)
 * @edits: where the corrections go
 *
 * Returns: whether the corrections could be read; if not, @error says why
 */
gboolean
plx_session_read_claim_edit_list (JsonNode          *node,
                                  PlxArticle *const *articles,
                                  GPtrArray         *edits,
                                  const char        *name,
                                  GError           **error)
{
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint k = 0; array != NULL && k < json_array_get_length (array); k++)
    {
      PlxClaimEdit *edit = k < MAX_CLAIM_EDITS ? read_edit (articles,
                                                            json_array_get_element (array, k))
                                               : NULL;

      if (edit == NULL)
        {
          array = NULL;
          break;
        }
      g_ptr_array_add (edits, edit);
    }
  if (array == NULL)
    {
      /* Translators: the %s is the session file's name. */
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("“%s” is not a usable Parallax session: one of its corrections of claims "
                     "does not name a claim of its articles."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * plx_session_read_claim_edits:
 * @node: (nullable): the session's "claim_edits"
 *
 * Returns: whether the corrections could be read; if not, @error says why
 */
gboolean
plx_session_read_claim_edits (PlxSession *self,
                              JsonNode   *node,
                              const char *name,
                              GError    **error)
{
  return plx_session_read_claim_edit_list (node, self->articles, self->claim_edits, name, error);
}

/**
 * plx_session_restore_claim_edits:
 * @comparison: a comparison of the session's articles that has run
 *
 * Makes the session's corrections of claims again, inside the group of
 * edits the caller opened. Corrections of an article whose text changed
 * since (a file reloaded) are left out: their spans may name other words.
 *
 * Returns: how many could be made
 */
guint
plx_session_restore_claim_edits (PlxSession    *self,
                                 PlxComparison *comparison)
{
  return plx_session_restore_claim_edit_list (self->claim_edits, self->articles, comparison);
}

/* The same for the corrections @edits of the comparison of @articles. */
guint
plx_session_restore_claim_edit_list (GPtrArray         *edits,
                                     PlxArticle *const *articles,
                                     PlxComparison     *comparison)
{
  guint restored = 0;

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxClaimEdit *edit = g_ptr_array_index (edits, k);
      PlxArticle *article = plx_comparison_get_article (comparison, edit->side);

      if (article != articles[edit->side] &&
          g_strcmp0 (plx_article_get_text (article),
                     plx_article_get_text (articles[edit->side])) != 0)
        continue;
      restored += plx_comparison_edit_claim (comparison, edit, NULL);
    }

  return restored;
}
