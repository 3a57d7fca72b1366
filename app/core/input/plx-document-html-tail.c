/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The end of an article as the scoring found it often carries the page's
 * furniture that sits in the same container: a label and its links
 * ("Share this:", "Related posts:", "TrackBack URL for this entry:"), the
 * headings of empty boxes, a copyright line. They are lines that are not
 * sentences; running text ends with one. The lines after the last
 * sentence of the article that are labels, headings, lines of a few words
 * without a sentence's end or copyright lines are cut. No word of any
 * page is named: only the shape of the lines. */

#include "config.h"

#include <string.h>

#include "plx-document-html-private.h"

/* A line longer than this is running text, whatever it ends with. */
#define TAIL_LINE 80

/* Whether @line (@length bytes) ends as a sentence does: a full stop,
 * question or exclamation mark, an ellipsis, before any closing quotes or
 * brackets. */
static gboolean
ends_sentence (const char *line,
               gsize       length)
{
  const char *end = line + length;

  while (end > line)
    {
      const char *prev = g_utf8_find_prev_char (line, end);
      gunichar c = g_utf8_get_char (prev);

      if (g_unichar_isspace (c) || c == '"' || c == '\'' || c == ')' || c == ']' ||
          g_unichar_type (c) == G_UNICODE_FINAL_PUNCTUATION ||
          g_unichar_type (c) == G_UNICODE_CLOSE_PUNCTUATION)
        {
          end = prev;
          continue;
        }
      return c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */ || c == 0x3002 /* 。 */ ||
             c == 0xFF01 || c == 0xFF1F;
    }

  return FALSE;
}

typedef enum
{
  LINE_TEXT,  /* running text: the article goes on to here */
  LINE_SHORT, /* a few words without a sentence's end: a name, a link */
  LINE_INTRO, /* a line that introduces what follows ("…:") */
  LINE_LABEL, /* a heading, a copyright */
} LineKind;

static LineKind
line_kind (const PlxTextBuilder *b,
           gsize                 start,
           gsize                 end)
{
  const char *line = b->text->str + start;
  gsize length = end - start;
  glong chars = g_utf8_strlen (line, length);

  /* Headings come in text order: only those that end after the line
   * starts can hold it. */
  for (guint i = b->spans->len; i-- > 0;)
    {
      const PlxSpan *span = &g_array_index (b->spans, PlxSpan, i);

      if ((gsize) span->end < start)
        break;
      if ((gsize) span->start <= start && (gsize) span->end >= end)
        return LINE_LABEL;
    }
  /* "©" and "(c)": a copyright line. */
  if (chars <= 2 * TAIL_LINE && (g_strstr_len (line, length, "\xC2\xA9") != NULL ||
                                 (length > 3 && g_ascii_strncasecmp (line, "(c)", 3) == 0)))
    return LINE_LABEL;
  if (length > 0 && line[length - 1] == ':' && chars <= TAIL_LINE)
    return LINE_INTRO;
  /* Links in a row with bars between them: "Email | Print | Share". */
  if (chars <= 2 * TAIL_LINE && memchr (line, '|', length) != NULL && !ends_sentence (line, length))
    return LINE_LABEL;

  return chars < TAIL_LINE && !ends_sentence (line, length) ? LINE_SHORT : LINE_TEXT;
}

/* The lines after the article's last line of running text are cut from
 * the first label among them on, when there is more than that label or it
 * is a heading or a copyright: a signature ("Posted by …") or a last line
 * that introduces a video stays. */
void
plx_html_trim_tail (PlxTextBuilder *b)
{
  gsize end = b->text->len;
  gsize cut = b->text->len;
  guint lines = 0;
  guint lines_at_cut = 0;
  gboolean lone_label = FALSE;

  while (end > 0)
    {
      gsize start = end;
      LineKind kind;

      while (start > 0 && b->text->str[start - 1] != '\n')
        start--;
      kind = line_kind (b, start, end);
      if (kind == LINE_TEXT)
        break;
      lines++;
      if (kind != LINE_SHORT)
        {
          cut = start;
          lines_at_cut = lines;
          lone_label = lines == 1 && kind == LINE_LABEL;
        }
      /* The line and the line breaks before it. */
      end = start;
      while (end > 0 && b->text->str[end - 1] == '\n')
        end--;
    }
  if (lines_at_cut == 0 || (lines_at_cut == 1 && !lone_label))
    return;
  while (cut > 0 && b->text->str[cut - 1] == '\n')
    cut--;
  if (cut == 0)
    return;

  g_string_truncate (b->text, cut);
  for (guint i = b->spans->len; i-- > 0;)
    if ((gsize) g_array_index (b->spans, PlxSpan, i).start >= cut)
      g_array_remove_index (b->spans, i);
  b->pending_break = 0;
  b->pending_space = FALSE;
}
