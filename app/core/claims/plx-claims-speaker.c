/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Who speaks: the speaker of a cue in its sentence (before it, after a
 * quotation and its appositions, a second verb's subject, a participle's
 * subject), and the name a claim gets for them (a pronoun resolved, a
 * description or a document taken for whom it stands). */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

static gboolean
is_group (PlxClaimFinder *self,
          const char     *speaker)
{
  g_autofree char *folded = g_utf8_casefold (speaker, -1);
  const char *name = g_str_has_prefix (folded, "the ") ? folded + 4 : folded;

  return g_hash_table_contains (self->groups, name);
}

/* "The Washington Post", "a Guardian": a determiner before nothing but a
 * name makes it no person's (people are named without one). */
static gboolean
names_organisation (Sentence *s,
                    guint     start,
                    guint     end)
{
  if (end - start < 2 || !plx_claims_in_set (s->finder->determiners, s, start))
    return FALSE;
  for (guint k = start + 1; k < end; k++)
    if (!plx_claims_is_name_token (s, k))
      return FALSE;

  return TRUE;
}

/* Whether the speaker in tokens [start, end) is many people, whom a
 * later "they" may mean: its head is a plural noun for people
 * ("officials", "Democrats"), not a person's name. */
static gboolean
speaks_as_many (Sentence *s,
                guint     start,
                guint     end)
{
  guint head = end - 1;
  const char *norm = plx_claims_norm (s, head);
  gsize n = strlen (norm);

  /* "Senators Udall and Wyden": two named are many. */
  for (guint k = start + 1; k + 1 < end; k++)
    if (plx_claims_in_set (s->finder->conjunctions, s, k) && plx_claims_is_name_token (s, k - 1) &&
        plx_claims_is_name_token (s, end - 1))
      return TRUE;
  if (end - start > 4 || n < 4 || norm[n - 1] != 's' || norm[n - 2] == '\'' ||
      norm[n - 2] == 's' || plx_claims_in_set (s->finder->pronouns, s, head))
    return FALSE;
  for (guint k = start; k < end; k++)
    if (plx_claims_in_set (s->finder->conjunctions, s, k))
      return FALSE;

  return plx_claims_is_people_noun (s, head) ||
         ((s->t[head].flags & PLX_TOKEN_CAPITALISED) && plx_claims_written (s, head, CASE_PROPER) &&
          head == start + (plx_claims_in_set (s->finder->determiners, s, start) ? 1 : 0));
}

/* The characters of the speaker in tokens [start, end), with what the
 * sentence says of them before or after the name. */
static PlxSpan
speaker_span (Sentence *s,
              guint     start,
              guint     end)
{
  Bytes whole;

  /* "Obama's press secretary, Ben LaBolt": the span holds who they are. */
  if (s->speaker_lead > 0 && s->speaker_lead - 1 < start)
    return plx_claims_to_chars (s, plx_claims_token_bytes (s, s->speaker_lead - 1, end));
  if (s->speaker_tail <= end || s->speaker_tail > s->n)
    return plx_claims_to_chars (s, plx_claims_token_bytes (s, start, end));

  whole = plx_claims_token_bytes (s, start, s->speaker_tail);
  /* Up to the closing bracket: "(D-Mo.)". */
  if (plx_claims_gap_has (s, s->speaker_tail, ')'))
    while (strchr (".)", s->text[whole.byte_end]) != NULL && s->text[whole.byte_end] != '\0' &&
           s->text[whole.byte_end - 1] != ')')
      whole.byte_end++;
  /* "Sen. Rand Paul, R-Ky., said": an abbreviation's point, inside the
   * sentence. */
  else if (s->speaker_tail < s->n && s->text[whole.byte_end] == '.')
    whole.byte_end++;

  return plx_claims_to_chars (s, whole);
}

/* The name of whom the pronoun at token @start (bytes @speaker) stands
 * for: the person last named, of the pronoun's sex; for "they" the many
 * who spoke last; else the pronoun itself. "He said he did not know the
 * woman who received the photo, Gennette Cordova, a student…": a person
 * the sentence introduces after the pronoun is not who it stands for. */
/* Whether @claim's speaker is named in this sentence as a person who
 * speaks alone ("Ryan, in his first interview, told Fox News he thinks"),
 * the way plx_claims_set_speaker() takes one for a later "he". */
static gboolean
names_person_here (Sentence       *s,
                   const PlxClaim *claim)
{
  guint start = G_MAXUINT;
  guint end = G_MAXUINT;

  for (guint k = 0; k < s->n; k++)
    {
      PlxSpan chars = plx_claims_to_chars (s, plx_claims_token_bytes (s, k, k + 1));

      if (chars.start == claim->speaker.start)
        start = k;
      if (chars.end == claim->speaker.end)
        {
          end = k + 1;
          break;
        }
    }
  if (start >= end || end > s->n)
    return FALSE;

  /* (A name opening the sentence: one the article writes so elsewhere.) */
  return (plx_claims_names_someone (s, start, end) ||
          (end == 1 && plx_claims_written (s, 0, CASE_PROPER) &&
           !plx_claims_written (s, 0, CASE_LOWER))) &&
         plx_claims_is_name_token (s, end - 1) &&
         !is_group (s->finder, claim->speaker_name) && !names_organisation (s, start, end) &&
         !plx_claims_names_many (s, start, end) && !speaks_as_many (s, start, end);
}

