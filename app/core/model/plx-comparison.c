/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison of two articles: the one object the GUI, the reports and
 * the command line read. plx_comparison_run() takes the articles through
 * the pipeline — tokens, weights, alignment, word-level differences — and
 * keeps the result. The same inputs always give the same result. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-claim-match.h"
#include "plx-comparison-private.h"

G_DEFINE_FINAL_TYPE (PlxComparison, plx_comparison, G_TYPE_OBJECT)

GParamSpec *plx_comparison_properties[N_PROPS];
#define properties plx_comparison_properties

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
plx_comparison_emit_changed (PlxComparison *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
plx_comparison_clear_results (PlxComparison *self)
{
  for (guint side = 0; side < 2; side++)
    {
      g_clear_pointer (&self->tokens[side], g_array_unref);
      g_clear_pointer (&self->sentence_tokens[side], g_array_unref);
      g_clear_pointer (&self->marks[side], g_array_unref);
      g_clear_pointer (&self->mark_tags[side], g_array_unref);
      g_clear_pointer (&self->function_words[side], g_array_unref);
    }
  g_clear_pointer (&self->lexicon, plx_lexicon_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->diffs, g_ptr_array_unref);
  g_clear_pointer (&self->claims[PLX_SIDE_A], g_array_unref);
  g_clear_pointer (&self->claims[PLX_SIDE_B], g_array_unref);
  g_clear_pointer (&self->claims_found[PLX_SIDE_A], g_array_unref);
  g_clear_pointer (&self->claims_found[PLX_SIDE_B], g_array_unref);
  g_clear_pointer (&self->claim_matches[PLX_SIDE_A], g_array_unref);
  g_clear_pointer (&self->claim_matches[PLX_SIDE_B], g_array_unref);
  g_clear_pointer (&self->parties, plx_parties_free);
  g_clear_pointer (&self->key_differences, g_array_unref);
  g_clear_pointer (&self->idf, plx_idf_free);
  g_clear_pointer (&self->vocabulary, plx_vocabulary_free);
  g_clear_pointer (&self->used_language, g_free);
  self->done = FALSE;

  /* Edits belong to the results they were made on. This runs in a worker
   * thread, so nothing is notified: the window makes a new comparison for
   * each run and never runs one that has history. */
  if (self->undo != NULL)
    {
      g_ptr_array_set_size (self->undo, 0);
      g_ptr_array_set_size (self->redo, 0);
    }
}

static void
plx_comparison_dispose (GObject *object)
{
  PlxComparison *self = (PlxComparison *) object;

  g_clear_object (&self->articles[PLX_SIDE_A]);
  g_clear_object (&self->articles[PLX_SIDE_B]);

  G_OBJECT_CLASS (plx_comparison_parent_class)->dispose (object);
}

static void
plx_comparison_finalize (GObject *object)
{
  PlxComparison *self = (PlxComparison *) object;

  plx_comparison_clear_results (self);
  plx_comparison_edits_clear (self);
  g_free (self->language);
  g_free (self->lexicon_file);
  g_free (self->parties_file);
  g_free (self->parties_data);

  G_OBJECT_CLASS (plx_comparison_parent_class)->finalize (object);
}

static void
plx_comparison_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlxComparison *self = PLX_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_A:
      g_value_set_object (value, self->articles[PLX_SIDE_A]);
      break;

    case PROP_ARTICLE_B:
      g_value_set_object (value, self->articles[PLX_SIDE_B]);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_SENSITIVITY:
      g_value_set_double (value, self->sensitivity);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, plx_comparison_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, plx_comparison_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlxComparison *self = PLX_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_A:
      self->articles[PLX_SIDE_A] = g_value_dup_object (value);
      break;

    case PROP_ARTICLE_B:
      self->articles[PLX_SIDE_B] = g_value_dup_object (value);
      break;

    case PROP_LANGUAGE:
      plx_comparison_set_language (self, g_value_get_string (value));
      break;

    case PROP_SENSITIVITY:
      plx_comparison_set_sensitivity (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_class_init (PlxComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plx_comparison_dispose;
  object_class->finalize = plx_comparison_finalize;
  object_class->get_property = plx_comparison_get_property;
  object_class->set_property = plx_comparison_set_property;

  properties[PROP_ARTICLE_A] =
    g_param_spec_object ("article-a", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE_B] =
    g_param_spec_object ("article-b", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:language:
   *
   * The language to analyse in, or %NULL to detect it from article A. Read
   * at the next run.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:sensitivity:
   *
   * How readily sentences are linked, from 0 (only close matches) to 1.
   * Read at the next run.
   */
  properties[PROP_SENSITIVITY] =
    g_param_spec_double ("sensitivity", NULL, NULL, 0.0, 1.0, 0.5,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxComparison::changed:
   *
   * Emitted once after each group of edits a person made, undid or redid
   * (links, parties), with the claims compared again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
plx_comparison_init (PlxComparison *self)
{
  self->sensitivity = 0.5;
  plx_comparison_edits_init (self);
}

PlxComparison *
plx_comparison_new (PlxArticle *a,
                    PlxArticle *b)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (a), NULL);
  g_return_val_if_fail (PLX_IS_ARTICLE (b), NULL);

  return g_object_new (PLX_TYPE_COMPARISON, "article-a", a, "article-b", b, NULL);
}

PlxArticle *
plx_comparison_get_article (PlxComparison *self,
                            PlxSide        side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (side == PLX_SIDE_A || side == PLX_SIDE_B, NULL);

  return self->articles[side];
}

void
plx_comparison_set_language (PlxComparison *self,
                             const char    *language)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * plx_comparison_get_language:
 *
 * Returns: (nullable): the language the last run used, or else the one
 *   set (%NULL: detect it)
 */
const char *
plx_comparison_get_language (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->used_language != NULL ? self->used_language : self->language;
}

void
plx_comparison_set_lexicon_file (PlxComparison *self,
                                 const char    *path)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));

  g_free (self->lexicon_file);
  self->lexicon_file = g_strdup (path);
}

