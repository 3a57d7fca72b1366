/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What an element of a page is to the HTML reader: a block, a heading,
 * page furniture to drop (hidden, a menu, a form, a box whose class, id
 * or role names boilerplate), and the walk through the page in document
 * order. Shared by the files of the reader through
 * plx-document-html-private.h. */

#include "config.h"

#include <string.h>

#include "plx-document-html-private.h"


/* <head> is not among them: libxml2 predates HTML5 and, in a page without
 * <body>, puts the <header>, <main> and <article> that follow the <title>
 * inside the <head>. Its own elements are dropped one by one instead. */
/* Sorted, as are the blocks below. */
static const char *const html_dropped[] = {
  "applet", "aside", "audio",  "button", "canvas", "dialog",   "embed",    "figcaption",
  "figure", "footer", "form",  "iframe", "input",  "map",      "math",     "menu",
  "nav",    "noscript", "object", "script", "select", "style",  "svg",      "template",
  "textarea", "title", "video", NULL,
};

static const char *const html_blocks[] = {
  "address", "article", "blockquote", "body",    "caption",  "center", "dd",   "details",
  "div",     "dl",      "dt",         "fieldset", "header",  "hgroup", "hr",   "html",
  "legend",  "li",      "main",       "ol",       "p",       "pre",    "section", "summary",
  "table",   "tbody",   "tfoot",      "thead",    "tr",      "ul",     NULL,
};

/* Words in a class or id that mark page furniture. Words, not substrings:
 * "ad" must catch "ad-slot" but not "lead" or "headline". */
static const char *const html_boilerplate_words[] = {
  "ad",         "ads",        "advert",  "adverts",     "advertisement",
  "breadcrumb", "breadcrumbs", "comments", "consent",    "cookie",        "cookies",
  "footer",     "menu",       "nav",     "navbar",      "navigation",    "newsletter",
  "promo",      "related",    "share",   "sharing",     "sidebar",       "social",
  "subscribe",  "subscription", "settings", NULL,
};

/* Readers' comments, whatever follows in the same word: "commentBody",
 * "comment_list", "disqus_thread". */
static const char *const html_comment_prefixes[] = {
  "comment", "disqus", NULL,
};

static const char *const html_boilerplate_roles[] = {
  "banner", "complementary", "contentinfo", "navigation", "search", NULL,
};

gboolean
plx_html_is_any (const xmlNode     *node,
                 const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (plx_html_is (node, names[i]))
      return TRUE;

  return FALSE;
}

/* Whether @node is one of @names, which are sorted: a binary search, as
 * this runs several times for every element of the page. */
static gboolean
html_is_in_sorted (const xmlNode     *node,
                   const char *const *names,
                   gsize              n_names)
{
  gsize low = 0;
  gsize high = n_names;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  while (low < high)
    {
      gsize mid = (low + high) / 2;
      const guchar *a = node->name;
      const guchar *b = (const guchar *) names[mid];
      int cmp;

      /* strcmp(), inline: the names are a few letters long. */
      while (*a != '\0' && *a == *b)
        a++, b++;
      cmp = *a - *b;

      if (cmp == 0)
        return TRUE;
      if (cmp < 0)
        high = mid;
      else
        low = mid + 1;
    }

  return FALSE;
}

gboolean
plx_html_is_block (const xmlNode *node)
{
  return html_is_in_sorted (node, html_blocks, G_N_ELEMENTS (html_blocks) - 1);
}

guint
plx_html_heading_level (const xmlNode *node)
{
  const char *name = (const char *) node->name;

  if (node->type != XML_ELEMENT_NODE || name[0] != 'h' || name[1] < '1' || name[1] > '6' ||
      name[2] != '\0')
    return 0;

  return name[1] - '0';
}

static const char *html_attr_value (const xmlAttr *attr);

