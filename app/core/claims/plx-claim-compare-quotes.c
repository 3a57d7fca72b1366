/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The quotations of two counterpart claims: the same, one trimmed from the
 * other (and which words were dropped), or other words. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-claim-match-private.h"

/* Quotations shorter than this are names or scare quotes. */
#define MIN_QUOTE_WORDS 3
/* A dropped part of a quotation is shown up to this many words. */
#define MAX_SHOWN_WORDS 12
/* Longer quotations are not compared word by word for small changes. */
#define MAX_COMPARED_WORDS 400
/* Names spelled this much alike are one name. */
#define NAME_SPELLING 0.5

/* The quoted words of a claim's content, as indices into its tokens, and
 * for each the quotation it belongs to. */
static void
quoted_words (const PlxClaimSide *side,
              GArray             *words,
              GArray             *pieces)
{
  GArray *tokens = side->prepared->tokens;
  guint run_start = 0;
  guint piece = 0;

  for (guint k = 0; k <= tokens->len; k++)
    {
      const PlxToken *t = k < tokens->len ? &g_array_index (tokens, PlxToken, k) : NULL;
      gboolean quoted = t != NULL && (t->flags & PLX_TOKEN_QUOTED) &&
                        t->byte_start >= side->claim->content_byte_start &&
                        t->byte_end <= side->claim->content_byte_end;

      if (quoted)
        continue;
      if (k - run_start >= MIN_QUOTE_WORDS)
        {
          for (guint r = run_start; r < k; r++)
            {
              g_array_append_val (words, r);
              g_array_append_val (pieces, piece);
            }
          piece++;
        }
      run_start = k + 1;
    }
}

static guint
norm_of (const PlxClaimSide *side,
         GArray             *words,
         guint               i)
{
  return g_array_index (side->prepared->tokens, PlxToken, g_array_index (words, guint, i)).norm;
}

/* Marks in @covered the words of @long_side each quotation of
 * @short_side takes, in order. Returns whether every one is there. */
static gboolean
cover_quotations (const PlxClaimSide *long_side,
                  GArray             *long_words,
                  const PlxClaimSide *short_side,
                  GArray             *short_words,
                  GArray             *short_pieces,
                  gboolean           *covered)
{
  guint from = 0;

  for (guint s = 0; s < short_words->len;)
    {
      guint n = 1;
      gboolean found = FALSE;

      while (s + n < short_words->len && g_array_index (short_pieces, guint, s + n) ==
                                           g_array_index (short_pieces, guint, s))
        n++;
      for (guint l = from; !found && l + n <= long_words->len; l++)
        {
          guint m = 0;

          while (m < n && norm_of (long_side, long_words, l + m) ==
                            norm_of (short_side, short_words, s + m))
            m++;
          if (m < n)
            continue;
          for (m = 0; m < n; m++)
            covered[l + m] = TRUE;
          from = l + n;
          found = TRUE;
        }
      if (!found)
        return FALSE;
      s += n;
    }

  return TRUE;
}

/* The stems of a claim's words outside its quotations (stem + 1), and
 * NEGATION_KEY when one of them is a negation. */
#define NEGATION_KEY GUINT_TO_POINTER (G_MAXUINT)

static GHashTable *
told_words (const PlxClaimSide *side)
{
  GHashTable *told = g_hash_table_new (NULL, NULL);
  GArray *tokens = side->prepared->tokens;

  for (guint k = 0; k < tokens->len; k++)
    {
      const PlxToken *t = &g_array_index (tokens, PlxToken, k);

      if (t->flags & PLX_TOKEN_QUOTED)
        continue;
      g_hash_table_add (told, GUINT_TO_POINTER (t->stem + 1));
      if (t->tags & PLX_TAG_NEGATION)
        g_hash_table_add (told, NEGATION_KEY);
    }

  return told;
}

/* Whether a dropped run of words says something the other claim does not
 * say in its own words (@told): most of its content words are missing
 * there. */
