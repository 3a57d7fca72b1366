/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Who "he" and "she" can be: the sex of the people an article names, from
 * the words around their names ("Ms. Cordova", "his wife, Huma Abedin")
 * and their given names (female-names.txt, male-names.txt), and the
 * person a pronoun stands for among those named last. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

/* Of the other sex than the person named last, only the last few named
 * are looked at. */
#define MAX_OTHER_SEX_BACK 4

/* The sex a word says a person has: an honorific, a noun of family or
 * office or a pronoun of the language's word lists ("female", "male"). */
static Gender
word_gender (Sentence   *s,
             const char *word)
{
  if (g_hash_table_contains (s->finder->female, word))
    return GENDER_FEMALE;
  if (g_hash_table_contains (s->finder->male, word))
    return GENDER_MALE;
  return GENDER_UNKNOWN;
}

/* Generational suffixes after a last name ("Jr.", "III"), folded. */
gboolean
plx_name_is_suffix (const char *folded)
{
  static const char *const suffixes[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_equal (folded, suffixes[i]))
      return TRUE;

  return FALSE;
}

/* The key of a person's name: its last word before a generational
 * suffix, folded ("Mr. Weiner" and "Rep. Anthony Weiner" are "weiner",
 * "Rep. Jesse Jackson Jr." is "jackson"). */
char *
plx_claims_name_key (const char *name)
{
  const char *end = name + strlen (name);

  for (;;)
    {
      const char *start = end;
      char *word;

      while (start > name && start[-1] != ' ')
        start--;
      word = g_utf8_casefold (start, end - start);
      g_strdelimit (word, ",’'", '\0');
      if (start > name && plx_name_is_suffix (word))
        {
          g_free (word);
          for (end = start; end > name && end[-1] == ' '; end--)
            ;
          continue;
        }
      g_strdelimit (word, ".", '\0');
      return word;
    }
}

static void
set_gender (Sentence *s,
            guint     name_end,
            Gender    gender)
{
  if (gender != GENDER_UNKNOWN)
    g_hash_table_insert (s->state->genders, g_strdup (plx_claims_norm (s, name_end - 1)),
                         GINT_TO_POINTER (gender));
}

/* Learns the sex of the people a sentence names from the words around
 * their names: "Ms. Cordova", "Huma Abedin, his wife", "his wife, Huma
 * Abedin", "Gennette Cordova, a woman who …". */
void
plx_claims_learn_genders (Sentence *s)
{
  for (guint i = 0; i < s->n; i++)
    {
      guint end = plx_claims_name_run (s, i);

      if (end == i)
        continue;
      /* "Sen. Rand Paul, R-Ky., put it": a party and state, no one. */
      if (plx_claims_is_affiliation (s, i, end))
        {
          i = end - 1;
          continue;
        }
      /* "Mr. Weiner", "Ms. Cordova" (the honorific is part of the name
       * or just before it); "his wife, Huma Abedin". */
      Gender own = GENDER_UNKNOWN;

      for (guint k = i; k + 1 < end; k++)
        if (word_gender (s, plx_claims_norm (s, k)) != GENDER_UNKNOWN)
          own = word_gender (s, plx_claims_norm (s, k));
      set_gender (s, end, own);
      /* Not over the name's own honorific, nor a pronoun that is someone
       * else: "“I feel terrible for her,” Mr. Weiner said" is a man. */
      if (i > 0 && own == GENDER_UNKNOWN && !plx_claims_in_set (s->finder->pronouns, s, i - 1) &&
          !plx_claims_in_set (s->finder->object_pronouns, s, i - 1) &&
          !plx_claims_in_set (s->finder->possessives, s, i - 1) && !plx_claims_gap_has_quote (s, i))
        set_gender (s, end, word_gender (s, plx_claims_norm (s, i - 1)));
      if (end < s->n && plx_claims_gap_has (s, end, ','))
        for (guint k = end; k < s->n && k < end + 4; k++)
          {
            Gender gender = word_gender (s, plx_claims_norm (s, k));

            if (gender != GENDER_UNKNOWN && !plx_claims_in_set (s->finder->pronouns, s, k))
              {
                set_gender (s, end, gender);
                break;
              }
            if (k > end && plx_claims_gap_breaks (s, k))
              break;
          }
      i = end - 1;
    }
}

