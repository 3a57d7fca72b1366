/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Where what someone said ends: at the next claim of the sentence, at the
 * end of the attribution, before an adverbial of place or time. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

/* Ends claim @index of the sentence at byte @next_start, where a claim
 * that its content runs into begins. */
static void
truncate_claim (Sentence *s,
                guint     index,
                gsize     next_start)
{
  PlxClaim *previous = &g_array_index (s->claims, PlxClaim, index);
  Bytes content;

  if (previous->sentence != s->index || next_start <= previous->content_byte_start ||
      next_start >= previous->content_byte_end)
    return;
  content.byte_start = previous->content_byte_start;
  content.byte_end = next_start;
  while (content.byte_end > content.byte_start &&
         strchr (" ,;:\n", s->text[content.byte_end - 1]) != NULL)
    content.byte_end--;
  content = plx_claims_attribution_end (s, content);
  if (content.byte_end <= content.byte_start)
    return;
  /* What is left may be only where it was said: "Speaking on the X
   * platform, Zelensky reiterated ...", or a word that said nothing yet:
   * "pointed to what (aides called …)". */
  if (plx_claims_is_adverbial (s, content, TRUE) ||
      (memchr (s->text + content.byte_start, ' ', content.byte_end - content.byte_start) == NULL &&
       !plx_claims_in_quotation (s, content.byte_start) &&
       !plx_claims_is_quote_mark (g_utf8_get_char (s->text + content.byte_start))))
    {
      g_array_remove_index (s->claims, index);
      s->dropped++;
      return;
    }

  previous->content_byte_end = content.byte_end;
  previous->byte_end = MAX (previous->content_byte_end, previous->byte_start);
  previous->content = plx_claims_to_chars (s, content);
  g_free (previous->text);
  previous->text = plx_claims_span_text (s, content);
  g_free (previous->quote);
  previous->quote = plx_claims_find_quote (s->text, content);
}

/* A claim whose content runs into the next claim of the sentence ends
 * where the next one begins: "as he described the talks, negotiators
 * described them as ..." are two claims. So does the claim that holds
 * the one before in a clause of its own: "Many said they came because
 * they agreed with him, while others said …". */
void
plx_claims_truncate_previous (Sentence *s,
                              gsize     next_start)
{
  guint outer = s->claims->len > 0 && s->nested_outer + 1 == s->claims->len ? s->nested_outer : 0;
  guint last = s->claims->len;

  if (last == 0 || g_array_index (s->claims, PlxClaim, last - 1).sentence != s->index)
    return;
  truncate_claim (s, last - 1, next_start);
  if (outer > 0)
    truncate_claim (s, outer - 1, next_start);
}

/* Whether the speaker at token @speaker_start opens a clause of what an
 * earlier claim says, after "while", "although", "because" with no comma
 * before it: "Smith said that while a review found flaws, there was no
 * misconduct" (not "…, while Republicans want them extended": a clause
 * of the writer's). */
static gboolean
in_subordinate_clause (Sentence *s,
                       guint     speaker_start)
{
  guint k = speaker_start - 1;

  return speaker_start > 0 && speaker_start < s->n &&
         plx_claims_in_set (s->finder->subordinators, s, k) &&
         !plx_claims_gap_breaks (s, speaker_start) && (k == 0 || !plx_claims_gap_breaks (s, k));
}

/* Whether the last claim holds that clause in what it says, with words
 * of its own before it: not "which officials objected to because they
 * feared …", where "to" says nothing. */
static gboolean
holds_clause (Sentence *s,
              guint     speaker_start)
{
  const PlxClaim *last;
  gsize clause = s->t[speaker_start - 1].byte_start;
  gsize start;

  if (s->claims->len == 0)
    return FALSE;
  last = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);
  start = last->content_byte_start;
  if (last->sentence != s->index || clause < start || clause >= last->content_byte_end)
    return FALSE;
  while (clause > start && s->text[clause - 1] == ' ')
    clause--;

  return clause == start || memchr (s->text + start, ' ', clause - start) != NULL;
}

/* Whether that clause comes before the clause it depends on, so that it
 * ends at a comma: it opens the sentence ("While Smith said …, Jones
 * …") or what is said ("said that if the president wants …, Republicans
 * should …"). */
static gboolean
clause_goes_first (Sentence *s,
                   guint     speaker_start)
{
  guint k = speaker_start - 1;
  const PlxClaim *last;

  if (k == 0 || plx_claims_in_set (s->finder->complementizers, s, k - 1))
    return TRUE;
  if (s->claims->len == 0)
    return FALSE;
  last = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);

  return last->sentence == s->index && last->content_byte_start == s->t[k].byte_start;
}

