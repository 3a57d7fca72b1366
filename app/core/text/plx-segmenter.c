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
 * The second pass is in plx-segmenter-sentences.c.
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

#include "plx-segmenter-private.h"

/* A heading is at most this many words. */
#define HEADING_MAX_WORDS 14
#define TITLE_MAX_CHARS   200

typedef struct
{
  gsize start;
  gsize end; /* without the newline, trailing blanks trimmed */
} Line;

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

  /* No empty line after a last line break. */
  for (const char *p = text; p != NULL && *p != '\0';)
    {
      const char *start;
      const char *end;
      Line line;

      plx_next_line (&p, &start, &end);
      line.start = start - text;
      line.end = end - text;
      g_array_append_val (lines, line);
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

/* Markup headings come in characters; lines are in bytes. Converting each
 * from the start of the text was quadratic in a text of headings only, so
 * they are sorted and converted in one walk, then merged where they overlap
 * so that their ends are sorted too. Returns start and end byte pairs and
 * sets @n_merged to their number. */
static gsize *
headings_to_bytes (const char    *text,
                   const PlxSpan *headings,
                   guint          n_headings,
                   guint         *n_merged)
{
  gsize *bytes = g_new0 (gsize, 2 * n_headings + 1);
  const char *p = text;
  gsize chars = 0;
  guint merged = 0;

  for (guint i = 0; i < n_headings; i++)
    {
      bytes[2 * i] = headings[i].start;
      bytes[2 * i + 1] = headings[i].end;
    }
  qsort (bytes, n_headings, 2 * sizeof (gsize), compare_spans);

  for (guint i = 0; i < 2 * n_headings; i++)
    {
      gsize target = bytes[i];

      /* An end can lie past the next start when headings overlap. */
      for (; chars > target; chars--)
        p = g_utf8_prev_char (p);
      for (; chars < target && *p != '\0'; chars++)
        p = g_utf8_next_char (p);
      bytes[i] = p - text;
    }
  for (guint i = 0; i < n_headings; i++)
    {
      if (merged > 0 && bytes[2 * i] <= bytes[2 * merged - 1])
        bytes[2 * merged - 1] = MAX (bytes[2 * merged - 1], bytes[2 * i + 1]);
      else
        {
          bytes[2 * merged] = bytes[2 * i];
          bytes[2 * merged + 1] = bytes[2 * i + 1];
          merged++;
        }
    }
  *n_merged = merged;

  return bytes;
}

/* Whether the break after @line, whose last significant character is
 * @last, ends a unit; @next is the following line or %NULL. Sets @heading
 * when the unit it ends is a heading. @at_sentence_start says whether the
 * lines before ended a sentence, @starts_unit whether @line opened this
 * unit. */
static gboolean
line_ends_unit (const char *text,
                const Line *line,
                const Line *next,
                gunichar    last,
                gboolean    at_sentence_start,
                gboolean    starts_unit,
                gboolean   *heading)
{
  gboolean hard_break;

  *heading = FALSE;
  if (next == NULL || is_blank_line (text, next))
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
    hard_break = *heading = TRUE;
  else
    hard_break = !ends_with_function_word (text, line);

  /* A short line of its own, without terminal punctuation, between
   * sentence ends: a heading. */
  if (hard_break && at_sentence_start && starts_unit && !is_terminal (last) &&
      !ends_with_continuation (last) && count_words (text, line) <= HEADING_MAX_WORDS)
    *heading = TRUE;

  return hard_break;
}

/* The first pass: groups lines into units and hands each to the splitter.
 * Lines that overlap a markup heading (@heading_bytes, merged and sorted)
 * are headings whatever they look like. */
static void
split_lines_into_units (Splitter    *splitter,
                        GArray      *lines,
                        const gsize *heading_bytes,
                        guint        n_headings)
{
  const char *text = splitter->text;
  guint next_heading = 0;
  gsize unit_start = 0;
  gboolean in_unit = FALSE;
  gboolean at_sentence_start = TRUE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const Line *next = i + 1 < lines->len ? &g_array_index (lines, Line, i + 1) : NULL;
      gunichar last;
      gboolean heading;

      if (is_blank_line (text, line))
        continue;

      if (n_headings > 0 && overlaps_heading (line, heading_bytes, n_headings, &next_heading))
        {
          if (in_unit)
            plx_segmenter_split_unit (splitter, text + unit_start, text + line->start,
                                      PLX_SENTENCE_BODY);
          in_unit = FALSE;
          plx_segmenter_emit (splitter, text + line->start, text + line->end,
                              PLX_SENTENCE_HEADING);
          at_sentence_start = TRUE;
          continue;
        }

      if (!in_unit)
        {
          unit_start = line->start;
          in_unit = TRUE;
        }

      last = last_significant (text, line);
      if (!line_ends_unit (text, line, next, last, at_sentence_start,
                           unit_start == line->start, &heading))
        {
          at_sentence_start = is_terminal (last);
          continue;
        }

      /* A heading line ends the sentences before it in the same block. A
       * dateline stands alone like a heading but is body text. */
      if (heading && unit_start != line->start)
        {
          plx_segmenter_split_unit (splitter, text + unit_start, text + line->start,
                                    PLX_SENTENCE_BODY);
          unit_start = line->start;
        }
      if (heading && plx_segmenter_is_dateline (text + line->start, text + line->end))
        plx_segmenter_emit (splitter, text + unit_start, text + line->end, PLX_SENTENCE_BODY);
      else
        plx_segmenter_split_unit (splitter, text + unit_start, text + line->end,
                                  heading ? PLX_SENTENCE_HEADING : PLX_SENTENCE_BODY);
      in_unit = FALSE;
      at_sentence_start = TRUE;
    }

  if (in_unit)
    plx_segmenter_split_unit (splitter, text + unit_start, text + strlen (text),
                              PLX_SENTENCE_BODY);
}

