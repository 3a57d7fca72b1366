/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Articles no layout engine likes, in the window under Xvfb: one word of a
 * megabyte (a pasted blob, a data URL), and a megabyte of ordinary
 * sentences on one line (a book exported without line breaks). The window
 * must keep answering while it lays them out and afterwards: a heartbeat on
 * the main loop must never stall, and a watchdog thread fails the test as
 * soon as it does rather than waiting for the freeze to end. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-application.h"
#include "plx-article-pane.h"
#include "plx-comparison-view.h"
#include "gui-test.h"
#include "plx-window.h"

/* Longest the main loop may go without running the heartbeat: a key press
 * waits at most this long. Under AddressSanitizer with full stack unwinding
 * on every allocation (tests/meson.build) GTK's own layout runs several
 * times slower (filling the side panel and tagging thousands of
 * sentences, as for any long article), and the limit is raised there
 * through PLX_MAX_STALL_MS. The freezes this test is for are longer either
 * way: without bounded display paragraphs the megabyte word crashes the
 * window (X BadAlloc) and the megabyte line stalls it past 7 s in an
 * optimised build. */
#define MAX_STALL_MS 2000
#define HEARTBEAT_MS 50
#define MEGABYTE     (1 << 20)

static PlxApplication *app;

typedef struct
{
  PlxWindow *window;
  guint      heartbeat;
  GThread   *watchdog;
  gint64     started;     /* monotonic µs */
  gint       stop;        /* atomic */
  gint       last_beat;   /* atomic, ms since started */
  gint       worst_stall; /* ms, main thread only */
  gint       max_stall;   /* ms */
  const char *phase;      /* what the window was doing, for the message */
} Fixture;

static gint
since_start (Fixture *fixture)
{
  return (g_get_monotonic_time () - fixture->started) / 1000;
}

static gboolean
heartbeat_cb (gpointer data)
{
  Fixture *fixture = data;
  gint now = since_start (fixture);

  fixture->worst_stall = MAX (fixture->worst_stall, now - g_atomic_int_get (&fixture->last_beat));
  g_atomic_int_set (&fixture->last_beat, now);

  return G_SOURCE_CONTINUE;
}

static gpointer
watchdog_thread (gpointer data)
{
  Fixture *fixture = data;

  while (!g_atomic_int_get (&fixture->stop))
    {
      gint stalled = since_start (fixture) - g_atomic_int_get (&fixture->last_beat);

      /* Past the limit the test has failed; waiting for the freeze to end
       * can take minutes. */
      if (stalled > fixture->max_stall)
        g_error ("the window froze: the main loop has not answered for %d ms (%s)", stalled,
                 fixture->phase);
      g_usleep (20 * 1000);
    }

  return NULL;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->phase = "starting";
  fixture->window = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 600);
  gtk_window_present (GTK_WINDOW (fixture->window));

  fixture->started = g_get_monotonic_time ();
  fixture->max_stall = g_getenv ("PLX_MAX_STALL_MS") != NULL ? atoi (g_getenv ("PLX_MAX_STALL_MS"))
                                                             : MAX_STALL_MS;
  fixture->heartbeat = g_timeout_add (HEARTBEAT_MS, heartbeat_cb, fixture);
  fixture->watchdog = g_thread_new ("watchdog", watchdog_thread, fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_atomic_int_set (&fixture->stop, 1);
  g_thread_join (fixture->watchdog);
  g_source_remove (fixture->heartbeat);
  g_test_message ("longest stall of the main loop: %d ms", fixture->worst_stall);
  g_assert_cmpint (fixture->worst_stall, <, fixture->max_stall);

  g_object_ref (fixture->window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
}

static PlxArticlePane *
pane_of (Fixture *fixture,
         PlxSide  side)
{
  PlxArticle *article = plx_window_get_article (fixture->window, side);
  GtkWidget *view = plx_test_find_widget (GTK_WIDGET (fixture->window),
                                          PLX_TYPE_COMPARISON_VIEW, NULL, NULL);

  for (GtkWidget *pane = plx_test_find_widget (view, PLX_TYPE_ARTICLE_PANE, NULL, NULL);
       pane != NULL; pane = gtk_widget_get_next_sibling (pane))
    if (PLX_IS_ARTICLE_PANE (pane) &&
        plx_article_pane_get_article (PLX_ARTICLE_PANE (pane)) == article)
      return PLX_ARTICLE_PANE (pane);

  g_assert_not_reached ();
  return NULL;
}

/* @text without white space: the pane may show a space as a line break,
 * and add line breaks, but must not lose or add anything else. */
static char *
without_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '\n' && *p != ' ')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static char *
shown_text (PlxArticlePane *pane)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return without_spaces (text);
}

/* The text under the focus highlight, without white space. */
static char *
focused_text (PlxArticlePane *pane)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "focus");
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  g_assert_cmpuint (plx_article_pane_count_tagged (pane, "focus"), ==, 1);
  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, tag))
    g_assert_true (gtk_text_iter_forward_to_tag_toggle (&start, tag));
  end = start;
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&end, tag));
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return without_spaces (text);
}

