/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Splits article text into sentences and tells titles and headings from
 * body text.
 *
 * It works in two passes. First it decides, for every line break, whether
 * the break ends a unit: news text is often hard-wrapped mid-sentence, so a
 * line without terminal punctuation continues the sentence, except when it
 * is a heading (a short line that starts a sentence and is followed by a new
 * sentence). Then it splits each unit at terminal punctuation followed by a
 * new sentence, with rules for abbreviations, initials, initialisms,
 * decimals and closing quotes. Pango's and ICU's UAX #29 breaking gets
 * "Mr." and quoted questions wrong, so none of that is used here.
 *
 * Chinese and Japanese write no space after a sentence: their full-width
 * stops (。！？) end a sentence whatever follows. Scripts without case
 * (Han, Kana, Arabic, Devanagari) give no capital to confirm a new
 * sentence, so any of their letters may open one.
 *
 * It does not look at words beyond their shape; tokens.c does that. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-segmenter.h"

/* A heading is at most this many words. */
#define HEADING_MAX_WORDS 14
#define TITLE_MAX_CHARS   200

typedef struct
{
  gsize start;
  gsize end; /* without the newline, trailing blanks trimmed */
} Line;

/* Words before a period that never end a sentence: titles before names and
 * abbreviations that always take a complement. */
static const char *const never_final[] = {
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
  "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "amb", "supt", "insp", "det",
  "mt", "ft", "no", "nos", "vol", "fig", "art", "sec", "ch", "vs", "v", "approx", "dept",
  "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "e.g", "i.e", "cf", "al", "ave", "blvd", "rd", "messrs", "mme", "mlle", "hr", "op",
};

/* Abbreviations that may end a sentence: the period ends one only when a
 * typical sentence opener follows ("... the U.S. The next day"). */
static const char *const maybe_final[] = {
  "co", "corp", "inc", "ltd", "llc", "plc", "bros", "etc", "a.m", "p.m", "u.s", "u.k", "u.n",
  "u.s.a", "e.u", "d.c",
};

/* Words that typically open a sentence; used after ambiguous periods. */
static const char *const openers[] = {
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
  "those", "there", "his", "her", "its", "their", "our", "my", "but", "and", "so", "yet", "in",
  "on", "at", "for", "as", "if", "when", "while", "after", "before", "since", "however",
  "meanwhile", "still", "then", "now", "also", "some", "many", "most", "one", "officials",
  "police", "according",
};

static gboolean
in_list (const char *const *list,
         guint              n,
         const char        *word)
{
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (list[i], word) == 0)
      return TRUE;

  return FALSE;
}

/* Closing and opening quotes and brackets, with the CJK corner brackets
 * and the full-width forms. */
static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x203A ||
         c == ')' || c == ']' || c == '}' || c == 0x300D || c == 0x300F || c == 0x3011 ||
         c == 0x3015 || c == 0x3009 || c == 0x300B || c == 0x3017 || c == 0x3019 ||
         c == 0xFF09 || c == 0xFF3D || c == 0xFF5D || c == 0xFF02 || c == 0xFF07 ||
         c == 0xFF63;
}

static gboolean
is_opening (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E ||
         c == 0x2039 || c == '(' || c == '[' || c == 0x300C || c == 0x300E || c == 0x3010 ||
         c == 0x3014 || c == 0x3008 || c == 0x300A || c == 0x3016 || c == 0x3018 ||
         c == 0xFF08 || c == 0xFF3B || c == 0xFF5B || c == 0xFF62;
}

/* Sentence ends of Chinese and Japanese: 。．｡！？ need no space after
 * them. */
static gboolean
is_wide_terminal (gunichar c)
{
  return c == 0x3002 || c == 0xFF0E || c == 0xFF61 || c == 0xFF01 || c == 0xFF1F;
}

static gboolean
is_terminal (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049 || is_wide_terminal (c) ||
         c == 0x061F /* Arabic question mark */ || c == 0x06D4 /* Urdu full stop */ ||
         c == 0x0964 || c == 0x0965 /* Devanagari danda, double danda */;
}

