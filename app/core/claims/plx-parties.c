/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Parties: the sides whose positions claims report. Known parties (states
 * and major organisations) come with their aliases from
 * data/lexicon/parties.json; a user file of the same shape adds, renames or
 * merges them. People are assigned to a party from how the article
 * introduces them — "Ukrainian President Volodymyr Zelensky", "Yuri
 * Ushakov, the diplomatic advisor to the Russian presidency" — and are
 * remembered by name for the rest of the article, spelling variants
 * included. A named speaker of no known party becomes a party of their own,
 * so that an article about two companies or two candidates works too. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-load.h"
#include "plx-parties.h"
#include "plx-similarity.h"

#define OTHER_ID "other"

/* Words before a name that may hold the party ("Ukrainian President"). */
#define PREFIX_WORDS 4
/* Words of an apposition after a name (", the advisor to the ..."). */
#define APPOSITION_WORDS 12

struct _PlxParties
{
  GPtrArray *parties; /* PlxParty* */
};

typedef struct
{
  guint     party;
  guint     n;
  guint    *norms;
  gboolean *upper; /* acronyms match in capitals only: "US" is not "us" */
} Alias;

static void
party_free (gpointer data)
{
  PlxParty *party = data;

  g_free (party->id);
  g_free (party->name);
  g_ptr_array_unref (party->aliases);
  g_free (party);
}

static PlxParty *
party_new (const char *id,
           const char *name,
           gboolean    discovered)
{
  PlxParty *party = g_new0 (PlxParty, 1);

  party->id = g_strdup (id);
  party->name = g_strdup (name);
  party->aliases = g_ptr_array_new_with_free_func (g_free);
  party->discovered = discovered;

  return party;
}

static int
find_index (PlxParties *self,
            const char *id)
{
  for (guint i = 0; i < self->parties->len; i++)
    if (g_str_equal (((PlxParty *) g_ptr_array_index (self->parties, i))->id, id))
      return i;

  return -1;
}

/* A string member, @fallback when it is absent, %NULL when it is there but
 * not a string (json-glib's own getter complains on the terminal then). */
static const char *
string_member (JsonObject *object,
               const char *member,
               const char *fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return fallback;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
load_json (PlxParties *self,
           const char *data,
           gsize       length,
           const char *name,
           gboolean    from_user,
           GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *parties;

  if (!plx_load_json (parser, data, length, PLX_LOAD_MAX_JSON_DEPTH, &local_error))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT, _("The parties file “%s” is not valid JSON: %s"),
                   name, local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "parties") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "parties")))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("The parties file “%s” must be an object with a list "
                     "\"parties\": [{\"id\": …, \"name\": …, \"aliases\": […]}]."),
                   name);
      return FALSE;
    }

  parties = json_object_get_array_member (json_node_get_object (root), "parties");
  for (guint i = 0; i < json_array_get_length (parties); i++)
    {
      JsonNode *node = json_array_get_element (parties, i);
      JsonObject *object;
      const char *id;
      const char *party_name;
      JsonArray *aliases = NULL;
      PlxParty *party;
      int existing;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto invalid;
      object = json_node_get_object (node);
      id = string_member (object, "id", NULL);
      party_name = string_member (object, "name", id);
      if (id == NULL || id[0] == '\0' || party_name == NULL)
        goto invalid;
      if (json_object_has_member (object, "aliases"))
        {
          if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "aliases")))
            goto invalid;
          aliases = json_object_get_array_member (object, "aliases");
          for (guint a = 0; a < json_array_get_length (aliases); a++)
            {
              JsonNode *alias = json_array_get_element (aliases, a);

              if (!JSON_NODE_HOLDS_VALUE (alias) ||
                  json_node_get_value_type (alias) != G_TYPE_STRING)
                goto invalid;
            }
        }

      party = party_new (id, party_name, FALSE);
      party->edited = from_user;
      g_ptr_array_add (party->aliases, g_strdup (party_name));
      for (guint a = 0; aliases != NULL && a < json_array_get_length (aliases); a++)
        {
          const char *alias = json_array_get_string_element (aliases, a);

          if (alias != NULL && alias[0] != '\0')
            g_ptr_array_add (party->aliases, g_strdup (alias));
        }

      /* An entry with a known id replaces it: renames and merges. */
      existing = find_index (self, id);
      if (existing >= 0)
        {
          party_free (self->parties->pdata[existing]);
          self->parties->pdata[existing] = party;
        }
      else
        g_ptr_array_add (self->parties, party);
      continue;

    invalid:
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("Entry %u of the parties file “%s” needs an \"id\", a \"name\" and a "
                     "list of \"aliases\"."),
                   i + 1, name);
      return FALSE;
    }

  return TRUE;
}

