/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Turns a file or a byte buffer into article text: it sniffs the format,
 * detects and converts the encoding and normalises line ends. It does not
 * split sentences or look at words; the segmenter does that on the text it
 * returns. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-document.h"
#include "plx-document-html-private.h"
#include "plx-error.h"
#include "plx-load.h"

void
plx_document_free (PlxDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->title);
  g_free (self->address);
  g_free (self->retrieved);
  g_clear_pointer (&self->headings, g_array_unref);
  plx_metadata_clear (&self->metadata);
  g_free (self);
}

void
plx_metadata_clear (PlxMetadata *self)
{
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->site_name, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->language, g_free);
}

void
plx_metadata_copy (PlxMetadata       *dest,
                   const PlxMetadata *src)
{
  dest->headline = g_strdup (src->headline);
  dest->site_name = g_strdup (src->site_name);
  dest->authors = src->authors != NULL ? g_strdupv (src->authors) : g_new0 (char *, 1);
  dest->published = g_strdup (src->published);
  dest->modified = g_strdup (src->modified);
  dest->url = g_strdup (src->url);
  dest->language = g_strdup (src->language);
}

gboolean
plx_metadata_is_empty (const PlxMetadata *self)
{
  return self->headline == NULL && self->site_name == NULL &&
         (self->authors == NULL || self->authors[0] == NULL) && self->published == NULL &&
         self->modified == NULL && self->url == NULL && self->language == NULL;
}

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, suffix);
}

static gboolean
starts_with_ci (const guint8 *data,
                gsize         length,
                const char   *prefix)
{
  gsize n = strlen (prefix);

  return length >= n && g_ascii_strncasecmp ((const char *) data, prefix, n) == 0;
}

PlxFormat
plx_document_guess_format (const char   *name,
                           const guint8 *data,
                           gsize         length)
{
  gsize i = 0;

  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return PLX_FORMAT_PDF;

  if (name != NULL)
    {
      if (has_suffix_ci (name, ".pdf"))
        return PLX_FORMAT_PDF;
      if (has_suffix_ci (name, ".html") || has_suffix_ci (name, ".htm") ||
          has_suffix_ci (name, ".xhtml") || has_suffix_ci (name, ".mht") ||
          has_suffix_ci (name, ".mhtml"))
        return PLX_FORMAT_HTML;
      if (has_suffix_ci (name, ".md") || has_suffix_ci (name, ".markdown"))
        return PLX_FORMAT_MARKDOWN;
      if (has_suffix_ci (name, ".txt"))
        return PLX_FORMAT_TEXT;
    }

  /* No telling extension: sniff markup at the start, after a BOM and blanks. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (plx_document_is_mhtml (NULL, data, length))
    return PLX_FORMAT_HTML;
  if (starts_with_ci (data + i, length - i, "<!doctype html") ||
      starts_with_ci (data + i, length - i, "<html") ||
      starts_with_ci (data + i, length - i, "<head") ||
      starts_with_ci (data + i, length - i, "<body"))
    return PLX_FORMAT_HTML;

  return PLX_FORMAT_TEXT;
}

/* Windows-1252 leaves these five bytes undefined; C0 controls other than
 * white space do not occur in text either. A buffer that is not UTF-8 and
 * contains one of them is in no encoding we can read. */
static gboolean
looks_like_windows_1252 (const guint8 *data,
                         gsize         length)
{
  for (gsize i = 0; i < length; i++)
    {
      guint8 c = data[i];

      if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
        return FALSE;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_nul (const guint8 *data,
         gsize         length)
{
  return memchr (data, '\0', length) != NULL;
}

/* Too many control characters means a binary file that happens to be valid
 * UTF-8 (or Latin-1), such as a compressed stream without NUL bytes early on. */
static gboolean
mostly_control (const char *text)
{
  gsize controls = 0;
  gsize total = 0;

  /* Byte by byte, on valid UTF-8: a character starts at every byte that
   * does not continue one, and U+0080–U+009F are 0xC2 0x80–0x9F. */
  /* A binary file is binary from its start: the first 256 KB tell. */
  for (const guchar *p = (const guchar *) text; *p != '\0' && total < 256 * 1024; p++)
    {
      guchar c = *p;

      total += (c & 0xC0) != 0x80;
      /* One test for the common case: printable ASCII and continuation
       * bytes. */
      if (G_LIKELY (c >= 0x20 && c != 0x7F && c != 0xC2))
        continue;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F ||
          (c == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0))
        controls++;
    }

  return total > 0 && controls * 100 > total;
}

static char *
normalise_line_ends (const char *text,
                     gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *p = text;
  const char *end = text + length;

  /* Most text has neither. */
  if (memchr (text, '\r', length) == NULL && memchr (text, '\f', length) == NULL)
    {
      g_string_append_len (out, text, length);
      return g_string_free (out, FALSE);
    }

  while (p < end)
    {
      const char *stop = p;

      /* Copy up to the next \r or \f in one piece. */
      while (stop < end && *stop != '\r' && *stop != '\f')
        stop++;
      g_string_append_len (out, p, stop - p);
      if (stop >= end)
        break;
      g_string_append_c (out, '\n');
      p = stop + 1;
      if (*stop == '\r' && p < end && *p == '\n')
        p++;
    }

  return g_string_free (out, FALSE);
}

/* Finds the encoding of @data and points @utf8 at its text in UTF-8: into
 * @data, or into a converted copy returned in @converted. Returns %FALSE
 * with @error set for binary data and text in an unknown encoding. */
static gboolean
to_utf8 (const guint8 *data,
         gsize         length,
         const char   *name,
         char        **converted,
         const char  **utf8,
         gsize        *utf8_length,
         gboolean     *checked,
         GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *utf8 = (const char *) data + 3;
      *utf8_length = length - 3;
    }
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      const char *from = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      *converted = g_convert ((const char *) data + 2, length - 2, "UTF-8", from, NULL,
                              utf8_length, &local_error);
      if (*converted == NULL)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                       _("“%s” starts like UTF-16 text but cannot be decoded (%s). "
                         "Save it again as UTF-8 and retry."),
                       name, local_error->message);
          return FALSE;
        }
      *utf8 = *converted;
    }
  else if (has_nul (data, MIN (length, 64 * 1024)))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_BINARY,
                   _("“%s” is a binary file, not text. Open the article as plain text, "
                     "Markdown, HTML or PDF."),
                   name);
      return FALSE;
    }
  else if (has_nul (data, length))
    {
      /* Text far into the file, then NUL bytes: say so rather than blame the
       * encoding. */
      *utf8 = (const char *) data;
      *utf8_length = length;
    }
  else if (g_utf8_validate_len ((const char *) data, length, NULL))
    {
      *utf8 = (const char *) data;
      *utf8_length = length;
      *checked = TRUE;
    }
  else if (looks_like_windows_1252 (data, length))
    {
      *converted = g_convert ((const char *) data, length, "UTF-8", "WINDOWS-1252", NULL,
                              utf8_length, &local_error);
      if (*converted == NULL)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                       _("“%s” is neither UTF-8 nor Windows-1252 text (%s). "
                         "Save it again as UTF-8 and retry."),
                       name, local_error->message);
          return FALSE;
        }
      *utf8 = *converted;
    }
  else
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("“%s” is not valid UTF-8 and is in no other encoding Parallax "
                     "recognises. Save it again as UTF-8 and retry."),
                   name);
      return FALSE;
    }

  return TRUE;
}

