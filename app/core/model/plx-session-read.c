/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading a session (`.parallax`, described in plx-session.c). A session
 * file is input like any other: every field is checked before anything is
 * built from it, and a file that fails gets one error naming the file and
 * what is wrong. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-load.h"
#include "plx-parties.h"
#include "plx-session-private.h"

/* Reading. Every check sets one error that names the file. */

static gboolean
fail (GError    **error,
      const char *name,
      const char *what)
{
  /* Translators: the second %s says what is wrong, e.g. "article B has no text". */
  g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
               _("“%s” is not a usable Parallax session: %s."), name, what);
  return FALSE;
}

static int
read_hex4 (const char *p,
           gsize       length)
{
  int value = 0;

  if (length < 4)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* json-glib decodes a \u escape of a lone UTF-16 surrogate into bytes that
 * are not UTF-8 (swallowing the character after it), and \u0000 into a
 * NUL that cuts the string short: the text would come out blank or cut,
 * and saving it again would write a file that cannot be opened. Those
 * escapes are replaced by U+FFFD, the replacement character, before
 * parsing, so the text loads and saves back as valid UTF-8. Each stays one
 * character, so the character offsets of headings still fit. Returns a
 * mended copy of @data, or NULL when nothing needed mending. */
static char *
mend_escapes (const char *data,
              gsize       length)
{
  char *mended = NULL;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      int unit;
      gboolean lone;

      if (!in_string)
        {
          in_string = data[i] == '"';
          continue;
        }
      if (data[i] == '"')
        {
          in_string = FALSE;
          continue;
        }
      if (data[i] != '\\')
        continue;
      if (i + 1 >= length || data[i + 1] != 'u' ||
          (unit = read_hex4 (data + i + 2, length - i - 2)) < 0)
        {
          i++; /* a short escape, or a broken one the parser will report */
          continue;
        }

      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          int low = i + 7 < length && data[i + 6] == '\\' && data[i + 7] == 'u'
                      ? read_hex4 (data + i + 8, length - i - 8)
                      : -1;

          if (low >= 0xDC00 && low <= 0xDFFF)
            {
              i += 11; /* a pair: one character beyond the BMP */
              continue;
            }
          lone = TRUE;
        }
      else
        lone = unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF);

      if (lone)
        {
          if (mended == NULL)
            mended = g_memdup2 (data, length);
          memcpy (mended + i, "\\ufffd", 6);
        }
      i += 5;
    }

  return mended;
}

/* The string a node holds, if it is one and valid UTF-8. The file was
 * checked as UTF-8 and its escapes mended before parsing, so the check
 * only guards against a parser that decodes differently. */
static const char *
string_of (JsonNode *node)
{
  const char *string = json_node_get_string (node);

  return string != NULL && g_utf8_validate (string, -1, NULL) ? string : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return string_of (node);
}

static GStrv
read_texts (JsonObject *object,
            const char *member,
            PlxArticle *article)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;
  guint n;
  GStrv texts;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n == 0 || n > plx_article_get_n_sentences (article))
    return NULL;

  texts = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING ||
          string_of (item) == NULL)
        {
          g_strfreev (texts);
          return NULL;
        }
      texts[i] = g_strdup (string_of (item));
    }

  return texts;
}

/* Whether [@start, @end) of @text covers whole lines, blanks aside: the
 * segmenter makes every line a heading touches one heading sentence, so a
 * span over part of a line would swallow the sentences beside it. */
