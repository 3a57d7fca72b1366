/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes a person writes on a link, a sentence or a claim. A note holds the
 * character spans of what it is on and the text of those spans, so that it
 * finds its place again when the comparison runs again (the same spans)
 * or an article is reloaded (the same words, moved). Notes are kept in
 * text order; there is at most one note per anchor. Reading and writing
 * them in sessions is plx-notes-json.c, editing them with undo
 * plx-notes-edit.c. */

#include "config.h"

#include <string.h>

#include "plx-comparison-private.h"
#include "plx-notes-private.h"

struct _PlxNotes
{
  GArray *notes; /* PlxNote, in text order */
};

static const char *const anchor_names[] = {
  [PLX_NOTE_LINK] = "link",
  [PLX_NOTE_SENTENCE] = "sentence",
  [PLX_NOTE_CLAIM] = "claim",
};

const char *
plx_note_anchor_to_string (PlxNoteAnchor anchor)
{
  return anchor <= PLX_NOTE_CLAIM ? anchor_names[anchor] : "sentence";
}

void
plx_note_clear (PlxNote *note)
{
  for (guint side = 0; side < 2; side++)
    g_clear_pointer (&note->quote[side], g_free);
  g_clear_pointer (&note->text, g_free);
}

static void
note_copy (PlxNote       *to,
           const PlxNote *from)
{
  *to = *from;
  for (guint side = 0; side < 2; side++)
    to->quote[side] = g_strdup (from->quote[side]);
  to->text = g_strdup (from->text);
}

gboolean
plx_note_uses_side (const PlxNote *note,
                    PlxSide        side)
{
  return note->anchor == PLX_NOTE_LINK || note->side == side;
}

/**
 * plx_note_clean_text:
 * @text: (nullable): what a person wrote, or what a file says they wrote
 *
 * Returns: (transfer full) (nullable): @text without surrounding blanks,
 *   control characters other than line breaks and tabs, cut to
 *   %PLX_NOTE_MAX_CHARS; %NULL when that leaves nothing, or when @text is
 *   not UTF-8 or holds control characters other than line breaks and tabs
 *   (binary data is no note)
 */
char *
plx_note_clean_text (const char *text)
{
  g_autofree char *copy = NULL;
  const char *p;
  guint n = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  for (p = text; *p != '\0' && n < PLX_NOTE_MAX_CHARS; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f ||
          (c >= 0x80 && c < 0xa0))
        return NULL;
    }

  copy = g_strndup (text, p - text);
  g_strstrip (copy);
  if (copy[0] == '\0')
    return NULL;

  return g_steal_pointer (&copy);
}

/* The list. */

PlxNotes *
plx_notes_new (void)
{
  PlxNotes *self = g_new0 (PlxNotes, 1);

  self->notes = g_array_new (FALSE, TRUE, sizeof (PlxNote));
  g_array_set_clear_func (self->notes, (GDestroyNotify) plx_note_clear);

  return self;
}

PlxNotes *
plx_notes_copy (PlxNotes *self)
{
  PlxNotes *copy = plx_notes_new ();

  g_return_val_if_fail (self != NULL, copy);

  g_array_set_size (copy->notes, self->notes->len);
  for (guint i = 0; i < self->notes->len; i++)
    note_copy (&g_array_index (copy->notes, PlxNote, i),
               &g_array_index (self->notes, PlxNote, i));

  return copy;
}

void
plx_notes_free (PlxNotes *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->notes);
  g_free (self);
}

guint
plx_notes_get_n (PlxNotes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->notes->len;
}

const PlxNote *
plx_notes_get (PlxNotes *self,
               guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->notes->len, NULL);

  return &g_array_index (self->notes, PlxNote, index);
}

static gboolean
same_anchor (const PlxNote *a,
             const PlxNote *b)
{
  if (a->anchor != b->anchor || a->side != b->side)
    return FALSE;

  for (guint side = 0; side < 2; side++)
    if (plx_note_uses_side (a, side) &&
        (a->start[side] != b->start[side] || a->end[side] != b->end[side]))
      return FALSE;

  return TRUE;
}

