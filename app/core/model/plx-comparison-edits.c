/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The edits a person makes to a comparison — links made and taken away,
 * parties renamed and merged, claims corrected — and their undo and redo. The comparison is
 * the one owner of edits: the window, the view, the parties panel and
 * sessions all edit through these functions. An edit is recorded as the
 * steps that make it, each step able to go back exactly (a link taken away
 * returns with its own score, kind and diff). The steps of one user action
 * form a group; claims are compared again and ::changed is emitted once per
 * group, whether it is made, undone or redone. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-classifier.h"
#include "plx-comparison-private.h"
#include "plx-error.h"

typedef enum
{
  STEP_INSERT_LINK,
  STEP_REMOVE_LINK,
  STEP_PARTIES,
  STEP_NOTES,
  STEP_CLAIM,
  STEP_CLAIM_SET,
} StepKind;

/* One step, with what it takes to do it and to take it back. */
typedef struct
{
  StepKind    kind;

  /* STEP_INSERT_LINK and STEP_REMOVE_LINK */
  PlxLink     link;
  GArray     *diff;

  /* STEP_PARTIES: the parties and each claim's party before and after */
  PlxParties *parties[2];  /* before, after */
  GStrv       claim_parties[2][2]; /* [before/after][side] */

  /* STEP_NOTES: the notes before and after */
  PlxNotes   *notes[2];
  /* STEP_CLAIM: the correction, and its side's claims and the parties
   * before it (a correction may add the party of other voices) */
  PlxClaimEdit *claim_edit;
  GArray       *claims_before;

  /* STEP_CLAIM_SET: all the corrections, and the claims of the side whose
   * corrections were set, before and after (with the parties, above) */
  guint         set_side;
  GPtrArray    *claim_edit_lists[2];
  GArray       *side_claims[2];
} Step;

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->diff, g_array_unref);
  g_clear_pointer (&step->claim_edit, plx_claim_edit_free);
  g_clear_pointer (&step->claims_before, g_array_unref);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&step->parties[i], plx_parties_free);
      g_clear_pointer (&step->notes[i], plx_notes_free);
      g_clear_pointer (&step->claim_edit_lists[i], g_ptr_array_unref);
      g_clear_pointer (&step->side_claims[i], g_array_unref);
      for (guint side = 0; side < 2; side++)
        g_clear_pointer (&step->claim_parties[i][side], g_strfreev);
    }
  g_free (step);
}

static void
notify_history (PlxComparison *self,
                gboolean       could_undo,
                gboolean       could_redo)
{
  if (could_undo != (self->undo->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_CAN_UNDO]);
  if (could_redo != (self->redo->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_CAN_REDO]);
}

void
plx_comparison_edits_init (PlxComparison *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->notes = plx_notes_new ();
  self->claim_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_claim_edit_free);
}

void
plx_comparison_edits_clear (PlxComparison *self)
{
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->recording, g_ptr_array_unref);
  g_clear_pointer (&self->notes, plx_notes_free);
  g_clear_pointer (&self->claim_edits, g_ptr_array_unref);
}

/* Steps: each one quiet (no claims compared, no signal). */

static void
insert_link (PlxComparison *self,
             const PlxLink *link,
             GArray        *diff)
{
  guint index;

  /* Links stay in order of A, then B. */
  for (index = 0; index < self->links->len; index++)
    {
      const PlxLink *other = &g_array_index (self->links, PlxLink, index);

      if (other->a_start > link->a_start ||
          (other->a_start == link->a_start && other->b_start > link->b_start))
        break;
    }
  g_array_insert_val (self->links, index, *link);
  g_ptr_array_insert (self->diffs, index, g_array_ref (diff));
}

static int
find_link (PlxComparison *self,
           const PlxLink *link)
{
  for (guint k = 0; k < self->links->len; k++)
    {
      const PlxLink *other = &g_array_index (self->links, PlxLink, k);

      if (other->a_start == link->a_start && other->a_end == link->a_end &&
          other->b_start == link->b_start && other->b_end == link->b_end)
        return k;
    }

  return -1;
}

static GStrv
dup_claim_parties (PlxComparison *self,
                   PlxSide        side)
{
  GArray *claims = self->claims[side];
  GStrv parties = g_new0 (char *, claims->len + 1);

  for (guint i = 0; i < claims->len; i++)
    parties[i] = g_strdup (g_array_index (claims, PlxClaim, i).party);

  return parties;
}

