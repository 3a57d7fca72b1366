/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A session (`.parallax`): a comparison with everything a person put into
 * it, in one JSON file. Both article texts are embedded, so the session
 * survives the originals moving; with them their sources, the settings,
 * the parties as edited and the links made by hand. Manual links are kept
 * as the texts of their sentences, which stay meaningful even if a later
 * version of Parallax splits sentences differently.
 *
 *   {"format": "parallax-session", "version": 1,
 *    "settings": {"language": "en", "sensitivity": 0.5},
 *    "articles": [{"title": …, "source": …, "format": "markdown",
 *                  "text": …, "headings": [[0, 12]],
 *                  "metadata": {"site_name": …, "authors": […], "url": …}}, {…}],
 *    "parties": {"parties": [{"id": …, "name": …, "aliases": […]}]},
 *    "links": [{"a": ["sentence", …], "b": ["sentence", …]}],
 *    "notes": [{"anchor": "sentence", "spans": [{"article": "A", …}], "text": …}]}
 *
 * (notes: plx-notes-json.c; a session from before notes has none; an
 * article's "metadata", what its web page said about it, has the members
 * of the JSON report's and only those the page gave; a session from before
 * it, or an article not from a web page, has none)
 *    "claim_edits": [{"kind": "remove", "article": "A", …}]}
 *
 * A session of three to twelve articles has them all in "articles", and
 * each of its links names the two articles it ties ("base", "other":
 * plx-session-collation.c); its notes and corrections of claims are kept
 * per comparison, with the base chosen by hand ("comparisons", "base":
 * plx-session-pairs.c).
 *
 * A session file is input like any other: every field is checked before
 * anything is built from it, and a file that fails gets one error naming
 * what is wrong (plx-session-read.c). */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "plx-error.h"
#include "plx-parties.h"
#include "plx-save.h"
#include "plx-session-private.h"

const char *const plx_session_format_names[PLX_FORMAT_PDF + 1] = {
  [PLX_FORMAT_TEXT] = "text",
  [PLX_FORMAT_MARKDOWN] = "markdown",
  [PLX_FORMAT_HTML] = "html",
  [PLX_FORMAT_PDF] = "pdf",
};

void
plx_session_link_clear (gpointer data)
{
  PlxSessionLink *link = data;

  g_clear_pointer (&link->a, g_strfreev);
  g_clear_pointer (&link->b, g_strfreev);
}

PlxSession *
plx_session_new_empty (void)
{
  PlxSession *self = g_new0 (PlxSession, 1);

  self->sensitivity = 0.5;
  self->links = g_array_new (FALSE, TRUE, sizeof (PlxSessionLink));
  g_array_set_clear_func (self->links, plx_session_link_clear);
  self->notes = plx_notes_new ();
  self->claim_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_claim_edit_free);
  self->base = -1;
  self->pairs = g_ptr_array_new_with_free_func (plx_session_pair_free);

  return self;
}

void
plx_session_free (PlxSession *self)
{
  if (self == NULL)
    return;

  for (guint side = 0; side < 2; side++)
    g_clear_object (&self->articles[side]);
  g_clear_pointer (&self->collated, g_ptr_array_unref);
  g_free (self->language);
  g_free (self->parties);
  g_array_unref (self->links);
  plx_notes_free (self->notes);
  g_ptr_array_unref (self->claim_edits);
  g_ptr_array_unref (self->pairs);
  g_free (self);
}

/**
 * plx_session_new_for_comparison:
 * @comparison: a comparison that has run
 *
 * Returns: (transfer full): the session that saves @comparison
 */
PlxSession *
plx_session_new_for_comparison (PlxComparison *comparison)
{
  PlxSession *self;
  PlxParties *parties;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (plx_comparison_is_done (comparison), NULL);

  self = plx_session_new_empty ();
  for (guint side = 0; side < 2; side++)
    self->articles[side] = g_object_ref (plx_comparison_get_article (comparison, side));
  self->language = g_strdup (plx_comparison_get_language (comparison));
  self->sensitivity = plx_comparison_get_sensitivity (comparison);

  parties = plx_comparison_get_parties (comparison);
  if (parties != NULL)
    self->parties = plx_parties_to_json (parties);

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      PlxSessionLink kept = { NULL, NULL, -1, -1 };

      if (!link->manual)
        continue;
      kept.a = plx_article_dup_sentence_texts (self->articles[PLX_SIDE_A], link->a_start,
                                               link->a_end);
      kept.b = plx_article_dup_sentence_texts (self->articles[PLX_SIDE_B], link->b_start,
                                               link->b_end);
      g_array_append_val (self->links, kept);
    }
  plx_notes_replace (self->notes, plx_comparison_get_notes (comparison));
  plx_session_keep_claim_edits (self, comparison);

  return self;
}

