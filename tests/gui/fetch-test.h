/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the widget tests of opening a web address share: a server on
 * 127.0.0.1 that the test starts itself (pages /a, /b and /courier, /held
 * answered when the test says, /slow never, anything else 404), a window,
 * and ways to paste or drop a link. */

#pragma once

#include <libsoup/soup.h>
#include <string.h>

#include "gui-test.h"

static PlxApplication *app;

static const char page_a[] =
  "<!DOCTYPE html><html><head><title>Bridge to close</title></head><body>"
  "<nav>Home News Sport</nav><article><h1>Harbour bridge to close to cars</h1>"
  "<p>The city council voted on Tuesday to close the old harbour bridge to cars from next "
  "spring.</p><p>Shop owners on both banks warned that fewer visitors would come.</p>"
  "</article></body></html>";

static const char page_b[] =
  "<!DOCTYPE html><html><head><title>Bridge shut</title></head><body><article>"
  "<h1>Council shuts harbour bridge</h1><p>The city council decided on Tuesday to shut "
  "the old harbour bridge to cars from next spring.</p><p>Shop owners on both banks "
  "warned that fewer visitors would come.</p></article></body></html>";

/* tests/data/council/courier.txt as the page of an outlet that names
 * itself. */
static const char page_courier[] =
  "<!DOCTYPE html><html><head><title>City funds schools and library</title>"
  "<meta property=\"og:site_name\" content=\"Riverside Courier\">"
  "<meta property=\"article:published_time\" content=\"2026-03-04T08:00:00Z\">"
  "</head><body><nav>Home City Schools</nav><article><h1>City funds schools and library</h1>"
  "<p>The city council approved the new budget for public schools on Tuesday evening. Under "
  "the plan, two hundred additional teachers will be recruited next year, according to Mayor "
  "Elena Ruiz. Parents gathered outside the town hall holding banners about class sizes.</p>"
  "<p>The budget also funds repairs to the flooded library on Main Street. Council member Tom "
  "Becker called the plan \"reckless\" and said taxes would rise.</p></article></body></html>";

typedef struct
{
  SoupServer        *server;
  int                port;
  PlxWindow         *window;
  SoupServerMessage *held; /* a request to /held, answered when the test says */
  guint              n_requests;
} Fixture;

static inline void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  const char *page = g_str_equal (path, "/a")         ? page_a
                     : g_str_equal (path, "/b")       ? page_b
                     : g_str_equal (path, "/courier") ? page_courier
                                                      : NULL;

  fixture->n_requests++;
  if (g_str_equal (path, "/held"))
    {
      g_set_object (&fixture->held, msg);
      soup_server_message_pause (msg);
      return;
    }
  if (g_str_equal (path, "/slow"))
    {
      soup_server_message_pause (msg);
      return;
    }
  if (page == NULL)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
}

static inline void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  fixture->window = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

/* The address of @path on the test's server (transfer full). */
static inline char *
address_of (Fixture    *fixture,
            const char *path)
{
  return g_strdup_printf ("http://127.0.0.1:%d%s", fixture->port, path);
}

static inline void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  /* A test that closed the window itself has set it to %NULL. */
  if (fixture->window != NULL)
    plx_test_window_close (fixture->window);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_clear_object (&fixture->held);
}

/* Pastes @text into @window, as Ctrl+V does. */
static inline void
paste (GtkWidget  *window,
       const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (window), text);
  g_assert_true (gtk_widget_activate_action (window, "win.paste", NULL));
}

static inline gboolean
dialog_shown (gpointer data)
{
  return plx_test_find_message_dialog () != NULL;
}

static inline void
on_load_failed (PlxWindow  *window,
                const char *message,
                char      **failure)
{
  g_free (*failure);
  *failure = g_strdup (message);
}

static inline gboolean
not_loading (gpointer data)
{
  return !plx_window_is_loading (data);
}

static inline gboolean
has_held (gpointer data)
{
  Fixture *fixture = data;

  return fixture->held != NULL;
}

/* Answers the request held at /held with @page. */
static inline void
answer_held (Fixture    *fixture,
             const char *page)
{
  plx_test_wait_until (has_held, fixture);
  soup_server_message_set_status (fixture->held, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (fixture->held, "text/html", SOUP_MEMORY_STATIC, page,
                                    strlen (page));
  soup_server_message_unpause (fixture->held);
  g_clear_object (&fixture->held);
}

static inline gboolean
label_says_fetching (GtkWidget    *widget,
                     gconstpointer data)
{
  return g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "Fetching the page from");
}

static inline gboolean
toast_shown (gpointer window)
{
  return plx_test_find_widget (window, GTK_TYPE_LABEL, label_says_fetching, NULL) != NULL;
}

static inline gboolean
toast_gone_and_idle (gpointer window)
{
  return !toast_shown (window) && !plx_window_is_loading (window);
}

/* Drops @file on @window (not on a pane), as from a file manager. */
static inline void
drop_file (PlxWindow *window,
           GFile     *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *list = g_slist_append (NULL, g_object_ref (file));
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free_full (list, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &handled);
    }
  g_assert_true (handled);
}

/* Drops a link to @address on @window (not on a pane): a link dragged
 * from a browser arrives as text/uri-list, which GTK hands over as a
 * GdkFileList of one non-local file. */
static inline void
drop_link (PlxWindow  *window,
           const char *address)
{
  g_autoptr(GFile) file = g_file_new_for_uri (address);

  drop_file (window, file);
}