/* The sex a given name (folded: "hillary") says, from the name lists. */
static Gender
given_name_gender (Sentence   *s,
                   const char *word)
{
  if (g_hash_table_contains (s->finder->female_names, word))
    return GENDER_FEMALE;
  if (g_hash_table_contains (s->finder->male_names, word))
    return GENDER_MALE;

  return GENDER_UNKNOWN;
}

/* Whether @word (folded) is a given name of the name lists. */
gboolean
plx_claims_is_given_name (Sentence   *s,
                          const char *word)
{
  return given_name_gender (s, word) != GENDER_UNKNOWN;
}

/* The sex of the person named @name: by their given name ("Rakeyia
 * Scott", not her husband Keith Lamont Scott), the first word of the name
 * proper, in the language's lists of names that nearly always belong to
 * one sex, or by what the article said of their last name ("Ms.
 * Cordova"). Not of a body ("Greater Phoenix Tea Party") nor of two
 * people. */
static Gender
person_gender (Sentence   *s,
               const char *name)
{
  g_autofree char *key = plx_claims_name_key (name);
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  guint given = 0;

  /* The name proper begins after the words of office and place before
   * it: "North Carolina Rep. Bob Etheridge", "Tea Party founder Phillip
   * Dennis". */
  for (guint k = 0; k + 1 < n; k++)
    {
      g_autofree char *word = g_utf8_casefold (words[k], -1);

      /* (A noun for people written in lower case: "Donna" is one too.) */
      if (g_hash_table_contains (s->finder->titles, word) ||
          (g_hash_table_contains (s->finder->people, word) &&
           !g_unichar_isupper (g_utf8_get_char (words[k]))))
        given = k + 1;
    }
  if (given + 1 < n && strstr (name, " and ") == NULL &&
      !g_hash_table_contains (s->finder->people, key))
    {
      g_autofree char *word = g_utf8_casefold (words[given], -1);
      Gender gender = given_name_gender (s, word);

      if (gender != GENDER_UNKNOWN)
        return gender;
    }

  return GPOINTER_TO_INT (g_hash_table_lookup (s->state->genders, key));
}

/* Whether the article or a given name says the sex of @name. */
gboolean
plx_claims_gender_known (Sentence   *s,
                         const char *name)
{
  return person_gender (s, name) != GENDER_UNKNOWN;
}

/* Whether @name names two people: "Tyresha McClenney and Bryan Anderson",
 * two capitalised names of two words or more joined by "and" (not "the
 * Department of Health and Human Services", not "Barnes and Noble"). */
static gboolean
names_two_people (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, " and ", 3);

  if (g_strv_length (parts) != 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) words = g_strsplit (parts[i], " ", -1);

      if (g_strv_length (words) < 2)
        return FALSE;
      for (guint k = 0; words[k] != NULL; k++)
        if (!g_unichar_isupper (g_utf8_get_char (words[k])))
          return FALSE;
    }

  return TRUE;
}

/* Who the pronoun at token @pronoun stands for: @candidate unless the
 * article says @candidate is of the other sex, then the last person named
 * who is of the pronoun's, or NULL when none is, @candidate names two
 * people or the pronoun is no "he" or "she". */
const char *
plx_claims_person_for (Sentence   *s,
                       guint       pronoun,
                       const char *candidate)
{
  char word[PLX_CLAIMS_BASE_WORD];
  Gender wanted = word_gender (s, plx_claims_base_norm (s, pronoun, word));
  Gender known;
  GPtrArray *recent = s->state->recent;

  /* "They wrote …" after "a letter to Harry Reid" is not Reid: only "he"
   * and "she" stand for one person. */
  if (wanted == GENDER_UNKNOWN)
    return NULL;
  /* "Tyresha McClenney and Bryan Anderson said … “…,” she said": one of
   * the two, which the words around do not say; no one rather than both. */
  if (candidate == NULL || names_two_people (candidate))
    return NULL;
  known = person_gender (s, candidate);
  if (known == GENDER_UNKNOWN || known == wanted)
    return candidate;
  /* Among the last few named: further back, a person of that sex is no
   * safer a guess than none. */
  for (guint i = recent->len; i > 0 && recent->len - i < MAX_OTHER_SEX_BACK; i--)
    {
      const char *name = ((const Person *) g_ptr_array_index (recent, i - 1))->name;

      if (person_gender (s, name) == wanted)
        return name;
    }
  return NULL;
}
