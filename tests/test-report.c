/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The HTML report, read back with libxml2's HTML parser the way a browser
 * would build its tree: every link and claim is there, and article text
 * that looks like markup stays text. */

#include "config.h"

#include <libxml/HTMLparser.h>
#include <poppler.h>
#include <libxml/tree.h>
#include <string.h>

#include "test-compare.h"
#include "plx-figures.h"
#include "plx-notes.h"
#include "plx-report-common.h"
#include "plx-report.h"
#include "plx-report-html.h"
#include "plx-report-pdf.h"
#include "plx-session.h"

static htmlDocPtr
parse_report (PlxComparison *comparison)
{
  g_autofree char *html = plx_report_html_comparison (comparison);
  htmlDocPtr doc;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  doc = htmlReadMemory (html, (int) strlen (html), NULL, "utf-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  g_assert_nonnull (doc);

  return doc;
}

static gboolean
has_class (xmlNodePtr  node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) "class");
  gboolean found = FALSE;

  if (value != NULL)
    {
      g_auto(GStrv) classes = g_strsplit ((const char *) value, " ", -1);

      found = g_strv_contains ((const char *const *) classes, name);
      xmlFree (value);
    }

  return found;
}

static xmlNodePtr
find_element (xmlNodePtr  node,
              const char *name,
              const char *class_name)
{
  for (; node != NULL; node = node->next)
    {
      xmlNodePtr found;

      if (node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) name) == 0 &&
          (class_name == NULL || has_class (node, class_name)))
        return node;
      if ((found = find_element (node->children, name, class_name)) != NULL)
        return found;
    }

  return NULL;
}

/* Rows of a report table, the header row not counted. */
static guint
count_rows (xmlNodePtr table)
{
  guint rows = 0;

  for (xmlNodePtr node = table; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) "tr") == 0 &&
          find_element (node->children, "th", NULL) == NULL)
        rows++;
      if (node->children != NULL && node != table)
        rows += count_rows (node->children);
    }

  return rows;
}

static guint
count_table_rows (xmlNodePtr table)
{
  g_assert_nonnull (table);

  return count_rows (table->children);
}

/* Anything a browser would run or fetch: scripts, frames, objects, images,
 * links, event handlers and javascript: addresses. */
static void
assert_inert (xmlNodePtr node)
{
  static const char *const active[] = { "script", "iframe", "object", "embed", "img", "link",
                                        "a", "form", "input", "svg", "math", "base",
                                        NULL };

  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      g_assert_false (g_strv_contains (active, (const char *) node->name));
      for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
        {
          xmlChar *value = xmlNodeGetContent ((xmlNodePtr) attr);

          g_assert_false (g_ascii_strncasecmp ((const char *) attr->name, "on", 2) == 0);
          g_assert_null (strstr ((const char *) value, "javascript:"));
          xmlFree (value);
        }
      assert_inert (node->children);
    }
}

static void
test_structure (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  htmlDocPtr doc = parse_report (comparison);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  GArray *claims_a = plx_comparison_get_claims (comparison, PLX_SIDE_A);
  GArray *claims_b = plx_comparison_get_claims (comparison, PLX_SIDE_B);
  guint expected_claims = 0;
  guint n_unmatched = 0;
  xmlNodePtr node;

  /* One row per linked group, so nothing the view shows is left out. */
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), >, 5);
  g_assert_cmpuint (count_table_rows (find_element (root, "table", "aligned")), ==,
                    plx_comparison_get_n_links (comparison));

  /* One row per claim of A and per claim of B that has no counterpart in A. */
  for (guint i = 0; i < claims_a->len; i++)
    expected_claims += g_array_index (claims_a, PlxClaim, i).party != NULL;
  for (guint i = 0; i < claims_b->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims_b, PlxClaim, i);
      const PlxClaimMatch *match = plx_comparison_get_claim_match (comparison, PLX_SIDE_B, i);

      expected_claims += claim->party != NULL && match->counterpart < 0;
    }
  g_assert_cmpuint (expected_claims, >, 3);
  g_assert_cmpuint (count_table_rows (find_element (root, "table", "parties")), ==,
                    expected_claims);

  /* Both lists of unmatched sentences, one item per sentence. */
  for (guint side = 0; side < 2; side++)
    {
      g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);

      n_unmatched += unmatched->len;
    }
  node = find_element (root, "ul", "only");
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && has_class (node, "only"))
      for (xmlNodePtr item = node->children; item != NULL; item = item->next)
        n_unmatched -= item->type == XML_ELEMENT_NODE;
  g_assert_cmpuint (n_unmatched, ==, 0);

  /* Differences are marked, with a legend, and the page is self-contained. */
  g_assert_nonnull (find_element (root, "mark", NULL));
  g_assert_nonnull (find_element (root, "p", "legend"));
  g_assert_nonnull (find_element (root, "style", NULL));
  assert_inert (root);

  xmlFreeDoc (doc);
}

