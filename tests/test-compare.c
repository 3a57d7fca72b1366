/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Comparisons the report and key-difference tests start from: two texts
 * in English, or the bundled sample pair (data/sample). */

#include "config.h"

#include "test-compare.h"

/* A comparison of @a and @b, run; @title_a may name article A. */
PlxComparison *
plx_test_compare_texts (const char *a,
                        const char *b,
                        const char *title_a)
{
  g_autoptr(PlxArticle) article_a = plx_article_new (a, title_a, "a.txt");
  g_autoptr(PlxArticle) article_b = plx_article_new (b, NULL, "b.txt");
  PlxComparison *comparison = plx_comparison_new (article_a, article_b);
  g_autoptr(GError) error = NULL;

  plx_comparison_set_language (comparison, "en");
  g_assert_true (plx_comparison_run (comparison, NULL, &error));
  g_assert_no_error (error);

  return comparison;
}

/* The sample pair the application opens with --sample, run. */
PlxComparison *
plx_test_compare_sample (void)
{
  g_autofree char *path_a = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                   "kremlin-a.txt", NULL);
  g_autofree char *path_b = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                   "kremlin-b.txt", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (g_file_get_contents (path_a, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (path_b, &b, NULL, NULL));

  return plx_test_compare_texts (a, b, NULL);
}
