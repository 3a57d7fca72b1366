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
 * are data (data/lexicon/LANG/claims.json). Which party a speaker belongs
 * to is decided elsewhere (plx-parties.c). */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-claims.h"

#define MAX_SPEAKER_WORDS 8
#define MAX_APPOSITIVE    14

/* Bytes of a claim's words at most. */
#define MAX_CONTENT_BYTES 4000

typedef struct
{
  guint   *stems;
  guint    n_stems;
  char    *word;      /* the first word as listed, for the verb-form check */
  gboolean ambiguous; /* also a common noun: "report", "support", "attack" */
} Cue;

struct _PlxClaimFinder
{
  /* borrowed */
  PlxTokenizer  *tokenizer;
  PlxVocabulary *vocabulary;

  /* owned */
  GPtrArray  *cues;        /* Cue* */
  GHashTable *cue_first;   /* stem id -> GPtrArray of Cue* */
  GHashTable *participial; /* norm strings */
  GHashTable *skip;
  GHashTable *pronouns;
  GHashTable *boundaries;
  GHashTable *groups;      /* folded party names: speakers that are not people */
};

typedef struct
{
  PlxClaimFinder    *finder;
  GHashTable        *proper; /* norm + 1 of words capitalised mid-sentence */
  const char        *text;
  const PlxSentence *sentence;
  const PlxToken    *t;
  guint              n;
  gsize              cursor_byte; /* a known byte ↔ character pair in the sentence */
  guint              cursor_char;
} Sentence;

static void
cue_free (gpointer data)
{
  Cue *cue = data;

  g_free (cue->stems);
  g_free (cue->word);
  g_free (cue);
}

static void
add_cue (PlxClaimFinder *self,
         const char     *phrase,
         gboolean        ambiguous)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  GPtrArray *bucket;
  Cue *cue;

  plx_tokenizer_tokenize (self->tokenizer, phrase, 0, strlen (phrase), tokens);
  if (tokens->len == 0)
    return;

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
}

static GHashTable *
word_set (JsonObject *root,
          const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array = json_object_has_member (root, member)
                       ? json_object_get_array_member (root, member)
                       : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_hash_table_add (set, g_utf8_casefold (json_array_get_string_element (array, i), -1));

  return set;
}

static gboolean
is_group (PlxClaimFinder *self,
          const char     *speaker)
{
  g_autofree char *folded = g_utf8_casefold (speaker, -1);
  const char *name = g_str_has_prefix (folded, "the ") ? folded + 4 : folded;

  return g_hash_table_contains (self->groups, name);
}

