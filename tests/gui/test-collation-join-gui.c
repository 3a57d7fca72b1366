/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Articles that come while three or more are being collated (issue 11):
 * a file dropped, text or a link pasted, a link dropped or "Compare All
 * Three" join the collation running, with no question which article they
 * replace, and none is lost; meanwhile the window's subtitle names the
 * articles of that collation, not the two shown before.
 *
 * The collation is held still: it starts while a GMainContext of the
 * test's own (@held) is the thread-default one, so its work goes on as
 * any, but it says it is over only when the test dispatches @held
 * (GTask makes the context of a callback the thread-default one, so the
 * collations started from its end are held too). */

#include "config.h"

#include <glib/gstdio.h>

#include "join-test.h"
#include "plx-coverage-view.h"

static char *
dup_council_text (const char *name)
{
  g_autoptr(GFile) file = council_file (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_load_contents (file, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Opens the council files @names (%NULL-terminated) together, as dropped. */
static void
open_council (PlxWindow         *window,
              const char *const *names)
{
  GFile *files[8];
  guint n = 0;

  for (; names[n] != NULL; n++)
    files[n] = council_file (names[n]);
  plx_window_open_files (window, files, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (files[i]);
}

static const char *
subtitle_of (PlxWindow *window)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (plx_test_find_widget (GTK_WIDGET (window),
                                                                  ADW_TYPE_WINDOW_TITLE, NULL,
                                                                  NULL));

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (title);
}

/* The page the window shows: "compare", "coverage", "collating"… */
static const char *
page_of (PlxWindow *window)
{
  return gtk_stack_get_visible_child_name (plx_test_find_main_stack (window));
}

/* The title of the page shown while a collation is made. */
static const char *
collating_title (PlxWindow *window)
{
  GtkStack *stack = plx_test_find_main_stack (window);

  return adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (stack,
                                                                                  "collating")));
}

/* Whether the subtitle says "@n articles: " and names @name (unless
 * %NULL) among them. */
static gboolean
subtitle_names (PlxWindow  *window,
                guint       n,
                const char *name)
{
  g_autofree char *prefix = g_strdup_printf ("%u articles: ", n);
  const char *subtitle = subtitle_of (window);

  return subtitle != NULL && g_str_has_prefix (subtitle, prefix) &&
         (name == NULL || strstr (subtitle, name) != NULL);
}

static void
wait_collated (PlxWindow    *window,
               GMainContext *held,
               guint         n)
{
  held_window = window;
  wanted_n = n;
  plx_test_wait_until (collated_n_with_held, held);
}

/* Opens herald and tribune, compared. */
static void
open_two (PlxWindow *window)
{
  static const char *const two[] = { "herald.txt", "tribune.txt", NULL };

  open_council (window, two);
  plx_test_wait_until (plx_test_window_compared, window);
}

/* Drops herald, tribune and gazette on @window, collated in @held. */
static void
drop_three_held (PlxWindow    *window,
                 GMainContext *held)
{
  static const char *const three[] = { "herald.txt", "tribune.txt", "gazette.txt", NULL };

  g_main_context_push_thread_default (held);
  open_council (window, three);
  g_main_context_pop_thread_default (held);
}

/* Pastes @text on two articles and answers "Compare All Three": the
 * three are collated in @held. */
static void
paste_third_held (PlxWindow    *window,
                  GMainContext *held,
                  const char   *text)
{
  paste (GTK_WIDGET (window), text);
  plx_test_wait_until (dialog_shown, NULL);
  g_main_context_push_thread_default (held);
  plx_test_answer_dialog ("add");
  g_main_context_pop_thread_default (held);
  g_assert_true (plx_window_is_loading (window));
}

/* How many articles of @collation have a source that ends with @suffix
 * (a council file) or is @suffix (a page's address). */
static guint
count_from (PlxCollation *collation,
            const char   *suffix)
{
  guint n = 0;

  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    n += g_str_has_suffix (plx_article_get_source (plx_collation_get_article (collation, k)),
                           suffix);
  return n;
}

/* Whether the window has taken a pasted link (read from the clipboard
 * in the background): fetching it (here: fetched, @data's server asked)
 * or asking where it goes. */
static gboolean
link_taken (gpointer data)
{
  Fixture *fixture = data;

  return fixture->n_requests > 0 || plx_test_find_message_dialog () != NULL;
}

/* Whether the window has taken pasted text: it waits to join (the
 * subtitle names it) or the window asks where it goes. */
static gboolean
text_taken (gpointer window)
{
  wanted_n = 4;
  return subtitle_names (window, wanted_n, NULL) || plx_test_find_message_dialog () != NULL;
}

static void
save_screenshots (PlxWindow  *window,
                  const char *name)
{
  for (int width = 1280; width >= 900; width -= 380)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
      plx_test_wait_ms (500);
      plx_test_save_screenshots (GTK_WIDGET (window), name, width);
    }
}