static gboolean
span_covers_lines (const char *text,
                   const char *start,
                   const char *end)
{
  for (const char *p = start; p > text;)
    {
      const char *prev = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (prev);

      if (c == '\n')
        break;
      if (!g_unichar_isspace (c))
        return FALSE;
      p = prev;
    }

  for (const char *p = end; *p != '\0' && *p != '\n'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* A copy of @text cut to @max_chars characters, the last an ellipsis. */
static char *
dup_bounded (const char *text,
             guint       max_chars)
{
  const char *end = text;

  if (text == NULL)
    return NULL;
  for (guint n = 0; *end != '\0' && n < max_chars - 1; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0' || *g_utf8_next_char (end) == '\0')
    return g_strdup (text);

  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* Where the walk over the text of an article has come to: headings come in
 * order, so the text is walked once. */
typedef struct
{
  const char *cursor;
  guint       cursor_offset;
  guint       last_end;
  guint       n_chars;
} HeadingWalk;

/* Reads one heading, a pair [start, end] of character offsets, into
 * @document. Returns FALSE when @item is not such a pair in order, after
 * the one before and inside the text. */
static gboolean
read_heading (PlxDocument *document,
              JsonNode    *item,
              HeadingWalk *walk)
{
  JsonArray *pair = JSON_NODE_HOLDS_ARRAY (item) ? json_node_get_array (item) : NULL;
  gint64 start, end;
  const char *start_p;
  const char *end_p;
  PlxSpan span;

  if (pair == NULL || json_array_get_length (pair) != 2 ||
      json_node_get_value_type (json_array_get_element (pair, 0)) != G_TYPE_INT64 ||
      json_node_get_value_type (json_array_get_element (pair, 1)) != G_TYPE_INT64)
    return FALSE;

  start = json_array_get_int_element (pair, 0);
  end = json_array_get_int_element (pair, 1);
  /* In order, not overlapping, inside the text. */
  if (start < walk->last_end || end <= start || end > walk->n_chars)
    return FALSE;

  start_p = g_utf8_offset_to_pointer (walk->cursor, start - walk->cursor_offset);
  end_p = g_utf8_offset_to_pointer (start_p, end - start);
  walk->cursor = end_p;
  walk->cursor_offset = end;
  walk->last_end = end;
  /* A span over part of a line is not a heading Parallax saved (its
   * headings are lines); it is left out and the segmenter judges that line
   * as it would any other. */
  if (span_covers_lines (document->text, start_p, end_p))
    {
      span.start = start;
      span.end = end;
      g_array_append_val (document->headings, span);
    }

  return TRUE;
}

/* Markup's headings, which cannot be found again in the bare text. */
static gboolean
read_headings (PlxDocument *document,
               JsonNode    *headings)
{
  HeadingWalk walk = { document->text, 0, 0, g_utf8_strlen (document->text, -1) };
  JsonArray *array;

  if (headings == NULL || JSON_NODE_HOLDS_NULL (headings))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (headings))
    return FALSE;

  array = json_node_get_array (headings);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_heading (document, json_array_get_element (array, i), &walk))
      return FALSE;

  return TRUE;
}

/* The document of an article whose @text has been checked: its title cut
 * to length, its format if it names one, no headings yet. */
static PlxDocument *
new_document (JsonObject *object,
              const char *text)
{
  PlxDocument *document = g_new0 (PlxDocument, 1);
  const char *format = get_string (object, "format");

  document->text = g_strdup (text);
  document->title = dup_bounded (get_string (object, "title"), SESSION_MAX_TITLE_CHARS);
  document->headings = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  for (guint f = 0; format != NULL && f < G_N_ELEMENTS (plx_session_format_names); f++)
    if (g_str_equal (format, plx_session_format_names[f]))
      document->format = f;

  return document;
}

/* The page's metadata, if the session keeps it (sessions before it do
 * not). Like a title, a value of the wrong type is left out and one too
 * long is cut: the article opens all the same. */
static void
read_metadata (PlxMetadata *metadata,
               JsonNode    *node)
{
  JsonObject *object;
  JsonNode *authors;
  GPtrArray *names = g_ptr_array_new ();

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      object = json_node_get_object (node);
      metadata->headline = dup_bounded (get_string (object, "headline"), SESSION_MAX_TITLE_CHARS);
      metadata->site_name = dup_bounded (get_string (object, "site_name"), SESSION_MAX_TITLE_CHARS);
      metadata->published = dup_bounded (get_string (object, "published"), SESSION_MAX_TITLE_CHARS);
      metadata->modified = dup_bounded (get_string (object, "modified"), SESSION_MAX_TITLE_CHARS);
      metadata->url = dup_bounded (get_string (object, "url"), SESSION_MAX_SOURCE_CHARS);
      metadata->language = dup_bounded (get_string (object, "language"), SESSION_MAX_TITLE_CHARS);

      authors = json_object_get_member (object, "authors");
      for (guint i = 0; authors != NULL && JSON_NODE_HOLDS_ARRAY (authors) &&
                        i < json_array_get_length (json_node_get_array (authors)) &&
                        names->len < SESSION_MAX_AUTHORS; i++)
        {
          JsonNode *item = json_array_get_element (json_node_get_array (authors), i);
          const char *name = JSON_NODE_HOLDS_VALUE (item) &&
                             json_node_get_value_type (item) == G_TYPE_STRING ? string_of (item)
                                                                               : NULL;

          if (name != NULL && name[0] != '\0')
            g_ptr_array_add (names, dup_bounded (name, SESSION_MAX_TITLE_CHARS));
        }
    }
  g_ptr_array_add (names, NULL);
  metadata->authors = (GStrv) g_ptr_array_free (names, FALSE);
}

/* When a fetched article was retrieved, if the session gives a valid time. */
static char *
dup_retrieved (const char *value)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (value == NULL || strlen (value) > 64)
    return NULL;
  time = g_date_time_new_from_iso8601 (value, NULL);
  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

PlxArticle *
plx_session_read_article (JsonNode   *node,
                          const char *name,
                          const char *id,
                          GError    **error)
{
  g_autoptr(PlxDocument) document = NULL;
  g_autofree char *what = NULL;
  g_autofree char *source = NULL;
  JsonObject *object;
  const char *text;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      what = g_strdup_printf (_("article %s is not an object"), id);
      fail (error, name, what);
      return NULL;
    }
  object = json_node_get_object (node);
  text = get_string (object, "text");
  if (text == NULL || text[0] == '\0' || strlen (text) > PLX_DOCUMENT_MAX_BYTES)
    {
      what = g_strdup_printf (_("article %s has no text, or too much"), id);
      fail (error, name, what);
      return NULL;
    }

  document = new_document (object, text);
  if (!read_headings (document, json_object_get_member (object, "headings")))
    {
      what = g_strdup_printf (_("the headings of article %s do not fit its text"), id);
      fail (error, name, what);
      return NULL;
    }

  read_metadata (&document->metadata, json_object_get_member (object, "metadata"));
  source = dup_bounded (get_string (object, "source"), SESSION_MAX_SOURCE_CHARS);
  document->retrieved = dup_retrieved (get_string (object, "retrieved"));

  return plx_article_new_from_document (document, source);
}

