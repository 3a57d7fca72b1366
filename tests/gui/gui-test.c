/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the widget tests share: waiting on the main loop for something a
 * user would see, finding a widget in a window, opening the sample pair,
 * fixture files, and screenshots for a person to look at. */

#include "config.h"

#include <glib/gstdio.h>

#include "gui-test.h"

/* Runs the main loop until @done says so; fails the test after 20 s, or
 * 80 s in a sanitizer build (PLX_TEST_SLOW: its unwinding makes GTK's
 * layout several times slower). */
void
plx_test_wait_until (gboolean (*done) (gpointer),
                     gpointer data)
{
  plx_test_wait_until_in (NULL, done, data);
}

/* As plx_test_wait_until(), dispatching only the sources of @context
 * (%NULL: the default one). */
void
plx_test_wait_until_in (GMainContext *context,
                        gboolean    (*done) (gpointer),
                        gpointer      data)
{
  gint64 seconds = g_getenv ("PLX_TEST_SLOW") != NULL ? 80 : 20;
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (context, FALSE);
      g_usleep (1000);
    }
}

/**
 * plx_test_find_widget:
 * @type: the widget's type
 * @match: (nullable): a further test of the widget, given @data
 *
 * Returns: (nullable): the first widget under @root, depth first, of @type
 *   that @match accepts
 */
GtkWidget *
plx_test_find_widget (GtkWidget    *root,
                      GType         type,
                      PlxTestMatch  match,
                      gconstpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (match == NULL || match (child, data)))
        return child;
      if ((found = plx_test_find_widget (child, type, match, data)) != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget *widget;
  guint      frames;
} Frames;

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->frames++;
}

static gboolean
painted_twice (gpointer data)
{
  Frames *frames = data;

  if (frames->frames < 2)
    gtk_widget_queue_draw (frames->widget);
  return frames->frames >= 2;
}

/**
 * plx_test_wait_for_draw:
 *
 * Runs the main loop until @widget's window has been painted twice: what
 * changed before is on screen.
 */
void
plx_test_wait_for_draw (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Frames frames = { widget, 0 };
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);

  gtk_widget_queue_draw (widget);
  plx_test_wait_until (painted_twice, &frames);
  g_signal_handler_disconnect (clock, id);
}

/* Whether @window (a #PlxWindow) shows a finished comparison and loads
 * nothing. */
gboolean
plx_test_window_compared (gpointer window)
{
  return plx_comparison_is_done (plx_window_get_comparison (window)) &&
         !plx_window_is_loading (window);
}

/* Whether @window (a #PlxWindow) loads nothing. */
gboolean
plx_test_window_idle (gpointer window)
{
  return !plx_window_is_loading (window);
}

static gboolean
is_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closes @window once it is idle and checks that nothing keeps it alive:
 * what its last callbacks still hold (a worker's result on its way to the
 * main loop, on a loaded machine) lets go within a few iterations;
 * anything that keeps it for good fails the wait. */
void
plx_test_window_close (PlxWindow *window)
{
  gpointer alive = window;

  plx_test_wait_until (plx_test_window_idle, window);
  g_object_add_weak_pointer (G_OBJECT (window), &alive);
  gtk_window_destroy (GTK_WINDOW (window));
  plx_test_wait_until (is_cleared, &alive);
}

/**
 * plx_test_find_message_dialog:
 *
 * Returns: (nullable) (transfer none): the message dialog shown, if any
 */
AdwMessageDialog *
plx_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* Answers the message dialog shown with @response, as a click on its
 * button does, and closes it. */
void
plx_test_answer_dialog (const char *response)
{
  g_autoptr(AdwMessageDialog) dialog = NULL;

  g_assert_nonnull (plx_test_find_message_dialog ());
  dialog = g_object_ref (plx_test_find_message_dialog ());
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

gboolean
plx_test_flag_set (gpointer flag)
{
  return *(gboolean *) flag;
}

gboolean
plx_test_string_set (gpointer string)
{
  return *(char **) string != NULL;
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

void
plx_test_wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  plx_test_wait_until (time_passed, &until);
}

static gboolean
is_main_stack (GtkWidget    *widget,
               gconstpointer data)
{
  return gtk_stack_get_child_by_name (GTK_STACK (widget), "empty") != NULL &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "compare") != NULL;
}

GtkStack *
plx_test_find_main_stack (PlxWindow *window)
{
  return (GtkStack *) plx_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK, is_main_stack,
                                            NULL);
}

/* Whether the revealer @widget has not yet ended its transition. */
static gboolean
revealer_moving (GtkWidget    *widget,
                 gconstpointer data)
{
  GtkRevealer *revealer = GTK_REVEALER (widget);

  return gtk_revealer_get_reveal_child (revealer) != gtk_revealer_get_child_revealed (revealer);
}

gboolean
plx_test_stack_settled (gpointer window)
{
  GtkStack *stack = plx_test_find_main_stack (window);

  g_assert_nonnull (stack);
  return !gtk_stack_get_transition_running (stack) &&
         plx_test_find_widget (window, GTK_TYPE_REVEALER, revealer_moving, NULL) == NULL;
}

