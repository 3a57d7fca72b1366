/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Key differences from words: what the word-level differences of each
 * link show (numbers and names replaced, negations and hedges on one side
 * only); the loaded words are in plx-key-differences-loaded.c. */

#include "config.h"

#include <string.h>

#include "plx-key-differences-private.h"

/* An edit of at most this many words on a side is a word or two swapped
 * ("will" / "may"); a longer one is other content, in which a tagged word
 * may be by chance. Longer edits are shown by their tagged words only. */
#define SHORT_EDIT_TOKENS 3
/* A link whose sides share fewer content words than this is too often two
 * different facts to read its differences. */
#define MIN_SHARED_WORDS 4
/* Names longer than this are phrases, not a name swapped for another. */
#define MAX_NAME_TOKENS   4

/* The tokens [start, end) an edit covers on one side. */
void
plx_key_edit_range (const PlxDiffEdit *edit,
                    PlxSide            side,
                    guint             *start,
                    guint             *end)
{
  *start = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
  *end = side == PLX_SIDE_A ? edit->a_end : edit->b_end;
}

guint
plx_key_link_first (const PlxLink *link,
                    PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_start : link->b_start;
}

guint
plx_key_link_end (const PlxLink *link,
                  PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_end : link->b_end;
}

/* Tokens [start, end) of one side of the link as a place. */
void
plx_key_place_set_tokens (PlxKeyPlace    *place,
                          const LinkView *view,
                          PlxSide         side,
                          guint           start,
                          guint           end)
{
  PlxArticle *article = plx_comparison_get_article (view->comparison, side);
  const PlxToken *tokens = view->tokens[side];
  guint sentence;
  gsize byte;

  if (start < end)
    {
      sentence = plx_key_sentence_at_byte (article, plx_key_link_first (view->link, side),
                                           plx_key_link_end (view->link, side),
                                           tokens[start].byte_start);
      plx_key_place_set_bytes (place, article, sentence, tokens[start].byte_start,
                               tokens[end - 1].byte_end);
      return;
    }

  /* Nothing on this side: an empty place where the other side's words
   * would be. */
  byte = start < view->n[side] ? tokens[start].byte_start
         : view->n[side] > 0   ? tokens[view->n[side] - 1].byte_end
                               : 0;
  sentence = plx_key_sentence_at_byte (article, plx_key_link_first (view->link, side),
                                       plx_key_link_end (view->link, side), byte);
  plx_key_place_set_bytes (place, article, sentence, byte, byte);
}

/* The other side of an edit: its words when they are few, else an empty
 * place at their start. */
static void
place_set_other (PlxKeyPlace       *place,
                 const LinkView    *view,
                 PlxSide            side,
                 const PlxDiffEdit *edit)
{
  guint start;
  guint end;

  plx_key_edit_range (edit, side, &start, &end);
  if (end - start > SHORT_EDIT_TOKENS)
    end = start;
  plx_key_place_set_tokens (place, view, side, start, end);
}

/* A hedge of one word that is not an adverb ("would", "believe",
 * "reports") hedges only in some uses; multi-word hedges ("as far as I
 * know") and hedging adverbs ("reportedly") always do. */
static gboolean
hedge_run_is_sure (const LinkView *view,
                   PlxSide         side,
                   guint           start,
                   guint           end)
{
  const PlxToken *token = &view->tokens[side][start];

  return end - start >= 2 ||
         (token->byte_end - token->byte_start > 2 &&
          strncmp (view->text[side] + token->byte_end - 2, "ly", 2) == 0);
}

/* The runs of tokens of [start, end) tagged @tag that count; the first is
 * returned in @first_start and @first_end. */
static guint
count_runs (const LinkView *view,
            PlxSide         side,
            PlxTag          tag,
            guint           start,
            guint           end,
            guint          *first_start,
            guint          *first_end)
{
  const PlxToken *tokens = view->tokens[side];
  guint n = 0;

  for (guint k = start; k < end;)
    {
      guint run_end = k;

      while (run_end < end && (tokens[run_end].tags & tag))
        run_end++;
      if (run_end == k)
        {
          k++;
          continue;
        }
      if (tag != PLX_TAG_HEDGE || hedge_run_is_sure (view, side, k, run_end))
        {
          if (n++ == 0 && first_start != NULL)
            {
              *first_start = k;
              *first_end = run_end;
            }
        }
      k = run_end;
    }
  return n;
}

