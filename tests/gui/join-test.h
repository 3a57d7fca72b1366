/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the widget tests of articles joining a collation share, beside
 * fetch-test.h: the council files (tests/data/council), waiting for a
 * collation of so many articles, one held in a GMainContext of the test's
 * own, and the toast of a page that waits to join. */

#pragma once

#include "fetch-test.h"

static guint wanted_n;
static PlxWindow *held_window;

static inline GFile *
council_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council", name, NULL);

  return g_file_new_for_path (path);
}

/* Collated with @wanted_n articles, nothing on its way. */
static inline gboolean
collated_n (gpointer window)
{
  PlxCollation *collation = plx_window_get_collation (window);

  return collation != NULL && plx_collation_is_done (collation) &&
         plx_collation_get_n_articles (collation) == wanted_n && plx_test_window_compared (window) &&
         !plx_window_is_loading (window);
}

/* The same for @held_window, dispatching @held as well as the default
 * context: a collation started while @held is the thread-default one
 * says it is over only when the test dispatches @held (GTask makes the
 * context of a callback the thread-default one, so the collations
 * started from its end are held too). */
static inline gboolean
collated_n_with_held (gpointer held)
{
  g_main_context_iteration (held, FALSE);
  return collated_n (held_window);
}

static inline gboolean
label_says_adding (GtkWidget    *widget,
                   gconstpointer data)
{
  return g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "Adding the page from");
}

/* Whether the toast says a page fetched waits to join. */
static inline gboolean
page_waits (gpointer window)
{
  return plx_test_find_widget (window, GTK_TYPE_LABEL, label_says_adding, NULL) != NULL;
}

/* Keeps the message of a "load-failed" in @messages. */
static inline void
add_message (PlxWindow  *window,
             const char *message,
             GPtrArray  *messages)
{
  g_ptr_array_add (messages, g_strdup (message));
}
