/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Assigns the speakers of an article's claims to parties. People are
 * assigned from how the article introduces them — "Ukrainian President
 * Volodymyr Zelensky", "Yuri Ushakov, the diplomatic advisor to the
 * Russian presidency" — and are remembered by name for the rest of the
 * article, spelling variants included. A named speaker of no known party
 * becomes a party of their own. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-parties-private.h"

#define OTHER_ID "other"

/* Words before a name that may hold the party ("Ukrainian President"). */
#define PREFIX_WORDS 4
/* Words of an apposition after a name (", the advisor to the ..."). */
#define APPOSITION_WORDS 12
/* Words of a state after a letter of affiliation ("D-New Hampshire"). */
#define MAX_STATE_WORDS 3

typedef struct
{
  guint     party;
  guint     n;
  guint    *norms;
  gboolean *upper; /* acronyms match in capitals only: "US" is not "us" */
} Alias;

typedef struct
{
  PlxParties    *parties;
  PlxTokenizer  *tokenizer;
  PlxVocabulary *vocabulary;
  GArray        *aliases;    /* Alias */
  GHashTable    *by_first;   /* first norm -> GArray of alias indices */
  PlxPeople      people;
  GHashTable    *last_of;    /* party index + 1 -> folded last name of its last person */
  GHashTable    *known;      /* speaker -> Known */
  GHashTable    *namesakes;  /* folded last name -> set of the people who have it */
  GHashTable    *affiliated; /* folded last name -> "Democrat, N.Y.", or "" for two people */
} Matcher;

typedef struct
{
  int   party;
  char *key;
  guint people; /* how many people were known when this was decided */
  gboolean settled;
} Known;

static void
known_free (gpointer data)
{
  Known *known = data;

  g_free (known->key);
  g_free (known);
}

static gboolean
is_upper_word (const char *word,
               gsize       length)
{
  gboolean letters = FALSE;

  for (const char *p = word; p < word + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isalpha (c);
    }

  return letters;
}

static void
compile_aliases (Matcher *m)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));

  m->aliases = g_array_new (FALSE, FALSE, sizeof (Alias));
  m->by_first = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint p = 0; p < m->parties->parties->len; p++)
    {
      PlxParty *party = g_ptr_array_index (m->parties->parties, p);

      for (guint a = 0; a < party->aliases->len; a++)
        {
          const char *text = g_ptr_array_index (party->aliases, a);
          Alias alias = { p, 0, NULL, NULL };
          GArray *bucket;
          guint index;

          g_array_set_size (tokens, 0);
          plx_tokenizer_tokenize (m->tokenizer, text, 0, strlen (text), tokens);
          if (tokens->len == 0)
            continue;

          alias.n = tokens->len;
          alias.norms = g_new (guint, tokens->len);
          alias.upper = g_new (gboolean, tokens->len);
          for (guint k = 0; k < tokens->len; k++)
            {
              const PlxToken *t = &g_array_index (tokens, PlxToken, k);

              alias.norms[k] = t->norm;
              alias.upper[k] = t->byte_end - t->byte_start > 1 &&
                               is_upper_word (text + t->byte_start, t->byte_end - t->byte_start);
            }

          index = m->aliases->len;
          g_array_append_val (m->aliases, alias);
          bucket = g_hash_table_lookup (m->by_first, GUINT_TO_POINTER (alias.norms[0]));
          if (bucket == NULL)
            {
              bucket = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (m->by_first, GUINT_TO_POINTER (alias.norms[0]), bucket);
            }
          g_array_append_val (bucket, index);
        }
    }
}

static void
matcher_clear (Matcher *m)
{
  for (guint i = 0; i < m->aliases->len; i++)
    {
      Alias *alias = &g_array_index (m->aliases, Alias, i);

      g_free (alias->norms);
      g_free (alias->upper);
    }
  g_array_unref (m->aliases);
  g_hash_table_unref (m->by_first);
  plx_people_clear (&m->people);
  g_hash_table_unref (m->last_of);
  g_hash_table_unref (m->known);
  g_hash_table_unref (m->namesakes);
  g_hash_table_unref (m->affiliated);
}

static gboolean is_capitalised  (const char     *text,
                                 const PlxToken *token);
static gboolean has_punctuation (const char *from,
                                 const char *to);

/* Whether the words of an alias, tokens [from, to), stand inside a longer
 * name, between capitalised words: "Secure America Now" is no word of
 * the United States ("House Republicans" ends with its party). */
