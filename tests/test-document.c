/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "plx-article.h"
#include "plx-document.h"
#include "plx-error.h"

#define HEADLINE "Kremlin denies talks"
#define BODY     "The Kremlin has denied any preparations for talks. Ushakov said so."

static PlxDocument *
load (const char *data,
      gssize      length,
      const char *name,
      GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);

  return plx_document_new_from_bytes (bytes, name, error);
}

static void
test_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load (HEADLINE "\n\n" BODY "\n", -1, "a.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->text, ==, HEADLINE "\n\n" BODY "\n");
  g_assert_cmpint (doc->format, ==, PLX_FORMAT_TEXT);
}

static void
test_utf8_bom_and_crlf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load ("\xEF\xBB\xBF" "Zelensky \xE2\x80\x9Cnot confident\xE2\x80\x9D\r\n"
                                     "second line\rthird\r\n", -1, "a.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->text, ==, "Zelensky “not confident”\nsecond line\nthird\n");
}

static void
test_utf16 (void)
{
  /* "Kyiv – ok\n" in UTF-16 LE and BE with BOM. */
  static const char le[] = "\xFF\xFE" "K\0y\0i\0v\0 \0\x13\x20 \0o\0k\0\n\0";
  static const char be[] = "\xFE\xFF" "\0K\0y\0i\0v\0 \x20\x13\0 \0o\0k\0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc_le = load (le, sizeof le - 1, "le.txt", &error);
  g_autoptr(PlxDocument) doc_be = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (doc_le->text, ==, "Kyiv – ok\n");
  doc_be = load (be, sizeof be - 1, "be.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc_be->text, ==, "Kyiv – ok\n");
}

static void
test_windows_1252 (void)
{
  g_autoptr(GError) error = NULL;
  /* Curly quotes, an en dash and é as Windows-1252 bytes. */
  g_autoptr(PlxDocument) doc = load ("\x93" "Caf\xE9\x94 \x96 cr\xE8me\n", -1, "old.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->text, ==, "“Café” – crème\n");
}

static void
test_errors (void)
{
  static const struct
  {
    const char *data;
    gssize      length;
    int         code;
  } cases[] = {
    { "", 0, PLX_ERROR_EMPTY },
    { " \n\t\n", -1, PLX_ERROR_EMPTY },
    { "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, PLX_ERROR_BINARY },
    { "caf\xC3 \x81\x8D", -1, PLX_ERROR_ENCODING },
    { "text\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", -1, PLX_ERROR_BINARY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxDocument) doc = load (cases[i].data, cases[i].length, "bad.txt", &error);

      g_assert_null (doc);
      g_assert_error (error, PLX_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "bad.txt"));
    }
}

/* A byte-order mark promises UTF-8 but does not make it so: what follows
 * is validated like any other text (the decoder used to trust it and read
 * past the end of the buffer). Each buffer is allocated to its exact size,
 * so AddressSanitizer sees any read beyond it. */
static void
test_bom_is_not_a_pass (void)
{
  static const struct
  {
    const char *data;
    gsize       length;
    int         code;
  } cases[] = {
    { "\xEF\xBB\xBF" "caf\xC3", 7, PLX_ERROR_ENCODING },
    { "\xEF\xBB\xBF" "ok \xFF\xFE text", 13, PLX_ERROR_ENCODING },
    { "\xEF\xBB\xBF" "a\0b\0c", 8, PLX_ERROR_BINARY },
    { "\xEF\xBB\xBF" "\xF0\x9F", 5, PLX_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *exact = g_memdup2 (cases[i].data, cases[i].length);
      g_autoptr(GBytes) bytes = g_bytes_new_static (exact, cases[i].length);
      g_autoptr(PlxDocument) doc = plx_document_new_from_bytes (bytes, "bom.txt", &error);

      g_assert_null (doc);
      g_assert_error (error, PLX_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "bom.txt"));
    }
}

/* A NUL byte far into a file is reported as such, not as a wrong encoding;
 * a U+0000 in UTF-16 no longer cuts the article short without a word. */
static void
test_nul_anywhere (void)
{
  g_autoptr(GError) error = NULL;
  GString *data = g_string_new (NULL);
  g_autoptr(PlxDocument) doc = NULL;
  static const char utf16[] = "\xFF\xFE" "O\0n\0e\0.\0\0\0T\0w\0o\0.\0\n\0";

  while (data->len < 70 * 1024)
    g_string_append (data, "The talks went on. ");
  g_string_append_len (data, "\0\0\0\0", 4);
  g_string_append (data, "More text after the NUL bytes.");
  doc = load (data->str, data->len, "late-nul.txt", &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "NUL"));
  g_assert_nonnull (strstr (error->message, "late-nul.txt"));
  g_clear_error (&error);
  g_string_free (data, TRUE);

  doc = load (utf16, sizeof utf16 - 1, "utf16-nul.txt", &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "utf16-nul.txt"));
}

