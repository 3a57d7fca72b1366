/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The collation of two to twelve articles that tell one story. The most
 * central article (the pivot) is compared with each of the others by the
 * two-article comparison; the sentences those comparisons leave unlinked
 * are aligned between the other articles; the links are then gathered into
 * story units (plx-collation-units.c), and the claims and the key
 * differences are matched across all articles (-claims, -key). The cost is
 * that of N - 1 comparisons plus the alignment of what they left over: the
 * sum of the pairwise costs at most. With two articles the collation is
 * the comparison of the first with the second, unchanged. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-collation-private.h"
#include "plx-error.h"

G_DEFINE_FINAL_TYPE (PlxCollation, plx_collation, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
plx_collation_clear_results (PlxCollation *self)
{
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    g_clear_object (&self->comparisons[k]);
  g_clear_pointer (&self->leftovers, plx_leftovers_free);
  plx_collation_clear_units (self);
  g_clear_pointer (&self->claim_rows, g_array_unref);
  g_clear_pointer (&self->key_differences, g_array_unref);
  self->pivot = 0;
  self->time = 0;
  self->done = FALSE;
}

static void
plx_collation_finalize (GObject *object)
{
  PlxCollation *self = (PlxCollation *) object;

  plx_collation_clear_results (self);
  for (guint k = 0; k < self->n_articles; k++)
    g_clear_object (&self->articles[k]);
  g_free (self->language);
  g_free (self->lexicon_file);
  g_free (self->parties_file);
  g_free (self->parties_data);

  G_OBJECT_CLASS (plx_collation_parent_class)->finalize (object);
}

static void
plx_collation_class_init (PlxCollationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_collation_finalize;

  /**
   * PlxCollation::changed:
   *
   * The units, claims and key differences were made anew after an edit
   * of one of the comparisons with the pivot (a link made or taken away,
   * undone or redone, a party or claim corrected). Not emitted by a run.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
plx_collation_init (PlxCollation *self)
{
  self->sensitivity = 0.5;
  self->chosen_pivot = -1;
}

/**
 * plx_collation_new:
 * @articles: (array length=n_articles): the articles, in the order the
 *   reader gave them; the first is article A, the second B and so on
 * @n_articles: from %PLX_COLLATION_MIN_ARTICLES to %PLX_COLLATION_MAX_ARTICLES
 *
 * Returns: (transfer full): a collation that holds a reference on each
 *   article, not yet run
 */
PlxCollation *
plx_collation_new (PlxArticle *const *articles,
                   guint              n_articles)
{
  PlxCollation *self;

  g_return_val_if_fail (n_articles >= PLX_COLLATION_MIN_ARTICLES, NULL);
  g_return_val_if_fail (n_articles <= PLX_COLLATION_MAX_ARTICLES, NULL);

  self = g_object_new (PLX_TYPE_COLLATION, NULL);
  for (guint k = 0; k < n_articles; k++)
    self->articles[k] = g_object_ref (articles[k]);
  self->n_articles = n_articles;

  return self;
}

guint
plx_collation_get_n_articles (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->n_articles;
}

/**
 * plx_collation_get_article:
 *
 * Returns: (transfer none): the article at @index
 */
PlxArticle *
plx_collation_get_article (PlxCollation *self,
                           guint         index)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (index < self->n_articles, NULL);

  return self->articles[index];
}

/**
 * plx_collation_get_article_id:
 *
 * Returns: the letter that names the article at @index in reports: "A",
 *   "B", … "L"
 */
const char *
plx_collation_get_article_id (PlxCollation *self,
                              guint         index)
{
  static const char *const ids[PLX_COLLATION_MAX_ARTICLES] = {
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
  };

  g_return_val_if_fail (index < PLX_COLLATION_MAX_ARTICLES, "?");

  return ids[index];
}

void
plx_collation_set_language (PlxCollation *self,
                            const char   *language)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  g_free (self->language);
  self->language = g_strdup (language);
}

void
plx_collation_set_lexicon_file (PlxCollation *self,
                                const char   *path)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  g_free (self->lexicon_file);
  self->lexicon_file = g_strdup (path);
}

void
plx_collation_set_parties_file (PlxCollation *self,
                                const char   *path)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  g_free (self->parties_file);
  self->parties_file = g_strdup (path);
}

/**
 * plx_collation_set_parties_data:
 * @json: (nullable): parties in the shape of a parties file (a session's,
 *   plx_session_get_parties()), read after the parties file, so that they
 *   win
 */
void
plx_collation_set_parties_data (PlxCollation *self,
                                const char   *json)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  g_free (self->parties_data);
  self->parties_data = g_strdup (json);
}

void
plx_collation_set_sensitivity (PlxCollation *self,
                               double        sensitivity)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  self->sensitivity = CLAMP (sensitivity, 0.0, 1.0);
}

/**
 * plx_collation_set_pivot:
 * @index: the article every other one is to be compared with (the base),
 *   or -1 for the most central one, found anew on each run (the default)
 *
 * Chooses the base by hand for the runs to come. An index past the last
 * article counts as -1.
 */
