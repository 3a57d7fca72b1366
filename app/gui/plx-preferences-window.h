/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLX_TYPE_PREFERENCES_WINDOW (plx_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PlxPreferencesWindow, plx_preferences_window, PLX, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *plx_preferences_window_new (GtkWindow *parent,
                                       GSettings *settings);

G_END_DECLS
