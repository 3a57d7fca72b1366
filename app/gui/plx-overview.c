/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A thin strip beside a pane that shows where in the whole article the
 * differences are: a mark per linked group that is not identical, coloured
 * like its link, and a grey mark per sentence the other article lacks.
 * Positions follow the text (characters), so the strip needs no layout of
 * the whole article. A click asks for the place with ::jump. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-link-band.h"
#include "plx-overview.h"

#define STRIP_WIDTH 12

typedef struct
{
  double from; /* fraction of the article */
  double to;
  int    kind; /* as the band's, or -1 for a sentence in one article only */
} Mark;

struct _PlxOverview
{
  GtkWidget parent_instance;

  /* owned */
  GArray *marks;
};

G_DEFINE_FINAL_TYPE (PlxOverview, plx_overview, GTK_TYPE_WIDGET)

enum
{
  JUMP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
plx_overview_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PlxOverview *self = PLX_OVERVIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);
      GdkRGBA color;
      double top = mark->from * height;
      double bottom = MAX (mark->to * height, top + 2);

      /* The band's neutral link colour, stronger for the kinds that
       * differ more; a sentence only one article has is an outline, as
       * it has no link. */
      plx_link_band_kind_color (MAX (mark->kind, 0), dark, &color);
      if (mark->kind < 0)
        {
          GskRoundedRect outline;
          const float widths[4] = { 1, 1, 1, 1 };
          const GdkRGBA colors[4] = { color, color, color, color };

          gsk_rounded_rect_init_from_rect (&outline,
                                           &GRAPHENE_RECT_INIT (2, top, width - 4, bottom - top),
                                           0);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
          continue;
        }

      color.alpha = MIN (1.0, 0.25 + plx_link_band_kind_style (mark->kind)->line / 2);
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (2, top, width - 4, bottom - top));
    }
}

static void
plx_overview_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? STRIP_WIDTH : 0;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PlxOverview     *self)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (height > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "overview.jump", "d", CLAMP (y / height, 0, 1));
}

/* overview.jump (d): a fraction of the article's height, as a click at
 * that place of the strip. */
static void
jump_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[JUMP], 0, CLAMP (g_variant_get_double (parameter), 0, 1));
}

static void
plx_overview_finalize (GObject *object)
{
  PlxOverview *self = (PlxOverview *) object;

  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (plx_overview_parent_class)->finalize (object);
}

static void
plx_overview_class_init (PlxOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = plx_overview_finalize;
  widget_class->snapshot = plx_overview_snapshot;
  widget_class->measure = plx_overview_measure;

  /**
   * PlxOverview::jump:
   * @fraction: where in the article, from 0 (start) to 1 (end)
   */
  signals[JUMP] = g_signal_new ("jump", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);

  gtk_widget_class_install_action (widget_class, "overview.jump", "d", jump_action_cb);
  gtk_widget_class_set_css_name (widget_class, "overview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
plx_overview_init (PlxOverview *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Where the differences are in the article"), -1);
}

/**
 * plx_overview_set_comparison:
 * @comparison: (nullable): a finished comparison
 */
void
plx_overview_set_comparison (PlxOverview   *self,
                             PlxComparison *comparison,
                             PlxSide        side)
{
  PlxArticle *article;
  const PlxSentence *sentences;
  double total;

  g_return_if_fail (PLX_IS_OVERVIEW (self));

  g_array_set_size (self->marks, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!plx_comparison_is_done (comparison))
    return;

  article = plx_comparison_get_article (comparison, side);
  sentences = plx_article_get_sentences (article, NULL);
  total = MAX (plx_article_get_n_chars (article), 1);

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      guint start = side == PLX_SIDE_A ? link->a_start : link->b_start;
      guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;
      Mark mark = { sentences[start].start / total, sentences[end - 1].end / total,
                    link->moved ? 3 : (int) link->kind };

      if (link->kind == PLX_LINK_IDENTICAL && !link->moved)
        continue;
      g_array_append_val (self->marks, mark);
    }

  {
    g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);

    for (guint k = 0; k < unmatched->len; k++)
      {
        guint i = g_array_index (unmatched, guint, k);
        Mark mark = { sentences[i].start / total, sentences[i].end / total, -1 };

        g_array_append_val (self->marks, mark);
      }
  }
}

guint
plx_overview_get_n_marks (PlxOverview *self)
{
  g_return_val_if_fail (PLX_IS_OVERVIEW (self), 0);

  return self->marks->len;
}

