/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Widget tests of what the window says and shows around a comparison: the
 * empty state, the Open dialog, one file with both sides taken, the
 * figures in the pane subtitles, the warning for unrelated articles, the
 * name the Export dialog offers, and hard-wrapped text re-flowed in the
 * panes. Screenshots of the empty state
 * and of a wrapped article at 900 and 1280 pixels, light and dark. */

#include "config.h"

#include <string.h>

#include "gui-test.h"
#include "plx-application.h"
#include "plx-article-pane.h"
#include "plx-window.h"

/* An e-mail-style article, wrapped at 70 columns, with a dateline. */
#define WRAPPED_A                                                                              \
  "Council approves new tram line\n"                                                          \
  "Tuesday March 4, 2025 @ 6:40pm CET\n"                                                      \
  "\n"                                                                                        \
  "The city council on Tuesday approved a 1.2 billion euro tram line\n"                       \
  "linking the northern suburbs to the main station, ending two years of\n"                   \
  "debate over its cost. Mayor Anna Keller said the vote was \"a turning\n"                   \
  "point for how this city moves\" and that building would start in the\n"                    \
  "autumn, once the last permits had been granted.\n"                                         \
  "\n"                                                                                        \
  "Critics on the council warned that the cost could still rise, as it\n"                     \
  "had for the bridge over the river, and asked for a cap in the\n"                           \
  "contract with the builders.\n"

#define PLAIN_B                                                                                \
  "Tram line wins council vote\n\n"                                                           \
  "Councillors backed the tram project by 31 votes to 18 on Tuesday, ending two years of "    \
  "debate over its cost.\n\n"                                                                 \
  "Mayor Anna Keller said building would start in the autumn.\n\n"                            \
  "Critics warned that the cost, put at 1.2 billion euros, could still rise.\n"

/* A different story altogether. */
#define UNRELATED_B                                                                            \
  "Heatwave grips the south\n\n"                                                              \
  "Temperatures reached 44 degrees in Seville on Sunday, the highest since records began.\n"  \
  "Farmers said the olive harvest would be the smallest in a decade.\n"                       \
  "Hospitals asked older people to stay indoors during the afternoon.\n"

static PlxApplication *app;

typedef struct
{
  char      *dir;
  PlxWindow *window;
} Fixture;

static const struct
{
  const char *name;
  const char *contents;
} fixture_files[] = {
  { "tram-a.txt", WRAPPED_A },
  { "tram-b.txt", PLAIN_B },
  { "tram.txt", WRAPPED_A },
  { "heatwave.txt", UNRELATED_B },
  { "reuters.txt", WRAPPED_A },
  { "ap-news.txt", PLAIN_B },
};

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = plx_test_make_dir ();
  /* Every file a test opens is written before the window watches any:
   * the news of a file written next to a watched one can reach the
   * window after it opened that file, and reload it over a newer one. */
  for (guint i = 0; i < G_N_ELEMENTS (fixture_files); i++)
    g_free (plx_test_write_file (fixture->dir, fixture_files[i].name, fixture_files[i].contents,
                                 -1));
  fixture->window = plx_window_new (app);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
  plx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Opens two of the fixture's files as Open… or a drop on the window does,
 * and waits for their comparison. */
static void
open_pair (Fixture    *fixture,
           const char *name_a,
           const char *name_b)
{
  g_autofree char *a = g_build_filename (fixture->dir, name_a, NULL);
  g_autofree char *b = g_build_filename (fixture->dir, name_b, NULL);
  GFile *files[2] = { g_file_new_for_path (a), g_file_new_for_path (b) };

  plx_window_open_files (fixture->window, files, 2);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
}

static gboolean
is_toggle_with_tooltip (GtkWidget    *widget,
                        gconstpointer tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
label_contains (GtkWidget    *widget,
                gconstpointer text)
{
  return strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
has_label (GtkWidget    *widget,
           gconstpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The empty state has nothing for the parties toggle to show, so it does
 * not show it pressed; Open… has the focus, so Enter opens the dialog. */
static void
test_empty_state (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  GtkWidget *toggle = plx_test_find_widget (root, GTK_TYPE_TOGGLE_BUTTON, is_toggle_with_tooltip,
                                            "Parties and Claims");
  GtkWidget *open = plx_test_find_widget (root, GTK_TYPE_BUTTON, has_label, "_Open…");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (toggle);
  g_assert_nonnull (open);
  plx_test_wait_for_draw (root);
  g_assert_false (gtk_widget_get_mapped (toggle));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == open);

  g_assert_true (plx_window_open_sample (fixture->window, &error));
  g_assert_no_error (error);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  plx_test_wait_for_draw (root);
  g_assert_true (gtk_widget_get_mapped (toggle));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
}

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }

  return NULL;
}

static void
cancel_file_chooser (void)
{
  GtkWidget *chooser = find_file_chooser ();

  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_null (find_file_chooser ());
}