static void
add_texts (JsonBuilder *builder,
           const char  *name,
           GStrv        texts)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    json_builder_add_string_value (builder, texts[i]);
  json_builder_end_array (builder);
}

/* Writes @member only when it has a @value (plx-session-claims.c too). */
void
plx_session_add_optional_string (JsonBuilder *builder,
                                 const char  *member,
                                 const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

/* What the page said about the article, as the JSON report writes it: read
 * again from the session, since the page itself is not kept. */
static void
add_metadata (JsonBuilder       *builder,
              const PlxMetadata *metadata)
{
  json_builder_set_member_name (builder, "metadata");
  json_builder_begin_object (builder);
  plx_session_add_optional_string (builder, "headline", metadata->headline);
  plx_session_add_optional_string (builder, "site_name", metadata->site_name);
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  for (guint i = 0; metadata->authors != NULL && metadata->authors[i] != NULL; i++)
    json_builder_add_string_value (builder, metadata->authors[i]);
  json_builder_end_array (builder);
  plx_session_add_optional_string (builder, "published", metadata->published);
  plx_session_add_optional_string (builder, "modified", metadata->modified);
  plx_session_add_optional_string (builder, "url", metadata->url);
  plx_session_add_optional_string (builder, "language", metadata->language);
  json_builder_end_object (builder);
}

static void
add_article (JsonBuilder *builder,
             PlxArticle  *article)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  PlxFormat format = plx_article_get_format (article);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, plx_article_get_title (article));
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, plx_article_get_source (article));
  if (plx_article_get_retrieved (article) != NULL)
    {
      json_builder_set_member_name (builder, "retrieved");
      json_builder_add_string_value (builder, plx_article_get_retrieved (article));
    }
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, plx_session_format_names[format]);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, plx_article_get_text (article));
  if (!plx_metadata_is_empty (plx_article_get_metadata (article)))
    add_metadata (builder, plx_article_get_metadata (article));

  /* Markup's headings cannot be found again in the bare text. */
  json_builder_set_member_name (builder, "headings");
  json_builder_begin_array (builder);
  for (guint i = 0; format != PLX_FORMAT_TEXT && i < n; i++)
    if (sentences[i].kind != PLX_SENTENCE_BODY)
      {
        json_builder_begin_array (builder);
        json_builder_add_int_value (builder, sentences[i].start);
        json_builder_add_int_value (builder, sentences[i].end);
        json_builder_end_array (builder);
      }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * plx_session_to_bytes:
 *
 * Returns: (transfer full): the session as the JSON of a `.parallax` file
 */
GBytes *
plx_session_to_bytes (PlxSession *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  char *data;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, SESSION_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, SESSION_VERSION);

  json_builder_set_member_name (builder, "settings");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "language");
  if (self->language != NULL)
    json_builder_add_string_value (builder, self->language);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "sensitivity");
  json_builder_add_double_value (builder, self->sensitivity);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plx_session_get_n_articles (self); i++)
    add_article (builder, plx_session_get_nth_article (self, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "parties");
  if (self->parties != NULL)
    json_builder_add_value (builder, json_from_string (self->parties, NULL));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint k = 0; k < self->links->len; k++)
    {
      PlxSessionLink *link = &g_array_index (self->links, PlxSessionLink, k);

      json_builder_begin_object (builder);
      plx_session_write_link_places (self, builder, link);
      add_texts (builder, "a", link->a);
      add_texts (builder, "b", link->b);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "notes");
  plx_notes_to_json (self->notes, builder);
  plx_session_write_claim_edits (self, builder);
  plx_session_write_pairs (self, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);

  return g_bytes_new_take (data, length);
}

