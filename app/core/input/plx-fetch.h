/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "plx-document.h"

G_BEGIN_DECLS

/* How long a server may stay silent before a fetch gives up, in seconds.
 * PARALLAX_FETCH_TIMEOUT overrides it (tests set it low). */
#define PLX_FETCH_TIMEOUT_SECONDS 30

/* However the server answers, a page takes at most this many timeouts. */
#define PLX_FETCH_TOTAL_FACTOR 3

/* Fewer words than this in a page's article: no article (a folder's
 * listing, an error page), or a login or paywall page. */
#define PLX_FETCH_MIN_ARTICLE_WORDS 40
/* A sentence has at least this many words. */
#define PLX_FETCH_MIN_SENTENCE_WORDS 8
/* Fewer words beside a paywall's box are only the start of the article. */
#define PLX_FETCH_MIN_FULL_ARTICLE_WORDS 400

gboolean     plx_fetch_is_web_address (const char *text);
PlxDocument *plx_fetch_document       (const char   *uri,
                                       GCancellable *cancellable,
                                       GError      **error);
void         plx_fetch_document_async (const char         *uri,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
PlxDocument *plx_fetch_document_finish (GAsyncResult *result,
                                        GError      **error);

G_END_DECLS
