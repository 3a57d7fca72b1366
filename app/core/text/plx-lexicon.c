/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The word lists of a language: stopwords and the phrases that tag
 * differences (negation, hedge, intensifier, reporting verb, loaded word).
 * They are data files in data/lexicon/LANG/, compiled into the program; a
 * user file with the same JSON shape extends them. Matching words against
 * the lists is the tokenizer's job, which knows stems. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-load.h"

#define RESOURCE_PREFIX "/io/github/parallax/Parallax/core/lexicon/"

struct _PlxLexicon
{
  char       *language;
  GHashTable *stopwords;
  GHashTable *function_words;
  GHashTable *valence; /* stem -> hundredths of its strongest |valence|, shared */
  GPtrArray  *phrases[PLX_N_LEXICON_TAGS]; /* of char *, one phrase each */
};

static const char *const tag_names[PLX_N_TAGS] = {
  "quote", "number", "name", "negation", "hedge", "intensifier", "reporting-verb", "loaded",
};

static const char *const languages[] = { "en", "de", "fr", "es" };

const char *
plx_tag_to_string (PlxTag tag)
{
  for (guint i = 0; i < PLX_N_TAGS; i++)
    if (tag == (PlxTag) (1u << i))
      return tag_names[i];

  return NULL;
}

PlxTag
plx_tag_from_index (guint index)
{
  g_return_val_if_fail (index < PLX_N_TAGS, PLX_TAG_QUOTE);

  return 1u << index;
}

/**
 * plx_tag_strongest:
 * @tags: a set of #PlxTag flags
 *
 * The tag that says most about a difference that has several, the one a
 * highlight shows: a negation outweighs a loaded word, which outweighs a
 * hedge, and so on down to a name.
 *
 * Returns: one tag of @tags, or 0 when @tags is empty
 */
PlxTag
plx_tag_strongest (guint tags)
{
  static const PlxTag weight[] = { PLX_TAG_NEGATION, PLX_TAG_LOADED, PLX_TAG_HEDGE,
                                   PLX_TAG_INTENSIFIER, PLX_TAG_REPORTING_VERB, PLX_TAG_QUOTE,
                                   PLX_TAG_NUMBER, PLX_TAG_NAME };

  for (guint i = 0; i < G_N_ELEMENTS (weight); i++)
    if (tags & weight[i])
      return weight[i];

  return 0;
}

gboolean
plx_language_is_supported (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i], language) == 0)
      return TRUE;

  return FALSE;
}

/* A word list of @language, one word a line, as a set. */
static GHashTable *
load_word_set (const char *language,
               const char *file)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "%s/%s", language, file);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return set;

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] != '\0' && line[0] != '#')
        g_hash_table_add (set, g_utf8_casefold (line, -1));
    }

  return set;
}

/* Whether @word is @stem with an inflection (or none): "attacked",
 * "attacks", "happier" and "happy" (stem "happi"), but not "positive" for
 * "position" (stem "posit"). */
static gboolean
is_inflection (const char *word,
               const char *stem,
               gsize       stem_length)
{
  static const char *const endings[] = { "", "s", "es", "d", "ed", "ing", "e", "er", "est",
                                         "ly", "y", "ies", "ied" };
  gsize length = strlen (word);

  if (stem_length == 0)
    return FALSE;
  if (strncmp (word, stem, stem_length) != 0)
    return length <= stem_length + 1 && strncmp (word, stem, stem_length - 1) == 0;

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_equal (word + stem_length, endings[i]))
      return TRUE;

  return FALSE;
}

static void
keep_strongest (GHashTable *table,
                char       *key,
                guint       hundredths)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (table, key, NULL, &value) ||
      hundredths > GPOINTER_TO_UINT (value))
    g_hash_table_insert (table, key, GUINT_TO_POINTER (hundredths));
  else
    g_free (key);
}

/* The subjective words of @language (data/lexicon/LANG/subjective.tsv:
 * word, mean valence, deviation): each word as written ("=word"), and by
 * its Snowball stem when it is the stem with an inflection, so that the
 * stem finds the word's other inflections and nothing else. */
static GHashTable *
read_valence (const char *language)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "%s/subjective.tsv", language);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  struct sb_stemmer *stemmer;
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL || (stemmer = sb_stemmer_new (language, NULL)) == NULL)
    return table;

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      const char *stem;
      gsize stem_length;
      guint hundredths;

      if (fields[0] == NULL || fields[0][0] == '#' || fields[1] == NULL)
        continue;
      hundredths = (guint) lround (fabs (g_ascii_strtod (fields[1], NULL)) * 100);
      keep_strongest (table, g_strconcat ("=", fields[0], NULL), hundredths);
      stem = (const char *) sb_stemmer_stem (stemmer, (const sb_symbol *) fields[0],
                                             strlen (fields[0]));
      stem_length = sb_stemmer_length (stemmer);
      /* Every stem is a key, so that a word whose stem is not one is
       * known at once to be no lexicon word; only an inflection gives the
       * stem its strength. */
      if (stem != NULL && stem_length > 0)
        keep_strongest (table, g_strndup (stem, stem_length),
                        is_inflection (fields[0], stem, stem_length) ? hundredths : 0);
    }
  sb_stemmer_delete (stemmer);

  return table;
}

