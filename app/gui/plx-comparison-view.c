/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison itself: the two articles side by side with the link band
 * between them and a details bar below. It keeps linked sentences level
 * while either pane scrolls (the position in one pane is mapped through the
 * links to the other, as Meld maps chunks), highlights the sentence group
 * under the pointer with its counterpart, and moves from difference to
 * difference. It shows the comparison; the analysis is the core's.
 *
 * This file holds the widget, its layout and its comparison property; the
 * band's links are in plx-comparison-view-band.c, linked scrolling in
 * plx-comparison-view-scroll.c, the focus, details bar and navigation in
 * plx-comparison-view-focus.c, and manual correction in
 * plx-comparison-view-edit.c. */

#include "config.h"

#include <string.h>

#include "plx-comparison-view-private.h"
#include "plx-key-differences.h"

G_DEFINE_FINAL_TYPE (PlxComparisonView, plx_comparison_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Layout: the band keeps its width, the panes share the rest evenly. */

/* The width each pane would like. The view asks for this much, not for
 * the width of its longest line or label, so that a window's side panel
 * folds over the articles (AdwFlap folds below the natural widths of both)
 * before the articles get narrower than about this: at 900 pixels each
 * article keeps almost half of the window. */
#define PANE_NATURAL_WIDTH 300

static void
plx_comparison_view_measure (GtkWidget     *widget,
                             GtkOrientation orientation,
                             int            for_size,
                             int           *minimum,
                             int           *natural,
                             int           *minimum_baseline,
                             int           *natural_baseline)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  GtkWidget *columns[] = { GTK_WIDGET (self->overviews[0]), GTK_WIDGET (self->panes[0]),
                           GTK_WIDGET (self->band), GTK_WIDGET (self->panes[1]),
                           GTK_WIDGET (self->overviews[1]) };
  int details_min, details_nat;
  int top_min, top_nat;

  *minimum = *natural = 0;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (columns[i], orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          if (columns[i] == GTK_WIDGET (self->panes[0]) ||
              columns[i] == GTK_WIDGET (self->panes[1]))
            child_nat = MAX (child_min, PANE_NATURAL_WIDTH);
          *minimum += child_min;
          *natural += child_nat;
        }
      else
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }

  /* The key differences and the legend wrap: their natural widths (a
   * whole line of text) do not widen the view. */
  gtk_widget_measure (self->bottom, orientation, for_size, &details_min, &details_nat, NULL,
                      NULL);
  gtk_widget_measure (GTK_WIDGET (self->key_differences), orientation, for_size, &top_min,
                      &top_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum += details_min + top_min;
      *natural += details_nat + top_nat;
    }
  else
    {
      *minimum = MAX (*minimum, MAX (details_min, top_min));
      *natural = MAX (*natural, *minimum);
    }
}

static void
plx_comparison_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  int band_width, strip_width, details_height, unused;
  int pane_width;
  int columns_height;
  int top_height = 0;
  int top_min;

  gtk_widget_measure (GTK_WIDGET (self->band), GTK_ORIENTATION_HORIZONTAL, -1, &band_width,
                      &unused, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->overviews[0]), GTK_ORIENTATION_HORIZONTAL, -1,
                      &strip_width, &unused, NULL, NULL);
  gtk_widget_measure (self->bottom, GTK_ORIENTATION_VERTICAL, width, &unused, &details_height,
                      NULL, NULL);
  details_height = MIN (details_height, height / 3);
  self->allocating = TRUE;
  /* The key differences lead, but leave the panes most of the height: past
   * a quarter of it their list scrolls. */
  if (gtk_widget_should_layout (GTK_WIDGET (self->key_differences)))
    {
      gtk_widget_measure (GTK_WIDGET (self->key_differences), GTK_ORIENTATION_VERTICAL, width,
                          &top_min, &top_height, NULL, NULL);
      top_height = MAX (top_min, MIN (top_height, height / 4));
      gtk_widget_allocate (GTK_WIDGET (self->key_differences), width, top_height, -1, NULL);
    }
  columns_height = MAX (0, height - details_height - top_height);
  pane_width = MAX (0, (width - band_width - 2 * strip_width) / 2);

  gtk_widget_allocate (GTK_WIDGET (self->overviews[0]), strip_width, columns_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, top_height)));
  gtk_widget_allocate (GTK_WIDGET (self->panes[0]), pane_width, columns_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (strip_width, top_height)));
  gtk_widget_allocate (GTK_WIDGET (self->band), band_width, columns_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (strip_width + pane_width,
                                                                      top_height)));
  gtk_widget_allocate (GTK_WIDGET (self->panes[1]),
                       MAX (0, width - 2 * strip_width - pane_width - band_width), columns_height,
                       -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (strip_width + pane_width +
                                                                        band_width,
                                                                      top_height)));
  gtk_widget_allocate (GTK_WIDGET (self->overviews[1]), strip_width, columns_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (width - strip_width,
                                                                      top_height)));
  gtk_widget_allocate (self->bottom, width, details_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (0, top_height +
                                                                           columns_height)));
  self->allocating = FALSE;
  plx_comparison_view_queue_band (self);
}

