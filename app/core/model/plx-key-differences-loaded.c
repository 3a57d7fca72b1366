/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Key differences: loaded words one article uses and the other does not. */

#include "config.h"

#include <string.h>

#include "plx-key-differences-private.h"

/* Which stems (vocabulary ids) the words of one article have: a byte per
 * word of the vocabulary, which is cheaper than a hash of every word. */
static guint8 *
dup_stems (PlxComparison *comparison,
           PlxSide        side)
{
  guint n_sentences = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, 0, n_sentences, &n);
  guint n_words = plx_vocabulary_size (plx_comparison_get_vocabulary (comparison));
  guint8 *stems = g_new0 (guint8, n_words + 1);

  for (guint k = 0; k < n; k++)
    stems[tokens[k].stem] = 1;
  return stems;
}

/* For each sentence of @side, the first link that holds it, or -1. */
static int *
dup_link_of (PlxComparison *comparison,
             PlxSide        side)
{
  guint n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  int *link_of = g_new (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    link_of[i] = -1;
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      for (guint i = plx_key_link_first (link, side); i < plx_key_link_end (link, side); i++)
        if (link_of[i] < 0)
          link_of[i] = k;
    }
  return link_of;
}

/* The stems of the words of a place, as a key: one loaded word in its
 * forms ("extremist", "extremists") is listed once. */
static char *
stems_key (PlxComparison     *comparison,
           PlxSide            side,
           const PlxKeyPlace *place)
{
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, place->sentence,
                                                      place->sentence + 1, &n);
  GString *key = g_string_new (NULL);

  for (guint k = 0; k < n; k++)
    if (tokens[k].byte_start >= place->byte_start && tokens[k].byte_end <= place->byte_end)
      g_string_append_printf (key, "%u ", tokens[k].stem);
  return g_string_free (key, FALSE);
}

/* Whether no word of the place is in the other article, in any form. */
static gboolean
words_only_here (PlxComparison     *comparison,
                 PlxSide            side,
                 const PlxKeyPlace *place,
                 const guint8      *other_stems)
{
  guint n;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, place->sentence,
                                                      place->sentence + 1, &n);
  guint words = 0;

  for (guint k = 0; k < n; k++)
    {
      if (tokens[k].byte_start < place->byte_start || tokens[k].byte_end > place->byte_end ||
          (tokens[k].flags & PLX_TOKEN_STOPWORD))
        continue;
      if (other_stems[tokens[k].stem])
        return FALSE;
      words++;
    }
  return words > 0;
}

/* A loaded word is a choice of words when the other article says the same
 * with at most this many words of its own there. */
#define MAX_CHOICE_WORDS 4

/* A run of differences between two stretches of equal words: edits
 * [first, end) of a diff and the tokens each side has in them. */
typedef struct
{
  guint first;
  guint end;
  guint from[2];
  guint to[2];
} DiffRun;

/* The next run from edit @e on, %FALSE after the last. */
static gboolean
next_run (GArray  *diff,
          guint    e,
          DiffRun *run)
{
  while (e < diff->len && g_array_index (diff, PlxDiffEdit, e).op == PLX_DIFF_EQUAL)
    e++;
  if (e >= diff->len)
    return FALSE;
  *run = (DiffRun) { e, e, { G_MAXUINT, G_MAXUINT }, { 0, 0 } };
  for (; run->end < diff->len; run->end++)
    {
      const PlxDiffEdit *edit = &g_array_index (diff, PlxDiffEdit, run->end);

      if (edit->op == PLX_DIFF_EQUAL)
        break;
      for (guint s = 0; s < 2; s++)
        {
          guint from, to;

          plx_key_edit_range (edit, s, &from, &to);
          if (from < to)
            {
              run->from[s] = MIN (run->from[s], from);
              run->to[s] = MAX (run->to[s], to);
            }
        }
    }
  return TRUE;
}

