/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The people an article introduces, with the words of their office and
 * place ("Texas Gov. Rick Perry"), so that a later "he" or "the Texas
 * governor" finds them. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

void
plx_claims_person_free (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  g_free (person->key);
  if (person->roles != NULL)
    g_ptr_array_unref (person->roles);
  g_free (person);
}

/* The folded word of token @i, a title's short form made full: "gov" is
 * "governor". The string is the vocabulary's or the word lists'. */
static const char *
role_word (Sentence *s,
           guint     i)
{
  const char *word = plx_claims_norm (s, i);
  const char *full = g_hash_table_lookup (s->finder->title_forms, word);

  return full != NULL ? full : word;
}

/* The office token @i names, with the word before it that makes another
 * office of it: "Vice President" is "vice president", which "the
 * president" is not; "Lt. Gov." is "lieutenant governor". */
static const char *
office_word (Sentence *s,
             guint     i)
{
  const char *word = role_word (s, i);
  const char *modifier;
  g_autofree char *office = NULL;

  if (i == 0 || plx_claims_gap_breaks (s, i))
    return word;
  modifier = role_word (s, i - 1);
  if (!g_hash_table_contains (s->finder->office_modifiers, modifier))
    return word;
  /* Interned: the offices are the few of the word lists. */
  office = g_strconcat (modifier, " ", word, NULL);

  return g_intern_string (office);
}

static gboolean
is_full_form (gpointer key,
              gpointer value,
              gpointer word)
{
  return g_str_equal (value, word);
}

/* Whether token @i is a title of office ("President", "Gov.",
 * "Representative"), not another noun for people ("Rival"). */
static gboolean
is_office (Sentence *s,
           guint     i)
{
  return plx_claims_in_set (s->finder->titles, s, i) ||
         plx_claims_in_set (s->finder->title_forms, s, i) ||
         g_hash_table_find (s->finder->title_forms, is_full_form, (gpointer) plx_claims_norm (s, i)) != NULL;
}

/* Whether token @i is a word of office or a noun for people: "Gov.",
 * "spokesman", "member". */
gboolean
plx_claims_is_role_token (Sentence *s,
                          guint     i)
{
  return plx_claims_in_set (s->finder->titles, s, i) || plx_claims_is_people_noun (s, i) ||
         plx_claims_in_set (s->finder->title_forms, s, i);
}

/* Remembers the person named by tokens [i, end) with the words of office
 * and place around the name: "Texas Gov. Rick Perry", "Gov. Rick Perry of
 * Texas", "Yuri Ushakov, the diplomatic advisor to ...". */
static void
remember_roles (Sentence *s,
                guint     i,
                guint     end)
{
  Person *person;
  guint first = i >= 3 ? i - 3 : 0;
  guint last = MIN (s->n, end + 2);
  gboolean office = FALSE;

  /* Only the words of this phrase: not past punctuation, nor past a word
   * that is no title, place or name ("The letter says Mr. Obama …" says
   * nothing of Mr. Obama's office). */
  for (guint k = i; k > first; k--)
    if (plx_claims_gap_breaks (s, k) ||
        !(plx_claims_is_role_token (s, k - 1) || plx_claims_is_name_token (s, k - 1)))
      {
        first = k;
        break;
      }
  if (end < s->n && plx_claims_gap_has (s, end, ','))
    last = MIN (s->n, end + 7); /* an apposition */
  else if (!(end + 1 < s->n && g_str_equal (plx_claims_norm (s, end), "of")))
    last = end;

  for (guint k = first; k < last; k++)
    {
      if (k > end && plx_claims_gap_ends_clause (s, k) && !plx_claims_gap_has (s, end, ','))
        {
          last = k;
          break;
        }
      /* Not across the end of a quotation: in "“… the Executive Branch,
       * and Congress,” the official said" the official is the speaker. */
      if ((s->t[k].flags & PLX_TOKEN_QUOTED) != (s->t[i].flags & PLX_TOKEN_QUOTED))
        {
          if (k > i)
            {
              last = k;
              break;
            }
          continue;
        }
      /* An office is one person's: "governor", not "members". */
      office |= plx_claims_is_role_token (s, k) && !(s->t[k].flags & PLX_TOKEN_CAPITALISED &&
                                           !plx_claims_in_set (s->finder->titles, s, k)) &&
                !g_str_has_suffix (plx_claims_norm (s, k), "s");
    }
  if (!office)
    return;

  person = g_new0 (Person, 1);
  person->roles = g_ptr_array_new ();
  for (guint k = first; k < last; k++)
    if (plx_claims_is_role_token (s, k))
      g_ptr_array_add (person->roles, (gpointer) office_word (s, k));
    else if (plx_claims_is_name_token (s, k))
      g_ptr_array_add (person->roles, (gpointer) role_word (s, k));
  person->name = plx_claims_span_text (s, plx_claims_token_bytes (s, i, end));
  person->key = plx_claims_name_key (person->name);
  g_ptr_array_add (s->state->people, person);
  /* Only the people introduced lately are looked at. */
  if (s->state->people->len >= 4 * MAX_DESCRIBED_BACK)
    g_ptr_array_remove_range (s->state->people, 0, s->state->people->len - MAX_DESCRIBED_BACK);
}


