/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The window at the widths people use: at 900 pixels the parties panel
 * folds over the articles instead of squeezing them and the legend wraps;
 * the details bar under the panes keeps its height whatever it says; at
 * 1920 pixels lines stay short enough to read. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gui-test.h"
#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-search-bar.h"
#include "plx-window.h"

static PlxApplication *app;

typedef struct
{
  PlxWindow         *window;
  PlxComparisonView *view;
} Fixture;

static void
open_sample (Fixture *fixture,
             int      width,
             int      height)
{
  fixture->window = plx_test_window_open_sample (app, width, height);
  fixture->view = plx_test_find_view (fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
}

/* Saves the window as shown to PLX_SCREENSHOT_DIR (or the temporary
 * folder) for a person to look at. */
static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  plx_test_save_png (GTK_WIDGET (fixture->window), NULL, name);
}

/* At 900 pixels the parties panel folds away (the header bar's toggle
 * brings it back over the articles) and each article keeps at least 40 %
 * of the window; before, the panel kept 340 pixels and each article got a
 * quarter. */
static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  AdwFlap *flap;
  int window_width;

  open_sample (fixture, 900, 700);
  flap = ADW_FLAP (plx_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_FLAP, NULL, NULL));
  window_width = gtk_widget_get_width (GTK_WIDGET (fixture->window));
  g_assert_cmpint (window_width, <=, 900);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  for (guint side = 0; side < 2; side++)
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (plx_comparison_view_get_pane (fixture->view,
                                                                                   side))),
                     >=, window_width * 4 / 10);

  /* Shown again, the panel lies over the articles, which keep their width. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-parties",
                                             NULL));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (plx_comparison_view_get_pane (fixture->view,
                                                                                 PLX_SIDE_B))),
                   >=, window_width * 4 / 10);
}

/* At 1280 pixels the panel stays docked beside the articles. */
static void
test_wide (Fixture      *fixture,
           gconstpointer data)
{
  AdwFlap *flap;

  open_sample (fixture, 1280, 760);
  flap = ADW_FLAP (plx_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_FLAP, NULL, NULL));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (plx_comparison_view_get_pane (fixture->view,
                                                                                 PLX_SIDE_A))),
                   >=, 400);
}

/* The details bar under the panes keeps its height whatever it says: the
 * panes do not grow and shrink as the pointer moves from link to link, and
 * the legend below keeps every row of chips. */
static void
test_details_height (Fixture      *fixture,
                     gconstpointer data)
{
  PlxComparison *comparison;
  GtkWidget *pane;
  GtkWidget *legend;
  int height;
  guint longest = 0;

  open_sample (fixture, 900, 700);
  comparison = plx_comparison_view_get_comparison (fixture->view);
  pane = GTK_WIDGET (plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A));
  legend = plx_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_WIDGET,
                                 plx_test_has_css_class, "legend");
  g_assert_nonnull (legend);
  height = gtk_widget_get_height (pane);
  g_assert_cmpint (height, >, 200);

  /* Every sentence of A in turn, as the pointer would: linked ones with
   * their edits, unlinked ones with a line. */
  for (guint i = 0; i < plx_article_get_n_sentences (plx_comparison_get_article (comparison,
                                                                                  PLX_SIDE_A));
       i++)
    {
      int legend_height;
      graphene_rect_t bounds;

      plx_comparison_view_show_sentence (fixture->view, PLX_SIDE_A, i);
      plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
      longest = MAX (longest, strlen (plx_comparison_view_get_details (fixture->view)));
      g_assert_cmpint (gtk_widget_get_height (pane), ==, height);
      gtk_widget_measure (legend, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (legend),
                          NULL, &legend_height, NULL, NULL);
      /* Measured with its padding and border, as its bounds are. */
      g_assert_true (gtk_widget_compute_bounds (legend, legend, &bounds));
      g_assert_cmpfloat (bounds.size.height, >=, legend_height);
    }
  /* Some sentence had details of several lines. */
  g_assert_cmpuint (longest, >, 120);
}

