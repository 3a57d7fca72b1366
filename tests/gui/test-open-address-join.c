/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A web address with several articles open, against the server of
 * fetch-test.h: pasted on two, it can join them (Compare All Three);
 * pasted, dropped or given to "Open Web Address…" on three or more
 * (tests/data/council), it is fetched as one more article, with its
 * toast to cancel it; on twelve, a toast says it cannot join. */

#include "config.h"

#include <glib/gstdio.h>

#include "join-test.h"
#include "plx-coverage-view.h"

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
    files[i] = council_file (names[i % G_N_ELEMENTS (names)]);
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

/* Pages that come while the articles open are collated: the collation
 * started while a GMainContext of the test's own (@held) is the
 * thread-default one runs as any, but says it is over only when the test
 * dispatches @held. So the page surely comes before it ends, and waits. */

static gboolean
not_waiting (gpointer window)
{
  return !page_waits (window);
}

static gboolean
in_header_bar (GtkWidget    *widget,
               gconstpointer data)
{
  return gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) != NULL;
}

/* Whether the header's spinner turns. */
static gboolean
spinning (PlxWindow *window)
{
  GtkWidget *spinner = plx_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SPINNER, in_header_bar,
                                             NULL);

  g_assert_nonnull (spinner);
  return gtk_spinner_get_spinning (GTK_SPINNER (spinner));
}

/* The number of articles of each collation shown, in @sizes. */
static void
on_comparison_ready (PlxWindow *window,
                     GArray    *sizes)
{
  PlxCollation *collation = plx_window_get_collation (window);
  guint n = collation != NULL ? plx_collation_get_n_articles (collation) : 2;

  g_array_append_val (sizes, n);
}

static gboolean
any_ready (gpointer sizes)
{
  return ((GArray *) sizes)->len > 0;
}

/* On four articles open, a page is on its way (/held); the last article
 * is taken out, and while the three left are collated (in @held), the
 * courier's page comes: the toast says it is being added. */
static void
page_comes_while_collating (Fixture      *fixture,
                            GMainContext *held)
{
  g_autofree char *address = address_of (fixture, "/held");

  held_window = fixture->window;
  open_council (fixture, 4);
  paste (GTK_WIDGET (fixture->window), address);
  plx_test_wait_until (has_held, fixture);
  g_main_context_push_thread_default (held);
  plx_window_remove_article (fixture->window, 3);
  g_main_context_pop_thread_default (held);
  answer_held (fixture, page_courier);
  plx_test_wait_until (page_waits, fixture->window);
  g_assert_null (plx_window_get_collation (fixture->window));
  g_assert_true (spinning (fixture->window));
}

/* Waits until the page from @address has joined the three collated in
 * @held (a second collation, of four, the council kept); returns the
 * window's subtitle and sets @article to the page's article. */
static const char *
wait_joined (Fixture       *fixture,
             GMainContext  *held,
             GArray        *sizes,
             const char    *address,
             PlxArticle   **article)
{
  PlxCollation *collation;
  AdwWindowTitle *title;
  int k;

  wanted_n = 4;
  plx_test_wait_until (collated_n_with_held, held);
  g_assert_cmpuint (sizes->len, ==, 2);
  assert_council_kept (fixture->window, 1);
  collation = plx_window_get_collation (fixture->window);
  k = article_from (collation, address);
  g_assert_cmpint (k, >=, 0);
  *article = plx_collation_get_article (collation, k);
  title = ADW_WINDOW_TITLE (plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                  ADW_TYPE_WINDOW_TITLE, NULL, NULL));

  return adw_window_title_get_subtitle (title);
}

/* The page that came joins the three as soon as they are collated, in
 * the same turn of the main loop (the spinner never stops): the window
 * shows four articles, the courier's outlet among them. */
static void
test_join_right_after_collation (Fixture      *fixture,
                                 gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *address = address_of (fixture, "/held");
  PlxArticle *article;
  const char *subtitle;

  page_comes_while_collating (fixture, held);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  for (int width = 1280; width >= 900; width -= 380)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
      plx_test_wait_ms (500);
      plx_test_save_screenshots (window, "join-page-waits", width);
    }
  g_signal_connect (window, "comparison-ready", G_CALLBACK (on_comparison_ready), sizes);
  plx_test_wait_until_in (held, any_ready, sizes);
  g_assert_cmpuint (g_array_index (sizes, guint, 0), ==, 3);
  g_assert_true (spinning (fixture->window));
  g_assert_true (plx_window_is_loading (fixture->window));

  subtitle = wait_joined (fixture, held, sizes, address, &article);
  g_assert_cmpuint (g_array_index (sizes, guint, 1), ==, 4);
  g_assert_true (g_str_has_prefix (subtitle, "4 articles: "));
  g_assert_nonnull (strstr (subtitle, "Riverside Courier"));
  g_assert_false (spinning (fixture->window));
  plx_test_wait_until (not_waiting, fixture->window);
  g_assert_cmpuint (fixture->n_requests, ==, 1);
  g_signal_handlers_disconnect_by_data (window, sizes);
}

/* Cancelled while it waits, the page does not join: the three are
 * collated and stay three. */
static void
test_cancel_while_waiting (Fixture      *fixture,
                           gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *address = address_of (fixture, "/held");
  PlxCollation *collation;

  page_comes_while_collating (fixture, held);
  g_assert_true (gtk_widget_activate_action (window, "win.cancel-fetch", NULL));
  plx_test_wait_until (not_waiting, fixture->window);
  g_assert_true (plx_window_is_loading (fixture->window));

  g_signal_connect (window, "comparison-ready", G_CALLBACK (on_comparison_ready), sizes);
  plx_test_wait_until_in (held, any_ready, sizes);
  g_assert_false (spinning (fixture->window));
  g_assert_false (plx_window_is_loading (fixture->window));
  collation = plx_window_get_collation (fixture->window);
  g_assert_nonnull (collation);
  g_assert_true (plx_collation_is_done (collation));
  assert_council_kept (fixture->window, 0);
  g_assert_cmpint (article_from (collation, address), <, 0);
  g_assert_cmpuint (sizes->len, ==, 1);
  g_assert_cmpuint (g_array_index (sizes, guint, 0), ==, 3);
  g_signal_handlers_disconnect_by_data (window, sizes);
}

