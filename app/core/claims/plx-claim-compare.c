/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* How two counterpart claims differ, and in the words of the articles.
 * The first that holds is the pair's status:
 *   attribution-changed  other speakers
 *   paraphrased          quoted on one side, paraphrased on the other
 *   quote-changed        the same speaker quoted in other words
 *   quote-trimmed        one quotation is part of the other, and words of
 *                        substance were dropped (the change names them)
 *   second-hand          reported through someone else on one side
 *                        ("agencies quoted X as saying"), directly on the
 *                        other
 *   reframed             another reporting verb, hedge, intensifier,
 *                        loaded word or negation
 *   shared               the same claim
 * The change tells every difference found, the status's first. A label
 * shows words as the article writes them, and "X → Y" only with words on
 * both sides. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-claim-match-private.h"

#define RESOURCE_PREFIX "/io/github/parallax/Parallax/core/lexicon/"

/* ---- Speakers ---------------------------------------------------------- */

gboolean
plx_claim_same_speaker (const PlxClaim *a,
                        const PlxClaim *b)
{
  if (g_strcmp0 (a->party, b->party) != 0)
    return FALSE;
  if (a->speaker_key == NULL || b->speaker_key == NULL)
    return TRUE;
  return g_str_equal (a->speaker_key, b->speaker_key) ||
         (a->speaker_key[0] == b->speaker_key[0] &&
          plx_string_similarity (a->speaker_key, b->speaker_key) >= 0.7);
}

static char *
speaker_change (const PlxClaim *a,
                const PlxClaim *b)
{
  gboolean named_a = a->speaker_name != NULL && a->speaker_name[0] != '\0';
  gboolean named_b = b->speaker_name != NULL && b->speaker_name[0] != '\0';

  if (named_a && named_b)
    return g_strdup_printf (_("speaker: %s → %s"), a->speaker_name, b->speaker_name);
  if (named_b)
    return g_strdup_printf (_("speaker named only in B: %s"), b->speaker_name);
  if (named_a)
    return g_strdup_printf (_("speaker named only in A: %s"), a->speaker_name);
  return g_strdup (_("another speaker"));
}

/* ---- Words as written -------------------------------------------------- */

/* The text from @start to @end, each run of white space one space. */
void
plx_claim_append_as_written (GString    *out,
                             const char *text,
                             gsize       start,
                             gsize       end)
{
  gboolean space = FALSE;

  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          space = TRUE;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, g_utf8_get_char (p));
    }
}

/* “x”, “y”: each text of @phrases quoted. */
char *
plx_claim_join_quoted (GPtrArray *phrases)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < phrases->len; i++)
    g_string_append_printf (out, "%s“%s”", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (phrases, i));

  return g_string_free (out, FALSE);
}

static gboolean
in_ranges (GArray *ranges,
           gsize   start,
           gsize   end)
{
  for (guint r = 0; ranges != NULL && r + 1 < ranges->len; r += 2)
    if (start >= g_array_index (ranges, gsize, r) && end <= g_array_index (ranges, gsize, r + 1))
      return TRUE;

  return FALSE;
}

void
plx_claim_add_range (GArray *ranges,
                     gsize   start,
                     gsize   end)
{
  g_array_append_val (ranges, start);
  g_array_append_val (ranges, end);
}

/* ---- Second-hand attribution ------------------------------------------- */

/* The words of @language for comparing claims, none for a language
 * without them: the phrases that tell a claim was passed on, each a
 * %NULL-terminated array of folded words, and @verb_forms, irregular forms
 * of reporting verbs ("said") to their base form ("say"). */
