/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "plx-article.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_SIDE_A,
  PLX_SIDE_B,
} PlxSide;

#define PLX_TYPE_COMPARISON (plx_comparison_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparison, plx_comparison, PLX, COMPARISON, GObject)

PlxComparison *plx_comparison_new         (PlxArticle *a,
                                           PlxArticle *b);
PlxArticle    *plx_comparison_get_article (PlxComparison *self,
                                           PlxSide        side);

G_END_DECLS
