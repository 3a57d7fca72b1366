/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-article.h"

G_BEGIN_DECLS

/**
 * PlxCitation:
 * @outlet: (nullable): the outlet, cleaned and cut to length
 * @authors: (nullable): the authors, joined for reading ("A, B and 3 more")
 * @date: (nullable): when it was published (or updated), readable when the
 *   page gives ISO 8601, as the page gives it otherwise
 * @retrieved: (nullable): when a fetched page was retrieved, readable
 * @url: (nullable): the page's address, cleaned and cut to length
 * @url_is_web: whether @url is an http(s) address whole, the only kind
 *   that is ever made a link
 *
 * The citation line of an article, from what its page says about it: one
 * builder for the window's pane headers and every report, so that all
 * show the same line. Every part is one line of plain text without
 * control or direction-override characters, bounded in length however
 * hostile the page; only what is known is there.
 */
typedef struct
{
  char    *outlet;
  char    *authors;
  char    *date;
  char    *retrieved;
  char    *url;
  gboolean url_is_web;
} PlxCitation;

PlxCitation *plx_citation_new             (const PlxMetadata *metadata,
                                           GDateTime         *retrieved);
PlxCitation *plx_citation_new_for_article (PlxArticle        *article);
void         plx_citation_free            (PlxCitation       *self);
gboolean     plx_citation_is_empty        (const PlxCitation *self);
char        *plx_citation_dup_byline      (const PlxCitation *self);
char        *plx_citation_dup_text        (const PlxCitation *self);
char        *plx_citation_dup_html        (const PlxCitation *self);
char        *plx_citation_dup_markdown    (const PlxCitation *self);
char        *plx_citation_format_date     (const char        *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxCitation, plx_citation_free)

G_END_DECLS