static gboolean
inside_name (Matcher        *m,
             const char     *text,
             const PlxToken *tokens,
             guint           start,
             guint           end,
             guint           from,
             guint           to)
{
  g_autofree char *before = NULL;

  if (from <= start || to >= end || !is_capitalised (text, &tokens[from - 1]) ||
      !is_capitalised (text, &tokens[to]) ||
      has_punctuation (text + tokens[from - 1].byte_end, text + tokens[from].byte_start) ||
      has_punctuation (text + tokens[to - 1].byte_end, text + tokens[to].byte_start))
    return FALSE;
  before = g_utf8_casefold (text + tokens[from - 1].byte_start,
                            tokens[from - 1].byte_end - tokens[from - 1].byte_start);

  return !g_hash_table_contains (m->parties->titles, before);
}

/* The party of the last alias in tokens [start, end), or -1. Sets
 * *alias_start to where it begins. */
static int
find_alias (Matcher        *m,
            const char     *text,
            const PlxToken *tokens,
            guint           start,
            guint           end,
            guint          *alias_start)
{
  int found = -1;

  for (guint i = start; i < end; i++)
    {
      GArray *bucket = g_hash_table_lookup (m->by_first, GUINT_TO_POINTER (tokens[i].norm));

      for (guint b = 0; bucket != NULL && b < bucket->len; b++)
        {
          const Alias *alias = &g_array_index (m->aliases, Alias, g_array_index (bucket, guint, b));
          guint k;

          if (i + alias->n > end)
            continue;
          for (k = 0; k < alias->n; k++)
            {
              const PlxToken *t = &tokens[i + k];

              if (t->norm != alias->norms[k] ||
                  (alias->upper[k] &&
                   !is_upper_word (text + t->byte_start, t->byte_end - t->byte_start)))
                break;
            }
          if (k == alias->n && !inside_name (m, text, tokens, start, end, i, i + alias->n))
            {
              found = alias->party;
              if (alias_start != NULL)
                *alias_start = i;
            }
        }
    }

  return found;
}

static gboolean
is_capitalised (const char     *text,
                const PlxToken *token)
{
  return g_unichar_isupper (g_utf8_get_char (text + token->byte_start)) &&
         !(token->flags & PLX_TOKEN_STOPWORD);
}

static gboolean
has_punctuation (const char *from,
                 const char *to)
{
  for (const char *p = from; p < to; p++)
    if (strchr (",;:()[]\"", *p) != NULL || (guchar) *p >= 0x80)
      return TRUE;

  return FALSE;
}

/* The end of the run of capitalised words at token @i, one past its last. */
static guint
name_end (const char     *text,
          const PlxToken *tokens,
          guint           n,
          guint           i)
{
  guint end = i;

  while (end < n && is_capitalised (text, &tokens[end]) &&
         (end == i || !has_punctuation (text + tokens[end - 1].byte_end,
                                        text + tokens[end].byte_start)))
    end++;

  return end;
}

/* The party of the person named in tokens [i, end), as the article
 * introduces them: a party word opening the name ("Ukrainian President
 * Volodymyr Zelensky"), just before it, or in an apposition after it; -1
 * when none does. Returns FALSE when the words name no person: a single
 * word, or a name that is all party ("United States"). */
static gboolean
introduced_party (Matcher        *m,
                  const char     *text,
                  const PlxToken *tokens,
                  guint           n,
                  guint           i,
                  guint           end,
                  int            *party)
{
  guint alias_start = 0;
  int inner = find_alias (m, text, tokens, i, end, &alias_start);

  /* A person's own party, found in the other article, is their name, not
   * a party word: how this article introduces them still counts. */
  if (inner >= 0 && ((PlxParty *) g_ptr_array_index (m->parties->parties, inner))->discovered)
    inner = -1;
  if (inner >= 0 && (alias_start != i || end - i < 3))
    return FALSE;
  if (inner < 0 && end - i < 2)
    return FALSE;

  *party = inner;
  if (*party < 0)
    {
      /* Not across punctuation: "WASHINGTON — Representative X" is a
       * dateline, not X's party. */
      guint from = i;

      while (from > 0 && i - from < PREFIX_WORDS &&
             !has_punctuation (text + tokens[from - 1].byte_end, text + tokens[from].byte_start))
        from--;
      *party = find_alias (m, text, tokens, from, i, NULL);
    }
  if (*party < 0 && end < n && text[tokens[end - 1].byte_end] == ',')
    {
      guint stop = end;

      while (stop < n && stop - end < APPOSITION_WORDS &&
             !has_punctuation (text + tokens[stop].byte_end,
                               stop + 1 < n ? text + tokens[stop + 1].byte_start
                                            : text + tokens[stop].byte_end))
        stop++;
      *party = find_alias (m, text, tokens, end, MIN (stop + 1, n), NULL);
    }

  return TRUE;
}