/* Text order: by where the note starts in its first article. */
static int
compare_notes (const PlxNote *a,
               const PlxNote *b)
{
  PlxSide side_a = a->anchor == PLX_NOTE_LINK ? PLX_SIDE_A : a->side;
  PlxSide side_b = b->anchor == PLX_NOTE_LINK ? PLX_SIDE_A : b->side;

  if (side_a != side_b)
    return side_a < side_b ? -1 : 1;
  if (a->start[side_a] != b->start[side_b])
    return a->start[side_a] < b->start[side_b] ? -1 : 1;
  if (a->anchor != b->anchor)
    return a->anchor < b->anchor ? -1 : 1;

  return 0;
}

/**
 * plx_notes_find:
 *
 * Returns: the index of the note on the anchor of @anchor, or -1
 */
int
plx_notes_find (PlxNotes      *self,
                const PlxNote *anchor)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->notes->len; i++)
    if (same_anchor (&g_array_index (self->notes, PlxNote, i), anchor))
      return i;

  return -1;
}

/**
 * plx_notes_set:
 * @anchor: a note made by one of the plx_note_init_*() functions (its text
 *   is not used)
 * @text: (nullable): the note's text; %NULL or blank takes the note away
 *
 * Writes, rewrites or takes away the note on @anchor. Text that is not a
 * note (binary data) is refused; text too long is cut
 * (plx_note_clean_text()).
 *
 * Returns: whether the notes changed
 */
gboolean
plx_notes_set (PlxNotes      *self,
               const PlxNote *anchor,
               const char    *text)
{
  g_autofree char *clean = NULL;
  int found;
  guint at;
  PlxNote note;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (anchor != NULL, FALSE);

  found = plx_notes_find (self, anchor);
  clean = plx_note_clean_text (text);
  if (clean == NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

      /* Blank takes the note away; binary is no note at all. */
      if (found < 0 || stripped[0] != '\0')
        return FALSE;
      g_array_remove_index (self->notes, found);
      return TRUE;
    }

  if (found >= 0)
    {
      PlxNote *old = &g_array_index (self->notes, PlxNote, found);

      if (g_str_equal (old->text, clean))
        return FALSE;
      g_free (old->text);
      old->text = g_steal_pointer (&clean);
      return TRUE;
    }

  if (self->notes->len >= PLX_NOTES_MAX)
    return FALSE;

  note_copy (&note, anchor);
  g_free (note.text);
  note.text = g_steal_pointer (&clean);
  for (at = self->notes->len; at > 0; at--)
    if (compare_notes (&g_array_index (self->notes, PlxNote, at - 1), &note) <= 0)
      break;
  g_array_insert_val (self->notes, at, note);

  return TRUE;
}

/* Makes @self hold copies of the notes of @other. */
void
plx_notes_replace (PlxNotes *self,
                   PlxNotes *other)
{
  g_return_if_fail (self != NULL && other != NULL);

  if (self == other)
    return;

  g_array_set_size (self->notes, 0);
  g_array_set_size (self->notes, other->notes->len);
  for (guint i = 0; i < other->notes->len; i++)
    note_copy (&g_array_index (self->notes, PlxNote, i),
               &g_array_index (other->notes, PlxNote, i));
}

/* Adds a note read from a file, which the caller checked; takes its
 * strings. The notes are out of order until plx_notes_sort(). */
void
plx_notes_take (PlxNotes *self,
                PlxNote  *note)
{
  g_array_append_val (self->notes, *note);
  memset (note, 0, sizeof *note);
}

void
plx_notes_sort (PlxNotes *self)
{
  g_array_sort (self->notes, (GCompareFunc) compare_notes);
}

/**
 * plx_notes_swap_sides:
 *
 * Makes notes on A notes on B and the other way round: for a comparison of
 * the same articles with their sides swapped.
 */
