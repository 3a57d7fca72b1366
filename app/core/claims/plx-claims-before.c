/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Claims whose content comes before their cue: "CONTENT, X said.",
 * "“…,” said X, the advisor to Y.", "“A,” he said, “B.”" — who speaks
 * after the cue, where the attribution ends, and a quotation that goes on
 * after it. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

/* Whether the comma before token @k is inside a place: "the Kansas
 * City, Mo., branch" (a city, its state between commas). */
static gboolean
comma_in_place (Sentence *s,
                guint     k)
{
  return k > 0 && k + 1 < s->n && plx_claims_gap_has (s, k, ',') &&
         (s->t[k - 1].flags & PLX_TOKEN_CAPITALISED) &&
         (s->t[k].flags & PLX_TOKEN_CAPITALISED) && plx_claims_gap_has (s, k + 1, ',') &&
         !plx_claims_gap_has_quote (s, k) && !plx_claims_gap_has_quote (s, k + 1);
}

/* Whether an apposition at token @k says what someone is: a noun of
 * office or of people among its first words ("president of …",
 * "advisory board member for …"), no verb before it. */
static gboolean
opens_with_role (Sentence *s,
                 guint     k)
{
  for (guint i = k; i < s->n && i < k + 4; i++)
    {
      if (plx_claims_is_role_token (s, i))
        return TRUE;
      if ((i > k && plx_claims_gap_breaks (s, i)) || plx_claims_in_set (s->finder->auxiliaries, s, i) ||
          plx_claims_in_set (s->finder->verb_markers, s, i) || plx_claims_is_pronoun (s, i) ||
          plx_claims_in_set (s->finder->prepositions, s, i))
        return FALSE;
    }

  return FALSE;
}

/* The speaker after an inverted cue, tokens [r->after, @rest): "…,” said
 * Caddell." / "…,” says Perry in the new ad." */
static void
inverted_speaker (Sentence *s,
                  Reading  *r,
                  guint     rest)
{
  /* Inverted: "…,” said Caddell." / "…,” says Perry in the new ad. */
  r->sp_start = r->after;
  r->sp_end = rest;
  /* "…,” said Michael Oppenheimer, a professor of geosciences at
   * Princeton University." / "said Jeri Thompson, advisory board member
   * for Secure America Now." / "said Representative Barney Frank,
   * Democrat of Massachusetts, in an interview": the span holds who they
   * are, up to the sentence's end, a relative clause (", which
   * introduced …") or the comma closing the apposition. */
  if (rest < s->n && plx_claims_gap_has (s, rest, ',') && !plx_claims_gap_has_quote (s, rest) &&
      /* (Not "said the staffer, noting that …": a participle's clause;
       * "managing director at …" is a role.) */
      !((s->t[rest].flags & PLX_TOKEN_CAPITALISED) == 0 &&
        g_str_has_suffix (plx_claims_norm (s, rest), "ing") &&
        !(rest + 1 < s->n && !plx_claims_gap_breaks (s, rest + 1) &&
          plx_claims_is_role_token (s, rest + 1))))
    {
      guint k = rest + 1;

      while (k < s->n && k - rest < 2 * MAX_APPOSITIVE &&
             (!plx_claims_gap_breaks (s, k) || comma_in_place (s, k) ||
              (k > 0 && comma_in_place (s, k - 1))) &&
             !(plx_claims_gap_has (s, k, ',') && plx_claims_in_set (s->finder->relatives, s, k)))
        k++;
      if ((k == s->n || (plx_claims_gap_has (s, k, ',') && !plx_claims_gap_has_quote (s, k))) &&
          (plx_claims_in_set (s->finder->determiners, s, rest) || opens_with_role (s, rest) ||
           plx_claims_is_affiliation (s, rest, k) || plx_claims_is_people_noun (s, rest)))
        s->speaker_tail = k;
    }
}

/* Whether token @k is the "to" of whom it was said to, not of a verb:
 * "to reporters", "to the Post", "in a letter to residents". */
