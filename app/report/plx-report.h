/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_REPORT_JSON,
  PLX_REPORT_TEXT,
  PLX_REPORT_MARKDOWN,
  PLX_REPORT_HTML,
  PLX_REPORT_PDF,
} PlxReportFormat;

gboolean    plx_report_format_from_name (const char      *name,
                                         PlxReportFormat *format);
gboolean    plx_report_format_for_path  (const char      *path,
                                         PlxReportFormat *format);
const char *plx_report_format_extension (PlxReportFormat  format);
GBytes     *plx_report_comparison       (PlxComparison   *comparison,
                                         PlxReportFormat  format,
                                         GError         **error);
GBytes     *plx_report_analysis         (PlxArticle      *article,
                                         const char      *language,
                                         GArray          *claims,
                                         PlxParties      *parties,
                                         PlxReportFormat  format);

G_END_DECLS
