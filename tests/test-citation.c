/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation line (plx-citation.c), table-driven: what a reader sees
 * for full metadata, part of it, none, and hostile values. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <poppler.h>

#include "plx-citation.h"
#include "plx-report-html.h"
#include "plx-report-pdf.h"
#include "plx-report-text.h"

typedef struct
{
  const char *name;
  const char *site_name;
  const char *authors[6];
  const char *published;
  const char *modified;
  const char *url;
  const char *text;     /* plx_citation_dup_text() */
  const char *html;     /* plx_citation_dup_html() */
  const char *markdown; /* plx_citation_dup_markdown() */
} Case;

static const Case cases[] = {
  { "full", "Reuters", { "Jane Doe", NULL }, "2025-03-04T10:15:00Z", NULL,
    "https://example.com/a?x=1&y=2",
    "Reuters · Jane Doe · 4 March 2025 · https://example.com/a?x=1&y=2",
    "Reuters · Jane Doe · 4 March 2025 · "
    "<a href=\"https://example.com/a?x=1&amp;y=2\">https://example.com/a?x=1&amp;y=2</a>",
    "Reuters · Jane Doe · 4 March 2025 · <https://example.com/a?x=1&y=2>" },
  { "page-offset-day", NULL, { NULL }, "2025-03-04T23:30:00-05:00", NULL, NULL,
    "4 March 2025", "4 March 2025", "4 March 2025" },
  { "day-only", NULL, { NULL }, "2025-12-01", NULL, NULL,
    "1 December 2025", "1 December 2025", "1 December 2025" },
  { "updated", "Le Monde", { NULL }, "2025-03-04", "2025-03-05T08:00:00+01:00", NULL,
    "Le Monde · 4 March 2025, updated 5 March 2025", NULL, NULL },
  { "same-day-update", NULL, { NULL }, "2025-03-04", "2025-03-04T18:00:00Z", NULL,
    "4 March 2025", NULL, NULL },
  { "only-updated", NULL, { NULL }, NULL, "2025-03-05", NULL, "updated 5 March 2025", NULL, NULL },
  /* Times in the shapes pages write them (telegraph, engadget, cnn):
   * were shown as written. */
  { "time-without-seconds", NULL, { NULL }, "2017-11-16T14:15+0000", NULL, NULL,
    "16 November 2017", NULL, NULL },
  { "time-with-fraction", NULL, { NULL }, "2017-11-03 03:01:00.000000", NULL, NULL,
    "3 November 2017", NULL, NULL },
  { "time-after-space", NULL, { NULL }, "2016-02-01 01:28:49", NULL, NULL, "1 February 2016",
    NULL, NULL },
  { "not-a-time-after", NULL, { NULL }, "2016-02-01 by Jane", NULL, NULL, "2016-02-01 by Jane",
    NULL, NULL },
  { "date-as-given", NULL, { NULL }, "March 4, 2025", NULL, NULL, "March 4, 2025", NULL, NULL },
  { "bad-iso", NULL, { NULL }, "2025-13-45", NULL, NULL, "2025-13-45", NULL, NULL },
  { "partial", NULL, { "Jane Doe", "John Roe", NULL }, NULL, NULL, NULL,
    "Jane Doe and John Roe", NULL, NULL },
  { "three-authors", NULL, { "A", "B", "C", NULL }, NULL, NULL, NULL, "A, B and C", NULL, NULL },
  { "many-authors", NULL, { "A", "B", "C", "D", "E", NULL }, NULL, NULL, NULL,
    "A, B, C and 2 more", NULL, NULL },
  { "none", NULL, { NULL }, NULL, NULL, NULL, "", "", "" },
  { "blank", "  \n ", { " ", "", NULL }, " ", NULL, NULL, "", "", "" },
  { "non-http", "Evil", { NULL }, NULL, NULL, "javascript:alert(1)",
    "Evil · javascript:alert(1)", "Evil · javascript:alert(1)", "Evil · javascript:alert(1)" },
  { "file-url", NULL, { NULL }, NULL, NULL, "file:///etc/passwd", "file:///etc/passwd",
    "file:///etc/passwd", NULL },
  { "quote-in-url", NULL, { NULL }, NULL, NULL, "https://x.org/\"onclick=\"a",
    NULL, "https://x.org/&quot;onclick=&quot;a", NULL },
  { "escaping", "<b>Tom & Jerry</b>", { "<script>alert(1)</script>", NULL }, NULL, NULL, NULL,
    "<b>Tom & Jerry</b> · <script>alert(1)</script>",
    "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; · &lt;script&gt;alert(1)&lt;/script&gt;", NULL },
  { "one-line", "Daily\n\tNews\u202E", { "Jane\r\nDoe", NULL }, NULL, NULL, NULL,
    "Daily News · Jane Doe", NULL, NULL },
};

