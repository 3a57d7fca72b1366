/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The key differences above the panes: the few divergences a reader should
 * see first, most important first, each row with the reason for its rank
 * and both articles' words, article A's above pane A and B's above pane B.
 * It folds away to its title. Choosing a row (click, Enter, or the action
 * key-differences.show with the row's index) emits ::item-activated; the
 * comparison view then shows the item's place in both panes. The list is
 * the core's (plx_comparison_get_key_differences()); it is shown again
 * whenever the comparison changes. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-display-text.h"
#include "plx-key-differences-panel.h"
#include "plx-key-differences.h"

/* Characters of an item's words shown: the label lays them all out. */
#define MAX_WORDS_CHARS 300

struct _PlxKeyDifferencesPanel
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkExpander *expander;
  GtkLabel    *title;
  GtkWidget   *scroller;
  GtkListBox  *list;

  /* owned */
  PlxComparison *comparison;
  GSignalGroup  *comparison_signals;
  guint          n_items;
};

G_DEFINE_FINAL_TYPE (PlxKeyDifferencesPanel, plx_key_differences_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One article's place of an item, for reading and for a screen reader. */
static char *
place_text (const PlxKeyPlace *place,
            PlxSide            side,
            gboolean           markup)
{
  const char *id = side == PLX_SIDE_A ? "A" : "B";
  g_autofree char *words = NULL;
  g_autofree char *escaped = NULL;

  if (place->sentence < 0)
    {
      /* Translators: an article with nothing in the place of a key difference. */
      g_autofree char *none = g_strdup_printf (_("%s: nothing in this article"), id);

      return markup ? g_markup_printf_escaped ("<span alpha=\"60%%\">%s</span>", none)
                    : g_steal_pointer (&none);
    }
  if (place->words[0] == '\0')
    {
      /* Translators: "B 3: left out", words article B leaves out in its sentence 3. */
      g_autofree char *left_out = g_strdup_printf (_("%s %d: left out"), id, place->sentence + 1);

      return markup ? g_markup_printf_escaped ("<span alpha=\"60%%\">%s</span>", left_out)
                    : g_steal_pointer (&left_out);
    }

  words = plx_display_text_shorten (place->words, MAX_WORDS_CHARS);
  if (!markup)
    /* Translators: where a key difference is, for screen readers: "Article A,
     * sentence 7: …". */
    return g_strdup_printf (_("Article %s, sentence %d: %s"), id, place->sentence + 1, words);
  escaped = g_markup_escape_text (words, -1);
  return g_strdup_printf ("<b>%s %d</b>  %s", id, place->sentence + 1, escaped);
}

static GtkWidget *
new_label (const char *text,
           gboolean    markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  return label;
}

/* A row: rank, then reason, A's words and B's words in three columns of
 * one width, so that they line up from row to row. */
static GtkWidget *
item_row (const PlxKeyDifference *item,
          guint                   rank)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *number = g_strdup_printf ("%u", rank);
  GtkWidget *label;
  g_autofree char *a_text = place_text (&item->place[PLX_SIDE_A], PLX_SIDE_A, FALSE);
  g_autofree char *b_text = place_text (&item->place[PLX_SIDE_B], PLX_SIDE_B, FALSE);
  g_autofree char *description = NULL;

  label = new_label (number, FALSE);
  gtk_label_set_width_chars (GTK_LABEL (label), 2);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 2);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_widget_set_hexpand (columns, TRUE);
  gtk_box_append (GTK_BOX (box), columns);

  label = new_label (plx_key_kind_get_reason (item->kind), FALSE);
  gtk_widget_add_css_class (label, "reason");
  gtk_box_append (GTK_BOX (columns), label);

  for (guint side = 0; side < 2; side++)
    {
      g_autofree char *markup = place_text (&item->place[side], side, TRUE);

      label = new_label (markup, TRUE);
      gtk_widget_add_css_class (label, side == PLX_SIDE_A ? "side-a" : "side-b");
      gtk_box_append (GTK_BOX (columns), label);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: a key difference read out: "1. A direct quotation differs
   * between the articles. Article A, sentence 7: …. Article B, sentence 8: …". */
  description = g_strdup_printf (_("%u. %s. %s. %s."), rank, plx_key_kind_get_reason (item->kind),
                                 a_text, b_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  gtk_widget_set_tooltip_text (row, plx_key_kind_get_reason (item->kind));
  return row;
}

static void
show_items (PlxKeyDifferencesPanel *self)
{
  GtkWidget *child;
  GArray *items = NULL;
  g_autofree char *title = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_items = 0;

  if (plx_comparison_is_done (self->comparison))
    items = plx_comparison_get_key_differences (self->comparison);
  for (guint k = 0; items != NULL && k < items->len; k++)
    gtk_list_box_append (self->list,
                         item_row (&g_array_index (items, PlxKeyDifference, k), k + 1));
  self->n_items = items != NULL ? items->len : 0;

  /* Translators: the title of the list of key differences, with how many. */
  title = self->n_items > 0 ? g_strdup_printf (_("Key differences (%u)"), self->n_items)
                            : g_strdup (_("Key differences: none found"));
  gtk_label_set_text (self->title, title);
  /* Nothing found is said by the title alone, and takes no more room. */
  gtk_widget_set_visible (self->scroller, self->n_items > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), plx_comparison_is_done (self->comparison));
}