/* The fullest name among @people whose last word is @word (folded), or
 * NULL when none is or they are two people: "Rev. Jesse Jackson" and
 * "Rep. Jesse Jackson Jr." are whom "Jackson" cannot tell apart ("Anthony
 * Weiner" and "Rep. Anthony Weiner" are one). */
static const char *
fullest_named (GPtrArray  *people,
               const char *word)
{
  const char *found = NULL;

  for (guint i = 0; word != NULL && i < people->len; i++)
    {
      const Person *person = g_ptr_array_index (people, i);
      const char *name = person->name;

      if (!g_str_equal (person->key, word))
        continue;
      if (found != NULL && !g_str_has_suffix (found, name) && !g_str_has_suffix (name, found))
        return NULL;
      if (found == NULL || strlen (name) > strlen (found))
        found = name;
    }

  return found;
}

/* Whether the article introduced a person of the last name @key (folded)
 * with their office or an apposition. */
gboolean
plx_claims_introduced (Sentence   *s,
                       const char *key)
{
  for (guint i = 0; key != NULL && i < s->state->people->len; i++)
    if (g_strcmp0 (((const Person *) g_ptr_array_index (s->state->people, i))->key, key) == 0)
      return TRUE;

  return FALSE;
}

/* Whether the name at token @i, followed by a comma and a verb, is an
 * apposition that the comma closes: "His guest, the actress Kamala Lopez,
 * was …" names her; "…, the chairman of the House Budget Committee, has
 * been …" and "he told the Conservative Political Action Conference, is
 * …" name no one: the name follows a preposition or a verb. */
static gboolean
closes_apposition (Sentence *s,
                   guint     i)
{
  for (guint k = i; k > 0 && i - k < MAX_APPOSITIVE; k--)
    {
      if (plx_claims_gap_breaks (s, k))
        return plx_claims_gap_has (s, k, ',') && !plx_claims_gap_has_quote (s, k);
      if (plx_claims_in_set (s->finder->prepositions, s, k - 1) ||
          plx_claims_in_set (s->finder->auxiliaries, s, k - 1) || plx_claims_match_cue (s, k - 1) != NULL)
        return FALSE;
    }

  return FALSE;
}

/* Whether an apposition follows the name in tokens [i, end): "Yuri
 * Ushakov, the adviser". */