/* Whether a run is a choice of words: both articles say something there,
 * a few words each, not a clause only one article has. */
static gboolean
run_is_choice (const DiffRun *run)
{
  for (guint s = 0; s < 2; s++)
    if (run->from[s] >= run->to[s] || run->to[s] - run->from[s] > MAX_CHOICE_WORDS)
      return FALSE;
  return TRUE;
}

/* The words the other article has in place of the word of @side at
 * @byte, when a choice of words of link @k holds it: @other becomes their
 * place. */
static gboolean
place_set_choice (PlxComparison *comparison,
                  PlxSide        side,
                  guint          k,
                  gsize          byte,
                  PlxKeyPlace   *other)
{
  PlxSide other_side = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  LinkView view = { comparison, plx_comparison_get_link (comparison, k),
                    plx_comparison_get_link_diff (comparison, k) };

  if (view.link->moved || view.link->kind == PLX_LINK_PARTIAL)
    return FALSE;
  for (guint s = 0; s < 2; s++)
    view.tokens[s] = plx_comparison_get_tokens (comparison, s, plx_key_link_first (view.link, s),
                                                plx_key_link_end (view.link, s), &view.n[s]);
  for (DiffRun run = { 0 }; next_run (view.diff, run.end, &run);)
    {
      if (!run_is_choice (&run) || byte < view.tokens[side][run.from[side]].byte_start ||
          byte >= view.tokens[side][run.to[side] - 1].byte_end)
        continue;
      plx_key_place_set_tokens (other, &view, other_side, run.from[other_side],
                                run.to[other_side]);
      return TRUE;
    }
  return FALSE;
}

static gboolean
places_overlap (const PlxKeyPlace *a,
                const PlxKeyPlace *b)
{
  return a->sentence == b->sentence && a->byte_start < b->byte_end &&
         b->byte_start < a->byte_end;
}

/* Whether a loaded-word item already holds this choice of words. */
static gboolean
choice_listed (GArray            *items,
               PlxSide            side,
               const PlxKeyPlace *place,
               const PlxKeyPlace *choice)
{
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;

  for (guint i = 0; i < items->len; i++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, i);

      if (item->kind == PLX_KEY_LOADED_WORD && places_overlap (&item->place[side], place) &&
          places_overlap (&item->place[other], choice))
        return TRUE;
    }
  return FALSE;
}

static void
add_loaded_side (GArray        *items,
                 PlxComparison *comparison,
                 PlxSide        side,
                 const PlxSpan *loaded,
                 guint          n_loaded)
{
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  PlxArticle *other_article = plx_comparison_get_article (comparison, other);
  g_autofree guint8 *other_stems = dup_stems (comparison, other);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree int *link_of = dup_link_of (comparison, side);

  for (guint i = 0; i < n_loaded; i++)
    {
      int sentence = plx_key_sentence_at_char (article, loaded[i].start);
      PlxKeyPlace place = { -1 };
      PlxKeyPlace choice = { -1 };
      PlxKeyDifference *item;

      if (sentence < 0 || plx_key_span_is_empty (loaded[i]))
        continue;
      plx_key_place_set_chars (&place, article, sentence, loaded[i]);
      /* The set owns the key either way: a key seen before replaces the
       * old one. */
      if (!words_only_here (comparison, side, &place, other_stems) ||
          !g_hash_table_add (seen, stems_key (comparison, side, &place)))
        {
          g_free (place.words);
          continue;
        }

      if (link_of[sentence] >= 0 &&
          place_set_choice (comparison, side, link_of[sentence], place.byte_start, &choice))
        {
          /* Loaded words on both sides of one choice are one item. */
          if (!choice_listed (items, side, &place, &choice))
            {
              item = plx_key_differences_add_item (items, PLX_KEY_LOADED_WORD);
              item->place[side] = place;
              item->place[other] = choice;
            }
          else
            {
              g_free (place.words);
              g_free (choice.words);
            }
          choice = (PlxKeyPlace) { -1 };
          continue;
        }
      item = plx_key_differences_add_item (items, PLX_KEY_LOADED_WORD);
      item->place[side] = place;
      if (link_of[sentence] >= 0)
        {
          guint counterpart = plx_key_link_first (
            plx_comparison_get_link (comparison, link_of[sentence]), other);
          const PlxSentence *s = &plx_article_get_sentences (other_article, NULL)[counterpart];

          plx_key_place_set_bytes (&item->place[other], other_article, counterpart,
                                   s->byte_start, s->byte_start);
        }
    }
}

