/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-article.h"
#include "plx-comparison.h"

G_BEGIN_DECLS

/**
 * PlxHighlight:
 * @PLX_HIGHLIGHT_CHANGED: changes that touch no tagged word ("other change")
 * @PLX_HIGHLIGHT_UNMATCHED: sentences only one article has
 * @PLX_HIGHLIGHT_MARKS: loaded words underlined wherever they stand
 * @PLX_HIGHLIGHT_ALL: every tag and both of these
 *
 * What a pane shows besides the #PlxTag highlights, in the bits above them.
 */
typedef enum
{
  PLX_HIGHLIGHT_CHANGED = 1 << 8,
  PLX_HIGHLIGHT_UNMATCHED = 1 << 9,
  PLX_HIGHLIGHT_MARKS = 1 << 10,
  PLX_HIGHLIGHT_ALL = 0x7ff,
} PlxHighlight;

#define PLX_TYPE_ARTICLE_PANE (plx_article_pane_get_type ())

G_DECLARE_FINAL_TYPE (PlxArticlePane, plx_article_pane, PLX, ARTICLE_PANE, GtkWidget)

GtkWidget     *plx_article_pane_new             (void);
PlxArticle    *plx_article_pane_get_article     (PlxArticlePane *self);
void           plx_article_pane_set_article     (PlxArticlePane *self,
                                                 PlxArticle     *article);
void           plx_article_pane_set_loading     (PlxArticlePane *self,
                                                 const char     *title);
GtkWidget     *plx_article_pane_get_header      (PlxArticlePane *self);
GtkTextView   *plx_article_pane_get_view        (PlxArticlePane *self);
GtkAdjustment *plx_article_pane_get_vadjustment (PlxArticlePane *self);
void           plx_article_pane_set_comparison  (PlxArticlePane *self,
                                                 PlxComparison  *comparison,
                                                 PlxSide         side);
gboolean       plx_article_pane_get_sentence_y  (PlxArticlePane *self,
                                                 guint           sentence,
                                                 GtkWidget      *relative_to,
                                                 double         *top,
                                                 double         *bottom);
gboolean       plx_article_pane_get_buffer_y    (PlxArticlePane *self,
                                                 guint           sentence,
                                                 int            *top,
                                                 int            *bottom);
void           plx_article_pane_focus_sentences (PlxArticlePane *self,
                                                 guint           start,
                                                 guint           end);
int            plx_article_pane_sentence_at_y   (PlxArticlePane *self,
                                                 int             buffer_y);
gboolean       plx_article_pane_get_selection   (PlxArticlePane *self,
                                                 guint          *start,
                                                 guint          *end);
void           plx_article_pane_scroll_to_sentence (PlxArticlePane *self,
                                                    guint           sentence);
guint          plx_article_pane_count_tagged    (PlxArticlePane *self,
                                                 const char     *tag_name);
void           plx_article_pane_set_font        (PlxArticlePane *self,
                                                 const char     *font);
void           plx_article_pane_set_highlighted (PlxArticlePane *self,
                                                 guint           tags);
void           plx_article_pane_get_iter_at_offset (PlxArticlePane *self,
                                                    guint           offset,
                                                    gboolean        is_end,
                                                    GtkTextIter    *iter);

/* plx-article-pane-claim.c */
void           plx_article_pane_mark_claim      (PlxArticlePane *self,
                                                 const PlxClaim *claim);

G_END_DECLS
