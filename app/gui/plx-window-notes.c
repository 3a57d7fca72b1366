/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes in the window: they stay when the comparison runs again (other
 * settings, a reloaded article, an opened session), each where its words
 * now stand, and a toast says how many could not; and the Notes window
 * (win.show-notes, Ctrl+Shift+M) lists them all, to go to, edit or remove
 * each. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-note-dialog.h"
#include "plx-report-notes.h"
#include "plx-window-private.h"

/* Characters of a note's text a row of the list shows. */
#define MAX_ROW_CHARS 240
/* Rows the list shows: a session may hold thousands of notes, and a row
 * each would make every edit slow while the list is open. */
#define MAX_ROWS 500

/**
 * plx_window_keep_notes:
 *
 * Called before the comparison runs again: when it is of the same
 * articles (other settings, or the sides swapped), its notes are kept for
 * the new one. A session
 * being opened or articles being reloaded bring their own (kept_links).
 */
void
plx_window_keep_notes (PlxWindow *self)
{
  gboolean same;
  gboolean swapped;

  g_clear_pointer (&self->kept_notes, plx_notes_free);
  if (self->opening != NULL || self->kept_links != NULL ||
      !plx_comparison_is_done (self->comparison))
    return;

  same = swapped = TRUE;
  for (guint side = 0; side < 2; side++)
    {
      PlxArticle *article = plx_comparison_get_article (self->comparison, side);

      same = same && article == self->articles[side];
      swapped = swapped && article == self->articles[!side];
    }
  if ((!same && !swapped) || plx_notes_get_n (plx_comparison_get_notes (self->comparison)) == 0)
    return;

  self->kept_notes = plx_notes_copy (plx_comparison_get_notes (self->comparison));
  if (!same)
    plx_notes_swap_sides (self->kept_notes);
}

/**
 * plx_window_restore_notes:
 * @comparison: the comparison that has just run, not yet shown
 *
 * Puts back the notes kept for it, before it is shown.
 */
void
plx_window_restore_notes (PlxWindow     *self,
                          PlxComparison *comparison)
{
  guint dropped = 0;

  if (self->kept_links != NULL)
    {
      dropped = plx_session_get_n_dropped_notes (self->kept_links) +
                plx_session_restore_notes (self->kept_links, comparison);
    }
  else if (self->kept_notes != NULL)
    dropped = plx_comparison_restore_notes (comparison, self->kept_notes);
  g_clear_pointer (&self->kept_notes, plx_notes_free);

  if (dropped > 0)
    {
      g_autofree char *message =
        g_strdup_printf (ngettext ("%u note could not be kept: the words it was on are gone, "
                                   "or it was not a note Parallax can show.",
                                   "%u notes could not be kept: the words they were on are "
                                   "gone, or they were not notes Parallax can show.",
                                   dropped),
                         dropped);

      plx_window_show_error (self, message);
    }
}

/* The Notes window. */

static void
show_note_cb (GtkListBox    *list,
              GtkListBoxRow *row,
              PlxWindow     *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "plx-note"));

  if (!plx_comparison_view_show_note (self->view, index))
    gtk_widget_error_bell (GTK_WIDGET (list));
  else
    gtk_window_present (GTK_WINDOW (self));
}

static void
edit_clicked_cb (GtkButton *button,
                 PlxWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-note"));
  PlxNotes *notes;

  if (!plx_comparison_is_done (self->comparison))
    return;
  notes = plx_comparison_get_notes (self->comparison);
  if (index < plx_notes_get_n (notes))
    plx_note_dialog_present (GTK_WIDGET (button), self->comparison, plx_notes_get (notes, index));
}

/* Removing from the list is one edit: a toast offers to undo it, and
 * Ctrl+Z in either window does too. */
static void
remove_clicked_cb (GtkButton *button,
                   PlxWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-note"));
  PlxNotes *notes;
  AdwToast *toast;

  if (!plx_comparison_is_done (self->comparison))
    return;
  notes = plx_comparison_get_notes (self->comparison);
  if (index >= plx_notes_get_n (notes) ||
      !plx_comparison_set_note (self->comparison, plx_notes_get (notes, index), NULL))
    return;

  toast = adw_toast_new (_("Note removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-edit");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_edit_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  gboolean done = FALSE;

  if (plx_comparison_is_done (self->comparison))
    done = g_str_equal (action_name, "win.undo-edit") ? plx_comparison_undo (self->comparison)
                                                      : plx_comparison_redo (self->comparison);
  if (!done)
    gtk_widget_error_bell (widget);
}

static gboolean
notes_undo_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   data)
{
  gtk_widget_activate_action (data, g_variant_get_string (args, NULL), NULL);

  return TRUE;
}

/* Ctrl+Z and Ctrl+Shift+Z in the Notes window undo and redo the edits of
 * the comparison, as in its window. */
static void
add_undo_shortcuts (GtkWidget *notes_window,
                    PlxWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  const char *triggers[] = { "<Control>z", "<Control><Shift>z" };
  const char *actions[] = { "win.undo-edit", "win.redo-edit" };

  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    {
      GtkShortcut *shortcut =
        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (triggers[i]),
                          gtk_callback_action_new (notes_undo_cb, self, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (actions[i]));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }
  gtk_widget_add_controller (notes_window, shortcuts);
}