static GPtrArray *
words_load (const char  *language,
            GHashTable **verb_forms)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "%s/attribution.json", language);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GPtrArray *markers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  JsonObject *root;
  JsonArray *list;
  JsonObject *forms;

  *verb_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return markers;

  root = json_node_get_object (json_parser_get_root (parser));
  list = json_object_has_member (root, "second_hand")
           ? json_object_get_array_member (root, "second_hand")
           : NULL;
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *folded = g_utf8_casefold (json_array_get_string_element (list, i), -1);

      g_ptr_array_add (markers, g_strsplit (folded, " ", -1));
    }

  forms = json_object_has_member (root, "verb_forms")
            ? json_object_get_object_member (root, "verb_forms")
            : NULL;
  if (forms != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (forms);

      for (GList *l = names; l != NULL; l = l->next)
        g_hash_table_insert (*verb_forms, g_utf8_casefold (l->data, -1),
                             g_utf8_casefold (json_object_get_string_member (forms, l->data), -1));
    }

  return markers;
}

typedef struct
{
  GPtrArray  *markers;
  GHashTable *verb_forms;
} Words;

/**
 * plx_claim_words_get:
 * @markers: (out) (transfer none): the phrases that tell a claim was
 *   passed on, each a %NULL-terminated array of folded words
 * @verb_forms: (out) (transfer none): irregular forms of reporting verbs
 *   ("said") to their base form ("say")
 *
 * The words of @language for comparing claims, none for a language
 * without them. They are read once and kept for the life of the process
 * (comparisons run again on every edit); any thread may ask.
 */
void
plx_claim_words_get (const char  *language,
                     GPtrArray  **markers,
                     GHashTable **verb_forms)
{
  static GMutex lock;
  static GHashTable *cache; /* language -> Words */
  const char *key = language != NULL ? language : "en";
  Words *words;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new (g_str_hash, g_str_equal);
  words = g_hash_table_lookup (cache, key);
  if (words == NULL)
    {
      words = g_new0 (Words, 1);
      words->markers = words_load (key, &words->verb_forms);
      g_hash_table_insert (cache, g_strdup (key), words);
    }
  g_mutex_unlock (&lock);

  *markers = words->markers;
  *verb_forms = words->verb_forms;
}

/* Whether word @norm begins one of @markers, remembered in @starts
 * (norm + 1 -> 1 if it does, 2 if not): most words are asked often. */
static gboolean
may_start_marker (GHashTable    *starts,
                  guint          norm,
                  GPtrArray     *markers,
                  PlxVocabulary *vocabulary)
{
  guint known = GPOINTER_TO_UINT (g_hash_table_lookup (starts, GUINT_TO_POINTER (norm + 1)));

  if (known == 0)
    {
      const char *word = plx_vocabulary_lookup (vocabulary, norm);

      known = 2;
      for (guint m = 0; m < markers->len && known == 2; m++)
        if (g_str_equal (word, ((char **) g_ptr_array_index (markers, m))[0]))
          known = 1;
      g_hash_table_insert (starts, GUINT_TO_POINTER (norm + 1), GUINT_TO_POINTER (known));
    }

  return known == 1;
}

/* How many tokens from @k on spell @marker, or 0. */
static guint
marker_at (const PlxToken *tokens,
           guint           k,
           guint           end,
           char          **marker,
           PlxVocabulary  *vocabulary)
{
  guint n = 0;

  for (; marker[n] != NULL; n++)
    if (k + n >= end || !g_str_equal (plx_vocabulary_lookup (vocabulary, tokens[k + n].norm),
                                      marker[n]))
      return 0;

  return n;
}

/* Where the words that frame claim @index begin: the start of its
 * sentence, or the end of a claim before it in that sentence (@neighbours:
 * the claims of that sentence). */
static gsize
frame_start (GArray                  *claims,
             guint                    index,
             const guint             *neighbours,
             guint                    n_neighbours,
             const PlxSentenceTokens *sentences)
{
  const PlxClaim *claim = &g_array_index (claims, PlxClaim, index);
  guint first = sentences->starts[claim->sentence];
  gsize start = first < sentences->starts[claim->sentence + 1] ? sentences->tokens[first].byte_start
                                                               : claim->byte_start;

  for (guint n = 0; n < n_neighbours; n++)
    {
      const PlxClaim *other = &g_array_index (claims, PlxClaim, neighbours[n]);

      if (other != claim && other->byte_end <= claim->byte_start)
        start = MAX (start, other->byte_end);
    }

  return start;
}

