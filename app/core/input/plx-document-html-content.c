/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Which part of a page is the article. Every element is measured once, in
 * one pass forward and one back: its visible characters, those inside
 * links, commas, paragraphs, list items, images and form fields. Each
 * block of running text (a paragraph, or a <div> holding text of its own)
 * then gives points to the elements around it: its parent most, its
 * grandparent half, and less further up, more for long text with commas.
 * Classes and ids that name the article ("content", "story", "post") or
 * page furniture ("share", "related") weigh in, and so do
 * <article> and itemprop="articleBody"; an element made mostly of links
 * keeps only the part of its score its own text earns. The best element is
 * the article, with those of its siblings that score nearly as well or are
 * plain paragraphs, and with its parent when what the parent adds is running
 * text too. When the page states its article's text (JSON-LD articleBody),
 * the element whose words match it best is the article. Inside it, boxes
 * that are mostly links, forms or images, with few commas, are left out,
 * and so are pictures with a caption; a box that holds most of the running
 * text stays whatever its links (plx-document-html-clean.c). A short post
 * is the article when nothing else on the page is running text
 * (plx_html_content_is_alone(), there too).
 * This follows the approach of Readability and similar extractors; no site
 * is named anywhere. */

#include "config.h"

#include <string.h>

#include "plx-document-html-content-private.h"


/* Calls @func for each word of @text (runs of letters and digits, and of
 * any non-ASCII character), folded to ASCII lower case and cut at 31 bytes,
 * skipping markup when @skip_tags. */
static void
for_each_word (const char *text,
               gboolean    skip_tags,
               void      (*func) (const char *word, gpointer data),
               gpointer    data)
{
  char word[32];
  gsize n = 0;
  gboolean in_tag = FALSE;

  for (const guchar *p = (const guchar *) text;; p++)
    {
      gboolean letter = *p >= 0x80 || g_ascii_isalnum (*p);

      if (skip_tags && *p == '<')
        in_tag = TRUE;
      if (letter && !in_tag)
        {
          if (n < sizeof word - 1)
            word[n++] = g_ascii_tolower (*p);
          continue;
        }
      if (skip_tags && *p == '>')
        in_tag = FALSE;
      if (n > 0)
        {
          word[n] = '\0';
          func (word, data);
          n = 0;
        }
      if (*p == '\0')
        break;
    }
}

static void
add_body_word (const char *word,
               gpointer    data)
{
  PlxHtmlContent *self = data;

  self->n_body_words++;
  if (!g_hash_table_contains (self->body_words, word))
    g_hash_table_add (self->body_words, g_strdup (word));
}

typedef struct
{
  PlxHtmlContent *self;
  HtmlStat       *stat;
} WordCount;

static void
count_word (const char *word,
            gpointer    data)
{
  WordCount *count = data;

  count->stat->words++;
  count->stat->hits += g_hash_table_contains (count->self->body_words, word);
}

/* Hints, matched against the start of each word of a class or id, so that
 * "comment" also catches "comments" and "commentlist". */
static const char *const positive_hints[] = {
  "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story",
  NULL,
};

static const char *const negative_hints[] = {
  "combx",   "contact",  "foot",      "footnote", "masthead", "meta",  "outbrain",
  "promo",    "related", "scroll",   "share",     "shoutbox", "sidebar",  "skyscraper",
  "sponsor",  "shopping", "tags",    "tool",      "widget",   "social",   "newsletter",
  "subscribe", "cookie", "consent",  "banner",    "breadcrumb", "popup",  "modal",
  "recommend", "trending", "teaser", "signup",    "login",    "gdpr",     "byline",
  "lightbox",  "overlay",  "bio",  "respond",
  NULL,
};


gboolean
plx_html_names_article (const xmlNode *node)
{
  g_autofree char *class = plx_html_attribute (node, "class");
  g_autofree char *id = plx_html_attribute (node, "id");

  return (plx_html_has_prefix_word (class, positive_hints) ||
          plx_html_has_prefix_word (id, positive_hints)) &&
         !plx_html_has_prefix_word (class, negative_hints) &&
         !plx_html_has_prefix_word (id, negative_hints);
}

