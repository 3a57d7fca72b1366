/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The band between the two panes: a curve from each linked sentence group
 * on the left to its counterpart on the right, as Meld draws its chunks.
 * The highlight colours in the panes mean kinds of words, so the band does
 * not reuse them: every kind of link has the one neutral colour of the
 * palette and is told by its outline and fill — filled for a paraphrase,
 * a thin outline for identical sentences, dashed for a partial match,
 * dotted for a move. The link in focus is drawn last, on top, in the
 * accent colour. Fills are light and every ribbon keeps its outline, so
 * that overlapping ribbons stay apart instead of blending. It draws what
 * its provider gives it; the comparison view works out where the
 * sentences are. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-aligner.h"
#include "plx-link-band.h"
#include "plx-palette.h"

#define BAND_WIDTH 56

static const double dashed[] = { 5.0, 3.0 };
static const double dotted[] = { 0.5, 3.0 };

/* By kind: identical, paraphrase, partial, moved. */
static const PlxBandStyle styles[] = {
  { 0.06, 0.40, 1.0, NULL, 0 },
  { 0.18, 0.65, 1.0, NULL, 0 },
  { 0.06, 0.75, 1.5, dashed, G_N_ELEMENTS (dashed) },
  { 0.00, 0.85, 2.0, dotted, G_N_ELEMENTS (dotted) },
};

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

/**
 * plx_link_band_kind_style:
 * @kind: a #PlxLinkKind, or %PLX_SWATCH_MOVED
 *
 * Returns: how the band draws a link of @kind
 */
const PlxBandStyle *
plx_link_band_kind_style (guint kind)
{
  return &styles[MIN (kind, PLX_SWATCH_MOVED)];
}

static void
ribbon_path (cairo_t           *cr,
             const PlxBandLink *link,
             double             width)
{
  double mid = width / 2;

  cairo_new_path (cr);
  cairo_move_to (cr, 0, link->a_top);
  cairo_curve_to (cr, mid, link->a_top, mid, link->b_top, width, link->b_top);
  cairo_line_to (cr, width, link->b_bottom);
  cairo_curve_to (cr, mid, link->b_bottom, mid, link->a_bottom, 0, link->a_bottom);
  cairo_close_path (cr);
}

/* Fills, or with @outline strokes, the ribbons not in focus. */
static void
draw_ribbons (PlxLinkBand   *self,
              cairo_t       *cr,
              double         width,
              double         height,
              const GdkRGBA *neutral,
              gboolean       outline)
{
  for (guint i = 0; i < self->links->len; i++)
    {
      const PlxBandLink *link = &g_array_index (self->links, PlxBandLink, i);
      const PlxBandStyle *style = plx_link_band_kind_style (link->kind);

      if (link->focused || (link->a_bottom < 0 && link->b_bottom < 0) ||
          (link->a_top > height && link->b_top > height))
        continue;

      ribbon_path (cr, link, width);
      if (outline)
        {
          cairo_set_source_rgba (cr, neutral->red, neutral->green, neutral->blue, style->line);
          cairo_set_line_width (cr, style->width);
          cairo_set_dash (cr, style->dash, style->n_dash, 0);
          cairo_stroke (cr);
        }
      else if (style->fill > 0)
        {
          cairo_set_source_rgba (cr, neutral->red, neutral->green, neutral->blue, style->fill);
          cairo_fill (cr);
        }
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
plx_link_band_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PlxLinkBand *self = PLX_LINK_BAND (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const PlxBandLink *last;
  GdkRGBA neutral;
  GdkRGBA accent;
  cairo_t *cr;

  /* Where the sentences are is asked at drawing time: text views lay out
   * lazily, and positions computed earlier may be stale. */
  g_array_set_size (self->links, 0);
  if (self->provider != NULL)
    self->provider (self, self->links, self->provider_data);

  if (self->links->len == 0)
    return;

  /* The link in focus goes last, so that it is drawn over the others. */
  for (guint i = 0; i + 1 < self->links->len; i++)
    if (g_array_index (self->links, PlxBandLink, i).focused)
      {
        PlxBandLink focused = g_array_index (self->links, PlxBandLink, i);

        g_array_remove_index (self->links, i);
        g_array_append_val (self->links, focused);
        break;
      }

  plx_link_band_kind_color (0, dark, &neutral);
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_bg_color",
                                       &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_ribbons (self, cr, width, height, &neutral, FALSE);
  draw_ribbons (self, cr, width, height, &neutral, TRUE);

  last = &g_array_index (self->links, PlxBandLink, self->links->len - 1);
  if (last->focused)
    {
      ribbon_path (cr, last, width);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.3);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

/* What a kind of link means, for the band's tooltip. */
static const char *
kind_meaning (guint kind)
{
  switch (MIN (kind, PLX_SWATCH_MOVED))
    {
    case PLX_LINK_IDENTICAL:
      return _("Identical: both articles have this sentence in the same words (thin outline).");
    case PLX_LINK_PARAPHRASE:
      return _("Paraphrase: the same content in other words (filled).");
    case PLX_LINK_PARTIAL:
      return _("Partial: only part of one side is in the other (dashed outline).");
    default:
      return _("Moved: the sentences stand in another order in the other article (dotted outline).");
    }
}

/**
 * plx_link_band_dup_tooltip:
 *
 * Returns: (transfer full): what the band tells of the point @x, @y: the
 *   kind of the link drawn there, or how the kinds are drawn
 */
char *
plx_link_band_dup_tooltip (PlxLinkBand *self,
                           double       x,
                           double       y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  cairo_surface_t *surface;
  cairo_t *cr;
  int found = -1;

  g_return_val_if_fail (PLX_IS_LINK_BAND (self), NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  /* The last drawn is on top. */
  for (guint i = self->links->len; i > 0 && found < 0; i--)
    {
      ribbon_path (cr, &g_array_index (self->links, PlxBandLink, i - 1), width);
      if (cairo_in_fill (cr, x, y))
        found = i - 1;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (found >= 0)
    return g_strdup (kind_meaning (g_array_index (self->links, PlxBandLink, found).kind));

  return g_strdup (_("Links between the articles: filled for a paraphrase, a thin outline for "
                     "identical sentences, dashed for a partial match, dotted for a move; the "
                     "link in focus in the accent colour."));
}

static gboolean
plx_link_band_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  g_autofree char *text = plx_link_band_dup_tooltip (PLX_LINK_BAND (widget), x, y);

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
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
  widget_class->query_tooltip = plx_link_band_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "linkband");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
plx_link_band_init (PlxLinkBand *self)
{
  self->links = g_array_new (FALSE, FALSE, sizeof (PlxBandLink));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Links between the sentences of the two articles"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Filled for a paraphrase, a thin outline for identical "
                                    "sentences, dashed for a partial match, dotted for a move"),
                                  -1);
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