static gboolean
apposition_follows (Sentence *s,
                    guint     i,
                    guint     end)
{
  gboolean apposed;

  /* "in San Jose, Calif.": a name after "in" or "at" with a capitalised
   * word after its comma is a place (a person's apposition goes on
   * in lower case: "from Yuri Ushakov, the adviser"). */
  /* ("Get Out of Debt, Build Wealth, and Achieve …": a list.) */
  apposed = end < s->n && plx_claims_gap_has (s, end, ',') &&
            !plx_claims_in_set (s->finder->conjunctions, s, end) &&
            !(i > 0 && plx_claims_in_set (s->finder->locatives, s, i - 1) &&
              s->t[end].flags & PLX_TOKEN_CAPITALISED);
  /* After a preposition the comma must open an apposition ("from
   * Yuri Ushakov, the adviser"), not the main clause ("In an
   * interview with Fox News, Mr. Boehner delivered"), nor end one, a
   * verb following ("…, the chairman of the House Budget Committee, has
   * been …"). */
  if (apposed && i > 0 && plx_claims_in_set (s->finder->prepositions, s, i - 1) &&
      ((s->t[end].flags & PLX_TOKEN_CAPITALISED) || plx_claims_is_pronoun (s, end) ||
       plx_claims_in_set (s->finder->infinitive, s, end) ||
       plx_claims_in_set (s->finder->skip, s, end)))
    apposed = FALSE;
  /* Nor where the comma closes the phrase and the sentence goes on with
   * a preposition or a clause ("the U.S. attorney's office for the
   * Eastern District of New York, in part because …"); an apposition
   * describes someone ("from Yuri Ushakov, diplomatic advisor") or a
   * relative clause says who they are ("the times of Donald J. Trump, who
   * sat for an interview"). */
  if (apposed && i > 0 && plx_claims_in_set (s->finder->prepositions, s, i - 1) &&
      (plx_claims_in_set (s->finder->prepositions, s, end) || plx_claims_in_set (s->finder->places, s, end) ||
       (plx_claims_in_set (s->finder->boundaries, s, end) &&
        !plx_claims_in_set (s->finder->person_relatives, s, end))))
    apposed = FALSE;
  if (apposed && plx_claims_in_set (s->finder->auxiliaries, s, end))
    apposed = closes_apposition (s, i);

  return apposed;
}

/* Whether tokens [start, end) are many people, not a person's name:
 * "Many Democrats", "many Democrats" (a plural noun for people after
 * words that are no name: lower case, or a word the article also writes
 * in lower case opening the sentence), not "Mr. Sellers". */
gboolean
plx_claims_names_many (Sentence *s,
                       guint     start,
                       guint     end)
{
  const char *head;

  if (end <= start + 1)
    return FALSE;
  head = plx_claims_norm (s, end - 1);
  if (!g_str_has_suffix (head, "s") || g_str_has_suffix (head, "ss") ||
      !plx_claims_is_people_noun (s, end - 1))
    return FALSE;
  for (guint k = start; k + 1 < end; k++)
    if (plx_claims_is_name_token (s, k) &&
        !(k == 0 && plx_claims_written (s, k, CASE_LOWER) && !plx_claims_written (s, k, CASE_PROPER)))
      return FALSE;

  return TRUE;
}

/* Whether token @i opens the sentence's main clause: the first word, or
 * the first after an opening phrase of time or place ("During a CNN town
 * hall, Tina Houchins had a question"). */
static gboolean
opens_main_clause (Sentence *s,
                   guint     i)
{
  if (i == 0)
    return TRUE;
  if (i < 3 || !plx_claims_gap_has (s, i, ',') || plx_claims_gap_has_quote (s, i) ||
      (s->t[0].flags & PLX_TOKEN_QUOTED) ||
      !(plx_claims_in_set (s->finder->places, s, 0) || plx_claims_in_set (s->finder->prepositions, s, 0)))
    return FALSE;
  for (guint k = 1; k < i; k++)
    if (plx_claims_gap_breaks (s, k))
      return FALSE;

  return TRUE;
}

/* "Netanyahu …" opening a sentence, tokens [i, end): a person met
 * before, by the last word of their name, is who a later "he" means (not
 * when the sentence opens a quotation that names them); "Cowan said …" of
 * a Cowan named inside sentences before, too. */
