/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
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
  g_test_add_func ("/core/document/binary-valid-utf8", test_binary_valid_utf8);
  g_test_add_func ("/core/document/files", test_files);
  g_test_add_func ("/core/document/too-large", test_too_large);
  g_test_add_func ("/core/document/guess-format", test_guess_format);

  return g_test_run ();
}