static void
test_binary_valid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  GString *data = g_string_new ("header");
  g_autoptr(PlxDocument) doc = NULL;

  for (int i = 0; i < 200; i++)
    g_string_append (data, "\x01\x02\x03x");
  doc = load (data->str, data->len, "blob.txt", &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_BINARY);
  g_string_free (data, TRUE);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-doc-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "article.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) gone = g_file_new_for_path (missing);
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(PlxDocument) doc = NULL;

  g_file_set_contents (path, HEADLINE "\n" BODY "\n", -1, &error);
  g_assert_no_error (error);

  article = plx_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plx_article_get_title (article), ==, HEADLINE);
  g_assert_cmpstr (plx_article_get_source (article), ==, "article.txt");
  g_assert_cmpuint (plx_article_get_n_chars (article), ==, strlen (HEADLINE "\n" BODY "\n"));

  doc = plx_document_new_from_file (folder, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  doc = plx_document_new_from_file (gone, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.txt"));
  g_clear_error (&error);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  gsize length = PLX_DOCUMENT_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PlxDocument) doc = NULL;

  memset (data, 'a', length);
  bytes = g_bytes_new_static (data, length);
  doc = plx_document_new_from_bytes (bytes, "huge.txt", &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.txt"));
}

static void
test_guess_format (void)
{
  g_assert_cmpint (plx_document_guess_format ("a.PDF", (const guint8 *) "x", 1), ==, PLX_FORMAT_PDF);
  g_assert_cmpint (plx_document_guess_format ("x", (const guint8 *) "%PDF-1.7", 8), ==,
                   PLX_FORMAT_PDF);
  g_assert_cmpint (plx_document_guess_format ("a.md", (const guint8 *) "# T", 3), ==,
                   PLX_FORMAT_MARKDOWN);
  g_assert_cmpint (plx_document_guess_format ("page", (const guint8 *) "\n <!DOCTYPE html>", 17),
                   ==, PLX_FORMAT_HTML);
  g_assert_cmpint (plx_document_guess_format ("notes", (const guint8 *) "Hello", 5), ==,
                   PLX_FORMAT_TEXT);
}

/* Asserts that the span @index of @doc covers exactly @expected. */
static void
assert_heading (PlxDocument *doc,
                guint        index,
                const char  *expected)
{
  const PlxSpan *span;
  const char *start;
  const char *end;
  g_autofree char *heading = NULL;

  g_assert_cmpuint (index, <, doc->headings->len);
  span = &g_array_index (doc->headings, PlxSpan, index);
  g_assert_cmpuint (span->start, <, span->end);
  g_assert_cmpuint (span->end, <=, g_utf8_strlen (doc->text, -1));
  start = g_utf8_offset_to_pointer (doc->text, span->start);
  end = g_utf8_offset_to_pointer (doc->text, span->end);
  heading = g_strndup (start, end - start);
  g_assert_cmpstr (heading, ==, expected);
  /* A heading is a whole line. */
  g_assert_true (start == doc->text || start[-1] == '\n');
  g_assert_true (*end == '\n');
}

static void
test_markdown (void)
{
  static const char markdown[] =
    "# Kremlin denies talks with Kyiv\n"
    "\n"
    "*By Anna Petrova* · 12 March 2026\n"
    "\n"
    "The Kremlin has **denied** any preparations for talks, spokesman\n"
    "Dmitry Peskov told reporters on Tuesday. It's the _third_ denial\n"
    "this week &mdash; and __not__ the last.\n"
    "\n"
    "Zelensky “not confident”\n"
    "------------------------\n"
    "\n"
    "> \"There are no negotiations,\" said Yuri Ushakov, a foreign-policy aide.\n"
    ">\n"
    "> He spoke in ***Moscow***.\n"
    "\n"
    "- Moscow rejected the [proposal](https://example.com/proposal \"Proposal\").\n"
    "* Kyiv said the `ceasefire_plan` remained on the table.\n"
    "1. Talks could resume in ![map of Geneva](map.png)Geneva[^1].\n"
    "\n"
    "## What comes next ##\n"
    "Read the statement at <https://example.com/statement>.\\\n"
    "The file is named snake_case_notes.txt and lists 5 * 3 delegates [sic].\n"
    "\n"
    "```python\n"
    "print(\"not article text\")\n"
    "```\n"
    "\n"
    "<!-- editor: check the Ushakov quote -->\n"
    "***\n"
    "\n"
    "[proposal]: https://example.com/proposal\n"
    "Escaped \\*asterisks\\* stay, ~~struck~~ loses its tildes, ~5 km stays.\n"
    "[Update]: The spokesman later clarified his remarks.\n"
    "[^1]: According to two officials.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load (markdown, -1, "kremlin.md", &error);

  g_assert_no_error (error);
  g_assert_cmpint (doc->format, ==, PLX_FORMAT_MARKDOWN);
  g_assert_cmpstr (doc->text, ==,
                   "Kremlin denies talks with Kyiv\n"
                   "\n"
                   "By Anna Petrova · 12 March 2026\n"
                   "\n"
                   "The Kremlin has denied any preparations for talks, spokesman\n"
                   "Dmitry Peskov told reporters on Tuesday. It's the third denial\n"
                   "this week — and not the last.\n"
                   "\n"
                   "Zelensky “not confident”\n"
                   "\n"
                   "\"There are no negotiations,\" said Yuri Ushakov, a foreign-policy aide.\n"
                   "\n"
                   "He spoke in Moscow.\n"
                   "\n"
                   "Moscow rejected the proposal.\n"
                   "Kyiv said the ceasefire_plan remained on the table.\n"
                   "Talks could resume in Geneva.\n"
                   "\n"
                   "What comes next\n"
                   "\n"
                   "Read the statement at https://example.com/statement.\n"
                   "The file is named snake_case_notes.txt and lists 5 * 3 delegates [sic].\n"
                   "\n"
                   "Escaped *asterisks* stay, struck loses its tildes, ~5 km stays.\n"
                   "[Update]: The spokesman later clarified his remarks.\n"
                   "According to two officials.\n");
  g_assert_cmpstr (doc->title, ==, "Kremlin denies talks with Kyiv");
  g_assert_cmpuint (doc->headings->len, ==, 3);
  assert_heading (doc, 0, "Kremlin denies talks with Kyiv");
  assert_heading (doc, 1, "Zelensky “not confident”");
  assert_heading (doc, 2, "What comes next");
}

/* Markdown that takes each reader's look-ahead to its limit, at sizes a
 * quadratic reader does not finish in a minute: 2 MB of fence lines no
 * line closes (each looked for its closer to the end of the file), 500 kB
 * of headings (each converted from the start of the text and checked
 * against every other), and brackets, back ticks and emphasis marks that
 * never pair. Each keeps its text. */
static void
test_markdown_pathological (void)
{
  static const struct
  {
    const char *unit;
    guint       size;
  } shapes[] = {
    { "~~~ a\n", 2 << 20 }, { "```a\n", 2 << 20 }, { "[", 500 << 10 }, { "![", 500 << 10 },
    { "[x](", 500 << 10 },   { "]", 500 << 10 },     { "`", 500 << 10 }, { "*a", 500 << 10 },
    { "_a ", 500 << 10 },    { "<a", 500 << 10 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (shapes); k++)
    {
      g_autoptr(GString) markdown = g_string_new ("Intro.\n\n");
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxDocument) doc = NULL;
      guint n = shapes[k].size / strlen (shapes[k].unit);

      for (guint i = 0; i < n; i++)
        g_string_append (markdown, shapes[k].unit);
      doc = load (markdown->str, markdown->len, "brackets.md", &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (doc->text, "Intro.\n\n"));
      /* Nothing pairs, so every mark stays (lines lose their break). */
      if (shapes[k].unit[0] == '[' || shapes[k].unit[0] == '!' || shapes[k].unit[0] == ']')
        g_assert_cmpuint (strlen (doc->text), ==,
                          strlen ("Intro.\n\n") + n * strlen (shapes[k].unit) + 1);
      else
        g_assert_cmpuint (strlen (doc->text), >=, n);
    }

  {
    g_autoptr(GString) markdown = g_string_new (NULL);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxArticle) article = NULL;
    const PlxSentence *sentences;
    guint n;

    for (guint i = 0; markdown->len < 500 << 10; i++)
      g_string_append_printf (markdown, "# Part %u\n", i);
    bytes = g_string_free_to_bytes (g_steal_pointer (&markdown));
    article = plx_article_new_from_bytes (bytes, "parts.md", &error);
    g_assert_no_error (error);
    sentences = plx_article_get_sentences (article, &n);
    g_assert_cmpuint (n, >, 40000);
    for (guint i = 0; i < n; i++)
      g_assert_cmpint (sentences[i].kind, !=, PLX_SENTENCE_BODY);
  }
}