/* The first token at or after byte @at, or s->n. Tokens are in order: a
 * binary search, for sentences of a megabyte. */
guint
plx_claims_first_token_from (Sentence *s,
                             gsize     at)
{
  guint low = 0;
  guint high = s->n;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (s->t[mid].byte_start < at)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

/* The token that starts at byte @at, or s->n. */
static guint
token_at (Sentence *s,
          gsize     at)
{
  guint k = plx_claims_first_token_from (s, at);

  return k < s->n && s->t[k].byte_start == at ? k : s->n;
}

/* Whether the words from token @k open a clause of their own: a subject
 * ("there was", "the panel", "he") rather than the verb of the phrase
 * before ("the plan, which was new, would work"). */
static gboolean
opens_clause_at (Sentence *s,
                 guint     k)
{
  return k < s->n && (plx_claims_in_set (s->finder->determiners, s, k) || plx_claims_is_pronoun (s, k) ||
                      plx_claims_base_in (s, s->finder->expletives, k) ||
                      plx_claims_is_name_token (s, k));
}

/* A claim in such a clause ends at the clause's comma ("… found flaws,
 * there was no misconduct" goes on with the outer claim's words). */
static Bytes
end_subordinate_clause (Sentence *s,
                        Bytes     content)
{
  gboolean relative = FALSE;

  for (gsize b = content.byte_start + 1; b + 1 < content.byte_end; b++)
    {
      guint next;

      if (s->text[b] != ',' || s->text[b + 1] != ' ' || plx_claims_in_quotation (s, b))
        continue;
      next = token_at (s, b + 2);
      /* (Past a relative clause between commas: "the plan, which was
       * new, would work".) */
      if (!relative && next < s->n && plx_claims_in_set (s->finder->relatives, s, next))
        {
          relative = TRUE;
          continue;
        }
      if (relative && !opens_clause_at (s, next))
        {
          relative = FALSE;
          continue;
        }
      content.byte_end = b;
      break;
    }

  return content;
}

/* Whether the claim of the speaker at token @speaker_start is in a
 * clause of what the last claim says, which then keeps its words. */
static gboolean
nested_in_clause (Sentence *s,
                  guint     speaker_start)
{
  return in_subordinate_clause (s, speaker_start) && holds_clause (s, speaker_start);
}

/* Where the content of the claim of the speaker at @speaker_start ends
 * when it is in a clause that comes first. */
Bytes
plx_claims_end_clause (Sentence *s,
                       guint     speaker_start,
                       Bytes     content)
{
  if (in_subordinate_clause (s, speaker_start) && clause_goes_first (s, speaker_start))
    return end_subordinate_clause (s, content);

  return content;
}

/* The last case of plx_claims_end_previous(): a claim inside what is
 * said before "…, a source said" ends where the attribution begins. */
static void
end_before_attribution (Sentence *s,
                        Bytes     content,
                        guint     speaker_start,
                        guint     speaker_end,
                        Bytes     cue,
                        gsize     start)
{
  gsize attribution = speaker_start < speaker_end ? MIN (cue.byte_start, s->t[speaker_start].byte_start)
                                                  : cue.byte_start;
  /* (After a comma: "…, a source said", not a cue misread inside nor a
   * passive's subject: "it was mentioned by …".) */
  plx_claims_truncate_previous (s, memchr (s->text + content.byte_end, ',',
                                           attribution - content.byte_end) != NULL
                                     ? attribution
                                     : start);
}

/* Whether @cue is a participle ("believed", "offering", "known") inside
 * a run of words: no punctuation, quotation mark or line break just
 * before it. A cue in another form there ("…, and several other women
 * say") opens a claim of its own. */
static gboolean
participle_inside_words (Sentence *s,
                         Bytes     cue)
{
  g_autofree char *word = g_utf8_strdown (s->text + cue.byte_start, cue.byte_end - cue.byte_start);
  gsize k = cue.byte_start;

  if (!(g_str_has_suffix (word, "ed") || g_str_has_suffix (word, "ing") ||
        g_hash_table_contains (s->finder->participles, word)))
    return FALSE;
  while (k > 0 && s->text[k - 1] == ' ')
    k--;

  return k > 0 && k < cue.byte_start &&
         (g_ascii_isalnum (s->text[k - 1]) || (guchar) s->text[k - 1] >= 0x80) &&
         !plx_claims_is_quote_mark (g_utf8_get_char (g_utf8_find_prev_char (s->text, s->text + k)));
}

/* Whether the claim starting at byte @start opens what the last claim
 * says after a short phrase of when or how and its comma: "announced
 * that starting Friday, it will offer …" (its content was "starting
 * Friday"). */
static gboolean
after_fronted_phrase (Sentence *s,
                      gsize     start)
{
  const PlxClaim *last;
  guint from;
  guint at;

  if (s->claims->len == 0)
    return FALSE;
  last = &g_array_index (s->claims, PlxClaim, s->claims->len - 1);
  if (last->sentence != s->index || start <= last->content_byte_start || start >= last->content_byte_end)
    return FALSE;
  from = plx_claims_first_token_from (s, last->content_byte_start);
  at = plx_claims_first_token_from (s, start);
  if (at <= from + 1 || at - from > 3 || at >= s->n || !plx_claims_gap_has (s, at, ',') ||
      plx_claims_gap_has_quote (s, at) || !plx_claims_is_pronoun (s, at))
    return FALSE;
  /* No break and no clause word inside the phrase. */
  for (guint k = from; k < at; k++)
    if ((k > from && plx_claims_gap_breaks (s, k)) || plx_claims_in_set (s->finder->boundaries, s, k) ||
        plx_claims_match_cue (s, k) != NULL)
      return FALSE;

  return TRUE;
}

/* Ends the claim before the one of @cue (speaker tokens [speaker_start,
 * speaker_end), @content, starting at byte @start) where this one begins:
 * "… denied that he sent it but said …": the first claim ends at the
 * conjunction, though their speaker stands before both; "…, where doctors
 * confirmed he had cocaine in his system, Sgt. Lee Gragg told NBC News":
 * a claim inside what is said before the attribution ends where the
 * attribution begins. */
void
plx_claims_end_previous (Sentence *s,
                         Bytes     cue,
                         Bytes     content,
                         guint     speaker_start,
                         guint     speaker_end,
                         gsize     start)
{
  guint outer = s->claims->len;

  if (s->coordinated > 0)
    plx_claims_truncate_previous (s, s->t[s->coordinated].byte_start);
  /* (Not a claim in a clause of what the one before says, nor one whose
   * subject opens it: it keeps its words, "…noted that while a review
   * found …, there was …", "said in a statement residents believe …".) */
  else if (content.byte_end > cue.byte_start &&
           (s->nested_subject || nested_in_clause (s, speaker_start) || after_fronted_phrase (s, start)))
    {
      s->nested_outer = outer;
      return;
    }
  /* (Nor a participle with no speaker of its own inside the words said:
   * "note that the region has felt small earthquakes believed to be tied
   * to drilling" holds what is believed.) */
  else if (content.byte_end > cue.byte_start)
    {
      if (speaker_start < speaker_end || !participle_inside_words (s, cue))
        plx_claims_truncate_previous (s, start);
    }
  else
    end_before_attribution (s, content, speaker_start, speaker_end, cue, start);
  s->nested_outer = 0;
}

/* Whether the words from token @k say what the writer does not know:
 * "(though) it is (not) clear whether …", "although it remains unclear
 * if …". */
static gboolean
writer_hedges (Sentence *s,
               guint     k)
{
  const char *word;

  if (plx_claims_in_set (s->finder->subordinators, s, k) || g_str_equal (plx_claims_norm (s, k), "but"))
    k++;
  if (k + 2 >= s->n)
    return FALSE;
  word = plx_claims_norm (s, k);
  /* ("it's unclear") */
  if (plx_claims_is_its (s, k))
    k++;
  else
    {
      if (!g_str_equal (word, "it"))
        return FALSE;
      word = plx_claims_norm (s, k + 1);
      if (!(g_str_equal (word, "is") || g_str_equal (word, "was") || g_str_equal (word, "remains") ||
            g_str_equal (word, "remained")))
        return FALSE;
      k += 2;
    }
  if (plx_claims_is_negation (s, k) && k + 1 < s->n)
    k++;

  return plx_claims_in_set (s->finder->hedges, s, k);
}

/* "…losing the House in November, a surprisingly downbeat assessment
 * from a Republican leader": a phrase after a comma or a dash that names
 * what was said is the writer's comment on it, and so is what the writer
 * does not know ("…—although it is not clear if …"); the content ends
 * before it. */
static Bytes
writers_comment (Sentence *s,
                 Bytes     content)
{
  /* From the first token after the content's start. */
  guint low = MAX (plx_claims_first_token_from (s, content.byte_start + 1), 1);

  for (guint k = low; k + 1 < s->n; k++)
    {
      gboolean dash;

      if (s->t[k].byte_start >= content.byte_end)
        break;
      dash = plx_claims_gap_has (s, k, 0x2014) || plx_claims_gap_has (s, k, 0x2013);
      if (!(plx_claims_gap_has (s, k, ',') || dash) || plx_claims_gap_has_quote (s, k) ||
          plx_claims_in_quotation (s, s->t[k].byte_start))
        continue;
      if (writer_hedges (s, k))
        {
          content.byte_end = s->t[k - 1].byte_end;
          return content;
        }
      if (!plx_claims_in_set (s->finder->determiners, s, k))
        continue;
      for (guint h = k + 1; h < s->n && h <= k + 4 && !plx_claims_gap_breaks (s, h); h++)
        if (plx_claims_in_set (s->finder->comment_nouns, s, h) ||
            (plx_claims_in_set (s->finder->indefinites, s, k) && h + 1 < s->n &&
             !plx_claims_gap_breaks (s, h + 1) && !plx_claims_is_people_noun (s, h) &&
             !plx_claims_is_name_token (s, h) &&
             ((plx_claims_in_set (s->finder->boundaries, s, h + 1) &&
               !plx_claims_in_set (s->finder->conjunctions, s, h + 1)) ||
              plx_claims_is_adverb (s, h + 1))))
          {
            content.byte_end = s->t[k - 1].byte_end;
            return content;
          }
    }

  return content;
}

/* Whether nothing but closing punctuation and quotation marks follows
 * byte @end in its sentence. */
static gboolean
ends_sentence (Sentence *s,
               gsize     end)
{
  const char *p = s->text + end;
  const char *stop = s->text + s->sentence->byte_end;

  for (; p < stop; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(g_unichar_isspace (c) || c == '.' || c == '!' || c == '?' || c == 0x2026 ||
            c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == ')'))
        return FALSE;
    }

  return TRUE;
}

