/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The subject of a sentence's main clause, which speaks for a second verb
 * or a participle: past an opening participle's clause, a dateline, a
 * quantity; and the party and state after a name ("R-Ky."), which name no
 * one. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

/* How far before a cue its clause's subject may stand (tokens). */
#define MAX_SUBJECT_DISTANCE 60

static gboolean
subject_word (Sentence *s,
              guint     k)
{
  return plx_claims_is_name_token (s, k) || plx_claims_is_people_noun (s, k) ||
         plx_claims_in_set (s->finder->determiners, s, k) ||
         plx_claims_in_set (s->finder->pronouns, s, k);
}

/* Whether token @k is a lower-case modifier of a noun for a person that
 * comes right after it, before @cue: "Republican presidential nominee Mitt
 * Romney". */
static gboolean
modifies_title (Sentence *s,
                guint     k,
                guint     cue)
{
  return k + 1 < cue && !(s->t[k].flags & PLX_TOKEN_CAPITALISED) &&
         !plx_claims_in_set (s->finder->skip, s, k) && !plx_claims_gap_breaks (s, k + 1) &&
         !plx_claims_is_name_token (s, k) && plx_claims_is_people_noun (s, k + 1) &&
         !g_str_has_suffix (plx_claims_norm (s, k + 1), "s");
}

/* Whether tokens [start, end) are a party and a state in the way of
 * American news: "D-Mont.", "R-Ohio". */
gboolean
plx_claims_is_affiliation (Sentence *s,
                           guint     start,
                           guint     end)
{
  Bytes bytes = plx_claims_token_bytes (s, start, end);
  const char *text = s->text + bytes.byte_start;
  gsize length = bytes.byte_end - bytes.byte_start;

  return length >= 3 && length <= 8 && g_ascii_isupper (text[0]) && text[1] == '-' &&
         g_ascii_isupper (text[2]);
}

/* The first token after a dateline opening the sentence, words in
 * capitals before a dash ("WASHINGTON — …"), or 0 when there is none. */
guint
plx_claims_dateline_end (Sentence *s)
{
  for (guint end = 1; end < s->n && end <= 4; end++)
    {
      const char *p = s->text + s->t[end - 1].byte_end;
      const char *stop = s->text + s->t[end].byte_start;

      for (gsize b = s->t[end - 1].byte_start; b < s->t[end - 1].byte_end; b++)
        if (g_ascii_islower (s->text[b]))
          return 0;
      for (; p < stop; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == '-' || c == 0x2013 || c == 0x2014)
            return end;
        }
    }

  return 0;
}

/* Where the subject opening at token @first ends, before @cue; with
 * @counted a number in it goes on too ("three dozen House Democrats"). */
static guint
subject_end (Sentence *s,
             guint     first,
             guint     cue,
             gboolean  counted)
{
  guint last = first;

  while (last < cue && (last == first || !plx_claims_gap_breaks (s, last)) &&
         (subject_word (s, last) || modifies_title (s, last, cue) ||
          (counted && ((s->t[last].flags & PLX_TOKEN_NUMBER) ||
                       plx_claims_in_set (s->finder->number_words, s, last)))))
    last++;

  return last;
}

/* Whether the sentence opens with a participle's clause ("Speaking on
 * Fox News Sunday, …", "Trying to quell the furor, …", "Asked about it,
 * …"): a word in -ing, or in -ed before a lower-case word, that the
 * article never writes as a name. */
static gboolean
participial_opening (Sentence *s)
{
  const char *norm = plx_claims_norm (s, 0);

  if (s->n < 2 || plx_claims_written (s, 0, CASE_PROPER))
    return FALSE;

  return (g_str_has_suffix (norm, "ing") && strlen (norm) > 5) ||
         (g_str_has_suffix (norm, "ed") && !(s->t[1].flags & PLX_TOKEN_CAPITALISED));
}

/* The phrase that opens the main clause before @cue, past an opening
 * adverbial ("On Monday, …"): "The St. Louis Tea Party Coalition issued a
 * resolution against the N.A.A.C.P., accusing …" is the coalition's.
 * Returns whether the opening decides (a subject, or "it": none). */
