/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Text extraction per input format. Plain text passes through the decoder. */

#include "config.h"

#include "plx-document-private.h"

gboolean
plx_document_extract (PlxDocument  *self,
                      const guint8 *data,
                      gsize         length,
                      const char   *name,
                      GError      **error)
{
  self->text = plx_document_decode_text (data, length, name, error);

  return self->text != NULL;
}
