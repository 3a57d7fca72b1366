/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Article text as a text view can lay it out in bounded time. GtkTextView
 * lays out each paragraph (buffer line) whole, and Pango's cost for a word
 * wider than the view grows with the square of its length: a megabyte
 * without a space froze the window for minutes, and a megabyte-long
 * paragraph of ordinary words cost a second on every tag change inside it.
 * So the text shown keeps paragraphs short: after MAX_PARAGRAPH characters
 * the next space is shown as a line break (same offsets), and a run of
 * MAX_RUN characters with no break opportunity gets a line break inserted
 * (one character more). Inserted breaks shift the offsets after them; the
 * pane converts every offset through this map, both ways. Ordinary
 * articles get no inserted break, so their offsets map to themselves. This
 * changes only what is shown; the article and its analysis keep the text as
 * it is. An article's text is first re-flowed (plx-reflow.c): the line
 * breaks of hard-wrapped paragraphs show as spaces, one character for one. */

#include "config.h"

#include <string.h>

#include "plx-display-text.h"
#include "plx-reflow.h"

/* Characters without a break opportunity before a break is inserted. A
 * paragraph of this many characters lays out in about a millisecond. */
#define MAX_RUN 1000
/* Characters of a paragraph after which its next space becomes a line
 * break: about 25 lines of a pane, rarely reached by real paragraphs. */
#define MAX_PARAGRAPH 2000

struct _PlxDisplayText
{
  char   *text;
  GArray *inserted; /* guint article offsets with a break shown before them, ascending */
};

static gboolean
ends_paragraph (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2029;
}

/**
 * plx_display_text_new:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): @text as shown, with its offset map
 */
PlxDisplayText *
plx_display_text_new (const char *text)
{
  PlxDisplayText *self = g_new0 (PlxDisplayText, 1);
  GString *out = g_string_sized_new (strlen (text) + 1);
  guint paragraph = 0;
  guint run = 0;
  guint offset = 0;

  self->inserted = g_array_new (FALSE, FALSE, sizeof (guint));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);

      if (ends_paragraph (c))
        {
          paragraph = run = 0;
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
          continue;
        }

      if (g_unichar_isspace (c))
        {
          run = 0;
          if (paragraph >= MAX_PARAGRAPH)
            {
              g_string_append_c (out, '\n');
              paragraph = 0;
              continue;
            }
        }
      else if (run >= MAX_RUN ||
               (paragraph >= MAX_PARAGRAPH &&
                g_unichar_break_type (c) == G_UNICODE_BREAK_IDEOGRAPHIC))
        {
          /* No space to turn into a break: a word longer than a screenful,
           * or Chinese or Japanese text, which needs none. */
          g_string_append_c (out, '\n');
          g_array_append_val (self->inserted, offset);
          paragraph = run = 0;
        }

      if (!g_unichar_isspace (c))
        run = g_unichar_break_type (c) == G_UNICODE_BREAK_IDEOGRAPHIC ? 0 : run + 1;
      paragraph++;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  self->text = g_string_free (out, FALSE);

  return self;
}

/**
 * plx_display_text_new_for_article:
 *
 * Returns: (transfer full): the article's text as shown, its hard-wrapped
 *   paragraphs re-flowed, with its offset map
 */
PlxDisplayText *
plx_display_text_new_for_article (PlxArticle *article)
{
  const PlxSentence *sentences;
  guint n_sentences;
  g_autofree char *reflowed = NULL;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  sentences = plx_article_get_sentences (article, &n_sentences);
  reflowed = plx_reflow_text (plx_article_get_text (article), sentences, n_sentences);

  return plx_display_text_new (reflowed);
}

void
plx_display_text_free (PlxDisplayText *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_array_unref (self->inserted);
  g_free (self);
}

const char *
plx_display_text_get_text (const PlxDisplayText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

guint
plx_display_text_get_n_inserted (const PlxDisplayText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->inserted->len;
}

/* How many inserted breaks come before article offset @offset; with
 * @at_too, also one inserted just before it. */
static guint
count_before (const PlxDisplayText *self,
              guint                 offset,
              gboolean              at_too)
{
  const guint *inserted = (const guint *) self->inserted->data;
  guint lo = 0;
  guint hi = self->inserted->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (inserted[mid] < offset || (at_too && inserted[mid] == offset))
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/**
 * plx_display_text_to_display:
 * @offset: a character offset in the article
 * @is_end: whether @offset ends a range: a break inserted just before it
 *   then stays outside the range
 *
 * Returns: the character offset in the text shown
 */
guint
plx_display_text_to_display (const PlxDisplayText *self,
                             guint                 offset,
                             gboolean              is_end)
{
  g_return_val_if_fail (self != NULL, offset);

  return offset + count_before (self, offset, !is_end);
}

/**
 * plx_display_text_to_article:
 * @display_offset: a character offset in the text shown
 *
 * Returns: the article offset there; an inserted break maps to the
 *   character after it
 */
guint
plx_display_text_to_article (const PlxDisplayText *self,
                             guint                 display_offset)
{
  const guint *inserted;
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, display_offset);

  /* The k-th inserted break sits at display offset inserted[k] + k. */
  inserted = (const guint *) self->inserted->data;
  hi = self->inserted->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (inserted[mid] + mid < display_offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return display_offset - lo;
}

/**
 * plx_display_text_shorten:
 * @max_chars: how many characters to keep
 *
 * For labels that can show only a few lines: a label lays out all of its
 * text, whatever it shows.
 *
 * Returns: (transfer full): @text, or its first @max_chars characters
 *   followed by an ellipsis
 */
char *
plx_display_text_shorten (const char *text,
                          guint       max_chars)
{
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  for (guint i = 0; i < max_chars && *p != '\0'; i++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return g_strdup (text);

  {
    GString *out = g_string_new_len (text, p - text);

    g_string_append (out, "…");
    return g_string_free (out, FALSE);
  }
}
