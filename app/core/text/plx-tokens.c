/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Words of a sentence: Unicode-aware segmentation into words and numbers,
 * folding (NFKC, case, quote and apostrophe variants), Snowball stems, and
 * the tags a word carries (quoted, number, name, and the lexicon's lists).
 *
 * Words are interned in a vocabulary shared by both articles, so the later
 * stages compare integers, and each distinct word is folded and stemmed
 * once. Punctuation is not a token: differences are shown between words.
 *
 * Chinese and Japanese put no spaces between words and no dictionary is
 * linked to find them, so each Han or Hiragana character is a token of its
 * own (IDF weighting keeps the frequent ones from counting much) and a run
 * of Katakana, which spells one loanword or foreign name, is one token.
 * Hiragana are mostly particles and endings: they count as stopwords.
 * Thai, Lao and Khmer, also written without spaces, stay runs of letters. */

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "plx-tokens.h"

struct _PlxVocabulary
{
  GHashTable *ids;   /* string -> id + 1 */
  GPtrArray  *words; /* id -> string (owned by ids' keys) */
};

typedef struct
{
  guint  n_stems;
  guint *stems;
  guint  exact_norm; /* G_MAXUINT, or the only word's norm when it must match as written */
  guint  word_norm;  /* G_MAXUINT, or the only word's norm, which it matches inflected */
  guint8 tag;
} Phrase;

struct _PlxTokenizer
{
  /* borrowed */
  PlxVocabulary *vocabulary;

  /* owned */
  PlxLexicon        *lexicon;
  struct sb_stemmer *stemmer;
  struct sb_stemmer *arabic_stemmer; /* for Arabic words, made when one comes */
  GArray            *stem_of;    /* norm id -> stem id, G_MAXUINT if unknown */
  GArray            *word_info;  /* norm id -> WORD_* bits, 0 while unknown */
  guint              n_lexicon_stems; /* stems below this may start a phrase */
  GHashTable        *phrases_by_first; /* stem id -> GPtrArray of Phrase* */
  GPtrArray         *phrases;
  GString           *buffer;
  gboolean           english;    /* number words are their digits */
};

PlxVocabulary *
plx_vocabulary_new (void)
{
  PlxVocabulary *self = g_new0 (PlxVocabulary, 1);

  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->words = g_ptr_array_new ();

  return self;
}

void
plx_vocabulary_free (PlxVocabulary *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->words);
  g_hash_table_unref (self->ids);
  g_free (self);
}

guint
plx_vocabulary_intern (PlxVocabulary *self,
                       const char    *word,
                       gssize         length)
{
  char stack[64];
  g_autofree char *heap = NULL;
  const char *key = word;
  gpointer value;
  char *copy;

  if (length >= 0)
    {
      char *buf = (gsize) length < sizeof stack ? stack : (heap = g_malloc (length + 1));

      memcpy (buf, word, length);
      buf[length] = '\0';
      key = buf;
    }

  value = g_hash_table_lookup (self->ids, key);
  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  copy = g_strdup (key);
  g_hash_table_insert (self->ids, copy, GUINT_TO_POINTER (self->words->len + 1));
  g_ptr_array_add (self->words, copy);

  return self->words->len - 1;
}

const char *
plx_vocabulary_lookup (PlxVocabulary *self,
                       guint          id)
{
  g_return_val_if_fail (id < self->words->len, NULL);

  return g_ptr_array_index (self->words, id);
}

guint
plx_vocabulary_size (PlxVocabulary *self)
{
  return self->words->len;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4 || c == 0x0060;
}

/* Arabic vowel marks and the tatweel, a stretching stroke: optional in
 * writing, so not part of the word. */
