/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison workbench under Xvfb: the sample pair compared in the
 * window, driven through the view's actions as the keyboard drives it. */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-error.h"
#include "plx-parties-panel.h"
#include "plx-preferences-window.h"
#include "gui-test.h"
#include "plx-window.h"

static PlxApplication *app;

typedef struct
{
  PlxWindow         *window;
  PlxComparisonView *view;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  /* Short enough that both articles scroll, with the key differences
   * above them and the details bar (which keeps its height) below. */
  fixture->window = plx_test_window_open_sample (app, 1100, 620);
  fixture->view = plx_test_find_view (fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
}

static guint
sentence_starting (PlxArticle *article,
                   const char *prefix)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  for (guint i = 0; i < n; i++)
    if (strncmp (plx_article_get_text (article) + sentences[i].byte_start, prefix,
                 strlen (prefix)) == 0)
      return i;

  g_error ("no sentence starts with “%s”", prefix);
  return 0;
}

static void
test_highlights (Fixture      *fixture,
                 gconstpointer data)
{
  PlxArticlePane *a = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A);
  PlxArticlePane *b = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B);

  /* "categorically" / "officially" are intensifiers; A's history of the
   * Istanbul talks is in A only; B quotes Ushakov. */
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "tag-intensifier"), >=, 1);
  g_assert_cmpuint (plx_article_pane_count_tagged (b, "tag-intensifier"), >=, 1);
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "unmatched"), >=, 3);
  g_assert_cmpuint (plx_article_pane_count_tagged (b, "unmatched"), >=, 3);
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "tag-hedge"), >=, 1);
}

/* Loaded words are underlined wherever they stand, also in a sentence
 * only one article has; a grey "other change" is never a function word;
 * nothing painted carries a tag its words do not. */
/* The legend chip of the given style class, if the view shows one. */
static gboolean
shown_with_class (GtkWidget    *widget,
                  gconstpointer css_class)
{
  return gtk_widget_has_css_class (widget, css_class) && gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_legend_item (GtkWidget  *widget,
                  const char *css_class)
{
  return plx_test_find_widget (widget, GTK_TYPE_BUTTON, shown_with_class, css_class);
}

static void
test_loaded_marks (Fixture      *fixture,
                   gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", NULL);

  for (guint side = 0; side < 2; side++)
    {
      PlxArticlePane *pane = plx_comparison_view_get_pane (fixture->view, side);
      PlxArticle *article = plx_comparison_get_article (comparison, side);
      g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);
      const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
      g_autoptr(GPtrArray) marked = plx_test_tagged_texts (pane, "mark-loaded");
      g_autoptr(GPtrArray) grey = plx_test_tagged_texts (pane, "changed");
      guint n_marks;
      const PlxMark *marks = plx_comparison_get_marks (comparison, side, &n_marks);
      gboolean in_unmatched = FALSE;

      g_assert_cmpuint (n_marks, >=, 1);
      g_assert_cmpuint (marked->len, ==, n_marks);
      for (guint i = 0; i < n_marks; i++)
        for (guint k = 0; k < unmatched->len; k++)
          {
            const PlxSentence *sentence = &sentences[g_array_index (unmatched, guint, k)];

            in_unmatched |= marks[i].start >= sentence->start && marks[i].end <= sentence->end;
          }
      g_assert_true (in_unmatched);

      for (guint i = 0; i < grey->len; i++)
        {
          g_auto(GStrv) words = g_strsplit_set (g_ptr_array_index (grey, i), " ,.;:\n", -1);
          gboolean content = FALSE;

          for (guint w = 0; words[w] != NULL; w++)
            {
              g_autofree char *folded = g_utf8_casefold (words[w], -1);

              content |= folded[0] != '\0' && !plx_lexicon_is_function_word (lexicon, folded);
            }
          g_assert_true (content);
        }
    }

  /* The legend says what the underline means. */
  g_assert_nonnull (find_legend_item (GTK_WIDGET (fixture->view), "legend-mark"));
}