/* The state of an affiliation in text [from, to): a form of
 * parties.json's "states" as written ("N.Y.", "Texas", "NJ"), the full
 * stop that ends the sentence left out ("R-Texas."). Returns its length,
 * or 0 when it is none ("D-Day"). */
static gsize
state_length (Matcher    *m,
              const char *from,
              const char *to)
{
  g_autofree char *form = g_strndup (from, to - from);
  gsize length = to - from;

  if (g_hash_table_contains (m->parties->states, form))
    return length;
  /* "R-Tex" for "Tex." */
  form = g_realloc (form, length + 2);
  form[length] = '.';
  form[length + 1] = '\0';
  if (g_hash_table_contains (m->parties->states, form))
    return length;
  if (length > 1 && from[length - 1] == '.')
    {
      form[length - 1] = '\0';
      if (g_hash_table_contains (m->parties->states, form))
        return length - 1;
    }

  return 0;
}

/* The letter of affiliation and the state American news gives after a
 * lawmaker's name, in text [p, limit): ", D-N.Y.," or " (R-Minn.)". Returns
 * what the letter says, or %NULL, with *display its words spelled out
 * ("Democrat, N.Y.") and *after the byte past it. */
static const PlxAffiliation *
affiliation_after (Matcher     *m,
                   const char  *p,
                   const char  *limit,
                   char       **display,
                   const char **after)
{
  gboolean parenthesis;
  const char *letter;
  const char *state;
  const char *ends[MAX_STATE_WORDS];
  guint words = 0;
  const PlxAffiliation *affiliation;
  g_autofree char *key = NULL;

  if (p < limit && *p == ',')
    parenthesis = FALSE;
  else if (p + 1 < limit && *p == ' ' && p[1] == '(')
    {
      parenthesis = TRUE;
      p++;
    }
  else
    return NULL;
  p++;
  while (p < limit && *p == ' ')
    p++;

  letter = p;
  while (p < limit && p - letter < 2 && g_ascii_isupper (*p))
    p++;
  if (p == letter || p + 1 >= limit || *p != '-' || !g_ascii_isupper (p[1]))
    return NULL;
  key = g_strndup (letter, p - letter);
  affiliation = g_hash_table_lookup (m->parties->affiliations, key);
  if (affiliation == NULL)
    return NULL;

  /* The words that may be the state: "N.Y.", "New Hampshire". */
  state = ++p;
  while (words < MAX_STATE_WORDS)
    {
      const char *word = p;

      while (p < limit && p - word < 16 && (g_ascii_isalpha (*p) || *p == '.'))
        p++;
      if (p == word)
        break;
      ends[words++] = p;
      if (p + 1 >= limit || *p != ' ' || !g_ascii_isupper (p[1]))
        break;
      p++;
    }

  /* The longest that is a state and is closed as it was opened, or by
   * the sentence's end. */
  for (guint k = words; k > 0; k--)
    {
      gsize length = state_length (m, state, ends[k - 1]);
      const char *end = state + length;

      if (length == 0)
        continue;
      if (parenthesis ? end >= limit || *end != ')'
                      : end < limit && *end != ',' && *end != ';' && *end != '.' &&
                          !g_ascii_isspace (*end))
        continue;
      *display = g_strdup_printf ("%s, %.*s", affiliation->member, (int) length, state);
      *after = end;
      return affiliation;
    }

  return NULL;
}

/* Reads how the article introduces people: a party word just before a name
 * ("Ukrainian President Volodymyr Zelensky") or in an apposition after it
 * ("Yuri Ushakov, the diplomatic advisor to the Russian presidency"). */