static gboolean
is_arabic_diacritic (gunichar c)
{
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

/* Folds @word into self->buffer: NFKC, case folding, apostrophes unified.
 * ASCII, by far the common case, skips the Unicode tables. */
static void
fold (PlxTokenizer *self,
      const char   *word,
      gsize         length,
      gboolean      number)
{
  gboolean ascii = TRUE;

  g_string_truncate (self->buffer, 0);

  for (gsize i = 0; i < length; i++)
    if ((guchar) word[i] >= 0x80)
      {
        ascii = FALSE;
        break;
      }

  if (ascii)
    {
      for (gsize i = 0; i < length; i++)
        {
          /* Thousands separators: "1,200" and "1200" are one number. */
          if (number && word[i] == ',')
            continue;
          g_string_append_c (self->buffer, g_ascii_tolower (word[i]));
        }
      return;
    }

  {
    g_autofree char *normal = g_utf8_normalize (word, length, G_NORMALIZE_NFKC);
    g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : word, -1);

    for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (is_apostrophe (c))
          g_string_append_c (self->buffer, '\'');
        else if (is_arabic_diacritic (c))
          continue; /* "كَتَبَ" and "كتب" are one word, written with or without vowels */
        else if (!(number && c == ','))
          g_string_append_unichar (self->buffer, c);
      }
  }
}

/* The article's language has a word list and a stemmer for its own
 * script; its words in Arabic script (a name, or an Arabic article, whose
 * language has no word lists) go through Snowball's Arabic stemmer, which
 * removes the prefixes and suffixes that would keep "وأغلق" and "أغلقت"
 * apart. */
static struct sb_stemmer *
stemmer_for (PlxTokenizer *self,
             const char   *word)
{
  if ((guchar) word[0] >= 0xD8 && (guchar) word[0] <= 0xDB &&
      g_unichar_get_script (g_utf8_get_char (word)) == G_UNICODE_SCRIPT_ARABIC)
    {
      if (self->arabic_stemmer == NULL)
        self->arabic_stemmer = sb_stemmer_new ("arabic", NULL);
      return self->arabic_stemmer;
    }

  return self->stemmer;
}

/* The digits an English number word stands for ("three" is "3"), so that
 * "One-in-Three" and "1 in 3" are the same words; NULL for other words.
 * "one" is a pronoun as often ("no one"), but it only ever meets a "1" of
 * the other article where that article gives the number. */
static const char *
english_number (const char *word)
{
  static const char *const words[][2] = {
    { "one", "1" }, { "two", "2" }, { "three", "3" }, { "four", "4" }, { "five", "5" }, { "six", "6" },
    { "seven", "7" }, { "eight", "8" }, { "nine", "9" }, { "ten", "10" }, { "eleven", "11" },
    { "twelve", "12" }, { "thirteen", "13" }, { "fourteen", "14" }, { "fifteen", "15" },
    { "sixteen", "16" }, { "seventeen", "17" }, { "eighteen", "18" }, { "nineteen", "19" },
    { "twenty", "20" }, { "thirty", "30" }, { "forty", "40" }, { "fifty", "50" },
    { "sixty", "60" }, { "seventy", "70" }, { "eighty", "80" }, { "ninety", "90" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i][0]))
      return words[i][1];
  return NULL;
}

static guint
stem_of (PlxTokenizer *self,
         guint         norm,
         gboolean      number)
{
  guint *cached;

  if (norm >= self->stem_of->len)
    {
      guint old = self->stem_of->len;

      g_array_set_size (self->stem_of, norm + 1);
      for (guint i = old; i <= norm; i++)
        g_array_index (self->stem_of, guint, i) = G_MAXUINT;
    }

  cached = &g_array_index (self->stem_of, guint, norm);
  if (*cached == G_MAXUINT)
    {
      const char *word = plx_vocabulary_lookup (self->vocabulary, norm);
      struct sb_stemmer *stemmer = number ? NULL : stemmer_for (self, word);
      const char *digits = number || !self->english ? NULL : english_number (word);

      if (digits != NULL)
        *cached = plx_vocabulary_intern (self->vocabulary, digits, strlen (digits));
      else if (stemmer == NULL)
        *cached = norm;
      else
        {
          const sb_symbol *stem = sb_stemmer_stem (stemmer, (const sb_symbol *) word,
                                                   strlen (word));
          *cached = stem != NULL
                      ? plx_vocabulary_intern (self->vocabulary, (const char *) stem,
                                               sb_stemmer_length (stemmer))
                      : norm;
        }
    }

  return *cached;
}

enum
{
  WORD_KNOWN    = 1 << 0,
  WORD_STOP     = 1 << 1,
  WORD_NEGATION = 1 << 2,
};

