/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

PlxComparison *plx_test_compare_texts  (const char *a,
                                        const char *b,
                                        const char *title_a);
PlxComparison *plx_test_compare_sample (void);

G_END_DECLS
