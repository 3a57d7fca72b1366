/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-tokens.h"
#include "test-hostile-files.h"

typedef struct
{
  PlxLexicon    *lexicon;
  PlxVocabulary *vocabulary;
  PlxTokenizer  *tokenizer;
  const char    *text;
  GArray        *tokens;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->lexicon = plx_lexicon_new ("en", &error);
  g_assert_no_error (error);
  fixture->vocabulary = plx_vocabulary_new ();
  fixture->tokenizer = plx_tokenizer_new (fixture->lexicon, fixture->vocabulary);
  fixture->tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_array_unref (fixture->tokens);
  plx_tokenizer_free (fixture->tokenizer);
  plx_vocabulary_free (fixture->vocabulary);
  plx_lexicon_unref (fixture->lexicon);
}

/* Tokenizes @text, replacing the fixture's tokens. */
static void
tokenize (Fixture    *fixture,
          const char *text)
{
  fixture->text = text;
  g_array_set_size (fixture->tokens, 0);
  plx_tokenizer_tokenize (fixture->tokenizer, text, 0, strlen (text), fixture->tokens);
}

static const PlxToken *
token_at (Fixture *fixture,
          guint    i)
{
  g_assert_cmpuint (i, <, fixture->tokens->len);

  return &g_array_index (fixture->tokens, PlxToken, i);
}

/* The token whose text is @word; @word must occur once among the tokens. */
static const PlxToken *
find (Fixture    *fixture,
      const char *word)
{
  const PlxToken *found = NULL;

  for (guint i = 0; i < fixture->tokens->len; i++)
    {
      const PlxToken *token = token_at (fixture, i);

      if (token->byte_end - token->byte_start == strlen (word) &&
          memcmp (fixture->text + token->byte_start, word, strlen (word)) == 0)
        {
          g_assert_null (found);
          found = token;
        }
    }
  if (found == NULL)
    g_error ("no token “%s” in “%s”", word, fixture->text);

  return found;
}

static const char *
norm_of (Fixture    *fixture,
         const char *word)
{
  return plx_vocabulary_lookup (fixture->vocabulary, find (fixture, word)->norm);
}

/* The tokens' source texts joined with "|". */
static char *
describe (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < fixture->tokens->len; i++)
    {
      const PlxToken *token = token_at (fixture, i);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append_len (out, fixture->text + token->byte_start,
                           token->byte_end - token->byte_start);
    }

  return g_string_free (out, FALSE);
}

static void
test_words (Fixture      *fixture,
            gconstpointer data)
{
  g_autofree char *words = NULL;

  /* Punctuation is not a token; differences are shown between words. */
  tokenize (fixture, "Peskov, however, said: “No.” (Again.)");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "Peskov|however|said|No|Again");
  g_assert_cmpuint (find (fixture, "however")->byte_start, ==, strlen ("Peskov, "));
  g_assert_cmpuint (find (fixture, "however")->byte_end, ==, strlen ("Peskov, however"));

  /* Found by hand check 17: "AT&T" is one name, not "AT" and a "T" that
   * was shown as the speaker; "Smith & Wesson" and "R&d" are words apart. */
  g_clear_pointer (&words, g_free);
  tokenize (fixture, "AT&T and S&P said Smith & Wesson cut R&d");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "AT&T|and|S&P|said|Smith|Wesson|cut|R|d");
}

static void
test_numbers (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *words = NULL;
  const PlxToken *rate;

  tokenize (fixture, "Police counted 1,200 protesters, organisers 1200; the rate is 9.25%.");
  g_assert_cmpstr (norm_of (fixture, "1,200"), ==, "1200");
  g_assert_cmpuint (find (fixture, "1,200")->norm, ==, find (fixture, "1200")->norm);
  g_assert_true (find (fixture, "1,200")->flags & PLX_TOKEN_NUMBER);
  g_assert_true (find (fixture, "1,200")->tags & PLX_TAG_NUMBER);

  rate = find (fixture, "9.25");
  g_assert_true (rate->flags & PLX_TOKEN_NUMBER);
  g_assert_cmpstr (plx_vocabulary_lookup (fixture->vocabulary, rate->norm), ==, "9.25");
  g_assert_false (find (fixture, "rate")->flags & PLX_TOKEN_NUMBER);

  /* A sentence-final period and a list comma are not part of the number. */
  tokenize (fixture, "Inflation rose to 7.4. Wages rose 3, prices 5.");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "Inflation|rose|to|7.4|Wages|rose|3|prices|5");
}

