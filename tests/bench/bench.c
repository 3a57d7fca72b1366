/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Speed benchmark of the analysis core. Builds article pairs of 1k, 10k and
 * 100k sentences per side from real sentence pairs (the MSRP corpus file
 * given on the command line), with paraphrase-like edits, deletions and
 * moves, and prints the time of each phase and the peak memory. Each size
 * runs in a process of its own so that peak memory is per size.
 *
 * Usage: bench MSRP_FILE [SIZE...]
 *        (default sizes 1000 10000 100000; the seed pair is timed first) */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "plx-comparison.h"
#include "plx-report-html.h"
#include "plx-report-json.h"
#include "plx-report-pdf.h"
#include "bench-pairs.h"

#define PDF_MAX_SENTENCES 10000

static void
append_sentence (GString    *text,
                 const char *sentence,
                 guint       index)
{
  g_string_append (text, sentence);
  /* Paragraphs of five sentences, as in news text. */
  g_string_append (text, index % 5 == 4 ? "\n\n" : " ");
}

static void
build_pair (GPtrArray *pairs,
            guint      n,
            GString   *a,
            GString   *b)
{
  GRand *rand = g_rand_new_with_seed (20261122);
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_free);
  guint written_b = 0;

  for (guint i = 0; i < n; i++)
    {
      SentencePair *pair = g_ptr_array_index (pairs, (i * 7919u) % pairs->len);
      double r = g_rand_double (rand);

      append_sentence (a, pair->first, i);

      if (r < 0.08)
        continue; /* deleted in B */
      if (r < 0.12)
        {
          g_ptr_array_add (moved, g_strdup (pair->second));
          continue;
        }
      if (r < 0.62)
        append_sentence (b, pair->second, written_b++); /* paraphrase */
      else
        {
          g_autofree char *edited = bench_drop_word (pair->first, i);
          append_sentence (b, edited, written_b++);
        }

      /* Moved sentences reappear a little later. */
      if (moved->len > 0 && g_rand_double (rand) < 0.1)
        {
          append_sentence (b, g_ptr_array_index (moved, 0), written_b++);
          g_ptr_array_remove_index (moved, 0);
        }
    }

  for (guint i = 0; i < moved->len; i++)
    append_sentence (b, g_ptr_array_index (moved, i), written_b++);

  g_rand_free (rand);
}

static double
ms (gint64 usec)
{
  return usec / 1000.0;
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
run_size (GPtrArray *pairs,
          guint      n)
{
  g_autoptr(GString) text_a = g_string_new (NULL);
  g_autoptr(GString) text_b = g_string_new (NULL);
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  const PlxTimings *t;
  gint64 start;
  gint64 segment;
  gint64 report;
  gint64 html_time;
  double pdf_ms = -1;
  long core_peak;
  long report_peak;
  g_autofree char *html = NULL;

  build_pair (pairs, n, text_a, text_b);

  start = g_get_monotonic_time ();
  a = plx_article_new (text_a->str, NULL, "a.txt");
  b = plx_article_new (text_b->str, NULL, "b.txt");
  segment = g_get_monotonic_time () - start;

  comparison = plx_comparison_new (a, b);
  plx_comparison_set_language (comparison, "en");
  if (!plx_comparison_run (comparison, NULL, &error))
    {
      g_printerr ("bench: %s\n", error->message);
      exit (1);
    }
  t = plx_comparison_get_timings (comparison);
  core_peak = peak_rss_kib ();

  start = g_get_monotonic_time ();
  json = plx_report_json_comparison (comparison);
  report = g_get_monotonic_time () - start;
  report_peak = peak_rss_kib ();

  start = g_get_monotonic_time ();
  html = plx_report_html_comparison (comparison);
  html_time = g_get_monotonic_time () - start;

  /* A PDF of 2 x 100k sentences would run to 15,000 pages: measured up to
   * book length only. */
  if (n <= PDF_MAX_SENTENCES)
    {
      g_autoptr(GBytes) pdf = NULL;

      start = g_get_monotonic_time ();
      pdf = plx_report_pdf_comparison (comparison, NULL);
      pdf_ms = ms (g_get_monotonic_time () - start);
    }

  printf ("%7u %7u %6.1f %8.1f %8.1f %8.1f %7.1f %8.1f %9.1f %8.1f %8ld %8ld %7u %8.1f %8.1f\n",
          plx_article_get_n_sentences (a), plx_article_get_n_sentences (b),
          (text_a->len + text_b->len) / 1e6, ms (segment), ms (t->tokenize), ms (t->align),
          ms (t->diff), ms (t->claims), ms (segment + t->total), ms (report), core_peak / 1024,
          report_peak / 1024,
          plx_comparison_get_n_links (comparison), ms (html_time), pdf_ms);
}

static void
run_seed (void)
{
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  g_autoptr(GError) error = NULL;
  gint64 best = G_MAXINT64;

  for (guint side = 0; side < 2; side++)
    {
      g_autofree char *path = g_build_filename (SAMPLE_DIR, side == 0 ? "kremlin-a.txt"
                                                                      : "kremlin-b.txt", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      PlxArticle *article = plx_article_new_from_file (file, NULL, &error);

      if (article == NULL)
        {
          g_printerr ("bench: %s\n", error->message);
          exit (2);
        }
      if (side == 0)
        a = article;
      else
        b = article;
    }

  /* Core time: segmentation plus the comparison, best of 50 runs. */
  for (guint run = 0; run < 50; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PlxArticle) a2 = plx_article_new (plx_article_get_text (a), NULL, "a");
      g_autoptr(PlxArticle) b2 = plx_article_new (plx_article_get_text (b), NULL, "b");
      g_autoptr(PlxComparison) comparison = plx_comparison_new (a2, b2);

      plx_comparison_set_language (comparison, "en");
      plx_comparison_run (comparison, NULL, NULL);
      best = MIN (best, g_get_monotonic_time () - start);
    }

  printf ("seed pair (%u + %u sentences): %.2f ms core time (best of 50)\n\n",
          plx_article_get_n_sentences (a), plx_article_get_n_sentences (b), ms (best));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) pairs = NULL;
  const char *default_sizes[] = { "1000", "10000", "100000", NULL };
  const char **sizes = default_sizes;

  if (argc < 2)
    {
      g_printerr ("Usage: %s MSRP_FILE [SIZE...]\n", argv[0]);
      return 2;
    }

  /* A child run: one size, one line. */
  if (argc == 4 && g_str_equal (argv[2], "--one"))
    {
      pairs = bench_read_pairs (argv[1]);
      run_size (pairs, atoi (argv[3]));
      return 0;
    }

  if (argc > 2)
    sizes = (const char **) argv + 2;

  run_seed ();
  printf ("%7s %7s %6s %8s %8s %8s %7s %8s %9s %8s %8s %8s %7s %8s %8s\n", "sent A", "sent B",
          "MB", "segment", "tokens", "align", "diff", "claims", "core ms", "json ms", "core MB",
          "peak MB", "links", "html ms", "pdf ms");
  fflush (stdout);

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      const char *child[] = { argv[0], argv[1], "--one", sizes[i], NULL };
      g_autoptr(GError) error = NULL;

      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         NULL, NULL, NULL, &error))
        {
          g_printerr ("bench: %s\n", error->message);
          return 1;
        }
    }

  return 0;
}