/* What the lexicon says of a word, looked up once per distinct word. */
static guint8
word_info (PlxTokenizer *self,
           guint         norm)
{
  guint8 *cached;

  if (norm >= self->word_info->len)
    g_array_set_size (self->word_info, norm + 1);

  cached = &g_array_index (self->word_info, guint8, norm);
  if (*cached == 0)
    {
      const char *word = plx_vocabulary_lookup (self->vocabulary, norm);

      *cached = WORD_KNOWN;
      if (plx_lexicon_is_stopword (self->lexicon, word))
        *cached |= WORD_STOP;
      /* "don't", "isn't", "cannot": negations the word lists cannot hold. */
      if (g_str_has_suffix (word, "n't") || g_str_equal (word, "cannot"))
        *cached |= WORD_NEGATION;
    }

  return *cached;
}

/* Stems of a lexicon phrase, split like article text. */
static void
add_phrase (PlxTokenizer *self,
            const char   *text,
            guint8        tag)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  Phrase *phrase;
  GPtrArray *bucket;

  plx_tokenizer_tokenize (self, text, 0, strlen (text), tokens);
  if (tokens->len == 0)
    return;

  phrase = g_new0 (Phrase, 1);
  phrase->n_stems = tokens->len;
  phrase->stems = g_new (guint, tokens->len);
  phrase->tag = tag;
  /* An adverb matches as written: its stem is often the adjective's
   * ("highly" and "high"). */
  phrase->exact_norm = tokens->len == 1 && g_str_has_suffix (text, "ly")
                         ? g_array_index (tokens, PlxToken, 0).norm
                         : G_MAXUINT;
  /* English words inflect by suffix: its one-word entries match their
   * inflections, not every word of their stem. */
  phrase->word_norm = tokens->len == 1 &&
                          g_str_equal (plx_lexicon_get_language (self->lexicon), "en")
                        ? g_array_index (tokens, PlxToken, 0).norm
                        : G_MAXUINT;
  for (guint i = 0; i < tokens->len; i++)
    phrase->stems[i] = g_array_index (tokens, PlxToken, i).stem;
  g_ptr_array_add (self->phrases, phrase);

  bucket = g_hash_table_lookup (self->phrases_by_first, GUINT_TO_POINTER (phrase->stems[0]));
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->phrases_by_first, GUINT_TO_POINTER (phrase->stems[0]), bucket);
    }
  g_ptr_array_add (bucket, phrase);
}

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_free (phrase->stems);
  g_free (phrase);
}

PlxTokenizer *
plx_tokenizer_new (PlxLexicon    *lexicon,
                   PlxVocabulary *vocabulary)
{
  PlxTokenizer *self;

  g_return_val_if_fail (lexicon != NULL, NULL);
  g_return_val_if_fail (vocabulary != NULL, NULL);

  self = g_new0 (PlxTokenizer, 1);
  self->lexicon = plx_lexicon_ref (lexicon);
  self->vocabulary = vocabulary;
  self->stemmer = sb_stemmer_new (plx_lexicon_get_language (lexicon), NULL);
  self->english = g_str_equal (plx_lexicon_get_language (lexicon), "en");
  self->stem_of = g_array_new (FALSE, FALSE, sizeof (guint));
  self->word_info = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->buffer = g_string_new (NULL);
  self->phrases = g_ptr_array_new_with_free_func (phrase_free);
  self->phrases_by_first = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);

  for (guint i = PLX_N_TAGS - PLX_N_LEXICON_TAGS; i < PLX_N_TAGS; i++)
    {
      PlxTag tag = plx_tag_from_index (i);
      GPtrArray *phrases = plx_lexicon_get_phrases (lexicon, tag);

      for (guint p = 0; p < phrases->len; p++)
        add_phrase (self, g_ptr_array_index (phrases, p), tag);
    }
  self->n_lexicon_stems = plx_vocabulary_size (vocabulary);

  return self;
}

void
plx_tokenizer_free (PlxTokenizer *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->phrases_by_first);
  g_ptr_array_unref (self->phrases);
  g_string_free (self->buffer, TRUE);
  g_array_unref (self->word_info);
  g_array_unref (self->stem_of);
  if (self->stemmer != NULL)
    sb_stemmer_delete (self->stemmer);
  if (self->arabic_stemmer != NULL)
    sb_stemmer_delete (self->arabic_stemmer);
  plx_lexicon_unref (self->lexicon);
  g_free (self);
}