static void
apply_parties (PlxComparison *self,
               const Step    *step,
               guint          which)
{
  plx_parties_restore (self->parties, step->parties[which]);
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < self->claims[side]->len; i++)
      {
        PlxClaim *claim = &g_array_index (self->claims[side], PlxClaim, i);

        g_free (claim->party);
        claim->party = g_strdup (step->claim_parties[which][side][i]);
      }
}

/* A claim's correction: made again from the claims before it, or taken
 * back by restoring them. */
static void
apply_claim_step (PlxComparison *self,
                  const Step    *step,
                  gboolean       backwards)
{
  guint side = step->claim_edit->side;

  if (backwards)
    {
      g_ptr_array_remove_index (self->claim_edits, self->claim_edits->len - 1);
      g_array_unref (self->claims[side]);
      self->claims[side] = plx_claims_copy (step->claims_before);
      plx_parties_restore (self->parties, step->parties[0]);
      return;
    }

  g_ptr_array_add (self->claim_edits, plx_claim_edit_copy (step->claim_edit));
  plx_claim_edit_apply (step->claim_edit, self->articles[side], self->claims[side],
                        self->parties);
}

/* The corrections of both sides, the claims of one and the parties, as
 * they were before or after a STEP_CLAIM_SET. */
static void
apply_claim_set_step (PlxComparison *self,
                      const Step    *step,
                      guint          which)
{
  GPtrArray *edits = step->claim_edit_lists[which];

  g_ptr_array_set_size (self->claim_edits, 0);
  for (guint k = 0; k < edits->len; k++)
    g_ptr_array_add (self->claim_edits, plx_claim_edit_copy (g_ptr_array_index (edits, k)));
  g_array_unref (self->claims[step->set_side]);
  self->claims[step->set_side] = plx_claims_copy (step->side_claims[which]);
  plx_parties_restore (self->parties, step->parties[which]);
}

/* Does @step, or undoes it when @backwards. */
static void
apply_step (PlxComparison *self,
            const Step    *step,
            gboolean       backwards)
{
  gboolean insert = (step->kind == STEP_INSERT_LINK) != backwards;
  int index;

  switch (step->kind)
    {
    case STEP_INSERT_LINK:
    case STEP_REMOVE_LINK:
      if (insert)
        insert_link (self, &step->link, step->diff);
      else if ((index = find_link (self, &step->link)) >= 0)
        {
          g_array_remove_index (self->links, index);
          g_ptr_array_remove_index (self->diffs, index);
        }
      break;

    case STEP_NOTES:
      plx_notes_replace (self->notes, step->notes[backwards ? 0 : 1]);
      break;

    case STEP_CLAIM:
      apply_claim_step (self, step, backwards);
      break;

    case STEP_CLAIM_SET:
      apply_claim_set_step (self, step, backwards ? 0 : 1);
      break;

    case STEP_PARTIES:
    default:
      apply_parties (self, step, backwards ? 0 : 1);
      break;
    }
}

/* Records @step into the group being made and does it (a parties step
 * records a change already made). */
static void
record (PlxComparison *self,
        Step          *step)
{
  g_assert (self->recording != NULL);

  if (step->kind != STEP_PARTIES && step->kind != STEP_NOTES)
    apply_step (self, step, FALSE);
  g_ptr_array_add (self->recording, step);
  self->edit_dirty = TRUE;
}

static void
record_remove_link (PlxComparison *self,
                    guint          index)
{
  Step *step = g_new0 (Step, 1);

  step->kind = STEP_REMOVE_LINK;
  step->link = g_array_index (self->links, PlxLink, index);
  step->diff = g_array_ref (g_ptr_array_index (self->diffs, index));
  record (self, step);
}

/* Records a change already made to the notes, which were @before
 * (plx-notes-edit.c); takes @before. */
void
plx_comparison_record_notes (PlxComparison *self,
                             PlxNotes      *before)
{
  Step *step = g_new0 (Step, 1);

  step->kind = STEP_NOTES;
  step->notes[0] = before;
  step->notes[1] = plx_notes_copy (self->notes);
  plx_comparison_begin_edit (self);
  record (self, step);
  plx_comparison_end_edit (self);
}