/* A full stop, as opposed to "?" and "!": a headline does not end in one. */
static gboolean
is_full_stop (gunichar c)
{
  return c == '.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61 || c == 0x06D4 || c == 0x0964;
}

/* A letter of a script without case: Han, Kana, Arabic, Hebrew, Devanagari
 * and others have no capital to mark a sentence start. */
static gboolean
is_caseless_letter (gunichar c)
{
  return c >= 0x80 && g_unichar_type (c) == G_UNICODE_OTHER_LETTER;
}

/* Characters of the scripts written without spaces between words. */
static gboolean
is_cjk (gunichar c)
{
  /* Below the CJK blocks: the common case, without a table lookup. */
  if (c < 0x2E80)
    return FALSE;

  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether a new sentence may start with @c: a capital, a digit, an opening
 * quote or bracket, a dash or a currency sign. */
static gboolean
opens_sentence (gunichar c)
{
  if (g_unichar_isalpha (c))
    return g_unichar_isupper (c) || g_unichar_istitle (c) || is_caseless_letter (c);

  return g_unichar_isdigit (c) || is_opening (c) || c == 0x2013 || c == 0x2014 || c == '-' ||
         g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL;
}

static const char *
skip_blanks (const char *p,
             const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                     g_unichar_isspace (g_utf8_get_char (p))))
    p = g_utf8_next_char (p);

  return p;
}

static gboolean
is_blank_line (const char *text,
               const Line *line)
{
  return line->start == line->end;
}

static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  const char *p = text;

  while (*p != '\0')
    {
      const char *nl = strchr (p, '\n');
      const char *end = nl != NULL ? nl : p + strlen (p);
      const char *s = p;
      Line line;

      while (s < end && (*s == ' ' || *s == '\t'))
        s++;
      while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
      /* Non-breaking and other Unicode blanks at the line ends. */
      while (s < end && g_unichar_isspace (g_utf8_get_char (s)))
        s = g_utf8_next_char (s);
      while (end > s && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
        end = g_utf8_prev_char (end);

      line.start = s - text;
      line.end = end - text;
      if (line.start > line.end)
        line.start = line.end;
      g_array_append_val (lines, line);

      if (nl == NULL)
        break;
      p = nl + 1;
    }

  return lines;
}

/* The last character of a line that is not a closing quote or bracket. */
static gunichar
last_significant (const char *text,
                  const Line *line)
{
  const char *start = text + line->start;
  const char *p = text + line->end;

  while (p > start)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (!is_closing (c))
        return c;
    }

  return 0;
}

/* Words between spaces; in Chinese and Japanese, which have no spaces, a
 * word is about two characters. */
static guint
count_words (const char *text,
             const Line *line)
{
  guint words = 0;
  guint cjk = 0;
  gboolean in_word = FALSE;

  for (const char *p = text + line->start; p < text + line->end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c);

      if (!space && is_cjk (c))
        {
          cjk++;
          in_word = FALSE;
          continue;
        }
      if (!space && !in_word)
        words++;
      in_word = !space;
    }

  return words + (cjk + 1) / 2;
}

static gunichar
first_char (const char *text,
            const Line *line)
{
  return line->start < line->end ? g_utf8_get_char (text + line->start) : 0;
}

/* The word before a period at @dot (letters and inner periods), lower case. */
static char *
word_before (const char *unit_start,
             const char *dot)
{
  const char *p = dot;

  while (p > unit_start)
    {
      const char *prev = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isalnum (c) && c != '.')
        break;
      p = prev;
    }

  return g_utf8_strdown (p, dot - p);
}

