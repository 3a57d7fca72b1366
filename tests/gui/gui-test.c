/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the widget tests share: waiting on the main loop for something a
 * user would see, and finding a widget in a window. */

#include "config.h"

#include "gui-test.h"

/* Runs the main loop until @done says so; fails the test after 20 s. */
void
plx_test_wait_until (gboolean (*done) (gpointer),
                     gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
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

/* Closes @window once it is idle and checks that nothing keeps it alive. */
void
plx_test_window_close (PlxWindow *window)
{
  plx_test_wait_until (plx_test_window_idle, window);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
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
