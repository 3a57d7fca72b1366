/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The claims of one sentence, after the usual shapes of news attribution
 * (see plx-claims.c), and the people it introduces. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

/* How far a clause is looked through around a cue: a sentence of a
 * megabyte has many cues. */
#define MAX_CLAUSE_WORDS 60

/* Adds the claim of cue tokens [cue_start, cue_end), speaker tokens
 * [speaker_start, speaker_end) and @content; returns whether there was
 * content to add. */
static gboolean
add_claim (Sentence *s,
           guint     cue_start,
           guint     cue_end,
           guint     speaker_start,
           guint     speaker_end,
           Bytes     content)
{
  return plx_claims_add (s, plx_claims_token_bytes (s, cue_start, cue_end), speaker_start,
                         speaker_end, content);
}

/* "The NAACP adopted a resolution condemning …": when the speaker in
 * tokens [*start, *end) is a document the phrase from @phrase_start
 * introduces, it is who put it out. */
static void
document_subject (Sentence *s,
                  guint     phrase_start,
                  guint    *start,
                  guint    *end)
{
  guint head;

  if (*start <= phrase_start || *start >= *end ||
      !plx_claims_in_set (s->finder->indefinites, s, *start) ||
      (head = plx_claims_document_head (s, *start, *end)) == G_MAXUINT)
    return;
  plx_claims_document_writer (s, head, start, end);
}

/* Whether @cue lies in what an earlier claim of the sentence says. */
static gboolean
inside_earlier_content (Sentence *s,
                        Bytes     cue)
{
  for (guint i = s->claims->len; i > 0; i--)
    {
      const PlxClaim *earlier = &g_array_index (s->claims, PlxClaim, i - 1);

      if (earlier->sentence != s->index)
        break;
      if (earlier->content_byte_start <= cue.byte_start && cue.byte_start < earlier->content_byte_end)
        return TRUE;
    }

  return FALSE;
}

/* Gives @claim the speaker in tokens [start, end). "Cowan said Patrick
 * offered him the job. He said …": who speaks in what another says (the
 * cue @cue inside an earlier claim's content) is not whom a later "he"
 * means. */
static void
set_speaker_in_place (PlxClaim *claim,
                      Sentence *s,
                      Bytes     cue,
                      guint     start,
                      guint     end)
{
  g_autofree char *last_person = NULL;

  if (!inside_earlier_content (s, cue))
    {
      plx_claims_set_speaker (claim, s, start, end);
      return;
    }
  last_person = g_strdup (plx_claims_last_person (s));
  plx_claims_set_speaker (claim, s, start, end);
  plx_claims_set_last_person (s, g_steal_pointer (&last_person));
}


/* Whether the speaker in tokens [speaker_start, speaker_end) claims
 * nothing: "If Trump's plan rejected single mothers, …" (what is
 * supposed), "No group claimed responsibility", "Nobody said", "Neither
 * RIM nor T-Mobile has announced" (no one speaks). */
static gboolean
claims_nothing (Sentence *s,
                guint     speaker_start,
                guint     speaker_end)
{
  if (speaker_start >= speaker_end)
    return FALSE;
  /* "Neither Mr. Smith nor his lawyer said": "nor" in the speaker too. */
  for (guint k = speaker_start; k < speaker_end; k++)
    if (plx_claims_in_set (s->finder->negative_joins, s, k))
      return TRUE;

  return (speaker_start > 0 && plx_claims_in_set (s->finder->conditionals, s, speaker_start - 1) &&
          !plx_claims_gap_breaks (s, speaker_start)) ||
         plx_claims_in_set (s->finder->negative_subjects, s, speaker_start) ||
         (speaker_start > 0 && plx_claims_in_set (s->finder->negative_joins, s, speaker_start - 1) &&
          !plx_claims_gap_breaks (s, speaker_start));
}

/* "I think the fault is systemic", "as we saw in 2009", "you can expect
 * to see": outside a quotation the writer speaks (or anyone does), and
 * the writer's own comment is nobody's claim. */
static gboolean
writer_speaks (Sentence *s,
               Bytes     cue,
               guint     speaker_start,
               guint     speaker_end)
{
  return speaker_end == speaker_start + 1 &&
         plx_claims_base_in (s, s->finder->writer_pronouns, speaker_start) &&
         !plx_claims_in_quotation (s, cue.byte_start);
}

/* Adds the claim of the cue @cue (bytes: a word or a mark, as in
 * "WALLACE: …"), speaker tokens [speaker_start, speaker_end) and
 * @content; returns whether there was content to add. */
/* Whether @cue follows "that", "who" or "which" with no comma before:
 * the verb of a restrictive relative clause ("an expedition that hoped
 * to"). */
static gboolean
after_restrictive_relative (Sentence *s,
                            Bytes     cue)
{
  guint k = plx_claims_first_token_from (s, cue.byte_start);
  const char *word;

  if (k < 2 || k >= s->n || plx_claims_gap_breaks (s, k) || plx_claims_gap_breaks (s, k - 1))
    return FALSE;
  word = plx_claims_norm (s, k - 1);

  return (g_str_equal (word, "that") || plx_claims_in_set (s->finder->relatives, s, k - 1)) &&
         !plx_claims_is_pronoun (s, k - 2) && !plx_claims_match_cue (s, k - 2);
}

/* @content cut before the first auxiliary when it is an infinitive ("to
 * find wreckage from the plane | is on its way back"): a verb with a
 * tense is no part of it, unless a clause word or a subject opens a
 * clause first ("to say he was …"). */
static Bytes
end_at_main_verb (Sentence *s,
                  Bytes     content)
{
  guint k = plx_claims_first_token_from (s, content.byte_start);

  if (k >= s->n || !plx_claims_in_set (s->finder->infinitive, s, k))
    return content;
  for (k++; k < s->n && s->t[k].byte_start < content.byte_end; k++)
    {
      const char *word = plx_claims_norm (s, k);

      if (plx_claims_in_set (s->finder->complementizers, s, k) ||
          plx_claims_in_set (s->finder->relatives, s, k) || plx_claims_in_set (s->finder->boundaries, s, k) ||
          plx_claims_is_pronoun (s, k) || plx_claims_in_quotation (s, s->t[k].byte_start))
        break;
      if (plx_claims_in_set (s->finder->auxiliaries, s, k) || g_str_equal (word, "did") ||
          g_str_equal (word, "does") || g_str_equal (word, "do"))
        {
          content.byte_end = s->t[k - 1].byte_end;
          break;
        }
    }

  return content;
}