static char *
word_after (const char *p,
            const char *end)
{
  const char *s;

  while (p < end && is_opening (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  s = p;
  while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return g_utf8_strdown (s, p - s);
}

/* Whether a reporting clause follows a closing quote: in
 * `"I'm hosting the Oscars!" DeGeneres tweeted.` the quote and its speaker
 * are one sentence. Looks at most four words ahead, up to punctuation. */
static gboolean
reporting_clause_follows (const char *p,
                          const char *end)
{
  static const char *const verbs[] = { "said", "says", "told", "tells", "asked", "asks",
                                       "added", "adds", "tweeted", "wrote", "writes",
                                       "replied", "explained", "stated", "insisted", "noted",
                                       "declared", "shouted", "continued", "recalled",
                                       "posted", "warned", "argued", "admitted" };

  for (guint words = 0; words < 4 && p < end; words++)
    {
      const char *s = p;
      g_autofree char *word = NULL;

      while (p < end && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '\'' || *p == '-'))
        p = g_utf8_next_char (p);
      if (p == s)
        return FALSE;
      word = g_utf8_strdown (s, p - s);
      if (in_list (verbs, G_N_ELEMENTS (verbs), word))
        return TRUE;
      if (p >= end || *p != ' ')
        return FALSE;
      p++;
    }

  return FALSE;
}

/* Decides whether the terminal punctuation at @punct, followed by a new
 * sentence opener at @next, ends a sentence. */
static gboolean
period_ends_sentence (const char *unit_start,
                      const char *punct,
                      const char *next,
                      const char *end,
                      gboolean    line_break)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gunichar next_char;
  glong len;

  if (*punct != '.')
    return TRUE;

  /* An ellipsis "..." is handled like "…". */
  if (punct > unit_start && punct[-1] == '.')
    return TRUE;

  before = word_before (unit_start, punct);
  len = g_utf8_strlen (before, -1);
  next_char = g_utf8_get_char (next);

  if (len == 0)
    return TRUE;

  if (in_list (never_final, G_N_ELEMENTS (never_final), before))
    {
      /* "No. 2" and "Jan. 5" never end; a title before a name never does. */
      return FALSE;
    }

  /* A single capital letter is an initial: "J. R. R. Tolkien". */
  if (len == 1 && g_unichar_isupper (g_utf8_get_char (g_utf8_prev_char (punct))) &&
      g_unichar_isupper (next_char))
    return FALSE;

  /* A single letter without case is an abbreviation too: Arabic writes
   * "Dr." as "د." before a name; its words are never one letter long. */
  if (len == 1 && is_caseless_letter (g_utf8_get_char (g_utf8_prev_char (punct))) &&
      is_caseless_letter (next_char))
    return FALSE;

  if (strchr (before, '.') != NULL || in_list (maybe_final, G_N_ELEMENTS (maybe_final), before))
    {
      after = word_after (next, end);
      return line_break || in_list (openers, G_N_ELEMENTS (openers), after);
    }

  return TRUE;
}

typedef struct
{
  const char *text;
  GArray     *sentences;
} Splitter;

static void
emit (Splitter       *splitter,
      const char     *start,
      const char     *end,
      PlxSentenceKind kind)
{
  PlxSentence sentence = { 0 };

  start = skip_blanks (start, end);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  if (start >= end)
    return;

  sentence.byte_start = start - splitter->text;
  sentence.byte_end = end - splitter->text;
  sentence.kind = kind;
  g_array_append_val (splitter->sentences, sentence);
}

/* Splits the unit [start, end) into sentences. Soft line breaks inside it
 * count as spaces, except that terminal punctuation at a line end splits
 * even before a lower-case word (one sentence per line is common). */
