/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes on claims in the parties panel: each claim row has a menu with
 * "Add Note…" (or "Edit Note…" when it has one), Ctrl+M on a row does the
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

void
plx_parties_panel_class_install_note_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "panel.note-claim", "(uu)",
                                   note_claim_action_cb);
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
                                  PlxSide          side)
{
  PlxComparison *comparison = plx_parties_panel_get_comparison (self);
  int index = claim_index (comparison, side, claim);
  const PlxNote *note = index >= 0 ? claim_note (comparison, side, index) : NULL;
  GtkWidget *outer;
  GtkWidget *button;
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenuItem) item = NULL;
  GtkEventController *shortcuts;
  GtkShortcut *shortcut;
  g_autoptr(GVariant) target = NULL;

  if (index < 0)
    return content;

  if (note != NULL)
    gtk_box_append (GTK_BOX (content), note_label (note));

  target = g_variant_ref_sink (g_variant_new ("(uu)", side, (guint) index));
  menu = g_menu_new ();
  item = g_menu_item_new (note != NULL ? _("_Edit Note…") : _("Add _Note…"), NULL);
  g_menu_item_set_action_and_target_value (item, "panel.note-claim", target);
  g_menu_append_item (menu, item);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Claim Menu"));

  outer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (outer), content);
  gtk_box_append (GTK_BOX (outer), button);

  /* Ctrl+M on the row, as on a sentence in the panes. */
  shortcuts = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_m, GDK_CONTROL_MASK),
                               gtk_named_action_new ("panel.note-claim"));
  gtk_shortcut_set_arguments (shortcut, target);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
  gtk_widget_add_controller (row, shortcuts);

  return outer;
}
