/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Choosing the base, notes and Escape with three or more articles in the
 * window under Xvfb (tests/data/council, as test-collation-gui.c: herald
 * is the base the collation finds). */

#include "config.h"

#include <glib/gstdio.h>

#include "collation-test.h"
#include "plx-notes.h"

static guint wanted_base;

static gboolean
collated_on_wanted_base (gpointer window)
{
  return collated (window) &&
         plx_collation_get_pivot (plx_window_get_collation (window)) == wanted_base;
}

static gboolean
label_starts (GtkWidget    *widget,
              gconstpointer prefix)
{
  return g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix);
}

static gboolean
has_manual_link (PlxComparison *comparison,
                 guint          a,
                 guint          b)
{
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      if (link->manual && link->a_start == a && link->b_start == b)
        return TRUE;
    }
  return FALSE;
}

static void
save_and_reopen (PlxWindow  *window,
                 const char *dir,
                 PlxWindow **reopened)
{
  g_autofree char *path = g_build_filename (dir, "council.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_window_save_session (window, file, &error));
  g_assert_no_error (error);
  *reopened = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (*reopened), 1280, 800);
  gtk_window_present (GTK_WINDOW (*reopened));
  plx_window_open_session (*reopened, file);
  plx_test_wait_until (collated, *reopened);
}

/* Use Outlet as Base makes the outlet the panes show the base: the
 * collation runs again around it, a link between the old base and the
 * new one is kept (turned around), one between the old base and a third
 * outlet is let go with a toast that says so, and the session keeps the
 * base. The column menu of the coverage view does the same. */
static void
test_use_as_base (Fixture      *fixture,
                  gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint herald = plx_collation_get_pivot (collation);
  guint tribune = article_named (collation, "tribune.txt");
  guint courier = article_named (collation, "courier.txt");
  guint gazette = article_named (collation, "gazette.txt");
  guint parents = sentence_starting (plx_collation_get_article (collation, herald), "Parents");
  guint unions = sentence_starting (plx_collation_get_article (collation, tribune), "Teachers");
  guint stadium = sentence_starting (plx_collation_get_article (collation, herald), "Opposition");
  guint library = sentence_starting (plx_collation_get_article (collation, courier), "The budget");
  g_autofree char *dir = plx_test_make_dir ();
  GListModel *outlets;
  g_autofree char *first = NULL;
  PlxWindow *reopened;

  g_assert_cmpuint (herald, ==, article_named (collation, "herald.txt"));
  g_assert_cmpint (plx_comparison_add_link (plx_collation_get_comparison (collation, tribune),
                                            parents, parents + 1, unions, unions + 1, NULL), >=, 0);
  g_assert_cmpint (plx_comparison_add_link (plx_collation_get_comparison (collation, courier),
                                            stadium, stadium + 1, library, library + 1, NULL), >=, 0);

  /* The panes show tribune against herald: tribune becomes the base. */
  g_assert_true (plx_window_get_comparison (fixture->window) ==
                 plx_collation_get_comparison (collation, tribune));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.use-as-base", "i",
                                             -1));
  g_assert_nonnull (plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL,
                                          label_starts, "1 link, note or correction made by hand "
                                          "was let go"));
  wanted_base = tribune;
  plx_test_wait_until (collated_on_wanted_base, fixture->window);
  collation = plx_window_get_collation (fixture->window);
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, tribune);
  g_assert_true (has_manual_link (plx_collation_get_comparison (collation, herald), unions,
                                  parents));
  for (guint k = 0; k < 4; k++)
    if (k != tribune && k != herald)
      for (guint l = 0; l < plx_comparison_get_n_links (plx_collation_get_comparison (collation, k)); l++)
        g_assert_false (plx_comparison_get_link (plx_collation_get_comparison (collation, k), l)->manual);
  outlets = gtk_drop_down_get_model (GTK_DROP_DOWN (plx_test_find_widget (
    GTK_WIDGET (fixture->window), GTK_TYPE_DROP_DOWN, NULL, NULL)));
  first = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (outlets), 0));
  g_assert_true (g_str_has_prefix (first, "tribune ↔ "));
  g_assert_true (plx_window_has_unsaved_changes (fixture->window));

  /* The session keeps the base and the link. */
  save_and_reopen (fixture->window, dir, &reopened);
  g_assert_cmpuint (plx_collation_get_pivot (plx_window_get_collation (reopened)), ==, tribune);
  g_assert_true (has_manual_link (plx_collation_get_comparison (plx_window_get_collation (reopened),
                                                                herald),
                                  unions, parents));
  plx_test_window_close (reopened);
  plx_test_remove_tree (dir);

  /* The Menu key opens the menu of the cursor's column, but not the
   * base's. */
  plx_coverage_view_set_cursor (fixture->coverage, 0, tribune);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage),
                                             "coverage.column-menu", NULL));
  g_assert_null (plx_test_find_widget (GTK_WIDGET (fixture->coverage), GTK_TYPE_POPOVER_MENU,
                                       NULL, NULL));
  plx_coverage_view_set_cursor (fixture->coverage, 0, courier);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage),
                                             "coverage.column-menu", NULL));
  g_assert_true (gtk_widget_get_visible (plx_test_find_widget (
    GTK_WIDGET (fixture->coverage), GTK_TYPE_POPOVER_MENU, NULL, NULL)));
  gtk_popover_popdown (GTK_POPOVER (plx_test_find_widget (
    GTK_WIDGET (fixture->coverage), GTK_TYPE_POPOVER_MENU, NULL, NULL)));

  /* The base's column has no menu; gazette's makes gazette the base. */
  g_assert_false (plx_coverage_view_popup_column_menu (fixture->coverage, tribune));
  g_assert_true (plx_coverage_view_popup_column_menu (fixture->coverage, gazette));
  g_assert_nonnull (plx_test_find_widget (GTK_WIDGET (fixture->coverage), GTK_TYPE_POPOVER_MENU,
                                          NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage),
                                             "coverage.use-as-base", "u", gazette));
  wanted_base = gazette;
  plx_test_wait_until (collated_on_wanted_base, fixture->window);
}

