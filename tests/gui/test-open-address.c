/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Opening a web address in the window: a pasted link and "Open Web
 * Address…", against a server on 127.0.0.1 that the test starts itself. */

#include "config.h"

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

static const char page_b_text[] =
  "Council shuts harbour bridge\n\nThe city council decided on Tuesday to shut the old "
  "harbour bridge to cars from next spring. Shop owners on both banks warned that fewer "
  "visitors would come.\n";

typedef struct
{
  SoupServer        *server;
  int                port;
  PlxWindow         *window;
  SoupServerMessage *held; /* a request to /held, answered when the test says */
} Fixture;

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  const char *page = g_str_equal (path, "/a") ? page_a : g_str_equal (path, "/b") ? page_b : NULL;

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

static void
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
static char *
address_of (Fixture    *fixture,
            const char *path)
{
  return g_strdup_printf ("http://127.0.0.1:%d%s", fixture->port, path);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_clear_object (&fixture->held);
}

/* Pastes @text into @window, as Ctrl+V does. */
static void
paste (GtkWidget  *window,
       const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (window), text);
  g_assert_true (gtk_widget_activate_action (window, "win.paste", NULL));
}

static gboolean
has_two_articles (gpointer data)
{
  return plx_window_get_article (data, PLX_SIDE_A) != NULL &&
         plx_window_get_article (data, PLX_SIDE_B) != NULL && plx_test_window_idle (data);
}

static gboolean
has_article_a (gpointer data)
{
  return plx_window_get_article (data, PLX_SIDE_A) != NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return plx_test_find_message_dialog () != NULL;
}

/* @widget at 900 px in light and dark style. */
static void
save_screenshots (GtkWidget  *widget,
                  const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  plx_test_wait_ms (1000);
  plx_test_wait_for_draw (widget);
  g_assert_cmpuint (plx_test_save_png (widget, NULL, light), >, 10);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  plx_test_wait_ms (100);
  plx_test_wait_for_draw (widget);
  g_assert_cmpuint (plx_test_save_png (widget, NULL, dark), >, 10);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  plx_test_wait_for_draw (widget);
}

static gboolean
side_a_is_b (gpointer data)
{
  Fixture *fixture = data;
  PlxArticle *article = plx_window_get_article (fixture->window, PLX_SIDE_A);
  g_autofree char *b = address_of (fixture, "/b");

  return article != NULL && g_strcmp0 (plx_article_get_source (article), b) == 0 &&
         !plx_window_is_loading (fixture->window);
}

/* A link pasted opens its page; "Open Web Address…" opens the second. */
static void
test_paste_and_dialog (Fixture      *fixture,
                       gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *a = address_of (fixture, "/a");
  g_autofree char *b = g_strdup_printf ("  http://127.0.0.1:%d/b\n", fixture->port);
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  PlxArticle *article;

  paste (window, a);
  plx_test_wait_until (has_article_a, fixture->window);

  g_assert_true (gtk_widget_activate_action (window, "win.open-address", NULL));
  plx_test_wait_until (dialog_shown, NULL);
  dialog = plx_test_find_message_dialog ();
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "open"));
  gtk_editable_set_text (entry, "https://news.example/2026/03/harbour-bridge");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "open"));
  save_screenshots (GTK_WIDGET (dialog), "parallax-open-address");
  /* Blanks around an address copied with them do not count. */
  gtk_editable_set_text (entry, b);
  plx_test_answer_dialog ("open");

  plx_test_wait_until (has_two_articles, fixture->window);
  text_a = plx_test_pane_text (fixture->window, PLX_SIDE_A);
  text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_nonnull (strstr (text_a, "voted on Tuesday to close the old harbour bridge"));
  g_assert_null (strstr (text_a, "<p>"));
  g_assert_null (strstr (text_a, "Home News Sport"));
  g_assert_nonnull (strstr (text_b, "decided on Tuesday to shut the old harbour bridge"));
  article = plx_window_get_article (fixture->window, PLX_SIDE_A);
  g_assert_cmpstr (plx_article_get_source (article), ==, a);
  g_assert_nonnull (plx_article_get_retrieved (article));

  /* A third address with both sides taken replaces nothing unasked: the
   * window asks which, and Replace A fetches it there. */
  {
    g_autofree char *b_address = address_of (fixture, "/b");

    paste (window, b_address);
    plx_test_wait_until (dialog_shown, NULL);
    g_assert_cmpstr (adw_message_dialog_get_heading (plx_test_find_message_dialog ()), ==,
                     "Replace Which Article?");
    plx_test_answer_dialog ("a");
    plx_test_wait_until (side_a_is_b, fixture);
  }
}