/* The value of @node's attribute @name as libxml2 keeps it, without a
 * copy, or %NULL. */
static const char *
raw_attribute (const xmlNode *node,
               const char    *name)
{
  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (g_ascii_strcasecmp ((const char *) attr->name, name) == 0)
      return attr->children != NULL && attr->children->type == XML_TEXT_NODE &&
                 attr->children->next == NULL
               ? (const char *) attr->children->content
               : NULL;

  return NULL;
}

/* Whether a word of @node's attribute @name, or a part of a word written
 * in camel case ("extendedBio", "postFooter"), starts with one of
 * @prefixes. */
static gboolean
has_prefix_part (const xmlNode     *node,
                 const char        *name,
                 const char *const *prefixes)
{
  const char *value = raw_attribute (node, name);
  gboolean found = FALSE;

  for (const char *p = value; p != NULL && *p != '\0' && !found; p++)
    {
      if (!g_ascii_isalpha (*p) ||
          (p != value && g_ascii_isalnum (p[-1]) &&
           !(g_ascii_islower (p[-1]) && g_ascii_isupper (*p))))
        continue;
      for (guint i = 0; prefixes[i] != NULL && !found; i++)
        found = g_ascii_strncasecmp (p, prefixes[i], strlen (prefixes[i])) == 0;
    }

  return found;
}

static int
class_weight (const xmlNode *node)
{
  g_autofree char *class = plx_html_attribute (node, "class");
  g_autofree char *id = plx_html_attribute (node, "id");
  g_autofree char *itemprop = plx_html_attribute (node, "itemprop");
  int weight = 0;

  if (has_prefix_part (node, "class", negative_hints))
    weight -= 25;
  if (plx_html_has_prefix_word (class, positive_hints))
    weight += 25;
  if (plx_html_id_is_phrase (id))
    g_clear_pointer (&id, g_free);
  if (id != NULL && has_prefix_part (node, "id", negative_hints))
    weight -= 25;
  if (plx_html_has_prefix_word (id, positive_hints))
    weight += 25;
  if (itemprop != NULL && strstr (itemprop, "articlebody") != NULL)
    weight += 50;
  if (plx_html_is (node, "article"))
    weight += 10;

  return weight;
}

/* Words that name the box about a post's author in a class or id:
 * "article-author", "authorBox", "bio". */
static const char *const author_hints[] = { "author", "bio", NULL };

/* Words that name a post of a social network embedded in a page, in the
 * class of its <blockquote>: "twitter-tweet", "social-embed". */
static const char *const embed_hints[] = { "tweet", "embed", NULL };

/* Whether @node is a link to a tag or a category of the site
 * (rel="tag", rel="category tag"): the page's filing details. */
static gboolean
is_tag_link (const xmlNode *node)
{
  return plx_html_is (node, "a") &&
         plx_html_has_prefix_word (raw_attribute (node, "rel"),
                                   (const char *const[]) { "tag", "category", NULL });
}

static void
count_text (HtmlStat   *stat,
            const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p <= ' ' || (*p & 0xC0) == 0x80)
        continue;
      stat->text++;
      if (*p == ',')
        stat->commas++;
      /* The fullwidth and ideographic commas of CJK text, the Arabic comma. */
      else if ((p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
               (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) || (p[0] == 0xD8 && p[1] == 0x8C))
        stat->commas++;
    }
}

/* Numbers the elements that are not furniture and counts what each holds
 * directly. */