void
plx_collation_set_pivot (PlxCollation *self,
                         int           index)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  self->chosen_pivot = index >= 0 && (guint) index < self->n_articles ? index : -1;
}

/**
 * plx_collation_get_chosen_pivot:
 *
 * Returns: the base chosen by hand (plx_collation_set_pivot()), or -1 when
 *   the collation finds the most central article itself
 */
int
plx_collation_get_chosen_pivot (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), -1);

  return self->chosen_pivot;
}

/* The content words of an article, lower-cased, as hashes: words of four
 * letters or more, which leaves most function words out without a list. */
static void
add_words (GHashTable *words,
           const char *text,
           guint       article)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      guint length = 0;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          length++;
        }
      if (length >= 4)
        {
          g_autofree char *word = g_utf8_strdown (start, p - start);
          gpointer key = GUINT_TO_POINTER (g_str_hash (word));
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (words, key));

          g_hash_table_insert (words, key, GUINT_TO_POINTER (mask | (1u << article)));
        }
    }
}

/* The article that shares the most words with the others (the sum of its
 * Jaccard overlaps), the first one on a tie. A cheap pass over the texts:
 * one hash per word. With two articles it is the first. */
static guint
choose_pivot (PlxCollation *self)
{
  g_autoptr(GHashTable) words = g_hash_table_new (NULL, NULL);
  guint shared[PLX_COLLATION_MAX_ARTICLES][PLX_COLLATION_MAX_ARTICLES] = { { 0 } };
  GHashTableIter iter;
  gpointer value;
  guint best = 0;
  double best_score = -1;

  if (self->n_articles == 2)
    return 0;

  for (guint k = 0; k < self->n_articles; k++)
    add_words (words, plx_article_get_text (self->articles[k]), k);

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      guint mask = GPOINTER_TO_UINT (value);

      for (guint i = 0; i < self->n_articles; i++)
        for (guint j = 0; (mask & (1u << i)) != 0 && j < self->n_articles; j++)
          if ((mask & (1u << j)) != 0)
            shared[i][j]++;
    }

  for (guint i = 0; i < self->n_articles; i++)
    {
      double score = 0;

      for (guint j = 0; j < self->n_articles; j++)
        if (j != i && shared[i][i] + shared[j][j] > 0)
          score += (double) shared[i][j] / (shared[i][i] + shared[j][j] - shared[i][j]);
      if (score > best_score)
        {
          best_score = score;
          best = i;
        }
    }

  return best;
}

static gboolean
run_comparisons (PlxCollation *self,
                 GCancellable *cancellable,
                 GError      **error)
{
  for (guint k = 0; k < self->n_articles; k++)
    {
      PlxComparison *comparison;

      if (k == self->pivot)
        continue;
      comparison = plx_comparison_new (self->articles[self->pivot], self->articles[k]);
      self->comparisons[k] = comparison;
      plx_comparison_set_language (comparison, self->language);
      plx_comparison_set_lexicon_file (comparison, self->lexicon_file);
      plx_comparison_set_parties_file (comparison, self->parties_file);
      plx_comparison_set_parties_data (comparison, self->parties_data);
      plx_comparison_set_sensitivity (comparison, self->sensitivity);
      if (!plx_comparison_run (comparison, cancellable, error))
        return FALSE;
    }

  return TRUE;
}

/* Which sentences of each article a comparison with the pivot linked. */
static GArray *
find_linked (PlxCollation *self,
             guint        *offsets)
{
  GArray *linked = g_array_new (FALSE, TRUE, sizeof (guint8));
  guint total = 0;

  for (guint k = 0; k < self->n_articles; k++)
    {
      offsets[k] = total;
      total += plx_article_get_n_sentences (self->articles[k]);
    }
  offsets[self->n_articles] = total;
  g_array_set_size (linked, total);

  for (guint k = 0; k < self->n_articles; k++)
    {
      PlxComparison *comparison = self->comparisons[k];

      for (guint i = 0; comparison != NULL && i < comparison->links->len; i++)
        {
          const PlxLink *link = &g_array_index (comparison->links, PlxLink, i);

          for (guint s = link->a_start; s < link->a_end; s++)
            g_array_index (linked, guint8, offsets[self->pivot] + s) = 1;
          for (guint s = link->b_start; s < link->b_end; s++)
            g_array_index (linked, guint8, offsets[k] + s) = 1;
        }
    }

  return linked;
}

/* Everything made from the comparisons with the pivot, made anew from them
 * as they are now. */
static void
gather (PlxCollation *self)
{
  guint offsets[PLX_COLLATION_MAX_ARTICLES + 1];
  g_autoptr(GArray) linked = NULL;

  g_clear_pointer (&self->leftovers, plx_leftovers_free);
  plx_collation_clear_units (self);
  g_clear_pointer (&self->claim_rows, g_array_unref);
  g_clear_pointer (&self->key_differences, g_array_unref);

  linked = find_linked (self, offsets);
  self->leftovers = plx_leftovers_new (self, offsets, (const guint8 *) linked->data);
  plx_collation_build_units (self);
  plx_collation_match_claims (self);
  plx_collation_find_differences (self);
}

