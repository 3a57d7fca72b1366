/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Three or more articles in the window under Xvfb: four versions of one
 * story (tests/data/council: herald is the base; tribune tells it alike;
 * gazette tells its budget sentence last and has one sentence no other
 * has; courier rewords the teachers sentence and alone tells of the
 * library) opened together, the coverage view driven by its keyboard
 * actions, a cell opened in the panes, a link corrected there, the report
 * exported and the session saved and opened again. Choosing the base,
 * notes and Escape: test-collation-base-gui.c. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "collation-test.h"

/* Four files open as one collation, whose coverage the window shows
 * first, with the keyboard on it. */
static void
test_open_four (Fixture      *fixture,
                gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_cmpuint (plx_collation_get_n_articles (collation), ==, 4);
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");
  g_assert_true (focus == GTK_WIDGET (fixture->coverage));
  g_assert_true (plx_coverage_view_get_collation (fixture->coverage) == collation);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->coverage)));
  /* The base's comparison with one outlet waits in the panes. */
  g_assert_true (plx_window_get_comparison (fixture->window) ==
                 plx_collation_get_comparison (collation, article_named (collation,
                                                                         "tribune.txt")));
  /* The parties panel says which outlets carry each claim. */
  g_assert_nonnull (plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, label_is,
                                          "Carried by: herald, tribune, gazette, courier (all)"));
  g_assert_nonnull (plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, label_is,
                                          "Carried by: herald, tribune (not: gazette, courier)"));
}

/* The arrow keys move the cursor cell, whose words the cell tells; Enter
 * opens the base and that outlet in the panes at the unit's sentence, and
 * Alt+Left goes back. */
static void
test_keyboard (Fixture      *fixture,
               gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  GtkWidget *coverage = GTK_WIDGET (fixture->coverage);
  guint courier = article_named (collation, "courier.txt");
  guint pivot = plx_collation_get_pivot (collation);
  guint teachers = unit_of (collation, courier, "Under the plan");
  guint unit;
  guint article;
  g_autofree char *text = NULL;
  g_autofree char *pane_b = NULL;
  PlxArticlePane *pane;

  g_assert_cmpuint (pivot, ==, article_named (collation, "herald.txt"));
  plx_coverage_view_get_cursor (fixture->coverage, &unit, &article);
  g_assert_cmpuint (unit, ==, 0);
  g_assert_cmpuint (article, ==, pivot);

  for (guint i = 0; i < teachers; i++)
    g_assert_true (gtk_widget_activate_action (coverage, "coverage.move", "(ii)", 1, 0));
  for (guint k = pivot; k < courier; k++)
    g_assert_true (gtk_widget_activate_action (coverage, "coverage.move", "(ii)", 0, 1));
  /* Past the last column it stays there. */
  g_assert_true (gtk_widget_activate_action (coverage, "coverage.move", "(ii)", 0, 1));
  plx_coverage_view_get_cursor (fixture->coverage, &unit, &article);
  g_assert_cmpuint (unit, ==, teachers);
  g_assert_cmpuint (article, ==, courier);
  text = plx_coverage_view_dup_cell_text (fixture->coverage, unit, article);
  g_assert_nonnull (strstr (text, "reworded"));
  g_assert_nonnull (strstr (text, "additional teachers"));

  g_assert_true (gtk_widget_activate_action (coverage, "coverage.activate", NULL));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (page_of (fixture->window), ==, "compare");
  pane_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_nonnull (strstr (pane_b, "flooded library"));
  pane = plx_test_find_pane (fixture->window, PLX_SIDE_B);
  g_assert_true (plx_test_in_view (pane, sentence_starting (
    plx_collation_get_article (collation, courier), "Under the plan")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-coverage",
                                             NULL));
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");
}

/* A link corrected in the panes changes the coverage: courier's library
 * sentence linked to the base's stadium sentence joins its unit. */
static void
test_correct_link (Fixture      *fixture,
                   gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint courier = article_named (collation, "courier.txt");
  guint pivot = plx_collation_get_pivot (collation);
  guint stadium = unit_of (collation, pivot, "Opposition members");
  PlxArticle *base = plx_collation_get_article (collation, pivot);
  PlxArticle *outlet = plx_collation_get_article (collation, courier);
  guint sa = sentence_starting (base, "Opposition members");
  guint sb = sentence_starting (outlet, "The budget also funds");
  g_autofree char *before = plx_coverage_view_dup_cell_text (fixture->coverage, stadium, courier);
  g_autofree char *after = NULL;
  PlxComparisonView *view;

  g_assert_nonnull (strstr (before, "not told"));
  plx_coverage_view_set_cursor (fixture->coverage, stadium, courier);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage), "coverage.activate",
                                             NULL));
  view = plx_test_find_view (fixture->window);
  g_assert_true (plx_comparison_view_get_comparison (view) ==
                 plx_collation_get_comparison (collation, courier));
  g_assert_cmpint (plx_comparison_add_link (plx_comparison_view_get_comparison (view), sa, sa + 1,
                                            sb, sb + 1, NULL),
                   >=, 0);

  stadium = unit_of (collation, pivot, "Opposition members");
  after = plx_coverage_view_dup_cell_text (fixture->coverage, stadium, courier);
  g_assert_null (strstr (after, "not told"));
  g_assert_nonnull (strstr (after, "flooded library"));
  g_assert_true (plx_window_has_unsaved_changes (fixture->window));
}