static void
measure_forward (PlxHtmlContent *self,
                 xmlNode        *top)
{
  for (xmlNode *node = top; node != NULL;)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE && !plx_html_is_dropped (node, self->use_classes))
        {
          HtmlStat stat = { node, NO_PARENT };

          if (node->parent != NULL && node->parent->type == XML_ELEMENT_NODE &&
              node->parent->_private != NULL)
            stat.parent = GPOINTER_TO_UINT (node->parent->_private) - 1;
          stat.weight = self->weigh ? class_weight (node) : 0;
          stat.author = self->weigh && plx_html_is_block (node) &&
                        (has_prefix_part (node, "class", author_hints) ||
                         has_prefix_part (node, "id", author_hints));
          stat.tag_links = is_tag_link (node);
          stat.embedded = self->weigh && plx_html_is (node, "blockquote") &&
                          has_prefix_part (node, "class", embed_hints);
          stat.paragraphs = plx_html_is (node, "p");
          stat.items = plx_html_is (node, "li");
          stat.images = plx_html_is (node, "img");
          stat.inputs = plx_html_is (node, "input") || plx_html_is (node, "select") ||
                        plx_html_is (node, "textarea") || plx_html_is (node, "button");
          stat.headings = plx_html_heading_level (node) > 0 && plx_html_heading_level (node) <= 3;
          stat.embeds = plx_html_is (node, "embed") || plx_html_is (node, "object") ||
                        plx_html_is (node, "iframe") || plx_html_is (node, "video");
          g_array_append_val (self->stats, stat);
          node->_private = GUINT_TO_POINTER (self->stats->len);
          descend = TRUE;
        }
      else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
               node->content != NULL && node->parent != NULL)
        {
          HtmlStat *parent = plx_html_stat_of (self, node->parent);

          if (parent != NULL)
            {
              guint before = parent->text;

              count_text (parent, (const char *) node->content);
              parent->inline_text += parent->text - before;
              if (self->body_words != NULL)
                {
                  WordCount count = { self, parent };

                  for_each_word ((const char *) node->content, FALSE, count_word, &count);
                }
            }
        }
      node = plx_html_next (node, top, descend);
    }
}

/* Whether @stat is a block of running text that votes for its ancestors. */
static gboolean
is_paragraph (const HtmlStat *stat)
{
  static const char *const paragraphs[] = { "p", "pre", "td", NULL };
  static const char *const containers[] = {
    "div", "section", "article", "main", "blockquote", "center", "font", "span", NULL,
  };

  if (stat->inline_text < 25)
    return FALSE;
  /* An item of a list that is written in sentences, not a list of links:
   * articles made of lists (release notes, live blogs). */
  if (plx_html_is (stat->node, "li"))
    return stat->inline_text >= 80 && stat->links * 3 < stat->text;

  return plx_html_is_any (stat->node, paragraphs) || plx_html_is_any (stat->node, containers);
}

/* Adds each element's counts to its parent's, children first. */
static void
measure_backward (PlxHtmlContent *self)
{
  for (guint i = self->stats->len; i-- > 0;)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);
      HtmlStat *parent;

      if (plx_html_is (stat->node, "a"))
        stat->links = stat->text;
      if (stat->tag_links > 0 && plx_html_is (stat->node, "a"))
        stat->tag_text = stat->text;
      if (is_paragraph (stat))
        stat->ptext += stat->inline_text;
      if (stat->parent == NO_PARENT)
        continue;

      parent = &g_array_index (self->stats, HtmlStat, stat->parent);
      parent->text += stat->text;
      parent->links += stat->links;
      parent->commas += stat->commas;
      parent->ptext += stat->ptext;
      parent->words += stat->words;
      parent->hits += stat->hits;
      parent->paragraphs += stat->paragraphs;
      parent->items += stat->items;
      parent->images += stat->images;
      parent->inputs += stat->inputs;
      parent->embeds += stat->embeds;
      parent->headings += stat->headings;
      parent->tag_text += stat->tag_text;
      parent->tag_links += stat->tag_links;
      if (!plx_html_is_block (stat->node) && plx_html_heading_level (stat->node) == 0)
        parent->inline_text += stat->inline_text;
    }
}