static inline gboolean
is_word_char (gunichar c)
{
  GUnicodeType type;

  /* Most text is ASCII: skip the Unicode tables for it. */
  if (c < 0x80)
    return g_ascii_isalnum (c);

  type = g_unichar_type (c);
  return g_unichar_isalnum (c) || type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK;
}

static inline gboolean
is_mark (gunichar c)
{
  GUnicodeType type;

  if (c < 0x300)
    return FALSE;

  type = g_unichar_type (c);
  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

typedef enum
{
  SPACED,   /* words between spaces */
  IDEOGRAM, /* one character, one token: Han and Hiragana */
  KATAKANA, /* a run of Katakana, with its prolonged sound mark */
} WordScript;

static WordScript
word_script (gunichar c)
{
  /* Everything below the CJK blocks is written with spaces. */
  if (c < 0x2E80)
    return SPACED;

  if (c == 0x30FC || c == 0xFF70)
    return KATAKANA;

  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
      return IDEOGRAM;
    case G_UNICODE_SCRIPT_KATAKANA:
      return KATAKANA;
    default:
      return SPACED;
    }
}

static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
}

static inline const char *
next_char (const char *p)
{
  return (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
}

/* Whether @word is @entry or one of its regular inflections: "denies",
 * "denied" for "deny", "slammed" for "slam", "reiterated" for
 * "reiterate" — but not a derivation that shares its stem ("reporters"
 * for "report", "several" for "severe", "appearance" for "appear"). */
static gboolean
is_inflection_of (const char *word,
                  const char *entry)
{
  static const char *const endings[] = { "", "s", "es", "d", "ed", "ing", "'s" };
  gsize n = strlen (entry);
  const char *rest;

  if (n == 0)
    return FALSE;
  if (strncmp (word, entry, n) == 0)
    {
      rest = word + n;
      /* A doubled last consonant: "slammed", "slamming". */
      if (rest[0] == entry[n - 1] &&
          (g_str_equal (rest + 1, "ed") || g_str_equal (rest + 1, "ing")))
        return TRUE;
    }
  else if (n > 1 && strncmp (word, entry, n - 1) == 0 &&
           (entry[n - 1] == 'e' || entry[n - 1] == 'y'))
    {
      /* "reiterating" for "reiterate", "denied" for "deny". */
      rest = word + n - 1;
      return entry[n - 1] == 'e' ? g_str_equal (rest, "ing")
                                 : g_str_equal (rest, "ied") || g_str_equal (rest, "ies");
    }
  else
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_equal (rest, endings[i]))
      return TRUE;

  return FALSE;
}

/* Marks the tokens that make up a lexicon phrase with its tag. */
static void
tag_phrases (PlxTokenizer *self,
             PlxToken     *tokens,
             guint         n_tokens)
{
  for (guint i = 0; i < n_tokens; i++)
    {
      GPtrArray *bucket;

      if (word_info (self, tokens[i].norm) & WORD_NEGATION)
        tokens[i].tags |= PLX_TAG_NEGATION;

      /* Only words seen when the lexicon was read can start a phrase. */
      if (tokens[i].stem >= self->n_lexicon_stems)
        continue;

      bucket = g_hash_table_lookup (self->phrases_by_first, GUINT_TO_POINTER (tokens[i].stem));
      for (guint b = 0; bucket != NULL && b < bucket->len; b++)
        {
          Phrase *phrase = g_ptr_array_index (bucket, b);
          guint k;

          if (i + phrase->n_stems > n_tokens)
            continue;
          if (phrase->exact_norm != G_MAXUINT && tokens[i].norm != phrase->exact_norm)
            continue;
          if (phrase->word_norm != G_MAXUINT && tokens[i].norm != phrase->word_norm &&
              !is_inflection_of (plx_vocabulary_lookup (self->vocabulary, tokens[i].norm),
                                 plx_vocabulary_lookup (self->vocabulary, phrase->word_norm)))
            continue;
          for (k = 1; k < phrase->n_stems; k++)
            if (tokens[i + k].stem != phrase->stems[k])
              break;
          if (k == phrase->n_stems)
            for (k = 0; k < phrase->n_stems; k++)
              tokens[i + k].tags |= phrase->tag;
        }
    }
}

