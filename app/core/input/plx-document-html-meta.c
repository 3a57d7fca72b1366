/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "plx-document-html-private.h"

char *
plx_html_read_metadata (PlxDocument *self,
                        xmlDoc      *doc)
{
  return NULL;
}