static void
test_hyphen (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *words = NULL;

  tokenize (fixture, "Soldiers carried AK-47 rifles into the so-called buffer zone.");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "Soldiers|carried|AK|47|rifles|into|the|so|called|buffer|zone");
  g_assert_true (find (fixture, "47")->flags & PLX_TOKEN_NUMBER);
  g_assert_false (find (fixture, "AK")->flags & PLX_TOKEN_NUMBER);
}

static void
test_folding (Fixture      *fixture,
              gconstpointer data)
{
  /* The ligature and the full-width letters come from PDFs and from East
   * Asian wire copy; a reader sees the same words. */
  tokenize (fixture, "The ﬁnal talks in ＫＹＩＶ were final, Kyiv said.");
  g_assert_cmpstr (norm_of (fixture, "ﬁnal"), ==, "final");
  g_assert_cmpuint (find (fixture, "ﬁnal")->norm, ==, find (fixture, "final")->norm);
  g_assert_cmpstr (norm_of (fixture, "ＫＹＩＶ"), ==, "kyiv");
  g_assert_cmpuint (find (fixture, "ＫＹＩＶ")->norm, ==, find (fixture, "Kyiv")->norm);

  /* Case folding beyond ASCII. */
  tokenize (fixture, "ÉMIGRÉS and émigrés met STRASSE officials");
  g_assert_cmpuint (find (fixture, "ÉMIGRÉS")->norm, ==, find (fixture, "émigrés")->norm);
  g_assert_cmpstr (norm_of (fixture, "STRASSE"), ==, "strasse");
}

static void
test_apostrophes (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *words = NULL;

  tokenize (fixture, "Zelensky’s office and Zelensky's aides didn’t comment");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "Zelensky’s|office|and|Zelensky's|aides|didn’t|comment");
  g_assert_cmpstr (norm_of (fixture, "Zelensky’s"), ==, "zelensky's");
  g_assert_cmpuint (find (fixture, "Zelensky’s")->norm, ==, find (fixture, "Zelensky's")->norm);
  g_assert_cmpstr (norm_of (fixture, "didn’t"), ==, "didn't");
}

static void
test_stems (Fixture      *fixture,
            gconstpointer data)
{
  tokenize (fixture, "Moscow denied it, Peskov denies it, and they deny it still.");
  g_assert_cmpuint (find (fixture, "denied")->stem, ==, find (fixture, "denies")->stem);
  g_assert_cmpuint (find (fixture, "denied")->stem, ==, find (fixture, "deny")->stem);
  g_assert_cmpuint (find (fixture, "denied")->norm, !=, find (fixture, "denies")->norm);

  /* Numbers are not stemmed: "2024" is not "2024s". */
  tokenize (fixture, "In 2024 and in the 2020s");
  g_assert_cmpuint (find (fixture, "2024")->stem, ==, find (fixture, "2024")->norm);
}

static void
test_stopwords (Fixture      *fixture,
                gconstpointer data)
{
  tokenize (fixture, "The Kremlin denied the report of a meeting");
  g_assert_true (find (fixture, "The")->flags & PLX_TOKEN_STOPWORD);
  g_assert_true (find (fixture, "the")->flags & PLX_TOKEN_STOPWORD);
  g_assert_true (find (fixture, "of")->flags & PLX_TOKEN_STOPWORD);
  g_assert_false (find (fixture, "Kremlin")->flags & PLX_TOKEN_STOPWORD);
  g_assert_false (find (fixture, "denied")->flags & PLX_TOKEN_STOPWORD);
  g_assert_false (find (fixture, "meeting")->flags & PLX_TOKEN_STOPWORD);
}

