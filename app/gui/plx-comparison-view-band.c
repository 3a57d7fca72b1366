/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The view's side of the link band: which links are in view and where
 * their sentences are, in the band's coordinates. The band draws them; it
 * knows nothing of articles or scrolling. */

#include "config.h"

#include "plx-comparison-view-private.h"

/* How far above or below the band a curve to a sentence off screen ends. */
#define BAND_OFF_SCREEN 40.0

/* The first and the last sentence of @side in view. */
void
plx_comparison_view_visible_sentences (PlxComparisonView *self,
                                       PlxSide            side,
                                       int               *first,
                                       int               *last)
{
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);
  double value = gtk_adjustment_get_value (adjustment);

  *first = plx_article_pane_sentence_at_y (self->panes[side], value);
  *last = plx_article_pane_sentence_at_y (self->panes[side],
                                          value + gtk_adjustment_get_page_size (adjustment));
}

/* Where the top (@top) or bottom of @sentence is, in the band's
 * coordinates. A sentence off screen only needs to be off the band's edge:
 * asking the text view where it is would lay out the text up to there, and
 * a link with one end in view can have the other a megabyte away. */
static gboolean
band_y (PlxComparisonView *self,
        PlxSide            side,
        guint              sentence,
        const int         *first,
        const int         *last,
        gboolean           top,
        double            *y)
{
  double sentence_top;
  double sentence_bottom;

  /* A group wholly off screen still has its top above its bottom. */
  if ((int) sentence < first[side])
    {
      *y = -BAND_OFF_SCREEN - (top ? 1 : 0);
      return TRUE;
    }
  if ((int) sentence > last[side])
    {
      *y = gtk_widget_get_height (GTK_WIDGET (self->band)) + BAND_OFF_SCREEN + (top ? 0 : 1);
      return TRUE;
    }
  if (!plx_article_pane_get_sentence_y (self->panes[side], sentence, GTK_WIDGET (self->band),
                                        &sentence_top, &sentence_bottom))
    return FALSE;
  *y = top ? sentence_top : sentence_bottom;

  return TRUE;
}

static void
provide_band_cb (PlxLinkBand *band,
                 GArray      *links,
                 gpointer     user_data)
{
  PlxComparisonView *self = user_data;
  int first[2];
  int last[2];

  if (!plx_comparison_is_done (self->comparison))
    return;

  for (guint side = 0; side < 2; side++)
    plx_comparison_view_visible_sentences (self, side, &first[side], &last[side]);

  for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
    {
      const PlxLink *link = plx_comparison_view_link_at (self, k);
      PlxBandLink drawn = { 0 };
      gboolean shown = FALSE;

      for (guint side = 0; side < 2; side++)
        shown |= (int) plx_comparison_view_link_end (link, side) > first[side] &&
                 (int) plx_comparison_view_link_start (link, side) <= last[side];
      if (!shown)
        continue;

      if (!band_y (self, PLX_SIDE_A, link->a_start, first, last, TRUE, &drawn.a_top) ||
          !band_y (self, PLX_SIDE_A, link->a_end - 1, first, last, FALSE, &drawn.a_bottom) ||
          !band_y (self, PLX_SIDE_B, link->b_start, first, last, TRUE, &drawn.b_top) ||
          !band_y (self, PLX_SIDE_B, link->b_end - 1, first, last, FALSE, &drawn.b_bottom))
        continue;

      drawn.kind = link->moved ? 3 : link->kind;
      drawn.focused = (int) k == self->focus;
      g_array_append_val (links, drawn);
    }
}

void
plx_comparison_view_queue_band (PlxComparisonView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->band));
}

void
plx_comparison_view_init_band (PlxComparisonView *self)
{
  plx_link_band_set_provider (self->band, provide_band_cb, self);
}
