/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLX_TYPE_FOCUS_BAR (plx_focus_bar_get_type ())

G_DECLARE_FINAL_TYPE (PlxFocusBar, plx_focus_bar, PLX, FOCUS_BAR, GtkWidget)

GtkWidget *plx_focus_bar_new        (GtkTextView *view);
void       plx_focus_bar_set_range  (PlxFocusBar *self,
                                     int          start,
                                     int          end);
gboolean   plx_focus_bar_get_extent (PlxFocusBar *self,
                                     double      *top,
                                     double      *bottom);

G_END_DECLS
