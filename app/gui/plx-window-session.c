/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Sessions in the window: Save, Save As, opening a `.parallax` file, the
 * recent files list, and the question on closing with manual changes that
 * were never saved. A session that cannot be opened leaves the comparison
 * on screen as it was. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-error.h"
#include "plx-window-private.h"

#define SESSION_MIME_TYPE "application/x-parallax-session"

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };

  data.display_name = NULL;
  data.mime_type = (char *) SESSION_MIME_TYPE;
  data.app_name = (char *) "Parallax";
  data.app_exec = (char *) "parallax %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* The last sessions saved or opened, newest first, in the main menu. */
#define MAX_RECENT 5

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *time_a = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *time_b = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (time_b, time_a);
}

static void
recent_changed_cb (GtkRecentManager *manager,
                   PlxWindow        *self)
{
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  guint shown = 0;

  for (GList *l = items; l != NULL; l = l->next)
    if (g_strcmp0 (gtk_recent_info_get_mime_type (l->data), SESSION_MIME_TYPE) == 0 &&
        gtk_recent_info_exists (l->data))
      g_ptr_array_add (sessions, l->data);
  g_ptr_array_sort (sessions, compare_recent);

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; i < sessions->len && shown < MAX_RECENT; i++, shown++)
    {
      GtkRecentInfo *info = g_ptr_array_index (sessions, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_section, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
plx_window_init_recent (PlxWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();

  g_signal_connect_object (manager, "changed", G_CALLBACK (recent_changed_cb), self, 0);
  recent_changed_cb (manager, self);
}

static void
open_recent_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  plx_window_open_session (PLX_WINDOW (widget), file);
}

static void
update_title (PlxWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->session_file == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Parallax"));
      adw_window_title_set_title (self->window_title, _("Parallax"));
      return;
    }

  name = g_file_get_basename (self->session_file);
  /* Translators: the window title for a session with unsaved changes. */
  title = self->unsaved ? g_strdup_printf (_("• %s"), name) : g_strdup (name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
}

void
plx_window_set_unsaved (PlxWindow *self,
                        gboolean   unsaved)
{
  self->unsaved = unsaved;
  update_title (self);
}

gboolean
plx_window_has_unsaved_changes (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);

  return self->unsaved;
}

/* The articles changed: the comparison is no longer the saved session. */
void
plx_window_forget_session (PlxWindow *self)
{
  g_clear_object (&self->session_file);
  if (self->session_load != NULL)
    g_cancellable_cancel (self->session_load);
  g_clear_object (&self->session_load);
  g_clear_pointer (&self->opening, plx_session_free);
  self->unsaved = FALSE;
  update_title (self);
}

/**
 * plx_window_save_session:
 * @file: the `.parallax` file to write
 *
 * Saves the comparison with its manual links, notes, claim corrections and
 * party edits. The file is
 * replaced only once the new one is complete; a link is followed to the
 * file it names, and a folder, FIFO or device is refused, not replaced
 * (plx_session_save()).
 */
gboolean
plx_window_save_session (PlxWindow *self,
                         GFile     *file,
                         GError   **error)
{
  g_autoptr(PlxSession) session = NULL;

  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!plx_comparison_is_done (self->comparison))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           _("There is no comparison to save yet: open two articles first."));
      return FALSE;
    }

  if (plx_window_get_collation (self) != NULL)
    session = plx_window_dup_collation_session (self);
  else
    session = plx_session_new_for_comparison (self->comparison);
  if (!plx_session_save (session, file, error))
    return FALSE;

  g_set_object (&self->session_file, file);
  add_to_recent (file);
  plx_window_set_unsaved (self, FALSE);

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      file,
             GCancellable *cancellable)
{
  GError *error = NULL;
  PlxSession *session = plx_session_load (file, cancellable, &error);

  if (session != NULL)
    g_task_return_pointer (task, session, (GDestroyNotify) plx_session_free);
  else
    g_task_return_error (task, error);
}