static void
test_band (Fixture      *fixture,
           gconstpointer data)
{
  PlxLinkBand *band = plx_comparison_view_get_band (fixture->view);
  guint n = plx_link_band_get_n_links (band);

  g_assert_cmpuint (n, >=, 3);
  for (guint i = 0; i < n; i++)
    {
      const PlxBandLink *link = plx_link_band_get_link (band, i);

      g_assert_cmpfloat (link->a_top, <, link->a_bottom);
      g_assert_cmpfloat (link->b_top, <, link->b_bottom);
    }
}

/* The overview strips mark where the differences are; a click there
 * scrolls the pane. */
static void
test_overview (Fixture      *fixture,
               gconstpointer data)
{
  PlxOverview *overview = plx_comparison_view_get_overview (fixture->view, PLX_SIDE_B);
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (
    plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B));

  g_assert_cmpuint (plx_overview_get_n_marks (overview), >=, 5);
  g_assert_cmpuint (plx_overview_get_n_marks (plx_comparison_view_get_overview (fixture->view,
                                                                                PLX_SIDE_A)),
                    >=, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (overview), "overview.jump", "d", 1.0));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (overview), "overview.jump", "d", 0.0));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <, 1);
}

static void
test_next_and_previous_change (Fixture      *fixture,
                               gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  GtkWidget *view = GTK_WIDGET (fixture->view);
  int first, second, back;

  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, -1);

  g_assert_true (gtk_widget_activate_action (view, "view.next-change", NULL));
  first = plx_comparison_view_get_focus (fixture->view);
  g_assert_cmpint (first, >=, 0);
  g_assert_nonnull (strstr (plx_comparison_view_get_details (fixture->view), "score"));

  g_assert_true (gtk_widget_activate_action (view, "view.next-change", NULL));
  second = plx_comparison_view_get_focus (fixture->view);
  g_assert_cmpint (second, !=, first);
  g_assert_cmpuint (plx_comparison_get_link (comparison, second)->a_start, >=,
                    plx_comparison_get_link (comparison, first)->a_start);

  g_assert_true (gtk_widget_activate_action (view, "view.previous-change", NULL));
  back = plx_comparison_view_get_focus (fixture->view);
  g_assert_cmpuint (plx_comparison_get_link (comparison, back)->a_start, <,
                    plx_comparison_get_link (comparison, second)->a_start);
}

static void
test_next_unmatched (Fixture      *fixture,
                     gconstpointer data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.next-unmatched",
                                             NULL));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, -1);
  g_assert_cmpstr (plx_comparison_view_get_details (fixture->view), ==, "Only in article A");
}

static void
test_focus_sentence (Fixture      *fixture,
                     gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  PlxArticle *a = plx_comparison_get_article (comparison, PLX_SIDE_A);
  PlxArticle *b = plx_comparison_get_article (comparison, PLX_SIDE_B);
  guint denial_a = sentence_starting (a, "The Kremlin has categorically");
  guint denial_b = sentence_starting (b, "Moscow, Russia");
  const PlxLink *link;
  PlxLinkBand *band = plx_comparison_view_get_band (fixture->view);
  gboolean focused_drawn = FALSE;

  /* Pointing at a sentence highlights it, its counterpart and their link. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.show-sentence",
                                             "(uu)", PLX_SIDE_A, denial_a));
  link = plx_comparison_get_link (comparison, plx_comparison_view_get_focus (fixture->view));
  g_assert_cmpuint (denial_b, >=, link->b_start);
  g_assert_cmpuint (denial_b, <, link->b_end);
  g_assert_cmpuint (plx_article_pane_count_tagged (
                      plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B), "focus"),
                    >=, 1);
  g_assert_nonnull (strstr (plx_comparison_view_get_details (fixture->view), "categorically"));

  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < plx_link_band_get_n_links (band); i++)
    focused_drawn |= plx_link_band_get_link (band, i)->focused;
  g_assert_true (focused_drawn);
}

typedef struct
{
  PlxArticlePane *panes[2];
  const PlxLink  *link;
} Levelled;

/* A reader scrolls A until the link's sentence is in the middle (again,
 * when the text's layout moved it) and looks whether B followed. */
static gboolean
levelled (gpointer data)
{
  const Levelled *wanted = data;
  GtkAdjustment *adj_a = plx_article_pane_get_vadjustment (wanted->panes[PLX_SIDE_A]);
  GtkAdjustment *adj_b = plx_article_pane_get_vadjustment (wanted->panes[PLX_SIDE_B]);
  int top;
  int bottom;
  double target;

  g_assert_true (plx_article_pane_get_buffer_y (wanted->panes[PLX_SIDE_A], wanted->link->a_start,
                                                &top, &bottom));
  target = (top + bottom) / 2.0 - gtk_adjustment_get_page_size (adj_a) / 2;
  target = CLAMP (target, 0, gtk_adjustment_get_upper (adj_a) - gtk_adjustment_get_page_size (adj_a));
  if (ABS (gtk_adjustment_get_value (adj_a) - target) > 1)
    gtk_adjustment_set_value (adj_a, target);

  return gtk_adjustment_get_value (adj_a) > 0 && gtk_adjustment_get_value (adj_b) > 0 &&
         plx_test_in_view (wanted->panes[PLX_SIDE_B], wanted->link->b_start);
}

static gboolean
at_top (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) < 1;
}

