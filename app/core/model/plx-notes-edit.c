/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The notes of a comparison. They are edits like links: writing, changing
 * and taking away a note is one edit that undoes and redoes with the
 * others and emits ::changed (plx-comparison-edits.c). They are not
 * results: running the comparison again keeps them. */

#include "config.h"

#include "plx-comparison-private.h"
#include "plx-notes.h"

/**
 * plx_comparison_get_notes:
 *
 * Returns: (transfer none): the notes of @comparison; edit them with
 *   plx_comparison_set_note()
 */
PlxNotes *
plx_comparison_get_notes (PlxComparison *comparison)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  return comparison->notes;
}

/**
 * plx_comparison_set_note:
 * @anchor: a note made by one of the plx_note_init_*() functions
 * @text: (nullable): the text; %NULL or blank takes the note away
 *
 * Writes, rewrites or takes away the note on @anchor. One edit.
 *
 * Returns: whether the notes changed
 */
gboolean
plx_comparison_set_note (PlxComparison *comparison,
                         const PlxNote *anchor,
                         const char    *text)
{
  g_autoptr(PlxNotes) before = NULL;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (anchor != NULL, FALSE);
  g_return_val_if_fail (plx_comparison_is_done (comparison), FALSE);

  before = plx_notes_copy (comparison->notes);
  if (!plx_notes_set (comparison->notes, anchor, text))
    return FALSE;

  plx_comparison_record_notes (comparison, g_steal_pointer (&before));

  return TRUE;
}

/**
 * plx_comparison_restore_notes:
 * @notes: notes saved from this comparison or an earlier one of its
 *   articles
 *
 * Puts back @notes, each where its words now stand: nothing to undo, they
 * are part of what was opened. Emits nothing; the caller shows them.
 *
 * Returns: how many notes could not be put back (their words are gone)
 */
guint
plx_comparison_restore_notes (PlxComparison *comparison,
                              PlxNotes      *notes)
{
  guint dropped;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), 0);
  g_return_val_if_fail (notes != NULL, 0);

  plx_notes_replace (comparison->notes, notes);
  dropped = plx_notes_reanchor (comparison->notes,
                                plx_comparison_get_article (comparison, PLX_SIDE_A),
                                plx_comparison_get_article (comparison, PLX_SIDE_B));

  return dropped;
}