/* Where a content ends: at a semicolon outside a quotation ("…; which
 * raises questions about …" is the writer's), or after a quotation that
 * closes with a comma when the sentence goes on with words of its own
 * ("he was “not confident …,” he later adopted a more optimistic tone").
 * Trailing clause words ("…, while") go too. */
Bytes
plx_claims_attribution_end (Sentence *s,
                            Bytes     content)
{
  const char *text = s->text;
  const char *p = text + content.byte_start;
  const char *end = text + content.byte_end;
  gboolean quoted = FALSE;
  gboolean at_end;
  gunichar previous = 0;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x201C || c == 0x201E || c == 0x00AB || (c == '"' && !quoted))
        quoted = TRUE;
      else if ((c == 0x201D || c == 0x00BB || c == '"') && quoted)
        {
          const char *after = g_utf8_next_char (p);

          quoted = FALSE;
          /* ,” words … — the quotation ended a clause the writer goes on. */
          if (previous == ',' && after + 2 < end && *after == ' ' &&
              g_unichar_isalpha (g_utf8_get_char (after + 1)))
            {
              content.byte_end = after - text;
              break;
            }
        }
      else if (c == ';' && !quoted)
        {
          content.byte_end = p - text;
          break;
        }
      previous = c;
    }

  content = writers_comment (s, content);

  /* No trailing comma or clause word: "…, while"; but a content that runs
   * to the sentence's end ends with its own words ("… how to accelerate
   * that."), unless a comma leaves the word dangling ("…, and."). */
  at_end = ends_sentence (s, content.byte_end);
  for (gboolean trimmed = TRUE; trimmed && content.byte_end > content.byte_start;)
    {
      const char *last = text + content.byte_end;
      const char *word;

      trimmed = FALSE;
      while (last > text + content.byte_start && strchr (" ,;:", last[-1]) != NULL)
        {
          last--;
          trimmed = TRUE;
        }
      content.byte_end = last - text;
      word = last;
      while (word > text + content.byte_start && g_ascii_isalpha (word[-1]))
        word--;
      if (word > text + content.byte_start && word[-1] == ' ' && last - word < 12 &&
          (!at_end || (word - 1 > text + content.byte_start && strchr (",;:", word[-2]) != NULL)))
        {
          g_autofree char *folded = g_ascii_strdown (word, last - word);

          if (g_hash_table_contains (s->finder->boundaries, folded))
            {
              content.byte_end = word - text;
              trimmed = TRUE;
            }
        }
    }

  return content;
}