static gboolean
to_someone (Sentence *s,
            guint     k)
{
  return k + 1 < s->n && plx_claims_in_set (s->finder->infinitive, s, k) &&
         !plx_claims_gap_breaks (s, k + 1) &&
         (plx_claims_in_set (s->finder->determiners, s, k + 1) || plx_claims_is_name_token (s, k + 1) ||
          plx_claims_is_people_noun (s, k + 1));
}

/* Whether tokens [start, end) are a name and nothing else: "Morgan
 * Stanley", not "the Senate floor on Tuesday" nor a day. */
static gboolean
names_only (Sentence *s,
            guint     start,
            guint     end)
{
  if (start >= end || plx_claims_in_set (s->finder->times, s, start))
    return FALSE;
  for (guint k = start; k < end; k++)
    if (!plx_claims_is_name_token (s, k) && !plx_claims_in_set (s->finder->particles, s, k))
      return FALSE;

  return TRUE;
}

/* Where the speaker after an inverted cue, tokens [start, end), ends
 * when a phrase of where, when or how it was said follows the name or
 * the noun for people up to the sentence's end or a comma: "…,” said
 * Mary Roe in a statement on Monday.", "…,” said chief inspector Jennifer
 * Mattinson from the West Mercia police." Returns @end when none does;
 * sets @adverbial_end to where that phrase ends. */
static guint
speaker_before_adverbial (Sentence *s,
                          guint     start,
                          guint     end,
                          guint    *adverbial_end)
{
  for (guint k = start + 1; k < end && k - start <= 6; k++)
    {
      const char *word = plx_claims_norm (s, k);
      gboolean whose = g_str_equal (word, "of") || g_str_equal (word, "for");
      gboolean named = plx_claims_is_name_token (s, k - 1);
      guint object = k + 1;
      guint stop = k + 1;

      /* (Not "by": "said the decision by judges Mary Briscoe, …" is
       * theirs; nor "of" after a noun: "say critics of the mayor".) */
      if (!(plx_claims_in_set (s->finder->places, s, k) ||
            plx_claims_in_set (s->finder->prepositions, s, k) || (named && to_someone (s, k))) ||
          g_str_equal (word, "by") || !(named || (!whose && plx_claims_is_people_noun (s, k - 1))))
        continue;
      while (object < s->n && plx_claims_in_set (s->finder->determiners, s, object))
        object++;
      /* "said an analyst at Morgan Stanley": where the one described
       * works is who they are. */
      if (!named && object < s->n && plx_claims_is_name_token (s, object))
        return end;
      while (stop < s->n && (!plx_claims_gap_breaks (s, stop) || comma_in_place (s, stop)))
        stop++;
      /* (Up to the sentence's end or a comma; a quotation that goes on
       * after the comma too: "“…,” said Reid on the Senate floor on
       * Tuesday, “…”".) */
      if ((stop < s->n &&
           !(plx_claims_gap_has (s, stop, ',') &&
             (!plx_claims_gap_has_quote (s, stop) ||
              plx_claims_in_quotation (s, s->t[stop].byte_start)))) ||
          plx_claims_has_verb (s, k, stop))
        return end;
      for (guint j = k; j < stop; j++)
        if (plx_claims_in_set (s->finder->boundaries, s, j) &&
            !plx_claims_in_set (s->finder->places, s, j) &&
            !plx_claims_in_set (s->finder->prepositions, s, j) && !to_someone (s, j))
          return end;
      *adverbial_end = stop;
      /* "said Tom Hill of Springfield", "said Jennifer Mattinson from
       * the West Mercia police", "said Jane Doe at Morgan Stanley": where
       * they are from and whom they speak for, the span holds; not how or
       * when they said it. */
      if (whose || g_str_equal (word, "from") || names_only (s, object, stop))
        s->speaker_tail = stop;
      return k;
    }

  return end;
}

/* Where the speaker after an inverted cue, tokens [start, end), ends when
 * "and" joins a second of their kind to the sentence's end: "…,” said
 * Zadan and Meron.", "…,” said the comedian and talk show host." */