static void
test_markdown_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) front = NULL;
  g_autoptr(PlxDocument) subheads = NULL;
  g_autoptr(PlxDocument) unclosed = NULL;

  /* Front matter names the article when its body has no level-1 heading. */
  front = load ("---\n"
                "title: \"Grain deal extended by 60 days\"\n"
                "date: 2026-03-12\n"
                "---\n"
                "Turkey and the UN announced the extension on Saturday.\n"
                "\n"
                "## Reaction in Odesa\n"
                "\n"
                "Port workers welcomed the news.\n",
                -1, "grain.md", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (front->title, ==, "Grain deal extended by 60 days");
  g_assert_cmpstr (front->text, ==,
                   "Turkey and the UN announced the extension on Saturday.\n"
                   "\n"
                   "Reaction in Odesa\n"
                   "\n"
                   "Port workers welcomed the news.\n");
  g_assert_cmpuint (front->headings->len, ==, 1);
  assert_heading (front, 0, "Reaction in Odesa");

  /* Without either, the first heading is the best there is. */
  subheads = load ("## Reaction in Odesa\n\nPort workers welcomed the news.\n", -1, "odesa.md",
                   &error);
  g_assert_no_error (error);
  g_assert_cmpstr (subheads->title, ==, "Reaction in Odesa");

  /* A stray fence must not swallow the rest of the article. */
  unclosed = load ("Prices rose by 3%.\n\n```\nThe central bank held rates.\n", -1, "rates.md",
                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (unclosed->text, "The central bank held rates."));
  g_assert_null (unclosed->title);
}