/* Whether the content at token @start is an adverbial of place or time,
 * not something said: "Speaking on the X platform", "spoke on Tuesday". */
gboolean
plx_claims_is_adverbial (Sentence *s,
                         Bytes     content,
                         gboolean  loose)
{
  /* The first token at or after the content's start. */
  guint low = plx_claims_first_token_from (s, content.byte_start);

  if (low >= s->n || s->t[low].byte_start >= content.byte_end)
    return FALSE;
  /* "was admitted to Children's Hospital", "wrote to Congress": where to,
   * unless it goes on to what is asked or said ("appealed to Congress to
   * act"). */
  if (low + 1 < s->n && plx_claims_in_set (s->finder->infinitive, s, low) &&
      plx_claims_is_name_token (s, low + 1) && !(s->t[low + 1].flags & PLX_TOKEN_QUOTED))
    {
      for (guint k = low + 2; k < s->n && s->t[k].byte_start < content.byte_end; k++)
        if (plx_claims_in_set (s->finder->infinitive, s, k) ||
            plx_claims_in_set (s->finder->complementizers, s, k) || plx_claims_gap_has_quote (s, k))
          return FALSE;
      return TRUE;
    }
  if (!plx_claims_in_set (s->finder->places, s, low))
    return FALSE;

  /* A few words of place or time (a name in quotation marks among them:
   * "on the “X” platform"). "On" and "with" may open what is said too
   * ("commented on …", "agreed with …"): then only with a date, or cut
   * down by the claim that follows. */
  for (guint k = low; k < s->n && s->t[k].byte_start < content.byte_end; k++)
    {
      if (k - low >= MAX_ADVERBIAL)
        return FALSE;
      loose |= plx_claims_in_set (s->finder->times, s, k);
    }

  return loose || plx_claims_in_set (s->finder->locatives, s, low);
}

