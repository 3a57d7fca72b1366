/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-article.h"

G_BEGIN_DECLS

typedef struct _PlxDisplayText PlxDisplayText;

PlxDisplayText *plx_display_text_new        (const char           *text);
PlxDisplayText *plx_display_text_new_for_article (PlxArticle      *article);
void            plx_display_text_free       (PlxDisplayText       *self);
const char     *plx_display_text_get_text   (const PlxDisplayText *self);
guint           plx_display_text_to_display (const PlxDisplayText *self,
                                             guint                 offset,
                                             gboolean              is_end);
guint           plx_display_text_to_article (const PlxDisplayText *self,
                                             guint                 display_offset);
guint           plx_display_text_get_n_inserted (const PlxDisplayText *self);

char           *plx_display_text_shorten    (const char           *text,
                                             guint                 max_chars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxDisplayText, plx_display_text_free)

G_END_DECLS