/* Whether the text is inside quotation marks: curly and guillemet pairs
 * open and close; a straight double quote opens after a space or at the
 * start and closes after a word or punctuation; a single quote opens only
 * where a word cannot end. A quotation may begin in an earlier sentence:
 * a closing mark with no opening one before it in the sentence closes
 * it, and the words before it were quoted (@dangling_close). */
typedef struct
{
  gboolean in_double;
  gboolean in_single;
  gboolean dangling_close;
} QuoteState;

static inline void
close_double (QuoteState *quotes)
{
  if (!quotes->in_double)
    quotes->dangling_close = TRUE;
  quotes->in_double = FALSE;
}

/* Follows the quotation state past @c, a character that is not part of a
 * word, at @p; @prev is the character before it. */
static inline void
track_quotes (QuoteState *quotes,
              gunichar    c,
              gunichar    prev,
              const char *p,
              const char *end)
{
  if (c == 0x201C || c == 0x201E || c == 0x00AB)
    quotes->in_double = TRUE;
  else if (c == 0x201D || c == 0x00BB)
    close_double (quotes);
  else if (c == '"')
    {
      if (quotes->in_double)
        quotes->in_double = FALSE;
      else if (is_word_char (prev) || prev == '.' || prev == ',' || prev == '!' || prev == '?' ||
               prev == ';')
        close_double (quotes);
      else
        quotes->in_double = TRUE;
    }
  else if (c == 0x2018 && !is_word_char (prev))
    quotes->in_single = TRUE;
  else if ((c == 0x2019 || c == '\'') && quotes->in_single)
    {
      const char *n = next_char (p);

      if (n >= end || !is_word_char (char_at (n)))
        quotes->in_single = FALSE;
    }
}

/* The end of the word that starts at @start with a character of @script
 * (a digit when @number). */
static inline const char *
word_end (const char *start,
          const char *end,
          gboolean    number,
          WordScript  script)
{
  const char *p = next_char (start);

  while (p < end)
    {
      gunichar d = char_at (p);
      const char *n;

      if (is_word_char (d))
        {
          /* Where a word of spaced script meets Chinese or Japanese
           * ("GDP增长") or Katakana meets Kanji, the word ends; an
           * ideogram is a word of its own. Combining marks (the voicing
           * mark of decomposed kana, variation selectors) stay with
           * their letter. */
          if (!is_mark (d) && (script == IDEOGRAM || word_script (d) != script))
            break;
          p = next_char (p);
          continue;
        }

      n = next_char (p);
      if (n >= end || script == IDEOGRAM)
        break;

      /* "don't", "Zelensky’s"; "9.25", "1,200"; "U.S." */
      if (is_apostrophe (d) && !number && g_unichar_isalpha (char_at (n)))
        p = n;
      else if ((d == '.' || d == ',') && number && g_unichar_isdigit (char_at (n)))
        p = n;
      else if (d == '.' && !number && p - start == 1 && g_unichar_isalpha (char_at (n)))
        p = n;
      else if (d == '.' && !number && p - start >= 2 && p[-2] == '.' &&
               g_unichar_isalpha (char_at (n)))
        p = n;
      /* "AT&T", "S&P": an ampersand inside a name in capitals. */
      else if (d == '&' && !number && g_unichar_isupper (char_at (g_utf8_prev_char (p))) &&
               g_unichar_isupper (char_at (n)))
        p = n;
      /* "the D.A.'s office": the possessive of an abbreviation. */
      else if (d == '.' && !number && p - start >= 2 && p[-2] == '.' && is_apostrophe (char_at (n)) &&
               next_char (n) < end && (*next_char (n) == 's' || *next_char (n) == 'S') &&
               (next_char (next_char (n)) >= end || !is_word_char (char_at (next_char (next_char (n))))))
        p = next_char (next_char (n));
      else
        break;
    }

  return p;
}

