/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The side panel of parties: each party with its claims in either article,
 * disagreements first, each with a chip for its status. Choosing a claim
 * emits ::claim-activated with where it is, and ::claim-chosen with which
 * claim it is; the window scrolls there and marks its parts. Claims are
 * corrected from each row's menu (plx-parties-panel-claims.c).
 * Renaming and merging parties are edits of the comparison, made here
 * through its own functions (so they undo with the rest); the panel shows
 * the comparison again whenever it changes. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-display-text.h"
#include "plx-parties-panel.h"
#include "plx-claim-rows.h"
#include "plx-parties-panel-private.h"
#include "plx-palette.h"

/* Rows are widgets: past this many the panel would take seconds to fill. */
#define MAX_ROWS 300
/* Characters of a claim's words, its speaker or a party's name shown. */
#define MAX_CLAIM_CHARS 400

struct _PlxPartiesPanel
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkStack   *stack;
  GtkListBox *list;

  /* owned */
  PlxComparison *comparison;
  GSignalGroup  *comparison_signals;
  PlxCollation  *collation; /* three or more articles: their claims' coverage */
};

G_DEFINE_FINAL_TYPE (PlxPartiesPanel, plx_parties_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CLAIM_ACTIVATED,
  CLAIM_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
claim_line (const PlxClaim *claim,
            const char     *article)
{
  g_autofree char *text = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *words = NULL;
  GtkWidget *label;

  /* The label shows four lines but lays out all of its text: a claim of a
   * megabyte would freeze the window. */
  speaker = plx_display_text_shorten (claim->speaker_name[0] != '\0' ? claim->speaker_name
                                                                      : _("(unnamed)"),
                                      MAX_CLAIM_CHARS);
  words = plx_display_text_shorten (claim->text, MAX_CLAIM_CHARS);
  /* Translators: a claim in the side panel, "A: Yuri Ushakov (confirmed): …". */
  text = g_strdup_printf (_("%s: %s (%s): %s"), article, speaker, claim->verb, words);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static void
add_claim_row (PlxPartiesPanel     *self,
               PlxClaimCoverage    *coverage,
               const PlxClaim      *claim,
               const PlxClaimMatch *match,
               const PlxClaim      *counterpart,
               PlxSide              side)
{
  const PlxSwatch *status = plx_palette_status (match->status);
  g_autofree char *accessible = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *chip = gtk_label_new (plx_swatch_get_label (status));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_add_css_class (chip, "chip");
  gtk_widget_add_css_class (chip, status->name);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (chip, TRUE);
  gtk_box_append (GTK_BOX (header), chip);
  gtk_box_append (GTK_BOX (box), header);
  plx_parties_panel_add_claim_menu (row, header, self->comparison, claim, counterpart, side);
  gtk_box_append (GTK_BOX (box), claim_line (claim, side == PLX_SIDE_A ? "A" : "B"));
  if (counterpart != NULL)
    gtk_box_append (GTK_BOX (box), claim_line (counterpart, "B"));
  {
    GArray *claims = plx_comparison_get_claims (self->comparison, side);
    g_autofree char *carried = plx_claim_coverage_dup_line (
      coverage, side, claim - &g_array_index (claims, PlxClaim, 0));

    if (carried != NULL)
      {
        GtkWidget *label = gtk_label_new (carried);

        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_widget_add_css_class (label, "caption");
        gtk_widget_add_css_class (label, "coverage-line");
        gtk_box_append (GTK_BOX (box), label);
      }
  }
  if (match->change != NULL)
    {
      g_autofree char *shown = plx_display_text_shorten (match->change, MAX_CLAIM_CHARS);
      GtkWidget *change = gtk_label_new (shown);

      gtk_label_set_xalign (GTK_LABEL (change), 0);
      gtk_label_set_wrap (GTK_LABEL (change), TRUE);
      gtk_widget_add_css_class (change, "dim-label");
      gtk_widget_add_css_class (change, "caption");
      gtk_box_append (GTK_BOX (box), change);
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row),
                              plx_parties_panel_add_claim_note (self, row, box, claim,
                                                                counterpart, side));

  /* Translators: accessible name of a claim, "Reframed: Yuri Ushakov, confirmed". */
  accessible = g_strdup_printf (_("%s: %s, %s"), plx_swatch_get_label (status),
                                claim->speaker_name, claim->verb);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  g_object_set_data (G_OBJECT (row), "side", GUINT_TO_POINTER (side));
  g_object_set_data (G_OBJECT (row), "sentence", GUINT_TO_POINTER (claim->sentence));
  gtk_list_box_append (self->list, row);
}

/* A party's heading, with a menu to rename it or merge it into another. */
static void
add_party_header (PlxPartiesPanel *self,
                  const PlxParty  *party,
                  PlxParties      *parties,
                  GHashTable      *shown)
{
  g_autofree char *name = plx_display_text_shorten (party->name, MAX_CLAIM_CHARS);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) merge = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
  g_autofree char *tooltip = g_strdup_printf (_("Edit “%s”"), party->name);

  g_menu_item_set_action_and_target_value (rename, "panel.rename",
                                           g_variant_new_string (party->id));
  g_menu_append_item (menu, rename);
  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *other = plx_parties_get (parties, p);
      g_autoptr(GMenuItem) item = NULL;

      if (other == party || !g_hash_table_contains (shown, other->id))
        continue;
      item = g_menu_item_new (other->name, NULL);
      g_menu_item_set_action_and_target_value (item, "panel.merge",
                                               g_variant_new ("(ss)", party->id, other->id));
      g_menu_append_item (merge, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (merge)) > 0)
    g_menu_append_submenu (menu, _("_Merge Into"), G_MENU_MODEL (merge));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_margin_top (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->list, row);
}

