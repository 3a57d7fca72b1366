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
#include "plx-classifier.h"
#include "plx-comparison.h"
#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-similarity.h"

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
  GArray        *tokens[2];         /* PlxToken */
  GArray        *sentence_tokens[2]; /* guint: first token of each sentence, and the end */
  GArray        *links;             /* PlxLink */
  GPtrArray     *diffs;             /* GArray of PlxDiffEdit, one per link */
  GArray        *claims[2];         /* PlxClaim */
  PlxParties    *parties;
  PlxIdf        *idf;
  char          *used_language;
  PlxTimings     timings;
  gboolean       done;
};

G_DEFINE_FINAL_TYPE (PlxComparison, plx_comparison, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ARTICLE_A,
  PROP_ARTICLE_B,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void plx_comparison_remove_link_quietly (PlxComparison *self,
                                                guint          index);

static void
clear_results (PlxComparison *self)
{
  for (guint side = 0; side < 2; side++)
    {
      g_clear_pointer (&self->tokens[side], g_array_unref);
      g_clear_pointer (&self->sentence_tokens[side], g_array_unref);
    }
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->diffs, g_ptr_array_unref);
  g_clear_pointer (&self->claims[PLX_SIDE_A], g_array_unref);
  g_clear_pointer (&self->claims[PLX_SIDE_B], g_array_unref);
  g_clear_pointer (&self->parties, plx_parties_free);
  g_clear_pointer (&self->idf, plx_idf_free);
  g_clear_pointer (&self->vocabulary, plx_vocabulary_free);
  g_clear_pointer (&self->used_language, g_free);
  self->done = FALSE;
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

  clear_results (self);
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxComparison::changed:
   *
   * Emitted after a person linked or unlinked sentences.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
plx_comparison_init (PlxComparison *self)
{
  self->sensitivity = 0.5;
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

  g_free (self->language);
  self->language = g_strdup (language);
}

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

  self->sensitivity = CLAMP (sensitivity, 0.0, 1.0);
}

double
plx_comparison_get_sensitivity (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), 0.5);

  return self->sensitivity;
}

static void
tokenize_article (PlxComparison *self,
                  PlxSide        side,
                  PlxTokenizer  *tokenizer)
{
  PlxArticle *article = self->articles[side];
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (PlxToken), n * 24 + 1);
  GArray *starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_array_append_val (starts, tokens->len);
      plx_tokenizer_tokenize (tokenizer, text, sentences[i].byte_start, sentences[i].byte_end,
                              tokens);
    }
  g_array_append_val (starts, tokens->len);

  self->tokens[side] = tokens;
  self->sentence_tokens[side] = starts;
}

static const PlxToken *
group_tokens (PlxComparison *self,
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

  return group_tokens (self, side, first_sentence, end_sentence, n_tokens);
}