static gboolean
read_settings (PlxSession *self,
               JsonNode   *node,
               const char *name,
               GError    **error)
{
  JsonObject *object;
  JsonNode *language;
  JsonNode *sensitivity;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, name, _("its settings are not an object"));

  object = json_node_get_object (node);
  language = json_object_get_member (object, "language");
  if (language != NULL && !JSON_NODE_HOLDS_NULL (language))
    {
      const char *code = get_string (object, "language");

      if (code == NULL || !plx_language_is_supported (code))
        return fail (error, name, _("its language is not one Parallax knows"));
      self->language = g_strdup (code);
    }

  sensitivity = json_object_get_member (object, "sensitivity");
  if (sensitivity != NULL)
    {
      GType type = JSON_NODE_HOLDS_VALUE (sensitivity) ? json_node_get_value_type (sensitivity)
                                                       : G_TYPE_INVALID;
      double value = type == G_TYPE_DOUBLE  ? json_node_get_double (sensitivity)
                     : type == G_TYPE_INT64 ? (double) json_node_get_int (sensitivity)
                                            : -1;

      if (!(value >= 0 && value <= 1))
        return fail (error, name, _("its sensitivity is not a number from 0 to 1"));
      self->sensitivity = value;
    }

  return TRUE;
}

static gboolean
read_parties (PlxSession *self,
              JsonNode   *node,
              const char *name,
              GError    **error)
{
  g_autoptr(PlxParties) parties = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  data = json_to_string (node, FALSE);
  parties = plx_parties_new (&local_error);
  if (parties == NULL || !plx_parties_add_data (parties, data, strlen (data), name, &local_error))
    return fail (error, name, local_error->message);

  self->parties = g_steal_pointer (&data);

  return TRUE;
}

