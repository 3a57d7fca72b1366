/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Loaded words, marked wherever they stand. A word is loaded when the
 * language's word lists say so (the "loaded" list of tags.json) or when
 * it or an inflection of its stem is a word of the published sentiment
 * lexicon (subjective.tsv) rated PLX_MARKS_MIN_VALENCE or more either way,
 * unless it is a function word ("like"), a name ("Hope", "Justice" inside
 * a sentence), a reporting verb ("denied") or a word its article keeps
 * repeating: the "security" of an article on Social Security, the "war"
 * of a war report, are what it is about, not how it leans. The words of a
 * scare quote (the writer's “cover-up”) are loaded too. The thresholds
 * were chosen by measurement on a tuning part of the BASIL triplets
 * (share of the annotators' lexical-bias phrases touched against the
 * share of all words marked); data/lexicon/en/README names the lexicon. */

#include "config.h"

#include "plx-marks.h"

/* What is known of a word, looked up once per distinct word. */
enum
{
  WORD_UNKNOWN = 0,
  WORD_NO,
  WORD_YES,
};

/* Whether @token's word is loaded, looked up once per word. */
static gboolean
word_is_loaded (PlxLexicon     *lexicon,
                PlxVocabulary  *vocabulary,
                GArray         *known,
                const PlxToken *token)
{
  guint8 *state;

  if (token->norm >= known->len)
    g_array_set_size (known, token->norm + 1);
  state = &g_array_index (known, guint8, token->norm);
  if (*state == WORD_UNKNOWN)
    {
      const char *word = plx_vocabulary_lookup (vocabulary, token->norm);
      const char *stem = plx_vocabulary_lookup (vocabulary, token->stem);

      *state = plx_lexicon_get_valence (lexicon, word, stem) >= PLX_MARKS_MIN_VALENCE
                 ? WORD_YES
                 : WORD_NO;
    }

  return *state == WORD_YES;
}

/**
 * plx_token_is_name:
 * @tokens: the tokens of a sentence, or of consecutive sentences
 * @k: the index of one
 *
 * Whether token @k is (part of) a name: capitalised inside its sentence,
 * but not the first word of a quotation (“No one…”, “Disgraceful,”),
 * which starts a sentence of its own.
 */
gboolean
plx_token_is_name (const PlxToken *tokens,
                   guint           k)
{
  if (!(tokens[k].flags & PLX_TOKEN_CAPITALISED))
    return FALSE;

  return !((tokens[k].flags & PLX_TOKEN_QUOTED) &&
           (k == 0 || !(tokens[k - 1].flags & PLX_TOKEN_QUOTED)));
}

static gboolean
token_is_loaded (PlxLexicon     *lexicon,
                 PlxVocabulary  *vocabulary,
                 GArray         *known,
                 const PlxToken *tokens,
                 guint           k,
                 const guint    *repeats,
                 const guint8   *function_words)
{
  const PlxToken *token = &tokens[k];

  if (token->tags & PLX_TAG_LOADED)
    return TRUE;
  if ((token->flags & PLX_TOKEN_NUMBER) || function_words[k] || plx_token_is_name (tokens, k))
    return FALSE;
  /* A reporting verb ("denied", "stressed") frames a claim: the claims
   * compare it, and only the loaded list makes one loaded ("slammed"). */
  if (token->tags & PLX_TAG_REPORTING_VERB)
    return FALSE;
  if (repeats[token->stem] > PLX_MARKS_MAX_REPEATS)
    return FALSE;
  return word_is_loaded (lexicon, vocabulary, known, token);
}

/* Words a writer puts between quotation marks without quoting anyone:
 * the “cover-up”, the “real doubts”. A run of at most this many quoted
 * words inside a sentence that says more is such a scare quote. */
#define SCARE_QUOTE_MAX_WORDS 3

/* Marks in @scare the tokens [@first, @end) of one sentence of @text
 * that stand in a scare quote, all its words (the “cover-up”). */
static void
find_scare_quotes (const char     *text,
                   const PlxToken *tokens,
                   const guint8   *function_words,
                   guint           first,
                   guint           end,
                   gboolean       *scare)
{
  guint k = first;

  while (k < end)
    {
      guint run_end = k;
      gboolean content = FALSE;

      if (!(tokens[k].flags & PLX_TOKEN_QUOTED))
        {
          scare[k++ - first] = FALSE;
          continue;
        }
      while (run_end < end && (tokens[run_end].flags & PLX_TOKEN_QUOTED))
        run_end++;
      /* A run of content words that are all capitalised is a title or a
       * name (“Today”, “Atlas Shrugged”), not a scare quote. */
      for (guint j = k; j < run_end; j++)
        if (!(tokens[j].flags & PLX_TOKEN_NUMBER) && !function_words[j])
          content |= !g_unichar_isupper (g_utf8_get_char (text + tokens[j].byte_start));
      for (guint j = k; j < run_end; j++)
        scare[j - first] = content && run_end - k <= SCARE_QUOTE_MAX_WORDS &&
                           run_end - k < end - first;
      k = run_end;
    }
}

/**
 * plx_marks_find:
 * @tokens: the article's tokens, sentence by sentence
 * @function_words: for each token, whether it is a function word
 *   (plx_marks_function_words())
 *
 * The loaded words of an article, in text order.
 *
 * Returns: (transfer full): a #PlxMark array
 */
GArray *
plx_marks_find (PlxLexicon              *lexicon,
                PlxVocabulary           *vocabulary,
                PlxArticle              *article,
                const PlxSentenceTokens *tokens,
                const guint8            *function_words)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (PlxMark));
  g_autoptr(GArray) known = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_autofree guint *repeats = g_new0 (guint, plx_vocabulary_size (vocabulary));
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  g_autoptr(GArray) scare = g_array_new (FALSE, FALSE, sizeof (gboolean));

  for (guint k = 0; k < tokens->starts[n]; k++)
    repeats[tokens->tokens[k].stem]++;

  for (guint i = 0; i < n; i++)
    {
      const PlxSentence *sentence = &sentences[i];
      const char *base = text + sentence->byte_start;

      g_array_set_size (scare, tokens->starts[i + 1] - tokens->starts[i]);
      find_scare_quotes (text, tokens->tokens, function_words, tokens->starts[i],
                         tokens->starts[i + 1], (gboolean *) scare->data);

      for (guint k = tokens->starts[i]; k < tokens->starts[i + 1]; k++)
        {
          const PlxToken *token = &tokens->tokens[k];
          PlxMark mark = { 0 };

          if (!g_array_index (scare, gboolean, k - tokens->starts[i]) &&
              !token_is_loaded (lexicon, vocabulary, known, tokens->tokens, k, repeats,
                                function_words))
            continue;
          /* The first word of a sentence is not flagged as a name; one
           * followed by a name is part of it ("Hope Hicks said"). */
          if (k == tokens->starts[i] && k + 1 < tokens->starts[i + 1] &&
              (tokens->tokens[k + 1].flags & PLX_TOKEN_CAPITALISED) &&
              g_unichar_isupper (g_utf8_get_char (text + token->byte_start)))
            continue;
          mark.start = sentence->start +
                       plx_utf8_count (base, token->byte_start - sentence->byte_start);
          mark.end = mark.start + plx_utf8_count (text + token->byte_start,
                                                  token->byte_end - token->byte_start);
          mark.token = k;
          mark.tags = PLX_TAG_LOADED;
          g_array_append_val (marks, mark);
        }
    }

  return marks;
}

