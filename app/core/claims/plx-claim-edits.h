/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-article.h"
#include "plx-claims.h"
#include "plx-parties.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_CLAIM_EDIT_REMOVE,
  PLX_CLAIM_EDIT_SPEAKER,
  PLX_CLAIM_EDIT_PARTY,
  PLX_CLAIM_EDIT_ADD,
} PlxClaimEditKind;

/* How many kinds there are, for walking them all. */
#define PLX_CLAIM_EDIT_N_KINDS (PLX_CLAIM_EDIT_ADD + 1)

/**
 * PlxClaimEdit:
 * @kind: what the person did
 * @side: the article (0 for A, 1 for B)
 * @cue: the claim's cue, in characters of the article text: with @content,
 *   which claim is meant (for %PLX_CLAIM_EDIT_ADD, the new claim's cue, or
 *   empty when the cue was typed rather than found in the text)
 * @content: the claim's content
 * @speaker: %PLX_CLAIM_EDIT_SPEAKER and %PLX_CLAIM_EDIT_ADD: the speaker's
 *   words in the text, or empty (start == end) when typed
 * @speaker_name: %PLX_CLAIM_EDIT_SPEAKER and %PLX_CLAIM_EDIT_ADD: the
 *   speaker as the person wrote it
 * @verb: %PLX_CLAIM_EDIT_ADD: the cue as typed, when @cue is empty
 * @party: %PLX_CLAIM_EDIT_PARTY and %PLX_CLAIM_EDIT_ADD: the party's id
 *
 * A correction a person made to the claims the analysis found. It is kept
 * as an edit against the analysis, naming its claim by article and spans,
 * so that it applies again when the articles are compared anew.
 */
typedef struct
{
  PlxClaimEditKind kind;
  guint            side;
  PlxSpan          cue;
  PlxSpan          content;
  PlxSpan          speaker;
  char            *speaker_name;
  char            *verb;
  char            *party;
} PlxClaimEdit;

PlxClaimEdit *plx_claim_edit_new           (PlxClaimEditKind kind,
                                            guint            side,
                                            const PlxClaim  *claim);
PlxClaimEdit *plx_claim_edit_copy          (const PlxClaimEdit *edit);
void          plx_claim_edit_free          (PlxClaimEdit *edit);
gboolean      plx_claim_edit_equal         (const PlxClaimEdit *a,
                                            const PlxClaimEdit *b);
guint         plx_claim_edit_hash          (gconstpointer       edit);
const char   *plx_claim_edit_kind_to_string (PlxClaimEditKind kind);
int           plx_claim_edit_kind_from_string (const char *name);
gboolean      plx_claim_edit_fits          (const PlxClaimEdit *edit,
                                            PlxArticle         *article);
int           plx_claims_find_by_spans     (GArray  *claims,
                                            PlxSpan  cue,
                                            PlxSpan  content);
gboolean      plx_claim_edit_apply         (const PlxClaimEdit *edit,
                                            PlxArticle         *article,
                                            GArray             *claims,
                                            PlxParties         *parties);
guint         plx_claim_edits_apply        (GPtrArray  *edits,
                                            guint       side,
                                            PlxArticle *article,
                                            GArray     *claims,
                                            PlxParties *parties);
void          plx_claim_copy               (PlxClaim       *dest,
                                            const PlxClaim *src);
GArray       *plx_claims_copy              (GArray *claims);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxClaimEdit, plx_claim_edit_free)

G_END_DECLS