/* Read (and stemmed) once per language and process, then shared and only
 * read: the sentiment lexicon (@file %NULL) and the word list @file. */
static GHashTable *
dup_shared (const char *language,
            const char *file)
{
  G_LOCK_DEFINE_STATIC (shared);
  static GHashTable *by_key = NULL;
  g_autofree char *key = g_strconcat (file != NULL ? file : "valence", ":", language, NULL);
  GHashTable *table;

  G_LOCK (shared);
  if (by_key == NULL)
    by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_hash_table_unref);
  table = g_hash_table_lookup (by_key, key);
  if (table == NULL)
    {
      table = file == NULL ? read_valence (language) : load_word_set (language, file);
      g_hash_table_insert (by_key, g_steal_pointer (&key), table);
    }
  g_hash_table_ref (table);
  G_UNLOCK (shared);

  return table;
}

static GHashTable *
load_stopwords (const char *language)
{
  return dup_shared (language, "stopwords.txt");
}

static gboolean
add_root (PlxLexicon *self,
          JsonNode   *root,
          const char *name,
          GError    **error)
{
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("The lexicon “%s” must be a JSON object with lists such as "
                     "\"hedge\": [\"reportedly\", …]."),
                   name);
      return FALSE;
    }

  object = json_node_get_object (root);
  for (guint t = 0; t < PLX_N_LEXICON_TAGS; t++)
    {
      const char *tag = tag_names[PLX_N_TAGS - PLX_N_LEXICON_TAGS + t];
      JsonNode *node = json_object_get_member (object, tag);
      JsonArray *array;

      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                       _("In the lexicon “%s”, “%s” must be a list of words."), name, tag);
          return FALSE;
        }

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *word;

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            {
              g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                           _("In the lexicon “%s”, “%s” must be a list of words."), name, tag);
              return FALSE;
            }
          word = json_node_get_string (element);
          if (word[0] != '\0')
            g_ptr_array_add (self->phrases[t], g_strdup (word));
        }
    }

  return TRUE;
}

static gboolean
add_json (PlxLexicon *self,
          const char *data,
          gsize       length,
          const char *name,
          GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;

  if (!plx_load_json (parser, data, length, PLX_LOAD_MAX_JSON_DEPTH, &local_error))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("The lexicon “%s” is not valid JSON: %s"), name, local_error->message);
      return FALSE;
    }

  return add_root (self, json_parser_get_root (parser), name, error);
}

/* The built-in tag lists at @path, parsed once for all comparisons and
 * only read after that; %NULL when missing or not valid JSON (then they
 * are read again, to say why). Returns a new reference. */
static JsonParser *
builtin_tags (const char *path,
              GBytes     *bytes)
{
  G_LOCK_DEFINE_STATIC (tags);
  static GHashTable *by_path = NULL;
  JsonParser *parser;

  G_LOCK (tags);
  if (by_path == NULL)
    by_path = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (by_path, path, NULL, (gpointer *) &parser))
    {
      parser = json_parser_new ();
      if (!plx_load_json (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                          PLX_LOAD_MAX_JSON_DEPTH, NULL))
        g_clear_object (&parser);
      else
        json_node_seal (json_parser_get_root (parser)); /* read from many threads */
      g_hash_table_insert (by_path, g_strdup (path), parser);
    }
  if (parser != NULL)
    g_object_ref (parser);
  G_UNLOCK (tags);

  return parser;
}

