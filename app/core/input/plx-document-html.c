/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* HTML text extraction: the page is decoded, parsed by libxml2 and reduced
 * to the article's blocks. The article is the largest <article> not inside
 * boilerplate, else <main>, else <body>. Blocks become paragraphs and inline
 * elements flow into them with white space collapsed, as a browser would
 * show them, and the headings the markup names are recorded. Figures and
 * their captions are dropped along with the page furniture: captions are
 * written per outlet and would show up as differences that are not part of
 * the story. It does not split sentences; the segmenter does that. Nothing
 * here ever touches the network. */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "plx-document-html-private.h"
#include "plx-error.h"

static xmlNode *
html_find_root (xmlDoc   *doc,
                gboolean  use_classes)
{
  xmlNode *top = xmlDocGetRootElement (doc);
  xmlNode *article = NULL;
  xmlNode *main = NULL;
  xmlNode *body = NULL;
  gsize article_size = 0;

  if (top == NULL)
    return NULL;

  for (xmlNode *node = top; node != NULL;)
    {
      gboolean dropped = plx_html_is_dropped (node, use_classes);

      if (!dropped && plx_html_is (node, "article"))
        {
          xmlChar *content = xmlNodeGetContent (node);
          gsize size = content != NULL ? strlen ((const char *) content) : 0;

          /* Teasers for other stories are <article>s too; the story is
           * the longest. */
          if (size > article_size)
            {
              article = node;
              article_size = size;
            }
          xmlFree (content);
        }
      else if (!dropped && main == NULL && plx_html_is (node, "main"))
        main = node;
      else if (!dropped && body == NULL && plx_html_is (node, "body"))
        body = node;

      node = plx_html_next (node, top, !dropped);
    }

  return article != NULL ? article : main != NULL ? main : body != NULL ? body : top;
}

/* The text of the first @name element, skipping page furniture unless
 * @everywhere (<title> is furniture itself). */
static char *
html_find_text (xmlDoc     *doc,
                const char *name,
                gboolean    everywhere,
                gboolean    use_classes)
{
  xmlNode *top = xmlDocGetRootElement (doc);

  for (xmlNode *node = top; node != NULL;)
    {
      gboolean dropped = !everywhere && plx_html_is_dropped (node, use_classes);

      if (!dropped && plx_html_is (node, name))
        {
          xmlChar *content = xmlNodeGetContent (node);
          char *text = plx_text_collapse_whitespace (content != NULL ? (const char *) content : "");

          xmlFree (content);
          if (*text != '\0')
            return text;
          g_free (text);
        }
      node = plx_html_next (node, top, !dropped);
    }

  return NULL;
}

/* The text of the first <h1> among @marked, elements in page order, that
 * is not page furniture nor inside any: what html_find_text() would find,
 * without a walk through the whole page. */
static char *
html_find_h1 (GPtrArray *marked,
              gboolean   use_classes)
{
  for (guint i = 0; i < marked->len; i++)
    {
      xmlNode *h1 = g_ptr_array_index (marked, i);
      gboolean dropped = !plx_html_is (h1, "h1");

      for (xmlNode *up = h1; up != NULL && up->type == XML_ELEMENT_NODE && !dropped; up = up->parent)
        dropped = plx_html_is_dropped (up, use_classes);
      if (!dropped)
        {
          xmlChar *content = xmlNodeGetContent (h1);
          char *text = plx_text_collapse_whitespace (content != NULL ? (const char *) content : "");

          xmlFree (content);
          if (*text != '\0')
            return text;
          g_free (text);
        }
    }

  return NULL;
}

char *
plx_html_node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = plx_text_collapse_whitespace (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return text;
}

/* "Headline | Site", "Headline - Site" and the like. */
static gboolean
html_title_has_site (const char *title)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " · ", " :: ", " // " };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (strstr (title, separators[i]) != NULL)
      return TRUE;

  return FALSE;
}