gboolean
plx_claims_add (Sentence *s,
                Bytes     cue,
                guint     speaker_start,
                guint     speaker_end,
                Bytes     content)
{
  PlxClaim claim = { 0 };
  guint phrase_start = speaker_start;

  if (content.byte_end <= content.byte_start)
    {
      plx_claims_remember_intro (s, cue, speaker_start, speaker_end);
      return FALSE;
    }
  if (claims_nothing (s, speaker_start, speaker_end))
    return FALSE;
  /* A speaker that is no person or group ("Monday", "with two trophies")
   * means the words were misread: better no claim than a wrong one. */

  if (!plx_claims_check_speaker (s, &speaker_start, &speaker_end))
    speaker_start = speaker_end = 0;
  document_subject (s, phrase_start, &speaker_start, &speaker_end);
  /* What someone said runs to the end of the sentence until the next
   * claim cuts it; in a sentence of a megabyte (a text without full
   * stops) copying that much for each claim took minutes and gigabytes.
   * No claim is longer than a few hundred words: cut at a space. */
  if (content.byte_end - content.byte_start > MAX_CONTENT_BYTES)
    {
      gsize end = content.byte_start + MAX_CONTENT_BYTES;

      while (end > content.byte_start && s->text[end] != ' ')
        end--;
      if (end > content.byte_start)
        content.byte_end = end;
    }

  content = plx_claims_attribution_end (s, content);
  /* ", who opposes the project, said …": a relative clause ends at its
   * comma. */
  if (speaker_end == speaker_start + 1 && plx_claims_in_set (s->finder->relatives, s, speaker_start) &&
      plx_claims_gap_has (s, speaker_start, ','))
    for (gsize b = content.byte_start; b < content.byte_end; b++)
      if (s->text[b] == ',' && !plx_claims_in_quotation (s, b))
        {
          content.byte_end = b;
          break;
        }
  /* "A $2.2 million expedition that hoped to find wreckage … is on its
   * way back": what a restrictive relative clause wants ends where the
   * sentence's own verb comes. */
  if (after_restrictive_relative (s, cue))
    content = end_at_main_verb (s, content);
  if (speaker_start < speaker_end && content.byte_start > cue.byte_start)
    content = plx_claims_end_clause (s, speaker_start, content);
  if (content.byte_end <= content.byte_start || plx_claims_is_adverbial (s, content, FALSE) ||
      plx_claims_is_stage_direction (s->text, content.byte_start, content.byte_end) ||
      plx_claims_is_lone_adverb (s, content))
    return FALSE;

  claim.sentence = s->index;
  claim.content_byte_start = content.byte_start;
  claim.content_byte_end = content.byte_end;
  claim.byte_start = MIN (cue.byte_start, content.byte_start);
  claim.byte_end = MAX (cue.byte_end, content.byte_end);
  if (speaker_start < speaker_end)
    {
      claim.byte_start = MIN (claim.byte_start, s->t[speaker_start].byte_start);
      claim.byte_end = MAX (claim.byte_end, s->t[speaker_end - 1].byte_end);
    }
  plx_claims_end_previous (s, cue, content, speaker_start, speaker_end, claim.byte_start);
  s->coordinated = 0;
  claim.cue = plx_claims_to_chars (s, cue);
  claim.verb = g_utf8_strdown (s->text + cue.byte_start, cue.byte_end - cue.byte_start);
  claim.content = plx_claims_to_chars (s, content);
  claim.text = plx_claims_span_text (s, content);
  claim.quote = plx_claims_find_quote (s->text, content);
  set_speaker_in_place (&claim, s, cue, speaker_start, speaker_end);
  claim.writer = writer_speaks (s, cue, speaker_start, speaker_end);

  g_array_append_val (s->claims, claim);

  return TRUE;
}

/* Gives the last claim the speaker of claim @from (when @from >= 0). */
static void
take_speaker (GArray *claims,
              int     from)
{
  PlxClaim *last;
  const PlxClaim *source;

  if (from < 0 || (guint) from + 1 >= claims->len)
    return;

  last = &g_array_index (claims, PlxClaim, claims->len - 1);
  source = &g_array_index (claims, PlxClaim, from);
  last->speaker = source->speaker;
  g_free (last->speaker_name);
  last->speaker_name = g_strdup (source->speaker_name);
  last->writer = source->writer;
}

/* Whether the finding cue at @c ("shows") has a poll, a study or records
 * for its subject, a few words before in its clause: "A new poll shows",
 * "Recent polls in Pennsylvania have shown", "polls showing". */
static gboolean
after_finding_source (Sentence *s,
                      guint     c)
{
  for (guint k = c; k > 0 && c - k < 8 && !plx_claims_gap_breaks (s, k); k--)
    {
      if (g_hash_table_contains (s->finder->finding_sources, plx_claims_norm (s, k - 1)))
        return TRUE;
      /* Not past a verb of another clause: "he said the polls …". */
      if (plx_claims_match_cue (s, k - 1) != NULL)
        return FALSE;
    }

  return FALSE;
}

/* Whether a dash or a parenthesis opens an aside before token @c. */
static gboolean
opens_aside (Sentence *s,
             guint     c)
{
  const char *p;
  const char *end;
  gssize n;

  plx_claims_gap (s, c, &p, &end);
  n = end - p;

  return memchr (p, '(', n) != NULL || g_strstr_len (p, n, "\u2014") != NULL ||
         g_strstr_len (p, n, "\u2013") != NULL || g_strstr_len (p, n, " - ") != NULL ||
         g_strstr_len (p, n, "--") != NULL;
}

/* Whether the ambiguous cue @c ends a clause right after a quotation,
 * after someone or something that speaks: "“…,” the letter states." */
static gboolean
speaks_after_quotation (Sentence *s,
                        guint     c)
{
  guint start;

  if (c == 0 || (c + 1 < s->n && !plx_claims_gap_ends_clause (s, c + 1)) ||
      plx_claims_gap_breaks (s, c) || !plx_claims_is_people_noun (s, c - 1))
    return FALSE;
  start = plx_claims_phrase_before (s, c);

  return start > 0 && start < c && plx_claims_gap_has_quote (s, start) && plx_claims_gap_has (s, start, ',');
}

/* Whether a reporting verb in the past tense ("also said", "disputed")
 * or another verb in -ed ("released") stands at token @i, after
 * adverbs. */
static gboolean
past_cue_follows (Sentence *s,
                  guint     i)
{
  const char *word;

  while (i + 1 < s->n && plx_claims_is_adverb (s, i) && !plx_claims_gap_breaks (s, i + 1))
    i++;
  word = plx_claims_norm (s, i);
  if (plx_claims_match_cue (s, i) == NULL)
    return strlen (word) > 5 && g_str_has_suffix (word, "ed") && !(s->t[i].flags & PLX_TOKEN_CAPITALISED);

  return g_str_has_suffix (word, "ed") || g_hash_table_contains (s->finder->participles, word);
}

/* Whether the word at token @i may stand before a noun of its phrase
 * ("A Washington Post report"): no subject, verb marker, auxiliary or
 * adverb ("They report improved rates", "Democrats report increased
 * donations", "will report increased costs" are verbs). */
static gboolean
stands_as_noun (Sentence *s,
                guint     i)
{
  return !(plx_claims_is_pronoun (s, i) || plx_claims_in_set (s->finder->verb_markers, s, i) ||
           plx_claims_in_set (s->finder->auxiliaries, s, i) || plx_claims_is_adverb (s, i) ||
           (plx_claims_is_people_noun (s, i) && g_str_has_suffix (plx_claims_norm (s, i), "s")));
}

/* Whether token @i is a lower-case word that may end a noun phrase
 * right before a participle: no name, number, pronoun, determiner,
 * preposition, conjunction, verb marker, auxiliary, relative, question
 * word or adverb ("what he called", "has been called", "and called"). */
static gboolean
ends_common_noun (Sentence *s,
                  guint     i)
{
  return !(g_unichar_isupper (g_utf8_get_char (s->text + s->t[i].byte_start)) ||
           (s->t[i].flags & PLX_TOKEN_NUMBER) || plx_claims_in_set (s->finder->boundaries, s, i) ||
           plx_claims_in_set (s->finder->conjunctions, s, i) ||
           plx_claims_in_set (s->finder->prepositions, s, i) ||
           plx_claims_in_set (s->finder->determiners, s, i) || plx_claims_is_pronoun (s, i) ||
           plx_claims_is_possessive (s, i) || plx_claims_in_set (s->finder->verb_markers, s, i) ||
           plx_claims_in_set (s->finder->auxiliaries, s, i) ||
           plx_claims_in_set (s->finder->passive, s, i) ||
           plx_claims_in_set (s->finder->relatives, s, i) ||
           plx_claims_in_set (s->finder->question_words, s, i) || plx_claims_is_adverb (s, i));
}