/* The speaker of the claim of this sentence whose content opens with
 * the pronoun at token @start: "Clinton said she never saw it" is
 * Clinton's "she", whoever was named last. NULL when there is none, or
 * it is no one named. */
static const char *
speaker_whose_content_opens (Sentence *s,
                             guint     start)
{
  gsize at = plx_claims_to_chars (s, plx_claims_token_bytes (s, start, start + 1)).start;

  for (guint c = s->claims->len; c > 0; c--)
    {
      const PlxClaim *claim = &g_array_index (s->claims, PlxClaim, c - 1);

      if (claim->sentence != s->index)
        break;
      g_autofree char *folded = NULL;

      if (claim->content.start != at || claim->speaker.start >= claim->speaker.end ||
          claim->speaker_name == NULL || !g_unichar_isupper (g_utf8_get_char (claim->speaker_name)) ||
          plx_claims_speaker_inside_content (claim))
        continue;
      folded = g_utf8_casefold (claim->speaker_name, -1);
      if (g_hash_table_contains (s->finder->pronouns, folded))
        continue;
      /* A person a pronoun may mean, not "Officials". */
      for (guint k = 0; k < s->state->recent->len; k++)
        if (g_str_equal (((const Person *) g_ptr_array_index (s->state->recent, k))->name,
                         claim->speaker_name))
          return claim->speaker_name;
      return names_person_here (s, claim) ? claim->speaker_name : NULL;
    }

  return NULL;
}

/* Whether @name, or a person the article named with its last name
 * ("Clinton": "Hillary Clinton", "Bill Clinton"), is known to be of the
 * sex of the pronoun at token @pronoun (*fits), or only of the other
 * (*other). */
static void
sex_of_name (Sentence   *s,
             guint       pronoun,
             const char *name,
             gboolean   *fits,
             gboolean   *other)
{
  g_autofree char *key = plx_claims_name_key (name);
  GPtrArray *lists[] = { s->state->recent, s->state->people };

  *fits = *other = FALSE;
  if (plx_claims_gender_known (s, name))
    {
      *fits = plx_claims_person_for (s, pronoun, name) == name;
      *other = !*fits;
      return;
    }
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint k = 0; k < lists[l]->len && key != NULL; k++)
      {
        const Person *person = g_ptr_array_index (lists[l], k);

        if (g_strcmp0 (person->key, key) != 0 || !plx_claims_gender_known (s, person->name))
          continue;
        if (plx_claims_person_for (s, pronoun, person->name) == person->name)
          *fits = TRUE;
        else
          *other = TRUE;
      }
  if (*fits)
    *other = FALSE;
}

static char *
pronoun_name (Sentence *s,
              guint     start,
              Bytes     speaker)
{
  const char *candidate = start < s->state->introduced_at && s->state->person_before != NULL
                          ? s->state->person_before
                          : plx_claims_last_person (s);
  const char *opening;
  char *name;

  /* The one who says it when they are of the pronoun's sex, or when
   * neither they nor the one named last is known to be: "Later, Brown
   * said she believed" is about Ms. Mary Jones, named before. */
  opening = speaker_whose_content_opens (s, start);
  if (opening != NULL)
    {
      gboolean fits;
      gboolean other;

      sex_of_name (s, start, opening, &fits, &other);
      if (fits ||
          (!other && (candidate == NULL || !plx_claims_gender_known (s, candidate) ||
                      plx_claims_person_for (s, start, candidate) != candidate)))
        candidate = opening;
    }

  /* "Ms. Cordova" is no "he". */
  candidate = plx_claims_person_for (s, start, candidate);
  /* "The Food Standards Agency warned … “…,” it said": the body or the
   * document that spoke last, in this sentence or the one before. */
  if (candidate == NULL && s->state->last_thing != NULL &&
      s->index <= s->state->last_thing_at + 1 && g_str_equal (plx_claims_norm (s, start), "it"))
    candidate = s->state->last_thing;
  /* "Republicans said … They argued": the many who spoke last, in this
   * sentence or the one before. */
  if (candidate == NULL && s->state->last_group != NULL &&
      s->index <= s->state->last_group_at + 1 &&
      plx_claims_base_in (s, s->finder->plural_pronouns, start))
    candidate = s->state->last_group;
  if (candidate != NULL)
    return g_strdup (candidate);

  /* "We've" is "We": the pronoun, not a name. */
  name = plx_claims_span_text (s, speaker);
  name[strcspn (name, "'\u2019")] = '\0';

  return name;
}

/* Whether token @i is written in capitals, two or more and no small
 * letter ("NATO", "AT&T"): a body's name rather than a person's
 * ("McConnell", "DeSantis"). */
static gboolean
is_acronym (Sentence *s,
            guint     i)
{
  guint capitals = 0;

  for (gsize b = s->t[i].byte_start; b < s->t[i].byte_end; b++)
    {
      if (g_ascii_islower (s->text[b]))
        return FALSE;
      capitals += g_ascii_isupper (s->text[b]);
    }

  return capitals >= 2;
}

/* Remembers @name, the speaker in tokens [start, end), as what a later
 * "it" stands for when it is no person nor many: a body ("The Food
 * Standards Agency"), a document ("the report"). */
