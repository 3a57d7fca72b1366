/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Speed benchmark of the collation of N articles. Builds N articles of the
 * same length from real sentence pairs (the MSRP corpus file given on the
 * command line): each drops 8 % of the story, moves 4 %, words half of
 * the rest as MSRP's paraphrase and most others without a word, and adds
 * 3 % of sentences of its own; then collates them and prints the time and
 * the peak memory. Each size runs in a process of its own so that peak
 * memory is per size.
 *
 * Usage: collation-bench MSRP_FILE [NxSIZE...]
 *        (default 2x1000 3x1000 4x1000 8x1000 12x1000 2x10000 3x10000
 *         4x10000 8x10000 12x10000)
 *        collation-bench --files FILE FILE [FILE...]
 *        (the core time of collating real articles: loading excluded, best
 *         of 5 runs) */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "plx-collation.h"
#include "plx-report-collation.h"
#include "bench-pairs.h"

static void
append_sentence (GString    *text,
                 const char *sentence,
                 guint      *index)
{
  g_string_append (text, sentence);
  /* Paragraphs of five sentences, as in news text. */
  g_string_append (text, *index % 5 == 4 ? "\n\n" : " ");
  (*index)++;
}

/* Article @k of the story of @n sentences. */
static char *
build_article (GPtrArray *pairs,
               guint      n,
               guint      k)
{
  GRand *rand = g_rand_new_with_seed (20261130 + k);
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);
  guint written = 0;

  for (guint i = 0; i < n; i++)
    {
      SentencePair *pair = g_ptr_array_index (pairs, (i * 7919u) % pairs->len);
      double r = g_rand_double (rand);
      g_autofree char *edited = NULL;

      if (g_rand_double (rand) < 0.03)
        append_sentence (text, ((SentencePair *) g_ptr_array_index (
                                  pairs, (n + i * 31u + k * 1009u) % pairs->len))->first,
                         &written);
      if (r < 0.08)
        continue;
      if (r < 0.12)
        {
          g_ptr_array_add (moved, g_strdup (pair->first));
          continue;
        }
      if (r < 0.56)
        append_sentence (text, k % 2 ? pair->second : pair->first, &written);
      else
        {
          edited = bench_drop_word (k % 2 ? pair->first : pair->second, i + k);
          append_sentence (text, edited, &written);
        }
      if (moved->len > 0 && g_rand_double (rand) < 0.1)
        {
          append_sentence (text, g_ptr_array_index (moved, 0), &written);
          g_ptr_array_remove_index (moved, 0);
        }
    }
  for (guint i = 0; i < moved->len; i++)
    append_sentence (text, g_ptr_array_index (moved, i), &written);

  g_rand_free (rand);

  return g_string_free (text, FALSE);
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
          guint      n_articles,
          guint      n)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PlxCollation) collation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gsize bytes = 0;
  guint sentences = 0;
  gint64 start;
  gint64 segment;
  gint64 report;
  long core_peak;

  for (guint k = 0; k < n_articles; k++)
    {
      g_autofree char *text = build_article (pairs, n, k);

      bytes += strlen (text);
      start = g_get_monotonic_time ();
      g_ptr_array_add (articles, plx_article_new (text, NULL, "article.txt"));
      segment = g_get_monotonic_time () - start;
      sentences += plx_article_get_n_sentences (g_ptr_array_index (articles, k));
    }

  start = g_get_monotonic_time ();
  for (guint k = 0; k < n_articles; k++)
    g_object_unref (plx_article_new (plx_article_get_text (g_ptr_array_index (articles, k)),
                                     NULL, "again.txt"));
  segment = g_get_monotonic_time () - start;

  collation = plx_collation_new ((PlxArticle *const *) articles->pdata, n_articles);
  plx_collation_set_language (collation, "en");
  if (!plx_collation_run (collation, NULL, &error))
    {
      g_printerr ("collation-bench: %s\n", error->message);
      exit (1);
    }
  core_peak = peak_rss_kib ();

  start = g_get_monotonic_time ();
  json = plx_report_json_collation (collation);
  report = g_get_monotonic_time () - start;

  printf ("%3u %7u %8u %6.1f %8.1f %9.1f %9.1f %8.1f %8ld %8ld %7u\n", n_articles, n,
          sentences, bytes / 1e6, ms (segment), ms (plx_collation_get_time (collation)),
          ms (segment + plx_collation_get_time (collation)), ms (report), core_peak / 1024,
          peak_rss_kib () / 1024, plx_collation_get_n_units (collation));
}

/* The core time of collating the files @paths: best of five runs. */
static int
run_files (char **paths,
           guint  n)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 best = G_MAXINT64;
  guint units = 0;

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[k]);
      g_autoptr(GError) error = NULL;
      PlxArticle *article = plx_article_new_from_file (file, NULL, &error);

      if (article == NULL)
        {
          g_printerr ("collation-bench: %s\n", error->message);
          return 2;
        }
      g_ptr_array_add (articles, article);
    }

  for (guint run = 0; run < 5; run++)
    {
      g_autoptr(PlxCollation) collation = plx_collation_new ((PlxArticle *const *) articles->pdata,
                                                             n);
      gint64 start = g_get_monotonic_time ();

      plx_collation_set_language (collation, "en");
      if (!plx_collation_run (collation, NULL, NULL))
        return 1;
      best = MIN (best, g_get_monotonic_time () - start);
      units = plx_collation_get_n_units (collation);
    }
  printf ("%.1f ms core time (best of 5), %u units\n", ms (best), units);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) pairs = NULL;
  const char *default_sizes[] = { "2x1000", "3x1000", "4x1000", "8x1000", "12x1000",
                                  "2x10000", "3x10000", "4x10000", "8x10000", "12x10000",
                                  NULL };
  const char **sizes = default_sizes;

  if (argc < 2)
    {
      g_printerr ("Usage: %s MSRP_FILE [NxSIZE...]\n", argv[0]);
      return 2;
    }
  if (g_str_equal (argv[1], "--files"))
    {
      if (argc - 2 < PLX_COLLATION_MIN_ARTICLES || argc - 2 > PLX_COLLATION_MAX_ARTICLES)
        {
          g_printerr ("collation-bench: --files takes 2 to 12 files\n");
          return 2;
        }
      return run_files (argv + 2, argc - 2);
    }

  /* A child run: one size, one line. */
  if (argc == 5 && g_str_equal (argv[2], "--one"))
    {
      pairs = bench_read_pairs (argv[1]);
      run_size (pairs, atoi (argv[3]), atoi (argv[4]));
      return 0;
    }

  if (argc > 2)
    sizes = (const char **) argv + 2;

  printf ("%3s %7s %8s %6s %8s %9s %9s %8s %8s %8s %7s\n", "N", "length", "total", "MB",
          "segment", "collate", "core ms", "json ms", "core MB", "peak MB", "units");
  fflush (stdout);

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (sizes[i], "x", 2);
      const char *child[] = { argv[0], argv[1], "--one", parts[0], parts[1], NULL };
      g_autoptr(GError) error = NULL;
      guint n_articles = parts[1] != NULL ? atoi (parts[0]) : 0;

      if (n_articles < PLX_COLLATION_MIN_ARTICLES || n_articles > PLX_COLLATION_MAX_ARTICLES)
        {
          g_printerr ("collation-bench: “%s” is not NxSIZE with N from 2 to 12\n", sizes[i]);
          return 2;
        }
      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         NULL, NULL, NULL, &error))
        {
          g_printerr ("collation-bench: %s\n", error->message);
          return 1;
        }
    }

  return 0;
}