/* Scrolling one pane brings the counterpart of what is in view into view
 * in the other, and scrolling back brings it back. The panes lay out their
 * lines in the background (slowly under AddressSanitizer), so the test
 * waits for what a reader would see rather than for a number of frames. */
static void
test_linked_scrolling (Fixture      *fixture,
                       gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  Levelled wanted = {
    { plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A),
      plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B) },
    NULL,
  };

  /* The last link on the order-preserving path: deep in both articles. */
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    if (!plx_comparison_get_link (comparison, k)->moved)
      wanted.link = plx_comparison_get_link (comparison, k);
  g_assert_nonnull (wanted.link);

  plx_test_wait_until (levelled, &wanted);

  gtk_adjustment_set_value (plx_article_pane_get_vadjustment (wanted.panes[PLX_SIDE_A]), 0);
  plx_test_wait_until (at_top, plx_article_pane_get_vadjustment (wanted.panes[PLX_SIDE_B]));
}

static PlxPartiesPanel *
find_panel (GtkWidget *root)
{
  return (PlxPartiesPanel *) plx_test_find_widget (root, PLX_TYPE_PARTIES_PANEL, NULL, NULL);
}

static gboolean
is_chip (GtkWidget    *widget,
         gconstpointer data)
{
  return gtk_widget_has_css_class (widget, "chip");
}

/* The parties panel lists the claims with their status; choosing one
 * shows it in the panes. */
static void
test_parties_panel (Fixture      *fixture,
                    gconstpointer data)
{
  PlxPartiesPanel *panel = find_panel (GTK_WIDGET (fixture->window));
  GtkListBox *list;
  GtkListBoxRow *claim_row = NULL;
  guint rows = 0;
  gboolean reframed_chip = FALSE;

  g_assert_nonnull (panel);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  list = plx_parties_panel_get_list (panel);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *first = plx_test_find_widget (row, GTK_TYPE_LABEL, is_chip, NULL);

      /* A claim's chip heads its row, beside the row's menu. */
      if (first != NULL && GTK_IS_BOX (first))
        first = gtk_widget_get_first_child (first);

      rows++;
      if (first != NULL && gtk_widget_has_css_class (first, "status-reframed"))
        reframed_chip = TRUE;
      if (claim_row == NULL && first != NULL && gtk_widget_has_css_class (first, "chip") &&
          gtk_widget_has_css_class (first, "status-only-a"))
        claim_row = GTK_LIST_BOX_ROW (row);
    }

  g_assert_cmpuint (rows, >=, 10);
  g_assert_true (reframed_chip);
  g_assert_nonnull (claim_row);

  g_signal_emit_by_name (list, "row-activated", claim_row);
  g_assert_nonnull (plx_comparison_view_get_details (fixture->view));
}

