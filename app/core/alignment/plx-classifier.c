/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Names the kind of a link: `identical` (the same words up to case and
 * punctuation), `paraphrase` (the same content in other words) or `partial`
 * (related, but one side says more or something else).
 *
 * Paraphrase against partial is a logistic regression over lexical features
 * of the link and its word-level diff. The weights were fitted on the
 * training split of the Microsoft Research Paraphrase Corpus by
 * build-aux/train-classifier.py, from the features that
 * tests/bench/link-features prints; re-run both after changing a feature. */

#include "config.h"

#include <math.h>

#include "plx-classifier.h"
#include "plx-diff.h"
#include "plx-lexicon.h"

/* Fitted weights: bias first, then one per feature, in the order of
 * plx_link_features(). */
static const double weights[PLX_N_LINK_FEATURES + 1] = {
  -6.0850, 1.3397, 1.0765, 1.5920, 0.5409, 1.2551, 1.0952,
  2.8130,  -0.2626, -0.3890, 0.6702, -3.5791, 1.8270,
};

static gboolean
same_words (const PlxToken *a,
            guint           n_a,
            const PlxToken *b,
            guint           n_b)
{
  if (n_a != n_b)
    return FALSE;

  for (guint k = 0; k < n_a; k++)
    if (a[k].norm != b[k].norm)
      return FALSE;

  return TRUE;
}

static guint
count_content (const PlxToken *tokens,
               guint           start,
               guint           end)
{
  guint n = 0;

  for (guint k = start; k < end; k++)
    n += !(tokens[k].flags & PLX_TOKEN_STOPWORD);

  return n;
}

/**
 * plx_link_features:
 * @features: (out caller-allocates): PLX_N_LINK_FEATURES values
 *
 * The lexical features the classifier reads: overlap and containment of
 * the two sides, shares of words kept, content words added or dropped,
 * changed numbers and negations, and the length ratio.
 */
void
plx_link_features (const PlxLink  *link,
                   const PlxToken *a,
                   guint           n_a,
                   const PlxToken *b,
                   guint           n_b,
                   GArray         *diff,
                   double         *features)
{
  guint equal_a = 0;
  guint equal_b = 0;
  guint numbers = 0;
  guint negations = 0;
  guint runs = 0;
  guint longest = 0;
  guint content_a = count_content (a, 0, n_a);
  guint content_b = count_content (b, 0, n_b);
  guint changed_content_a = 0;
  guint changed_content_b = 0;

  for (guint k = 0; k < diff->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (diff, PlxDiffEdit, k);

      if (edit->op == PLX_DIFF_EQUAL || edit->light)
        {
          equal_a += edit->a_end - edit->a_start;
          equal_b += edit->b_end - edit->b_start;
          continue;
        }

      runs++;
      longest = MAX (longest, MAX (edit->a_end - edit->a_start, edit->b_end - edit->b_start));
      numbers += (edit->tags & PLX_TAG_NUMBER) != 0;
      negations += (edit->tags & PLX_TAG_NEGATION) != 0;
      changed_content_a += count_content (a, edit->a_start, edit->a_end);
      changed_content_b += count_content (b, edit->b_start, edit->b_end);
    }

  features[0] = link->score;
  features[1] = link->similarity;
  features[2] = MIN (link->cover_a, link->cover_b);
  features[3] = MAX (link->cover_a, link->cover_b);
  features[4] = n_a > 0 ? (double) equal_a / n_a : 0;
  features[5] = n_b > 0 ? (double) equal_b / n_b : 0;
  features[6] = (double) MIN (n_a, n_b) / MAX (MAX (n_a, n_b), 1);
  features[7] = MIN (numbers, 3);
  features[8] = MIN (negations, 2);
  features[9] = (double) runs / MAX (n_a + n_b, 1) * 10;
  features[10] = (double) longest / MAX (MAX (n_a, n_b), 1);
  features[11] = (double) MAX (changed_content_a, changed_content_b) /
                 MAX (MAX (content_a, content_b), 1);
}

PlxLinkKind
plx_link_classify (const PlxLink  *link,
                   const PlxToken *a,
                   guint           n_a,
                   const PlxToken *b,
                   guint           n_b,
                   GArray         *diff)
{
  double features[PLX_N_LINK_FEATURES];
  double z = weights[0];

  if (same_words (a, n_a, b, n_b))
    return PLX_LINK_IDENTICAL;

  plx_link_features (link, a, n_a, b, n_b, diff, features);
  for (guint k = 0; k < PLX_N_LINK_FEATURES; k++)
    z += weights[k + 1] * features[k];

  return z >= 0 ? PLX_LINK_PARAPHRASE : PLX_LINK_PARTIAL;
}