static void
note_thing (Sentence   *s,
            const char *name,
            guint       start,
            guint       end)
{
  g_autofree char *key = NULL;

  if (name[0] == '\0' || speaks_as_many (s, start, end) || plx_claims_gender_known (s, name))
    return;
  /* A name (also an acronym first in its sentence: "AT&T has announced",
   * not "Trump"), a body's noun or a document's: not "all", "63 percent",
   * "his spokesman". */
  if (!((s->t[end - 1].flags & PLX_TOKEN_CAPITALISED) || is_acronym (s, end - 1) ||
        plx_claims_in_set (s->finder->collective_heads, s, end - 1) ||
        plx_claims_in_set (s->finder->documents, s, end - 1)))
    return;
  /* Nor a person the article introduced ("Tom Forte, an analyst …"). */
  key = plx_claims_name_key (name);
  if (plx_claims_introduced (s, key))
    return;
  g_free (s->state->last_thing);
  s->state->last_thing = g_strdup (name);
  s->state->last_thing_at = s->index;
}

/* Gives @claim the speaker in tokens [start, end), resolving a pronoun
 * to the last person named and remembering a newly named one. */
void
plx_claims_set_speaker (PlxClaim *claim,
                        Sentence *s,
                        guint     start,
                        guint     end)
{
  Bytes speaker;
  gboolean pronoun;
  const char *described;

  if (start >= end)
    {
      claim->speaker.start = claim->speaker.end = claim->cue.start;
      claim->speaker_name = g_strdup ("");
      return;
    }

  speaker = plx_claims_token_bytes (s, start, end);
  claim->speaker = speaker_span (s, start, end);
  pronoun = end - start == 1 && plx_claims_is_pronoun (s, start);
  /* "The ad says" after "The Romney campaign retorted with an ad". */
  described = pronoun ? NULL : plx_claims_document_owner (s, start, end);
  if (described != NULL)
    {
      claim->speaker_name = g_strdup (described);
      note_thing (s, described, start, end);
      return;
    }
  /* "The campaign said" after "the Romney campaign". */
  described = pronoun ? NULL : plx_claims_named_group (s, start, end);
  if (described != NULL)
    {
      claim->speaker_name = g_strdup (described);
      note_thing (s, described, start, end);
      return;
    }
  described = pronoun ? NULL : plx_claims_described_person (s, start, end);
  if (end - start == 1 && plx_claims_in_set (s->finder->relatives, s, start))
    {
      /* "…, who said …, saying": the participle is the main clause's. */
      s->relative_claim = s->claims->len;
      /* "Rep. Peter King, who opposes the project, said": King. */
      guint a = plx_claims_phrase_before (s, start);
      guint b = start;

      /* "…, said the officials, who added": not the cue before them
       * (the last claim's). */
      if (a + 1 < b && s->claims->len > 0 &&
          g_array_index (s->claims, PlxClaim, s->claims->len - 1).cue.start ==
            plx_claims_to_chars (s, plx_claims_token_bytes (s, a, a + 1)).start)
        a++;
      if (a < b && plx_claims_check_speaker (s, &a, &b))
        claim->speaker_name = plx_claims_span_text (s, plx_claims_token_bytes (s, a, b));
      else
        claim->speaker_name = g_strdup ("");
      return;
    }
  if (pronoun)
    claim->speaker_name = pronoun_name (s, start, speaker);
  else if (described != NULL)
    {
      claim->speaker_name = g_strdup (described);
      plx_claims_set_last_person (s, g_strdup (described));
      return;
    }
  else
    claim->speaker_name = plx_claims_span_text (s, speaker);

  if (!pronoun)
    note_thing (s, claim->speaker_name, start, end);
  if (!pronoun && speaks_as_many (s, start, end))
    {
      g_free (s->state->last_group);
      s->state->last_group = g_strdup (claim->speaker_name);
      s->state->last_group_at = s->index;
    }

  /* A name, not a description ("the Texas governor" is no one a later
   * "he" can be told by unless the article named them so). */
  if (!pronoun && plx_claims_names_someone (s, start, end) &&
      plx_claims_is_name_token (s, end - 1) && !is_group (s->finder, claim->speaker_name) &&
      !names_organisation (s, start, end) && !plx_claims_names_many (s, start, end))
    {
      plx_claims_set_last_person (s, g_strdup (claim->speaker_name));
    }
}

/* Whether the cue at @end (after a comma) follows a quotation, its
 * subject and appositions: "“…,” NAME, APPOSITION, …, CUE". Sets the
 * speaker of @r to the subject when it names someone. */
