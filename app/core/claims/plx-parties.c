/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Parties: the sides whose positions claims report. Known parties (states
 * and major organisations) come with their aliases from
 * data/lexicon/parties.json; a user file of the same shape adds, renames or
 * merges them. People are assigned to a party from how the article
 * introduces them (plx-parties-assign.c). A named speaker of no known
 * party becomes a party of their own, so that an article about two
 * companies or two candidates works too. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-load.h"
#include "plx-parties-private.h"

void
plx_party_free (gpointer data)
{
  PlxParty *party = data;

  g_free (party->id);
  g_free (party->name);
  g_ptr_array_unref (party->aliases);
  g_ptr_array_unref (party->merged);
  g_free (party);
}

PlxParty *
plx_party_new (const char *id,
               const char *name,
               gboolean    discovered)
{
  PlxParty *party = g_new0 (PlxParty, 1);

  party->id = g_strdup (id);
  party->name = g_strdup (name);
  party->aliases = g_ptr_array_new_with_free_func (g_free);
  party->merged = g_ptr_array_new_with_free_func (g_free);
  party->discovered = discovered;

  return party;
}

int
plx_parties_find_index (PlxParties *self,
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

/* The party of one entry of a parties file, or %NULL when the entry is not
 * an object with an "id", a "name" and a list of "aliases". */
static PlxParty *
parse_party (JsonNode *node)
{
  JsonObject *object;
  const char *id;
  const char *name;
  JsonArray *aliases = NULL;
  JsonArray *merged = NULL;
  PlxParty *party;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  id = string_member (object, "id", NULL);
  name = string_member (object, "name", id);
  if (id == NULL || id[0] == '\0' || name == NULL)
    return NULL;
  if (json_object_has_member (object, "aliases"))
    {
      if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "aliases")))
        return NULL;
      aliases = json_object_get_array_member (object, "aliases");
      for (guint a = 0; a < json_array_get_length (aliases); a++)
        {
          JsonNode *alias = json_array_get_element (aliases, a);

          if (!JSON_NODE_HOLDS_VALUE (alias) || json_node_get_value_type (alias) != G_TYPE_STRING)
            return NULL;
        }
    }

  if (json_object_has_member (object, "merged"))
    {
      JsonNode *node = json_object_get_member (object, "merged");

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return NULL;
      merged = json_node_get_array (node);
      for (guint m = 0; m < json_array_get_length (merged); m++)
        {
          JsonNode *element = json_array_get_element (merged, m);

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            return NULL;
        }
    }

  party = plx_party_new (id, name, FALSE);
  for (guint m = 0; merged != NULL && m < json_array_get_length (merged); m++)
    g_ptr_array_add (party->merged, g_strdup (json_array_get_string_element (merged, m)));
  g_ptr_array_add (party->aliases, g_strdup (name));
  for (guint a = 0; aliases != NULL && a < json_array_get_length (aliases); a++)
    {
      const char *alias = json_array_get_string_element (aliases, a);

      if (alias != NULL && alias[0] != '\0')
        g_ptr_array_add (party->aliases, g_strdup (alias));
    }

  return party;
}

/* The words of list @member of the built-in file ("titles", "bodies"),
 * folded, or as written when not @fold ("N.Y." is not "n.y."), into
 * @set. */
static void
add_words (GHashTable *set,
           JsonObject *root,
           const char *member,
           gboolean    fold)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *words = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node)
                                                                  : NULL;

  for (guint i = 0; words != NULL && i < json_array_get_length (words); i++)
    {
      const char *word = json_array_get_string_element (words, i);

      if (word != NULL)
        g_hash_table_add (set, fold ? g_utf8_casefold (word, -1) : g_strdup (word));
    }
}

static void
affiliation_free (gpointer data)
{
  PlxAffiliation *affiliation = data;

  g_free (affiliation->party);
  g_free (affiliation->member);
  g_free (affiliation);
}

