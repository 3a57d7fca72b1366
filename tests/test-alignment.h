/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-aligner.h"
#include "plx-classifier.h"
#include "plx-lexicon.h"

G_BEGIN_DECLS

/* Two articles given as their sentences, taken through the stages a
 * comparison runs (tokens, word rarity across both, bags, aligner), without
 * the segmenter in between, so that a test says exactly which sentences
 * each side has. */
typedef struct
{
  PlxLexicon    *lexicon;
  PlxVocabulary *vocabulary;
  PlxIdf        *idf;
  GPtrArray     *tokens[2]; /* per sentence, a GArray of PlxToken */
  PlxBag        *bags[2];
  guint          n[2];
  GArray        *links;
} PlxTestAlignment;

PlxTestAlignment *plx_test_alignment_new      (const char *const *a,
                                               const char *const *b,
                                               double             sensitivity);
void              plx_test_alignment_free     (PlxTestAlignment *self);
GArray           *plx_test_alignment_tokens   (PlxTestAlignment *self,
                                               guint             side,
                                               guint             start,
                                               guint             end);
PlxLinkKind       plx_test_alignment_classify (PlxTestAlignment *self,
                                               const PlxLink    *link);
char             *plx_test_alignment_describe (PlxTestAlignment *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxTestAlignment, plx_test_alignment_free)

G_END_DECLS
