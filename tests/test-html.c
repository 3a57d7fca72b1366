/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The article and the metadata of saved web pages: one small page per
 * rule, in tests/data/html, and what a reader would expect of each. */

#include "config.h"

#include <string.h>

#include "plx-article.h"
#include "plx-document.h"
#include "plx-document-html-private.h"
#include "plx-error.h"
#include "plx-load.h"

#define MAX_STRINGS 6

typedef struct
{
  const char *file;
  const char *present[MAX_STRINGS]; /* in the article, in this order */
  const char *absent[MAX_STRINGS];
} ExtractCase;

static const ExtractCase extract_cases[] = {
  /* Navigation, cookie notice, newsletter box, teaser links, comments and
   * footer around a story in a <div>. */
  { "nav-comments.html",
    { "The city council voted", "Mayor Lena Ortiz said", "Cyclists and pedestrians",
      "We cannot wait for a collapse" },
    { "cookies", "Sport", "newsletter", "Ferry fares", "waste of money", "All rights reserved" } },
  /* The story is the long <article>; teasers are <article>s too. */
  { "teasers.html",
    { "The city council voted", "Cyclists and pedestrians" },
    { "Ferry fares", "Operators blame", "roof garden", "Forecasters", "tolls", "photos" } },
  /* itemprop="articleBody" beats a column of other texts. */
  { "articlebody.html",
    { "The city council voted", "Cyclists and pedestrians" },
    { "Opinion:", "Letters:" } },
  /* The JSON-LD articleBody names the article where the scoring alone
   * would take a longer text full of commas. */
  { "jsonld-body.html",
    { "The council closed the harbour bridge", "Shop owners on the north bank" },
    { "festival" } },
  /* Headings, block quotes and lists stay, each its own paragraph; a
   * list's items are its lines. */
  { "structure.html",
    { "The council voted", "\n\nWhy it closed\n\n", "\n\nWe cannot wait for a collapse to act.\n\n",
      "\n\nBuses take the ring road from Monday.\nCyclists and pedestrians may still cross.\n",
      "will publish the engineers' report." },
    { "Home", "All rights reserved" } },
  /* What the page hides (style, class "hidden", "hiddenBox", Bootstrap's
   * "hide" and "d-none") is not read; what it hides only on small screens
   * ("hidden-xs") is. */
  { "hidden.html",
    { "The city council voted", "Cyclists and pedestrians", "a map of the detour" },
    { "Previewing", "enable JavaScript", "Subscribers", "Transcript", "carried cars",
      "readers' poll" } },
  /* An article cut in parts by pictures, each part deep in wrappers: all
   * the parts, none of the pictures' captions nor the links after them. */
  { "split-article.html",
    { "The council voted on Tuesday", "Engineers first noticed the cracks",
      "Cyclists and pedestrians may still use" },
    { "at dawn", "diver under", "Ferry fares" } },
  /* A video player's settings (quality, captions' fonts) above the
   * story are furniture, as a menu is. */
  { "player-settings.html",
    { "A photographer and Navy veteran", "honour their service" },
    { "Video Quality", "Palatino", "transparency" } },
  /* An <aside> whose id names a post is hidden all the same when its
   * style hides it (a message shown once a post is published). */
  { "hidden-aside.html",
    { "The city council closed", "a second inspection is due in March." },
    { "launched", "share it" } },
  /* Beside the page's <article>, a block of running text (the rules of
   * the readers' forum) is not part of the story: neither as a block
   * beside it nor by going up to the element that holds both. */
  { "article-sibling.html",
    { "The city council closed", "a second inspection is due in March." },
    { "opinions published", "Send us" } },
  { "article-parent.html",
    { "The city council closed", "a second inspection is due in March." },
    { "opinions published", "Send us" } },
  /* Ids made from headings ("sharing-…") are no hint of share buttons. */
  { "sections.html",
    { "The city council voted", "Sharing the road", "Mayor Lena Ortiz", "Shop owners" },
    { NULL } },
  /* A wrapper whose class names a sidebar still holds the article. */
  { "sidebar-wrapper.html",
    { "The city council voted", "Cyclists and pedestrians" },
    { "Most read" } },
  /* A page saved as one file (MHTML, quoted-printable): the page, with
   * the same furniture left out, and nothing of the picture after it. */
  { "page.mhtml",
    { "The council’s decision came late", "The city council voted", "Cyclists and pedestrians" },
    { "cookies", "waste of money", "iVBOR", "MultipartBoundary", "=3D" } },
  /* A post of a few lines is read from what the scoring found, not from
   * the whole page with its menus. */
  { "short-post.html",
    { "The council closed the harbour bridge", "A second inspection is due in March" },
    { "Archive", "The Book", "podcast", "Sign up" } },
  /* A post of one line under its headline, on a page that is otherwise
   * menus, a pager, feed links and a copyright line: the post alone. */
  { "tiny-post.html",
    { "Bridge lights", "The new lights on the harbour bridge" },
    { "Newer Post", "Subscribe to", "(c) 2012", "Blog Archive", "Pictures and" } },
  /* A short post in a box of many links, which the scoring's own
   * container leaves out: not taken for a post alone on its page (what is
   * left, a comment heading and a disclaimer, is not the article); the
   * page is read whole. */
  { "short-post-links.html",
    { "Night ferry", "The night ferry to the islands starts again on Friday" },
    { "Archive" } },
  /* A post whose box has many links but holds most of the running text
   * its container chose: the post is kept, not lost to the links, and
   * the menu beside it is not read. */
  { "post-in-link-box.html",
    { "Night ferry", "The night ferry to the islands", "islanders have asked for it since" },
    { "Archive" } },
  /* A short post whose author's menu only a looser reading keeps: the
   * few lines that reading adds are not worth its furniture, the post is
   * read as the strictest reading found it. */
  { "short-post-menu.html",
    { "The night ferry to the islands", "as do dogs on a lead." },
    { "View profile", "Lena Ortiz" } },
  /* The place for readers' comments after the article ends it: what
   * follows in the post's container (the comment system's credit, the
   * rules for comments) is not read. The link to the comments above the
   * article does not end it. */
  { "after-comments.html",
    { "By Lena Ortiz", "The city council closed", "a second inspection is due in March." },
    { "3 comments", "powered by", "Keep it civil" } },
  /* A page with too little running text to score, read whole: its menu
   * (a table cell of links) is left out. */
  { "whole-page-menu.html",
    { "Ferry times", "Island ferry: 7:00", "Harbour bus: every hour" },
    { "All ferries", "Write to us" } },
  /* A post of two sentences before a long thread of readers' comments
   * ("commentlist", "commentBody"): the post, not the comments. */
  { "short-post-comments.html",
    { "The council closed the harbour bridge", "every twenty minutes" },
    { "I have crossed that bridge", "8 responses" } },
  /* A short story deep in wrappers that also hold its topic icons and
   * share links: the story, not the comments after it. */
  { "wrapped-story.html",
    { "The council closed the harbour bridge", "is due in March" },
    { "First!", "ring road, as anyone" } },
  /* An article written as lists, with no paragraph at all. */
  { "list-article.html",
    { "The council closed the harbour bridge", "Shop owners on the north bank",
      "Lena fixed the broken lights", "in the old blue" },
    { "Older posts" } },
  /* Paragraphs of more than a line whose class names furniture (an
   * author's biography, the post's filing details) inside the article's
   * container are left out; a byline of a line stays. */
  { "marked-paragraph.html",
    { "By Lena Ortiz", "The city council closed", "a second inspection is due in March." },
    { "senior reporter", "This entry was posted" } },
  /* What follows the page's footer (a menu of links) in the article's
   * container is a legal notice, not the article; a box of two links
   * named a footer inside the article does not end it. */
  { "page-footer.html",
    { "The city council closed", "Buses will take the ring road",
      "a second inspection is due in March." },
    { "Section 1", "shall not be deemed" } },
  /* The author's biography and a newsletter box shown as a lightbox. */
  { "bio-lightbox.html",
    { "The city council voted", "asked the mayor for a meeting" },
    { "Lena Ortiz is a reporter", "Do not miss a story" } },
  /* An author's biography before the post, named in camel case
   * ("extendedBio"): the post without it. */
  { "bio-camel-case.html",
    { "The harbour bridge", "The city council closed", "every twenty minutes" },
    { "grew up by the harbour", "afraid of boats" } },
  /* After the article's last sentence, in its container: a signature,
   * then a label with its links, the heading of an empty box and a
   * copyright line. The signature stays, the rest goes. */
  { "tail-furniture.html",
    { "The city council closed", "a second inspection is due in March", "Posted by Lena Ortiz" },
    { "Share this", "Twitter", "More from the harbour", "\xC2\xA9 2026" } },
  /* A picture in a box of its own with a line about it, between long
   * paragraphs: the caption is left out like a <figcaption>. */
  { "caption-box.html",
    { "The city council closed", "Buses will take the ring road", "a second inspection" },
    { "at dawn" } },
  /* A box about the author after the article (a picture, a name and a
   * biography of more than a line), in the article's container: out. */
  { "author-box.html",
    { "Ferry fares to rise", "the council said it would decide in March." },
    { "senior writer", "Reader comments" } },
  /* Lines of links to the post's tags and categories (rel="tag",
   * rel="category tag") after the article: out. The one beside the date
   * above the article is part of its header and stays. */
  { "tag-line.html",
    { "Topics: Ferries, Islands", "The harbour ferry company", "decide in March." },
    { "Tags:", "This entry was posted", "follow any responses" } },
  /* A post of a social network embedded in the article (a <blockquote>
   * whose class names a tweet or an embed): out; a quotation in a plain
   * <blockquote> stays. */
  { "embedded-post.html",
    { "The harbour ferry company", "We held the fares", "forty-four euros", "decide in March." },
    { "late every other morning", "@islandcommuter" } },
  /* A last line of links with bars between them, after the article. */
  { "tail-bar.html",
    { "The city council closed", "a second inspection is due in March" },
    { "Filed under", "Feed (RSS)" } },
  /* A page saved from a browser's reader view: the article, without the
   * view's own header and toolbar. */
  { "reader-view.html",
    { "The city council voted", "Why it closed", "We cannot wait for a collapse",
      "may still use the bridge" },
    { "minutes", "Close", "Sans-serif", "Type controls" } },
  /* The charset declared after 4 KB of script is read, not guessed. */
  { "charset-late-meta.html",
    { "Городской совет во вторник" },
    { NULL } },
  /* Declared UTF-8 with stray Windows-1252 bytes: read, not refused. */
  { "utf8-stray-bytes.html",
    { "The council’s vote", "Shop owners’ said", "not asked them \xEF\xBF\xBD" "first." },
    { NULL } },
};