/**
 * plx_marks_function_words:
 *
 * For each of @tokens, whether it is a function word
 * (plx_lexicon_is_function_word()), each distinct word looked up once: what
 * the diff of every link asks of its words.
 *
 * Returns: (transfer full): a #guint8 array, one per token
 */
GArray *
plx_marks_function_words (PlxLexicon     *lexicon,
                          PlxVocabulary  *vocabulary,
                          const PlxToken *tokens,
                          guint           n_tokens)
{
  GArray *flags = g_array_sized_new (FALSE, FALSE, sizeof (guint8), n_tokens);
  g_autoptr(GArray) known = g_array_new (FALSE, TRUE, sizeof (guint8));

  g_array_set_size (flags, n_tokens);
  for (guint k = 0; k < n_tokens; k++)
    {
      guint norm = tokens[k].norm;
      guint8 *state;

      if (norm >= known->len)
        g_array_set_size (known, norm + 1);
      state = &g_array_index (known, guint8, norm);
      if (*state == WORD_UNKNOWN)
        *state = plx_lexicon_is_function_word (lexicon, plx_vocabulary_lookup (vocabulary, norm))
                   ? WORD_YES
                   : WORD_NO;
      g_array_index (flags, guint8, k) = *state == WORD_YES;
    }

  return flags;
}
