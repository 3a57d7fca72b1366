/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Finding text in both articles (Ctrl+F) under Xvfb: matches marked and
 * counted in both panes, Enter and Shift+Enter moving through them and
 * scrolling, Escape clearing; the matching itself (case, white space,
 * quotes); and a search in a 100,000-word article staying quick. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gui-test.h"
#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-search-bar.h"
#include "plx-text-search.h"
#include "plx-window.h"

static PlxApplication *app;

typedef struct
{
  PlxWindow         *window;
  PlxComparisonView *view;
  PlxSearchBar      *bar;
  PlxArticlePane    *panes[2];
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->window = plx_test_window_open_sample (app, 1100, 560);
  fixture->view = plx_test_find_view (fixture->window);
  fixture->bar = (PlxSearchBar *) plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                       PLX_TYPE_SEARCH_BAR, NULL, NULL);
  g_assert_nonnull (fixture->bar);
  for (guint side = 0; side < 2; side++)
    fixture->panes[side] = plx_comparison_view_get_pane (fixture->view, side);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
}

/* How often @needle occurs in @text, ignoring ASCII case: counted apart
 * from the search's own folding. */
static guint
count_occurrences (const char *text,
                   const char *needle)
{
  g_autofree char *haystack = g_ascii_strdown (text, -1);
  g_autofree char *lower = g_ascii_strdown (needle, -1);
  guint count = 0;

  for (const char *p = strstr (haystack, lower); p != NULL; p = strstr (p + strlen (lower), lower))
    count++;

  return count;
}

static guint
expected (Fixture    *fixture,
          PlxSide     side,
          const char *needle)
{
  return count_occurrences (plx_article_get_text (plx_article_pane_get_article (fixture->panes[side])),
                            needle);
}

static GtkSearchEntry *
find_entry (Fixture *fixture)
{
  return GTK_SEARCH_ENTRY (plx_test_find_widget (GTK_WIDGET (fixture->bar),
                                                 GTK_TYPE_SEARCH_ENTRY, NULL, NULL));
}

static gboolean
bar_settled (gpointer data)
{
  GtkWidget *bar = data;
  int natural;

  gtk_widget_measure (bar, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (bar), NULL, &natural,
                      NULL, NULL);
  return gtk_widget_get_height (bar) == natural && gtk_widget_get_height (bar) > 0;
}

/* Opens the search bar as Ctrl+F does and waits until it has slid in. */
static void
open_bar (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  plx_test_wait_until (bar_settled, fixture->bar);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static gboolean
summary_is (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (plx_search_bar_get_summary (args[0]), args[1]) == 0;
}

/* Ctrl+F, then typing: every match is marked in both panes and counted per
 * article, case aside; the highlights of the differences stay. */
static void
test_both_panes (Fixture      *fixture,
                 gconstpointer data)
{
  GtkSearchEntry *entry = find_entry (fixture);
  guint intensifiers = plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A],
                                                      "tag-intensifier");
  guint in_a = expected (fixture, PLX_SIDE_A, "kremlin");
  guint in_b = expected (fixture, PLX_SIDE_B, "kremlin");
  g_autofree char *summary = g_strdup_printf ("%u in A, %u in B", in_a, in_b);
  gpointer args[] = { fixture->bar, summary };

  g_assert_cmpuint (in_a, >=, 2);
  g_assert_cmpuint (in_b, >=, 1);
  g_assert_false (plx_search_bar_get_open (fixture->bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  g_assert_true (plx_search_bar_get_open (fixture->bar));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_get_focus_child (GTK_WIDGET (entry)) != NULL);

  /* Typed: the search runs once typing pauses. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "KREMLIN");
  plx_test_wait_until (summary_is, args);
  g_assert_cmpuint (plx_search_bar_get_n_matches (fixture->bar, PLX_SIDE_A), ==, in_a);
  g_assert_cmpuint (plx_search_bar_get_n_matches (fixture->bar, PLX_SIDE_B), ==, in_b);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A], "search-match"), ==,
                    in_a);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_B], "search-match"), ==,
                    in_b);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A], "tag-intensifier"),
                    ==, intensifiers);

  /* A highlight switched off repaints the pane's tags: the marks stay. */
  plx_article_pane_set_highlighted (fixture->panes[PLX_SIDE_A], 0);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A], "search-match"), ==,
                    in_a);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A], "search-current") +
                      plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_B], "search-current"),
                    ==, 1);

  plx_search_bar_set_query (fixture->bar, "no such words anywhere");
  g_assert_cmpstr (plx_search_bar_get_summary (fixture->bar), ==, "No matches");
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A], "search-match"), ==,
                    0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
}

