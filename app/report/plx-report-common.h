/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-claim-rows.h"
#include "plx-comparison.h"
#include "plx-palette.h"

G_BEGIN_DECLS

/* Both escape text as g_markup_escape_text() does. */
typedef enum
{
  PLX_MARKUP_HTML,
  PLX_MARKUP_PANGO,
} PlxMarkup;

void                      plx_report_append_escaped (GString        *out,
                                                     const char     *text);
void                      plx_report_append_markdown (GString       *out,
                                                      const char    *text);
void                      plx_report_append_span    (GString        *out,
                                                     const char     *text,
                                                     gsize           start,
                                                     gsize           end);
void                      plx_report_append_marked  (GString        *out,
                                                     PlxComparison  *comparison,
                                                     guint           link,
                                                     PlxSide         side,
                                                     PlxMarkup       markup);

const char               *plx_report_claim_edited   (const PlxClaim *claim);

G_END_DECLS
