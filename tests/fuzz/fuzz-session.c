/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Session loading, as opening a `.parallax` file does it: the input is the
 * file. A session that loads is compared, its manual links are restored,
 * and it is saved again; what was saved must load again, since a session
 * that cannot be reopened is lost work. */

#include "config.h"

#include "fuzz-common.h"
#include "plx-session.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(PlxSession) session = NULL;
  g_autoptr(PlxSession) saved_session = NULL;
  g_autoptr(PlxSession) reloaded = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  session = plx_session_new_from_bytes (bytes, "fuzz.parallax", &error);
  if (session == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }

  for (PlxSide side = PLX_SIDE_A; side <= PLX_SIDE_B; side++)
    fuzz_check_text (plx_article_get_text (plx_session_get_article (session, side)));

  comparison = plx_session_create_comparison (session);
  if (!plx_comparison_run (comparison, NULL, &error))
    return 0;
  plx_session_restore_links (session, comparison);

  saved_session = plx_session_new_for_comparison (comparison);
  saved = plx_session_to_bytes (saved_session);
  reloaded = plx_session_new_from_bytes (saved, "saved.parallax", &error);
  if (reloaded == NULL)
    {
      fprintf (stderr, "A saved session does not load again: %s\n", error->message);
      abort ();
    }

  return 0;
}