/* Two articles compared; three files dropped on them are being collated
 * when a fourth file, then a link, is dropped: neither asks which article
 * it replaces, both join the three. */
static void
test_drop_while_collating (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GFile) courier = council_file ("courier.txt");
  g_autofree char *page = address_of (fixture, "/a");
  PlxCollation *collation;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  open_two (fixture->window);
  g_assert_cmpstr (subtitle_of (fixture->window), ==, "herald.txt ↔ tribune.txt");

  drop_three_held (fixture->window, held);
  g_assert_true (plx_window_is_loading (fixture->window));

  drop_file (fixture->window, courier);
  plx_test_wait_ms (200);
  g_assert_null (plx_test_find_message_dialog ());

  drop_link (fixture->window, page);
  plx_test_wait_until (page_waits, fixture->window);
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_null (plx_window_get_collation (fixture->window));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  save_screenshots (fixture->window, "collation-join-while-collating");

  wait_collated (fixture->window, held, 5);
  g_assert_null (plx_test_find_message_dialog ());
  collation = plx_window_get_collation (fixture->window);
  g_assert_cmpuint (count_from (collation, ".txt"), ==, 4);
  g_assert_cmpuint (count_from (collation, "courier.txt"), ==, 1);
  g_assert_cmpuint (count_from (collation, page), ==, 1);
  g_assert_true (subtitle_names (fixture->window, 5, "courier"));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  save_screenshots (fixture->window, "collation-join-after");
}

/* Text pasted on two articles, collated with them by "Compare All
 * Three": while the three are collated, a link and more text pasted join
 * them (no question asked). */
static void
test_paste_while_collating (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autofree char *gazette = dup_council_text ("gazette.txt");
  g_autofree char *courier = dup_council_text ("courier.txt");
  g_autofree char *page = address_of (fixture, "/courier");
  PlxCollation *collation;

  open_two (fixture->window);
  paste_third_held (fixture->window, held, gazette);
  g_assert_null (plx_window_get_collation (fixture->window));

  paste (GTK_WIDGET (fixture->window), page);
  plx_test_wait_until (link_taken, fixture);
  g_assert_null (plx_test_find_message_dialog ());
  plx_test_wait_until (page_waits, fixture->window);
  paste (GTK_WIDGET (fixture->window), courier);
  plx_test_wait_until (text_taken, fixture->window);
  g_assert_null (plx_test_find_message_dialog ());

  wait_collated (fixture->window, held, 5);
  g_assert_null (plx_test_find_message_dialog ());
  collation = plx_window_get_collation (fixture->window);
  g_assert_cmpuint (count_from (collation, ".txt"), ==, 2);
  g_assert_cmpuint (count_from (collation, "Pasted text"), ==, 2);
  g_assert_cmpuint (count_from (collation, page), ==, 1);
  g_assert_true (subtitle_names (fixture->window, 5, NULL));
}

/* The subtitle names what is compared: the two articles, then, from the
 * moment three files are dropped on them, the three (files still read by
 * their names), the fourth as soon as it comes, and, once collated, the
 * four; the same from "Compare All Three" on. Meanwhile the window shows
 * a page that says how many are being compared, not the two of before. */
/* Whether the header's spinner is shown (it turns while a page is
 * fetched or two articles are compared). */
static gboolean
header_spinner_shown (PlxWindow *window)
{
  GObject *spinner = gtk_widget_get_template_child (GTK_WIDGET (window), PLX_TYPE_WINDOW,
                                                    "spinner");

  return gtk_widget_get_visible (GTK_WIDGET (spinner));
}