/**
 * plx_parties_panel_set_comparison:
 * @comparison: (nullable): a finished comparison
 */
/* Shows the parties and claims of the comparison as it is now. */
static void
show_rows (PlxPartiesPanel *self)
{
  PlxComparison *comparison = self->comparison;
  g_autoptr(GArray) claim_rows = NULL;
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(PlxClaimCoverage) coverage = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (!plx_comparison_is_done (comparison))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* The rows the reports have, in their order: by party, disagreements
   * first, a pair once from A's side. Parties with claims can be merged
   * into one another. */
  claim_rows = plx_claim_rows_new (comparison);
  shown = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < claim_rows->len; k++)
    g_hash_table_add (shown, g_array_index (claim_rows, PlxClaimRow, k).party->id);

  /* Which outlets carry each claim, found once for all of them. */
  coverage = plx_claim_coverage_new (self->collation, comparison);
  for (guint k = 0; k < MIN (claim_rows->len, MAX_ROWS); k++)
    {
      const PlxClaimRow *row = &g_array_index (claim_rows, PlxClaimRow, k);

      if (row->first_of_party)
        add_party_header (self, row->party, plx_comparison_get_parties (comparison), shown);
      add_claim_row (self, coverage, row->claim, row->match, row->counterpart, row->side);
    }

  /* A book-length pair has thousands of claims: the panel shows the first
   * ones, and the reports have them all. */
  if (claim_rows->len > MAX_ROWS)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (_("Only the first claims are shown here; “parallax compare” lists them all."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->list, row);
    }

  gtk_stack_set_visible_child_name (self->stack, claim_rows->len > 0 ? "claims" : "empty");
}

/**
 * plx_parties_panel_set_comparison:
 * @comparison: (nullable): a finished comparison
 */
