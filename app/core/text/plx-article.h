/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "plx-document.h"
#include "plx-segmenter.h"

G_BEGIN_DECLS

#define PLX_TYPE_ARTICLE (plx_article_get_type ())

G_DECLARE_FINAL_TYPE (PlxArticle, plx_article, PLX, ARTICLE, GObject)

PlxArticle  *plx_article_new               (const char *text,
                                            const char *title,
                                            const char *source);
PlxArticle  *plx_article_new_from_document (PlxDocument *document,
                                            const char  *source);
PlxArticle  *plx_article_new_from_bytes    (GBytes     *bytes,
                                            const char *source,
                                            GError    **error);
PlxArticle  *plx_article_new_from_file     (GFile        *file,
                                            GCancellable *cancellable,
                                            GError      **error);
void         plx_article_load_async        (GFile              *file,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
PlxArticle  *plx_article_load_finish       (GAsyncResult *result,
                                            GError      **error);
const char  *plx_article_get_title         (PlxArticle *self);
const char  *plx_article_get_source        (PlxArticle *self);
const char  *plx_article_get_text          (PlxArticle *self);
GFile       *plx_article_get_file          (PlxArticle *self);
PlxFormat    plx_article_get_format        (PlxArticle *self);
const PlxMetadata *plx_article_get_metadata (PlxArticle *self);
const char  *plx_article_get_retrieved     (PlxArticle *self);
guint        plx_article_get_n_chars       (PlxArticle *self);
const PlxSentence *plx_article_get_sentences (PlxArticle *self,
                                            guint      *n_sentences);
guint        plx_article_get_n_sentences   (PlxArticle *self);
GStrv        plx_article_dup_sentence_texts (PlxArticle *self,
                                            guint       start,
                                            guint       end);
int          plx_article_find_sentences    (PlxArticle         *self,
                                            const char *const  *texts);

G_END_DECLS
