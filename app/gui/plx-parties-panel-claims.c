/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Correcting claims from the parties panel: each claim row has a menu
 * (its button, a right click, the Menu key or Shift+F10) to remove the
 * claim, change its speaker or move it to another party; Delete removes
 * the claims of the chosen row, Ctrl+Z and Ctrl+Shift+Z undo and redo.
 * Every correction is an edit of the comparison (plx-claim-editor.c). */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-claim-editor.h"
#include "plx-display-text.h"
#include "plx-parties-panel.h"

/* Characters of a party's name in a menu. */
#define MAX_NAME_CHARS 60

/* The claims of a row: the claim and, for a pair, its counterpart in B. */
typedef struct
{
  int side;
  int index;
  int counterpart;
} RowClaims;

static gboolean
row_claims (GtkWidget *row,
            RowClaims *claims)
{
  if (row == NULL || g_object_get_data (G_OBJECT (row), "claim-index") == NULL)
    return FALSE;

  claims->side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "side"));
  claims->index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "claim-index")) - 1;
  claims->counterpart = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "claim-counterpart")) - 1;

  return TRUE;
}

static void
append_claim_section (GMenu          *menu,
                      PlxComparison  *comparison,
                      PlxSide         side,
                      guint           index,
                      GHashTable     *shown,
                      const char     *label,
                      const char     *move_label)
{
  const PlxClaim *claim = &g_array_index (plx_comparison_get_claims (comparison, side), PlxClaim,
                                          index);
  PlxParties *parties = plx_comparison_get_parties (comparison);
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove Claim"), NULL);
  g_autoptr(GMenuItem) speaker = g_menu_item_new (_("Change _Speaker…"), NULL);

  g_menu_item_set_action_and_target_value (remove, "panel.remove-claim",
                                           g_variant_new ("(uu)", side, index));
  g_menu_item_set_action_and_target_value (speaker, "panel.claim-speaker",
                                           g_variant_new ("(uu)", side, index));
  g_menu_append_item (section, remove);
  g_menu_append_item (section, speaker);

  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *party = plx_parties_get (parties, p);
      g_autofree char *name = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (party->id, claim->party) == 0 ||
          (!g_hash_table_contains (shown, party->id) && !g_str_equal (party->id, "other")))
        continue;
      name = plx_display_text_shorten (party->name, MAX_NAME_CHARS);
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target_value (item, "panel.move-claim",
                                               g_variant_new ("(uus)", side, index, party->id));
      g_menu_append_item (move, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (move)) > 0)
    g_menu_append_submenu (section, move_label, G_MENU_MODEL (move));

  g_menu_append_section (menu, label, G_MENU_MODEL (section));
}

/* The ids of the parties that have claims (those the panel shows). */
static GHashTable *
parties_with_claims (PlxComparison *comparison)
{
  GHashTable *shown = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint side = 0; side < 2; side++)
    {
      GArray *claims = plx_comparison_get_claims (comparison, side);

      for (guint i = 0; i < claims->len; i++)
        if (g_array_index (claims, PlxClaim, i).party != NULL)
          g_hash_table_add (shown, g_array_index (claims, PlxClaim, i).party);
    }

  return shown;
}

/**
 * plx_parties_panel_dup_claim_menu:
 * @row: a claim row of the panel
 *
 * The menu of corrections of the claims of @row. Made when it opens: a
 * panel of hundreds of rows and parties would take long to make them all.
 *
 * Returns: (transfer full) (nullable): the menu, or %NULL for another row
 */