gboolean
plx_test_has_css_class (GtkWidget    *widget,
                        gconstpointer css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

PlxComparisonView *
plx_test_find_view (PlxWindow *window)
{
  GtkWidget *view = plx_test_find_widget (GTK_WIDGET (window), PLX_TYPE_COMPARISON_VIEW, NULL,
                                          NULL);

  g_assert_nonnull (view);
  return PLX_COMPARISON_VIEW (view);
}

PlxArticlePane *
plx_test_find_pane (PlxWindow *window,
                    PlxSide    side)
{
  return (PlxArticlePane *) plx_test_find_widget (GTK_WIDGET (window), PLX_TYPE_ARTICLE_PANE,
                                                  plx_test_has_css_class,
                                                  side == PLX_SIDE_A ? "side-a" : "side-b");
}

char *
plx_test_pane_text (PlxWindow *window,
                    PlxSide    side)
{
  PlxArticlePane *pane = plx_test_find_pane (window, side);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_nonnull (pane);
  buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

gboolean
plx_test_in_view (PlxArticlePane *pane,
                  guint           sentence)
{
  GtkAdjustment *adj = plx_article_pane_get_vadjustment (pane);
  int top;
  int bottom;

  return plx_article_pane_get_buffer_y (pane, sentence, &top, &bottom) &&
         top <= gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) &&
         bottom >= gtk_adjustment_get_value (adj);
}

PlxWindow *
plx_test_window_open_sample (PlxApplication *app,
                             int             width,
                             int             height)
{
  g_autoptr(GError) error = NULL;
  PlxWindow *window = plx_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (plx_window_open_sample (window, &error));
  g_assert_no_error (error);
  plx_test_wait_until (plx_test_window_compared, window);
  plx_test_find_view (window);
  plx_test_wait_until (plx_test_stack_settled, window);
  plx_test_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static gboolean
session_compared (gpointer window)
{
  return plx_window_get_comparison (window) != NULL && plx_test_window_compared (window);
}

PlxWindow *
plx_test_window_open_session (PlxApplication *app,
                              GFile          *file)
{
  PlxWindow *window = plx_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_session (window, file);
  plx_test_wait_until (session_compared, window);

  return window;
}

GPtrArray *
plx_test_tagged_texts (PlxArticlePane *pane,
                       const char     *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter start;

  if (tag == NULL)
    return texts;
  gtk_text_buffer_get_start_iter (buffer, &start);
  while (gtk_text_iter_starts_tag (&start, tag) ||
         gtk_text_iter_forward_to_tag_toggle (&start, tag))
    {
      GtkTextIter end = start;

      if (!gtk_text_iter_starts_tag (&start, tag))
        continue;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      g_ptr_array_add (texts, gtk_text_iter_get_text (&start, &end));
      start = end;
    }

  return texts;
}

char *
plx_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("parallax-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
plx_test_write_file (const char *dir,
                     const char *name,
                     const char *contents,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

void
plx_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        plx_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static guint save_snapshot (GtkWidget             *widget,
                            GtkSnapshot           *snapshot,
                            const graphene_rect_t *area,
                            const char            *name);

guint
plx_test_save_png (GtkWidget             *widget,
                   const graphene_rect_t *area,
                   const char            *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));

  return save_snapshot (widget, snapshot,
                        area != NULL ? area : &GRAPHENE_RECT_INIT (0, 0,
                                                                   gtk_widget_get_width (widget),
                                                                   gtk_widget_get_height (widget)),
                        name);
}

guint
plx_test_save_png_with_popover (GtkWidget  *widget,
                                GtkWidget  *popover,
                                const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkPaintable) over = gtk_widget_paintable_new (popover);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  double px, py, wx, wy;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
  gtk_native_get_surface_transform (gtk_widget_get_native (widget), &wx, &wy);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) +
                                                  px - wx,
                                                gdk_popup_get_position_y (GDK_POPUP (surface)) +
                                                  py - wy));
  gdk_paintable_snapshot (over, snapshot, gtk_widget_get_width (popover),
                          gtk_widget_get_height (popover));
  gtk_snapshot_restore (snapshot);

  return save_snapshot (widget, snapshot, NULL, name);
}

/* Renders @area of @snapshot (consumed) of @widget (%NULL: all that is
 * drawn) into the PNG @name, as plx_test_save_png() says. */
static guint
save_snapshot (GtkWidget             *widget,
               GtkSnapshot           *snapshot,
               const graphene_rect_t *area,
               const char            *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  const char *dir = g_getenv ("PLX_SCREENSHOT_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : g_get_tmp_dir (), name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width;
  int height;
  guint32 first;
  guint distinct = 0;

  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, area);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  first = ((guint32 *) pixels)[0];
  for (gsize i = 0; i < (gsize) width * height && distinct < 1000; i += 97)
    distinct += ((guint32 *) pixels)[i] != first;

  return distinct;
}

void
plx_test_save_screenshots (GtkWidget  *widget,
                           const char *name,
                           int         width)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *file = g_strdup_printf ("%s-%d%s.png", name, width, dark ? "-dark" : "");

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      plx_test_wait_for_draw (widget);
      plx_test_save_png (widget, NULL, file);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

PlxApplication *
plx_test_init (int    *argc,
               char ***argv)
{
  g_autoptr(GError) error = NULL;
  PlxApplication *app;

  gtk_test_init (argc, argv, NULL);
  app = plx_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

int
plx_test_run (PlxApplication *app)
{
  int status = g_test_run ();

  g_object_unref (app);
  return status;
}

typedef struct
{
  gboolean done;
  GFile   *file;
} Exported;

static void
report_exported_cb (PlxWindow *window,
                    GFile     *file,
                    Exported  *exported)
{
  exported->done = TRUE;
  g_set_object (&exported->file, file);
}

static gboolean
exported_done (gpointer data)
{
  return ((Exported *) data)->done;
}

GFile *
plx_test_export (PlxWindow       *window,
                 GFile           *file,
                 PlxReportFormat  format)
{
  Exported exported = { FALSE, NULL };
  gulong id = g_signal_connect (window, "report-exported", G_CALLBACK (report_exported_cb),
                                &exported);

  plx_window_export (window, file, format);
  plx_test_wait_until (exported_done, &exported);
  g_signal_handler_disconnect (window, id);

  return exported.file;
}
