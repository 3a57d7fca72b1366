/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The lexicon: the word lists of each supported language (stopwords and
 * the phrases that tag a difference), the user's own lists added to them,
 * and a clear error for a language Parallax has no lists for. How tags
 * land on the words of a text is in test-tokens.c; here each language's
 * lists are checked through the same tokenizer. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-marks.h"
#include "plx-tokens.h"

typedef struct
{
  const char *language;
  const char *stopword;
  const char *content_word;
  /* A sentence with a multi-word hedge, the phrase's words, and a sentence
   * with the same words apart, which is no hedge. */
  const char *hedged;
  const char *phrase[4];
  const char *apart;
} LanguageCase;

static const LanguageCase languages[] = {
  { "en", "the", "ceasefire",
    "The talks in Kyiv failed, sources say.",
    { "sources", "say" },
    "Officials say the sources of the leak are unknown." },
  { "de", "der", "waffenruhe",
    "Die Gespräche sind nach Angaben von Beamten in Kiew gescheitert.",
    { "nach", "Angaben" },
    "Die Beamten machten Angaben, die Gespräche gingen nach Kiew." },
  { "fr", "le", "cessez-le-feu",
    "Les pourparlers ont sans doute échoué à Kiev.",
    { "sans", "doute" },
    "Le doute persiste, les pourparlers ont échoué sans accord à Kiev." },
  { "es", "el", "negociaciones",
    "Tal vez las negociaciones fracasaron en Kiev.",
    { "Tal", "vez" },
    "Tal como se temía, las negociaciones en Kiev fracasaron otra vez." },
};

/* The tags the tokenizer gives @word (its first occurrence) in @text. */
static guint
tags_of (PlxLexicon *lexicon,
         const char *text,
         const char *word)
{
  g_autoptr(PlxVocabulary) vocabulary = plx_vocabulary_new ();
  g_autoptr(PlxTokenizer) tokenizer = plx_tokenizer_new (lexicon, vocabulary);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));

  plx_tokenizer_tokenize (tokenizer, text, 0, strlen (text), tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, i);

      if (token->byte_end - token->byte_start == strlen (word) &&
          strncmp (text + token->byte_start, word, strlen (word)) == 0)
        return token->tags;
    }

  g_error ("“%s” is not a word of “%s”", word, text);
  return 0;
}

static gboolean
has_phrase (PlxLexicon *lexicon,
            PlxTag      tag,
            const char *phrase)
{
  GPtrArray *phrases = plx_lexicon_get_phrases (lexicon, tag);

  for (guint i = 0; phrases != NULL && i < phrases->len; i++)
    if (g_str_equal (g_ptr_array_index (phrases, i), phrase))
      return TRUE;

  return FALSE;
}

/* Each supported language has stopwords and every list of tagging phrases,
 * and its multi-word phrases tag their words only together. */
static void
test_language (gconstpointer data)
{
  const LanguageCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new (c->language, &error);

  g_assert_no_error (error);
  g_assert_true (plx_language_is_supported (c->language));
  g_assert_cmpstr (plx_lexicon_get_language (lexicon), ==, c->language);
  g_assert_true (plx_lexicon_is_stopword (lexicon, c->stopword));
  g_assert_false (plx_lexicon_is_stopword (lexicon, c->content_word));

  for (guint i = 0; i < PLX_N_LEXICON_TAGS; i++)
    {
      PlxTag tag = plx_tag_from_index (PLX_N_TAGS - PLX_N_LEXICON_TAGS + i);
      GPtrArray *phrases = plx_lexicon_get_phrases (lexicon, tag);

      g_test_message ("%s %s: %u phrases", c->language, plx_tag_to_string (tag), phrases->len);
      g_assert_cmpuint (phrases->len, >=, 10);
    }

  for (guint i = 0; c->phrase[i] != NULL; i++)
    {
      g_assert_true (tags_of (lexicon, c->hedged, c->phrase[i]) & PLX_TAG_HEDGE);
      g_assert_false (tags_of (lexicon, c->apart, c->phrase[i]) & PLX_TAG_HEDGE);
    }
}

/* A language without lists is refused with a message that names it and
 * says which languages there are. */
static void
test_unsupported (void)
{
  static const char *const unsupported[] = { "xx", "", "EN", "en_GB", "english", "ru" };

  for (guint i = 0; i < G_N_ELEMENTS (unsupported); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", unsupported[i]);

      g_assert_false (plx_language_is_supported (unsupported[i]));
      g_assert_null (plx_lexicon_new (unsupported[i], &error));
      g_assert_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, "en, de, fr, es"));
    }
  g_assert_false (plx_language_is_supported (NULL));
}

/* The user's lists add to the language's own: nothing built in is lost,
 * the new phrases tag words (single words and phrases of several), and a
 * second file adds again. Other lexicons of the language are untouched. */