/* The most manual links the session's articles can hold: those of a pair
 * share no sentence; with three or more articles each link joins the base
 * to another article, so at most all the sentences of all of them. */
static guint
max_links (PlxSession *self)
{
  guint total = 0;

  if (self->collated == NULL)
    return MIN (plx_article_get_n_sentences (self->articles[PLX_SIDE_A]),
                plx_article_get_n_sentences (self->articles[PLX_SIDE_B]));
  for (guint k = 0; k < self->collated->len; k++)
    total += plx_article_get_n_sentences (g_ptr_array_index (self->collated, k));

  return total;
}

/* One string per link, the same for the same sentences: each text with
 * its length in front, so no text can pass for two. */
static char *
link_key (const PlxSessionLink *link)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; link->a[i] != NULL; i++)
    g_string_append_printf (key, "%" G_GSIZE_FORMAT ":%s", strlen (link->a[i]), link->a[i]);
  g_string_append_c (key, '|');
  for (guint i = 0; link->b[i] != NULL; i++)
    g_string_append_printf (key, "%" G_GSIZE_FORMAT ":%s", strlen (link->b[i]), link->b[i]);

  return g_string_free (key, FALSE);
}

static gboolean
read_links (PlxSession *self,
            JsonNode   *node,
            const char *name,
            GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, name, _("its links are not a list"));

  array = json_node_get_array (node);
  for (guint k = 0; k < json_array_get_length (array); k++)
    {
      JsonNode *item = json_array_get_element (array, k);
      PlxSessionLink link = { NULL, NULL, -1, -1 };

      /* Three or more articles: each link names the two it ties. */
      if (JSON_NODE_HOLDS_OBJECT (item) &&
          plx_session_read_link_places (self, json_node_get_object (item), &link))
        {
          link.a = read_texts (json_node_get_object (item), "a",
                               link.base >= 0 ? plx_session_get_nth_article (self, link.base)
                                              : self->articles[PLX_SIDE_A]);
          link.b = read_texts (json_node_get_object (item), "b",
                               link.other >= 0 ? plx_session_get_nth_article (self, link.other)
                                               : self->articles[PLX_SIDE_B]);
        }
      if (link.a == NULL || link.b == NULL)
        {
          plx_session_link_clear (&link);
          return fail (error, name, _("one of its manual links does not name sentences"));
        }

      /* The same link twice is one link. */
      if (g_hash_table_add (seen, link_key (&link)))
        g_array_append_val (self->links, link);
      else
        plx_session_link_clear (&link);
    }

  /* Manual links never share a sentence, so there are at most as many as
   * the shorter article has sentences; a list longer than that was not
   * saved by Parallax, and restoring each would compare the claims again. */
  if (self->links->len > max_links (self))
    return fail (error, name, _("it has more manual links than its articles have sentences"));

  return TRUE;
}

/* Parses @bytes into @parser: a file of a session's size, UTF-8 text that
 * is JSON (its escapes mended first). */
static gboolean
parse_session (JsonParser *parser,
               GBytes     *bytes,
               const char *name,
               GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *mended = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length == 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                   _("“%s” is empty: it holds no Parallax session."), name);
      return FALSE;
    }
  if (length > SESSION_MAX_BYTES)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a Parallax session."), name);
      return FALSE;
    }
  if (memchr (data, '\0', length) == NULL && !g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("“%s” is damaged: a Parallax session is UTF-8 text, and this file is "
                     "not."), name);
      return FALSE;
    }
  mended = mend_escapes (data, length);
  if (mended != NULL)
    data = mended;
  /* A session is never nested deeper than SESSION_MAX_DEPTH. */
  if (!plx_load_json (parser, data, length, SESSION_MAX_DEPTH, &local_error))
    {
      /* Blanks alone parse as JSON without a root. */
      if (g_error_matches (local_error, PLX_ERROR, PLX_ERROR_EMPTY))
        g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                     _("“%s” is empty: it holds no Parallax session."), name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                     _("“%s” is not a Parallax session, or it is damaged: it cannot be read "
                       "as JSON."), name);
      return FALSE;
    }

  return TRUE;
}