static char *
sample_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", name,
                                                 NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);

  return text;
}

static void
read_text_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* Copying from the pane gives the article's text, not the line breaks the
 * pane shows in place of spaces or adds inside long words. */
static void
assert_copies_article (PlxArticlePane *pane,
                       guint           n_chars)
{
  GtkTextView *view = plx_article_pane_get_view (pane);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  PlxArticle *article = plx_article_pane_get_article (pane);
  const char *text = plx_article_get_text (article);
  g_autofree char *copied = NULL;
  g_autofree char *expected = NULL;
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, n_chars);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_signal_emit_by_name (view, "copy-clipboard");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL,
                                 read_text_cb, &copied);
  plx_test_wait_until (is_set, &copied);

  expected = g_strndup (text, g_utf8_offset_to_pointer (text, g_utf8_strlen (copied, -1)) - text);
  g_assert_cmpuint (g_utf8_strlen (copied, -1), >, n_chars - n_chars / 100);
  g_assert_cmpstr (copied, ==, expected);
  g_assert_null (strchr (copied, '\n'));
}

/* Opens @text against the sample's B side, then uses the window as a
 * reader would: looks, scrolls to the end, points at the text. The
 * heartbeat and the watchdog check the main loop throughout. */
static void
open_and_use (Fixture    *fixture,
              const char *text,
              const char *screenshot)
{
  g_autofree char *b = sample_text ("kremlin-b.txt");
  g_autofree char *shown = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *focused = NULL;
  g_autofree char *sentence = NULL;
  PlxArticle *article;
  const PlxSentence *sentences;
  guint n;
  PlxArticlePane *pane;
  GtkAdjustment *adjustment;

  fixture->phase = "opening the articles";
  g_assert_true (plx_window_open_text (fixture->window, PLX_SIDE_A, text, "long.txt"));
  g_assert_true (plx_window_open_text (fixture->window, PLX_SIDE_B, b, "kremlin-b.txt"));
  plx_test_wait_until (plx_test_window_compared, fixture->window);

  fixture->phase = "showing the comparison";
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  plx_test_wait_ms (500);

  /* The whole text is there. */
  pane = pane_of (fixture, PLX_SIDE_A);
  shown = shown_text (pane);
  expected = without_spaces (plx_article_get_text (plx_window_get_article (fixture->window,
                                                                            PLX_SIDE_A)));
  g_assert_cmpuint (strlen (shown), ==, strlen (expected));
  g_assert_true (strcmp (shown, expected) == 0);

  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (plx_test_save_png (GTK_WIDGET (fixture->window), NULL, screenshot), >, 100);

  fixture->phase = "scrolling to the end";
  adjustment = plx_article_pane_get_vadjustment (pane);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  plx_test_wait_ms (300);

  /* The last sentence, after every break the pane added, is marked
   * exactly: offsets map through the added breaks. */
  fixture->phase = "focusing the last sentence";
  article = plx_window_get_article (fixture->window, PLX_SIDE_A);
  sentences = plx_article_get_sentences (article, &n);
  g_assert_true (gtk_widget_activate_action (
    plx_test_find_widget (GTK_WIDGET (fixture->window), PLX_TYPE_COMPARISON_VIEW, NULL, NULL),
    "view.show-sentence", "(uu)", PLX_SIDE_A, n - 1));
  focused = focused_text (pane);
  sentence = plx_sentence_dup_text (&sentences[n - 1], plx_article_get_text (article));
  g_free (expected);
  expected = without_spaces (sentence);
  g_assert_true (strcmp (focused, expected) == 0);
  gtk_adjustment_set_value (adjustment, 0);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  plx_test_wait_ms (300);
  fixture->phase = "copying";
  assert_copies_article (pane, 5000);
  fixture->phase = "finishing";
}

/* A megabyte of letters without a space, between two ordinary sentences. */
static void
test_long_word (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GString) text = g_string_new ("The Kremlin denied that talks had taken place. ");

  for (guint i = 0; i < MEGABYTE; i++)
    g_string_append_c (text, "qwertyuiopasdfghjklzxcvbnm"[(i * 7) % 26]);
  g_string_append (text, " Officials declined to comment further.\n");

  open_and_use (fixture, text->str, "parallax-long-word.png");
}

/* A megabyte of ordinary sentences, one line, no line break. */
static void
test_long_line (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *a = sample_text ("kremlin-a.txt");
  g_auto(GStrv) words = g_strsplit_set (a, " \n\t", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < MEGABYTE)
    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0')
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, words[i]);
        }
  g_string_append_c (text, '\n');

  open_and_use (fixture, text->str, "parallax-long-line.png");
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/long-text/word", Fixture, NULL, fixture_setup, test_long_word,
              fixture_teardown);
  g_test_add ("/gui/long-text/line", Fixture, NULL, fixture_setup, test_long_line,
              fixture_teardown);

  return plx_test_run (app);
}