static void
test_names (Fixture      *fixture,
            gconstpointer data)
{
  const char *text = "Earlier, Peskov said talks had ended. Kremlin spokesman Dmitry Peskov "
                     "told The Associated Press so.";
  gsize second = strstr (text, "Kremlin") - text;

  tokenize (fixture, text);
  /* The first word is capitalised because it starts the sentence. */
  g_assert_false (find (fixture, "Earlier")->flags & PLX_TOKEN_CAPITALISED);
  g_assert_true (find (fixture, "Dmitry")->flags & PLX_TOKEN_CAPITALISED);
  g_assert_true (find (fixture, "Dmitry")->tags & PLX_TAG_NAME);
  g_assert_true (find (fixture, "Associated")->flags & PLX_TOKEN_CAPITALISED);
  g_assert_false (find (fixture, "spokesman")->flags & PLX_TOKEN_CAPITALISED);
  g_assert_false (find (fixture, "spokesman")->tags & PLX_TAG_NAME);
  /* A capitalised stopword is not a name. */
  g_assert_false (find (fixture, "The")->flags & PLX_TOKEN_CAPITALISED);

  /* Sentences are tokenized one at a time: the first word of each is the
   * first of its range, wherever the range starts. */
  g_array_set_size (fixture->tokens, 0);
  plx_tokenizer_tokenize (fixture->tokenizer, text, second, strlen (text), fixture->tokens);
  g_assert_cmpuint (token_at (fixture, 0)->byte_start, ==, second);
  g_assert_false (token_at (fixture, 0)->flags & PLX_TOKEN_CAPITALISED);
  g_assert_true (token_at (fixture, 3)->flags & PLX_TOKEN_CAPITALISED); /* Peskov */
}

static void
test_quoted (Fixture      *fixture,
             gconstpointer data)
{
  static const char *const texts[] = {
    "Ushakov said “there are no negotiations” on Tuesday",
    "Ushakov said \"there are no negotiations\" on Tuesday",
    "Ushakov said «there are no negotiations» on Tuesday",
    "Ushakov said ‘there are no negotiations’ on Tuesday",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      tokenize (fixture, texts[i]);
      g_assert_cmpuint (fixture->tokens->len, ==, 8);
      for (guint t = 0; t < fixture->tokens->len; t++)
        {
          const PlxToken *token = token_at (fixture, t);
          gboolean inside = t >= 2 && t <= 5;

          g_assert_cmpint (!!(token->flags & PLX_TOKEN_QUOTED), ==, inside);
          g_assert_cmpint (!!(token->tags & PLX_TAG_QUOTE), ==, inside);
        }
    }

  /* An apostrophe inside a quotation does not close it. */
  tokenize (fixture, "He called it “Zelensky’s plan” and left");
  g_assert_true (find (fixture, "plan")->flags & PLX_TOKEN_QUOTED);
  g_assert_false (find (fixture, "left")->flags & PLX_TOKEN_QUOTED);
}

