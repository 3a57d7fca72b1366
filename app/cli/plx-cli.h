/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
#define PLX_EXIT_OK          0
#define PLX_EXIT_WRITE_ERROR 1
#define PLX_EXIT_BAD_INPUT   2

gboolean plx_cli_is_command (const char *arg);
int      plx_cli_run        (int    argc,
                             char **argv);

G_END_DECLS
