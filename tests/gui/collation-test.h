/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the widget tests of three or more articles share: four versions of
 * one story (tests/data/council) opened together in a window at 1280 ×
 * 800, and ways to name their articles, sentences and story units. */

#pragma once

#include <string.h>

#include "gui-test.h"
#include "plx-collation-claims.h"
#include "plx-coverage-view.h"

static PlxApplication *app;

static const char *const council[] = { "herald.txt", "tribune.txt", "gazette.txt",
                                       "courier.txt" };

typedef struct
{
  PlxWindow       *window;
  PlxCoverageView *coverage;
} Fixture;

static inline gboolean
collated (gpointer window)
{
  PlxCollation *collation = plx_window_get_collation (window);

  return collation != NULL && plx_collation_is_done (collation) &&
         plx_test_window_compared (window);
}

static inline void
open_council (Fixture *fixture,
              guint    n)
{
  GFile *files[G_N_ELEMENTS (council)];

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council", council[i],
                                                     NULL);

      files[i] = g_file_new_for_path (path);
    }
  plx_window_open_files (fixture->window, files, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (files[i]);
  plx_test_wait_until (n >= 3 ? collated : plx_test_window_compared, fixture->window);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  fixture->coverage = PLX_COVERAGE_VIEW (
    plx_test_find_widget (GTK_WIDGET (fixture->window), PLX_TYPE_COVERAGE_VIEW, NULL, NULL));
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static inline void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->window = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  open_council (fixture, GPOINTER_TO_UINT (data));
}

static inline void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
}

static inline const char *
page_of (PlxWindow *window)
{
  return gtk_stack_get_visible_child_name (plx_test_find_main_stack (window));
}

static inline guint
sentence_starting (PlxArticle *article,
                   const char *prefix)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  for (guint i = 0; i < n; i++)
    if (strncmp (plx_article_get_text (article) + sentences[i].byte_start, prefix,
                 strlen (prefix)) == 0)
      return i;

  g_error ("no sentence starts with “%s”", prefix);
  return 0;
}

/* The article of the collation whose file is @name. */
static inline guint
article_named (PlxCollation *collation,
               const char   *name)
{
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (g_str_has_suffix (plx_article_get_source (plx_collation_get_article (collation, k)), name))
      return k;

  g_error ("no article %s", name);
  return 0;
}

/* The story unit of the sentence of @article that starts with @prefix. */
static inline guint
unit_of (PlxCollation *collation,
         guint         article,
         const char   *prefix)
{
  guint sentence = sentence_starting (plx_collation_get_article (collation, article), prefix);
  int unit = plx_collation_find_unit (collation, article, sentence);

  g_assert_cmpint (unit, >=, 0);
  return (guint) unit;
}

static inline gboolean
label_is (GtkWidget    *widget,
          gconstpointer text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