static PlxDocument *
load_page (const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", file, NULL);
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlxDocument *doc = plx_document_new_from_file (gfile, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (doc->format, ==, PLX_FORMAT_HTML);

  return doc;
}

static void
test_extract (gconstpointer data)
{
  const ExtractCase *c = data;
  g_autoptr(PlxDocument) doc = load_page (c->file);
  const char *from = doc->text;

  for (guint i = 0; i < MAX_STRINGS && c->present[i] != NULL; i++)
    {
      const char *found = strstr (from, c->present[i]);

      if (found == NULL)
        g_error ("%s: “%s” missing or out of order in:\n%s", c->file, c->present[i], doc->text);
      from = found;
    }
  for (guint i = 0; i < MAX_STRINGS && c->absent[i] != NULL; i++)
    if (strstr (doc->text, c->absent[i]) != NULL)
      g_error ("%s: “%s” should not be in:\n%s", c->file, c->absent[i], doc->text);
}

/* On a web page the first line is the title only when it is a heading
 * that says what the page's headline says; a section's name ("Highlights")
 * is not the article's title. */
static void
test_title_is_headline (void)
{
  static const struct { const char *file; const char *first; PlxSentenceKind kind; } cases[] = {
    { "wrapped-story.html", "Bridge closed after cracks found", PLX_SENTENCE_TITLE },
    { "list-article.html", "Highlights", PLX_SENTENCE_BODY },
    { "bio-lightbox.html", "The city council voted", PLX_SENTENCE_BODY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PlxDocument) doc = load_page (cases[i].file);
      g_autoptr(PlxArticle) article = plx_article_new_from_document (doc, cases[i].file);
      guint n = 0;
      const PlxSentence *first = plx_article_get_sentences (article, &n);
      g_autofree char *text = plx_sentence_dup_text (first, plx_article_get_text (article));

      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_str_has_prefix (text, cases[i].first));
      if (first->kind != cases[i].kind)
        g_error ("%s: the first sentence “%s” is %s", cases[i].file, text,
                 plx_sentence_kind_to_string (first->kind));
    }
}

