/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the files of the claim matcher share: plx-claim-match.c finds each
 * claim's counterpart, plx-claim-compare.c says how a pair differs and in
 * what words. */

#pragma once

#include "plx-claim-match.h"

G_BEGIN_DECLS

/* A claim read once for matching. */
typedef struct
{
  GArray     *tokens;      /* PlxToken of the whole claim */
  PlxBag      content;     /* the words of its content */
  PlxBag      lead;        /* of its content up to the first clause break */
  gboolean    has_lead;    /* whether the lead is shorter than the content */
  gsize       lead_end;    /* byte where the lead ends */
  char       *second_hand; /* the words telling it second-hand, as written */
  const char *through;     /* who passes it on, when another claim holds it */
  GArray     *marker_bytes; /* byte ranges (gsize pairs) of those words, or
                              %NULL */
} PlxPreparedClaim;

/* One side of a pair of counterparts. */
typedef struct
{
  const PlxClaim         *claim;
  const PlxPreparedClaim *prepared;
  const char             *text;
  char                    name; /* 'A' or 'B' */
  PlxVocabulary          *vocabulary;
  GHashTable             *verb_forms; /* irregular form -> base form */
} PlxClaimSide;

typedef enum
{
  PLX_QUOTES_SAME,
  PLX_QUOTES_TRIMMED,
  PLX_QUOTES_CHANGED,
} PlxQuoteComparison;

gboolean       plx_claim_same_speaker      (const PlxClaim *a,
                                            const PlxClaim *b);
void           plx_claim_words_get         (const char  *language,
                                            GPtrArray  **markers,
                                            GHashTable **verb_forms);
void           plx_claim_find_second_hand  (PlxPreparedClaim        *prepared,
                                            GArray                  *claims,
                                            guint                    index,
                                            const guint             *neighbours,
                                            guint                    n_neighbours,
                                            const char              *text,
                                            const PlxSentenceTokens *sentences,
                                            GPtrArray               *markers,
                                            GHashTable              *starts,
                                            PlxVocabulary           *vocabulary);
PlxClaimStatus plx_claim_compare           (const PlxClaimSide *a,
                                            const PlxClaimSide *b,
                                            PlxClaimMatch      *match_a,
                                            PlxClaimMatch      *match_b);

PlxQuoteComparison plx_claim_compare_quotes (const PlxClaimSide *a,
                                             const PlxClaimSide *b,
                                             GPtrArray          *changes,
                                             GArray             *skip_a,
                                             GArray             *skip_b);

/* Words as written, for the labels. */
void           plx_claim_append_as_written (GString    *out,
                                            const char *text,
                                            gsize       start,
                                            gsize       end);
char          *plx_claim_join_quoted       (GPtrArray *phrases);
void           plx_claim_add_range         (GArray *ranges,
                                            gsize   start,
                                            gsize   end);

G_END_DECLS
