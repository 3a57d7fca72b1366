/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <string.h>

#include <libxml/tree.h>

#include "plx-document-private.h"

G_BEGIN_DECLS

/* What the HTML reader's files share: plx-document-html.c (decoding,
 * parsing, writing the article's blocks), plx-document-html-node.c (what
 * an element is: block, heading, furniture), plx-document-html-content.c
 * (which part of the page is the article) and plx-document-html-meta.c
 * (headline, outlet, authors, dates, address and language). */

/* Whether @node is the element @name (lower case). Inline, and the first
 * letters compared before the rest: it runs for every element many times. */
static inline gboolean
plx_html_is (const xmlNode *node,
             const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->name[0] == (xmlChar) name[0] &&
         strcmp ((const char *) node->name, name) == 0;
}

gboolean plx_html_is_any          (const xmlNode     *node,
                                   const char *const *names);
gboolean plx_html_is_block        (const xmlNode     *node);
guint    plx_html_heading_level   (const xmlNode     *node);
char    *plx_html_attribute       (const xmlNode     *node,
                                   const char        *name);
char    *plx_html_attribute_value (const xmlNode     *node,
                                   const char        *name);
gboolean plx_html_names_article   (const xmlNode     *node);
gboolean plx_html_has_prefix_word (const char        *value,
                                   const char *const *prefixes);
gboolean plx_html_id_is_phrase    (const char        *id);
gboolean plx_html_is_dropped      (const xmlNode     *node,
                                   gboolean           use_classes);
gboolean plx_html_is_comments     (const xmlNode     *node);
xmlNode *plx_html_next            (xmlNode           *node,
                                   xmlNode           *root,
                                   gboolean           descend);
char    *plx_html_node_text       (xmlNode           *node);

/* Parsing and freeing, in plx-document-html-parse.c. Parses @text, the
 * page in UTF-8 (its XHTML internal subset blanked in place), or returns
 * %NULL with @error set. Adds to @marked, in page order, the elements
 * the metadata reader looks at: those with attributes, <time>s, <h1>s. */
xmlDoc  *plx_html_parse           (char           *text,
                                   const char     *name,
                                   GPtrArray      *marked,
                                   GError        **error);
/* Frees @doc and @text, the page it was parsed from, on a thread of their
 * own when none is being freed there already, else at once. */
void     plx_html_free_later      (xmlDoc         *doc,
                                   char           *text);
/* Whether the parser keeps @attribute of @element, whose attributes are
 * @atts (name, value, …, %NULL): the reader reads it. */
gboolean plx_html_keeps_attribute (const char     *element,
                                   const char     *attribute,
                                   const xmlChar **atts);

/* The article's part of a page. Built once per parse; the nodes of the
 * page are numbered through their _private field while it lives. */
typedef struct _PlxHtmlContent PlxHtmlContent;

PlxHtmlContent *plx_html_content_new      (xmlDoc         *doc,
                                           const char     *json_body,
                                           gboolean        use_classes,
                                           gboolean        weigh);
/* The whole of @root as the article, its boxes of links, forms and
 * pictures left out as in a scored one. */
PlxHtmlContent *plx_html_content_new_whole (xmlDoc        *doc,
                                            xmlNode       *root,
                                            gboolean       use_classes);
void            plx_html_content_free     (PlxHtmlContent *self);
/* The elements to write, in page order: the article's container, or the
 * blocks of it beside each other. */
GPtrArray      *plx_html_content_roots    (PlxHtmlContent *self);
/* Whether the roots are what the page's JSON-LD articleBody says, however
 * short. */
gboolean        plx_html_content_is_certain (PlxHtmlContent *self);
/* Whether no running text the roots' boxes left out is longer than a
 * line or than what was written (@written visible characters), and none
 * elsewhere longer than two lines or than that, furniture aside: a short
 * post on a page with nothing else to read. */
gboolean        plx_html_content_is_alone (PlxHtmlContent *self,
                                           guint           written);
/* Whether @node, inside a root, is part of the article (not a box of
 * links, a share bar or a list of teasers left inside it). */
gboolean        plx_html_content_keeps    (PlxHtmlContent *self,
                                           const xmlNode  *node);

/* Cuts the lines after an article's last sentence that are page
 * furniture (labels, headings, a few words, a copyright), in
 * plx-document-html-tail.c. */
void plx_html_trim_tail (PlxTextBuilder *b);

/* The page in UTF-8, from its byte order mark, else the charset it
 * declares, else the same guesses as plain text. In
 * plx-document-html-charset.c. */
char *plx_html_decode (const guint8 *data,
                       gsize         length,
                       const char   *name,
                       GError      **error);

/* Single-file pages (MHTML), in plx-document-mhtml.c. */
gboolean plx_document_is_mhtml   (const char   *name,
                                  const guint8 *data,
                                  gsize         length);
GBytes  *plx_document_mhtml_page (const guint8 *data,
                                  gsize         length,
                                  const char   *name,
                                  char        **location,
                                  GError      **error);

/* Metadata from <head>, JSON-LD, Open Graph, <time> and bylines, read
 * from @marked, the elements plx_html_parse() marked; fills
 * self->metadata and returns the JSON-LD articleBody, if any. */
char *plx_html_read_metadata (PlxDocument *self,
                              xmlDoc      *doc,
                              GPtrArray   *marked);

G_END_DECLS