/* The Open dialog says what it wants: two articles, or the one the empty
 * side lacks. */
static void
test_open_dialog_title (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *a = g_build_filename (fixture->dir, "tram-a.txt", NULL);
  GFile *file = g_file_new_for_path (a);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open", NULL));
  g_assert_nonnull (find_file_chooser ());
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (find_file_chooser ())), ==,
                   "Choose Two Articles to Compare");
  /* Its Articles filter offers a page saved as one file (MHTML) too. */
  {
    GtkFileChooser *chooser = GTK_FILE_CHOOSER (find_file_chooser ());
    g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);
    g_autoptr(GtkFileFilter) articles = g_list_model_get_item (filters, 0);
    g_autoptr(GFileInfo) info = g_file_info_new ();

    g_file_info_set_display_name (info, "page.mhtml");
    g_file_info_set_content_type (info, "application/octet-stream");
    g_assert_cmpstr (gtk_file_filter_get_name (articles), ==, "Articles");
    g_assert_true (gtk_filter_match (GTK_FILTER (articles), info));
  }
  cancel_file_chooser ();

  plx_window_open_files (fixture->window, &file, 1);
  g_object_unref (file);
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_nonnull (plx_window_get_article (fixture->window, PLX_SIDE_A));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open", NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (find_file_chooser ())), ==,
                   "Choose Article B to Compare");
  cancel_file_chooser ();
}

/* One file with both sides taken replaces nothing until the user says
 * which side it is for. */
static void
test_one_file_asks_which_side (Fixture      *fixture,
                               gconstpointer data)
{
  g_autofree char *c = g_build_filename (fixture->dir, "heatwave.txt", NULL);
  GFile *file = g_file_new_for_path (c);
  PlxArticle *a;
  PlxArticle *b;
  AdwMessageDialog *dialog;

  open_pair (fixture, "tram-a.txt", "tram-b.txt");
  a = plx_window_get_article (fixture->window, PLX_SIDE_A);
  b = plx_window_get_article (fixture->window, PLX_SIDE_B);

  plx_window_open_files (fixture->window, &file, 1);
  g_object_unref (file);
  dialog = plx_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace Which Article?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "heatwave.txt"));
  g_assert_true (plx_window_get_article (fixture->window, PLX_SIDE_A) == a);
  g_assert_true (plx_window_get_article (fixture->window, PLX_SIDE_B) == b);
  g_assert_false (plx_window_is_loading (fixture->window));

  plx_test_answer_dialog ("a");
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  g_assert_cmpstr (plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "heatwave.txt");
  g_assert_true (plx_window_get_article (fixture->window, PLX_SIDE_B) == b);
}

/* The Export dialog offers a name made of both articles' names. */
static void
test_export_name (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *name = NULL;

  open_pair (fixture, "reuters.txt", "ap-news.txt");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL));
  g_assert_nonnull (find_file_chooser ());
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (find_file_chooser ()));
  g_assert_cmpstr (name, ==, "reuters-vs-ap-news.html");
  cancel_file_chooser ();
}

/* The subtitle says what its percentage counts, and the tooltip says it
 * in full. */
static void
test_linked_figures (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *label;
  const char *tooltip;

  g_assert_true (plx_window_open_sample (fixture->window, &error));
  plx_test_wait_until (plx_test_window_compared, fixture->window);

  label = plx_test_find_widget (GTK_WIDGET (plx_test_find_pane (fixture->window, PLX_SIDE_A)),
                                GTK_TYPE_LABEL, label_contains, "kremlin-a.txt");
  g_assert_nonnull (label);
  g_test_message ("subtitle: %s", gtk_label_get_text (GTK_LABEL (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "% linked"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (label)), "matched"));
  tooltip = gtk_widget_get_tooltip_text (label);
  g_assert_nonnull (tooltip);
  g_test_message ("tooltip: %s", tooltip);
  g_assert_nonnull (strstr (tooltip, "of the 17 sentences of this article"));
  g_assert_nonnull (strstr (tooltip, "counterpart in the other article"));

  /* Without a comparison (while one runs anew, or after a failed one),
   * no figure of the earlier one stays. */
  plx_article_pane_set_comparison (plx_test_find_pane (fixture->window, PLX_SIDE_A), NULL,
                                   PLX_SIDE_A);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "kremlin-a.txt · 17 sentences");
  g_assert_null (gtk_widget_get_tooltip_text (label));
  plx_article_pane_set_comparison (plx_test_find_pane (fixture->window, PLX_SIDE_A),
                                   plx_window_get_comparison (fixture->window), PLX_SIDE_A);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "% linked"));
}

static gboolean
warning_gone (gpointer root)
{
  return plx_test_find_widget (root, GTK_TYPE_LABEL, label_contains, "different stories") == NULL;
}

/* Two articles about different events get a warning that stays until
 * dismissed; two tellings of one story get none. */