/* Headings of the article are recorded as headings. */
static void
test_structure_headings (void)
{
  g_autoptr(PlxDocument) doc = load_page ("structure.html");
  const char *expected[] = { "Bridge: what we know", "Why it closed", "What changes" };

  g_assert_cmpuint (doc->headings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PlxSpan *span = &g_array_index (doc->headings, PlxSpan, i);
      const char *start = g_utf8_offset_to_pointer (doc->text, span->start);
      const char *end = g_utf8_offset_to_pointer (doc->text, span->end);
      g_autofree char *heading = g_strndup (start, end - start);

      g_assert_cmpstr (heading, ==, expected[i]);
    }
}

/* An archive with pictures but no page says so. */
static void
test_mhtml_without_page (void)
{
  static const char archive[] =
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n"
    "--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    "iVBORw0KGgo=\r\n--b--\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (archive, sizeof archive - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = plx_document_new_from_bytes (bytes, "saved.mht", &error);

  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "saved.mht"));
  g_assert_nonnull (strstr (error->message, "MHTML"));
}

/* The parser keeps the attributes the reader reads and drops the rest
 * before they become nodes: a picture's sources, data attributes, event
 * handlers, the address of an ordinary link. */
static void
test_kept_attributes (void)
{
  static const char *const read[] = {
    "aria-hidden", "class", "content", "datetime", "hidden", "http-equiv", "id", "itemprop",
    "lang", "name", "property", "rel", "role", "style", "type", "xml:lang",
  };
  static const char *const dropped[] = {
    "src", "srcset", "alt", "title", "width", "data-id", "onclick", "target", "aria-label",
  };
  const xmlChar *none[] = { NULL };
  const xmlChar *link[] = { BAD_CAST "href", BAD_CAST "/sport", NULL };
  const xmlChar *named_link[] = { BAD_CAST "class", BAD_CAST "reader-domain", BAD_CAST "href",
                                  BAD_CAST "https://harbour.example/", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    g_assert_true (plx_html_keeps_attribute ("div", read[i], none));
  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    g_assert_false (plx_html_keeps_attribute ("img", dropped[i], none));
  /* The canonical address and a reader view's link to its site are read;
   * the address of any other link is not. */
  g_assert_true (plx_html_keeps_attribute ("link", "href", link));
  g_assert_true (plx_html_keeps_attribute ("a", "href", named_link));
  g_assert_false (plx_html_keeps_attribute ("a", "href", link));
}

/* The check a page's bytes go through says what g_utf8_validate_len()
 * says, and where, whatever ASCII comes before a bad or cut sequence. */
static void
test_utf8_validate (void)
{
  static const char *const tails[] = {
    "", "é", "€", "𝄞", "\xC3", "\xE2\x82", "\xF0\x9D\x84", "\xC0\xAF", "\xED\xA0\x80",
    "\xF4\x90\x80\x80", "\x80", "\xFF", "é\xC3(", "€€ x\x80", "\xE2\x82(",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint ascii = 0; ascii < 20; ascii++)
    for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
      for (guint after = 0; after < 10; after += 9)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          const char *end = NULL;
          const char *expected_end = NULL;

          for (guint j = 0; j < ascii; j++)
            g_string_append_c (text, 'a' + j % 26);
          g_string_append (text, tails[i]);
          for (guint j = 0; j < after; j++)
            g_string_append_c (text, '<');
          g_assert_cmpint (plx_utf8_validate (text->str, text->len, &end), ==,
                           g_utf8_validate_len (text->str, text->len, &expected_end));
          g_assert_true (end == expected_end);
        }

  /* NUL is refused, as g_utf8_validate_len() refuses it. */
  g_assert_false (plx_utf8_validate ("abcdefgh\0ijklmnop", 17, NULL));
  g_assert_false (plx_utf8_validate ("abcdefghijklmno\0", 16, NULL));

  /* Random bytes, mostly ASCII. */
  for (guint n = 0; n < 2000; n++)
    {
      guint8 bytes[64];
      gsize length = g_rand_int_range (rand, 0, sizeof bytes);
      const char *end = NULL;
      const char *expected_end = NULL;

      for (gsize j = 0; j < length; j++)
        bytes[j] = g_rand_int_range (rand, 0, 8) == 0 ? g_rand_int_range (rand, 1, 256)
                                                      : g_rand_int_range (rand, 1, 128);
      g_assert_cmpint (plx_utf8_validate ((const char *) bytes, length, &end), ==,
                       g_utf8_validate_len ((const char *) bytes, length, &expected_end));
      g_assert_true (end == expected_end);
    }
}

