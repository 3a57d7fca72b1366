/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The band between the two panes: a filled curve from each linked sentence
 * group on the left to its counterpart on the right, coloured by the kind
 * of link, as Meld draws its chunks. It draws what its provider gives it;
 * the comparison view works out where the sentences are. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-link-band.h"
#include "plx-palette.h"

#define BAND_WIDTH 56

struct _PlxLinkBand
{
  GtkWidget parent_instance;

  /* owned */
  GArray *links; /* PlxBandLink, as last drawn */

  /* borrowed */
  PlxBandProvider provider;
  gpointer        provider_data;
};

G_DEFINE_FINAL_TYPE (PlxLinkBand, plx_link_band, GTK_TYPE_WIDGET)

/* The colour of a link kind (or PLX_SWATCH_MOVED), from the palette. */
void
plx_link_band_kind_color (guint    kind,
                          gboolean dark,
                          GdkRGBA *color)
{
  const PlxSwatch *swatch = plx_palette_link (kind);

  gdk_rgba_parse (color, dark ? swatch->dark : swatch->light);
}

static void
plx_link_band_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PlxLinkBand *self = PLX_LINK_BAND (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  /* Where the sentences are is asked at drawing time: text views lay out
   * lazily, and positions computed earlier may be stale. */
  g_array_set_size (self->links, 0);
  if (self->provider != NULL)
    self->provider (self, self->links, self->provider_data);

  if (self->links->len == 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (guint i = 0; i < self->links->len; i++)
    {
      const PlxBandLink *link = &g_array_index (self->links, PlxBandLink, i);
      GdkRGBA color;
      double mid = width / 2;

      if ((link->a_bottom < 0 && link->b_bottom < 0) || (link->a_top > height && link->b_top > height))
        continue;

      plx_link_band_kind_color (link->kind, dark, &color);

      cairo_new_path (cr);
      cairo_move_to (cr, 0, link->a_top);
      cairo_curve_to (cr, mid, link->a_top, mid, link->b_top, width, link->b_top);
      cairo_line_to (cr, width, link->b_bottom);
      cairo_curve_to (cr, mid, link->b_bottom, mid, link->a_bottom, 0, link->a_bottom);
      cairo_close_path (cr);

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, link->focused ? 0.55 : 0.25);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, color.red, color.green, color.blue, link->focused ? 1.0 : 0.7);
      cairo_set_line_width (cr, link->focused ? 2.0 : 1.0);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
plx_link_band_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? BAND_WIDTH : 0;
}

static void
plx_link_band_finalize (GObject *object)
{
  PlxLinkBand *self = (PlxLinkBand *) object;

  g_clear_pointer (&self->links, g_array_unref);

  G_OBJECT_CLASS (plx_link_band_parent_class)->finalize (object);
}

static void
plx_link_band_class_init (PlxLinkBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = plx_link_band_finalize;
  widget_class->snapshot = plx_link_band_snapshot;
  widget_class->measure = plx_link_band_measure;

  gtk_widget_class_set_css_name (widget_class, "linkband");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
plx_link_band_init (PlxLinkBand *self)
{
  self->links = g_array_new (FALSE, FALSE, sizeof (PlxBandLink));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Links between the sentences of the two articles"), -1);
}

GtkWidget *
plx_link_band_new (void)
{
  return g_object_new (PLX_TYPE_LINK_BAND, NULL);
}

/**
 * plx_link_band_set_provider:
 * @provider: (nullable): asked for the links at every draw
 */
void
plx_link_band_set_provider (PlxLinkBand    *self,
                            PlxBandProvider provider,
                            gpointer        user_data)
{
  g_return_if_fail (PLX_IS_LINK_BAND (self));

  self->provider = provider;
  self->provider_data = user_data;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
plx_link_band_get_n_links (PlxLinkBand *self)
{
  g_return_val_if_fail (PLX_IS_LINK_BAND (self), 0);

  return self->links->len;
}

/**
 * plx_link_band_get_link:
 *
 * Returns: (nullable): the @index-th link drawn, in band coordinates
 */
const PlxBandLink *
plx_link_band_get_link (PlxLinkBand *self,
                        guint        index)
{
  g_return_val_if_fail (PLX_IS_LINK_BAND (self), NULL);

  return index < self->links->len ? &g_array_index (self->links, PlxBandLink, index) : NULL;
}
