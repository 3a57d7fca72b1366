/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Opening a web address in the window: a pasted link, a dropped link and
 * "Open Web Address…", against a server on 127.0.0.1 that the test starts
 * itself; on two articles, and as one more for three or more
 * (tests/data/council) or one too many for twelve. */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "gui-test.h"
#include "plx-coverage-view.h"

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
  guint              n_requests;
} Fixture;

static void
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

/* Drops a link to @address on @window (not on a pane): a link dragged
 * from a browser arrives as text/uri-list, which GTK hands over as a
 * GdkFileList of one non-local file. */
static void
drop_link (PlxWindow  *window,
           const char *address)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *list = g_slist_append (NULL, g_file_new_for_uri (address));
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

static void
test_drop_link (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *a = address_of (fixture, "/a");
  g_autofree char *text_a = NULL;

  drop_link (fixture->window, a);

  plx_test_wait_until (has_article_a, fixture->window);
  text_a = plx_test_pane_text (fixture->window, PLX_SIDE_A);
  g_assert_nonnull (strstr (text_a, "voted on Tuesday to close the old harbour bridge"));
  g_assert_cmpstr (plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, a);
}

/* Three or more articles: a web page joins them. */

static guint wanted_n;

/* Collated with @wanted_n articles, nothing on its way. */
static gboolean
collated_n (gpointer window)
{
  PlxCollation *collation = plx_window_get_collation (window);

  return collation != NULL && plx_collation_is_done (collation) &&
         plx_collation_get_n_articles (collation) == wanted_n && plx_test_window_compared (window) &&
         !plx_window_is_loading (window);
}

static void
wait_collated (Fixture *fixture,
               guint    n)
{
  wanted_n = n;
  plx_test_wait_until (collated_n, fixture->window);
}

/* Opens @n of herald, tribune and gazette (tests/data/council, over and
 * over) at 1280 × 800: two compared, three or more collated. */
static void
open_council (Fixture *fixture,
              guint    n)
{
  static const char *const names[] = { "herald.txt", "tribune.txt", "gazette.txt" };
  GFile *files[PLX_COLLATION_MAX_ARTICLES];

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council",
                                                     names[i % G_N_ELEMENTS (names)], NULL);

      files[i] = g_file_new_for_path (path);
    }
  plx_window_open_files (fixture->window, files, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (files[i]);
  if (n >= 3)
    wait_collated (fixture, n);
  else
    plx_test_wait_until (plx_test_window_compared, fixture->window);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
}

/* The place of the article fetched from @address in @collation, or -1. */
static int
article_from (PlxCollation *collation,
              const char   *address)
{
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (g_strcmp0 (plx_article_get_source (plx_collation_get_article (collation, k)), address) == 0)
      return (int) k;

  return -1;
}

/* Whether the window has taken a pasted link (which is read from the
 * clipboard in the background): fetching it or asking where it goes. */
static gboolean
link_taken (gpointer window)
{
  return plx_window_is_loading (window) || plx_test_find_message_dialog () != NULL;
}

/* Whether a message was given (at the string @data) or a dialog shown. */
static gboolean
refused_or_asking (gpointer data)
{
  return *(char **) data != NULL || plx_test_find_message_dialog () != NULL;
}

/* The three articles open are still there, beside @n_more others. */
static void
assert_council_kept (PlxWindow *window,
                     guint      n_more)
{
  PlxCollation *collation = plx_window_get_collation (window);
  guint n_council = 0;

  g_assert_nonnull (collation);
  g_assert_cmpuint (plx_collation_get_n_articles (collation), ==, 3 + n_more);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (g_str_has_suffix (plx_article_get_source (plx_collation_get_article (collation, k)),
                          ".txt"))
      n_council++;
  g_assert_cmpuint (n_council, ==, 3);
}

/* A link pasted on three articles is the fourth: no question which one it
 * replaces; its outlet heads its column and, opened beside the base, its
 * pane. */
