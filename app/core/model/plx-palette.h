/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-aligner.h"
#include "plx-claim-match.h"
#include "plx-collation.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

/**
 * PlxSwatch:
 * @name: its name in style classes and reports ("tag-quote")
 * @label: what it means, untranslated (plx_swatch_get_label() translates)
 * @light: a CSS colour on a light background
 * @dark: a CSS colour on a dark background
 *
 * One colour and its meaning. Every colour Parallax shows — in the panes,
 * the link band, the legend, the parties panel and the reports — comes
 * from here, so that one colour means one thing everywhere.
 */
typedef struct
{
  const char *name;
  const char *label;
  const char *light;
  const char *dark;
} PlxSwatch;

/* The kinds of link the band draws; a moved link has its own colour. */
#define PLX_SWATCH_MOVED 3

const PlxSwatch *plx_palette_tag        (PlxTag          tag);
const PlxSwatch *plx_palette_for_tags   (guint           tags);
const PlxTag    *plx_palette_tag_order  (guint          *n_tags);
const PlxSwatch *plx_palette_changed    (void);
const PlxSwatch *plx_palette_unmatched  (void);
const PlxSwatch *plx_palette_mark       (void);
const PlxSwatch *plx_palette_claim      (void);
const PlxSwatch *plx_palette_status     (PlxClaimStatus  status);
const PlxSwatch *plx_palette_link       (guint           kind);
const PlxSwatch *plx_palette_told       (PlxTold         told);
const char      *plx_palette_told_symbol (PlxTold         told);
const char      *plx_swatch_get_label   (const PlxSwatch *swatch);
char            *plx_swatch_dup_paper   (const PlxSwatch *swatch);
char            *plx_palette_dup_css    (gboolean        dark);

G_END_DECLS
