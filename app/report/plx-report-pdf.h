/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

GBytes *plx_report_pdf_comparison (PlxComparison *comparison,
                                   GError       **error);

G_END_DECLS