static gboolean
run_has_substance (const PlxClaimSide *long_side,
                   GArray             *long_words,
                   guint               first,
                   guint               last,
                   GHashTable         *told)
{
  guint content = 0;
  guint found = 0;

  for (guint i = first; i <= last; i++)
    {
      const PlxToken *t = &g_array_index (long_side->prepared->tokens, PlxToken,
                                          g_array_index (long_words, guint, i));

      if ((t->flags & PLX_TOKEN_STOPWORD) && !(t->tags & PLX_TAG_NEGATION))
        continue;
      content++;
      /* A negation is told by any negation ("no one" by "not"). */
      if (g_hash_table_contains (told, GUINT_TO_POINTER (t->stem + 1)) ||
          ((t->tags & PLX_TAG_NEGATION) && g_hash_table_contains (told, NEGATION_KEY)))
        found++;
    }

  return content > 0 && found * 2 <= content;
}

/* The text of words @first to @last of @words, shortened past
 * MAX_SHOWN_WORDS. */
static char *
run_text (const PlxClaimSide *side,
          GArray             *words,
          guint               first,
          guint               last)
{
  GString *out = g_string_new (NULL);
  guint shown = MIN (last, first + MAX_SHOWN_WORDS - 1);
  GArray *tokens = side->prepared->tokens;
  const PlxToken *from = &g_array_index (tokens, PlxToken, g_array_index (words, guint, first));
  const PlxToken *to = &g_array_index (tokens, PlxToken, g_array_index (words, guint, shown));

  plx_claim_append_as_written (out, side->text, from->byte_start, to->byte_end);
  if (shown < last)
    g_string_append (out, " …");

  return g_string_free (out, FALSE);
}

/* The quotation's words folded, one space apart. */
static char *
fold_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (" ");

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');

  return g_string_free (out, FALSE);
}

/* Whether one quotation is the other or a part of it, by their strings:
 * for quotations the tokens do not show. */
static PlxQuoteComparison
compare_quote_strings (const char *a,
                       const char *b)
{
  g_autofree char *fa = fold_words (a);
  g_autofree char *fb = fold_words (b);

  return strstr (fa, fb) != NULL || strstr (fb, fa) != NULL ? PLX_QUOTES_SAME : PLX_QUOTES_CHANGED;
}

/* Whether the stretch of words @first_a to @end_a of one quotation and
 * @first_b to @end_b of the other, between words they share, differ only
 * in function words or in the spelling of a name ("Muammar"/"Moammar"). */
static gboolean
stretch_is_trivial (const PlxClaimSide *a,
                    GArray             *words_a,
                    guint               first_a,
                    guint               end_a,
                    const PlxClaimSide *b,
                    GArray             *words_b,
                    guint               first_b,
                    guint               end_b)
{
  const PlxClaimSide *sides[2] = { a, b };
  GArray *words[2] = { words_a, words_b };
  guint bounds[2][2] = { { first_a, end_a }, { first_b, end_b } };
  GString *names[2] = { g_string_new (NULL), g_string_new (NULL) };
  gboolean trivial = TRUE;

  for (guint side = 0; side < 2 && trivial; side++)
    for (guint i = bounds[side][0]; i < bounds[side][1] && trivial; i++)
      {
        const PlxToken *t = &g_array_index (sides[side]->prepared->tokens, PlxToken,
                                            g_array_index (words[side], guint, i));

        if ((t->flags & PLX_TOKEN_STOPWORD) && !(t->tags & PLX_TAG_NEGATION))
          continue;
        if (!(t->flags & PLX_TOKEN_CAPITALISED) || (t->tags & PLX_TAG_NEGATION))
          trivial = FALSE;
        else
          g_string_append (names[side], plx_vocabulary_lookup (sides[side]->vocabulary, t->norm));
      }
  if (trivial && (names[0]->len > 0 || names[1]->len > 0))
    trivial = plx_string_similarity (names[0]->str, names[1]->str) >= NAME_SPELLING;
  g_string_free (names[0], TRUE);
  g_string_free (names[1], TRUE);

  return trivial;
}

/* Whether two quotations say the same words but for function words and
 * the spelling of names: each stretch between the words of their longest
 * common subsequence differs in no more. */