GMenuModel *
plx_parties_panel_dup_claim_menu (PlxPartiesPanel *self,
                                  GtkWidget       *row)
{
  PlxComparison *comparison = plx_parties_panel_get_comparison (self);
  g_autoptr(GHashTable) shown = NULL;
  GMenu *menu;
  RowClaims claims;

  if (!plx_comparison_is_done (comparison) || !row_claims (row, &claims))
    return NULL;

  shown = parties_with_claims (comparison);
  menu = g_menu_new ();
  if (claims.counterpart < 0)
    append_claim_section (menu, comparison, claims.side, claims.index, shown, NULL,
                          _("_Move to Party"));
  else
    {
      /* The submenus' labels name them: each must be its own. */
      append_claim_section (menu, comparison, claims.side, claims.index, shown, _("Claim in A"),
                            _("_Move Claim in A to Party"));
      append_claim_section (menu, comparison, PLX_SIDE_B, claims.counterpart, shown,
                            _("Claim in B"), _("Move Claim in _B to Party"));
    }

  return G_MENU_MODEL (menu);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *panel = gtk_widget_get_ancestor (GTK_WIDGET (button), PLX_TYPE_PARTIES_PANEL);
  g_autoptr(GMenuModel) menu = NULL;

  if (row != NULL && panel != NULL)
    menu = plx_parties_panel_dup_claim_menu (PLX_PARTIES_PANEL (panel), row);
  if (menu == NULL)
    menu = G_MENU_MODEL (g_menu_new ());
  gtk_menu_button_set_menu_model (button, menu);
}

/**
 * plx_parties_panel_add_claim_menu:
 * @header: the box that holds the row's status chip
 *
 * Gives a claim row its menu button, and remembers its claims.
 */
void
plx_parties_panel_add_claim_menu (GtkWidget      *row,
                                  GtkWidget      *header,
                                  PlxComparison  *comparison,
                                  const PlxClaim *claim,
                                  const PlxClaim *counterpart,
                                  PlxSide         side)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);
  guint index = claim - (const PlxClaim *) claims->data;
  GtkWidget *button = gtk_menu_button_new ();

  g_object_set_data (G_OBJECT (row), "claim-index", GINT_TO_POINTER (index + 1));
  if (counterpart != NULL)
    {
      GArray *others = plx_comparison_get_claims (comparison, PLX_SIDE_B);
      guint other = counterpart - (const PlxClaim *) others->data;

      g_object_set_data (G_OBJECT (row), "claim-counterpart", GINT_TO_POINTER (other + 1));
    }

  /* A claim a person added or corrected says so. */
  if (claim->edited || (counterpart != NULL && counterpart->edited))
    {
      GtkWidget *edited = gtk_label_new (_("Corrected by hand"));

      gtk_widget_add_css_class (edited, "dim-label");
      gtk_widget_add_css_class (edited, "caption");
      gtk_widget_set_name (edited, "claim-edited");
      gtk_box_append (GTK_BOX (header), edited);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, NULL, NULL);
  gtk_widget_set_tooltip_text (button, _("Correct This Claim"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Correct This Claim"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), button);
  g_object_set_data (G_OBJECT (row), "menu-button", button);
}

static PlxComparison *
panel_comparison (GtkWidget *widget)
{
  PlxComparison *comparison = plx_parties_panel_get_comparison (PLX_PARTIES_PANEL (widget));

  return plx_comparison_is_done (comparison) ? comparison : NULL;
}

static void
remove_claim_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlxComparison *comparison = panel_comparison (widget);
  g_autoptr(PlxClaimEdit) edit = NULL;
  GArray *claims;
  guint side;
  guint index;

  g_variant_get (parameter, "(uu)", &side, &index);
  claims = comparison != NULL && side <= PLX_SIDE_B ? plx_comparison_get_claims (comparison, side)
                                                    : NULL;
  if (claims == NULL || index >= claims->len)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  edit = plx_claim_edit_new (PLX_CLAIM_EDIT_REMOVE, side, &g_array_index (claims, PlxClaim, index));
  plx_claim_editor_apply (widget, comparison, edit, _("Claim removed"));
}

static void
claim_speaker_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlxComparison *comparison = panel_comparison (widget);
  guint side;
  guint index;

  g_variant_get (parameter, "(uu)", &side, &index);
  if (comparison == NULL || side > PLX_SIDE_B)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  plx_claim_editor_change_speaker (widget, comparison, side, index);
}

