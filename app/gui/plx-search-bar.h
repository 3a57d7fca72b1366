/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-comparison-view.h"

G_BEGIN_DECLS

#define PLX_TYPE_SEARCH_BAR (plx_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (PlxSearchBar, plx_search_bar, PLX, SEARCH_BAR, GtkWidget)

PlxComparisonView *plx_search_bar_get_view        (PlxSearchBar      *self);
void               plx_search_bar_set_view        (PlxSearchBar      *self,
                                                   PlxComparisonView *view);
void               plx_search_bar_open            (PlxSearchBar      *self);
void               plx_search_bar_close           (PlxSearchBar      *self);
gboolean           plx_search_bar_get_open        (PlxSearchBar      *self);
void               plx_search_bar_set_query       (PlxSearchBar      *self,
                                                   const char        *query);
void               plx_search_bar_move            (PlxSearchBar      *self,
                                                   gboolean           forward);
guint              plx_search_bar_get_n_matches   (PlxSearchBar      *self,
                                                   PlxSide            side);
gboolean           plx_search_bar_get_current     (PlxSearchBar      *self,
                                                   PlxSide           *side,
                                                   guint             *start,
                                                   guint             *end);
const char        *plx_search_bar_get_summary     (PlxSearchBar      *self);

G_END_DECLS
