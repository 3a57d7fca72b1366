/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Finds claims: who says, believes or wants what. A claim is a cue (a
 * reporting or stance verb, "according to"), its speaker and its content.
 *
 * Rules over the words and punctuation of each sentence, after the usual
 * shapes of news attribution:
 *   X said (that) CONTENT          CONTENT, X said / said X
 *   X, the advisor to Y, told reporters (that) CONTENT
 *   according to X, CONTENT        CONTENT, according to X
 *   X was quoted as saying: QUOTE  N quoted X as saying QUOTE
 *   ..., telling reporters CONTENT (the subject of the main clause speaks)
 * Pronoun speakers are resolved to the last person named. The word lists
 * are data (data/lexicon/LANG/claims.json); a language without them finds
 * no claims. Which party a speaker belongs to is decided elsewhere
 * (plx-parties.c).
 *
 * This file loads the lists and walks the article; the rules for one
 * sentence are in plx-claims-sentence.c, over the word and punctuation
 * tests of plx-claims-words.c and the spans of plx-claims-quotes.c. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-claims-private.h"

#define RESOURCE_PREFIX "/io/github/parallax/Parallax/core/lexicon/"

static void
cue_free (gpointer data)
{
  Cue *cue = data;

  g_free (cue->stems);
  g_free (cue->word);
  g_free (cue);
}

static Cue *
add_cue (PlxClaimFinder *self,
         const char     *phrase,
         gboolean        ambiguous)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  GPtrArray *bucket;
  Cue *cue;

  plx_tokenizer_tokenize (self->tokenizer, phrase, 0, strlen (phrase), tokens);
  if (tokens->len == 0)
    return NULL;

  cue = g_new0 (Cue, 1);
  cue->word = g_strdup (plx_vocabulary_lookup (self->vocabulary,
                                               g_array_index (tokens, PlxToken, 0).norm));
  cue->ambiguous = ambiguous;
  cue->n_stems = tokens->len;
  cue->stems = g_new (guint, tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    cue->stems[i] = g_array_index (tokens, PlxToken, i).stem;
  g_ptr_array_add (self->cues, cue);

  bucket = g_hash_table_lookup (self->cue_first, GUINT_TO_POINTER (cue->stems[0]));
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->cue_first, GUINT_TO_POINTER (cue->stems[0]), bucket);
    }
  g_ptr_array_add (bucket, cue);
  if (cue->stems[0] >= self->cue_starts->len)
    g_array_set_size (self->cue_starts, cue->stems[0] + 1);
  g_array_index (self->cue_starts, guint8, cue->stems[0]) = TRUE;

  return cue;
}

static GHashTable *
read_word_set (JsonObject *root,
               const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array = root != NULL && member != NULL && json_object_has_member (root, member)
                       ? json_object_get_array_member (root, member)
                       : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_hash_table_add (set, g_utf8_casefold (json_array_get_string_element (array, i), -1));

  return set;
}

/* Adds the words of the list @name of @language (one a line, # starts a
 * comment) to @set; a language without it adds none. */
static void
add_word_file (GHashTable *set,
               const char *language,
               const char *name)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "%s/%s", language, name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return;

  data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_hash_table_add (set, g_utf8_casefold (lines[i], -1));
    }
}

/* The word list @member of @language's claims.json (@root; %NULL: none)
 * as a set, with the words of the list file @file (%NULL: none; thousands
 * of words in speaker-nouns.txt, female-names.txt), read once for all comparisons:
 * the finders only read it. Returns a new reference. */
G_LOCK_DEFINE_STATIC (word_sets);

static GHashTable *
word_set_with_file (JsonObject *root,
                    const char *language,
                    const char *member,
                    const char *file)
{
  static GHashTable *by_key = NULL;
  g_autofree char *key = g_strconcat (language, ":", member != NULL ? member : "", ":",
                                     file != NULL ? file : "", NULL);
  GHashTable *set;

  G_LOCK (word_sets);
  if (by_key == NULL)
    by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_hash_table_unref);
  set = g_hash_table_lookup (by_key, key);
  if (set == NULL)
    {
      set = read_word_set (root, member);
      if (file != NULL)
        add_word_file (set, language, file);
      g_hash_table_insert (by_key, g_steal_pointer (&key), set);
    }
  g_hash_table_ref (set);
  G_UNLOCK (word_sets);

  return set;
}