static gboolean
opening_subject (Sentence *s,
                 guint     cue,
                 guint    *start,
                 guint    *end)
{
  guint first = plx_claims_dateline_end (s);
  guint last;
  gboolean participial = participial_opening (s);

  *start = *end = 0;
  /* (A participle's clause may be long: "Speaking to reporters at a joint
   * appearance with Polish President Bronislaw Komorowski, Obama said".) */
  for (guint k = 1; k < cue && (k < 10 || (participial && k < MAX_SUBJECT_DISTANCE)); k++)
    if (plx_claims_gap_has (s, k, ','))
      {
        if (plx_claims_in_set (s->finder->places, s, 0) ||
            plx_claims_in_set (s->finder->prepositions, s, 0) ||
            plx_claims_in_set (s->finder->times, s, 0) || participial)
          first = k;
        break;
      }
  last = subject_end (s, first, cue, FALSE);
  if (last > first && plx_claims_in_set (s->finder->pronouns, s, first))
    last = first + 1;
  /* "It came after Boehner chided Obama, accusing …": the clause that
   * opens with "it" says nothing of who accuses; rather no speaker than
   * a guess. */
  if (last == first + 1 && g_str_equal (plx_claims_norm (s, first), "it"))
    return TRUE;
  /* "Close to three dozen House Democrats …": a word opening the
   * sentence before "to" or a preposition is no name the article knows,
   * but an adverbial: of a number the subject goes on with, or of the
   * clause. */
  if (last == first + 1 && last + 1 < cue && !plx_claims_gap_breaks (s, last) &&
      (plx_claims_in_set (s->finder->infinitive, s, last) ||
       plx_claims_in_set (s->finder->prepositions, s, last)) &&
      !g_str_equal (plx_claims_norm (s, last), "of") &&
      !plx_claims_written (s, first, CASE_PROPER) && !plx_claims_is_people_noun (s, first))
    {
      if (plx_claims_gap_breaks (s, last + 1) ||
          !((s->t[last + 1].flags & PLX_TOKEN_NUMBER) ||
            plx_claims_in_set (s->finder->number_words, s, last + 1)))
        return FALSE;
      first = last + 1;
      last = subject_end (s, first, cue, TRUE);
    }
  /* "A group of professors has sent Ryan a letter saying …": a body of
   * people is named by what it is of. */
  if (last > first && last + 1 < cue && g_str_equal (plx_claims_norm (s, last), "of") &&
      !plx_claims_gap_breaks (s, last) && !plx_claims_gap_breaks (s, last + 1) &&
      plx_claims_is_people_noun (s, last - 1) && !plx_claims_is_people_plural (s, last - 1))
    {
      guint more = subject_end (s, last + 1, cue, TRUE);

      while (more + 1 < cue && g_str_equal (plx_claims_norm (s, more), "and") &&
             !plx_claims_gap_breaks (s, more) && !plx_claims_gap_breaks (s, more + 1))
        more = subject_end (s, more + 1, cue, TRUE);
      if (more > last + 1 && plx_claims_is_people_noun (s, more - 1) && !plx_claims_is_possessive (s, more - 1))
        last = more;
    }
  if (last > first)
    {
      guint a = first;
      guint b = last;

      if (plx_claims_check_speaker (s, &a, &b) && a < b)
        {
          *start = a;
          *end = b;
          return TRUE;
        }
    }

  return FALSE;
}

/* The subject of the main clause, for participial cues: the phrase that
 * opens the sentence, or else the nearest name or pronoun before the cue. */
void
plx_claims_main_subject (Sentence *s,
                         guint     cue,
                         guint    *start,
                         guint    *end)
{
  if (opening_subject (s, cue, start, end))
    return;

  /* (Not further back than a clause goes: a sentence of a megabyte has
   * many cues.) */
  for (guint i = cue; i > 0 && cue - i < MAX_SUBJECT_DISTANCE; i--)
    {
      guint k = i - 1;

      if (plx_claims_in_set (s->finder->pronouns, s, k))
        {
          *start = k;
          *end = k + 1;
          return;
        }
      if (plx_claims_is_name_token (s, k) && (k > 0 || cue > 1) &&
          !plx_claims_in_set (s->finder->times, s, k))
        {
          *end = k + 1;
          *start = k;
          while (*start > 0 && plx_claims_is_name_token (s, *start - 1) &&
                 !plx_claims_gap_breaks (s, *start))
            (*start)--;
          /* "a letter from Peter Welch, Democrat of Vermont, calling …":
           * a name after a preposition is no subject; rather no speaker
           * than the wrong one. */
          if (*start > 0 && !plx_claims_gap_breaks (s, *start) &&
              (plx_claims_in_set (s->finder->prepositions, s, *start - 1) ||
               plx_claims_in_set (s->finder->places, s, *start - 1)))
            *start = *end = 0;
          return;
        }
    }

  *start = *end = 0;
}
