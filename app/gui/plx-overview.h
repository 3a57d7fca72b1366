/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

#define PLX_TYPE_OVERVIEW (plx_overview_get_type ())

G_DECLARE_FINAL_TYPE (PlxOverview, plx_overview, PLX, OVERVIEW, GtkWidget)

void  plx_overview_set_comparison (PlxOverview   *self,
                                   PlxComparison *comparison,
                                   PlxSide        side);
guint plx_overview_get_n_marks    (PlxOverview *self);

G_END_DECLS