static void
init_candidate (HtmlStat *stat)
{
  static const char *const plus_three[] = { "pre", "td", "blockquote", NULL };
  static const char *const minus_three[] = {
    "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL,
  };

  if (stat->scored)
    return;
  stat->scored = TRUE;
  stat->score = stat->weight;
  if (plx_html_is (stat->node, "div") || plx_html_is (stat->node, "article") ||
      plx_html_is (stat->node, "section") || plx_html_is (stat->node, "main"))
    stat->score += 5;
  else if (plx_html_is_any (stat->node, plus_three))
    stat->score += 3;
  else if (plx_html_is_any (stat->node, minus_three))
    stat->score -= 3;
  else if (plx_html_heading_level (stat->node) > 0 || plx_html_is (stat->node, "th"))
    stat->score -= 5;
}

static void
score_paragraphs (PlxHtmlContent *self)
{
  for (guint i = 0; i < self->stats->len; i++)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);
      double points;
      guint parent = stat->parent;

      if (!is_paragraph (stat))
        continue;

      points = 1.0 + MIN (stat->commas, 30) + MIN (stat->inline_text / 100, 3);
      for (guint level = 0; parent != NO_PARENT && level < 5; level++)
        {
          HtmlStat *ancestor = &g_array_index (self->stats, HtmlStat, parent);

          init_candidate (ancestor);
          ancestor->score += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
          parent = ancestor->parent;
        }
    }
}

static guint
find_top (PlxHtmlContent *self)
{
  guint top = NO_PARENT;
  double best = 0.0;

  for (guint i = 0; i < self->stats->len; i++)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);

      if (!stat->scored)
        continue;
      stat->score *= 1.0 - plx_html_link_density (stat);
      if (top == NO_PARENT || stat->score > best)
        {
          top = i;
          best = stat->score;
        }
    }

  return top;
}

static gboolean
is_ancestor (PlxHtmlContent *self,
             guint           ancestor,
             guint           node)
{
  for (; node != NO_PARENT; node = g_array_index (self->stats, HtmlStat, node).parent)
    if (node == ancestor)
      return TRUE;

  return FALSE;
}

/* The article goes on beyond @top when what its parent adds is running
 * text too, with few links: sections split by pictures or boxes. Not
 * beyond an <article>: the page says where its article ends. */
static guint
widen_to_text (PlxHtmlContent *self,
               guint           top)
{
  for (;;)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, top);
      HtmlStat *parent;
      guint added;

      if (stat->parent == NO_PARENT)
        break;
      parent = &g_array_index (self->stats, HtmlStat, stat->parent);
      added = parent->text - stat->text;
      if (plx_html_is (parent->node, "body") || plx_html_is (stat->node, "article") ||
          parent->weight < 0 || added == 0 ||
          parent->ptext - stat->ptext < added * 0.7 ||
          parent->links - stat->links > added * 0.2)
        break;
      top = stat->parent;
    }

  /* An only child says no more than its parent. */
  for (;;)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, top);
      HtmlStat *parent;

      if (stat->parent == NO_PARENT)
        break;
      parent = &g_array_index (self->stats, HtmlStat, stat->parent);
      if (plx_html_is (parent->node, "body") || parent->text > stat->text)
        break;
      top = stat->parent;
    }

  return top;
}

/* When the article is split into blocks that each score well (text broken
 * up by pictures or boxes), the best one alone is too little: go up to the
 * element that holds several of the best. */