/* Whether the noun phrase ending before token @c opens its sentence or
 * clause: only determiners, names and lower-case words of the phrase
 * stand before it, back to the start or a break. */
static gboolean
opens_clause (Sentence *s,
              guint     c)
{
  for (guint k = c; k > 0 && c - k < MAX_CLAUSE_WORDS; k--)
    {
      guint i = k - 1;

      if (plx_claims_gap_breaks (s, k))
        return TRUE;
      if (plx_claims_in_set (s->finder->prepositions, s, i) || plx_claims_in_set (s->finder->places, s, i) ||
          plx_claims_in_set (s->finder->auxiliaries, s, i) ||
          plx_claims_in_set (s->finder->passive, s, i) || plx_claims_match_cue (s, i) != NULL ||
          g_str_has_suffix (plx_claims_norm (s, i), "ed"))
        return FALSE;
      if (plx_claims_in_set (s->finder->boundaries, s, i) ||
          plx_claims_in_set (s->finder->conjunctions, s, i) ||
          plx_claims_in_set (s->finder->complementizers, s, i))
        return TRUE;
    }

  return TRUE;
}

/* Whether an auxiliary follows token @from in its clause, before a
 * "that", a comma or a clause word: the sentence's own verb. */
static gboolean
verb_follows (Sentence *s,
              guint     from)
{
  for (guint k = from; k < s->n && k - from < MAX_CLAUSE_WORDS && (k == from || !plx_claims_gap_ends_clause (s, k));
       k++)
    {
      /* ("during that time would appear": "that" before a noun.) */
      gboolean determiner = k + 1 < s->n && g_str_equal (plx_claims_norm (s, k), "that") &&
                            !plx_claims_gap_breaks (s, k + 1) && !plx_claims_is_name_token (s, k + 1) &&
                            !plx_claims_is_pronoun (s, k + 1) &&
                            !plx_claims_in_set (s->finder->determiners, s, k + 1);

      if (k > from && !determiner && (plx_claims_in_set (s->finder->complementizers, s, k) ||
                          plx_claims_in_set (s->finder->relatives, s, k) ||
                          plx_claims_in_set (s->finder->boundaries, s, k)))
        return FALSE;
      if (plx_claims_in_set (s->finder->auxiliaries, s, k) ||
          (k > from && g_str_has_suffix (plx_claims_norm (s, k), "ed") && !plx_claims_is_name_token (s, k)))
        return TRUE;
    }

  return FALSE;
}

/* Whether token @i, before an indefinite phrase, is a verb or a
 * preposition whose object the phrase is ("hired a company", "of a
 * group", "is a company"), not what opens a clause ("But a White House
 * official called", "and a council member called") nor a reporting verb
 * ("said a Republican senator called the plan a disaster"). */
static gboolean
inside_clause (Sentence *s,
               guint     i)
{
  return plx_claims_in_set (s->finder->prepositions, s, i) || plx_claims_in_set (s->finder->places, s, i) ||
         plx_claims_in_set (s->finder->auxiliaries, s, i) ||
         plx_claims_in_set (s->finder->passive, s, i) ||
         !(g_unichar_isupper (g_utf8_get_char (s->text + s->t[i].byte_start)) ||
           plx_claims_in_set (s->finder->boundaries, s, i) ||
           plx_claims_in_set (s->finder->conjunctions, s, i) ||
           plx_claims_in_set (s->finder->verb_conjunctions, s, i) ||
           plx_claims_in_set (s->finder->complementizers, s, i) ||
           plx_claims_in_set (s->finder->relatives, s, i) ||
           plx_claims_in_set (s->finder->subordinators, s, i) || plx_claims_is_adverb (s, i) ||
           plx_claims_match_cue (s, i) != NULL);
}

/* Whether the label cue read in @r names a thing rather than labels
 * it: "a European company called Vallourec SA", "a mountain stream called
 * Miracle Run", "the natural gas drilling process called hydraulic
 * fracturing". The participle follows a noun of no speaker ("process",
 * "downtown"), or an indefinite phrase inside a clause ("opened a store
 * called …", "whether a leader of a group called Lashkar-e-Taiba
 * belongs"), never a phrase that opens the sentence ("The county called
 * the decision unfair"); not a subject that labels ("The Trump campaign called the
 * charges unsubstantiated", "what he called", "Cruz called Trump a
 * liar", "multiple lawmakers called “fraud”"), nor "called for", nor a
 * call made ("her health plan called and told her"). */
static gboolean
names_thing (Sentence *s,
             Reading  *r)
{
  guint c = r->cue;

  if (c == 0 || r->according || r->after != c + 1 || r->after >= s->n ||
      plx_claims_gap_ends_clause (s, r->after) || plx_claims_in_set (s->finder->boundaries, s, r->after) ||
      plx_claims_in_set (s->finder->conjunctions, s, r->after) || !g_str_has_suffix (r->word, "ed") ||
      !g_hash_table_contains (s->finder->labels, r->word) || plx_claims_gap_breaks (s, c) ||
      !ends_common_noun (s, c - 1))
    return FALSE;
  /* (A phrase that opens the sentence names a thing when a verb of the
   * sentence follows the name: "A new skin patch called Viaskin allowed
   * people …", not "The county called the decision unfair".) */
  if (!plx_claims_is_people_noun (s, c - 1))
    return !opens_clause (s, c) || verb_follows (s, r->after);
  /* The determiner of the noun's phrase, a few words back: "a European
   * company", "a leader of a Pakistan-based group". */
  for (guint k = c - 1; k > 0 && k + 5 > c && !plx_claims_gap_breaks (s, k + 1); k--)
    if (plx_claims_in_set (s->finder->determiners, s, k - 1))
      return plx_claims_in_set (s->finder->indefinites, s, k - 1) && k - 1 > 0 &&
             !plx_claims_gap_breaks (s, k - 1) && inside_clause (s, k - 2);

  return FALSE;
}

/* Whether the words before token @c are a noun phrase that a
 * determiner or a preposition opens, a few words back ("the major side
 * effect", "of bones"), not an adverb ("Mr. Morell himself", "has so
 * far", "which together") nor a verb ("appeared"); and whether the
 * phrases it ends hold no one who may speak ("a source with knowledge of
 * the exchange said during a briefing"). */
static gboolean
noun_phrase_before (Sentence *s,
                    guint     c)
{
  gboolean opened = FALSE;

  for (guint k = c; k > 0 && k + 5 > c && !opened; k--)
    {
      guint i = k - 1;

      if (plx_claims_in_set (s->finder->determiners, s, i) ||
          ((plx_claims_in_set (s->finder->prepositions, s, i) || plx_claims_in_set (s->finder->places, s, i)) &&
           i + 1 < c))
        opened = TRUE;
      else if (!ends_common_noun (s, i) || g_str_has_suffix (plx_claims_norm (s, i), "ed") ||
               plx_claims_is_negation (s, i) || plx_claims_gap_breaks (s, i))
        return FALSE;
    }
  /* Back over the chain of phrases a preposition joins: "a source | with
   * knowledge | of the exchange", to the determiner that opens it ("sent
   * to the staff | a draft note intended for …" stops at "a"). */
  for (guint k = c; opened && k > 0 && k + 9 > c; k--)
    {
      guint i = k - 1;

      if (plx_claims_is_people_noun (s, i) || (i > 0 && plx_claims_is_name_token (s, i)))
        return FALSE;
      if (plx_claims_gap_breaks (s, i) || plx_claims_in_set (s->finder->boundaries, s, i) ||
          plx_claims_in_set (s->finder->auxiliaries, s, i) ||
          plx_claims_in_set (s->finder->relatives, s, i) ||
          (plx_claims_in_set (s->finder->determiners, s, i) &&
           !(i > 0 && (plx_claims_in_set (s->finder->prepositions, s, i - 1) ||
                       plx_claims_in_set (s->finder->places, s, i - 1)))))
        break;
    }

  return opened;
}