/* Sets the flags and tags of @token, whose first character is @c: number,
 * stop word, capitalised name (unless it is the first word, @at_start) and
 * quoted. */
static inline void
flag_token (PlxTokenizer     *self,
            PlxToken         *token,
            gunichar          c,
            WordScript        script,
            gboolean          number,
            gboolean          at_start,
            const QuoteState *quotes)
{
  if (number)
    {
      token->flags |= PLX_TOKEN_NUMBER;
      token->tags |= PLX_TAG_NUMBER;
    }
  if ((word_info (self, token->norm) & WORD_STOP) ||
      (script == IDEOGRAM && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HIRAGANA))
    token->flags |= PLX_TOKEN_STOPWORD;
  if (g_unichar_isupper (c) && !(token->flags & PLX_TOKEN_STOPWORD) && !at_start)
    {
      token->flags |= PLX_TOKEN_CAPITALISED;
      token->tags |= PLX_TAG_NAME;
    }
  if (quotes->in_double || quotes->in_single)
    {
      token->flags |= PLX_TOKEN_QUOTED;
      token->tags |= PLX_TAG_QUOTE;
    }
}

/* In a line written in title case ("Boehner Sees One-in-Three Chance of
 * GOP Losing Control") a capital says nothing of a name: its words keep
 * the capital (names weigh as before) but lose the name tag a difference
 * would be painted with. Title case: at least four words after the first
 * that are neither stop words nor numbers, all but one in five of them
 * capitalised. */
static void
untag_title_case (PlxToken *tokens,
                  guint     n)
{
  guint words = 0;
  guint capitalised = 0;

  for (guint k = 1; k < n; k++)
    if (!(tokens[k].flags & (PLX_TOKEN_STOPWORD | PLX_TOKEN_NUMBER)))
      {
        words++;
        capitalised += (tokens[k].flags & PLX_TOKEN_CAPITALISED) != 0;
      }
  if (words < 4 || capitalised * 5 < words * 4)
    return;
  for (guint k = 0; k < n; k++)
    tokens[k].tags &= ~PLX_TAG_NAME;
}

void
plx_tokenizer_tokenize (PlxTokenizer *self,
                        const char   *text,
                        gsize         byte_start,
                        gsize         byte_end,
                        GArray       *tokens)
{
  const char *p = text + byte_start;
  const char *end = text + byte_end;
  guint first = tokens->len;
  QuoteState quotes = { FALSE, FALSE, FALSE };
  gunichar prev = ' ';

  g_return_if_fail (self != NULL);
  g_return_if_fail (byte_start <= byte_end);

  while (p < end)
    {
      gunichar c = char_at (p);
      const char *start = p;
      gboolean number;
      WordScript script;
      PlxToken token = { 0 };

      if (!is_word_char (c))
        {
          track_quotes (&quotes, c, prev, p, end);
          if (quotes.dangling_close)
            {
              /* The sentence so far ends a quotation begun before it. */
              for (guint k = first; k < tokens->len; k++)
                {
                  g_array_index (tokens, PlxToken, k).flags |= PLX_TOKEN_QUOTED;
                  g_array_index (tokens, PlxToken, k).tags |= PLX_TAG_QUOTE;
                }
              quotes.dangling_close = FALSE;
            }
          prev = c;
          p = next_char (p);
          continue;
        }

      number = g_unichar_isdigit (c);
      script = word_script (c);
      p = word_end (start, end, number, script);

      fold (self, start, p - start, number);
      token.byte_start = start - text;
      token.byte_end = p - text;
      token.norm = plx_vocabulary_intern (self->vocabulary, self->buffer->str,
                                          self->buffer->len);
      token.stem = stem_of (self, token.norm, number);
      flag_token (self, &token, c, script, number, tokens->len == first, &quotes);

      g_array_append_val (tokens, token);
      prev = char_at (g_utf8_prev_char (p));
    }

  /* Text without a word (a lexicon entry "—") adds no token; an array
   * that is still empty has no storage to point into. */
  if (tokens->len > first)
    {
      untag_title_case (&g_array_index (tokens, PlxToken, first), tokens->len - first);
      tag_phrases (self, &g_array_index (tokens, PlxToken, first), tokens->len - first);
    }
}