static void
test_paste_joins_three (Fixture      *fixture,
                        gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *courier = address_of (fixture, "/courier");
  g_autofree char *outlet = NULL;
  PlxCoverageView *coverage;
  PlxCollation *collation;
  GtkLabel *citation;
  int k;

  open_council (fixture, 3);
  paste (window, courier);
  plx_test_wait_until (link_taken, fixture->window);
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_true (plx_window_is_loading (fixture->window));
  wait_collated (fixture, 4);
  g_assert_null (plx_test_find_message_dialog ());
  assert_council_kept (fixture->window, 1);
  collation = plx_window_get_collation (fixture->window);
  k = article_from (collation, courier);
  g_assert_cmpint (k, >=, 0);
  outlet = plx_coverage_dup_outlet_name (plx_collation_get_article (collation, k));
  g_assert_cmpstr (outlet, ==, "Riverside Courier");
  g_assert_nonnull (plx_article_get_retrieved (plx_collation_get_article (collation, k)));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  for (int width = 1280; width >= 900; width -= 380)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
      plx_test_wait_ms (500);
      plx_test_wait_until (plx_test_stack_settled, fixture->window);
      plx_test_save_screenshots (window, "paste-link-fourth-article", width);
    }

  coverage = PLX_COVERAGE_VIEW (plx_test_find_widget (window, PLX_TYPE_COVERAGE_VIEW, NULL, NULL));
  g_assert_cmpint (k, !=, (int) plx_collation_get_pivot (collation));
  plx_coverage_view_set_cursor (coverage, 0, k);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (coverage), "coverage.activate", NULL));
  g_assert_true (plx_window_get_article (fixture->window, PLX_SIDE_B) ==
                 plx_collation_get_article (collation, k));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  citation = GTK_LABEL (plx_test_find_widget (GTK_WIDGET (plx_test_find_pane (fixture->window,
                                                                               PLX_SIDE_B)),
                                              GTK_TYPE_LABEL, plx_test_has_css_class, "citation"));
  g_assert_nonnull (citation);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (citation)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (citation), "Riverside Courier · "));
  g_assert_nonnull (strstr (gtk_label_get_text (citation), "127.0.0.1"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  plx_test_wait_ms (500);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_save_screenshots (window, "paste-link-fourth-article-compare", 1280);
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 100;
}

static gboolean
no_dialog (gpointer data)
{
  return plx_test_find_message_dialog () == NULL;
}

/* A link dropped on three articles is the fourth; an address given to
 * "Open Web Address…" the fifth. */
static void
test_drop_and_dialog_join (Fixture      *fixture,
                           gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *courier = address_of (fixture, "/courier");
  g_autofree char *a = address_of (fixture, "/a");
  AdwMessageDialog *dialog;

  open_council (fixture, 3);
  drop_link (fixture->window, courier);
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_true (plx_window_is_loading (fixture->window));
  wait_collated (fixture, 4);
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_cmpint (article_from (plx_window_get_collation (fixture->window), courier), >=, 0);

  g_assert_true (gtk_widget_activate_action (window, "win.open-address", NULL));
  plx_test_wait_until (dialog_shown, NULL);
  dialog = plx_test_find_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), a);
  plx_test_answer_dialog ("open");
  plx_test_wait_until (no_dialog, NULL);
  g_assert_true (plx_window_is_loading (fixture->window));
  wait_collated (fixture, 5);
  g_assert_null (plx_test_find_message_dialog ());
  assert_council_kept (fixture->window, 2);
  g_assert_cmpint (article_from (plx_window_get_collation (fixture->window), a), >=, 0);
}

/* A page on its way to three articles shows the spinner and the toast
 * that cancels it; cancelled, the three stay as they were. */
static void
test_join_cancel (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *slow = address_of (fixture, "/slow");
  PlxCollation *collation;

  open_council (fixture, 3);
  collation = plx_window_get_collation (fixture->window);
  paste (window, slow);
  plx_test_wait_until (link_taken, fixture->window);
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_true (plx_window_is_loading (fixture->window));
  plx_test_wait_until (toast_shown, fixture->window);
  g_assert_true (gtk_widget_activate_action (window, "win.cancel-fetch", NULL));
  plx_test_wait_until (toast_gone_and_idle, fixture->window);
  g_assert_true (plx_window_get_collation (fixture->window) == collation);
  assert_council_kept (fixture->window, 0);
}

/* A page on its way to three articles is given up when others take their
 * place (here the sample): the sample stays two articles. */
static void
test_join_given_up (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *slow = address_of (fixture, "/slow");
  g_autoptr(GError) error = NULL;

  open_council (fixture, 3);
  paste (window, slow);
  plx_test_wait_until (link_taken, fixture->window);
  plx_test_wait_until (toast_shown, fixture->window);
  g_assert_true (plx_window_open_sample (fixture->window, &error));
  g_assert_no_error (error);
  plx_test_wait_until (toast_gone_and_idle, fixture->window);
  g_assert_null (plx_window_get_collation (fixture->window));
  g_assert_cmpstr (plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "kremlin-a.txt");
}

