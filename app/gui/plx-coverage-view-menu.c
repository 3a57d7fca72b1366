/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The menu of an outlet's column: a right-click on its name in the header,
 * or the Menu key (Shift+F10) on the cursor's column, offers to make it
 * the base article (Use gazette as Base); choosing it emits ::base-requested. The base's own
 * column has no menu. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-coverage-view-private.h"

static guint base_requested_signal;

static int
header_column (PlxCoverageView *self,
               double           x)
{
  for (guint k = 0; k < plx_coverage_view_n_articles (self); k++)
    if (x >= plx_coverage_view_column_x (self, k) &&
        x < plx_coverage_view_column_x (self, k) + plx_coverage_view_cell_width (self))
      return (int) k;
  return -1;
}

/**
 * plx_coverage_view_popup_column_menu:
 * @article: the column's article
 *
 * Shows the menu of @article's column below its name.
 *
 * Returns: whether there is one (not for the base)
 */
gboolean
plx_coverage_view_popup_column_menu (PlxCoverageView *self,
                                     guint            article)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GdkRectangle rect;

  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), FALSE);

  if (self->collation == NULL || article >= plx_coverage_view_n_articles (self) ||
      article == plx_collation_get_pivot (self->collation))
    return FALSE;

  name = plx_coverage_dup_short_outlet_name (plx_collation_get_article (self->collation, article));
  /* Translators: the item of an outlet's column menu in the coverage; the
   * %s is the outlet's name. */
  label = g_strdup_printf (_("_Use %s as Base"), name);
  item = g_menu_item_new (label, NULL);
  g_menu_item_set_action_and_target (item, "coverage.use-as-base", "u", article);
  g_menu_append_item (menu, item);
  if (self->column_menu == NULL)
    {
      self->column_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_widget_set_parent (self->column_menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->column_menu), TRUE);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->column_menu), G_MENU_MODEL (menu));
  rect.x = plx_coverage_view_column_x (self, article);
  rect.y = 0;
  rect.width = plx_coverage_view_cell_width (self);
  rect.height = HEADER_HEIGHT;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->column_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->column_menu));
  return TRUE;
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PlxCoverageView *self)
{
  int article = header_column (self, x);

  if (y >= HEADER_HEIGHT || article < 0)
    return;
  if (plx_coverage_view_popup_column_menu (self, (guint) article))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
use_as_base_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_signal_emit (widget, base_requested_signal, 0, g_variant_get_uint32 (parameter));
}

static void
column_menu_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);

  plx_coverage_view_popup_column_menu (self, self->cursor_article);
}

void
plx_coverage_view_class_init_menu (GtkWidgetClass *widget_class)
{
  /**
   * PlxCoverageView::base-requested:
   * @article: the article to make the base
   *
   * Emitted when the person chose Use as Base in a column's menu.
   */
  base_requested_signal = g_signal_new ("base-requested", G_TYPE_FROM_CLASS (widget_class),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                        G_TYPE_UINT);
  gtk_widget_class_install_action (widget_class, "coverage.use-as-base", "u",
                                   use_as_base_action_cb);
  gtk_widget_class_install_action (widget_class, "coverage.column-menu", NULL,
                                   column_menu_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "coverage.column-menu",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "coverage.column-menu", NULL);
}

void
plx_coverage_view_init_menu (PlxCoverageView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (secondary_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

void
plx_coverage_view_dispose_menu (PlxCoverageView *self)
{
  g_clear_pointer (&self->column_menu, gtk_widget_unparent);
}
