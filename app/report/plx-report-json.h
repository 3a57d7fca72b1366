/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

JsonNode *plx_report_json_comparison (PlxComparison *comparison);
JsonNode *plx_report_json_analysis   (PlxArticle *article);
char     *plx_report_json_to_string  (JsonNode *node);

G_END_DECLS