/* The first token of @sentence that starts at @byte or later. */
static guint
first_token_from (const PlxSentenceTokens *sentences,
                  guint                    sentence,
                  gsize                    byte)
{
  guint low = sentences->starts[sentence];
  guint high = sentences->starts[sentence + 1];

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (sentences->tokens[middle].byte_start < byte)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * plx_claim_find_second_hand:
 *
 * @neighbours: the indices of the claims in the sentence of claim @index
 * @n_neighbours: how many there are
 * @starts: a table (direct keys) for remembering which words begin a
 *   marker, kept from claim to claim
 *
 * Whether claim @index is told second-hand: its frame (its sentence's
 * words before its content, and after it within the claim) holds one of
 * @markers, or its reporting verb stands inside another speaker's
 * content ("Y told reporters that X said ..."). Sets the prepared claim's
 * @second_hand words and @through.
 */
void
plx_claim_find_second_hand (PlxPreparedClaim        *prepared,
                            GArray                  *claims,
                            guint                    index,
                            const guint             *neighbours,
                            guint                    n_neighbours,
                            const char              *text,
                            const PlxSentenceTokens *sentences,
                            GPtrArray               *markers,
                            GHashTable              *starts,
                            PlxVocabulary           *vocabulary)
{
  const PlxClaim *claim = &g_array_index (claims, PlxClaim, index);
  const PlxToken *tokens = sentences->tokens;
  guint end = sentences->starts[claim->sentence + 1];
  gsize start = frame_start (claims, index, neighbours, n_neighbours, sentences);
  g_autoptr(GPtrArray) found = NULL; /* made when a marker is: most claims have none */

  for (guint k = first_token_from (sentences, claim->sentence, start);
       k < end && tokens[k].byte_start < claim->byte_end; k++)
    {
      const char *word;

      if (tokens[k].byte_end > claim->byte_end ||
          (tokens[k].byte_start >= claim->content_byte_start &&
           tokens[k].byte_start < claim->content_byte_end))
        continue;
      if (!may_start_marker (starts, tokens[k].norm, markers, vocabulary))
        continue;
      word = plx_vocabulary_lookup (vocabulary, tokens[k].norm);
      for (guint m = 0; m < markers->len; m++)
        {
          char **marker = g_ptr_array_index (markers, m);
          guint n;
          GString *words;

          if (!g_str_equal (word, marker[0]))
            continue;
          n = marker_at (tokens, k, end, marker, vocabulary);
          if (n == 0 || tokens[k + n - 1].byte_end > claim->byte_end ||
              (tokens[k + n - 1].byte_end > claim->content_byte_start &&
               tokens[k].byte_start < claim->content_byte_end))
            continue;
          words = g_string_new (NULL);
          plx_claim_append_as_written (words, text, tokens[k].byte_start,
                                       tokens[k + n - 1].byte_end);
          if (found == NULL)
            found = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (found, g_string_free (words, FALSE));
          if (prepared->marker_bytes == NULL)
            prepared->marker_bytes = g_array_new (FALSE, FALSE, sizeof (gsize));
          plx_claim_add_range (prepared->marker_bytes, tokens[k].byte_start,
                               tokens[k + n - 1].byte_end);
          k += n - 1;
          break;
        }
    }
  if (found != NULL)
    prepared->second_hand = plx_claim_join_quoted (found);

  /* Only a named speaker's words passed on by another: an unnamed one may
   * be the same ("Y said ... and repeatedly said he believes ..."). */
  for (guint n = 0; claim->speaker_name != NULL && claim->speaker_name[0] != '\0' &&
                    n < n_neighbours; n++)
    {
      const PlxClaim *other = &g_array_index (claims, PlxClaim, neighbours[n]);

      if (other != claim && claim->byte_start >= other->content_byte_start &&
          claim->byte_start < other->content_byte_end && !plx_claim_same_speaker (claim, other) &&
          other->speaker_name != NULL && other->speaker_name[0] != '\0')
        prepared->through = other->speaker_name;
    }
}

static gboolean
is_second_hand (const PlxClaimSide *side)
{
  return side->prepared->second_hand != NULL || side->prepared->through != NULL;
}

static char *
second_hand_change (const PlxClaimSide *told,
                    const PlxClaimSide *direct)
{
  if (told->prepared->second_hand != NULL)
    return g_strdup_printf (_("second-hand in %c (%s), direct in %c"), told->name,
                            told->prepared->second_hand, direct->name);

  return g_strdup_printf (_("second-hand in %c (through %s), direct in %c"), told->name,
                          told->prepared->through, direct->name);
}

/* ---- Framing ----------------------------------------------------------- */

/* The phrases of a claim that carry @tag, as written, each once; their
 * folded keys; and how many words carry it. Words after the content's
 * lead and in @skip do not count. */
static guint
tag_phrases (const PlxClaimSide *side,
             PlxTag              tag,
             GArray             *skip,
             GPtrArray          *texts,
             GPtrArray          *keys)
{
  GArray *tokens = side->prepared->tokens;
  const PlxClaim *claim = side->claim;
  guint count = 0;

  for (guint k = 0; k < tokens->len; k++)
    {
      GString *key;
      GString *text;
      guint last = k;

      for (; last < tokens->len; last++)
        {
          const PlxToken *t = &g_array_index (tokens, PlxToken, last);

          gboolean in_content = t->byte_start >= claim->content_byte_start &&
                                t->byte_end <= claim->content_byte_end;

          /* A capitalised word inside a sentence is a name ("May"), not
           * a hedge, and a reporting verb around the content is told as
           * the verb or as who passes the claim on ("according to"); a
           * negation counts however it is written. */
          if (!(t->tags & tag) || in_ranges (skip, t->byte_start, t->byte_end) ||
              (tag != PLX_TAG_NEGATION && ((t->flags & PLX_TOKEN_CAPITALISED) ||
                                           (!in_content && (t->tags & PLX_TAG_REPORTING_VERB)))) ||
              (in_content && t->byte_start >= side->prepared->lead_end))
            break;
        }
      if (last == k)
        continue;

      key = g_string_new (NULL);
      for (guint i = k; i < last; i++)
        g_string_append_printf (key, "%u ", g_array_index (tokens, PlxToken, i).norm);
      count += last - k;
      if (g_ptr_array_find_with_equal_func (keys, key->str, g_str_equal, NULL))
        {
          g_string_free (key, TRUE);
          k = last;
          continue;
        }
      text = g_string_new (NULL);
      plx_claim_append_as_written (text, side->text, g_array_index (tokens, PlxToken, k).byte_start,
                         g_array_index (tokens, PlxToken, last - 1).byte_end);
      g_ptr_array_add (keys, g_string_free (key, FALSE));
      g_ptr_array_add (texts, g_string_free (text, FALSE));
      k = last;
    }

  return count;
}

/* The phrases of @texts whose key is not among @others. */
static GPtrArray *
phrases_only (GPtrArray *texts,
              GPtrArray *keys,
              GPtrArray *others)
{
  GPtrArray *only = g_ptr_array_new ();

  for (guint i = 0; i < texts->len; i++)
    if (!g_ptr_array_find_with_equal_func (others, g_ptr_array_index (keys, i), g_str_equal, NULL))
      g_ptr_array_add (only, g_ptr_array_index (texts, i));

  return only;
}

/* The change in one tag's words between the claims, or NULL. */
static char *
tag_change (const PlxClaimSide *a,
            GArray             *skip_a,
            const PlxClaimSide *b,
            GArray             *skip_b,
            PlxTag              tag,
            const char         *name)
{
  g_autoptr(GPtrArray) texts_a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys_a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts_b = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys_b = g_ptr_array_new_with_free_func (g_free);
  guint count_a = tag_phrases (a, tag, skip_a, texts_a, keys_a);
  guint count_b = tag_phrases (b, tag, skip_b, texts_b, keys_b);
  g_autoptr(GPtrArray) only_a = phrases_only (texts_a, keys_a, keys_b);
  g_autoptr(GPtrArray) only_b = phrases_only (texts_b, keys_b, keys_a);
  g_autofree char *shown_a = plx_claim_join_quoted (only_a);
  g_autofree char *shown_b = plx_claim_join_quoted (only_b);

  /* As many negations on both sides keep the sense ("no one has" and "has
   * not"). */
  if (tag == PLX_TAG_NEGATION && count_a == count_b)
    return NULL;
  if (only_a->len == 0 && only_b->len == 0)
    return NULL;
  if (only_a->len == 0)
    return g_strdup_printf (_("%s only in B: %s"), name, shown_b);
  if (only_b->len == 0)
    return g_strdup_printf (_("%s only in A: %s"), name, shown_a);
  return g_strdup_printf (_("%s: %s → %s"), name, shown_a, shown_b);
}

/* The base forms of the words of a claim's reporting verb (their stems,
 * or the base of an irregular form), found in order
 * outside its content, with their bytes added to @skip (the verb is told
 * as a verb, not again as a hedge or a loaded word); %NULL when they are
 * not all found. */
static GString *
verb_stems (const PlxClaimSide *side,
            GArray             *skip)
{
  g_auto(GStrv) words = g_strsplit (side->claim->verb, " ", -1);
  GArray *tokens = side->prepared->tokens;
  GString *stems = g_string_new (NULL);
  guint w = 0;

  for (guint k = 0; k < tokens->len && words[w] != NULL; k++)
    {
      const PlxToken *t = &g_array_index (tokens, PlxToken, k);

      const char *base;

      if ((t->byte_start >= side->claim->content_byte_start &&
           t->byte_end <= side->claim->content_byte_end) ||
          !g_str_equal (plx_vocabulary_lookup (side->vocabulary, t->norm), words[w]))
        continue;
      base = g_hash_table_lookup (side->verb_forms, words[w]);
      if (base == NULL)
        base = plx_vocabulary_lookup (side->vocabulary, t->stem);
      g_string_append_printf (stems, "%s ", base);
      plx_claim_add_range (skip, t->byte_start, t->byte_end);
      w++;
    }
  if (words[w] != NULL)
    {
      g_string_free (stems, TRUE);
      return NULL;
    }

  return stems;
}

/* Whether two claims have the same reporting verb, in any of its forms
 * ("allow", "allowed"; "says", "said"). */
static gboolean
same_verb (const PlxClaimSide *a,
           GArray             *skip_a,
           const PlxClaimSide *b,
           GArray             *skip_b)
{
  GString *stems_a = verb_stems (a, skip_a);
  GString *stems_b = verb_stems (b, skip_b);
  gboolean same = stems_a != NULL && stems_b != NULL ? g_string_equal (stems_a, stems_b)
                                                     : g_str_equal (a->claim->verb, b->claim->verb);

  if (stems_a != NULL)
    g_string_free (stems_a, TRUE);
  if (stems_b != NULL)
    g_string_free (stems_b, TRUE);

  return same;
}

/* Adds to @changes what differs in the framing of two claims. */
static void
framing_changes (const PlxClaimSide *a,
                 GArray             *skip_a,
                 const PlxClaimSide *b,
                 GArray             *skip_b,
                 GPtrArray          *changes)
{
  static const PlxTag tags[] = { PLX_TAG_HEDGE, PLX_TAG_INTENSIFIER, PLX_TAG_LOADED,
                                 PLX_TAG_NEGATION };
  static const char *const names[] = { N_("hedge"), N_("intensifier"), N_("loaded word"),
                                       N_("negation") };

  if (a->claim->verb != NULL && a->claim->verb[0] != '\0' && b->claim->verb != NULL &&
      b->claim->verb[0] != '\0' && !same_verb (a, skip_a, b, skip_b))
    g_ptr_array_add (changes, g_strdup_printf (_("reporting verb: “%s” → “%s”"), a->claim->verb,
                                               b->claim->verb));

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      char *change = tag_change (a, skip_a, b, skip_b, tags[i], _(names[i]));

      if (change != NULL)
        g_ptr_array_add (changes, change);
    }
}