static gboolean
speaker_after_quotation (Sentence *s,
                         guint     end,
                         Reading  *r)
{
  guint q = end;
  guint e;
  guint a;

  /* The quotation closes with a comma before the subject. */
  while (q > 0 && !(plx_claims_gap_has_quote (s, q) && plx_claims_gap_has (s, q, ',')))
    {
      if (plx_claims_gap_has_quote (s, q) || plx_claims_gap_has (s, q, ';') ||
          plx_claims_gap_has (s, q, ':') || end - q > 3 * MAX_APPOSITIVE)
        return FALSE;
      q--;
    }
  /* Or the sentence opens with the subject: "David Kamin, an outside
   * adviser to the campaign … and a professor at …, said". */
  if (q >= end)
    return FALSE;
  for (e = q + 1; e < end && !plx_claims_gap_has (s, e, ','); e++)
    if (plx_claims_gap_breaks (s, e))
      {
        /* "WASHINGTON — Representative X, …": after a dateline. */
        if (q == 0 && plx_claims_dateline_end (s) == e)
          q = e;
        else
          return FALSE;
      }
  if (e >= end || e - q > 6 || (q == 0 && plx_claims_has_verb (s, e, end)))
    return FALSE;
  a = q;
  if (!plx_claims_names_someone (s, q, e) || !plx_claims_is_name_token (s, e - 1) ||
      !plx_claims_check_speaker (s, &a, &e) || a != q)
    return FALSE;

  r->sp_start = q;
  r->sp_end = e;
  s->speaker_tail = end;

  return TRUE;
}

typedef enum
{
  COORDINATED_NOT,   /* no second verb */
  COORDINATED_FOUND, /* the subject is the speaker */
  COORDINATED_NONE,  /* a second verb with no subject to be found */
} Coordinated;

/* "Etheridge … grabbed the wrist of a young man after the man approached
 * the congressman and asked": a clause between the sentence's subject
 * (tokens [*a, *b)) and the conjunction at @end, opened by "after",
 * "when", "because" … and a subject of its own, is whose second verb it
 * is. */
static void
clause_subject (Sentence *s,
                guint     from,
                guint     end,
                guint    *a,
                guint    *b)
{
  for (guint k = end; k > from + 1; k--)
    {
      guint open = k - 1;
      guint phrase_end;

      if (!plx_claims_in_set (s->finder->clause_openers, s, open) || open + 1 >= end ||
          plx_claims_gap_breaks (s, open + 1))
        continue;
      /* Its subject: a name, or "the man" (a determiner and a noun for
       * people); a pronoun there is most often the sentence's subject
       * again. */
      phrase_end = open + 1;
      if (plx_claims_is_name_token (s, open + 1))
        phrase_end = plx_claims_name_run (s, open + 1);
      else if (plx_claims_in_set (s->finder->determiners, s, open + 1))
        for (guint j = open + 2; j < end && j < open + 5 && !plx_claims_gap_breaks (s, j); j++)
          if (plx_claims_is_people_noun (s, j) || plx_claims_is_name_token (s, j))
            {
              /* ("a Texan named Brushy Bill Roberts": the whole name.) */
              phrase_end = plx_claims_is_name_token (s, j) ? plx_claims_name_run (s, j) : j + 1;
              if (phrase_end == j)
                phrase_end = j + 1;
              break;
            }
      /* (With a verb of its own before the conjunction: not "after the
       * meeting and said".) */
      if (phrase_end > open + 1 && phrase_end + 1 < end)
        {
          *a = open + 1;
          *b = phrase_end;
        }
      return;
    }
}

/* "Mr. Biden flashed a grin and said", "He paused, then added": a second
 * verb of the sentence's subject, the cue at @end after a conjunction or
 * after a comma and adverbs. */
static Coordinated
coordinated_subject (Sentence *s,
                     Reading  *r,
                     guint     end)
{
  guint a = 0;
  guint b = 0;

  /* (After a closing quotation mark too: "warned that a “debt crisis is
   * coming” and claimed"; the cue, and so the conjunction, are outside
   * any quotation.) */
  if (!((end > 1 && end == r->cue && plx_claims_in_set (s->finder->verb_conjunctions, s, end - 1) &&
         !plx_claims_gap_breaks (s, end) && !plx_claims_gap_ends_clause (s, end - 1)) ||
        (end > 1 && end < r->cue && plx_claims_gap_has (s, end, ',') &&
         !plx_claims_gap_has_quote (s, end) && !plx_claims_is_name_token (s, end - 1) &&
         !plx_claims_is_people_noun (s, end - 1) && !plx_claims_is_pronoun (s, end - 1))))
    return COORDINATED_NOT;

  plx_claims_main_subject (s, r->cue, &a, &b);
  if (a < b && (a == 0 || plx_claims_gap_has (s, a, ',') || a == plx_claims_dateline_end (s)) &&
      b + (end == r->cue ? 1 : 0) < end)
    {
      clause_subject (s, b, end, &a, &b);
      r->sp_start = a;
      r->sp_end = b;
      s->coordinated = end == r->cue ? end - 1 : end;
      return COORDINATED_FOUND;
    }
  /* After a comma, an apposition may still say who speaks. */
  return end == r->cue ? COORDINATED_NONE : COORDINATED_NOT;
}

/* "X, the advisor to Y, said" before the cue at @end: the speaker is the
 * phrase before the apposition, which the span holds. */
