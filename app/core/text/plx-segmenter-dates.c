/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Datelines: the line of a news page that says when the story was written
 * or updated ("Friday August 2, 2013 @ 8:13am PDT", "Updated 3:45 p.m. ET,
 * Mon March 4, 2013"). Like a heading it is short, stands on its own line
 * and has no final full stop, but it introduces nothing: it is body text.
 * The rule looks only at the words' shapes: every word is a date or time
 * word (a weekday, a month, a number, a clock time, am/pm, a time zone) or
 * one of a few words that announce a date ("Updated", "Posted", "on",
 * "at"), and there is a month, a weekday or a clock time among them. A
 * headline always has some other word ("Talks on March 4 collapse"). */

#include "config.h"

#include <string.h>

#include "plx-segmenter-private.h"

/* Weekdays and months in full and abbreviated, in the languages the
 * analysis knows (en, de, fr, es). */
static const char *const calendar_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
  "octobre", "novembre", "décembre",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
  "septiembre", "octubre", "noviembre", "diciembre",
};

/* Half days and the time zones news sites print. */
static const char *const clock_words[] = {
  "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "h", "uhr",
  "utc", "gmt", "bst", "cet", "cest", "met", "mez", "mesz", "et", "ct", "mt", "pt",
  "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "ist", "jst",
  "aest", "aedt", "msk",
};

/* Words that announce a date, and the joints between its parts. */
static const char *const date_joints[] = {
  "updated", "update", "posted", "published", "last", "modified", "created", "date",
  "on", "at", "of", "the", "and", "|", "@", "-", "–", "—", "/", "·", "•",
  "aktualisiert", "veröffentlicht", "am", "um", "den", "stand",
  "publié", "mis", "à", "jour", "le", "du",
  "actualizado", "publicado", "el", "de", "a", "las",
};

/* A number, a clock time or an ordinal: "2", "2013", "8:13", "8:13am",
 * "2nd", "04.03.2013", "4/3/13". Sets @clock for a time of day. */
static gboolean
is_number_word (const char *word,
                gboolean   *clock)
{
  const char *p = word;
  guint digits = 0;

  while (g_ascii_isdigit (*p) || *p == ':' || *p == '.' || *p == '/' || *p == '-')
    {
      if (*p == ':')
        *clock = TRUE;
      digits += g_ascii_isdigit (*p) ? 1 : 0;
      p++;
    }
  if (digits == 0)
    return FALSE;
  if (*p == '\0')
    return TRUE;
  if (in_list (clock_words, G_N_ELEMENTS (clock_words), p))
    {
      *clock = TRUE;
      return TRUE;
    }

  return g_ascii_strcasecmp (p, "st") == 0 || g_ascii_strcasecmp (p, "nd") == 0 ||
         g_ascii_strcasecmp (p, "rd") == 0 || g_ascii_strcasecmp (p, "th") == 0 ||
         g_ascii_strcasecmp (p, "er") == 0 || g_ascii_strcasecmp (p, "o") == 0;
}

/* Classifies one word; returns FALSE for a word no date has. */
static gboolean
read_date_word (const char *word,
                gboolean   *anchored,
                gboolean   *numbered)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  gsize length = strlen (lower);
  gboolean clock = FALSE;

  /* "Aug." and "2," keep their word. */
  while (length > 1 && strchr (",.;()", lower[length - 1]) != NULL &&
         !g_str_equal (lower, "a.m.") && !g_str_equal (lower, "p.m."))
    lower[--length] = '\0';

  if (is_number_word (lower, &clock))
    {
      *numbered = TRUE;
      *anchored = *anchored || clock;
      return TRUE;
    }
  if (in_list (calendar_words, G_N_ELEMENTS (calendar_words), lower))
    {
      *anchored = TRUE;
      return TRUE;
    }

  return in_list (clock_words, G_N_ELEMENTS (clock_words), lower) ||
         in_list (date_joints, G_N_ELEMENTS (date_joints), lower);
}

/**
 * plx_segmenter_is_dateline:
 * @start: the first byte of a line
 * @end: the byte after its last
 *
 * Returns: whether the line says only when the story was written
 */
gboolean
plx_segmenter_is_dateline (const char *start,
                           const char *end)
{
  g_autofree char *line = g_strndup (start, end - start);
  g_auto(GStrv) words = g_strsplit_set (line, " \t,", -1);
  gboolean anchored = FALSE;
  gboolean numbered = FALSE;
  guint n_words = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (++n_words > 16 || !read_date_word (words[i], &anchored, &numbered))
        return FALSE;
    }

  return anchored && numbered;
}
