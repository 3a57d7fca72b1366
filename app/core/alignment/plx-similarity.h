/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-tokens.h"

G_BEGIN_DECLS

typedef struct
{
  guint   stem;
  guint16 norm_len;
  guint8  is_name;
  guint8  is_frame;
  float   weight;
} PlxTerm;

/**
 * PlxBag:
 * @terms: content words (no stopwords), sorted by stem, each once
 * @n_terms: the number of terms
 * @total: the sum of their weights
 * @heading: whether the sentence is a title or heading
 * @unit: the weight of a word that each of two articles has once, which
 *   grows with the articles' length; shared weight is counted in it
 *
 * What a sentence (or a group of sentences) says, as weighted stems.
 */
typedef struct
{
  PlxTerm *terms;
  guint    n_terms;
  float    total;
  gboolean heading;
  float    unit;
} PlxBag;

/**
 * PlxMatch:
 *
 * How two bags overlap: @similarity is the weighted Dice coefficient
 * (shared weight over all weight); @cover_a and @cover_b are the shares of
 * each side's weight found in the other; @shared_terms counts the content
 * words they share (names spelt alike included, frame words such as
 * reporting verbs not), and @shared_mass is the weight of those words (the
 * lighter side's), in units of a word that each article has once
 * (PlxBag.unit), so that it means the same in short and long articles.
 */
typedef struct
{
  double similarity;
  double cover_a;
  double cover_b;
  guint  shared_terms;
  double shared_mass;
} PlxMatch;

typedef struct _PlxIdf PlxIdf;

PlxIdf  *plx_idf_new           (guint vocabulary_size);
void     plx_idf_add_sentence  (PlxIdf         *self,
                                const PlxToken *tokens,
                                guint           n_tokens);
void     plx_idf_finish        (PlxIdf *self);
float    plx_idf_get           (PlxIdf *self,
                                guint   stem);
guint    plx_idf_get_df        (PlxIdf *self,
                                guint   stem);
void     plx_idf_free          (PlxIdf *self);

void     plx_bag_init          (PlxBag         *bag,
                                const PlxToken *tokens,
                                guint           n_tokens,
                                PlxIdf         *idf);
void     plx_bag_init_union    (PlxBag       *bag,
                                const PlxBag *bags,
                                guint         n_bags);
void     plx_bag_clear         (PlxBag *bag);
PlxMatch plx_bag_match         (const PlxBag  *a,
                                const PlxBag  *b,
                                PlxVocabulary *vocabulary);
double   plx_string_similarity (const char *a,
                                const char *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxIdf, plx_idf_free)

G_END_DECLS