static gboolean
edit_counts (const PlxDiffEdit *edit)
{
  return edit->op != PLX_DIFF_EQUAL && !edit->light;
}

/* Whether an edit that holds a negation or a hedge on one side adds or
 * takes it away rather than being other content around it. A word (a
 * negation, "reportedly") counts when the edit is that word and a word or
 * two ("did not") against a few words at most. A hedge of several words
 * is often cut with its clause ("as far as I know," dropped from a
 * quotation): it counts in any edit with nothing on the other side too. */
static gboolean
edit_is_one_sided (guint start,
                   guint end,
                   guint run_start,
                   guint run_end,
                   guint n_other)
{
  if ((end - start) <= (run_end - run_start) + 2 && n_other <= SHORT_EDIT_TOKENS)
    return TRUE;
  return run_end - run_start >= 2 && n_other == 0;
}

/* A negation or a hedge that one side of the link has more of: the first
 * edit that holds one on that side and none on the other, and adds or
 * takes it away. */
static void
add_one_sided_tag (GArray         *items,
                   const LinkView *view,
                   PlxTag          tag,
                   PlxKeyKind      kind)
{
  guint count_a = count_runs (view, PLX_SIDE_A, tag, 0, view->n[PLX_SIDE_A], NULL, NULL);
  guint count_b = count_runs (view, PLX_SIDE_B, tag, 0, view->n[PLX_SIDE_B], NULL, NULL);
  PlxSide side = count_a > count_b ? PLX_SIDE_A : PLX_SIDE_B;
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;

  if (count_a == count_b)
    return;

  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);
      guint start;
      guint end;
      guint other_start;
      guint other_end;
      guint run_start;
      guint run_end;
      PlxKeyDifference *item;

      if (!edit_counts (edit))
        continue;
      plx_key_edit_range (edit, side, &start, &end);
      plx_key_edit_range (edit, other, &other_start, &other_end);
      if (count_runs (view, side, tag, start, end, &run_start, &run_end) == 0 ||
          count_runs (view, other, tag, other_start, other_end, NULL, NULL) > 0 ||
          !edit_is_one_sided (start, end, run_start, run_end, other_end - other_start))
        continue;

      item = plx_key_differences_add_item (items, kind);
      plx_key_place_set_tokens (&item->place[side], view, side, run_start, run_end);
      place_set_other (&item->place[other], view, other, edit);
      return;
    }
}

static gboolean
group_has_norm (const LinkView *view,
                PlxSide         side,
                guint           norm)
{
  for (guint k = 0; k < view->n[side]; k++)
    if (view->tokens[side][k].norm == norm)
      return TRUE;
  return FALSE;
}

/* Whether tokens [start, end) hold a number that the other side of the
 * link does not have anywhere; the numbers' extent in @first and @last. */
static gboolean
has_new_number (const LinkView *view,
                PlxSide         side,
                guint           start,
                guint           end,
                guint          *first,
                guint          *last)
{
  gboolean found = FALSE;
  gboolean is_new = FALSE;

  for (guint k = start; k < end; k++)
    {
      const PlxToken *token = &view->tokens[side][k];

      if (!(token->flags & PLX_TOKEN_NUMBER))
        continue;
      if (!found)
        *first = k;
      *last = k + 1;
      found = TRUE;
      is_new |= !group_has_norm (view, side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A,
                                 token->norm);
    }
  return is_new;
}