/* ---- The pair ---------------------------------------------------------- */

static GArray *
new_ranges (const PlxClaimSide *side)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (gsize));

  if (side->prepared->marker_bytes != NULL)
    g_array_append_vals (ranges, side->prepared->marker_bytes->data,
                         side->prepared->marker_bytes->len);

  return ranges;
}

/* The first range a trimming added to @skip after its first @from
 * entries, as the dropped run of @match. */
static void
set_dropped (PlxClaimMatch *match,
             GArray        *skip,
             guint          from)
{
  if (skip->len >= from + 2)
    {
      match->dropped_start = g_array_index (skip, gsize, from);
      match->dropped_end = g_array_index (skip, gsize, from + 1);
    }
}

/**
 * plx_claim_compare:
 * @match_a: (inout): the match of @a: gets the change and a dropped run
 * @match_b: (inout): the match of @b: the same change, its dropped run
 *
 * How a pair of counterparts differs.
 */
PlxClaimStatus
plx_claim_compare (const PlxClaimSide *a,
                   const PlxClaimSide *b,
                   PlxClaimMatch      *match_a,
                   PlxClaimMatch      *match_b)
{
  char **change = &match_a->change;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) skip_a = new_ranges (a);
  g_autoptr(GArray) skip_b = new_ranges (b);
  PlxClaimStatus status = PLX_CLAIM_SHARED;

  *change = NULL;
  if (!plx_claim_same_speaker (a->claim, b->claim))
    {
      *change = speaker_change (a->claim, b->claim);
      match_b->change = g_strdup (*change);
      return PLX_CLAIM_ATTRIBUTION_CHANGED;
    }

  if ((a->claim->quote == NULL) != (b->claim->quote == NULL))
    {
      status = PLX_CLAIM_PARAPHRASED;
      g_ptr_array_add (changes, g_strdup (a->claim->quote != NULL
                                            ? _("quoted in A, paraphrased in B")
                                            : _("paraphrased in A, quoted in B")));
    }
  else if (a->claim->quote != NULL)
    {
      guint skipped_a = skip_a->len;
      guint skipped_b = skip_b->len;

      /* The dropped words are told once, not again as a lost hedge. */
      switch (plx_claim_compare_quotes (a, b, changes, skip_a, skip_b))
        {
        case PLX_QUOTES_CHANGED:
          status = PLX_CLAIM_QUOTE_CHANGED;
          g_ptr_array_add (changes, g_strdup_printf (_("quote: “%s” → “%s”"), a->claim->quote,
                                                     b->claim->quote));
          break;
        case PLX_QUOTES_TRIMMED:
          status = PLX_CLAIM_QUOTE_TRIMMED;
          set_dropped (match_a, skip_a, skipped_a);
          set_dropped (match_b, skip_b, skipped_b);
          break;
        case PLX_QUOTES_SAME:
        default:
          break;
        }
    }

  if (is_second_hand (a) != is_second_hand (b))
    {
      g_ptr_array_add (changes, is_second_hand (a) ? second_hand_change (a, b)
                                                   : second_hand_change (b, a));
      if (status == PLX_CLAIM_SHARED)
        status = PLX_CLAIM_SECOND_HAND;
    }

  if (status == PLX_CLAIM_SHARED || status == PLX_CLAIM_QUOTE_TRIMMED ||
      status == PLX_CLAIM_SECOND_HAND)
    {
      guint before = changes->len;

      framing_changes (a, skip_a, b, skip_b, changes);
      if (status == PLX_CLAIM_SHARED && changes->len > before)
        status = PLX_CLAIM_REFRAMED;
    }

  if (changes->len > 0)
    {
      g_ptr_array_add (changes, NULL);
      *change = g_strjoinv ("; ", (char **) changes->pdata);
      match_b->change = g_strdup (*change);
    }

  return status;
}
