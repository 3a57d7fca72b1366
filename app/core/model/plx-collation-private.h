/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-collation.h"
#include "plx-collation-claims.h"
#include "plx-comparison-private.h"

G_BEGIN_DECLS

/* A link between the sentences of two articles other than the pivot, both
 * of which the pivot's comparisons left unlinked. Sentence ranges are in
 * the leftover numbering of each article (PlxLeftovers.sentences). */
typedef struct
{
  guint   first;
  guint   second;
  PlxLink link;
} PlxLeftoverLink;

/* The sentences no comparison with the pivot linked, tokenized with one
 * vocabulary so that those of any two articles can be aligned and diffed. */
typedef struct
{
  PlxLexicon    *lexicon;
  PlxVocabulary *vocabulary;
  PlxIdf        *idf;
  GArray        *sentences[PLX_COLLATION_MAX_ARTICLES];  /* guint: article sentence of each leftover */
  GArray        *tokens[PLX_COLLATION_MAX_ARTICLES];     /* PlxToken */
  GArray        *starts[PLX_COLLATION_MAX_ARTICLES];     /* guint: first token of each leftover, and the end */
  GArray        *marks[PLX_COLLATION_MAX_ARTICLES];      /* guint8, all 0: the diff tags no loaded words here */
  GArray        *function_words[PLX_COLLATION_MAX_ARTICLES];
  GArray        *links;                                  /* PlxLeftoverLink */
} PlxLeftovers;

struct _PlxCollation
{
  GObject parent_instance;

  /* owned: inputs */
  PlxArticle *articles[PLX_COLLATION_MAX_ARTICLES];
  guint       n_articles;
  char       *language;
  char       *lexicon_file;
  char       *parties_file;
  char       *parties_data;
  double      sensitivity;
  int         chosen_pivot; /* the base chosen by hand, or -1 for the most central */

  /* owned: results */
  guint          pivot;
  PlxComparison *comparisons[PLX_COLLATION_MAX_ARTICLES]; /* pivot (A) against each other (B) */
  PlxLeftovers  *leftovers;
  GArray        *units;                                   /* PlxUnit, in reading order */
  GArray        *unit_cells;                              /* PlxUnitCell: n_articles per unit */
  GArray        *unit_sentences;                          /* guint: the cells' sentences */
  GArray        *unit_of[PLX_COLLATION_MAX_ARTICLES];     /* guint: the unit of each sentence */
  GArray        *claim_rows;                              /* PlxCollatedClaim */
  GArray        *key_differences;                         /* PlxCollatedDifference */
  gint64         time;
  gboolean       done;
  guint          frozen;   /* plx_collation_freeze() calls not yet thawed */
  gboolean       stale;    /* a comparison changed while frozen */
  gboolean       sharing;  /* the base's corrections of claims going to every comparison */
};

/* plx-collation-units.c */
void   plx_collation_build_units     (PlxCollation *self);
void   plx_collation_clear_units     (PlxCollation *self);

/* plx-collation-cells.c */
void   plx_collation_compare_cells   (PlxCollation *self);

/* plx-collation-leftovers.c */
PlxLeftovers *plx_leftovers_new      (PlxCollation *self,
                                      const guint  *linked_offsets,
                                      const guint8 *linked);
void          plx_leftovers_free     (PlxLeftovers *leftovers);
int           plx_leftovers_find     (PlxLeftovers *leftovers,
                                      guint         article,
                                      guint         sentence);
const PlxToken *plx_leftovers_tokens (PlxLeftovers *leftovers,
                                      guint         article,
                                      guint         first,
                                      guint         end,
                                      guint        *n_tokens);
GArray       *plx_leftovers_diff     (PlxLeftovers *leftovers,
                                      guint         article_a,
                                      guint         first_a,
                                      guint         end_a,
                                      guint         article_b,
                                      guint         first_b,
                                      guint         end_b,
                                      PlxLinkKind  *kind,
                                      double       *score);

/* plx-collation-claims.c, plx-collation-key.c */
void   plx_collation_match_claims      (PlxCollation *self);
void   plx_collation_find_differences  (PlxCollation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxLeftovers, plx_leftovers_free)

G_END_DECLS