static void
on_load_failed (PlxWindow  *window,
                const char *message,
                char      **failure)
{
  g_free (*failure);
  *failure = g_strdup (message);
}

static gboolean
not_loading (gpointer data)
{
  return !plx_window_is_loading (data);
}

static gboolean
has_held (gpointer data)
{
  Fixture *fixture = data;

  return fixture->held != NULL;
}

/* Answers the request held at /held with @page. */
static void
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

/* The title of the status page (empty or loading state) the pane of @side
 * shows, or %NULL when it shows an article's text. */
static const char *
pane_status (PlxWindow *window,
             PlxSide    side)
{
  PlxArticlePane *pane = plx_test_find_pane (window, side);
  GtkWidget *stack;
  GtkWidget *page;

  g_assert_nonnull (pane);
  stack = plx_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_STACK, NULL, NULL);
  g_assert_nonnull (stack);
  page = gtk_stack_get_visible_child (GTK_STACK (stack));

  return ADW_IS_STATUS_PAGE (page) ? adw_status_page_get_title (ADW_STATUS_PAGE (page)) : NULL;
}

static gboolean
pane_a_fetching (gpointer data)
{
  return g_strcmp0 (pane_status (data, PLX_SIDE_A), "Fetching 127.0.0.1…") == 0;
}

static gboolean
pane_b_fetching (gpointer data)
{
  return g_strcmp0 (pane_status (data, PLX_SIDE_B), "Fetching 127.0.0.1…") == 0;
}

/* While a page is fetched the window says so, and the empty pane it goes
 * to names the site until the article is there; Escape cancels and what
 * was open stays; a missing page is reported and changes nothing. */
static void
test_fetching_and_cancel (Fixture      *fixture,
                          gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *held = address_of (fixture, "/held");
  g_autofree char *slow = address_of (fixture, "/slow");
  g_autofree char *missing = address_of (fixture, "/gone");
  g_autofree char *failure = NULL;
  g_autofree char *text_b = NULL;

  /* Into an empty window: the panes come, the first one waiting. */
  paste (window, held);
  plx_test_wait_until (pane_a_fetching, fixture->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (plx_test_find_main_stack (fixture->window)),
                   ==, "compare");
  g_assert_cmpstr (pane_status (fixture->window, PLX_SIDE_B), ==, "No Article");
  answer_held (fixture, page_a);
  plx_test_wait_until (has_article_a, fixture->window);
  plx_test_wait_until (not_loading, fixture->window);
  g_assert_null (pane_status (fixture->window, PLX_SIDE_A));

  /* Cancelled: the empty state is back. */
  paste (window, slow);
  plx_test_wait_until (pane_b_fetching, fixture->window);
  g_assert_true (plx_window_is_loading (fixture->window));
  save_screenshots (window, "parallax-fetching");
  for (int width = 900; width <= 1280; width += 380)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
      plx_test_wait_ms (700);
      plx_test_wait_until (plx_test_stack_settled, fixture->window);
      plx_test_save_screenshots (window, "parallax-fetching-pane", width);
    }
  g_assert_true (plx_window_is_loading (fixture->window));
  g_assert_true (gtk_widget_activate_action (window, "win.cancel-fetch", NULL));
  plx_test_wait_until (not_loading, fixture->window);
  g_assert_null (plx_window_get_article (fixture->window, PLX_SIDE_B));
  g_assert_nonnull (plx_window_get_article (fixture->window, PLX_SIDE_A));
  g_assert_cmpstr (pane_status (fixture->window, PLX_SIDE_B), ==, "No Article");

  /* Failed: empty again, with the message. */
  g_signal_connect (window, "load-failed", G_CALLBACK (on_load_failed), &failure);
  paste (window, missing);
  plx_test_wait_until (plx_test_string_set, &failure);
  g_assert_nonnull (strstr (failure, "There is no page at"));
  g_signal_handlers_disconnect_by_data (window, &failure);
  g_assert_null (plx_window_get_article (fixture->window, PLX_SIDE_B));
  g_assert_cmpstr (plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, held);
  g_assert_cmpstr (pane_status (fixture->window, PLX_SIDE_B), ==, "No Article");

  /* Arrived: the article takes the pane. */
  paste (window, held);
  plx_test_wait_until (pane_b_fetching, fixture->window);
  answer_held (fixture, page_b);
  plx_test_wait_until (has_two_articles, fixture->window);
  g_assert_null (pane_status (fixture->window, PLX_SIDE_B));
  text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_nonnull (strstr (text_b, "decided on Tuesday to shut the old harbour bridge"));
}