#define ARTICLE_HTML \
  "<!DOCTYPE html>\n" \
  "<html lang=\"en\"><head><meta charset=\"utf-8\">\n" \
  "<title>Kremlin denies talks with Kyiv | The Daily Ledger</title>\n" \
  "<style>p { color: red }</style>\n" \
  "<script>var tracking = \"<p>tracking pixel</p>\";</script>\n" \
  "</head><body>\n" \
  "<header class=\"masthead\"><a href=\"/\">The Daily Ledger</a>\n" \
  "<nav><ul><li>World</li><li>Politics</li></ul></nav></header>\n" \
  "<div class=\"cookie-banner\">We use cookies. <button>Accept</button></div>\n" \
  "<main>\n" \
  "<article class=\"story\">\n" \
  "<header><h1>Kremlin denies   talks with <em>Kyiv</em></h1>\n" \
  "<p class=\"byline\">By Anna Petrova</p></header>\n" \
  "<p>The Kremlin has <strong>denied</strong> any preparations for talks,\n" \
  "   spokesman Dmitry Peskov told reporters on Tuesday.</p>\n" \
  "<figure><img src=\"peskov.jpg\" alt=\"Peskov\">" \
  "<figcaption>Dmitry Peskov in Moscow.</figcaption></figure>\n" \
  "<h2>&ldquo;No negotiations&rdquo;</h2>\n" \
  "<p>Yuri Ushakov said:<br>&ldquo;There are no negotiations.&rdquo;</p>\n" \
  "<ul><li>Moscow rejected the proposal.</li><li>Kyiv said the plan stands.</li></ul>\n" \
  "<div class=\"share-buttons\"><a href=\"#\">Share on X</a></div>\n" \
  "<aside><h3>Related</h3><p>Oil prices fall</p></aside>\n" \
  "<script>document.write(\"<p>injected</p>\");</script>\n" \
  "<footer>Topics: Russia, Ukraine</footer>\n" \
  "</article>\n" \
  "<article class=\"teaser\"><h2>Oil prices fall</h2><p>Brent fell 2%.</p></article>\n" \
  "</main>\n" \
  "<footer>© 2026 The Daily Ledger</footer>\n" \
  "</body></html>\n"

