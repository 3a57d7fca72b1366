/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Files dropped on the window become the articles: two files fill both
 * sides, one file fills the empty side. A file dropped on a pane replaces
 * that side; text dropped from a browser becomes an article. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-window-private.h"

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PlxWindow     *self)
{
  g_autoptr(GPtrArray) files = NULL;
  GSList *list;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  files = g_ptr_array_new ();
  for (GSList *l = list; l != NULL; l = l->next)
    {
      /* A link from a browser (text/uri-list) opens its page. */
      g_autofree char *uri = g_file_get_uri (l->data);
      g_autofree char *address = g_file_is_native (l->data) ? NULL
                                                            : plx_window_dup_web_address (uri);

      if (address != NULL)
        plx_window_open_address (self, -1, address);
      else
        g_ptr_array_add (files, l->data);
    }
  if (files->len == 0 && list != NULL)
    {
      g_slist_free (list);
      return TRUE;
    }
  g_slist_free (list);

  if (files->len == 0)
    return FALSE;

  plx_window_open_files (self, (GFile **) files->pdata, files->len);

  return TRUE;
}

static gboolean
drop_on_pane_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 PlxWindow     *self)
{
  GtkWidget *pane = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  PlxSide side = pane == GTK_WIDGET (plx_comparison_view_get_pane (self->view, PLX_SIDE_A))
                   ? PLX_SIDE_A
                   : PLX_SIDE_B;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
      gboolean handled = files != NULL;

      /* Two files on one pane still fill both sides. */
      if (files != NULL && files->next != NULL)
        drop_cb (target, value, x, y, self);
      else if (files != NULL && !g_file_is_native (files->data))
        {
          g_autofree char *uri = g_file_get_uri (files->data);
          g_autofree char *address = plx_window_dup_web_address (uri);

          if (address != NULL)
            plx_window_open_address (self, side, address);
          else
            plx_window_load_file (self, side, files->data);
        }
      else if (files != NULL && !plx_window_open_if_session (self, files->data))
        plx_window_load_file (self, side, files->data);
      g_slist_free (files);
      return handled;
    }

  if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    return plx_window_open_text (self, side, g_value_get_string (value), _("Dropped text"));

  return FALSE;
}

static gboolean
drop_text_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              PlxWindow     *self)
{
  if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    return plx_window_open_text (self, -1, g_value_get_string (value), _("Dropped text"));

  return drop_cb (target, value, x, y, self);
}

void
plx_window_init_dnd (PlxWindow *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_text_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  for (guint side = 0; side < 2; side++)
    {
      GtkDropTarget *pane_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

      gtk_drop_target_set_gtypes (pane_target, types, G_N_ELEMENTS (types));
      g_signal_connect_object (pane_target, "drop", G_CALLBACK (drop_on_pane_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (plx_comparison_view_get_pane (self->view, side)),
                                 GTK_EVENT_CONTROLLER (pane_target));
    }
}