void
plx_parties_panel_set_comparison (PlxPartiesPanel *self,
                                  PlxComparison   *comparison)
{
  g_return_if_fail (PLX_IS_PARTIES_PANEL (self));
  g_return_if_fail (comparison == NULL || PLX_IS_COMPARISON (comparison));

  if (!g_set_object (&self->comparison, comparison))
    return;

  g_signal_group_set_target (self->comparison_signals, comparison);
  show_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/**
 * plx_parties_panel_set_collation:
 * @collation: (nullable): the collation the comparison shown belongs to
 *
 * With a collation of three or more articles, each claim says which
 * outlets carry it. Set it before the comparison.
 */
void
plx_parties_panel_set_collation (PlxPartiesPanel *self,
                                 PlxCollation    *collation)
{
  g_return_if_fail (PLX_IS_PARTIES_PANEL (self));

  if (g_set_object (&self->collation, collation))
    show_rows (self);
}

PlxComparison *
plx_parties_panel_get_comparison (PlxPartiesPanel *self)
{
  g_return_val_if_fail (PLX_IS_PARTIES_PANEL (self), NULL);

  return self->comparison;
}

GtkListBox *
plx_parties_panel_get_list (PlxPartiesPanel *self)
{
  g_return_val_if_fail (PLX_IS_PARTIES_PANEL (self), NULL);

  return self->list;
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  PlxPartiesPanel *self)
{
  guint side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "side"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "claim-index"));

  g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, side,
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sentence")));
  if (index > 0)
    g_signal_emit (self, signals[CLAIM_CHOSEN], 0, side, index - 1);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PlxPartiesPanel  *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *id = g_object_get_data (G_OBJECT (dialog), "party");

  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "rename") && name[0] != '\0' &&
      plx_comparison_is_done (self->comparison))
    plx_comparison_rename_party (self->comparison, id, name);
}

static void
rename_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlxPartiesPanel *self = PLX_PARTIES_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Rename Party"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data_full (G_OBJECT (dialog), "party",
                          g_variant_dup_string (parameter, NULL), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlxPartiesPanel *self = PLX_PARTIES_PANEL (widget);
  const char *from;
  const char *into;

  g_variant_get (parameter, "(&s&s)", &from, &into);
  if (!plx_comparison_is_done (self->comparison) ||
      !plx_comparison_merge_parties (self->comparison, from, into))
    gtk_widget_error_bell (widget);
}

static void
plx_parties_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlxPartiesPanel *self = PLX_PARTIES_PANEL (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_parties_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlxPartiesPanel *self = PLX_PARTIES_PANEL (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      plx_parties_panel_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_parties_panel_dispose (GObject *object)
{
  PlxPartiesPanel *self = PLX_PARTIES_PANEL (object);
  GtkWidget *child;

  if (self->comparison_signals != NULL)
    g_signal_group_set_target (self->comparison_signals, NULL);
  g_clear_object (&self->comparison_signals);
  g_clear_object (&self->comparison);
  g_clear_object (&self->collation);
  gtk_widget_dispose_template (GTK_WIDGET (object), PLX_TYPE_PARTIES_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (plx_parties_panel_parent_class)->dispose (object);
}

static void
plx_parties_panel_class_init (PlxPartiesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_parties_panel_dispose;
  object_class->get_property = plx_parties_panel_get_property;
  object_class->set_property = plx_parties_panel_set_property;

  /**
   * PlxPartiesPanel:comparison:
   *
   * The comparison whose parties and claims are shown, or %NULL.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, PLX_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxPartiesPanel::claim-activated:
   * @side: the article of the claim
   * @sentence: its sentence
   */
  signals[CLAIM_ACTIVATED] = g_signal_new ("claim-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           2, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * PlxPartiesPanel::claim-chosen:
   * @side: the article of the claim
   * @index: the claim, in the comparison's claims of @side
   */
  signals[CLAIM_CHOSEN] = g_signal_new ("claim-chosen", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                        G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "panel.rename", "s", rename_action_cb);
  plx_parties_panel_class_install_claim_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "panel.merge", "(ss)", merge_action_cb);
  plx_parties_panel_class_install_note_actions (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-parties-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxPartiesPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxPartiesPanel, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "partiespanel");
}

static void
plx_parties_panel_init (PlxPartiesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
  plx_parties_panel_init_claim_menu (self->list);

  self->comparison_signals = g_signal_group_new (PLX_TYPE_COMPARISON);
  g_signal_group_connect_object (self->comparison_signals, "changed", G_CALLBACK (show_rows),
                                 self, G_CONNECT_SWAPPED);
}