/* Groups. */

/**
 * plx_comparison_begin_edit:
 *
 * Starts a group of edits that undo and redo as one, with claims compared
 * again and ::changed emitted once, at plx_comparison_end_edit(). Groups
 * nest; the outermost one counts.
 */
void
plx_comparison_begin_edit (PlxComparison *self)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));
  g_return_if_fail (self->done);

  if (self->edit_depth++ == 0)
    {
      self->recording = g_ptr_array_new_with_free_func (step_free);
      self->edit_dirty = FALSE;
    }
}

/**
 * plx_comparison_end_edit:
 *
 * Ends the group plx_comparison_begin_edit() started. When it changed
 * anything, it becomes the newest edit to undo, the edits undone before it
 * can no longer be redone, the claims are compared again and ::changed is
 * emitted.
 */
void
plx_comparison_end_edit (PlxComparison *self)
{
  gboolean could_undo;
  gboolean could_redo;

  g_return_if_fail (PLX_IS_COMPARISON (self));
  g_return_if_fail (self->edit_depth > 0);

  if (--self->edit_depth > 0)
    return;

  if (!self->edit_dirty)
    {
      g_clear_pointer (&self->recording, g_ptr_array_unref);
      return;
    }

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;
  g_ptr_array_add (self->undo, g_steal_pointer (&self->recording));
  g_ptr_array_set_size (self->redo, 0);

  plx_comparison_match_claims (self);
  plx_comparison_emit_changed (self);
  notify_history (self, could_undo, could_redo);
}

/* Moves the newest group of @from to @to, undoing or redoing it. */
static gboolean
replay (PlxComparison *self,
        GPtrArray     *from,
        GPtrArray     *to,
        gboolean       backwards)
{
  gboolean could_undo = self->undo->len > 0;
  gboolean could_redo = self->redo->len > 0;
  GPtrArray *group;

  g_return_val_if_fail (self->done, FALSE);
  g_return_val_if_fail (self->edit_depth == 0, FALSE);

  if (from->len == 0)
    return FALSE;

  group = g_ptr_array_steal_index (from, from->len - 1);
  for (guint i = 0; i < group->len; i++)
    apply_step (self, g_ptr_array_index (group, backwards ? group->len - 1 - i : i), backwards);
  g_ptr_array_add (to, group);

  plx_comparison_match_claims (self);
  plx_comparison_emit_changed (self);
  notify_history (self, could_undo, could_redo);

  return TRUE;
}

/**
 * plx_comparison_undo:
 *
 * Takes back the newest group of edits. Emits ::changed once.
 *
 * Returns: %FALSE when there was nothing to undo
 */
gboolean
plx_comparison_undo (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);

  return replay (self, self->undo, self->redo, TRUE);
}

/**
 * plx_comparison_redo:
 *
 * Makes again the group of edits undone last. Emits ::changed once.
 *
 * Returns: %FALSE when there was nothing to redo
 */
gboolean
plx_comparison_redo (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);

  return replay (self, self->redo, self->undo, FALSE);
}

gboolean
plx_comparison_get_can_undo (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);

  return self->undo->len > 0;
}

gboolean
plx_comparison_get_can_redo (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);

  return self->redo->len > 0;
}

/**
 * plx_comparison_forget_edits:
 *
 * Forgets what could be undone or redone: the edits stay, as if the
 * comparison had been made with them (after a session's links are
 * restored, say).
 */
void
plx_comparison_forget_edits (PlxComparison *self)
{
  gboolean could_undo;
  gboolean could_redo;

  g_return_if_fail (PLX_IS_COMPARISON (self));
  g_return_if_fail (self->edit_depth == 0);

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_history (self, could_undo, could_redo);
}

/* Edits. */

static void
bag_of (PlxComparison *self,
        PlxSide        side,
        guint          start,
        guint          end,
        PlxBag        *bag)
{
  guint n;
  const PlxToken *tokens = plx_comparison_group_tokens (self, side, start, end, &n);

  plx_bag_init (bag, tokens, n, self->idf);
}