static void
split_unit (Splitter       *splitter,
            const char     *start,
            const char     *end,
            PlxSentenceKind kind)
{
  const char *sentence_start = start;
  const char *p = start;

  if (kind != PLX_SENTENCE_BODY)
    {
      emit (splitter, start, end, kind);
      return;
    }

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *punct = p;
      const char *after;
      const char *next;
      gboolean line_break = FALSE;
      gboolean wide;

      p = g_utf8_next_char (p);
      if (!is_terminal (c))
        continue;

      /* Runs like "?!" or "..." and closing quotes belong to the sentence. */
      after = p;
      wide = is_wide_terminal (c);
      while (after < end && (is_terminal (g_utf8_get_char (after)) ||
                             is_closing (g_utf8_get_char (after))))
        {
          wide |= is_wide_terminal (g_utf8_get_char (after));
          after = g_utf8_next_char (after);
        }

      if (wide && after < end)
        {
          gunichar following = g_utf8_get_char (after);

          /* "３．５％" is a number; in 「…。」と述べた the quotative particle
           * continues the sentence. */
          if ((c == 0xFF0E || c == 0xFF61) && g_unichar_isdigit (following))
            continue;
          if (after > p && is_closing (g_utf8_get_char (g_utf8_prev_char (after))) &&
              (following == 0x3068 /* と */ || following == 0x3063 /* っ */))
            continue;

          emit (splitter, sentence_start, after, PLX_SENTENCE_BODY);
          sentence_start = after;
          p = after;
          continue;
        }

      if (after < end && !g_unichar_isspace (g_utf8_get_char (after)))
        continue; /* "9.25", "U.S.", "Yahoo!'s" */

      for (const char *s = after; s < end && g_unichar_isspace (g_utf8_get_char (s));
           s = g_utf8_next_char (s))
        if (*s == '\n')
          line_break = TRUE;

      next = skip_blanks (after, end);
      if (next >= end)
        break;

      if (!opens_sentence (g_utf8_get_char (next)) && !line_break)
        continue;

      if (!period_ends_sentence (start, punct, next, end, line_break))
        continue;

      if (!line_break && after > p && is_closing (g_utf8_get_char (g_utf8_prev_char (after))) &&
          reporting_clause_follows (next, end))
        continue;

      emit (splitter, sentence_start, after, PLX_SENTENCE_BODY);
      sentence_start = next;
      p = next;
    }

  emit (splitter, sentence_start, end, PLX_SENTENCE_BODY);
}

static gboolean
ends_with_continuation (gunichar c)
{
  return c == ',' || c == ';' || c == ':' || c == 0x2013 || c == 0x2014 || c == '-' ||
         c == '(' || c == '&' || c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0xFF1A ||
         c == 0x060C /* Arabic comma */ || c == 0x061B /* Arabic semicolon */;
}

/* Articles, prepositions, conjunctions and possessives: words that need a
 * complement, so a line ending in one is hard-wrapped, however short. */
static const char *const dangling_words[] = {
  "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but",
  "that", "from", "as", "his", "her", "their", "its",
};

/* Verbs that rarely end a long line of prose, though a short heading may
 * end in one ("What Peskov said"). */
static const char *const dangling_verbs[] = {
  "is", "was", "are", "were", "be", "said", "says",
};

static gboolean
ends_with_word_in (const char        *text,
                   const Line        *line,
                   const char *const *words,
                   guint              n_words)
{
  const char *end = text + line->end;
  const char *p = end;
  g_autofree char *word = NULL;

  while (p > text + line->start && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  word = g_utf8_strdown (p, end - p);

  return in_list (words, n_words, word);
}

static gboolean
ends_with_dangling_word (const char *text,
                         const Line *line)
{
  return ends_with_word_in (text, line, dangling_words, G_N_ELEMENTS (dangling_words));
}

/* Function words that never end a sentence: a line ending in one is
 * hard-wrapped. */
static gboolean
ends_with_function_word (const char *text,
                         const Line *line)
{
  return ends_with_dangling_word (text, line) ||
         ends_with_word_in (text, line, dangling_verbs, G_N_ELEMENTS (dangling_verbs));
}

/* Whether @line overlaps a heading. Headings are sorted by end and lines
 * come in text order, so *@next, the first heading that ends after the
 * lines so far, only moves forward: one pass over both. */
static gboolean
overlaps_heading (const Line    *line,
                  const gsize   *heading_bytes,
                  guint          n_headings,
                  guint         *next)
{
  while (*next < n_headings && heading_bytes[2 * *next + 1] <= line->start)
    (*next)++;

  for (guint i = *next; i < n_headings && heading_bytes[2 * i] < line->end; i++)
    if (line->start < heading_bytes[2 * i + 1])
      return TRUE;

  return FALSE;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const gsize *x = a;
  const gsize *y = b;

  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1];
}

