/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-document.h"

G_BEGIN_DECLS

/* Fills self->text, self->title and self->headings from @data in
 * self->format. Implemented per format in plx-document-formats.c. */
gboolean plx_document_extract (PlxDocument  *self,
                               const guint8 *data,
                               gsize         length,
                               const char   *name,
                               GError      **error);

G_END_DECLS
