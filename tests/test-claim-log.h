/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-claims.h"

G_BEGIN_DECLS

/* The characters of @span in @text (transfer full). */
char *plx_test_span_dup   (const char *text,
                           PlxSpan     span);
/* Logs each of @claims (#PlxClaim) for a person reading a failed test's
 * log; with @text, the article's text, also the words of its spans. */
void  plx_test_log_claims (const char *text,
                           GArray     *claims);

G_END_DECLS
