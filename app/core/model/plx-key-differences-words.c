/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Key differences from words: what the word-level differences of each
 * link show (numbers and names replaced, negations and hedges on one side
 * only) and the loaded words one article uses and the other does not. */

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

/* One link and its tokens on both sides. */
typedef struct
{
  PlxComparison  *comparison;
  const PlxLink  *link;
  GArray         *diff;
  const PlxToken *tokens[2];
  guint           n[2];
  const char     *text[2];
} LinkView;

static void
edit_range (const PlxDiffEdit *edit,
            PlxSide            side,
            guint             *start,
            guint             *end)
{
  *start = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
  *end = side == PLX_SIDE_A ? edit->a_end : edit->b_end;
}

static guint
link_first (const PlxLink *link,
            PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_start : link->b_start;
}

static guint
link_end (const PlxLink *link,
          PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_end : link->b_end;
}

/* Tokens [start, end) of one side of the link as a place. */
static void
place_set_tokens (PlxKeyPlace    *place,
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
      sentence = plx_key_sentence_at_byte (article, link_first (view->link, side),
                                           link_end (view->link, side), tokens[start].byte_start);
      plx_key_place_set_bytes (place, article, sentence, tokens[start].byte_start,
                               tokens[end - 1].byte_end);
      return;
    }

  /* Nothing on this side: an empty place where the other side's words
   * would be. */
  byte = start < view->n[side] ? tokens[start].byte_start
         : view->n[side] > 0   ? tokens[view->n[side] - 1].byte_end
                               : 0;
  sentence = plx_key_sentence_at_byte (article, link_first (view->link, side),
                                       link_end (view->link, side), byte);
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

  edit_range (edit, side, &start, &end);
  if (end - start > SHORT_EDIT_TOKENS)
    end = start;
  place_set_tokens (place, view, side, start, end);
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
      edit_range (edit, side, &start, &end);
      edit_range (edit, other, &other_start, &other_end);
      if (count_runs (view, side, tag, start, end, &run_start, &run_end) == 0 ||
          count_runs (view, other, tag, other_start, other_end, NULL, NULL) > 0 ||
          !edit_is_one_sided (start, end, run_start, run_end, other_end - other_start))
        continue;

      item = plx_key_differences_add_item (items, kind);
      place_set_tokens (&item->place[side], view, side, run_start, run_end);
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

          edit_range (edit, side, &start, &end);
          if (end - start > SHORT_EDIT_TOKENS)
            {
              start = first[side];
              end = last[side];
            }
          place_set_tokens (&item->place[side], view, side, start, end);
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
      place_set_tokens (&item->place[PLX_SIDE_A], view, PLX_SIDE_A, edit->a_start, edit->a_end);
      place_set_tokens (&item->place[PLX_SIDE_B], view, PLX_SIDE_B, edit->b_start, edit->b_end);
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

      for (guint i = link_first (view->link, side); i < link_end (view->link, side); i++)
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
                                                         link_first (view.link, side),
                                                         link_end (view.link, side),
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

/* Loaded words */

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

/* For each sentence of @side, the first sentence of the other article it
 * is linked to, or -1. */
static int *
dup_counterparts (PlxComparison *comparison,
                  PlxSide        side)
{
  guint n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  int *counterparts = g_new (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    counterparts[i] = -1;
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;

      for (guint i = link_first (link, side); i < link_end (link, side); i++)
        if (counterparts[i] < 0)
          counterparts[i] = link_first (link, other);
    }
  return counterparts;
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

          edit_range (edit, s, &from, &to);
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
 * @byte, when a choice of words of a link holds it: @other becomes their
 * place. */
static gboolean
place_set_choice (PlxComparison *comparison,
                  PlxSide        side,
                  gsize          byte,
                  PlxKeyPlace   *other)
{
  PlxSide other_side = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      LinkView view = { comparison, plx_comparison_get_link (comparison, k),
                        plx_comparison_get_link_diff (comparison, k) };

      if (view.link->moved || view.link->kind == PLX_LINK_PARTIAL)
        continue;
      for (guint s = 0; s < 2; s++)
        view.tokens[s] = plx_comparison_get_tokens (comparison, s, link_first (view.link, s),
                                                    link_end (view.link, s), &view.n[s]);
      if (view.n[side] == 0 || byte < view.tokens[side][0].byte_start ||
          byte >= view.tokens[side][view.n[side] - 1].byte_end)
        continue;
      for (DiffRun run = { 0 }; next_run (view.diff, run.end, &run);)
        {
          if (!run_is_choice (&run) || byte < view.tokens[side][run.from[side]].byte_start ||
              byte >= view.tokens[side][run.to[side] - 1].byte_end)
            continue;
          place_set_tokens (other, &view, other_side, run.from[other_side], run.to[other_side]);
          return TRUE;
        }
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
  g_autofree int *counterparts = dup_counterparts (comparison, side);

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

      if (place_set_choice (comparison, side, place.byte_start, &choice))
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
      if (counterparts[sentence] >= 0)
        {
          const PlxSentence *s =
            &plx_article_get_sentences (other_article, NULL)[counterparts[sentence]];

          plx_key_place_set_bytes (&item->place[other], other_article, counterparts[sentence],
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
      gsize offset = plx_comparison_get_tokens (comparison, side, link_first (link, side),
                                                link_end (link, side), &n) - all;

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

              edit_range (edit, side, &from, &to);
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