/* White space as a browser shows it: a run of it, ASCII or not, is one
 * space, none at either end; checked against the plainest reading on
 * random text of words, spaces, tabs, line ends and no-break spaces. */
static char *
collapse_slowly (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
    }

  return g_string_free (out, FALSE);
}

static void
test_collapse_whitespace (void)
{
  static const char *const pieces[] = {
    "a", "word", "é", "€", " ", " ", "  ", "\t", "\n", "\xC2\xA0", "\xE2\x80\x83", ".", "x y",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint n = 0; n < 3000; n++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *fast = NULL;
      g_autofree char *slow = NULL;
      guint length = g_rand_int_range (rand, 0, 12);

      for (guint i = 0; i < length; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      fast = plx_text_collapse_whitespace (text->str);
      slow = collapse_slowly (text->str);
      g_assert_cmpstr (fast, ==, slow);
    }
}

/* Pages read one after the other from two threads at once (the window
 * loads both articles together) give the same article every time: the
 * trees are freed on a thread of their own while the next page is read. */
static gpointer
read_pages_thread (gpointer data)
{
  const char *expected = data;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(PlxDocument) doc = load_page ("nav-comments.html");

      if (g_strcmp0 (doc->text, expected) != 0)
        return GUINT_TO_POINTER (FALSE);
    }

  return GUINT_TO_POINTER (TRUE);
}

