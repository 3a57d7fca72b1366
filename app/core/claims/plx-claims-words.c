/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The words and punctuation of a sentence, as the claim finder reads them:
 * the gaps between words, cues, names and the phrases around a cue. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

const char *
plx_claims_norm (Sentence *s,
                 guint     i)
{
  return plx_vocabulary_lookup (s->finder->vocabulary, s->t[i].norm);
}

/* What is known of the word of token @i: its bits in word_bits. */
guint32 *
plx_claims_word_bits (Sentence *s,
                      guint     i)
{
  GArray *bits = s->finder->word_bits;
  guint norm = s->t[i].norm;

  if (norm >= bits->len)
    g_array_set_size (bits, MAX (norm + 1, 2 * bits->len));

  return &g_array_index (bits, guint32, norm);
}

/* Whether the word of token @i is in @set. The word lists are many and
 * asked about every word again and again: a word's memberships of all of
 * them are looked up once, the first time, and kept as bits. */
gboolean
plx_claims_in_set (GHashTable *set,
                   Sentence   *s,
                   guint       i)
{
  PlxClaimFinder *f = s->finder;
  guint32 *bits;
  guint k;

  for (k = 0; k < f->sets->len && g_ptr_array_index (f->sets, k) != set; k++)
    ;
  if (k == f->sets->len)
    return g_hash_table_contains (set, plx_claims_norm (s, i));

  bits = plx_claims_word_bits (s, i);
  if (!(*bits & WORD_KNOWN))
    {
      const char *word = plx_claims_norm (s, i);

      *bits |= WORD_KNOWN;
      for (guint m = 0; m < f->sets->len; m++)
        if (g_hash_table_contains (g_ptr_array_index (f->sets, m), word))
          *bits |= 1u << m;
    }

  return (*bits & (1u << k)) != 0;
}

/* The text between token @i - 1 and token @i (or the sentence ends). */
void
plx_claims_gap (Sentence    *s,
                guint        i,
                const char **start,
                const char **end)
{
  *start = s->text + (i == 0 ? s->sentence->byte_start : s->t[i - 1].byte_end);
  *end = s->text + (i == s->n ? s->sentence->byte_end : s->t[i].byte_start);
}

/* Quotation marks; between words an apostrophe is one too (some papers
 * quote with '' and ''). Apostrophes inside words belong to the tokens. */
gboolean
plx_claims_is_quote_mark (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019;
}

/* Whether the quotation mark at @p is an apostrophe: a closing single
 * quote after a letter ("Smiths’"), or a straight one after the "s" of a
 * plural possessive ("Fox News' Bill Hemmer"). */
static gboolean
is_apostrophe (Sentence   *s,
               const char *p)
{
  gunichar c = g_utf8_get_char (p);
  gunichar before = p > s->text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';

  return (c == 0x2019 && g_unichar_isalpha (before)) ||
         (c == '\'' && (before == 's' || before == 'S') && p[1] == ' ');
}

/* Whether the gap before token @i holds a hyphen standing for a dash,
 * with a space beside it ("WASHINGTON -- President Obama", "NEW YORK -
 * Mayor …"), not one inside a word ("R-Ohio"). */
static gboolean
spaced_hyphen (Sentence *s,
               guint     i)
{
  const char *p;
  const char *end;

  plx_claims_gap (s, i, &p, &end);

  return memchr (p, '-', end - p) != NULL && memchr (p, ' ', end - p) != NULL;
}

/* Whether the gap before token @i holds punctuation that ends a phrase:
 * a comma, colon, semicolon, dash, bracket or quotation mark. */
gboolean
plx_claims_gap_breaks (Sentence *s,
                       guint     i)
{
  const char *p;
  const char *end;

  if (spaced_hyphen (s, i))
    return TRUE;
  plx_claims_gap (s, i, &p, &end);
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == 0x2013 ||
          c == 0x2014 || c == 0x2015 || (plx_claims_is_quote_mark (c) && !is_apostrophe (s, p)))
        return TRUE;
    }

  return FALSE;
}

