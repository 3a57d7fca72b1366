/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The encoding of a saved page, settled before libxml2 sees it, in the
 * order browsers use: a byte order mark, then the charset the page
 * declares (<meta charset>, <meta http-equiv="Content-Type">, an XML
 * declaration), then the same guesses as for plain text. A page declared
 * as UTF-8 with a few stray bytes of another encoding (text pasted in from
 * elsewhere) is read as UTF-8 with those bytes as Windows-1252, as people
 * meant them, rather than refused. */

#include "config.h"

#include <string.h>

#include "plx-document-html-private.h"
#include "plx-load.h"

/* Browsers look at the first 1,024 bytes; pages that put a long script
 * before their <meta> are common enough to look further. */
#define CHARSET_SCAN_BYTES (64 * 1024)

static gsize
charset_name_length (const char *value)
{
  gsize n = 0;

  while (g_ascii_isalnum (value[n]) || strchr ("-_.:", value[n]) != NULL)
    n++;

  return n;
}

/* The value after "charset" or "encoding" at @p, if an '=' follows. */
static char *
charset_value (const char *p)
{
  const char *value = plx_text_skip_blanks (p);
  gsize n;

  if (*value != '=')
    return NULL;
  value = plx_text_skip_blanks (value + 1);
  if (*value == '"' || *value == '\'')
    value++;
  n = charset_name_length (value);

  return n > 0 ? g_strndup (value, n) : NULL;
}

/* The charset the page declares, lower case, or %NULL. */
static char *
html_declared_charset (const guint8 *data,
                       gsize         length)
{
  g_autofree char *head = g_ascii_strdown ((const char *) data, MIN (length, CHARSET_SCAN_BYTES));
  const char *p = head;

  /* <?xml version="1.0" encoding="…"?> */
  if (g_str_has_prefix (head, "<?xml"))
    {
      const char *end = strstr (head, "?>");
      const char *encoding = strstr (head, "encoding");

      if (end != NULL && encoding != NULL && encoding < end)
        {
          char *value = charset_value (encoding + strlen ("encoding"));

          if (value != NULL)
            return value;
        }
    }

  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *end = strchr (p, '>');
      const char *charset = strstr (p, "charset");

      if (end == NULL)
        break;
      if (charset != NULL && charset < end)
        {
          char *value = charset_value (charset + strlen ("charset"));

          if (value != NULL)
            return value;
        }
      p = end;
    }

  return NULL;
}

static gboolean
is_utf8_label (const char *charset)
{
  /* A page that says UTF-16 without a byte order mark was transcoded
   * without fixing its <meta>: browsers read it as UTF-8. */
  return strcmp (charset, "utf-8") == 0 || strcmp (charset, "utf8") == 0 ||
         g_str_has_prefix (charset, "utf-16") || strcmp (charset, "unicode") == 0;
}

/* UTF-8, with each byte that is not part of a valid sequence read as
 * Windows-1252 (U+FFFD for the five bytes it leaves undefined). */
static char *
decode_utf8_leniently (const guint8 *data,
                       gsize         length)
{
  /* 0x80–0x9F in Windows-1252; 0 where it defines nothing. */
  static const gunichar high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
  };
  GString *out = g_string_sized_new (length + 16);
  const char *p = (const char *) data;
  const char *end = p + length;

  while (p < end)
    {
      const char *valid_end = NULL;
      guchar c;
      gunichar u;

      g_utf8_validate_len (p, end - p, &valid_end);
      g_string_append_len (out, p, valid_end - p);
      p = valid_end;
      if (p >= end)
        break;

      c = (guchar) *p++;
      u = c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
      g_string_append_unichar (out, u != 0 ? u : 0xFFFD);
    }

  return g_string_free (out, FALSE);
}

/* Whether text that is not valid UTF-8 is UTF-8 all the same: far more
 * valid multibyte sequences than stray bytes. */
static gboolean
mostly_utf8 (const guint8 *data,
             gsize         length)
{
  const char *p = (const char *) data;
  const char *end = p + length;
  gsize valid = 0;
  gsize invalid = 0;

  while (p < end)
    {
      const char *valid_end = NULL;

      g_utf8_validate_len (p, end - p, &valid_end);
      for (const char *q = p; q < valid_end; q++)
        valid += ((guchar) *q & 0xC0) == 0xC0;
      p = valid_end;
      if (p < end)
        {
          invalid++;
          p++;
        }
    }

  return valid >= 4 * invalid;
}

char *
plx_html_decode (const guint8 *data,
                 gsize         length,
                 const char   *name,
                 GError      **error)
{
  static const char *const latin1[] = {
    "ascii", "cp1252", "iso-8859-1", "iso8859-1", "l1", "latin1", "us-ascii", "windows-1252", NULL,
  };
  g_autofree char *charset = NULL;
  gboolean has_bom = length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 ||
                                     memcmp (data, "\xFE\xFF", 2) == 0 ||
                                     (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0));

  /* Text that is valid UTF-8 is UTF-8 whatever a stale <meta> says: text in
   * another encoding almost never forms valid UTF-8 sequences. NUL bytes
   * are the plain-text decoder's to refuse. */
  if (has_bom || memchr (data, '\0', length) != NULL)
    return plx_document_decode_text (data, length, name, error);
  if (plx_utf8_validate ((const char *) data, length, NULL))
    return plx_document_decode_utf8 ((const char *) data, length, name, TRUE, error);

  charset = html_declared_charset (data, length);
  if (charset != NULL && !is_utf8_label (charset))
    {
      /* Browsers read Latin-1 labels as Windows-1252, and so do pages. */
      const char *from = g_strv_contains (latin1, charset) ? "WINDOWS-1252" : charset;
      gsize converted_length = 0;
      g_autofree char *converted = g_convert ((const char *) data, length, "UTF-8", from, NULL,
                                              &converted_length, NULL);

      if (converted != NULL && strlen (converted) == converted_length)
        return plx_document_decode_text ((const guint8 *) converted, converted_length, name,
                                         error);
    }

  if ((charset != NULL && is_utf8_label (charset)) || mostly_utf8 (data, length))
    {
      g_autofree char *repaired = decode_utf8_leniently (data, length);

      return plx_document_decode_text ((const guint8 *) repaired, strlen (repaired), name, error);
    }

  return plx_document_decode_text (data, length, name, error);
}