static void
select_sentence (PlxArticlePane *pane,
                 guint           sentence)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  const PlxSentence *sentences = plx_article_get_sentences (plx_article_pane_get_article (pane),
                                                            NULL);
  GtkTextIter from;
  GtkTextIter to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, sentences[sentence].start + 2);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, sentences[sentence].end - 2);
  gtk_text_buffer_select_range (buffer, &from, &to);
}

static int
link_of (PlxComparison *comparison,
         guint          a,
         guint          b)
{
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      if (a >= link->a_start && a < link->a_end && b >= link->b_start && b < link->b_end)
        return k;
    }

  return -1;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Every link as text, to compare the links before and after. */
static char *
describe_links (PlxComparison *comparison)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      g_string_append_printf (out, "%u-%u:%u-%u %d %.6f %d\n", link->a_start, link->a_end,
                              link->b_start, link->b_end, link->kind, link->score, link->manual);
    }

  return g_string_free (out, FALSE);
}

/* Link two sentences by hand, unlink them, undo and redo: through the
 * actions the context menu and the shortcuts use. */
static void
test_manual_correction (Fixture      *fixture,
                        gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  PlxArticle *a = plx_comparison_get_article (comparison, PLX_SIDE_A);
  PlxArticle *b = plx_comparison_get_article (comparison, PLX_SIDE_B);
  guint sa = sentence_starting (a, "Observers believe");
  guint sb = sentence_starting (b, "The gap remains wide");
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_autofree char *before = NULL;
  g_autofree char *after_undo = NULL;
  guint changed = 0;

  g_assert_cmpint (link_of (comparison, sa, sb), <, 0);
  before = describe_links (comparison);

  select_sentence (plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A), sa);
  select_sentence (plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B), sb);
  g_assert_true (gtk_widget_activate_action (view, "view.link", NULL));
  g_assert_cmpint (link_of (comparison, sa, sb), >=, 0);
  g_assert_true (plx_comparison_get_link (comparison, link_of (comparison, sa, sb))->manual);
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, link_of (comparison, sa, sb));

  /* One undo takes the whole link back, with the links it replaced exactly
   * as they were, and the window hears of it once. */
  g_signal_connect_swapped (comparison, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (gtk_widget_activate_action (view, "view.undo", NULL));
  g_signal_handlers_disconnect_by_data (comparison, &changed);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (link_of (comparison, sa, sb), <, 0);
  after_undo = describe_links (comparison);
  g_assert_cmpstr (after_undo, ==, before);
  g_assert_true (gtk_widget_activate_action (view, "view.redo", NULL));
  g_assert_cmpint (link_of (comparison, sa, sb), >=, 0);

  g_assert_true (gtk_widget_activate_action (view, "view.show-sentence", "(uu)", PLX_SIDE_A, sa));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, link_of (comparison, sa, sb));
  g_assert_true (gtk_widget_activate_action (view, "view.unlink", NULL));
  g_assert_cmpint (link_of (comparison, sa, sb), <, 0);
  g_assert_true (gtk_widget_activate_action (view, "view.undo", NULL));
  g_assert_cmpint (link_of (comparison, sa, sb), >=, 0);
}

/* Parties are renamed and merged from the panel; the edits are saved for
 * the next comparison. */