/* The letters of affiliation of the built-in file into @table:
 * [{"letter": "D", "party": "democratic-party", "member": "Democrat"}]. */
static void
add_affiliations (GHashTable *table,
                  JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "affiliations");
  JsonArray *list = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node)
                                                                 : NULL;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *element = json_array_get_element (list, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      const char *letter = entry != NULL ? json_object_get_string_member_with_default (entry, "letter", NULL)
                                         : NULL;
      const char *member = entry != NULL ? json_object_get_string_member_with_default (entry, "member", NULL)
                                         : NULL;
      PlxAffiliation *affiliation;

      if (letter == NULL || member == NULL || letter[0] == '\0' || member[0] == '\0')
        continue;
      affiliation = g_new0 (PlxAffiliation, 1);
      affiliation->party = g_strdup (json_object_get_string_member_with_default (entry, "party", NULL));
      affiliation->member = g_strdup (member);
      g_hash_table_replace (table, g_strdup (letter), affiliation);
    }
}

static gboolean
load_root (PlxParties *self,
           JsonNode   *root,
           const char *name,
           gboolean    from_user,
           GError    **error)
{
  JsonArray *parties;

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
      PlxParty *party = parse_party (json_array_get_element (parties, i));
      int existing;

      if (party == NULL)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                       _("Entry %u of the parties file “%s” needs an \"id\", a \"name\" and a "
                         "list of \"aliases\"."),
                       i + 1, name);
          return FALSE;
        }
      party->edited = from_user;

      /* The parties merged into this one are gone, built-in ones too. */
      for (guint m = 0; m < party->merged->len; m++)
        {
          int gone = plx_parties_find_index (self, g_ptr_array_index (party->merged, m));

          if (gone >= 0 && !g_str_equal (g_ptr_array_index (party->merged, m), party->id))
            g_ptr_array_remove_index (self->parties, gone);
        }

      /* An entry with a known id replaces it: renames and merges. */
      existing = plx_parties_find_index (self, party->id);
      if (existing >= 0)
        {
          plx_party_free (self->parties->pdata[existing]);
          self->parties->pdata[existing] = party;
        }
      else
        g_ptr_array_add (self->parties, party);
    }

  /* Titles and bodies are words of the built-in file only: a user's file holds
   * parties, and is saved back as such. */
  if (!from_user)
    {
      add_words (self->titles, json_node_get_object (root), "titles", TRUE);
      add_words (self->bodies, json_node_get_object (root), "bodies", TRUE);
      add_words (self->office_modifiers, json_node_get_object (root), "office_modifiers", TRUE);
      add_words (self->shared_titles, json_node_get_object (root), "shared_titles", TRUE);
      add_affiliations (self->affiliations, json_node_get_object (root));
      add_words (self->states, json_node_get_object (root), "states", FALSE);
    }

  return TRUE;
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

  if (!plx_load_json (parser, data, length, PLX_LOAD_MAX_JSON_DEPTH, &local_error))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("The parties file “%s” is not valid JSON: %s"), name, local_error->message);
      return FALSE;
    }

  return load_root (self, json_parser_get_root (parser), name, from_user, error);
}

/* The built-in parties file, parsed once for all comparisons and only
 * read after that; %NULL when it is missing or not valid JSON (then it is
 * read again, to say why). Returns a new reference. */
static JsonParser *
builtin_parser (GBytes *bytes)
{
  G_LOCK_DEFINE_STATIC (builtin);
  static JsonParser *parser = NULL;
  static gboolean read = FALSE;
  JsonParser *result;

  G_LOCK (builtin);
  if (!read)
    {
      JsonParser *parsed = json_parser_new ();

      if (plx_load_json (parsed, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                         PLX_LOAD_MAX_JSON_DEPTH, NULL))
        {
          parser = parsed;
          json_node_seal (json_parser_get_root (parser)); /* read from many threads */
        }
      else
        g_object_unref (parsed);
      read = TRUE;
    }
  result = parser != NULL ? g_object_ref (parser) : NULL;
  G_UNLOCK (builtin);

  return result;
}