/* The most characters on one line of @view as laid out. */
static guint
longest_line (GtkTextView *view)
{
  GtkTextIter start;
  guint longest = 0;

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  for (;;)
    {
      GtkTextIter end = start;

      if (!gtk_text_view_forward_display_line_end (view, &end))
        break;
      longest = MAX (longest, (guint) (gtk_text_iter_get_offset (&end) -
                                       gtk_text_iter_get_offset (&start)));
      start = end;
      if (!gtk_text_view_forward_display_line (view, &start))
        break;
      gtk_text_view_backward_display_line_start (view, &start);
    }

  return longest;
}

/* At 1920 pixels the text of each article is a column of readable lines
 * (at most about 90 characters) inside a wider pane; before, lines ran to
 * 110 characters and more. */
static void
test_line_length (Fixture      *fixture,
                  gconstpointer data)
{
  open_sample (fixture, 1920, 1000);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), >, 1800);
  for (guint side = 0; side < 2; side++)
    {
      PlxArticlePane *pane = plx_comparison_view_get_pane (fixture->view, side);
      GtkTextView *view = plx_article_pane_get_view (pane);
      guint chars = longest_line (view);

      g_test_message ("side %u: pane %d px, text %d px, %u characters", side,
                      gtk_widget_get_width (GTK_WIDGET (pane)),
                      gtk_widget_get_width (GTK_WIDGET (view)), chars);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <,
                       gtk_widget_get_width (GTK_WIDGET (pane)) - 100);
      g_assert_cmpuint (chars, <=, 90);
      g_assert_cmpuint (chars, >=, 60);
    }
}

static gboolean
flap_shown (gpointer data)
{
  return adw_flap_get_reveal_progress (data) >= 1.0;
}

/* Pictures for a person to look at (docs/screenshots is made from them):
 * the window at 900, 1280 and 1920 pixels, light and dark, with the search
 * bar open on a word both articles use, moved to its third match (whose
 * sentence is shown with its details). */
static void
test_screenshots (Fixture      *fixture,
                  gconstpointer data)
{
  static const int widths[] = { 900, 1280, 1920 };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PlxSearchBar *bar;
      g_autofree char *light = g_strdup_printf ("parallax-%d.png", widths[w]);
      g_autofree char *dark = g_strdup_printf ("parallax-%d-dark.png", widths[w]);

      open_sample (fixture, widths[w], widths[w] > 1300 ? 1000 : 760);
      bar = PLX_SEARCH_BAR (plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                  PLX_TYPE_SEARCH_BAR, NULL, NULL));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
      plx_search_bar_set_query (bar, "Zelensky");
      plx_search_bar_move (bar, TRUE);
      plx_search_bar_move (bar, TRUE);

      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
      save_screenshot (fixture, light);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
      save_screenshot (fixture, dark);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

      /* Narrow, the parties panel shown lies over the articles. */
      if (widths[w] < 1000)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                     "win.toggle-parties", NULL));
          plx_test_wait_until (flap_shown, plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 ADW_TYPE_FLAP, NULL, NULL));
          save_screenshot (fixture, "parallax-900-panel.png");
        }

      if (w + 1 < G_N_ELEMENTS (widths))
        plx_test_window_close (fixture->window);
    }
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/layout/narrow", Fixture, NULL, NULL, test_narrow, fixture_teardown);
  g_test_add ("/gui/layout/wide", Fixture, NULL, NULL, test_wide, fixture_teardown);
  g_test_add ("/gui/layout/details-height", Fixture, NULL, NULL, test_details_height,
              fixture_teardown);
  g_test_add ("/gui/layout/line-length", Fixture, NULL, NULL, test_line_length,
              fixture_teardown);
  g_test_add ("/gui/layout/screenshots", Fixture, NULL, NULL, test_screenshots,
              fixture_teardown);

  return plx_test_run (app);
}
