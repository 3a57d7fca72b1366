/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-document.h"

G_BEGIN_DECLS

/* plx_document_new_from_bytes() in @format, or the guessed format when it
 * is negative. For fetched pages, in plx-document.c. */
PlxDocument *plx_document_new_from_bytes_as (GBytes     *bytes,
                                             const char *name,
                                             int         format,
                                             GError    **error);

/* Fills self->text, self->title and self->headings from @data in
 * self->format. Dispatches per format in plx-document-formats.c. */
gboolean plx_document_extract (PlxDocument  *self,
                               const guint8 *data,
                               gsize         length,
                               const char   *name,
                               GError      **error);

/* The per-format readers behind plx_document_extract(), one file each:
 * plx-document-markdown.c, plx-document-html.c and plx-document-pdf.c. */
gboolean plx_document_extract_markdown (PlxDocument  *self,
                                        const guint8 *data,
                                        gsize         length,
                                        const char   *name,
                                        GError      **error);
gboolean plx_document_extract_html     (PlxDocument  *self,
                                        const guint8 *data,
                                        gsize         length,
                                        const char   *name,
                                        GError      **error);
gboolean plx_document_extract_pdf      (PlxDocument  *self,
                                        const guint8 *data,
                                        gsize         length,
                                        const char   *name,
                                        GError      **error);

/* The inline spans of one Markdown line or paragraph as plain text: the
 * words stay, the syntax goes. In plx-document-markdown-inline.c. */
char *plx_document_markdown_inline (const char *text);

/* Text builder, in plx-document-formats.c
 *
 * Markdown and HTML both produce text a piece at a time with white space
 * that does not count (HTML collapses it, Markdown wraps freely). The
 * builder only writes white space and line breaks when a visible character
 * follows, so neither format ever leaves trailing blanks, leading empty lines
 * or runs of empty lines. Headings are kept as byte ranges while the text
 * grows and turned into character offsets once at the end. */

typedef struct
{
  GString *text;
  GArray  *spans;         /* PlxSpan in bytes */
  guint    pending_break; /* newlines owed before the next character: 0 to 2 */
  gboolean pending_space;
  gboolean in_heading;
  gssize   heading_start; /* byte offset, or -1 before the heading's first character */
} PlxTextBuilder;

void  plx_text_builder_init          (PlxTextBuilder *b);
void  plx_text_builder_clear         (PlxTextBuilder *b);
void  plx_text_builder_break         (PlxTextBuilder *b,
                                      guint           newlines);
void  plx_text_builder_space         (PlxTextBuilder *b);
void  plx_text_builder_text          (PlxTextBuilder *b,
                                      const char     *text,
                                      gssize          length);
void  plx_text_builder_begin_heading (PlxTextBuilder *b);
char *plx_text_builder_end_heading   (PlxTextBuilder *b);
void  plx_text_builder_finish        (PlxTextBuilder *b,
                                      PlxDocument    *self);

/* In plx-document.c: plx_document_decode_text() for text that is UTF-8
 * already (@checked: validated too). */
char *plx_document_decode_utf8 (const char *utf8,
                                gsize       utf8_length,
                                const char *name,
                                gboolean    checked,
                                GError    **error);

/* Shared helpers, in plx-document-formats.c */
char       *plx_text_collapse_whitespace (const char *text);
const char *plx_text_skip_blanks         (const char *p);

G_END_DECLS
