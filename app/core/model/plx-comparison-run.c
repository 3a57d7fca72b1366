/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The pipeline of a comparison, stage by stage: word lists and parties,
 * tokens and their weights, the alignment, the word-level differences of
 * each link, then the claims, their parties and their matches. Each stage
 * writes its own results into the comparison; none touches the articles,
 * which may be read by other threads meanwhile. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-claim-match.h"
#include "plx-classifier.h"
#include "plx-comparison-private.h"
#include "plx-error.h"
#include "plx-figures.h"
#include "plx-lexicon.h"

/* What the stages share while the comparison runs. */
typedef struct
{
  char         *language;
  PlxLexicon   *lexicon;
  PlxTokenizer *tokenizer;
  PlxBag       *bags[2];
  guint         n[2];
} Run;

static void
run_clear (Run *run)
{
  for (guint side = 0; side < 2; side++)
    {
      for (guint i = 0; run->bags[side] != NULL && i < run->n[side]; i++)
        plx_bag_clear (&run->bags[side][i]);
      g_clear_pointer (&run->bags[side], g_free);
    }
  g_clear_pointer (&run->tokenizer, plx_tokenizer_free);
  g_clear_pointer (&run->lexicon, plx_lexicon_unref);
  g_clear_pointer (&run->language, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The language, its word lists and the parties: everything the user's
 * files may get wrong is read here, before any work. */
static gboolean
load_word_lists (PlxComparison *self,
                 Run           *run,
                 GError       **error)
{
  run->language = self->language != NULL
                    ? g_strdup (self->language)
                    : plx_detect_language (plx_article_get_text (self->articles[PLX_SIDE_A]));
  run->lexicon = plx_lexicon_new (run->language, error);
  if (run->lexicon == NULL)
    return FALSE;
  if (self->lexicon_file != NULL && !plx_lexicon_add_file (run->lexicon, self->lexicon_file, error))
    return FALSE;

  self->parties = plx_parties_new (error);
  if (self->parties == NULL ||
      (self->parties_file != NULL &&
       !plx_parties_add_file (self->parties, self->parties_file, error)) ||
      (self->parties_data != NULL &&
       !plx_parties_add_data (self->parties, self->parties_data, strlen (self->parties_data),
                              _("the session"), error)))
    return FALSE;

  return TRUE;
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

/* Words, their weights over both articles, and one bag per sentence. */
static void
tokenize_and_weigh (PlxComparison *self,
                    Run           *run)
{
  const PlxSentence *sentences[2];

  self->vocabulary = plx_vocabulary_new ();
  run->tokenizer = plx_tokenizer_new (run->lexicon, self->vocabulary);
  for (guint side = 0; side < 2; side++)
    {
      tokenize_article (self, side, run->tokenizer);
      run->n[side] = self->sentence_tokens[side]->len - 1;
      sentences[side] = plx_article_get_sentences (self->articles[side], NULL);
    }

  self->idf = plx_idf_new (plx_vocabulary_size (self->vocabulary));
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < run->n[side]; i++)
      {
        guint count;
        const PlxToken *tokens = plx_comparison_group_tokens (self, side, i, i + 1, &count);

        plx_idf_add_sentence (self->idf, tokens, count);
      }
  plx_idf_finish (self->idf);

  for (guint side = 0; side < 2; side++)
    {
      run->bags[side] = g_new0 (PlxBag, MAX (run->n[side], 1));
      for (guint i = 0; i < run->n[side]; i++)
        {
          guint count;
          const PlxToken *tokens = plx_comparison_group_tokens (self, side, i, i + 1, &count);

          plx_bag_init (&run->bags[side][i], tokens, count, self->idf);
          run->bags[side][i].heading = sentences[side][i].kind != PLX_SENTENCE_BODY;
        }
    }
}

/* Links besides the headlines that two articles must share for headlines
 * with a single word in common to be linked. */
#define TITLE_MIN_LINKS 3

/* Whether @article opens with a title (the segmenter makes at most its
 * first sentence one). */
static gboolean
has_title (PlxArticle *article)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  return n > 0 && sentences[0].kind == PLX_SENTENCE_TITLE;
}

/* Two articles on one story each open with their own words for it: their
 * headlines are counterparts when the articles look related (as
 * plx_comparison_looks_unrelated() tells from the other links) and the
 * headlines share two content words, or one and the articles three links,
 * however else they word it ("Mitt To Akin: Drop Out" and "Romney calls on
 * Rep. Akin to drop Senate bid over 'rape' comments"), unless a title is
 * linked already. */
static void
link_titles (PlxComparison *self,
             Run           *run)
{
  PlxMatch match;

  if (!has_title (self->articles[PLX_SIDE_A]) || !has_title (self->articles[PLX_SIDE_B]))
    return;
  for (guint k = 0; k < self->links->len; k++)
    {
      const PlxLink *link = &g_array_index (self->links, PlxLink, k);

      if (link->a_start == 0 || link->b_start == 0)
        return;
    }
  if (plx_comparison_get_similarity (self) < PLX_UNRELATED_SIMILARITY)
    return;

  match = plx_bag_match (&run->bags[PLX_SIDE_A][0], &run->bags[PLX_SIDE_B][0], self->vocabulary);
  /* One shared name links them only when the articles share more than a
   * sentence or two ("Obama arrives in Tokyo" is no "Obama pushes health
   * care law" for one boilerplate sentence both carry). */
  if (match.shared_terms >= 2 || (match.shared_terms == 1 && self->links->len >= TITLE_MIN_LINKS))
    {
      PlxLink link = { .a_start = 0, .a_end = 1, .b_start = 0, .b_end = 1,
                       .score = MAX (plx_link_score (&match), match.similarity),
                       .similarity = match.similarity, .cover_a = match.cover_a,
                       .cover_b = match.cover_b, .kind = PLX_LINK_PARTIAL };

      g_array_prepend_val (self->links, link);
    }
}

static void
align (PlxComparison *self,
       Run           *run)
{
  PlxAlignOptions options = PLX_ALIGN_OPTIONS_INIT;

  options.sensitivity = self->sensitivity;
  self->links = plx_align (run->bags[PLX_SIDE_A], run->n[PLX_SIDE_A], run->bags[PLX_SIDE_B],
                           run->n[PLX_SIDE_B], self->vocabulary, &options);
  link_titles (self, run);
}

/* The loaded words of each article, in every sentence, and the tag each
 * token takes from them. */
static void
find_marks (PlxComparison *self,
            Run           *run)
{
  self->lexicon = plx_lexicon_ref (run->lexicon);
  for (guint side = 0; side < 2; side++)
    {
      PlxSentenceTokens tokens = {
        (const PlxToken *) self->tokens[side]->data,
        (const guint *) self->sentence_tokens[side]->data,
      };
      GArray *marks;

      self->function_words[side] = plx_marks_function_words (
        run->lexicon, self->vocabulary, tokens.tokens, self->tokens[side]->len);
      marks = plx_marks_find (run->lexicon, self->vocabulary, self->articles[side], &tokens,
                              (const guint8 *) self->function_words[side]->data);
      self->mark_tags[side] = g_array_new (FALSE, TRUE, sizeof (guint8));
      g_array_set_size (self->mark_tags[side], self->tokens[side]->len);
      for (guint i = 0; i < marks->len; i++)
        {
          const PlxMark *mark = &g_array_index (marks, PlxMark, i);

          g_array_index (self->mark_tags[side], guint8, mark->token) |= mark->tags;
        }
      self->marks[side] = marks;
    }
}

/**
 * plx_comparison_diff_link:
 *
 * The word-level differences of @link as a reader sees them, after its
 * kind is set from the raw ones.
 *
 * Returns: (transfer full): a #PlxDiffEdit array
 */
GArray *
plx_comparison_diff_link (PlxComparison *self,
                          PlxLink       *link)
{
  guint n_a;
  guint n_b;
  const PlxToken *ta = plx_comparison_group_tokens (self, PLX_SIDE_A, link->a_start, link->a_end,
                                                    &n_a);
  const PlxToken *tb = plx_comparison_group_tokens (self, PLX_SIDE_B, link->b_start, link->b_end,
                                                    &n_b);
  gsize first_a = ta - (const PlxToken *) self->tokens[PLX_SIDE_A]->data;
  gsize first_b = tb - (const PlxToken *) self->tokens[PLX_SIDE_B]->data;
  g_autoptr(GArray) raw = plx_diff_tokens (ta, n_a, tb, n_b);
  PlxDiffSide a = { ta, n_a, &g_array_index (self->mark_tags[PLX_SIDE_A], guint8, first_a),
                    &g_array_index (self->function_words[PLX_SIDE_A], guint8, first_a) };
  PlxDiffSide b = { tb, n_b, &g_array_index (self->mark_tags[PLX_SIDE_B], guint8, first_b),
                    &g_array_index (self->function_words[PLX_SIDE_B], guint8, first_b) };

  link->kind = plx_link_classify (link, ta, n_a, tb, n_b, raw);

  return plx_diff_refine (raw, &a, &b, self->lexicon, self->vocabulary);
}

/* The word-level differences and the kind of each link. */
static void
diff_links (PlxComparison *self)
{
  self->diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint k = 0; k < self->links->len; k++)
    g_ptr_array_add (self->diffs,
                     plx_comparison_diff_link (self, &g_array_index (self->links, PlxLink, k)));
}