static void
test_escaping (void)
{
  const char *hostile_a =
    "The minister said <script>alert('a')</script> the deal was off. "
    "Critics called it <img src=x onerror=alert(1)> a disaster. "
    "Prices rose by 5% & more, according to <b>officials</b>.";
  const char *hostile_b =
    "The minister insisted <script>alert('b')</script> the deal was off. "
    "Critics called it <iframe src=javascript:alert(2)></iframe> a catastrophe. "
    "Prices rose by 7% & more, according to <b>officials</b>.";
  g_autoptr(PlxComparison) comparison =
    plx_test_compare_texts (hostile_a, hostile_b, "</title><script>alert('title')</script>");
  g_autofree char *html = plx_report_html_comparison (comparison);
  htmlDocPtr doc = parse_report (comparison);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlChar *text;

  /* Nothing in the tree runs or fetches... */
  assert_inert (root);
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<iframe"));
  g_assert_null (strstr (html, "<img"));

  /* ...and the reader still sees what the articles say, markup and all. */
  text = xmlNodeGetContent (root);
  g_assert_nonnull (strstr ((const char *) text, "<script>alert('a')</script>"));
  g_assert_nonnull (strstr ((const char *) text, "<img src=x onerror=alert(1)>"));
  g_assert_nonnull (strstr ((const char *) text, "5% & more"));
  g_assert_nonnull (strstr ((const char *) text, "</title><script>alert('title')</script>"));
  xmlFree (text);

  g_assert_cmpuint (count_table_rows (find_element (root, "table", "aligned")), ==,
                    plx_comparison_get_n_links (comparison));

  xmlFreeDoc (doc);
}

static PopplerDocument *
render_pdf (PlxComparison *comparison)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = plx_report_pdf_comparison (comparison, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);

  return document;
}

/* All the text of a PDF, pages in order, whitespace folded to single spaces. */
static char *
pdf_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_object_unref (page);
      g_assert_cmpfloat (width, >, height); /* landscape */
      g_string_append (all, text);
      g_string_append_c (all, ' ');
    }

  words = g_strsplit_set (all->str, " \n\t", -1);
  g_string_free (all, TRUE);

  return g_strjoinv (" ", (char **) words);
}

static gboolean
text_has (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = g_strsplit_set (needle, " \n", -1);

  folded = g_strjoinv (" ", words);

  return strstr (haystack, folded) != NULL;
}

