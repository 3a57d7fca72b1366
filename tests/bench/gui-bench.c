/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Drop-to-painted time of the workbench: two article files are handed to
 * the window's drop target, and the clock stops at the first frame painted
 * after the comparison is shown. Runs under a display (Xvfb will do).
 *
 * Usage: xvfb-run -a gui-bench ARTICLE_A ARTICLE_B [RUNS] */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "plx-application.h"
#include "plx-window.h"

typedef struct
{
  PlxWindow *window;
  gint64     dropped;
  gint64     ready;
  gint64     painted;
} Run;

static void
ready_cb (PlxWindow *window,
          Run       *run)
{
  run->ready = g_get_monotonic_time ();
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  if (run->ready != 0 && run->painted == 0)
    run->painted = g_get_monotonic_time ();
}

static void
drop (PlxWindow *window,
      GFile    **files)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *list = g_slist_append (g_slist_append (NULL, files[0]), files[1]);
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free (list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &handled);
    }
}

static int
compare_gint64 (const void *a,
                const void *b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlxApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  GFile *files[2];
  int runs = argc > 3 ? atoi (argv[3]) : 20;
  g_autofree gint64 *times = NULL;
  g_autofree gint64 *cores = NULL;

  if (argc < 3)
    {
      g_printerr ("Usage: %s ARTICLE_A ARTICLE_B [RUNS]\n", argv[0]);
      return 2;
    }

  gtk_init ();
  app = plx_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  files[0] = g_file_new_for_commandline_arg (argv[1]);
  files[1] = g_file_new_for_commandline_arg (argv[2]);
  times = g_new0 (gint64, runs);
  cores = g_new0 (gint64, runs);

  for (int r = 0; r < runs; r++)
    {
      PlxWindow *window = plx_window_new (app);
      Run run = { window, 0, 0, 0 };
      GdkFrameClock *clock;

      gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
      gtk_window_present (GTK_WINDOW (window));
      while (gtk_widget_get_frame_clock (GTK_WIDGET (window)) == NULL ||
             !gtk_widget_get_mapped (GTK_WIDGET (window)))
        g_main_context_iteration (NULL, TRUE);

      clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      g_signal_connect (window, "comparison-ready", G_CALLBACK (ready_cb), &run);
      g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &run);

      run.dropped = g_get_monotonic_time ();
      drop (window, files);
      while (run.painted == 0)
        g_main_context_iteration (NULL, TRUE);

      times[r] = run.painted - run.dropped;
      cores[r] = run.ready - run.dropped;
      g_signal_handlers_disconnect_by_data (clock, &run);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  qsort (times, runs, sizeof (gint64), compare_gint64);
  qsort (cores, runs, sizeof (gint64), compare_gint64);
  printf ("drop to comparison shown: median %.1f ms, best %.1f ms\n", cores[runs / 2] / 1000.0,
          cores[0] / 1000.0);
  printf ("drop to painted:          median %.1f ms, best %.1f ms (%d runs)\n",
          times[runs / 2] / 1000.0, times[0] / 1000.0, runs);

  g_object_unref (files[0]);
  g_object_unref (files[1]);

  return 0;
}
