/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Hard-wrapped text re-flowed for reading. Plain-text and e-mail articles
 * break their lines at a fixed width, so a sentence runs over several
 * lines; shown as it is, every line reads as a paragraph of its own. Here
 * a line break that only wraps a paragraph is shown as a space, and one
 * that ends a paragraph, a heading, a dateline or a list item stays.
 *
 * Which breaks wrap is decided from the sentences (plx-segmenter.c) and
 * the line lengths of the file, with no fixed width:
 *
 * - a break inside a body sentence wraps it (the segmenter already joined
 *   the lines of that sentence);
 * - the longest of those wrapped lines gives the file's width; a break
 *   between two body sentences wraps too when its line was full, that is
 *   when the next line's first word would not have fitted on it (within a
 *   tenth of the width: fmt(1) and mail clients balance their lines);
 * - a break before a list item ("- ", "* ", "• ", "1. "), a quoted line
 *   ("> "), a table row ("|"), an indented line (a paragraph's start) or
 *   after or before a title or heading always stays.
 *
 * A wrapped break becomes a space, or a zero-width space between two
 * Chinese or Japanese characters, which take no space between them: one
 * character for one, so every offset into the text stays valid. Nothing is
 * re-flowed in the article itself; only what the panes show. */

#include "config.h"

#include <string.h>

#include "plx-reflow.h"
#include "plx-segmenter-private.h"

/* A file whose wrapped lines are longer than this is not hard-wrapped: its
 * breaks between sentences stay. */
#define MAX_WIDTH 200

typedef struct
{
  gsize    start;    /* first byte, blanks skipped */
  gsize    end;      /* the byte after the last that is not blank */
  gsize    nl;       /* the line break after the line, or G_MAXSIZE */
  guint    chars;    /* characters between start and end */
  gboolean indented; /* starts with blanks */
} Line;

typedef enum
{
  BREAK_KEEP,
  BREAK_WRAP,
  BREAK_IF_FULL,
} Break;

static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));

  for (const char *p = text; p != NULL;)
    {
      const char *first = p;
      const char *start;
      const char *end;
      const char *nl = plx_next_line (&p, &start, &end);
      Line line;

      line.start = start - text;
      line.end = end - text;
      line.nl = nl != NULL ? (gsize) (nl - text) : G_MAXSIZE;
      line.chars = g_utf8_strlen (start, end - start);
      line.indented = start > first;
      g_array_append_val (lines, line);
    }

  return lines;
}

/* A line that opens a block of its own: a list item, a quoted line, a
 * table row. */
static gboolean
opens_block (const char *text,
             const Line *line)
{
  const char *p = text + line->start;
  const char *end = text + line->end;
  gunichar c = g_utf8_get_char (p);
  const char *after = g_utf8_next_char (p);

  if (c == '>' || c == '|')
    return TRUE;
  if ((c == '-' || c == '*' || c == '+' || c == 0x2022 || c == 0x00B7 || c == 0x2013 ||
       c == 0x2014 || c == 0x25AA || c == 0x25CF) &&
      after < end && (*after == ' ' || *after == '\t'))
    return TRUE;

  while (p < end && g_ascii_isdigit (*p))
    p++;
  return p > text + line->start && p + 1 < end && (*p == '.' || *p == ')') &&
         (p[1] == ' ' || p[1] == '\t');
}

static guint
first_word_chars (const char *text,
                  const Line *line)
{
  const char *p = text + line->start;
  guint n = 0;

  while (p < text + line->end && !g_unichar_isspace (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      n++;
    }

  return n;
}

/* What the sentences say of the break after @line; *@next is the first
 * sentence that ends after the breaks before, and only moves forward. */
static Break
classify (const char        *text,
          const Line        *line,
          const Line        *following,
          const PlxSentence *sentences,
          guint              n_sentences,
          guint             *next)
{
  gsize nl = line->nl;

  while (*next < n_sentences && sentences[*next].byte_end <= nl)
    (*next)++;

  if (following->start == following->end || line->start == line->end ||
      opens_block (text, following) || (following->indented && !line->indented))
    return BREAK_KEEP;

  if (*next < n_sentences && sentences[*next].byte_start < nl)
    return sentences[*next].kind == PLX_SENTENCE_BODY ? BREAK_WRAP : BREAK_KEEP;

  /* Between two sentences: both must be body text. */
  if (*next == 0 || *next >= n_sentences || sentences[*next - 1].kind != PLX_SENTENCE_BODY ||
      sentences[*next].kind != PLX_SENTENCE_BODY)
    return BREAK_KEEP;

  return BREAK_IF_FULL;
}

static void
show_wrap (GString    *out,
           const char *text,
           const Line *line,
           const Line *following)
{
  gunichar before = line->end > 0 ? g_utf8_get_char (g_utf8_prev_char (text + line->end)) : 0;
  gunichar after = g_utf8_get_char (text + following->start);

  if (g_unichar_break_type (before) == G_UNICODE_BREAK_IDEOGRAPHIC &&
      g_unichar_break_type (after) == G_UNICODE_BREAK_IDEOGRAPHIC)
    g_string_append (out, "\xe2\x80\x8b"); /* U+200B ZERO WIDTH SPACE */
  else
    g_string_append_c (out, ' ');
}

/**
 * plx_reflow_text:
 * @text: an article's text
 * @sentences: its sentences, in text order
 *
 * Returns: (transfer full): @text with the line breaks that only wrap a
 *   paragraph shown as spaces; as many characters as @text
 */
char *
plx_reflow_text (const char        *text,
                 const PlxSentence *sentences,
                 guint              n_sentences)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree Break *breaks = NULL;
  GString *out;
  guint width = 0;
  guint n_wraps = 0;
  guint next = 0;
  gsize done = 0;

  g_return_val_if_fail (text != NULL, NULL);

  lines = split_lines (text);
  breaks = g_new0 (Break, lines->len);
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      breaks[i] = classify (text, line, line + 1, sentences, n_sentences, &next);
      if (breaks[i] == BREAK_WRAP)
        {
          width = MAX (width, line->chars);
          n_wraps++;
        }
    }
  /* Too few wrapped lines to tell a width, or too long to be wrapped. */
  if (n_wraps < 3 || width > MAX_WIDTH)
    width = 0;

  out = g_string_sized_new (strlen (text) + 1);
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      gboolean wrap = breaks[i] == BREAK_WRAP;

      if (breaks[i] == BREAK_IF_FULL && width > 0)
        wrap = line->chars + 1 + first_word_chars (text, line + 1) > width - width / 10;
      if (!wrap)
        continue;
      g_string_append_len (out, text + done, line->nl - done);
      /* A "\r\n" break (text that skipped the loader's normalising) is
       * two characters: a space and a zero-width space. */
      if (line->nl > 0 && text[line->nl - 1] == '\r')
        {
          g_string_truncate (out, out->len - 1);
          g_string_append_c (out, ' ');
          g_string_append (out, "\xe2\x80\x8b");
        }
      else
        show_wrap (out, text, line, line + 1);
      done = line->nl + 1;
    }
  g_string_append (out, text + done);

  return g_string_free (out, FALSE);
}