static guint
coordinated_end (Sentence *s,
                 guint     start,
                 guint     end)
{
  guint second;

  if (end <= start || end + 1 >= s->n || plx_claims_gap_breaks (s, end) ||
      !g_str_equal (plx_claims_norm (s, end), "and"))
    return end;
  second = plx_claims_phrase_after (s, end + 1);
  if (second < s->n && !plx_claims_gap_breaks (s, second))
    return end;
  if ((plx_claims_is_name_token (s, end - 1) && plx_claims_is_name_token (s, second - 1)) ||
      (plx_claims_is_people_noun (s, end - 1) && plx_claims_is_people_noun (s, second - 1)))
    return second;

  return end;
}

/* "“A,” he said, “B.”": when the quotation before the attribution at
 * token @before goes on after it at @rest to the sentence's end, the
 * claim just added says both, its text without the attribution. Returns
 * whether it did. */
static gboolean
quotation_goes_on (Sentence *s,
                   guint     before,
                   guint     rest)
{
  PlxClaim *claim = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);
  Bytes second;
  g_autofree char *first = NULL;
  g_autofree char *rest_text = NULL;
  g_autofree char *second_quote = NULL;

  if (rest >= s->n || !plx_claims_gap_has_quote (s, before) || !plx_claims_gap_has (s, rest, ',') ||
      !plx_claims_gap_has_quote (s, rest) || !plx_claims_in_quotation (s, s->t[rest].byte_start) ||
      plx_claims_in_quotation (s, s->sentence->byte_end) ||
      claim->content_byte_end > s->t[before].byte_start)
    return FALSE;
  second = plx_claims_content_bytes (s, rest, s->n);
  /* From the mark that opens the second part. */
  for (const char *p = s->text + s->t[rest - 1].byte_end; p < s->text + s->t[rest].byte_start;
       p = g_utf8_next_char (p))
    if (plx_claims_is_quote_mark (g_utf8_get_char (p)))
      {
        second.byte_start = p - s->text;
        break;
      }
  if (second.byte_end <= second.byte_start)
    return FALSE;

  first = g_strdup (claim->text);
  rest_text = plx_claims_span_text (s, second);
  claim->content_byte_end = second.byte_end;
  claim->byte_end = MAX (claim->byte_end, second.byte_end);
  claim->content.end = plx_claims_to_chars (s, second).end;
  g_free (claim->text);
  claim->text = g_strconcat (first, " ", rest_text, NULL);
  second_quote = plx_claims_find_quote (s->text, second);
  if (claim->quote != NULL && second_quote != NULL)
    {
      char *both = g_strconcat (claim->quote, " ", second_quote, NULL);

      g_free (claim->quote);
      claim->quote = both;
    }

  return TRUE;
}

/* Whether the speaker and cue of @r follow a break, as an attribution
 * after what is said does ("…, X said", "…,” said X"), and no "that" or
 * colon opens the content after the cue ("…, Zelensky reiterated that"). */
static gboolean
attribution_follows (Sentence *s,
                     Reading  *r)
{
  guint sp_start = r->sp_start;
  guint sp_end = r->sp_end;

  /* "…, is defending her posts criticising the board": the speaker's
   * phrase without the verb before it ("her posts") follows no comma. */
  if (sp_start < sp_end && !plx_claims_check_speaker (s, &sp_start, &sp_end))
    sp_start = r->sp_start;

  if (r->speaker_from >= 0 ||
      !((sp_start > 0 && plx_claims_gap_breaks (s, sp_start) && !r->participial) ||
        (r->sp_start == r->sp_end && r->cue > 0 && plx_claims_gap_breaks (s, r->cue))))
    return FALSE;

  return !(r->after < s->n && r->sp_start != r->sp_end &&
           (plx_claims_in_set (s->finder->complementizers, s, r->after) ||
            plx_claims_gap_has (s, r->after, ':')));
}

/* Content before the cue: "CONTENT, X said." / "“…,” said X." Returns
 * whether the claim was that, and sets @next to the last token it took. */
