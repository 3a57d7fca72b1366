/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The second pass of the segmenter: splits a unit at terminal punctuation
 * followed by a new sentence, with rules for abbreviations, initials,
 * initialisms, decimals, closing quotes and the full-width stops of Chinese
 * and Japanese. Which lines form a unit is decided in plx-segmenter.c. */

#include "config.h"

#include <string.h>

#include "plx-segmenter-private.h"

/* Words before a period that never end a sentence: titles before names and
 * abbreviations that always take a complement. */
static const char *const never_final[] = {
  "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "col", "lt", "sgt", "capt",
  "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "amb", "supt", "insp", "det",
  "mt", "ft", "no", "nos", "vol", "fig", "art", "sec", "ch", "vs", "v", "approx", "dept",
  "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "e.g", "i.e", "cf", "al", "ave", "blvd", "rd", "messrs", "mme", "mlle", "hr", "op",
};

/* Abbreviations that may end a sentence: the period ends one only when a
 * typical sentence opener follows ("... the U.S. The next day"). */
static const char *const maybe_final[] = {
  "co", "corp", "inc", "ltd", "llc", "plc", "bros", "etc", "a.m", "p.m", "u.s", "u.k", "u.n",
  "u.s.a", "e.u", "d.c",
};

/* Words that typically open a sentence; used after ambiguous periods. */
static const char *const openers[] = {
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
  "those", "there", "his", "her", "its", "their", "our", "my", "but", "and", "so", "yet", "in",
  "on", "at", "for", "as", "if", "when", "while", "after", "before", "since", "however",
  "meanwhile", "still", "then", "now", "also", "some", "many", "most", "one", "officials",
  "police", "according",
};

static const char *
skip_blanks (const char *p,
             const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                     g_unichar_isspace (g_utf8_get_char (p))))
    p = g_utf8_next_char (p);

  return p;
}

/* The word before a period at @dot (letters and inner periods), lower case. */
static char *
word_before (const char *unit_start,
             const char *dot)
{
  const char *p = dot;

  while (p > unit_start)
    {
      const char *prev = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isalnum (c) && c != '.')
        break;
      p = prev;
    }

  return g_utf8_strdown (p, dot - p);
}

static char *
word_after (const char *p,
            const char *end)
{
  const char *s;

  while (p < end && is_opening (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  s = p;
  while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return g_utf8_strdown (s, p - s);
}

/* Whether a reporting clause follows a closing quote: in
 * `"I'm hosting the Oscars!" DeGeneres tweeted.` the quote and its speaker
 * are one sentence. Looks at most four words ahead, up to punctuation. */
static gboolean
reporting_clause_follows (const char *p,
                          const char *end)
{
  static const char *const verbs[] = { "said", "says", "told", "tells", "asked", "asks",
                                       "added", "adds", "tweeted", "wrote", "writes",
                                       "replied", "explained", "stated", "insisted", "noted",
                                       "declared", "shouted", "continued", "recalled",
                                       "posted", "warned", "argued", "admitted" };

  for (guint words = 0; words < 4 && p < end; words++)
    {
      const char *s = p;
      g_autofree char *word = NULL;

      while (p < end && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '\'' || *p == '-'))
        p = g_utf8_next_char (p);
      if (p == s)
        return FALSE;
      word = g_utf8_strdown (s, p - s);
      if (in_list (verbs, G_N_ELEMENTS (verbs), word))
        return TRUE;
      if (p >= end || *p != ' ')
        return FALSE;
      p++;
    }

  return FALSE;
}

/* Decides whether the terminal punctuation at @punct, followed by a new
 * sentence opener at @next, ends a sentence. */
static gboolean
period_ends_sentence (const char *unit_start,
                      const char *punct,
                      const char *next,
                      const char *end,
                      gboolean    line_break)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gunichar next_char;
  glong len;

  if (*punct != '.')
    return TRUE;

  /* An ellipsis "..." is handled like "…". */
  if (punct > unit_start && punct[-1] == '.')
    return TRUE;

  before = word_before (unit_start, punct);
  len = g_utf8_strlen (before, -1);
  next_char = g_utf8_get_char (next);

  if (len == 0)
    return TRUE;

  if (in_list (never_final, G_N_ELEMENTS (never_final), before))
    {
      /* "No. 2" and "Jan. 5" never end; a title before a name never does. */
      return FALSE;
    }

  /* A single capital letter is an initial: "J. R. R. Tolkien". */
  if (len == 1 && g_unichar_isupper (g_utf8_get_char (g_utf8_prev_char (punct))) &&
      g_unichar_isupper (next_char))
    return FALSE;

  /* A single letter without case is an abbreviation too: Arabic writes
   * "Dr." as "د." before a name; its words are never one letter long. */
  if (len == 1 && is_caseless_letter (g_utf8_get_char (g_utf8_prev_char (punct))) &&
      is_caseless_letter (next_char))
    return FALSE;

  if (strchr (before, '.') != NULL || in_list (maybe_final, G_N_ELEMENTS (maybe_final), before))
    {
      after = word_after (next, end);
      return line_break || in_list (openers, G_N_ELEMENTS (openers), after);
    }

  return TRUE;
}