static gboolean
current_visible (gpointer data)
{
  Fixture *fixture = data;
  PlxSide side;
  guint start;
  guint end;
  GtkTextView *view;
  GtkTextIter iter;
  GdkRectangle visible;
  GdkRectangle location;

  if (!plx_search_bar_get_current (fixture->bar, &side, &start, &end))
    return FALSE;
  view = plx_article_pane_get_view (fixture->panes[side]);
  plx_article_pane_get_iter_at_offset (fixture->panes[side], start, FALSE, &iter);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* Enter goes through A's matches, then B's, and round again; Shift+Enter
 * (search.previous) back; each match comes into view, marked as the
 * current one. */
static void
test_next_previous (Fixture      *fixture,
                    gconstpointer data)
{
  GtkSearchEntry *entry = find_entry (fixture);
  /* "Zelensky" appears from the top to the bottom of both articles. */
  guint in_a = expected (fixture, PLX_SIDE_A, "zelensky");
  guint in_b = expected (fixture, PLX_SIDE_B, "zelensky");
  PlxSide side;
  guint start;
  guint end;
  guint last_start = 0;
  guint first_start;
  double scrolled_to = 0;

  g_assert_cmpuint (in_a, >=, 3);
  g_assert_cmpuint (in_b, >=, 3);
  open_bar (fixture);
  plx_search_bar_set_query (fixture->bar, "zelensky");
  g_assert_true (plx_search_bar_get_current (fixture->bar, &side, &start, &end));
  g_assert_cmpint (side, ==, PLX_SIDE_A);
  g_assert_cmpuint (end - start, ==, strlen ("zelensky"));
  first_start = start;

  /* Through A, downwards: the pane scrolls to each. */
  for (guint i = 1; i < in_a; i++)
    {
      g_signal_emit_by_name (entry, "activate");
      g_assert_true (plx_search_bar_get_current (fixture->bar, &side, &start, &end));
      g_assert_cmpint (side, ==, PLX_SIDE_A);
      g_assert_cmpuint (start, >, last_start);
      last_start = start;
      plx_test_wait_until (current_visible, fixture);
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A],
                                                       "search-current"),
                        ==, 1);
    }
  scrolled_to = gtk_adjustment_get_value (plx_article_pane_get_vadjustment (
    fixture->panes[PLX_SIDE_A]));
  g_assert_cmpfloat (scrolled_to, >, 0);

  /* Then B's first, with the mark of the current match moved there. */
  g_signal_emit_by_name (entry, "next-match");
  g_assert_true (plx_search_bar_get_current (fixture->bar, &side, &start, &end));
  g_assert_cmpint (side, ==, PLX_SIDE_B);
  plx_test_wait_until (current_visible, fixture);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_A], "search-current"),
                    ==, 0);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_B], "search-current"),
                    ==, 1);

  /* Back: A's last again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry), "search.previous", NULL));
  g_assert_true (plx_search_bar_get_current (fixture->bar, &side, &start, &end));
  g_assert_cmpint (side, ==, PLX_SIDE_A);
  g_assert_cmpuint (start, ==, last_start);

  /* Ctrl+Shift+G from the panes: back through A. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find-previous",
                                             NULL));
  g_assert_true (plx_search_bar_get_current (fixture->bar, &side, &start, &end));
  g_assert_cmpint (side, ==, PLX_SIDE_A);
  g_assert_cmpuint (start, <, last_start);

  /* Ctrl+G past A's last and all of B's, round to A's first. */
  for (guint i = 0; i < in_b + 2; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find-next",
                                               NULL));
  g_assert_true (plx_search_bar_get_current (fixture->bar, &side, &start, &end));
  g_assert_cmpint (side, ==, PLX_SIDE_A);
  g_assert_cmpuint (start, ==, first_start);
  plx_test_wait_until (current_visible, fixture);
}

/* Escape closes the bar and takes every mark away. */
static void
test_escape (Fixture      *fixture,
             gconstpointer data)
{
  GtkSearchEntry *entry = find_entry (fixture);

  open_bar (fixture);
  plx_search_bar_set_query (fixture->bar, "Ushakov");
  g_assert_cmpuint (plx_search_bar_get_n_matches (fixture->bar, PLX_SIDE_B), >=, 1);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[PLX_SIDE_B], "search-match"), >=,
                    1);

  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (plx_search_bar_get_open (fixture->bar));
  for (guint side = 0; side < 2; side++)
    {
      g_assert_cmpuint (plx_search_bar_get_n_matches (fixture->bar, side), ==, 0);
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "search-match"), ==,
                        0);
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "search-current"), ==,
                        0);
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* What counts as the same text: case (with Unicode folding), any white
 * space for any, curly quotes for straight ones; offsets are characters. */