static void
test_shown_while_collating (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GFile) courier = council_file ("courier.txt");
  g_autofree char *gazette = dup_council_text ("gazette.txt");

  open_two (fixture->window);
  g_assert_cmpstr (subtitle_of (fixture->window), ==, "herald.txt ↔ tribune.txt");

  drop_three_held (fixture->window, held);
  g_assert_true (subtitle_names (fixture->window, 3, "gazette"));
  g_assert_cmpstr (page_of (fixture->window), ==, "collating");
  g_assert_cmpstr (collating_title (fixture->window), ==, "Comparing 3 Articles…");
  /* The page's spinner turns, not a second one in the header. */
  g_assert_false (header_spinner_shown (fixture->window));
  /* What was read of the three before the fourth comes. */
  plx_test_wait_ms (300);
  g_assert_true (subtitle_names (fixture->window, 3, "gazette"));

  plx_window_open_files (fixture->window, &courier, 1);
  g_assert_true (subtitle_names (fixture->window, 4, "courier"));
  g_assert_cmpstr (collating_title (fixture->window), ==, "Comparing 4 Articles…");
  wait_collated (fixture->window, held, 4);
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");
  g_assert_true (header_spinner_shown (fixture->window));
  g_assert_true (subtitle_names (fixture->window, 4, "courier"));

  /* Two again (Remove Article twice), then Compare All Three. */
  plx_window_remove_article (fixture->window, 3);
  wait_collated (fixture->window, held, 3);
  plx_window_remove_article (fixture->window, 2);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  g_assert_null (strstr (subtitle_of (fixture->window), "articles"));
  paste_third_held (fixture->window, held, gazette);
  g_assert_true (subtitle_names (fixture->window, 3, NULL));
  g_assert_cmpstr (page_of (fixture->window), ==, "collating");
  wait_collated (fixture->window, held, 3);
  g_assert_true (subtitle_names (fixture->window, 3, NULL));
}

static void
count_ready (PlxWindow *window,
             guint     *n)
{
  (*n)++;
}

/* The sensitivity changed in the preferences while three articles are
 * collated: the three are not given up for the two shown before. Changed
 * while the files are read, the collation takes it; changed while the
 * articles are collated (after Compare All Three), they are collated
 * again with it once that collation is over. */
static void
test_settings_while_collating (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autofree char *gazette = dup_council_text ("gazette.txt");
  GSettings *settings = plx_application_get_settings (app);
  guint n_ready = 0;

  open_two (fixture->window);
  drop_three_held (fixture->window, held);
  g_settings_set_double (settings, "sensitivity", 0.6);
  g_assert_cmpstr (page_of (fixture->window), ==, "collating");
  g_signal_connect (fixture->window, "comparison-ready", G_CALLBACK (count_ready), &n_ready);
  wait_collated (fixture->window, held, 3);
  g_assert_cmpuint (count_from (plx_window_get_collation (fixture->window), ".txt"), ==, 3);
  g_assert_cmpuint (n_ready, ==, 1);

  plx_window_remove_article (fixture->window, 2);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  paste (GTK_WIDGET (fixture->window), gazette);
  plx_test_wait_until (dialog_shown, NULL);
  g_main_context_push_thread_default (held);
  plx_test_answer_dialog ("add");
  g_main_context_pop_thread_default (held);
  n_ready = 0;
  g_settings_reset (settings, "sensitivity");
  g_assert_cmpstr (page_of (fixture->window), ==, "collating");
  wait_collated (fixture->window, held, 3);
  g_assert_cmpuint (count_from (plx_window_get_collation (fixture->window), "Pasted text"), ==, 1);
  g_assert_cmpuint (n_ready, ==, 2);
  g_signal_handlers_disconnect_by_data (fixture->window, &n_ready);
}

static gboolean
idle_with_held (gpointer held)
{
  g_main_context_iteration (held, FALSE);
  return plx_test_window_idle (held_window);
}

/* Breaks the parties file every collation reads; returns its path. */
static char *
break_parties (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "parallax", NULL);
  g_autoptr(GError) error = NULL;
  char *parties = g_build_filename (folder, "parties.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (parties, "{ \"parties\": [", -1, &error);
  g_assert_no_error (error);

  return parties;
}

/* Lets the collation held in @held fail on the broken @parties, which
 * it then mends (removes); returns the messages the window gave. */
static GPtrArray *
wait_failed (PlxWindow    *window,
             GMainContext *held,
             const char   *parties)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (window, "load-failed", G_CALLBACK (add_message), messages);
  held_window = window;
  plx_test_wait_until (idle_with_held, held);
  g_signal_handlers_disconnect_by_data (window, messages);
  g_assert_cmpint (g_remove (parties), ==, 0);

  return messages;
}