/* A number replaced by another that the first side does not have either. */
static void
add_number_changes (GArray         *items,
                    const LinkView *view)
{
  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);
      guint first[2];
      guint last[2];
      PlxKeyDifference *item;

      if (!edit_counts (edit) || edit->op != PLX_DIFF_REPLACE ||
          !has_new_number (view, PLX_SIDE_A, edit->a_start, edit->a_end, &first[0], &last[0]) ||
          !has_new_number (view, PLX_SIDE_B, edit->b_start, edit->b_end, &first[1], &last[1]))
        continue;

      item = plx_key_differences_add_item (items, PLX_KEY_NUMBER_CHANGED);
      for (guint side = 0; side < 2; side++)
        {
          guint start;
          guint end;

          plx_key_edit_range (edit, side, &start, &end);
          if (end - start > SHORT_EDIT_TOKENS)
            {
              start = first[side];
              end = last[side];
            }
          plx_key_place_set_tokens (&item->place[side], view, side, start, end);
        }
    }
}

/* Every name and alias of every party, folded, to the party's id. */
static GHashTable *
dup_party_names (PlxComparison *comparison)
{
  PlxParties *parties = plx_comparison_get_parties (comparison);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; parties != NULL && i < plx_parties_get_n (parties); i++)
    {
      const PlxParty *party = plx_parties_get (parties, i);

      g_hash_table_insert (names, g_utf8_casefold (party->name, -1), party->id);
      for (guint k = 0; party->aliases != NULL && k < party->aliases->len; k++)
        g_hash_table_insert (names, g_utf8_casefold (g_ptr_array_index (party->aliases, k), -1),
                             party->id);
    }
  return names;
}

/* Whether every content word of tokens [start, end) is part of a name,
 * there are a few of them, and none is on the other side of the link. */
static gboolean
is_new_name (const LinkView *view,
             PlxSide         side,
             guint           start,
             guint           end)
{
  guint n = 0;

  for (guint k = start; k < end; k++)
    {
      const PlxToken *token = &view->tokens[side][k];

      if (token->flags & PLX_TOKEN_STOPWORD)
        continue;
      if (!(token->tags & PLX_TAG_NAME) ||
          group_has_norm (view, side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A, token->norm))
        return FALSE;
      n++;
    }
  return n > 0 && n <= MAX_NAME_TOKENS;
}

/* The parties the words of tokens [start, end) name, one by one. */
static void
collect_parties (const LinkView *view,
                 PlxSide         side,
                 guint           start,
                 guint           end,
                 GHashTable     *names,
                 GHashTable     *found)
{
  for (guint k = start; k < end; k++)
    {
      const PlxToken *token = &view->tokens[side][k];
      g_autofree char *word = g_utf8_casefold (view->text[side] + token->byte_start,
                                               token->byte_end - token->byte_start);
      const char *party = g_hash_table_lookup (names, word);

      if (party != NULL)
        g_hash_table_add (found, (gpointer) party);
    }
}

/* Two names for one party ("Russia" / "Moscow") are one referent. */
static gboolean
name_same_party (const LinkView    *view,
                 const PlxDiffEdit *edit,
                 GHashTable        *names)
{
  g_autoptr(GHashTable) found_a = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) found_b = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer party;

  collect_parties (view, PLX_SIDE_A, edit->a_start, edit->a_end, names, found_a);
  collect_parties (view, PLX_SIDE_B, edit->b_start, edit->b_end, names, found_b);
  g_hash_table_iter_init (&iter, found_a);
  while (g_hash_table_iter_next (&iter, &party, NULL))
    if (g_hash_table_contains (found_b, party))
      return TRUE;
  return FALSE;
}

/* The edit distance of two short strings, in characters. */
static guint
edit_distance (const char *a,
               const char *b)
{
  glong n_a;
  glong n_b;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &n_a);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &n_b);
  g_autofree guint *row = g_new (guint, n_b + 1);

  for (glong j = 0; j <= n_b; j++)
    row[j] = j;
  for (glong i = 1; i <= n_a; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= n_b; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (ua[i - 1] != ub[j - 1]));
          diagonal = above;
        }
    }
  return row[n_b];
}

/* "Zelensky" / "Zelenskyy", "Muammar" / "Moammar": one word spelt two
 * ways. */
gboolean
plx_key_words_are_variants (const char *a,
                            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  glong longest = MAX (g_utf8_strlen (fa, -1), g_utf8_strlen (fb, -1));

  return edit_distance (fa, fb) * 3 <= (guint) longest;
}

