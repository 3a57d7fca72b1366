/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The marker of the current difference: a bar in the accent colour in the
 * left gutter of an article's text, beside the lines of the sentences in
 * focus, as editors mark a changed line. A bar and not a wash, so that it
 * cannot be taken for a highlight colour and reads the same over any of
 * them. It asks the text view where the lines are at drawing time: the
 * view lays its text out lazily and rewraps it on every resize. */

#include "config.h"

#include "plx-focus-bar.h"

#define BAR_WIDTH 4
#define GUTTER_WIDTH 8

struct _PlxFocusBar
{
  GtkWidget parent_instance;

  /* borrowed */
  GtkTextView *view;

  /* owned */
  int start; /* buffer offsets of the range in focus, or -1 */
  int end;
};

G_DEFINE_FINAL_TYPE (PlxFocusBar, plx_focus_bar, GTK_TYPE_WIDGET)

/**
 * plx_focus_bar_get_extent:
 * @top: (out): the top of the bar, in the bar's coordinates
 * @bottom: (out): its bottom
 *
 * Returns: whether a range is in focus (the bar may lie outside the view)
 */
gboolean
plx_focus_bar_get_extent (PlxFocusBar *self,
                          double      *top,
                          double      *bottom)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;
  GdkRectangle first;
  GdkRectangle last;
  int x;
  int y_top;
  int y_bottom;

  g_return_val_if_fail (PLX_IS_FOCUS_BAR (self), FALSE);

  if (self->view == NULL || self->start < 0 || self->end <= self->start)
    return FALSE;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, self->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, self->end - 1);
  gtk_text_view_get_iter_location (self->view, &start, &first);
  gtk_text_view_get_iter_location (self->view, &end, &last);
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_LEFT, 0, first.y, &x,
                                         &y_top);
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_LEFT, 0,
                                         MAX (last.y + last.height, first.y + first.height), &x,
                                         &y_bottom);
  *top = y_top;
  *bottom = y_bottom;

  return TRUE;
}

static void
plx_focus_bar_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PlxFocusBar *self = PLX_FOCUS_BAR (widget);
  double height = gtk_widget_get_height (widget);
  double top;
  double bottom;
  GskRoundedRect bar;
  GdkRGBA color;

  if (!plx_focus_bar_get_extent (self, &top, &bottom) || bottom < 0 || top > height)
    return;

  /* The colour is the widget's CSS colour (style.css: the accent). */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gsk_rounded_rect_init_from_rect (&bar,
                                   &GRAPHENE_RECT_INIT (GUTTER_WIDTH - BAR_WIDTH - 1, top,
                                                        BAR_WIDTH, bottom - top),
                                   BAR_WIDTH / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &bar);
  gtk_snapshot_append_color (snapshot, &color, &bar.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
plx_focus_bar_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? GUTTER_WIDTH : 0;
}

static void
plx_focus_bar_class_init (PlxFocusBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = plx_focus_bar_snapshot;
  widget_class->measure = plx_focus_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "focusbar");
}

static void
plx_focus_bar_init (PlxFocusBar *self)
{
  self->start = self->end = -1;
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

static void
value_changed_cb (PlxFocusBar *self)
{
  if (self->start >= 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * plx_focus_bar_new:
 * @view: the text view whose left gutter the bar becomes
 *
 * The bar sets itself as @view's left gutter.
 */
GtkWidget *
plx_focus_bar_new (GtkTextView *view)
{
  PlxFocusBar *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (PLX_TYPE_FOCUS_BAR, NULL);
  self->view = view;
  gtk_text_view_set_gutter (view, GTK_TEXT_WINDOW_LEFT, GTK_WIDGET (self));
  /* The view scrolls its gutters with the text but keeps their drawing:
   * the bar is drawn again at every scroll while it shows. */
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)),
                           "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * plx_focus_bar_set_range:
 * @start: the buffer offset where the focus starts, or -1 for none
 * @end: where it ends
 */
void
plx_focus_bar_set_range (PlxFocusBar *self,
                         int          start,
                         int          end)
{
  g_return_if_fail (PLX_IS_FOCUS_BAR (self));

  if (self->start == start && self->end == end)
    return;

  self->start = start;
  self->end = end;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
