/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Finding text in an article as a reader means it: without regard to case
 * (Unicode case folding, so "STRASSE" finds "Straße"), with any run of
 * white space matching any other (a line break where the article wrapped
 * a line, or where the pane shows one, matches the space typed), and with
 * typographic quotes and apostrophes matching the straight ones a keyboard
 * types ("Kremlin's" finds "Kremlin’s").
 *
 * The article's text is folded once into a byte string with, for each of
 * its bytes, the character of the article it came from; each query is then
 * one linear scan of that string (memmem), so a search costs the same on
 * every keystroke whatever the query. Matches are in the article's
 * character offsets: the pane maps them to what it shows. */

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "plx-text-search.h"

struct _PlxTextSearch
{
  GString *folded;
  GArray  *origin; /* guint per byte of folded: the character it came from */
};

/* Appends the folded form of @c to @out; white space is left to the
 * caller. */
static void
fold_char (GString *out,
           gunichar c)
{
  char buffer[8];
  int length;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower (c));
      return;
    }

  switch (c)
    {
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201B: /* ‛ */
    case 0x2032: /* ′ */
      g_string_append_c (out, '\'');
      return;

    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201F: /* ‟ */
    case 0x00AB: /* « */
    case 0x00BB: /* » */
      g_string_append_c (out, '"');
      return;

    case 0x00AD: /* a soft hyphen is not shown */
      return;

    default:
      break;
    }

  length = g_unichar_to_utf8 (c, buffer);
  {
    g_autofree char *folded = g_utf8_casefold (buffer, length);

    g_string_append (out, folded);
  }
}

/* Folds @text; with @origin, records for each byte the offset of the
 * character it came from. A run of white space becomes one space. */
static GString *
fold (const char *text,
      GArray     *origin)
{
  GString *out = g_string_sized_new (strlen (text) + 1);
  gboolean in_space = FALSE;
  guint offset = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);
      gsize before = out->len;

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          if (!in_space)
            g_string_append_c (out, ' ');
          in_space = TRUE;
        }
      else
        {
          fold_char (out, c);
          in_space = FALSE;
        }

      if (origin != NULL)
        for (gsize i = before; i < out->len; i++)
          g_array_append_val (origin, offset);
    }

  return out;
}

/**
 * plx_text_search_new:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): an index of @text for plx_text_search_find()
 */
PlxTextSearch *
plx_text_search_new (const char *text)
{
  PlxTextSearch *self = g_new0 (PlxTextSearch, 1);

  g_return_val_if_fail (text != NULL, self);

  self->origin = g_array_sized_new (FALSE, FALSE, sizeof (guint), strlen (text) + 1);
  self->folded = fold (text, self->origin);

  return self;
}

void
plx_text_search_free (PlxTextSearch *self)
{
  if (self == NULL)
    return;

  if (self->folded != NULL)
    g_string_free (self->folded, TRUE);
  g_clear_pointer (&self->origin, g_array_unref);
  g_free (self);
}

/**
 * plx_text_search_find:
 * @query: what the reader typed
 *
 * Returns: (transfer full) (element-type PlxTextMatch): the places of
 *   @query in the text, in order and not overlapping; none for a query of
 *   only white space
 */
GArray *
plx_text_search_find (const PlxTextSearch *self,
                      const char          *query)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (PlxTextMatch));
  g_autoptr(GString) needle = NULL;
  const guint *origin;
  const char *haystack;
  gsize length;
  gsize from = 0;

  g_return_val_if_fail (self != NULL && self->folded != NULL, matches);
  g_return_val_if_fail (query != NULL && g_utf8_validate (query, -1, NULL), matches);

  needle = fold (query, NULL);
  if (needle->len == 0 || (needle->len == 1 && needle->str[0] == ' '))
    return matches;

  origin = (const guint *) self->origin->data;
  haystack = self->folded->str;
  length = self->folded->len;
  /* A folded query starts on a character, and no character's first byte
   * is another's later byte: every match starts and ends on characters. */
  while (from + needle->len <= length)
    {
      const char *found = memmem (haystack + from, length - from, needle->str, needle->len);
      PlxTextMatch match;
      gsize at;

      if (found == NULL)
        break;

      at = found - haystack;
      match.start = origin[at];
      match.end = origin[at + needle->len - 1] + 1;
      g_array_append_val (matches, match);
      from = at + needle->len;
    }

  return matches;
}