static void
test_read_in_threads (void)
{
  g_autoptr(PlxDocument) first = load_page ("nav-comments.html");
  GThread *threads[2];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("read", read_pages_thread, first->text);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_UINT (g_thread_join (threads[i])));
}

typedef struct
{
  const char *file;
  const char *headline;
  const char *site_name;
  const char *authors; /* joined with "; " */
  const char *published;
  const char *modified;
  const char *url;
  const char *language;
} MetadataCase;

static const MetadataCase metadata_cases[] = {
  /* JSON-LD NewsArticle in an @graph beats Open Graph; the page's own
   * lang and <link rel=canonical> beat the JSON-LD's. */
  { "meta-jsonld.html", "Council closes harbour bridge", "Harbour Times", "Lena Ortiz; Tom Berg",
    "2026-03-03T09:30:00+01:00", "2026-03-04T08:00:00+01:00",
    "https://harbour.example/news/bridge-closed", "en-GB" },
  /* Open Graph and meta tags alone; a "By A and B" author is two people. */
  { "meta-opengraph.html", "Council closes harbour bridge", "Harbour Times", "Lena Ortiz; Tom Berg",
    "2026-03-03T09:30:00Z", "2026-03-04T08:00:00Z", "https://harbour.example/news/bridge",
    "fr-FR" },
  /* Nothing but the markup: the article's first byline and its <time>,
   * not the masthead's clock nor a teaser's byline; no "3 comments" of
   * the byline is an author. */
  { "meta-byline.html", "Brücke gesperrt", NULL, "Anna Lang; Jonas Weber", "2026-03-03", NULL,
    "https://hafen.example/bruecke", "de" },
  /* Microdata: the dates as the page writes them (they were in lower
   * case), the Person's name of an author box (was the box's text; its
   * itemprop lists two properties), over the meta tag. */
  { "meta-microdata.html", "Harbour bridge closed", NULL, "Ann Lee", "2026-03-03T09:30:00Z",
    "2026-03-04T08:00:00Z", NULL, "en" },
  /* A byline "By NAME | date" (was no author) in title case; a reader's
   * byline in the comments above it is not the author (was "J J"), nor a
   * teaser's author in the sidebar (class "author"). */
  { "meta-byline-bar.html", "Harbour bridge closed", NULL, "Ann Lee", NULL, NULL, NULL, "en" },
  /* A JSON-LD author that is no list of names is kept whole. */
  { "meta-byline-caps.html", "Harbour bridge closed", NULL, "Doe, Jane", NULL, NULL, NULL,
    "en" },
  /* A short word in capitals without a vowel is an abbreviation: not
   * "Nyt Staff". */
  { "meta-byline-abbreviation.html", "Harbour bridge closed", NULL, "NYT Staff", NULL, NULL,
    NULL, "en" },
  /* The agency after names joined by "and" is where they work. */
  { "meta-byline-agency.html", "Harbour bridge closed", NULL, "John Smith; Mary Jones", NULL,
    NULL, NULL, "en" },
  /* "Name, Role" in a box of class "author"; a link to the author's
   * profile whose text is "View Profile" names no one. */
  { "meta-byline-role.html", "New maps for the harbour", NULL, "Jane Roe", NULL, NULL, NULL,
    "en" },
  /* A JSON-LD author that lists names is several people; an
   * organisation's "and" is not a list. */
  { "meta-jsonld-names.html", "Harbour bridge closed", "Procter and Gamble News",
    "Ann Lee; Bob Kay", NULL, NULL, NULL, "en" },
  /* An MHTML page's address is where it was saved from. */
  { "page.mhtml", "Council closes harbour bridge", NULL, "", NULL, NULL,
    "https://harbour.example/news/bridge", "en" },
  /* An address in a saved page's headers that is no text (a stray byte,
   * found by the fuzzer) is no address. */
  { "bad-location.mhtml", "Council closes harbour bridge | Harbour Times", NULL, "", NULL,
    NULL, NULL, NULL },
  /* A page saved with its files ("Web Page, complete"): the address it
   * was saved from, from the browser's mark. */
  { "complete.html", "Bridge: what we know", NULL, "", NULL, NULL,
    "https://harbour.example/news/what-we-know", NULL },
  /* A page saved from Firefox's reader view: its header's headline,
   * credits and address. */
  { "reader-view.html", "Council closes harbour bridge to cars", NULL, "Lena Ortiz", NULL, NULL,
    "https://harbour.example/news/bridge", NULL },
  /* Plain pages have no metadata beyond their title. */
  { "structure.html", "Bridge: what we know", NULL, "", NULL, NULL, NULL, NULL },
};

