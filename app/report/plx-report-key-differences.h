/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"
#include "plx-json-writer.h"
#include "plx-key-differences.h"

G_BEGIN_DECLS

void  plx_report_key_differences_json   (PlxJsonWriter *w,
                                         PlxComparison *comparison);
void  plx_report_key_differences_html   (GString       *out,
                                         PlxComparison *comparison);
void  plx_report_key_differences_text   (GString       *out,
                                         PlxComparison *comparison,
                                         gboolean       markdown);
char *plx_report_key_place_markup       (const PlxKeyPlace *place,
                                         PlxSide            side);

G_END_DECLS