static gboolean
quotes_nearly_same (const PlxClaimSide *a,
                    GArray             *words_a,
                    const PlxClaimSide *b,
                    GArray             *words_b)
{
  guint n = words_a->len;
  guint m = words_b->len;
  g_autofree guint16 *table = NULL;
  guint i = 0;
  guint j = 0;
  guint from_a = 0;
  guint from_b = 0;

  if (n > MAX_COMPARED_WORDS || m > MAX_COMPARED_WORDS)
    return FALSE;

  /* table[i][j]: the longest common subsequence of the words from i and j. */
  table = g_new0 (guint16, (n + 1) * (m + 1));
#define LCS(x, y) table[(x) * (m + 1) + (y)]
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      LCS (x, y) = norm_of (a, words_a, x) == norm_of (b, words_b, y)
                     ? LCS (x + 1, y + 1) + 1
                     : MAX (LCS (x + 1, y), LCS (x, y + 1));

  while (i < n || j < m)
    {
      if (i < n && j < m && norm_of (a, words_a, i) == norm_of (b, words_b, j))
        {
          if (!stretch_is_trivial (a, words_a, from_a, i, b, words_b, from_b, j))
            return FALSE;
          from_a = ++i;
          from_b = ++j;
        }
      else if (j >= m || (i < n && LCS (i + 1, j) >= LCS (i, j + 1)))
        i++;
      else
        j++;
    }
#undef LCS

  return stretch_is_trivial (a, words_a, from_a, n, b, words_b, from_b, m);
}

/* Whether the quotations of @a and @b are the same, one is trimmed from
 * the other (the dropped words named in @changes, and their bytes added
 * to that side's @skip_a or @skip_b), or they say other words. */
PlxQuoteComparison
plx_claim_compare_quotes (const PlxClaimSide *a,
                          const PlxClaimSide *b,
                          GPtrArray          *changes,
                          GArray             *skip_a,
                          GArray             *skip_b)
{
  g_autoptr(GArray) words_a = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) pieces_a = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) words_b = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) pieces_b = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *covered = NULL;
  g_autoptr(GHashTable) told = NULL;
  const PlxClaimSide *long_side = a;
  const PlxClaimSide *short_side = b;
  GArray *long_words;
  GArray *long_pieces;

  quoted_words (a, words_a, pieces_a);
  quoted_words (b, words_b, pieces_b);
  if (words_a->len == 0 || words_b->len == 0)
    return compare_quote_strings (a->claim->quote, b->claim->quote);
  if (words_b->len > words_a->len)
    {
      long_side = b;
      short_side = a;
    }
  long_words = long_side == a ? words_a : words_b;
  long_pieces = long_side == a ? pieces_a : pieces_b;
  covered = g_new0 (gboolean, long_words->len);
  if (!cover_quotations (long_side, long_words, short_side, long_side == a ? words_b : words_a,
                         long_side == a ? pieces_b : pieces_a, covered))
    return quotes_nearly_same (a, words_a, b, words_b) ? PLX_QUOTES_SAME : PLX_QUOTES_CHANGED;

  /* The runs of words the shorter quotation leaves out. */
  told = told_words (short_side);
  for (guint i = 0; i < long_words->len; i++)
    {
      guint last = i;

      if (covered[i])
        continue;
      while (last + 1 < long_words->len && !covered[last + 1] &&
             g_array_index (long_pieces, guint, last + 1) == g_array_index (long_pieces, guint, i))
        last++;
      if (run_has_substance (long_side, long_words, i, last, told))
        {
          GArray *tokens = long_side->prepared->tokens;
          guint from = g_array_index (long_words, guint, i);
          guint to = g_array_index (long_words, guint, last);

          g_ptr_array_add (runs, run_text (long_side, long_words, i, last));
          plx_claim_add_range (long_side == a ? skip_a : skip_b,
                               g_array_index (tokens, PlxToken, from).byte_start,
                               g_array_index (tokens, PlxToken, to).byte_end);
        }
      i = last;
    }
  if (runs->len == 0)
    return PLX_QUOTES_SAME;

  {
    g_autofree char *shown = plx_claim_join_quoted (runs);

    g_ptr_array_add (changes, g_strdup_printf (_("dropped in %c: %s"), short_side->name, shown));
  }

  return PLX_QUOTES_TRIMMED;
}

