/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-notes.h"

G_BEGIN_DECLS

/* Characters and bytes of an article, and the span a claim covers
 * (plx-notes-anchor.c), for the list (plx-notes.c). */
const PlxSentence *plx_notes_sentence_before (PlxArticle     *article,
                                              guint           offset,
                                              gboolean        bytes);
gsize              plx_notes_char_to_byte    (PlxArticle     *article,
                                              guint           offset);
guint              plx_notes_byte_to_char    (PlxArticle     *article,
                                              gsize           offset);
char              *plx_notes_dup_span        (PlxArticle     *article,
                                              guint           start,
                                              guint           end);
void               plx_notes_claim_span      (const PlxClaim *claim,
                                              guint          *start,
                                              guint          *end);

G_END_DECLS