/* The claims of the base article are the same in every comparison: a
 * correction of one of them made (or undone) in @comparison is made (or
 * undone) in the others, each as an edit of its own that undoes there. */
static void
share_base_claim_edits (PlxCollation  *self,
                        PlxComparison *comparison)
{
  GPtrArray *edits = plx_comparison_get_claim_edits (comparison);

  self->sharing = TRUE;
  for (guint k = 0; k < self->n_articles; k++)
    if (self->comparisons[k] != NULL && self->comparisons[k] != comparison)
      plx_comparison_set_claim_edits (self->comparisons[k], PLX_SIDE_A, edits);
  self->sharing = FALSE;
}

/* A person edited a comparison with the pivot (through
 * plx_collation_get_comparison()): the units follow. */
static void
comparison_changed_cb (PlxComparison *comparison,
                       PlxCollation  *self)
{
  if (!self->done || self->sharing)
    return;
  share_base_claim_edits (self, comparison);
  if (self->frozen > 0)
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  gather (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * plx_collation_freeze:
 *
 * Holds back the rebuilding that each edit of a comparison causes, for
 * many edits at once (a session's links restored): plx_collation_thaw()
 * then rebuilds once and emits #PlxCollation::changed if anything changed.
 */
void
plx_collation_freeze (PlxCollation *self)
{
  g_return_if_fail (PLX_IS_COLLATION (self));

  self->frozen++;
}

void
plx_collation_thaw (PlxCollation *self)
{
  g_return_if_fail (PLX_IS_COLLATION (self));
  g_return_if_fail (self->frozen > 0);

  if (--self->frozen > 0 || !self->stale)
    return;
  self->stale = FALSE;
  gather (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * plx_collation_run:
 *
 * Runs the whole collation: the comparisons with the pivot, the alignment
 * of what they left unlinked, the story units, the claims and the key
 * differences. Like plx_comparison_run() it only reads the articles, so it
 * may run in a worker thread; it emits no signal.
 *
 * Edits go through the comparisons (plx_collation_get_comparison(): links
 * made and taken away, undo and redo, parties and claims corrected); after
 * each, the collation makes its units, claims and key differences anew and
 * emits #PlxCollation::changed, in the thread that made the edit.
 *
 * Returns: %TRUE when the collation is done, %FALSE with @error set
 */
gboolean
plx_collation_run (PlxCollation *self,
                   GCancellable *cancellable,
                   GError      **error)
{
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (PLX_IS_COLLATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  plx_collation_clear_results (self);
  self->pivot = self->chosen_pivot >= 0 ? (guint) self->chosen_pivot : choose_pivot (self);
  if (!run_comparisons (self, cancellable, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      plx_collation_clear_results (self);
      return FALSE;
    }

  gather (self);
  for (guint k = 0; k < self->n_articles; k++)
    if (self->comparisons[k] != NULL)
      g_signal_connect_object (self->comparisons[k], "changed",
                               G_CALLBACK (comparison_changed_cb), self, 0);
  self->time = g_get_monotonic_time () - start;
  self->done = TRUE;

  return TRUE;
}

static void
run_thread_cb (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (plx_collation_run (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
plx_collation_run_async (PlxCollation       *self,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLX_IS_COLLATION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_collation_run_async);
  g_task_run_in_thread (task, run_thread_cb);
}

gboolean
plx_collation_run_finish (PlxCollation *self,
                          GAsyncResult *result,
                          GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
plx_collation_is_done (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), FALSE);

  return self->done;
}

/**
 * plx_collation_get_pivot:
 *
 * Returns: the index of the base article, the one every other article was
 *   compared with: the one chosen by hand (plx_collation_set_pivot()), else
 *   the most central (0 with two articles)
 */
guint
plx_collation_get_pivot (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->pivot;
}

/**
 * plx_collation_get_comparison:
 * @index: an article other than the pivot
 *
 * The two-article comparison of the pivot (its article A) with the article
 * at @index (its article B). With two articles, the comparison at index 1
 * is exactly the comparison of the first article with the second.
 *
 * Returns: (transfer none) (nullable): the comparison, %NULL for the pivot
 */
PlxComparison *
plx_collation_get_comparison (PlxCollation *self,
                              guint         index)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (index < self->n_articles, NULL);

  return self->comparisons[index];
}

/**
 * plx_collation_get_time:
 *
 * Returns: how long the last run took, in microseconds
 */
gint64
plx_collation_get_time (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->time;
}

const char *
plx_told_to_string (PlxTold told)
{
  switch (told)
    {
    case PLX_TOLD_ABSENT:
      return "absent";
    case PLX_TOLD_CENTRAL:
      return "central";
    case PLX_TOLD_IDENTICAL:
      return "identical";
    case PLX_TOLD_PARAPHRASE:
      return "paraphrase";
    case PLX_TOLD_PARTIAL:
      return "partial";
    default:
      g_return_val_if_reached ("absent");
    }
}
