/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Files larger than this are refused with PLX_ERROR_TOO_LARGE: a book-sized
 * article is a few megabytes, and a 100 MB file is almost certainly not an
 * article. */
#define PLX_DOCUMENT_MAX_BYTES (64 * 1024 * 1024)

typedef enum
{
  PLX_FORMAT_TEXT,
  PLX_FORMAT_MARKDOWN,
  PLX_FORMAT_HTML,
  PLX_FORMAT_PDF,
} PlxFormat;

typedef struct
{
  guint start;
  guint end;
} PlxSpan;

/**
 * PlxDocument:
 * @text: the article text as loaded: UTF-8, line ends normalised to `\n`
 * @title: (nullable): a title found in markup (HTML `<title>`/`<h1>`), or %NULL
 * @format: the format the text was read from
 * @headings: #PlxSpan character ranges of @text known to be headings from
 *   markup; empty for plain text, where the segmenter finds them
 *
 * A decoded file: what the rest of the pipeline reads. Offsets everywhere in
 * Parallax are characters of @text.
 */
typedef struct
{
  char     *text;
  char     *title;
  PlxFormat format;
  GArray   *headings;
} PlxDocument;

PlxDocument *plx_document_new_from_bytes (GBytes     *bytes,
                                          const char *name,
                                          GError    **error);
PlxDocument *plx_document_new_from_file  (GFile        *file,
                                          GCancellable *cancellable,
                                          GError      **error);
void         plx_document_free           (PlxDocument *self);
char        *plx_document_decode_text    (const guint8 *data,
                                          gsize         length,
                                          const char   *name,
                                          GError      **error);
PlxFormat    plx_document_guess_format   (const char   *name,
                                          const guint8 *data,
                                          gsize         length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxDocument, plx_document_free)

G_END_DECLS
