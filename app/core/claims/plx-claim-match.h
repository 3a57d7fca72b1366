/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-claims.h"
#include "plx-similarity.h"

G_BEGIN_DECLS

void plx_match_claims (GArray                  *claims_a,
                       const char              *text_a,
                       const PlxSentenceTokens *tokens_a,
                       GArray                  *claims_b,
                       const char              *text_b,
                       const PlxSentenceTokens *tokens_b,
                       GArray                  *links,
                       PlxIdf                  *idf,
                       PlxVocabulary           *vocabulary);

G_END_DECLS
