/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Document decoding and extraction: the first byte picks the file name's
 * extension, so one corpus reaches plain text, Markdown, HTML and PDF; the
 * rest is the file. Whatever is accepted must be valid UTF-8 with headings
 * inside the text. */

#include "config.h"

#include "fuzz-common.h"
#include "plx-document.h"

static const char *const names[] = {
  "article.txt", "article.md", "article.html", "article.pdf", "article.mht",
};

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
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PlxDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  glong n_chars;

  if (size < 1)
    return 0;

  bytes = g_bytes_new (data + 1, size - 1);
  document = plx_document_new_from_bytes (bytes, names[data[0] % G_N_ELEMENTS (names)], &error);
  if (document == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }

  fuzz_check_text (document->text);
  if (document->title != NULL)
    fuzz_check_text (document->title);
  {
    const PlxMetadata *m = &document->metadata;
    const char *fields[] = { m->headline, m->site_name, m->published, m->modified, m->url,
                             m->language };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      if (fields[i] != NULL)
        fuzz_check_text (fields[i]);
    for (guint i = 0; m->authors[i] != NULL; i++)
      fuzz_check_text (m->authors[i]);
  }
  n_chars = g_utf8_strlen (document->text, -1);
  for (guint i = 0; document->headings != NULL && i < document->headings->len; i++)
    {
      const PlxSpan *span = &g_array_index (document->headings, PlxSpan, i);

      if (span->start > span->end || span->end > (guint) n_chars)
        abort ();
    }

  return 0;
}
