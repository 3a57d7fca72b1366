/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Runs the real `parallax` binary headless, with no display in its
 * environment, as a batch user or a script would. */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_parallax (Run        *run,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("PARALLAX"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
seed_path (const char *name)
{
  return g_build_filename (g_getenv ("PLX_SHARED_CORPUS"), "seed", name, NULL);
}

static void
test_compare_json (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *articles;
  JsonObject *article_a;

  run_parallax (&run, "compare", a, b, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "parallax-comparison");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "generator"),
                                   "parallax "));
  articles = json_object_get_array_member (root, "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 2);
  article_a = json_array_get_object_element (articles, 0);
  g_assert_cmpstr (json_object_get_string_member (article_a, "id"), ==, "A");
  g_assert_cmpstr (json_object_get_string_member (article_a, "source"), ==, "kremlin-a.txt");
  g_assert_cmpstr (json_object_get_string_member (article_a, "language"), ==, "en");
  g_assert_true (json_object_has_member (article_a, "sentences"));
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (articles, 1), "id"), ==, "B");
}

static void
test_output_file_and_text (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "report.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };

  run_parallax (&run, "compare", a, b, "--format", "text", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_file_get_contents (out, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "The Kremlin denies trilateral negotiations"));

  g_unlink (out);
  g_rmdir (dir);
}

/* --export picks the format from the file name, and a report is either
 * written whole or not at all. */
static void
test_export (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", &error);
  const struct
  {
    const char *name;
    const char *start;
  } exports[] = {
    { "report.html", "<!DOCTYPE html>" },
    { "Report.HTM", "<!DOCTYPE html>" },
    { "report.md", "# " },
    { "report.json", "{" },
    { "report.txt", "Parallax" },
    { "report.pdf", "%PDF-" },
  };
  g_autofree char *unknown = g_build_filename (dir, "report.odt", NULL);
  g_autofree char *unwritable = g_build_filename (dir, "missing-folder", "report.html", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = g_build_filename (dir, exports[i].name, NULL);
      g_autofree char *contents = NULL;
      g_auto(Run) run = { 0 };

      run_parallax (&run, "compare", a, b, "--export", path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (contents, exports[i].start));
      if (!g_str_has_suffix (path, ".pdf"))
        g_assert_nonnull (strstr (contents, "Kremlin"));
      g_unlink (path);
    }

  {
    g_auto(Run) run = { 0 };

    /* An extension we do not write is refused, unless --format says what to write. */
    run_parallax (&run, "compare", a, b, "--export", unknown, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "report.odt"));
    g_assert_nonnull (strstr (run.err, "--format"));
    g_assert_false (g_file_test (unknown, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *contents = NULL;

    run_parallax (&run, "compare", a, b, "--export", unknown, "--format", "html", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_file_get_contents (unknown, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
    g_unlink (unknown);
  }

  {
    g_auto(Run) run = { 0 };

    run_parallax (&run, "compare", a, b, "--export", unwritable, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "missing-folder"));
    g_assert_false (g_file_test (unwritable, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(Run) run = { 0 };

    run_parallax (&run, "analyze", a, "--format", "html", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "compare"));
  }

  {
    g_auto(Run) run = { 0 };

    /* A PDF is not poured onto a terminal unasked. */
    run_parallax (&run, "compare", a, b, "--format", "pdf", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "--export report.pdf"));
  }

  /* Nothing was left behind: no partial files, no temporary files. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);

    g_assert_no_error (error);
    g_assert_null (g_dir_read_name (listing));
  }
  g_rmdir (dir);
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "binary.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  const struct
  {
    const char *path;
    const char *name;
    const char *reason;
  } cases[] = {
    { binary, "binary.txt", "binary" },
    { empty, "empty.txt", "empty" },
    { missing, "missing.txt", "does not exist" },
    { dir, "parallax-cli-", "folder" },
  };

  g_file_set_contents (good, "A headline\n\nA sentence of text.\n", -1, NULL);
  g_file_set_contents (binary, "\x7f" "ELF\x02\x01\x01\0\0\0\0", 12, NULL);
  g_file_set_contents (empty, "", 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_parallax (&run, "compare", good, cases[i].path, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].name));
      g_assert_nonnull (strstr (run.err, cases[i].reason));
    }

  {
    g_auto(Run) run = { 0 };

    run_parallax (&run, "compare", good, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "two"));
  }

  {
    g_auto(Run) run = { 0 };

    run_parallax (&run, "compare", good, good, "--format", "yaml", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "yaml"));
  }

  g_unlink (good);
  g_unlink (binary);
  g_unlink (empty);
  g_rmdir (dir);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_compare_links (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *links;
  JsonArray *sentences;
  const char *text;

  run_parallax (&first, "compare", a, b, NULL);
  run_parallax (&second, "compare", a, b, NULL);
  g_assert_cmpint (first.status, ==, 0);

  /* Same input, same output, byte for byte. */
  g_assert_cmpstr (first.out, ==, second.out);

  root = parse_object (parser, first.out);
  links = json_object_get_array_member (root, "links");
  g_assert_cmpuint (json_array_get_length (links), >=, 6);
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *link = json_array_get_object_element (links, i);
      const char *kind = json_object_get_string_member (link, "kind");

      g_assert_true (g_str_equal (kind, "identical") || g_str_equal (kind, "paraphrase") ||
                     g_str_equal (kind, "partial"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (link, "a")), >, 0);
      g_assert_true (json_object_has_member (link, "moved"));
      g_assert_true (json_object_has_member (link, "diff"));
    }
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "unmatched"), "a"));
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "summary"),
                                         "similarity"));

  /* Every compared claim has a status and, unless only one article has
   * it, a counterpart in the other article. */
  {
    JsonArray *parties = json_object_get_array_member (root, "parties");

    for (guint p = 0; p < json_array_get_length (parties); p++)
      {
        JsonArray *list = json_object_get_array_member (json_array_get_object_element (parties, p),
                                                        "claims");

        for (guint c = 0; c < json_array_get_length (list); c++)
          {
            JsonObject *claim = json_array_get_object_element (list, c);
            const char *status = json_object_get_string_member (claim, "status");
            gboolean only = g_str_has_prefix (status, "only-");

            g_assert_true (only == json_object_get_null_member (claim, "counterpart"));
          }
      }
  }

  /* Offsets are characters of the article text. */
  sentences = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (root, "articles"), 1),
    "sentences");
  text = json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (root, "articles"), 1), "text");
  for (guint i = 0; i < json_array_get_length (sentences); i++)
    {
      JsonObject *sentence = json_array_get_object_element (sentences, i);
      g_autofree char *span = g_utf8_substring (text,
                                                json_object_get_int_member (sentence, "start"),
                                                json_object_get_int_member (sentence, "end"));
      g_autofree char *folded = g_strdelimit (g_strdup (span), "\n", ' ');

      g_assert_cmpstr (folded, ==, json_object_get_string_member (sentence, "text"));
    }
}

