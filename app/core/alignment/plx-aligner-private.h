/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-aligner.h"

G_BEGIN_DECLS

/* The stages of plx_align(), one file each: candidates in
 * plx-aligner-candidates.c, the order-preserving path in
 * plx-aligner-path.c, splits and merges in
 * plx-aligner-groups.c. plx-aligner.c sets the thresholds, runs the stages
 * and adds the links off the path (moved sentences). */

/* A scored candidate pair: sentence @a of A with sentence @b of B. */
typedef struct
{
  guint    a;
  guint    b;
  double   score;
  double   similarity;
  double   cover_a;
  double   cover_b;
  guint    shared_terms;
  gboolean mixed; /* a heading with a body sentence: never linked */
} PlxAlignPair;

typedef struct
{
  const PlxBag          *a;
  guint                  n_a;
  const PlxBag          *b;
  guint                  n_b;
  PlxVocabulary         *vocabulary;

  /* thresholds derived from the sensitivity */
  double                 path_min;
  double                 weak_min;   /* a pair worth scoring, a plausible partner */
  double                 moved_min;
  double                 mutual_min;
  double                 extra_min;
  double                 cover_min;
  double                 orphan_min;
  double                 join_gain;

  /* Per sentence: whether it has no plausible partner among the unlinked
   * sentences of the other side (then it may join a neighbouring link on
   * weaker evidence). */
  guint8                *orphan_a;
  guint8                *orphan_b;

  GArray                *pairs; /* PlxAlignPair, in order of position */

  /* Per sentence: the best score of its candidate pairs (headings with
   * body sentences left out), and the next best (equal to the best when
   * two pairs share it). */
  double                *best_a;
  double                *best_b;
  double                *next_a;
  double                *next_b;
} PlxAligner;

/* plx-aligner-candidates.c */
void     plx_aligner_find_pairs    (PlxAligner *self);

/* plx-aligner-path.c */
void     plx_aligner_link_path     (PlxAligner *self,
                                    GArray     *links,
                                    guint8     *linked_a,
                                    guint8     *linked_b);
PlxLink  plx_aligner_pair_link     (const PlxAlignPair *pair);

/* plx-aligner-groups.c */
guint8  *plx_aligner_find_orphans  (PlxAligner   *self,
                                    gboolean      side_a,
                                    const guint8 *linked_a,
                                    const guint8 *linked_b);
void     plx_aligner_grow_link     (PlxAligner *self,
                                    PlxLink    *link,
                                    guint8     *linked_a,
                                    guint8     *linked_b);

G_END_DECLS