static void
test_metadata (gconstpointer data)
{
  const MetadataCase *c = data;
  g_autoptr(PlxDocument) doc = load_page (c->file);
  const PlxMetadata *m = &doc->metadata;
  g_autofree char *authors = g_strjoinv ("; ", m->authors);

  g_assert_cmpstr (m->headline, ==, c->headline);
  g_assert_cmpstr (m->site_name, ==, c->site_name);
  g_assert_cmpstr (authors, ==, c->authors);
  g_assert_cmpstr (m->published, ==, c->published);
  g_assert_cmpstr (m->modified, ==, c->modified);
  g_assert_cmpstr (m->url, ==, c->url);
  g_assert_cmpstr (m->language, ==, c->language);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (extract_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/html/extract/%s", extract_cases[i].file);

      g_test_add_data_func (path, &extract_cases[i], test_extract);
    }
  g_test_add_func ("/core/html/structure-headings", test_structure_headings);
  g_test_add_func ("/core/html/title-is-headline", test_title_is_headline);
  g_test_add_func ("/core/html/mhtml-without-page", test_mhtml_without_page);
  g_test_add_func ("/core/html/kept-attributes", test_kept_attributes);
  g_test_add_func ("/core/html/read-in-threads", test_read_in_threads);
  g_test_add_func ("/core/html/utf8-validate", test_utf8_validate);
  g_test_add_func ("/core/html/collapse-whitespace", test_collapse_whitespace);
  for (guint i = 0; i < G_N_ELEMENTS (metadata_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/html/metadata/%s", metadata_cases[i].file);

      g_test_add_data_func (path, &metadata_cases[i], test_metadata);
    }

  return g_test_run ();
}