typedef struct
{
  PlxTextBuilder  b;
  gboolean        use_classes;
  PlxHtmlContent *content;
  xmlNode       *heading; /* the outermost heading being read */
  guint          pre_depth;
  char          *h1;
  gboolean       past_footer; /* the page's footer was met: the rest is not read */
} HtmlWalker;

/* A page's footer holds a menu: this many links at least. An article's
 * own footer (its tags, a share bar) holds fewer. */
#define FOOTER_LINKS 10

/* Whether @node, which is left out, is the page's footer: a <footer>, a
 * block with role="contentinfo" or, when class names are trusted, a block
 * whose class or id starts with "footer"; outside any <article>, with the
 * links of a menu. What follows it in the article's container is the
 * page's end (a disclaimer, a legal notice), not the article. */
static gboolean
html_is_page_footer (xmlNode  *node,
                     gboolean  use_classes)
{
  static const char *const footer[] = { "footer", NULL };
  guint links = 0;

  if (!plx_html_is (node, "footer"))
    {
      g_autofree char *role = NULL;
      g_autofree char *class = NULL;
      g_autofree char *id = NULL;

      if (!plx_html_is_block (node))
        return FALSE;
      role = plx_html_attribute (node, "role");
      class = use_classes ? plx_html_attribute (node, "class") : NULL;
      id = use_classes ? plx_html_attribute (node, "id") : NULL;
      if (g_strcmp0 (role, "contentinfo") != 0 && !plx_html_has_prefix_word (class, footer) &&
          !plx_html_has_prefix_word (id, footer))
        return FALSE;
    }
  for (xmlNode *up = node->parent; up != NULL; up = up->parent)
    if (plx_html_is (up, "article"))
      return FALSE;
  for (xmlNode *n = node; n != NULL && links < FOOTER_LINKS; n = plx_html_next (n, node, TRUE))
    links += plx_html_is (n, "a");

  return links >= FOOTER_LINKS;
}

/* Text written before a block of readers' comments for it to be the
 * article's end: a paragraph. */
#define COMMENTS_AFTER 200

/* Whether @node, which is left out, is the block of readers' comments
 * (or the place for them) after the article: what follows it in the
 * article's container is for the comments too (a form's rules, "comments
 * powered by"), or for the page. A link to the comments in the byline,
 * above the article, does not end it. */
static gboolean
html_is_comments_after (HtmlWalker *w,
                        xmlNode    *node)
{
  return w->b.text->len >= COMMENTS_AFTER && plx_html_is_comments (node);
}

/* Returns whether to descend into @node. */
static gboolean
html_enter (HtmlWalker *w,
            xmlNode    *node)
{
  if (w->past_footer)
    return FALSE;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *text = (const char *) node->content;

      if (text == NULL)
        return FALSE;
      if (w->pre_depth == 0)
        {
          plx_text_builder_text (&w->b, text, -1);
          return FALSE;
        }

      /* Preformatted text keeps its line breaks. */
      for (const char *line = text, *nl; line != NULL; line = nl != NULL ? nl + 1 : NULL)
        {
          nl = strchr (line, '\n');
          plx_text_builder_text (&w->b, line, nl != NULL ? nl - line : -1);
          if (nl != NULL)
            plx_text_builder_break (&w->b, MIN (w->b.pending_break + 1, 2));
        }
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (plx_html_is_dropped (node, w->use_classes) ||
      (w->content != NULL && !plx_html_content_keeps (w->content, node)))
    {
      plx_text_builder_space (&w->b);
      w->past_footer = w->content != NULL && (html_is_page_footer (node, w->use_classes) ||
                                              html_is_comments_after (w, node));
      return FALSE;
    }

  /* The items of a list are the lines of one block, as in Markdown. */
  if (plx_html_is (node, "br") || plx_html_is (node, "li"))
    plx_text_builder_break (&w->b, 1);
  else if (plx_html_heading_level (node) > 0 && w->heading == NULL)
    {
      w->heading = node;
      plx_text_builder_begin_heading (&w->b);
    }
  else if (plx_html_is_block (node))
    plx_text_builder_break (&w->b, 2);
  else if (plx_html_is (node, "td") || plx_html_is (node, "th"))
    plx_text_builder_space (&w->b);

  if (plx_html_is (node, "pre"))
    w->pre_depth++;

  return TRUE;
}