static void
test_pdf (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  PopplerDocument *document = render_pdf (comparison);
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  int n_pages = poppler_document_get_n_pages (document);
  GArray *claims_a = plx_comparison_get_claims (comparison, PLX_SIDE_A);

  g_assert_cmpint (n_pages, >=, 3);
  text = pdf_text (document);
  g_object_unref (document);
  for (char *p = text; *p != '\0'; p++)
    if (*p == ' ' && p[1] == ' ')
      memmove (p, p + 1, strlen (p));

  /* Every page is numbered out of the total. */
  last_page = g_strdup_printf ("Page %d of %d", n_pages, n_pages);
  g_assert_true (text_has (text, "Page 1 of"));
  g_assert_true (text_has (text, last_page));

  /* The sections, every claim's speaker and every unmatched sentence. */
  g_assert_true (text_has (text, "Parties and claims"));
  g_assert_true (text_has (text, "Linked sentences"));
  g_assert_true (text_has (text, "Reporting verb"));
  for (guint i = 0; i < claims_a->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims_a, PlxClaim, i);

      if (claim->party != NULL)
        g_assert_true (text_has (text, claim->speaker_name));
    }
  for (guint side = 0; side < 2; side++)
    {
      g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);
      PlxArticle *article = plx_comparison_get_article (comparison, side);
      const PlxSentence *sentences = plx_article_get_sentences (article, NULL);

      for (guint k = 0; k < unmatched->len; k++)
        {
          g_autofree char *sentence =
            plx_sentence_dup_text (&sentences[g_array_index (unmatched, guint, k)],
                                   plx_article_get_text (article));
          g_autofree char *start = g_utf8_substring (sentence, 0, 24);

          g_assert_true (text_has (text, start));
        }
    }
}

/* A linked group longer than a page goes on over the next pages, cut
 * between lines: not one word is lost. */
static void
test_pdf_long_row (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  PopplerDocument *document;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 900; i++)
    {
      g_string_append_printf (a, "word%u, ", i);
      g_string_append_printf (b, "word%u, ", i);
    }
  g_string_append (a, "and the council <b>approved</b> the plan.");
  g_string_append (b, "and the council rejected the plan.");

  comparison = plx_test_compare_texts (a->str, b->str, NULL);
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), ==, 1);
  document = render_pdf (comparison);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 3);
  text = pdf_text (document);
  g_object_unref (document);

  for (guint i = 0; i < 900; i++)
    {
      g_autofree char *word = g_strdup_printf ("word%u,", i);

      const char *first = strstr (text, word);

      /* Twice: once in each column. */
      g_assert_nonnull (first);
      g_assert_nonnull (strstr (first + 1, word));
    }
  g_assert_nonnull (strstr (text, "<b>approved</b>"));
}

/* A word of 256 kB (a pasted blob) is wrapped in the PDF within the
 * column, all of it, in time linear in its length: Pango alone wraps such a
 * word in quadratic time, some 100 s at this size. The HTML report lets
 * the browser break it anywhere rather than widening the page, and fixes
 * the columns' widths so that its cell does not squeeze the others. */
static void
test_long_word (void)
{
  g_autoptr(GString) a = g_string_new ("The Kremlin denied that talks had taken place. ");
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  g_autofree char *html = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *joined = NULL;
  PopplerDocument *document;
  g_autofree char *text = NULL;

  /* Letters that never repeat in a pattern, so that finding a stretch of
   * them finds it in its place. */
  for (guint32 i = 0, x = 1; i < 256 * 1024; i++)
    {
      x = x * 1103515245 + 12345;
      g_string_append_c (word, 'a' + (x >> 16) % 26);
    }
  g_string_append (a, word->str);
  g_string_append (a, " Officials declined to comment.");

  comparison = plx_test_compare_texts (a->str, "The Kremlin denied that talks had taken place.", NULL);
  document = render_pdf (comparison);
  /* Cut into lines the width of a column, over many pages. */
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 50);
  text = pdf_text (document);
  g_object_unref (document);
  /* The word's letters in order, once the hyphens Pango shows at each cut,
   * the page footers and the table headers repeated on each page are
   * taken out. Its first page shares lines with the row's other columns. */
  regex = g_regex_new ("\\s|\u2010|-|Page\\s+\\d+\\s+of\\s+\\d+|"
                       "Party|Status|Article\\s+[AB]|What|differs",
                       0, 0, NULL);
  joined = g_regex_replace_literal (regex, text, -1, 0, "", 0, NULL);
  g_assert_nonnull (strstr (joined, word->str + 8 * 1024));

  html = plx_report_html_comparison (comparison);
  g_assert_nonnull (g_strstr_len (html, 4096, "overflow-wrap:anywhere"));
  g_assert_nonnull (g_strstr_len (html, 4096, ".parties,.aligned{table-layout:fixed}"));
}

