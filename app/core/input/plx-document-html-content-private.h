/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-document-html-private.h"

G_BEGIN_DECLS

/* What the article's choice (plx-document-html-content.c) and the
 * cleaning inside it (plx-document-html-clean.c) share: the measures of
 * every element. */

#define NO_PARENT G_MAXUINT

typedef struct
{
  xmlNode *node;
  guint    parent;
  guint    text;        /* visible characters, white space excluded */
  guint    links;       /* of which inside <a> */
  guint    inline_text; /* of which not inside a nested block */
  guint    ptext;       /* of which in blocks of running text */
  guint    words;       /* words, when the page has a JSON-LD articleBody */
  guint    hits;        /* of which words of the articleBody */
  guint    commas;
  guint    paragraphs;
  guint    items;
  guint    images;
  guint    inputs;
  guint    embeds;
  guint    headings;    /* <h1> to <h3> */
  guint    tag_text;    /* of the visible characters, in links to a tag or category */
  guint    tag_links;   /* links to a tag or category: rel="tag", rel="category" */
  int      weight;      /* from class, id and itemprop */
  double   score;
  gboolean scored;
  gboolean author;      /* its class or id names an author's box ("author-bio") */
  gboolean embedded;    /* a post of a social network quoted whole ("twitter-tweet") */
} HtmlStat;

struct _PlxHtmlContent
{
  GArray    *stats;
  GPtrArray *roots;
  gboolean   use_classes; /* drop furniture named by class or id */
  gboolean   weigh;       /* let class, id and itemprop weigh in, clean the article */
  GHashTable *body_words; /* the JSON-LD articleBody's words, or NULL */
  gboolean    certain;    /* the roots are the element the articleBody matched */
  guint       roots_text; /* the visible characters of the roots */
  guint       paragraph_length; /* the roots' running text per paragraph */
  guint       roots_ptext; /* the roots' running text */
  gboolean    whole;      /* the root is the page: only menus are left out */
  guint       first_text; /* the index of the roots' first paragraph of running text */
  guint       n_body_words;
};

static inline HtmlStat *
plx_html_stat_of (PlxHtmlContent *self,
                  const xmlNode  *node)
{
  guint index = GPOINTER_TO_UINT (node->_private);

  if (node->type != XML_ELEMENT_NODE || index == 0 || index > self->stats->len)
    return NULL;

  return &g_array_index (self->stats, HtmlStat, index - 1);
}

static inline double
plx_html_link_density (const HtmlStat *stat)
{
  return stat->text > 0 ? (double) stat->links / stat->text : 0.0;
}

G_END_DECLS
