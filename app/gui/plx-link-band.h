/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * PlxBandLink:
 * @a_top: top of the sentence group in article A, in band coordinates
 * @a_bottom: its bottom
 * @b_top: top of the group in article B
 * @b_bottom: its bottom
 * @kind: 0 identical, 1 paraphrase, 2 partial, 3 moved
 * @focused: whether the link is the one in focus
 */
typedef struct
{
  double   a_top;
  double   a_bottom;
  double   b_top;
  double   b_bottom;
  guint    kind;
  gboolean focused;
} PlxBandLink;

/**
 * PlxBandStyle:
 * @fill: the opacity of the ribbon's fill
 * @line: the opacity of its outline
 * @width: the outline's width
 * @dash: (nullable): the outline's dashes, %NULL for a solid line
 * @n_dash: how many
 *
 * How the band draws a kind of link, in the palette's one link colour.
 */
typedef struct
{
  double        fill;
  double        line;
  double        width;
  const double *dash;
  int           n_dash;
} PlxBandStyle;

#define PLX_TYPE_LINK_BAND (plx_link_band_get_type ())

G_DECLARE_FINAL_TYPE (PlxLinkBand, plx_link_band, PLX, LINK_BAND, GtkWidget)

/* Fills @links (PlxBandLink) with the links to draw now. */
typedef void (*PlxBandProvider) (PlxLinkBand *band,
                                 GArray      *links,
                                 gpointer     user_data);

GtkWidget *plx_link_band_new       (void);
void       plx_link_band_set_provider (PlxLinkBand    *self,
                                       PlxBandProvider provider,
                                       gpointer        user_data);
guint      plx_link_band_get_n_links (PlxLinkBand *self);
const PlxBandLink *plx_link_band_get_link (PlxLinkBand *self,
                                           guint        index);
void       plx_link_band_kind_color  (guint    kind,
                                      gboolean dark,
                                      GdkRGBA *color);
const PlxBandStyle *plx_link_band_kind_style (guint kind);
char      *plx_link_band_dup_tooltip (PlxLinkBand *self,
                                      double       x,
                                      double       y);

G_END_DECLS
