/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A page saved as a single file (MHTML, .mht/.mhtml, as Chromium and
 * Edge write it): a MIME multipart/related message whose first text/html
 * part is the page, its pictures and styles in the parts after it. The page
 * is taken out (quoted-printable or base64 undone, its charset from the
 * part's header) and read as HTML; the rest is ignored. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-document-html-private.h"
#include "plx-error.h"

/* The value of header @name in the header block @headers (lines unfolded),
 * or %NULL. */
static char *
mime_header (const char *headers,
             gsize       length,
             const char *name)
{
  gsize n = strlen (name);
  const char *end = headers + length;

  for (const char *line = headers; line < end;)
    {
      const char *eol = memchr (line, '\n', end - line);
      const char *next = eol != NULL ? eol + 1 : end;

      if ((gsize) (end - line) > n && g_ascii_strncasecmp (line, name, n) == 0 && line[n] == ':')
        {
          GString *value = g_string_new (NULL);

          g_string_append_len (value, line + n + 1, (eol != NULL ? eol : end) - (line + n + 1));
          /* Folded continuation lines start with white space. */
          while (next < end && (*next == ' ' || *next == '\t'))
            {
              const char *more = memchr (next, '\n', end - next);

              g_string_append_c (value, ' ');
              g_string_append_len (value, next, (more != NULL ? more : end) - next);
              next = more != NULL ? more + 1 : end;
            }
          g_strdelimit (value->str, "\r\t", ' ');
          return g_strstrip (g_string_free (value, FALSE));
        }
      line = next;
    }

  return NULL;
}

/* A parameter of a header value: boundary="…", charset=…. */
static char *
mime_parameter (const char *value,
                const char *name)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);
  g_autofree char *key = g_strconcat (name, "=", NULL);
  const char *p = strstr (lower, key);
  const char *start;
  gsize n;

  if (p == NULL)
    return NULL;
  start = value + (p - lower) + strlen (key);
  if (*start == '"')
    {
      const char *close = strchr (start + 1, '"');

      return close != NULL ? g_strndup (start + 1, close - start - 1) : NULL;
    }
  n = strcspn (start, "; \t");

  return n > 0 ? g_strndup (start, n) : NULL;
}

/* The end of the header block at @p: the first empty line. */
static const char *
mime_headers_end (const char *p,
                  const char *end,
                  const char **body)
{
  for (const char *q = p; q < end; q++)
    {
      if (*q != '\n')
        continue;
      if (q + 1 < end && q[1] == '\n')
        {
          *body = q + 2;
          return q;
        }
      if (q + 2 < end && q[1] == '\r' && q[2] == '\n')
        {
          *body = q + 3;
          return q;
        }
    }

  return NULL;
}

gboolean
plx_document_is_mhtml (const char   *name,
                       const guint8 *data,
                       gsize         length)
{
  const char *body = NULL;
  const char *headers_end;
  g_autofree char *type = NULL;
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  if (lower != NULL && (g_str_has_suffix (lower, ".mht") || g_str_has_suffix (lower, ".mhtml")))
    return TRUE;

  headers_end = mime_headers_end ((const char *) data, (const char *) data + MIN (length, 8192),
                                  &body);
  if (headers_end == NULL)
    return FALSE;
  type = mime_header ((const char *) data, headers_end - (const char *) data, "Content-Type");

  return type != NULL && g_ascii_strncasecmp (type, "multipart/related", 17) == 0;
}

static GBytes *
decode_quoted_printable (const char *p,
                         const char *end)
{
  GByteArray *out = g_byte_array_sized_new (end - p);

  while (p < end)
    {
      if (*p == '=' && p + 1 < end && (p[1] == '\n' || p[1] == '\r'))
        {
          p += p[1] == '\r' && p + 2 < end && p[2] == '\n' ? 3 : 2;
          continue;
        }
      if (*p == '=' && p + 2 < end && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        {
          guint8 byte = g_ascii_xdigit_value (p[1]) * 16 + g_ascii_xdigit_value (p[2]);

          g_byte_array_append (out, &byte, 1);
          p += 3;
          continue;
        }
      g_byte_array_append (out, (const guint8 *) p, 1);
      p++;
    }

  return g_byte_array_free_to_bytes (out);
}

static GBytes *
decode_part (const char *headers,
             gsize       headers_length,
             const char *body,
             const char *end)
{
  g_autofree char *encoding = mime_header (headers, headers_length, "Content-Transfer-Encoding");

  if (encoding != NULL && g_ascii_strcasecmp (encoding, "quoted-printable") == 0)
    return decode_quoted_printable (body, end);
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "base64") == 0)
    {
      g_autofree char *copy = g_strndup (body, end - body);
      gsize n = 0;
      guchar *decoded = g_base64_decode (copy, &n);

      return g_bytes_new_take (decoded, n);
    }

  return g_bytes_new (body, end - body);
}

/* The page of the MHTML archive @data in UTF-8 where its part names a
 * charset, its address in @location; %NULL with @error set when there is
 * none. */
GBytes *
plx_document_mhtml_page (const guint8 *data,
                         gsize         length,
                         const char   *name,
                         char        **location,
                         GError      **error)
{
  const char *start = (const char *) data;
  const char *end = start + length;
  const char *body = NULL;
  const char *headers_end = mime_headers_end (start, end, &body);
  g_autofree char *type = NULL;
  g_autofree char *boundary = NULL;
  g_autofree char *delimiter = NULL;

  if (headers_end != NULL)
    type = mime_header (start, headers_end - start, "Content-Type");
  if (type != NULL)
    boundary = mime_parameter (type, "boundary");
  if (boundary != NULL && *boundary != '\0')
    {
      *location = mime_header (start, headers_end - start, "Snapshot-Content-Location");
      delimiter = g_strconcat ("--", boundary, NULL);
      for (const char *part = g_strstr_len (body, end - body, delimiter); part != NULL;)
        {
          const char *part_body = NULL;
          const char *part_headers = part + strlen (delimiter);
          const char *part_headers_end = mime_headers_end (part_headers, end, &part_body);
          const char *next;
          g_autofree char *part_type = NULL;

          if (part_headers_end == NULL)
            break;
          next = g_strstr_len (part_body, end - part_body, delimiter);
          part_type = mime_header (part_headers, part_headers_end - part_headers, "Content-Type");
          if (part_type != NULL && g_ascii_strncasecmp (part_type, "text/html", 9) == 0)
            {
              g_autofree char *charset = mime_parameter (part_type, "charset");
              GBytes *page = decode_part (part_headers, part_headers_end - part_headers,
                                          part_body, next != NULL ? next : end);
              gsize n = 0;
              const char *raw = g_bytes_get_data (page, &n);
              char *utf8;

              if (*location == NULL)
                *location = mime_header (part_headers, part_headers_end - part_headers,
                                         "Content-Location");
              /* An empty part has no bytes at all (raw is NULL). */
              if (raw == NULL || n == 0 || charset == NULL ||
                  g_ascii_strcasecmp (charset, "utf-8") == 0 ||
                  (utf8 = g_convert (raw, n, "UTF-8", charset, NULL, &n, NULL)) == NULL)
                return page;
              g_bytes_unref (page);
              return g_bytes_new_take (utf8, n);
            }
          part = next;
        }
    }

  g_clear_pointer (location, g_free);
  g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
               _("“%s” is a web archive (MHTML) with no web page in it. Save the page again "
                 "from the browser, or copy the article’s text into a text file."),
               name);
  return NULL;
}
