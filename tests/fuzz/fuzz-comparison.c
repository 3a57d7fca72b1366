/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison of two articles, as `parallax compare` runs it: the input
 * is split at the first "\n=====\n" (or in the middle when there is none),
 * both halves are read as articles, compared synchronously, and the JSON
 * report is written to memory. The first byte picks each side's format
 * (text, Markdown or HTML; PDF has its own target). The report must be
 * valid UTF-8 and valid JSON. */

/* memmem () */
#define _GNU_SOURCE

#include "config.h"

#include <json-glib/json-glib.h>

#include "fuzz-common.h"
#include "plx-comparison.h"
#include "plx-report.h"

#define SEPARATOR "\n=====\n"

static const char *const names[] = { "a.txt", "a.md", "a.html", "b.txt", "b.md", "b.html" };

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

static PlxArticle *
article_new (const uint8_t *data,
             size_t         size,
             const char    *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  return plx_article_new_from_bytes (bytes, name, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GBytes) report = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  const uint8_t *separator;
  size_t a_size;
  size_t b_start;
  gsize length;
  const char *json;

  if (size < 1)
    return 0;

  separator = memmem (data + 1, size - 1, SEPARATOR, strlen (SEPARATOR));
  if (separator != NULL)
    {
      a_size = separator - (data + 1);
      b_start = a_size + 1 + strlen (SEPARATOR);
    }
  else
    {
      a_size = (size - 1) / 2;
      b_start = 1 + a_size;
    }

  a = article_new (data + 1, a_size, names[data[0] % 3]);
  b = article_new (data + b_start, size - b_start, names[3 + (data[0] / 3) % 3]);
  if (a == NULL || b == NULL)
    return 0;

  comparison = plx_comparison_new (a, b);
  if (!plx_comparison_run (comparison, NULL, &error))
    return 0;

  report = plx_report_comparison (comparison, PLX_REPORT_JSON, &error);
  if (report == NULL)
    abort ();
  json = g_bytes_get_data (report, &length);
  if (!g_utf8_validate (json, length, NULL))
    abort ();
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, length, NULL))
    abort ();

  return 0;
}
