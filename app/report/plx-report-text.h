/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_TEXT_STYLE_PLAIN,
  PLX_TEXT_STYLE_MARKDOWN,
} PlxTextStyle;

char *plx_report_text_comparison (PlxComparison *comparison,
                                  PlxTextStyle   style);
char *plx_report_text_analysis   (PlxArticle  *article,
                                  PlxTextStyle style);
void  plx_report_text_append_heading (GString     *out,
                                      PlxTextStyle style,
                                      int          level,
                                      const char  *text);

G_END_DECLS