static void
opening_known (Sentence *s,
               guint     i,
               guint     end)
{
  const char *known;

  if (!opens_main_clause (s, i) || end >= s->n || (s->t[end].flags & PLX_TOKEN_CAPITALISED) ||
      plx_claims_gap_breaks (s, end) || (s->t[i].flags & PLX_TOKEN_QUOTED))
    return;

  known = fullest_named (s->state->recent, plx_claims_norm (s, end - 1));
  /* ("Akin said …" of a "Missouri Rep. Todd Akin" introduced before: his
   * full name.) */
  if (known == NULL && end - i == 1)
    known = fullest_named (s->state->people, plx_claims_norm (s, i));
  if (known != NULL)
    {
      plx_claims_set_last_person (s, g_strdup (known));
      s->state->introduced_at = i;
    }
  /* Not "Asked again about …, she said", nor "Newsweek's cover": a verb,
   * a possessive. */
  else if (end - i == 1 && plx_claims_written (s, i, CASE_PROPER) &&
           !plx_claims_written (s, i, CASE_LOWER) && !plx_claims_is_people_noun (s, i) &&
           plx_claims_match_cue (s, i) == NULL && !plx_claims_is_possessive (s, i))
    {
      s->state->pending_start = s->t[i].byte_start;
      s->state->pending_end = s->t[i].byte_end;
      s->state->introduced_at = i;
    }
}

/* "Hillary Rodham Clinton on Wednesday vigorously defended …": a full
 * name, tokens [i, end), opening the sentence is its subject, not "New
 * York officials"; it is read when a pronoun needs it. */
static void
opening_full_name (Sentence *s,
                   guint     i,
                   guint     end)
{
  guint first = i;

  if (!opens_main_clause (s, i) || end >= s->n || plx_claims_gap_breaks (s, end) ||
      plx_claims_is_name_token (s, end) || plx_claims_is_people_noun (s, end) ||
      (s->t[end].flags & PLX_TOKEN_CAPITALISED) || (s->t[i].flags & PLX_TOKEN_QUOTED) ||
      plx_claims_names_many (s, i, end) ||
      /* Not "Although Scott": a clause word, or a word the article writes
       * in lower case. */
      plx_claims_in_set (s->finder->boundaries, s, i) ||
      (plx_claims_written (s, i, CASE_LOWER) && !plx_claims_written (s, i, CASE_PROPER)))
    return;

  /* "Rival Hillary Clinton": a noun for people before the name is no
   * part of it (an office is: "President Barack Obama"). */
  while (first + 2 < end && plx_claims_is_people_noun (s, first) && !is_office (s, first))
    first++;
  s->state->pending_start = s->t[first].byte_start;
  s->state->pending_end = s->t[end - 1].byte_end;
  s->state->introduced_at = i;
}

/* Remembers people introduced with a title or an apposition, so that a
 * later "he" or "she" finds them even when they did not speak yet, and a
 * later "the Texas governor" too. */