static gboolean
label_says_fetching (GtkWidget    *widget,
                     gconstpointer data)
{
  return g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "Fetching the page from");
}

static gboolean
toast_shown (gpointer window)
{
  return plx_test_find_widget (window, GTK_TYPE_LABEL, label_says_fetching, NULL) != NULL;
}

static gboolean
toast_gone_and_idle (gpointer window)
{
  return !toast_shown (window) && !plx_window_is_loading (window);
}

/* A file dropped on the side a page is fetched into takes its place: the
 * fetch, its toast and its spinner end. */
static void
test_fetch_replaced (Fixture      *fixture,
                     gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *a = address_of (fixture, "/a");
  g_autofree char *slow = address_of (fixture, "/slow");
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = plx_test_write_file (dir, "dropped.txt", page_b_text, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  paste (window, a);
  plx_test_wait_until (has_article_a, fixture->window);
  paste (window, slow);
  plx_test_wait_until (pane_b_fetching, fixture->window);
  plx_test_wait_until (toast_shown, fixture->window);

  plx_window_load_file (fixture->window, PLX_SIDE_B, file);
  plx_test_wait_until (has_two_articles, fixture->window);
  plx_test_wait_until (toast_gone_and_idle, fixture->window);
  plx_test_remove_tree (dir);
}

/* A link dragged from a browser arrives as text/uri-list, which GTK hands
 * over as a GdkFileList of one non-local file. */
static void
test_drop_link (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  g_autofree char *a = address_of (fixture, "/a");
  g_autofree char *text_a = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *list = g_slist_append (NULL, g_file_new_for_uri (a));
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

  plx_test_wait_until (has_article_a, fixture->window);
  text_a = plx_test_pane_text (fixture->window, PLX_SIDE_A);
  g_assert_nonnull (strstr (text_a, "voted on Tuesday to close the old harbour bridge"));
  g_assert_cmpstr (plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, a);
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/open-address/paste-and-dialog", Fixture, NULL, fixture_setup,
              test_paste_and_dialog, fixture_teardown);
  g_test_add ("/gui/open-address/fetching-and-cancel", Fixture, NULL, fixture_setup,
              test_fetching_and_cancel, fixture_teardown);

  g_test_add ("/gui/open-address/fetch-replaced", Fixture, NULL, fixture_setup,
              test_fetch_replaced, fixture_teardown);
  g_test_add ("/gui/open-address/drop-link", Fixture, NULL, fixture_setup, test_drop_link,
              fixture_teardown);

  return plx_test_run (app);
}