static void
html_leave (HtmlWalker *w,
            xmlNode    *node)
{
  if (node == w->heading)
    {
      g_autofree char *heading = plx_text_builder_end_heading (&w->b);

      if (heading != NULL && plx_html_heading_level (node) == 1 && w->h1 == NULL)
        w->h1 = g_steal_pointer (&heading);
      w->heading = NULL;
    }
  else if (plx_html_is (node, "li"))
    plx_text_builder_break (&w->b, 1);
  else if (plx_html_is_block (node))
    plx_text_builder_break (&w->b, 2);
  else if (plx_html_is (node, "td") || plx_html_is (node, "th"))
    plx_text_builder_space (&w->b);

  if (plx_html_is (node, "pre"))
    w->pre_depth--;
}

/* Walks without recursion: pages nest thousands of elements deep more often
 * than one would think, and the stack is not ours to exhaust. */
static void
html_walk (HtmlWalker *w,
           xmlNode    *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      /* Only what was entered is left: the ancestors walked back up
       * through all were. */
      gboolean entered = html_enter (w, node);

      if (entered && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      if (entered)
        html_leave (w, node);
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          html_leave (w, node);
        }
      node = node == root ? NULL : node->next;
    }
}

/* Browsers mark a page saved with its files ("Web Page, complete") with
 * where it came from: <!-- saved from url=(0042)https://… -->. */
static char *
html_saved_from (const char *text)
{
  g_autofree char *head = g_strndup (text, 2048);
  const char *mark = strstr (head, "<!-- saved from url=(");
  const char *url;
  gsize n;

  if (mark == NULL)
    return NULL;
  url = strchr (mark, ')');
  if (url == NULL)
    return NULL;
  url++;
  n = strcspn (url, " \t\n>");
  if (n > 0 && url[n - 1] == '-')
    return NULL;

  return g_str_has_prefix (url, "http") ? g_strndup (url, n) : NULL;
}

/* Whether @location, read from a saved page's headers (raw bytes of a
 * file from anywhere), is a web address to keep: valid UTF-8, no control
 * characters or spaces, of a sane length. */
static gboolean
is_address (const char *location)
{
  if (location == NULL || !g_str_has_prefix (location, "http") || strlen (location) > 2048 ||
      !g_utf8_validate (location, -1, NULL))
    return FALSE;
  for (const char *p = location; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7f)
      return FALSE;

  return TRUE;
}

/* Below this many bytes, what the scoring found is too little to be sure
 * of: the page is read again with fewer rules, and a short page is read
 * whole, but for its furniture. */
#define HTML_MIN_ARTICLE 500
/* A short article (a blog post of a few lines) is still better read from
 * what the scoring found than from the whole page. */
#define HTML_MIN_SHORT_ARTICLE 200
/* What a looser reading must add to such a short article to be taken
 * instead: a paragraph. */
#define HTML_MIN_GAIN 200

/* The characters of @text that are not white space, as the scoring
 * counts them. */
static guint
html_visible_chars (const char *text)
{
  guint n = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    n += *p > ' ' && (*p & 0xC0) != 0x80;

  return n;
}

/* Walks the part of @doc the scoring chose into @w's text builder;
 * returns whether the page's JSON-LD articleBody confirmed it, and sets
 * @alone to whether it is a short post alone on its page. */