/* The Arabic pair of tests/data, B with one more sentence that only it
 * has. */
static PlxComparison *
compare_arabic (void)
{
  g_autofree char *path_a = g_test_build_filename (G_TEST_DIST, "data", "sandstorm-ar-a.txt",
                                                   NULL);
  g_autofree char *path_b = g_test_build_filename (G_TEST_DIST, "data", "sandstorm-ar-b.txt",
                                                   NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *longer_b = NULL;

  g_assert_true (g_file_get_contents (path_a, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (path_b, &b, NULL, NULL));
  longer_b = g_strconcat (b, "\nوقال شهود عيان إن الرؤية في العاصمة انخفضت إلى أقل من مئة متر.\n",
                          NULL);

  return plx_test_compare_texts (a, longer_b, NULL);
}

/* Every element of @root named @name with class @class_name (or any
 * class) must say dir="auto"; returns how many there were. */
static guint
assert_dir_auto (xmlNodePtr  node,
                 const char *name,
                 const char *class_name)
{
  guint n = 0;

  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) name) == 0 &&
          (class_name == NULL || has_class (node, class_name)))
        {
          xmlChar *dir = xmlGetProp (node, (const xmlChar *) "dir");

          g_assert_cmpstr ((const char *) dir, ==, "auto");
          xmlFree (dir);
          n++;
        }
      n += assert_dir_auto (node->children, name, class_name);
    }

  return n;
}

/* Arabic reads right to left: the browser must take each sentence's
 * direction from its text, not from the English page around it. */
static void
test_html_right_to_left (void)
{
  g_autoptr(PlxComparison) comparison = compare_arabic ();
  g_autofree char *html = plx_report_html_comparison (comparison);
  htmlDocPtr doc = parse_report (comparison);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr only = NULL;
  xmlNodePtr isolated;
  xmlChar *text;

  g_assert_cmpuint (plx_comparison_get_n_links (comparison), >=, 6);
  g_assert_cmpuint (assert_dir_auto (root, "td", "a"), ==,
                    plx_comparison_get_n_links (comparison));
  g_assert_cmpuint (assert_dir_auto (root, "td", "b"), ==,
                    plx_comparison_get_n_links (comparison));

  /* The sentence only B has, in the list of unmatched sentences. */
  for (xmlNodePtr node = find_element (root, "ul", "only"); node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && has_class (node, "only"))
      only = node;
  g_assert_nonnull (only);
  g_assert_cmpuint (assert_dir_auto (only->children, "li", NULL), ==, 1);
  text = xmlNodeGetContent (only);
  g_assert_nonnull (strstr ((const char *) text, "وقال شهود عيان"));
  xmlFree (text);

  /* A right-to-left title in the line "A title — file (n sentences)" is
   * isolated, so the dash and the file name keep their places. */
  isolated = find_element (find_element (root, "ul", "meta"), "bdi", NULL);
  g_assert_nonnull (isolated);
  text = xmlNodeGetContent (isolated);
  g_assert_cmpstr ((const char *) text, ==, "عاصفة رملية تغلق مطار الكويت");
  xmlFree (text);

  /* Cells align to where their text starts, right for Arabic. */
  g_assert_null (strstr (html, "text-align:left"));

  xmlFreeDoc (doc);
}

/* The pixel row below the first grey rule across page 1. In a report
 * without claims, as the Arabic pair's, there is no parties table and that
 * rule is the one under the header of the linked sentences. */
static int
header_band_bottom (const guint8 *data,
                    int           stride,
                    int           height)
{
  int found = 0;

  for (int y = 0; y < height; y++)
    {
      int grey = 0;

      for (int x = 40; x < 800; x++)
        {
          const guint8 *pixel = data + y * stride + 4 * x;

          grey += pixel[0] > 200 && pixel[0] < 250 && pixel[0] == pixel[1] && pixel[1] == pixel[2];
        }
      if (grey > 700)
        {
          found = y + 1;
          break;
        }
    }

  return found;
}

