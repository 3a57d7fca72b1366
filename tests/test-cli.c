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
  g_test_add_func ("/cli/version-and-help", test_version_and_help);

  return g_test_run ();
}