GArray *
plx_segment (const char    *text,
             const PlxSpan *headings,
             guint          n_headings)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree gsize *heading_bytes = NULL;
  guint n_merged = 0;
  guint next_heading = 0;
  Splitter splitter;
  gsize unit_start = 0;
  gboolean in_unit = FALSE;
  gboolean at_sentence_start = TRUE;
  guint char_offset = 0;
  gsize byte_offset = 0;

  g_return_val_if_fail (text != NULL, NULL);

  splitter.text = text;
  splitter.sentences = g_array_new (FALSE, FALSE, sizeof (PlxSentence));
  lines = split_lines (text);

  /* Markup headings come in characters; lines are in bytes. Converting
   * each from the start of the text was quadratic in a text of headings
   * only, so they are sorted and converted in one walk, then merged where
   * they overlap so that their ends are sorted too. */
  heading_bytes = g_new0 (gsize, 2 * n_headings + 1);
  for (guint i = 0; i < n_headings; i++)
    {
      heading_bytes[2 * i] = headings[i].start;
      heading_bytes[2 * i + 1] = headings[i].end;
    }
  qsort (heading_bytes, n_headings, 2 * sizeof (gsize), compare_spans);
  {
    const char *p = text;
    gsize chars = 0;
    guint merged = 0;

    for (guint i = 0; i < 2 * n_headings; i++)
      {
        gsize target = heading_bytes[i];

        /* An end can lie past the next start when headings overlap. */
        for (; chars > target; chars--)
          p = g_utf8_prev_char (p);
        for (; chars < target && *p != '\0'; chars++)
          p = g_utf8_next_char (p);
        heading_bytes[i] = p - text;
      }
    for (guint i = 0; i < n_headings; i++)
      {
        if (merged > 0 && heading_bytes[2 * i] <= heading_bytes[2 * merged - 1])
          heading_bytes[2 * merged - 1] = MAX (heading_bytes[2 * merged - 1],
                                               heading_bytes[2 * i + 1]);
        else
          {
            heading_bytes[2 * merged] = heading_bytes[2 * i];
            heading_bytes[2 * merged + 1] = heading_bytes[2 * i + 1];
            merged++;
          }
      }
    n_merged = merged;
  }

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const Line *next = i + 1 < lines->len ? &g_array_index (lines, Line, i + 1) : NULL;
      gboolean next_blank = next == NULL || is_blank_line (text, next);
      gunichar last;
      gboolean hard_break;
      gboolean heading = FALSE;

      if (is_blank_line (text, line))
        continue;

      if (n_merged > 0 && overlaps_heading (line, heading_bytes, n_merged, &next_heading))
        {
          if (in_unit)
            split_unit (&splitter, text + unit_start, text + line->start, PLX_SENTENCE_BODY);
          in_unit = FALSE;
          emit (&splitter, text + line->start, text + line->end, PLX_SENTENCE_HEADING);
          at_sentence_start = TRUE;
          continue;
        }

      if (!in_unit)
        {
          unit_start = line->start;
          in_unit = TRUE;
        }

      last = last_significant (text, line);

      if (next_blank)
        hard_break = TRUE;
      else if (is_terminal (last))
        hard_break = FALSE; /* the splitter decides, with the line break in view */
      else if (last == ':' && g_unichar_isupper (first_char (text, next)) &&
               count_words (text, line) > 2)
        hard_break = TRUE; /* "Here is the statement:" introducing a block */
      else if (ends_with_continuation (last) || !opens_sentence (first_char (text, next)))
        hard_break = FALSE;
      else if (is_caseless_letter (first_char (text, next)) &&
               count_words (text, line) > HEADING_MAX_WORDS)
        hard_break = FALSE; /* no case to tell a new sentence: a long line is wrapped */
      else if (!at_sentence_start)
        hard_break = FALSE;
      else if (count_words (text, line) <= HEADING_MAX_WORDS &&
               !ends_with_dangling_word (text, line))
        hard_break = heading = TRUE;
      else
        hard_break = !ends_with_function_word (text, line);

      /* A short line of its own, without terminal punctuation, between
       * sentence ends: a heading. */
      if (hard_break && at_sentence_start && unit_start == line->start && !is_terminal (last) &&
          !ends_with_continuation (last) && count_words (text, line) <= HEADING_MAX_WORDS)
        heading = TRUE;

      if (hard_break)
        {
          /* A heading line ends the sentences before it in the same block. */
          if (heading && unit_start != line->start)
            {
              split_unit (&splitter, text + unit_start, text + line->start, PLX_SENTENCE_BODY);
              unit_start = line->start;
            }
          split_unit (&splitter, text + unit_start, text + line->end,
                      heading ? PLX_SENTENCE_HEADING : PLX_SENTENCE_BODY);
          in_unit = FALSE;
          at_sentence_start = TRUE;
        }
      else
        at_sentence_start = is_terminal (last);
    }

  if (in_unit)
    split_unit (&splitter, text + unit_start, text + strlen (text), PLX_SENTENCE_BODY);

  /* A heading introduces what follows; at the very end there is nothing
   * to introduce (a one-line text, a closing line without a period). */
  if (splitter.sentences->len > 0)
    {
      PlxSentence *last = &g_array_index (splitter.sentences, PlxSentence,
                                          splitter.sentences->len - 1);

      if (last->kind == PLX_SENTENCE_HEADING && n_headings == 0)
        last->kind = PLX_SENTENCE_BODY;
    }

  /* The first sentence is the title when it stands alone on its line and
   * reads like a headline. */
  if (splitter.sentences->len > 1)
    {
      PlxSentence *first = &g_array_index (splitter.sentences, PlxSentence, 0);
      const char *end = text + first->byte_end;
      gunichar last = g_utf8_get_char (g_utf8_prev_char (end));

      if (first->kind == PLX_SENTENCE_HEADING ||
          (first->kind == PLX_SENTENCE_BODY && !is_full_stop (last) &&
           (*end == '\n' || *end == '\0') &&
           first->byte_end - first->byte_start <= TITLE_MAX_CHARS &&
           memchr (text + first->byte_start, '\n', first->byte_end - first->byte_start) == NULL))
        first->kind = PLX_SENTENCE_TITLE;
    }

  /* Character offsets, in one pass over the text. */
  for (guint i = 0; i < splitter.sentences->len; i++)
    {
      PlxSentence *sentence = &g_array_index (splitter.sentences, PlxSentence, i);

      char_offset += g_utf8_strlen (text + byte_offset, sentence->byte_start - byte_offset);
      sentence->start = char_offset;
      char_offset += g_utf8_strlen (text + sentence->byte_start,
                                    sentence->byte_end - sentence->byte_start);
      sentence->end = char_offset;
      byte_offset = sentence->byte_end;
    }

  return splitter.sentences;
}

char *
plx_sentence_dup_text (const PlxSentence *sentence,
                       const char        *text)
{
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (sentence != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  /* Line breaks inside a sentence (hard wrapping) fold to one space. */
  out = g_string_sized_new (sentence->byte_end - sentence->byte_start);
  for (const char *p = text + sentence->byte_start; p < text + sentence->byte_end; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          if (!space && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          space = TRUE;
          continue;
        }
      if (space && *p == ' ')
        continue;
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

const char *
plx_sentence_kind_to_string (PlxSentenceKind kind)
{
  switch (kind)
    {
    case PLX_SENTENCE_TITLE:
      return "title";
    case PLX_SENTENCE_HEADING:
      return "heading";
    case PLX_SENTENCE_BODY:
    default:
      return "body";
    }
}
