/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the files of the article pane share (plx-article-pane.c, its
 * geometry in plx-article-pane-geometry.c). */

#pragma once

#include <adwaita.h>

#include "plx-article-pane.h"
#include "plx-display-text.h"
#include "plx-focus-bar.h"

G_BEGIN_DECLS

struct _PlxArticlePane
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget         *header;
  GtkLabel          *title_label;
  GtkLabel          *citation_label;
  GtkLabel          *source_label;
  GtkStack          *stack;
  AdwStatusPage     *loading_page;
  GtkScrolledWindow *scroller;
  AdwClampScrollable *clamp;
  GtkTextView       *view;
  PlxFocusBar       *focus_bar; /* the view's left gutter */

  /* owned */
  PlxArticle     *article;
  PlxDisplayText *display; /* the article's text as shown */
  PlxComparison  *comparison;
  PlxSide         side;
  GtkCssProvider *font_css;
  PangoFontDescription *font; /* the user's choice, or NULL */
  guint           highlighted; /* PlxTag and PlxHighlight bits shown */
  guint           focus_start; /* the sentences in focus */
  guint           focus_end;
};

void plx_article_pane_to_iter          (PlxArticlePane *self,
                                        guint           offset,
                                        gboolean        is_end,
                                        GtkTextIter    *iter);
void plx_article_pane_iter_at_sentence (PlxArticlePane *self,
                                        guint           sentence,
                                        GtkTextIter    *start,
                                        GtkTextIter    *end);

G_END_DECLS