static void
speaker_before_apposition (Sentence *s,
                           Reading  *r,
                           guint     end)
{
  guint open = end - 1;

  while (open > 0 && end - open < 2 * MAX_APPOSITIVE && !plx_claims_gap_has (s, open, ','))
    open--;
  /* A relative clause may be longer than other appositions: "Trump,
   * who would have to hand over the reins of his international empire
   * in order to run the country, said". */
  if (end - open > MAX_APPOSITIVE && !plx_claims_in_set (s->finder->relatives, s, open))
    return;
  /* "…, 61, were found by police, said X": a clause, no apposition. */
  if (open > 0 && plx_claims_gap_has (s, open, ',') && !plx_claims_has_verb (s, open, end))
    {
      r->sp_end = open;
      r->sp_start = plx_claims_phrase_before (s, open);
      /* "Sen. Max Baucus, D-Mont., the representative …, said": a
       * party and state say who the name before them is. */
      if (r->sp_start > 0 && plx_claims_is_affiliation (s, r->sp_start, r->sp_end) &&
          plx_claims_gap_has (s, r->sp_start, ','))
        {
          r->sp_end = r->sp_start;
          r->sp_start = plx_claims_phrase_before (s, r->sp_end);
        }
      /* "Bishop Daniel Jenky, of Peoria, Ill., said": where they are
       * from is an apposition too, after the name. */
      if (r->sp_start >= 2 && r->sp_end - r->sp_start <= 2 &&
          g_str_equal (plx_claims_norm (s, r->sp_start - 1), "of") &&
          plx_claims_gap_has (s, r->sp_start - 1, ',') && !plx_claims_gap_has_quote (s, r->sp_start - 1))
        {
          guint name = plx_claims_phrase_before (s, r->sp_start - 1);

          if (name + 1 < r->sp_start - 1 && plx_claims_names_someone (s, name, r->sp_start - 1))
            {
              r->sp_end = r->sp_start - 1;
              r->sp_start = name;
            }
        }
      /* "Lis Smith, a spokeswoman for the Obama campaign, said": the
       * apposition says who they are; the span holds it ("Ryan, toward
       * the end of the debate, warned": not when, where or how). */
      if (!plx_claims_in_set (s->finder->prepositions, s, open) &&
          !plx_claims_in_set (s->finder->places, s, open))
        s->speaker_tail = end;
      /* "the coalition's executive director, Matt Brooks, said",
       * "Chairman, David Cameron, said": the name in the apposition is
       * who speaks. */
      /* (One word is a given name: "her mother, Fiona," not "the mayor
       * of the capital, Kyiv,".) */
      if (end - open <= 4 && r->sp_start < r->sp_end &&
          (end - open >= 2 || plx_claims_is_given_name (s, plx_claims_norm (s, open))) &&
          (!plx_claims_is_name_token (s, r->sp_end - 1) ||
           plx_claims_is_role_token (s, r->sp_end - 1)) &&
          !plx_claims_is_affiliation (s, open, end) &&
          plx_claims_names_someone (s, open, end))
        {
          gboolean all_names = TRUE;

          for (guint k = open; k < end; k++)
            all_names &= plx_claims_is_name_token (s, k);
          if (all_names)
            {
              s->speaker_lead = r->sp_start + 1;
              r->sp_start = open;
              r->sp_end = end;
              s->speaker_tail = 0;
            }
        }
    }
}

/* Whether someone is named right after the cue of @r, up to a comma or
 * the sentence's end: "…, said Ian Michaels, a spokesman", "…, said the
 * officials, who added". */
static gboolean
speaker_follows_cue (Sentence *s,
                     Reading  *r)
{
  guint rest;

  if (r->after >= s->n || plx_claims_gap_breaks (s, r->after) ||
      plx_claims_in_set (s->finder->times, s, r->after))
    return FALSE;
  rest = plx_claims_phrase_after (s, r->after);
  if (rest - r->after > 6 ||
      !(rest >= s->n || (plx_claims_gap_has (s, rest, ',') && !plx_claims_gap_has_quote (s, rest))))
    return FALSE;
  /* Names, titles and an article only ("cited problems in the Middle
   * East" is what was cited). */
  for (guint k = r->after; k < rest; k++)
    if (!(plx_claims_is_name_token (s, k) || plx_claims_is_role_token (s, k) ||
          plx_claims_in_set (s->finder->determiners, s, k) ||
          plx_claims_in_set (s->finder->particles, s, k)))
      return FALSE;

  return plx_claims_is_name_token (s, rest - 1) || plx_claims_is_people_noun (s, rest - 1);
}

/* Whether the phrase [start, end) may be someone: a name, a noun for
 * people, a pronoun. */
static gboolean
may_be_someone (Sentence *s,
                guint     start,
                guint     end)
{
  return plx_claims_names_someone (s, start, end) || plx_claims_is_people_noun (s, end - 1) ||
         plx_claims_is_pronoun (s, end - 1);
}

/* The token after the phrase of place or time that opens at token @k
 * ("in a statement", "at a news conference"), before @end: at the next
 * determiner, name or pronoun, or a plural noun for people; @k when no
 * such phrase opens there, @end when it runs on. */
static guint
past_place (Sentence *s,
            guint     k,
            guint     end)
{
  if (k >= end || !(plx_claims_in_set (s->finder->prepositions, s, k) ||
                    plx_claims_in_set (s->finder->places, s, k)))
    return k;
  for (guint i = k + 2; i < end && i - k < 7; i++)
    if (plx_claims_in_set (s->finder->determiners, s, i) || plx_claims_is_name_token (s, i) ||
        plx_claims_is_pronoun (s, i) ||
        (plx_claims_is_people_noun (s, i) && g_str_has_suffix (plx_claims_norm (s, i), "s")))
      return i;

  return end;
}