static gboolean
has_letters (const char *letters,
             const char *word)
{
  g_autofree char *reversed = g_utf8_strreverse (word, -1);

  return strstr (letters, word) != NULL || strstr (letters, reversed) != NULL;
}

/* The PDF report draws Arabic right to left, each sentence aligned to the
 * right edge of its column. */
static void
test_pdf_right_to_left (void)
{
  g_autoptr(PlxComparison) comparison = compare_arabic ();
  PopplerDocument *document = render_pdf (comparison);
  PopplerPage *page = poppler_document_get_page (document, 0);
  g_autofree char *all = NULL;
  GString *letters = g_string_new (NULL);
  double column_end = 40 + 0.445 * (841.89 - 80) - 10; /* margin, column A's width, gap */
  double width;
  double height;
  cairo_surface_t *surface;
  cairo_t *cr;
  const guint8 *data;
  int stride;
  int header_bottom;
  int band_right = -1;
  int n_lines = 0;

  /* Poppler spaces Arabic glyph clusters apart and adds embedding marks,
   * and where a page is mostly English it gives Arabic lines in visual
   * order: compare the letters, either way round. */
  all = pdf_text (document);
  for (const char *p = all; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) &&
        g_unichar_type (g_utf8_get_char (p)) != G_UNICODE_FORMAT)
      g_string_append_unichar (letters, g_utf8_get_char (p));
  g_assert_true (has_letters (letters->str, "عاصفةرمليةتغلقمطارالكويت"));
  g_assert_true (has_letters (letters->str, "منازلهم"));
  g_assert_true (has_letters (letters->str, "وقالشهودعيان"));
  g_string_free (letters, TRUE);

  /* Drawn at one pixel a point: below the table header, each line of text
   * in column A reaches to the column's right edge. */
  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  header_bottom = header_band_bottom (data, stride, (int) height);
  for (int y = header_bottom; y < (int) height - 60; y++)
    {
      int right = -1;

      for (int x = 40; x < (int) column_end + 3; x++)
        {
          const guint8 *pixel = data + y * stride + 4 * x;

          if (pixel[0] + pixel[1] + pixel[2] < 3 * 110)
            right = x;
        }
      if (right >= 0)
        band_right = MAX (band_right, right);
      else if (band_right >= 0)
        {
          /* The end of a line of text. */
          g_assert_cmpint (band_right, >=, (int) column_end - 6);
          n_lines++;
          band_right = -1;
        }
    }
  g_assert_cmpint (n_lines, >=, 6);
  cairo_surface_destroy (surface);

  g_object_unref (page);
  g_object_unref (document);
}

/* Loaded words are underlined in the report as in the window, inside a
 * highlight too, and a hard-wrapped line keeps its space after one. */
static void
test_html_marks (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  g_autofree char *html = plx_report_html_comparison (comparison);
  guint underlined = 0;

  g_assert_nonnull (strstr (html, ".mark-loaded{text-decoration:underline double"));
  for (const char *p = html; (p = strstr (p, "<u class=\"mark-loaded\">")) != NULL; p++)
    underlined++;
  g_assert_cmpuint (underlined, >=, 3);
  /* B: "deep doubts⏎about the possibility" */
  g_assert_nonnull (strstr (html, "<u class=\"mark-loaded\">doubts</u></mark> about"));
}

/* A highlight that ends at a hard line break keeps the space after it in
 * both exports ("residents were", not "residentswere"). */
static void
test_highlight_at_line_break (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_texts (
    "Storm hits the coast\n\nThe ministry said that 120 residents\nwere hurt in the storm on "
    "Sunday night.\n",
    "Storm hits the coast\n\nThe ministry said that 120 people were hurt in the storm on "
    "Sunday night.\n",
    NULL);
  g_autofree char *html = plx_report_html_comparison (comparison);
  PopplerDocument *document = render_pdf (comparison);
  g_autofree char *text = pdf_text (document);

  g_object_unref (document);
  g_assert_nonnull (strstr (html, "residents</mark> were "));
  g_assert_null (strstr (text, "residentswere"));
  g_assert_nonnull (strstr (text, "residents were hurt"));
}

