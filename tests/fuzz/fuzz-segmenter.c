/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The segmenter on decoded text. An odd first byte reads the rest as
 * Markdown, so the segmenter also gets heading spans from markup; an even
 * one as plain text, where it finds headings itself. Sentences must be
 * ordered, inside the text, and their character and byte offsets must name
 * the same places. */

#include "config.h"

#include "fuzz-common.h"
#include "plx-document.h"
#include "plx-segmenter.h"

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
  g_autoptr(GArray) sentences = NULL;
  const PlxSpan *headings = NULL;
  guint n_headings = 0;
  gsize length;
  glong n_chars;
  guint previous_end = 0;

  if (size < 1)
    return 0;

  bytes = g_bytes_new (data + 1, size - 1);
  document = plx_document_new_from_bytes (bytes, data[0] & 1 ? "article.md" : "article.txt",
                                          NULL);
  if (document == NULL)
    return 0;

  fuzz_check_text (document->text);
  if (document->headings != NULL && document->headings->len > 0)
    {
      headings = (const PlxSpan *) document->headings->data;
      n_headings = document->headings->len;
    }

  sentences = plx_segment (document->text, headings, n_headings);
  length = strlen (document->text);
  n_chars = g_utf8_strlen (document->text, -1);
  for (guint i = 0; i < sentences->len; i++)
    {
      const PlxSentence *sentence = &g_array_index (sentences, PlxSentence, i);
      g_autofree char *text = NULL;

      if (sentence->start >= sentence->end || sentence->end > (guint) n_chars ||
          sentence->start < previous_end || sentence->byte_start >= sentence->byte_end ||
          sentence->byte_end > length ||
          g_utf8_pointer_to_offset (document->text, document->text + sentence->byte_start) !=
            sentence->start ||
          g_utf8_pointer_to_offset (document->text, document->text + sentence->byte_end) !=
            sentence->end)
        abort ();
      previous_end = sentence->end;

      text = plx_sentence_dup_text (sentence, document->text);
      fuzz_check_text (text);
    }

  return 0;
}
