/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Linked scrolling: the position in the pane scrolled last is mapped
 * through the links to the other pane, as Meld maps chunks, so that linked
 * sentences stay level; between two links both panes move in proportion.
 * A click on an overview strip scrolls its pane to that place. */

#include "config.h"

#include "plx-comparison-view-private.h"

/* How long a sentence that was shown is placed again while the panes lay
 * out their text (which can take seconds for long articles on a slow
 * machine); the reader's own scrolling ends it at once. */
#define SHOWN_HOLD_USEC (10 * G_USEC_PER_SEC)

/* The link at @position on the order-preserving path. */
static const PlxLink *
path_link (PlxComparisonView *self,
           guint              position)
{
  return plx_comparison_view_link_at (self, g_array_index (self->ordered, guint, position));
}

static gboolean
group_y (PlxComparisonView *self,
         PlxSide            side,
         const PlxLink     *link,
         double            *top,
         double            *bottom)
{
  guint start = plx_comparison_view_link_start (link, side);
  guint end = plx_comparison_view_link_end (link, side);
  int t, b, t2, b2;

  if (!plx_article_pane_get_buffer_y (self->panes[side], start, &t, &b) ||
      !plx_article_pane_get_buffer_y (self->panes[side], end - 1, &t2, &b2))
    return FALSE;

  *top = t;
  *bottom = b2;
  return TRUE;
}

static double
map_position (PlxComparisonView *self,
              PlxSide            from,
              double             y)
{
  PlxSide to = from == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  GtkAdjustment *adj_from = plx_article_pane_get_vadjustment (self->panes[from]);
  GtkAdjustment *adj_to = plx_article_pane_get_vadjustment (self->panes[to]);
  int sentence = plx_article_pane_sentence_at_y (self->panes[from], y);
  double from_lo = 0;
  double to_lo = 0;
  double from_hi = gtk_adjustment_get_upper (adj_from);
  double to_hi = gtk_adjustment_get_upper (adj_to);
  guint lo = 0;
  guint hi = self->ordered->len;

  /* The last path link that starts at or before the sentence. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if ((int) plx_comparison_view_link_start (path_link (self, mid), from) <= sentence)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo > 0)
    {
      const PlxLink *link = path_link (self, lo - 1);
      double f_top, f_bottom, t_top, t_bottom;

      if (group_y (self, from, link, &f_top, &f_bottom) &&
          group_y (self, to, link, &t_top, &t_bottom))
        {
          if (y <= f_bottom)
            {
              double fraction = f_bottom > f_top ? (y - f_top) / (f_bottom - f_top) : 0;

              return t_top + CLAMP (fraction, 0, 1) * (t_bottom - t_top);
            }
          from_lo = f_bottom;
          to_lo = t_bottom;
        }
    }

  if (lo < self->ordered->len)
    {
      const PlxLink *link = path_link (self, lo);
      double f_top, f_bottom, t_top, t_bottom;

      if (group_y (self, from, link, &f_top, &f_bottom) &&
          group_y (self, to, link, &t_top, &t_bottom))
        {
          from_hi = f_top;
          to_hi = t_top;
        }
    }

  /* Between two links, both panes move in proportion. */
  if (from_hi <= from_lo)
    return to_lo;
  return to_lo + (y - from_lo) / (from_hi - from_lo) * (to_hi - to_lo);
}

static gboolean resync_cb (gpointer data);

static void
scroll_changed (PlxComparisonView *self,
                PlxSide            from)
{
  PlxSide to = from == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  GtkAdjustment *adj_from = plx_article_pane_get_vadjustment (self->panes[from]);
  GtkAdjustment *adj_to = plx_article_pane_get_vadjustment (self->panes[to]);
  double center;
  double target;

  plx_comparison_view_queue_band (self);

  if (!self->syncing)
    self->scroll_leader = from;
  /* The reader scrolled: what was shown stays where they leave it. */
  if (!self->syncing && !self->allocating)
    self->shown_sentence[PLX_SIDE_A] = self->shown_sentence[PLX_SIDE_B] = -1;
  if (self->syncing || plx_article_pane_get_article (self->panes[to]) == NULL ||
      plx_article_pane_get_article (self->panes[from]) == NULL)
    return;

  /* A text view that moves its own offset while the view allocates it (a
   * scroll asked for before its lines were laid out) must not move the
   * other pane then: that pane may be allocated already, and its scroll bar
   * would be drawn without an allocation. It follows just after. */
  if (self->allocating)
    {
      if (self->resync_id == 0)
        self->resync_id = g_idle_add (resync_cb, self);
      return;
    }

  center = gtk_adjustment_get_value (adj_from) + gtk_adjustment_get_page_size (adj_from) / 2;
  if (self->ordered->len > 0)
    target = map_position (self, from, center);
  else
    {
      double range = gtk_adjustment_get_upper (adj_from);

      target = range > 0 ? center / range * gtk_adjustment_get_upper (adj_to) : 0;
    }

  self->syncing = TRUE;
  gtk_adjustment_set_value (adj_to, target - gtk_adjustment_get_page_size (adj_to) / 2);
  self->syncing = FALSE;
}

