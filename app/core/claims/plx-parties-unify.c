/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* One person, one speaker: after the claims of both articles have their
 * parties, the claims of one person — named in any spelling, by a slip of
 * the pen or by their office — get one key, one party and the fullest
 * name the articles give them. */

#include "config.h"

#include <string.h>

#include "plx-parties-private.h"

#define OTHER_ID "other"

/* The capitalised words of @name before its last, without titles and
 * short forms ("Mr.", "Gov."): the given names, and the words of office
 * or place that open it ("Ukrainian", "Volodymyr"). */
static GPtrArray *
given_names (PlxParties *self,
             const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  GPtrArray *given = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *folded = g_utf8_casefold (words[i], -1);
      gsize length = strlen (words[i]);

      if (length > 2 && words[i][length - 1] != '.' && g_unichar_isupper (g_utf8_get_char (words[i])) &&
          !g_hash_table_contains (self->titles, folded))
        g_ptr_array_add (given, g_steal_pointer (&folded));
    }

  return given;
}

static gboolean
share_a_word (GPtrArray *a,
              GPtrArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint k = 0; k < b->len; k++)
      if (g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, k)))
        return TRUE;

  return FALSE;
}

/* Whether @name ends with the person's name @key or a variant of it. */
static gboolean
ends_with_key (const char *name,
               const char *key)
{
  const char *space = strrchr (name, ' ');
  g_autofree char *last = g_utf8_casefold (space != NULL ? space + 1 : name, -1);

  return g_unichar_isupper (g_utf8_get_char (name)) &&
         (g_str_equal (last, key) || plx_names_variant (key, last));
}

/* Whether @name is used more than @best by the claims counted in @uses,
 * or as much and is longer. */
static gboolean
more_used (GHashTable *uses,
           const char *name,
           const char *best)
{
  guint a = GPOINTER_TO_UINT (g_hash_table_lookup (uses, name));
  guint b = GPOINTER_TO_UINT (g_hash_table_lookup (uses, best));

  return a > b || (a == b && strlen (name) > strlen (best));
}

/* The fullest way the claims of one person name them ("Ukrainian
 * President Volodymyr Zelensky" over "Zelensky"), or NULL when their
 * names give two people ("Bill Clinton" and "Hillary Clinton"). */
static char *
fullest_name (PlxParties *self,
              GPtrArray  *claims,
              const char *key)
{
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  const char *best = NULL;
  guint best_words = 0;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) uses = g_hash_table_new (g_str_hash, g_str_equal);

  /* How often each way is used: of two spellings as full as each other,
   * the one the articles use more ("Cowen" three times over the typo
   * "Cowmen" once). */
  for (guint i = 0; i < claims->len; i++)
    {
      const char *name = ((const PlxClaim *) g_ptr_array_index (claims, i))->speaker_name;

      g_hash_table_insert (uses, (gpointer) name,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (uses, name)) + 1));
    }

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = g_ptr_array_index (claims, i);
      const char *name = claim->speaker_name;
      const char *of = strstr (name, " of ");
      guint words = 1;
      GPtrArray *given;

      /* Each way of naming them once. */
      if (!g_hash_table_add (names, (gpointer) name))
        continue;
      /* "Roger Pilon of the Cato Institute" names Roger Pilon. */
      if (!ends_with_key (name, key) && of != NULL)
        {
          g_ptr_array_add (cut, g_strndup (name, of - name));
          name = g_ptr_array_index (cut, cut->len - 1);
        }
      if (!ends_with_key (name, key))
        continue;
      for (const char *p = name; *p != '\0'; p++)
        words += *p == ' ';
      if (words > 6)
        continue;

      given = given_names (self, name);
      for (guint k = 0; k < seen->len && given->len > 0; k++)
        {
          GPtrArray *other = g_ptr_array_index (seen, k);

          if (other->len > 0 && !share_a_word (given, other))
            {
              g_ptr_array_unref (given);
              return NULL;
            }
        }
      g_ptr_array_add (seen, given);
      if (words > best_words || (words == best_words && more_used (uses, name, best)))
        {
          best = name;
          best_words = words;
        }
    }

  return g_strdup (best);
}

