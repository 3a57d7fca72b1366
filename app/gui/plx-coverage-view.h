/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-collation.h"

G_BEGIN_DECLS

#define PLX_TYPE_COVERAGE_VIEW (plx_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (PlxCoverageView, plx_coverage_view, PLX, COVERAGE_VIEW, GtkWidget)

GtkWidget    *plx_coverage_view_new             (void);
void          plx_coverage_view_set_collation   (PlxCoverageView *self,
                                                 PlxCollation    *collation);
PlxCollation *plx_coverage_view_get_collation   (PlxCoverageView *self);
void          plx_coverage_view_get_cursor      (PlxCoverageView *self,
                                                 guint           *unit,
                                                 guint           *article);
void          plx_coverage_view_set_cursor      (PlxCoverageView *self,
                                                 guint            unit,
                                                 guint            article);
char         *plx_coverage_view_dup_cell_text   (PlxCoverageView *self,
                                                 guint            unit,
                                                 guint            article);
gboolean      plx_coverage_view_popup_column_menu (PlxCoverageView *self,
                                                   guint            article);
char         *plx_coverage_dup_outlet_name      (PlxArticle      *article);
char         *plx_coverage_dup_short_outlet_name (PlxArticle     *article);
GtkWidget    *plx_coverage_legend_new           (void);

G_END_DECLS
