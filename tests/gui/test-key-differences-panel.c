/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The key differences in the window, 900 pixels wide: the list a reader
 * sees first, above the panes; choosing an item (by keyboard or by the
 * action) shows its place in both panes; the list folds away. */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-key-differences.h"
#include "plx-window.h"

static PlxApplication *app;

typedef struct
{
  PlxWindow              *window;
  PlxComparisonView      *view;
  PlxKeyDifferencesPanel *panel;
  PlxArticlePane         *panes[2];
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->window = plx_test_window_open_sample (app, 900, 700);
  fixture->view = plx_test_find_view (fixture->window);
  fixture->panel = plx_comparison_view_get_key_differences (fixture->view);
  fixture->panes[PLX_SIDE_A] = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A);
  fixture->panes[PLX_SIDE_B] = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
}

static double
top_in_window (GtkWidget *widget,
               GtkWidget *window)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y;
}

/* The list leads: mapped, above both panes, one row per item, ten. */
static void
test_visible_first (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkListBox *list = plx_key_differences_panel_get_list (fixture->panel);
  guint rows = 0;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->panel)));
  g_assert_cmpfloat (top_in_window (GTK_WIDGET (fixture->panel), window), <,
                     top_in_window (GTK_WIDGET (fixture->panes[PLX_SIDE_A]), window));
  g_assert_cmpfloat (top_in_window (GTK_WIDGET (fixture->panel), window), <,
                     top_in_window (GTK_WIDGET (fixture->panes[PLX_SIDE_B]), window));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      rows++;
  /* A row for each key difference of the pair. */
  g_assert_cmpuint (rows, ==,
                    plx_comparison_get_key_differences (plx_window_get_comparison (fixture->window))->len);
  g_assert_cmpuint (rows, >=, 5);
  g_assert_cmpuint (plx_key_differences_panel_get_n_items (fixture->panel), ==, rows);

  /* At 900 pixels the panes keep most of the height, and both are wide
   * enough to read. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->panel)), <=,
                   gtk_widget_get_height (GTK_WIDGET (fixture->view)) / 4 + 1);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->panes[PLX_SIDE_A])), >=, 200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->panes[PLX_SIDE_B])), >=, 200);
}

typedef struct
{
  PlxArticlePane *pane;
  guint           sentence;
} Shown;

static gboolean
in_view (gpointer data)
{
  const Shown *shown = data;

  return plx_test_in_view (shown->pane, shown->sentence);
}

/* Each article's place of item @index is focused and in view. */
static void
assert_shown (Fixture *fixture,
              guint    index)
{
  GArray *items = plx_comparison_get_key_differences (plx_window_get_comparison (fixture->window));
  const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, index);

  for (guint side = 0; side < 2; side++)
    {
      Shown shown = { fixture->panes[side], item->place[side].sentence };

      if (item->place[side].sentence < 0)
        continue;
      g_test_message ("item %u, side %u, sentence %d", index, side, item->place[side].sentence);
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "focus"), >=, 1);
      plx_test_wait_until (in_view, &shown);
    }
}

static GtkListBoxRow *
row_at (Fixture *fixture,
        guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (
    plx_key_differences_panel_get_list (fixture->panel), index);

  g_assert_nonnull (row);
  return row;
}

/* Activating an item takes the reader to it in both panes, at once after
 * the comparison is shown (while the panes still lay out their text): a
 * changed quotation deep in both articles, a claim only B makes, then back
 * up. */