static void
test_html (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load (ARTICLE_HTML, -1, "kremlin.html", &error);

  g_assert_no_error (error);
  g_assert_cmpint (doc->format, ==, PLX_FORMAT_HTML);
  g_assert_cmpstr (doc->text, ==,
                   "Kremlin denies talks with Kyiv\n"
                   "\n"
                   "By Anna Petrova\n"
                   "\n"
                   "The Kremlin has denied any preparations for talks, spokesman Dmitry Peskov "
                   "told reporters on Tuesday.\n"
                   "\n"
                   "“No negotiations”\n"
                   "\n"
                   "Yuri Ushakov said:\n"
                   "“There are no negotiations.”\n"
                   "\n"
                   "Moscow rejected the proposal.\n"
                   "Kyiv said the plan stands.\n");
  /* The <title> carries the site's name; the <h1> is the headline. */
  g_assert_cmpstr (doc->title, ==, "Kremlin denies talks with Kyiv");
  g_assert_cmpuint (doc->headings->len, ==, 2);
  assert_heading (doc, 0, "Kremlin denies talks with Kyiv");
  assert_heading (doc, 1, "“No negotiations”");
  g_assert_null (strstr (doc->text, "<script"));
  g_assert_null (strstr (doc->text, "tracking"));
  g_assert_null (strstr (doc->text, "injected"));
}

static void
test_html_boilerplate (void)
{
  static const char html[] =
    "<html><head><title>Ceasefire talks stall in Geneva</title>\n"
    "<script type=\"application/ld+json\">{\"headline\": \"metadata\"}</script></head>\n"
    "<body class=\"page-with-sidebar\">\n"
    "<div id=\"nav\">Home World Politics</div>\n"
    "<ul class=\"main-menu\"><li>Sport</li></ul>\n"
    "<div class=\"sidebar\">Most read</div>\n"
    "<div role=\"navigation\">Skip to content</div>\n"
    "<div class=\"content\">\n"
    "<div class=\"headline-block\"><h1>Ceasefire talks stall</h1></div>\n"
    "<p class=\"lead\">Negotiators in Geneva failed to agree on Tuesday &amp; will meet "
    "again.</p>\n"
    "<div class=\"ad-slot\">Buy a new car today</div>\n"
    "<p>The UN envoy, Jos&eacute; Ram&iacute;rez, said progress was &quot;slow&quot;.</p>\n"
    "<table><tr><th>Delegation</th><th>Members</th></tr>"
    "<tr><td>Ukraine</td><td>12</td></tr></table>\n"
    "<noscript>Enable JavaScript</noscript>\n"
    "<p hidden>Hidden paragraph</p>\n"
    "</div>\n"
    "<div class=\"newsletter-signup\">Get our morning briefing</div>\n"
    "<div class=\"social-links\">Follow us</div>\n"
    "<div class=\"related\">Related stories</div>\n"
    "<div id=\"cookie-consent\">We value your privacy</div>\n"
    "<section class=\"comments\">First!</section>\n"
    "<footer>Contact us</footer>\n"
    "</body></html>\n";
  static const char *const gone[] = {
    "Home World", "Sport", "Most read", "Skip to content", "Buy a new car", "Enable JavaScript",
    "Hidden paragraph", "morning briefing", "Follow us", "Related stories", "privacy", "First!",
    "Contact us", "metadata",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load (html, -1, "page", &error);
  g_autoptr(PlxDocument) wrapped = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (doc->format, ==, PLX_FORMAT_HTML);
  g_assert_cmpstr (doc->text, ==,
                   "Ceasefire talks stall\n"
                   "\n"
                   "Negotiators in Geneva failed to agree on Tuesday & will meet again.\n"
                   "\n"
                   "The UN envoy, José Ramírez, said progress was \"slow\".\n"
                   "\n"
                   "Delegation Members\n"
                   "\n"
                   "Ukraine 12\n");
  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    g_assert_null (strstr (doc->text, gone[i]));
  /* A <title> without a site's name is kept as it is. */
  g_assert_cmpstr (doc->title, ==, "Ceasefire talks stall in Geneva");
  assert_heading (doc, 0, "Ceasefire talks stall");

  /* A wrapper whose class merely mentions a sidebar must not cost the
   * article. */
  wrapped = load ("<html><body><div class=\"layout-with-sidebar\">"
                  "<p>Negotiators will meet again in May.</p></div></body></html>",
                  -1, "wrapped.html", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wrapped->text, ==, "Negotiators will meet again in May.\n");
}

static void
test_html_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) outside = NULL;
  g_autoptr(PlxDocument) untitled = NULL;

  /* The headline above the <article>, the site's name in a masthead <h1>. */
  outside = load ("<title>Grain deal extended - World News</title>"
                  "<header><h1>World News</h1></header>"
                  "<main><h1>Grain deal extended</h1>"
                  "<article><p>Turkey and the UN announced the extension.</p></article></main>",
                  -1, "grain.html", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outside->title, ==, "Grain deal extended");
  g_assert_cmpstr (outside->text, ==, "Turkey and the UN announced the extension.\n");

  untitled = load ("<p>Turkey and the UN announced the extension.</p>", -1, "grain.html", &error);
  g_assert_no_error (error);
  g_assert_null (untitled->title);
}

