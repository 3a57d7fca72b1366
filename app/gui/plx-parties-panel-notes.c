/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes on claims in the parties panel: each claim row has a button that
 * adds its note (or edits it, when it has one), Ctrl+M on a row does the
 * same, and a claim with a note shows it under its words. The notes are
 * the comparison's (plx-notes.h); the dialog is plx-note-dialog.c. Kept
 * apart from plx-parties-panel.c, which lays out the rows. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-display-text.h"
#include "plx-note-dialog.h"
#include "plx-parties-panel-private.h"

/* Characters of a claim's note shown in its row. */
#define MAX_NOTE_CHARS 160

static int
claim_index (PlxComparison  *comparison,
             PlxSide         side,
             const PlxClaim *claim)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);

  if (claims == NULL || claim < (const PlxClaim *) claims->data ||
      claim >= (const PlxClaim *) claims->data + claims->len)
    return -1;

  return claim - (const PlxClaim *) claims->data;
}

static void
note_claim_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlxComparison *comparison = plx_parties_panel_get_comparison (PLX_PARTIES_PANEL (widget));
  PlxNote anchor = { 0 };
  guint side;
  guint index;

  g_variant_get (parameter, "(uu)", &side, &index);
  if (comparison == NULL || !plx_comparison_is_done (comparison) || side > PLX_SIDE_B ||
      !plx_note_init_claim (&anchor, comparison, side, index))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  plx_note_dialog_present (widget, comparison, &anchor);
  plx_note_clear (&anchor);
}

static void note_focused_claim_action_cb (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter);

void
plx_parties_panel_class_install_note_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "panel.note-claim", "(uu)",
                                   note_claim_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.note-focused-claim", NULL,
                                   note_focused_claim_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "panel.note-focused-claim", NULL);
}

/* The note on a claim, or NULL. */
static const PlxNote *
claim_note (PlxComparison *comparison,
            PlxSide        side,
            guint          index)
{
  PlxNote anchor = { 0 };
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  int found;

  if (plx_notes_get_n (notes) == 0 || !plx_note_init_claim (&anchor, comparison, side, index))
    return NULL;
  found = plx_notes_find (notes, &anchor);
  plx_note_clear (&anchor);

  return found >= 0 ? plx_notes_get (notes, found) : NULL;
}

static GtkWidget *
note_label (const PlxNote *note)
{
  g_autofree char *shown = plx_display_text_shorten (note->text, MAX_NOTE_CHARS);
  /* Translators: a claim's note in the parties panel, after a pencil. */
  g_autofree char *text = g_strdup_printf (_("✎ %s"), shown);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, note->text);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "note");

  return label;
}

/**
 * plx_parties_panel_add_claim_note:
 * @content: the row's content, a vertical box
 * @counterpart: (nullable): B's claim shown in the same row
 *
 * Gives the row of @claim its note, if it has one, and a menu to write or
 * change it.
 *
 * Returns: (transfer floating): what the row shows: @content with the menu
 */
GtkWidget *
plx_parties_panel_add_claim_note (PlxPartiesPanel *self,
                                  GtkWidget       *row,
                                  GtkWidget       *content,
                                  const PlxClaim  *claim,
                                  const PlxClaim  *counterpart,
                                  PlxSide          side)
{
  PlxComparison *comparison = plx_parties_panel_get_comparison (self);
  int index = claim_index (comparison, side, claim);
  const PlxNote *note = index >= 0 ? claim_note (comparison, side, index) : NULL;
  GtkWidget *outer;
  GtkWidget *button;
  GtkWidget *header;

  if (index < 0)
    return content;

  if (note != NULL)
    gtk_box_append (GTK_BOX (content), note_label (note));
  /* A pair's row shows B's note too (written before the sides swapped). */
  if (counterpart != NULL)
    {
      int other = claim_index (comparison, PLX_SIDE_B, counterpart);
      const PlxNote *other_note = other >= 0 ? claim_note (comparison, PLX_SIDE_B, other) : NULL;

      if (other_note != NULL)
        gtk_box_append (GTK_BOX (content), note_label (other_note));
    }
  g_object_set_data (G_OBJECT (row), "plx-claim", GUINT_TO_POINTER (index + 1));

  /* A plain button, not a menu: the panel has hundreds of rows, and a
   * menu button each would make showing them slow. */
  button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "panel.note-claim");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(uu)", side, (guint) index);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "note-button");
  gtk_widget_set_tooltip_text (button, note != NULL ? _("Edit Note (Ctrl+M)")
                                                    : _("Add Note (Ctrl+M)"));

  /* In the row's header, beside the status chip and before the claim's
   * menu button, when the row has one. */
  header = gtk_widget_get_first_child (content);
  if (GTK_IS_BOX (header) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (header)) == GTK_ORIENTATION_HORIZONTAL)
    {
      GtkWidget *last = gtk_widget_get_last_child (header);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_box_insert_child_after (GTK_BOX (header), button,
                                  last != NULL ? gtk_widget_get_prev_sibling (last) : NULL);
      return content;
    }

  /* Else over the row's top right corner: an overlay leaves the row's
   * height-for-width layout as it was (a box would ask each wrapped label
   * for its width on one line). */
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  outer = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (outer), content);
  gtk_overlay_add_overlay (GTK_OVERLAY (outer), button);

  return outer;
}

/* Ctrl+M in the panel: the note of the claim whose row has the focus. */
static void
note_focused_claim_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  guint index = 0;

  if (row != NULL)
    index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "plx-claim"));

  /* Elsewhere in the panel: what the window's Ctrl+M does. */
  if (index == 0 || !gtk_widget_is_ancestor (row, widget))
    {
      if (!gtk_widget_activate_action (widget, "win.note", NULL))
        gtk_widget_error_bell (widget);
      return;
    }
  gtk_widget_activate_action (widget, "panel.note-claim", "(uu)",
                              GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "side")),
                              index - 1);
}
