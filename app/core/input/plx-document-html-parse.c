/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Parsing a page with libxml2 and freeing what it made: the XHTML
 * internal subset cut out, nesting bounded, only the attributes the
 * reader reads kept in the tree, and the tree freed on a thread of its
 * own once the article is written. */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <string.h>

#include "plx-document-html-private.h"
#include "plx-error.h"

/* libxml2's HTML parser ends a DOCTYPE at its first '>', so the internal
 * subset of an XHTML page ("[ <!ENTITY …> ]>") would become article text.
 * Entities declared there are not expanded by browsers reading HTML either:
 * the subset is cut out. */
static void
html_drop_internal_subset (char *text)
{
  char *p = text;
  char *open;
  char *close;

  /* The DOCTYPE comes after an optional XML declaration, comments and blanks. */
  while (*p != '\0')
    {
      while (g_ascii_isspace (*p))
        p++;
      if (g_str_has_prefix (p, "<?") || g_str_has_prefix (p, "<!--"))
        {
          const char *end = strstr (p, g_str_has_prefix (p, "<?") ? "?>" : "-->");

          if (end == NULL)
            return;
          p = (char *) end + 2;
          continue;
        }
      break;
    }
  if (g_ascii_strncasecmp (p, "<!doctype", strlen ("<!doctype")) != 0)
    return;

  open = strpbrk (p, "[>");
  if (open == NULL || *open != '[')
    return;
  for (close = open + 1; *close != '\0'; close++)
    {
      if (*close == ']')
        {
          const char *q = close + 1;

          while (g_ascii_isspace (*q))
            q++;
          if (*q == '>')
            break;
        }
    }
  if (*close == '\0')
    return;

  /* Blank the subset in place: the text keeps its length and the parser
   * sees "<!DOCTYPE html …   >". */
  memset (open, ' ', close + 1 - open);
}

/* libxml2 stops parsing an HTML page at 256 levels of nesting unless told
 * to parse "huge" documents, and then it has no limit at all. Real pages
 * nest a few hundred elements deep at most; allow 1,024 and say so beyond,
 * rather than lose everything after the deep part. */
#define HTML_MAX_DEPTH 1024

static gpointer
html_init_parser (gpointer data)
{
  xmlInitParser ();
  xmlParserMaxDepth = HTML_MAX_DEPTH;

  return NULL;
}

/* Every attribute the reader reads, sorted: plx_html_attribute() and
 * xmlGetNoNsProp() in plx-document-html*.c, plx_html_is_dropped()'s look
 * at all of an element's attributes. Keep it up to date: an attribute not
 * here is never in the tree. */
static const char *const html_read_attributes[] = {
  "aria-hidden", "class", "content", "datetime", "hidden", "href", "http-equiv", "id",
  "itemprop", "lang", "name", "property", "rel", "role", "style", "type", "xml:lang",
};

/* Whether @attribute is in html_read_attributes: a binary search with
 * strcmp() inline, as this runs for every attribute of the page. */
static gboolean
html_is_read_attribute (const char *attribute)
{
  gsize low = 0;
  gsize high = G_N_ELEMENTS (html_read_attributes);

  while (low < high)
    {
      gsize mid = (low + high) / 2;
      const guchar *a = (const guchar *) attribute;
      const guchar *b = (const guchar *) html_read_attributes[mid];

      while (*a != '\0' && *a == *b)
        a++, b++;
      if (*a == *b)
        return TRUE;
      if (*a < *b)
        high = mid;
      else
        low = mid + 1;
    }

  return FALSE;
}

gboolean
plx_html_keeps_attribute (const char     *element,
                          const char     *attribute,
                          const xmlChar **atts)
{
  if (!html_is_read_attribute (attribute))
    return FALSE;
  /* The address of a link is read only from a reader view's link to the
   * article's site, which its class names. */
  if (strcmp (attribute, "href") == 0 && strcmp (element, "a") == 0)
    {
      for (guint i = 0; atts[i] != NULL; i += 2)
        if (strcmp ((const char *) atts[i], "class") == 0)
          return TRUE;
      return FALSE;
    }

  return TRUE;
}

/* Adds the element just made to the parser's list of the elements the
 * metadata reader looks at: those with attributes left, <time> and <h1>
 * (see plx_html_read_metadata()). Made in page order, they are read
 * while the parser has them at hand instead of in a walk through a
 * quarter of a million nodes afterwards. */
static void
html_mark (void          *ctx,
           const xmlChar *name)
{
  xmlParserCtxtPtr ctxt = ctx;
  GPtrArray *marked = ctxt->_private;
  xmlNode *node = ctxt->node;

  if (marked == NULL || node == NULL || node->type != XML_ELEMENT_NODE ||
      (marked->len > 0 && g_ptr_array_index (marked, marked->len - 1) == node))
    return;
  if (node->properties != NULL || strcmp ((const char *) name, "h1") == 0 ||
      strcmp ((const char *) name, "time") == 0)
    g_ptr_array_add (marked, node);
}

