/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation line in each pane's header: a saved page with metadata
 * shows its outlet, authors and date under its title, with its address as
 * a link; a plain text shows none; a session keeps it. Pictures at 900
 * and 1280 pixels, light and dark. */

#include "config.h"

#include <string.h>

#include "gui-test.h"

static PlxApplication *app;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "html", name, NULL);
}

static gboolean
compared_pages (gpointer data)
{
  PlxWindow *window = data;
  PlxComparison *comparison = plx_window_get_comparison (window);

  return comparison != NULL && plx_comparison_is_done (comparison) &&
         !plx_window_is_loading (window) &&
         g_str_equal (plx_article_get_source (plx_comparison_get_article (comparison, PLX_SIDE_A)),
                      "meta-jsonld.html");
}

static PlxWindow *
open_pages (int width)
{
  PlxWindow *window = plx_window_new (app);
  g_autofree char *path_a = fixture_path ("meta-jsonld.html");
  g_autofree char *path_b = fixture_path ("meta-byline.html");
  GFile *files[2] = { g_file_new_for_path (path_a), g_file_new_for_path (path_b) };

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 2);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  plx_test_wait_until (compared_pages, window);
  plx_test_wait_until (plx_test_stack_settled, window);
  plx_test_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static GtkLabel *
citation_label (PlxWindow *window,
                PlxSide    side)
{
  PlxArticlePane *pane = plx_test_find_pane (window, side);
  GtkWidget *label;

  g_assert_nonnull (pane);
  label = plx_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_LABEL, plx_test_has_css_class,
                                "citation");
  g_assert_nonnull (label);

  return GTK_LABEL (label);
}

static void
assert_harbour_citation (PlxWindow *window)
{
  GtkLabel *label = citation_label (window, PLX_SIDE_A);
  const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (label));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  g_assert_cmpstr (gtk_label_get_text (label), ==,
                   "Harbour Times · Lena Ortiz and Tom Berg · 3 March 2026, updated 4 March 2026 · "
                   "harbour.example");
  g_assert_nonnull (strstr (gtk_label_get_label (label),
                            "<a href=\"https://harbour.example/news/bridge-closed\""));
  g_assert_nonnull (strstr (tooltip, "https://harbour.example/news/bridge-closed"));
  /* It sits in the header, under the title, and fits the pane. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), <=,
                   gtk_widget_get_width (GTK_WIDGET (plx_test_find_pane (window, PLX_SIDE_A))));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (label)), <, 60);
}

/* A saved page with metadata: its citation under its title. */
static void
test_pane_header (void)
{
  PlxWindow *window = open_pages (900);
  GtkLabel *b = citation_label (window, PLX_SIDE_B);

  assert_harbour_citation (window);
  /* Only what the page gives: a byline, a date and an address, no outlet. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (b)));
  g_assert_cmpstr (gtk_label_get_text (b), ==, "Anna Lang and Jonas Weber · 3 March 2026 · hafen.example");
  /* A's line takes two lines at 900 pixels, B's one: the headers stay one
   * height, so the texts start level. */
  g_assert_cmpint (gtk_widget_get_height (plx_article_pane_get_header (plx_test_find_pane (
                     window, PLX_SIDE_A))), ==,
                   gtk_widget_get_height (plx_article_pane_get_header (plx_test_find_pane (
                     window, PLX_SIDE_B))));

  plx_test_window_close (window);
}

/* A plain text says nothing about itself: no citation line. */
static void
test_plain_text (void)
{
  PlxWindow *window = plx_test_window_open_sample (app, 900, 700);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (citation_label (window, PLX_SIDE_A))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (citation_label (window, PLX_SIDE_B))));
  plx_test_window_close (window);
}

static gboolean
loaded_hostile (gpointer data)
{
  PlxWindow *window = data;
  PlxArticle *article = plx_window_get_article (window, PLX_SIDE_A);

  return article != NULL && g_str_equal (plx_article_get_source (article), "hostile.html") &&
         !plx_window_is_loading (window);
}

/* A page whose metadata is markup, a script address and a huge outlet: the
 * header shows the text as text, links nothing and stays two lines. */
static void
test_hostile_page (void)
{
  PlxWindow *window = plx_test_window_open_sample (app, 900, 700);
  g_autofree char *dir = plx_test_make_dir ();
  g_autoptr(GString) page = g_string_new ("<html><head><title>Hostile</title>"
                                          "<meta property=\"og:site_name\" content=\"");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkLabel *label;

  for (guint i = 0; i < 20000; i++)
    g_string_append (page, "&lt;b&gt;Evil &amp; Co ");
  g_string_append (page, "\"><meta name=\"author\" content=\"&lt;a href='x'&gt;Jane&lt;/a&gt;\">"
                         "<link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body>"
                         "<article><p>The council closed the bridge on Tuesday after engineers "
                         "found cracks.</p></article></body></html>");
  path = plx_test_write_file (dir, "hostile.html", page->str, -1);
  file = g_file_new_for_path (path);
  plx_window_load_file (window, PLX_SIDE_A, file);
  plx_test_wait_until (loaded_hostile, window);
  plx_test_wait_for_draw (GTK_WIDGET (window));

  label = citation_label (window, PLX_SIDE_A);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (label), "<b>Evil & Co <b>Evil"));
  g_assert_null (strstr (gtk_label_get_label (label), "<a "));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), "javascript:alert(1)"));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (label)), <, 60);
  plx_test_save_png (GTK_WIDGET (window), NULL, "parallax-citation-hostile-900.png");

  plx_test_window_close (window);
  plx_test_remove_tree (dir);
}

static gboolean
session_open (gpointer data)
{
  PlxWindow *window = data;
  PlxComparison *comparison = plx_window_get_comparison (window);

  return comparison != NULL && plx_comparison_is_done (comparison) &&
         !plx_window_is_loading (window);
}

/* Saved in a session and opened again, without the page: the same line. */
static void
test_session (void)
{
  PlxWindow *window = open_pages (900);
  PlxWindow *other;
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "harbour.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_window_save_session (window, file, &error));
  g_assert_no_error (error);
  plx_test_window_close (window);

  other = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (other), 900, 700);
  gtk_window_present (GTK_WINDOW (other));
  plx_window_open_session (other, file);
  plx_test_wait_until (session_open, other);
  plx_test_wait_until (plx_test_stack_settled, other);
  plx_test_wait_for_draw (GTK_WIDGET (other));
  assert_harbour_citation (other);

  plx_test_window_close (other);
  plx_test_remove_tree (dir);
}

/* Pictures of the header for a person to look at. */
static void
test_screenshots (void)
{
  static const int widths[] = { 900, 1280 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PlxWindow *window = open_pages (widths[w]);

      plx_test_save_screenshots (GTK_WIDGET (window), "parallax-citation", widths[w]);
      plx_test_window_close (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add_func ("/gui/citation/pane-header", test_pane_header);
  g_test_add_func ("/gui/citation/plain-text", test_plain_text);
  g_test_add_func ("/gui/citation/hostile-page", test_hostile_page);
  g_test_add_func ("/gui/citation/session", test_session);
  g_test_add_func ("/gui/citation/screenshots", test_screenshots);

  return plx_test_run (app);
}
