/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Opening a web address in the window: a pasted link, a dropped link and
 * "Open Web Address…", against a server on 127.0.0.1 that the test starts
 * itself (fetch-test.h); for three or more articles see
 * test-open-address-join.c. */

#include "config.h"

#include "fetch-test.h"

static const char page_b_text[] =
  "Council shuts harbour bridge\n\nThe city council decided on Tuesday to shut the old "
  "harbour bridge to cars from next spring. Shop owners on both banks warned that fewer "
  "visitors would come.\n";

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