static AdwMessageDialog *
find_note_dialog (PlxWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
note_dialog_shown (gpointer window)
{
  return find_note_dialog (window) != NULL;
}

/* A note written in the panes on the link of the base with one outlet of
 * four is saved with the session and is there again when it is opened. */
static void
test_notes_in_session (Fixture      *fixture,
                       gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint courier = article_named (collation, "courier.txt");
  guint teachers = unit_of (collation, courier, "Under the plan");
  g_autofree char *dir = plx_test_make_dir ();
  PlxComparisonView *view;
  AdwMessageDialog *dialog;
  GtkWidget *editor;
  PlxWindow *reopened;
  PlxNotes *notes;

  plx_coverage_view_set_cursor (fixture->coverage, teachers, courier);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage), "coverage.activate",
                                             NULL));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  view = plx_test_find_view (fixture->window);
  g_assert_true (plx_comparison_view_get_comparison (view) ==
                 plx_collation_get_comparison (collation, courier));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.next-change", NULL));
  g_assert_cmpint (plx_comparison_view_get_focus (view), >=, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.note", NULL));
  plx_test_wait_until (note_dialog_shown, fixture->window);
  dialog = find_note_dialog (fixture->window);
  editor = plx_test_find_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_TEXT_VIEW,
                                 NULL, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)),
                            "The courier words it its own way.", -1);
  adw_message_dialog_response (dialog, "save");
  gtk_window_close (GTK_WINDOW (dialog));
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_cmpuint (plx_notes_get_n (plx_comparison_get_notes (
                      plx_collation_get_comparison (collation, courier))), ==, 1);

  save_and_reopen (fixture->window, dir, &reopened);
  notes = plx_comparison_get_notes (plx_collation_get_comparison (
    plx_window_get_collation (reopened), courier));
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 1);
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "The courier words it its own way.");
  for (guint k = 0; k < 4; k++)
    if (k != courier && k != plx_collation_get_pivot (plx_window_get_collation (reopened)))
      g_assert_cmpuint (plx_notes_get_n (plx_comparison_get_notes (plx_collation_get_comparison (
                          plx_window_get_collation (reopened), k))), ==, 0);
  g_assert_false (plx_window_has_unsaved_changes (reopened));
  plx_test_window_close (reopened);
  plx_test_remove_tree (dir);
}