/* Claims, their parties, and how they fare in the other article. */
static void
find_claims (PlxComparison *self,
             Run           *run)
{
  g_autoptr(GHashTable) groups = plx_parties_dup_group_names (self->parties);
  g_autoptr(PlxClaimFinder) finder = plx_claim_finder_new (run->tokenizer, self->vocabulary,
                                                           run->language, groups);

  for (guint side = 0; side < 2; side++)
    {
      PlxSentenceTokens tokens = {
        (const PlxToken *) self->tokens[side]->data,
        (const guint *) self->sentence_tokens[side]->data,
      };

      self->claims[side] = plx_claim_finder_find (finder, self->articles[side], &tokens);
      plx_parties_assign (self->parties, self->articles[side], self->claims[side],
                          run->tokenizer, self->vocabulary, &tokens);
    }
  plx_parties_unify (self->parties, self->claims[0], self->claims[1]);
  /* What a person corrected in an earlier run of the same articles, and
   * the claims before it, from which plx_comparison_set_claim_edits()
   * makes them anew. */
  for (guint side = 0; side < 2; side++)
    self->claims_found[side] = plx_claims_copy (self->claims[side]);
  for (guint side = 0; side < 2; side++)
    plx_claim_edits_apply (self->claim_edits, side, self->articles[side], self->claims[side],
                           self->parties);
  plx_comparison_match_claims (self);
}