static void
test_party_edits (Fixture      *fixture,
                  gconstpointer data)
{
  PlxPartiesPanel *panel = find_panel (GTK_WIDGET (fixture->window));
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  PlxParties *parties = plx_comparison_get_parties (comparison);
  g_autofree char *saved = g_build_filename (g_get_user_data_dir (), "parallax", "parties.json",
                                             NULL);
  g_autofree char *contents = NULL;

  g_unlink (saved);

  /* The menu's Rename… asks for the name in a dialog; the name typed
   * there, with blanks around it, is the party's new name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "panel.rename", "s", "russia"));
  g_assert_nonnull (plx_test_find_message_dialog ());
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (
                           plx_test_find_message_dialog ())),
                         "  Russian Federation ");
  plx_test_answer_dialog ("rename");
  g_assert_cmpstr (plx_parties_lookup (parties, "russia")->name, ==, "Russian Federation");

  g_assert_nonnull (plx_parties_lookup (parties, "observers"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "panel.merge", "(ss)",
                                             "observers", "ukraine"));
  g_assert_null (plx_parties_lookup (parties, "observers"));

  /* Party edits undo with the same Ctrl+Z as links. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.undo", NULL));
  g_assert_nonnull (plx_parties_lookup (parties, "observers"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.redo", NULL));
  g_assert_null (plx_parties_lookup (parties, "observers"));

  g_assert_true (g_file_get_contents (saved, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Russian Federation"));
  g_assert_nonnull (strstr (contents, "Observers"));

  /* The next comparison reads them. */
  plx_window_swap (fixture->window);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  g_assert_cmpstr (plx_parties_lookup (plx_comparison_get_parties (
                                         plx_window_get_comparison (fixture->window)),
                                       "russia")->name,
                   ==, "Russian Federation");
  g_unlink (saved);
}

/* Preferences reach the comparison: fewer highlights, another
 * sensitivity. */
static void
test_preferences (Fixture      *fixture,
                  gconstpointer data)
{
  GSettings *settings = plx_application_get_settings (app);
  PlxArticlePane *a = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A);
  GtkWidget *preferences;
  guint links;

  preferences = plx_preferences_window_new (GTK_WINDOW (fixture->window), settings);
  gtk_window_present (GTK_WINDOW (preferences));
  plx_test_wait_for_draw (preferences);

  g_assert_cmpuint (plx_article_pane_count_tagged (a, "tag-intensifier"), >=, 1);
  g_settings_set_boolean (settings, "highlight-intensifier", FALSE);
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "tag-intensifier"), ==, 0);
  g_settings_set_boolean (settings, "highlight-intensifier", TRUE);
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "tag-intensifier"), >=, 1);

  links = plx_comparison_get_n_links (plx_window_get_comparison (fixture->window));
  g_settings_set_double (settings, "sensitivity", 0.0);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  g_assert_cmpuint (plx_comparison_get_n_links (plx_window_get_comparison (fixture->window)), <,
                    links);
  g_settings_reset (settings, "sensitivity");
  plx_test_wait_until (plx_test_window_compared, fixture->window);

  g_settings_set_string (settings, "font", "Serif 14");
  g_settings_reset (settings, "font");

  g_object_ref (preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

static void
test_new_article_recompares (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-test-XXXXXX", &error);
  g_autoptr(GFile) file = NULL;
  PlxComparison *comparison;

  path = g_build_filename (dir, "short.txt", NULL);
  g_file_set_contents (path,
                       "The Kremlin denied that talks were being prepared. Zelensky said he was "
                       "not confident.\n",
                       -1, NULL);
  file = g_file_new_for_path (path);

  plx_window_load_file (fixture->window, PLX_SIDE_B, file);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  comparison = plx_window_get_comparison (fixture->window);
  g_assert_cmpuint (plx_article_get_n_sentences (plx_comparison_get_article (comparison,
                                                                             PLX_SIDE_B)),
                    ==, 2);
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), >=, 1);

  g_remove (path);
  g_rmdir (dir);
}

static int
pdf_pages (const char *path,
           gboolean   *landscape)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PopplerDocument *document = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  PopplerPage *page;
  double width, height;
  int n;

  g_assert_no_error (error);
  n = poppler_document_get_n_pages (document);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  *landscape = width > height;
  g_object_unref (page);
  g_object_unref (document);

  return n;
}

/* Export writes each format whole; a failed export says so and the
 * comparison stays open. */