/* A link a person made, scored, classified and diffed like the others. */
static Step *
manual_link_step (PlxComparison *self,
                  guint          a_start,
                  guint          a_end,
                  guint          b_start,
                  guint          b_end)
{
  Step *step = g_new0 (Step, 1);
  PlxLink link = { a_start, a_end, b_start, b_end, 0, 0, 0, 0, PLX_LINK_PARTIAL, FALSE, TRUE };
  PlxBag bag_a;
  PlxBag bag_b;
  PlxMatch match;

  bag_of (self, PLX_SIDE_A, a_start, a_end, &bag_a);
  bag_of (self, PLX_SIDE_B, b_start, b_end, &bag_b);
  match = plx_bag_match (&bag_a, &bag_b, self->vocabulary);
  plx_bag_clear (&bag_a);
  plx_bag_clear (&bag_b);
  link.similarity = match.similarity;
  link.cover_a = match.cover_a;
  link.cover_b = match.cover_b;
  link.score = plx_link_score (&match);
  step->diff = plx_comparison_diff_link (self, &link);

  step->kind = STEP_INSERT_LINK;
  step->link = link;

  return step;
}

/**
 * plx_comparison_add_link:
 *
 * Links sentences [@a_start, @a_end) of A with [@b_start, @b_end) of B, as
 * a person decided: links that shared any of these sentences go, the diff
 * and kind of the new link are worked out, and the claims are compared
 * again. One edit: emits ::changed (at the end of the group, inside
 * plx_comparison_begin_edit()).
 *
 * Returns: the index of the new link, or -1 with @error set
 */
int
plx_comparison_add_link (PlxComparison *self,
                         guint          a_start,
                         guint          a_end,
                         guint          b_start,
                         guint          b_end,
                         GError       **error)
{
  Step *step;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), -1);
  g_return_val_if_fail (self->done, -1);

  if (a_start >= a_end || b_start >= b_end ||
      a_end > plx_article_get_n_sentences (self->articles[PLX_SIDE_A]) ||
      b_end > plx_article_get_n_sentences (self->articles[PLX_SIDE_B]))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("Select at least one sentence in each article to link them."));
      return -1;
    }

  plx_comparison_begin_edit (self);

  /* Links sharing a sentence with the new one give way to it. */
  for (guint k = self->links->len; k > 0; k--)
    {
      const PlxLink *old = &g_array_index (self->links, PlxLink, k - 1);

      if ((old->a_start < a_end && a_start < old->a_end) ||
          (old->b_start < b_end && b_start < old->b_end))
        record_remove_link (self, k - 1);
    }

  step = manual_link_step (self, a_start, a_end, b_start, b_end);
  record (self, step);

  plx_comparison_end_edit (self);

  return find_link (self, &step->link);
}

/**
 * plx_comparison_remove_link:
 *
 * Unlinks the sentences of link @index, as a person decided. One edit.
 */
gboolean
plx_comparison_remove_link (PlxComparison *self,
                            guint          index)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  if (index >= self->links->len)
    return FALSE;

  plx_comparison_begin_edit (self);
  record_remove_link (self, index);
  plx_comparison_end_edit (self);

  return TRUE;
}

/* Starts a step that changes the parties: it keeps them as they are. */
static Step *
parties_step_new (PlxComparison *self)
{
  Step *step = g_new0 (Step, 1);

  step->kind = STEP_PARTIES;
  step->parties[0] = plx_parties_copy (self->parties);
  for (guint side = 0; side < 2; side++)
    step->claim_parties[0][side] = dup_claim_parties (self, side);

  return step;
}

/* Finishes a step whose change has been made to the comparison's parties
 * and claims: it keeps them as they are now, then records itself. */
static void
parties_step_record (PlxComparison *self,
                     Step          *step)
{
  step->parties[1] = plx_parties_copy (self->parties);
  for (guint side = 0; side < 2; side++)
    step->claim_parties[1][side] = dup_claim_parties (self, side);

  plx_comparison_begin_edit (self);
  record (self, step);
  plx_comparison_end_edit (self);
}

/**
 * plx_comparison_rename_party:
 *
 * Renames a party. One edit.
 */
gboolean
plx_comparison_rename_party (PlxComparison *self,
                             const char    *id,
                             const char    *name)
{
  Step *step;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  if (name == NULL || name[0] == '\0' || plx_parties_lookup (self->parties, id) == NULL)
    return FALSE;

  step = parties_step_new (self);
  if (!plx_parties_rename (self->parties, id, name))
    {
      step_free (step);
      return FALSE;
    }
  parties_step_record (self, step);

  return TRUE;
}

