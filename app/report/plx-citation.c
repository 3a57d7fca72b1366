/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation line of an article: outlet · authors · date · address, from
 * the metadata its page gives (plx-document.h). The window's pane headers
 * and every report build it here, so that all show the same line. A page's
 * metadata is input from anywhere: every part is folded to one line, rid of
 * control and direction-override characters, and cut to length; only an
 * http(s) address is ever made a link. It does not fetch or check anything:
 * the time a fetched page was retrieved is given by whoever fetched it. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "plx-citation.h"
#include "plx-report-common.h"

#define MAX_OUTLET_CHARS 120
#define MAX_AUTHOR_CHARS 100
#define MAX_DATE_CHARS   80
#define MAX_URL_CHARS    2048
/* More authors than this read as a list, not a byline. */
#define MAX_AUTHORS      3

static gboolean
is_format_char (gunichar c)
{
  /* Marks and overrides that would turn the text around the part. */
  return (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* @text as one line: runs of white space and control characters become one
 * space, format characters go, and it is cut to @max_chars with an
 * ellipsis. NULL when nothing is left. */
static char *
clean_part (const char *text,
            guint       max_chars,
            gboolean   *cut)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *valid = NULL;
  gboolean space = FALSE;
  guint n = 0;

  if (cut != NULL)
    *cut = FALSE;
  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        {
          space = out->len > 0;
          continue;
        }
      if (is_format_char (c))
        continue;
      if (n + (space ? 1 : 0) >= max_chars)
        {
          g_string_append (out, "…");
          if (cut != NULL)
            *cut = TRUE;
          break;
        }
      if (space)
        {
          g_string_append_c (out, ' ');
          n++;
          space = FALSE;
        }
      g_string_append_unichar (out, c);
      n++;
    }

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static char *
join_authors (const char *const *authors)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) first = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      char *name = clean_part (authors[i], MAX_AUTHOR_CHARS, NULL);

      if (name == NULL)
        continue;
      n++;
      if (names->len < MAX_AUTHORS)
        g_ptr_array_add (names, name);
      else
        g_free (name);
    }
  if (n == 0)
    return NULL;
  if (n == 1)
    return g_strdup (g_ptr_array_index (names, 0));

  for (guint i = 0; i + (n <= MAX_AUTHORS ? 1 : 0) < names->len; i++)
    {
      if (i > 0)
        /* Translators: between authors' names in a list, "Jane Doe, John Roe". */
        g_string_append (first, _(", "));
      g_string_append (first, (const char *) g_ptr_array_index (names, i));
    }
  if (n > MAX_AUTHORS)
    /* Translators: "Jane Doe, John Roe, Ann Poe and 2 more" (authors). */
    return g_strdup_printf (ngettext ("%s and %u more", "%s and %u more", n - MAX_AUTHORS),
                            first->str, n - MAX_AUTHORS);

  /* Translators: the last two authors of a list, "Jane Doe and John Roe". */
  return g_strdup_printf (_("%s and %s"), first->str,
                          (const char *) g_ptr_array_index (names, names->len - 1));
}

/* Whether @text opens with an ISO 8601 day, alone or before a time
 * ("2025-03-04", "2025-03-04T10:00+0100", "2025-03-04 10:00:00.000000"). */
static gboolean
opens_with_iso_day (const char *text)
{
  static const char shape[] = "dddd-dd-dd";
  char after;

  for (guint i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;
  after = text[sizeof shape - 1];

  return after == '\0' ||
         ((after == 'T' || after == 't' || after == ' ') && g_ascii_isdigit (text[sizeof shape]));
}

/**
 * plx_citation_format_date:
 * @date: (nullable): a date as a page gives it
 *
 * An ISO 8601 date ("2025-03-04", "2025-03-04T10:00:00+01:00") as the
 * reader's language writes a day, on the day the page gives (not moved to
 * the reader's time zone); any other date as the page gives it, cleaned.
 *
 * Returns: (transfer full) (nullable): the date for reading
 */
char *
plx_citation_format_date (const char *date)
{
  g_autofree char *clean = clean_part (date, MAX_DATE_CHARS, NULL);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  char *formatted;

  if (clean == NULL)
    return NULL;
  /* The day as the page writes it, whatever shape its time has: that is
   * the day in the page's own time zone. */
  if (opens_with_iso_day (clean))
    time = g_date_time_new (utc, atoi (clean), atoi (clean + 5), atoi (clean + 8), 0, 0, 0);
  if (time == NULL)
    return g_steal_pointer (&clean);

  /* Translators: how a citation writes the day an article was published,
   * in g_date_time_format()'s codes: "4 March 2025". */
  formatted = g_date_time_format (time, _("%-d %B %Y"));

  return formatted != NULL ? formatted : g_steal_pointer (&clean);
}

static gboolean
is_web_address (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  /* A link's text and target are the same string: anything that could
   * break out of an attribute or an autolink is not linked. */
  if (url == NULL || strpbrk (url, " <>\"'`\\") != NULL)
    return FALSE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);

  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0';
}

static char *
dup_date (const PlxMetadata *metadata)
{
  g_autofree char *published = plx_citation_format_date (metadata->published);
  g_autofree char *modified = plx_citation_format_date (metadata->modified);

  if (published != NULL && (modified == NULL || g_str_equal (published, modified)))
    return g_steal_pointer (&published);
  if (published == NULL && modified == NULL)
    return NULL;
  if (published == NULL)
    /* Translators: a citation's date when only the update is known,
     * "updated 5 March 2025". */
    return g_strdup_printf (_("updated %s"), modified);

  /* Translators: a citation's date, "4 March 2025, updated 5 March 2025". */
  return g_strdup_printf (_("%s, updated %s"), published, modified);
}