static GHashTable *
word_set (JsonObject *root,
          const char *language,
          const char *member)
{
  return word_set_with_file (root, language, member, NULL);
}

static void
add_cues (PlxClaimFinder *self,
          JsonObject     *root,
          const char     *member,
          gboolean        ambiguous)
{
  JsonArray *cues = json_object_has_member (root, member)
                      ? json_object_get_array_member (root, member)
                      : NULL;

  for (guint i = 0; cues != NULL && i < json_array_get_length (cues); i++)
    {
      Cue *cue = add_cue (self, json_array_get_string_element (cues, i), ambiguous);

      if (cue != NULL)
        {
          cue->quote_only = g_str_equal (member, "quote_cues");
          cue->finding = g_str_equal (member, "finding_cues");
        }
    }
}

/* The word lists of @language, or %NULL when it has none: parsed once
 * for all comparisons and only read after that. Returns a new reference. */
G_LOCK_DEFINE_STATIC (lists);

static JsonParser *
read_lists (const char *language)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "%s/claims.json", language);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  return g_steal_pointer (&parser);
}

static JsonParser *
load_lists (const char *language)
{
  static GHashTable *by_language = NULL;
  JsonParser *parser;

  G_LOCK (lists);
  if (by_language == NULL)
    by_language = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  if (!g_hash_table_lookup_extended (by_language, language, NULL, (gpointer *) &parser))
    {
      parser = read_lists (language);
      g_hash_table_insert (by_language, g_strdup (language), parser);
    }
  if (parser != NULL)
    g_object_ref (parser);
  G_UNLOCK (lists);

  return parser;
}

/* The word sets of the language's lists (claims.json). */
static void
read_sets (PlxClaimFinder *self,
           JsonObject     *root,
           const char     *language)
{
  self->participial = word_set (root, language, "participial");
  self->skip = word_set (root, language, "skip");
  self->pronouns = word_set (root, language, "pronouns");
  self->boundaries = word_set (root, language, "boundaries");
  self->determiners = word_set (root, language, "determiners");
  self->prepositions = word_set (root, language, "prepositions");
  self->verb_markers = word_set (root, language, "verb_markers");
  self->titles = word_set (root, language, "titles");
  self->office_modifiers = word_set (root, language, "office_modifiers");
  self->possessives = word_set (root, language, "possessives");
  self->sources = word_set (root, language, "sources");
  self->infinitive = word_set (root, language, "infinitive");
  self->number_words = word_set (root, language, "number_words");
  self->object_pronouns = word_set (root, language, "object_pronouns");
  self->exact_cues = word_set (root, language, "exact_cues");
  self->collective_heads = word_set (root, language, "collective_heads");
  self->generic_bodies = word_set (root, language, "generic_bodies");
  self->complementizers = word_set (root, language, "complementizers");
  self->conjunctions = word_set (root, language, "conjunctions");
  self->verb_conjunctions = word_set (root, language, "verb_conjunctions");
  self->expletives = word_set (root, language, "expletives");
  self->raising_verbs = word_set (root, language, "raising_verbs");
  self->participles = word_set (root, language, "participles");
  self->negative_subjects = word_set (root, language, "negative_subjects");
  self->negative_joins = word_set (root, language, "negative_joins");
  self->nothing_words = word_set (root, language, "nothing_words");
  self->response_cues = word_set (root, language, "response_cues");
  self->means_words = word_set (root, language, "means_words");
  self->plural_pronouns = word_set (root, language, "plural_pronouns");
  self->documents = word_set (root, language, "documents");
  self->indefinites = word_set (root, language, "indefinites");
  self->authors = word_set (root, language, "document_authors");
  self->comment_nouns = word_set (root, language, "comment_nouns");
  self->hedges = word_set (root, language, "writer_hedges");
  self->content_nouns = word_set (root, language, "content_nouns");
  self->addressee_cues = word_set (root, language, "addressee_cues");
  self->person_relatives = word_set (root, language, "person_relatives");
  self->times = word_set (root, language, "times");
  self->places = word_set (root, language, "place_prepositions");
  self->relatives = word_set (root, language, "relatives");
  self->subordinators = word_set (root, language, "subordinators");
  self->conditionals = word_set (root, language, "conditionals");
  self->writer_pronouns = word_set (root, language, "writer_pronouns");
  self->clause_openers = word_set (root, language, "clause_openers");
  self->locatives = word_set (root, language, "locatives");
  self->auxiliaries = word_set (root, language, "auxiliaries");
  self->particles = word_set (root, language, "name_particles");
  self->female = word_set (root, language, "female");
  self->questions = word_set (root, language, "question_cues");
  self->labels = word_set (root, language, "label_cues");
  self->finding_sources = word_set (root, language, "finding_sources");
  self->question_words = word_set (root, language, "question_words");
  self->negations = word_set (root, language, "negations");
  self->passive = word_set (root, language, "passive");
  self->male = word_set (root, language, "male");
  self->female_names = word_set_with_file (root, language, NULL, "female-names.txt");
  self->male_names = word_set_with_file (root, language, NULL, "male-names.txt");
  self->title_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (root != NULL && json_object_has_member (root, "title_forms"))
    {
      JsonObject *forms = json_object_get_object_member (root, "title_forms");
      g_autoptr(GList) members = json_object_get_members (forms);

      for (GList *l = members; l != NULL; l = l->next)
        g_hash_table_insert (self->title_forms, g_utf8_casefold (l->data, -1),
                             g_utf8_casefold (json_object_get_string_member (forms, l->data), -1));
    }
}

