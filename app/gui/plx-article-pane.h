/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-article.h"

G_BEGIN_DECLS

#define PLX_TYPE_ARTICLE_PANE (plx_article_pane_get_type ())

G_DECLARE_FINAL_TYPE (PlxArticlePane, plx_article_pane, PLX, ARTICLE_PANE, GtkWidget)

GtkWidget     *plx_article_pane_new             (void);
PlxArticle    *plx_article_pane_get_article     (PlxArticlePane *self);
void           plx_article_pane_set_article     (PlxArticlePane *self,
                                                 PlxArticle     *article);
GtkTextView   *plx_article_pane_get_view        (PlxArticlePane *self);
GtkAdjustment *plx_article_pane_get_vadjustment (PlxArticlePane *self);

G_END_DECLS
