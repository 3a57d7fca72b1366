/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

void     plx_claim_editor_toast          (GtkWidget          *widget,
                                          PlxComparison      *comparison,
                                          const char         *message);
void     plx_claim_editor_tell           (GtkWidget          *widget,
                                          const char         *message);
gboolean plx_claim_editor_apply          (GtkWidget          *widget,
                                          PlxComparison      *comparison,
                                          const PlxClaimEdit *edit,
                                          const char         *done);
void     plx_claim_editor_add            (GtkWidget     *widget,
                                          PlxComparison *comparison,
                                          PlxSide        side,
                                          guint          start,
                                          guint          end);
void     plx_claim_editor_change_speaker (GtkWidget     *widget,
                                          PlxComparison *comparison,
                                          PlxSide        side,
                                          guint          index);

G_END_DECLS