/**
 * plx_session_save:
 * @file: the `.parallax` file to write
 *
 * Writes the session with plx_save_bytes(): whole or not at all, through
 * a link to its target, never over a folder, FIFO or device. Blocks.
 *
 * Returns: whether @file holds the session; if not, @error says why
 */
gboolean
plx_session_save (PlxSession *self,
                  GFile      *file,
                  GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A file this large would be refused when opened: better to say so now,
   * while the comparison is still on screen. Only two articles near the
   * size limit that are mostly line breaks or quotes (each escaped in two
   * bytes) come here. */
  bytes = plx_session_to_bytes (self);
  if (g_bytes_get_size (bytes) > SESSION_MAX_BYTES)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   _("Could not save “%s”: the two articles are too long to be kept together "
                     "in a session file."), name);
      return FALSE;
    }

  return plx_save_bytes (file, bytes, error);
}

PlxArticle *
plx_session_get_article (PlxSession *self,
                         PlxSide     side)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->articles[side];
}

const char *
plx_session_get_language (PlxSession *self)
{
  return self->language;
}

double
plx_session_get_sensitivity (PlxSession *self)
{
  return self->sensitivity;
}

guint
plx_session_get_n_links (PlxSession *self)
{
  return self->links->len;
}

/**
 * plx_session_create_comparison:
 *
 * Returns: (transfer full): a comparison of the session's articles with
 *   its settings and parties, not yet run
 */
PlxComparison *
plx_session_create_comparison (PlxSession *self)
{
  PlxComparison *comparison;

  g_return_val_if_fail (self != NULL, NULL);

  comparison = plx_comparison_new (self->articles[PLX_SIDE_A], self->articles[PLX_SIDE_B]);
  plx_comparison_set_language (comparison, self->language);
  plx_comparison_set_sensitivity (comparison, self->sensitivity);
  plx_comparison_set_parties_data (comparison, self->parties);

  return comparison;
}

/**
 * plx_session_restore_links:
 * @comparison: a comparison made by plx_session_create_comparison() that has run
 *
 * Makes the session's manual links again, and its corrections of claims.
 *
 * Returns: how many could be made
 */
guint
plx_session_restore_links (PlxSession    *self,
                           PlxComparison *comparison)
{
  guint restored = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (plx_comparison_is_done (comparison), 0);

  /* One group, so that claims are compared and ::changed emitted once, and
   * nothing to undo: the links are part of what was opened. */
  plx_comparison_begin_edit (comparison);
  for (guint k = 0; k < self->links->len; k++)
    {
      PlxSessionLink *link = &g_array_index (self->links, PlxSessionLink, k);
      int a = plx_article_find_sentences (plx_comparison_get_article (comparison, PLX_SIDE_A),
                                          (const char *const *) link->a);
      int b = plx_article_find_sentences (plx_comparison_get_article (comparison, PLX_SIDE_B),
                                          (const char *const *) link->b);

      if (a >= 0 && b >= 0)
        plx_comparison_add_link (comparison, a, a + g_strv_length (link->a), b,
                                 b + g_strv_length (link->b), NULL);
    }
  plx_session_restore_claim_edits (self, comparison);
  plx_comparison_end_edit (comparison);
  plx_comparison_forget_edits (comparison);

  /* A link that shares a sentence with a later one gave way to it: what
   * counts is the manual links standing at the end. */
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    if (plx_comparison_get_link (comparison, k)->manual)
      restored++;

  return restored;
}

guint
plx_session_get_n_notes (PlxSession *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return plx_notes_get_n (self->notes);
}

/**
 * plx_session_get_n_dropped_notes:
 *
 * Returns: how many notes of the file were left out when it was read: not
 *   notes (binary text, no anchor), past the end of their article, or
 *   beyond the %PLX_NOTES_MAX a session keeps
 */
guint
plx_session_get_n_dropped_notes (PlxSession *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->notes_dropped;
}

/**
 * plx_session_restore_notes:
 * @comparison: a comparison of the session's articles, or of the articles
 *   as reloaded, that has run
 *
 * Puts the session's notes on @comparison, each where its words now stand.
 *
 * Returns: how many notes could not be put back (their words are gone)
 */
guint
plx_session_restore_notes (PlxSession    *self,
                           PlxComparison *comparison)
{
  g_return_val_if_fail (self != NULL, 0);

  return plx_comparison_restore_notes (comparison, self->notes);
}