/* Whether the cue read in @r is a past participle that says what was
 * done with the noun before it, a relative clause cut short: "site
 * features found on the original site", "the major side effect observed
 * with Xarelto", "a move intended to block", "bones found in a hearth".
 * Not after a noun for people or a body, which may speak ("the report
 * found in 2019 that"), nor before "by", whose phrase is who speaks ("a
 * plan criticized by Democrats"). */
static gboolean
reduced_relative (Sentence *s,
                  Reading  *r)
{
  guint c = r->cue;
  const char *next;

  if (c == 0 || r->according || r->participial || r->after != c + 1 || r->after >= s->n ||
      !(g_str_has_suffix (r->word, "ed") || g_hash_table_contains (s->finder->participles, r->word)) ||
      plx_claims_gap_breaks (s, c) || plx_claims_gap_breaks (s, r->after) ||
      !ends_common_noun (s, c - 1) || plx_claims_is_people_noun (s, c - 1) ||
      !noun_phrase_before (s, c))
    return FALSE;
  next = plx_claims_norm (s, r->after);
  if (g_str_equal (next, "by") ||
      !(plx_claims_in_set (s->finder->prepositions, s, r->after) ||
        plx_claims_in_set (s->finder->places, s, r->after) ||
        plx_claims_in_set (s->finder->infinitive, s, r->after)))
    return FALSE;

  /* A phrase that opens the sentence is its subject, and the participle
   * its verb ("The airline said in a statement that …", "The bill
   * sought to ban …"), unless a verb of the sentence follows ("The major
   * side effect observed with Xarelto is bleeding"). */
  return !opens_clause (s, c) || verb_follows (s, r->after);
}

/* Whether the ambiguous cue read in @r, in its bare form, follows a
 * singular noun with which no verb in the present agrees: "a 2-year data
 * plan contract", "the Parana state legislature" are nouns (a verb after
 * "data" would be "plans"). Not after a plural ("Senate Democrats plan
 * to"), a noun for people or a collective ("police want"), a pronoun ("I
 * know", "they plan"), a verb marker, a negation, a relative ("officials
 * who plan"), a conjunction or a list ("Obama and Biden plan"), a people
 * named by its adjective ("The Chinese want"), nor a phrase after a
 * preposition ("Economists at JPMorgan warn"). */
static gboolean
noun_after_singular (Sentence  *s,
                     const Cue *cue,
                     Reading   *r)
{
  guint c = r->cue;
  const char *prev;

  if (!cue->ambiguous || c == 0 || r->according || r->participial ||
      g_str_has_suffix (r->word, "s") || g_str_has_suffix (r->word, "ed") ||
      g_str_has_suffix (r->word, "ing") || g_hash_table_contains (s->finder->participles, r->word) ||
      plx_claims_gap_breaks (s, c) || (s->t[c - 1].flags & PLX_TOKEN_NUMBER))
    return FALSE;
  prev = plx_claims_norm (s, c - 1);
  if (strlen (prev) < 2 || g_str_has_suffix (prev, "s") || !g_unichar_isalpha (g_utf8_get_char (prev)) ||
      plx_claims_is_pronoun (s, c - 1) || plx_claims_is_possessive (s, c - 1) ||
      plx_claims_is_people_noun (s, c - 1) || plx_claims_is_adverb (s, c - 1) ||
      plx_claims_is_negation (s, c - 1) || (s->t[c - 1].flags & PLX_TOKEN_STOPWORD) ||
      plx_claims_in_set (s->finder->verb_markers, s, c - 1) ||
      plx_claims_in_set (s->finder->auxiliaries, s, c - 1) ||
      plx_claims_in_set (s->finder->relatives, s, c - 1) ||
      plx_claims_in_set (s->finder->boundaries, s, c - 1) ||
      plx_claims_in_set (s->finder->conjunctions, s, c - 1) ||
      plx_claims_in_set (s->finder->infinitive, s, c - 1) ||
      plx_claims_in_set (s->finder->writer_pronouns, s, c - 1))
    return FALSE;
  /* "Obama and Biden plan": a list before is plural. */
  for (guint k = c - 1; k > 0 && k + 4 > c && !plx_claims_gap_breaks (s, k); k--)
    if (plx_claims_in_set (s->finder->conjunctions, s, k - 1))
      return FALSE;
  /* A name may be plural ("The Chinese want", "The French fear") or end
   * a phrase whose head is before a preposition ("Officials at the
   * Pentagon warn", "Leaders of the NAACP want"). */
  if (plx_claims_is_name_token (s, c - 1))
    {
      guint k = c - 1;
      const char *word = plx_claims_norm (s, c - 1);

      if (g_str_has_suffix (word, "ese") || g_str_has_suffix (word, "sh") || g_str_has_suffix (word, "ch"))
        return FALSE;
      while (k > 0 && !plx_claims_gap_breaks (s, k) &&
             (plx_claims_is_name_token (s, k - 1) || plx_claims_in_set (s->finder->determiners, s, k - 1)))
        k--;
      if (k > 1 && !plx_claims_gap_breaks (s, k) && !plx_claims_gap_breaks (s, k - 1) &&
          (plx_claims_in_set (s->finder->prepositions, s, k - 1) || plx_claims_in_set (s->finder->places, s, k - 1)) &&
          (plx_claims_is_people_plural (s, k - 2) || plx_claims_is_quantifier (s, k - 2)))
        return FALSE;
    }

  return TRUE;
}

/* Whether the cue read in @r is used as a reporting verb here, not as a
 * noun ("the report", "his support"), an infinitive ("to say"), a name,
 * or the quoted speaker's own words. */