/* A file added while a page is on its way to three articles: the page
 * waits for the four to be collated, then joins them as the fifth. */
static void
test_join_while_collating (Fixture      *fixture,
                           gconstpointer data)
{
  g_autofree char *held = address_of (fixture, "/held");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council", "courier.txt",
                                                 NULL);
  g_autoptr(GFile) courier = g_file_new_for_path (path);
  PlxCollation *collation;
  guint n_files = 0;

  open_council (fixture, 3);
  paste (GTK_WIDGET (fixture->window), held);
  plx_test_wait_until (has_held, fixture);
  plx_window_open_files (fixture->window, &courier, 1);
  answer_held (fixture, page_b);
  wait_collated (fixture, 5);
  collation = plx_window_get_collation (fixture->window);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    n_files += g_str_has_suffix (plx_article_get_source (plx_collation_get_article (collation, k)),
                                 ".txt");
  g_assert_cmpuint (n_files, ==, 4);
  g_assert_cmpint (article_from (collation, held), >=, 0);
}

/* With twelve articles open, a link is one too many: the toast of files
 * says so at once, nothing is fetched and the twelve stay. */
static void
test_paste_beyond_twelve (Fixture      *fixture,
                          gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *courier = address_of (fixture, "/courier");
  g_autofree char *message = NULL;
  PlxCollation *collation;

  open_council (fixture, PLX_COLLATION_MAX_ARTICLES);
  collation = plx_window_get_collation (fixture->window);
  g_signal_connect (window, "load-failed", G_CALLBACK (on_load_failed), &message);
  paste (window, courier);
  plx_test_wait_until (refused_or_asking, &message);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "at most 12 articles"));
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_false (plx_window_is_loading (fixture->window));
  plx_test_wait_ms (300);
  g_assert_cmpuint (fixture->n_requests, ==, 0);
  g_assert_true (plx_window_get_collation (fixture->window) == collation);
  g_assert_cmpuint (plx_collation_get_n_articles (collation), ==, PLX_COLLATION_MAX_ARTICLES);
  g_assert_cmpint (article_from (collation, courier), <, 0);
  g_signal_handlers_disconnect_by_data (window, &message);
}

/* A link pasted on two articles can join them, as pasted text can:
 * Compare All Three fetches it and collates the three. */
static void
test_paste_on_two_joins (Fixture      *fixture,
                         gconstpointer data)
{
  g_autofree char *courier = address_of (fixture, "/courier");
  AdwMessageDialog *dialog;

  open_council (fixture, 2);
  paste (GTK_WIDGET (fixture->window), courier);
  plx_test_wait_until (dialog_shown, NULL);
  dialog = plx_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace Which Article?");
  g_assert_true (adw_message_dialog_has_response (dialog, "add"));
  g_assert_cmpuint (fixture->n_requests, ==, 0);
  plx_test_wait_until (has_size, dialog);
  plx_test_save_screenshots (GTK_WIDGET (dialog), "paste-link-third-article",
                             gtk_widget_get_width (GTK_WIDGET (dialog)));
  plx_test_answer_dialog ("add");
  wait_collated (fixture, 3);
  g_assert_cmpint (article_from (plx_window_get_collation (fixture->window), courier), >=, 0);
  g_assert_cmpuint (fixture->n_requests, ==, 1);
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
  g_test_add ("/gui/open-address/paste-on-two-joins", Fixture, NULL, fixture_setup,
              test_paste_on_two_joins, fixture_teardown);
  g_test_add ("/gui/open-address/paste-joins-three", Fixture, NULL, fixture_setup,
              test_paste_joins_three, fixture_teardown);
  g_test_add ("/gui/open-address/drop-and-dialog-join", Fixture, NULL, fixture_setup,
              test_drop_and_dialog_join, fixture_teardown);
  g_test_add ("/gui/open-address/join-cancel", Fixture, NULL, fixture_setup, test_join_cancel,
              fixture_teardown);
  g_test_add ("/gui/open-address/join-given-up", Fixture, NULL, fixture_setup,
              test_join_given_up, fixture_teardown);
  g_test_add ("/gui/open-address/join-while-collating", Fixture, NULL, fixture_setup,
              test_join_while_collating, fixture_teardown);
  g_test_add ("/gui/open-address/paste-beyond-twelve", Fixture, NULL, fixture_setup,
              test_paste_beyond_twelve, fixture_teardown);

  return plx_test_run (app);
}