static void
learn_people (Matcher        *m,
              const char     *text,
              const PlxToken *tokens,
              guint           n,
              const char     *limit)
{
  plx_namesakes_learn (m->namesakes, text, tokens, n);
  for (guint i = 0; i < n; i++)
    {
      guint end;
      int party = -1;
      g_autofree char *last = NULL;
      g_autofree char *display = NULL;
      const char *after = NULL;
      const PlxAffiliation *affiliation;
      const PlxToken *tail;

      if (!is_capitalised (text, &tokens[i]))
        continue;
      end = name_end (text, tokens, n, i);

      tail = &tokens[end - 1];
      affiliation = affiliation_after (m, text + tail->byte_end, limit, &display, &after);

      /* Every sentence begins with a capital, so a name there counts only
       * when an apposition introduces it: "Yuri Ushakov, the diplomatic
       * advisor to the Russian presidency, told reporters ...", "Scott
       * Brown (R-Mass.) said". */
      if (i == 0 && (end < 2 || end >= n || text[tokens[end - 1].byte_end] != ',') &&
          !(end >= 2 && affiliation != NULL))
        continue;
      if (!introduced_party (m, text, tokens, n, i, end, &party))
        {
          i = end - 1;
          continue;
        }

      last = g_utf8_casefold (text + tail->byte_start, tail->byte_end - tail->byte_start);

      /* "Rep. Gregory Meeks, D-N.Y.": the letter says the party. */
      if (affiliation != NULL)
        {
          int tagged = affiliation->party != NULL
                         ? plx_parties_find_index (m->parties, affiliation->party)
                         : -1;

          const char *known = g_hash_table_lookup (m->affiliated, last);

          if (tagged >= 0)
            party = tagged;
          /* Two lawmakers of one last name ("Sen. Ron Johnson, R-Wis.",
           * "Rep. Hank Johnson, D-Ga."): neither is shown with one. */
          if (known == NULL)
            g_hash_table_insert (m->affiliated, g_strdup (last), g_steal_pointer (&display));
          else if (!g_str_equal (known, display))
            g_hash_table_insert (m->affiliated, g_strdup (last), g_strdup (""));
          /* Its letters name no one. */
          while (end < n && tokens[end].byte_start < (gsize) (after - text))
            end++;
        }
      if (party >= 0 && plx_people_lookup (&m->people, last, NULL) < 0)
        plx_people_remember (&m->people, last, party);
      if (party >= 0 || (party = plx_people_lookup (&m->people, last, NULL)) >= 0)
        g_hash_table_insert (m->last_of, GINT_TO_POINTER (party + 1), g_steal_pointer (&last));
      i = end - 1;
    }
}

static char *
slug (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static char *
token_folded (const char     *text,
              const PlxToken *token)
{
  return g_utf8_casefold (text + token->byte_start, token->byte_end - token->byte_start);
}

/* Whether a capitalised word comes at token @from of @tokens or later. */
static gboolean
later_name (const char *speaker,
            GArray     *tokens,
            guint       from)
{
  for (guint k = from; k < tokens->len; k++)
    if (is_capitalised (speaker, &g_array_index (tokens, PlxToken, k)))
      return TRUE;

  return FALSE;
}

/* Whether token @k of @speaker is a lower-case noun right after the one
 * before it ("aides" of "McConnell aides"). */
static gboolean
noun_after (const char     *speaker,
            const PlxToken *words,
            guint           k)
{
  return !has_punctuation (speaker + words[k - 1].byte_end, speaker + words[k].byte_start) &&
         !(words[k].flags & (PLX_TOKEN_STOPWORD | PLX_TOKEN_NUMBER)) &&
         g_unichar_islower (g_utf8_get_char (speaker + words[k].byte_start));
}

/* Whether a noun follows the name at token @i of @speaker and ends it:
 * "McConnell aides", "Weiner's office", "Obama administration officials"
 * (not "Clinton herself", "Trump, 70"). */
static gboolean
body_of_person (const char *speaker,
                GArray     *tokens,
                guint       i)
{
  const PlxToken *words = (const PlxToken *) tokens->data;
  const PlxToken *last = &words[tokens->len - 1];

  /* (One word ends it, or two of many people: more is a misread phrase,
   * "the NAACP the statement".) */
  if (i + 2 == tokens->len)
    return noun_after (speaker, words, i + 1);

  return i + 3 == tokens->len && noun_after (speaker, words, i + 1) &&
         noun_after (speaker, words, i + 2) && speaker[last->byte_end - 1] == 's' &&
         (last->byte_end - last->byte_start < 2 || speaker[last->byte_end - 2] != 's');
}

/* A remembered person among the words of @speaker: returns their party
 * and sets @key to their name, or returns -1. Sets @last_name to the last
 * capitalised word and @titled when the words hold a title. */
static int
remembered_person (Matcher    *m,
                   const char *speaker,
                   GArray     *tokens,
                   int        *last_name,
                   gboolean   *titled,
                   char      **key)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      const PlxToken *t = &g_array_index (tokens, PlxToken, i);
      g_autofree char *word = token_folded (speaker, t);
      const char *canonical = NULL;
      int person;

      *titled |= g_hash_table_contains (m->parties->titles, word);
      /* "The governor" names no one: a capital on a function word only
       * starts the sentence. */
      if (!is_capitalised (speaker, t))
        continue;
      /* "the NAACP President Benjamin Todd Jealous", "Obama campaign
       * spokeswoman Lis Smith": a name before the person's own is not
       * them. */
      if (i + 1 < tokens->len && later_name (speaker, tokens, i + 1))
        {
          *last_name = i;
          continue;
        }

      person = plx_people_lookup (&m->people, word, &canonical);
      /* "McConnell aides", "The Trump team", "Weiner's office": people of
       * the person's side, not the person; one speaker of their own. */
      if (person >= 0 && body_of_person (speaker, tokens, i))
        {
          *key = g_utf8_casefold (speaker, -1);
          return person;
        }
      if (person >= 0)
        {
          g_hash_table_insert (m->last_of, GINT_TO_POINTER (person + 1), g_strdup (canonical));
          *key = g_strdup (canonical);
          return person;
        }
      *last_name = i;
    }

  return -1;
}