static guint
widen_top (PlxHtmlContent *self,
           guint           top)
{
  HtmlStat *best = &g_array_index (self->stats, HtmlStat, top);
  guint close[5];
  guint n_close = 0;
  double last_score;

  for (guint i = 0; i < self->stats->len && n_close < G_N_ELEMENTS (close); i++)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);

      if (i != top && stat->scored && stat->score >= best->score * 0.75)
        close[n_close++] = i;
    }

  if (n_close >= 2)
    for (guint up = best->parent; up != NO_PARENT; up = g_array_index (self->stats, HtmlStat, up).parent)
      {
        guint inside = 0;

        if (plx_html_is (g_array_index (self->stats, HtmlStat, up).node, "body"))
          break;
        for (guint k = 0; k < n_close; k++)
          inside += is_ancestor (self, up, close[k]);
        if (inside >= 2)
          {
            top = up;
            break;
          }
      }

  /* A parent that scores better than its child holds more of the article. */
  last_score = g_array_index (self->stats, HtmlStat, top).score;
  for (guint up = g_array_index (self->stats, HtmlStat, top).parent; up != NO_PARENT;
       up = g_array_index (self->stats, HtmlStat, up).parent)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, up);

      if (plx_html_is (stat->node, "body") || !stat->scored ||
          stat->score < best->score / 3.0)
        break;
      if (stat->score > last_score)
        {
          top = up;
          break;
        }
      last_score = stat->score;
    }

  return widen_to_text (self, top);
}

/* Whether a sibling of the article's container is part of the article. */
static gboolean
sibling_belongs (PlxHtmlContent *self,
                 const HtmlStat *top,
                 const HtmlStat *sibling)
{
  double threshold = MAX (10.0, top->score * 0.2);
  double bonus = 0.0;
  g_autofree char *top_class = plx_html_attribute (top->node, "class");
  g_autofree char *class = plx_html_attribute (sibling->node, "class");
  double density = plx_html_link_density (sibling);
  g_autofree char *text = NULL;

  if (top_class != NULL && class != NULL && *class != '\0' && strcmp (top_class, class) == 0)
    bonus = top->score * 0.2;
  if (sibling->scored && sibling->score + bonus >= threshold)
    return TRUE;
  /* A block of the article's running text, however deep its paragraphs
   * sit (the article cut in parts by pictures). */
  if (sibling->weight >= 0 && sibling->ptext >= 300 && sibling->ptext >= sibling->text * 0.9 &&
      density < 0.1)
    return TRUE;
  if (!plx_html_is (sibling->node, "p"))
    return FALSE;
  if (sibling->text > 80)
    return density < 0.25;

  if (sibling->text == 0 || density > 0.0)
    return FALSE;
  text = plx_html_node_text (sibling->node);

  return strstr (text, ". ") != NULL;
}

static void
collect_roots (PlxHtmlContent *self,
               guint           top)
{
  HtmlStat *best = &g_array_index (self->stats, HtmlStat, top);
  xmlNode *parent = best->node->parent;

  if (best->parent == NO_PARENT || parent == NULL)
    {
      g_ptr_array_add (self->roots, best->node);
      return;
    }

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      HtmlStat *stat = plx_html_stat_of (self, child);

      if (child == best->node)
        g_ptr_array_add (self->roots, child);
      /* An <article> is the page's own word on where its article ends:
       * beside it, only another <article> belongs. */
      else if (stat != NULL &&
               (!plx_html_is (best->node, "article") || plx_html_is (child, "article")) &&
               sibling_belongs (self, best, stat))
        g_ptr_array_add (self->roots, child);
    }
}

/* The element whose text is the JSON-LD articleBody, when one matches it
 * well: the page's own statement of what its article is. */
static guint
find_body (PlxHtmlContent *self)
{
  guint found = NO_PARENT;
  double best = 0.8;

  for (guint i = 0; i < self->stats->len; i++)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);
      double precision;
      double recall;
      double f;

      if (stat->hits == 0)
        continue;
      precision = (double) stat->hits / stat->words;
      recall = MIN (1.0, (double) stat->hits / self->n_body_words);
      f = 2 * precision * recall / (precision + recall);
      /* Ties go to the innermost element, which comes later. */
      if (f >= best)
        {
          found = i;
          best = f;
        }
    }

  return found;
}

/* The roots' first paragraph of running text: more than a line, not
 * mostly links. The elements are numbered in page order. */