/* Whether [start, end) ends with an initialism whose last period is not
 * the end of a sentence's words: "… From the I.R.S.", "… in the U.S." */
static gboolean
ends_with_initialism (const char *start,
                      const char *end)
{
  const char *p = end;
  guint letters = 0;

  while (p - start >= 2 && p[-1] == '.' && g_ascii_isalpha (p[-2]))
    {
      letters++;
      p -= 2;
    }

  return letters >= 2 && (p == start || p[-1] == ' ');
}

/* Whether the words of [start, end) are written as a headline is: most
 * words of four letters or more capitalised ("Gay Marriages Get
 * Recognition From the I.R.S.", not "Officials said on Monday that …"). */
static gboolean
in_title_case (const char *start,
               const char *end)
{
  guint words = 0;
  guint capitalised = 0;

  for (const char *p = start; p < end;)
    {
      const char *q = p;

      while (q < end && *q != ' ')
        q++;
      if (q - p >= 4)
        {
          words++;
          capitalised += g_unichar_isupper (g_utf8_get_char (p));
        }
      p = q < end ? q + 1 : q;
    }

  return words > 0 && 4 * capitalised >= 3 * words;
}

/* Settles the kinds at the ends of the text: the last and the first
 * sentence. */
static void
settle_title (const char *text,
              GArray     *sentences,
              guint       n_headings)
{
  /* A heading introduces what follows; at the very end there is nothing
   * to introduce (a one-line text, a closing line without a period). */
  if (sentences->len > 0)
    {
      PlxSentence *last = &g_array_index (sentences, PlxSentence, sentences->len - 1);

      if (last->kind == PLX_SENTENCE_HEADING && n_headings == 0)
        last->kind = PLX_SENTENCE_BODY;
    }

  /* The first sentence is the title when it stands alone on its line and
   * reads like a headline: no full stop at its end, unless the period is an
   * initialism's, a blank line follows and it is written in title case
   * ("Gay Marriages Get Recognition From the I.R.S."). */
  if (sentences->len > 1)
    {
      PlxSentence *first = &g_array_index (sentences, PlxSentence, 0);
      const char *end = text + first->byte_end;
      gunichar last = g_utf8_get_char (g_utf8_prev_char (end));

      if (first->kind == PLX_SENTENCE_HEADING ||
          (first->kind == PLX_SENTENCE_BODY &&
           (!is_full_stop (last) ||
            (ends_with_initialism (text + first->byte_start, end) && g_str_has_prefix (end, "\n\n") &&
             in_title_case (text + first->byte_start, end))) &&
           (*end == '\n' || *end == '\0') &&
           first->byte_end - first->byte_start <= TITLE_MAX_CHARS &&
           memchr (text + first->byte_start, '\n', first->byte_end - first->byte_start) == NULL &&
           !plx_segmenter_is_dateline (text + first->byte_start, end)))
        first->kind = PLX_SENTENCE_TITLE;
    }
}

/**
 * plx_utf8_count:
 * @text: valid UTF-8
 * @n_bytes: a length in bytes that ends on a character boundary, with no
 *   NUL byte before it
 *
 * The characters in the first @n_bytes of @text: what g_utf8_strlen()
 * says there, counted without decoding (every byte that does not continue
 * a character starts one), which is several times faster.
 */
glong
plx_utf8_count (const char *text,
                gsize       n_bytes)
{
  const guchar *p = (const guchar *) text;
  glong n = 0;

  for (gsize i = 0; i < n_bytes; i++)
    n += (p[i] & 0xC0) != 0x80;

  return n;
}

/* Character offsets, in one pass over the text. */
static void
set_char_offsets (const char *text,
                  GArray     *sentences)
{
  guint char_offset = 0;
  gsize byte_offset = 0;

  for (guint i = 0; i < sentences->len; i++)
    {
      PlxSentence *sentence = &g_array_index (sentences, PlxSentence, i);

      char_offset += plx_utf8_count (text + byte_offset, sentence->byte_start - byte_offset);
      sentence->start = char_offset;
      char_offset += plx_utf8_count (text + sentence->byte_start,
                                     sentence->byte_end - sentence->byte_start);
      sentence->end = char_offset;
      byte_offset = sentence->byte_end;
    }
}

GArray *
plx_segment (const char    *text,
             const PlxSpan *headings,
             guint          n_headings)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree gsize *heading_bytes = NULL;
  guint n_merged = 0;
  Splitter splitter;

  g_return_val_if_fail (text != NULL, NULL);

  splitter.text = text;
  splitter.sentences = g_array_new (FALSE, FALSE, sizeof (PlxSentence));
  lines = split_lines (text);
  heading_bytes = headings_to_bytes (text, headings, n_headings, &n_merged);

  split_lines_into_units (&splitter, lines, heading_bytes, n_merged);
  settle_title (text, splitter.sentences, n_headings);
  set_char_offsets (text, splitter.sentences);

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
