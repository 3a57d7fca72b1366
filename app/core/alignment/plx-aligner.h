/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-similarity.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_LINK_IDENTICAL,
  PLX_LINK_PARAPHRASE,
  PLX_LINK_PARTIAL,
} PlxLinkKind;

/**
 * PlxLink:
 * @a_start: first linked sentence of article A
 * @a_end: one past the last
 * @b_start: first linked sentence of article B
 * @b_end: one past the last
 * @score: how strongly the two groups belong together (overlap or containment)
 * @similarity: the weighted overlap of the two groups
 * @cover_a: share of A's content found in B
 * @cover_b: share of B's content found in A
 * @kind: how much the two sides share
 * @moved: whether the link lies off the order-preserving path
 * @manual: whether a person made the link
 *
 * Sentences in a link are consecutive on each side: splits and merges.
 */
typedef struct
{
  guint       a_start;
  guint       a_end;
  guint       b_start;
  guint       b_end;
  double      score;
  double      similarity;
  double      cover_a;
  double      cover_b;
  PlxLinkKind kind;
  gboolean    moved;
  gboolean    manual;
} PlxLink;

/**
 * PlxAlignOptions:
 * @sensitivity: 0 (only clear matches) to 1 (any related sentence); 0.5 is
 *   the tuned default
 */
typedef struct
{
  double sensitivity;
} PlxAlignOptions;

#define PLX_ALIGN_OPTIONS_INIT { 0.5 }

double      plx_link_score            (const PlxMatch        *match);
GArray     *plx_align                 (const PlxBag          *a,
                                       guint                  n_a,
                                       const PlxBag          *b,
                                       guint                  n_b,
                                       PlxVocabulary         *vocabulary,
                                       const PlxAlignOptions *options);
const char *plx_link_kind_to_string   (PlxLinkKind kind);

G_END_DECLS