static void
test_html_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) declared = NULL;
  g_autoptr(PlxDocument) undeclared = NULL;
  g_autoptr(PlxDocument) cyrillic = NULL;

  declared = load ("<html><head><meta http-equiv=\"Content-Type\" "
                   "content=\"text/html; charset=iso-8859-1\"></head>"
                   "<body><p>Caf\xE9 \x93" "cr\xE8me\x94</p></body></html>",
                   -1, "latin1.html", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (declared->text, ==, "Café “crème”\n");

  undeclared = load ("<p>Caf\xE9 \x93" "cr\xE8me\x94</p>", -1, "old.html", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (undeclared->text, ==, "Café “crème”\n");

  /* "Киев" in Windows-1251. */
  cyrillic = load ("<meta charset=\"windows-1251\"><p>\xCA\xE8\xE5\xE2</p>", -1, "ru.html",
                   &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cyrillic->text, ==, "Киев\n");
}

static void
test_html_script_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load ("<html><head><title>Loading…</title></head><body>"
                                     "<script>window.location = \"/app\";</script></body></html>",
                                     -1, "app.html", &error);

  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "app.html"));
}

/* A page nested deeper than libxml2's default limit (256) keeps all its
 * text; one nested beyond what any page does is refused with a message
 * instead of being cut silently. */
static void
test_html_deep (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = NULL;
  GString *page = g_string_new ("<html><body><p>Before the deep part.</p>");

  for (guint i = 0; i < 255; i++)
    g_string_append (page, "<div>");
  g_string_append (page, "<p>Deep inside.</p>");
  for (guint i = 0; i < 255; i++)
    g_string_append (page, "</div>");
  g_string_append (page, "<p>After the deep part.</p></body></html>");
  doc = load (page->str, page->len, "deep.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (doc->text, "Before the deep part."));
  g_assert_nonnull (strstr (doc->text, "Deep inside."));
  g_assert_nonnull (strstr (doc->text, "After the deep part."));
  g_string_free (page, TRUE);

  page = g_string_new ("<html><body><p>Before the deep part.</p>");
  for (guint i = 0; i < 5000; i++)
    g_string_append (page, "<div>");
  g_string_append (page, "<p>Deep inside.</p></body></html>");
  g_clear_pointer (&doc, plx_document_free);
  doc = load (page->str, page->len, "deeper.html", &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "deeper.html"));
  g_assert_nonnull (strstr (error->message, "levels deep"));
  g_string_free (page, TRUE);
}