static GtkWidget *
row_button (PlxWindow  *self,
            const char *icon,
            const char *tooltip,
            guint       index,
            GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "plx-note", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static GtkWidget *
note_row (PlxWindow *self,
          guint      index,
          int        target)
{
  const PlxNote *note = plx_notes_get (plx_comparison_get_notes (self->comparison), index);
  g_autofree char *place = plx_report_note_place (self->comparison, note, target);
  g_autofree char *text = g_strdup (note->text);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  if (g_utf8_strlen (text, -1) > MAX_ROW_CHARS)
    *g_utf8_offset_to_pointer (text, MAX_ROW_CHARS) = '\0';
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (row, place);
  adw_action_row_set_title_lines (row, 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), target >= 0);
  g_object_set_data (G_OBJECT (row), "plx-note", GUINT_TO_POINTER (index));
  adw_action_row_add_suffix (row, row_button (self, "document-edit-symbolic", _("Edit Note"),
                                              index, G_CALLBACK (edit_clicked_cb)));
  adw_action_row_add_suffix (row, row_button (self, "user-trash-symbolic", _("Remove Note"),
                                              index, G_CALLBACK (remove_clicked_cb)));

  return GTK_WIDGET (row);
}

static void
fill_list (PlxWindow *self)
{
  GtkWidget *window = self->notes_window;
  GtkListBox *list = g_object_get_data (G_OBJECT (window), "plx-list");
  GtkStack *stack = g_object_get_data (G_OBJECT (window), "plx-stack");
  PlxNotes *notes = plx_comparison_is_done (self->comparison)
                      ? plx_comparison_get_notes (self->comparison) : NULL;
  g_autoptr(GArray) targets = notes != NULL ? plx_notes_resolve (notes, self->comparison) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; notes != NULL && i < MIN (plx_notes_get_n (notes), MAX_ROWS); i++)
    gtk_list_box_append (list, note_row (self, i, g_array_index (targets, int, i)));
  if (notes != NULL && plx_notes_get_n (notes) > MAX_ROWS)
    {
      GtkWidget *more = gtk_label_new (_("Only the first notes are listed here; every report "
                                         "lists them all."));

      gtk_label_set_wrap (GTK_LABEL (more), TRUE);
      gtk_widget_add_css_class (more, "dim-label");
      gtk_widget_set_margin_top (more, 12);
      gtk_widget_set_margin_bottom (more, 12);
      gtk_list_box_append (list, more);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (list, MAX_ROWS), FALSE);
    }

  gtk_stack_set_visible_child_name (stack, notes != NULL && plx_notes_get_n (notes) > 0 ? "list"
                                                                                        : "empty");
}

static GtkWidget *
make_notes_window (PlxWindow *self)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *empty = adw_status_page_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Notes"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 560);
  gtk_window_set_hide_on_close (GTK_WINDOW (window), TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Notes"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Add a note to a sentence or a link from the context menu "
                                     "of the articles (Ctrl+M), or to a claim with its pencil button"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 18);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (show_note_cb), self, 0);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_stack_add_named (GTK_STACK (stack), scroller, "list");
  gtk_stack_add_named (GTK_STACK (stack), empty, "empty");

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), stack);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data (G_OBJECT (window), "plx-list", list);
  g_object_set_data (G_OBJECT (window), "plx-stack", stack);
  add_undo_shortcuts (window, self);

  return window;
}

static void
notes_changed_cb (PlxWindow *self)
{
  if (self->notes_window != NULL && gtk_widget_get_visible (self->notes_window))
    fill_list (self);
}

/**
 * plx_window_show_notes:
 *
 * Shows the list of all notes.
 *
 * Returns: (transfer none): the Notes window
 */
GtkWidget *
plx_window_show_notes (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  if (self->notes_window == NULL)
    {
      self->notes_window = make_notes_window (self);
      g_signal_connect_object (self->view, "notify::comparison", G_CALLBACK (notes_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  fill_list (self);
  gtk_window_present (GTK_WINDOW (self->notes_window));

  return self->notes_window;
}

/* The list follows every edit of the comparison shown. */
void
plx_window_notes_comparison_changed (PlxWindow *self)
{
  notes_changed_cb (self);
}

/* Ctrl+M wherever the keyboard is: the note of what the view has in focus
 * (a claim row of the side panel answers first for its claim). */
static void
note_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (!gtk_widget_activate_action (GTK_WIDGET (self->view), "view.note", NULL))
    gtk_widget_error_bell (widget);
}

static void
show_notes_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  plx_window_show_notes (PLX_WINDOW (widget));
}

void
plx_window_class_install_notes_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-notes", NULL, show_notes_action_cb);
  gtk_widget_class_install_action (widget_class, "win.note", NULL, note_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.note",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "win.undo-edit", NULL, undo_edit_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo-edit", NULL, undo_edit_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-notes", NULL);
}