static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  static const struct
  {
    PlxReportFormat format;
    const char     *name;
    const char     *start;
  } formats[] = {
    { PLX_REPORT_HTML, "report.html", "<!DOCTYPE html>" },
    { PLX_REPORT_MARKDOWN, "report.md", "# " },
    { PLX_REPORT_JSON, "report.json", "{" },
    { PLX_REPORT_PDF, "report.pdf", "%PDF-" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-export-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.html", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  PlxArticle *a = plx_comparison_get_article (comparison, PLX_SIDE_A);
  PlxArticle *b = plx_comparison_get_article (comparison, PLX_SIDE_B);
  guint sa = sentence_starting (a, "Observers believe");
  guint sb = sentence_starting (b, "The gap remains wide");

  /* The report is made apart from the window: it still has what the person
   * linked by hand. */
  g_assert_cmpint (plx_comparison_add_link (comparison, sa, sa + 1, sb, sb + 1, NULL), >=, 0);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, formats[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) written = plx_test_export (fixture->window, file, formats[i].format);
      g_autofree char *contents = NULL;

      g_assert_nonnull (written);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, formats[i].start));
      if (formats[i].format == PLX_REPORT_PDF)
        {
          gboolean landscape;

          g_assert_cmpint (pdf_pages (path, &landscape), >=, 3);
          g_assert_true (landscape);
        }
      else
        g_assert_nonnull (strstr (contents, "Kremlin"));
      if (formats[i].format == PLX_REPORT_JSON)
        g_assert_nonnull (strstr (contents, "\"manual\": true"));
      g_remove (path);
    }

  {
    g_autoptr(GFile) written = plx_test_export (fixture->window, missing_file, PLX_REPORT_HTML);

    g_assert_null (written);
    g_assert_true (plx_window_get_comparison (fixture->window) == comparison);
    g_assert_true (plx_comparison_is_done (comparison));
  }

  g_rmdir (dir);
}

/* Export and Save write through a symbolic link to the file it names, and
 * leave a FIFO alone: they once replaced either with a regular file (and
 * a FIFO could block the writer). */
static void
test_write_through_links (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-export-XXXXXX", &error);
  g_autofree char *target = g_build_filename (dir, "target.html", NULL);
  g_autofree char *link = g_build_filename (dir, "link.html", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.html", NULL);
  g_autofree char *session_target = g_build_filename (dir, "target.parallax", NULL);
  g_autofree char *session_link = g_build_filename (dir, "link.parallax", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) session_link_file = g_file_new_for_path (session_link);
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_no_error (error);
  g_assert_cmpint (symlink ("target.html", link), ==, 0);
  g_assert_cmpint (symlink ("target.parallax", session_link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  {
    g_autoptr(GFile) written = plx_test_export (fixture->window, link_file, PLX_REPORT_HTML);

    g_assert_nonnull (written);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  }

  {
    g_autoptr(GFile) written = plx_test_export (fixture->window, fifo_file, PLX_REPORT_HTML);

    g_assert_null (written);
    g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
    g_assert_true (S_ISFIFO (info.st_mode));
  }

  g_assert_true (plx_window_save_session (fixture->window, session_link_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (session_link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (session_target, G_FILE_TEST_IS_REGULAR));

  g_assert_false (plx_window_save_session (fixture->window, fifo_file, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "fifo.html"));
  g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));

  for (const char *const *path = (const char *const[]) { target, link, fifo, session_target,
                                                         session_link, NULL };
       *path != NULL; path++)
    g_remove (*path);
  g_rmdir (dir);
}

static void
report_printed_cb (PlxWindow *window,
                   gboolean   printed,
                   gboolean  *done)
{
  *done = TRUE;
}

/* Print… prints the PDF report's pages, landscape. */
static void
test_print (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GBytes) report = plx_report_comparison (plx_window_get_comparison (fixture->window),
                                                    PLX_REPORT_PDF, &error);
  PopplerDocument *document = poppler_document_new_from_bytes (report, NULL, &error);
  gboolean done = FALSE;
  gboolean landscape = FALSE;
  gulong id = g_signal_connect (fixture->window, "report-printed", G_CALLBACK (report_printed_cb),
                                &done);

  g_assert_no_error (error);
  plx_window_print (fixture->window, path);
  plx_test_wait_until (plx_test_flag_set, &done);
  g_signal_handler_disconnect (fixture->window, id);

  g_assert_cmpint (pdf_pages (path, &landscape), ==, poppler_document_get_n_pages (document));
  g_assert_true (landscape);
  g_object_unref (document);

  g_remove (path);
  g_rmdir (dir);
}

typedef struct
{
  PlxWindow  *window;
  const char *uri;
} RecentWait;

/* Whether the main menu offers @uri among the recent comparisons. */
static gboolean
menu_offers_recent (gpointer data)
{
  RecentWait *wait = data;
  GtkWidget *button = plx_test_find_widget (GTK_WIDGET (wait->window), GTK_TYPE_MENU_BUTTON, NULL,
                                            NULL);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int k = 0; section != NULL && k < g_menu_model_get_n_items (section); k++)
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
            section, k, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

          if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), wait->uri))
            return TRUE;
        }
    }

  return FALSE;
}