static gboolean
html_walk_scored (HtmlWalker *w,
                  xmlDoc     *doc,
                  const char *json_body,
                  gboolean    use_classes,
                  gboolean    weigh,
                  gboolean   *alone)
{
  PlxHtmlContent *content = plx_html_content_new (doc, json_body, use_classes, weigh);
  GPtrArray *roots = plx_html_content_roots (content);
  gboolean certain = plx_html_content_is_certain (content);

  plx_text_builder_init (&w->b);
  w->past_footer = FALSE;
  w->use_classes = use_classes;
  w->content = content;
  for (guint i = 0; i < roots->len; i++)
    html_walk (w, g_ptr_array_index (roots, i));
  w->content = NULL;
  *alone = w->b.text->len < HTML_MIN_SHORT_ARTICLE && w->b.spans->len > 0 &&
           plx_html_content_is_alone (content, html_visible_chars (w->b.text->str));
  plx_html_content_free (content);

  return certain && w->b.text->len > 0;
}

/* The page's own article, else its <main>, else its <body>, without the
 * furniture. */
static void
html_walk_whole (HtmlWalker *w,
                 xmlDoc     *doc,
                 gboolean    use_classes)
{
  xmlNode *root;

  w->use_classes = use_classes;
  root = html_find_root (doc, use_classes);
  plx_text_builder_init (&w->b);
  w->past_footer = FALSE;
  if (root == NULL)
    return;
  w->content = plx_html_content_new_whole (doc, root, use_classes);
  html_walk (w, root);
  plx_html_content_free (w->content);
  w->content = NULL;
}

/* Walks the article's part of @doc into @w's text builder: the first
 * scoring that finds enough text, else a short article the strictest
 * one found, else (a page with hardly any text) the whole page without its
 * furniture. */
static void
html_walk_article (HtmlWalker *w,
                   xmlDoc     *doc,
                   const char *json_body)
{
  PlxTextBuilder best = { NULL };
  char *best_h1 = NULL;
  gboolean best_alone = FALSE;

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      gboolean alone;
      gboolean certain = html_walk_scored (w, doc, json_body, attempt == 0, attempt < 2, &alone);

      if (!certain)
        plx_html_trim_tail (&w->b);
      /* A looser reading that only adds a line or two to the short
       * article the strictest one found adds furniture (a byline's menu,
       * a share bar), not the article's next paragraph. */
      if (!certain && w->b.text->len >= HTML_MIN_ARTICLE && best.text != NULL &&
          best.text->len >= HTML_MIN_SHORT_ARTICLE &&
          w->b.text->len < best.text->len + HTML_MIN_GAIN)
        {
          plx_text_builder_clear (&w->b);
          g_clear_pointer (&w->h1, g_free);
          w->b = best;
          w->h1 = best_h1;
          return;
        }
      if (certain || w->b.text->len >= HTML_MIN_ARTICLE)
        {
          plx_text_builder_clear (&best);
          g_free (best_h1);
          return;
        }
      /* Below that, what the strictest reading found. */
      if (attempt == 0)
        {
          plx_text_builder_clear (&best);
          g_free (best_h1);
          best = w->b;
          best_h1 = g_steal_pointer (&w->h1);
          best_alone = alone;
        }
      else
        plx_text_builder_clear (&w->b);
      w->b.text = NULL;
      w->b.spans = NULL;
      g_clear_pointer (&w->h1, g_free);
    }

  /* A post of a line or two is the article when the rest of the page is
   * furniture: the whole page would only add its menus and footers. */
  if (best.text->len >= HTML_MIN_SHORT_ARTICLE || (best.text->len > 0 && best_alone))
    {
      w->b = best;
      w->h1 = best_h1;
      return;
    }
  plx_text_builder_clear (&best);
  g_free (best_h1);

  /* If class names took everything, they meant something else: read the
   * page again trusting only the element names. */
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      html_walk_whole (w, doc, attempt == 0);
      if (w->b.text->len > 0 || attempt == 1)
        return;
      plx_text_builder_clear (&w->b);
      g_clear_pointer (&w->h1, g_free);
    }
}

/* The page's <title>, unless it names the site, in which case the
 * article's headline. */