PlxClaimFinder *
plx_claim_finder_new (PlxTokenizer  *tokenizer,
                      PlxVocabulary *vocabulary,
                      const char    *language,
                      GHashTable    *groups)
{
  g_autoptr(JsonParser) parser = load_lists (language);
  PlxClaimFinder *self = g_new0 (PlxClaimFinder, 1);
  JsonObject *root = NULL;
  GHashTableIter iter;
  gpointer key;

  self->tokenizer = tokenizer;
  self->vocabulary = vocabulary;
  self->cues = g_ptr_array_new_with_free_func (cue_free);
  self->cue_first = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->cue_starts = g_array_new (FALSE, TRUE, sizeof (guint8));

  /* A language without word lists finds no claims, rather than failing. */
  if (parser != NULL)
    {
      root = json_node_get_object (json_parser_get_root (parser));
      add_cues (self, root, "cues", FALSE);
      add_cues (self, root, "ambiguous", TRUE);
      add_cues (self, root, "quote_cues", FALSE);
      add_cues (self, root, "finding_cues", FALSE);
    }

  read_sets (self, root, language);
  for (guint i = 0; i < self->cues->len; i++)
    {
      Cue *cue = g_ptr_array_index (self->cues, i);

      cue->exact = g_hash_table_contains (self->exact_cues, cue->word);
    }
  self->people = word_set_with_file (root, language, "speaker_nouns", "speaker-nouns.txt");
  self->word_bits = g_array_new (FALSE, TRUE, sizeof (guint32));
  self->sets = g_ptr_array_new ();
  {
    GHashTable *sets[] = { self->participial, self->skip, self->pronouns, self->boundaries,
                           self->determiners, self->prepositions, self->verb_markers,
                           self->titles, self->sources, self->infinitive, self->complementizers,
                           self->conjunctions, self->times, self->places, self->relatives,
                           self->locatives, self->title_forms, self->auxiliaries,
                           self->particles, self->verb_conjunctions, self->comment_nouns,
                           self->nothing_words };

    G_STATIC_ASSERT (G_N_ELEMENTS (sets) < 26);
    for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
      g_ptr_array_add (self->sets, sets[i]);
  }

  /* "Washington said" names no person that a later "he" could refer to. */
  self->groups = groups != NULL ? g_hash_table_ref (groups)
                                : g_hash_table_new (g_str_hash, g_str_equal);

  /* Participial cues are cues too. */
  g_hash_table_iter_init (&iter, self->participial);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    add_cue (self, key, FALSE);

  return self;
}

