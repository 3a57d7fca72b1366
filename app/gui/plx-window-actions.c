/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's actions (`win.*`): menus, shortcuts and tests all go
 * through these names. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-window-private.h"

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     PlxWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      GSettings *settings = plx_window_get_settings (self);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));

      if (files->len > 0 && settings != NULL)
        {
          g_autoptr(GFile) parent = g_file_get_parent (g_ptr_array_index (files, 0));

          if (parent != NULL)
            {
              g_autofree char *uri = g_file_get_uri (parent);
              g_settings_set_string (settings, "last-folder", uri);
            }
        }

      plx_window_open_files (self, (GFile **) files->pdata, files->len);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char    **mime_types,
            const char    **patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types != NULL && mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; patterns != NULL && patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* The chooser's title says what is wanted: two articles, or the one that
 * the empty side lacks. */
static const char *
open_title (PlxWindow *self)
{
  gboolean has_a = plx_window_side_is_taken (self, PLX_SIDE_A);
  gboolean has_b = plx_window_side_is_taken (self, PLX_SIDE_B);

  if (has_a && !has_b)
    return _("Choose Article B to Compare");
  if (has_b && !has_a)
    return _("Choose Article A to Compare");

  return _("Choose Two Articles to Compare");
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  static const char *article_types[] = { "text/plain", "text/markdown", "text/html",
                                         "application/pdf", "application/x-mimearchive",
                                         "multipart/related", NULL };
  static const char *article_patterns[] = { "*.txt", "*.md", "*.markdown", "*.html", "*.htm",
                                            "*.pdf", "*.mht", "*.mhtml", NULL };
  static const char *session_patterns[] = { "*.parallax", NULL };
  static const char *all_patterns[] = { "*", NULL };
  GSettings *settings = plx_window_get_settings (self);
  GtkFileChooser *chooser;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_set_title (GTK_NATIVE_DIALOG (self->chooser), open_title (self));
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (open_title (self), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_file_chooser_set_select_multiple (chooser, TRUE);
  add_filter (chooser, _("Articles"), article_types, article_patterns);
  add_filter (chooser, _("Parallax Sessions"), NULL, session_patterns);
  add_filter (chooser, _("All Files"), NULL, all_patterns);

  if (settings != NULL)
    {
      g_autofree char *uri = g_settings_get_string (settings, "last-folder");

      if (uri[0] != '\0')
        {
          g_autoptr(GFile) folder = g_file_new_for_uri (uri);
          gtk_file_chooser_set_current_folder (chooser, folder, NULL);
        }
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_sample_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!plx_window_open_sample (self, &error))
    plx_window_show_error (self, error->message);
}

static void
paste_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PlxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      plx_window_show_error (self, _("The clipboard holds no text to compare."));
      return;
    }

  plx_window_open_text (self, -1, text, _("Pasted text"));
}

static void
paste_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, paste_cb,
                                 g_object_ref (widget));
}

static void
swap_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  plx_window_swap (PLX_WINDOW (widget));
}

static void
toggle_parties_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Moving through the differences is the window's: its accelerators
 * (Alt+Down, Alt+Up, Alt+U, Alt+K, set by the application) work wherever
 * the keyboard is — a party card, the key differences, the legend — and
 * the view does the moving. */
static void
view_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  g_autofree char *view_action = g_strconcat ("view.", action_name + strlen ("win."), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (self->view), view_action, NULL);
}

/* Actions are installed per class, so every window has them from the
 * start and menus, shortcuts and tests can name them. */
void
plx_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action_cb);
  gtk_widget_class_install_action (widget_class, "win.swap", NULL, swap_action_cb);
  gtk_widget_class_install_action (widget_class, "win.toggle-parties", NULL,
                                   toggle_parties_action_cb);
  gtk_widget_class_install_action (widget_class, "win.next-change", NULL, view_action_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-change", NULL, view_action_cb);
  gtk_widget_class_install_action (widget_class, "win.next-unmatched", NULL, view_action_cb);
  gtk_widget_class_install_action (widget_class, "win.key-differences", NULL, view_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.swap", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-parties", NULL);
}
