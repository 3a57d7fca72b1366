/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Inside the article's part of a page: which boxes are left out (links,
 * forms, galleries, captions; Readability's "clean conditionally"), and
 * whether a short post is alone on its page. */

#include "config.h"

#include "plx-document-html-content-private.h"

/* Running text of this many visible characters is a paragraph or two of
 * an article, not a box's label. */
#define RUNNING_TEXT 200

/* A line of text: a copyright, "Subscribe to: …", a pager, a byline. */
#define LINE_LENGTH 80

/* The visible characters of a picture's caption, at most. */
#define CAPTION_LENGTH 200

/* A box about the post's author (a picture, a name, a biography of more
 * than a line), named so by its class or id, that does not
 * hold half of the article's running text. A byline stays. */
static gboolean
is_author_box (PlxHtmlContent *self,
               const HtmlStat *stat)
{
  return stat->author && stat->text > LINE_LENGTH && stat->ptext * 2 < self->roots_ptext;
}

/* A line or two of links to the post's tags or categories ("Tags: …",
 * "filed under …"), two such links at least and a fifth of its text,
 * after the article's first paragraph: the page's filing details. Above
 * the article, beside its date, such a line belongs to its header. */
static gboolean
is_tag_line (PlxHtmlContent *self,
             const HtmlStat *stat)
{
  return stat->tag_links >= 2 && stat->tag_text * 5 >= stat->text &&
         stat->text <= 5 * LINE_LENGTH &&
         stat - &g_array_index (self->stats, HtmlStat, 0) > self->first_text;
}

/* Readability's "clean conditionally", in short. */
static gboolean
html_keeps (PlxHtmlContent *self,
            const xmlNode  *node,
            HtmlStat       *stat)
{
  static const char *const boxes[] = {
    "div", "section", "ul", "ol", "table", "form", "fieldset", "aside", "header", "dl", "nav",
    NULL,
  };
  gboolean is_list;
  double density;

  /* The article's own container is not a box inside it. */
  if (stat == NULL || !self->weigh || g_ptr_array_find (self->roots, node, NULL))
    return TRUE;
  if (plx_html_heading_level (node) > 0)
    return stat->weight >= 0;
  /* The page's furniture about the post, wherever the article is. */
  if (plx_html_is_block (node) && (is_tag_line (self, stat) || is_author_box (self, stat)))
    return FALSE;
  /* A post of a social network quoted whole: its own author's words, not
   * the article's, however many there are. */
  if (stat->embedded)
    return FALSE;
  /* The page read whole: a box or table cell of links, without more
   * running text than links, is a menu. */
  if (self->whole)
    return !(plx_html_is_any (node, boxes) || plx_html_is (node, "td")) ||
           stat->ptext > stat->links || plx_html_link_density (stat) <= 0.5;
  /* A paragraph of more than a line whose class or id names furniture
   * (an author's biography, the post's filing details): out, as the
   * boxes below, unless it is half the article. */
  if (!plx_html_is_any (node, boxes))
    return stat->weight >= 0 || !plx_html_is_block (node) || stat->text <= LINE_LENGTH ||
           stat->ptext * 2 >= self->roots_ptext;
  /* A wrapper that holds nearly all of the article, or most of its
   * running text, is the article. */
  if (stat->text > 0 && stat->text >= self->roots_text * 0.9)
    return TRUE;
  if (stat->ptext >= RUNNING_TEXT && stat->ptext * 2 >= self->roots_ptext && stat->weight >= 0)
    return TRUE;

  if (stat->weight < 0)
    return FALSE;
  if (stat->commas >= 10)
    return TRUE;

  is_list = plx_html_is (node, "ul") || plx_html_is (node, "ol");
  density = plx_html_link_density (stat);
  /* Pictures with little running text between them: a gallery, a row of
   * teasers. */
  if (stat->images > 1 && stat->paragraphs * 2 < stat->images && stat->ptext < stat->images * 100)
    return FALSE;
  /* A picture with a line about it, shorter than the article's
   * paragraphs: its caption. Not in a post made of pictures and lines. */
  if (stat->images == 1 && stat->paragraphs <= 1 && stat->text > 0 &&
      stat->text < CAPTION_LENGTH && stat->text * 2 < self->paragraph_length &&
      stat->headings == 0)
    return FALSE;
  if (!is_list && stat->items > stat->paragraphs + 1 && density > 0.3)
    return FALSE;
  if (stat->inputs > stat->paragraphs / 3)
    return FALSE;
  if (!is_list && stat->text < 25 && (stat->images == 0 || stat->images > 2) && density > 0)
    return FALSE;
  /* A list's items are often links with a few words around them; a list
   * that is mostly links is a list of other stories. */
  if (stat->weight < 25 && density > (is_list ? 0.5 : 0.2))
    return FALSE;
  if (stat->weight >= 25 && density > 0.5)
    return FALSE;
  if ((stat->embeds == 1 && stat->text < 75) || stat->embeds > 1)
    return FALSE;

  return TRUE;
}

gboolean
plx_html_content_keeps (PlxHtmlContent *self,
                        const xmlNode  *node)
{
  return html_keeps (self, node, plx_html_stat_of (self, node));
}

typedef enum
{
  PLACE_WRITTEN,  /* in a root, in no box left out */
  PLACE_LEFT_OUT, /* in a root, in a box left out */
  PLACE_OUTSIDE,  /* in no root */
  PLACE_ABOUT,    /* in a box about the post: its author, its tags */
} Place;

static Place
place_of (PlxHtmlContent *self,
          guint           i)
{
  Place place = PLACE_WRITTEN;

  for (; i != NO_PARENT; i = g_array_index (self->stats, HtmlStat, i).parent)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);

      if (is_tag_line (self, stat) || is_author_box (self, stat))
        return PLACE_ABOUT;
      if (g_ptr_array_find (self->roots, stat->node, NULL))
        return place;
      if (!html_keeps (self, stat->node, stat))
        place = PLACE_LEFT_OUT;
    }

  return PLACE_OUTSIDE;
}

gboolean
plx_html_content_is_alone (PlxHtmlContent *self,
                           guint           written)
{
  for (guint i = 0; i < self->stats->len; i++)
    {
      HtmlStat *stat = &g_array_index (self->stats, HtmlStat, i);
      Place place;

      if (stat->inline_text <= MAX (written, LINE_LENGTH))
        continue;
      place = place_of (self, i);
      /* Running text the scoring chose but left out in a box is likely the
       * article; elsewhere, a line or two (credits, a copyright) is not. */
      if (place == PLACE_LEFT_OUT ||
          (place == PLACE_OUTSIDE && stat->inline_text > MAX (written, 2 * LINE_LENGTH)))
        return FALSE;
    }

  return TRUE;
}
