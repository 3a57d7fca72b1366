/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

#define PLX_TYPE_KEY_DIFFERENCES_PANEL (plx_key_differences_panel_get_type ())

G_DECLARE_FINAL_TYPE (PlxKeyDifferencesPanel, plx_key_differences_panel, PLX,
                      KEY_DIFFERENCES_PANEL, GtkWidget)

void           plx_key_differences_panel_set_comparison (PlxKeyDifferencesPanel *self,
                                                         PlxComparison          *comparison);
PlxComparison *plx_key_differences_panel_get_comparison (PlxKeyDifferencesPanel *self);
guint          plx_key_differences_panel_get_n_items    (PlxKeyDifferencesPanel *self);
GtkListBox    *plx_key_differences_panel_get_list       (PlxKeyDifferencesPanel *self);
gboolean       plx_key_differences_panel_focus_list     (PlxKeyDifferencesPanel *self);

G_END_DECLS
