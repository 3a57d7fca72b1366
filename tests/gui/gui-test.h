/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

#include "plx-window.h"

G_BEGIN_DECLS

typedef gboolean (*PlxTestMatch) (GtkWidget    *widget,
                                  gconstpointer data);

void       plx_test_wait_until  (gboolean (*done) (gpointer),
                                 gpointer data);
void       plx_test_wait_for_draw (GtkWidget *widget);
GtkWidget *plx_test_find_widget (GtkWidget    *root,
                                 GType         type,
                                 PlxTestMatch  match,
                                 gconstpointer data);
gboolean   plx_test_window_compared (gpointer window);
gboolean   plx_test_window_idle     (gpointer window);
void       plx_test_window_close    (PlxWindow *window);
AdwMessageDialog *plx_test_find_message_dialog (void);
void       plx_test_answer_dialog   (const char *response);

G_END_DECLS