/* The party a party word in @speaker names, or -1, and the key: the
 * person it introduces ("Ukrainian President Volodymyr Zelensky"), the
 * party's person named last when a title stands for them ("the Ukrainian
 * president"), or the head word ("the Kremlin"). */
static int
described_party (Matcher    *m,
                 const char *speaker,
                 GArray     *tokens,
                 int         last_name,
                 gboolean    titled,
                 char      **key)
{
  const PlxToken *words = (const PlxToken *) tokens->data;
  const PlxToken *head = &words[tokens->len - 1];
  guint at = 0;
  int party = find_alias (m, speaker, words, 0, tokens->len, &at);
  const char *person;

  if (party < 0)
    return -1;
  /* "Rep. Steve Israel": a party word after a given name is a surname. */
  if (at >= 1 && at == tokens->len - 1 && is_capitalised (speaker, &words[at - 1]))
    {
      g_autofree char *before = token_folded (speaker, &words[at - 1]);

      if (!g_hash_table_contains (m->parties->titles, before) &&
          find_alias (m, speaker, words, 0, at, NULL) < 0)
        return -1;
    }

  if (last_name == (int) tokens->len - 1 && tokens->len >= 3 &&
      find_alias (m, speaker, words, last_name, tokens->len, NULL) < 0)
    {
      g_autofree char *word = token_folded (speaker, head);

      plx_people_remember (&m->people, word, party);
      g_hash_table_insert (m->last_of, GINT_TO_POINTER (party + 1), g_strdup (word));
      *key = g_steal_pointer (&word);
      return party;
    }

  person = titled ? g_hash_table_lookup (m->last_of, GINT_TO_POINTER (party + 1)) : NULL;
  *key = person != NULL ? g_strdup (person) : token_folded (speaker, head);

  return party;
}

/* A named speaker of no known party speaks for themselves: the party
 * named after their last name, made or found, with @speaker as one more
 * way of naming them. */
static int
own_party (Matcher    *m,
           const char *speaker,
           const char *surname,
           char      **key)
{
  g_autofree char *id = slug (surname);
  int index = plx_parties_find_index (m->parties, id);

  /* "Rep. Steve Israel" is no party of the state of that name. */
  if (index >= 0 && !((PlxParty *) g_ptr_array_index (m->parties->parties, index))->discovered)
    {
      g_autofree char *own = g_strconcat (id, "-person", NULL);

      g_free (id);
      id = g_steal_pointer (&own);
      index = plx_parties_find_index (m->parties, id);
    }
  *key = g_utf8_casefold (surname, -1);
  if (index < 0)
    {
      PlxParty *found = plx_party_new (id, speaker, TRUE);

      g_ptr_array_add (found->aliases, g_strdup (speaker));
      g_ptr_array_add (m->parties->parties, found);
      index = m->parties->parties->len - 1;
    }
  else
    {
      PlxParty *found = g_ptr_array_index (m->parties->parties, index);
      gboolean known = FALSE;

      for (guint a = 0; a < found->aliases->len; a++)
        known |= g_str_equal (g_ptr_array_index (found->aliases, a), speaker);
      /* A few ways of naming them are enough to recognise them. */
      if (!known && found->discovered && found->aliases->len < 8)
        g_ptr_array_add (found->aliases, g_strdup (speaker));
    }
  plx_people_remember (&m->people, *key, index);

  return index;
}