/* Markdown escapes what it would read as markup, and nothing else. */
static void
test_markdown_escaping (void)
{
  static const struct
  {
    const char *text;
    const char *markdown;
  } rows[] = {
    { "kremlin-a.txt", "kremlin-a.txt" },
    { "a high-level meeting (AP)", "a high-level meeting (AP)" },
    { "Q&A at 5 p.m. + 3!", "Q&A at 5 p.m. + 3!" },
    { "snake_case_name", "snake_case_name" },
    { "_leaning_ on *them*", "\\_leaning\\_ on \\*them\\*" },
    { "`code` and [link](x) and <b>", "\\`code\\` and \\[link](x) and \\<b>" },
    { "a | b ~~gone~~", "a \\| b \\~\\~gone\\~\\~" },
    { "C:\\path and \\*", "C:\\path and \\\\\\*" },
    { "&amp; stays &amp;", "\\&amp; stays \\&amp;" },
    { "# Not a heading", "\\# Not a heading" },
    { "- not a list", "\\- not a list" },
    { "2013. A year", "2013\\. A year" },
    { "> quoted\n  + item", "\\> quoted\n  \\+ item" },
    { "3 - 2 # 1 > 0", "3 - 2 # 1 > 0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      plx_report_append_markdown (out, rows[i].text);
      g_assert_cmpstr (out->str, ==, rows[i].markdown);
    }
}

/* The lowest text of @page above its footer, in points from the top. */
static double
page_text_bottom (PopplerPage *page,
                  double       footer_top)
{
  g_autofree PopplerRectangle *rects = NULL;
  guint n = 0;
  double bottom = 0;

  poppler_page_get_text_layout (page, &rects, &n);
  for (guint i = 0; i < n; i++)
    if (rects[i].y1 < footer_top && rects[i].y2 > bottom)
      bottom = rects[i].y2;

  return bottom;
}

/* Rows of a third of a page each are split at a page's end rather than
 * pushed whole to the next page: no page but the last is left with a
 * band of white at its foot. */
static void
test_pdf_rows_fill_pages (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  PopplerDocument *document;
  int n_pages;

  for (guint i = 0; i < 12; i++)
    {
      for (guint w = 0; w < 45; w++)
        {
          g_string_append_printf (a, "%sgroup%u clause%u", w == 0 ? "" : ", ", i, w);
          g_string_append_printf (b, "%sgroup%u clause%u", w == 0 ? "" : ", ", i, w);
        }
      g_string_append (a, " were approved.\n\n");
      g_string_append (b, " were rejected.\n\n");
    }

  comparison = plx_test_compare_texts (a->str, b->str, NULL);
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), ==, 12);
  document = render_pdf (comparison);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 4);

  /* The pages of the linked sentences (after the first, which holds the
   * summary, and before the last) are full to within a few lines. */
  for (int p = 1; p < n_pages - 1; p++)
    {
      PopplerPage *page = poppler_document_get_page (document, p);
      double width, height, bottom;

      poppler_page_get_size (page, &width, &height);
      bottom = page_text_bottom (page, height - 40 - 20);
      g_test_message ("page %d: text ends %.0f pt above the content's foot", p + 1,
                      height - 40 - 24 - bottom);
      g_assert_cmpfloat (bottom, >, height - 40 - 24 - 0.12 * (height - 80 - 24));
      g_object_unref (page);
    }
  g_object_unref (document);
}

/* A report is offered under both articles' names: their outlets or file
 * names, or their titles when those say nothing apart, cut after a whole
 * word. */