/* A comparison saved with a manual link opens in a new window with the
 * link, the texts and no unsaved changes; the menu offers it again. */
static void
test_session_round_trip (Fixture      *fixture,
                         gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  PlxArticle *a = plx_comparison_get_article (comparison, PLX_SIDE_A);
  PlxArticle *b = plx_comparison_get_article (comparison, PLX_SIDE_B);
  guint sa = sentence_starting (a, "Observers believe");
  guint sb = sentence_starting (b, "The gap remains wide");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "kremlin.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlxWindow *other;
  PlxComparison *reopened;
  int link;

  g_assert_false (plx_window_has_unsaved_changes (fixture->window));
  g_assert_cmpint (plx_comparison_add_link (comparison, sa, sa + 1, sb, sb + 1, NULL), >=, 0);
  g_assert_true (plx_window_has_unsaved_changes (fixture->window));

  g_assert_true (plx_window_save_session (fixture->window, file, &error));
  g_assert_no_error (error);
  g_assert_false (plx_window_has_unsaved_changes (fixture->window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "kremlin.parallax");
  {
    g_autofree char *uri = g_file_get_uri (file);
    RecentWait wait = { fixture->window, uri };

    plx_test_wait_until (menu_offers_recent, &wait);
  }

  other = plx_test_window_open_session (app, file);

  reopened = plx_window_get_comparison (other);
  g_assert_cmpstr (plx_article_get_text (plx_comparison_get_article (reopened, PLX_SIDE_A)), ==,
                   plx_article_get_text (a));
  g_assert_cmpstr (plx_article_get_text (plx_comparison_get_article (reopened, PLX_SIDE_B)), ==,
                   plx_article_get_text (b));
  link = link_of (reopened, sa, sb);
  g_assert_cmpint (link, >=, 0);
  g_assert_true (plx_comparison_get_link (reopened, link)->manual);
  g_assert_false (plx_window_has_unsaved_changes (other));

  plx_test_window_close (other);
  g_remove (path);
  g_rmdir (dir);
}

static void
failed_cb (PlxWindow  *window,
           const char *message,
           char      **failure)
{
  g_free (*failure);
  *failure = g_strdup (message);
}

/* A damaged session is refused with a message; the comparison on screen
 * stays as it was. */
static void
test_session_damaged (Fixture      *fixture,
                      gconstpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "damaged.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *failure = NULL;
  gulong id = g_signal_connect (fixture->window, "load-failed", G_CALLBACK (failed_cb), &failure);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"parallax-session\", \"version\": 1, "
                                            "\"articles\": [{\"text\": \"A", -1, NULL));
  plx_window_open_session (fixture->window, file);
  plx_test_wait_until (plx_test_string_set, &failure);
  g_signal_handler_disconnect (fixture->window, id);

  g_assert_nonnull (strstr (failure, "damaged.parallax"));
  g_assert_true (plx_window_get_comparison (fixture->window) == comparison);
  g_assert_true (plx_comparison_is_done (comparison));

  g_remove (path);
  g_rmdir (dir);
}

static gboolean
dialog_shown (gpointer data)
{
  return plx_test_find_message_dialog () != NULL;
}