static gboolean
is_title_word (Matcher        *m,
               const PlxToken *token)
{
  return g_hash_table_contains (m->parties->titles, plx_vocabulary_lookup (m->vocabulary, token->norm));
}

/* Whether @token is a noun that ends a body's name ("Committee",
 * "Committees"). */
static gboolean
is_body_word (Matcher        *m,
              const PlxToken *token)
{
  const char *word = plx_vocabulary_lookup (m->vocabulary, token->norm);
  gsize n = strlen (word);
  g_autofree char *singular = NULL;

  if (g_hash_table_contains (m->parties->bodies, word))
    return TRUE;
  if (n > 3 && g_str_has_suffix (word, "ies"))
    {
      singular = g_strndup (word, n - 2);
      singular[n - 3] = 'y';
    }
  else if (n > 2 && word[n - 1] == 's')
    singular = g_strndup (word, n - 1);

  return singular != NULL && g_hash_table_contains (m->parties->bodies, singular);
}

/* "Roger Pilon of the Cato Institute": a name of two to four words before
 * "of" is the person who speaks, the words after it where they work. */
static int
person_before_of (Matcher    *m,
                  const char *speaker,
                  GArray     *tokens,
                  char      **key)
{
  const PlxToken *words = (const PlxToken *) tokens->data;

  for (guint i = 2; i + 1 < tokens->len; i++)
    {
      guint first = i - 1;
      g_autofree char *name = NULL;
      g_autofree char *surname = NULL;

      if (!g_str_equal (plx_vocabulary_lookup (m->vocabulary, words[i].norm), "of"))
        continue;
      while (first > 0 && i - first < 4 && is_capitalised (speaker, &words[first - 1]) &&
             !is_title_word (m, &words[first - 1]) &&
             !has_punctuation (speaker + words[first - 1].byte_end, speaker + words[first].byte_start))
        first--;
      if (i - first < 2 || !is_capitalised (speaker, &words[first]) || is_title_word (m, &words[first]) ||
          is_title_word (m, &words[i - 1]))
        return -1;
      /* "The International Committee of the Red Cross": a body, named
       * by all its words. */
      if (is_body_word (m, &words[i - 1]))
        {
          const PlxToken *last = &words[tokens->len - 1];

          name = g_strndup (speaker + words[first].byte_start, last->byte_end - words[first].byte_start);
          return own_party (m, name, name, key);
        }
      name = g_strndup (speaker + words[first].byte_start, words[i - 1].byte_end - words[first].byte_start);
      surname = g_strndup (speaker + words[i - 1].byte_start,
                           words[i - 1].byte_end - words[i - 1].byte_start);

      return own_party (m, name, surname, key);
    }

  return -1;
}

/* Bodies a description may mean, the last named first. */
#define MAX_BODIES_BACK 32

/* The body that "the court", "The Court", "The Dusseldorf court" or "the
 * committee" in @speaker means: the last one named whose name ends in that
 * noun and holds the description's capitalised words ("Dusseldorf Higher
 * Regional Court"); sets @key to its name. Not "an appeals court":
 * another one. So is "Court" alone after "Margaret Court", whose name
 * ends in such a noun too. */
static int
described_body (Matcher    *m,
                const char *speaker,
                GArray     *tokens,
                char      **key)
{
  const PlxToken *words = (const PlxToken *) tokens->data;
  const PlxToken *head = &words[tokens->len - 1];
  g_autofree char *first = NULL;
  g_autofree char *noun = NULL;
  gsize noun_length;
  gboolean alone;
  guint looked = 0;

  if (!is_body_word (m, head))
    return -1;
  first = token_folded (speaker, &words[0]);
  alone = tokens->len == 1 || (tokens->len == 2 && g_str_equal (first, "the"));
  if (!(alone || g_str_equal (first, "the")) || (is_capitalised (speaker, head) && !alone))
    return -1;
  noun = token_folded (speaker, head);
  noun_length = strlen (noun);
  /* Among the bodies named lately: a description refers back a few
   * paragraphs, not to every body the article ever named. */
  for (guint p = m->parties->parties->len; p > 0 && looked < MAX_BODIES_BACK; p--)
    {
      const PlxParty *party = g_ptr_array_index (m->parties->parties, p - 1);
      gsize length = strlen (party->name);
      g_autofree char *name = NULL;
      gboolean fits = TRUE;

      if (!party->discovered)
        continue;
      looked++;
      if (length < noun_length || g_ascii_strcasecmp (party->name + length - noun_length, noun) != 0 ||
          (length > noun_length && party->name[length - noun_length - 1] != ' '))
        continue;
      /* Every name in the description is in the body's. */
      name = g_utf8_casefold (party->name, -1);
      for (guint k = 1; fits && k + 1 < tokens->len; k++)
        if (is_capitalised (speaker, &words[k]))
          {
            g_autofree char *word = token_folded (speaker, &words[k]);

            fits = strstr (name, word) != NULL;
          }
      if (fits)
        {
          *key = g_steal_pointer (&name);
          return p - 1;
        }
    }

  return -1;
}

