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
typedef struct _PlxClaimCoverage PlxClaimCoverage;

PlxClaimCoverage *plx_claim_coverage_new      (PlxCollation     *collation,
                                               PlxComparison    *comparison);
void              plx_claim_coverage_free     (PlxClaimCoverage *self);
char             *plx_claim_coverage_dup_line (PlxClaimCoverage *self,
                                               PlxSide           side,
                                               guint             claim);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxClaimCoverage, plx_claim_coverage_free)

G_END_DECLS
