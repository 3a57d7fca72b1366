/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A file a careless user or an attacker may name where Parallax expects a
 * small JSON file (parties, lexicon), and the error it must give. */
typedef struct
{
  char *path;
  int   code;
  char *what;
} HostileFile;

GPtrArray *hostile_json_files_new  (const char *dir);
void       hostile_json_files_free (GPtrArray  *files,
                                    const char *dir);

G_END_DECLS