gboolean
plx_claims_gap_has (Sentence   *s,
                    guint       i,
                    gunichar    wanted)
{
  const char *p;
  const char *end;

  plx_claims_gap (s, i, &p, &end);
  for (; p < end; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == wanted)
      return TRUE;

  return FALSE;
}

/* Whether the gap before token @i holds a comma, colon, semicolon,
 * bracket or dash: the punctuation of gap_breaks() but quotation marks. */
gboolean
plx_claims_gap_ends_clause (Sentence *s,
                            guint     i)
{
  static const gunichar marks[] = { ',', ':', ';', '(', ')', 0x2013, 0x2014, 0x2015 };

  if (spaced_hyphen (s, i))
    return TRUE;
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (plx_claims_gap_has (s, i, marks[m]))
      return TRUE;

  return FALSE;
}

gboolean
plx_claims_gap_has_quote (Sentence *s,
                          guint     i)
{
  const char *p;
  const char *end;

  plx_claims_gap (s, i, &p, &end);
  for (; p < end; p = g_utf8_next_char (p))
    if (plx_claims_is_quote_mark (g_utf8_get_char (p)) && !is_apostrophe (s, p))
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
const Cue *
plx_claims_match_cue (Sentence *s,
                      guint     i)
{
  GArray *starts = s->finder->cue_starts;
  guint stem = s->t[i].stem;
  GPtrArray *bucket;
  const Cue *best = NULL;

  /* Most words begin no cue: known without hashing. */
  if (stem >= starts->len || !g_array_index (starts, guint8, stem))
    return NULL;
  bucket = g_hash_table_lookup (s->finder->cue_first, GUINT_TO_POINTER (stem));

  for (guint b = 0; bucket != NULL && b < bucket->len; b++)
    {
      Cue *cue = g_ptr_array_index (bucket, b);
      guint k;

      if (i + cue->n_stems > s->n || (best != NULL && cue->n_stems <= best->n_stems))
        continue;
      if (cue->exact ? !g_str_equal (plx_claims_norm (s, i), cue->word)
                     : !is_verb_form (plx_claims_norm (s, i), cue->word))
        continue;
      for (k = 1; k < cue->n_stems; k++)
        if (s->t[i + k].stem != cue->stems[k] || plx_claims_gap_breaks (s, i + k))
          break;
      if (k == cue->n_stems)
        best = cue;
    }

  return best;
}

/* Whether token @i is a noun for people in the plural: "critics",
 * "Economists"; not a singular in -s ("analysis", "business", "status")
 * nor a possessive ("reporters' questions", "the group's signal"). */
gboolean
plx_claims_is_people_plural (Sentence *s,
                             guint     i)
{
  const char *norm = plx_claims_norm (s, i);
  const char *after = s->text + s->t[i].byte_end;

  return g_str_has_suffix (norm, "s") && !g_str_has_suffix (norm, "ss") && !g_str_has_suffix (norm, "is") &&
         !g_str_has_suffix (norm, "us") && !plx_claims_is_possessive (s, i) && *after != '\'' &&
         !g_str_has_prefix (after, "\u2019") && plx_claims_is_people_noun (s, i);
}

/* Whether token @i is "it's" ("it is", or "it has"), with either
 * apostrophe. */
gboolean
plx_claims_is_its (Sentence *s,
                   guint     i)
{
  const char *norm = plx_claims_norm (s, i);

  return g_str_equal (norm, "it's") || g_str_equal (norm, "it\u2019s");
}

/* Whether token @i counts many: "some", "many", "most", "all", "those",
 * "others". */
gboolean
plx_claims_is_quantifier (Sentence *s,
                          guint     i)
{
  static const char *const words[] = { "some", "many", "most", "all", "those", "others" };
  const char *norm = plx_claims_norm (s, i);

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (g_str_equal (norm, words[k]))
      return TRUE;

  return FALSE;
}

/* Whether token @i is a plural noun for people that may be a subject:
 * "environmentalists", "critics"; not a cue ("he hopes questions …"). */
static gboolean
plural_people (Sentence *s,
               guint     i)
{
  guint k = i;

  if (!plx_claims_is_people_plural (s, i) || plx_claims_match_cue (s, i) != NULL)
    return FALSE;
  /* It opens its clause, after names that say whose they are ("E.U.
   * leaders", "many European citizens"): not the object of a verb before
   * it ("The ruling gives immigrants hope", "The app lets users post",
   * "told reporters plans for …") nor of a preposition ("helping
   * millions of American workers find jobs"). */
  while (k > 0 && !plx_claims_gap_breaks (s, k) && plx_claims_is_name_token (s, k - 1))
    k--;

  return k == 0 || plx_claims_gap_breaks (s, k) || plx_claims_in_set (s->finder->determiners, s, k - 1) ||
         plx_claims_is_possessive (s, k - 1) || plx_claims_in_set (s->finder->conjunctions, s, k - 1) ||
         plx_claims_in_set (s->finder->boundaries, s, k - 1) ||
         plx_claims_in_set (s->finder->complementizers, s, k - 1) ||
         plx_claims_in_set (s->finder->relatives, s, k - 1) ||
         plx_claims_in_set (s->finder->question_words, s, k - 1) ||
         (s->t[k - 1].flags & PLX_TOKEN_NUMBER) || plx_claims_is_quantifier (s, k - 1);
}

/* Whether the word before an ambiguous cue ("reports", "support") is a
 * subject that makes it a verb: a pronoun, a name, a modal, or a plural
 * noun for people ("environmentalists worry that", "critics charge"). */
gboolean
plx_claims_has_subject (Sentence *s,
                        guint     cue)
{
  guint k = cue;

  if (k == 0 || plx_claims_gap_breaks (s, k))
    return FALSE;
  /* "concessions to Democratic demands": one word after a preposition is
   * the noun's modifier, no subject. */
  if (k >= 2 && !plx_claims_gap_breaks (s, k - 1) &&
      (plx_claims_in_set (s->finder->prepositions, s, k - 2) ||
       plx_claims_in_set (s->finder->infinitive, s, k - 2)))
    return FALSE;

  return plx_claims_in_set (s->finder->verb_markers, s, k - 1) ||
         plx_claims_in_set (s->finder->pronouns, s, k - 1) ||
         plx_claims_written (s, k - 1, CASE_PROPER) ||
         plural_people (s, k - 1);
}

/* Whether token @i is a word of office before a name: a title or a noun
 * for one person ("spokeswoman", "organizer", not "reporters"). */
static gboolean
is_title_word (Sentence *s,
               guint     i)
{
  return !(s->t[i].flags & PLX_TOKEN_CAPITALISED) &&
         (plx_claims_in_set (s->finder->titles, s, i) ||
          (plx_claims_is_people_noun (s, i) && !g_str_has_suffix (plx_claims_norm (s, i), "s")));
}

/* Whether the "and" at token @k joins two nouns for one person that the
 * phrase ending before @end is: "the comedian and talk show host". */
static gboolean
one_of_two_roles (Sentence *s,
                  guint     k,
                  guint     end)
{
  return k > 1 && k + 1 < end && g_str_equal (plx_claims_norm (s, k), "and") &&
         !plx_claims_gap_breaks (s, k) && !plx_claims_gap_breaks (s, k + 1) &&
         !plx_claims_gap_breaks (s, k - 1) && plx_claims_in_set (s->finder->determiners, s, k - 2) &&
         is_title_word (s, k - 1) && is_title_word (s, end - 1);
}

/* Whether the "and" at token @k joins someone who opens the clause to
 * their own people that the phrase ending before @end names: "Parata and
 * his family", "Mr. Smith and his lawyers" (not "… thanked John Brown and
 * her lawyers said": John Brown is an object there). */
static gboolean
joins_their_people (Sentence *s,
                    guint     k,
                    guint     end)
{
  guint first;

  if (k == 0 || k + 3 > end || !g_str_equal (plx_claims_norm (s, k), "and") ||
      plx_claims_gap_breaks (s, k) || plx_claims_gap_breaks (s, k + 1) ||
      !plx_claims_in_set (s->finder->possessives, s, k + 1) || !plx_claims_is_people_noun (s, end - 1) ||
      !(plx_claims_is_name_token (s, k - 1) || plx_claims_is_people_noun (s, k - 1)))
    return FALSE;
  /* Back over the name, its title and article to where the clause opens. */
  first = k;
  while (first > 0 && !plx_claims_gap_breaks (s, first) &&
         (plx_claims_is_name_token (s, first - 1) || plx_claims_is_role_token (s, first - 1) ||
          plx_claims_in_set (s->finder->determiners, s, first - 1)))
    first--;

  return first == 0 || plx_claims_gap_breaks (s, first);
}

/* The noun phrase that ends before token @end, going back to punctuation,
 * a clause word or MAX_SPEAKER_WORDS words. Returns its first token. */
guint
plx_claims_phrase_before (Sentence *s,
                          guint     end)
{
  guint start = end;
  gboolean listing = FALSE;
  gboolean titled = FALSE;

  while (start > 0 && end - start < MAX_SPEAKER_WORDS)
    {
      guint k = start - 1;
      /* "European, American and Ukrainian negotiators": a list of
       * capitalised words stays one phrase. */
      gboolean listed = k > 0 && plx_claims_is_name_token (s, k - 1) &&
                        plx_claims_is_name_token (s, start);
      gboolean conjunction = plx_claims_in_set (s->finder->conjunctions, s, k);
      /* "Mayor Bill de Blasio": a particle inside a name is part of it. */
      gboolean particle = k > 0 && start < end && plx_claims_in_set (s->finder->particles, s, k) &&
                          plx_claims_is_name_token (s, k - 1) &&
                          plx_claims_is_name_token (s, start) &&
                          !plx_claims_gap_breaks (s, k) && !plx_claims_gap_breaks (s, start);

      if (plx_claims_in_set (s->finder->boundaries, s, k) &&
          !(s->t[k].flags & PLX_TOKEN_CAPITALISED) && !(listed && conjunction) &&
          !(conjunction && (one_of_two_roles (s, k, end) || joins_their_people (s, k, end))))
        break;
      if (start != end && plx_claims_gap_breaks (s, start) &&
          !(listing && plx_claims_gap_has (s, start, ',') && plx_claims_is_name_token (s, k) &&
            plx_claims_is_name_token (s, start) && !plx_claims_gap_has_quote (s, start)))
        break;
      /* A name begins the phrase unless a determiner leads in: "the
       * ongoing talks | European negotiators", or a title: "Obama
       * campaign spokeswoman Lis Smith". */
      if (start != end && plx_claims_is_name_token (s, start) &&
          !plx_claims_is_name_token (s, k) && !conjunction && !particle &&
          !plx_claims_in_set (s->finder->determiners, s, k))
        {
          const char *word = plx_claims_norm (s, k);

          /* "A spokeswoman for Zinke", "the mayor of Washington": whose
           * the person is goes with them (not "footage of Trump", "a
           * number of Republicans"). */
          if (k > 0 && !titled && !(s->t[k].flags & PLX_TOKEN_CAPITALISED) &&
              !plx_claims_gap_breaks (s, k) && !plx_claims_gap_breaks (s, start) &&
              ((g_str_equal (word, "for") && is_title_word (s, k - 1)) ||
               (g_str_equal (word, "of") && plx_claims_in_set (s->finder->titles, s, k - 1))))
            {
              start = k;
              continue;
            }
          if (titled || !is_title_word (s, k))
            break;
          titled = TRUE;
        }
      /* A title goes back over its modifiers: names and nouns of office. */
      else if (titled && !plx_claims_is_name_token (s, k) && !is_title_word (s, k) &&
               !plx_claims_is_people_noun (s, k))
        {
          if (plx_claims_in_set (s->finder->determiners, s, k))
            start = k;
          break;
        }
      listing |= listed && conjunction;
      start = k;
    }

  return start;
}

/* The noun phrase that starts at token @start, up to punctuation or the
 * sentence end. Returns one past its last token. */
guint
plx_claims_phrase_after (Sentence *s,
                         guint     start)
{
  guint end = start;

  while (end < s->n && end - start < MAX_SPEAKER_WORDS)
    {
      if (end != start && plx_claims_gap_breaks (s, end))
        break;
      if (plx_claims_in_set (s->finder->boundaries, s, end) && end != start)
        break;
      end++;
    }

  return end;
}

gboolean
plx_claims_is_name_token (Sentence *s,
                          guint     i)
{
  const char *word = s->text + s->t[i].byte_start;

  return g_unichar_isupper (g_utf8_get_char (word)) && !(s->t[i].flags & PLX_TOKEN_STOPWORD);
}

/* One past the run of name tokens that begins at token @i ("Sen. Rand
 * Paul"), or @i when no name begins there (a name goes on across no
 * break). */
guint
plx_claims_name_run (Sentence *s,
                     guint     i)
{
  guint end = i;

  if (!plx_claims_is_name_token (s, i) ||
      (i > 0 && plx_claims_is_name_token (s, i - 1) && !plx_claims_gap_breaks (s, i)))
    return i;
  while (end < s->n && plx_claims_is_name_token (s, end) &&
         (end == i || !plx_claims_gap_breaks (s, end)))
    end++;

  return end;
}

/* Whether token @i may be a word of whom and when something was told
 * ("told the U.N. General Assembly 18 months ago that"): a determiner, a
 * name, a number, a noun for people, a word of time, a preposition. */
gboolean
plx_claims_is_addressee_word (Sentence *s,
                              guint     i)
{
  PlxClaimFinder *f = s->finder;

  return plx_claims_in_set (f->determiners, s, i) || plx_claims_is_name_token (s, i) ||
         (s->t[i].flags & PLX_TOKEN_NUMBER) || plx_claims_is_people_noun (s, i) ||
         plx_claims_in_set (f->times, s, i) || plx_claims_in_set (f->prepositions, s, i) ||
         plx_claims_in_set (f->places, s, i);
}

/* Whether the phrase [start, end) names someone: a capitalised word that
 * is not only the sentence's first word. */
gboolean
plx_claims_names_someone (Sentence *s,
                          guint     start,
                          guint     end)
{
  for (guint i = start; i < end; i++)
    if (plx_claims_is_name_token (s, i) && (i > 0 || end - start > 1))
      return TRUE;

  return FALSE;
}

/* The norm of token @i without a clitic, into @word (of BASE_WORD bytes):
 * "he's" is "he", "trump's" is "trump"; sets @negated for "isn't".
 * Returns @word, or the norm itself when it is too long to copy. */
#define BASE_WORD PLX_CLAIMS_BASE_WORD

static const char *
base_word (Sentence *s,
           guint     i,
           char     *word,
           gboolean *negated)
{
  const char *norm = plx_claims_norm (s, i);
  gsize n = strlen (norm);

  if (negated != NULL)
    *negated = n > 3 && g_str_has_suffix (norm, "n't");
  if (n >= BASE_WORD)
    return norm;
  memcpy (word, norm, n + 1);
  if (n > 2 && (g_str_has_suffix (word, "'s") || g_str_has_suffix (word, "'d") ||
                g_str_has_suffix (word, "'m")))
    word[n - 2] = '\0';
  else if (n > 3 && (g_str_has_suffix (word, "'ll") || g_str_has_suffix (word, "'re") ||
                     g_str_has_suffix (word, "'ve")))
    word[n - 3] = '\0';
  else if (n > 1 && word[n - 1] == '\'')
    word[n - 1] = '\0';

  return word;
}

/* Whether the base of token @i's word is in @set; for the pronouns and
 * the words of time, asked of every speaker, looked up once per word. */
static gboolean
base_in_set (GHashTable *set,
             Sentence   *s,
             guint       i)
{
  PlxClaimFinder *f = s->finder;
  char word[BASE_WORD];
  guint32 *bits;

  if (set != f->pronouns && set != f->times)
    return g_hash_table_contains (set, base_word (s, i, word, NULL));

  bits = plx_claims_word_bits (s, i);
  if (!(*bits & BASE_KNOWN))
    {
      const char *base = base_word (s, i, word, NULL);

      *bits |= BASE_KNOWN | (g_hash_table_contains (f->pronouns, base) ? BASE_PRONOUN : 0) |
               (g_hash_table_contains (f->times, base) ? BASE_TIME : 0);
    }

  return (*bits & (set == f->pronouns ? BASE_PRONOUN : BASE_TIME)) != 0;
}

/* Whether token @i denies what follows: "not", "never", "didn't". */
gboolean
plx_claims_is_negation (Sentence *s,
                        guint     i)
{
  char buffer[BASE_WORD];
  gboolean negated;
  const char *word = base_word (s, i, buffer, &negated);

  return negated || g_hash_table_contains (s->finder->negations, word);
}

/* The norm of token @i without a clitic ("he's" is "he"), in @word of
 * PLX_CLAIMS_BASE_WORD bytes, or the norm itself when too long. */
const char *
plx_claims_base_norm (Sentence *s,
                      guint     i,
                      char     *word)
{
  return base_word (s, i, word, NULL);
}

/* Whether the word of token @i without a clitic is in @set ("there's"). */
gboolean
plx_claims_base_in (Sentence   *s,
                    GHashTable *set,
                    guint       i)
{
  return base_in_set (set, s, i);
}

/* Whether token @i is a pronoun, with a clitic or without ("he", "he's"). */
gboolean
plx_claims_is_pronoun (Sentence *s,
                       guint     i)
{
  return base_in_set (s->finder->pronouns, s, i);
}

/* Whether token @i is a name or noun in the possessive ("Obama's"), not
 * a pronoun with a clitic ("he's"). */
gboolean
plx_claims_is_possessive (Sentence *s,
                          guint     i)
{
  const char *norm = plx_claims_norm (s, i);

  return strlen (norm) > 2 && g_str_has_suffix (norm, "'s") &&
         !g_hash_table_contains (s->finder->pronouns, plx_claims_norm (s, i)) &&
         !base_in_set (s->finder->pronouns, s, i);
}

/* Whether token @i is a noun for a person, a group of people or a body
 * that speaks ("spokesman", "officials", "the campaign"); plurals are
 * folded to the singular. */
gboolean
plx_claims_is_people_noun (Sentence *s,
                           guint     i)
{
  static const char *const plurals[][2] = {
    { "ies", "y" }, { "men", "man" }, { "es", "" }, { "s", "" },
  };
  GHashTable *people = s->finder->people;
  guint32 *bits = plx_claims_word_bits (s, i);
  const char *norm;
  char word[64];
  gsize n;
  gboolean found = FALSE;

  /* Words come back again and again: each is looked up once. */
  if (*bits & PEOPLE_KNOWN)
    return (*bits & PEOPLE) != 0;

  norm = plx_claims_norm (s, i);
  n = strlen (norm);

  /* Words only: a clitic goes ("spokesman's"), long strings and numbers
   * are none. */
  if (n >= sizeof word || (s->t[i].flags & PLX_TOKEN_NUMBER))
    {
      *bits |= PEOPLE_KNOWN;
      return FALSE;
    }
  memcpy (word, norm, n + 1);
  if (n > 2 && g_str_has_suffix (word, "'s"))
    word[n -= 2] = '\0';
  else if (n > 1 && word[n - 1] == '\'')
    word[--n] = '\0';
  found = g_hash_table_contains (people, word);

  for (guint p = 0; !found && p < G_N_ELEMENTS (plurals); p++)
    {
      gsize cut = strlen (plurals[p][0]);
      char singular[64];

      if (n <= cut + 2 || !g_str_has_suffix (word, plurals[p][0]))
        continue;
      memcpy (singular, word, n - cut);
      strcpy (singular + n - cut, plurals[p][1]);
      found = g_hash_table_contains (people, singular);
    }

  *bits |= PEOPLE_KNOWN | (found ? PEOPLE : 0);

  return found;
}

/* Whether token @i is a lower-case adverb or auxiliary that may end a
 * phrase before its cue: "the nominee even", "they have subsequently". */
gboolean
plx_claims_is_adverb (Sentence *s,
                      guint     i)
{
  gboolean negated;
  char buffer[BASE_WORD];
  const char *word = base_word (s, i, buffer, &negated);

  /* (Not a noun in -ly: "His family said", "the ally"; nor a name
   * opening the sentence with no comma after it, which the article writes
   * as a name elsewhere and never in lower case: "Kelly told".) */
  return negated || plx_claims_in_set (s->finder->skip, s, i) ||
         (g_str_has_suffix (word, "ly") && strlen (word) > 4 &&
          !(s->t[i].flags & PLX_TOKEN_CAPITALISED) && !plx_claims_is_people_noun (s, i) &&
          !(i == 0 && plx_claims_is_name_token (s, i) && 1 < s->n && !plx_claims_gap_breaks (s, 1) &&
            plx_claims_written (s, i, CASE_PROPER) && !plx_claims_written (s, i, CASE_LOWER)));
}

/* Whether token @i names someone as a head: a capitalised word that is
 * no date ("Tuesday") and is capitalised for itself, not only because it
 * opens the sentence ("Marriage ..."). */
static gboolean
is_name_head (Sentence *s,
              guint     i,
              guint     start,
              guint     end)
{
  if (!plx_claims_is_name_token (s, i) || plx_claims_in_set (s->finder->times, s, i))
    return FALSE;

  return i > 0 || end - start > 1 ||
         plx_claims_written (s, i, CASE_PROPER) || !plx_claims_written (s, i, CASE_LOWER);
}

/* Whether token @k is a verb of another clause: a reporting verb in -ed
 * or -s ("criticised", "says") or a verb in -ed before its object ("adopted
 * a resolution"). */
static gboolean
is_clause_verb (Sentence *s,
                guint     k)
{
  const char *norm = plx_claims_norm (s, k);

  if (s->t[k].flags & PLX_TOKEN_CAPITALISED)
    return FALSE;
  if (plx_claims_match_cue (s, k) != NULL &&
      (g_str_has_suffix (norm, "ed") || g_str_has_suffix (norm, "s")))
    return TRUE;

  return g_str_has_suffix (norm, "ed") && k + 1 < s->n &&
         plx_claims_in_set (s->finder->determiners, s, k + 1);
}

/* Where a speaker's phrase in tokens [a, b) starts: after a verb of
 * another clause inside it ("(The mayor criticised) a contractor who
 * said", "(The NAACP adopted) a resolution") and past a verb's
 * auxiliary, adverb or participle before it ("(Mendes) is defending her
 * posts", "(issued) a statement"). */
static guint
phrase_start (Sentence *s,
              guint     a,
              guint     b)
{
  PlxClaimFinder *f = s->finder;

  for (guint k = a + 1; k + 1 < b; k++)
    if (is_clause_verb (s, k))
      a = k + 1;
  while (a < b && (base_in_set (f->times, s, a) ||
                   (!(s->t[a].flags & PLX_TOKEN_CAPITALISED) &&
                    (plx_claims_in_set (f->skip, s, a) || plx_claims_in_set (f->boundaries, s, a) ||
                     (b - a > 1 && (is_clause_verb (s, a) ||
                                    g_str_has_suffix (plx_claims_norm (s, a), "ing")))))))
    a++;

  return a;
}

/* Narrows the speaker tokens [*start, *end) to the person or group they
 * name, and returns whether they name one: a pronoun ("Tuesday he" is
 * "he"), a name, or a noun for people ("a spokesman", "officials", "the
 * Ukrainian president"), never a date, a place after a preposition ("at
 * the Dolby Theatre"), a verb or a clause ("an Internet video
 * surfaced"). An empty phrase passes: no speaker is named. */
static gboolean
check_speaker (Sentence *s,
               guint    *start,
               guint    *end)
{
  PlxClaimFinder *f = s->finder;
  guint a = *start;
  guint b = *end;
  guint head;

  if (a >= b || (b == a + 1 && plx_claims_in_set (f->relatives, s, a)))
    return TRUE;
  /* "Attorney General Roy Cooper (D)": a party's letter is no one. */
  if (b == a + 1 && s->t[a].byte_end - s->t[a].byte_start == 1 && g_ascii_isupper (s->text[s->t[a].byte_start]) &&
      s->t[a].byte_start > 0 && s->text[s->t[a].byte_start - 1] == '(')
    return FALSE;

  if (base_in_set (f->pronouns, s, b - 1))
    a = b - 1;
  else if (base_in_set (f->pronouns, s, a))
    b = a + 1;

  a = phrase_start (s, a, b);
  while (b > a && (base_in_set (f->times, s, b - 1) || plx_claims_is_adverb (s, b - 1)))
    b--;
  /* A phrase that opens with a preposition or "to" is an adverbial or
   * an infinitive ("for all those who", "to give Republicans"). */
  if (a >= b || plx_claims_in_set (f->places, s, a) || plx_claims_in_set (f->prepositions, s, a) ||
      plx_claims_in_set (f->infinitive, s, a))
    return FALSE;
  /* A phrase cut after a preposition ("all of" which) is no one. */
  if (plx_claims_in_set (f->prepositions, s, b - 1))
    return FALSE;
  /* After a preposition the words are a place or a time ("at the Dolby
   * Theatre said"), unless a noun for people comes before it: "a
   * spokeswoman for Hillary Clinton". */
  if (a > 1 && plx_claims_in_set (f->places, s, a - 1) && !plx_claims_gap_breaks (s, a))
    {
      if (plx_claims_gap_breaks (s, a - 1) ||
          !(plx_claims_is_people_noun (s, a - 2) || is_name_head (s, a - 2, a - 2, a)))
        return FALSE;
      a = plx_claims_phrase_before (s, a - 1);
    }

  /* The head is the last word before a preposition: "Roberton Williams of
   * the Tax Policy Center"; an auxiliary before it makes a clause. */
  for (head = a; head + 1 < b && !plx_claims_in_set (f->prepositions, s, head + 1); head++)
    if (head > a && plx_claims_in_set (f->skip, s, head) && !(s->t[head].flags & PLX_TOKEN_CAPITALISED))
      return FALSE;

  /* Words of place after the head are where they spoke: "Perry in the
   * new ad" is Perry. */
  if (head + 1 < b && plx_claims_in_set (f->places, s, head + 1))
    b = head + 1;

  /* The phrase ends with its head: a name, a noun for people or a
   * pronoun. Words after the last such are a verb or its object ("an
   * Internet video surfaced" is the video, "Mr. Ryan's budget" Ryan's);
   * words without one name no one ("knock your socks off"). */
  if (!(base_in_set (f->pronouns, s, head) && head == a && b == a + 1) &&
      !is_name_head (s, head, a, b) && !plx_claims_is_people_noun (s, head))
    {
      while (b > a && !is_name_head (s, b - 1, a, b) && !plx_claims_is_people_noun (s, b - 1))
        b--;
      if (b == a)
        return FALSE;
    }

  *start = a;
  *end = b;

  return TRUE;
}

gboolean
plx_claims_check_speaker (Sentence *s,
                          guint    *start,
                          guint    *end)
{
  guint shorter = *end - 1;

  if (check_speaker (s, start, end))
    return TRUE;

  /* A verb read as the phrase's last word: "Trump avoids (condemning)". */
  if (*end - *start >= 2 && is_name_head (s, shorter - 1, *start, shorter) &&
      check_speaker (s, start, &shorter))
    {
      *end = shorter;
      return TRUE;
    }

  return FALSE;
}

/* Whether the article writes the word of token @i so somewhere: CASE_PROPER
 * (capitalised inside a sentence) or CASE_LOWER. */
gboolean
plx_claims_written (Sentence *s,
                    guint     i,
                    guint8    how)
{
  guint norm = s->t[i].norm;

  return norm < s->n_cases && (s->cases[norm] & how) != 0;
}

/* Whether tokens [start, end) hold a verb of their own, an auxiliary not
 * in a relative clause: "Robyn Mendes, 48, and Catherine Gomes, 61, were
 * found by police, said …" is what is said, no subject and its
 * appositions ("Peter King, who was there, said" is; "The Connecticut
 * Post, a newspaper that is the state's third-largest daily, described"). */
gboolean
plx_claims_has_verb (Sentence *s,
                     guint     start,
                     guint     end)
{
  for (guint k = start; k < end; k++)
    {
      /* (A relative clause: "who", "which", "that", "whose".) */
      if (plx_claims_in_set (s->finder->relatives, s, k) ||
          plx_claims_in_set (s->finder->complementizers, s, k) ||
          g_str_equal (plx_claims_norm (s, k), "whose"))
        return FALSE;
      if (plx_claims_in_set (s->finder->auxiliaries, s, k))
        return TRUE;
    }

  return FALSE;
}