/* Whether the words before token @before are only names and titles
 * ("Attorney General Roy Cooper (D), …, called for …"): the subject, not
 * what is said. */
static gboolean
only_names (Sentence *s,
            guint     before)
{
  for (guint k = 0; k < before; k++)
    if (!g_unichar_isupper (g_utf8_get_char (s->text + s->t[k].byte_start)) &&
        !plx_claims_in_set (s->finder->particles, s, k))
      return FALSE;

  return TRUE;
}

/* Whether the sentence begins inside a quotation, one it opens or one
 * left open by the sentences before. */
static gboolean
quotation_opens (Sentence *s)
{
  return s->open_at_start || (s->n > 0 && plx_claims_gap_has_quote (s, 0));
}

/* Whether the words from token @from to the sentence's end only say to
 * whom and when it was said: "…, the campaign told the Post
 * Wednesday." */
static gboolean
only_addressee (Sentence *s,
                guint     from)
{
  for (guint k = from; k < s->n; k++)
    if ((k > from && plx_claims_gap_breaks (s, k)) || !plx_claims_is_addressee_word (s, k))
      return FALSE;

  return from < s->n;
}

/* "a big purchase — say purchasing a Ford Escape —", "a car, say, a
 * Ford": "say" gives an example; it is said by many ("say officials"),
 * never by one, nor by what is done. */
static gboolean
gives_example (Sentence      *s,
               const Reading *r)
{
  return r->after < s->n && g_str_equal (r->word, "say") &&
         (plx_claims_gap_breaks (s, r->after) || plx_claims_in_set (s->finder->indefinites, s, r->after) ||
          g_str_has_suffix (plx_claims_norm (s, r->after), "ing"));
}

/* "He added that stopping the flow was the main task, he said": the
 * claim just added says again, by the same speaker, a claim its content
 * holds; it is read, so that nothing else is, and left out. ("Smith
 * warned that …, the report said" is the report's.) */
static void
repeated_attribution (Sentence *s)
{
  PlxClaim *last = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);

  /* (A quotation is the speaker's own words, whatever verbs are in it.) */
  if (last->quote != NULL)
    return;
  for (guint i = s->claims->len - 1; i > 0; i--)
    {
      const PlxClaim *claim = &g_array_index (s->claims, PlxClaim, i - 1);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (claim->sentence != last->sentence)
        break;
      /* (The inner claim whole inside: not "She hopes the vote will
       * pass, she said", whose "hopes" runs on to the end.) */
      if (claim->cue.start < last->content.start || claim->content.end > last->content.end ||
          claim->speaker_name[0] == '\0')
        continue;
      a = g_utf8_casefold (claim->speaker_name, -1);
      b = g_utf8_casefold (last->speaker_name, -1);
      if (g_str_equal (a, b))
        last->repeated = TRUE;
    }
}