/**
 * plx_comparison_merge_parties:
 *
 * Makes party @from part of @into: its claims are @into's, and the claims
 * are compared again (speakers of one party may now be the same). One edit.
 */
gboolean
plx_comparison_merge_parties (PlxComparison *self,
                              const char    *from,
                              const char    *into)
{
  g_autofree char *source = NULL;
  Step *step;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  source = g_strdup (from);
  step = parties_step_new (self);
  if (!plx_parties_merge (self->parties, source, into))
    {
      step_free (step);
      return FALSE;
    }

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < self->claims[side]->len; i++)
      {
        PlxClaim *claim = &g_array_index (self->claims[side], PlxClaim, i);

        if (g_strcmp0 (claim->party, source) == 0)
          {
            g_free (claim->party);
            claim->party = g_strdup (into);
          }
      }
  parties_step_record (self, step);

  return TRUE;
}

/**
 * plx_comparison_edit_claim:
 * @edit: a correction of a claim of this comparison
 *
 * Corrects the claims as a person decided: takes a claim away, changes its
 * speaker or party, or adds one the analysis missed. The correction is
 * kept (plx_comparison_get_claim_edits()) and applies again after every
 * run. One edit.
 *
 * Returns: %FALSE with @error set when @edit names no claim of the
 *   comparison, or adds one it has
 */
gboolean
plx_comparison_edit_claim (PlxComparison      *self,
                           const PlxClaimEdit *edit,
                           GError            **error)
{
  PlxArticle *article;
  Step *step;
  int index;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  article = self->articles[MIN (edit->side, 1)];
  if (!plx_claim_edit_fits (edit, article))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("Select the words of the claim in the article first."));
      return FALSE;
    }
  index = plx_claims_find_by_spans (self->claims[edit->side], edit->cue, edit->content);
  if ((edit->kind == PLX_CLAIM_EDIT_ADD) != (index < 0))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           edit->kind == PLX_CLAIM_EDIT_ADD
                             ? _("This claim is already in the list.")
                             : _("This claim is no longer in the list."));
      return FALSE;
    }
  if (edit->kind == PLX_CLAIM_EDIT_PARTY && plx_parties_lookup (self->parties, edit->party) == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           _("That party is no longer in the list."));
      return FALSE;
    }

  step = g_new0 (Step, 1);
  step->kind = STEP_CLAIM;
  step->claim_edit = plx_claim_edit_copy (edit);
  step->claims_before = plx_claims_copy (self->claims[edit->side]);
  step->parties[0] = plx_parties_copy (self->parties);

  plx_comparison_begin_edit (self);
  record (self, step);
  plx_comparison_end_edit (self);

  return TRUE;
}

/**
 * plx_comparison_get_claim_edits:
 *
 * Returns: (transfer none) (element-type PlxClaimEdit): the corrections of
 *   claims in force, oldest first
 */
GPtrArray *
plx_comparison_get_claim_edits (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->claim_edits;
}

/* Records the corrections of claims becoming @after (taken), with the
 * claims of @side @claims (taken) and the parties @parties (taken), as
 * one edit (plx-comparison-claim-set.c). */
void
plx_comparison_record_claim_set (PlxComparison *self,
                                 PlxSide        side,
                                 GPtrArray     *after,
                                 GArray        *claims,
                                 PlxParties    *parties)
{
  Step *step = g_new0 (Step, 1);

  step->kind = STEP_CLAIM_SET;
  step->set_side = side;
  step->claim_edit_lists[0] = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_claim_edit_free);
  for (guint k = 0; k < self->claim_edits->len; k++)
    g_ptr_array_add (step->claim_edit_lists[0],
                     plx_claim_edit_copy (g_ptr_array_index (self->claim_edits, k)));
  step->claim_edit_lists[1] = after;
  step->side_claims[0] = plx_claims_copy (self->claims[side]);
  step->side_claims[1] = claims;
  step->parties[0] = plx_parties_copy (self->parties);
  step->parties[1] = parties;

  plx_comparison_begin_edit (self);
  record (self, step);
  plx_comparison_end_edit (self);
}
