/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What every libFuzzer target shares: a GLib warning or critical is a bug
 * when the input is all that changed, so it stops the run like a crash and
 * libFuzzer keeps the input that caused it. Also checks that text handed to
 * the rest of the pipeline is what the core promises: valid UTF-8 without
 * NUL. */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);

static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return result;
}

static inline void
fuzz_init (void)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  /* The core speaks in the user's language; the fuzzers need not. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* Aborts unless @text is valid UTF-8 and holds no NUL before its end. */
static inline void
fuzz_check_text (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    abort ();
}

/* Aborts unless @error says something a person can read: a refused input
 * must come with a message, in valid UTF-8. */
static inline void
fuzz_check_error (const GError *error)
{
  if (error == NULL || error->message == NULL)
    {
      fprintf (stderr, "Refused without a message\n");
      abort ();
    }
  if (!g_utf8_validate (error->message, -1, NULL))
    {
      g_autofree char *escaped = g_strescape (error->message, NULL);

      fprintf (stderr, "Message is not valid UTF-8: %s\n", escaped);
      abort ();
    }
}