/* Presses Escape as the window's own key bindings do once the widget with
 * the keyboard let it go: the first binding whose action is enabled takes
 * it. Returns whether one did. */
static gboolean
press_escape (PlxWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GtkShortcutTrigger) escape = gtk_shortcut_trigger_parse_string ("Escape");
  g_autofree char *wanted = gtk_shortcut_trigger_to_string (escape);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, wanted) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, GTK_WIDGET (window),
                                            NULL))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
search_open (gpointer window)
{
  GtkWidget *bar = plx_test_find_widget (window, GTK_TYPE_SEARCH_BAR, NULL, NULL);

  return bar != NULL && gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar));
}

/* Escape in the panes goes back to the coverage, as Alt+Left does; with
 * the search bar open it closes the bar first. On the coverage it is left
 * to others. */
static void
test_escape (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  g_assert_false (press_escape (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage), "coverage.activate",
                                             NULL));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  g_assert_cmpstr (page_of (fixture->window), ==, "compare");
  g_assert_true (press_escape (fixture->window));
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->coverage)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage), "coverage.activate",
                                             NULL));
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  g_assert_true (gtk_widget_activate_action (window, "win.find", NULL));
  g_assert_true (search_open (window));
  g_assert_true (press_escape (fixture->window));
  g_assert_false (search_open (window));
  g_assert_cmpstr (page_of (fixture->window), ==, "compare");
  g_assert_true (press_escape (fixture->window));
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");
}

static gboolean
popover_mapped (gpointer popover)
{
  return gtk_widget_get_mapped (popover);
}

static gboolean
is_primary (GtkWidget    *widget,
            gconstpointer data)
{
  return gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* Pictures of an outlet's column menu in the coverage, for a person to
 * look at. */
static void
test_column_menu_screenshots (Fixture      *fixture,
                              gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint gazette = article_named (collation, "gazette.txt");
  AdwStyleManager *style = adw_style_manager_get_default ();
  int widths[] = { 1280, 900 };
  GtkWidget *menu_button;
  GtkWidget *main_menu;

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *name = g_strdup_printf ("collation-column-menu-%d%s.png", widths[i],
                                                 dark ? "-dark" : "");
        GtkWidget *popover;

        gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[i], 800);
        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        plx_test_wait_ms (300);
        g_assert_true (plx_coverage_view_popup_column_menu (fixture->coverage, gazette));
        popover = plx_test_find_widget (GTK_WIDGET (fixture->coverage), GTK_TYPE_POPOVER_MENU,
                                        NULL, NULL);
        plx_test_wait_until (popover_mapped, popover);
        plx_test_wait_for_draw (popover);
        plx_test_save_png_with_popover (GTK_WIDGET (fixture->window), popover, name);
        gtk_popover_popdown (GTK_POPOVER (popover));
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* The main menu's item for the outlet the panes show. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  plx_test_wait_ms (300);
  menu_button = plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON,
                                      is_primary, NULL);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  main_menu = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  plx_test_wait_until (popover_mapped, main_menu);
  plx_test_wait_for_draw (main_menu);
  plx_test_save_png_with_popover (GTK_WIDGET (fixture->window), main_menu,
                                  "collation-main-menu-1280.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  /* Chosen: gazette is the base, in bold, and the reading order is its. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->coverage),
                                             "coverage.use-as-base", "u", gazette));
  wanted_base = gazette;
  plx_test_wait_until (collated_on_wanted_base, fixture->window);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_wait_ms (300);
  plx_test_save_screenshots (GTK_WIDGET (fixture->window), "collation-chosen-base", 1280);
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/collation/use-as-base", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_use_as_base, fixture_teardown);
  g_test_add ("/gui/collation/notes-in-session", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_notes_in_session, fixture_teardown);
  g_test_add ("/gui/collation/escape", Fixture, GUINT_TO_POINTER (4), fixture_setup, test_escape,
              fixture_teardown);
  g_test_add ("/gui/collation/column-menu-screenshots", Fixture, GUINT_TO_POINTER (4),
              fixture_setup, test_column_menu_screenshots, fixture_teardown);

  return plx_test_run (app);
}
