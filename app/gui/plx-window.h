/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "plx-application.h"
#include "plx-collation.h"
#include "plx-comparison.h"
#include "plx-report.h"

G_BEGIN_DECLS

#define PLX_TYPE_WINDOW (plx_window_get_type ())

G_DECLARE_FINAL_TYPE (PlxWindow, plx_window, PLX, WINDOW, AdwApplicationWindow)

PlxWindow  *plx_window_new         (PlxApplication *application);
void        plx_window_open_files  (PlxWindow *self,
                                    GFile    **files,
                                    guint      n_files);
void        plx_window_load_file   (PlxWindow *self,
                                    PlxSide    side,
                                    GFile     *file);
gboolean    plx_window_open_sample (PlxWindow *self,
                                    GError   **error);
PlxArticle *plx_window_get_article (PlxWindow *self,
                                    PlxSide    side);
gboolean    plx_window_is_loading  (PlxWindow *self);
PlxComparison *plx_window_get_comparison (PlxWindow *self);
gboolean    plx_window_open_text   (PlxWindow  *self,
                                    int         side,
                                    const char *text,
                                    const char *source);
void        plx_window_swap        (PlxWindow *self);
void        plx_window_export      (PlxWindow       *self,
                                    GFile           *file,
                                    PlxReportFormat  format);
void        plx_window_print       (PlxWindow  *self,
                                    const char *export_path);
void        plx_window_open_session (PlxWindow *self,
                                     GFile     *file);
gboolean    plx_window_save_session (PlxWindow *self,
                                     GFile     *file,
                                     GError   **error);
gboolean    plx_window_has_unsaved_changes (PlxWindow *self);
GtkWidget  *plx_window_show_notes  (PlxWindow *self);
PlxCollation *plx_window_get_collation (PlxWindow *self);
void        plx_window_remove_article (PlxWindow *self,
                                       guint      index);

G_END_DECLS