static char *
html_title (HtmlWalker *w,
            xmlDoc     *doc,
            GPtrArray  *marked)
{
  g_autofree char *title = html_find_text (doc, "title", TRUE, FALSE);

  if (title == NULL || html_title_has_site (title))
    {
      /* The article's own headline first: a page may put the site's name in
       * an <h1> of its own. */
      g_autofree char *h1 = w->h1 != NULL ? g_steal_pointer (&w->h1)
                                          : html_find_h1 (marked, w->use_classes);

      if (h1 != NULL)
        {
          g_free (title);
          title = g_steal_pointer (&h1);
        }
    }

  return g_steal_pointer (&title);
}

/* Words in a class or id that name a paywall's box. */
static const char *const html_paywall_prefixes[] = { "paywall", "regwall", NULL };

/* What the page asks before its article: a password field is a form to
 * sign in; a paywall box it shows with a few lines in it ("Subscribe to
 * continue reading"), a subscription. Only @marked elements have
 * attributes. */
static PlxAccess
html_access (GPtrArray *marked)
{
  PlxAccess access = PLX_ACCESS_OPEN;

  for (guint i = 0; i < marked->len; i++)
    {
      xmlNode *node = g_ptr_array_index (marked, i);
      g_autofree char *type = NULL;
      g_autofree char *class = NULL;
      g_autofree char *id = NULL;

      if (plx_html_is (node, "input"))
        {
          type = plx_html_attribute (node, "type");
          if (type != NULL && strcmp (type, "password") == 0 && access == PLX_ACCESS_OPEN)
            access = PLX_ACCESS_SIGN_IN;
          continue;
        }
      class = plx_html_attribute (node, "class");
      id = plx_html_attribute (node, "id");
      if (plx_html_has_prefix_word (class, html_paywall_prefixes) ||
          plx_html_has_prefix_word (id, html_paywall_prefixes))
        {
          g_autofree char *text = plx_html_node_text (node);
          guint words = 0;

          for (const char *p = text; p != NULL && *p != '\0'; p++)
            words += !g_ascii_isspace (*p) && (p == text || g_ascii_isspace (p[-1]));
          /* A box of a few lines the page shows; not one it hides, nor
           * the article's own wrapper (the Washington Post's body has a
           * class "paywall"). */
          if (words >= 3 && words <= 100 && !plx_html_is_dropped (node, TRUE))
            return PLX_ACCESS_SUBSCRIPTION;
        }
    }

  return access;
}

gboolean
plx_document_extract_html (PlxDocument  *self,
                           const guint8 *data,
                           gsize         length,
                           const char   *name,
                           GError      **error)
{
  g_autoptr(GBytes) page = NULL;
  g_autofree char *location = NULL;
  g_autofree char *text = NULL;
  xmlDoc *doc;
  HtmlWalker w = { { NULL }, TRUE, NULL, NULL, 0, NULL };
  g_autofree char *json_body = NULL;
  g_autoptr(GPtrArray) marked = g_ptr_array_new ();

  /* A page saved as one file: the page is its first HTML part. */
  if (plx_document_is_mhtml (name, data, length))
    {
      page = plx_document_mhtml_page (data, length, name, &location, error);
      if (page == NULL)
        return FALSE;
      data = g_bytes_get_data (page, &length);
      if (length == 0)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                       _("“%s” contains no text. Choose a file that contains the article’s "
                         "text."),
                       name);
          return FALSE;
        }
    }
  text = plx_html_decode (data, length, name, error);
  if (text == NULL)
    return FALSE;
  if (location == NULL)
    location = html_saved_from (text);

  doc = plx_html_parse (text, name, marked, error);
  if (doc == NULL)
    return FALSE;

  json_body = plx_html_read_metadata (self, doc, marked);
  self->access = html_access (marked);
  html_walk_article (&w, doc, json_body);
  plx_text_builder_finish (&w.b, self);
  self->title = html_title (&w, doc, marked);
  if (self->metadata.headline == NULL)
    self->metadata.headline = g_strdup (self->title);
  if (self->metadata.url == NULL && is_address (location))
    self->metadata.url = g_steal_pointer (&location);

  g_free (w.h1);
  plx_html_free_later (doc, g_steal_pointer (&text));

  return TRUE;
}
