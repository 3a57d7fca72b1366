/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The sentences that no comparison with the pivot linked: a fact the pivot
 * leaves out may still be told by several of the other articles. They are
 * tokenized once with one vocabulary and weighed together, and those of
 * each two articles are aligned with the same aligner as a comparison —
 * only on what is left over, so the cost stays below that of comparing
 * every two articles in full. */

#include "config.h"

#include <string.h>

#include "plx-collation-private.h"
#include "plx-classifier.h"
#include "plx-marks.h"

static void
tokenize_leftovers (PlxLeftovers *leftovers,
                    PlxTokenizer *tokenizer,
                    PlxArticle   *article,
                    guint         k,
                    const guint8 *linked)
{
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    {
      if (linked[i])
        continue;
      g_array_append_val (indices, i);
      g_array_append_val (starts, tokens->len);
      plx_tokenizer_tokenize (tokenizer, text, sentences[i].byte_start, sentences[i].byte_end,
                              tokens);
    }
  g_array_append_val (starts, tokens->len);

  leftovers->sentences[k] = indices;
  leftovers->tokens[k] = tokens;
  leftovers->starts[k] = starts;
  leftovers->marks[k] = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_array_set_size (leftovers->marks[k], tokens->len);
  leftovers->function_words[k] = plx_marks_function_words (
    leftovers->lexicon, leftovers->vocabulary, (const PlxToken *) tokens->data, tokens->len);
}

static PlxBag *
make_bags (PlxLeftovers      *leftovers,
           guint              k,
           const PlxSentence *sentences)
{
  guint n = leftovers->sentences[k]->len;
  PlxBag *bags = g_new0 (PlxBag, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      guint count;
      const PlxToken *tokens = plx_leftovers_tokens (leftovers, k, i, i + 1, &count);

      plx_bag_init (&bags[i], tokens, count, leftovers->idf);
      bags[i].heading = sentences[g_array_index (leftovers->sentences[k], guint, i)].kind !=
                        PLX_SENTENCE_BODY;
    }

  return bags;
}

static void
free_bags (PlxBag *bags,
           guint   n)
{
  for (guint i = 0; bags != NULL && i < n; i++)
    plx_bag_clear (&bags[i]);
  g_free (bags);
}

/* Each two articles other than the pivot, on what both have left over. */
static void
align_leftovers (PlxLeftovers *leftovers,
                 PlxCollation *self,
                 PlxBag      **bags)
{
  PlxAlignOptions options = PLX_ALIGN_OPTIONS_INIT;

  options.sensitivity = self->sensitivity;
  leftovers->links = g_array_new (FALSE, FALSE, sizeof (PlxLeftoverLink));
  for (guint j = 0; j < self->n_articles; j++)
    for (guint k = j + 1; k < self->n_articles; k++)
      {
        g_autoptr(GArray) links = NULL;

        if (j == self->pivot || k == self->pivot || leftovers->sentences[j]->len == 0 ||
            leftovers->sentences[k]->len == 0)
          continue;
        links = plx_align (bags[j], leftovers->sentences[j]->len, bags[k],
                           leftovers->sentences[k]->len, leftovers->vocabulary, &options);
        for (guint i = 0; i < links->len; i++)
          {
            PlxLeftoverLink link = { j, k, g_array_index (links, PlxLink, i) };

            g_array_append_val (leftovers->links, link);
          }
      }
}

/**
 * plx_leftovers_new:
 * @linked_offsets: where each article's sentences start in @linked
 * @linked: whether each sentence of each article was linked to the pivot
 *
 * Tokenizes and aligns what the comparisons with the pivot left unlinked.
 */
PlxLeftovers *
plx_leftovers_new (PlxCollation *self,
                   const guint  *linked_offsets,
                   const guint8 *linked)
{
  PlxLeftovers *leftovers = g_new0 (PlxLeftovers, 1);
  g_autoptr(PlxTokenizer) tokenizer = NULL;
  PlxBag *bags[PLX_COLLATION_MAX_ARTICLES] = { NULL };
  PlxComparison *first = self->comparisons[self->pivot == 0 ? 1 : 0];

  leftovers->lexicon = plx_lexicon_ref (first->lexicon);
  leftovers->vocabulary = plx_vocabulary_new ();
  tokenizer = plx_tokenizer_new (leftovers->lexicon, leftovers->vocabulary);
  for (guint k = 0; k < self->n_articles; k++)
    {
      static const guint8 all_linked[1] = { 1 };
      guint n = plx_article_get_n_sentences (self->articles[k]);
      g_autofree guint8 *everything = k == self->pivot ? g_malloc0 (MAX (n, 1)) : NULL;

      if (everything != NULL)
        memset (everything, 1, n);
      tokenize_leftovers (leftovers, tokenizer, self->articles[k], k,
                          everything != NULL ? everything
                          : n > 0 ? linked + linked_offsets[k] : all_linked);
    }

  leftovers->idf = plx_idf_new (plx_vocabulary_size (leftovers->vocabulary));
  for (guint k = 0; k < self->n_articles; k++)
    for (guint i = 0; i < leftovers->sentences[k]->len; i++)
      {
        guint count;
        const PlxToken *tokens = plx_leftovers_tokens (leftovers, k, i, i + 1, &count);

        plx_idf_add_sentence (leftovers->idf, tokens, count);
      }
  plx_idf_finish (leftovers->idf);

  for (guint k = 0; k < self->n_articles; k++)
    bags[k] = make_bags (leftovers, k, plx_article_get_sentences (self->articles[k], NULL));
  align_leftovers (leftovers, self, bags);
  for (guint k = 0; k < self->n_articles; k++)
    free_bags (bags[k], leftovers->sentences[k]->len);

  return leftovers;
}

