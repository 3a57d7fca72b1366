/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Scaling benchmark for inputs no real article has but any user can open:
 * one word of a megabyte, a megabyte of sentences on one line, and
 * Markdown whose brackets, fences or headings never end. Each kind and
 * size runs in a process of its own and prints the time to read the file,
 * compare it with the sample's B side, write the HTML and the PDF report,
 * and the peak memory. Time per kilobyte that stays flat as the size grows
 * is what "linear" means here.
 *
 * Usage: long-bench [KIND...]   (word line md-brackets md-links md-fences md-headings) */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "plx-comparison.h"
#include "plx-report-html.h"
#include "plx-report-pdf.h"

static const char *const kinds[] = {
  "word", "line", "md-brackets", "md-links", "md-fences", "md-headings", NULL,
};

static const guint sizes_kib[] = { 64, 256, 1024, 4096 };

/* Past this the PDF runs to thousands of pages: measured up to 1 MB. */
#define PDF_MAX_KIB 1024

static double
ms (gint64 us)
{
  return us / 1000.0;
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static char *
sample_text (const char *name)
{
  g_autofree char *path = g_build_filename (SAMPLE_DIR, name, NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_printerr ("long-bench: cannot read %s\n", path);
      exit (2);
    }

  return text;
}

static GString *
make_input (const char *kind,
            gsize       size)
{
  GString *out = g_string_sized_new (size + 128);

  if (g_str_equal (kind, "word"))
    {
      g_string_append (out, "The Kremlin denied that talks had taken place. ");
      for (guint32 i = 0, x = 1; out->len < size; i++)
        {
          x = x * 1103515245 + 12345;
          g_string_append_c (out, 'a' + (x >> 16) % 26);
        }
      g_string_append (out, " Officials declined to comment.\n");
    }
  else if (g_str_equal (kind, "line"))
    {
      g_autofree char *a = sample_text ("kremlin-a.txt");
      g_auto(GStrv) words = g_strsplit_set (a, " \n\t", -1);

      while (out->len < size)
        for (guint i = 0; words[i] != NULL && out->len < size; i++)
          if (words[i][0] != '\0')
            {
              if (out->len > 0)
                g_string_append_c (out, ' ');
              g_string_append (out, words[i]);
            }
      g_string_append_c (out, '\n');
    }
  else
    {
      const char *unit = g_str_equal (kind, "md-brackets") ? "[["
                         : g_str_equal (kind, "md-links")  ? "[x]("
                         : g_str_equal (kind, "md-fences") ? "~~~ a\n"
                                                           : NULL;

      g_string_append (out, "The Kremlin denied that talks had taken place.\n\n");
      for (guint i = 0; out->len < size; i++)
        {
          if (unit != NULL)
            g_string_append (out, unit);
          else
            g_string_append_printf (out, "# Part %u\n", i);
        }
      g_string_append_c (out, '\n');
    }

  return out;
}

static void
run_one (const char *kind,
         guint       kib)
{
  g_autoptr(GString) input = make_input (kind, (gsize) kib * 1024);
  g_autofree char *b_text = sample_text ("kremlin-b.txt");
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  gint64 start;
  gint64 read_time, compare_time, html_time;
  double pdf_ms = -1;

  start = g_get_monotonic_time ();
  a = plx_article_new_from_bytes (bytes, g_str_has_prefix (kind, "md-") ? "long.md" : "long.txt",
                                  &error);
  read_time = g_get_monotonic_time () - start;
  if (a == NULL)
    {
      g_printerr ("long-bench: %s\n", error->message);
      exit (1);
    }
  b = plx_article_new (b_text, NULL, "kremlin-b.txt");

  start = g_get_monotonic_time ();
  comparison = plx_comparison_new (a, b);
  plx_comparison_set_language (comparison, "en");
  if (!plx_comparison_run (comparison, NULL, &error))
    {
      g_printerr ("long-bench: %s\n", error->message);
      exit (1);
    }
  compare_time = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  html = plx_report_html_comparison (comparison);
  html_time = g_get_monotonic_time () - start;

  if (kib <= PDF_MAX_KIB)
    {
      g_autoptr(GBytes) pdf = NULL;

      start = g_get_monotonic_time ();
      pdf = plx_report_pdf_comparison (comparison, NULL);
      pdf_ms = ms (g_get_monotonic_time () - start);
    }

  printf ("%-12s %7u %9.1f %10.1f %8.1f %9.1f %9.2f %8ld\n", kind, kib, ms (read_time),
          ms (compare_time), ms (html_time), pdf_ms,
          pdf_ms >= 0 ? pdf_ms / kib : -1.0, peak_rss_kib () / 1024);
}

int
main (int   argc,
      char *argv[])
{
  const char *const *wanted = argc > 1 ? (const char *const *) argv + 1 : kinds;

  /* A child run: one kind, one size, one line. */
  if (argc == 4 && g_str_equal (argv[1], "--one"))
    {
      run_one (argv[2], atoi (argv[3]));
      return 0;
    }

  printf ("%-12s %7s %9s %10s %8s %9s %9s %8s\n", "input", "kB", "read ms", "compare ms",
          "html ms", "pdf ms", "pdf ms/kB", "peak MB");
  fflush (stdout);

  for (guint k = 0; wanted[k] != NULL; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes_kib); s++)
      {
        g_autofree char *size = g_strdup_printf ("%u", sizes_kib[s]);
        const char *child[] = { argv[0], "--one", wanted[k], size, NULL };
        g_autoptr(GError) error = NULL;

        if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                           NULL, NULL, NULL, &error))
          {
            g_printerr ("long-bench: %s\n", error->message);
            return 1;
          }
      }

  return 0;
}
