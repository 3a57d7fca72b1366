/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Drawing the coverage table: the header row of outlet names stays in
 * place, and only the rows in view are drawn. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "plx-coverage-view-private.h"
#include "plx-palette.h"

#define n_articles(s) plx_coverage_view_n_articles (s)
#define n_units(s) plx_coverage_view_n_units (s)
#define cell_width(s) plx_coverage_view_cell_width (s)
#define text_width(s) plx_coverage_view_text_width (s)
#define column_x(s, k) plx_coverage_view_column_x (s, k)
#define scroll_y(s) plx_coverage_view_scroll_y (s)

static const char *
block_colour (PlxTold  told,
              gboolean dark)
{
  const PlxSwatch *swatch = plx_palette_told (told);

  return dark ? swatch->dark : swatch->light;
}

/* The symbol of a block: the reports' "·" of a cell not told is left out
 * here, where its block is an empty outline. */
static void
block_symbol (const PlxUnitCell *cell,
              char              *symbol,
              gsize              size)
{
  g_snprintf (symbol, size, "%s%s", plx_palette_told_symbol (cell->told),
              cell->moved ? " ↕" : "");
}

static void
get_colour (GtkWidget *widget,
                             GdkRGBA   *colour)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
draw_layout (GtkSnapshot    *snapshot,
             PangoLayout    *layout,
             double          x,
             double          y,
             const GdkRGBA  *colour)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

/* The one layout every line is drawn with, one after the other: a frame
 * draws a line per cell in view. */
static PangoLayout *
get_layout (PlxCoverageView *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      self->bold = pango_attr_list_new ();
      pango_attr_list_insert (self->bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
    }
  return self->layout;
}

/* The font or the direction changed: the next frame makes the layout
 * anew. */
void
plx_coverage_view_clear_layout (PlxCoverageView *self)
{
  g_clear_object (&self->layout);
  g_clear_pointer (&self->bold, pango_attr_list_unref);
}

/* One line of @text, cut with an ellipsis to @width, at (@x, middle of a
 * band of @height from @y); @centre centres it. */
static void
draw_line (PlxCoverageView *self,
           GtkSnapshot     *snapshot,
           const char      *text,
           double           x,
           double           y,
           int              width,
           int              height,
           gboolean         centre,
           gboolean         bold,
           const GdkRGBA   *colour)
{
  PangoLayout *layout = get_layout (self);
  g_autofree char *line = NULL;
  int w;
  int h;

  if (strpbrk (text, "\n\t") != NULL)
    text = line = g_strdelimit (g_strdup (text), "\n\t", ' ');
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  /* Outlets named by files that differ at the end ("story_1", "story_2")
   * stay apart. */
  pango_layout_set_ellipsize (layout, centre ? PANGO_ELLIPSIZE_MIDDLE : PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_attributes (layout, bold ? self->bold : NULL);
  pango_layout_get_pixel_size (layout, &w, &h);
  draw_layout (snapshot, layout, x, y + (height - h) / 2.0, colour);
}

static void
draw_header (PlxCoverageView *self,
             GtkSnapshot     *snapshot,
             const GdkRGBA   *fg,
             const GdkRGBA   *bg)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  GdkRGBA line = *fg;

  gtk_snapshot_append_color (snapshot, bg, &GRAPHENE_RECT_INIT (0, 0, width, HEADER_HEIGHT));
  draw_line (self, snapshot, _("Story unit"),
             MARGIN + NUMBER_WIDTH, 0, text_width (self) - 8, HEADER_HEIGHT, FALSE, TRUE, fg);
  for (guint k = 0; k < n_articles (self); k++)
    {
      g_autofree char *name = plx_coverage_dup_outlet_name (
        plx_collation_get_article (self->collation, k));

      draw_line (self, snapshot, name, column_x (self, k) + 2, 0, cell_width (self) - 4,
                 HEADER_HEIGHT, TRUE, k == plx_collation_get_pivot (self->collation), fg);
    }
  line.alpha = 0.25;
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT - 1, width, 1));
}

static void
draw_cell (PlxCoverageView   *self,
           GtkSnapshot       *snapshot,
           const PlxUnitCell *cell,
           guint              k,
           double             y,
           gboolean           dark,
           const GdkRGBA     *fg)
{
  GskRoundedRect box;
  int w = cell_width (self) - 16;
  double x = column_x (self, k) + 8;
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y + (ROW_HEIGHT - BLOCK_HEIGHT) / 2.0, w,
                                             BLOCK_HEIGHT);

  gsk_rounded_rect_init_from_rect (&box, &rect, 4);
  if (cell->told == PLX_TOLD_ABSENT)
    {
      GdkRGBA edge = *fg;
      float widths[4] = { 1, 1, 1, 1 };
      GdkRGBA edges[4];

      edge.alpha = 0.2;
      for (guint i = 0; i < 4; i++)
        edges[i] = edge;
      gtk_snapshot_append_border (snapshot, &box, widths, edges);
      return;
    }

  {
    GdkRGBA fill;

    gdk_rgba_parse (&fill, block_colour (cell->told, dark));
    gtk_snapshot_push_rounded_clip (snapshot, &box);
    gtk_snapshot_append_color (snapshot, &fill, &rect);
    gtk_snapshot_pop (snapshot);
  }
  {
    char symbol[16];

    block_symbol (cell, symbol, sizeof symbol);
    draw_line (self, snapshot, symbol, x, rect.origin.y, w, BLOCK_HEIGHT, TRUE, FALSE, fg);
  }
}

