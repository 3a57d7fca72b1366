/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean plx_save_bytes (GFile   *file,
                         GBytes  *contents,
                         GError **error);

G_END_DECLS
