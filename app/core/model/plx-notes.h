/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

/**
 * PlxNoteAnchor:
 * @PLX_NOTE_LINK: a link: the spans of its sentences in both articles
 * @PLX_NOTE_SENTENCE: one sentence of one article
 * @PLX_NOTE_CLAIM: one claim (speaker, cue and content) of one article
 *
 * What a note is written on.
 */
typedef enum
{
  PLX_NOTE_LINK,
  PLX_NOTE_SENTENCE,
  PLX_NOTE_CLAIM,
} PlxNoteAnchor;

/* A note's text is a remark, not an article: longer ones are cut. */
#define PLX_NOTE_MAX_CHARS 4000
/* More notes than this in one session are not kept. */
#define PLX_NOTES_MAX 5000

/**
 * PlxNote:
 * @anchor: what the note is on
 * @side: the article of a sentence or claim; %PLX_SIDE_A for a link
 * @start: the first character of the anchor in each article
 * @end: the character after the anchor in each article
 * @quote: the text of the anchor in each article when the note was made,
 *   or %NULL on the side a sentence or claim note does not use
 * @text: what the person wrote
 *
 * A note is anchored by characters of the article texts, never by index:
 * a sentence, link or claim found again at the same place after the
 * comparison runs again keeps its notes.
 */
typedef struct
{
  PlxNoteAnchor anchor;
  PlxSide       side;
  guint         start[2];
  guint         end[2];
  char         *quote[2];
  char         *text;
} PlxNote;

typedef struct _PlxNotes PlxNotes;

void        plx_note_clear          (PlxNote *note);
gboolean    plx_note_uses_side      (const PlxNote *note,
                                     PlxSide        side);
char       *plx_note_clean_text     (const char *text);
const char *plx_note_anchor_to_string (PlxNoteAnchor anchor);

gboolean    plx_note_init_sentence  (PlxNote       *note,
                                     PlxComparison *comparison,
                                     PlxSide        side,
                                     guint          sentence);
gboolean    plx_note_init_link      (PlxNote       *note,
                                     PlxComparison *comparison,
                                     guint          link);
gboolean    plx_note_init_claim     (PlxNote       *note,
                                     PlxComparison *comparison,
                                     PlxSide        side,
                                     guint          claim);

PlxNotes      *plx_notes_new        (void);
PlxNotes      *plx_notes_copy       (PlxNotes      *self);
void           plx_notes_free       (PlxNotes      *self);
guint          plx_notes_get_n      (PlxNotes      *self);
const PlxNote *plx_notes_get        (PlxNotes      *self,
                                     guint          index);
int            plx_notes_find       (PlxNotes      *self,
                                     const PlxNote *anchor);
gboolean       plx_notes_set        (PlxNotes      *self,
                                     const PlxNote *anchor,
                                     const char    *text);
void           plx_notes_replace    (PlxNotes      *self,
                                     PlxNotes      *other);
void           plx_notes_take       (PlxNotes      *self,
                                     PlxNote       *note);
void           plx_notes_sort       (PlxNotes      *self);
void           plx_notes_swap_sides (PlxNotes      *self);
guint          plx_notes_reanchor   (PlxNotes      *self,
                                     PlxArticle    *a,
                                     PlxArticle    *b);
GArray        *plx_notes_resolve    (PlxNotes      *self,
                                     PlxComparison *comparison);
void           plx_notes_to_json    (PlxNotes      *self,
                                     JsonBuilder   *builder);
PlxNotes      *plx_notes_from_json  (JsonNode      *node,
                                     guint         *n_dropped,
                                     GError       **error);

/* The notes of a comparison, edited like its links (plx-notes-edit.c). */
PlxNotes *plx_comparison_get_notes     (PlxComparison *comparison);
gboolean  plx_comparison_set_note      (PlxComparison *comparison,
                                        const PlxNote *anchor,
                                        const char    *text);
guint     plx_comparison_restore_notes (PlxComparison *comparison,
                                        PlxNotes      *notes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxNotes, plx_notes_free)

G_END_DECLS