static const xmlAttr *
html_find_attribute (const xmlNode *node,
                     const char    *name)
{
  if (node->type != XML_ELEMENT_NODE)
    return NULL;
  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns == NULL && strcmp ((const char *) attr->name, name) == 0)
      return attr;

  return NULL;
}

/* As xmlGetNoNsProp(), in lower case: for names (class, id, itemprop). */
char *
plx_html_attribute (const xmlNode *node,
                    const char    *name)
{
  const xmlAttr *attr = html_find_attribute (node, name);

  return attr != NULL ? g_ascii_strdown (html_attr_value (attr), -1) : NULL;
}

/* As xmlGetNoNsProp(), as written: for values (a date, an address). */
char *
plx_html_attribute_value (const xmlNode *node,
                          const char    *name)
{
  const xmlAttr *attr = html_find_attribute (node, name);

  return attr != NULL ? g_strdup (html_attr_value (attr)) : NULL;
}

static gboolean
html_has_boilerplate_word (const char *value)
{
  const char *p = value;

  if (value == NULL)
    return FALSE;

  while (*p != '\0')
    {
      gsize n = 0;

      while (g_ascii_isalnum (p[n]))
        n++;
      for (guint i = 0; n > 0 && html_boilerplate_words[i] != NULL; i++)
        if (strlen (html_boilerplate_words[i]) == n &&
            g_ascii_strncasecmp (p, html_boilerplate_words[i], n) == 0)
          return TRUE;
      p += MAX (n, 1);
    }

  return FALSE;
}

/* Whether a word of @value (runs of letters and digits) starts with one
 * of @prefixes, in any case: "comment" catches "commentBody". */
gboolean
plx_html_has_prefix_word (const char        *value,
                          const char *const *prefixes)
{
  for (const char *p = value; p != NULL && *p != '\0';)
    {
      gsize n = 0;

      while (g_ascii_isalnum (p[n]))
        n++;
      for (guint i = 0; n > 0 && prefixes[i] != NULL; i++)
        if (n >= strlen (prefixes[i]) && g_ascii_strncasecmp (p, prefixes[i], strlen (prefixes[i])) == 0)
          return TRUE;
      p += MAX (n, 1);
    }

  return FALSE;
}

/* An id of more than three words was made from a heading
 * ("sharing-with-a-single-developer"): its words say nothing of what the
 * element is. */
gboolean
plx_html_id_is_phrase (const char *id)
{
  guint words = 0;

  for (const char *p = id; p != NULL && *p != '\0'; p++)
    if (g_ascii_isalnum (*p) && (p == id || !g_ascii_isalnum (p[-1])))
      words++;

  return words > 3;
}

static gboolean
html_inside_article (const xmlNode *node)
{
  for (node = node->parent; node != NULL; node = node->parent)
    if (plx_html_is (node, "article"))
      return TRUE;

  return FALSE;
}

/* Whether @node and what it contains are not part of the article. Class
 * and id are only consulted when @use_classes is set, so that a page whose
 * wrapper happens to be called "content-with-sidebar" can be read again
 * without them. */
/* The value of an attribute as libxml2 keeps it, without a copy. */
static const char *
html_attr_value (const xmlAttr *attr)
{
  if (attr->children != NULL && attr->children->type == XML_TEXT_NODE &&
      attr->children->next == NULL && attr->children->content != NULL)
    return (const char *) attr->children->content;

  return "";
}

static gboolean
html_attr_is (const xmlAttr *attr,
              const char    *name)
{
  return g_ascii_strcasecmp ((const char *) attr->name, name) == 0;
}

/* class="hidden", "hiddenBox": hidden on every screen. Not "hidden-xs",
 * which hides only on small screens. Bootstrap's "hide" and "d-none"
 * hide on every screen too (a transcript, a drawer shown on a click). */