/* The token where the content of the claim read already whose cue, not
 * also a noun, is token @i begins, if that content holds token @at;
 * G_MAXUINT otherwise. */
static guint
content_holding (Sentence *s,
                 guint     i,
                 guint     at)
{
  const Cue *cue = plx_claims_match_cue (s, i);
  gsize cue_at;
  gsize holds;

  if (cue == NULL || cue->ambiguous)
    return G_MAXUINT;
  cue_at = plx_claims_to_chars (s, plx_claims_token_bytes (s, i, i + 1)).start;
  holds = plx_claims_to_chars (s, plx_claims_token_bytes (s, at, at + 1)).start;
  for (guint c = s->claims->len; c > 0; c--)
    {
      const PlxClaim *claim = &g_array_index (s->claims, PlxClaim, c - 1);

      if (claim->sentence != s->index)
        break;
      if (claim->cue.start != cue_at)
        continue;
      if (claim->content.start > holds || holds >= claim->content.end)
        return G_MAXUINT;
      for (guint k = i + 1; k < at; k++)
        if (plx_claims_to_chars (s, plx_claims_token_bytes (s, k, k + 1)).start >= claim->content.start)
          return k;
      return G_MAXUINT;
    }

  return G_MAXUINT;
}

/* The phrase just before the cue at @end: "Speaker John A. Boehner of
 * Ohio said", "Mahmoud Al-Goweiny, a member of the board said". */
static void
speaker_phrase_before (Sentence *s,
                       Reading  *r,
                       guint     end)
{
  r->sp_end = end;
  r->sp_start = plx_claims_phrase_before (s, end);
  /* "officials said the party wanted", "Obama said economists predict":
   * inside what a claim already read says, the subject of a verb starts
   * after that claim's cue (a participle's is the main clause's). */
  for (guint k = end; !r->participial && k > r->sp_start + 1; k--)
    {
      guint content = content_holding (s, k - 2, end);
      guint subject;

      if (content == G_MAXUINT)
        continue;
      /* (Past where it was said: "said in a statement residents
       * believe", "said at a news conference the police expect"; the
       * claim that holds these words keeps them.) */
      subject = past_place (s, content, end);
      if (subject < end && may_be_someone (s, subject, end) &&
          !plx_claims_in_set (s->finder->prepositions, s, subject) &&
          !plx_claims_in_set (s->finder->places, s, subject) &&
          !plx_claims_in_set (s->finder->times, s, subject) &&
          !plx_claims_in_set (s->finder->boundaries, s, subject))
        {
          r->sp_start = subject;
          s->nested_subject = subject > content;
        }
      break;
    }
  /* "Officials from the State Department and the Pentagon said",
   * "Experts on North Korea and nuclear nonproliferation said", "A group
   * of nearly 90 professors and administrators said": the
   * phrase after "and" ends what the people before the preposition are
   * (the speaker was "the Pentagon", or no one); they speak. */
  if (!s->nested_subject && r->sp_start >= 3 && g_str_equal (plx_claims_norm (s, r->sp_start - 1), "and") &&
      !plx_claims_gap_breaks (s, r->sp_start) && !plx_claims_gap_breaks (s, r->sp_start - 1))
    {
      for (guint p = r->sp_start - 2; p > 0 && p + 8 > r->sp_start && !plx_claims_gap_breaks (s, p + 1); p--)
        {
          guint head;

          /* (Not past a verb: "Prisoners in Aleppo's jail rioted and
           * activists said".) */
          if ((plx_claims_match_cue (s, p) != NULL && !plx_claims_is_name_token (s, p)) ||
              plx_claims_in_set (s->finder->boundaries, s, p) ||
              plx_claims_in_set (s->finder->auxiliaries, s, p) ||
              plx_claims_in_set (s->finder->infinitive, s, p) ||
              (g_str_has_suffix (plx_claims_norm (s, p), "ed") && !plx_claims_is_name_token (s, p)))
            break;
          if (!plx_claims_in_set (s->finder->prepositions, s, p) || plx_claims_gap_breaks (s, p))
            continue;
          head = plx_claims_phrase_before (s, p);
          /* (They open the clause; the span holds whom they come from.) */
          gboolean many = plx_claims_is_people_plural (s, p - 1);

          if ((many || (plx_claims_is_people_noun (s, p - 1) && !plx_claims_is_possessive (s, p - 1) &&
                        g_str_equal (plx_claims_norm (s, p), "of"))) &&
              (head == 0 || plx_claims_gap_breaks (s, head)))
            {
              /* ("A group of nearly 90 professors and administrators": a
               * body of people is named by what it is of.) */
              if (!many)
                r->sp_end = end;
              else
                {
                  r->sp_end = p;
                  s->speaker_tail = end;
                }
              r->sp_start = head;
            }
          break;
        }
    }
  /* "Speaker John A. Boehner of Ohio said": the person speaks, not
   * the place they come from; the span holds it. */
  if (r->sp_start >= 3 && r->sp_end - r->sp_start <= 2 &&
      g_strcmp0 (plx_claims_norm (s, r->sp_start - 1), "of") == 0 &&
      !plx_claims_gap_breaks (s, r->sp_start - 1) && !plx_claims_gap_breaks (s, r->sp_start) &&
      plx_claims_is_name_token (s, r->sp_start) &&
      plx_claims_is_name_token (s, r->sp_start - 2) &&
      plx_claims_phrase_before (s, r->sp_start - 1) + 2 <= r->sp_start - 1)
    {
      /* A name of two words or more before "of" ("Secretary of State
       * Blinken" is one title). */
      r->sp_end = r->sp_start - 1;
      r->sp_start = plx_claims_phrase_before (s, r->sp_end);
      s->speaker_tail = end;
    }
  /* "Mahmoud Al-Goweiny, a member of the board said": an apposition
   * whose closing comma is missing; the name before it speaks. */
  else if (r->sp_start > 1 && plx_claims_gap_has (s, r->sp_start, ',') &&
           !plx_claims_gap_has_quote (s, r->sp_start) &&
           plx_claims_in_set (s->finder->indefinites, s, r->sp_start) &&
           plx_claims_is_name_token (s, r->sp_start - 1))
    {
      guint name = plx_claims_phrase_before (s, r->sp_start);

      /* (Not "In New York, a spokesman said": a place.) */
      if (name + 1 < r->sp_start && plx_claims_names_someone (s, name, r->sp_start) &&
          (name == 0 || !(plx_claims_in_set (s->finder->prepositions, s, name - 1) ||
                          plx_claims_in_set (s->finder->places, s, name - 1))))
        {
          r->sp_end = r->sp_start;
          r->sp_start = name;
          s->speaker_tail = end;
        }
    }
}