PlxClaimFinder *
plx_claim_finder_new (PlxTokenizer  *tokenizer,
                      PlxVocabulary *vocabulary,
                      const char    *language,
                      GHashTable    *groups)
{
  g_autofree char *path = g_strdup_printf ("/io/github/parallax/Parallax/core/lexicon/%s/claims.json",
                                           language);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  PlxClaimFinder *self = g_new0 (PlxClaimFinder, 1);
  JsonObject *root = NULL;

  self->tokenizer = tokenizer;
  self->vocabulary = vocabulary;
  self->cues = g_ptr_array_new_with_free_func (cue_free);
  self->cue_first = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  /* A language without word lists finds no claims, rather than failing. */
  if (bytes != NULL &&
      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_get_object (json_parser_get_root (parser));

  if (root != NULL)
    {
      const char *lists[] = { "cues", "ambiguous" };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          JsonArray *cues = json_object_has_member (root, lists[l])
                              ? json_object_get_array_member (root, lists[l])
                              : NULL;

          for (guint i = 0; cues != NULL && i < json_array_get_length (cues); i++)
            add_cue (self, json_array_get_string_element (cues, i), l == 1);
        }
    }

  if (root == NULL)
    root = json_object_new ();
  else
    json_object_ref (root);
  self->participial = word_set (root, "participial");
  self->skip = word_set (root, "skip");
  self->pronouns = word_set (root, "pronouns");
  self->boundaries = word_set (root, "boundaries");
  json_object_unref (root);

  /* "Washington said" names no person that a later "he" could refer to. */
  self->groups = groups != NULL ? g_hash_table_ref (groups)
                                : g_hash_table_new (g_str_hash, g_str_equal);

  /* Participial cues are cues too. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->participial);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      add_cue (self, key, FALSE);
  }

  return self;
}

void
plx_claim_finder_free (PlxClaimFinder *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->cue_first);
  g_ptr_array_unref (self->cues);
  g_hash_table_unref (self->participial);
  g_hash_table_unref (self->skip);
  g_hash_table_unref (self->pronouns);
  g_hash_table_unref (self->boundaries);
  g_hash_table_unref (self->groups);
  g_free (self);
}

void
plx_claim_clear (PlxClaim *claim)
{
  g_clear_pointer (&claim->speaker_name, g_free);
  g_clear_pointer (&claim->verb, g_free);
  g_clear_pointer (&claim->quote, g_free);
  g_clear_pointer (&claim->text, g_free);
  g_clear_pointer (&claim->party, g_free);
  g_clear_pointer (&claim->speaker_key, g_free);
  g_clear_pointer (&claim->change, g_free);
}

const char *
plx_claim_status_to_string (PlxClaimStatus status)
{
  switch (status)
    {
    case PLX_CLAIM_SHARED:
      return "shared";
    case PLX_CLAIM_ONLY_A:
      return "only-a";
    case PLX_CLAIM_ONLY_B:
      return "only-b";
    case PLX_CLAIM_REFRAMED:
      return "reframed";
    case PLX_CLAIM_QUOTE_CHANGED:
      return "quote-changed";
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
    default:
      return "attribution-changed";
    }
}

static const char *
norm (Sentence *s,
      guint     i)
{
  return plx_vocabulary_lookup (s->finder->vocabulary, s->t[i].norm);
}

static gboolean
in_set (GHashTable *set,
        Sentence   *s,
        guint       i)
{
  return g_hash_table_contains (set, norm (s, i));
}

/* The text between token @i - 1 and token @i (or the sentence ends). */
static void
gap (Sentence    *s,
     guint        i,
     const char **start,
     const char **end)
{
  *start = s->text + (i == 0 ? s->sentence->byte_start : s->t[i - 1].byte_end);
  *end = s->text + (i == s->n ? s->sentence->byte_end : s->t[i].byte_start);
}

/* Quotation marks; between words an apostrophe is one too (some papers
 * quote with '' and ''). Apostrophes inside words belong to the tokens. */
static gboolean
is_quote_mark (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019;
}

/* Whether the gap before token @i holds punctuation that ends a phrase:
 * a comma, colon, semicolon, dash, bracket or quotation mark. */
static gboolean
gap_breaks (Sentence *s,
            guint     i)
{
  const char *p;
  const char *end;

  gap (s, i, &p, &end);
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == 0x2013 ||
          c == 0x2014 || c == 0x2015 || (is_quote_mark (c) && !(c == 0x2019 && p > s->text &&
                                                                  g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p))))))
        return TRUE;
    }

  return FALSE;
}

static gboolean
gap_has (Sentence   *s,
         guint       i,
         gunichar    wanted)
{
  const char *p;
  const char *end;

  gap (s, i, &p, &end);
  for (; p < end; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == wanted)
      return TRUE;

  return FALSE;
}

/* Whether the gap before token @i holds a comma, colon, semicolon,
 * bracket or dash: the punctuation of gap_breaks() but quotation marks. */
static gboolean
gap_ends_clause (Sentence *s,
                 guint     i)
{
  static const gunichar marks[] = { ',', ':', ';', '(', ')', 0x2013, 0x2014, 0x2015 };

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (gap_has (s, i, marks[m]))
      return TRUE;

  return FALSE;
}

