/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* "The governor added:" ending a paragraph, and the paragraph or the list
 * it introduces: each of their sentences is one more claim of that
 * speaker. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

/* "The governor added:" — a cue with a colon and nothing after it that
 * ends the sentence introduces the paragraph after it, the speaker's
 * words (plx_claims_add_introduced): the claim waits for them. */
void
plx_claims_remember_intro (Sentence *s,
                           Bytes     cue,
                           guint     speaker_start,
                           guint     speaker_end)
{
  const char *p = s->text + cue.byte_end;
  const char *end = s->text + s->sentence->byte_end;
  gboolean colon = FALSE;
  PlxClaim *intro;

  for (; p < end; p++)
    if (*p == ':' && !colon)
      colon = TRUE;
    else if (!g_ascii_isspace (*p))
      return;
  /* (Not "Here's an excerpt from the Times report:": a lone word
   * opening the sentence that the article never writes as a name.) */
  if (!colon || !plx_claims_check_speaker (s, &speaker_start, &speaker_end) ||
      speaker_start >= speaker_end ||
      (speaker_start == 0 && speaker_end == 1 && !plx_claims_is_pronoun (s, 0) &&
       !plx_claims_is_people_noun (s, 0) && !plx_claims_written (s, 0, CASE_PROPER)))
    return;

  intro = g_new0 (PlxClaim, 1);
  intro->sentence = s->index;
  intro->cue = plx_claims_to_chars (s, cue);
  intro->verb = g_utf8_strdown (s->text + cue.byte_start, cue.byte_end - cue.byte_start);
  plx_claims_set_speaker (intro, s, speaker_start, speaker_end);
  plx_claims_set_intro (s->state, intro);
}

/* Whether the text at byte @start opens a block of lines, after an empty
 * line (not a line of a list: "The economy is growing.\nJobs are coming
 * back."). */
static gboolean
opens_block (const char *text,
             gsize       start)
{
  const char *p = text + start;

  while (p > text && g_ascii_isspace (p[-1]) && p[-1] != '\n')
    p--;
  if (p == text)
    return TRUE;
  if (p[-1] != '\n')
    return FALSE;
  p--;
  while (p > text && g_ascii_isspace (p[-1]) && p[-1] != '\n')
    p--;

  return p == text || p[-1] == '\n';
}

/* Whether the line from byte @start (a sentence ending at @end) is one
 * of the lines of a block: a line before it or after it in the same
 * paragraph. */
static gboolean
in_list (const char *text,
         gsize       start,
         gsize       end)
{
  const char *line = text + start;
  const char *p = text + end;

  while (line > text && line[-1] != '\n')
    line--;
  if (line > text && !opens_block (text, line - text))
    return TRUE;
  p += strcspn (p, "\n");

  return *p == '\n' && p[1] != '\0' && !g_ascii_isspace (p[1]);
}

/* The words after a list item's mark ("- ", "* ", "• ", "2. ") at @start. */
static gsize
after_list_mark (const char *text,
                 gsize       start,
                 gsize       end)
{
  gsize p = start;

  if (p + 2 <= end && strchr ("-*", text[p]) != NULL && text[p + 1] == ' ')
    p += 2;
  else if (p + 4 <= end && g_str_has_prefix (text + p, "\u2022 "))
    p += 4;
  else
    {
      while (p < end && p - start < 3 && g_ascii_isdigit (text[p]))
        p++;
      if (p == start || p + 2 > end || strchr (".)", text[p]) == NULL || text[p + 1] != ' ')
        return start;
      p += 2;
    }
  while (p < end && text[p] == ' ')
    p++;

  return p;
}

/* Sentences of one paragraph at most that a "The governor added:" may
 * introduce. */
#define MAX_INTRODUCED 12

/* "The governor added:" ending a paragraph, and the paragraph after it
 * (a block quotation, with quotation marks or without): each of its
 * sentences without a claim of its own is one more claim of that speaker.
 * Called for each sentence in order, after its own claims are found; the
 * introducing claim, without content, waits in the state's "intro". */
void
plx_claims_add_introduced (Sentence *s,
                           guint     first_claim)
{
  PlxClaim *intro = s->state->intro;
  gsize start = s->sentence->byte_start;
  gsize end = s->sentence->byte_end;
  gboolean words = FALSE;
  gboolean first;
  gsize item;

  if (intro == NULL || intro->sentence == s->index)
    return;
  first = s->index == intro->sentence + 1;
  /* It must end its paragraph, and the paragraph after it ends it; a
   * list's lines ("Obama also said:" over its items) are one block. */
  if ((first ? !plx_claims_opens_paragraph (s) : opens_block (s->text, start)) ||
      s->index > intro->sentence + MAX_INTRODUCED || s->sentence->kind != PLX_SENTENCE_BODY)
    {
      plx_claims_set_intro (s->state, NULL);
      return;
    }
  if (s->claims->len > first_claim)
    return;

  while (start < end && g_ascii_isspace (s->text[start]))
    start++;
  while (end > start && g_ascii_isspace (s->text[end - 1]))
    end--;
  item = after_list_mark (s->text, start, end);
  /* (A quotation mark alone closing the block is no claim.) */
  for (gsize b = item; b < end && !words; b++)
    words = g_ascii_isalnum (s->text[b]) || (guchar) s->text[b] >= 0xC0;
  if (words)
    {
      PlxClaim claim = plx_claims_continued_claim (s->text, s->sentence, s->index, intro, item, end);
      Bytes bytes = { item, end };

      /* A list's items without quotation marks sum up what was said:
       * no quotation, as a block quotation is. */
      if ((item > start || in_list (s->text, start, s->sentence->byte_end)) &&
          plx_claims_find_quote (s->text, bytes) == NULL)
        g_clear_pointer (&claim.quote, g_free);
      g_array_append_val (s->claims, claim);
    }
}

/* Takes @intro (or none) as the claim that waits for its paragraph. */
void
plx_claims_set_intro (State    *state,
                      PlxClaim *intro)
{
  if (state->intro != NULL)
    plx_claim_clear (state->intro);
  g_free (state->intro);
  state->intro = intro;
}
