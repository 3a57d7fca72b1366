/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-segmenter.h"

G_BEGIN_DECLS

char *plx_reflow_text (const char        *text,
                       const PlxSentence *sentences,
                       guint              n_sentences);

G_END_DECLS