/* The internal subset of an XHTML DOCTYPE is not article text. */
static void
test_html_doctype_subset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc =
    load ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\" [\n"
          "  <!ENTITY company \"Acme Corporation\">\n"
          "  <!ENTITY % internal \"IGNORE\">\n"
          "]>\n"
          "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Talks</title></head>"
          "<body><p>The Kremlin denied the talks.</p></body></html>",
          -1, "page.xhtml", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->text, ==, "The Kremlin denied the talks.\n");
  g_assert_cmpstr (doc->title, ==, "Talks");
}

static void
test_html_garbage (void)
{
  static const char *const pages[] = {
    "<html><body><div><p>Talks <b><i>resumed <table><tr><td>in Geneva</p></div></span>",
    "<<<>>>&&&;<p <p <a href=\">",
    "</p></div></body></html><h1>",
    "<h1><h2><h3>Nested headings</h1></h2>",
    "<pre>\n\n\n</pre><br><br><hr>",
    "<h1><div>Talks</div><pre>in\nGeneva</pre><br>now</h1><p>Body.",
  };
  g_autoptr(GString) deep = g_string_new ("<html><body>");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxDocument) doc = load (pages[i], -1, "broken.html", &error);

      g_assert_true ((doc != NULL) != (error != NULL));
      if (doc == NULL)
        continue;

      g_assert_true (g_utf8_validate (doc->text, -1, NULL));
      for (guint j = 0; j < doc->headings->len; j++)
        {
          const PlxSpan *span = &g_array_index (doc->headings, PlxSpan, j);
          const char *start = g_utf8_offset_to_pointer (doc->text, span->start);
          const char *end = g_utf8_offset_to_pointer (doc->text, span->end);

          g_assert_cmpuint (span->end, <=, g_utf8_strlen (doc->text, -1));
          g_assert_null (memchr (start, '\n', end - start));
        }
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxDocument) doc = load (pages[G_N_ELEMENTS (pages) - 1], -1, "blocks.html", &error);

    /* Blocks inside a heading do not break its line. */
    g_assert_no_error (error);
    g_assert_cmpstr (doc->text, ==, "Talks in Geneva now\n\nBody.\n");
    assert_heading (doc, 0, "Talks in Geneva now");
  }

  /* Deep nesting must not exhaust the stack. */
  for (guint i = 0; i < 20000; i++)
    g_string_append (deep, "<div><span>");
  g_string_append (deep, "Still readable.");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxDocument) doc = load (deep->str, deep->len, "deep.html", &error);

    g_assert_true ((doc != NULL) != (error != NULL));
  }
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Draws @lines one at a time, as a typesetter's PDF places them: a %NULL
 * starts a new page, two end the list. Without lines the page holds only a
 * picture, like a scan. */
static GBytes *
make_pdf (const char        *title,
          const char *const *lines)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 12");
  guint y = 0;

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  pango_layout_set_font_description (layout, font);

  for (guint i = 0; lines[i] != NULL || lines[i + 1] != NULL; i++)
    {
      if (lines[i] == NULL)
        {
          cairo_show_page (cr);
          y = 0;
          continue;
        }
      pango_layout_set_text (layout, lines[i], -1);
      cairo_move_to (cr, 72, 72 + 18 * y++);
      pango_cairo_show_layout (cr, layout);
    }
  if (lines[0] == NULL)
    {
      /* A scanned page: an image and no text. */
      cairo_rectangle (cr, 72, 72, 400, 600);
      cairo_fill (cr);
    }
  cairo_show_page (cr);

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (pdf);
}

