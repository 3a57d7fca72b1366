/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-key-differences.h"

G_BEGIN_DECLS

/* What the sources of key differences share (plx-key-differences.c): a new
 * item of a kind at its weight, and places set from bytes or characters of
 * one sentence. */
typedef struct _PlxToldIndex PlxToldIndex;

PlxToldIndex     *plx_told_index_new           (PlxComparison  *comparison,
                                                PlxSide         side);
void              plx_told_index_free          (PlxToldIndex   *self);
gboolean          plx_told_index_tells         (PlxToldIndex   *self,
                                                PlxComparison  *comparison,
                                                PlxSide         side,
                                                const PlxClaim *claim);

PlxKeyDifference *plx_key_differences_add_item (GArray    *items,
                                                PlxKeyKind kind);
void              plx_key_place_set_bytes      (PlxKeyPlace *place,
                                                PlxArticle  *article,
                                                guint        sentence,
                                                gsize        start,
                                                gsize        end);
void              plx_key_place_set_chars      (PlxKeyPlace *place,
                                                PlxArticle  *article,
                                                guint        sentence,
                                                PlxSpan      span);
int               plx_key_sentence_at_char     (PlxArticle *article,
                                                guint       offset);
guint             plx_key_sentence_at_byte     (PlxArticle *article,
                                                guint       first,
                                                guint       end,
                                                gsize       offset);

/* plx-key-differences-words.c: one link and its tokens on both sides */
typedef struct
{
  PlxComparison  *comparison;
  const PlxLink  *link;
  GArray         *diff;
  const PlxToken *tokens[2];
  guint           n[2];
  const char     *text[2];
} LinkView;

void              plx_key_edit_range           (const PlxDiffEdit *edit,
                                                PlxSide            side,
                                                guint             *start,
                                                guint             *end);
guint             plx_key_link_first           (const PlxLink *link,
                                                PlxSide        side);
guint             plx_key_link_end             (const PlxLink *link,
                                                PlxSide        side);
void              plx_key_place_set_tokens     (PlxKeyPlace    *place,
                                                const LinkView *view,
                                                PlxSide         side,
                                                guint           start,
                                                guint           end);

/* plx-key-differences-loaded.c */
GArray           *plx_key_differences_dup_loaded_spans (PlxComparison *comparison,
                                                        PlxSide        side);
gboolean          plx_key_words_are_variants           (const char *a,
                                                        const char *b);

static inline gboolean
plx_key_span_is_empty (PlxSpan span)
{
  return span.end <= span.start;
}

G_END_DECLS