/**
 * plx_citation_new:
 * @metadata: what a page says about its article
 * @retrieved: (nullable): when the page was fetched, for a fetched page
 *
 * Returns: (transfer full): the citation of the article
 */
PlxCitation *
plx_citation_new (const PlxMetadata *metadata,
                  GDateTime         *retrieved)
{
  PlxCitation *self;
  gboolean cut;

  g_return_val_if_fail (metadata != NULL, NULL);

  self = g_new0 (PlxCitation, 1);
  self->outlet = clean_part (metadata->site_name, MAX_OUTLET_CHARS, NULL);
  self->authors = join_authors ((const char *const *) metadata->authors);
  self->date = dup_date (metadata);
  self->url = clean_part (metadata->url, MAX_URL_CHARS, &cut);
  self->url_is_web = !cut && is_web_address (self->url);
  if (retrieved != NULL)
    {
      /* Translators: when a fetched page was retrieved, in
       * g_date_time_format()'s codes: "30 November 2026, 10:49 UTC". */
      g_autofree char *when = g_date_time_format (retrieved, _("%-d %B %Y, %H:%M %Z"));

      /* Translators: in a citation, "retrieved 30 November 2026, 10:49 UTC". */
      self->retrieved = when != NULL ? g_strdup_printf (_("retrieved %s"), when) : NULL;
    }

  return self;
}

/**
 * plx_citation_new_for_article:
 *
 * The citation of @article. An article read from an http(s) address whose
 * page names no canonical address is cited at the address it was read
 * from.
 *
 * Returns: (transfer full): the citation of the article
 */
PlxCitation *
plx_citation_new_for_article (PlxArticle *article)
{
  const PlxMetadata *metadata;
  const char *source;
  PlxMetadata with_source;
  PlxCitation *self;
  g_autoptr(GDateTime) retrieved = NULL;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  metadata = plx_article_get_metadata (article);
  source = plx_article_get_source (article);
  /* A fetched page says when it was retrieved. */
  if (plx_article_get_retrieved (article) != NULL)
    retrieved = g_date_time_new_from_iso8601 (plx_article_get_retrieved (article), NULL);
  if (metadata->url != NULL || source == NULL ||
      (g_ascii_strncasecmp (source, "http://", 7) != 0 &&
       g_ascii_strncasecmp (source, "https://", 8) != 0))
    return plx_citation_new (metadata, retrieved);

  with_source = *metadata;
  with_source.url = (char *) source;
  self = plx_citation_new (&with_source, retrieved);

  return self;
}

void
plx_citation_free (PlxCitation *self)
{
  if (self == NULL)
    return;
  g_free (self->outlet);
  g_free (self->authors);
  g_free (self->date);
  g_free (self->retrieved);
  g_free (self->url);
  g_free (self);
}

gboolean
plx_citation_is_empty (const PlxCitation *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->outlet == NULL && self->authors == NULL && self->date == NULL &&
         self->retrieved == NULL && self->url == NULL;
}

typedef enum
{
  STYLE_TEXT,
  STYLE_HTML,
  STYLE_MARKDOWN,
} Style;

static void
append_part (GString    *out,
             Style       style,
             const char *part)
{
  if (part == NULL)
    return;
  if (out->len > 0)
    g_string_append (out, " · ");
  if (style == STYLE_HTML)
    plx_report_append_escaped (out, part);
  else if (style == STYLE_MARKDOWN)
    plx_report_append_markdown (out, part);
  else
    g_string_append (out, part);
}

static char *
build (const PlxCitation *self,
       Style              style,
       gboolean           with_url)
{
  GString *out = g_string_new (NULL);

  append_part (out, style, self->outlet);
  append_part (out, style, self->authors);
  append_part (out, style, self->date);
  append_part (out, style, self->retrieved);
  if (!with_url || self->url == NULL)
    return g_string_free (out, FALSE);

  if (!self->url_is_web || style == STYLE_TEXT)
    append_part (out, style, self->url);
  else if (style == STYLE_HTML)
    {
      g_autofree char *escaped = g_markup_escape_text (self->url, -1);

      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append_printf (out, "<a href=\"%s\">%s</a>", escaped, escaped);
    }
  else
    g_string_append_printf (out, "%s<%s>", out->len > 0 ? " · " : "", self->url);

  return g_string_free (out, FALSE);
}

/**
 * plx_citation_dup_byline:
 *
 * Returns: (transfer full): outlet · authors · date (· retrieved), without
 *   the address; "" when none is known
 */
char *
plx_citation_dup_byline (const PlxCitation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return build (self, STYLE_TEXT, FALSE);
}

/**
 * plx_citation_dup_text:
 *
 * Returns: (transfer full): the whole line as plain text,
 *   "Reuters · Jane Doe · 4 March 2025 · https://…"; "" when nothing is known
 */
char *
plx_citation_dup_text (const PlxCitation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return build (self, STYLE_TEXT, TRUE);
}

/**
 * plx_citation_dup_html:
 *
 * Returns: (transfer full): the whole line as HTML (also Pango markup):
 *   every part escaped, the address a link only when it is http(s)
 */
char *
plx_citation_dup_html (const PlxCitation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return build (self, STYLE_HTML, TRUE);
}

/**
 * plx_citation_dup_markdown:
 *
 * Returns: (transfer full): the whole line as Markdown, the address an
 *   autolink only when it is http(s)
 */
char *
plx_citation_dup_markdown (const PlxCitation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return build (self, STYLE_MARKDOWN, TRUE);
}
