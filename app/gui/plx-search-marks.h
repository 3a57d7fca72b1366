/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-article-pane.h"
#include "plx-text-search.h"

G_BEGIN_DECLS

typedef struct _PlxSearchMarks PlxSearchMarks;

PlxSearchMarks     *plx_search_marks_new          (PlxArticlePane       *pane);
void                plx_search_marks_free         (PlxSearchMarks       *self);
void                plx_search_marks_find         (PlxSearchMarks       *self,
                                                   const char           *query);
void                plx_search_marks_forget       (PlxSearchMarks       *self);
guint               plx_search_marks_get_n        (const PlxSearchMarks *self);
const PlxTextMatch *plx_search_marks_get          (const PlxSearchMarks *self,
                                                   guint                 index);
guint               plx_search_marks_first_shown  (PlxSearchMarks       *self);
void                plx_search_marks_set_current  (PlxSearchMarks       *self,
                                                   int                   index);
gboolean            plx_search_marks_is_in_view   (PlxSearchMarks       *self,
                                                   guint                 index);
guint               plx_search_marks_get_sentence (const PlxSearchMarks *self,
                                                   guint                 index);

G_END_DECLS
