/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Writing a note: one dialog adds, changes and removes the note on a link,
 * a sentence or a claim. It names the place and shows the words there;
 * Ctrl+Enter saves, as in a chat box, since Enter starts a new line. An
 * empty note saved is a note removed. Every change is an edit of the
 * comparison, so Undo takes it back. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-display-text.h"
#include "plx-note-dialog.h"
#include "plx-report-notes.h"

/* Characters of the words a note is on that the dialog shows. */
#define MAX_QUOTE_CHARS 200

/**
 * plx_note_dup_place:
 *
 * Returns: (transfer full): where @anchor is, as the reports say it
 *   ("Sentence A 4", "Link A 3 ↔ B 2")
 */
char *
plx_note_dup_place (PlxComparison *comparison,
                    const PlxNote *anchor)
{
  g_autoptr(PlxNotes) one = plx_notes_new ();
  g_autoptr(GArray) targets = NULL;

  plx_notes_set (one, anchor, "-");
  targets = plx_notes_resolve (one, comparison);

  return plx_report_note_place (comparison, plx_notes_get (one, 0),
                                g_array_index (targets, int, 0));
}

typedef struct
{
  PlxComparison *comparison;
  PlxNote        anchor;
  GtkTextBuffer *buffer;
} NoteEdit;

static void
note_edit_free (gpointer data)
{
  NoteEdit *edit = data;

  g_clear_object (&edit->comparison);
  plx_note_clear (&edit->anchor);
  g_clear_object (&edit->buffer);
  g_free (edit);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             NoteEdit         *edit)
{
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  if (!plx_comparison_is_done (edit->comparison))
    return;

  gtk_text_buffer_get_bounds (edit->buffer, &start, &end);
  text = gtk_text_buffer_get_text (edit->buffer, &start, &end, FALSE);
  if (g_str_equal (response, "save"))
    plx_comparison_set_note (edit->comparison, &edit->anchor, text);
  else if (g_str_equal (response, "remove"))
    plx_comparison_set_note (edit->comparison, &edit->anchor, NULL);
}

static gboolean
save_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   dialog)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));

  return TRUE;
}

static char *
quote_of (const PlxNote *anchor)
{
  GString *out = g_string_new (NULL);

  for (guint side = 0; side < 2; side++)
    if (plx_note_uses_side (anchor, side) && anchor->quote[side] != NULL)
      {
        g_autofree char *shown = plx_display_text_shorten (anchor->quote[side], MAX_QUOTE_CHARS);

        if (out->len > 0)
          g_string_append (out, "\n↔ ");
        /* Translators: the words a note is on, in quotation marks. */
        g_string_append_printf (out, _("“%s”"), shown);
      }

  return g_string_free (out, FALSE);
}

static GtkWidget *
make_editor (GtkTextBuffer *buffer)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new_with_buffer (buffer);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note"), -1);
  gtk_widget_add_css_class (view, "note-editor");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_add_css_class (scroller, "card");

  return scroller;
}

/**
 * plx_note_dialog_present:
 * @parent: a widget of the window the dialog belongs to
 * @anchor: what the note is on (plx_note_init_*())
 *
 * Shows the dialog that writes, changes or removes the note on @anchor.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
plx_note_dialog_present (GtkWidget     *parent,
                         PlxComparison *comparison,
                         const PlxNote *anchor)
{
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  int found = plx_notes_find (notes, anchor);
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autofree char *place = plx_note_dup_place (comparison, anchor);
  g_autofree char *quote = quote_of (anchor);
  g_autofree char *body = g_strdup_printf ("%s\n%s", place, quote);
  NoteEdit *edit = g_new0 (NoteEdit, 1);
  GtkWidget *dialog;
  GtkEventController *shortcuts;
  GtkShortcut *save;

  edit->comparison = g_object_ref (comparison);
  edit->anchor = *anchor;
  for (guint side = 0; side < 2; side++)
    edit->anchor.quote[side] = g_strdup (anchor->quote[side]);
  edit->anchor.text = NULL;
  edit->buffer = gtk_text_buffer_new (NULL);
  if (found >= 0)
    gtk_text_buffer_set_text (edit->buffer, plx_notes_get (notes, found)->text, -1);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   found >= 0 ? _("Edit Note") : _("Add Note"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (found >= 0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), make_editor (edit->buffer));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  save = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                           gtk_callback_action_new (save_shortcut_cb, dialog, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), save);
  gtk_widget_add_controller (dialog, shortcuts);

  g_object_set_data_full (G_OBJECT (dialog), "plx-note-edit", edit, note_edit_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), edit);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (
    adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)))));

  return dialog;
}