/**
 * plx_comparison_run:
 *
 * Runs the whole analysis. It reads the articles and writes only the
 * comparison's own results, so it may run in a worker thread while the
 * articles are shown; it emits no signal and notifies no property.
 *
 * Returns: %TRUE when the comparison is done, %FALSE with @error set
 */
gboolean
plx_comparison_run (PlxComparison *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_auto(Run) run = { NULL };
  gint64 start;
  gint64 phase;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  plx_comparison_clear_results (self);
  start = g_get_monotonic_time ();

  if (!load_word_lists (self, &run, error))
    goto fail;

  phase = g_get_monotonic_time ();
  tokenize_and_weigh (self, &run);
  find_marks (self, &run);
  self->timings.tokenize = g_get_monotonic_time () - phase;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;

  phase = g_get_monotonic_time ();
  align (self, &run);
  self->timings.align = g_get_monotonic_time () - phase;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;

  phase = g_get_monotonic_time ();
  self->done = TRUE;
  diff_links (self);
  self->timings.diff = g_get_monotonic_time () - phase;

  /* The claims are matched in the language they were found in. */
  self->used_language = g_strdup (run.language);
  phase = g_get_monotonic_time ();
  find_claims (self, &run);
  self->timings.claims = g_get_monotonic_time () - phase;
  self->timings.total = g_get_monotonic_time () - start;

  return TRUE;

fail:
  plx_comparison_clear_results (self);
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