static gboolean
is_reporting (Sentence  *s,
              const Cue *cue,
              Reading   *r)
{
  guint c = r->cue;

  /* "the report", "to say"; not "…huge deal? No,” said Obama". */
  if (c > 0 && !r->according && !plx_claims_gap_breaks (s, c) &&
      (plx_claims_in_set (s->finder->determiners, s, c - 1) ||
       plx_claims_in_set (s->finder->infinitive, s, c - 1)))
    return FALSE;
  if ((s->t[c].flags & PLX_TOKEN_CAPITALISED) || (c == 0 && !r->according && !r->participial))
    return FALSE;
  if (cue->finding && !after_finding_source (s, c))
    return FALSE;
  if (plx_claims_in_quotation (s, s->t[c].byte_start))
    return FALSE;
  if (names_thing (s, r) || reduced_relative (s, r) || noun_after_singular (s, cue, r))
    return FALSE;
  /* "with support", not "…written on,” said X". */
  if (c > 0 && !r->according && plx_claims_in_set (s->finder->prepositions, s, c - 1) &&
      !plx_claims_gap_breaks (s, c))
    return FALSE;
  /* (Right after a quotation and before a name it is the verb: "“…,”
   * notes Leung.") */
  if (cue->ambiguous && !g_str_has_suffix (r->word, "ed") && !g_str_has_suffix (r->word, "ing") &&
      !plx_claims_has_subject (s, c) &&
      !(plx_claims_gap_has_quote (s, c) && plx_claims_gap_has (s, c, ',') && c + 1 < s->n &&
        plx_claims_is_name_token (s, c + 1)) &&
      !speaks_after_quotation (s, c))
    return FALSE;
  /* "a big purchase — say purchasing a car —": "say" right after a
   * dash or a parenthesis gives an example. */
  if (c > 0 && g_str_equal (r->word, "say") && opens_aside (s, c))
    return FALSE;
  /* "no specific finding of misconduct": a noun ("warning of" is a
   * participle's, not "finding of"). */
  if (cue->ambiguous && g_str_has_suffix (r->word, "ing") && r->after < s->n &&
      !plx_claims_gap_breaks (s, r->after) && g_str_equal (plx_claims_norm (s, r->after), "of") &&
      !g_hash_table_contains (s->finder->participial, r->word))
    return FALSE;
  /* "re-think", "well-said": part of a word. */
  if (c > 0 && s->t[c].byte_start == s->t[c - 1].byte_end + 1 && s->text[s->t[c - 1].byte_end] == '-')
    return FALSE;
  /* "It seems that …": the writer's; "it" is no one. */
  if (c > 0 && plx_claims_in_set (s->finder->raising_verbs, s, c) &&
      g_str_equal (plx_claims_norm (s, c - 1), "it"))
    return FALSE;
  /* "President Obama's planned trip": the cue is said of a noun. */
  if (c > 0 && !r->according && !plx_claims_gap_breaks (s, c) &&
      plx_claims_is_possessive (s, c - 1))
    return FALSE;
  /* "State Department posts are left vulnerable": a verb follows, so the
   * cue is the noun that is its subject. */
  if (cue->ambiguous && !g_str_has_suffix (r->word, "ed") && r->after < s->n &&
      !plx_claims_gap_breaks (s, r->after) &&
      plx_claims_in_set (s->finder->auxiliaries, s, r->after))
    return FALSE;
  /* "The White House report disputed", "A report released last year
   * found": so does a reporting verb in the past, or a participle that
   * says what was done with the noun. */
  if (cue->ambiguous && !g_str_has_suffix (r->word, "ed") && !g_str_has_suffix (r->word, "ing") &&
      c > 0 && !plx_claims_gap_breaks (s, c) && stands_as_noun (s, c - 1) &&
      r->after < s->n && !plx_claims_gap_breaks (s, r->after) && past_cue_follows (s, r->after))
    return FALSE;

  return TRUE;
}

/* Whether token @i holds a capital letter ("Reuters", "comScore"). */
static gboolean
has_capital (Sentence *s,
             guint     i)
{
  for (const char *p = s->text + s->t[i].byte_start; p < s->text + s->t[i].byte_end; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* "according to X, CONTENT" or "CONTENT, according to X". Returns the
 * last token the claim took. */
static guint
claim_according (Sentence *s,
                 Reading  *r)
{
  guint c = r->cue;
  Bytes content;

  r->sp_start = r->after;
  r->sp_end = plx_claims_phrase_after (s, r->after);
  /* "The launch went according to plan": no source, no claim (but
   * "according to comScore"). */
  if (r->sp_end == r->sp_start + 1 && !has_capital (s, r->sp_start) &&
      !plx_claims_is_pronoun (s, r->sp_start) && !plx_claims_is_people_noun (s, r->sp_start) &&
      !plx_claims_in_set (s->finder->object_pronouns, s, r->sp_start) &&
      !(s->t[r->sp_start].flags & PLX_TOKEN_NUMBER))
    return c;
  /* "CONTENT, according to X, the No. 2 Democrat": what follows X is
   * who X is; "According to X, CONTENT". */
  if (c == 0 || (r->sp_end < s->n && plx_claims_gap_has (s, r->sp_end, ',') &&
                 !(c >= 3 && plx_claims_gap_has (s, c, ','))))
    content = plx_claims_content_bytes (s, r->sp_end, s->n);
  else
    content = plx_claims_content_bytes (s, 0, c);
  add_claim (s, c, r->after, r->sp_start, r->sp_end, content);

  return r->sp_end > c ? r->sp_end - 1 : c;
}

/* Whether the cue of @r is a passive: "Jackson was accused of spending
 * …" says who is accused, not who accuses. */
static gboolean
is_passive (Sentence *s,
            Reading  *r)
{
  guint c = r->cue;
  guint k = c;

  if (c == 0 || r->according ||
      !(g_str_has_suffix (r->word, "ed") || g_hash_table_contains (s->finder->participles, r->word)))
    return FALSE;
  /* "Apple was consequently told to place …": over adverbs. */
  while (k > 1 && k + 3 > c && !plx_claims_gap_breaks (s, k) &&
         !g_hash_table_contains (s->finder->passive, plx_claims_norm (s, k - 1)) &&
         plx_claims_is_adverb (s, k - 1) && !plx_claims_is_negation (s, k - 1))
    k--;

  /* ("where it's believed Earhart survived": "it is"; not "it has" with
   * an object, "it's allowed developers to see".) */
  return !plx_claims_gap_breaks (s, k) &&
         (g_hash_table_contains (s->finder->passive, plx_claims_norm (s, k - 1)) ||
          (plx_claims_is_its (s, k - 1) &&
           r->after < s->n && !plx_claims_is_people_noun (s, r->after) &&
           !plx_claims_in_set (s->finder->object_pronouns, s, r->after)));
}

/* "N quoted X as saying ...". Returns whether the cue is that, and sets
 * @next to the last token the claim took. */
static gboolean
claim_quoted_as_saying (Sentence *s,
                        Reading  *r,
                        guint    *next)
{
  guint after = r->after;
  /* (The cue may be all three words: "The minister was quoted as
   * saying".) */
  guint from = after == r->cue + 3 && is_passive (s, r) ? after - 2 : after;
  guint k = from;
  guint np_end = after;
  Bytes content;

  while (k + 1 < s->n && k - from < MAX_APPOSITIVE &&
         !(g_str_equal (plx_claims_norm (s, k), "as") &&
           g_str_equal (plx_claims_norm (s, k + 1), "saying")))
    k++;
  if (k + 1 >= s->n || !g_str_equal (plx_claims_norm (s, k), "as"))
    return FALSE;

  while (np_end < k && !plx_claims_gap_has (s, np_end + 1, ','))
    np_end++;
  np_end = MIN (np_end + 1, k);
  /* "The minister was quoted (by Reuters) as saying": the subject (not
   * when what is said came before: "…, the government was quoted as
   * saying late Thursday by the Interfax news agency"). */
  if (is_passive (s, r) && k + 2 < s->n && plx_claims_ends_after_adverbial (s, k + 2))
    return FALSE;
  if (is_passive (s, r))
    {
      np_end = r->cue - 1;
      after = plx_claims_phrase_before (s, np_end);
    }
  content = plx_claims_content_bytes (s, k + 2 < s->n && plx_claims_in_set (s->finder->complementizers, s, k + 2)
                                           ? k + 3
                                           : k + 2,
                                       s->n);
  if (add_claim (s, r->cue, k + 2, after, np_end, content))
    {
      PlxClaim *claim = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);

      g_free (claim->verb);
      claim->verb = g_strdup ("quoted as saying");
    }
  *next = k + 1;

  return TRUE;
}

/* "The museum, Mr. Bush said, celebrated several of his heroes": an
 * attribution between commas inside what is said. The content is the
 * sentence around it, its text without the attribution. Returns whether
 * the claim was that. */
static gboolean
claim_parenthetical (Sentence *s,
                     Reading  *r,
                     guint     first_claim)
{
  guint a = r->sp_start;
  guint b = r->sp_end;
  Bytes content;
  PlxClaim *claim;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (r->participial || r->according || r->speaker_from >= 0 || a >= b || a < 2 ||
      s->claims->len > first_claim || r->after + 3 > s->n ||
      !plx_claims_gap_has (s, a, ',') || plx_claims_gap_has_quote (s, a) ||
      !plx_claims_gap_has (s, r->after, ',') || plx_claims_gap_has_quote (s, r->after) ||
      plx_claims_in_quotation (s, s->t[r->cue].byte_start) ||
      !plx_claims_check_speaker (s, &a, &b) || a != r->sp_start)
    return FALSE;
  for (guint k = b; k < r->cue_from; k++)
    if (!plx_claims_in_set (s->finder->skip, s, k) && !plx_claims_is_negation (s, k))
      return FALSE;

  content = plx_claims_content_bytes (s, r->after, s->n);
  content.byte_start = s->t[0].byte_start;
  if (!plx_claims_add (s, plx_claims_token_bytes (s, r->cue_from, r->after), r->sp_start, r->sp_end,
                       content))
    return FALSE;

  claim = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);
  if (claim->content_byte_end <= s->t[r->after].byte_start)
    return TRUE;
  before = plx_claims_span_text (s, plx_claims_token_bytes (s, 0, a));
  content.byte_start = s->t[r->after].byte_start;
  content.byte_end = claim->content_byte_end;
  after = plx_claims_span_text (s, content);
  g_free (claim->text);
  claim->text = g_strconcat (before, " ", after, NULL);

  return TRUE;
}

