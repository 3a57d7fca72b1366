/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-article.h"
#include "plx-claims.h"
#include "plx-diff.h"
#include "plx-json-writer.h"
#include "plx-lexicon.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

/* What the JSON reports of a comparison (plx-report-json.c) and of a
 * collation (plx-report-collation.c) write alike. */

void  plx_report_json_add_header       (PlxJsonWriter  *w,
                                        const char     *format);
void  plx_report_json_add_article_head (PlxJsonWriter  *w,
                                        PlxArticle     *article,
                                        const char     *id,
                                        const char     *language);
void  plx_report_json_add_claim_head (PlxJsonWriter  *w,
                                      const PlxClaim *claim);
void  plx_report_json_add_tags         (PlxJsonWriter  *w,
                                        guint           tags);
char *plx_report_span_text             (const char     *text,
                                        const PlxToken *tokens,
                                        guint           first,
                                        guint           end);

G_END_DECLS
