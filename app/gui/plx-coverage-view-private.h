/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-coverage-view.h"

G_BEGIN_DECLS

#define ROW_HEIGHT    32
#define HEADER_HEIGHT 40
#define MARGIN        12
#define NUMBER_WIDTH  40
#define MIN_TEXT      160
#define MIN_CELL      64
#define MAX_CELL      120
#define BLOCK_HEIGHT  20

struct _PlxCoverageView
{
  GtkWidget      parent_instance;

  PlxCollation  *collation;
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;
  guint          cursor_unit;
  guint          cursor_article;
  GtkWidget     *column_menu;   /* the popover of a column's menu, once shown */

  /* Kept between frames, made anew when the collation changes: */
  PangoLayout   *layout;        /* every line drawn, one after the other */
  PangoAttrList *bold;
  GPtrArray     *unit_words;    /* per unit, its central version on one line, once drawn */
  GPtrArray     *cell_texts;    /* per cell (unit × article), its tooltip, once asked for */
};

/* plx-coverage-view.c: the geometry */
guint   plx_coverage_view_n_articles   (PlxCoverageView *self);
guint   plx_coverage_view_n_units      (PlxCoverageView *self);
int     plx_coverage_view_cell_width   (PlxCoverageView *self);
int     plx_coverage_view_text_width   (PlxCoverageView *self);
int     plx_coverage_view_column_x     (PlxCoverageView *self,
                                        guint            article);
double  plx_coverage_view_scroll_y     (PlxCoverageView *self);

/* plx-coverage-view-text.c */
void        plx_coverage_view_clear_texts    (PlxCoverageView *self);
const char *plx_coverage_view_get_unit_words (PlxCoverageView *self,
                                              guint            unit);
const char *plx_coverage_view_get_cell_text  (PlxCoverageView *self,
                                              guint            unit,
                                              guint            article);

/* plx-coverage-view-menu.c */
void    plx_coverage_view_class_init_menu (GtkWidgetClass  *widget_class);
void    plx_coverage_view_init_menu    (PlxCoverageView *self);
void    plx_coverage_view_dispose_menu (PlxCoverageView *self);

/* plx-coverage-view-draw.c */
void    plx_coverage_view_snapshot     (GtkWidget       *widget,
                                        GtkSnapshot     *snapshot);
void    plx_coverage_view_clear_layout (PlxCoverageView *self);

G_END_DECLS