/* Whether "that" or a pronoun at token @k, after the object the cue's
 * phrase from token @after opens with a determiner, starts a relative
 * clause of that object ("called for a budget that prioritizes aid",
 * "offered a primer on the strategies he employs"): the clause is part of
 * what the object names, not what was said. Not after whom it was told
 * ("told the committee that", "told The Times afterward that"), a time
 * ("announced this week that"), a noun that holds a claim ("the notion
 * that") or a clause ("said the test could change that"). */
static gboolean
opens_relative_clause (Sentence *s,
                       guint     after,
                       guint     k)
{
  guint w = k - 1;
  const char *last;

  if (k < after + 2 || after == 0 || !plx_claims_in_set (s->finder->determiners, s, after) ||
      plx_claims_in_set (s->finder->object_pronouns, s, after) ||
      plx_claims_in_set (s->finder->addressee_cues, s, after - 1) || plx_claims_gap_breaks (s, k))
    return FALSE;
  for (guint i = after + 1; i <= w; i++)
    if ((s->t[i].flags & (PLX_TOKEN_CAPITALISED | PLX_TOKEN_NUMBER | PLX_TOKEN_QUOTED)) ||
        plx_claims_in_set (s->finder->boundaries, s, i) ||
        plx_claims_in_set (s->finder->verb_markers, s, i) ||
        plx_claims_in_set (s->finder->auxiliaries, s, i) || plx_claims_is_pronoun (s, i))
      return FALSE;
  /* The object's last word is a noun: not a verb in -ed ("the company
   * announced that"; "greed" is a noun), a preposition ("for that
   * comment") or an adverb. */
  last = plx_claims_norm (s, w);

  return !(strlen (last) > 5 && g_str_has_suffix (last, "ed")) &&
         !plx_claims_in_set (s->finder->prepositions, s, w) &&
         !plx_claims_in_set (s->finder->places, s, w) &&
         !plx_claims_in_set (s->finder->times, s, w) && !plx_claims_is_people_noun (s, w) &&
         !plx_claims_in_set (s->finder->content_nouns, s, w) &&
         !plx_claims_in_set (s->finder->determiners, s, w) && !plx_claims_is_adverb (s, w);
}

/* Whether the auxiliary at token @k is the verb of what is said, which
 * then starts at the cue's next word (@after): not when the cue takes
 * whom it was told first ("told CNN the plan was “dead”"), across a
 * comma ("The plan, he said on Tuesday, is “dead.”", "As Smith has
 * argued, the problem is that …"), nor inside a relative clause ("told students who
 * were protesting that …"). */
static gboolean
own_verb_at (Sentence *s,
             guint     after,
             guint     k)
{
  if (!plx_claims_in_set (s->finder->auxiliaries, s, k) || after == 0 ||
      plx_claims_in_set (s->finder->addressee_cues, s, after - 1) || plx_claims_gap_ends_clause (s, after))
    return FALSE;
  for (guint j = after; j < k; j++)
    if ((j > after && plx_claims_gap_ends_clause (s, j)) || plx_claims_in_set (s->finder->relatives, s, j) ||
        plx_claims_in_set (s->finder->complementizers, s, j))
      return FALSE;

  return !plx_claims_gap_ends_clause (s, k);
}

/* Where the content after a cue starts: past an addressee ("told
 * reporters") and "that", at a quotation, a colon or a pronoun. */
static guint
content_start (Sentence *s,
               guint     after)
{
  guint limit;

  /* "indicated Wednesday he's not worried": when it was said is no part
   * of what. */
  while (after + 1 < s->n && plx_claims_in_set (s->finder->times, s, after) &&
         (s->t[after].flags & PLX_TOKEN_CAPITALISED) && !plx_claims_gap_has_quote (s, after) &&
         (plx_claims_gap_has_quote (s, after + 1) ||
          plx_claims_is_pronoun (s, after + 1) ||
          plx_claims_in_set (s->finder->complementizers, s, after + 1) ||
          plx_claims_in_set (s->finder->determiners, s, after + 1)))
    after++;
  limit = MIN (s->n, after + 7);
  /* Whom and when it was told may be longer: "told the U.N. General
   * Assembly 18 months ago that". */
  for (guint k = after; k < s->n && k - after < 12 && (k == after || !plx_claims_gap_breaks (s, k)); k++)
    {
      if (!plx_claims_is_addressee_word (s, k))
        {
          limit = MAX (limit, MIN (s->n, k + 1));
          break;
        }
    }
  /* "what aides called “orphan districts” in states that …": a quotation
   * right after the cue is what is said. */
  if (after < s->n && plx_claims_gap_has_quote (s, after) && !plx_claims_gap_ends_clause (s, after))
    return after;

  /* "said in a letter to Abbott last month: “…”": a phrase of where,
   * when or how before a colon that opens a quotation is no part of
   * what is said ("said it means one thing: “…”" keeps its clause). */
  for (guint k = after + 1;
       k < s->n && k - after <= 12 &&
       (plx_claims_in_set (s->finder->places, s, after) ||
        plx_claims_in_set (s->finder->prepositions, s, after) ||
        plx_claims_in_set (s->finder->infinitive, s, after) ||
        plx_claims_in_set (s->finder->times, s, after));
       k++)
    {
      if (plx_claims_gap_has (s, k, ':') && plx_claims_gap_has_quote (s, k) &&
          !plx_claims_in_quotation (s, s->t[after].byte_start))
        return k;
      if (plx_claims_gap_breaks (s, k) || plx_claims_in_set (s->finder->complementizers, s, k) ||
          own_verb_at (s, after, k))
        break;
    }

  /* "that" opens the content only within the cue's clause: past a comma
   * or colon it belongs to another clause ("…, adding that …"), and
   * inside a quotation to the quoted words. */
  for (guint k = after; k < limit && (k == after || !plx_claims_gap_ends_clause (s, k)); k++)
    {
      /* (After a title in quotation marks too: "said on “Fox News
       * Sunday” that".) */
      if (plx_claims_in_set (s->finder->complementizers, s, k) &&
          (!plx_claims_gap_breaks (s, k) ||
           (k > after && plx_claims_gap_has_quote (s, k) && !plx_claims_gap_ends_clause (s, k))) &&
          !plx_claims_in_quotation (s, s->t[k].byte_start))
        return opens_relative_clause (s, after, k) ? after : k + 1;
      /* "said he could not be sure that he is not …": the content starts
       * at its subject, not at a "that" inside it; so it does past a verb
       * of its own ("said the latest nuclear test could change that"),
       * and before a "that" that ends the sentence. */
      if (plx_claims_is_pronoun (s, k) || plx_claims_base_in (s, s->finder->expletives, k) ||
          (k > after && own_verb_at (s, after, k)) ||
          (k + 1 == s->n && plx_claims_in_set (s->finder->complementizers, s, k)))
        break;
    }
  for (guint k = after, told = TRUE; k < limit; k++)
    {
      /* ("said the video was “inconclusive”": its own verb first.) */
      if (k > after && own_verb_at (s, after, k))
        break;
      if (plx_claims_gap_has_quote (s, k) || (k == after && plx_claims_gap_has (s, k, ':')))
        return k;
      if (plx_claims_in_set (s->finder->pronouns, s, k) &&
          (told || !plx_claims_in_set (s->finder->object_pronouns, s, k)))
        return opens_relative_clause (s, after, k) ? after : k;
      /* "criticised a contractor who said he …": past a clause word the
       * pronoun is another clause's; "it" past a verb ("said the children
       * liked it") is in what is said, not after whom it was told. */
      if (plx_claims_in_set (s->finder->boundaries, s, k))
        break;
      told = told && plx_claims_is_addressee_word (s, k);
    }

  return after;
}