static void
test_table (gconstpointer data)
{
  const Case *c = data;
  PlxMetadata metadata = { 0 };
  g_autoptr(PlxCitation) citation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autofree char *markdown = NULL;

  metadata.site_name = (char *) c->site_name;
  metadata.authors = (GStrv) c->authors;
  metadata.published = (char *) c->published;
  metadata.modified = (char *) c->modified;
  metadata.url = (char *) c->url;

  citation = plx_citation_new (&metadata, NULL);
  text = plx_citation_dup_text (citation);
  html = plx_citation_dup_html (citation);
  markdown = plx_citation_dup_markdown (citation);
  if (c->text != NULL)
    g_assert_cmpstr (text, ==, c->text);
  if (c->html != NULL)
    g_assert_cmpstr (html, ==, c->html);
  if (c->markdown != NULL)
    g_assert_cmpstr (markdown, ==, c->markdown);
  g_assert_true (plx_citation_is_empty (citation) == (text[0] == '\0'));
  g_assert_null (strchr (text, '\n'));
  /* Only an http(s) address is ever a link. */
  if (c->url == NULL || !g_str_has_prefix (c->url, "http") || strchr (c->url, '"') != NULL)
    g_assert_null (strstr (html, "<a "));
}

/* However long a page's values, the line stays a line. */
static void
test_huge (void)
{
  g_autofree char *huge = g_strnfill (1 << 20, 'x');
  g_autofree char *url = g_strconcat ("https://example.com/", huge, NULL);
  const char *authors[] = { huge, huge, huge, huge, NULL };
  PlxMetadata metadata = { 0 };
  g_autoptr(PlxCitation) citation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  metadata.site_name = huge;
  metadata.authors = (GStrv) authors;
  metadata.published = huge;
  metadata.url = url;
  citation = plx_citation_new (&metadata, NULL);
  text = plx_citation_dup_text (citation);
  html = plx_citation_dup_html (citation);

  g_assert_cmpuint (g_utf8_strlen (text, -1), <, 4000);
  g_assert_true (g_str_has_suffix (text, "…"));
  g_assert_true (g_str_has_prefix (text, "xxx"));
  /* A cut address would lead somewhere else: it is not linked. */
  g_assert_null (strstr (html, "<a "));
}

/* Invalid UTF-8 in a value comes out valid. */
static void
test_invalid_utf8 (void)
{
  PlxMetadata metadata = { 0 };
  g_autoptr(PlxCitation) citation = NULL;
  g_autofree char *text = NULL;

  metadata.site_name = (char *) "Caf\xe9 \xff News";
  citation = plx_citation_new (&metadata, NULL);
  text = plx_citation_dup_text (citation);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "Caf"));
  g_assert_true (g_str_has_suffix (text, " News"));
}

/* A fetched page's retrieved time has its place before the address. */
static void
test_retrieved (void)
{
  PlxMetadata metadata = { 0 };
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 30, 10, 49, 0);
  g_autoptr(PlxCitation) citation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *byline = NULL;

  metadata.site_name = (char *) "Reuters";
  metadata.url = (char *) "https://example.com/a";
  citation = plx_citation_new (&metadata, when);
  text = plx_citation_dup_text (citation);
  byline = plx_citation_dup_byline (citation);

  g_assert_cmpstr (text, ==, "Reuters · retrieved 30 November 2026, 10:49 UTC · https://example.com/a");
  g_assert_cmpstr (byline, ==, "Reuters · retrieved 30 November 2026, 10:49 UTC");
}

/* A saved page's metadata reaches the citation of its article. */
static void
test_article (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", "meta-jsonld.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_article_new_from_file (file, NULL, &error);
  g_autoptr(PlxCitation) citation = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  citation = plx_citation_new_for_article (article);
  text = plx_citation_dup_text (citation);
  g_assert_cmpstr (text, ==, "Harbour Times · Lena Ortiz and Tom Berg · 3 March 2026, "
                             "updated 4 March 2026 · https://harbour.example/news/bridge-closed");
}

/* A page whose metadata is all an attacker's. */
static const char hostile_page[] =
  "<html><head><title>Hostile</title>"
  "<meta property=\"og:site_name\" content=\"&lt;script&gt;alert(1)&lt;/script&gt; News\">"
  "<link rel=\"canonical\" href=\"javascript:alert(2)\">"
  "</head><body><article><p>The council closed the bridge on Tuesday after cracks were "
  "found.</p></article></body></html>";