void
plx_notes_swap_sides (PlxNotes *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->notes->len; i++)
    {
      PlxNote *note = &g_array_index (self->notes, PlxNote, i);
      guint start = note->start[0];
      guint end = note->end[0];
      char *quote = note->quote[0];

      note->start[0] = note->start[1];
      note->end[0] = note->end[1];
      note->quote[0] = note->quote[1];
      note->start[1] = start;
      note->end[1] = end;
      note->quote[1] = quote;
      if (note->anchor != PLX_NOTE_LINK)
        note->side = !note->side;
    }
  plx_notes_sort (self);
}

/* Finding places again. */

/* The occurrence of @quote in @article nearest to character @near, or
 * FALSE. */
static gboolean
find_quote (PlxArticle *article,
            const char *quote,
            guint       near,
            guint      *start)
{
  const char *text = plx_article_get_text (article);
  gsize n_chars = plx_article_get_n_chars (article);
  gsize near_byte = plx_notes_char_to_byte (article, MIN (near, n_chars));
  const char *best = NULL;
  gsize best_distance = G_MAXSIZE;

  if (quote == NULL || quote[0] == '\0')
    return FALSE;

  for (const char *p = strstr (text, quote); p != NULL; p = strstr (p + 1, quote))
    {
      gsize at = p - text;
      gsize distance = at > near_byte ? at - near_byte : near_byte - at;

      if (distance < best_distance)
        {
          best = p;
          best_distance = distance;
        }
      else
        break; /* further ones are further away */
    }

  if (best == NULL)
    return FALSE;

  *start = plx_notes_byte_to_char (article, best - text);
  return TRUE;
}

/* Whether the span of @note on @side still reads as it did, moving it to
 * where its words now stand if they moved. */
static gboolean
reanchor_side (PlxNote    *note,
               PlxSide     side,
               PlxArticle *article)
{
  guint n_chars = plx_article_get_n_chars (article);
  guint length = note->end[side] - note->start[side];
  g_autofree char *now = NULL;
  guint start;

  if (note->end[side] <= n_chars)
    {
      now = plx_notes_dup_span (article, note->start[side], note->end[side]);
      if (note->quote[side] == NULL || g_str_equal (now, note->quote[side]))
        {
          g_free (note->quote[side]);
          note->quote[side] = g_steal_pointer (&now);
          return TRUE;
        }
    }

  if (!find_quote (article, note->quote[side], note->start[side], &start))
    return FALSE;

  note->start[side] = start;
  note->end[side] = start + length;

  return note->end[side] <= n_chars;
}

/**
 * plx_notes_reanchor:
 * @a: the article A the notes are now on
 * @b: the article B
 *
 * Moves each note to where the words it is on now stand (the same place
 * when the articles did not change), and takes away the notes whose words
 * are gone or that lie past the end of their article.
 *
 * Returns: how many notes were taken away
 */
guint
plx_notes_reanchor (PlxNotes   *self,
                    PlxArticle *a,
                    PlxArticle *b)
{
  PlxArticle *articles[2] = { a, b };
  g_autoptr(GArray) kept = g_array_new (FALSE, TRUE, sizeof (PlxNote));
  guint dropped = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->notes->len; i++)
    {
      PlxNote *note = &g_array_index (self->notes, PlxNote, i);
      gboolean found = TRUE;

      for (guint side = 0; side < 2 && found; side++)
        if (plx_note_uses_side (note, side))
          found = reanchor_side (note, side, articles[side]);

      if (found)
        g_array_append_val (kept, *note);
      else
        {
          plx_note_clear (note);
          dropped++;
        }
    }

  /* The notes moved into @kept: empty the old array without clearing. */
  g_array_set_clear_func (self->notes, NULL);
  g_array_set_size (self->notes, 0);
  g_array_set_clear_func (self->notes, (GDestroyNotify) plx_note_clear);
  g_array_sort (kept, (GCompareFunc) compare_notes);
  g_array_append_vals (self->notes, kept->data, kept->len);

  return dropped;
}

