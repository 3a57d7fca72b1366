/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "plx-comparison.h"
#include "plx-key-differences.h"

G_BEGIN_DECLS

/* How many articles a collation takes. */
#define PLX_COLLATION_MIN_ARTICLES 2
#define PLX_COLLATION_MAX_ARTICLES 12

/**
 * PlxTold:
 * @PLX_TOLD_ABSENT: the article does not carry the unit
 * @PLX_TOLD_CENTRAL: the article's version is the one the others are
 *   compared with
 * @PLX_TOLD_IDENTICAL: the same words as the central version, up to case
 *   and punctuation
 * @PLX_TOLD_PARAPHRASE: the same content in other words
 * @PLX_TOLD_PARTIAL: related, but one of the two says more or else
 *
 * How one article tells a story unit.
 */
typedef enum
{
  PLX_TOLD_ABSENT,
  PLX_TOLD_CENTRAL,
  PLX_TOLD_IDENTICAL,
  PLX_TOLD_PARAPHRASE,
  PLX_TOLD_PARTIAL,
} PlxTold;

/**
 * PlxUnitCell:
 * @told: how the article tells the unit
 * @moved: whether the article tells it out of the order of the others
 * @n_sentences: how many of its sentences are in the unit (0 when absent)
 * @sentences: those sentences, ascending (owned by the collation)
 * @diff: (nullable): the word-level differences (#PlxDiffEdit) from the
 *   central version (side a of each edit) to this one (side b), over
 *   @central_tokens and @tokens: those of the strongest link between the
 *   two in the unit (or of the first sentence of each when only other
 *   articles link them); %NULL for the central version itself, for an
 *   absent one, and for one no link of its own ties to the unit
 * @central_tokens: the tokens the a side of @diff counts in, in the
 *   central article
 * @n_central_tokens: how many
 * @tokens: the tokens the b side of @diff counts in, in this article
 * @n_tokens: how many
 * @score: how strongly it belongs with the central version (0 to 1; 1 for
 *   the central version)
 *
 * One article in one story unit. Token byte offsets are into the text of
 * the article they come from (plx_article_get_text()).
 */
typedef struct
{
  PlxTold         told;
  gboolean        moved;
  guint           n_sentences;
  guint          *sentences;
  GArray         *diff;
  const PlxToken *central_tokens;
  guint           n_central_tokens;
  const PlxToken *tokens;
  guint           n_tokens;
  double          score;
} PlxUnitCell;

/**
 * PlxUnit:
 * @central: the index of the article whose version is central (the pivot
 *   article when it carries the unit)
 * @n_carrying: how many articles carry it
 * @cells: one #PlxUnitCell per article, in the collation's article order
 *
 * One fact of the story: the sentences, at most a few per article, that
 * tell it. No sentence is in two units; every sentence is in one.
 */
typedef struct
{
  guint        central;
  guint        n_carrying;
  PlxUnitCell *cells;
} PlxUnit;

#define PLX_TYPE_COLLATION (plx_collation_get_type ())

G_DECLARE_FINAL_TYPE (PlxCollation, plx_collation, PLX, COLLATION, GObject)

PlxCollation        *plx_collation_new                (PlxArticle *const *articles,
                                                       guint              n_articles);
guint                plx_collation_get_n_articles     (PlxCollation *self);
PlxArticle          *plx_collation_get_article        (PlxCollation *self,
                                                       guint         index);
const char          *plx_collation_get_article_id     (PlxCollation *self,
                                                       guint         index);
void                 plx_collation_set_language       (PlxCollation *self,
                                                       const char   *language);
void                 plx_collation_set_lexicon_file   (PlxCollation *self,
                                                       const char   *path);
void                 plx_collation_set_parties_file   (PlxCollation *self,
                                                       const char   *path);
void                 plx_collation_set_parties_data   (PlxCollation *self,
                                                       const char   *json);
void                 plx_collation_set_sensitivity    (PlxCollation *self,
                                                       double        sensitivity);
void                 plx_collation_set_pivot          (PlxCollation *self,
                                                       int           index);
int                  plx_collation_get_chosen_pivot   (PlxCollation *self);
gboolean             plx_collation_run                (PlxCollation *self,
                                                       GCancellable *cancellable,
                                                       GError      **error);
void                 plx_collation_run_async          (PlxCollation       *self,
                                                       GCancellable       *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer            user_data);
gboolean             plx_collation_run_finish         (PlxCollation *self,
                                                       GAsyncResult *result,
                                                       GError      **error);
gboolean             plx_collation_is_done            (PlxCollation *self);
void                 plx_collation_freeze             (PlxCollation *self);
void                 plx_collation_thaw               (PlxCollation *self);
guint                plx_collation_get_pivot          (PlxCollation *self);
PlxComparison       *plx_collation_get_comparison     (PlxCollation *self,
                                                       guint         index);
guint                plx_collation_get_n_units        (PlxCollation *self);
const PlxUnit       *plx_collation_get_unit           (PlxCollation *self,
                                                       guint         position);
int                  plx_collation_find_unit          (PlxCollation *self,
                                                       guint         article,
                                                       guint         sentence);
gint64               plx_collation_get_time           (PlxCollation *self);
const char          *plx_told_to_string               (PlxTold told);

G_END_DECLS