/* The party most of the claims of one person are given: a party known
 * beforehand ("ukraine") rather than one made for the person alone. */
static const char *
person_party_of (GHashTable *by_id,
                 GPtrArray  *claims)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_score = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = g_ptr_array_index (claims, i);
      const PlxParty *party = g_hash_table_lookup (by_id, claim->party);
      guint score;

      if (party == NULL || g_str_equal (party->id, OTHER_ID))
        continue;
      /* A known party outweighs any number of claims in the person's own. */
      score = GPOINTER_TO_UINT (g_hash_table_lookup (counts, party->id)) +
              (party->discovered ? 1 : 10000);
      g_hash_table_insert (counts, party->id, GUINT_TO_POINTER (score));
      if (score > best_score)
        {
          best = party->id;
          best_score = score;
        }
    }

  return best;
}

static gint
by_claims (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  GHashTable *groups = user_data;
  GPtrArray *ga = g_hash_table_lookup (groups, *(const char **) a);
  GPtrArray *gb = g_hash_table_lookup (groups, *(const char **) b);

  if (ga->len != gb->len)
    return ga->len > gb->len ? -1 : 1;

  return strcmp (*(const char **) a, *(const char **) b);
}

/* Joins the claims of the names in @groups that are variants of a name
 * with more claims: "Zelenskyy" and "Tump" join "Zelensky" and "Trump"
 * when no other name is as close. Returns the names left, most claims
 * first. */
static GPtrArray *
join_variants (GHashTable *groups)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GPtrArray *kept = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);

  g_ptr_array_sort_with_data (keys, by_claims, groups);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *name = g_ptr_array_index (keys, i);
      const char *into = NULL;
      guint close = 0;

      for (guint k = 0; k < kept->len; k++)
        if (plx_names_variant (g_ptr_array_index (kept, k), name))
          {
            into = g_ptr_array_index (kept, k);
            close++;
          }
      if (close == 1)
        {
          GPtrArray *from = g_hash_table_lookup (groups, name);

          g_ptr_array_extend (g_hash_table_lookup (groups, into), from, NULL, NULL);
          g_ptr_array_set_size (from, 0);
        }
      else
        g_ptr_array_add (kept, (gpointer) name);
    }

  return kept;
}

/* The given name that opens the person's own name at the end of @name,
 * after its words of office ("Obama campaign spokeswoman Lis Smith" is
 * "lis"), or %NULL when the name is one word or no given name and
 * surname. */
static char *
first_of_name (PlxParties *self,
               const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  guint first = n;

  while (first > 0 && g_unichar_isupper (g_utf8_get_char (words[first - 1])))
    {
      g_autofree char *folded = g_utf8_casefold (words[first - 1], -1);

      if (g_hash_table_contains (self->titles, folded))
        break;
      first--;
    }
  /* (An initial is no given name: "A. Barry Rand".) */
  while (first + 2 < n && g_str_has_suffix (words[first], "."))
    first++;
  /* A given name and a surname, an initial between them at most ("Utah
   * Supreme Court" is no one's name). */
  if (n < 2 || first + 2 > n || n - first > 3 || g_str_has_suffix (words[first], ".") ||
      strlen (words[first]) < 3 || (n - first == 3 && !g_str_has_suffix (words[first + 1], ".")))
    return NULL;

  return g_utf8_casefold (words[first], -1);
}

/* Whether every claim of @group names its speaker by one word only. */
static gboolean
one_word_names (GPtrArray *group)
{
  for (guint i = 0; i < group->len; i++)
    {
      const PlxClaim *claim = g_ptr_array_index (group, i);

      if (strchr (claim->speaker_name, ' ') != NULL)
        return FALSE;
    }

  return group->len > 0;
}

/* Joins the claims of a person named by a given name alone ("her mother,
 * Fiona, said") to those of the one person of that given name in full
 * ("Fiona Parry"), when there is exactly one. Each claim's name is read
 * once: the groups by given name first, then the one-word names. */
