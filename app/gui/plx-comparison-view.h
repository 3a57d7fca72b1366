/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-article-pane.h"
#include "plx-comparison.h"
#include "plx-key-differences-panel.h"
#include "plx-link-band.h"
#include "plx-overview.h"

G_BEGIN_DECLS

#define PLX_TYPE_COMPARISON_VIEW (plx_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparisonView, plx_comparison_view, PLX, COMPARISON_VIEW, GtkWidget)

PlxArticlePane *plx_comparison_view_get_pane       (PlxComparisonView *self,
                                                    PlxSide            side);
PlxLinkBand    *plx_comparison_view_get_band       (PlxComparisonView *self);
void            plx_comparison_view_set_comparison (PlxComparisonView *self,
                                                    PlxComparison     *comparison);
PlxComparison  *plx_comparison_view_get_comparison (PlxComparisonView *self);
int             plx_comparison_view_get_focus      (PlxComparisonView *self);
const char     *plx_comparison_view_get_details    (PlxComparisonView *self);
PlxOverview    *plx_comparison_view_get_overview   (PlxComparisonView *self,
                                                    PlxSide            side);
PlxKeyDifferencesPanel *plx_comparison_view_get_key_differences (PlxComparisonView *self);
void            plx_comparison_view_show_sentence  (PlxComparisonView *self,
                                                    PlxSide            side,
                                                    guint              sentence);
void            plx_comparison_view_show_claim     (PlxComparisonView *self,
                                                    PlxSide            side,
                                                    guint              index);

gboolean        plx_comparison_view_show_note      (PlxComparisonView *self,
                                                    guint              index);

G_END_DECLS
