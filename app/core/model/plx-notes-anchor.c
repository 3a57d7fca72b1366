/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Where notes are: a note made on a sentence, a link or a claim of a
 * comparison takes the characters of its anchor and the words there
 * (plx_note_init_*()), and plx_notes_resolve() finds the sentence, link or
 * claim at those characters in a comparison, which may have run again
 * since. */

#include "config.h"

#include <string.h>

#include "plx-comparison-private.h"
#include "plx-notes-private.h"

/* Characters and bytes of an article. Sentences know both, so a
 * conversion walks from the nearest sentence start, never the whole text. */

const PlxSentence *
plx_notes_sentence_before (PlxArticle *article,
                           guint       offset,
                           gboolean    bytes)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  guint low = 0;
  guint high = n;

  while (low < high)
    {
      guint mid = (low + high) / 2;
      gsize start = bytes ? sentences[mid].byte_start : sentences[mid].start;

      if (start <= offset)
        low = mid + 1;
      else
        high = mid;
    }

  return low > 0 ? &sentences[low - 1] : NULL;
}

gsize
plx_notes_char_to_byte (PlxArticle *article,
                        guint       offset)
{
  const char *text = plx_article_get_text (article);
  const PlxSentence *before = plx_notes_sentence_before (article, offset, FALSE);

  if (before == NULL)
    return g_utf8_offset_to_pointer (text, offset) - text;

  return g_utf8_offset_to_pointer (text + before->byte_start, offset - before->start) - text;
}

guint
plx_notes_byte_to_char (PlxArticle *article,
                        gsize       offset)
{
  const char *text = plx_article_get_text (article);
  const PlxSentence *before = plx_notes_sentence_before (article, offset, TRUE);

  if (before == NULL)
    return g_utf8_pointer_to_offset (text, text + offset);

  return before->start + g_utf8_pointer_to_offset (text + before->byte_start, text + offset);
}

char *
plx_notes_dup_span (PlxArticle *article,
                    guint       start,
                    guint       end)
{
  const char *text = plx_article_get_text (article);
  gsize from = plx_notes_char_to_byte (article, start);

  return g_strndup (text + from, plx_notes_char_to_byte (article, end) - from);
}

/* Anchors. */

static gboolean
anchor_span (PlxNote       *note,
             PlxComparison *comparison,
             PlxSide        side,
             guint          start,
             guint          end)
{
  PlxArticle *article = plx_comparison_get_article (comparison, side);

  if (start >= end || end > plx_article_get_n_chars (article))
    return FALSE;

  note->start[side] = start;
  note->end[side] = end;
  note->quote[side] = plx_notes_dup_span (article, start, end);

  return TRUE;
}

static gboolean
sentence_span (PlxArticle *article,
               guint       first,
               guint       end,
               guint      *start_char,
               guint      *end_char)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  if (first >= end || end > n)
    return FALSE;

  *start_char = sentences[first].start;
  *end_char = sentences[end - 1].end;

  return TRUE;
}

/**
 * plx_note_init_sentence:
 * @note: an empty note (zeroed)
 *
 * Anchors @note on @sentence of article @side.
 *
 * Returns: %FALSE when there is no such sentence
 */
gboolean
plx_note_init_sentence (PlxNote       *note,
                        PlxComparison *comparison,
                        PlxSide        side,
                        guint          sentence)
{
  guint start;
  guint end;

  memset (note, 0, sizeof *note);
  note->anchor = PLX_NOTE_SENTENCE;
  note->side = side;

  return sentence_span (plx_comparison_get_article (comparison, side), sentence, sentence + 1,
                        &start, &end) &&
         anchor_span (note, comparison, side, start, end);
}

gboolean
plx_note_init_link (PlxNote       *note,
                    PlxComparison *comparison,
                    guint          index)
{
  const PlxLink *link;
  guint span[4];

  memset (note, 0, sizeof *note);
  note->anchor = PLX_NOTE_LINK;
  note->side = PLX_SIDE_A;
  if (!plx_comparison_is_done (comparison) || index >= plx_comparison_get_n_links (comparison))
    return FALSE;

  link = plx_comparison_get_link (comparison, index);
  if (!sentence_span (plx_comparison_get_article (comparison, PLX_SIDE_A), link->a_start,
                      link->a_end, &span[0], &span[1]) ||
      !sentence_span (plx_comparison_get_article (comparison, PLX_SIDE_B), link->b_start,
                      link->b_end, &span[2], &span[3]))
    return FALSE;

  if (anchor_span (note, comparison, PLX_SIDE_A, span[0], span[1]) &&
      anchor_span (note, comparison, PLX_SIDE_B, span[2], span[3]))
    return TRUE;

  plx_note_clear (note);
  return FALSE;
}

/* A claim reaches from the first to the last of its speaker, cue and
 * content. */
void
plx_notes_claim_span (const PlxClaim *claim,
                      guint          *start,
                      guint          *end)
{
  *start = MIN (claim->cue.start, claim->content.start);
  *end = MAX (claim->cue.end, claim->content.end);
  if (claim->speaker.start < claim->speaker.end)
    {
      *start = MIN (*start, claim->speaker.start);
      *end = MAX (*end, claim->speaker.end);
    }
}