static void
join_given_names (PlxParties *self,
                  GHashTable *groups)
{
  static int two_people;
  g_autoptr(GHashTable) by_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *group = value;

      for (guint i = 0; i < group->len; i++)
        {
          const PlxClaim *claim = g_ptr_array_index (group, i);
          char *given = first_of_name (self, claim->speaker_name);
          gpointer known;

          if (given == NULL)
            continue;
          known = g_hash_table_lookup (by_given, given);
          if (known == NULL)
            g_hash_table_insert (by_given, given, group);
          else
            {
              if (known != group)
                g_hash_table_insert (by_given, g_strdup (given), &two_people);
              g_free (given);
            }
        }
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *from = value;
      GPtrArray *into = g_hash_table_lookup (by_given, key);

      if (into == NULL || into == (gpointer) &two_people || into == from || !one_word_names (from))
        continue;
      g_ptr_array_extend (into, from, NULL, NULL);
      g_ptr_array_set_size (from, 0);
    }
}

/* Whether the folded name word @word is @title or its short form
 * ("gov." for "governor", "sen." for "senator"). */
static gboolean
names_office (const char *word,
              const char *title)
{
  gsize length = strlen (word);

  if (g_str_equal (word, title))
    return TRUE;

  return length >= 4 && word[length - 1] == '.' &&
         strncmp (title, word, length - 1) == 0;
}

/* Names holding one title beyond which a description joins no one. */
#define MAX_TITLED_NAMES 64

/* One way the claims of a person name them, as folded words. */
typedef struct
{
  GPtrArray *group;
  GStrv      parts;
} NamedGroup;

static void
named_group_free (gpointer data)
{
  NamedGroup *named = data;

  g_strfreev (named->parts);
  g_free (named);
}

/* Whether the person named by the folded words @parts ("texas", "gov.",
 * "rick", "perry") holds the office the description's words @words say,
 * the title last ("texas", "governor"): each word is one of the name's,
 * the title stands before the name, and no word before the title that
 * the description lacks makes another office of it ("Vice President",
 * "Former Texas Gov."). */
static gboolean
fits_description (PlxParties *self,
                  GStrv       parts,
                  GStrv       words)
{
  guint n = g_strv_length (parts);
  guint n_words = g_strv_length (words);
  const char *title = words[n_words - 1];
  int at = -1;

  for (guint i = 0; i < n && at < 0; i++)
    if (names_office (parts[i], title))
      at = i;
  if (at < 0 || at + 1 >= (int) n)
    return FALSE;
  for (int i = 0; i < at; i++)
    if (!g_strv_contains ((const char * const *) words, parts[i]) &&
        g_hash_table_contains (self->office_modifiers, parts[i]))
      return FALSE;
  for (guint w = 0; w + 1 < n_words; w++)
    if (!g_strv_contains ((const char * const *) parts, words[w]))
      return FALSE;

  return TRUE;
}

/* The titles the folded word @part names, itself or as a short form
 * ("gov." is "governor"), added to @found. */
static void
titles_named (PlxParties *self,
              const char *part,
              GPtrArray  *found)
{
  GHashTableIter iter;
  gpointer title;

  if (g_hash_table_contains (self->titles, part))
    {
      g_ptr_array_add (found, (gpointer) g_hash_table_lookup (self->titles, part));
      return;
    }
  if (!g_str_has_suffix (part, "."))
    return;
  g_hash_table_iter_init (&iter, self->titles);
  while (g_hash_table_iter_next (&iter, &title, NULL))
    if (names_office (part, title))
      g_ptr_array_add (found, title);
}

/* The names of the people in @groups by the titles in them: title ->
 * GPtrArray of NamedGroup, each distinct name of a person once. */