static void
test_unrelated_warning (Fixture      *fixture,
                        gconstpointer data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);

  open_pair (fixture, "tram-a.txt", "tram-b.txt");
  plx_test_wait_for_draw (root);
  g_assert_null (plx_test_find_widget (root, GTK_TYPE_LABEL, label_contains,
                                       "different stories"));

  open_pair (fixture, "tram.txt", "heatwave.txt");
  plx_test_wait_for_draw (root);
  g_assert_nonnull (plx_test_find_widget (root, GTK_TYPE_LABEL, label_contains,
                                          "These articles seem to tell different stories"));

  /* The warning belongs to that comparison: two tellings of one story
   * opened next take it away (once their comparison is shown). */
  open_pair (fixture, "tram-a.txt", "tram-b.txt");
  plx_test_wait_until (warning_gone, root);
}

/* A hard-wrapped article reads as paragraphs: its wrapped lines are
 * joined with spaces, its blank lines, title and dateline stay, and every
 * offset is the article's. */
static void
test_reflow (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *shown = NULL;
  PlxArticle *article;

  open_pair (fixture, "tram-a.txt", "tram-b.txt");
  shown = plx_test_pane_text (fixture->window, PLX_SIDE_A);
  article = plx_window_get_article (fixture->window, PLX_SIDE_A);

  g_assert_cmpint (g_utf8_strlen (shown, -1), ==,
                   g_utf8_strlen (plx_article_get_text (article), -1));
  g_assert_true (g_str_has_prefix (shown, "Council approves new tram line\n"
                                          "Tuesday March 4, 2025 @ 6:40pm CET\n\n"));
  g_assert_nonnull (strstr (shown, "tram line linking the northern suburbs to the main station, "
                                   "ending two years of debate over its cost. Mayor Anna Keller "
                                   "said the vote was \"a turning point"));
  g_assert_nonnull (strstr (shown, "granted.\n\nCritics on the council"));
  g_assert_nonnull (strstr (shown, "asked for a cap in the contract with the builders.\n"));
}

static gboolean
has_width (gpointer data)
{
  PlxWindow *window = data;
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "want-width"));

  /* The default size counts the window's frame, some pixels wide. */
  return ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width) <= 16;
}

/* Draws the window at @width pixels in the light and the dark style and
 * saves both PNGs to PLX_SCREENSHOT_DIR (or the temporary folder). */
static void
save_screenshots (PlxWindow  *window,
                  int         width,
                  const char *name)
{
  /* A mapped window keeps its size; shown again, it takes the new one. */
  gtk_widget_hide (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set_data (G_OBJECT (window), "want-width", GINT_TO_POINTER (width));
  plx_test_wait_until (has_width, window);
  plx_test_wait_until (plx_test_stack_settled, window);

  plx_test_save_screenshots (GTK_WIDGET (window), name, width);
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 100;
}

static void
test_screenshots (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "heatwave.txt", NULL);
  GFile *file = g_file_new_for_path (path);
  GtkWidget *dialog;

  save_screenshots (fixture->window, 900, "empty-state");
  save_screenshots (fixture->window, 1280, "empty-state");

  open_pair (fixture, "tram-a.txt", "tram-b.txt");
  save_screenshots (fixture->window, 900, "wrapped-article");
  save_screenshots (fixture->window, 1280, "wrapped-article");

  plx_window_open_files (fixture->window, &file, 1);
  g_object_unref (file);
  dialog = GTK_WIDGET (plx_test_find_message_dialog ());
  g_assert_nonnull (dialog);
  plx_test_wait_until (has_size, dialog);
  plx_test_save_screenshots (dialog, "replace-which-article",
                           gtk_widget_get_width (dialog));
  plx_test_answer_dialog ("cancel");

  open_pair (fixture, "tram.txt", "heatwave.txt");
  save_screenshots (fixture->window, 900, "unrelated-warning");
  save_screenshots (fixture->window, 1280, "unrelated-warning");
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/states/empty", Fixture, NULL, fixture_setup, test_empty_state,
              fixture_teardown);
  g_test_add ("/gui/states/open-dialog-title", Fixture, NULL, fixture_setup,
              test_open_dialog_title, fixture_teardown);
  g_test_add ("/gui/states/one-file-asks-which-side", Fixture, NULL, fixture_setup,
              test_one_file_asks_which_side, fixture_teardown);
  g_test_add ("/gui/states/export-name", Fixture, NULL, fixture_setup, test_export_name,
              fixture_teardown);
  g_test_add ("/gui/states/linked-figures", Fixture, NULL, fixture_setup, test_linked_figures,
              fixture_teardown);
  g_test_add ("/gui/states/unrelated-warning", Fixture, NULL, fixture_setup,
              test_unrelated_warning, fixture_teardown);
  g_test_add ("/gui/text/reflow", Fixture, NULL, fixture_setup, test_reflow, fixture_teardown);
  g_test_add ("/gui/text/screenshots", Fixture, NULL, fixture_setup, test_screenshots,
              fixture_teardown);

  return plx_test_run (app);
}
