/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

/* Below this similarity two articles look unrelated (plx-figures.c). */
#define PLX_UNRELATED_SIMILARITY 0.03

char     *plx_format_percent              (double         share);
guint     plx_comparison_count_linked     (PlxComparison *comparison,
                                           PlxSide        side);
gboolean  plx_comparison_looks_unrelated  (PlxComparison *comparison);
char     *plx_comparison_dup_similarity_text (PlxComparison *comparison);
char     *plx_dup_report_name             (PlxArticle    *a,
                                           PlxArticle    *b);

G_END_DECLS