static GHashTable *
index_titled_names (PlxParties *self,
                    GHashTable *groups,
                    GPtrArray  *keys,
                    GPtrArray  *owned)
{
  GHashTable *by_title = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);

  for (guint k = 0; k < keys->len; k++)
    {
      GPtrArray *group = g_hash_table_lookup (groups, g_ptr_array_index (keys, k));
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint c = 0; c < group->len; c++)
        {
          const char *name = ((const PlxClaim *) g_ptr_array_index (group, c))->speaker_name;
          g_autofree char *folded = NULL;
          g_autoptr(GPtrArray) titles = g_ptr_array_new ();
          NamedGroup *named;

          if (name == NULL || !g_hash_table_add (seen, (gpointer) name))
            continue;
          folded = g_utf8_casefold (name, -1);
          named = g_new0 (NamedGroup, 1);
          named->group = group;
          named->parts = g_strsplit (folded, " ", -1);
          g_ptr_array_add (owned, named);
          for (guint i = 0; named->parts[i] != NULL; i++)
            titles_named (self, named->parts[i], titles);
          for (guint i = 0; i < titles->len; i++)
            {
              GPtrArray *list = g_hash_table_lookup (by_title, g_ptr_array_index (titles, i));

              if (list == NULL)
                {
                  list = g_ptr_array_new ();
                  g_hash_table_insert (by_title, g_ptr_array_index (titles, i), list);
                }
              g_ptr_array_add (list, named);
            }
        }
    }

  return by_title;
}

/* The words after "the" of a description such as "the Texas governor"
 * (folded), or NULL when @speaker is none: a title last, one to three
 * capitalised words of place or party before it. */
static GStrv
description_words (PlxParties *self,
                   const char *speaker)
{
  g_auto(GStrv) parts = g_strsplit (speaker, " ", -1);
  guint n = g_strv_length (parts);
  GStrv words;

  if (n < 2 || n > 5 || g_ascii_strcasecmp (parts[0], "the") != 0)
    return NULL;
  for (guint i = 1; i + 1 < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (parts[i])))
      return NULL;
  words = g_new0 (char *, n);
  for (guint i = 1; i < n; i++)
    words[i - 1] = g_utf8_casefold (parts[i], -1);
  /* A title alone ("the president") may stand for someone the other
   * article does not name as such: only a description with a word of
   * place or party too is told across the articles. A spokesman, an
   * adviser or a chief is one of many whatever words go with it. */
  if (n < 3 || !g_hash_table_contains (self->titles, words[n - 2]) ||
      g_hash_table_contains (self->shared_titles, words[n - 2]))
    g_clear_pointer (&words, g_strfreev);

  return words;
}

/* "The Texas governor" that no one in its own article was found for is
 * the one person either article names with that office and those words
 * ("Texas Gov. Rick Perry"): its claims join that person's. The people's
 * names are indexed by their titles once, and only when a description
 * asks for them. */
static void
join_descriptions (PlxParties *self,
                   GArray     *sides[2],
                   GHashTable *groups,
                   GPtrArray  *keys)
{
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (named_group_free);
  g_autoptr(GHashTable) by_title = NULL;

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; sides[side] != NULL && i < sides[side]->len; i++)
      {
        PlxClaim *claim = &g_array_index (sides[side], PlxClaim, i);
        g_auto(GStrv) words = NULL;
        GPtrArray *candidates;
        GPtrArray *into = NULL;
        gboolean two = FALSE;

        if (claim->person || claim->speaker_name == NULL)
          continue;
        words = description_words (self, claim->speaker_name);
        if (words == NULL)
          continue;
        if (by_title == NULL)
          by_title = index_titled_names (self, groups, keys, owned);
        candidates = g_hash_table_lookup (by_title, g_hash_table_lookup (self->titles,
                                                                         words[g_strv_length (words) - 1]));
        /* More people of one title than an article names are no one to
         * tell apart (and would make this the product of two lengths). */
        if (candidates != NULL && candidates->len > MAX_TITLED_NAMES)
          continue;
        for (guint k = 0; candidates != NULL && k < candidates->len && !two; k++)
          {
            const NamedGroup *named = g_ptr_array_index (candidates, k);

            if (named->group == into || !fits_description (self, named->parts, words))
              continue;
            two = into != NULL;
            into = named->group;
          }
        if (into != NULL && !two)
          {
            claim->person = TRUE;
            g_ptr_array_add (into, claim);
          }
      }
}

/* The affiliation one person is given where the article names them
 * with it ("Rep. Gregory Meeks, D-N.Y."), for all of their claims. */