/* A name replaced by another: not two names of one party, not a spelling. */
static void
add_name_changes (GArray         *items,
                  const LinkView *view,
                  GHashTable     *names)
{
  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);
      PlxKeyDifference *item;

      if (!edit_counts (edit) || edit->op != PLX_DIFF_REPLACE ||
          !is_new_name (view, PLX_SIDE_A, edit->a_start, edit->a_end) ||
          !is_new_name (view, PLX_SIDE_B, edit->b_start, edit->b_end) ||
          name_same_party (view, edit, names))
        continue;

      item = plx_key_differences_add_item (items, PLX_KEY_NAME_CHANGED);
      plx_key_place_set_tokens (&item->place[PLX_SIDE_A], view, PLX_SIDE_A, edit->a_start, edit->a_end);
      plx_key_place_set_tokens (&item->place[PLX_SIDE_B], view, PLX_SIDE_B, edit->b_start, edit->b_end);
      if (plx_key_words_are_variants (item->place[PLX_SIDE_A].words,
                                      item->place[PLX_SIDE_B].words))
        g_array_set_size (items, items->len - 1);
    }
}

/* The content words the two sides of a link have in common, as the diff
 * aligns them. */
static guint
shared_words (const LinkView *view)
{
  guint shared = 0;

  for (guint e = 0; e < view->diff->len; e++)
    {
      const PlxDiffEdit *edit = &g_array_index (view->diff, PlxDiffEdit, e);

      if (edit->op != PLX_DIFF_EQUAL && !edit->light)
        continue;
      for (guint k = edit->a_start; k < edit->a_end; k++)
        shared += !(view->tokens[PLX_SIDE_A][k].flags & PLX_TOKEN_STOPWORD);
    }
  return shared;
}

/* Headlines are often written in title case ("Same-Sex Marriage"), where
 * capitals do not tell names. */
static gboolean
link_has_heading (const LinkView *view)
{
  for (guint side = 0; side < 2; side++)
    {
      PlxArticle *article = plx_comparison_get_article (view->comparison, side);
      const PlxSentence *sentences = plx_article_get_sentences (article, NULL);

      for (guint i = plx_key_link_first (view->link, side); i < plx_key_link_end (view->link, side); i++)
        if (sentences[i].kind != PLX_SENTENCE_BODY)
          return TRUE;
    }
  return FALSE;
}

/**
 * plx_key_differences_add_edits:
 *
 * Adds what the word-level differences of each link show: numbers and
 * names replaced, negations and hedges on one side only. Light edits
 * (the same word in another form) never count.
 */
void
plx_key_differences_add_edits (GArray        *items,
                               PlxComparison *comparison)
{
  g_autoptr(GHashTable) names = NULL;

  g_return_if_fail (items != NULL);
  g_return_if_fail (plx_comparison_is_done (comparison));

  names = dup_party_names (comparison);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      LinkView view = { comparison, plx_comparison_get_link (comparison, k),
                        plx_comparison_get_link_diff (comparison, k) };

      for (guint side = 0; side < 2; side++)
        {
          view.tokens[side] = plx_comparison_get_tokens (comparison, side,
                                                         plx_key_link_first (view.link, side),
                                                         plx_key_link_end (view.link, side),
                                                         &view.n[side]);
          view.text[side] = plx_article_get_text (plx_comparison_get_article (comparison, side));
        }

      /* What differs in a wrong link is not a difference: links off the
       * order-preserving path, and links that share only a word or two,
       * are the likeliest to be wrong; in a partial link (one sentence
       * says more than the other) a word one side lacks is more often
       * part of what it leaves out than a change (hand check on held-out
       * articles: all the negation, hedge and loaded-word items of
       * partial links were wrong). */
      if (view.link->moved || view.link->kind == PLX_LINK_PARTIAL ||
          shared_words (&view) < MIN_SHARED_WORDS)
        continue;
      add_number_changes (items, &view);
      add_one_sided_tag (items, &view, PLX_TAG_NEGATION, PLX_KEY_NEGATION);
      add_one_sided_tag (items, &view, PLX_TAG_HEDGE, PLX_KEY_HEDGE);
      if (!link_has_heading (&view))
        add_name_changes (items, &view, names);
    }
}