void
plx_claim_finder_free (PlxClaimFinder *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->cue_first);
  g_array_unref (self->cue_starts);
  g_ptr_array_unref (self->cues);
  g_hash_table_unref (self->participial);
  g_hash_table_unref (self->skip);
  g_hash_table_unref (self->number_words);
  g_hash_table_unref (self->object_pronouns);
  g_hash_table_unref (self->exact_cues);
  g_hash_table_unref (self->collective_heads);
  g_hash_table_unref (self->generic_bodies);
  g_hash_table_unref (self->pronouns);
  g_hash_table_unref (self->boundaries);
  g_hash_table_unref (self->determiners);
  g_hash_table_unref (self->prepositions);
  g_hash_table_unref (self->verb_markers);
  g_hash_table_unref (self->titles);
  g_hash_table_unref (self->sources);
  g_hash_table_unref (self->infinitive);
  g_hash_table_unref (self->complementizers);
  g_hash_table_unref (self->conjunctions);
  g_hash_table_unref (self->verb_conjunctions);
  g_hash_table_unref (self->expletives);
  g_hash_table_unref (self->raising_verbs);
  g_hash_table_unref (self->participles);
  g_hash_table_unref (self->negative_subjects);
  g_hash_table_unref (self->negative_joins);
  g_hash_table_unref (self->nothing_words);
  g_hash_table_unref (self->response_cues);
  g_hash_table_unref (self->means_words);
  g_hash_table_unref (self->plural_pronouns);
  g_hash_table_unref (self->documents);
  g_hash_table_unref (self->indefinites);
  g_hash_table_unref (self->authors);
  g_hash_table_unref (self->comment_nouns);
  g_hash_table_unref (self->hedges);
  g_hash_table_unref (self->content_nouns);
  g_hash_table_unref (self->addressee_cues);
  g_hash_table_unref (self->person_relatives);
  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->people);
  g_array_unref (self->word_bits);
  g_ptr_array_unref (self->sets);
  g_hash_table_unref (self->times);
  g_hash_table_unref (self->places);
  g_hash_table_unref (self->relatives);
  g_hash_table_unref (self->subordinators);
  g_hash_table_unref (self->conditionals);
  g_hash_table_unref (self->writer_pronouns);
  g_hash_table_unref (self->clause_openers);
  g_hash_table_unref (self->locatives);
  g_hash_table_unref (self->auxiliaries);
  g_hash_table_unref (self->particles);
  g_hash_table_unref (self->female);
  g_hash_table_unref (self->questions);
  g_hash_table_unref (self->labels);
  g_hash_table_unref (self->finding_sources);
  g_hash_table_unref (self->question_words);
  g_hash_table_unref (self->negations);
  g_hash_table_unref (self->passive);
  g_hash_table_unref (self->male);
  g_hash_table_unref (self->female_names);
  g_hash_table_unref (self->male_names);
  g_hash_table_unref (self->title_forms);
  g_hash_table_unref (self->office_modifiers);
  g_hash_table_unref (self->possessives);
  g_free (self);
}

/**
 * plx_claim_name_without_affiliation:
 * @name: a speaker's name as shown
 *
 * Returns: (transfer full): @name without the affiliation shown after it
 *   in parentheses, a party and a state ("Rep. Gregory Meeks (Democrat,
 *   N.Y.)" is "Rep. Gregory Meeks"), or a copy of @name when it has none
 *   ("Syrian Observatory for Human Rights (SOHR)")
 */
char *
plx_claim_name_without_affiliation (const char *name)
{
  gsize length = strlen (name);
  const char *open;

  if (length < 4 || name[length - 1] != ')')
    return g_strdup (name);
  open = g_strrstr (name, " (");
  /* "(Democrat, N.Y.)", not "(SOHR)". */
  if (open == NULL || open == name || strchr (open + 2, '(') != NULL ||
      strstr (open + 2, ", ") == NULL || !g_ascii_isupper (open[2]))
    return g_strdup (name);

  return g_strndup (name, open - name);
}

void
plx_claim_clear (PlxClaim *claim)
{
  g_clear_pointer (&claim->speaker_name, g_free);
  g_clear_pointer (&claim->verb, g_free);
  g_clear_pointer (&claim->quote, g_free);
  g_clear_pointer (&claim->text, g_free);
  g_clear_pointer (&claim->party, g_free);
  g_clear_pointer (&claim->affiliation, g_free);
  g_clear_pointer (&claim->speaker_key, g_free);
}

