/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Files that once crashed or hung the loaders of small JSON files: a FIFO
 * (opening it blocked), a device that never ends, nesting that exhausted
 * the stack, a file larger than any such file, text that is not Unicode. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plx-error.h"
#include "plx-load.h"
#include "test-hostile-files.h"

static void
hostile_file_free (gpointer data)
{
  HostileFile *file = data;

  g_free (file->path);
  g_free (file->what);
  g_free (file);
}

static void
add (GPtrArray  *files,
     char       *path,
     int         code,
     const char *what)
{
  HostileFile *file = g_new0 (HostileFile, 1);

  file->path = path;
  file->code = code;
  file->what = g_strdup (what);
  g_ptr_array_add (files, file);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

GPtrArray *
hostile_json_files_new (const char *dir)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (hostile_file_free);
  g_autoptr(GString) deep = g_string_new ("{\"parties\": ");
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *large = g_build_filename (dir, "large.json", NULL);
  FILE *out;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  add (files, write_file (dir, "deep.json", deep->str, deep->len), PLX_ERROR_FORMAT,
       "levels deep");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  add (files, g_steal_pointer (&fifo), PLX_ERROR_NOT_REGULAR, "not a regular file");

  /* Sparse: larger than the limit without writing it. */
  out = g_fopen (large, "w");
  g_assert_nonnull (out);
  g_assert_cmpint (ftruncate (fileno (out), PLX_LOAD_MAX_SMALL_FILE + 1), ==, 0);
  fclose (out);
  add (files, g_steal_pointer (&large), PLX_ERROR_TOO_LARGE, "too large");

  add (files, g_strdup ("/dev/zero"), PLX_ERROR_NOT_REGULAR, "not a regular file");
  add (files, g_strdup (dir), PLX_ERROR_NOT_REGULAR, "folder");
  add (files, write_file (dir, "surrogate.json", "{\"loaded\": [\"a\\ud800b\"], \"parties\": "
                          "[{\"id\": \"x\\ud800y\"}]}", -1),
       PLX_ERROR_FORMAT, "Unicode");
  /* Broken JSON after a lone surrogate: json-glib's message quotes the
   * decoded string, and the message shown must still be UTF-8. */
  add (files, write_file (dir, "surrogate-broken.json", "{\"parties\": [\"a\\ud800 \"b\"]}", -1),
       PLX_ERROR_FORMAT, "JSON");
  add (files, write_file (dir, "nul.json", "{\"loaded\": [\"a\\u0000b\"]}", -1),
       PLX_ERROR_FORMAT, "Unicode");
  add (files, write_file (dir, "latin1.json", "{\"loaded\": [\"caf\xE9\"]}", -1),
       PLX_ERROR_FORMAT, "UTF-8");
  add (files, write_file (dir, "blank.json", " \n ", -1), PLX_ERROR_FORMAT, "JSON");

  return files;
}

void
hostile_json_files_free (GPtrArray  *files,
                         const char *dir)
{
  for (guint i = 0; i < files->len; i++)
    {
      HostileFile *file = g_ptr_array_index (files, i);

      if (g_str_has_prefix (file->path, dir) && !g_str_equal (file->path, dir))
        g_unlink (file->path);
    }
  g_ptr_array_unref (files);
  g_rmdir (dir);
}

/**
 * hostile_json_files_check:
 * @add: reads one file into @target, as plx_parties_add_file() does
 *
 * Hands every hostile file to @add and asserts each is refused with its
 * error, in a message that names the file and says what is wrong.
 */
void
hostile_json_files_check (HostileAdd add,
                          gpointer   target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-hostile-XXXXXX", &error);
  GPtrArray *files;

  g_assert_no_error (error);
  files = hostile_json_files_new (dir);
  for (guint i = 0; i < files->len; i++)
    {
      const HostileFile *file = g_ptr_array_index (files, i);

      g_test_message ("%s", file->path);
      g_assert_false (add (target, file->path, &error));
      g_assert_error (error, PLX_ERROR, file->code);
      g_test_message ("%s", error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, file->path));
      g_assert_nonnull (strstr (error->message, file->what));
      g_clear_error (&error);
    }
  hostile_json_files_free (files, dir);
}