PlxParties *
plx_parties_new (GError **error)
{
  g_autoptr(PlxParties) self = g_new0 (PlxParties, 1);
  g_autoptr(GBytes) bytes = NULL;

  self->parties = g_ptr_array_new_with_free_func (party_free);
  bytes = g_resources_lookup_data ("/io/github/parallax/Parallax/core/lexicon/parties.json", 0,
                                   NULL);
  if (bytes != NULL &&
      !load_json (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "parties.json",
                  FALSE, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
plx_parties_add_file (PlxParties *self,
                      const char *path,
                      GError    **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  bytes = plx_load_file_bounded (file, PLX_LOAD_MAX_SMALL_FILE, NULL, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);

  /* A user's parties are saved back with their edits. */
  return load_json (self, data, length, path, TRUE, error);
}

/**
 * plx_parties_add_data:
 * @data: JSON in the shape of a parties file
 * @name: where it comes from, for messages
 *
 * Like plx_parties_add_file(), for parties kept elsewhere (in a session).
 */
gboolean
plx_parties_add_data (PlxParties *self,
                      const char *data,
                      gsize       length,
                      const char *name,
                      GError    **error)
{
  return load_json (self, data, length, name, TRUE, error);
}

void
plx_parties_free (PlxParties *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->parties);
  g_free (self);
}

guint
plx_parties_get_n (PlxParties *self)
{
  return self->parties->len;
}

const PlxParty *
plx_parties_get (PlxParties *self,
                 guint       index)
{
  g_return_val_if_fail (index < self->parties->len, NULL);

  return g_ptr_array_index (self->parties, index);
}

const PlxParty *
plx_parties_lookup (PlxParties *self,
                    const char *id)
{
  int index = find_index (self, id);

  return index >= 0 ? g_ptr_array_index (self->parties, index) : NULL;
}

/* Matching. */

typedef struct
{
  PlxParties    *parties;
  PlxTokenizer  *tokenizer;
  PlxVocabulary *vocabulary;
  GArray        *aliases;    /* Alias */
  GHashTable    *by_first;   /* first norm -> GArray of alias indices */
  GHashTable    *people;     /* folded last name -> party index + 1 */
  GHashTable    *last_of;    /* party index + 1 -> folded last name of its last person */
  GHashTable    *by_initial; /* first character and length -> GPtrArray of people's keys */
  GHashTable    *known;      /* speaker -> Known */
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
  g_hash_table_unref (m->people);
  g_hash_table_unref (m->last_of);
  g_hash_table_unref (m->by_initial);
  g_hash_table_unref (m->known);
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
          if (k == alias->n)
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

/* Names are grouped by first letter and length. */
static guint
bucket_of (const char *name,
           gsize       length)
{
  return (g_utf8_get_char (name) << 8) | MIN (length, 255);
}

/* The remembered party of a person name (its last word), spelling
 * variants included: those keep the first letter, so only names with the
 * same first letter are compared. */
static int
person_party (Matcher    *m,
              const char *last_name)
{
  gpointer value = g_hash_table_lookup (m->people, last_name);
  GPtrArray *similar;

  if (value != NULL)
    return GPOINTER_TO_INT (value) - 1;

  /* Variants differ in a letter or two: look only at names of nearly the
   * same length. */
  for (int delta = -2; delta <= 2; delta++)
    {
      gsize length = strlen (last_name) + delta;

      if (length < 5)
        continue;
      similar = g_hash_table_lookup (m->by_initial,
                                     GUINT_TO_POINTER (bucket_of (last_name, length)));
      for (guint i = 0; similar != NULL && i < similar->len; i++)
        {
          const char *key = g_ptr_array_index (similar, i);

          if (plx_string_similarity (key, last_name) >= 0.7)
            return GPOINTER_TO_INT (g_hash_table_lookup (m->people, key)) - 1;
        }
    }

  return -1;
}

static void
remember_person (Matcher    *m,
                 const char *last_name,
                 int         party)
{
  GPtrArray *similar;
  guint bucket;
  char *key;

  if (g_hash_table_contains (m->people, last_name))
    return;

  key = g_strdup (last_name);
  g_hash_table_insert (m->people, key, GINT_TO_POINTER (party + 1));
  bucket = bucket_of (key, strlen (key));
  similar = g_hash_table_lookup (m->by_initial, GUINT_TO_POINTER (bucket));
  if (similar == NULL)
    {
      similar = g_ptr_array_new ();
      g_hash_table_insert (m->by_initial, GUINT_TO_POINTER (bucket), similar);
    }
  g_ptr_array_add (similar, key);
}

/* Reads how the article introduces people: a party word just before a name
 * ("Ukrainian President Volodymyr Zelensky") or in an apposition after it
 * ("Yuri Ushakov, the diplomatic advisor to the Russian presidency"). */
static void
learn_people (Matcher        *m,
              const char     *text,
              const PlxToken *tokens,
              guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      guint end = i;
      int party;
      g_autofree char *last = NULL;
      const PlxToken *tail;

      if (!is_capitalised (text, &tokens[i]))
        continue;
      while (end < n && is_capitalised (text, &tokens[end]) &&
             (end == i || !has_punctuation (text + tokens[end - 1].byte_end,
                                            text + tokens[end].byte_start)))
        end++;

      /* Every sentence begins with a capital, so a name there counts only
       * when an apposition introduces it: "Yuri Ushakov, the diplomatic
       * advisor to the Russian presidency, told reporters ...". */
      if (i == 0 && (end < 2 || end >= n || text[tokens[end - 1].byte_end] != ','))
        continue;

      /* A party word opening the name is its party: "Ukrainian President
       * Volodymyr Zelensky"; a name that is all party is no person
       * ("United States"). */
      {
        guint alias_start = 0;
        int inner = find_alias (m, text, tokens, i, end, &alias_start);

        party = -1;
        if (inner >= 0)
          {
            if (alias_start != i || end - i < 3)
              {
                i = end - 1;
                continue;
              }
            party = inner;
          }
        else if (end - i < 2)
          {
            i = end - 1;
            continue;
          }
      }

      if (party < 0)
        party = find_alias (m, text, tokens, i >= PREFIX_WORDS ? i - PREFIX_WORDS : 0, i, NULL);
      if (party < 0 && end < n && text[tokens[end - 1].byte_end] == ',')
        {
          guint stop = end;

          while (stop < n && stop - end < APPOSITION_WORDS &&
                 !has_punctuation (text + tokens[stop].byte_end,
                                   stop + 1 < n ? text + tokens[stop + 1].byte_start
                                                : text + tokens[stop].byte_end))
            stop++;
          party = find_alias (m, text, tokens, end, MIN (stop + 1, n), NULL);
        }

      tail = &tokens[end - 1];
      last = g_utf8_casefold (text + tail->byte_start, tail->byte_end - tail->byte_start);
      if (party >= 0 && person_party (m, last) < 0)
        remember_person (m, last, party);
      if (party >= 0 || (party = person_party (m, last)) >= 0)
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

static gboolean
is_title (const char *word)
{
  static const char *const titles[] = { "president", "minister", "premier", "chancellor",
                                        "leader", "spokesman", "spokeswoman", "spokesperson",
                                        "advisor", "adviser", "secretary", "ambassador",
                                        "king", "queen", "governor", "senator", "mayor",
                                        "candidate", "nominee", "chief", "head" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (word, titles[i]))
      return TRUE;

  return FALSE;
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
  const PlxToken *head;

  *key = NULL;
  if (speaker == NULL || speaker[0] == '\0')
    return -1;

  plx_tokenizer_tokenize (m->tokenizer, speaker, 0, strlen (speaker), tokens);
  if (tokens->len == 0)
    return -1;

  for (guint i = 0; i < tokens->len; i++)
    {
      const PlxToken *t = &g_array_index (tokens, PlxToken, i);
      g_autofree char *word = g_utf8_casefold (speaker + t->byte_start,
                                               t->byte_end - t->byte_start);
      int person;

      titled |= is_title (word);
      /* "The governor" names no one: a capital on a function word only
       * starts the sentence. */
      if (!is_capitalised (speaker, t))
        continue;
      person = person_party (m, word);
      if (person >= 0)
        {
          g_hash_table_insert (m->last_of, GINT_TO_POINTER (person + 1), g_strdup (word));
          *key = g_steal_pointer (&word);
          return person;
        }
      last_name = i;
    }

  head = &g_array_index (tokens, PlxToken, tokens->len - 1);
  party = find_alias (m, speaker, (const PlxToken *) tokens->data, 0, tokens->len, NULL);
  if (party >= 0 && last_name == (int) tokens->len - 1 && tokens->len >= 3 &&
      find_alias (m, speaker, (const PlxToken *) tokens->data, last_name, tokens->len, NULL) < 0)
    {
      /* "Ukrainian President Volodymyr Zelensky": remember the person. */
      g_autofree char *word = g_utf8_casefold (speaker + head->byte_start,
                                               head->byte_end - head->byte_start);

      remember_person (m, word, party);
      g_hash_table_insert (m->last_of, GINT_TO_POINTER (party + 1), g_strdup (word));
      *key = g_steal_pointer (&word);
      return party;
    }
  if (party >= 0)
    {
      const char *person = titled ? g_hash_table_lookup (m->last_of, GINT_TO_POINTER (party + 1))
                                  : NULL;

      *key = person != NULL ? g_strdup (person)
                            : g_utf8_casefold (speaker + head->byte_start,
                                               head->byte_end - head->byte_start);
      return party;
    }

  /* A named speaker of no known party speaks for themselves. The name is
   * the phrase's head: in "Health officials" it only opens the sentence. */
  if (last_name >= 0 && last_name == (int) tokens->len - 1 && tokens->len <= 5 &&
      g_unichar_isupper (g_utf8_get_char (speaker)))
    {
      const PlxToken *t = &g_array_index (tokens, PlxToken, last_name);
      g_autofree char *surname = g_strndup (speaker + t->byte_start, t->byte_end - t->byte_start);
      g_autofree char *id = slug (surname);
      int index = find_index (m->parties, id);

      *key = g_utf8_casefold (surname, -1);
      if (index < 0)
        {
          PlxParty *found = party_new (id, speaker, TRUE);

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
      remember_person (m, *key, index);
      return index;
    }

  *key = g_utf8_casefold (speaker + head->byte_start, head->byte_end - head->byte_start);
  return -1;
}

/* Unnamed speakers ("observers", "sources") share one party. */
static int
other_party (PlxParties *self)
{
  int index = find_index (self, OTHER_ID);

  if (index < 0)
    {
      g_ptr_array_add (self->parties, party_new (OTHER_ID, _("Other voices"), TRUE));
      index = self->parties->len - 1;
    }

  return index;
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
  Matcher m = { self, tokenizer, vocabulary, NULL, NULL, NULL };
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  guint next_claim = 0;

  compile_aliases (&m);
  m.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.last_of = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  m.by_initial = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  m.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, known_free);

  for (guint i = 0; i < n; i++)
    {
      if (given != NULL)
        learn_people (&m, text, given->tokens + given->starts[i],
                      given->starts[i + 1] - given->starts[i]);
      else
        {
          g_array_set_size (tokens, 0);
          plx_tokenizer_tokenize (tokenizer, text, sentences[i].byte_start,
                                  sentences[i].byte_end, tokens);
          learn_people (&m, text, (const PlxToken *) tokens->data, tokens->len);
        }

      /* Claims in this sentence, with what is known of people so far. */
      for (; next_claim < claims->len &&
             g_array_index (claims, PlxClaim, next_claim).sentence <= i;
           next_claim++)
        {
          PlxClaim *claim = &g_array_index (claims, PlxClaim, next_claim);
          g_autofree char *key = NULL;
          Known *known = g_hash_table_lookup (m.known, claim->speaker_name);
          int party;

          /* The same speaker again: the answer is the same, as long as no
           * one new was introduced since (people can only be added). */
          if (known != NULL && (known->settled || known->people == g_hash_table_size (m.people)))
            {
              party = known->party;
              key = g_strdup (known->key);
            }
          else
            {
              party = speaker_party (&m, claim->speaker_name, &key);
              known = g_new0 (Known, 1);
              known->party = party;
              known->key = g_strdup (key);
              known->people = g_hash_table_size (m.people);
              /* A speaker found a person or a party word for keeps; only
               * "no one known" may change as people are introduced. */
              known->settled = party >= 0 &&
                               !((PlxParty *) g_ptr_array_index (self->parties, party))->discovered;
              g_hash_table_replace (m.known, g_strdup (claim->speaker_name), known);
            }

          g_free (claim->speaker_key);
          claim->speaker_key = g_steal_pointer (&key);
          if (party < 0)
            party = other_party (self);
          g_free (claim->party);
          claim->party = g_strdup (((PlxParty *) g_ptr_array_index (self->parties, party))->id);
        }
    }

  matcher_clear (&m);
}

/**
 * plx_parties_rename:
 *
 * Gives party @id the name @name; the old name stays an alias.
 *
 * Returns: %FALSE if there is no such party
 */
gboolean
plx_parties_rename (PlxParties *self,
                    const char *id,
                    const char *name)
{
  int index;
  PlxParty *party;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL && name[0] != '\0', FALSE);

  index = find_index (self, id);
  if (index < 0)
    return FALSE;

  party = g_ptr_array_index (self->parties, index);
  g_ptr_array_add (party->aliases, g_strdup (name));
  g_free (party->name);
  party->name = g_strdup (name);
  party->edited = TRUE;

  return TRUE;
}

/**
 * plx_parties_merge:
 *
 * Makes party @from part of party @into: its aliases become @into's, and
 * @from is gone.
 *
 * Returns: %FALSE if either party is unknown or they are the same
 */
gboolean
plx_parties_merge (PlxParties *self,
                   const char *from,
                   const char *into)
{
  int source;
  int target;
  PlxParty *merged;
  PlxParty *gone;

  g_return_val_if_fail (self != NULL, FALSE);

  source = find_index (self, from);
  target = find_index (self, into);
  if (source < 0 || target < 0 || source == target)
    return FALSE;

  gone = g_ptr_array_index (self->parties, source);
  merged = g_ptr_array_index (self->parties, target);
  g_ptr_array_add (merged->aliases, g_strdup (gone->name));
  for (guint a = 0; a < gone->aliases->len; a++)
    g_ptr_array_add (merged->aliases, g_strdup (g_ptr_array_index (gone->aliases, a)));
  merged->edited = TRUE;
  merged->discovered = FALSE;
  g_ptr_array_remove_index (self->parties, source);

  return TRUE;
}

/**
 * plx_parties_to_json:
 *
 * The parties a person edited, in the shape `--parties` reads.
 *
 * Returns: (transfer full): JSON text
 */
char *
plx_parties_to_json (PlxParties *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->parties->len; i++)
    {
      PlxParty *party = g_ptr_array_index (self->parties, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      if (!party->edited)
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, party->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, party->name);
      json_builder_set_member_name (builder, "aliases");
      json_builder_begin_array (builder);
      for (guint a = 0; a < party->aliases->len; a++)
        {
          const char *alias = g_ptr_array_index (party->aliases, a);

          if (g_hash_table_add (seen, (gpointer) alias))
            json_builder_add_string_value (builder, alias);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

/**
 * plx_parties_dup_group_names:
 *
 * The names of the parties known beforehand (states, organisations and
 * those of a parties file), folded: speakers that are groups, not people.
 *
 * Returns: (transfer full): a set of folded names
 */
GHashTable *
plx_parties_dup_group_names (PlxParties *self)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (self != NULL, groups);

  for (guint i = 0; i < self->parties->len; i++)
    {
      const PlxParty *party = g_ptr_array_index (self->parties, i);

      if (party->discovered)
        continue;
      for (guint a = 0; a < party->aliases->len; a++)
        g_hash_table_add (groups, g_utf8_casefold (g_ptr_array_index (party->aliases, a), -1));
    }

  return groups;
}

/**
 * plx_find_claims:
 * @language: the article's language
 * @parties: (nullable): the parties to assign speakers to
 *
 * The claims of one article, for `parallax analyze`, with their parties
 * when @parties is given.
 *
 * Returns: (transfer full): a #PlxClaim array, or %NULL with @error set
 */
GArray *
plx_find_claims (PlxArticle  *article,
                 const char  *language,
                 PlxParties  *parties,
                 GError     **error)
{
  GArray *claims;
  g_autoptr(PlxLexicon) lexicon = NULL;
  g_autoptr(PlxVocabulary) vocabulary = NULL;
  g_autoptr(PlxTokenizer) tokenizer = NULL;
  g_autoptr(PlxClaimFinder) finder = NULL;
  g_autoptr(GHashTable) groups = NULL;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  lexicon = plx_lexicon_new (language, error);
  if (lexicon == NULL)
    return NULL;

  vocabulary = plx_vocabulary_new ();
  tokenizer = plx_tokenizer_new (lexicon, vocabulary);
  if (parties != NULL)
    groups = plx_parties_dup_group_names (parties);
  finder = plx_claim_finder_new (tokenizer, vocabulary, language, groups);
  claims = plx_claim_finder_find (finder, article, NULL);
  if (parties != NULL)
    plx_parties_assign (parties, article, claims, tokenizer, vocabulary, NULL);

  return claims;
}

/**
 * plx_parties_copy:
 *
 * A deep copy, so that an edit of the parties can be taken back.
 *
 * Returns: (transfer full): a copy of @self
 */
PlxParties *
plx_parties_copy (PlxParties *self)
{
  PlxParties *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (PlxParties, 1);
  copy->parties = g_ptr_array_new_with_free_func (party_free);
  for (guint i = 0; i < self->parties->len; i++)
    {
      const PlxParty *party = g_ptr_array_index (self->parties, i);
      PlxParty *twin = party_new (party->id, party->name, party->discovered);

      twin->edited = party->edited;
      for (guint a = 0; a < party->aliases->len; a++)
        g_ptr_array_add (twin->aliases, g_strdup (g_ptr_array_index (party->aliases, a)));
      g_ptr_array_add (copy->parties, twin);
    }

  return copy;
}

/**
 * plx_parties_restore:
 * @from: parties as they were (from plx_parties_copy())
 *
 * Makes @self hold what @from holds, so that those who hold @self see
 * the parties as they were.
 */
void
plx_parties_restore (PlxParties *self,
                     PlxParties *from)
{
  g_autoptr(PlxParties) copy = NULL;
  GPtrArray *parties;

  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL);

  copy = plx_parties_copy (from);
  parties = self->parties;
  self->parties = copy->parties;
  copy->parties = parties;
}
