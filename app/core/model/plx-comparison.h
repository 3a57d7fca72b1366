/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "plx-aligner.h"
#include "plx-article.h"
#include "plx-claim-edits.h"
#include "plx-claim-match.h"
#include "plx-claims.h"
#include "plx-diff.h"
#include "plx-marks.h"
#include "plx-parties.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_SIDE_A,
  PLX_SIDE_B,
} PlxSide;

/**
 * PlxTimings:
 *
 * Time spent in each phase of the last run, in microseconds.
 */
typedef struct
{
  gint64 tokenize;
  gint64 align;
  gint64 diff;
  gint64 claims;
  gint64 total;
} PlxTimings;

#define PLX_TYPE_COMPARISON (plx_comparison_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparison, plx_comparison, PLX, COMPARISON, GObject)

PlxComparison       *plx_comparison_new              (PlxArticle *a,
                                                      PlxArticle *b);
PlxArticle          *plx_comparison_get_article      (PlxComparison *self,
                                                      PlxSide        side);
void                 plx_comparison_set_language     (PlxComparison *self,
                                                      const char    *language);
const char          *plx_comparison_get_language     (PlxComparison *self);
void                 plx_comparison_set_lexicon_file (PlxComparison *self,
                                                      const char    *path);
void                 plx_comparison_set_parties_file (PlxComparison *self,
                                                      const char    *path);
void                 plx_comparison_set_parties_data (PlxComparison *self,
                                                      const char    *json);
GArray              *plx_comparison_get_claims       (PlxComparison *self,
                                                      PlxSide        side);
const PlxClaimMatch *plx_comparison_get_claim_match  (PlxComparison *self,
                                                      PlxSide        side,
                                                      guint          index);
PlxParties          *plx_comparison_get_parties      (PlxComparison *self);
int                  plx_comparison_add_link         (PlxComparison *self,
                                                      guint          a_start,
                                                      guint          a_end,
                                                      guint          b_start,
                                                      guint          b_end,
                                                      GError       **error);
gboolean             plx_comparison_remove_link      (PlxComparison *self,
                                                      guint          index);
gboolean             plx_comparison_rename_party     (PlxComparison *self,
                                                      const char    *id,
                                                      const char    *name);
gboolean             plx_comparison_merge_parties    (PlxComparison *self,
                                                      const char    *from,
                                                      const char    *into);
gboolean             plx_comparison_edit_claim       (PlxComparison      *self,
                                                      const PlxClaimEdit *edit,
                                                      GError            **error);
GPtrArray           *plx_comparison_get_claim_edits  (PlxComparison *self);
gboolean             plx_comparison_set_claim_edits  (PlxComparison *self,
                                                      PlxSide        side,
                                                      GPtrArray     *edits);
void                 plx_comparison_begin_edit       (PlxComparison *self);
void                 plx_comparison_end_edit         (PlxComparison *self);
gboolean             plx_comparison_undo             (PlxComparison *self);
gboolean             plx_comparison_redo             (PlxComparison *self);
gboolean             plx_comparison_get_can_undo     (PlxComparison *self);
gboolean             plx_comparison_get_can_redo     (PlxComparison *self);
void                 plx_comparison_forget_edits     (PlxComparison *self);
void                 plx_comparison_set_sensitivity  (PlxComparison *self,
                                                      double         sensitivity);
double               plx_comparison_get_sensitivity  (PlxComparison *self);
gboolean             plx_comparison_run              (PlxComparison *self,
                                                      GCancellable  *cancellable,
                                                      GError       **error);
void                 plx_comparison_run_async        (PlxComparison      *self,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean             plx_comparison_run_finish       (PlxComparison *self,
                                                      GAsyncResult  *result,
                                                      GError       **error);
gboolean             plx_comparison_is_done          (PlxComparison *self);
guint                plx_comparison_get_n_links      (PlxComparison *self);
const PlxLink       *plx_comparison_get_link         (PlxComparison *self,
                                                      guint          index);
GArray              *plx_comparison_get_link_diff    (PlxComparison *self,
                                                      guint          index);
const PlxToken      *plx_comparison_get_tokens       (PlxComparison *self,
                                                      PlxSide        side,
                                                      guint          first_sentence,
                                                      guint          end_sentence,
                                                      guint         *n_tokens);
GArray              *plx_comparison_dup_unmatched    (PlxComparison *self,
                                                      PlxSide        side);
double               plx_comparison_get_similarity   (PlxComparison *self);
const PlxTimings    *plx_comparison_get_timings      (PlxComparison *self);
const PlxMark       *plx_comparison_get_marks        (PlxComparison *self,
                                                      PlxSide        side,
                                                      guint         *n_marks);
PlxVocabulary       *plx_comparison_get_vocabulary   (PlxComparison *self);

G_END_DECLS