/* A passive cue followed by "by": "The Perry ad was denounced by the
 * Log Cabin Republicans" is the claim of whom "by" names, about the
 * passive's subject. */
static void
claim_by_agent (Sentence *s,
                Reading  *r)
{
  guint a = r->after + 1;
  guint b = plx_claims_phrase_after (s, a);
  guint aux = r->cue;
  guint sa;
  guint sb;
  g_autofree char *last_person = NULL;

  /* "was first reported by", "was being told by": a passive auxiliary
   * before the cue, adverbs between them. */
  while (aux > 0 && r->cue - aux < 3 && !plx_claims_gap_breaks (s, aux) &&
         !g_hash_table_contains (s->finder->passive, plx_claims_norm (s, aux - 1)) &&
         plx_claims_is_adverb (s, aux - 1))
    aux--;
  if (aux == 0 || plx_claims_gap_breaks (s, aux) || g_str_has_suffix (r->word, "ing") ||
      !g_hash_table_contains (s->finder->passive, plx_claims_norm (s, aux - 1)))
    return;

  /* "by Senator Ann Lee on Monday": up to the place or time. */
  for (guint k = a + 1; k < b; k++)
    if (plx_claims_in_set (s->finder->places, s, k))
      {
        b = k;
        break;
      }
  /* "calls to boycott that were supported by": a relative clause's
   * subject is not to be found here. */
  if (aux < 2 || plx_claims_in_set (s->finder->boundaries, s, aux - 2))
    return;
  sa = r->sp_start;
  sb = MIN (r->sp_end, aux - 1);
  /* "The discussions about bolstering defense cooperation are supported
   * by": the clause's subject. */
  if (sa >= sb)
    plx_claims_main_subject (s, aux - 1, &sa, &sb);
  /* "Europe's borders were being defended by": without the verb. */
  while (sb > sa && (g_hash_table_contains (s->finder->passive, plx_claims_norm (s, sb - 1)) ||
                     plx_claims_in_set (s->finder->auxiliaries, s, sb - 1) ||
                     plx_claims_in_set (s->finder->verb_markers, s, sb - 1)))
    sb--;
  /* "could not explain why it was mentioned by X": a question, no claim. */
  /* "is not mentioned by name": nobody. */
  if (b - a == 1 && !plx_claims_names_someone (s, a, b) &&
      !(plx_claims_is_people_noun (s, a) && g_str_has_suffix (plx_claims_norm (s, a), "s")))
    return;
  if (sa >= sb || sb >= aux || a >= b || (s->t[a].flags & PLX_TOKEN_NUMBER) ||
      plx_claims_in_set (s->finder->times, s, b - 1) ||
      (sa > 0 && g_hash_table_contains (s->finder->question_words, plx_claims_norm (s, sa - 1))))
    return;
  /* The one a passive names after "by" is not whom a later "he" means. */
  last_person = g_strdup (plx_claims_last_person (s));
  add_claim (s, r->cue_from, r->after, a, b, plx_claims_content_bytes (s, sa, sb));
  plx_claims_set_last_person (s, g_steal_pointer (&last_person));
  r->agent = TRUE;
}

/* Whether the words from token @after to the clause's end are one person
 * or group and nothing more ("the police sergeant", "his lawyer"): after a
 * label cue, whom they phoned or summoned, not whom they called what
 * ("called him a liar", "called the plan a disaster"). */
static gboolean
calls_someone (Sentence *s,
               guint     after)
{
  guint end = after;

  while (end < s->n && (end == after || !plx_claims_gap_breaks (s, end)))
    {
      if ((s->t[end].flags & PLX_TOKEN_QUOTED) ||
          (end > after && plx_claims_in_set (s->finder->determiners, s, end)))
        return FALSE;
      end++;
    }

  return end > after && end - after <= 4 && (end == s->n || plx_claims_gap_ends_clause (s, end)) &&
         plx_claims_is_people_noun (s, end - 1);
}

/* Content after the cue: "X said (that) CONTENT". */
static void
claim_content_after (Sentence *s,
                     Reading  *r)
{
  guint after = r->after;
  guint start = content_start (s, after);

  if (start == after && after < s->n && plx_claims_gap_has (s, after, ',') &&
      !plx_claims_gap_has_quote (s, after))
    return; /* "…, he said, adding …" is handled at its own cue */
  /* "The Perry ad was denounced by the Log Cabin Republicans": who did
   * it follows "by", what they denounced comes before; "the phrase
   * quoted by Carney" says nobody's claim. */
  if (start == after && after + 1 < s->n && g_str_equal (plx_claims_norm (s, after), "by") &&
      /* ("responded by using the example of …" says how.) */
      !g_str_has_suffix (plx_claims_norm (s, after + 1), "ing"))
    {
      claim_by_agent (s, r);
      return;
    }
  /* "he could not explain why a marriage requirement is cited on the
   * campaign's website": a passive in a question is no claim. */
  if (is_passive (s, r) && r->sp_start < r->sp_end && r->sp_start > 0 &&
      g_hash_table_contains (s->finder->question_words, plx_claims_norm (s, r->sp_start - 1)))
    return;

  /* "Martin called the police sergeant": whom they phoned, no label. */
  if (r->after == r->cue + 1 && g_hash_table_contains (s->finder->labels, r->word) &&
      calls_someone (s, r->after))
    return;
  /* "called Biden “unhinged”": whom the label is for is part of it. */
  if (start > after && after == r->cue + 1 && plx_claims_gap_has_quote (s, start) &&
      g_hash_table_contains (s->finder->labels, r->word))
    start = after;

  add_claim (s, r->cue_from, after, r->sp_start, r->sp_end,
             plx_claims_content_bytes (s, start, s->n));
  take_speaker (s->claims, r->speaker_from);
}

/* Whether the cue of @r, with no speaker of its own, is a word of what an
 * earlier cue of the sentence reports: "He claimed that not knowing about
 * it cost lives" has one claim, not one of "knowing". */
static gboolean
inside_content (Sentence *s,
                Reading  *r,
                guint     first_claim)
{
  const PlxClaim *last;
  gsize at = s->t[r->cue].byte_start;

  /* "The site said the photo was tweeted to a student": a passive says
   * what was done, inside what is said. */
  if (s->claims->len <= first_claim || (r->sp_start < r->sp_end && !is_passive (s, r)) ||
      r->speaker_from >= 0 || plx_claims_gap_breaks (s, r->cue))
    return FALSE;
  last = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);
  if (r->sp_start < r->sp_end && last->speaker_name[0] == '\0')
    return FALSE;

  return last->content_byte_start < at && at < last->content_byte_end;
}