/**
 * plx_comparison_set_parties_file:
 * @path: (nullable): a JSON file of parties to add, rename or merge
 */
void
plx_comparison_set_parties_file (PlxComparison *self,
                                 const char    *path)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));

  g_free (self->parties_file);
  self->parties_file = g_strdup (path);
}

/**
 * plx_comparison_set_parties_data:
 * @json: (nullable): parties in the shape of a parties file, read after
 *   the parties file, so that they win
 */
void
plx_comparison_set_parties_data (PlxComparison *self,
                                 const char    *json)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));

  g_free (self->parties_data);
  self->parties_data = g_strdup (json);
}

void
plx_comparison_set_sensitivity (PlxComparison *self,
                                double         sensitivity)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));

  sensitivity = CLAMP (sensitivity, 0.0, 1.0);
  if (self->sensitivity == sensitivity)
    return;

  self->sensitivity = sensitivity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENSITIVITY]);
}

double
plx_comparison_get_sensitivity (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), 0.5);

  return self->sensitivity;
}

const PlxToken *
plx_comparison_group_tokens (PlxComparison *self,
                             PlxSide        side,
                             guint          first_sentence,
                             guint          end_sentence,
                             guint         *n_tokens)
{
  GArray *starts = self->sentence_tokens[side];
  guint first = g_array_index (starts, guint, first_sentence);
  guint end = g_array_index (starts, guint, end_sentence);

  if (n_tokens != NULL)
    *n_tokens = end - first;

  return &g_array_index (self->tokens[side], PlxToken, first);
}

/**
 * plx_comparison_get_tokens:
 *
 * Returns: (transfer none): the tokens of sentences @first_sentence up to
 *   @end_sentence (exclusive) of @side, consecutive in one array
 */
const PlxToken *
plx_comparison_get_tokens (PlxComparison *self,
                           PlxSide        side,
                           guint          first_sentence,
                           guint          end_sentence,
                           guint         *n_tokens)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->done, NULL);
  g_return_val_if_fail (first_sentence <= end_sentence &&
                          end_sentence < self->sentence_tokens[side]->len,
                        NULL);

  return plx_comparison_group_tokens (self, side, first_sentence, end_sentence, n_tokens);
}

/**
 * plx_comparison_get_marks:
 * @n_marks: (out) (optional): how many there are
 *
 * The loaded words of an article, in text order, in every sentence whether
 * linked or not.
 *
 * Returns: (transfer none): its #PlxMark array
 */
const PlxMark *
plx_comparison_get_marks (PlxComparison *self,
                          PlxSide        side,
                          guint         *n_marks)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->done && self->marks[side] != NULL, NULL);

  if (n_marks != NULL)
    *n_marks = self->marks[side]->len;

  return (const PlxMark *) self->marks[side]->data;
}

/**
 * plx_comparison_is_done:
 * @self: (nullable): a comparison
 *
 * Whether @self has results to show; %NULL, the absence of a comparison,
 * has none.
 */
gboolean
plx_comparison_is_done (PlxComparison *self)
{
  g_return_val_if_fail (self == NULL || PLX_IS_COMPARISON (self), FALSE);

  return self != NULL && self->done;
}

guint
plx_comparison_get_n_links (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), 0);

  return self->links != NULL ? self->links->len : 0;
}

const PlxLink *
plx_comparison_get_link (PlxComparison *self,
                         guint          index)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->links != NULL && index < self->links->len, NULL);

  return &g_array_index (self->links, PlxLink, index);
}