/* The speaker before a cue, past adverbs and auxiliaries, or before an
 * apposition: "X, the advisor to Y, told". */
void
plx_claims_speaker_before (Sentence *s,
                           Reading  *r)
{
  guint end = r->cue;

  /* Past adverbs and auxiliaries, and a date: "Clinton on Wednesday
   * vigorously defended". */
  while (end > 0 && !plx_claims_gap_breaks (s, end) &&
         (plx_claims_is_adverb (s, end - 1) ||
          (end > 1 && plx_claims_is_negation (s, end - 1)) ||
          plx_claims_in_set (s->finder->times, s, end - 1) ||
          (end > 1 && plx_claims_in_set (s->finder->times, s, end) &&
           plx_claims_in_set (s->finder->places, s, end - 1))))
    end--;

  /* "Sen. Claire McCaskill (D-Mo.) said": the brackets say who they are. */
  if (end > 1 && plx_claims_gap_has (s, end, ')') && !plx_claims_gap_has (s, end, ','))
    {
      guint open = end - 1;

      while (open > 0 && end - open < 16 && !plx_claims_gap_has (s, open, '('))
        open--;
      if (open > 0 && plx_claims_gap_has (s, open, '('))
        {
          r->sp_end = open;
          r->sp_start = plx_claims_phrase_before (s, open);
          s->speaker_tail = end;
          return;
        }
    }

  /* "…, who said": the relative pronoun stands for the phrase before it. */
  if (end > 1 && plx_claims_in_set (s->finder->relatives, s, end - 1) &&
      !plx_claims_gap_breaks (s, end))
    {
      r->sp_start = end - 1;
      r->sp_end = end;
      return;
    }

  /* "Mr. Biden flashed a grin and said", "He paused, then added". */
  switch (coordinated_subject (s, r, end))
    {
    case COORDINATED_FOUND:
    case COORDINATED_NONE:
      return;
    case COORDINATED_NOT:
      break;
    }

  /* "“…,” Rep. Jerrold Nadler, D-N.Y., the former chairman of …, told":
   * after a quotation the subject comes first, what follows it is said of
   * them. */
  if (end > 0 && plx_claims_gap_has (s, end, ',') && !plx_claims_gap_has_quote (s, end) &&
      speaker_after_quotation (s, end, r))
    return;

  /* ",” said X": the comma ends a quotation, not an apposition. */
  if (end > 0 && plx_claims_gap_has (s, end, ',') && !plx_claims_gap_has_quote (s, end))
    {
      speaker_before_apposition (s, r, end);
      /* "…, cracks and leaks, said the officials": no one before what
       * looked like an apposition, someone after the cue; what comes
       * before it is what they said. */
      if (r->sp_start < r->sp_end && end == r->cue && !may_be_someone (s, r->sp_start, r->sp_end) &&
          speaker_follows_cue (s, r))
        {
          r->sp_start = r->sp_end = r->cue;
          s->speaker_tail = 0;
          s->speaker_lead = 0;
        }
    }
  else if (end > 0 && !plx_claims_gap_breaks (s, end))
    speaker_phrase_before (s, r, end);
}

/* The head of the document the phrase [start, end) names ("a
 * resolution of its own": the last word before a preposition), or
 * G_MAXUINT when it names none. */
guint
plx_claims_document_head (Sentence *s,
                          guint     start,
                          guint     end)
{
  PlxClaimFinder *f = s->finder;
  guint head = start;

  while (head + 1 < end && !plx_claims_in_set (f->prepositions, s, head + 1) &&
         !plx_claims_in_set (f->places, s, head + 1))
    head++;

  return head < end && plx_claims_in_set (f->documents, s, head) ? head : G_MAXUINT;
}

/* Who put out the document whose head is token @head: the subject of the
 * verb before it ("the Pentagon issued a report", "all 42 members of the
 * GOP caucus are sending the letter", "The group has drafted a
 * resolution"), into [*start, *end). Returns whether there is one. */
