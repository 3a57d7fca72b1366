/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"
#include "plx-notes.h"
#include "plx-similarity.h"

G_BEGIN_DECLS

struct _PlxComparison
{
  GObject parent_instance;

  /* owned: inputs */
  PlxArticle *articles[2];
  char       *language;
  char       *lexicon_file;
  char       *parties_file;
  char       *parties_data;
  double      sensitivity;

  /* owned: results */
  PlxVocabulary *vocabulary;
  GArray        *tokens[2];          /* PlxToken */
  GArray        *sentence_tokens[2]; /* guint: first token of each sentence, and the end */
  GArray        *links;              /* PlxLink */
  GPtrArray     *diffs;              /* GArray of PlxDiffEdit, one per link */
  PlxLexicon    *lexicon;            /* the word lists the run used */
  GArray        *marks[2];           /* PlxMark: loaded words, in text order */
  GArray        *mark_tags[2];       /* guint8: PlxTag bits of each token's mark */
  GArray        *function_words[2];  /* guint8: whether each token is a function word */
  GArray        *claims[2];          /* PlxClaim */
  GArray        *claims_found[2];    /* PlxClaim: as the run found them, before corrections */
  GArray        *claim_matches[2];   /* PlxClaimMatch, one per claim */
  PlxParties    *parties;
  GArray        *key_differences;    /* PlxKeyDifference, made when first asked */
  PlxIdf        *idf;
  char          *used_language;
  PlxTimings     timings;
  gboolean       done;

  /* owned: edits (plx-comparison-edits.c) */
  GPtrArray *undo;        /* EditGroup*, oldest first */
  GPtrArray *redo;
  GPtrArray *recording;   /* Edit* of the group being made, or NULL */
  guint      edit_depth;  /* nesting of plx_comparison_begin_edit() */
  gboolean   edit_dirty;  /* the group being made changed something */

  /* owned: the person's notes (plx-notes-edit.c), kept across runs */
  PlxNotes  *notes;
  GPtrArray *claim_edits; /* PlxClaimEdit*, oldest first: applied after every run */
};

typedef enum
{
  PROP_0,
  PROP_ARTICLE_A,
  PROP_ARTICLE_B,
  PROP_LANGUAGE,
  PROP_SENSITIVITY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
} PlxComparisonProp;

extern GParamSpec *plx_comparison_properties[N_PROPS];

void            plx_comparison_clear_results (PlxComparison *self);
const PlxToken *plx_comparison_group_tokens  (PlxComparison *self,
                                              PlxSide        side,
                                              guint          first_sentence,
                                              guint          end_sentence,
                                              guint         *n_tokens);
void            plx_comparison_match_claims  (PlxComparison *self);
GArray         *plx_comparison_diff_link     (PlxComparison *self,
                                              PlxLink       *link);
void            plx_comparison_emit_changed  (PlxComparison *self);
void            plx_comparison_edits_init    (PlxComparison *self);
void            plx_comparison_edits_clear   (PlxComparison *self);
void            plx_comparison_record_notes  (PlxComparison *self,
                                              PlxNotes      *before);
void            plx_comparison_record_claim_set (PlxComparison *self,
                                                 PlxSide        side,
                                                 GPtrArray     *after,
                                                 GArray        *claims,
                                                 PlxParties    *parties);

G_END_DECLS