static void
row_activated_cb (GtkListBox             *list,
                  GtkListBoxRow          *row,
                  PlxKeyDifferencesPanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "key-differences.show", "u",
                              (guint) gtk_list_box_row_get_index (row));
}

/* key-differences.show (u): the item of that rank, counted from 0. */
static void
show_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxKeyDifferencesPanel *self = PLX_KEY_DIFFERENCES_PANEL (widget);
  guint index = g_variant_get_uint32 (parameter);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, index);

  if (row == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_list_box_select_row (self->list, row);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, index);
}

static void
plx_key_differences_panel_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PlxKeyDifferencesPanel *self = PLX_KEY_DIFFERENCES_PANEL (object);

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
plx_key_differences_panel_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  PlxKeyDifferencesPanel *self = PLX_KEY_DIFFERENCES_PANEL (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      plx_key_differences_panel_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_key_differences_panel_dispose (GObject *object)
{
  PlxKeyDifferencesPanel *self = PLX_KEY_DIFFERENCES_PANEL (object);
  GtkWidget *child;

  if (self->comparison_signals != NULL)
    g_signal_group_set_target (self->comparison_signals, NULL);
  g_clear_object (&self->comparison_signals);
  g_clear_object (&self->comparison);
  gtk_widget_dispose_template (GTK_WIDGET (object), PLX_TYPE_KEY_DIFFERENCES_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (plx_key_differences_panel_parent_class)->dispose (object);
}

static void
plx_key_differences_panel_class_init (PlxKeyDifferencesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_key_differences_panel_dispose;
  object_class->get_property = plx_key_differences_panel_get_property;
  object_class->set_property = plx_key_differences_panel_set_property;

  /**
   * PlxKeyDifferencesPanel:comparison:
   *
   * The comparison whose key differences are shown, or %NULL.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, PLX_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxKeyDifferencesPanel::item-activated:
   * @index: the item's rank, counted from 0, in
   *   plx_comparison_get_key_differences()
   */
  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "key-differences.show", "u", show_action_cb);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-key-differences-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxKeyDifferencesPanel, expander);
  gtk_widget_class_bind_template_child (widget_class, PlxKeyDifferencesPanel, title);
  gtk_widget_class_bind_template_child (widget_class, PlxKeyDifferencesPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxKeyDifferencesPanel, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "keydifferences");
}

static void
plx_key_differences_panel_init (PlxKeyDifferencesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);

  self->comparison_signals = g_signal_group_new (PLX_TYPE_COMPARISON);
  g_signal_group_connect_object (self->comparison_signals, "changed", G_CALLBACK (show_items),
                                 self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * plx_key_differences_panel_set_comparison:
 * @comparison: (nullable): a comparison, done or not
 */
void
plx_key_differences_panel_set_comparison (PlxKeyDifferencesPanel *self,
                                          PlxComparison          *comparison)
{
  g_return_if_fail (PLX_IS_KEY_DIFFERENCES_PANEL (self));
  g_return_if_fail (comparison == NULL || PLX_IS_COMPARISON (comparison));

  if (self->comparison == comparison)
    return;

  g_set_object (&self->comparison, comparison);
  g_signal_group_set_target (self->comparison_signals, comparison);
  show_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

PlxComparison *
plx_key_differences_panel_get_comparison (PlxKeyDifferencesPanel *self)
{
  g_return_val_if_fail (PLX_IS_KEY_DIFFERENCES_PANEL (self), NULL);

  return self->comparison;
}

guint
plx_key_differences_panel_get_n_items (PlxKeyDifferencesPanel *self)
{
  g_return_val_if_fail (PLX_IS_KEY_DIFFERENCES_PANEL (self), 0);

  return self->n_items;
}

/**
 * plx_key_differences_panel_focus_list:
 *
 * Unfolds the list and gives the keyboard focus to its chosen item, or to
 * the first.
 *
 * Returns: whether there was an item to focus
 */
gboolean
plx_key_differences_panel_focus_list (PlxKeyDifferencesPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PLX_IS_KEY_DIFFERENCES_PANEL (self), FALSE);

  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)))
    return FALSE;
  gtk_expander_set_expanded (self->expander, TRUE);
  return gtk_widget_grab_focus (GTK_WIDGET (row));
}

GtkListBox *
plx_key_differences_panel_get_list (PlxKeyDifferencesPanel *self)
{
  g_return_val_if_fail (PLX_IS_KEY_DIFFERENCES_PANEL (self), NULL);

  return self->list;
}