/* Export writes the collation report: the coverage table with a column
 * per outlet. */
static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "council.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) written = plx_test_export (fixture->window, file, PLX_REPORT_HTML);
  g_autofree char *html = NULL;

  g_assert_nonnull (written);
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "<table class=\"coverage\">"));
  g_assert_nonnull (strstr (html, "flooded library"));
  g_assert_nonnull (strstr (html, "courier.txt"));
  plx_test_remove_tree (dir);
}

/* A session keeps the four articles and the link corrected by hand. */
static void
test_session (Fixture      *fixture,
              gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint courier = article_named (collation, "courier.txt");
  guint pivot = plx_collation_get_pivot (collation);
  guint sa = sentence_starting (plx_collation_get_article (collation, pivot), "Opposition");
  guint sb = sentence_starting (plx_collation_get_article (collation, courier), "The budget also");
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "council.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlxWindow *reopened;
  PlxCollation *again;
  g_autofree char *cell = NULL;

  const char *party = plx_collation_get_claim_row (collation, 0)->party;
  g_autofree char *parties = g_build_filename (g_get_user_data_dir (), "parallax", "parties.json",
                                               NULL);
  g_autofree char *saved = NULL;
  g_autofree char *party_id = g_strdup (party);

  g_assert_cmpint (plx_comparison_add_link (plx_collation_get_comparison (collation, courier), sa,
                                            sa + 1, sb, sb + 1, NULL),
                   >=, 0);
  /* A party renamed in the comparison with one outlet. */
  g_assert_true (plx_comparison_rename_party (plx_collation_get_comparison (collation, courier),
                                              party_id, "The Mayor"));
  g_assert_true (plx_window_save_session (fixture->window, file, &error));
  g_assert_no_error (error);

  reopened = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (reopened), 1280, 800);
  gtk_window_present (GTK_WINDOW (reopened));
  plx_window_open_session (reopened, file);
  plx_test_wait_until (collated, reopened);
  again = plx_window_get_collation (reopened);
  g_assert_cmpuint (plx_collation_get_n_articles (again), ==, 4);
  for (guint k = 0; k < 4; k++)
    g_assert_cmpstr (plx_article_get_text (plx_collation_get_article (again, k)), ==,
                     plx_article_get_text (plx_collation_get_article (collation, k)));
  cell = plx_coverage_view_dup_cell_text (
    PLX_COVERAGE_VIEW (plx_test_find_widget (GTK_WIDGET (reopened), PLX_TYPE_COVERAGE_VIEW, NULL,
                                             NULL)),
    unit_of (again, pivot, "Opposition"), courier);
  g_assert_nonnull (strstr (cell, "flooded library"));
  g_assert_cmpstr (plx_collation_get_party_name (again, party_id), ==, "The Mayor");
  g_assert_false (plx_window_has_unsaved_changes (reopened));
  plx_test_window_close (reopened);
  plx_test_remove_tree (dir);
  /* The rename went to the user's parties file too, as with two articles:
   * the other tests start without it. */
  g_assert_true (g_file_get_contents (parties, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "The Mayor"));
  g_unlink (parties);
}

static gboolean
dialog_shown (gpointer data)
{
  return plx_test_find_message_dialog () != NULL;
}

/* Add Article makes a third of two; Remove Article takes the outlet shown
 * away, and with two left the window compares them as before. */
static void
test_add_and_remove (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council", "gazette.txt",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlxCollation *collation;

  g_assert_null (plx_window_get_collation (fixture->window));
  g_assert_nonnull (plx_window_get_comparison (fixture->window));
  /* One more file with two open: the dialog offers to compare all three. */
  plx_window_open_files (fixture->window, &file, 1);
  plx_test_wait_until (dialog_shown, NULL);
  plx_test_answer_dialog ("add");
  plx_test_wait_until (collated, fixture->window);
  collation = plx_window_get_collation (fixture->window);
  g_assert_cmpuint (plx_collation_get_n_articles (collation), ==, 3);
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");

  plx_window_remove_article (fixture->window, article_named (collation, "gazette.txt"));
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  g_assert_null (plx_window_get_collation (fixture->window));
  g_assert_cmpstr (page_of (fixture->window), ==, "compare");
  g_assert_true (g_str_has_suffix (
    plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)), "herald.txt"));
  g_assert_true (g_str_has_suffix (
    plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_B)), "tribune.txt"));
}