void
plx_claims_remember_people (Sentence *s)
{
  g_free (s->state->person_before);
  s->state->person_before = g_strdup (plx_claims_last_person (s));
  s->state->introduced_at = G_MAXUINT;
  for (guint i = 0; i + 1 < s->n; i++)
    {
      guint end = plx_claims_name_run (s, i);
      gboolean titled;
      gboolean apposed;

      if (end == i)
        continue;
      /* "Sen. Rand Paul, R-Ky., put it": a party and state, no one. */
      if (plx_claims_is_affiliation (s, i, end))
        {
          i = end - 1;
          continue;
        }
      opening_known (s, i, end);
      if (end - i < 2)
        continue;

      remember_roles (s, i, end);
      opening_full_name (s, i, end);
      titled = i > 0 && plx_claims_in_set (s->finder->titles, s, i - 1);
      /* "Ukrainian President Volodymyr Zelensky": the title inside. */
      for (guint k = i; k + 2 < end && !titled; k++)
        titled = plx_claims_in_set (s->finder->titles, s, k);
      /* "Director of National Intelligence James Clapper": a title of an
       * office, all of it the name a later "he" means. */
      if (!titled && i >= 2 && g_str_equal (plx_claims_norm (s, i - 1), "of") &&
          plx_claims_in_set (s->finder->titles, s, i - 2) && end - i >= 3 &&
          !(s->t[i].flags & PLX_TOKEN_QUOTED) &&
          /* "an aide to Secretary of State …" is whom the aide serves. */
          !(i >= 3 && (plx_claims_in_set (s->finder->prepositions, s, i - 3) ||
                       plx_claims_in_set (s->finder->infinitive, s, i - 3))))
        {
          plx_claims_set_last_person (s, plx_claims_span_text (s, plx_claims_token_bytes (s, i - 2, end)));
          s->state->introduced_at = i - 2;
          i = end - 1;
          continue;
        }
      apposed = apposition_follows (s, i, end);
      /* Someone named inside a quotation is whom the speaker talks of:
       * "“President Obama has said …,” he said" is not Obama speaking.
       * A body is no one a "he" or "she" means ("Michael Steele, chairman
       * of the Republican National Committee, drew criticism … a fight he
       * called …"); a person whose name ends in such a noun is ("Margaret
       * Court, a former champion, …"). */
      if ((titled || apposed) && !(s->t[i].flags & PLX_TOKEN_QUOTED) &&
          !(plx_claims_in_set (s->finder->collective_heads, s, end - 1) &&
            !plx_claims_is_given_name (s, plx_claims_norm (s, i))))
        {
          plx_claims_set_last_person (s, plx_claims_span_text (s, plx_claims_token_bytes (s, i, end)));
          s->state->introduced_at = i;
        }
      i = end - 1;
    }
}

static gboolean
has_role (const Person *person,
          const char   *word)
{
  for (guint r = 0; r < person->roles->len; r++)
    if (g_str_equal (g_ptr_array_index (person->roles, r), word))
      return TRUE;

  return FALSE;
}

/* The person a definite description in tokens [start, end) stands for:
 * "the Texas governor" is the person last introduced as a governor with
 * Texas around their name; NULL when none was. */
const char *
plx_claims_described_person (Sentence *s,
                             guint     start,
                             guint     end)
{
  const char *head;
  guint last;

  if (end - start < 2 || !g_str_equal (plx_claims_norm (s, start), "the") ||
      !plx_claims_is_role_token (s, end - 1) || g_str_has_suffix (plx_claims_norm (s, end - 1), "s"))
    return NULL;

  head = office_word (s, end - 1);
  /* The words said of them besides the office (with its modifier). */
  last = strchr (head, ' ') != NULL ? end - 2 : end - 1;
  /* Among the people introduced lately: a description refers back a few
   * paragraphs, not to anyone the article ever named. */
  for (guint p = s->state->people->len;
       p > 0 && s->state->people->len - p < MAX_DESCRIBED_BACK; p--)
    {
      const Person *person = g_ptr_array_index (s->state->people, p - 1);
      gboolean fits = has_role (person, head);

      /* Every other word of the description must be said of them too. */
      for (guint k = start + 1; fits && k < last; k++)
        fits = has_role (person, role_word (s, k)) ||
               !(plx_claims_is_name_token (s, k) || plx_claims_is_role_token (s, k));
      if (fits)
        return person->name;
    }

  return NULL;
}

/* People a pronoun may stand for: the last few named. */
#define MAX_RECENT_PEOPLE 16

/* Takes @name as the person a later "he" or "she" means. */
void
plx_claims_set_last_person (Sentence *s,
                            char     *name)
{
  GPtrArray *recent = s->state->recent;
  Person *person;

  g_free (s->state->last_person);
  s->state->last_person = name;
  s->state->pending_start = s->state->pending_end = 0;
  if (name == NULL || *name == '\0' ||
      (recent->len > 0 &&
       g_str_equal (((const Person *) g_ptr_array_index (recent, recent->len - 1))->name, name)))
    return;
  if (recent->len == MAX_RECENT_PEOPLE)
    g_ptr_array_remove_index (recent, 0);
  person = g_new0 (Person, 1);
  person->name = g_strdup (name);
  person->key = plx_claims_name_key (name);
  g_ptr_array_add (recent, person);
}

