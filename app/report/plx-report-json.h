/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

char *plx_report_json_comparison (PlxComparison *comparison);
char *plx_report_json_analysis   (PlxArticle *article,
                                  const char *language,
                                  GArray     *claims,
                                  PlxParties *parties);

G_END_DECLS