static void
destroyed_cb (GtkWidget *widget,
              gboolean  *destroyed)
{
  *destroyed = TRUE;
}

/* Closing with manual changes never saved asks first; Discard closes. */
static void
test_close_asks (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  PlxWindow *window = plx_window_new (app);
  PlxComparison *comparison;
  AdwMessageDialog *dialog;
  gboolean destroyed = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (plx_window_open_sample (window, &error));
  plx_test_wait_until (plx_test_window_compared, window);
  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);

  /* Unlinking by hand is a change the window has not saved... */
  comparison = plx_window_get_comparison (window);
  g_assert_false (plx_window_has_unsaved_changes (window));
  g_assert_cmpint (plx_comparison_remove_link (comparison, 0), ==, TRUE);
  g_assert_true (plx_window_has_unsaved_changes (window));

  /* ...but now it asks, and Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  plx_test_wait_until (dialog_shown, NULL);
  g_assert_false (destroyed);
  dialog = plx_test_find_message_dialog ();
  adw_message_dialog_response (dialog, "cancel");
  g_assert_false (destroyed);

  gtk_window_close (GTK_WINDOW (window));
  plx_test_wait_until (dialog_shown, NULL);
  adw_message_dialog_response (plx_test_find_message_dialog (), "discard");
  plx_test_wait_until (plx_test_flag_set, &destroyed);
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/workbench/highlights", Fixture, NULL, fixture_setup, test_highlights,
              fixture_teardown);
  g_test_add ("/gui/workbench/band", Fixture, NULL, fixture_setup, test_band, fixture_teardown);
  g_test_add ("/gui/workbench/loaded-marks", Fixture, NULL, fixture_setup, test_loaded_marks,
              fixture_teardown);
  g_test_add ("/gui/workbench/overview", Fixture, NULL, fixture_setup, test_overview,
              fixture_teardown);
  g_test_add ("/gui/workbench/next-and-previous-change", Fixture, NULL, fixture_setup,
              test_next_and_previous_change, fixture_teardown);
  g_test_add ("/gui/workbench/next-unmatched", Fixture, NULL, fixture_setup, test_next_unmatched,
              fixture_teardown);
  g_test_add ("/gui/workbench/focus-sentence", Fixture, NULL, fixture_setup, test_focus_sentence,
              fixture_teardown);
  g_test_add ("/gui/workbench/linked-scrolling", Fixture, NULL, fixture_setup,
              test_linked_scrolling, fixture_teardown);
  g_test_add ("/gui/workbench/parties-panel", Fixture, NULL, fixture_setup, test_parties_panel,
              fixture_teardown);
  g_test_add ("/gui/workbench/manual-correction", Fixture, NULL, fixture_setup,
              test_manual_correction, fixture_teardown);
  g_test_add ("/gui/workbench/party-edits", Fixture, NULL, fixture_setup, test_party_edits,
              fixture_teardown);
  g_test_add ("/gui/workbench/preferences", Fixture, NULL, fixture_setup, test_preferences,
              fixture_teardown);
  g_test_add ("/gui/workbench/new-article-recompares", Fixture, NULL, fixture_setup,
              test_new_article_recompares, fixture_teardown);
  g_test_add ("/gui/workbench/export", Fixture, NULL, fixture_setup, test_export,
              fixture_teardown);
  g_test_add ("/gui/workbench/write-through-links", Fixture, NULL, fixture_setup,
              test_write_through_links, fixture_teardown);
  g_test_add ("/gui/workbench/print", Fixture, NULL, fixture_setup, test_print,
              fixture_teardown);
  g_test_add ("/gui/workbench/session-round-trip", Fixture, NULL, fixture_setup,
              test_session_round_trip, fixture_teardown);
  g_test_add ("/gui/workbench/session-damaged", Fixture, NULL, fixture_setup,
              test_session_damaged, fixture_teardown);
  g_test_add ("/gui/workbench/close-asks", Fixture, NULL, fixture_setup, test_close_asks,
              fixture_teardown);

  return plx_test_run (app);
}