/* Whether the content is one adverb or word of time: "Ryan spoke first". */
gboolean
plx_claims_is_lone_adverb (Sentence *s,
                           Bytes     content)
{
  const char *word = s->text + content.byte_start;
  gsize length = content.byte_end - content.byte_start;
  g_autofree char *folded = NULL;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalpha (word[i]))
      return FALSE;
  folded = g_ascii_strdown (word, length);

  return g_hash_table_contains (s->finder->skip, folded) ||
         g_hash_table_contains (s->finder->times, folded) ||
         (length > 4 && g_str_has_suffix (folded, "ly"));
}

/* Whether the attribution ends at token @after, or after a few words of
 * place or time there ("“…,” Earnest said at a briefing Monday."), or a
 * clause word opens the writer's own clause there. */
static gboolean
ends_at (Sentence *s,
         guint     after)
{
  guint k;

  if (after >= s->n || plx_claims_gap_ends_clause (s, after))
    return TRUE;
  /* "“…,” Quina Jones, 25, said as she and hundreds of others moved
   * down the street": a clause of the writer's own. */
  if (plx_claims_in_set (s->finder->boundaries, s, after) &&
      !plx_claims_in_set (s->finder->complementizers, s, after))
    return TRUE;
  /* ("…,” he said of himself and his party": whom it was said of.) */
  if (!plx_claims_in_set (s->finder->places, s, after) &&
      !plx_claims_in_set (s->finder->prepositions, s, after))
    return FALSE;
  for (k = after + 1; k < s->n && k - after < 2 * MAX_ADVERBIAL; k++)
    if (plx_claims_gap_ends_clause (s, k))
      return TRUE;

  return k >= s->n;
}

/* The same past a day or whom they told first: "“…,” Hollande said
 * Friday as he entered the talks", "“…,” Merkel told reporters after the
 * meeting". */
gboolean
plx_claims_ends_after_adverbial (Sentence *s,
                                 guint     after)
{
  guint k = after;

  if (ends_at (s, after))
    return TRUE;
  while (k < s->n && k - after < 4 && (k == after || !plx_claims_gap_breaks (s, k)) &&
         (plx_claims_in_set (s->finder->times, s, k) || plx_claims_is_people_noun (s, k) ||
          plx_claims_is_name_token (s, k) || plx_claims_in_set (s->finder->determiners, s, k)))
    k++;

  /* (Not "called on the Obamas to rebuke …": whom they ask to do what.) */
  return k > after && (k >= s->n || !plx_claims_gap_breaks (s, k) || plx_claims_gap_ends_clause (s, k)) &&
         (k >= s->n || !plx_claims_in_set (s->finder->infinitive, s, k)) && ends_at (s, k);
}

