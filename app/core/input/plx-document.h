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
 * PlxMetadata:
 * @headline: (nullable): the article's headline as its page names it
 * @site_name: (nullable): the outlet, as its page names itself
 * @authors: (array zero-terminated=1): the authors' names, never %NULL
 * @published: (nullable): when it was published, ISO 8601 as the page gives it
 * @modified: (nullable): when it was last updated, likewise
 * @url: (nullable): the page's canonical address
 * @language: (nullable): the language the page declares (BCP 47, "en-US")
 *
 * What a page says about its article: JSON-LD (NewsArticle and the other
 * Article types), Open Graph and other <meta> tags, <time> and bylines, in
 * that order of trust. Plain text, Markdown and PDF leave it empty.
 */
typedef struct
{
  char  *headline;
  char  *site_name;
  GStrv  authors;
  char  *published;
  char  *modified;
  char  *url;
  char  *language;
} PlxMetadata;

void         plx_metadata_clear          (PlxMetadata       *self);
void         plx_metadata_copy           (PlxMetadata       *dest,
                                          const PlxMetadata *src);
gboolean     plx_metadata_is_empty       (const PlxMetadata *self);

/**
 * PlxDocument:
 * @text: the article text as loaded: UTF-8, line ends normalised to `\n`
 * @title: (nullable): a title found in markup (HTML `<title>`/`<h1>`), or %NULL
 * @format: the format the text was read from
 * @headings: #PlxSpan character ranges of @text known to be headings from
 *   markup; empty for plain text, where the segmenter finds them
 * @metadata: what the page says about the article (HTML only)
 * @address: (nullable): the web address a fetched page came from, after
 *   redirects; %NULL for files
 * @retrieved: (nullable): when a fetched page was retrieved, ISO 8601 in
 *   UTC; %NULL for files
 * @access: what a web page asks before it shows its article, if anything
 *
 * A decoded file: what the rest of the pipeline reads. Offsets everywhere in
 * Parallax are characters of @text.
 */
/**
 * PlxAccess:
 * @PLX_ACCESS_OPEN: nothing
 * @PLX_ACCESS_SIGN_IN: the page has a form to sign in (a password field)
 * @PLX_ACCESS_SUBSCRIPTION: the page has a paywall box with text
 *   ("Subscribe to continue reading")
 *
 * What a web page asks of its reader before the whole article: with few
 * words of article, it is a login or a paywall page, not the article.
 */
typedef enum
{
  PLX_ACCESS_OPEN,
  PLX_ACCESS_SIGN_IN,
  PLX_ACCESS_SUBSCRIPTION,
} PlxAccess;

typedef struct
{
  char     *text;
  char     *title;
  PlxFormat   format;
  GArray     *headings;
  PlxMetadata metadata;
  char       *address;
  char       *retrieved;
  PlxAccess   access;
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
