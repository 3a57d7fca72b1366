/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Lexicon file loading (`--lexicon FILE`): the input is the file, written
 * to a temporary file because lexicons are only read from files. A lexicon
 * that loads tags the differences of a short comparison, which tokenizes
 * and stems every phrase in it. */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "plx-comparison.h"
#include "plx-lexicon.h"

#define ARTICLE_A                                                                               \
  "The Kremlin has categorically denied that trilateral talks are planned, "                     \
  "spokesman Dmitry Peskov said on Monday. The talks would not take place this week.\n"

#define ARTICLE_B                                                                               \
  "The Kremlin has reportedly rejected claims that three-way talks were planned, "              \
  "Peskov told reporters. The meeting will hardly happen soon.\n"

static char *path;
static PlxArticle *a;
static PlxArticle *b;

static void
remove_file (void)
{
  g_unlink (path);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  int fd;

  fuzz_init ();
  fd = g_file_open_tmp ("fuzz-lexicon-XXXXXX.json", &path, &error);
  if (fd < 0)
    g_error ("%s", error->message);
  close (fd);
  atexit (remove_file);

  a = plx_article_new (ARTICLE_A, NULL, "a.txt");
  b = plx_article_new (ARTICLE_B, NULL, "b.txt");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  FILE *file;

  if (lexicon == NULL)
    abort ();

  file = fopen (path, "wb");
  if (file == NULL || fwrite (data, 1, size, file) != size || fclose (file) != 0)
    abort ();

  if (!plx_lexicon_add_file (lexicon, path, &error))
    {
      fuzz_check_error (error);
      return 0;
    }

  comparison = plx_comparison_new (a, b);
  plx_comparison_set_language (comparison, "en");
  plx_comparison_set_lexicon_file (comparison, path);
  if (!plx_comparison_run (comparison, NULL, &error))
    abort ();

  return 0;
}