static void
test_report_name (void)
{
  static const struct
  {
    const char *source_a;
    const char *title_a;
    const char *source_b;
    const char *title_b;
    const char *name;
  } rows[] = {
    { "reuters.txt", "Kremlin denies talks", "ap.txt", "Moscow rejects talks", "reuters-vs-ap" },
    { "https://www.reuters.com/world/europe/kremlin-denies-talks-2025-03-04/", "Kremlin",
      "https://apnews.com/article/russia-ukraine-talks", "Moscow", "reuters-vs-apnews" },
    { "https://www.bbc.co.uk/news/world-europe-1", "Kremlin", "kremlin-b.txt", "Moscow",
      "bbc-vs-kremlin-b" },
    { "index.html", "The Kremlin denies trilateral negotiations with Kyiv and Washington",
      "index.html", "Kremlin: no talks with Kyiv planned", "the-kremlin-denies-trilateral-vs-kremlin-no-talks-with-kyiv" },
    { "Pasted text", "Ведомости: Кремль опроверг переговоры", "Pasted text",
      "Kremlin denies talks", "ведомости-кремль-опроверг-vs-kremlin-denies-talks" },
    { "", "", "", "", "comparison" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PlxArticle) a = plx_article_new ("Some text.", rows[i].title_a, rows[i].source_a);
      g_autoptr(PlxArticle) b = plx_article_new ("Some text.", rows[i].title_b, rows[i].source_b);
      g_autofree char *name = plx_dup_report_name (a, b);

      g_assert_cmpstr (name, ==, rows[i].name);
    }
}

/* Notes written on a link, a sentence and a claim, saved in a session and
 * opened again, are in every report: JSON lists them, HTML shows their
 * text as text, and the text reports and the PDF say them. */
#define NOTE_TEXT "Checked with the agency wire <script>alert('note')</script> & more."