/* The tokens of sentence @i: from @given when the caller has them, or
 * made into @scratch. */
static const PlxToken *
sentence_tokens (PlxTokenizer            *tokenizer,
                 const PlxSentenceTokens *given,
                 const char              *text,
                 const PlxSentence       *sentence,
                 guint                    i,
                 GArray                  *scratch,
                 guint                   *n)
{
  if (given != NULL)
    {
      *n = given->starts[i + 1] - given->starts[i];
      return given->tokens + given->starts[i];
    }

  g_array_set_size (scratch, 0);
  plx_tokenizer_tokenize (tokenizer, text, sentence->byte_start, sentence->byte_end, scratch);
  *n = scratch->len;
  return (const PlxToken *) scratch->data;
}

/* Whether token @t, first of sentence @sentence, is a label in capitals
 * opening its paragraph: "WALLACE: Let's start …" (or "“WALLACE: …"). */
static gboolean
opens_with_label (const char        *text,
                  const PlxSentence *sentence,
                  const PlxToken    *t)
{
  const char *p = text + t->byte_start;
  const char *q = text + t->byte_end;
  gsize letters = 0;

  if (!plx_claims_text_opens_paragraph (text, sentence->byte_start))
    return FALSE;
  for (const char *b = text + sentence->byte_start; b < p; b = g_utf8_next_char (b))
    if (!plx_claims_is_quote_mark (g_utf8_get_char (b)) && *b != ' ')
      return FALSE;
  for (const char *b = p; b < q; b = g_utf8_next_char (b))
    {
      gunichar c = g_utf8_get_char (b);

      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isalpha (c);
    }

  return letters >= 2 && *q == ':';
}

/* Keeps the labels of @labels (norms) as CASE_LABEL when they are two or
 * more, a dialogue; one alone may be "UPDATE:" over a live report. */
static void
keep_labels (guint8 *cases,
             GArray *labels)
{
  for (guint k = 0; labels->len < 2 && k < labels->len; k++)
    cases[g_array_index (labels, guint, k)] &= ~CASE_LABEL;
}

/* How the article writes each word (by norm): CASE_PROPER when it is
 * capitalised inside a sentence, not only where a sentence or clause
 * begins ("Intense attacks continue"), CASE_LOWER when it is written in
 * lower case somewhere, CASE_LABEL when it labels a transcript's
 * paragraphs. Returns an array of @n_words flags. */
static guint8 *
find_cases (PlxClaimFinder          *self,
            const char              *text,
            const PlxSentence       *sentences,
            guint                    n,
            const PlxSentenceTokens *given,
            GArray                  *scratch,
            guint                   *n_words)
{
  guint size = MAX (plx_vocabulary_size (self->vocabulary), 1);
  guint8 *cases = g_malloc0 (size);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    {
      guint count;
      const PlxToken *words = sentence_tokens (self->tokenizer, given, text, &sentences[i], i,
                                               scratch, &count);

      for (guint k = 0; k < count; k++)
        {
          const PlxToken *t = &words[k];
          gboolean clause_start = k == 0;

          if (t->norm >= size)
            {
              guint grown = MAX (t->norm + 1, 2 * size);

              cases = g_realloc (cases, grown);
              memset (cases + size, 0, grown - size);
              size = grown;
            }
          if (!g_unichar_isupper (g_utf8_get_char (text + t->byte_start)))
            {
              cases[t->norm] |= CASE_LOWER;
              continue;
            }
          if (k == 0 && opens_with_label (text, &sentences[i], t))
            {
              if ((cases[t->norm] & (CASE_LABEL_ONCE | CASE_LABEL)) == CASE_LABEL_ONCE)
                {
                  cases[t->norm] |= CASE_LABEL;
                  g_array_append_val (labels, t->norm);
                }
              cases[t->norm] |= CASE_LABEL_ONCE;
            }
          if (!(t->flags & PLX_TOKEN_CAPITALISED))
            continue;
          for (const char *p = text + (k > 0 ? words[k - 1].byte_end : t->byte_start);
               p < text + t->byte_start; p++)
            clause_start |= *p == ';' || *p == ':' || *p == '(' || (guchar) *p >= 0x80;
          if (!clause_start)
            cases[t->norm] |= CASE_PROPER;
        }
    }

  keep_labels (cases, labels);
  *n_words = size;
  return cases;
}