static void
test_lexicon_tags (Fixture      *fixture,
                   gconstpointer data)
{
  tokenize (fixture, "Ushakov did not confirm it and officials don't expect talks");
  g_assert_true (find (fixture, "not")->tags & PLX_TAG_NEGATION);
  g_assert_true (find (fixture, "don't")->tags & PLX_TAG_NEGATION);
  g_assert_false (find (fixture, "expect")->tags & PLX_TAG_NEGATION);

  tokenize (fixture, "No one has addressed this, as far as I know, he said");
  g_assert_true (find (fixture, "far")->tags & PLX_TAG_HEDGE);
  g_assert_true (find (fixture, "I")->tags & PLX_TAG_HEDGE);
  g_assert_true (find (fixture, "know")->tags & PLX_TAG_HEDGE);
  g_assert_false (find (fixture, "addressed")->tags & PLX_TAG_HEDGE);
  /* Only the whole phrase is a hedge. */
  tokenize (fixture, "He did not know how far the talks had gone");
  g_assert_false (find (fixture, "know")->tags & PLX_TAG_HEDGE);
  g_assert_false (find (fixture, "far")->tags & PLX_TAG_HEDGE);

  tokenize (fixture, "The Kremlin reportedly categorically rejected the plan, Peskov confirmed");
  g_assert_true (find (fixture, "reportedly")->tags & PLX_TAG_HEDGE);
  g_assert_true (find (fixture, "categorically")->tags & PLX_TAG_INTENSIFIER);
  g_assert_true (find (fixture, "confirmed")->tags & PLX_TAG_REPORTING_VERB);
  g_assert_cmpuint (find (fixture, "plan")->tags, ==, 0);

  tokenize (fixture, "Moscow clings to its demands");
  g_assert_true (find (fixture, "clings")->tags & PLX_TAG_LOADED);
  g_assert_false (find (fixture, "demands")->tags & PLX_TAG_LOADED);
}

/* An initial at the very start of the text ("M. Smith") is checked for a
 * preceding dot ("U.S.") without reading before the buffer. The text is a
 * heap copy of its exact size so that AddressSanitizer sees such a read. */
static void
test_initial_at_start (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *text = g_strdup ("M. Smith said the talks failed.");
  g_autofree char *words = NULL;

  tokenize (fixture, text);
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "M|Smith|said|the|talks|failed");
}

/* Text without a word, as a lexicon entry "—" is, gives no token and
 * leaves the tokenizer working. The fixture's array is fresh, without
 * storage: tagging used to be handed a pointer computed from NULL, which
 * clang's UndefinedBehaviorSanitizer reports (the fuzz build). */
static void
test_no_words (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *words = NULL;

  tokenize (fixture, "— … –");
  g_assert_cmpuint (fixture->tokens->len, ==, 0);

  tokenize (fixture, "Talks failed — again.");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "Talks|failed|again");
}

static void
test_user_lexicon (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", &error);
  g_autoptr(PlxVocabulary) vocabulary = plx_vocabulary_new ();
  g_autoptr(PlxTokenizer) before = NULL;
  g_autoptr(PlxTokenizer) after = NULL;
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  g_autofree char *path = NULL;
  const char *text = "The junta's strongman met the opposition behind closed doors";
  int fd;

  g_assert_no_error (error);
  fd = g_file_open_tmp ("plx-lexicon-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path,
                       "{\"loaded\": [\"junta\", \"strongman\"],\n"
                       " \"hedge\": [\"behind closed doors\"]}\n",
                       -1, &error);
  g_assert_no_error (error);

  before = plx_tokenizer_new (lexicon, vocabulary);
  plx_tokenizer_tokenize (before, text, 0, strlen (text), tokens);
  g_assert_cmpuint (tokens->len, ==, 9);
  g_assert_false (g_array_index (tokens, PlxToken, 2).tags & PLX_TAG_LOADED);
  g_assert_false (g_array_index (tokens, PlxToken, 6).tags & PLX_TAG_HEDGE);

  g_assert_true (plx_lexicon_add_file (lexicon, path, &error));
  g_assert_no_error (error);
  after = plx_tokenizer_new (lexicon, vocabulary);
  g_array_set_size (tokens, 0);
  plx_tokenizer_tokenize (after, text, 0, strlen (text), tokens);
  g_assert_true (g_array_index (tokens, PlxToken, 1).tags & PLX_TAG_LOADED);  /* junta's */
  g_assert_true (g_array_index (tokens, PlxToken, 2).tags & PLX_TAG_LOADED);  /* strongman */
  g_assert_false (g_array_index (tokens, PlxToken, 3).tags & PLX_TAG_LOADED); /* met */
  for (guint i = 6; i < 9; i++)
    g_assert_true (g_array_index (tokens, PlxToken, i).tags & PLX_TAG_HEDGE);

  g_unlink (path);
}

