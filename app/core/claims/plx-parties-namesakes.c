/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Namesakes: an article about Jesse Jackson Jr. also names his father, the
 * Rev. Jesse Jackson, and his wife, Sandra Jackson. Then "Mr. Jackson" or
 * "Jackson" alone says nothing of which of them speaks, and giving the
 * claim the fullest name of the three (one person, one speaker) names the
 * wrong one. So the full names an article writes are kept by last name —
 * the word before the last name, past initials, and a generational suffix
 * ("Jr.", "III") tell two people apart — and a speaker written as the
 * last name alone is a person only while one person has it. */

#include "config.h"

#include <string.h>

#include "plx-parties-private.h"

static gboolean
is_name_word (const char     *text,
              const PlxToken *token)
{
  return g_unichar_isupper (g_utf8_get_char (text + token->byte_start)) &&
         !(token->flags & PLX_TOKEN_STOPWORD);
}

/* An initial ("L.") or a short abbreviation ("Mr.", "Rev."): no given name. */
static gboolean
is_abbreviation (const char     *text,
                 const PlxToken *token)
{
  return text[token->byte_end] == '.' && token->byte_end - token->byte_start <= 3;
}

static char *
fold (const char     *text,
      const PlxToken *token)
{
  return g_utf8_casefold (text + token->byte_start, token->byte_end - token->byte_start);
}

/* Remembers the person named by the capitalised tokens [start, end). */
static void
learn_name (GHashTable     *namesakes,
            const char     *text,
            const PlxToken *tokens,
            guint           start,
            guint           end)
{
  g_autofree char *suffix = NULL;
  g_autofree char *given = NULL;
  char *last;
  GHashTable *people;
  guint k = end;

  suffix = fold (text, &tokens[k - 1]);
  if (plx_name_is_suffix (suffix))
    k--;
  else
    g_clear_pointer (&suffix, g_free);
  if (k < start + 2)
    return;
  last = fold (text, &tokens[k - 1]);
  /* The given name: before the last name, past middle initials. */
  for (guint g = k - 1; g > start && given == NULL; g--)
    if (!is_abbreviation (text, &tokens[g - 1]) || g - 1 == start)
      given = is_abbreviation (text, &tokens[g - 1]) ? NULL : fold (text, &tokens[g - 1]);
  if (given == NULL)
    {
      g_free (last);
      return;
    }

  people = g_hash_table_lookup (namesakes, last);
  if (people == NULL)
    {
      people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (namesakes, last, people);
    }
  else
    g_free (last);
  g_hash_table_add (people, g_strdup_printf ("%s|%s", given, suffix != NULL ? "jr" : ""));
}

GHashTable *
plx_namesakes_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_hash_table_unref);
}

/* Learns the full names of a sentence's tokens. */
void
plx_namesakes_learn (GHashTable     *namesakes,
                     const char     *text,
                     const PlxToken *tokens,
                     guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      guint end = i;

      if (!is_name_word (text, &tokens[i]))
        continue;
      while (end < n && is_name_word (text, &tokens[end]) &&
             (end == i || strchr (",;:()", text[tokens[end - 1].byte_end]) == NULL))
        end++;
      if (end - i >= 2)
        learn_name (namesakes, text, tokens, i, end);
      i = end - 1;
    }
}

/* Whether @speaker is a last name alone ("Jackson", "Mr. Jackson") that
 * the article gives to more than one person. */
gboolean
plx_namesakes_ambiguous (GHashTable *namesakes,
                         const char *speaker)
{
  const char *space = strrchr (speaker, ' ');
  g_autofree char *last = NULL;
  GHashTable *people;
  guint words = 1;

  for (const char *p = speaker; *p != '\0'; p++)
    words += *p == ' ';
  /* "Jackson", or an honorific and the last name. */
  if (words > 2 || (words == 2 && strchr (speaker, '.') == NULL))
    return FALSE;
  last = g_utf8_casefold (space != NULL ? space + 1 : speaker, -1);
  people = g_hash_table_lookup (namesakes, last);

  return people != NULL && g_hash_table_size (people) >= 2;
}

/* A claim whose speaker is "Mr. Jackson" where the article names two
 * Jacksons, before the claim or after it, is no one person's: it keeps
 * the name as written. */
void
plx_namesakes_unmark (GHashTable *namesakes,
                      GArray     *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      PlxClaim *claim = &g_array_index (claims, PlxClaim, i);

      if (claim->person && plx_namesakes_ambiguous (namesakes, claim->speaker_name))
        claim->person = FALSE;
    }
}
