/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-aligner.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

#define PLX_N_LINK_FEATURES 12

void        plx_link_features (const PlxLink  *link,
                               const PlxToken *a,
                               guint           n_a,
                               const PlxToken *b,
                               guint           n_b,
                               GArray         *diff,
                               double         *features);
PlxLinkKind plx_link_classify (const PlxLink  *link,
                               const PlxToken *a,
                               guint           n_a,
                               const PlxToken *b,
                               guint           n_b,
                               GArray         *diff);

G_END_DECLS