static gboolean
collation_replaced (gpointer data)
{
  gpointer *before = data;

  return plx_window_get_collation (before[0]) != before[1] && collated (before[0]);
}

/* A new sensitivity collates the four again, keeping the link made by
 * hand; Swap is off (the base stays on the left). */
static void
test_settings (Fixture      *fixture,
               gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint courier = article_named (collation, "courier.txt");
  guint pivot = plx_collation_get_pivot (collation);
  guint sa = sentence_starting (plx_collation_get_article (collation, pivot), "Opposition");
  guint sb = sentence_starting (plx_collation_get_article (collation, courier), "The budget also");
  GSettings *settings = plx_application_get_settings (app);
  gpointer before[2] = { fixture->window, collation };
  g_autofree char *cell = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.swap", NULL);
  g_assert_true (plx_window_get_collation (fixture->window) == collation);
  g_assert_true (plx_window_get_article (fixture->window, PLX_SIDE_A) ==
                 plx_collation_get_article (collation, pivot));
  g_assert_cmpint (plx_comparison_add_link (plx_collation_get_comparison (collation, courier), sa,
                                            sa + 1, sb, sb + 1, NULL),
                   >=, 0);
  g_settings_set_double (settings, "sensitivity", 0.6);
  plx_test_wait_until (collation_replaced, before);
  collation = plx_window_get_collation (fixture->window);
  g_assert_cmpuint (plx_collation_get_n_articles (collation), ==, 4);
  cell = plx_coverage_view_dup_cell_text (fixture->coverage,
                                          unit_of (collation, pivot, "Opposition"), courier);
  g_assert_nonnull (strstr (cell, "flooded library"));
  g_settings_reset (settings, "sensitivity");
  plx_test_wait_until (collated, fixture->window);
}

static void
message_cb (PlxWindow  *window,
            const char *message,
            char      **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

/* Thirteen files: twelve are collated, and a message says so. */
static void
test_too_many (Fixture      *fixture,
               gconstpointer data)
{
  GFile *files[13];
  g_autofree char *message = NULL;

  for (guint i = 0; i < 13; i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council",
                                                     council[i % 4], NULL);

      files[i] = g_file_new_for_path (path);
    }
  g_signal_connect (fixture->window, "load-failed", G_CALLBACK (message_cb), &message);
  plx_window_open_files (fixture->window, files, 13);
  for (guint i = 0; i < 13; i++)
    g_object_unref (files[i]);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "12"));
  plx_test_wait_until (collated, fixture->window);
  g_assert_cmpuint (plx_collation_get_n_articles (plx_window_get_collation (fixture->window)), ==,
                    12);
  g_signal_handlers_disconnect_by_data (fixture->window, &message);
}

/* Pictures of the coverage and of a cell opened in the panes, for a person
 * to look at. */
static void
test_screenshots (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *name = g_strdup_printf ("collation-%u", GPOINTER_TO_UINT (data));
  g_autofree char *panes = g_strdup_printf ("collation-%u-panes", GPOINTER_TO_UINT (data));
  int widths[] = { 1280, 900 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[i], 800);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-coverage",
                                                 NULL));
      plx_test_wait_until (plx_test_stack_settled, fixture->window);
      plx_test_wait_ms (300);
      plx_test_save_screenshots (GTK_WIDGET (fixture->window), name, widths[i]);
      plx_coverage_view_set_cursor (fixture->coverage, 4, 3);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage),
                                                 "coverage.activate", NULL));
      plx_test_wait_until (plx_test_stack_settled, fixture->window);
      plx_test_wait_ms (300);
      plx_test_save_screenshots (GTK_WIDGET (fixture->window), panes, widths[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/collation/open-four", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_open_four, fixture_teardown);
  g_test_add ("/gui/collation/keyboard", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_keyboard, fixture_teardown);
  g_test_add ("/gui/collation/correct-link", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_correct_link, fixture_teardown);
  g_test_add ("/gui/collation/export", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_export, fixture_teardown);
  g_test_add ("/gui/collation/session", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_session, fixture_teardown);
  g_test_add ("/gui/collation/add-and-remove", Fixture, GUINT_TO_POINTER (2), fixture_setup,
              test_add_and_remove, fixture_teardown);
  g_test_add ("/gui/collation/settings", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_settings, fixture_teardown);
  g_test_add ("/gui/collation/too-many", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_too_many, fixture_teardown);
  g_test_add ("/gui/collation/screenshots-3", Fixture, GUINT_TO_POINTER (3), fixture_setup,
              test_screenshots, fixture_teardown);
  g_test_add ("/gui/collation/screenshots-4", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_screenshots, fixture_teardown);

  return plx_test_run (app);
}
