/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "plx-collation.h"
#include "plx-comparison.h"

G_BEGIN_DECLS

#define PLX_TYPE_PARTIES_PANEL (plx_parties_panel_get_type ())

G_DECLARE_FINAL_TYPE (PlxPartiesPanel, plx_parties_panel, PLX, PARTIES_PANEL, GtkWidget)

void       plx_parties_panel_set_comparison (PlxPartiesPanel *self,
                                             PlxComparison   *comparison);
GtkListBox *plx_parties_panel_get_list      (PlxPartiesPanel *self);
void       plx_parties_panel_set_collation  (PlxPartiesPanel *self,
                                             PlxCollation    *collation);
PlxComparison *plx_parties_panel_get_comparison (PlxPartiesPanel *self);

/* plx-parties-panel-claims.c: correcting claims */
void plx_parties_panel_add_claim_menu              (GtkWidget      *row,
                                                    GtkWidget      *header,
                                                    PlxComparison  *comparison,
                                                    const PlxClaim *claim,
                                                    const PlxClaim *counterpart,
                                                    PlxSide         side);
GMenuModel *plx_parties_panel_dup_claim_menu       (PlxPartiesPanel *self,
                                                    GtkWidget       *row);
void plx_parties_panel_class_install_claim_actions (GtkWidgetClass *widget_class);
void plx_parties_panel_init_claim_menu             (GtkListBox     *list);

G_END_DECLS
