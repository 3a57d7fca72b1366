/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Time to take the article and the metadata out of a 2 MB web page
 * (docs/benchmarks.md; the aim is under 50 ms). The page is built here:
 * a masthead, a long story in a <div> with headings, quotations and
 * lists, teasers, a comment thread, JSON-LD and the script a news page
 * carries. Pages given on the command line are timed instead. Each is
 * read 7 times, then 7 times more with the document freed at once.
 *
 * Usage: html-bench [PAGE.html...] */

#include "config.h"

#include <stdio.h>

#include "plx-document.h"

#define PAGE_BYTES (2 * 1024 * 1024)
#define RUNS 7

static GBytes *
build_page (void)
{
  GString *page = g_string_new ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                "<title>Council closes bridge | Harbour Times</title>"
                                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                                "\"headline\":\"Council closes bridge\",\"author\":{\"name\":"
                                "\"Lena Ortiz\"},\"datePublished\":\"2026-03-03\"}</script>"
                                "</head><body><div class=\"top\"><ul>");

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (page, "<li><a href=\"/s%u\">Section %u</a></li>", i, i);
  g_string_append (page, "</ul></div><div class=\"wrap\"><div class=\"story-body\">");
  for (guint i = 0; page->len < PAGE_BYTES / 2; i++)
    {
      g_string_append_printf (page, "<h2>Part %u</h2>", i);
      g_string_append (page, "<p>The city council voted on Tuesday to close the old harbour "
                             "bridge to cars, after engineers found cracks in two of its four "
                             "<a href=\"/steel\">steel supports</a>, a decision that will "
                             "reroute about 20,000 vehicles a day.</p><blockquote><p>We cannot "
                             "wait for a collapse to act.</p></blockquote><ul><li>Buses take "
                             "the ring road.</li><li>Cyclists may still cross.</li></ul>");
    }
  g_string_append (page, "</div><div id=\"comments\">");
  while (page->len < PAGE_BYTES - 4096)
    g_string_append (page, "<div class=\"comment\"><span class=\"who\">reader</span><p>Finally, "
                           "this bridge has been a danger for years, and I am glad.</p>"
                           "<a href=\"#reply\">Reply</a></div><article><h3><a href=\"/t\">"
                           "Ferry fares rise</a></h3></article>");
  g_string_append (page, "</div></div><script>var pad = 1;</script></body></html>");

  return g_string_free_to_bytes (page);
}

/* Reads @bytes RUNS times and sorts the times into @times; with
 * @free_at_once, a time includes freeing the document right after the
 * read. Returns the article's length in characters, 0 on an error. */
static gsize
time_reads (GBytes     *bytes,
            const char *name,
            gboolean    free_at_once,
            double     *times)
{
  gsize chars = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PlxDocument) doc = plx_document_new_from_bytes (bytes, name, &error);

      if (doc != NULL && free_at_once)
        {
          g_clear_pointer (&doc, plx_document_free);
          times[run] = (g_get_monotonic_time () - start) / 1000.0;
          continue;
        }
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      if (doc == NULL)
        {
          g_printerr ("html-bench: %s\n", error->message);
          return 0;
        }
      chars = g_utf8_strlen (doc->text, -1);
    }
  for (guint i = 1; i < RUNS; i++)
    for (guint j = i; j > 0 && times[j] < times[j - 1]; j--)
      {
        double t = times[j];

        times[j] = times[j - 1];
        times[j - 1] = t;
      }

  return chars;
}

/* The read alone, then the read with the document freed at once: the
 * page's parsed tree is freed on a thread of its own, and what the
 * allocator then owes (sorting the freed nodes back into its bins) falls
 * on the next large allocation or free, here the document's own. */
static void
time_page (GBytes     *bytes,
           const char *name)
{
  double times[RUNS];
  double freed[RUNS];
  gsize chars = time_reads (bytes, name, FALSE, times);

  if (chars == 0)
    return;
  time_reads (bytes, name, TRUE, freed);
  printf ("%s: %.1f MB, article %zu characters, median %.1f ms, best %.1f ms; "
          "freed at once: median %.1f ms, best %.1f ms\n",
          name, g_bytes_get_size (bytes) / 1048576.0, chars, times[RUNS / 2], times[0],
          freed[RUNS / 2], freed[0]);
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      g_autoptr(GBytes) page = build_page ();

      time_page (page, "built.html");
      return 0;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

      if (bytes == NULL)
        {
          g_printerr ("html-bench: %s\n", error->message);
          return 1;
        }
      time_page (bytes, argv[i]);
    }

  return 0;
}
