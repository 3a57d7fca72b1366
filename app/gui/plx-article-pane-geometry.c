/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Where a sentence is in an article pane, and which sentence is at a
 * height: what the band, the overview strips and the scrolling ask. */

#include "config.h"

#include "plx-article-pane-private.h"

static guint
article_offset (PlxArticlePane    *self,
                const GtkTextIter *iter)
{
  return plx_display_text_to_article (self->display, gtk_text_iter_get_offset (iter));
}

/**
 * plx_article_pane_get_buffer_y:
 *
 * The vertical extent of a sentence in the text's own coordinates.
 */
gboolean
plx_article_pane_get_buffer_y (PlxArticlePane *self,
                               guint           sentence,
                               int            *top,
                               int            *bottom)
{
  GtkTextIter start;
  GtkTextIter end;
  GdkRectangle first;
  GdkRectangle last;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), FALSE);

  if (self->article == NULL || sentence >= plx_article_get_n_sentences (self->article))
    return FALSE;

  plx_article_pane_iter_at_sentence (self, sentence, &start, &end);
  gtk_text_view_get_iter_location (self->view, &start, &first);
  if (gtk_text_iter_compare (&start, &end) < 0)
    gtk_text_iter_backward_char (&end);
  gtk_text_view_get_iter_location (self->view, &end, &last);
  *top = first.y;
  *bottom = MAX (last.y + last.height, first.y + first.height);

  return TRUE;
}

/**
 * plx_article_pane_get_sentence_y:
 *
 * The vertical extent of a sentence as shown now, in the coordinates of
 * @relative_to.
 */
gboolean
plx_article_pane_get_sentence_y (PlxArticlePane *self,
                                 guint           sentence,
                                 GtkWidget      *relative_to,
                                 double         *top,
                                 double         *bottom)
{
  int buffer_top;
  int buffer_bottom;
  int x;
  int window_top;
  int window_bottom;

  if (!plx_article_pane_get_buffer_y (self, sentence, &buffer_top, &buffer_bottom))
    return FALSE;

  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, 0, buffer_top, &x,
                                         &window_top);
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, 0, buffer_bottom, &x,
                                         &window_bottom);

  return gtk_widget_translate_coordinates (GTK_WIDGET (self->view), relative_to, 0, window_top,
                                           NULL, top) &&
         gtk_widget_translate_coordinates (GTK_WIDGET (self->view), relative_to, 0, window_bottom,
                                           NULL, bottom);
}

/**
 * plx_article_pane_sentence_at_y:
 *
 * Returns: the sentence at @buffer_y, or -1
 */
int
plx_article_pane_sentence_at_y (PlxArticlePane *self,
                                int             buffer_y)
{
  GtkTextIter iter;
  guint offset;
  guint n;
  const PlxSentence *sentences;
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), -1);

  if (self->article == NULL)
    return -1;

  gtk_text_view_get_line_at_y (self->view, &iter, buffer_y, NULL);
  offset = article_offset (self, &iter);
  sentences = plx_article_get_sentences (self->article, &n);
  hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (sentences[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < n ? (int) lo : (int) n - 1;
}

/**
 * plx_article_pane_get_selection:
 * @start: (out): the article offset where the selection starts
 * @end: (out): the article offset where it ends
 *
 * Returns: whether text is selected
 */
gboolean
plx_article_pane_get_selection (PlxArticlePane *self,
                                guint          *start,
                                guint          *end)
{
  GtkTextIter from;
  GtkTextIter to;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), FALSE);

  if (self->article == NULL ||
      !gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (self->view), &from, &to))
    return FALSE;

  *start = article_offset (self, &from);
  *end = article_offset (self, &to);

  return TRUE;
}

void
plx_article_pane_scroll_to_sentence (PlxArticlePane *self,
                                     guint           sentence)
{
  GtkTextIter start;
  GtkTextIter end;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (self->article == NULL || sentence >= plx_article_get_n_sentences (self->article))
    return;

  plx_article_pane_iter_at_sentence (self, sentence, &start, &end);
  gtk_text_view_scroll_to_iter (self->view, &start, 0.0, TRUE, 0.0, 0.3);
}
