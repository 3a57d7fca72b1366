/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

#include "plx-application.h"
#include "plx-article-pane.h"
#include "plx-comparison-view.h"
#include "plx-window.h"

G_BEGIN_DECLS

typedef gboolean (*PlxTestMatch) (GtkWidget    *widget,
                                  gconstpointer data);

void       plx_test_wait_until  (gboolean (*done) (gpointer),
                                 gpointer data);
void       plx_test_wait_until_in (GMainContext *context,
                                   gboolean    (*done) (gpointer),
                                   gpointer      data);
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

/* Starts GTK for a widget test (gtk_test_init()) and returns the
 * registered application its windows belong to. */
PlxApplication *plx_test_init       (int    *argc,
                                     char ***argv);
/* Runs the tests added, then releases @app; returns the exit status. */
int        plx_test_run             (PlxApplication *app);

/* Whether the gboolean at @flag is set (for plx_test_wait_until()). */
gboolean   plx_test_flag_set        (gpointer flag);
/* Whether the string pointer at @string (a `char *`) is set. */
gboolean   plx_test_string_set      (gpointer string);

/* Runs the main loop for @ms, as a user looking at the window would. */
void       plx_test_wait_ms         (guint ms);
/* Whether the main stack of @window (a #PlxWindow: the empty state and the
 * comparison) and every revealer in it (the warning bar's) are at rest: a
 * picture taken while they move finds widgets without a size. */
gboolean   plx_test_stack_settled   (gpointer window);

/* A #PlxTestMatch: whether @widget has the CSS class @css_class (a string). */
gboolean   plx_test_has_css_class   (GtkWidget    *widget,
                                     gconstpointer css_class);
/* The window's stack of the empty state ("empty") and the comparison
 * ("compare"); %NULL when there is none. */
GtkStack  *plx_test_find_main_stack (PlxWindow *window);
/* The window's comparison view; fails the test when there is none. */
PlxComparisonView *plx_test_find_view (PlxWindow *window);
/* The pane that shows @side (the one with the CSS class side-a or side-b);
 * %NULL when there is none. */
PlxArticlePane *plx_test_find_pane  (PlxWindow *window,
                                     PlxSide    side);
/* The whole text the pane of @side shows (transfer full); fails the test
 * when there is no such pane. */
char      *plx_test_pane_text       (PlxWindow *window,
                                     PlxSide    side);
/* Whether @sentence of @pane is at least partly in view. */
gboolean   plx_test_in_view         (PlxArticlePane *pane,
                                     guint           sentence);

/* A new window of @app, @width × @height, shown, with the sample pair
 * compared and drawn. */
PlxWindow *plx_test_window_open_sample (PlxApplication *app,
                                        int             width,
                                        int             height);
/* A new window of @app with the session @file opened and compared. */
PlxWindow *plx_test_window_open_session (PlxApplication *app,
                                         GFile          *file);
/* The text of each stretch of @pane that carries the text tag @name, in
 * order (transfer full); none when the pane has no such tag. */
GPtrArray *plx_test_tagged_texts    (PlxArticlePane *pane,
                                     const char     *name);
/* A new temporary folder for a test's files (transfer full); fails the
 * test when it cannot. */
char      *plx_test_make_dir        (void);
/* Writes @contents (@length bytes, -1: a string) to @name in @dir and
 * returns its path (transfer full); fails the test when it cannot. */
char      *plx_test_write_file      (const char *dir,
                                     const char *name,
                                     const char *contents,
                                     gssize      length);
/* Deletes the folder @path with all it holds (a test's temporary folder). */
void       plx_test_remove_tree     (const char *path);

/* Draws @widget as it is shown into the PNG @name in PLX_SCREENSHOT_DIR (or
 * the temporary folder), for a person to look at; @area is the part of
 * @widget to keep, in its coordinates (%NULL: all of it). Logs the path and returns how many
 * sampled pixels differ from the first (a blank picture has none). */
guint      plx_test_save_png        (GtkWidget             *widget,
                                     const graphene_rect_t *area,
                                     const char            *name);
/* As plx_test_save_png(), with the open @popover (a surface of its own)
 * drawn where it stands over @widget. */
guint      plx_test_save_png_with_popover (GtkWidget  *widget,
                                           GtkWidget  *popover,
                                           const char *name);
/* Draws @widget in the light and then the dark style, each after two
 * frames, and saves NAME-WIDTH.png and NAME-WIDTH-dark.png as
 * plx_test_save_png() does; leaves the default style. */
void       plx_test_save_screenshots (GtkWidget  *widget,
                                      const char *name,
                                      int         width);

/* Exports the window's report to @file in @format and waits until it is
 * written; returns the file the window says it wrote (transfer full). */
GFile     *plx_test_export          (PlxWindow       *window,
                                     GFile           *file,
                                     PlxReportFormat  format);

G_END_DECLS