PlxParties *
plx_parties_new (GError **error)
{
  g_autoptr(PlxParties) self = g_new0 (PlxParties, 1);
  g_autoptr(GBytes) bytes = NULL;

  self->parties = g_ptr_array_new_with_free_func (plx_party_free);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->office_modifiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->shared_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->affiliations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, affiliation_free);
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  bytes = g_resources_lookup_data ("/io/github/parallax/Parallax/core/lexicon/parties.json", 0,
                                   NULL);
  if (bytes != NULL)
    {
      g_autoptr(JsonParser) parser = builtin_parser (bytes);

      if (parser != NULL
            ? !load_root (self, json_parser_get_root (parser), "parties.json", FALSE, error)
            : !load_json (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                          "parties.json", FALSE, error))
        return NULL;
    }

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
  g_hash_table_unref (self->titles);
  g_hash_table_unref (self->bodies);
  g_hash_table_unref (self->office_modifiers);
  g_hash_table_unref (self->shared_titles);
  g_hash_table_unref (self->affiliations);
  g_hash_table_unref (self->states);
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
  int index = plx_parties_find_index (self, id);

  return index >= 0 ? g_ptr_array_index (self->parties, index) : NULL;
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

  index = plx_parties_find_index (self, id);
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

  source = plx_parties_find_index (self, from);
  target = plx_parties_find_index (self, into);
  if (source < 0 || target < 0 || source == target)
    return FALSE;

  gone = g_ptr_array_index (self->parties, source);
  merged = g_ptr_array_index (self->parties, target);
  g_ptr_array_add (merged->aliases, g_strdup (gone->name));
  for (guint a = 0; a < gone->aliases->len; a++)
    g_ptr_array_add (merged->aliases, g_strdup (g_ptr_array_index (gone->aliases, a)));
  g_ptr_array_add (merged->merged, g_strdup (gone->id));
  for (guint m = 0; m < gone->merged->len; m++)
    g_ptr_array_add (merged->merged, g_strdup (g_ptr_array_index (gone->merged, m)));
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
      if (party->merged->len > 0)
        {
          json_builder_set_member_name (builder, "merged");
          json_builder_begin_array (builder);
          for (guint m = 0; m < party->merged->len; m++)
            json_builder_add_string_value (builder, g_ptr_array_index (party->merged, m));
          json_builder_end_array (builder);
        }
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
    {
      plx_parties_assign (parties, article, claims, tokenizer, vocabulary, NULL);
      plx_parties_unify (parties, claims, NULL);
    }

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
  copy->parties = g_ptr_array_new_with_free_func (plx_party_free);
  /* The titles and bodies come with the built-in file, never edited. */
  copy->titles = g_hash_table_ref (self->titles);
  copy->bodies = g_hash_table_ref (self->bodies);
  copy->office_modifiers = g_hash_table_ref (self->office_modifiers);
  copy->shared_titles = g_hash_table_ref (self->shared_titles);
  copy->affiliations = g_hash_table_ref (self->affiliations);
  copy->states = g_hash_table_ref (self->states);
  for (guint i = 0; i < self->parties->len; i++)
    {
      const PlxParty *party = g_ptr_array_index (self->parties, i);
      PlxParty *twin = plx_party_new (party->id, party->name, party->discovered);

      twin->edited = party->edited;
      for (guint a = 0; a < party->aliases->len; a++)
        g_ptr_array_add (twin->aliases, g_strdup (g_ptr_array_index (party->aliases, a)));
      for (guint m = 0; m < party->merged->len; m++)
        g_ptr_array_add (twin->merged, g_strdup (g_ptr_array_index (party->merged, m)));
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