static const char *
affiliation_of (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = g_ptr_array_index (claims, i);

      if (claim->affiliation != NULL)
        return claim->affiliation;
    }

  return NULL;
}

/* The name shown: "Rep. Gregory Meeks (Democrat, N.Y.)". */
static void
put_affiliation_on (PlxClaim *claim)
{
  char *shown;

  if (claim->affiliation == NULL || claim->speaker_name == NULL || claim->speaker_name[0] == '\0')
    return;
  shown = g_strdup_printf ("%s (%s)", claim->speaker_name, claim->affiliation);
  g_free (claim->speaker_name);
  claim->speaker_name = shown;
}

static void
take_affiliation_off (PlxClaim *claim)
{
  g_autofree char *suffix = NULL;

  if (claim->affiliation == NULL || claim->speaker_name == NULL)
    return;
  suffix = g_strdup_printf (" (%s)", claim->affiliation);
  if (g_str_has_suffix (claim->speaker_name, suffix))
    claim->speaker_name[strlen (claim->speaker_name) - strlen (suffix)] = '\0';
}

/**
 * plx_parties_unify:
 * @first: the claims of one article, their parties assigned
 * @second: (nullable): the claims of the other article
 *
 * One person, one speaker: the claims of a person, named in any spelling
 * in either article, get one key, one party — a known party rather than
 * their own — and the fullest name the articles give them, with the
 * affiliation either gives after it ("Rep. Gregory Meeks (Democrat,
 * N.Y.)"). Running it again on the same claims gives the same names.
 */
void
plx_parties_unify (PlxParties *self,
                   GArray     *first,
                   GArray     *second)
{
  GArray *sides[2] = { first, second };
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < plx_parties_get_n (self); p++)
    {
      const PlxParty *party = plx_parties_get (self, p);

      g_hash_table_insert (by_id, party->id, (gpointer) party);
    }

  /* Unified before: the names as the articles give them again. */
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; sides[side] != NULL && i < sides[side]->len; i++)
      take_affiliation_off (&g_array_index (sides[side], PlxClaim, i));

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; sides[side] != NULL && i < sides[side]->len; i++)
      {
        PlxClaim *claim = &g_array_index (sides[side], PlxClaim, i);
        GPtrArray *group;

        if (!claim->person || claim->speaker_key == NULL || claim->party == NULL)
          continue;
        group = g_hash_table_lookup (groups, claim->speaker_key);
        if (group == NULL)
          {
            group = g_ptr_array_new ();
            g_hash_table_insert (groups, g_strdup (claim->speaker_key), group);
          }
        g_ptr_array_add (group, claim);
      }

  join_given_names (self, groups);
  keys = join_variants (groups);
  join_descriptions (self, sides, groups, keys);
  for (guint k = 0; k < keys->len; k++)
    {
      g_autofree char *key = g_strdup (g_ptr_array_index (keys, k));
      GPtrArray *group = g_hash_table_lookup (groups, key);
      g_autofree char *name = NULL;
      g_autofree char *party = NULL;
      g_autofree char *affiliation = NULL;

      /* One claim is one speaker already. */
      if (group->len < 2)
        continue;
      name = fullest_name (self, group, key);
      party = g_strdup (person_party_of (by_id, group));
      /* Two people of one last name stay as the articles name them. */
      if (name == NULL)
        continue;
      affiliation = g_strdup (affiliation_of (group));
      for (guint i = 0; i < group->len; i++)
        {
          PlxClaim *claim = g_ptr_array_index (group, i);

          g_free (claim->affiliation);
          claim->affiliation = g_strdup (affiliation);
          g_free (claim->speaker_name);
          claim->speaker_name = g_strdup (name);
          g_free (claim->speaker_key);
          claim->speaker_key = g_strdup (key);
          if (party != NULL)
            {
              g_free (claim->party);
              claim->party = g_strdup (party);
            }
        }
    }

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; sides[side] != NULL && i < sides[side]->len; i++)
      put_affiliation_on (&g_array_index (sides[side], PlxClaim, i));
}
