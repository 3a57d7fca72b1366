/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The classifier names what kind of link the aligner made: the same words
 * (identical), the same content in other words (paraphrase), or related
 * sentences where one says more or something else (partial). Each case is
 * a pair of one-sentence articles, aligned and classified as a comparison
 * does. */

#include "config.h"

#include "plx-diff.h"
#include "test-alignment.h"

typedef struct
{
  const char *name;
  const char *a;
  const char *b;
  PlxLinkKind kind;
} ClassifyCase;

#define TRAM "The city council approved a 1.2 billion euro tram line on Tuesday."
#define COST "Opposition councillors warned that the cost could still rise sharply."

static const ClassifyCase cases[] = {
  /* Case, punctuation and quote marks do not make a difference. */
  { "identical", TRAM, TRAM, PLX_LINK_IDENTICAL },
  { "identical-case-punctuation",
    "Mayor Anna Keller said the vote was “a turning point.”",
    "mayor anna keller said the vote was \"a turning point\"", PLX_LINK_IDENTICAL },
  /* The same statement, reordered or in other words. */
  { "paraphrase-reordered", COST,
    "The cost could still rise sharply, opposition councillors warned.", PLX_LINK_PARAPHRASE },
  { "paraphrase-reworded", TRAM,
    "On Tuesday the council of the city backed a tram line costing 1.2 billion euros.",
    PLX_LINK_PARAPHRASE },
  /* One side leaves out most of what the other says. */
  { "partial-contained", TRAM, "The council approved the line on Tuesday.", PLX_LINK_PARTIAL },
  { "partial-overlap", TRAM, "Councillors backed the tram line after a long debate on Tuesday.",
    PLX_LINK_PARTIAL },
};

static PlxLinkKind
classify (PlxTestAlignment *alignment,
          double           *features)
{
  const PlxLink *link;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(GArray) diff = NULL;

  g_assert_cmpuint (alignment->links->len, ==, 1);
  link = &g_array_index (alignment->links, PlxLink, 0);
  a = plx_test_alignment_tokens (alignment, 0, 0, 1);
  b = plx_test_alignment_tokens (alignment, 1, 0, 1);
  diff = plx_diff_tokens ((const PlxToken *) a->data, a->len, (const PlxToken *) b->data, b->len);
  plx_link_features (link, (const PlxToken *) a->data, a->len, (const PlxToken *) b->data, b->len,
                     diff, features);

  return plx_test_alignment_classify (alignment, link);
}

static void
test_case (gconstpointer data)
{
  const ClassifyCase *c = data;
  const char *a[] = { c->a, NULL };
  const char *b[] = { c->b, NULL };
  g_autoptr(PlxTestAlignment) alignment = plx_test_alignment_new (a, b, 0.5);
  double features[PLX_N_LINK_FEATURES];
  PlxLinkKind kind = classify (alignment, features);
  PlxLinkKind swapped_kind;

  g_test_message ("%s: %s (score %.2f, similarity %.2f)", c->name, plx_link_kind_to_string (kind),
                  features[0], features[1]);
  g_assert_cmpstr (plx_link_kind_to_string (kind), ==, plx_link_kind_to_string (c->kind));

  /* Shares and ratios stay within 0 and 1. */
  for (guint k = 0; k < PLX_N_LINK_FEATURES; k++)
    if (k != 7 && k != 8 && k != 9)
      {
        g_assert_cmpfloat (features[k], >=, 0.0);
        g_assert_cmpfloat (features[k], <=, 1.0 + 1e-6);
      }

  /* Which article is A does not change the kind. */
  {
    g_autoptr(PlxTestAlignment) swapped = plx_test_alignment_new (b, a, 0.5);

    swapped_kind = classify (swapped, features);
    g_assert_cmpstr (plx_link_kind_to_string (swapped_kind), ==, plx_link_kind_to_string (kind));
  }
}

/* A paraphrase keeps more of both sentences than a partial match: the
 * features the classifier weighs say so, not only its verdict. */
static void
test_paraphrase_above_partial (void)
{
  const char *tram[] = { TRAM, NULL };
  const char *paraphrase[] = { cases[3].b, NULL };
  const char *partial[] = { cases[4].b, NULL };
  g_autoptr(PlxTestAlignment) para = plx_test_alignment_new (tram, paraphrase, 0.5);
  g_autoptr(PlxTestAlignment) part = plx_test_alignment_new (tram, partial, 0.5);
  double para_features[PLX_N_LINK_FEATURES];
  double part_features[PLX_N_LINK_FEATURES];

  g_assert_cmpint (classify (para, para_features), ==, PLX_LINK_PARAPHRASE);
  g_assert_cmpint (classify (part, part_features), ==, PLX_LINK_PARTIAL);

  /* The smaller side's share found in the other, and the length ratio. */
  g_assert_cmpfloat (para_features[2], >, part_features[2]);
  g_assert_cmpfloat (para_features[6], >, part_features[6]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/classifier/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/core/classifier/paraphrase-above-partial", test_paraphrase_above_partial);

  return g_test_run ();
}