static void
scroll_a_cb (GtkAdjustment     *adjustment,
             PlxComparisonView *self)
{
  scroll_changed (self, PLX_SIDE_A);
}

static void
scroll_b_cb (GtkAdjustment     *adjustment,
             PlxComparisonView *self)
{
  scroll_changed (self, PLX_SIDE_B);
}

/* Places @sentence of one pane a third of the way down, at once, and again
 * while the pane lays its text out (until then its heights are guesses).
 * Both panes of a link are placed this way, without linked scrolling: two
 * animated scrolls, each pulling the other pane along, would end wherever
 * they met. */
void
plx_comparison_view_scroll_pane_to (PlxComparisonView *self,
                                    PlxSide            side,
                                    guint              sentence)
{
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);
  int top;
  int bottom;

  if (!plx_article_pane_get_buffer_y (self->panes[side], sentence, &top, &bottom))
    {
      plx_article_pane_scroll_to_sentence (self->panes[side], sentence);
      return;
    }
  self->syncing = TRUE;
  gtk_adjustment_set_value (adjustment, top - 0.3 * gtk_adjustment_get_page_size (adjustment));
  self->syncing = FALSE;
  self->shown_sentence[side] = sentence;
  self->shown_until = g_get_monotonic_time () + SHOWN_HOLD_USEC;
}

static gboolean
resync_cb (gpointer data)
{
  PlxComparisonView *self = data;
  gboolean placed = FALSE;

  self->resync_id = 0;
  for (guint side = 0; side < 2; side++)
    if (self->shown_sentence[side] >= 0 && g_get_monotonic_time () < self->shown_until)
      {
        plx_comparison_view_scroll_pane_to (self, side, self->shown_sentence[side]);
        placed = TRUE;
      }
  if (!placed && self->scroll_leader >= 0)
    scroll_changed (self, self->scroll_leader);

  return G_SOURCE_REMOVE;
}

static void
adjustment_changed_cb (GtkAdjustment     *adjustment,
                       PlxComparisonView *self)
{
  plx_comparison_view_queue_band (self);

  /* Text views lay out their lines in the background: when either pane
   * learns its real height only after the user scrolled, the other follows
   * again, so both end up level. Not from here: the text view is in the
   * middle of its allocation and would put its own offset back. */
  if ((self->scroll_leader >= 0 || self->shown_sentence[PLX_SIDE_A] >= 0 ||
       self->shown_sentence[PLX_SIDE_B] >= 0) &&
      self->resync_id == 0)
    self->resync_id = g_idle_add (resync_cb, self);
}

/* The overview strips: a click there scrolls the pane to that place. */
static void
jump (PlxComparisonView *self,
      PlxSide            side,
      double             fraction)
{
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);
  PlxArticle *article = plx_article_pane_get_article (self->panes[side]);
  guint n;
  const PlxSentence *sentences;
  guint target;
  int top, bottom;

  if (article == NULL)
    return;

  /* The sentence at that share of the text, placed at the middle. */
  sentences = plx_article_get_sentences (article, &n);
  target = 0;
  while (target + 1 < n && sentences[target + 1].start <= fraction * plx_article_get_n_chars (article))
    target++;
  if (n > 0 && plx_article_pane_get_buffer_y (self->panes[side], target, &top, &bottom))
    gtk_adjustment_set_value (adjustment, top - gtk_adjustment_get_page_size (adjustment) / 2);
}

static void
jump_a_cb (PlxOverview       *overview,
           double             fraction,
           PlxComparisonView *self)
{
  jump (self, PLX_SIDE_A, fraction);
}

static void
jump_b_cb (PlxOverview       *overview,
           double             fraction,
           PlxComparisonView *self)
{
  jump (self, PLX_SIDE_B, fraction);
}

void
plx_comparison_view_init_scroll (PlxComparisonView *self)
{
  self->shown_sentence[PLX_SIDE_A] = self->shown_sentence[PLX_SIDE_B] = -1;
  for (guint side = 0; side < 2; side++)
    {
      GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);

      g_signal_connect_object (adjustment, "value-changed",
                               G_CALLBACK (side == PLX_SIDE_A ? scroll_a_cb : scroll_b_cb), self,
                               0);
      g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self, 0);
      g_signal_connect_object (self->overviews[side], "jump",
                               G_CALLBACK (side == PLX_SIDE_A ? jump_a_cb : jump_b_cb), self, 0);
    }
}