PlxLexicon *
plx_lexicon_new (const char *language,
                 GError    **error)
{
  g_autoptr(PlxLexicon) self = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (language != NULL, NULL);

  if (!plx_language_is_supported (language))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("The language “%s” is not supported. Use one of: en, de, fr, es."),
                   language);
      return NULL;
    }

  self = g_atomic_rc_box_new0 (PlxLexicon);
  self->language = g_strdup (language);
  self->stopwords = load_stopwords (language);
  self->function_words = dup_shared (language, "function-words.txt");
  self->valence = dup_shared (language, NULL);
  for (guint t = 0; t < PLX_N_LEXICON_TAGS; t++)
    self->phrases[t] = g_ptr_array_new_with_free_func (g_free);

  /* Only some languages have tag lists; the others still align. */
  path = g_strdup_printf (RESOURCE_PREFIX "%s/tags.json", language);
  bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes != NULL)
    {
      g_autoptr(JsonParser) parser = builtin_tags (path, bytes);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (parser != NULL ? !add_root (self, json_parser_get_root (parser), path, error)
                         : !add_json (self, data, length, path, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
plx_lexicon_add_file (PlxLexicon *self,
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

  return add_json (self, data, length, path, error);
}

static void
lexicon_clear (PlxLexicon *self)
{
  g_free (self->language);
  g_hash_table_unref (self->stopwords);
  g_hash_table_unref (self->function_words);
  g_hash_table_unref (self->valence);
  for (guint t = 0; t < PLX_N_LEXICON_TAGS; t++)
    g_ptr_array_unref (self->phrases[t]);
}

PlxLexicon *
plx_lexicon_ref (PlxLexicon *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
plx_lexicon_unref (PlxLexicon *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) lexicon_clear);
}

const char *
plx_lexicon_get_language (PlxLexicon *self)
{
  return self->language;
}

gboolean
plx_lexicon_is_stopword (PlxLexicon *self,
                         const char *word)
{
  return g_hash_table_contains (self->stopwords, word);
}

/**
 * plx_lexicon_is_function_word:
 *
 * Whether @word (folded) is a function word: a stopword, or one of the
 * closed-class words (auxiliaries, pronouns, connectives such as
 * "however", titles) that carry no content although the alignment weighs
 * them.
 */
gboolean
plx_lexicon_is_function_word (PlxLexicon *self,
                              const char *word)
{
  return g_hash_table_contains (self->stopwords, word) ||
         g_hash_table_contains (self->function_words, word);
}

/* The strength stored under "=" @word, or under @word as a stem. */
static guint
lookup_valence (PlxLexicon *self,
                const char *prefix,
                const char *word,
                gsize       length)
{
  char stack[64];
  g_autofree char *heap = NULL;
  gsize prefix_length = strlen (prefix);
  char *key = prefix_length + length < sizeof stack
                ? stack
                : (heap = g_malloc (prefix_length + length + 1));

  memcpy (key, prefix, prefix_length);
  memcpy (key + prefix_length, word, length);
  key[prefix_length + length] = '\0';

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->valence, key));
}

/**
 * plx_lexicon_get_valence:
 * @word: a folded word
 * @stem: its Snowball stem
 *
 * How strongly @word feels good or bad, from the language's published
 * sentiment lexicon (data/lexicon/LANG/subjective.tsv): the strongest mean
 * valence, either way, of the word as written and of the lexicon's
 * inflections of its stem ("attacks" for "attacked"), from 0 (neutral or
 * unknown) to 4. A word that is its stem with a derivational
 * ending ("position", stem "posit") takes nothing from "positive"; an
 * adverb in -ly takes its adjective's ("harshly"), when they share a stem.
 */
double
plx_lexicon_get_valence (PlxLexicon *self,
                         const char *word,
                         const char *stem)
{
  gsize length = strlen (word);
  gpointer stem_value;
  guint hundredths;

  /* No lexicon word has this stem: the common case, one look-up. */
  if (!g_hash_table_lookup_extended (self->valence, stem, NULL, &stem_value))
    return 0;

  hundredths = lookup_valence (self, "=", word, length);
  if (is_inflection (word, stem, strlen (stem)))
    hundredths = MAX (hundredths, GPOINTER_TO_UINT (stem_value));

  /* An adverb feels as its adjective does: "harshly", "angrily". */
  if (length > 5 && g_str_has_suffix (word, "ly"))
    {
      char adjective[64];

      if (length - 2 < sizeof adjective)
        {
          memcpy (adjective, word, length - 2);
          adjective[length - 2] = '\0';
          if (adjective[length - 3] == 'i')
            adjective[length - 3] = 'y';
          hundredths = MAX (hundredths, lookup_valence (self, "=", adjective, length - 2));
        }
    }

  return hundredths / 100.0;
}

/**
 * plx_lexicon_get_phrases:
 *
 * Returns: (transfer none): the phrases for a word-list tag
 */
GPtrArray *
plx_lexicon_get_phrases (PlxLexicon *self,
                         PlxTag      tag)
{
  for (guint t = 0; t < PLX_N_LEXICON_TAGS; t++)
    if (tag == plx_tag_from_index (PLX_N_TAGS - PLX_N_LEXICON_TAGS + t))
      return self->phrases[t];

  return NULL;
}

/* The language whose stopwords make up the largest share of the first
 * words: function words are the most reliable signal in short texts. */
char *
plx_detect_language (const char *text)
{
  guint hits[G_N_ELEMENTS (languages)] = { 0 };
  GHashTable *sets[G_N_ELEMENTS (languages)];
  const char *p = text;
  guint words = 0;
  guint best = 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    sets[l] = load_stopwords (languages[l]);

  while (*p != '\0' && words < 2000)
    {
      const char *start;
      g_autofree char *word = NULL;

      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        break;

      word = g_utf8_casefold (start, p - start);
      words++;
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        hits[l] += g_hash_table_contains (sets[l], word);
    }

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      if (hits[l] > hits[best])
        best = l;
      g_hash_table_unref (sets[l]);
    }

  return g_strdup (languages[best]);
}