/* The person a "he" or "she" here means, or NULL. */
const char *
plx_claims_last_person (Sentence *s)
{
  State *state = s->state;

  if (state->pending_end > state->pending_start)
    {
      Bytes bytes = { state->pending_start, state->pending_end };
      g_autofree char *name = plx_claims_span_text (s, bytes);
      g_autofree char *folded = g_utf8_casefold (name, -1);

      state->pending_start = state->pending_end = 0;
      if (!g_hash_table_contains (s->finder->groups, folded))
        plx_claims_set_last_person (s, g_steal_pointer (&name));
    }

  return state->last_person;
}

typedef struct
{
  char  *owner;
  guint  sentence;
} Owner;

static void
owner_free (gpointer data)
{
  Owner *owner = data;

  g_free (owner->owner);
  g_free (owner);
}

/* Whether token @k is a document ("an ad", "the letter") or a finding
 * one puts out ("a study", "the survey"). */
gboolean
plx_claims_is_document (Sentence *s,
                        guint     k)
{
  return plx_claims_in_set (s->finder->documents, s, k) ||
         plx_claims_in_set (s->finder->finding_sources, s, k);
}

/* "The Romney campaign retorted with an ad of its own", "Researchers at
 * the Urban Institute published a study": a document that the sentence's
 * subject puts out, introduced with "a" or "an" (not "a
 * letter from X", which is X's). A later "the ad" is theirs. */
void
plx_claims_remember_owners (Sentence *s)
{
  for (guint k = 1; k < s->n; k++)
    {
      guint article = k;
      guint a = 0;
      guint b = 0;
      Owner *owner;

      if (!plx_claims_is_document (s, k) || (s->t[k].flags & PLX_TOKEN_QUOTED) ||
          (k + 1 < s->n && !plx_claims_gap_breaks (s, k + 1) &&
           plx_claims_in_set (s->finder->authors, s, k + 1)))
        continue;
      while (article > 0 && k - article < 4 && !plx_claims_gap_breaks (s, article) &&
             !plx_claims_in_set (s->finder->indefinites, s, article - 1))
        article--;
      if (article == 0 || k - article >= 4 || plx_claims_gap_breaks (s, article) ||
          !plx_claims_in_set (s->finder->indefinites, s, article - 1))
        continue;
      /* (A finding is whoever puts it out, not whom it is "according
       * to": "Most Americans think …, according to a Fox News poll".) */
      if (plx_claims_in_set (s->finder->documents, s, k))
        plx_claims_main_subject (s, article - 1, &a, &b);
      else if (!plx_claims_document_writer (s, k, &a, &b))
        continue;
      if (a >= b || b >= article || plx_claims_is_pronoun (s, a) ||
          !(a == 0 || a == plx_claims_dateline_end (s) || plx_claims_gap_has (s, a, ',')) ||
          !(plx_claims_names_someone (s, a, b) || plx_claims_is_people_noun (s, b - 1)))
        continue;

      owner = g_new0 (Owner, 1);
      owner->owner = plx_claims_span_text (s, plx_claims_token_bytes (s, a, b));
      owner->sentence = s->index;
      if (s->state->owners == NULL)
        s->state->owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, owner_free);
      g_hash_table_replace (s->state->owners, g_strdup (plx_claims_norm (s, k)), owner);
    }
}

/* Who put out the document that tokens [start, end) name ("the ad", "the
 * new ad"), when the article said so in the last five sentences; or
 * NULL. */
const char *
plx_claims_document_owner (Sentence *s,
                           guint     start,
                           guint     end)
{
  const Owner *owner;

  if (s->state->owners == NULL || end - start < 2 || end - start > 3 ||
      !plx_claims_in_set (s->finder->determiners, s, start) ||
      plx_claims_in_set (s->finder->indefinites, s, start) ||
      plx_claims_is_possessive (s, start) ||
      !plx_claims_is_document (s, end - 1))
    return NULL;
  owner = g_hash_table_lookup (s->state->owners, plx_claims_norm (s, end - 1));
  if (owner == NULL || s->index > owner->sentence + 5)
    return NULL;

  return owner->owner;
}