static void
test_user_lists_add (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", &error);
  g_autoptr(PlxLexicon) untouched = plx_lexicon_new ("en", NULL);
  g_autofree char *dir = g_dir_make_tmp ("plx-lexicon-XXXXXX", &error);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *text = "The strongman met the envoy behind closed doors in the capital";
  guint hedges;
  guint loaded;

  g_assert_no_error (error);
  hedges = plx_lexicon_get_phrases (lexicon, PLX_TAG_HEDGE)->len;
  loaded = plx_lexicon_get_phrases (lexicon, PLX_TAG_LOADED)->len;
  g_assert_true (has_phrase (lexicon, PLX_TAG_HEDGE, "reportedly"));
  g_assert_false (tags_of (lexicon, text, "strongman") & PLX_TAG_LOADED);
  g_assert_false (tags_of (lexicon, text, "closed") & PLX_TAG_HEDGE);

  first = g_build_filename (dir, "loaded.json", NULL);
  g_file_set_contents (first, "{\"loaded\": [\"strongman\", \"warlord\"]}", -1, &error);
  g_assert_no_error (error);
  second = g_build_filename (dir, "hedges.json", NULL);
  g_file_set_contents (second, "{\"hedge\": [\"behind closed doors\", \"\"]}", -1, &error);
  g_assert_no_error (error);

  g_assert_true (plx_lexicon_add_file (lexicon, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plx_lexicon_get_phrases (lexicon, PLX_TAG_LOADED)->len, ==, loaded + 2);
  g_assert_cmpuint (plx_lexicon_get_phrases (lexicon, PLX_TAG_HEDGE)->len, ==, hedges);
  g_assert_true (has_phrase (lexicon, PLX_TAG_LOADED, "warlord"));

  g_assert_true (plx_lexicon_add_file (lexicon, second, &error));
  g_assert_no_error (error);
  /* An empty phrase would tag nothing; it is left out. */
  g_assert_cmpuint (plx_lexicon_get_phrases (lexicon, PLX_TAG_HEDGE)->len, ==, hedges + 1);
  g_assert_true (has_phrase (lexicon, PLX_TAG_HEDGE, "reportedly"));
  g_assert_true (has_phrase (lexicon, PLX_TAG_LOADED, "strongman"));

  g_assert_true (tags_of (lexicon, text, "strongman") & PLX_TAG_LOADED);
  g_assert_true (tags_of (lexicon, text, "behind") & PLX_TAG_HEDGE);
  g_assert_true (tags_of (lexicon, text, "closed") & PLX_TAG_HEDGE);
  g_assert_true (tags_of (lexicon, text, "doors") & PLX_TAG_HEDGE);
  g_assert_false (tags_of (lexicon, text, "envoy") & (PLX_TAG_HEDGE | PLX_TAG_LOADED));
  g_assert_false (tags_of (lexicon, "The doors were closed behind him", "closed") & PLX_TAG_HEDGE);

  g_assert_false (has_phrase (untouched, PLX_TAG_LOADED, "strongman"));
  g_assert_cmpuint (plx_lexicon_get_phrases (untouched, PLX_TAG_HEDGE)->len, ==, hedges);

  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
}

/* The tags' names are those of the JSON report and of the lexicon files,
 * and when a difference has several, the one shown is the strongest. */
static void
test_tags (void)
{
  static const char *const names[PLX_N_TAGS] = {
    "quote", "number", "name", "negation", "hedge", "intensifier", "reporting-verb", "loaded",
  };
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", NULL);

  for (guint i = 0; i < PLX_N_TAGS; i++)
    {
      PlxTag tag = plx_tag_from_index (i);

      g_assert_cmpstr (plx_tag_to_string (tag), ==, names[i]);
      /* Only the last five come from word lists. */
      if (i < PLX_N_TAGS - PLX_N_LEXICON_TAGS)
        g_assert_null (plx_lexicon_get_phrases (lexicon, tag));
      else
        g_assert_nonnull (plx_lexicon_get_phrases (lexicon, tag));
    }
  g_assert_null (plx_tag_to_string (0));
  g_assert_null (plx_tag_to_string (PLX_TAG_NAME | PLX_TAG_NUMBER));

  g_assert_cmpint (plx_tag_strongest (0), ==, 0);
  g_assert_cmpint (plx_tag_strongest (PLX_TAG_NAME), ==, PLX_TAG_NAME);
  g_assert_cmpint (plx_tag_strongest (PLX_TAG_NAME | PLX_TAG_NEGATION), ==, PLX_TAG_NEGATION);
  g_assert_cmpint (plx_tag_strongest (PLX_TAG_HEDGE | PLX_TAG_LOADED | PLX_TAG_QUOTE), ==,
                   PLX_TAG_LOADED);
  g_assert_cmpint (plx_tag_strongest (PLX_TAG_NUMBER | PLX_TAG_QUOTE), ==, PLX_TAG_QUOTE);
}

/* The loaded words Parallax marks in @text, as "word word". */
static char *
marked_words (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) lexicon = plx_lexicon_new ("en", &error);
  g_autoptr(PlxVocabulary) vocabulary = plx_vocabulary_new ();
  g_autoptr(PlxTokenizer) tokenizer = plx_tokenizer_new (lexicon, vocabulary);
  g_autoptr(PlxArticle) article = plx_article_new (text, NULL, "a.txt");
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GArray) function_words = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  PlxSentenceTokens sentence_tokens;
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_array_append_val (starts, tokens->len);
      plx_tokenizer_tokenize (tokenizer, text, sentences[i].byte_start, sentences[i].byte_end,
                              tokens);
    }
  g_array_append_val (starts, tokens->len);
  sentence_tokens.tokens = (const PlxToken *) tokens->data;
  sentence_tokens.starts = (const guint *) starts->data;

  function_words = plx_marks_function_words (lexicon, vocabulary, sentence_tokens.tokens,
                                             tokens->len);
  marks = plx_marks_find (lexicon, vocabulary, article, &sentence_tokens,
                          (const guint8 *) function_words->data);
  for (guint i = 0; i < marks->len; i++)
    {
      const PlxMark *mark = &g_array_index (marks, PlxMark, i);
      g_autofree char *word = g_utf8_substring (text, mark->start, mark->end);

      g_assert_cmpuint (mark->tags, ==, PLX_TAG_LOADED);
      g_assert_true (i == 0 || g_array_index (marks, PlxMark, i - 1).end <= mark->start);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, word);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  const char *what;
  const char *text;
  const char *marked;
} MarkCase;