static char *
report_string (PlxComparison  *comparison,
               PlxReportFormat format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = plx_report_comparison (comparison, format, &error);

  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static PlxComparison *
reopen (PlxComparison *comparison)
{
  g_autoptr(PlxSession) saved = plx_session_new_for_comparison (comparison);
  g_autoptr(GBytes) bytes = plx_session_to_bytes (saved);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = plx_session_new_from_bytes (bytes, "notes.parallax", &error);
  PlxComparison *restored;

  g_assert_no_error (error);
  restored = plx_session_create_comparison (opened);
  g_assert_true (plx_comparison_run (restored, NULL, &error));
  plx_session_restore_links (opened, restored);
  g_assert_cmpuint (plx_session_restore_notes (opened, restored), ==, 0);

  return restored;
}

static void
test_notes (void)
{
  g_autoptr(PlxComparison) written = plx_test_compare_sample ();
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  PopplerDocument *pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *without = report_string (written, PLX_REPORT_JSON);
  g_autofree char *html = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  PlxNote anchors[3] = { { 0 } };
  static const char *const kinds[] = { "link", "sentence", "claim" };
  JsonArray *notes;
  htmlDocPtr doc;
  xmlChar *content;

  g_assert_null (strstr (without, "\"notes\""));

  g_assert_true (plx_note_init_link (&anchors[0], written, 0));
  g_assert_true (plx_note_init_sentence (&anchors[1], written, PLX_SIDE_B, 3));
  g_assert_true (plx_note_init_claim (&anchors[2], written, PLX_SIDE_A, 0));
  g_assert_true (plx_comparison_set_note (written, &anchors[0], NOTE_TEXT));
  g_assert_true (plx_comparison_set_note (written, &anchors[1], "On a sentence of B"));
  g_assert_true (plx_comparison_set_note (written, &anchors[2], "On a claim of A"));
  comparison = reopen (written);

  json = report_string (comparison, PLX_REPORT_JSON);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  notes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "notes");
  g_assert_cmpuint (json_array_get_length (notes), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *note = json_array_get_object_element (notes, i);
      JsonArray *spans = json_object_get_array_member (note, "spans");
      const char *kind = json_object_get_string_member (note, "anchor");
      guint k = g_strv_contains (kinds, kind) ? (g_str_equal (kind, "link") ? 0 : g_str_equal (kind, "sentence") ? 1 : 2) : 99;

      g_assert_cmpuint (k, <, 3);
      g_assert_true (json_object_get_boolean_member (note, "attached"));
      g_assert_cmpuint (json_array_get_length (spans), ==, k == 0 ? 2 : 1);
      for (guint j = 0; j < json_array_get_length (spans); j++)
        {
          JsonObject *span = json_array_get_object_element (spans, j);
          PlxSide side = g_str_equal (json_object_get_string_member (span, "article"), "A")
                           ? PLX_SIDE_A : PLX_SIDE_B;

          g_assert_cmpint (json_object_get_int_member (span, "start"), ==, anchors[k].start[side]);
          g_assert_cmpint (json_object_get_int_member (span, "end"), ==, anchors[k].end[side]);
        }
      g_assert_cmpstr (json_object_get_string_member (note, "text"), ==,
                       k == 0 ? NOTE_TEXT : k == 1 ? "On a sentence of B" : "On a claim of A");
    }

  html = report_string (comparison, PLX_REPORT_HTML);
  g_assert_null (strstr (html, "<script"));
  doc = parse_report (comparison);
  assert_inert (xmlDocGetRootElement (doc));
  g_assert_nonnull (find_element (xmlDocGetRootElement (doc), "ul", "notes"));
  content = xmlNodeGetContent (find_element (xmlDocGetRootElement (doc), "ul", "notes"));
  g_assert_nonnull (strstr ((const char *) content, NOTE_TEXT));
  g_assert_nonnull (strstr ((const char *) content, "Sentence B 4"));
  {
    const PlxLink *link = plx_comparison_get_link (comparison, 0);
    g_autofree char *place = g_strdup_printf ("Link A %u ↔ B %u", link->a_start + 1,
                                              link->b_start + 1);

    g_assert_nonnull (strstr ((const char *) content, place));
  }
  xmlFree (content);
  xmlFreeDoc (doc);

  markdown = report_string (comparison, PLX_REPORT_MARKDOWN);
  g_assert_nonnull (strstr (markdown, "## Notes"));
  g_assert_nonnull (strstr (markdown, "Checked with the agency wire \\<script\\>"));
  text = report_string (comparison, PLX_REPORT_TEXT);
  g_assert_nonnull (strstr (text, "Notes\n-----"));
  g_assert_nonnull (strstr (text, NOTE_TEXT));
  g_assert_nonnull (strstr (text, "On a claim of A"));

  /* Kept for a person to look at. */
  if (g_getenv ("PLX_SCREENSHOT_DIR") != NULL)
    {
      g_autoptr(GBytes) bytes = plx_report_comparison (comparison, PLX_REPORT_PDF, NULL);
      g_autofree char *path = g_build_filename (g_getenv ("PLX_SCREENSHOT_DIR"),
                                                "parallax-notes-report.pdf", NULL);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), NULL));
      g_test_message ("report: %s", path);
    }

  pdf = render_pdf (comparison);
  all = pdf_text (pdf);
  g_assert_true (text_has (all, NOTE_TEXT));
  g_assert_true (text_has (all, "On a sentence of B"));
  g_object_unref (pdf);

  for (guint i = 0; i < 3; i++)
    plx_note_clear (&anchors[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/html-structure", test_structure);
  g_test_add_func ("/report/html-marks", test_html_marks);
  g_test_add_func ("/report/html-escaping", test_escaping);
  g_test_add_func ("/report/markdown-escaping", test_markdown_escaping);
  g_test_add_func ("/report/highlight-at-line-break", test_highlight_at_line_break);
  g_test_add_func ("/report/name", test_report_name);
  g_test_add_func ("/report/pdf", test_pdf);
  g_test_add_func ("/report/pdf-long-row", test_pdf_long_row);
  g_test_add_func ("/report/pdf-rows-fill-pages", test_pdf_rows_fill_pages);
  g_test_add_func ("/report/long-word", test_long_word);
  g_test_add_func ("/report/html-right-to-left", test_html_right_to_left);
  g_test_add_func ("/report/pdf-right-to-left", test_pdf_right_to_left);
  g_test_add_func ("/report/notes", test_notes);

  return g_test_run ();
}
