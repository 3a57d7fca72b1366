/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Text extraction per input format: plain text passes through the decoder,
 * Markdown, HTML and PDF go to their readers in plx-document-markdown.c,
 * plx-document-html.c and plx-document-pdf.c. Each keeps what a reader sees
 * as the article, one block per line or paragraph, and records the headings
 * its markup names. This file also holds the helpers they share. It does not
 * split sentences or guess headings in plain text; the segmenter does that.
 * Nothing here ever touches the network. */

#include "config.h"

#include <string.h>

#include "plx-document-private.h"

/* Text builder: see plx-document-private.h. */

void
plx_text_builder_init (PlxTextBuilder *b)
{
  b->text = g_string_new (NULL);
  b->spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  b->pending_break = 0;
  b->pending_space = FALSE;
  b->in_heading = FALSE;
  b->heading_start = -1;
}

void
plx_text_builder_clear (PlxTextBuilder *b)
{
  if (b->text != NULL)
    g_string_free (b->text, TRUE);
  g_clear_pointer (&b->spans, g_array_unref);
  b->text = NULL;
}

void
plx_text_builder_break (PlxTextBuilder *b,
                        guint           newlines)
{
  /* A heading is one line whatever blocks its markup wraps inside it. */
  if (b->in_heading)
    b->pending_space = TRUE;
  else
    b->pending_break = MAX (b->pending_break, newlines);
}

void
plx_text_builder_space (PlxTextBuilder *b)
{
  b->pending_space = TRUE;
}

static void
plx_text_builder_flush (PlxTextBuilder *b)
{
  if (b->text->len > 0)
    {
      if (b->pending_break > 0)
        g_string_append_len (b->text, "\n\n", b->pending_break);
      else if (b->pending_space)
        g_string_append_c (b->text, ' ');
    }
  b->pending_break = 0;
  b->pending_space = FALSE;

  if (b->in_heading && b->heading_start < 0)
    b->heading_start = b->text->len;
}

/* Appends @length bytes of valid UTF-8; runs of white space become one
 * space. */
void
plx_text_builder_text (PlxTextBuilder *b,
                       const char     *text,
                       gssize          length)
{
  const char *end = text + (length < 0 ? strlen (text) : (gsize) length);
  const char *p = text;

  while (p < end)
    {
      const char *run = p;

      /* A run of characters that are not white space is written at once,
       * and so are the words after it that one plain space keeps apart, as
       * they would be written anyway: this is the loop every character of
       * a page goes through. */
      while (p < end)
        {
          if ((guchar) *p < 0x80)
            {
              if (*p == ' ' && p > run && p + 1 < end && (guchar) p[1] < 0x80 &&
                  !g_ascii_isspace (p[1]))
                {
                  p += 2;
                  continue;
                }
              if (g_ascii_isspace (*p))
                break;
              p++;
            }
          else
            {
              const char *next = g_utf8_next_char (p);

              if (g_unichar_isspace (g_utf8_get_char (p)))
                break;
              p = MIN (next, end);
            }
        }
      if (p > run)
        {
          plx_text_builder_flush (b);
          g_string_append_len (b->text, run, p - run);
        }
      if (p < end)
        {
          b->pending_space = TRUE;
          p = MIN (g_utf8_next_char (p), end);
        }
    }
}

void
plx_text_builder_begin_heading (PlxTextBuilder *b)
{
  plx_text_builder_break (b, 2);
  b->in_heading = TRUE;
  b->heading_start = -1;
}

/* Returns the heading's text, or %NULL if it had none. */
char *
plx_text_builder_end_heading (PlxTextBuilder *b)
{
  char *heading = NULL;

  if (b->heading_start >= 0)
    {
      PlxSpan span = { b->heading_start, b->text->len };

      g_array_append_val (b->spans, span);
      heading = g_strndup (b->text->str + span.start, span.end - span.start);
    }
  b->in_heading = FALSE;
  b->heading_start = -1;
  plx_text_builder_break (b, 2);

  return heading;
}

/* The characters in @n bytes of valid UTF-8, as g_utf8_strlen() counts
 * them, without decoding: every byte that does not continue a character
 * starts one (plx_utf8_count() of the text layer, which input may not
 * use). Several times faster on a long article. */
static guint
utf8_count (const char *text,
            gsize       n)
{
  const guchar *p = (const guchar *) text;
  gsize i = 0;
  guint count = 0;

  /* Eight bytes at a time: a continuation byte has its top bit set and
   * the next one clear; the multiplication adds up the eight flags. */
  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      guint64 continuations;

      memcpy (&w, p + i, 8);
      continuations = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
      count += 8 - (guint) ((continuations * 0x0101010101010101ULL) >> 56);
    }
  for (; i < n; i++)
    count += (p[i] & 0xC0) != 0x80;

  return count;
}

/* Hands the text and the headings, now in characters, to @self. */
void
plx_text_builder_finish (PlxTextBuilder *b,
                         PlxDocument    *self)
{
  gsize bytes_done = 0;
  guint chars_done = 0;

  if (b->text->len > 0)
    g_string_append_c (b->text, '\n');

  /* Spans come in text order, so one walk converts them all. */
  for (guint i = 0; i < b->spans->len; i++)
    {
      const PlxSpan *bytes = &g_array_index (b->spans, PlxSpan, i);
      PlxSpan chars;

      chars_done += utf8_count (b->text->str + bytes_done, bytes->start - bytes_done);
      chars.start = chars_done;
      chars_done += utf8_count (b->text->str + bytes->start, bytes->end - bytes->start);
      chars.end = chars_done;
      bytes_done = bytes->end;
      g_array_append_val (self->headings, chars);
    }

  self->text = g_string_free (g_steal_pointer (&b->text), FALSE);
  plx_text_builder_clear (b);
}

/* Shared helpers */

/* Runs of white space become one space, with none at either end. */
char *
plx_text_collapse_whitespace (const char *text)
{
  PlxTextBuilder b;
  char          *result;

  plx_text_builder_init (&b);
  plx_text_builder_text (&b, text, -1);
  result = g_string_free (g_steal_pointer (&b.text), FALSE);
  plx_text_builder_clear (&b);

  return result;
}

const char *
plx_text_skip_blanks (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return p;
}

gboolean
plx_document_extract (PlxDocument  *self,
                      const guint8 *data,
                      gsize         length,
                      const char   *name,
                      GError      **error)
{
  switch (self->format)
    {
    case PLX_FORMAT_MARKDOWN:
      return plx_document_extract_markdown (self, data, length, name, error);
    case PLX_FORMAT_HTML:
      return plx_document_extract_html (self, data, length, name, error);
    case PLX_FORMAT_PDF:
      return plx_document_extract_pdf (self, data, length, name, error);
    case PLX_FORMAT_TEXT:
    default:
      self->text = plx_document_decode_text (data, length, name, error);
      return self->text != NULL;
    }
}
