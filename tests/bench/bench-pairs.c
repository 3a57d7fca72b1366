/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>

#include "bench-pairs.h"

GPtrArray *
bench_read_pairs (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *pairs = g_ptr_array_new ();

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      exit (2);
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      SentencePair *pair;

      if (g_strv_length (fields) != 5)
        continue;
      pair = g_new (SentencePair, 1);
      pair->first = g_strdup (g_strstrip (fields[3]));
      pair->second = g_strdup (g_strstrip (fields[4]));
      g_ptr_array_add (pairs, pair);
    }

  return pairs;
}

/* A copy of @sentence without its @k-th word: a light edit. */
char *
bench_drop_word (const char *sentence,
                 guint       k)
{
  g_auto(GStrv) words = g_strsplit (sentence, " ", -1);
  guint n = g_strv_length (words);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (n > 4 && i == 1 + k % (n - 2))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_string_free (out, FALSE);
}
