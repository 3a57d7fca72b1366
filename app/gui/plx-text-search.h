/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PlxTextSearch PlxTextSearch;

/* A match: characters [start, end) of the text searched. */
typedef struct
{
  guint start;
  guint end;
} PlxTextMatch;

PlxTextSearch *plx_text_search_new  (const char          *text);
void           plx_text_search_free (PlxTextSearch       *self);
GArray        *plx_text_search_find (const PlxTextSearch *self,
                                     const char          *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxTextSearch, plx_text_search_free)

G_END_DECLS