char *
plx_document_decode_text (const guint8 *data,
                          gsize         length,
                          const char   *name,
                          GError      **error)
{
  g_autofree char *converted = NULL;
  const char *utf8 = NULL;
  gsize utf8_length = 0;
  gboolean checked = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!to_utf8 (data, length, name, &converted, &utf8, &utf8_length, &checked, error))
    return NULL;

  return plx_document_decode_utf8 (utf8, utf8_length, name, checked, error);
}

/* The second half of plx_document_decode_text(), for text known to be
 * UTF-8 (@checked: already validated). */
char *
plx_document_decode_utf8 (const char *utf8,
                          gsize       utf8_length,
                          const char *name,
                          gboolean    checked,
                          GError    **error)
{
  g_autofree char *text = NULL;

  /* Whatever the route, what enters the core is UTF-8 without NUL: a BOM
   * promises UTF-8 but does not make it so, and UTF-16 can encode U+0000. */
  if (memchr (utf8, '\0', utf8_length) != NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_BINARY,
                   _("“%s” contains NUL characters, so it is not plain text (or it is "
                     "damaged). Open the article as plain text, Markdown, HTML or PDF."),
                   name);
      return NULL;
    }
  if (!checked && !plx_text_check (utf8, utf8_length, name, error))
    return NULL;

  text = normalise_line_ends (utf8, utf8_length);

  if (mostly_control (text))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_BINARY,
                   _("“%s” is a binary file, not text. Open the article as plain text, "
                     "Markdown, HTML or PDF."),
                   name);
      return NULL;
    }

  return g_steal_pointer (&text);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

PlxDocument *
plx_document_new_from_bytes (GBytes     *bytes,
                             const char *name,
                             GError    **error)
{
  return plx_document_new_from_bytes_as (bytes, name, -1, error);
}

/* As plx_document_new_from_bytes(), in @format unless it is negative: a
 * fetched page's format is its Content-Type, not its address. */
PlxDocument *
plx_document_new_from_bytes_as (GBytes     *bytes,
                                const char *name,
                                int         format,
                                GError    **error)
{
  g_autoptr(PlxDocument) self = NULL;
  const guint8 *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length == 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                   _("“%s” is empty. Choose a file that contains the article’s text."), name);
      return NULL;
    }

  if (length > PLX_DOCUMENT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (PLX_DOCUMENT_MAX_BYTES);

      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s; the limit is %s). Split it or open a "
                     "shorter article."),
                   name, size, limit);
      return NULL;
    }

  self = g_new0 (PlxDocument, 1);
  self->headings = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  self->metadata.authors = g_new0 (char *, 1);
  self->format = format >= 0 ? (PlxFormat) format : plx_document_guess_format (name, data, length);

  if (!plx_document_extract (self, data, length, name, error))
    return NULL;

  /* Whatever the format's reader (libxml2, poppler) made of hostile input,
   * only valid UTF-8 enters the core. */
  if (!plx_text_check (self->text, -1, name, error))
    return NULL;
  if (self->title != NULL && !g_utf8_validate (self->title, -1, NULL))
    {
      char *valid = plx_text_make_valid (self->title, -1);

      g_free (self->title);
      self->title = valid;
    }

  if (is_blank (self->text))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                   _("“%s” contains no text. Choose a file that contains the article’s "
                     "text."),
                   name);
      return NULL;
    }

  return g_steal_pointer (&self);
}

PlxDocument *
plx_document_new_from_file (GFile        *file,
                            GCancellable *cancellable,
                            GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The loader every file the user names goes through: regular files
   * only, refused before they are opened, and never more than the limit
   * whatever size the file claims. */
  bytes = plx_load_file_bounded (file, PLX_DOCUMENT_MAX_BYTES, cancellable, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  return plx_document_new_from_bytes (bytes, name, error);
}