static void
test_pdf (void)
{
  static const char *const lines[] = {
    "Kremlin denies talks with Kyiv",
    "The Kremlin has denied any preparations for negoti-",
    "ations with Ukraine, spokesman Dmitry Peskov said.",
    "A well-informed source in Kyiv disagreed.",
    NULL,
    "Yuri Ushakov, a foreign-policy aide, said there were",
    "no plans for a meeting in Geneva.",
    NULL,
    NULL,
  };
  g_autoptr(GBytes) bytes = make_pdf ("Kremlin denies talks with Kyiv", lines);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = plx_document_new_from_bytes (bytes, "kremlin.pdf", &error);

  g_assert_no_error (error);
  g_assert_cmpint (doc->format, ==, PLX_FORMAT_PDF);
  g_assert_cmpstr (doc->text, ==,
                   "Kremlin denies talks with Kyiv\n"
                   "The Kremlin has denied any preparations for negotiations\n"
                   "with Ukraine, spokesman Dmitry Peskov said.\n"
                   "A well-informed source in Kyiv disagreed.\n"
                   "\n"
                   "Yuri Ushakov, a foreign-policy aide, said there were\n"
                   "no plans for a meeting in Geneva.\n");
  g_assert_cmpstr (doc->title, ==, "Kremlin denies talks with Kyiv");
  g_assert_cmpuint (doc->headings->len, ==, 0);
}

static void
test_pdf_no_title (void)
{
  static const char *const lines[] = { "Grain deal extended by 60 days.", NULL, NULL };
  /* A file name is what the authoring tool knew, not a headline. */
  const char *titles[] = { NULL, "  ", "Microsoft Word - grain_final.docx" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(GBytes) bytes = make_pdf (titles[i], lines);
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxDocument) doc = plx_document_new_from_bytes (bytes, "grain.pdf", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (doc->text, ==, "Grain deal extended by 60 days.\n");
      g_assert_null (doc->title);
    }
}

static void
test_pdf_corrupt (void)
{
  static const char *const lines[] = { "Grain deal extended by 60 days.", NULL, NULL };
  g_autoptr(GBytes) pdf = make_pdf (NULL, lines);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (pdf, 0, 200);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = load ("%PDF-1.4\n garbage", -1, "broken.pdf", &error);

  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "broken.pdf"));
  g_clear_error (&error);

  /* A download cut short: the header is there, the pages are not. */
  doc = plx_document_new_from_bytes (truncated, "cut.pdf", &error);
  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "cut.pdf"));
}

static void
test_pdf_no_text (void)
{
  static const char *const lines[] = { NULL, NULL };
  g_autoptr(GBytes) bytes = make_pdf ("Scanned article", lines);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) doc = plx_document_new_from_bytes (bytes, "scan.pdf", &error);

  g_assert_null (doc);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "scan.pdf"));
  g_assert_nonnull (strstr (error->message, "OCR"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/document/utf8", test_utf8);
  g_test_add_func ("/core/document/utf8-bom-crlf", test_utf8_bom_and_crlf);
  g_test_add_func ("/core/document/utf16", test_utf16);
  g_test_add_func ("/core/document/windows-1252", test_windows_1252);
  g_test_add_func ("/core/document/errors", test_errors);
  g_test_add_func ("/core/document/bom-is-not-a-pass", test_bom_is_not_a_pass);
  g_test_add_func ("/core/document/nul-anywhere", test_nul_anywhere);
  g_test_add_func ("/core/document/binary-valid-utf8", test_binary_valid_utf8);
  g_test_add_func ("/core/document/files", test_files);
  g_test_add_func ("/core/document/too-large", test_too_large);
  g_test_add_func ("/core/document/guess-format", test_guess_format);
  g_test_add_func ("/core/document/markdown", test_markdown);
  g_test_add_func ("/core/document/markdown-pathological", test_markdown_pathological);
  g_test_add_func ("/core/document/markdown-title", test_markdown_title);
  g_test_add_func ("/core/document/html", test_html);
  g_test_add_func ("/core/document/html-boilerplate", test_html_boilerplate);
  g_test_add_func ("/core/document/html-title", test_html_title);
  g_test_add_func ("/core/document/html-charset", test_html_charset);
  g_test_add_func ("/core/document/html-script-only", test_html_script_only);
  g_test_add_func ("/core/document/html-deep", test_html_deep);
  g_test_add_func ("/core/document/html-doctype-subset", test_html_doctype_subset);
  g_test_add_func ("/core/document/html-garbage", test_html_garbage);
  g_test_add_func ("/core/document/pdf", test_pdf);
  g_test_add_func ("/core/document/pdf-no-title", test_pdf_no_title);
  g_test_add_func ("/core/document/pdf-corrupt", test_pdf_corrupt);
  g_test_add_func ("/core/document/pdf-no-text", test_pdf_no_text);

  return g_test_run ();
}