static void
test_activate (Fixture      *fixture,
               gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  GArray *items = plx_comparison_get_key_differences (comparison);
  const PlxKeyDifference *quote = &g_array_index (items, PlxKeyDifference, 0);
  guint only_b = G_MAXUINT;
  const PlxLink *link;

  /* The keyboard: the row focused and activated as Enter does. */
  gtk_widget_grab_focus (GTK_WIDGET (row_at (fixture, 0)));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row_at (fixture, 0))));
  g_assert_true (gtk_list_box_row_is_selected (row_at (fixture, 0)));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), >=, 0);
  link = plx_comparison_get_link (comparison, plx_comparison_view_get_focus (fixture->view));
  g_assert_cmpint (quote->place[PLX_SIDE_A].sentence, >=, link->a_start);
  g_assert_cmpint (quote->place[PLX_SIDE_A].sentence, <, link->a_end);
  g_assert_cmpint (quote->place[PLX_SIDE_B].sentence, >=, link->b_start);
  g_assert_cmpint (quote->place[PLX_SIDE_B].sentence, <, link->b_end);
  assert_shown (fixture, 0);

  for (guint k = 0; k < items->len; k++)
    if (g_array_index (items, PlxKeyDifference, k).place[PLX_SIDE_A].sentence < 0)
      only_b = k;
  g_assert_cmpuint (only_b, !=, G_MAXUINT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "key-differences.show",
                                             "u", only_b));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, -1);
  assert_shown (fixture, only_b);

  /* The first item again, from a pane scrolled elsewhere. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "key-differences.show",
                                             "u", 0));
  assert_shown (fixture, 0);

  /* No such item: nothing moves. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "key-differences.show", "u", 99);
  assert_shown (fixture, 0);
}

/* Folded, the list gives the panes its height back; Alt+K brings it back
 * with the keyboard in it. */
static void
test_collapse (Fixture      *fixture,
               gconstpointer data)
{
  GtkExpander *expander = (GtkExpander *) plx_test_find_widget (GTK_WIDGET (fixture->panel),
                                                               GTK_TYPE_EXPANDER, NULL, NULL);
  int open_height = gtk_widget_get_height (GTK_WIDGET (fixture->panes[PLX_SIDE_A]));

  g_assert_nonnull (expander);
  g_assert_true (gtk_expander_get_expanded (expander));
  gtk_expander_set_expanded (expander, FALSE);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->panes[PLX_SIDE_A])), >,
                   open_height + 40);

  /* Alt+K unfolds it again, with the keyboard on its first item. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.key-differences",
                                             NULL));
  g_assert_true (gtk_expander_get_expanded (expander));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row_at (fixture, 0))));
}

static gboolean
comparing_other (gpointer data)
{
  Fixture *fixture = data;
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);

  return plx_comparison_is_done (comparison) && !plx_window_is_loading (fixture->window) &&
         g_str_has_prefix (plx_article_get_source (plx_comparison_get_article (comparison,
                                                                               PLX_SIDE_A)),
                           "sandstorm");
}

/* A pair with nothing sure to list: the title says so, and the panes get
 * the room. */
static void
test_none_found (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *path_a = g_test_build_filename (G_TEST_DIST, "data", "sandstorm-ar-a.txt",
                                                   NULL);
  g_autofree char *path_b = g_test_build_filename (G_TEST_DIST, "data", "sandstorm-ar-b.txt",
                                                   NULL);
  GFile *files[2] = { g_file_new_for_path (path_a), g_file_new_for_path (path_b) };
  GtkWidget *title;

  plx_window_open_files (fixture->window, files, 2);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  plx_test_wait_until (comparing_other, fixture);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_cmpuint (plx_key_differences_panel_get_n_items (fixture->panel), ==, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->panel)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (
    plx_key_differences_panel_get_list (fixture->panel))));
  title = plx_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL, NULL, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Key differences: none found");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->panel)), <, 60);
}

/* A picture at 900 pixels for a person to look at. */
static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  plx_test_save_png (GTK_WIDGET (fixture->window), NULL, "parallax-key-differences.png");
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/key-differences/visible-first", Fixture, NULL, fixture_setup,
              test_visible_first, fixture_teardown);
  g_test_add ("/gui/key-differences/activate", Fixture, NULL, fixture_setup, test_activate,
              fixture_teardown);
  g_test_add ("/gui/key-differences/collapse", Fixture, NULL, fixture_setup, test_collapse,
              fixture_teardown);
  g_test_add ("/gui/key-differences/none-found", Fixture, NULL, fixture_setup, test_none_found,
              fixture_teardown);
  g_test_add ("/gui/key-differences/screenshot", Fixture, NULL, fixture_setup, test_screenshot,
              fixture_teardown);

  return plx_test_run (app);
}