/**
 * plx_comparison_get_link_diff:
 *
 * Returns: (transfer none): the #PlxDiffEdit array of a link; token indices
 *   are relative to plx_comparison_get_tokens() over the link's sentences
 */
GArray *
plx_comparison_get_link_diff (PlxComparison *self,
                              guint          index)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->diffs != NULL && index < self->diffs->len, NULL);

  return g_ptr_array_index (self->diffs, index);
}

/**
 * plx_comparison_dup_unmatched:
 *
 * Returns: (transfer full): indices (guint) of the sentences of @side that
 *   are in no link, in order
 */
GArray *
plx_comparison_dup_unmatched (PlxComparison *self,
                              PlxSide        side)
{
  guint n;
  g_autofree gboolean *linked = NULL;
  GArray *unmatched = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (PLX_IS_COMPARISON (self), unmatched);

  n = plx_article_get_n_sentences (self->articles[side]);
  linked = g_new0 (gboolean, MAX (n, 1));
  for (guint k = 0; self->links != NULL && k < self->links->len; k++)
    {
      const PlxLink *link = &g_array_index (self->links, PlxLink, k);
      guint start = side == PLX_SIDE_A ? link->a_start : link->b_start;
      guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;

      for (guint i = start; i < end; i++)
        linked[i] = TRUE;
    }

  for (guint i = 0; i < n; i++)
    if (!linked[i])
      g_array_append_val (unmatched, i);

  return unmatched;
}

/* The share of both articles' characters in linked sentences, weighted by
 * how similar the links are: 1 for two identical articles, 0 for two with
 * nothing in common. */
double
plx_comparison_get_similarity (PlxComparison *self)
{
  double weighted = 0;
  double total = 0;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), 0);

  for (guint side = 0; side < 2; side++)
    {
      guint n;
      const PlxSentence *sentences = plx_article_get_sentences (self->articles[side], &n);
      g_autofree double *best = g_new0 (double, MAX (n, 1));

      for (guint k = 0; self->links != NULL && k < self->links->len; k++)
        {
          const PlxLink *link = &g_array_index (self->links, PlxLink, k);
          guint start = side == PLX_SIDE_A ? link->a_start : link->b_start;
          guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;
          double score = link->kind == PLX_LINK_IDENTICAL ? 1.0 : link->score;

          for (guint i = start; i < end; i++)
            best[i] = MAX (best[i], score);
        }

      for (guint i = 0; i < n; i++)
        {
          double length = sentences[i].end - sentences[i].start;

          weighted += best[i] * length;
          total += length;
        }
    }

  return total > 0 ? weighted / total : 0;
}

const PlxTimings *
plx_comparison_get_timings (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return &self->timings;
}

PlxVocabulary *
plx_comparison_get_vocabulary (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->vocabulary;
}

/**
 * plx_comparison_get_claims:
 *
 * Returns: (transfer none): the #PlxClaim array of @side
 */
GArray *
plx_comparison_get_claims (PlxComparison *self,
                           PlxSide        side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->done, NULL);

  return self->claims[side];
}

/**
 * plx_comparison_get_claim_match:
 * @index: a claim of @side, as in plx_comparison_get_claims()
 *
 * How claim @index of @side fares in the other article.
 *
 * Returns: (transfer none): the claim's match
 */
const PlxClaimMatch *
plx_comparison_get_claim_match (PlxComparison *self,
                                PlxSide        side,
                                guint          index)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->done, NULL);
  g_return_val_if_fail (index < self->claim_matches[side]->len, NULL);

  return &g_array_index (self->claim_matches[side], PlxClaimMatch, index);
}

/**
 * plx_comparison_get_parties:
 *
 * Returns: (transfer none): the parties known and found
 */
PlxParties *
plx_comparison_get_parties (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (self->done, NULL);

  return self->parties;
}

/* Compares the claims of both articles, again after the links or the
 * parties changed. */
void
plx_comparison_match_claims (PlxComparison *self)
{
  PlxSentenceTokens tokens[2];

  for (guint side = 0; side < 2; side++)
    {
      tokens[side].tokens = (const PlxToken *) self->tokens[side]->data;
      tokens[side].starts = (const guint *) self->sentence_tokens[side]->data;
      g_clear_pointer (&self->claim_matches[side], g_array_unref);
    }
  /* Key differences read the links, their diffs and the claim matches. */
  g_clear_pointer (&self->key_differences, g_array_unref);

  plx_match_claims (self->used_language, self->claims[PLX_SIDE_A], plx_article_get_text (self->articles[PLX_SIDE_A]),
                    &tokens[PLX_SIDE_A], self->claims[PLX_SIDE_B],
                    plx_article_get_text (self->articles[PLX_SIDE_B]), &tokens[PLX_SIDE_B],
                    self->links, self->idf, self->vocabulary, &self->claim_matches[PLX_SIDE_A],
                    &self->claim_matches[PLX_SIDE_B]);
}
