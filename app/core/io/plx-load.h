/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Small files the user names beside the articles: parties and lexicons. */
#define PLX_LOAD_MAX_SMALL_FILE (8 * 1024 * 1024)

/* No file Parallax reads nests deeper than this; json-glib parses
 * recursively, so deeper input would exhaust the stack. */
#define PLX_LOAD_MAX_JSON_DEPTH 64

GBytes   *plx_load_file_bounded  (GFile        *file,
                                  gsize         max_bytes,
                                  GCancellable *cancellable,
                                  GError      **error);
gboolean  plx_load_json          (JsonParser   *parser,
                                  const char   *data,
                                  gsize         length,
                                  guint         max_depth,
                                  GError      **error);
gboolean  plx_utf8_validate      (const char   *text,
                                  gsize         length,
                                  const char  **end);
gboolean  plx_text_check         (const char   *text,
                                  gssize        length,
                                  const char   *name,
                                  GError      **error);
char     *plx_text_make_valid    (const char   *text,
                                  gssize        length);

G_END_DECLS