static void
move_claim_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlxComparison *comparison = panel_comparison (widget);
  g_autoptr(PlxClaimEdit) edit = NULL;
  GArray *claims;
  guint side;
  guint index;
  const char *party;

  g_variant_get (parameter, "(uu&s)", &side, &index, &party);
  claims = comparison != NULL && side <= PLX_SIDE_B ? plx_comparison_get_claims (comparison, side)
                                                    : NULL;
  if (claims == NULL || index >= claims->len)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  edit = plx_claim_edit_new (PLX_CLAIM_EDIT_PARTY, side, &g_array_index (claims, PlxClaim, index));
  edit->party = g_strdup (party);
  plx_claim_editor_apply (widget, comparison, edit, _("Claim moved"));
}

/* Delete: the claims of the chosen row go, a pair's both, as one edit. */
static void
remove_row_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlxComparison *comparison = panel_comparison (widget);
  GtkListBox *list = plx_parties_panel_get_list (PLX_PARTIES_PANEL (widget));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  RowClaims claims;
  g_autoptr(PlxClaimEdit) first = NULL;
  g_autoptr(PlxClaimEdit) second = NULL;
  gboolean done;

  if (comparison == NULL || !row_claims (GTK_WIDGET (row), &claims))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  first = plx_claim_edit_new (PLX_CLAIM_EDIT_REMOVE, claims.side,
                              &g_array_index (plx_comparison_get_claims (comparison, claims.side),
                                              PlxClaim, claims.index));
  if (claims.counterpart >= 0)
    second = plx_claim_edit_new (PLX_CLAIM_EDIT_REMOVE, PLX_SIDE_B,
                                 &g_array_index (plx_comparison_get_claims (comparison, PLX_SIDE_B),
                                                 PlxClaim, claims.counterpart));

  /* One group, told of once it is made (and the claims compared again). */
  plx_comparison_begin_edit (comparison);
  done = plx_claim_editor_apply (widget, comparison, first, NULL);
  if (done && second != NULL)
    done = plx_claim_editor_apply (widget, comparison, second, NULL);
  plx_comparison_end_edit (comparison);
  if (done)
    plx_claim_editor_toast (widget, comparison,
                            second != NULL ? _("Claims removed") : _("Claim removed"));
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxComparison *comparison = panel_comparison (widget);
  gboolean done = FALSE;

  if (comparison != NULL)
    done = g_str_equal (action_name, "panel.undo") ? plx_comparison_undo (comparison)
                                                   : plx_comparison_redo (comparison);
  if (!done)
    gtk_widget_error_bell (widget);
}

/* The menu of the row in focus, or of the chosen one. */
static void
menu_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkListBox *list = plx_parties_panel_get_list (PLX_PARTIES_PANEL (widget));
  GtkWidget *row = gtk_widget_get_focus_child (GTK_WIDGET (list));
  GtkWidget *button;

  if (row == NULL)
    row = GTK_WIDGET (gtk_list_box_get_selected_row (list));
  button = row != NULL ? g_object_get_data (G_OBJECT (row), "menu-button") : NULL;
  if (button == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            GtkListBox      *list)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (list, y);
  GtkWidget *button = row != NULL ? g_object_get_data (G_OBJECT (row), "menu-button") : NULL;

  if (button == NULL)
    return;
  gtk_list_box_select_row (list, row);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
plx_parties_panel_class_install_claim_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "panel.remove-claim", "(uu)",
                                   remove_claim_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.claim-speaker", "(uu)",
                                   claim_speaker_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.move-claim", "(uus)",
                                   move_claim_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.remove-row", NULL, remove_row_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.claim-menu", NULL, menu_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "panel.redo", NULL, undo_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "panel.remove-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "panel.claim-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "panel.claim-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "panel.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "panel.redo", NULL);
}

/* A right click on a claim row opens its menu. */
void
plx_parties_panel_init_claim_menu (GtkListBox *list)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), list, 0);
  gtk_widget_add_controller (GTK_WIDGET (list), GTK_EVENT_CONTROLLER (click));
}
