/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

/* One line of a parties-and-claims table: a claim told from one side, how
 * it fares in the other article, and its counterpart in B when A's claim
 * has one. */
typedef struct
{
  const PlxParty      *party;
  const PlxClaim      *claim;
  const PlxClaimMatch *match;
  const PlxClaim      *counterpart;
  PlxSide              side;
  gboolean             first_of_party;
} PlxClaimRow;

/* A highlight colour, the app's light palette. */
typedef struct
{
  PlxTag      tag;
  const char *css;
  const char *label;
  const char *color;
} PlxReportHighlight;

extern const PlxReportHighlight plx_report_highlights[PLX_N_TAGS];

/* An edit with no tag. */
#define PLX_REPORT_CHANGED_COLOR "#e6e6e6"

/* Both escape text as g_markup_escape_text() does. */
typedef enum
{
  PLX_MARKUP_HTML,
  PLX_MARKUP_PANGO,
} PlxMarkup;

GArray                   *plx_report_claim_rows     (PlxComparison  *comparison);
const char               *plx_report_status_label   (PlxClaimStatus  status);
const char               *plx_report_status_color   (PlxClaimStatus  status);
const char               *plx_report_kind_label     (PlxLinkKind     kind);
const PlxReportHighlight *plx_report_highlight_for  (guint           tags);
void                      plx_report_append_escaped (GString        *out,
                                                     const char     *text);
void                      plx_report_append_span    (GString        *out,
                                                     const char     *text,
                                                     gsize           start,
                                                     gsize           end);
void                      plx_report_append_marked  (GString        *out,
                                                     PlxComparison  *comparison,
                                                     guint           link,
                                                     PlxSide         side,
                                                     PlxMarkup       markup);

G_END_DECLS