static void
test_matching (void)
{
  g_autoptr(PlxTextSearch) search =
    plx_text_search_new ("Die Straße — the Kremlin’s “denial”\nas far\n  as I know. STRASSE");
  g_autoptr(GArray) strasse = plx_text_search_find (search, "strasse");
  g_autoptr(GArray) quote = plx_text_search_find (search, "kremlin's \"denial\"");
  g_autoptr(GArray) spaced = plx_text_search_find (search, "far as i");
  g_autoptr(GArray) blank = plx_text_search_find (search, "  ");
  g_autoptr(GArray) repeated = plx_text_search_find (search, "aa");
  g_autoptr(PlxTextSearch) letters = plx_text_search_new ("aaaa");
  g_autoptr(GArray) pairs = plx_text_search_find (letters, "aa");

  g_assert_cmpuint (strasse->len, ==, 2);
  g_assert_cmpuint (g_array_index (strasse, PlxTextMatch, 0).start, ==, 4);
  g_assert_cmpuint (g_array_index (strasse, PlxTextMatch, 0).end, ==, 10);
  g_assert_cmpuint (g_array_index (strasse, PlxTextMatch, 1).end, ==,
                    g_utf8_strlen ("Die Straße — the Kremlin’s “denial”\nas far\n  as I know. STRASSE",
                                   -1));
  g_assert_cmpuint (quote->len, ==, 1);
  g_assert_cmpuint (g_array_index (quote, PlxTextMatch, 0).start, ==, 17);
  g_assert_cmpuint (g_array_index (quote, PlxTextMatch, 0).end, ==, 35);
  g_assert_cmpuint (spaced->len, ==, 1);
  g_assert_cmpuint (blank->len, ==, 0);
  g_assert_cmpuint (repeated->len, ==, 0);
  /* Matches do not overlap. */
  g_assert_cmpuint (pairs->len, ==, 2);
}

static gboolean
laid_out (gpointer data)
{
  return gtk_adjustment_get_upper (data) > 100000;
}

/* A 100,000-word article: each search (a keystroke once typing pauses)
 * takes a small fraction of a second, even for a letter found 100,000
 * times, and moving to the next match does too. Tagging every match took
 * over half a second for "e". */
static void
test_long_article (void)
{
  static const char *sentences[] = {
    "The Kremlin has categorically denied any preparations for trilateral talks. ",
    "Ushakov said the initiative was not being prepared, as far as he knew. ",
    "Zelensky expressed deep skepticism about the usefulness of such talks.\n",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(PlxArticle) other = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  PlxComparisonView *view = g_object_new (PLX_TYPE_COMPARISON_VIEW, "vexpand", TRUE, NULL);
  PlxSearchBar *bar = g_object_new (PLX_TYPE_SEARCH_BAR, "view", view, NULL);
  const char *queries[] = { "e", "the", "skepticism about", "zz" };
  /* Under AddressSanitizer GTK runs several times slower
   * (tests/meson.build raises the limits of stalls). */
  gint64 limit = g_getenv ("PLX_MAX_STALL_MS") != NULL ? atoi (g_getenv ("PLX_MAX_STALL_MS")) : 300;

  for (guint words = 0; words < 100000; words += 12)
    g_string_append (text, sentences[(words / 12) % G_N_ELEMENTS (sentences)]);
  article = plx_article_new (text->str, "Long", "long.txt");
  other = plx_article_new (text->str + text->len / 2, "Half", "half.txt");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (view));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 600);
  gtk_window_present (GTK_WINDOW (window));
  plx_article_pane_set_article (plx_comparison_view_get_pane (view, PLX_SIDE_A), article);
  plx_article_pane_set_article (plx_comparison_view_get_pane (view, PLX_SIDE_B), other);
  plx_search_bar_open (bar);
  plx_test_wait_for_draw (window);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      gint64 started = g_get_monotonic_time ();
      gint64 took;

      plx_search_bar_set_query (bar, queries[q]);
      plx_search_bar_move (bar, TRUE);
      plx_search_bar_move (bar, FALSE);
      took = (g_get_monotonic_time () - started) / 1000;
      g_test_message ("“%s”: %u + %u matches in %" G_GINT64_FORMAT " ms", queries[q],
                      plx_search_bar_get_n_matches (bar, PLX_SIDE_A),
                      plx_search_bar_get_n_matches (bar, PLX_SIDE_B), took);
      g_assert_cmpint (took, <, limit);
    }
  g_assert_cmpuint (plx_search_bar_get_n_matches (bar, PLX_SIDE_A), ==, 0);

  plx_search_bar_set_query (bar, "e");
  g_assert_cmpuint (plx_search_bar_get_n_matches (bar, PLX_SIDE_A), >, 50000);
  /* Only what the pane shows is tagged. */
  g_assert_cmpuint (plx_article_pane_count_tagged (plx_comparison_view_get_pane (view, PLX_SIDE_A),
                                                   "search-match"),
                    <, 5000);

  /* Scrolled halfway down, the matches there are marked as they show. */
  {
    PlxArticlePane *pane = plx_comparison_view_get_pane (view, PLX_SIDE_A);
    GtkTextView *text_view = plx_article_pane_get_view (pane);
    GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (pane);
    GtkTextTag *tag = gtk_text_tag_table_lookup (
      gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (text_view)), "search-match");
    GdkRectangle rect;
    GtkTextIter iter;

    /* Once the pane knows the height of its text. */
    plx_test_wait_until (laid_out, adjustment);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
    plx_test_wait_for_draw (window);
    gtk_text_view_get_visible_rect (text_view, &rect);
    gtk_text_view_get_line_at_y (text_view, &iter, rect.y + rect.height / 2, NULL);
    g_assert_cmpuint (gtk_text_iter_get_offset (&iter), >, 100000);
    g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
    g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
    gtk_text_view_get_iter_location (text_view, &iter, &rect);
    g_assert_cmpint (rect.y, <, gtk_adjustment_get_value (adjustment) +
                                  gtk_adjustment_get_page_size (adjustment));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pane shows some text differently from the article (a word longer
 * than a screenful gets a line break inserted, plx-display-text.c): the
 * marks still lie on the words found. */