/* The party of one speaker — a remembered person, a party word in the
 * speaker's words, or the speaker as a party of their own — and the key
 * that tells speakers apart: a person's last name or the description's
 * head word. "The Ukrainian president" is the Ukrainian person named last. */
static int
speaker_party (Matcher    *m,
               const char *speaker,
               char      **key)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  int party;
  int last_name = -1;
  gboolean titled = FALSE;

  *key = NULL;
  if (speaker == NULL || speaker[0] == '\0')
    return -1;

  plx_tokenizer_tokenize (m->tokenizer, speaker, 0, strlen (speaker), tokens);
  if (tokens->len == 0)
    return -1;

  /* "a spokesman for President Obama": who speaks for someone is on
   * their side, and not them. */
  for (guint i = 1; i + 1 < tokens->len; i++)
    {
      const PlxToken *words = (const PlxToken *) tokens->data;
      const char *word = plx_vocabulary_lookup (m->vocabulary, words[i].norm);
      g_autofree char *whose = NULL;

      if (!g_str_equal (word, "for"))
        continue;
      if (is_capitalised (speaker, &words[i - 1]) || !later_name (speaker, tokens, i + 1))
        break;
      party = speaker_party (m, speaker + words[i + 1].byte_start, &whose);
      *key = token_folded (speaker, &words[i - 1]);
      return party;
    }

  /* "The Court", "Court" after a body or a person named with that word. */
  if (tokens->len <= 2)
    {
      party = described_body (m, speaker, tokens, key);
      if (party >= 0)
        return party;
    }

  party = remembered_person (m, speaker, tokens, &last_name, &titled, key);
  if (party >= 0)
    return party;
  party = described_party (m, speaker, tokens, last_name, titled, key);
  if (party >= 0)
    return party;

  party = person_before_of (m, speaker, tokens, key);
  if (party >= 0)
    return party;

  /* The name is the phrase's head: in "Health officials" it only opens
   * the sentence. The person is named by the name alone, without the
   * words of office before it ("Local farmer Tom Baker" is "Tom Baker"). */
  if (last_name >= 0 && last_name == (int) tokens->len - 1 &&
      (g_unichar_isupper (g_utf8_get_char (speaker)) || last_name >= 2))
    {
      const PlxToken *words = (const PlxToken *) tokens->data;
      int first = last_name;
      g_autofree char *name = NULL;

      while (first > 0 && is_capitalised (speaker, &words[first - 1]) &&
             !g_hash_table_contains (m->parties->titles, plx_vocabulary_lookup (m->vocabulary,
                                                                               words[first - 1].norm)) &&
             !has_punctuation (speaker + words[first - 1].byte_end, speaker + words[first].byte_start))
        first--;
      /* "Secretary of State John F. Kerry": the word after "of" is the
       * office's. */
      if (first >= 2 && first < last_name &&
          g_str_equal (plx_vocabulary_lookup (m->vocabulary, words[first - 1].norm), "of") &&
          is_title_word (m, &words[first - 2]))
        first++;
      if (last_name - first < 4)
        {
          /* A body is told apart by all of its name ("Local Coordination
           * Committees" is no "International Committee"), a person by
           * their last name. */
          gboolean body = is_body_word (m, &words[last_name]);
          g_autofree char *surname = body ? g_strndup (speaker + words[first].byte_start,
                                                       words[last_name].byte_end -
                                                       words[first].byte_start)
                                          : g_strndup (speaker + words[last_name].byte_start,
                                                       words[last_name].byte_end -
                                                       words[last_name].byte_start);

          name = g_strndup (speaker + words[first].byte_start,
                            words[last_name].byte_end - words[first].byte_start);
          return own_party (m, name, surname, key);
        }
    }

  /* "The Dusseldorf court" (two words or fewer were looked at first). */
  if (tokens->len > 2)
    {
      party = described_body (m, speaker, tokens, key);
      if (party >= 0)
        return party;
    }

  *key = token_folded (speaker, &g_array_index (tokens, PlxToken, tokens->len - 1));

  return -1;
}