static void
draw_cursor (PlxCoverageView *self,
             GtkSnapshot     *snapshot,
             double           y)
{
  GdkRGBA accent;
  GskRoundedRect box;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA edges[4];
  graphene_rect_t rect = GRAPHENE_RECT_INIT (column_x (self, self->cursor_article) + 4, y + 2,
                                             cell_width (self) - 8, ROW_HEIGHT - 4);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    accent.alpha = 0.4;
  for (guint i = 0; i < 4; i++)
    edges[i] = accent;
  gsk_rounded_rect_init_from_rect (&box, &rect, 6);
  gtk_snapshot_append_border (snapshot, &box, widths, edges);
}

static void
draw_row (PlxCoverageView *self,
          GtkSnapshot     *snapshot,
          guint            u,
          double           y,
          gboolean         dark,
          const GdkRGBA   *fg)
{
  const PlxUnit *unit = plx_collation_get_unit (self->collation, u);
  char number[16];
  const char *words = plx_coverage_view_get_unit_words (self, u);
  GdkRGBA dim = *fg;

  g_snprintf (number, sizeof number, "%u", u + 1);
  dim.alpha = 0.55;
  draw_line (self, snapshot, number, MARGIN, y, NUMBER_WIDTH - 8, ROW_HEIGHT, FALSE, FALSE, &dim);
  draw_line (self, snapshot, words, MARGIN + NUMBER_WIDTH, y, text_width (self) - 12, ROW_HEIGHT,
             FALSE, FALSE, fg);
  for (guint k = 0; k < n_articles (self); k++)
    draw_cell (self, snapshot, &unit->cells[k], k, y, dark, fg);
  if (u == self->cursor_unit)
    draw_cursor (self, snapshot, y);
}

void
plx_coverage_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  double top = scroll_y (self);
  guint first = (guint) (top / ROW_HEIGHT);
  GdkRGBA fg;
  GdkRGBA bg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "view_bg_color",
                                       &bg))
    gdk_rgba_parse (&bg, dark ? "#1e1e1e" : "#ffffff");
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (n_units (self) == 0)
    return;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT, width,
                                                         MAX (height - HEADER_HEIGHT, 0)));
  for (guint u = first; u < n_units (self); u++)
    {
      double y = HEADER_HEIGHT + (double) u * ROW_HEIGHT - top;

      if (y > height)
        break;
      if (u % 2 == 1)
        {
          GdkRGBA stripe = fg;

          stripe.alpha = 0.04;
          gtk_snapshot_append_color (snapshot, &stripe,
                                     &GRAPHENE_RECT_INIT (0, y, width, ROW_HEIGHT));
        }
      draw_row (self, snapshot, u, y, dark, &fg);
    }
  gtk_snapshot_pop (snapshot);
  draw_header (self, snapshot, &fg, &bg);
}

/* The legend below the table: a block of each colour with its meaning. */

static void
draw_chip (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        told)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA fill;

  if (GPOINTER_TO_UINT (told) == PLX_TOLD_ABSENT)
    {
      get_colour (GTK_WIDGET (area), &fill);
      fill.alpha = 0.3;
      cairo_set_line_width (cr, 1);
      gdk_cairo_set_source_rgba (cr, &fill);
      cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
      cairo_stroke (cr);
      return;
    }
  gdk_rgba_parse (&fill, block_colour (GPOINTER_TO_UINT (told), dark));
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
style_changed_cb (AdwStyleManager *manager,
                  GParamSpec      *pspec,
                  GtkWidget       *chip)
{
  gtk_widget_queue_draw (chip);
}

GtkWidget *
plx_coverage_legend_new (void)
{
  static const PlxTold items[] = {
    PLX_TOLD_CENTRAL, PLX_TOLD_IDENTICAL, PLX_TOLD_PARAPHRASE, PLX_TOLD_PARTIAL, PLX_TOLD_ABSENT,
  };
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_widget_add_css_class (box, "coverage-legend");
  gtk_widget_set_hexpand (box, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *chip = gtk_drawing_area_new ();
      /* A cell not told is an empty outline, with no symbol. */
      g_autofree char *text = g_strdup_printf (
        "%s %s", items[i] != PLX_TOLD_ABSENT ? plx_palette_told_symbol (items[i]) : "",
        plx_swatch_get_label (plx_palette_told (items[i])));
      GtkWidget *label = gtk_label_new (g_strstrip (text));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (chip), 24);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chip), 14);
      gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chip), draw_chip,
                                      GUINT_TO_POINTER (items[i]), NULL);
      g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                               G_CALLBACK (style_changed_cb), chip, 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_halign (item, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (item), chip);
      gtk_box_append (GTK_BOX (item), label);
      gtk_flow_box_append (GTK_FLOW_BOX (box), item);
    }
  {
    GtkWidget *label = gtk_label_new (_("↕ told elsewhere in the article"));

    gtk_widget_add_css_class (label, "caption");
    gtk_widget_set_halign (label, GTK_ALIGN_START);
    gtk_flow_box_append (GTK_FLOW_BOX (box), label);
  }
  return box;
}
