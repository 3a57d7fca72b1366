/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's search actions: Ctrl+F opens the search bar over the
 * comparison (plx-search-bar.c), Ctrl+G and Ctrl+Shift+G move through the
 * matches wherever the keyboard is in the window. */

#include "config.h"

#include "plx-window-private.h"

static gboolean
comparison_shown (PlxWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "compare") == 0;
}

static void
find_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (!comparison_shown (self))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  plx_search_bar_open (self->search_bar);
}

static void
find_next_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (!comparison_shown (self) || !plx_search_bar_get_open (self->search_bar))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  plx_search_bar_move (self->search_bar, g_str_equal (action_name, "win.find-next"));
}

void
plx_window_class_install_search_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action_cb);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action_cb);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.find-previous",
                                       NULL);
}