gboolean
plx_comparison_run (PlxComparison *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(PlxLexicon) lexicon = NULL;
  g_autoptr(PlxTokenizer) tokenizer = NULL;
  PlxIdf *idf;
  g_autofree char *language = NULL;
  PlxBag *bags[2] = { NULL, NULL };
  const PlxSentence *sentences[2];
  guint n[2];
  PlxAlignOptions options = PLX_ALIGN_OPTIONS_INIT;
  gint64 start;
  gint64 phase;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_results (self);
  start = phase = g_get_monotonic_time ();

  language = self->language != NULL ? g_strdup (self->language)
                                     : plx_detect_language (
                                         plx_article_get_text (self->articles[PLX_SIDE_A]));
  lexicon = plx_lexicon_new (language, error);
  if (lexicon == NULL)
    return FALSE;
  if (self->lexicon_file != NULL && !plx_lexicon_add_file (lexicon, self->lexicon_file, error))
    return FALSE;
  self->parties = plx_parties_new (error);
  if (self->parties == NULL ||
      (self->parties_file != NULL &&
       !plx_parties_add_file (self->parties, self->parties_file, error)) ||
      (self->parties_data != NULL &&
       !plx_parties_add_data (self->parties, self->parties_data, strlen (self->parties_data),
                              _("the session"), error)))
    {
      clear_results (self);
      return FALSE;
    }

  self->vocabulary = plx_vocabulary_new ();
  tokenizer = plx_tokenizer_new (lexicon, self->vocabulary);
  for (guint side = 0; side < 2; side++)
    {
      tokenize_article (self, side, tokenizer);
      n[side] = self->sentence_tokens[side]->len - 1;
      sentences[side] = plx_article_get_sentences (self->articles[side], NULL);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  idf = self->idf = plx_idf_new (plx_vocabulary_size (self->vocabulary));
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < n[side]; i++)
      {
        guint count;
        const PlxToken *tokens;

        tokens = group_tokens (self, side, i, i + 1, &count);
        plx_idf_add_sentence (idf, tokens, count);
      }
  plx_idf_finish (idf);

  for (guint side = 0; side < 2; side++)
    {
      bags[side] = g_new0 (PlxBag, MAX (n[side], 1));
      for (guint i = 0; i < n[side]; i++)
        {
          guint count;
          const PlxToken *tokens = group_tokens (self, side, i, i + 1, &count);

          plx_bag_init (&bags[side][i], tokens, count, idf);
          bags[side][i].heading = sentences[side][i].kind != PLX_SENTENCE_BODY;
        }
    }
  self->timings.tokenize = g_get_monotonic_time () - phase;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;

  phase = g_get_monotonic_time ();
  options.sensitivity = self->sensitivity;
  self->links = plx_align (bags[PLX_SIDE_A], n[PLX_SIDE_A], bags[PLX_SIDE_B], n[PLX_SIDE_B],
                           self->vocabulary, &options);
  self->timings.align = g_get_monotonic_time () - phase;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;

  phase = g_get_monotonic_time ();
  self->done = TRUE;
  self->diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint k = 0; k < self->links->len; k++)
    {
      PlxLink *link = &g_array_index (self->links, PlxLink, k);
      guint n_a;
      guint n_b;
      const PlxToken *ta = group_tokens (self, PLX_SIDE_A, link->a_start, link->a_end, &n_a);
      const PlxToken *tb = group_tokens (self, PLX_SIDE_B, link->b_start, link->b_end, &n_b);

      GArray *diff = plx_diff_tokens (ta, n_a, tb, n_b);

      link->kind = plx_link_classify (link, ta, n_a, tb, n_b, diff);
      g_ptr_array_add (self->diffs, diff);
    }
  self->timings.diff = g_get_monotonic_time () - phase;

  /* Claims, their parties, and how they fare in the other article. */
  phase = g_get_monotonic_time ();
  {
    g_autoptr(PlxClaimFinder) finder = plx_claim_finder_new (tokenizer, self->vocabulary,
                                                             language);

    PlxSentenceTokens tokens[2];

    for (guint side = 0; side < 2; side++)
      {
        tokens[side].tokens = (const PlxToken *) self->tokens[side]->data;
        tokens[side].starts = (const guint *) self->sentence_tokens[side]->data;
        self->claims[side] = plx_claim_finder_find (finder, self->articles[side], &tokens[side]);
        plx_parties_assign (self->parties, self->articles[side], self->claims[side], tokenizer,
                            self->vocabulary, &tokens[side]);
      }
    plx_match_claims (self->claims[PLX_SIDE_A], plx_article_get_text (self->articles[PLX_SIDE_A]),
                      &tokens[PLX_SIDE_A], self->claims[PLX_SIDE_B],
                      plx_article_get_text (self->articles[PLX_SIDE_B]), &tokens[PLX_SIDE_B],
                      self->links, idf, self->vocabulary);
  }
  self->timings.claims = g_get_monotonic_time () - phase;
  self->timings.total = g_get_monotonic_time () - start;

  self->used_language = g_steal_pointer (&language);
  for (guint side = 0; side < 2; side++)
    {
      plx_article_set_language (self->articles[side], self->used_language);
      for (guint i = 0; i < n[side]; i++)
        plx_bag_clear (&bags[side][i]);
      g_free (bags[side]);
    }

  return TRUE;

fail:
  for (guint side = 0; side < 2; side++)
    {
      for (guint i = 0; bags[side] != NULL && i < n[side]; i++)
        plx_bag_clear (&bags[side][i]);
      g_free (bags[side]);
    }
  clear_results (self);

  return FALSE;
}

