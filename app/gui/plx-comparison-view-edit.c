/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Manual correction: sentences selected in the two panes become a link
 * (view.link), the focused link is removed (view.unlink), and the
 * comparison's edits are undone and redone (view.undo, view.redo). The
 * comparison keeps the edits and their undo history; the view only turns
 * selections into edits. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-comparison-view-private.h"

/* Undo and redo are enabled while the comparison has something to undo or
 * redo. */
void
plx_comparison_view_update_edit_actions (PlxComparisonView *self)
{
  gboolean ready = plx_comparison_is_done (self->comparison);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.undo",
                                 ready && plx_comparison_get_can_undo (self->comparison));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.redo",
                                 ready && plx_comparison_get_can_redo (self->comparison));
}

/* The sentences the selection of a pane touches. */
static gboolean
selected_sentences (PlxComparisonView *self,
                    PlxSide            side,
                    guint             *start,
                    guint             *end)
{
  PlxArticle *article = plx_article_pane_get_article (self->panes[side]);
  guint from;
  guint to;
  guint n;
  const PlxSentence *sentences;
  guint first = G_MAXUINT;
  guint last = 0;

  if (article == NULL || !plx_article_pane_get_selection (self->panes[side], &from, &to))
    return FALSE;

  sentences = plx_article_get_sentences (article, &n);
  for (guint i = 0; i < n; i++)
    if (sentences[i].start < to && from < sentences[i].end)
      {
        first = MIN (first, i);
        last = i + 1;
      }

  *start = first;
  *end = last;
  return first < last;
}

static void
selection_changed (PlxComparisonView *self,
                   PlxSide            side)
{
  guint start;
  guint end;

  if (selected_sentences (self, side, &start, &end))
    {
      self->picked[side][0] = start;
      self->picked[side][1] = end;
    }
}

static void
selection_a_cb (GtkTextBuffer     *buffer,
                GParamSpec        *pspec,
                PlxComparisonView *self)
{
  selection_changed (self, PLX_SIDE_A);
}

static void
selection_b_cb (GtkTextBuffer     *buffer,
                GParamSpec        *pspec,
                PlxComparisonView *self)
{
  selection_changed (self, PLX_SIDE_B);
}

static void
mark_set_cb (GtkTextBuffer     *buffer,
             GtkTextIter       *location,
             GtkTextMark       *mark,
             PlxComparisonView *self)
{
  if (mark == gtk_text_buffer_get_selection_bound (buffer) ||
      mark == gtk_text_buffer_get_insert (buffer))
    selection_changed (self, buffer == gtk_text_view_get_buffer (plx_article_pane_get_view (
                                         self->panes[PLX_SIDE_A]))
                               ? PLX_SIDE_A
                               : PLX_SIDE_B);
}

static void
link_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  guint range[4];
  int index;

  for (guint side = 0; side < 2; side++)
    if (!selected_sentences (self, side, &range[2 * side], &range[2 * side + 1]))
      {
        range[2 * side] = self->picked[side][0];
        range[2 * side + 1] = self->picked[side][1];
      }

  if (!plx_comparison_is_done (self->comparison) ||
      range[0] >= range[1] || range[2] >= range[3])
    {
      gtk_widget_error_bell (widget);
      return;
    }
  memset (self->picked, 0, sizeof self->picked);

  index = plx_comparison_add_link (self->comparison, range[0], range[1], range[2], range[3], NULL);
  if (index < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  plx_comparison_view_focus_link (self, index);
}

static void
unlink_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);

  if (!plx_comparison_is_done (self->comparison) || self->focus < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  plx_comparison_remove_link (self->comparison, self->focus);
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  gboolean done = FALSE;

  if (plx_comparison_is_done (self->comparison))
    done = g_str_equal (action_name, "view.undo") ? plx_comparison_undo (self->comparison)
                                                  : plx_comparison_redo (self->comparison);
  if (!done)
    gtk_widget_error_bell (widget);
}

void
plx_comparison_view_class_install_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.link", NULL, link_action_cb);
  gtk_widget_class_install_action (widget_class, "view.unlink", NULL, unlink_action_cb);
  gtk_widget_class_install_action (widget_class, "view.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "view.redo", NULL, undo_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "view.link",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.unlink", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "view.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "view.redo", NULL);
}

/* Both panes offer the edits in their context menu and remember what is
 * selected in them. */
void
plx_comparison_view_init_edit (PlxComparisonView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  g_menu_append (menu, _("_Link Selected Sentences"), "view.link");
  g_menu_append (menu, _("_Unlink"), "view.unlink");
  g_menu_append (menu, _("_Undo"), "view.undo");
  g_menu_append (menu, _("_Redo"), "view.redo");
  g_menu_append (menu, _("Add _Claim…"), "view.add-claim");

  for (guint side = 0; side < 2; side++)
    {
      GtkTextView *view = plx_article_pane_get_view (self->panes[side]);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

      gtk_text_view_set_extra_menu (view, G_MENU_MODEL (menu));
      g_signal_connect_object (buffer, "notify::has-selection",
                               G_CALLBACK (side == PLX_SIDE_A ? selection_a_cb : selection_b_cb),
                               self, 0);
      g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set_cb), self, 0);
    }
}