gboolean
plx_claims_document_writer (Sentence *s,
                            guint     head,
                            guint    *start,
                            guint    *end)
{
  PlxClaimFinder *f = s->finder;
  guint v = head;
  guint a;
  guint b;

  /* Back over the document's article, owner and modifiers ("its own",
   * "a New York Times") to the verb. */
  while (v > 0 && !plx_claims_gap_breaks (s, v) &&
         (plx_claims_in_set (f->determiners, s, v - 1) || plx_claims_is_name_token (s, v - 1) ||
          g_str_equal (plx_claims_norm (s, v - 1), "own")))
    v--;
  if (v < 2 || v == head || plx_claims_gap_breaks (s, v))
    return FALSE;
  v--;
  if ((s->t[v].flags & PLX_TOKEN_CAPITALISED) || plx_claims_in_set (f->skip, s, v) ||
      plx_claims_in_set (f->prepositions, s, v) || plx_claims_in_set (f->boundaries, s, v) ||
      plx_claims_in_set (f->places, s, v))
    return FALSE;
  while (v > 0 && !plx_claims_gap_breaks (s, v) &&
         (plx_claims_in_set (f->skip, s, v - 1) || plx_claims_is_adverb (s, v - 1)))
    v--;
  if (v == 0 || plx_claims_gap_breaks (s, v))
    return FALSE;
  b = v;
  a = plx_claims_phrase_before (s, b);
  if (a >= b || !plx_claims_check_speaker (s, &a, &b) || a >= b || plx_claims_names_many (s, a, b))
    return FALSE;
  *start = a;
  *end = b;

  return TRUE;
}

/* The document the phrase [start, end) before a participle names, rather
 * than who wrote it: "(The group drafted) a resolution of its own
 * condemning …", or after a preposition that follows a document: "(The
 * senators sent) a letter to the president calling …". Returns its head
 * or G_MAXUINT. */
static guint
participle_document (Sentence *s,
                     guint     start,
                     guint     end)
{
  PlxClaimFinder *f = s->finder;
  guint head = plx_claims_document_head (s, start, end);

  if (head != G_MAXUINT)
    return head;
  if (start < 2 || plx_claims_gap_breaks (s, start) || plx_claims_gap_breaks (s, start - 1) ||
      !(plx_claims_in_set (f->prepositions, s, start - 1) || plx_claims_in_set (f->places, s, start - 1) ||
        plx_claims_in_set (f->infinitive, s, start - 1)) ||
      !plx_claims_in_set (f->documents, s, start - 2))
    return G_MAXUINT;

  return start - 2;
}

/* The speaker of a participial cue ("..., telling reporters"): its own
 * subject, the speaker of the sentence's claim before, or the subject of
 * the main clause. Returns FALSE when the cue is no claim after all. */
gboolean
plx_claims_speaker_of_participle (Sentence *s,
                                  Reading  *r,
                                  guint     first_claim)
{
  guint c = r->cue;

  /* "…as far as I know,” indicating the continued divergence …": after
   * a quotation the participle is the writer's comment on it. */
  if (c > 0 && plx_claims_gap_has_quote (s, c))
    return FALSE;

  if (!plx_claims_gap_has (s, c, ',') && c > 0)
    {
      /* "X, saying ..." needs the comma; otherwise it is a verb with its
       * own subject: "X is saying". */
      guint start = plx_claims_phrase_before (s, c);
      guint end = c;
      guint head;

      if (start == c)
        return FALSE;
      r->sp_start = start;
      r->sp_end = c;
      /* "Romney released a statement late Tuesday saying": the words
       * before are no speaker, the main clause's subject is; so when they
       * name the document it put out ("The NAACP adopted a resolution
       * condemning"). */
      /* ("Lord McAlpine, …, broke ranks saying": no one's words before the
       * participle, a verb and its object; the subject is the speaker.) */
      if (!plx_claims_check_speaker (s, &start, &end) ||
          (!(plx_claims_is_people_noun (s, end - 1) || plx_claims_is_name_token (s, end - 1) ||
             plx_claims_is_pronoun (s, end - 1)) &&
           participle_document (s, start, end) == G_MAXUINT))
        plx_claims_main_subject (s, c, &r->sp_start, &r->sp_end);
      else if ((head = participle_document (s, start, end)) != G_MAXUINT &&
               !plx_claims_document_writer (s, head, &r->sp_start, &r->sp_end))
        plx_claims_main_subject (s, c, &r->sp_start, &r->sp_end);
    }
  else if (s->claims->len > first_claim &&
           g_array_index (s->claims, PlxClaim, s->claims->len - 1).speaker_name[0] != '\0' &&
           s->relative_claim != (int) s->claims->len - 1)
    {
      /* "X noted ..., adding that ...": the same speaker. */
      r->speaker_from = s->claims->len - 1;
      r->sp_start = r->sp_end = r->cue;
    }
  else
    plx_claims_main_subject (s, c, &r->sp_start, &r->sp_end);

  /* No one to say it: "The talks were due to begin saying nothing new"
   * is no claim (a sentence-opening "Speaking on …, X said" is X's). */
  if (r->speaker_from < 0 && r->sp_start >= r->sp_end && c > 0)
    return FALSE;

  return TRUE;
}
