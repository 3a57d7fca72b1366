/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Prints the classifier features of every link between two articles, one
 * link a line: A sentences, B sentences, then the features, tab-separated.
 * build-aux/train-classifier.py reads it to fit the link classifier.
 * Usage: link-features ARTICLE_A ARTICLE_B */

#include "config.h"

#include <stdio.h>

#include "plx-classifier.h"
#include "plx-comparison.h"

static void
print_range (guint start,
             guint end)
{
  for (guint i = start; i < end; i++)
    printf ("%s%u", i > start ? "," : "", i);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  PlxArticle *articles[2] = { NULL, NULL };
  g_autoptr(PlxComparison) comparison = NULL;

  if (argc != 3)
    {
      g_printerr ("Usage: %s ARTICLE_A ARTICLE_B\n", argv[0]);
      return 2;
    }

  for (guint side = 0; side < 2; side++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[side + 1]);

      articles[side] = plx_article_new_from_file (file, NULL, &error);
      if (articles[side] == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }

  comparison = plx_comparison_new (articles[0], articles[1]);
  g_object_unref (articles[0]);
  g_object_unref (articles[1]);
  if (!plx_comparison_run (comparison, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      double features[PLX_N_LINK_FEATURES];
      guint n_a, n_b;
      const PlxToken *a = plx_comparison_get_tokens (comparison, PLX_SIDE_A, link->a_start,
                                                     link->a_end, &n_a);
      const PlxToken *b = plx_comparison_get_tokens (comparison, PLX_SIDE_B, link->b_start,
                                                     link->b_end, &n_b);

      plx_link_features (link, a, n_a, b, n_b, plx_comparison_get_link_diff (comparison, k),
                         features);
      print_range (link->a_start, link->a_end);
      printf ("\t");
      print_range (link->b_start, link->b_end);
      printf ("\t%s", plx_link_kind_to_string (link->kind));
      for (guint f = 0; f < PLX_N_LINK_FEATURES; f++)
        printf ("\t%.4f", features[f]);
      printf ("\n");
    }

  return 0;
}