/* A file that waits for a collation that fails (here: the user's parties
 * file is broken, which every collation reads) is not added, and a toast
 * names it: it is not lost without a word. */
static void
test_not_added_after_failure (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GFile) courier = council_file ("courier.txt");
  g_autofree char *parties = break_parties ();

  drop_three_held (fixture->window, held);
  drop_file (fixture->window, courier);
  g_assert_null (plx_test_find_message_dialog ());

  messages = wait_failed (fixture->window, held, parties);
  g_assert_cmpuint (messages->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), "parties.json"));
  g_assert_cmpstr (g_ptr_array_index (messages, 1), ==,
                   "“courier.txt” was not added: the articles it was to join could not be "
                   "compared");
  g_assert_null (plx_window_get_collation (fixture->window));
  g_assert_cmpstr (page_of (fixture->window), !=, "collating");
}

static gboolean
label_contains (GtkWidget    *widget,
                gconstpointer text)
{
  return strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* Whether the pane of @side says what share of its sentences is linked. */
static gboolean
pane_shows_linked (PlxWindow *window,
                   PlxSide    side)
{
  GtkWidget *pane = GTK_WIDGET (plx_test_find_pane (window, side));

  return plx_test_find_widget (pane, GTK_TYPE_LABEL, label_contains, "% linked") != NULL;
}

/* Two articles compared, a third that cannot be collated with them (the
 * parties file every comparison reads is broken meanwhile): the
 * comparison of the two comes back as it was, figures and all. */
static void
test_two_back_after_failure (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  g_autofree char *gazette = dup_council_text ("gazette.txt");
  g_autofree char *parties = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  guint n_ready = 0;
  PlxComparison *two;

  open_two (fixture->window);
  two = plx_window_get_comparison (fixture->window);
  g_assert_true (pane_shows_linked (fixture->window, PLX_SIDE_B));
  parties = break_parties ();
  paste_third_held (fixture->window, held, gazette);
  g_assert_cmpstr (page_of (fixture->window), ==, "collating");

  g_signal_connect (fixture->window, "comparison-ready", G_CALLBACK (count_ready), &n_ready);
  messages = wait_failed (fixture->window, held, parties);
  g_signal_handlers_disconnect_by_data (fixture->window, &n_ready);
  g_assert_cmpuint (n_ready, ==, 1);
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), "parties.json"));
  g_assert_cmpstr (page_of (fixture->window), ==, "compare");
  g_assert_true (plx_window_get_comparison (fixture->window) == two);
  g_assert_true (pane_shows_linked (fixture->window, PLX_SIDE_A));
  g_assert_true (pane_shows_linked (fixture->window, PLX_SIDE_B));
  g_assert_cmpstr (subtitle_of (fixture->window), ==, "herald.txt ↔ tribune.txt");
}

int
main (int   argc,
      char *argv[])
{
  /* A data folder of its own, where a test breaks the parties file
   * every collation reads. */
  g_autofree char *data = g_dir_make_tmp ("parallax-collation-join-XXXXXX", NULL);
  g_autofree char *folder = NULL;
  int status;

  g_assert_nonnull (data);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/collation-join/drop-while-collating", Fixture, NULL, fixture_setup,
              test_drop_while_collating, fixture_teardown);
  g_test_add ("/gui/collation-join/shown-while-collating", Fixture, NULL, fixture_setup,
              test_shown_while_collating, fixture_teardown);
  g_test_add ("/gui/collation-join/paste-while-collating", Fixture, NULL, fixture_setup,
              test_paste_while_collating, fixture_teardown);

  g_test_add ("/gui/collation-join/settings-while-collating", Fixture, NULL, fixture_setup,
              test_settings_while_collating, fixture_teardown);
  g_test_add ("/gui/collation-join/two-back-after-failure", Fixture, NULL, fixture_setup,
              test_two_back_after_failure, fixture_teardown);
  g_test_add ("/gui/collation-join/not-added-after-failure", Fixture, NULL, fixture_setup,
              test_not_added_after_failure, fixture_teardown);

  status = plx_test_run (app);
  folder = g_build_filename (data, "parallax", NULL);
  g_rmdir (folder);
  g_rmdir (data);
  return status;
}