/**
 * plx_key_differences_add_loaded:
 * @loaded_a: (array length=n_loaded_a): the loaded words of article A, in
 *   characters of its text, in order
 * @loaded_b: (array length=n_loaded_b): those of article B
 *
 * Adds the loaded words that one article uses and the other does not, in
 * no form: each word once per article, where it first occurs, with the
 * place of its sentence's counterpart in the other article when it has one.
 */
void
plx_key_differences_add_loaded (GArray        *items,
                                PlxComparison *comparison,
                                const PlxSpan *loaded_a,
                                guint          n_loaded_a,
                                const PlxSpan *loaded_b,
                                guint          n_loaded_b)
{
  g_return_if_fail (items != NULL);
  g_return_if_fail (plx_comparison_is_done (comparison));

  add_loaded_side (items, comparison, PLX_SIDE_A, loaded_a, n_loaded_a);
  add_loaded_side (items, comparison, PLX_SIDE_B, loaded_b, n_loaded_b);
}

/* Which tokens of @side are painted in a choice of words of a link: a
 * byte per token of the article. */
static guint8 *
dup_painted (PlxComparison *comparison,
             PlxSide        side)
{
  guint n_sentences;
  guint n_tokens;
  const PlxToken *all;
  guint8 *painted;

  plx_article_get_sentences (plx_comparison_get_article (comparison, side), &n_sentences);
  all = plx_comparison_get_tokens (comparison, side, 0, n_sentences, &n_tokens);
  painted = g_new0 (guint8, n_tokens + 1);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      GArray *diff = plx_comparison_get_link_diff (comparison, k);
      guint n;
      gsize offset = plx_comparison_get_tokens (comparison, side, plx_key_link_first (link, side),
                                                plx_key_link_end (link, side), &n) - all;

      if (link->moved || link->kind == PLX_LINK_PARTIAL)
        continue;
      for (DiffRun run = { 0 }; next_run (diff, run.end, &run);)
        {
          if (!run_is_choice (&run))
            continue;
          for (guint e = run.first; e < run.end; e++)
            {
              const PlxDiffEdit *edit = &g_array_index (diff, PlxDiffEdit, e);
              guint from, to;

              plx_key_edit_range (edit, side, &from, &to);
              for (guint t = from; t < to && !edit->light && offset + t < n_tokens; t++)
                painted[offset + t] = TRUE;
            }
        }
    }
  return painted;
}

/* The article's loaded words that are a choice of words, as spans in
 * characters, in order: a loaded word where the other article words the
 * same thing otherwise ("clings to" / "insists on"). One in a clause or a
 * sentence only one article has is marked in the panes, but is no key
 * difference: more often it is a detail one article adds than a slant. */
GArray *
plx_key_differences_dup_loaded_spans (PlxComparison *comparison,
                                      PlxSide        side)
{
  guint n_marks;
  const PlxMark *marks = plx_comparison_get_marks (comparison, side, &n_marks);
  g_autofree guint8 *painted = dup_painted (comparison, side);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));

  for (guint i = 0; i < n_marks; i++)
    if ((marks[i].tags & PLX_TAG_LOADED) && painted[marks[i].token])
      {
        PlxSpan span = { marks[i].start, marks[i].end };

        g_array_append_val (spans, span);
      }
  return spans;
}