/* A second page to join while the first waits wins over it, as a newer
 * page to join always does: only the second joins, right after the
 * collation. */
static void
test_second_page_while_waiting (Fixture      *fixture,
                                gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *address = address_of (fixture, "/held");
  PlxArticle *article;
  const char *subtitle;

  page_comes_while_collating (fixture, held);
  /* A collation being made takes one more as one shown does: no question
   * which article the page replaces. */
  paste (window, address);
  plx_test_wait_until (has_held, fixture);
  g_assert_null (plx_test_find_message_dialog ());
  plx_test_wait_until (not_waiting, fixture->window);
  answer_held (fixture, page_a);
  plx_test_wait_until (page_waits, fixture->window);

  g_signal_connect (window, "comparison-ready", G_CALLBACK (on_comparison_ready), sizes);
  plx_test_wait_until_in (held, any_ready, sizes);
  g_assert_true (spinning (fixture->window));
  subtitle = wait_joined (fixture, held, sizes, address, &article);
  g_assert_cmpstr (plx_article_get_title (article), ==, "Bridge to close");
  g_assert_null (strstr (subtitle, "Riverside Courier"));
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_signal_handlers_disconnect_by_data (window, sizes);
}

static gboolean
label_says_not_added (GtkWidget    *widget,
                      gconstpointer data)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), "was not added") != NULL;
}

static gboolean
says_not_added (gpointer window)
{
  return plx_test_find_widget (window, GTK_TYPE_LABEL, label_says_not_added, NULL) != NULL;
}

/* The collation a page waits for fails (here: the user's parties file
 * is broken, which every collation reads): its error shows, and the page
 * is not added, a toast says so; nothing is left loading. */
static void
test_collation_fails_while_waiting (Fixture      *fixture,
                                    gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *address = address_of (fixture, "/held");
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "parallax", NULL);
  g_autofree char *parties = g_build_filename (folder, "parties.json", NULL);
  g_autoptr(GError) error = NULL;

  held_window = fixture->window;
  open_council (fixture, 4);
  paste (window, address);
  plx_test_wait_until (has_held, fixture);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (parties, "{ \"parties\": [", -1, &error);
  g_assert_no_error (error);
  g_main_context_push_thread_default (held);
  plx_window_remove_article (fixture->window, 3);
  g_main_context_pop_thread_default (held);
  answer_held (fixture, page_courier);
  plx_test_wait_until (page_waits, fixture->window);

  g_signal_connect (window, "load-failed", G_CALLBACK (add_message), messages);
  plx_test_wait_until_in (held, plx_test_window_idle, fixture->window);
  g_signal_handlers_disconnect_by_data (window, messages);
  g_assert_cmpint (g_remove (parties), ==, 0);
  g_assert_cmpuint (messages->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), "parties.json"));
  g_assert_cmpstr (g_ptr_array_index (messages, 1), ==,
                   "The page from 127.0.0.1 was not added: the articles it was to join could "
                   "not be compared");
  g_assert_false (spinning (fixture->window));
  g_assert_null (plx_window_get_collation (fixture->window));
  plx_test_wait_until (not_waiting, fixture->window);
  plx_test_wait_until (says_not_added, fixture->window);
  for (int width = 1280; width >= 900; width -= 380)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
      plx_test_wait_ms (500);
      plx_test_save_screenshots (window, "join-page-not-added", width);
    }
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

/* Closed while a page waits: nothing crashes, and the window goes once
 * the collation it was running is over (which held it). */
static void
test_close_while_waiting (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  PlxWindow *window;

  page_comes_while_collating (fixture, held);
  window = g_steal_pointer (&fixture->window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  plx_test_wait_until_in (held, is_null, &window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (window);
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
  /* A data folder of its own, where a test breaks the parties file
   * every collation reads (not the one the other tests share). */
  g_autofree char *data = g_dir_make_tmp ("parallax-join-XXXXXX", NULL);
  int status;

  g_assert_nonnull (data);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  app = plx_test_init (&argc, &argv);

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
  g_test_add ("/gui/open-address/join-right-after-collation", Fixture, NULL, fixture_setup,
              test_join_right_after_collation, fixture_teardown);
  g_test_add ("/gui/open-address/cancel-while-waiting", Fixture, NULL, fixture_setup,
              test_cancel_while_waiting, fixture_teardown);
  g_test_add ("/gui/open-address/second-page-while-waiting", Fixture, NULL, fixture_setup,
              test_second_page_while_waiting, fixture_teardown);
  g_test_add ("/gui/open-address/collation-fails-while-waiting", Fixture, NULL, fixture_setup,
              test_collation_fails_while_waiting, fixture_teardown);
  g_test_add ("/gui/open-address/close-while-waiting", Fixture, NULL, fixture_setup,
              test_close_while_waiting, fixture_teardown);
  g_test_add ("/gui/open-address/paste-beyond-twelve", Fixture, NULL, fixture_setup,
              test_paste_beyond_twelve, fixture_teardown);

  status = plx_test_run (app);
  {
    g_autofree char *folder = g_build_filename (data, "parallax", NULL);

    g_rmdir (folder);
    g_rmdir (data);
  }
  return status;
}