/* A negation between the speaker and the cue is part of the cue: "he did
 * not believe the episode merited investigation" is what he did not
 * believe, and the claim must say so ("did not believe"), not "believe". */
static gboolean
take_negation (Sentence *s,
               Reading  *r)
{
  /* After the brackets or the apposition the speaker's span holds:
   * "Scott Brown (R-Mass.) has not said". */
  guint from = s->speaker_tail > r->sp_end && s->speaker_tail <= r->cue ? s->speaker_tail
                                                                      : r->sp_end;

  if (r->participial || r->sp_start >= r->sp_end || r->sp_end > r->cue)
    return FALSE;
  /* Only words that stand between a subject and its verb ("did not",
   * "has never"), not a clause ("…, apparently not too high, telling"). */
  for (guint k = from; k < r->cue; k++)
    if ((k > from && plx_claims_gap_breaks (s, k)) ||
        !(plx_claims_is_negation (s, k) || plx_claims_in_set (s->finder->skip, s, k)))
      return FALSE;
  for (guint k = from; k < r->cue; k++)
    if (plx_claims_is_negation (s, k))
      {
        /* With its auxiliary: "did not", "has never". */
        r->cue_from = k > from && plx_claims_in_set (s->finder->skip, s, k - 1) ? k - 1 : k;
        return TRUE;
      }

  return FALSE;
}

/* The claims of the sentence from @from on have no known speaker: what
 * the words before the cue name is not who says it. */
static void
forget_speakers (Sentence *s,
                 guint     from)
{
  for (guint i = from; i < s->claims->len; i++)
    {
      PlxClaim *claim = &g_array_index (s->claims, PlxClaim, i);

      claim->speaker.start = claim->speaker.end = claim->cue.start;
      g_free (claim->speaker_name);
      claim->speaker_name = g_strdup ("");
    }
}

/* Whether the cue of @r opens a passive clause with no speaker: "When
 * asked if …, Netanyahu responded": who asked is not said, and what
 * follows is the question, not anyone's claim. */
static gboolean
passive_clause (Sentence *s,
                Reading  *r)
{
  guint c = r->cue;

  return r->sp_start == r->sp_end && r->speaker_from < 0 && !r->according &&
         g_hash_table_contains (s->finder->questions, r->word) && !plx_claims_gap_breaks (s, c) &&
         (c == 0 || plx_claims_in_set (s->finder->boundaries, s, c - 1)) &&
         r->after < s->n && !plx_claims_gap_has_quote (s, r->after);
}

/* Whether the cue of @r answers with a deed, not words: "retorted with
 * an ad of its own", "responded with attacks", up to the sentence's end
 * or a break that is no colon ("replied with a single word: “Yup.”"),
 * with no quotation right after it nor a clause in it ("countered with a
 * claim that …"). */
static gboolean
answers_by_means (Sentence      *s,
                  const Reading *r)
{
  guint k = r->after;

  if (k >= s->n || !g_hash_table_contains (s->finder->response_cues, r->word) ||
      plx_claims_gap_breaks (s, k) || !plx_claims_in_set (s->finder->means_words, s, k) ||
      /* ("responded with “how about 64 bit support?”") */
      (k + 1 < s->n && plx_claims_gap_has_quote (s, k + 1)))
    return FALSE;
  while (++k < s->n && !plx_claims_gap_breaks (s, k))
    /* "countered with a claim that …", "replied with numbers showing
     * …": the noun holds what is said. */
    if (plx_claims_in_set (s->finder->complementizers, s, k) ||
        g_str_has_suffix (plx_claims_norm (s, k), "ing"))
      return FALSE;

  return k == s->n || !plx_claims_gap_has (s, k, ':');
}

/* Reads the claim whose cue starts at token @c, if one does, and returns
 * the last token it took (@c when none). @first_claim is the sentence's
 * first claim. */
static guint
read_claim (Sentence *s,
            guint     c,
            guint     first_claim)
{
  const Cue *cue = plx_claims_match_cue (s, c);
  Reading r = { 0 };
  guint next = c;
  guint claims_before;

  if (cue == NULL)
    return c;
  s->speaker_tail = 0;
  s->nested_subject = FALSE;
  s->speaker_lead = 0;
  s->coordinated = 0;
  s->dropped = 0;
  claims_before = s->claims->len;

  r.cue = c;
  r.cue_from = c;
  r.after = c + cue->n_stems;
  r.word = plx_claims_norm (s, c);
  r.according = g_hash_table_contains (s->finder->sources, r.word);
  r.participial = g_hash_table_contains (s->finder->participial, r.word);
  r.quote_only = cue->quote_only;
  r.sp_start = r.sp_end = c;
  r.speaker_from = -1;

  if (!is_reporting (s, cue, &r))
    return c;
  if (r.according)
    return claim_according (s, &r);
  if (g_str_equal (r.word, "quoted") && claim_quoted_as_saying (s, &r, &next))
    return next;

  if (!r.participial)
    plx_claims_speaker_before (s, &r);
  else if (!plx_claims_speaker_of_participle (s, &r, first_claim))
    return c;
  if (inside_content (s, &r, first_claim) || passive_clause (s, &r))
    return c;
  /* "said nothing new as he passed reporters". */
  if (r.after < s->n && plx_claims_in_set (s->finder->nothing_words, s, r.after))
    return c;
  /* "retorted with an ad of its own", "responded with attacks": what was
   * done in answer ("replied with a single word: “Yup.”" is said). */
  if (answers_by_means (s, &r))
    return c;
  /* "has not said what he will do", "did not say whether": saying
   * nothing is no claim. */
  if (take_negation (s, &r) && r.after < s->n &&
      g_hash_table_contains (s->finder->question_words, plx_claims_norm (s, r.after)))
    return c;

  if (claim_parenthetical (s, &r, first_claim))
    return r.after;

  /* "Limbaugh continued: “They are demanding …”" */
  if (!plx_claims_content_before (s, &r, &next) &&
      (!r.quote_only || (r.after < s->n && plx_claims_gap_has_quote (s, r.after))))
    claim_content_after (s, &r);
  /* (A claim this reading cut away leaves the new one in its place.) */
  if (is_passive (s, &r) && !r.agent)
    forget_speakers (s, claims_before - MIN (s->dropped, claims_before));

  return next;
}

void
plx_claims_find_in_sentence (Sentence *s)
{
  guint first_claim = s->claims->len;

  s->relative_claim = -1;
  /* Headings name topics ("Negative signals from the battlefronts"), and a
   * headline repeats a claim the body makes in full. A line that ends
   * without a full stop may be a signed quotation, though ("“…” ― Name"). */
  if (s->sentence->kind == PLX_SENTENCE_HEADING)
    {
      plx_claims_find_labelled (s);
      /* A heading written as a sentence names whom a "she said" after it
       * means: "Fiona Parry issued a plea …" over "“…,” she said". */
      if (s->n > 3 && s->text[s->sentence->byte_end - 1] == '.')
        {
          plx_claims_remember_people (s);
          plx_claims_learn_genders (s);
        }
    }
  if (s->sentence->kind != PLX_SENTENCE_BODY)
    return;

  plx_claims_remember_people (s);
  plx_claims_remember_owners (s);
  plx_claims_remember_named (s);
  plx_claims_learn_genders (s);
  plx_claims_find_labelled (s);
  first_claim = s->claims->len;

  for (guint c = 0; c < s->n; c++)
    c = read_claim (s, c, first_claim);
}