/* A group named lately is who "the committee" or "the campaign" stands for. */
#define MAX_NAMED_BACK 5

/* "the Romney campaign", "the House Ethics Committee", "Obama's
 * administration": a name before a noun for people or a body, whom a
 * later "the campaign" means. Remembers the last of each noun. */
void
plx_claims_remember_named (Sentence *s)
{
  for (guint k = 1; k < s->n; k++)
    {
      guint first = k;
      const char *head = plx_claims_norm (s, k);
      guint last;
      Owner *named;

      /* One body, not many ("Senate Democrats"), and the whole noun
       * phrase ("the Obama campaign spokesman Ben LaBolt" is a person's). */
      if (!plx_claims_is_people_noun (s, k) || g_str_has_suffix (head, "s") ||
          (s->t[k].flags & PLX_TOKEN_QUOTED) ||
          (k + 1 < s->n && !plx_claims_gap_breaks (s, k + 1) &&
           (plx_claims_is_name_token (s, k + 1) || plx_claims_is_people_noun (s, k + 1))))
        continue;
      while (first > 0 && k - first < 4 && !plx_claims_gap_breaks (s, first) &&
             plx_claims_is_name_token (s, first - 1) && !(s->t[first - 1].flags & PLX_TOKEN_QUOTED))
        first--;
      if (first == k || (first == 0 && k - first == 1 && !plx_claims_names_someone (s, 0, 1)) ||
          plx_claims_in_set (s->finder->times, s, first))
        continue;

      /* "the United States Conference of Catholic Bishops": all of it. */
      last = k + 1;
      if ((s->t[k].flags & PLX_TOKEN_CAPITALISED) && last + 1 < s->n &&
          g_str_equal (plx_claims_norm (s, last), "of") && !plx_claims_gap_breaks (s, last) &&
          !plx_claims_gap_breaks (s, last + 1) && plx_claims_is_name_token (s, last + 1))
        for (last += 1; last < s->n && plx_claims_is_name_token (s, last) &&
                        !plx_claims_gap_breaks (s, last); last++)
          ;

      named = g_new0 (Owner, 1);
      named->owner = plx_claims_span_text (s, plx_claims_token_bytes (s, first, last));
      named->sentence = s->index;
      if (s->state->named == NULL)
        s->state->named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, owner_free);
      g_hash_table_replace (s->state->named, g_strdup (head), named);
    }
}

/* The body of people a "the group" means: the one the sentence before
 * (or the one before it) named, with a noun for a body of people ("The
 * nearby St. Louis Tea Party had …. The group has drafted …"); NULL when
 * none or two were named there. */
static const Owner *
last_named_body (Sentence *s)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  const Owner *found = NULL;
  gboolean two = FALSE;

  g_hash_table_iter_init (&iter, s->state->named);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Owner *named = value;

      if (named->sentence >= s->index || s->index > named->sentence + 2 ||
          !g_hash_table_contains (s->finder->collective_heads, key))
        continue;
      if (found == NULL || named->sentence > found->sentence)
        {
          found = named;
          two = FALSE;
        }
      else if (named->sentence == found->sentence)
        two = TRUE;
    }

  return two ? NULL : found;
}

/* Whom "the campaign" in tokens [start, end) stands for: the body the
 * article named with that noun in the last few sentences ("the Romney
 * campaign"), or NULL. */
const char *
plx_claims_named_group (Sentence *s,
                        guint     start,
                        guint     end)
{
  const Owner *named;

  if (s->state->named == NULL || end - start != 2 ||
      !g_str_equal (plx_claims_norm (s, start), "the") || plx_claims_is_name_token (s, end - 1))
    return NULL;
  named = g_hash_table_lookup (s->state->named, plx_claims_norm (s, end - 1));
  if (named == NULL && plx_claims_in_set (s->finder->generic_bodies, s, end - 1))
    named = last_named_body (s);
  if (named == NULL || s->index > named->sentence + MAX_NAMED_BACK)
    return NULL;

  return named->owner;
}