static void
refresh (PlxComparisonView *self)
{
  int focus = self->focus;

  g_array_set_size (self->ordered, 0);
  if (plx_comparison_is_done (self->comparison))
    for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
      if (!plx_comparison_get_link (self->comparison, k)->moved)
        g_array_append_val (self->ordered, k);

  plx_key_differences_panel_set_comparison (self->key_differences, self->comparison);
  for (guint side = 0; side < 2; side++)
    {
      plx_article_pane_set_comparison (self->panes[side], self->comparison, side);
      plx_overview_set_comparison (self->overviews[side], self->comparison, side);
    }
  plx_comparison_view_update_notes (self);

  plx_comparison_view_clear_focus (self);
  if (focus >= 0 && self->comparison != NULL &&
      (guint) focus < plx_comparison_get_n_links (self->comparison))
    plx_comparison_view_focus_link (self, focus);
  plx_comparison_view_queue_band (self);
}

static void
comparison_changed_cb (PlxComparisonView *self)
{
  refresh (self);
}

/* A key difference chosen: its place in both articles. */
static void
key_difference_activated_cb (PlxComparisonView *self,
                             guint              index)
{
  GArray *items;
  const PlxKeyDifference *item;

  if (!plx_comparison_is_done (self->comparison))
    return;
  items = plx_comparison_get_key_differences (self->comparison);
  if (index >= items->len)
    return;
  item = &g_array_index (items, PlxKeyDifference, index);
  plx_comparison_view_show_places (self, item->place[PLX_SIDE_A].sentence,
                                   item->place[PLX_SIDE_B].sentence);
}

static void
plx_comparison_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      plx_comparison_view_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_view_dispose (GObject *object)
{
  PlxComparisonView *self = (PlxComparisonView *) object;
  GtkWidget *child;

  if (self->band != NULL)
    plx_link_band_set_provider (self->band, NULL, NULL);
  g_clear_handle_id (&self->resync_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_COMPARISON_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->comparison_signals != NULL)
    g_signal_group_set_target (self->comparison_signals, NULL);
  g_clear_object (&self->comparison_signals);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (plx_comparison_view_parent_class)->dispose (object);
}

static void
plx_comparison_view_finalize (GObject *object)
{
  PlxComparisonView *self = (PlxComparisonView *) object;

  g_clear_pointer (&self->ordered, g_array_unref);
  g_clear_pointer (&self->details, g_free);
  plx_comparison_view_free_notes (self);

  G_OBJECT_CLASS (plx_comparison_view_parent_class)->finalize (object);
}

