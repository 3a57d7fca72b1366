/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-collation-claims.h"
#include "plx-collation.h"
#include "plx-report.h"
#include "plx-report-text.h"

G_BEGIN_DECLS

/**
 * PlxCollationSummary:
 * @n_units: story units
 * @n_in_all: units every article tells
 * @n_in_one: units only one article tells
 * @carried: per article, the units it tells
 * @only: per article, the units only it tells
 * @changed: per article, the units it tells otherwise than the central
 *   version (paraphrase or partial)
 *
 * The coverage figures of a collation, as every report gives them.
 */
typedef struct
{
  guint n_units;
  guint n_in_all;
  guint n_in_one;
  guint carried[PLX_COLLATION_MAX_ARTICLES];
  guint only[PLX_COLLATION_MAX_ARTICLES];
  guint changed[PLX_COLLATION_MAX_ARTICLES];
} PlxCollationSummary;

void  plx_collation_summarize    (PlxCollation        *collation,
                                  PlxCollationSummary *summary);
char *plx_report_json_collation  (PlxCollation *collation);
char *plx_report_text_collation  (PlxCollation *collation,
                                  PlxTextStyle  style);
char *plx_report_html_collation  (PlxCollation *collation);
GBytes *plx_report_pdf_collation (PlxCollation *collation,
                                  GError      **error);
char *plx_collation_dup_cell_symbol (const PlxUnitCell *cell);
const char *plx_collation_difference_other_words (PlxCollation                *collation,
                                                  const PlxCollatedDifference *item);
GBytes *plx_report_collation     (PlxCollation    *collation,
                                  PlxReportFormat  format,
                                  GError         **error);

G_END_DECLS