static void
test_display_mapping (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PlxArticle) article = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  PlxComparisonView *view = g_object_new (PLX_TYPE_COMPARISON_VIEW, "vexpand", TRUE, NULL);
  PlxSearchBar *bar = g_object_new (PLX_TYPE_SEARCH_BAR, "view", view, NULL);
  PlxArticlePane *pane = plx_comparison_view_get_pane (view, PLX_SIDE_A);
  g_autoptr(GPtrArray) marked = g_ptr_array_new_with_free_func (g_free);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  GtkTextTag *tag;
  GtkTextIter start;

  for (guint i = 0; i < 3; i++)
    {
      for (guint k = 0; k < 1500; k++)
        g_string_append_c (text, 'x');
      g_string_append (text, " The Kremlin denied it. ");
    }
  article = plx_article_new (text->str, "Blob", "blob.txt");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (view));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 600);
  gtk_window_present (GTK_WINDOW (window));
  plx_article_pane_set_article (pane, article);
  /* The pane's text is longer than the article's: breaks were inserted. */
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >,
                   (int) g_utf8_strlen (text->str, -1));
  plx_search_bar_open (bar);
  plx_search_bar_set_query (bar, "kremlin denied");
  plx_test_wait_for_draw (window);
  g_assert_cmpuint (plx_search_bar_get_n_matches (bar, PLX_SIDE_A), ==, 3);

  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "search-match");
  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &start);
  while (gtk_text_iter_forward_to_tag_toggle (&start, tag))
    if (gtk_text_iter_starts_tag (&start, tag))
      {
        GtkTextIter end = start;

        gtk_text_iter_forward_to_tag_toggle (&end, tag);
        g_ptr_array_add (marked, gtk_text_iter_get_text (&start, &end));
      }
  g_assert_cmpuint (marked->len, >=, 1);
  for (guint i = 0; i < marked->len; i++)
    g_assert_cmpstr (g_ptr_array_index (marked, i), ==, "Kremlin denied");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add_func ("/gui/search/matching", test_matching);
  g_test_add ("/gui/search/both-panes", Fixture, NULL, fixture_setup, test_both_panes,
              fixture_teardown);
  g_test_add ("/gui/search/next-previous", Fixture, NULL, fixture_setup, test_next_previous,
              fixture_teardown);
  g_test_add ("/gui/search/escape", Fixture, NULL, fixture_setup, test_escape, fixture_teardown);
  g_test_add_func ("/gui/search/display-mapping", test_display_mapping);
  g_test_add_func ("/gui/search/long-article", test_long_article);

  return plx_test_run (app);
}
