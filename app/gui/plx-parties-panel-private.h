/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-collation.h"
#include "plx-parties-panel.h"

G_BEGIN_DECLS

/* plx-parties-panel-notes.c */
void       plx_parties_panel_class_install_note_actions (GtkWidgetClass *widget_class);
GtkWidget *plx_parties_panel_add_claim_note             (PlxPartiesPanel *self,
                                                         GtkWidget       *row,
                                                         GtkWidget       *content,
                                                         const PlxClaim  *claim,
                                                         const PlxClaim  *counterpart,
                                                         PlxSide          side);

/* plx-parties-panel-coverage.c */
char      *plx_parties_panel_dup_coverage               (PlxCollation    *collation,
                                                         PlxComparison   *comparison,
                                                         PlxSide          side,
                                                         guint            claim);

G_END_DECLS