static gboolean
html_class_hides (const char *class)
{
  g_auto(GStrv) tokens = class != NULL ? g_strsplit_set (class, " \t\n", -1) : NULL;

  for (guint i = 0; tokens != NULL && tokens[i] != NULL; i++)
    if (g_ascii_strncasecmp (tokens[i], "hidden", 6) == 0 &&
        (tokens[i][6] == '\0' || g_ascii_isalnum (tokens[i][6])))
      return TRUE;
    else if (g_ascii_strcasecmp (tokens[i], "hide") == 0 ||
             g_ascii_strcasecmp (tokens[i], "d-none") == 0)
      return TRUE;

  return FALSE;
}

/* style="display: none" and the like. */
static gboolean
html_style_hides (const char *style)
{
  g_autofree char *lower = g_ascii_strdown (style, -1);
  g_autofree char *compact = g_strdup (lower);
  gsize n = 0;

  for (const char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      compact[n++] = *p;
  compact[n] = '\0';

  return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
}

gboolean
plx_html_is_dropped (const xmlNode *node,
                     gboolean       use_classes)
{
  const char *class = NULL;
  const char *id = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  /* An <aside> that names itself the article ("blogPost", "story") is the
   * article, whatever its element says, unless it is hidden as any other
   * element would be. */
  if (html_is_in_sorted (node, html_dropped, G_N_ELEMENTS (html_dropped) - 1))
    {
      if (!plx_html_is (node, "aside") || !plx_html_names_article (node))
        return TRUE;
    }
  /* A <header> inside an <article> holds its headline and byline; any other
   * holds the site's masthead. */
  else if (plx_html_is (node, "header") && !html_inside_article (node))
    return TRUE;
  if (plx_html_is (node, "html") || plx_html_is (node, "body") || plx_html_is (node, "main") ||
      plx_html_is (node, "article"))
    return FALSE;

  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *value = html_attr_value (attr);

      if (html_attr_is (attr, "hidden"))
        return TRUE;
      if (html_attr_is (attr, "aria-hidden") && g_ascii_strcasecmp (value, "true") == 0)
        return TRUE;
      if (html_attr_is (attr, "style") && html_style_hides (value))
        return TRUE;
      if (html_attr_is (attr, "role"))
        {
          g_autofree char *role = g_ascii_strdown (value, -1);

          if (g_strv_contains (html_boilerplate_roles, role))
            return TRUE;
        }
      else if (html_attr_is (attr, "class"))
        class = value;
      else if (html_attr_is (attr, "id"))
        id = value;
    }

  /* Readers' comments are left out even when the other class names are
   * not trusted: a short article must not give way to its comments. */
  if (plx_html_has_prefix_word (class, html_comment_prefixes) ||
      (!plx_html_id_is_phrase (id) && plx_html_has_prefix_word (id, html_comment_prefixes)))
    return TRUE;
  if (!use_classes)
    return FALSE;

  return html_class_hides (class) || html_has_boilerplate_word (class) ||
         (!plx_html_id_is_phrase (id) && html_has_boilerplate_word (id));
}

/* Whether @node is a block of readers' comments, or the place for them
 * ("comments", "disqus_thread"), by its class or id. */
gboolean
plx_html_is_comments (const xmlNode *node)
{
  const char *class = NULL;
  const char *id = NULL;

  if (!plx_html_is_block (node))
    return FALSE;
  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (html_attr_is (attr, "class"))
      class = html_attr_value (attr);
    else if (html_attr_is (attr, "id"))
      id = html_attr_value (attr);

  return plx_html_has_prefix_word (class, html_comment_prefixes) ||
         (!plx_html_id_is_phrase (id) && plx_html_has_prefix_word (id, html_comment_prefixes));
}

/* The next node in document order below @root, not descending into @node
 * unless @descend. */
xmlNode *
plx_html_next (xmlNode  *node,
               xmlNode  *root,
               gboolean  descend)
{
  if (descend && node->children != NULL)
    return node->children;
  while (node != root && node->next == NULL)
    node = node->parent;

  return node == root ? NULL : node->next;
}