static void
plx_comparison_view_class_init (PlxComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_comparison_view_dispose;
  object_class->finalize = plx_comparison_view_finalize;
  object_class->get_property = plx_comparison_view_get_property;
  object_class->set_property = plx_comparison_view_set_property;
  widget_class->measure = plx_comparison_view_measure;
  widget_class->size_allocate = plx_comparison_view_size_allocate;

  /**
   * PlxComparisonView:comparison:
   *
   * The finished comparison of the two panes' articles, or %NULL.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, PLX_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLX_TYPE_ARTICLE_PANE);
  g_type_ensure (PLX_TYPE_KEY_DIFFERENCES_PANEL);
  g_type_ensure (PLX_TYPE_LINK_BAND);
  g_type_ensure (PLX_TYPE_OVERVIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-comparison-view.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "pane_a", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, panes[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "pane_b", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, panes[1]));
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, band);
  gtk_widget_class_bind_template_child_full (widget_class, "overview_a", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, overviews[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "overview_b", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, overviews[1]));
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, bottom);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, key_differences);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, details_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, details_label);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, legend);

  plx_comparison_view_class_install_focus_actions (widget_class);
  plx_comparison_view_class_install_edit_actions (widget_class);
  plx_comparison_view_class_install_note_actions (widget_class);
  plx_comparison_view_class_install_claim_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "comparisonview");
}

static void
plx_comparison_view_init (PlxComparisonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Both headers are one height, so that the texts start level when one
   * article's citation line takes two lines and the other's one or none. */
  {
    g_autoptr(GtkSizeGroup) headers = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);

    gtk_size_group_add_widget (headers, plx_article_pane_get_header (self->panes[PLX_SIDE_A]));
    gtk_size_group_add_widget (headers, plx_article_pane_get_header (self->panes[PLX_SIDE_B]));
  }

  /* The legend's chips are toggle buttons: the keyboard goes to them, not
   * to the flow box's cells around them as well. */
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->legend)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    gtk_widget_set_focusable (cell, FALSE);

  self->focus = -1;
  self->focus_side = -1;
  self->ordered = g_array_new (FALSE, FALSE, sizeof (guint));
  /* The comparison tells of edits (its own or undone ones) through one
   * signal, and of what can be undone through two properties. */
  self->comparison_signals = g_signal_group_new (PLX_TYPE_COMPARISON);
  g_signal_group_connect_object (self->comparison_signals, "changed",
                                 G_CALLBACK (comparison_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->comparison_signals, "notify::can-undo",
                                 G_CALLBACK (plx_comparison_view_update_edit_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->comparison_signals, "notify::can-redo",
                                 G_CALLBACK (plx_comparison_view_update_edit_actions), self,
                                 G_CONNECT_SWAPPED);

  g_signal_connect_object (self->key_differences, "item-activated",
                           G_CALLBACK (key_difference_activated_cb), self, G_CONNECT_SWAPPED);

  plx_comparison_view_init_band (self);
  plx_comparison_view_init_scroll (self);
  plx_comparison_view_init_focus (self);
  plx_comparison_view_init_edit (self);
  plx_comparison_view_init_notes (self);
}

PlxArticlePane *
plx_comparison_view_get_pane (PlxComparisonView *self,
                              PlxSide            side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->panes[side];
}

PlxLinkBand *
plx_comparison_view_get_band (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->band;
}

/**
 * plx_comparison_view_set_comparison:
 * @comparison: (nullable): a finished comparison of the two panes' articles
 */
void
plx_comparison_view_set_comparison (PlxComparisonView *self,
                                    PlxComparison     *comparison)
{
  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));
  g_return_if_fail (comparison == NULL || PLX_IS_COMPARISON (comparison));

  if (self->comparison == comparison)
    return;

  plx_comparison_view_clear_focus (self);
  g_set_object (&self->comparison, comparison);
  g_signal_group_set_target (self->comparison_signals, comparison);
  memset (self->picked, 0, sizeof self->picked);
  plx_comparison_view_update_edit_actions (self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

PlxComparison *
plx_comparison_view_get_comparison (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->comparison;
}

int
plx_comparison_view_get_focus (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), -1);

  return self->focus;
}

/**
 * plx_comparison_view_get_details:
 *
 * Returns: (nullable): the details bar as plain text
 */
const char *
plx_comparison_view_get_details (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->details;
}

PlxKeyDifferencesPanel *
plx_comparison_view_get_key_differences (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->key_differences;
}

PlxOverview *
plx_comparison_view_get_overview (PlxComparisonView *self,
                                  PlxSide            side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->overviews[side];
}