static void
run_thread_cb (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (plx_comparison_run (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
plx_comparison_run_async (PlxComparison      *self,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLX_IS_COMPARISON (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_comparison_run_async);
  g_task_run_in_thread (task, run_thread_cb);
}

gboolean
plx_comparison_run_finish (PlxComparison *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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

/* Manual corrections. */

static void
match_claims_again (PlxComparison *self)
{
  PlxSentenceTokens tokens[2];

  for (guint side = 0; side < 2; side++)
    {
      tokens[side].tokens = (const PlxToken *) self->tokens[side]->data;
      tokens[side].starts = (const guint *) self->sentence_tokens[side]->data;
      for (guint i = 0; i < self->claims[side]->len; i++)
        {
          PlxClaim *claim = &g_array_index (self->claims[side], PlxClaim, i);

          g_clear_pointer (&claim->change, g_free);
          claim->counterpart = -1;
        }
    }

  plx_match_claims (self->claims[PLX_SIDE_A], plx_article_get_text (self->articles[PLX_SIDE_A]),
                    &tokens[PLX_SIDE_A], self->claims[PLX_SIDE_B],
                    plx_article_get_text (self->articles[PLX_SIDE_B]), &tokens[PLX_SIDE_B],
                    self->links, self->idf, self->vocabulary);
}

static void
bag_of (PlxComparison *self,
        PlxSide        side,
        guint          start,
        guint          end,
        PlxBag        *bag)
{
  guint n;
  const PlxToken *tokens = group_tokens (self, side, start, end, &n);

  plx_bag_init (bag, tokens, n, self->idf);
}

/**
 * plx_comparison_add_link:
 *
 * Links sentences [@a_start, @a_end) of A with [@b_start, @b_end) of B, as
 * a person decided: links that shared any of these sentences go, the diff
 * and kind of the new link are worked out, and the claims are compared
 * again. Emits ::changed.
 *
 * Returns: the index of the new link, or -1 with @error set
 */
int
plx_comparison_add_link (PlxComparison *self,
                         guint          a_start,
                         guint          a_end,
                         guint          b_start,
                         guint          b_end,
                         GError       **error)
{
  PlxLink link = { a_start, a_end, b_start, b_end, 0, 0, 0, 0, PLX_LINK_PARTIAL, FALSE, TRUE };
  PlxBag bag_a;
  PlxBag bag_b;
  PlxMatch match;
  guint n_a;
  guint n_b;
  const PlxToken *ta;
  const PlxToken *tb;
  GArray *diff;
  int index = -1;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), -1);
  g_return_val_if_fail (self->done, -1);

  if (a_start >= a_end || b_start >= b_end ||
      a_end > plx_article_get_n_sentences (self->articles[PLX_SIDE_A]) ||
      b_end > plx_article_get_n_sentences (self->articles[PLX_SIDE_B]))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("Select at least one sentence in each article to link them."));
      return -1;
    }

  /* Links sharing a sentence with the new one give way to it. */
  for (guint k = self->links->len; k > 0; k--)
    {
      const PlxLink *old = &g_array_index (self->links, PlxLink, k - 1);

      if ((old->a_start < a_end && a_start < old->a_end) ||
          (old->b_start < b_end && b_start < old->b_end))
        plx_comparison_remove_link_quietly (self, k - 1);
    }

  bag_of (self, PLX_SIDE_A, a_start, a_end, &bag_a);
  bag_of (self, PLX_SIDE_B, b_start, b_end, &bag_b);
  match = plx_bag_match (&bag_a, &bag_b, self->vocabulary);
  plx_bag_clear (&bag_a);
  plx_bag_clear (&bag_b);
  link.similarity = match.similarity;
  link.cover_a = match.cover_a;
  link.cover_b = match.cover_b;
  link.score = MAX (match.similarity, 0.75 * MAX (match.cover_a, match.cover_b));

  ta = group_tokens (self, PLX_SIDE_A, a_start, a_end, &n_a);
  tb = group_tokens (self, PLX_SIDE_B, b_start, b_end, &n_b);
  diff = plx_diff_tokens (ta, n_a, tb, n_b);
  link.kind = plx_link_classify (&link, ta, n_a, tb, n_b, diff);

  /* Keep the links in order of A, then B. */
  for (index = 0; (guint) index < self->links->len; index++)
    {
      const PlxLink *other = &g_array_index (self->links, PlxLink, index);

      if (other->a_start > a_start || (other->a_start == a_start && other->b_start > b_start))
        break;
    }
  g_array_insert_val (self->links, index, link);
  g_ptr_array_insert (self->diffs, index, diff);

  match_claims_again (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return index;
}

/* Removes a link without telling anyone: for plx_comparison_add_link(). */
static void
plx_comparison_remove_link_quietly (PlxComparison *self,
                                    guint          index)
{
  g_array_remove_index (self->links, index);
  g_ptr_array_remove_index (self->diffs, index);
}

/**
 * plx_comparison_remove_link:
 *
 * Unlinks the sentences of link @index, as a person decided. Emits
 * ::changed.
 */
gboolean
plx_comparison_remove_link (PlxComparison *self,
                            guint          index)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  if (index >= self->links->len)
    return FALSE;

  plx_comparison_remove_link_quietly (self, index);
  match_claims_again (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * plx_comparison_rename_party:
 *
 * Renames a party. Emits ::changed.
 */
gboolean
plx_comparison_rename_party (PlxComparison *self,
                             const char    *id,
                             const char    *name)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  if (name == NULL || name[0] == '\0' || !plx_parties_rename (self->parties, id, name))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * plx_comparison_merge_parties:
 *
 * Makes party @from part of @into: its claims are @into's, and the claims
 * are compared again (speakers of one party may now be the same). Emits
 * ::changed.
 */
gboolean
plx_comparison_merge_parties (PlxComparison *self,
                              const char    *from,
                              const char    *into)
{
  g_autofree char *source = NULL;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  source = g_strdup (from);
  if (!plx_parties_merge (self->parties, source, into))
    return FALSE;

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < self->claims[side]->len; i++)
      {
        PlxClaim *claim = &g_array_index (self->claims[side], PlxClaim, i);

        if (g_strcmp0 (claim->party, source) == 0)
          {
            g_free (claim->party);
            claim->party = g_strdup (into);
          }
      }

  match_claims_again (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
