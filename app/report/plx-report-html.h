/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

char *plx_report_html_comparison (PlxComparison *comparison);

G_END_DECLS
