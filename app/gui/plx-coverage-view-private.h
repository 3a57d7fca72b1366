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
};

/* plx-coverage-view.c: the geometry */
guint   plx_coverage_view_n_articles   (PlxCoverageView *self);
guint   plx_coverage_view_n_units      (PlxCoverageView *self);
int     plx_coverage_view_cell_width   (PlxCoverageView *self);
int     plx_coverage_view_text_width   (PlxCoverageView *self);
int     plx_coverage_view_column_x     (PlxCoverageView *self,
                                        guint            article);
double  plx_coverage_view_scroll_y     (PlxCoverageView *self);
char   *plx_coverage_view_dup_sentences (PlxCoverageView *self,
                                         const PlxUnit   *unit,
                                         guint            article);

/* plx-coverage-view-menu.c */
void    plx_coverage_view_class_init_menu (GtkWidgetClass  *widget_class);
void    plx_coverage_view_init_menu    (PlxCoverageView *self);
void    plx_coverage_view_dispose_menu (PlxCoverageView *self);

/* plx-coverage-view-draw.c */
void    plx_coverage_view_snapshot     (GtkWidget       *widget,
                                        GtkSnapshot     *snapshot);

G_END_DECLS
