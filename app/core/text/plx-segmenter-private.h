/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <string.h>

#include "plx-segmenter.h"

G_BEGIN_DECLS

/* The segmenter in two files: plx-segmenter.c decides where units (runs of
 * lines that belong together) and headings are, plx-segmenter-sentences.c
 * splits each unit into sentences. The character classes below are shared
 * by both; they are inline because the sentence pass asks them of every
 * character. */

static inline gboolean
in_list (const char *const *list,
         guint              n,
         const char        *word)
{
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (list[i], word) == 0)
      return TRUE;

  return FALSE;
}

/* Moves [@start, @end) of one line past the blanks at both ends: spaces,
 * tabs, a carriage return, non-breaking and other Unicode spaces. */
static inline void
plx_trim_blanks (const char **start,
                 const char **end)
{
  const char *s = *start;
  const char *e = *end;

  while (s < e && (*s == ' ' || *s == '\t'))
    s++;
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
    e--;
  while (s < e && g_unichar_isspace (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  while (e > s && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (e))))
    e = g_utf8_prev_char (e);
  *start = s;
  *end = e;
}

/* Reads the line of a text that starts at *@p (reflow and segmenter read
 * a text line by line alike): [*@start, *@end) is the line without the
 * blanks at its ends (plx_trim_blanks()). Moves *@p to the next line, or
 * to %NULL after the last (a text that ends in a line break ends with an
 * empty line). Returns the line's break, or %NULL for the last line. */
static inline const char *
plx_next_line (const char **p,
               const char **start,
               const char **end)
{
  const char *nl = strchr (*p, '\n');

  *start = *p;
  *end = nl != NULL ? nl : *p + strlen (*p);
  plx_trim_blanks (start, end);
  *p = nl != NULL ? nl + 1 : NULL;

  return nl;
}

/* Closing and opening quotes and brackets, with the CJK corner brackets
 * and the full-width forms. */
static inline gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x203A ||
         c == ')' || c == ']' || c == '}' || c == 0x300D || c == 0x300F || c == 0x3011 ||
         c == 0x3015 || c == 0x3009 || c == 0x300B || c == 0x3017 || c == 0x3019 ||
         c == 0xFF09 || c == 0xFF3D || c == 0xFF5D || c == 0xFF02 || c == 0xFF07 ||
         c == 0xFF63;
}

static inline gboolean
is_opening (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E ||
         c == 0x2039 || c == '(' || c == '[' || c == 0x300C || c == 0x300E || c == 0x3010 ||
         c == 0x3014 || c == 0x3008 || c == 0x300A || c == 0x3016 || c == 0x3018 ||
         c == 0xFF08 || c == 0xFF3B || c == 0xFF5B || c == 0xFF62;
}

/* Sentence ends of Chinese and Japanese: 。．｡！？ need no space after
 * them. */
static inline gboolean
is_wide_terminal (gunichar c)
{
  return c == 0x3002 || c == 0xFF0E || c == 0xFF61 || c == 0xFF01 || c == 0xFF1F;
}

static inline gboolean
is_terminal (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049 || is_wide_terminal (c) ||
         c == 0x061F /* Arabic question mark */ || c == 0x06D4 /* Urdu full stop */ ||
         c == 0x0964 || c == 0x0965 /* Devanagari danda, double danda */;
}

/* A full stop, as opposed to "?" and "!": a headline does not end in one. */
static inline gboolean
is_full_stop (gunichar c)
{
  return c == '.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61 || c == 0x06D4 || c == 0x0964;
}

/* A letter of a script without case: Han, Kana, Arabic, Hebrew, Devanagari
 * and others have no capital to mark a sentence start. */
static inline gboolean
is_caseless_letter (gunichar c)
{
  return c >= 0x80 && g_unichar_type (c) == G_UNICODE_OTHER_LETTER;
}

/* Whether a new sentence may start with @c: a capital, a digit, an opening
 * quote or bracket, a dash or a currency sign. */
static inline gboolean
opens_sentence (gunichar c)
{
  if (g_unichar_isalpha (c))
    return g_unichar_isupper (c) || g_unichar_istitle (c) || is_caseless_letter (c);

  return g_unichar_isdigit (c) || is_opening (c) || c == 0x2013 || c == 0x2014 || c == '-' ||
         g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL;
}

typedef struct
{
  const char *text;
  GArray     *sentences; /* PlxSentence */
} Splitter;

/* Appends [start, end) as a sentence of @kind, blanks trimmed; nothing if
 * only blanks remain. */
void plx_segmenter_emit       (Splitter       *splitter,
                               const char     *start,
                               const char     *end,
                               PlxSentenceKind kind);

/* Splits the unit [start, end) into sentences; a unit of another kind than
 * PLX_SENTENCE_BODY is one sentence. */
void plx_segmenter_split_unit (Splitter       *splitter,
                               const char     *start,
                               const char     *end,
                               PlxSentenceKind kind);

/* Whether the line [start, end) is a dateline ("Friday August 2, 2013 @
 * 8:13am PDT"): body text, never a heading (plx-segmenter-dates.c). */
gboolean plx_segmenter_is_dateline (const char *start,
                                    const char *end);

G_END_DECLS
