/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Claims in the view: the claim chosen in the parties panel shown with its
 * speaker, cue and content marked in its pane, and its counterpart's in
 * the other; and a claim the analysis missed added from a selection in
 * either pane (view.add-claim, Ctrl+Shift+C and the panes' context menu). */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-claim-editor.h"
#include "plx-comparison-view-private.h"

/**
 * plx_comparison_view_show_claim:
 * @index: a claim of @side
 *
 * Shows a claim and its counterpart, if it has one, with their speakers,
 * cues and contents marked.
 */
void
plx_comparison_view_show_claim (PlxComparisonView *self,
                                PlxSide            side,
                                guint              index)
{
  GArray *claims;
  const PlxClaim *claim;
  const PlxClaimMatch *match;
  const PlxClaim *counterpart = NULL;
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  int sentences[2] = { -1, -1 };

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  claims = plx_comparison_is_done (self->comparison)
             ? plx_comparison_get_claims (self->comparison, side) : NULL;
  if (claims == NULL || index >= claims->len)
    {
      for (guint s = 0; s < 2; s++)
        plx_article_pane_mark_claim (self->panes[s], NULL);
      return;
    }

  claim = &g_array_index (claims, PlxClaim, index);
  match = plx_comparison_get_claim_match (self->comparison, side, index);
  if (match != NULL && match->counterpart >= 0)
    counterpart = &g_array_index (plx_comparison_get_claims (self->comparison, other), PlxClaim,
                                  match->counterpart);

  sentences[side] = claim->sentence;
  sentences[other] = counterpart != NULL ? (int) counterpart->sentence : -1;
  plx_comparison_view_show_places (self, sentences[PLX_SIDE_A], sentences[PLX_SIDE_B]);
  plx_article_pane_mark_claim (self->panes[side], claim);
  plx_article_pane_mark_claim (self->panes[other], counterpart);
}

static void
add_claim_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  guint start;
  guint end;

  if (!plx_comparison_is_done (self->comparison))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  for (guint side = 0; side < 2; side++)
    if (plx_article_pane_get_selection (self->panes[side], &start, &end) && start < end)
      {
        plx_claim_editor_add (widget, self->comparison, side, start, end);
        return;
      }

  plx_claim_editor_tell (widget, _("Select the words of the claim in an article first."));
}

void
plx_comparison_view_class_install_claim_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.add-claim", NULL, add_claim_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.add-claim", NULL);
}