void
plx_segmenter_emit (Splitter       *splitter,
                    const char     *start,
                    const char     *end,
                    PlxSentenceKind kind)
{
  PlxSentence sentence = { 0 };

  start = skip_blanks (start, end);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  if (start >= end)
    return;

  sentence.byte_start = start - splitter->text;
  sentence.byte_end = end - splitter->text;
  sentence.kind = kind;
  g_array_append_val (splitter->sentences, sentence);
}

/* Runs like "?!" or "..." and closing quotes after the terminal character
 * before @p belong to its sentence: returns where the run ends, and sets
 * @wide when it holds a full-width stop. */
static const char *
skip_terminal_run (const char *p,
                   const char *end,
                   gboolean   *wide)
{
  while (p < end && (is_terminal (g_utf8_get_char (p)) || is_closing (g_utf8_get_char (p))))
    {
      *wide |= is_wide_terminal (g_utf8_get_char (p));
      p = g_utf8_next_char (p);
    }

  return p;
}

/* Whether the full-width stop @c, whose run is [@p, @after), ends a
 * sentence before the character at @after. */
static gboolean
wide_stop_ends_sentence (gunichar    c,
                         const char *p,
                         const char *after)
{
  gunichar following = g_utf8_get_char (after);

  /* "３．５％" is a number; in 「…。」と述べた the quotative particle
   * continues the sentence. */
  if ((c == 0xFF0E || c == 0xFF61) && g_unichar_isdigit (following))
    return FALSE;
  if (after > p && is_closing (g_utf8_get_char (g_utf8_prev_char (after))) &&
      (following == 0x3068 /* と */ || following == 0x3063 /* っ */))
    return FALSE;

  return TRUE;
}

/* Whether the blanks from @p on hold a line break. */
static gboolean
blanks_break_line (const char *p,
                   const char *end)
{
  gboolean line_break = FALSE;

  for (const char *s = p; s < end && g_unichar_isspace (g_utf8_get_char (s));
       s = g_utf8_next_char (s))
    if (*s == '\n')
      line_break = TRUE;

  return line_break;
}

/* Soft line breaks inside a unit count as spaces, except that terminal
 * punctuation at a line end splits even before a lower-case word (one
 * sentence per line is common). */
void
plx_segmenter_split_unit (Splitter       *splitter,
                          const char     *start,
                          const char     *end,
                          PlxSentenceKind kind)
{
  const char *sentence_start = start;
  const char *p = start;

  if (kind != PLX_SENTENCE_BODY)
    {
      plx_segmenter_emit (splitter, start, end, kind);
      return;
    }

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *punct = p;
      const char *after;
      const char *next;
      gboolean line_break;
      gboolean wide;

      p = g_utf8_next_char (p);
      if (!is_terminal (c))
        continue;

      wide = is_wide_terminal (c);
      after = skip_terminal_run (p, end, &wide);

      if (wide && after < end)
        {
          if (wide_stop_ends_sentence (c, p, after))
            {
              plx_segmenter_emit (splitter, sentence_start, after, PLX_SENTENCE_BODY);
              sentence_start = after;
              p = after;
            }
          continue;
        }

      if (after < end && !g_unichar_isspace (g_utf8_get_char (after)))
        continue; /* "9.25", "U.S.", "Yahoo!'s" */

      line_break = blanks_break_line (after, end);
      next = skip_blanks (after, end);
      if (next >= end)
        break;

      if (!opens_sentence (g_utf8_get_char (next)) && !line_break)
        continue;

      if (!period_ends_sentence (start, punct, next, end, line_break))
        continue;

      if (!line_break && after > p && is_closing (g_utf8_get_char (g_utf8_prev_char (after))) &&
          reporting_clause_follows (next, end))
        continue;

      plx_segmenter_emit (splitter, sentence_start, after, PLX_SENTENCE_BODY);
      sentence_start = next;
      p = next;
    }

  plx_segmenter_emit (splitter, sentence_start, end, PLX_SENTENCE_BODY);
}
