/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Whether the other article tells a claim's fact after all. A claim whose
 * sentence has no link is listed as one only one article makes; but the
 * aligner leaves some counterparts unlinked ("he resigned, citing his
 * health and the federal investigation" against "resigned amid a federal
 * investigation and his treatment"), and a reader told "only in A" about
 * something B says stops trusting the list. So before it is listed, the
 * claim's content words are looked up in an index of the other article's
 * sentences: when one sentence there holds most of them, the claim is
 * left out. The index maps each word (by stem) to the sentences holding
 * it, so each claim costs the sentences its own words occur in, never all
 * of them. */

#include "config.h"

#include "plx-key-differences-private.h"

/* A claim of fewer content words is too short to tell it was told, and
 * a sentence must hold at least this many of them. */
#define MIN_CONTENT_WORDS 3
/* The share of its content words one sentence of the other article must
 * hold. */
#define TOLD_SHARE 0.5
/* Words in more sentences than this share of the article (at least
 * COMMON_MIN, at most COMMON_MAX sentences) say nothing of which sentence
 * tells the claim; the cap also bounds what one claim costs, however long
 * the article ("said" in thousands of sentences of a book-length text). */
#define COMMON_SHARE 0.2
#define COMMON_MIN 10
#define COMMON_MAX 64

struct _PlxToldIndex
{
  GHashTable *sentences; /* stem -> GArray of guint sentence indices, ascending */
  guint       common;    /* more sentences than this: a common word */
};

static void
add_sentence (GHashTable     *index,
              const PlxToken *tokens,
              guint           n,
              guint           sentence)
{
  for (guint k = 0; k < n; k++)
    {
      GArray *list;

      if (tokens[k].flags & PLX_TOKEN_STOPWORD)
        continue;
      list = g_hash_table_lookup (index, GUINT_TO_POINTER (tokens[k].stem));
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (index, GUINT_TO_POINTER (tokens[k].stem), list);
        }
      /* Once per sentence. */
      if (list->len == 0 || g_array_index (list, guint, list->len - 1) != sentence)
        g_array_append_val (list, sentence);
    }
}

/* The index of the sentences of article @side. */
PlxToldIndex *
plx_told_index_new (PlxComparison *comparison,
                    PlxSide        side)
{
  PlxToldIndex *self = g_new0 (PlxToldIndex, 1);
  guint n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));

  self->sentences = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->common = CLAMP ((guint) (COMMON_SHARE * n), COMMON_MIN, COMMON_MAX);
  for (guint i = 0; i < n; i++)
    {
      guint n_tokens;
      const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, i, i + 1, &n_tokens);

      add_sentence (self->sentences, tokens, n_tokens, i);
    }

  return self;
}

void
plx_told_index_free (PlxToldIndex *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->sentences);
  g_free (self);
}

/* Whether one sentence of the article @self indexes holds most content
 * words of @claim, a claim of article @side of @comparison. */
gboolean
plx_told_index_tells (PlxToldIndex   *self,
                      PlxComparison  *comparison,
                      PlxSide         side,
                      const PlxClaim *claim)
{
  g_autoptr(GHashTable) stems = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  guint n;
  guint best = 0;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, claim->sentence,
                                                      claim->sentence + 1, &n);

  for (guint k = 0; k < n; k++)
    if (tokens[k].byte_start >= claim->content_byte_start &&
        tokens[k].byte_end <= claim->content_byte_end &&
        !(tokens[k].flags & PLX_TOKEN_STOPWORD))
      g_hash_table_add (stems, GUINT_TO_POINTER (tokens[k].stem));
  if (g_hash_table_size (stems) < MIN_CONTENT_WORDS)
    return FALSE;

  g_hash_table_iter_init (&iter, stems);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GArray *list = g_hash_table_lookup (self->sentences, key);

      if (list == NULL || list->len > self->common)
        continue;
      for (guint i = 0; i < list->len; i++)
        {
          gpointer sentence = GUINT_TO_POINTER (g_array_index (list, guint, i));
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sentence)) + 1;

          g_hash_table_insert (counts, sentence, GUINT_TO_POINTER (count));
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    best = MAX (best, GPOINTER_TO_UINT (value));

  return best >= MAX (MIN_CONTENT_WORDS, TOLD_SHARE * g_hash_table_size (stems));
}