/* libxml2 makes three to six allocations of every attribute it keeps (the
 * attribute, its text node and a copy of the value among them), and
 * freeing them is as dear: the attributes the reader never reads (src,
 * srcset, data-…, on…, width, an ordinary link's href) are dropped before
 * they become nodes. The parser owns @atts; the names kept are the
 * attributes'. */
static void
html_start_element (void           *ctx,
                    const xmlChar  *name,
                    const xmlChar **atts)
{
  const xmlChar *kept[2 * G_N_ELEMENTS (html_read_attributes) + 1];
  guint n = 0;

  if (atts == NULL)
    {
      xmlSAX2StartElement (ctx, name, NULL);
      html_mark (ctx, name);
      return;
    }
  for (guint i = 0; atts[i] != NULL; i += 2)
    {
      if (!plx_html_keeps_attribute ((const char *) name, (const char *) atts[i], atts))
        continue;
      /* libxml2 drops an attribute given twice, so this does not happen;
       * if it did, everything is kept. */
      if (n + 2 >= G_N_ELEMENTS (kept))
        {
          xmlSAX2StartElement (ctx, name, atts);
          html_mark (ctx, name);
          return;
        }
      kept[n++] = atts[i];
      kept[n++] = atts[i + 1];
    }
  kept[n] = NULL;
  xmlSAX2StartElement (ctx, name, n > 0 ? kept : NULL);
  html_mark (ctx, name);
}

xmlDoc *
plx_html_parse (char       *text,
                const char *name,
                GPtrArray  *marked,
                GError    **error)
{
  static GOnce init_once = G_ONCE_INIT;
  htmlParserCtxtPtr ctxt;
  xmlDoc *doc;
  gboolean too_deep;

  g_once (&init_once, html_init_parser, NULL);
  html_drop_internal_subset (text);

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory creating an HTML parser");
  ctxt->sax->startElement = html_start_element;
  ctxt->_private = marked;
  /* The text is UTF-8 by now, so a <meta charset> must not re-decode it. */
  doc = htmlCtxtReadMemory (ctxt, text, strlen (text), NULL, "UTF-8",
                            HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  too_deep = ctxt->errNo == XML_ERR_INTERNAL_ERROR && ctxt->lastError.message != NULL &&
             strstr (ctxt->lastError.message, "depth") != NULL;
  htmlFreeParserCtxt (ctxt);
  if (too_deep)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("“%s” nests its elements more than %u levels deep, deeper than any article "
                     "page; Parallax cannot read all of it. Copy the article’s text into a "
                     "text file instead."),
                   name, HTML_MAX_DEPTH);
      g_clear_pointer (&doc, xmlFreeDoc);
      return NULL;
    }
  if (doc == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("“%s” could not be read as HTML. Save the page again from the browser "
                     "(“Save Page As”, complete or HTML only) or copy the article’s text "
                     "into a text file."),
                   name);
      return NULL;
    }

  return doc;
}

/* A page's tree and its decoded text, to be freed. */
typedef struct
{
  xmlDoc *doc;
  char   *text;
} HtmlGarbage;

/* Pages handed to the freeing thread and not yet freed: 0 or 1. */
static gint html_garbage_pending;

static void
html_free_garbage (gpointer data,
                   gpointer user_data)
{
  HtmlGarbage *garbage = data;

  xmlFreeDoc (garbage->doc);
  g_free (garbage->text);
  g_free (garbage);
  g_atomic_int_set (&html_garbage_pending, 0);
}

static gpointer
html_new_garbage_pool (gpointer data)
{
  return g_thread_pool_new (html_free_garbage, NULL, 1, FALSE, NULL);
}

/* Freeing a parsed page takes a fifth of the time of reading it: a 2 MB
 * page of markup is a quarter of a million nodes, and the allocator sorts
 * them back into its bins when the decoded text, a large block, is freed
 * after them. Nothing reads the tree once the article is written, so both
 * are freed on a thread of their own while the caller goes on with the
 * article. One page at most waits there: a caller reading page after page
 * faster than they are freed frees its own, so memory stays bounded. */
void
plx_html_free_later (xmlDoc *doc,
                     char   *text)
{
  static GOnce pool_once = G_ONCE_INIT;
  GThreadPool *pool = g_once (&pool_once, html_new_garbage_pool, NULL);
  HtmlGarbage *garbage;

  if (pool == NULL || !g_atomic_int_compare_and_exchange (&html_garbage_pending, 0, 1))
    {
      xmlFreeDoc (doc);
      g_free (text);
      return;
    }
  garbage = g_new (HtmlGarbage, 1);
  garbage->doc = doc;
  garbage->text = text;
  /* Should no thread start, the page waits in the queue for one, and
   * later pages are freed in place. */
  g_thread_pool_push (pool, garbage, NULL);
}