static void
session_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      file)
{
  PlxWindow *self = PLX_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) owned_file = file;
  PlxSession *session = g_task_propagate_pointer (G_TASK (result), &error);

  if (session == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_object (&self->session_load);
          plx_window_show_error (self, error->message);
        }
      return;
    }
  g_clear_object (&self->session_load);

  /* Only now, with the whole session read and checked, does the window
   * give up what it showed, and a web page on its way to join it. */
  plx_window_cancel_join (self);
  plx_window_forget_session (self);
  if (plx_session_get_n_articles (session) > 2)
    {
      self->session_file = g_object_ref (owned_file);
      add_to_recent (owned_file);
      update_title (self);
      plx_window_collate_session (self, session);
      return;
    }
  for (guint side = 0; side < 2; side++)
    plx_window_show_article (self, side, plx_session_get_article (session, side));
  self->opening = session;
  self->session_file = g_object_ref (owned_file);
  add_to_recent (owned_file);
  update_title (self);
  plx_window_start_comparison (self);
}

/**
 * plx_window_open_session:
 * @file: a `.parallax` file
 *
 * Opens a saved session in the background. A file that is not a usable
 * session is reported and the window keeps what it showed.
 */
void
plx_window_open_session (PlxWindow *self,
                         GFile     *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->session_load != NULL)
    g_cancellable_cancel (self->session_load);
  g_clear_object (&self->session_load);
  self->session_load = g_cancellable_new ();

  task = g_task_new (self, self->session_load, session_loaded_cb, g_object_ref (file));
  g_task_set_source_tag (task, plx_window_open_session);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/* Closes the window once the dialog that decided it has gone. */
static gboolean
close_confirmed_cb (gpointer data)
{
  PlxWindow *self = data;

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static void
close_soon (PlxWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_confirmed_cb, g_object_ref (self),
                   g_object_unref);
}

/**
 * plx_window_open_if_session:
 *
 * Every way a file reaches the window (Open, drop on the window or on a
 * pane, the command line) asks this first: a saved comparison replaces
 * the whole comparison rather than becoming an article.
 *
 * Returns: %TRUE when @file is a `.parallax` file, now being opened
 */
gboolean
plx_window_open_if_session (PlxWindow *self,
                            GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name == NULL || !g_str_has_suffix (name, ".parallax"))
    return FALSE;

  plx_window_open_session (self, file);

  return TRUE;
}

/* Save As… */

static void save_as (PlxWindow *self,
                     gboolean   then_close);

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     PlxWindow       *self)
{
  gboolean then_close = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "plx-then-close"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".parallax"))
        {
          g_autofree char *named = g_strconcat (name, ".parallax", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (file);

          g_object_unref (file);
          file = g_file_get_child (parent, named);
        }

      if (!plx_window_save_session (self, file, &error))
        plx_window_show_error (self, error->message);
      else if (then_close)
        close_soon (self);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
save_as (PlxWindow *self,
         gboolean   then_close)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (!plx_comparison_is_done (self->comparison))
    return;

  native = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Parallax Sessions"));
  gtk_file_filter_add_pattern (filter, "*.parallax");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (self->session_file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), self->session_file, NULL);
  else
    {
      g_autofree char *name = g_strdup_printf (
        "%s.parallax", plx_article_get_title (plx_comparison_get_article (self->comparison,
                                                                          PLX_SIDE_A)));

      g_strdelimit (name, "/\\:*?\"<>|\n\r\t", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_object_set_data (G_OBJECT (native), "plx-then-close", GINT_TO_POINTER (then_close));
  g_signal_connect_object (native, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save (PlxWindow *self,
      gboolean   then_close)
{
  g_autoptr(GError) error = NULL;

  if (self->session_file == NULL)
    {
      save_as (self, then_close);
      return;
    }

  if (!plx_window_save_session (self, self->session_file, &error))
    plx_window_show_error (self, error->message);
  else if (then_close)
    close_soon (self);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (PLX_WINDOW (widget), FALSE);
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save_as (PLX_WINDOW (widget), FALSE);
}

/* Closing with unsaved manual changes asks first. */

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PlxWindow        *self)
{
  if (g_str_equal (response, "discard"))
    close_soon (self);
  else if (g_str_equal (response, "save"))
    save (self, TRUE);
}

/* Returns TRUE when the window must stay open while the person decides. */
gboolean
plx_window_confirm_close (PlxWindow *self)
{
  AdwMessageDialog *dialog;

  if (!self->unsaved || self->close_confirmed)
    return FALSE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"),
                                                       _("The links, notes, claim corrections and "
                                                         "party edits you made by hand will be "
                                                         "lost unless you save the comparison.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

void
plx_window_class_install_session_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
}