/* Whether @claim's speaker comes after its cue inside what it says:
 * the cue's object or a word of its clause was taken for the speaker
 * ("add it to the list", "projected to deliver 550 miles", "told Fox
 * News he thinks Medicare can be …" given to Medicare), when what is
 * said follows the cue. */
gboolean
plx_claims_speaker_inside_content (const PlxClaim *claim)
{
  /* (Not an attribution inside what is said: "“…,” said Davis, “…”".) */
  return claim->speaker.start < claim->speaker.end && claim->content.start >= claim->cue.end &&
         claim->speaker.start >= claim->content.start && claim->speaker.end <= claim->content.end;
}

/* Leaves out the writer's own words, read as claims until now so that
 * no claim was read inside them, and claims whose speaker is a word of
 * what they say. */
static void
drop_writers (GArray *claims)
{
  guint kept = 0;

  g_array_set_clear_func (claims, NULL);
  for (guint k = 0; k < claims->len; k++)
    {
      PlxClaim *claim = &g_array_index (claims, PlxClaim, k);

      if (claim->writer || claim->repeated || plx_claims_speaker_inside_content (claim))
        plx_claim_clear (claim);
      else
        g_array_index (claims, PlxClaim, kept++) = *claim;
    }
  g_array_set_size (claims, kept);
  g_array_set_clear_func (claims, (GDestroyNotify) plx_claim_clear);
}

/**
 * plx_claim_finder_find:
 * @tokens: (nullable): the article's tokens, if the caller has them
 *
 * Returns: (transfer full): the #PlxClaim array of @article
 */
GArray *
plx_claim_finder_find (PlxClaimFinder          *self,
                       PlxArticle              *article,
                       const PlxSentenceTokens *given)
{
  GArray *claims = g_array_new (FALSE, FALSE, sizeof (PlxClaim));
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  State state = { NULL, g_ptr_array_new_with_free_func (plx_claims_person_free), 0, 0, NULL,
                  G_MAXUINT, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                  g_ptr_array_new_with_free_func (plx_claims_person_free) };
  guint n_cases = 0;
  g_autofree guint8 *cases = find_cases (self, text, sentences, n, given, tokens, &n_cases);
  const char *open_quote = NULL;
  g_autofree gboolean *opened = g_new0 (gboolean, MAX (n, 1));

  g_array_set_clear_func (claims, (GDestroyNotify) plx_claim_clear);

  for (guint i = 0; i < n; i++)
    {
      Sentence s = { 0 };
      guint first = claims->len;

      s.finder = self;
      s.cases = cases;
      s.n_cases = n_cases;
      s.text = text;
      s.sentence = &sentences[i];
      s.index = i;
      s.cursor_byte = sentences[i].byte_start;
      s.cursor_char = sentences[i].start;
      s.t = sentence_tokens (self->tokenizer, given, text, &sentences[i], i, tokens, &s.n);
      s.state = &state;
      s.claims = claims;
      s.open_at_start = open_quote != NULL;
      opened[i] = s.open_at_start;
      plx_claims_find_in_sentence (&s);

      /* A quotation opened sentences ago and closed here belongs whole to
       * the claim that closes it: “This is in their heads. This is in
       * their consciousness,” said Caddell. */
      for (guint k = first; open_quote != NULL && k < claims->len; k++)
        plx_claims_extend_to_quote (&g_array_index (claims, PlxClaim, k), &s, open_quote - text);

      plx_claims_add_introduced (&s, first);
      open_quote = plx_claims_track_quote (text, &sentences[i], open_quote);
    }

  g_free (state.last_person);
  g_free (state.person_before);
  g_free (state.last_group);
  g_free (state.last_thing);
  plx_claims_set_intro (&state, NULL);
  if (state.owners != NULL)
    g_hash_table_unref (state.owners);
  if (state.named != NULL)
    g_hash_table_unref (state.named);
  g_hash_table_unref (state.genders);
  g_ptr_array_unref (state.recent);
  g_ptr_array_unref (state.people);
  plx_claims_add_continuations (text, sentences, n, opened, claims);
  drop_writers (claims);

  return claims;
}