void
plx_leftovers_free (PlxLeftovers *leftovers)
{
  for (guint k = 0; k < PLX_COLLATION_MAX_ARTICLES; k++)
    {
      g_clear_pointer (&leftovers->sentences[k], g_array_unref);
      g_clear_pointer (&leftovers->tokens[k], g_array_unref);
      g_clear_pointer (&leftovers->starts[k], g_array_unref);
      g_clear_pointer (&leftovers->marks[k], g_array_unref);
      g_clear_pointer (&leftovers->function_words[k], g_array_unref);
    }
  g_clear_pointer (&leftovers->links, g_array_unref);
  g_clear_pointer (&leftovers->idf, plx_idf_free);
  g_clear_pointer (&leftovers->vocabulary, plx_vocabulary_free);
  g_clear_pointer (&leftovers->lexicon, plx_lexicon_unref);
  g_free (leftovers);
}

/* The leftover number of @sentence of @article, or -1 when it was linked
 * to the pivot. */
int
plx_leftovers_find (PlxLeftovers *leftovers,
                    guint         article,
                    guint         sentence)
{
  GArray *sentences = leftovers->sentences[article];
  guint low = 0;
  guint high = sentences->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      guint value = g_array_index (sentences, guint, middle);

      if (value == sentence)
        return middle;
      if (value < sentence)
        low = middle + 1;
      else
        high = middle;
    }

  return -1;
}

/* The tokens of leftovers @first up to @end (exclusive) of @article. */
const PlxToken *
plx_leftovers_tokens (PlxLeftovers *leftovers,
                      guint         article,
                      guint         first,
                      guint         end,
                      guint        *n_tokens)
{
  GArray *starts = leftovers->starts[article];
  guint from = g_array_index (starts, guint, first);

  *n_tokens = g_array_index (starts, guint, end) - from;

  return &g_array_index (leftovers->tokens[article], PlxToken, from);
}

/* How two groups of leftovers overlap, as the aligner would score them. */
static void
score_groups (PlxLeftovers   *leftovers,
              const PlxToken *ta,
              guint           n_a,
              const PlxToken *tb,
              guint           n_b,
              PlxLink        *link)
{
  PlxBag a;
  PlxBag b;
  PlxMatch match;

  plx_bag_init (&a, ta, n_a, leftovers->idf);
  plx_bag_init (&b, tb, n_b, leftovers->idf);
  match = plx_bag_match (&a, &b, leftovers->vocabulary);
  link->similarity = match.similarity;
  link->cover_a = match.cover_a;
  link->cover_b = match.cover_b;
  link->score = plx_link_score (&match);
  plx_bag_clear (&a);
  plx_bag_clear (&b);
}

/**
 * plx_leftovers_diff:
 * @kind: (out): how much the two groups share
 * @score: (out): how strongly they belong together
 *
 * The word-level differences between leftovers @first_a up to @end_a of
 * @article_a and @first_b up to @end_b of @article_b, tagged as in a
 * comparison (without loaded words, which only a comparison looks for).
 *
 * Returns: (transfer full): a #PlxDiffEdit array
 */
GArray *
plx_leftovers_diff (PlxLeftovers *leftovers,
                    guint         article_a,
                    guint         first_a,
                    guint         end_a,
                    guint         article_b,
                    guint         first_b,
                    guint         end_b,
                    PlxLinkKind  *kind,
                    double       *score)
{
  guint n_a;
  guint n_b;
  const PlxToken *ta = plx_leftovers_tokens (leftovers, article_a, first_a, end_a, &n_a);
  const PlxToken *tb = plx_leftovers_tokens (leftovers, article_b, first_b, end_b, &n_b);
  gsize from_a = ta - (const PlxToken *) leftovers->tokens[article_a]->data;
  gsize from_b = tb - (const PlxToken *) leftovers->tokens[article_b]->data;
  g_autoptr(GArray) raw = plx_diff_tokens (ta, n_a, tb, n_b);
  PlxDiffSide a = { ta, n_a, &g_array_index (leftovers->marks[article_a], guint8, from_a),
                    &g_array_index (leftovers->function_words[article_a], guint8, from_a) };
  PlxDiffSide b = { tb, n_b, &g_array_index (leftovers->marks[article_b], guint8, from_b),
                    &g_array_index (leftovers->function_words[article_b], guint8, from_b) };
  PlxLink link = { first_a, end_a, first_b, end_b };

  score_groups (leftovers, ta, n_a, tb, n_b, &link);
  *kind = plx_link_classify (&link, ta, n_a, tb, n_b, raw);
  *score = link.score;

  return plx_diff_refine (raw, &a, &b, leftovers->lexicon, leftovers->vocabulary);
}