static void
test_markdown_and_analyze (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_auto(Run) markdown = { 0 };
  g_auto(Run) analysis = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  run_parallax (&markdown, "compare", a, b, "--format", "markdown", NULL);
  g_assert_cmpint (markdown.status, ==, 0);
  g_assert_true (g_str_has_prefix (markdown.out, "# Parallax comparison"));
  g_assert_nonnull (strstr (markdown.out, "## Only in article A"));

  run_parallax (&analysis, "analyze", b, "--format", "json", NULL);
  g_assert_cmpint (analysis.status, ==, 0);
  root = parse_object (parser, analysis.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_array_get_object_element (json_object_get_array_member (root,
                                                                                   "articles"),
                                                     0),
                      "sentences")),
                    ==, 19);

  /* The claims of the article, under their parties, with their spans. */
  {
    JsonArray *parties = json_object_get_array_member (root, "parties");
    guint claims = 0;

    g_assert_cmpuint (json_array_get_length (parties), >, 0);
    for (guint p = 0; p < json_array_get_length (parties); p++)
      {
        JsonArray *list = json_object_get_array_member (json_array_get_object_element (parties, p),
                                                        "claims");

        for (guint c = 0; c < json_array_get_length (list); c++)
          {
            JsonObject *claim = json_array_get_object_element (list, c);

            g_assert_cmpuint (json_array_get_length (
                                json_object_get_array_member (claim, "cue_span")), ==, 2);
            g_assert_true (json_object_has_member (claim, "speaker_span"));
            g_assert_true (json_object_has_member (claim, "content_span"));
            g_assert_false (json_object_has_member (claim, "status"));
            claims++;
          }
      }
    g_assert_cmpuint (claims, >=, 8);
  }
}

static void
test_big_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", &error);
  g_autofree char *huge = g_build_filename (dir, "huge.txt", NULL);
  g_autofree char *line = g_build_filename (dir, "line.txt", NULL);
  g_autofree char *good = seed_path ("kremlin-a.txt");
  g_autoptr(GFile) huge_file = g_file_new_for_path (huge);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GString) one_line = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  /* A 100 MB file (sparse, so the test stays fast). */
  stream = g_file_create (huge_file, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), 100 * 1024 * 1024, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);

  {
    g_auto(Run) run = { 0 };

    run_parallax (&run, "compare", good, huge, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "huge.txt"));
    g_assert_nonnull (strstr (run.err, "too large"));
  }

  /* One 1 MB line of prose: a correct result, not a crash. */
  while (one_line->len < 1024 * 1024)
    g_string_append (one_line, "The council approved the budget on Tuesday after a long debate. "
                               "Critics said the plan would raise rents in the old town. ");
  g_file_set_contents (line, one_line->str, one_line->len, &error);
  g_assert_no_error (error);

  {
    g_auto(Run) run = { 0 };

    run_parallax (&run, "compare", line, good, NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_object (parser, run.out);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                        json_array_get_object_element (json_object_get_array_member (root,
                                                                                     "articles"),
                                                       0),
                        "sentences")),
                      >, 10000);
  }

  g_unlink (huge);
  g_unlink (line);
  g_rmdir (dir);
}

static void
test_bad_language (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_auto(Run) run = { 0 };

  run_parallax (&run, "compare", a, a, "--language", "xx", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "xx"));
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run_parallax (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "parallax " PACKAGE_VERSION));

  run_parallax (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "parallax compare"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/compare-json", test_compare_json);
  g_test_add_func ("/cli/output-file-and-text", test_output_file_and_text);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/compare-links", test_compare_links);
  g_test_add_func ("/cli/markdown-and-analyze", test_markdown_and_analyze);
  g_test_add_func ("/cli/big-input", test_big_input);
  g_test_add_func ("/cli/bad-language", test_bad_language);

  return g_test_run ();
}
