/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "plx-notes.h"

G_BEGIN_DECLS

GtkWidget *plx_note_dialog_present (GtkWidget     *parent,
                                    PlxComparison *comparison,
                                    const PlxNote *anchor);
char      *plx_note_dup_place      (PlxComparison *comparison,
                                    const PlxNote *anchor);

G_END_DECLS
