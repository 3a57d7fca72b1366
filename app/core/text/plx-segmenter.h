/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-document.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_SENTENCE_TITLE,
  PLX_SENTENCE_HEADING,
  PLX_SENTENCE_BODY,
} PlxSentenceKind;

/**
 * PlxSentence:
 * @start: first character, as an offset in characters into the article text
 * @end: one past the last character
 * @byte_start: the same position in bytes
 * @byte_end: the same position in bytes
 * @kind: title, heading or body
 *
 * A sentence is a span of the article text; it owns no text.
 */
typedef struct
{
  guint           start;
  guint           end;
  gsize           byte_start;
  gsize           byte_end;
  PlxSentenceKind kind;
} PlxSentence;

GArray     *plx_segment                 (const char    *text,
                                         const PlxSpan *headings,
                                         guint          n_headings);
char       *plx_sentence_dup_text       (const PlxSentence *sentence,
                                         const char        *text);
const char *plx_sentence_kind_to_string (PlxSentenceKind kind);
glong       plx_utf8_count              (const char *text,
                                         gsize       n_bytes);

G_END_DECLS