static PlxComparison *
compare_pages (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", "meta-jsonld.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static (hostile_page, sizeof hostile_page - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) a = plx_article_new_from_file (file, NULL, &error);
  g_autoptr(PlxArticle) b = NULL;
  PlxComparison *comparison;

  g_assert_no_error (error);
  b = plx_article_new_from_bytes (bytes, "hostile.html", &error);
  g_assert_no_error (error);
  comparison = plx_comparison_new (a, b);
  plx_comparison_set_language (comparison, "en");
  g_assert_true (plx_comparison_run (comparison, NULL, &error));
  g_assert_no_error (error);

  return comparison;
}

/* The one link of @page goes to @address and lies over its text (a
 * javascript: address is never one). */
static void
assert_one_link (PopplerPage *page,
                 const char  *address)
{
  GList *mapping = poppler_page_get_link_mapping (page);
  GList *found = poppler_page_find_text (page, address);
  PopplerLinkMapping *link;
  PopplerRectangle *text;

  g_assert_cmpuint (g_list_length (mapping), ==, 1);
  g_assert_cmpuint (g_list_length (found), ==, 1);
  link = mapping->data;
  text = found->data;
  g_assert_cmpint (link->action->type, ==, POPPLER_ACTION_URI);
  g_assert_cmpstr (link->action->uri.uri, ==, address);
  g_test_message ("link %g %g %g %g, text %g %g %g %g", link->area.x1, link->area.y1,
                  link->area.x2, link->area.y2, text->x1, text->y1, text->x2, text->y2);
  /* The same place, give or take a little. */
  g_assert_cmpfloat (fabs (link->area.x1 - text->x1), <, 3);
  g_assert_cmpfloat (fabs (link->area.x2 - text->x2), <, 3);
  g_assert_cmpfloat (fabs (link->area.y1 - text->y1), <, 3);
  g_assert_cmpfloat (fabs (link->area.y2 - text->y2), <, 3);
  poppler_page_free_link_mapping (mapping);
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
}

#define FULL_LINE "Harbour Times · Lena Ortiz and Tom Berg · 3 March 2026, updated 4 March 2026 · "
#define URL "https://harbour.example/news/bridge-closed"

/* Every report carries each article's citation line. */
static void
test_reports (void)
{
  g_autoptr(PlxComparison) comparison = compare_pages ();
  g_autofree char *html = plx_report_html_comparison (comparison);
  g_autofree char *text = plx_report_text_comparison (comparison, PLX_TEXT_STYLE_PLAIN);
  g_autofree char *markdown = plx_report_text_comparison (comparison, PLX_TEXT_STYLE_MARKDOWN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = plx_report_pdf_comparison (comparison, &error);
  PopplerDocument *document = NULL;
  PopplerPage *page = NULL;
  g_autofree char *pdf_text = NULL;

  g_assert_nonnull (strstr (html, "<span class=\"citation\" dir=\"auto\">" FULL_LINE
                                  "<a href=\"" URL "\">" URL "</a></span>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; News · javascript:alert(2)"));
  g_assert_null (strstr (html, "<script>"));
  g_assert_null (strstr (html, "href=\"javascript"));

  g_assert_nonnull (strstr (text, "\n    " FULL_LINE URL "\n"));
  g_assert_nonnull (strstr (text, "\n    <script>alert(1)</script> News · javascript:alert(2)\n"));
  g_assert_nonnull (strstr (markdown, "\n  - " FULL_LINE "<" URL ">\n"));
  g_assert_nonnull (strstr (markdown, "\\<script>alert(1)\\</script> News · javascript:alert(2)"));

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  pdf_text = poppler_page_get_text (page);
  assert_one_link (page, URL);
  g_object_unref (page);
  g_object_unref (document);
  g_assert_nonnull (strstr (pdf_text, "Lena Ortiz and Tom Berg"));
  g_assert_nonnull (strstr (pdf_text, URL));
  g_assert_nonnull (strstr (pdf_text, "<script>alert(1)</script> News"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/citation/table/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_table);
    }
  g_test_add_func ("/citation/huge", test_huge);
  g_test_add_func ("/citation/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/citation/retrieved", test_retrieved);
  g_test_add_func ("/citation/article", test_article);
  g_test_add_func ("/citation/reports", test_reports);

  return g_test_run ();
}
