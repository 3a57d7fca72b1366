/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Runs the real `parallax` binary headless, with no display in its
 * environment, as a batch user or a script would. */

/* posix_openpt() and ptsname() are X/Open. */
#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>

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

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* Bad input must fail fast: a run that blocks (on a FIFO, say) is killed
 * after a minute, and one that grows (reading /dev/zero) stops at 4 GB of
 * address space, so a regression fails its test instead of hanging or
 * swamping the machine. AddressSanitizer reserves terabytes of address
 * space, so its builds go without the memory cap. */
static void
limit_child (gpointer data)
{
#if !defined(UNDER_ASAN)
  struct rlimit memory = { (rlim_t) 4 << 30, (rlim_t) 4 << 30 };

  setrlimit (RLIMIT_AS, &memory);
#endif
  alarm (60);
}

/* Runs `parallax` with @args in @folder (NULL: here). */
static void
run_parallax_argv (Run               *run,
                   const char        *folder,
                   const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("PARALLAX"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (folder, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, limit_child, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  /* A crash or a hang shows as the shell would show it: 128 + signal. */
  if (WIFSIGNALED (wait_status))
    {
      g_test_message ("parallax was killed by signal %d (%s)", WTERMSIG (wait_status),
                      WTERMSIG (wait_status) == SIGALRM ? "it hung" : "it crashed");
      run->status = 128 + WTERMSIG (wait_status);
    }
  else
    run->status = WEXITSTATUS (wait_status);
}

static void
run_parallax (Run        *run,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list list;

  va_start (list, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);

  run_parallax_argv (run, NULL, (const char *const *) args->pdata);
}

static char *
seed_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "sample", name, NULL);
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

/* The bad-input table: every way a careless user or an attacker can hand
 * `parallax compare` something that is not an article, a parties file or
 * a lexicon, or point its report somewhere that is not a file. Each row
 * must end with its exit status and a message with its words (the file's
 * name among them), nothing on standard output, and no harm done to what
 * was there. The inputs are made once, in a folder of their own. */
static char *table_folder;
static gboolean table_has_devices;

#define GOOD "good.txt"

typedef struct
{
  const char *name;
  const char *args[8];      /* after "compare", in the table's folder */
  int         status;
  const char *words[3];     /* each must be in the message */
  gboolean    needs_device; /* a device node of its own: made only as root */
  const char *keeps;        /* a path that must stay what it was */
  mode_t      keeps_type;
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty", { GOOD, "empty.txt" }, 2, { "empty.txt", "empty" } },
  { "blank", { GOOD, "blank.txt" }, 2, { "blank.txt", "no text" } },
  { "png", { GOOD, "image.png" }, 2, { "image.png", "binary" } },
  { "folder", { GOOD, "folder" }, 2, { "folder", "folder" } },
  { "fifo", { GOOD, "fifo.txt" }, 2, { "fifo.txt", "not a regular file" } },
  { "device", { GOOD, "device" }, 2, { "device", "not a regular file" }, TRUE },
  { "100-mb", { GOOD, "huge.txt" }, 2, { "huge.txt", "too large" } },
  { "damaged-pdf", { GOOD, "damaged.pdf" }, 2, { "damaged.pdf", "PDF" } },
  { "vanished", { GOOD, "vanished.txt" }, 2, { "vanished.txt", "does not exist" } },
  { "bom-invalid-utf8", { GOOD, "bom-invalid.txt" }, 2, { "bom-invalid.txt", "UTF-8" } },
  { "nul-after-64k", { GOOD, "nul-late.txt" }, 2, { "nul-late.txt", "NUL" } },
  { "utf16-nul", { GOOD, "utf16-nul.txt" }, 2, { "utf16-nul.txt", "NUL" } },
  { "two-missing", { "gone-a.txt", "gone-b.txt" }, 2, { "gone-a.txt", "gone-b.txt" } },
  /* A web address without its scheme is no file: say how to open it. */
  { "address-without-scheme", { GOOD, "www.example.org/news/1" }, 2,
    { "web address", "https://www.example.org/news/1" } },
  { "parties-deep", { GOOD, GOOD, "--parties", "deep.json" }, 2, { "deep.json", "nested" } },
  { "lexicon-deep", { GOOD, GOOD, "--lexicon", "deep.json" }, 2, { "deep.json", "nested" } },
  { "parties-dev-zero", { GOOD, GOOD, "--parties", "/dev/zero" }, 2,
    { "/dev/zero", "not a regular file" } },
  { "parties-fifo", { GOOD, GOOD, "--parties", "fifo.txt" }, 2,
    { "fifo.txt", "not a regular file" } },
  { "lexicon-fifo", { GOOD, GOOD, "--lexicon", "fifo.txt" }, 2,
    { "fifo.txt", "not a regular file" } },
  { "sensitivity-nan", { GOOD, GOOD, "--sensitivity", "nan" }, 2, { "--sensitivity", "nan" } },
  { "sensitivity-negative", { GOOD, GOOD, "--sensitivity=-1" }, 2, { "--sensitivity", "-1" } },
  { "sensitivity-inf", { GOOD, GOOD, "--sensitivity", "inf" }, 2, { "--sensitivity", "inf" } },
  { "sensitivity-2", { GOOD, GOOD, "--sensitivity", "2" }, 2, { "--sensitivity", "“2”" } },
  { "output-fifo", { GOOD, GOOD, "-o", "out-fifo.json" }, 1,
    { "out-fifo.json", "not a regular file" }, FALSE, "out-fifo.json", S_IFIFO },
  { "export-fifo", { GOOD, GOOD, "--export", "out-fifo.json" }, 1,
    { "out-fifo.json", "not a regular file" }, FALSE, "out-fifo.json", S_IFIFO },
  { "output-folder", { GOOD, GOOD, "-o", "folder" }, 1, { "folder", "folder" }, FALSE, "folder",
    S_IFDIR },
  { "output-device", { GOOD, GOOD, "-o", "out-device" }, 1,
    { "out-device", "not a regular file" }, TRUE, "out-device", S_IFCHR },
  { "output-symlink", { GOOD, GOOD, "-o", "out-link.json" }, 0, { NULL }, FALSE,
    "out-link.json", S_IFLNK },
  { "export-symlink", { GOOD, GOOD, "--export", "out-link.html" }, 0, { NULL }, FALSE,
    "out-link.html", S_IFLNK },
};

static void
write_file (const char *name,
            const char *data,
            gssize      length)
{
  g_autofree char *path = g_build_filename (table_folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
make_node (const char *name,
           mode_t      mode,
           dev_t       device)
{
  g_autofree char *path = g_build_filename (table_folder, name, NULL);

  if (mknod (path, mode, device) != 0)
    g_assert_true (S_ISCHR (mode)); /* only a device may be refused */
}

static void
make_bad_inputs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) nul_late = g_string_new (NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *folder = NULL;
  g_autofree char *huge = NULL;
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0"
                            "\x1f\x15\xc4\x89\0\0\0\rIDATx\x9c" "c\xf8\x0f\0\0\x01\x01\0\x05";
  /* "The council met.\0 It passed.\n" in UTF-16LE, with its byte-order mark. */
  static const char utf16[] = "\xff\xfeT\0h\0e\0 \0c\0o\0u\0n\0c\0i\0l\0 \0m\0e\0t\0.\0"
                              "\0\0 \0I\0t\0 \0p\0a\0s\0s\0e\0d\0.\0\n\0";

  table_folder = g_dir_make_tmp ("parallax-bad-input-XXXXXX", &error);
  g_assert_no_error (error);

  write_file (GOOD, "Council approves harbour plan\n\n"
                    "The council approved the harbour plan on Tuesday, the mayor said.\n", -1);
  write_file ("empty.txt", "", 0);
  write_file ("blank.txt", "  \n\t\n   \r\n", -1);
  write_file ("image.png", png, sizeof png - 1);
  write_file ("damaged.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "xref\ngarbage\n%%EOF\n", -1);
  write_file ("bom-invalid.txt", "\xef\xbb\xbfThe council \xff\xfe approved the plan.\n", -1);
  write_file ("utf16-nul.txt", utf16, sizeof utf16 - 1);

  /* Text past the 64 KB that the first check looks at, then a NUL. */
  while (nul_late->len < 70 * 1024)
    g_string_append (nul_late, "The council approved the harbour plan on Tuesday. ");
  g_string_append_len (nul_late, "\0 And more.\n", 13);
  write_file ("nul-late.txt", nul_late->str, nul_late->len);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  write_file ("deep.json", deep->str, deep->len);

  /* 100 MB, sparse: cheap to make, over the 64 MB limit. */
  huge = g_build_filename (table_folder, "huge.txt", NULL);
  write_file ("huge.txt", "", 0);
  g_assert_cmpint (truncate (huge, 100 * 1024 * 1024), ==, 0);

  folder = g_build_filename (table_folder, "folder", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  make_node ("fifo.txt", S_IFIFO | 0600, 0);
  make_node ("out-fifo.json", S_IFIFO | 0600, 0);
  {
    g_autofree char *link_json = g_build_filename (table_folder, "out-link.json", NULL);
    g_autofree char *link_html = g_build_filename (table_folder, "out-link.html", NULL);

    g_assert_cmpint (symlink ("target.json", link_json), ==, 0);
    g_assert_cmpint (symlink ("target.html", link_html), ==, 0);
  }

  /* Device nodes of our own (what /dev/null is), never the system's. */
  {
    g_autofree char *device = g_build_filename (table_folder, "device", NULL);

    make_node ("device", S_IFCHR | 0666, makedev (1, 3));
    make_node ("out-device", S_IFCHR | 0666, makedev (1, 3));
    table_has_devices = g_file_test (device, G_FILE_TEST_EXISTS);
  }
}

static void
remove_bad_inputs (void)
{
  g_autoptr(GDir) listing = g_dir_open (table_folder, 0, NULL);
  g_autofree char *folder = g_build_filename (table_folder, "folder", NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (table_folder, name, NULL);

      if (!g_str_equal (name, "folder"))
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
  g_assert_cmpint (g_rmdir (table_folder), ==, 0);
  g_clear_pointer (&table_folder, g_free);
}

static void
test_bad_input_row (gconstpointer data)
{
  const BadInput *row = data;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(Run) run = { 0 };

  if (row->needs_device && !table_has_devices)
    {
      g_test_skip ("making a device node needs root");
      return;
    }

  g_ptr_array_add (args, "compare");
  for (guint i = 0; row->args[i] != NULL; i++)
    g_ptr_array_add (args, (char *) row->args[i]);
  g_ptr_array_add (args, NULL);
  run_parallax_argv (&run, table_folder, (const char *const *) args->pdata);

  /* A failing row fails alone, so that the table shows every gap at once. */
  if (run.status != row->status)
    {
      g_test_fail_printf ("exit status %d, not %d: %s", run.status, row->status, run.err);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (row->words) && row->words[i] != NULL; i++)
    if (strstr (run.err, row->words[i]) == NULL)
      {
        g_test_fail_printf ("the message does not say “%s”: %s", row->words[i], run.err);
        return;
      }
  if (row->status != 0)
    {
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "parallax: "));
    }

  /* What was at the path is still there, and a link led to its target. */
  if (row->keeps != NULL)
    {
      g_autofree char *path = g_build_filename (table_folder, row->keeps, NULL);
      GStatBuf info;

      g_assert_cmpint (g_lstat (path, &info), ==, 0);
      if ((info.st_mode & S_IFMT) != row->keeps_type)
        {
          g_test_fail_printf ("“%s” was replaced by another kind of file", row->keeps);
          return;
        }
      if (S_ISLNK (info.st_mode))
        {
          g_autofree char *target = g_file_read_link (path, NULL);
          g_autofree char *target_path = g_build_filename (table_folder, target, NULL);
          g_autofree char *contents = NULL;

          g_assert_true (g_file_get_contents (target_path, &contents, NULL, NULL));
          g_assert_true (g_str_has_prefix (contents, g_str_has_suffix (target, ".html")
                                                       ? "<!DOCTYPE html>"
                                                       : "{"));
          g_assert_nonnull (strstr (contents, "harbour plan"));
        }
    }
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

/* Runs `parallax` with @args and its standard output on a terminal (the
 * slave of a pseudo-terminal), as a person at a shell would; @run->out gets
 * what the terminal showed, with the terminal's "\r\n" turned back into
 * "\n". */
static void
run_parallax_in_terminal (Run               *run,
                          const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  int master = posix_openpt (O_RDWR | O_NOCTTY);
  int slave;
  int wait_status;
  GPid pid;
  char buffer[4096];
  gssize n;

  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = open (ptsname (master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);

  g_ptr_array_add (argv, (char *) g_getenv ("PARALLAX"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_async_with_fds (NULL, (char **) argv->pdata, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                          limit_child, NULL, &pid, -1, slave, -1, &error);
  g_assert_no_error (error);
  close (slave);

  /* Once the child has closed the terminal, reading its master side fails
   * with EIO: that is the end of the output. */
  while ((n = read (master, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (shown, buffer, n);
  close (master);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128;

  g_string_replace (shown, "\r\n", "\n", 0);
  run->out = g_string_free (g_steal_pointer (&shown), FALSE);
  run->err = g_strdup ("");
}

/* Without --format, a person at a terminal reads the summary and a script
 * that pipes the output gets the JSON it parses; --format json wins. */
static void
test_terminal_gets_text (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_auto(Run) terminal = { 0 };
  g_auto(Run) terminal_json = { 0 };
  g_auto(Run) analyze = { 0 };
  g_auto(Run) pipe = { 0 };

  run_parallax_in_terminal (&terminal, (const char *const[]) { "compare", a, b, NULL });
  g_assert_cmpint (terminal.status, ==, 0);
  g_assert_true (g_str_has_prefix (terminal.out, "Parallax comparison\n"));
  g_assert_nonnull (strstr (terminal.out, "Key differences"));
  g_assert_null (strstr (terminal.out, "\"format\""));

  run_parallax_in_terminal (&terminal_json,
                            (const char *const[]) { "compare", a, b, "--format", "json", NULL });
  g_assert_cmpint (terminal_json.status, ==, 0);
  g_assert_true (g_str_has_prefix (terminal_json.out, "{"));

  run_parallax_in_terminal (&analyze, (const char *const[]) { "analyze", a, NULL });
  g_assert_cmpint (analyze.status, ==, 0);
  g_assert_true (g_str_has_prefix (analyze.out, "Parallax analysis\n"));

  run_parallax (&pipe, "compare", a, b, NULL);
  g_assert_cmpint (pipe.status, ==, 0);
  g_assert_true (g_str_has_prefix (pipe.out, "{"));
}

/* The help of each command offers what it takes, and only that. */
static void
test_help_lists_what_is_accepted (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_auto(Run) help = { 0 };
  g_auto(Run) compare = { 0 };
  g_auto(Run) analyze = { 0 };
  g_auto(Run) refused = { 0 };

  run_parallax (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "html"));
  g_assert_nonnull (strstr (help.out, "pdf"));
  g_assert_nonnull (strstr (help.out, "--export"));

  run_parallax (&compare, "compare", "--help", NULL);
  g_assert_nonnull (strstr (compare.out, "--sensitivity"));
  g_assert_nonnull (strstr (compare.out, "html"));

  run_parallax (&analyze, "analyze", "--help", NULL);
  g_assert_cmpint (analyze.status, ==, 0);
  g_assert_nonnull (strstr (analyze.out, "--export"));
  g_assert_nonnull (strstr (analyze.out, "--parties"));
  g_assert_null (strstr (analyze.out, "--sensitivity"));
  g_assert_null (strstr (analyze.out, "--lexicon"));
  g_assert_null (strstr (analyze.out, "html"));
  g_assert_null (strstr (analyze.out, "pdf"));

  /* What analyze would ignore is refused, not silently dropped. */
  run_parallax (&refused, "analyze", a, "--sensitivity", "0.5", NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "--sensitivity"));
  g_assert_nonnull (strstr (refused.err, "parallax compare"));
  g_assert_cmpstr (refused.out, ==, "");
}

/* Markdown escapes what it would read as markup, and nothing else: file
 * names and hyphenated words stay readable in the source. */
static void
test_markdown_escapes_only_markup (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_auto(Run) run = { 0 };

  run_parallax (&run, "compare", a, b, "--format", "markdown", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "(kremlin-a.txt, 17 sentences)"));
  g_assert_null (strstr (run.out, "\\-"));
  g_assert_null (strstr (run.out, "\\("));
}

/* A third article for the collation tests: the sample's first, with a
 * sentence of its own at the end, in a temporary folder. */
static char *
make_third_article (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  char *path;

  *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (a, &text, NULL, NULL));
  more = g_strconcat (text, "\n\nA ferry strike closed the harbour of Valletta for a week.\n",
                      NULL);
  path = g_build_filename (*dir, "third.txt", NULL);
  g_assert_true (g_file_set_contents (path, more, -1, NULL));

  return path;
}

/* Three articles give the collation report: every sentence of every
 * article in one story unit, the sentence only the third has in a unit of
 * its own; Markdown has the coverage table. */
static void
test_compare_three (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  g_autofree char *dir = NULL;
  g_autofree char *c = make_third_article (&dir);
  g_auto(Run) run = { 0 };
  g_auto(Run) markdown = { 0 };
  g_auto(Run) html = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *units;
  guint seen[3] = { 0 };
  gboolean ferry_alone = FALSE;

  run_parallax (&run, "compare", a, b, c, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "parallax-collation");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "comparisons")), ==,
                    2);
  units = json_object_get_array_member (root, "units");
  for (guint u = 0; u < json_array_get_length (units); u++)
    {
      JsonObject *unit = json_array_get_object_element (units, u);
      JsonObject *cells = json_object_get_object_member (unit, "cells");

      for (guint k = 0; k < 3; k++)
        {
          const char *id = (const char *[]) { "A", "B", "C" }[k];
          JsonObject *cell = json_object_get_null_member (cells, id)
                               ? NULL : json_object_get_object_member (cells, id);

          if (cell != NULL)
            seen[k] += json_array_get_length (json_object_get_array_member (cell, "sentences"));
        }
      if (json_array_get_length (json_object_get_array_member (unit, "outlets")) == 1 &&
          !json_object_get_null_member (cells, "C"))
        ferry_alone = TRUE;
    }
  g_assert_cmpuint (seen[0], ==, 17);
  g_assert_cmpuint (seen[1], ==, 19);
  g_assert_cmpuint (seen[2], ==, 18);
  g_assert_true (ferry_alone);

  run_parallax (&markdown, "compare", a, b, c, "--format", "markdown", NULL);
  g_assert_cmpint (markdown.status, ==, 0);
  g_assert_nonnull (strstr (markdown.out, "# Collation of 3 articles"));
  g_assert_nonnull (strstr (markdown.out, "| # | A | B | C | Opening |"));
  g_assert_nonnull (strstr (markdown.out, "A ferry strike closed the harbour of Valletta"));
  g_assert_nonnull (strstr (markdown.out, "## Claims by outlet"));

  /* HTML: the coverage table as a heat map, the articles' text escaped. */
  run_parallax (&html, "compare", a, b, c, "--format", "html", NULL);
  g_assert_cmpint (html.status, ==, 0);
  g_assert_true (g_str_has_prefix (html.out, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html.out, "<table class=\"coverage\">"));
  g_assert_nonnull (strstr (html.out, "title=\"central\">■</td>"));
  g_assert_nonnull (strstr (html.out, "A ferry strike closed the harbour of Valletta"));

  g_unlink (c);
  g_rmdir (dir);
}

/* More than twelve articles end with a sentence and exit status 2; three
 * make a PDF report as well. */
static void
test_compare_too_many (void)
{
  g_autofree char *a = seed_path ("kremlin-a.txt");
  g_autofree char *b = seed_path ("kremlin-b.txt");
  const char *args[16] = { "compare" };
  g_auto(Run) run = { 0 };
  g_auto(Run) html = { 0 };

  for (guint i = 1; i <= 13; i++)
    args[i] = i % 2 ? a : b;
  run_parallax_argv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "at most 12 articles, not 13"));

  /* A PDF too, to a file or standard output. */
  run_parallax (&html, "compare", a, b, a, "--format", "pdf", "-o", "-", NULL);
  g_assert_cmpint (html.status, ==, 0);
  g_assert_true (g_str_has_prefix (html.out, "%PDF-"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/compare-json", test_compare_json);
  g_test_add_func ("/cli/compare-three", test_compare_three);
  g_test_add_func ("/cli/compare-too-many", test_compare_too_many);
  g_test_add_func ("/cli/output-file-and-text", test_output_file_and_text);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/compare-links", test_compare_links);
  g_test_add_func ("/cli/markdown-and-analyze", test_markdown_and_analyze);
  g_test_add_func ("/cli/big-input", test_big_input);
  g_test_add_func ("/cli/bad-language", test_bad_language);
  g_test_add_func ("/cli/terminal-gets-text", test_terminal_gets_text);
  g_test_add_func ("/cli/help-lists-what-is-accepted", test_help_lists_what_is_accepted);
  g_test_add_func ("/cli/markdown-escapes-only-markup", test_markdown_escapes_only_markup);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/bad-input-table/%s", bad_inputs[i].name);

      g_test_add_data_func (path, &bad_inputs[i], test_bad_input_row);
    }

  make_bad_inputs ();
  status = g_test_run ();
  remove_bad_inputs ();

  return status;
}