/* Whether @root is marked as a session of the version this Parallax reads. */
static gboolean
check_version (JsonObject *root,
               const char *name,
               GError    **error)
{
  JsonNode *version;
  gint64 number;

  if (g_strcmp0 (get_string (root, "format"), SESSION_FORMAT) != 0)
    return fail (error, name, _("it is not marked as a Parallax session"));

  version = json_object_get_member (root, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return fail (error, name, _("it has no version"));

  /* json-glib reads a number too large for 64 bits as -1. */
  number = json_node_get_int (version);
  if (number == SESSION_VERSION)
    return TRUE;

  if (number > SESSION_VERSION && number <= G_MAXINT)
    g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                 _("“%s” was saved by a newer Parallax (session version %d; this one reads "
                   "version %d). Update Parallax to open it."), name, (int) number,
                 SESSION_VERSION);
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                 _("“%s” is not a usable Parallax session: its version is not one Parallax "
                   "ever wrote (this Parallax reads session version %d)."), name,
                 SESSION_VERSION);

  return FALSE;
}

static gboolean
read_articles (PlxSession *self,
               JsonNode   *node,
               const char *name,
               GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) < 2)
    return fail (error, name, _("it does not hold two articles"));
  /* A session of three or more articles (plx-session-collation.c). */
  if (json_array_get_length (json_node_get_array (node)) > 2)
    return plx_session_read_collated (self, json_node_get_array (node), name, error);

  for (guint side = 0; side < 2; side++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (node), side);

      self->articles[side] = plx_session_read_article (item, name, side == PLX_SIDE_A ? "A" : "B",
                                                       error);
      if (self->articles[side] == NULL)
        return FALSE;
      if (plx_article_get_n_sentences (self->articles[side]) == 0)
        return fail (error, name, side == PLX_SIDE_A ? _("article A has no sentences")
                                                     : _("article B has no sentences"));
    }

  return TRUE;
}

/* The notes, once the articles are read: a note past the end of its
 * article, or whose words are not where it says, is left out and counted
 * with those that are no notes at all. */
gboolean
plx_session_read_notes (PlxSession *self,
                        JsonNode   *node,
                        const char *name,
                        GError    **error)
{
  g_autoptr(GError) local = NULL;
  PlxNotes *notes = plx_notes_from_json (node, &self->notes_dropped, &local);

  if (notes == NULL)
    return fail (error, name, local->message);

  plx_notes_free (self->notes);
  self->notes = notes;
  self->notes_dropped += plx_notes_reanchor (notes, self->articles[PLX_SIDE_A],
                                             self->articles[PLX_SIDE_B]);

  return TRUE;
}

/**
 * plx_session_new_from_bytes:
 * @bytes: the contents of a `.parallax` file
 * @name: the file's name, for messages
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with @error
 *   set when @bytes are not a session this version can open
 */
PlxSession *
plx_session_new_from_bytes (GBytes     *bytes,
                            const char *name,
                            GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PlxSession) self = NULL;
  JsonObject *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!parse_session (parser, bytes, name, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      fail (error, name, _("it does not hold a session object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (!check_version (root, name, error))
    return NULL;

  self = plx_session_new_empty ();
  if (!read_settings (self, json_object_get_member (root, "settings"), name, error) ||
      !read_articles (self, json_object_get_member (root, "articles"), name, error) ||
      !read_parties (self, json_object_get_member (root, "parties"), name, error) ||
      !read_links (self, json_object_get_member (root, "links"), name, error) ||
      !plx_session_read_notes (self, json_object_get_member (root, "notes"), name, error) ||
      !plx_session_read_claim_edits (self, json_object_get_member (root, "claim_edits"), name,
                                     error) ||
      !plx_session_read_pairs (self, root, name, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * plx_session_load:
 *
 * Reads a `.parallax` file. Blocks: call it from a worker thread for files
 * that may be slow to reach.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with @error set
 */
PlxSession *
plx_session_load (GFile        *file,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The same loader as every file the user names: regular files only, and
   * never more than a session may hold, whatever size the file claims. */
  bytes = plx_load_file_bounded (file, SESSION_MAX_BYTES, cancellable, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_parse_name (file);

  return plx_session_new_from_bytes (bytes, name, error);
}