static void
find_first_text (PlxHtmlContent *self)
{
  self->first_text = self->stats->len;
  for (guint i = 0; i < self->roots->len; i++)
    {
      HtmlStat *root = plx_html_stat_of (self, g_ptr_array_index (self->roots, i));
      guint index;

      if (root == NULL)
        continue;
      index = root - &g_array_index (self->stats, HtmlStat, 0);
      for (guint k = index; k < self->stats->len && k < self->first_text; k++)
        {
          HtmlStat *stat = &g_array_index (self->stats, HtmlStat, k);

          if (k > index && (stat->parent < index || stat->parent == NO_PARENT))
            break;
          if (is_paragraph (stat) && stat->inline_text >= 80 && stat->links * 2 < stat->text)
            {
              self->first_text = k;
              break;
            }
        }
    }
}

/* The roots' visible characters and running text per paragraph. */
static void
measure_roots (PlxHtmlContent *self)
{
  guint ptext = 0;
  guint paragraphs = 0;

  for (guint i = 0; i < self->roots->len; i++)
    {
      HtmlStat *root = plx_html_stat_of (self, g_ptr_array_index (self->roots, i));

      if (root == NULL)
        continue;
      self->roots_text += root->text;
      ptext += root->ptext;
      paragraphs += root->paragraphs;
    }
  self->paragraph_length = ptext / MAX (paragraphs, 1);
  self->roots_ptext = ptext;
  find_first_text (self);
}

PlxHtmlContent *
plx_html_content_new (xmlDoc     *doc,
                      const char *json_body,
                      gboolean    use_classes,
                      gboolean    weigh)
{
  PlxHtmlContent *self = g_new0 (PlxHtmlContent, 1);
  xmlNode *top = xmlDocGetRootElement (doc);
  guint best;

  self->stats = g_array_new (FALSE, FALSE, sizeof (HtmlStat));
  self->roots = g_ptr_array_new ();
  self->use_classes = use_classes;
  self->weigh = weigh;
  if (top == NULL)
    return self;

  if (json_body != NULL && weigh)
    {
      self->body_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for_each_word (json_body, TRUE, add_body_word, self);
      if (self->n_body_words < 50)
        g_clear_pointer (&self->body_words, g_hash_table_unref);
    }

  measure_forward (self, top);
  measure_backward (self);
  if (self->body_words != NULL && (best = find_body (self)) != NO_PARENT)
    {
      g_ptr_array_add (self->roots, g_array_index (self->stats, HtmlStat, best).node);
      self->roots_text = g_array_index (self->stats, HtmlStat, best).text;
      self->certain = TRUE;
      return self;
    }
  score_paragraphs (self);
  best = find_top (self);
  if (best != NO_PARENT)
    collect_roots (self, widen_top (self, best));
  measure_roots (self);

  return self;
}

/* The whole of @root as the article, with the same boxes left out: for a
 * page whose scoring found too little. */
PlxHtmlContent *
plx_html_content_new_whole (xmlDoc   *doc,
                            xmlNode  *root,
                            gboolean  use_classes)
{
  PlxHtmlContent *self = g_new0 (PlxHtmlContent, 1);
  xmlNode *top = xmlDocGetRootElement (doc);

  self->stats = g_array_new (FALSE, FALSE, sizeof (HtmlStat));
  self->roots = g_ptr_array_new ();
  self->use_classes = use_classes;
  self->weigh = TRUE;
  self->whole = TRUE;
  if (top == NULL || root == NULL)
    return self;

  measure_forward (self, top);
  measure_backward (self);
  g_ptr_array_add (self->roots, root);
  measure_roots (self);

  return self;
}

void
plx_html_content_free (PlxHtmlContent *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->stats->len; i++)
    g_array_index (self->stats, HtmlStat, i).node->_private = NULL;
  g_array_unref (self->stats);
  g_ptr_array_unref (self->roots);
  g_clear_pointer (&self->body_words, g_hash_table_unref);
  g_free (self);
}

gboolean
plx_html_content_is_certain (PlxHtmlContent *self)
{
  return self->certain;
}

GPtrArray *
plx_html_content_roots (PlxHtmlContent *self)
{
  return self->roots;
}