static gboolean
gap_has_quote (Sentence *s,
               guint     i)
{
  const char *p;
  const char *end;

  gap (s, i, &p, &end);
  for (; p < end; p = g_utf8_next_char (p))
    if (is_quote_mark (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Whether @form is @verb or one of its regular forms: a stem match alone
 * would take "reporters" for "report" and "rejection" for "reject". */
static gboolean
is_verb_form (const char *form,
              const char *verb)
{
  gsize n = strlen (verb);
  const char *suffix;
  char last;

  if (strncmp (form, verb, n) != 0)
    {
      /* "deny" → "denied", "denies"; "argue" → "arguing" */
      if (n > 1 && verb[n - 1] == 'y' && strncmp (form, verb, n - 1) == 0)
        return g_str_equal (form + n - 1, "ied") || g_str_equal (form + n - 1, "ies");
      if (n > 1 && verb[n - 1] == 'e' && strncmp (form, verb, n - 1) == 0)
        return g_str_equal (form + n - 1, "ing");
      return FALSE;
    }

  suffix = form + n;
  last = verb[n - 1];
  if (*suffix == '\0' || g_str_equal (suffix, "s") || g_str_equal (suffix, "es") ||
      g_str_equal (suffix, "ed") || g_str_equal (suffix, "d") || g_str_equal (suffix, "ing"))
    return TRUE;

  /* A doubled final consonant: "admitted", "committing". */
  return suffix[0] == last && (g_str_equal (suffix + 1, "ed") || g_str_equal (suffix + 1, "ing"));
}

/* The cue that starts at token @i, longest first; NULL if none. */
static const Cue *
match_cue (Sentence *s,
           guint     i)
{
  GPtrArray *bucket = g_hash_table_lookup (s->finder->cue_first, GUINT_TO_POINTER (s->t[i].stem));
  const Cue *best = NULL;

  for (guint b = 0; bucket != NULL && b < bucket->len; b++)
    {
      Cue *cue = g_ptr_array_index (bucket, b);
      guint k;

      if (i + cue->n_stems > s->n || (best != NULL && cue->n_stems <= best->n_stems))
        continue;
      if (!is_verb_form (norm (s, i), cue->word))
        continue;
      for (k = 1; k < cue->n_stems; k++)
        if (s->t[i + k].stem != cue->stems[k] || gap_breaks (s, i + k))
          break;
      if (k == cue->n_stems)
        best = cue;
    }

  return best;
}

static gboolean
is_preposition (const char *word)
{
  static const char *const words[] = { "with", "of", "in", "on", "for", "about", "from", "by",
                                       "amid", "among", "over", "against", "despite", "into",
                                       "under", "without", "between", "after", "before" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return TRUE;

  return FALSE;
}

static gboolean is_name_token (Sentence *s,
                               guint     i);

/* Whether the word before an ambiguous cue ("reports", "support") is a
 * subject that makes it a verb: a pronoun, a name, or a modal. */
static gboolean
has_subject (Sentence *s,
             guint     cue)
{
  static const char *const modals[] = { "will", "would", "can", "could", "may", "might", "must",
                                        "should", "did", "does", "do", "also", "to" };
  guint k = cue;
  const char *word;

  if (k == 0 || gap_breaks (s, k))
    return FALSE;
  word = norm (s, k - 1);
  for (guint i = 0; i < G_N_ELEMENTS (modals); i++)
    if (g_str_equal (word, modals[i]))
      return TRUE;

  return in_set (s->finder->pronouns, s, k - 1) ||
         g_hash_table_contains (s->proper, GUINT_TO_POINTER (s->t[k - 1].norm + 1));
}

static gboolean
is_determiner (const char *word)
{
  static const char *const words[] = { "the", "a", "an", "his", "her", "their", "its", "our",
                                       "my", "your", "this", "these", "those", "no", "any",
                                       "such", "every", "each" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return TRUE;

  return FALSE;
}

/* The noun phrase that ends before token @end, going back to punctuation,
 * a clause word or MAX_SPEAKER_WORDS words. Returns its first token. */
static guint
phrase_before (Sentence *s,
               guint     end)
{
  guint start = end;
  gboolean listing = FALSE;

  while (start > 0 && end - start < MAX_SPEAKER_WORDS)
    {
      guint k = start - 1;
      /* "European, American and Ukrainian negotiators": a list of
       * capitalised words stays one phrase. */
      gboolean listed = k > 0 && is_name_token (s, k - 1) && is_name_token (s, start);
      gboolean conjunction = g_str_equal (norm (s, k), "and") || g_str_equal (norm (s, k), "or");

      if (in_set (s->finder->boundaries, s, k) && !(s->t[k].flags & PLX_TOKEN_CAPITALISED) &&
          !(listed && conjunction))
        break;
      if (start != end && gap_breaks (s, start) &&
          !(listing && gap_has (s, start, ',') && is_name_token (s, k) &&
            is_name_token (s, start) && !gap_has_quote (s, start)))
        break;
      /* A name begins the phrase unless a determiner leads in: "the
       * ongoing talks | European negotiators". */
      if (start != end && is_name_token (s, start) && !is_name_token (s, k) && !conjunction &&
          !is_determiner (norm (s, k)))
        break;
      listing |= listed && conjunction;
      start = k;
    }

  return start;
}

/* The noun phrase that starts at token @start, up to punctuation or the
 * sentence end. Returns one past its last token. */
static guint
phrase_after (Sentence *s,
              guint     start)
{
  guint end = start;

  while (end < s->n && end - start < MAX_SPEAKER_WORDS)
    {
      if (end != start && gap_breaks (s, end))
        break;
      if (in_set (s->finder->boundaries, s, end) && end != start)
        break;
      end++;
    }

  return end;
}

typedef struct
{
  gsize byte_start;
  gsize byte_end;
} Bytes;

static PlxSpan
to_chars (Sentence *s,
          Bytes     bytes)
{
  PlxSpan span;

  /* Counting from the last position converted (forwards or back) rather
   * than from the sentence's start: claims come in order, and a sentence
   * of a megabyte with thousands of them was quadratic. */
  s->cursor_char += g_utf8_pointer_to_offset (s->text + s->cursor_byte, s->text + bytes.byte_start);
  s->cursor_byte = bytes.byte_start;
  span.start = s->cursor_char;
  span.end = span.start + g_utf8_strlen (s->text + bytes.byte_start,
                                         bytes.byte_end - bytes.byte_start);

  return span;
}

static Bytes
token_bytes (Sentence *s,
             guint     start,
             guint     end)
{
  Bytes bytes = { 0, 0 };

  if (start < end)
    {
      bytes.byte_start = s->t[start].byte_start;
      bytes.byte_end = s->t[end - 1].byte_end;
    }

  return bytes;
}

/* Extends a content span over the quotation marks around it and drops a
 * trailing comma or period. */
static Bytes
content_bytes (Sentence *s,
               guint     start,
               guint     end)
{
  Bytes bytes = token_bytes (s, start, end);
  const char *p;
  const char *limit;

  if (start >= end)
    return bytes;

  gap (s, start, &limit, &p);
  while (p > limit)
    {
      const char *prev = g_utf8_prev_char (p);

      if (!is_quote_mark (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  bytes.byte_start = p - s->text;

  gap (s, end, &p, &limit);
  for (const char *q = p; q < limit; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (is_quote_mark (c))
        bytes.byte_end = g_utf8_next_char (q) - s->text;
      else if (c == '.' || c == '?' || c == '!' || c == 0x2026)
        {
          /* A quotation keeps its own full stop. */
          const char *n = g_utf8_next_char (q);

          if (n < limit && is_quote_mark (g_utf8_get_char (n)))
            bytes.byte_end = g_utf8_next_char (n) - s->text;
          break;
        }
      else if (c != ' ' && c != ',')
        break;
    }

  return bytes;
}

static char *
span_text (Sentence *s,
           Bytes     bytes)
{
  PlxSentence span = { 0 };

  span.byte_start = bytes.byte_start;
  span.byte_end = bytes.byte_end;

  return plx_sentence_dup_text (&span, s->text);
}

static guint
count_spaces (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ' ';

  return n;
}

/* The words inside the first quotation of @bytes, or NULL. */
static char *
find_quote (const char *text,
            Bytes       bytes)
{
  const char *p = text + bytes.byte_start;
  const char *end = text + bytes.byte_end;
  const char *open = NULL;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (open == NULL && (c == 0x201C || c == '"' || c == 0x00AB || c == 0x201E))
        open = g_utf8_next_char (p);
      else if (open != NULL && (c == 0x201D || c == '"' || c == 0x00BB || c == 0x201C))
        {
          PlxSentence span = { 0 };
          char *quote;

          span.byte_start = open - text;
          span.byte_end = p - text;
          quote = plx_sentence_dup_text (&span, text);
          g_strstrip (quote);
          while (quote[0] != '\0' && strchr (",.;:", quote[strlen (quote) - 1]) != NULL)
            quote[strlen (quote) - 1] = '\0';
          /* One or two words in quotation marks are a name or a scare
           * quote ("the “X” platform"), not someone's words. */
          if (quote[0] != '\0' && count_spaces (quote) >= 2)
            return quote;
          g_free (quote);
          open = NULL;
        }
    }

  return NULL;
}

static gboolean
is_name_token (Sentence *s,
               guint     i)
{
  const char *word = s->text + s->t[i].byte_start;

  return g_unichar_isupper (g_utf8_get_char (word)) && !(s->t[i].flags & PLX_TOKEN_STOPWORD);
}

/* Whether the phrase [start, end) names someone: a capitalised word that
 * is not only the sentence's first word. */
static gboolean
names_someone (Sentence *s,
               guint     start,
               guint     end)
{
  for (guint i = start; i < end; i++)
    if (is_name_token (s, i) && (i > 0 || end - start > 1))
      return TRUE;

  return FALSE;
}

typedef struct
{
  char *last_person;
} State;

/* Remembers people introduced with a title or an apposition, so that a
 * later "he" or "she" finds them even when they did not speak yet. */
static void
remember_people (Sentence *s,
                 State    *state)
{
  static const char *const titles[] = { "president", "minister", "advisor", "adviser",
                                        "spokesman", "spokeswoman", "spokesperson", "senator",
                                        "governor", "chancellor", "secretary", "director",
                                        "chief", "leader", "prime", "mayor", "ambassador",
                                        "general", "officer", "rep", "sen", "gov", "judge" };

  for (guint i = 0; i + 1 < s->n; i++)
    {
      guint end = i;

      if (!is_name_token (s, i) || (i > 0 && is_name_token (s, i - 1) && !gap_breaks (s, i)))
        continue;
      while (end < s->n && is_name_token (s, end) && (end == i || !gap_breaks (s, end)))
        end++;
      if (end - i < 2)
        continue;

      {
        gboolean titled = FALSE;
        gboolean apposed = end < s->n && gap_has (s, end, ',');

        for (guint t = 0; i > 0 && t < G_N_ELEMENTS (titles); t++)
          titled |= g_str_equal (norm (s, i - 1), titles[t]);
        if (titled || apposed)
          {
            g_free (state->last_person);
            state->last_person = span_text (s, token_bytes (s, i, end));
          }
      }
      i = end - 1;
    }
}

/* A claim whose content runs into the next claim of the sentence ends
 * where the next one begins: "as he described the talks, negotiators
 * described them as ..." are two claims. */
static void
truncate_previous (GArray   *claims,
                   Sentence *s,
                   guint     index,
                   gsize     next_start)
{
  PlxClaim *previous;
  Bytes content;

  if (claims->len == 0)
    return;

  previous = &g_array_index (claims, PlxClaim, claims->len - 1);
  if (previous->sentence != index || next_start <= previous->content_byte_start ||
      next_start >= previous->content_byte_end)
    return;

  content.byte_start = previous->content_byte_start;
  content.byte_end = next_start;
  while (content.byte_end > content.byte_start &&
         strchr (" ,;:\n", s->text[content.byte_end - 1]) != NULL)
    content.byte_end--;
  if (content.byte_end <= content.byte_start)
    return;

  previous->content_byte_end = content.byte_end;
  previous->byte_end = MAX (previous->content_byte_end, previous->byte_start);
  previous->content = to_chars (s, content);
  g_free (previous->text);
  previous->text = span_text (s, content);
  g_free (previous->quote);
  previous->quote = find_quote (s->text, content);
}

static void
add_claim (GArray   *claims,
           Sentence *s,
           guint     index,
           guint     cue_start,
           guint     cue_end,
           guint     speaker_start,
           guint     speaker_end,
           Bytes     content,
           State    *state)
{
  PlxClaim claim = { 0 };
  Bytes cue = token_bytes (s, cue_start, cue_end);
  gboolean pronoun;

  if (content.byte_end <= content.byte_start)
    return;
  /* What someone said runs to the end of the sentence until the next
   * claim cuts it; in a sentence of a megabyte (a text without full
   * stops) copying that much for each claim took minutes and gigabytes.
   * No claim is longer than a few hundred words: cut at a space. */
  if (content.byte_end - content.byte_start > MAX_CONTENT_BYTES)
    {
      gsize end = content.byte_start + MAX_CONTENT_BYTES;

      while (end > content.byte_start && s->text[end] != ' ')
        end--;
      if (end > content.byte_start)
        content.byte_end = end;
    }

  claim.sentence = index;
  claim.counterpart = -1;
  claim.content_byte_start = content.byte_start;
  claim.content_byte_end = content.byte_end;
  claim.byte_start = MIN (cue.byte_start, content.byte_start);
  claim.byte_end = MAX (cue.byte_end, content.byte_end);
  if (speaker_start < speaker_end)
    {
      claim.byte_start = MIN (claim.byte_start, s->t[speaker_start].byte_start);
      claim.byte_end = MAX (claim.byte_end, s->t[speaker_end - 1].byte_end);
    }
  truncate_previous (claims, s, index, claim.byte_start);
  claim.cue = to_chars (s, cue);
  claim.verb = g_utf8_strdown (s->text + cue.byte_start, cue.byte_end - cue.byte_start);
  claim.content = to_chars (s, content);
  claim.text = span_text (s, content);
  claim.quote = find_quote (s->text, content);

  if (speaker_start < speaker_end)
    {
      Bytes speaker = token_bytes (s, speaker_start, speaker_end);

      claim.speaker = to_chars (s, speaker);
      pronoun = speaker_end - speaker_start == 1 &&
                in_set (s->finder->pronouns, s, speaker_start);
      if (pronoun && state->last_person != NULL)
        claim.speaker_name = g_strdup (state->last_person);
      else
        claim.speaker_name = span_text (s, speaker);

      if (!pronoun && names_someone (s, speaker_start, speaker_end) &&
          !is_group (s->finder, claim.speaker_name))
        {
          g_free (state->last_person);
          state->last_person = g_strdup (claim.speaker_name);
        }
    }
  else
    {
      claim.speaker.start = claim.speaker.end = claim.cue.start;
      claim.speaker_name = g_strdup ("");
    }

  g_array_append_val (claims, claim);
}

/* Gives the last claim the speaker of claim @from (when @from >= 0). */
static void
take_speaker (GArray *claims,
              int     from)
{
  PlxClaim *last;
  const PlxClaim *source;

  if (from < 0 || (guint) from + 1 >= claims->len)
    return;

  last = &g_array_index (claims, PlxClaim, claims->len - 1);
  source = &g_array_index (claims, PlxClaim, from);
  last->speaker = source->speaker;
  g_free (last->speaker_name);
  last->speaker_name = g_strdup (source->speaker_name);
}

/* The subject of the main clause, for participial cues: the nearest name
 * or pronoun before the cue. */
static void
main_subject (Sentence *s,
              guint     cue,
              guint    *start,
              guint    *end)
{
  for (guint i = cue; i > 0; i--)
    {
      guint k = i - 1;

      if (in_set (s->finder->pronouns, s, k))
        {
          *start = k;
          *end = k + 1;
          return;
        }
      if (is_name_token (s, k) && (k > 0 || cue > 1))
        {
          *end = k + 1;
          *start = k;
          while (*start > 0 && is_name_token (s, *start - 1) && !gap_breaks (s, *start))
            (*start)--;
          return;
        }
    }

  *start = *end = 0;
}

static void
find_in_sentence (Sentence *s,
                  guint     index,
                  State    *state,
                  GArray   *claims)
{
  guint first_claim = claims->len;

  /* Headings name topics ("Negative signals from the battlefronts"), and a
   * headline repeats a claim the body makes in full. */
  if (s->sentence->kind != PLX_SENTENCE_BODY)
    return;

  remember_people (s, state);

  for (guint c = 0; c < s->n; c++)
    {
      const Cue *cue = match_cue (s, c);
      guint len;
      guint after;
      guint sp_start = c;
      guint sp_end = c;
      Bytes content = { 0, 0 };
      const char *cue_word;
      int speaker_from = -1;
      gboolean according;
      gboolean participial;

      if (cue == NULL)
        continue;

      len = cue->n_stems;
      cue_word = norm (s, c);
      according = g_str_equal (cue_word, "according");
      participial = g_hash_table_contains (s->finder->participial, cue_word);

      /* Not a verb: "the report", "his support", "to say", or a name. */
      if (c > 0 && (is_determiner (norm (s, c - 1)) || g_str_equal (norm (s, c - 1), "to")) &&
          !according)
        continue;
      if ((s->t[c].flags & PLX_TOKEN_CAPITALISED) || (c == 0 && !according && !participial))
        continue;
      /* Words inside a quotation are the quoted speaker's, not a report. */
      if (s->t[c].flags & PLX_TOKEN_QUOTED)
        continue;
      if (c > 0 && is_preposition (norm (s, c - 1)) && !according)
        continue;
      if (cue->ambiguous && !g_str_has_suffix (cue_word, "ed") &&
          !g_str_has_suffix (cue_word, "ing") && !has_subject (s, c))
        continue;

      after = c + len;

      if (according)
        {
          /* "according to X, CONTENT" or "CONTENT, according to X" */
          sp_start = after;
          sp_end = phrase_after (s, after);
          if (c == 0 || (sp_end < s->n && gap_has (s, sp_end, ',')))
            content = content_bytes (s, sp_end, s->n);
          else
            content = content_bytes (s, 0, c);
          add_claim (claims, s, index, c, after, sp_start, sp_end, content, state);
          c = sp_end > c ? sp_end - 1 : c;
          continue;
        }

      if (g_str_equal (cue_word, "quoted"))
        {
          /* "N quoted X as saying ..." */
          guint k = after;

          while (k + 1 < s->n && k - after < MAX_APPOSITIVE &&
                 !(g_str_equal (norm (s, k), "as") && g_str_equal (norm (s, k + 1), "saying")))
            k++;
          if (k + 1 < s->n && g_str_equal (norm (s, k), "as"))
            {
              guint np_end = after;

              while (np_end < k && !gap_has (s, np_end + 1, ','))
                np_end++;
              content = content_bytes (s, k + 2, s->n);
              add_claim (claims, s, index, c, k + 2, after, MIN (np_end + 1, k), content, state);
              g_free (g_array_index (claims, PlxClaim, claims->len - 1).verb);
              g_array_index (claims, PlxClaim, claims->len - 1).verb =
                g_strdup ("quoted as saying");
              c = k + 1;
              continue;
            }
        }

      if (participial)
        {
          if (!gap_has (s, c, ',') && c > 0)
            {
              /* "X, saying ..." needs the comma; otherwise it is a verb
               * with its own subject: "X is saying". */
              guint start = phrase_before (s, c);

              if (start == c)
                continue;
              sp_start = start;
              sp_end = c;
            }
          else if (claims->len > first_claim)
            {
              /* "X noted ..., adding that ...": the same speaker. */
              speaker_from = claims->len - 1;
              sp_start = sp_end = c;
            }
          else
            main_subject (s, c, &sp_start, &sp_end);
        }
      else
        {
          /* The speaker before the cue, past adverbs and auxiliaries. */
          guint end = c;

          while (end > 0 && in_set (s->finder->skip, s, end - 1) && !gap_breaks (s, end))
            end--;

          if (end > 0 && gap_has (s, end, ','))
            {
              /* "X, the advisor to Y, told": the speaker precedes the
               * apposition. */
              guint open = end - 1;

              while (open > 0 && end - open < MAX_APPOSITIVE && !gap_has (s, open, ','))
                open--;
              if (open > 0 && gap_has (s, open, ','))
                {
                  sp_end = open;
                  sp_start = phrase_before (s, open);
                }
            }
          else if (end > 0 && !gap_breaks (s, end))
            {
              sp_end = end;
              sp_start = phrase_before (s, end);
            }
        }

      /* Content before the cue: "CONTENT, X said." / "“…,” said X." */
      if (speaker_from < 0 &&
          ((sp_start > 0 && gap_breaks (s, sp_start) && !participial) ||
           (sp_start == sp_end && c > 0 && gap_breaks (s, c))))
        {
          guint before = sp_start < sp_end ? sp_start : c;
          guint rest = phrase_after (s, after);

          if (sp_start == sp_end)
            {
              /* Inverted: "…,” said Caddell." */
              sp_start = after;
              sp_end = rest;
            }
          if ((rest >= s->n || gap_has (s, rest, ',')) && rest - after <= 6 &&
              (before >= 3 || gap_has_quote (s, before)))
            {
              content = content_bytes (s, 0, before);
              add_claim (claims, s, index, c, after, sp_start, sp_end, content, state);
              take_speaker (claims, speaker_from);
              c = MAX (c, rest > 0 ? rest - 1 : 0);
              continue;
            }
        }

      /* Content after the cue, past an addressee ("told reporters") and
       * "that". */
      {
        guint start = after;
        guint limit = MIN (s->n, after + 7);

        gboolean found = FALSE;

        /* "that" opens the content only within the cue's clause: past a
         * comma or colon it belongs to another clause ("…, adding that
         * …"), and inside a quotation to the quoted words. */
        for (guint k = after; k < limit && !found && (k == after || !gap_ends_clause (s, k)); k++)
          if (g_str_equal (norm (s, k), "that") && !gap_breaks (s, k) &&
              !(s->t[k].flags & PLX_TOKEN_QUOTED))
            {
              start = k + 1;
              found = TRUE;
            }
        for (guint k = after; k < limit && !found; k++)
          if (gap_has_quote (s, k) || (k == after && gap_has (s, k, ':')) ||
              in_set (s->finder->pronouns, s, k))
            {
              start = k;
              found = TRUE;
            }

        if (start == after && after < s->n && gap_has (s, after, ',') &&
            !gap_has_quote (s, after))
          continue; /* "…, he said, adding …" is handled at its own cue */

        content = content_bytes (s, start, s->n);
        add_claim (claims, s, index, c, after, sp_start, sp_end, content, state);
        take_speaker (claims, speaker_from);
      }
    }
}

/* Where a quotation still open at the end of @sentence began (it may have
 * begun in an earlier one, @open), or NULL when every quotation is closed.
 * Curly quotes open and close; a straight quote toggles. */
static const char *
track_quote (const char        *text,
             const PlxSentence *sentence,
             const char        *open)
{
  const char *end = text + sentence->byte_end;

  for (const char *p = text + sentence->byte_start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x201C || c == 0x201E || c == 0x00AB)
        open = p;
      else if (c == 0x201D || c == 0x00BB)
        open = NULL;
      else if (c == '"')
        open = open == NULL ? p : NULL;
    }

  return open;
}

/* Moves the start of a claim whose content opens its sentence back to the
 * quotation mark that opened the quotation, sentences before. */
static void
extend_to_quote (PlxClaim *claim,
                 Sentence *s,
                 gsize     quote_start)
{
  const char *content = s->text + claim->content_byte_start;
  const char *sentence = s->text + s->sentence->byte_start;
  Bytes bytes;
  glong back;

  if (quote_start >= claim->content_byte_start || content - sentence > 3)
    return;

  back = g_utf8_strlen (s->text + quote_start, claim->content_byte_start - quote_start);
  bytes.byte_start = quote_start;
  bytes.byte_end = claim->content_byte_end;
  claim->content_byte_start = quote_start;
  claim->byte_start = MIN (claim->byte_start, quote_start);
  claim->content.start -= back;
  g_free (claim->text);
  claim->text = span_text (s, bytes);
  g_free (claim->quote);
  claim->quote = find_quote (s->text, bytes);
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
  State state = { NULL };
  g_autoptr(GHashTable) proper = g_hash_table_new (NULL, NULL);
  const char *open_quote = NULL;
  guint first;

  g_array_set_clear_func (claims, (GDestroyNotify) plx_claim_clear);

  /* Proper nouns: words the article capitalises inside a sentence, not
   * only where a sentence or clause begins ("Intense attacks continue"). */
  for (guint i = 0; i < n; i++)
    {
      guint count;
      const PlxToken *words = sentence_tokens (self->tokenizer, given, text, &sentences[i], i,
                                               tokens, &count);

      for (guint k = 1; k < count; k++)
        {
          const PlxToken *t = &words[k];
          const char *gap = text + words[k - 1].byte_end;
          gboolean clause_start = FALSE;

          for (const char *p = gap; p < text + t->byte_start; p++)
            clause_start |= *p == ';' || *p == ':' || *p == '(' || (guchar) *p >= 0x80;
          if ((t->flags & PLX_TOKEN_CAPITALISED) && !clause_start)
            g_hash_table_add (proper, GUINT_TO_POINTER (t->norm + 1));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      Sentence s;

      s.proper = proper;
      s.finder = self;
      s.text = text;
      s.sentence = &sentences[i];
      s.cursor_byte = sentences[i].byte_start;
      s.cursor_char = sentences[i].start;
      s.t = sentence_tokens (self->tokenizer, given, text, &sentences[i], i, tokens, &s.n);
      first = claims->len;
      find_in_sentence (&s, i, &state, claims);

      /* A quotation opened sentences ago and closed here belongs whole to
       * the claim that closes it: “This is in their heads. This is in
       * their consciousness,” said Caddell. */
      for (guint k = first; open_quote != NULL && k < claims->len; k++)
        extend_to_quote (&g_array_index (claims, PlxClaim, k), &s, open_quote - text);

      open_quote = track_quote (text, &sentences[i], open_quote);
    }

  g_free (state.last_person);

  return claims;
}