gboolean
plx_claims_content_before (Sentence *s,
                           Reading  *r,
                           guint    *next)
{
  guint c = r->cue;
  guint before;
  guint rest;
  gboolean inverted;
  gboolean ends;

  if (!attribution_follows (s, r))
    return FALSE;

  before = r->sp_start < r->sp_end ? r->sp_start : c;
  /* "“…,” Obama's press secretary, Ben LaBolt, said": from the description on. */
  if (s->speaker_lead > 0 && s->speaker_lead - 1 < before)
    before = s->speaker_lead - 1;
  rest = plx_claims_phrase_after (s, r->after);
  inverted = r->sp_start == r->sp_end;
  /* "When asked if …, Netanyahu responded, “There is no bus.”": the
   * quotation after the cue is what they said; the words before are the
   * question. */
  if (!inverted && !plx_claims_gap_has_quote (s, before) && r->after < s->n &&
      plx_claims_gap_has_quote (s, r->after) && !plx_claims_in_quotation (s, s->t[c].byte_start))
    return FALSE;
  /* "Asked about the vote, Democrats said the bill was a mistake": words
   * after the cue that are not where or when it was said are the content;
   * the clause before is the writer's, a quoted title in it too
   * ("Speaking on “Morning Talk,” Senator Holt said …"): a quotation
   * before the speaker opens the sentence. */
  if (!inverted && !(plx_claims_gap_has_quote (s, before) && quotation_opens (s)) &&
      rest - r->after >= 3 &&
      r->after < s->n && !plx_claims_gap_breaks (s, r->after) &&
      !plx_claims_in_set (s->finder->places, s, r->after) &&
      !plx_claims_in_set (s->finder->times, s, r->after) &&
      /* "…, the organization confirmed to Fox News.": whom they told. */
      !(r->after + 1 < s->n && plx_claims_in_set (s->finder->infinitive, s, r->after) &&
        plx_claims_is_name_token (s, r->after + 1)) &&
      !((g_str_equal (r->word, "told") || g_str_equal (r->word, "tells") ||
         g_str_equal (r->word, "tell")) &&
        only_addressee (s, r->after)))
    return FALSE;
  /* "…, said that the campaign was …": what follows "that" is said, no
   * one who says it. */
  if (inverted && r->after < s->n && plx_claims_in_set (s->finder->complementizers, s, r->after))
    return FALSE;
  if (inverted && gives_example (s, r))
    return FALSE;
  /* "…, said, “I always take things seriously”": who speaks after the cue
   * comes before what they say, no quotation opens between. */
  if (inverted && r->after < s->n && plx_claims_gap_has_quote (s, r->after))
    return FALSE;
  if (inverted)
    {
      guint adverbial_end = 0;
      guint named_end;

      rest = coordinated_end (s, r->after, rest);
      /* "…,” explained Speaker John Boehner to the Post.": whom it was
       * said to, up to the comma or the sentence's end. */
      named_end = rest;
      if (rest < s->n && plx_claims_is_name_token (s, rest - 1) && to_someone (s, rest))
        while (++rest < s->n && !plx_claims_gap_breaks (s, rest))
          ;
      rest = speaker_before_adverbial (s, r->after, rest, &adverbial_end);
      if (adverbial_end == 0 && rest > named_end)
        rest = named_end;
      if (adverbial_end > 0 && s->speaker_tail == adverbial_end)
        {
          /* "said Rep. Elijah Cummings of Maryland, the panel's ranking
           * Democrat": the span goes on over an apposition after it. */
          inverted_speaker (s, r, adverbial_end);
          r->sp_end = rest;
        }
      else
        inverted_speaker (s, r, rest);
      if (adverbial_end > 0)
        rest = adverbial_end;
    }
  ends = (rest >= s->n || plx_claims_gap_has (s, rest, ',') ||
          (inverted && plx_claims_gap_breaks (s, rest))) &&
         (inverted ? r->sp_end : rest) - r->after <= 6;
  /* "“…,” she said, reading a statement": the cue ends the attribution. */
  if (!ends && !inverted && plx_claims_gap_has_quote (s, before) &&
      plx_claims_ends_after_adverbial (s, r->after))
    {
      ends = TRUE;
      rest = r->after;
    }
  /* "Not necessarily, said the senior author, Dr. Samuel Klein": too few
   * words before to tell what was said, and who said it after the cue is
   * no content either. */
  if (ends && inverted && r->sp_start < r->sp_end && before < 3 && !plx_claims_gap_has_quote (s, before))
    return TRUE;
  if (!ends || !(before >= 3 || plx_claims_gap_has_quote (s, before)) ||
      (r->quote_only && !plx_claims_gap_has_quote (s, before)) ||
      (!plx_claims_gap_has_quote (s, before) && only_names (s, before)))
    return FALSE;

  /* ("…the piece of paper it is written on,” said X": a cue that adds no
   * claim leaves the words after it to be read.) */
  if (plx_claims_add (s, plx_claims_token_bytes (s, r->cue_from, r->after), r->sp_start, r->sp_end,
                      plx_claims_content_bytes (s, 0, before)))
    {
      repeated_attribution (s);
      *next = MAX (c, rest > 0 ? rest - 1 : 0);
      if (quotation_goes_on (s, before, rest))
        *next = s->n - 1;
    }

  return TRUE;
}