/* Unnamed speakers ("observers", "sources") share one party. */
static int
other_party (PlxParties *self)
{
  int index = plx_parties_find_index (self, OTHER_ID);

  if (index < 0)
    {
      g_ptr_array_add (self->parties, plx_party_new (OTHER_ID, _("Other voices"), TRUE));
      index = self->parties->len - 1;
    }

  return index;
}

/**
 * plx_parties_ensure_other:
 *
 * Returns: the party of speakers who belong to no other ("Other voices"),
 *   added when there was none
 */
const PlxParty *
plx_parties_ensure_other (PlxParties *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_ptr_array_index (self->parties, other_party (self));
}

/* Gives @claim its party and speaker key, with what is known of the
 * article's people so far. */
static void
assign_claim (Matcher  *m,
              PlxClaim *claim)
{
  PlxParties *self = m->parties;
  g_autofree char *key = NULL;
  Known *known = g_hash_table_lookup (m->known, claim->speaker_name);
  int party;

  /* The same speaker again: the answer is the same, as long as no one new
   * was introduced since (people can only be added). */
  if (known != NULL && (known->settled || known->people == plx_people_count (&m->people)))
    {
      party = known->party;
      key = g_strdup (known->key);
    }
  else
    {
      party = speaker_party (m, claim->speaker_name, &key);
      known = g_new0 (Known, 1);
      known->party = party;
      known->key = g_strdup (key);
      known->people = plx_people_count (&m->people);
      /* A speaker found a person or a party word for keeps; only "no one
       * known" may change as people are introduced. */
      known->settled = party >= 0 &&
                       !((PlxParty *) g_ptr_array_index (self->parties, party))->discovered;
      g_hash_table_replace (m->known, g_strdup (claim->speaker_name), known);
    }

  g_free (claim->speaker_key);
  /* A person known by name, or one speaking for a party of their own (by
   * their surname: not "dalton aides", the people of their side). */
  claim->person = key != NULL &&
                  (plx_people_contains (&m->people, key) ||
                   (party >= 0 && ((PlxParty *) g_ptr_array_index (self->parties, party))->discovered &&
                    strchr (key, ' ') == NULL));
  g_clear_pointer (&claim->affiliation, g_free);
  if (claim->person)
    {
      const char *affiliation = g_hash_table_lookup (m->affiliated, key);

      if (affiliation != NULL && affiliation[0] != '\0')
        claim->affiliation = g_strdup (affiliation);
    }
  claim->speaker_key = g_steal_pointer (&key);
  if (party < 0)
    party = other_party (self);
  g_free (claim->party);
  claim->party = g_strdup (((PlxParty *) g_ptr_array_index (self->parties, party))->id);
}

/**
 * plx_parties_assign:
 *
 * Gives every claim of @article its party (claim->party), learning the
 * article's people on the way and adding parties it discovers.
 */
void
plx_parties_assign (PlxParties              *self,
                    PlxArticle              *article,
                    GArray                  *claims,
                    PlxTokenizer            *tokenizer,
                    PlxVocabulary           *vocabulary,
                    const PlxSentenceTokens *given)
{
  Matcher m = { self, tokenizer, vocabulary, NULL, NULL };
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  guint next_claim = 0;

  compile_aliases (&m);
  plx_people_init (&m.people);
  m.last_of = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  m.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, known_free);
  m.namesakes = plx_namesakes_new ();
  m.affiliated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < n; i++)
    {
      if (given != NULL)
        learn_people (&m, text, given->tokens + given->starts[i],
                      given->starts[i + 1] - given->starts[i], text + sentences[i].byte_end);
      else
        {
          g_array_set_size (tokens, 0);
          plx_tokenizer_tokenize (tokenizer, text, sentences[i].byte_start,
                                  sentences[i].byte_end, tokens);
          learn_people (&m, text, (const PlxToken *) tokens->data, tokens->len,
                        text + sentences[i].byte_end);
        }

      /* Claims in this sentence, with what is known of people so far. */
      for (; next_claim < claims->len &&
             g_array_index (claims, PlxClaim, next_claim).sentence <= i;
           next_claim++)
        assign_claim (&m, &g_array_index (claims, PlxClaim, next_claim));
    }

  plx_namesakes_unmark (m.namesakes, claims);

  matcher_clear (&m);
}