gboolean
plx_note_init_claim (PlxNote       *note,
                     PlxComparison *comparison,
                     PlxSide        side,
                     guint          index)
{
  GArray *claims;
  guint start;
  guint end;

  memset (note, 0, sizeof *note);
  note->anchor = PLX_NOTE_CLAIM;
  note->side = side;
  if (!plx_comparison_is_done (comparison))
    return FALSE;

  claims = plx_comparison_get_claims (comparison, side);
  if (claims == NULL || index >= claims->len)
    return FALSE;

  plx_notes_claim_span (&g_array_index (claims, PlxClaim, index), &start, &end);

  return anchor_span (note, comparison, side, start, end);
}

/* What each note is on in a comparison. */

static int
find_sentence (PlxArticle *article,
               guint       start,
               guint       end,
               gboolean    first)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  const PlxSentence *before =
    plx_notes_sentence_before (article, first ? start : end - 1, FALSE);

  if (before == NULL || (first ? before->start != start : before->end != end))
    return -1;

  return before - sentences;
}

static int
resolve_link (PlxComparison *comparison,
              GHashTable    *links,
              const PlxNote *note)
{
  int ends[4] = {
    find_sentence (plx_comparison_get_article (comparison, PLX_SIDE_A), note->start[0],
                   note->end[0], TRUE),
    find_sentence (plx_comparison_get_article (comparison, PLX_SIDE_A), note->start[0],
                   note->end[0], FALSE),
    find_sentence (plx_comparison_get_article (comparison, PLX_SIDE_B), note->start[1],
                   note->end[1], TRUE),
    find_sentence (plx_comparison_get_article (comparison, PLX_SIDE_B), note->start[1],
                   note->end[1], FALSE),
  };
  gpointer found;

  if (ends[0] < 0 || ends[1] < 0 || ends[2] < 0 || ends[3] < 0)
    return -1;

  /* Each sentence is in one link at most: the link of A's first sentence. */
  found = g_hash_table_lookup (links, GINT_TO_POINTER (ends[0] + 1));
  if (found != NULL)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, GPOINTER_TO_INT (found) - 1);

      if ((int) link->a_start == ends[0] && (int) link->a_end == ends[1] + 1 &&
          (int) link->b_start == ends[2] && (int) link->b_end == ends[3] + 1)
        return GPOINTER_TO_INT (found) - 1;
    }

  return -1;
}

/* Claims by where they start and end in their article. */
static GHashTable *
index_claims (PlxComparison *comparison,
              PlxSide        side)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *claims = plx_comparison_get_claims (comparison, side);

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      gint64 *key = g_new (gint64, 1);
      guint start;
      guint end;

      plx_notes_claim_span (&g_array_index (claims, PlxClaim, i), &start, &end);
      *key = ((gint64) start << 32) | end;
      if (!g_hash_table_contains (index, key))
        g_hash_table_insert (index, key, GUINT_TO_POINTER (i + 1));
      else
        g_free (key);
    }

  return index;
}

static int
resolve_claim (GHashTable    *claims,
               const PlxNote *note)
{
  gint64 key = ((gint64) note->start[note->side] << 32) | note->end[note->side];

  return GPOINTER_TO_INT (g_hash_table_lookup (claims, &key)) - 1;
}

/**
 * plx_notes_resolve:
 * @comparison: a comparison that has run
 *
 * Finds what each note is on: for a sentence note the sentence's index,
 * for a link note the link's, for a claim note the claim's among its
 * article's claims. Time in the number of notes and links, not their
 * product.
 *
 * Returns: (transfer full): one int per note: the index, or -1 when the
 *   sentence, link or claim is not there
 */
GArray *
plx_notes_resolve (PlxNotes      *self,
                   PlxComparison *comparison)
{
  GArray *targets = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) links = g_hash_table_new (NULL, NULL);
  GHashTable *claims[2] = { NULL, NULL };
  gboolean done = plx_comparison_is_done (comparison);

  g_return_val_if_fail (self != NULL, targets);

  for (guint k = 0; done && k < plx_comparison_get_n_links (comparison); k++)
    g_hash_table_insert (links,
                         GINT_TO_POINTER (plx_comparison_get_link (comparison, k)->a_start + 1),
                         GINT_TO_POINTER (k + 1));
  for (guint side = 0; done && side < 2; side++)
    claims[side] = index_claims (comparison, side);

  for (guint i = 0; i < plx_notes_get_n (self); i++)
    {
      const PlxNote *note = plx_notes_get (self, i);
      PlxArticle *article = plx_comparison_get_article (comparison, note->side);
      int target = -1;

      if (note->anchor == PLX_NOTE_SENTENCE)
        {
          guint n;
          const PlxSentence *sentences = plx_article_get_sentences (article, &n);

          target = find_sentence (article, note->start[note->side], note->end[note->side], TRUE);
          if (target >= 0 && sentences[target].end != note->end[note->side])
            target = -1;
        }
      else if (done && note->anchor == PLX_NOTE_LINK)
        target = resolve_link (comparison, links, note);
      else if (done)
        target = resolve_claim (claims[note->side], note);
      g_array_append_val (targets, target);
    }

  for (guint side = 0; side < 2; side++)
    g_clear_pointer (&claims[side], g_hash_table_unref);

  return targets;
}