static void
test_user_lexicon_errors (void)
{
  static const struct
  {
    const char *contents;
    int         code;
  } bad[] = {
    { "{\"loaded\": [\"junta\",", PLX_ERROR_FORMAT },
    { "[\"junta\"]", PLX_ERROR_FORMAT },
    { "{\"loaded\": \"junta\"}", PLX_ERROR_FORMAT },
    { "{\"loaded\": [\"junta\", 4]}", PLX_ERROR_FORMAT },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", &error);
  g_autofree char *dir = g_dir_make_tmp ("plx-lexicon-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "mine.json", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_file_set_contents (path, bad[i].contents, -1, &error);
      g_assert_no_error (error);
      g_assert_false (plx_lexicon_add_file (lexicon, path, &error));
      g_assert_error (error, PLX_ERROR, bad[i].code);
      /* The message names the file, so the user knows which one to fix. */
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
    }
  g_unlink (path);

  missing = g_build_filename (dir, "missing.json", NULL);
  g_assert_false (plx_lexicon_add_file (lexicon, missing, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_rmdir (dir);

  g_assert_null (plx_lexicon_new ("xx", &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT);
}

/* Hostile lexicon files give an error naming the file: no stack overflow,
 * no blocking on a FIFO, no reading /dev/zero until memory runs out. */
static gboolean
add_file (gpointer    target,
          const char *path,
          GError    **error)
{
  return plx_lexicon_add_file ((PlxLexicon *) target, path, error);
}

static void
test_user_lexicon_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", &error);

  g_assert_no_error (error);
  hostile_json_files_check (add_file, lexicon);
}

static void
test_detect_language (void)
{
  static const struct
  {
    const char *language;
    const char *text;
  } samples[] = {
    { "en", "The Kremlin has officially denied any preparations for trilateral talks with "
            "Kyiv and Washington. Presidential aide Yuri Ushakov said that there were no "
            "negotiations and that none had been planned for the coming weeks." },
    { "de", "Der Kreml hat offiziell bestritten, dass Gespräche mit Kiew und Washington "
            "vorbereitet werden. Der Berater des Präsidenten sagte, es gebe keine "
            "Verhandlungen, und auch für die kommenden Wochen seien keine geplant." },
    { "fr", "Le Kremlin a officiellement démenti toute préparation de pourparlers avec Kiev "
            "et Washington. Le conseiller du président a déclaré qu'il n'y avait pas de "
            "négociations et qu'aucune n'était prévue pour les semaines à venir." },
    { "es", "El Kremlin ha negado oficialmente que se estén preparando conversaciones con "
            "Kiev y Washington. El asesor del presidente dijo que no hay negociaciones y que "
            "tampoco están previstas para las próximas semanas." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *language = plx_detect_language (samples[i].text);

      g_assert_cmpstr (language, ==, samples[i].language);
    }
}

/* Chinese and Japanese have no spaces: a whole clause as one token could
 * match nothing in the other article. */
static void
test_without_spaces (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *chinese = NULL;
  g_autofree char *japanese = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *mixed = NULL;

  tokenize (fixture, "克里姆林宫否认会谈，佩斯科夫说。");
  chinese = describe (fixture);
  g_assert_cmpstr (chinese, ==, "克|里|姆|林|宫|否|认|会|谈|佩|斯|科|夫|说");

  /* Katakana spells a name or a loanword in one run; Hiragana particles
   * and endings weigh nothing. */
  tokenize (fixture, "ペスコフ報道官は会談を否定した。");
  japanese = describe (fixture);
  g_assert_cmpstr (japanese, ==, "ペスコフ|報|道|官|は|会|談|を|否|定|し|た");
  g_assert_true (find (fixture, "は")->flags & PLX_TOKEN_STOPWORD);
  g_assert_false (find (fixture, "報")->flags & PLX_TOKEN_STOPWORD);
  g_assert_false (find (fixture, "ペスコフ")->flags & PLX_TOKEN_STOPWORD);

  /* Decomposed kana (as some systems save file names and text) keep their
   * voicing marks: "が" written as "か" and a combining mark. */
  tokenize (fixture, "\xE3\x81\x8B\xE3\x82\x99\xE3\x82\xAB\xE3\x82\x99\xE3\x83\xA9\xE3\x82\xB9");
  decomposed = describe (fixture);
  g_assert_cmpstr (decomposed, ==,
                   "\xE3\x81\x8B\xE3\x82\x99|\xE3\x82\xAB\xE3\x82\x99\xE3\x83\xA9\xE3\x82\xB9");
  g_assert_cmpstr (plx_vocabulary_lookup (fixture->vocabulary, token_at (fixture, 0)->norm), ==,
                   "が");

  /* Latin words and numbers inside Chinese stay whole; full-width digits
   * are the same number. */
  tokenize (fixture, "GDP增长2.5%，２０２４年");
  mixed = describe (fixture);
  g_assert_cmpstr (mixed, ==, "GDP|增|长|2.5|２０２４|年");
  g_assert_true (find (fixture, "2.5")->flags & PLX_TOKEN_NUMBER);
  g_assert_cmpstr (norm_of (fixture, "２０２４"), ==, "2024");
}

/* Arabic words are separated by spaces; vowel marks and the stretching
 * tatweel are optional in writing and must not make another word. */
static void
test_arabic (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *words = NULL;

  tokenize (fixture, "نفى الكرملين، يوم الثلاثاء، وجود مفاوضات؟");
  words = describe (fixture);
  g_assert_cmpstr (words, ==, "نفى|الكرملين|يوم|الثلاثاء|وجود|مفاوضات");

  tokenize (fixture, "كَتَبَ كتب الكـرملين الكرملين");
  g_assert_cmpuint (find (fixture, "كَتَبَ")->norm, ==, find (fixture, "كتب")->norm);
  g_assert_cmpuint (find (fixture, "الكـرملين")->norm, ==, find (fixture, "الكرملين")->norm);
  g_assert_cmpstr (norm_of (fixture, "كتب"), ==, "كتب");

  /* Whatever the article's language, Arabic words lose their prefixes and
   * suffixes: "and closed" and "she closed" share a stem. */
  tokenize (fixture, "وأغلق المطار بعد أن أغلقت السلطات الطرق");
  g_assert_cmpuint (find (fixture, "وأغلق")->stem, ==, find (fixture, "أغلقت")->stem);
  g_assert_cmpuint (find (fixture, "وأغلق")->norm, !=, find (fixture, "أغلقت")->norm);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/tokens/words", test_words);
  ADD ("/core/tokens/numbers", test_numbers);
  ADD ("/core/tokens/hyphen", test_hyphen);
  ADD ("/core/tokens/folding", test_folding);
  ADD ("/core/tokens/apostrophes", test_apostrophes);
  ADD ("/core/tokens/stems", test_stems);
  ADD ("/core/tokens/stopwords", test_stopwords);
  ADD ("/core/tokens/names", test_names);
  ADD ("/core/tokens/quoted", test_quoted);
  ADD ("/core/tokens/lexicon/tags", test_lexicon_tags);
  ADD ("/core/tokens/without-spaces", test_without_spaces);
  ADD ("/core/tokens/arabic", test_arabic);
  ADD ("/core/tokens/initial-at-start", test_initial_at_start);
  ADD ("/core/tokens/no-words", test_no_words);
#undef ADD
  g_test_add_func ("/core/tokens/lexicon/user-file", test_user_lexicon);
  g_test_add_func ("/core/tokens/lexicon/user-file-errors", test_user_lexicon_errors);
  g_test_add_func ("/core/tokens/lexicon/user-file-hostile", test_user_lexicon_hostile);
  g_test_add_func ("/core/tokens/detect-language", test_detect_language);

  return g_test_run ();
}