static const MarkCase mark_cases[] = {
  { "loaded words of the sentiment lexicon, in any sentence",
    "The senator launched a vicious attack on the reform. Critics called the plan a disaster.",
    "vicious attack disaster" },
  { "inflections and adverbs of a lexicon word",
    "Lawmakers harshly criticized the ruling, which they said was ruining the court.",
    "harshly criticized ruining" },
  { "neutral words and function words are not marked",
    "The committee met on Tuesday, like it does every week, to review the budget.",
    "" },
  { "a word the article keeps repeating is its subject",
    "Social Security payments will rise. Security experts expect the security fund to last. "
    "The fund pays retirees.",
    "" },
  { "names are not marked",
    "Hope Hicks met Justice Kennedy in the capital.",
    "" },
  { "a derivation is not its stem's word",
    "The senator took a position on the bill.",
    "" },
  { "the loaded list of tags.json",
    "The regime held elections.",
    "regime" },
  { "a scare quote: a few quoted words inside a sentence",
    "He called the review a political “cover-up” and the plan a “piggy bank.”",
    "cover up piggy bank" },
  { "a quotation of someone, a title or a quoted no is no scare quote",
    "“We will build the road next year,” he said on the “Today” show. “No,” she said.",
    "" },
  { "character offsets in text with accents",
    "Café owners said the brutal crackdown was appalling.",
    "brutal crackdown appalling" },
};

static void
test_marks (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (mark_cases); i++)
    {
      g_autofree char *marked = NULL;

      g_test_message ("%s", mark_cases[i].what);
      marked = marked_words (mark_cases[i].text);
      g_assert_cmpstr (marked, ==, mark_cases[i].marked);
    }
}

/* The lexicon's valence, by word and stem. */
static void
test_valence (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxLexicon) en = plx_lexicon_new ("en", &error);
  g_autoptr(PlxLexicon) de = plx_lexicon_new ("de", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (plx_lexicon_get_valence (en, "disaster", "disast"), >=, 2.5);
  /* "attacked" is not in the lexicon: its stem's inflections are. */
  g_assert_cmpfloat (plx_lexicon_get_valence (en, "attacked", "attack"), >=, 1.5);
  g_assert_cmpfloat (plx_lexicon_get_valence (en, "position", "posit"), ==, 0);
  g_assert_cmpfloat (plx_lexicon_get_valence (en, "tuesday", "tuesday"), ==, 0);
  /* Languages without a sentiment lexicon mark nothing. */
  g_assert_cmpfloat (plx_lexicon_get_valence (de, "katastrophe", "katastroph"), ==, 0);
  g_assert_true (plx_lexicon_is_function_word (en, "however"));
  g_assert_true (plx_lexicon_is_function_word (en, "the"));
  g_assert_false (plx_lexicon_is_function_word (en, "ceasefire"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/lexicon/language/%s",
                                               languages[i].language);

      g_test_add_data_func (path, &languages[i], test_language);
    }
  g_test_add_func ("/core/lexicon/unsupported", test_unsupported);
  g_test_add_func ("/core/lexicon/user-lists-add", test_user_lists_add);
  g_test_add_func ("/core/lexicon/tags", test_tags);
  g_test_add_func ("/core/lexicon/marks", test_marks);
  g_test_add_func ("/core/lexicon/valence", test_valence);

  return g_test_run ();
}
