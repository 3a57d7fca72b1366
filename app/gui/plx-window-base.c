/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Choosing the base article of a collation by hand (issue 10): Use as Base
 * in the main menu (for the outlet the panes show) or in the menu of an
 * outlet's column in the coverage view. The collation runs again with that
 * base, through a session of what is on screen, so the links made by hand,
 * the notes and the corrections of claims of the comparison of the old
 * base with the new one come along (turned around); those of the old base
 * with a third article have no comparison any more, and a toast says how
 * many were let go. The session saved next keeps the base. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-window-private.h"

/**
 * plx_window_use_as_base:
 * @index: an article of the collation shown
 *
 * Collates the articles again with the article at @index as the base.
 */
void
plx_window_use_as_base (PlxWindow *self,
                        guint      index)
{
  PlxSession *session;
  g_autofree char *name = NULL;
  guint unkept;

  g_return_if_fail (PLX_IS_WINDOW (self));

  if (self->collation == NULL || index >= plx_collation_get_n_articles (self->collation) ||
      index == plx_collation_get_pivot (self->collation))
    return;

  session = plx_window_dup_collation_session (self);
  unkept = plx_session_count_unkept (session, index);
  name = plx_coverage_dup_short_outlet_name (plx_collation_get_article (self->collation, index));
  plx_session_set_base (session, (int) index);
  /* The window owns @session from here on. */
  plx_window_run_collation_session (self, session, FALSE);
  plx_window_set_unsaved (self, TRUE);
  if (unkept > 0)
    {
      g_autofree char *message = g_strdup_printf (
        /* Translators: a toast after the base article changed; the %s is
         * the new base's outlet. */
        ngettext ("%u link, note or correction made by hand was let go: it joined two articles "
                  "neither of which is %s, the base now",
                  "%u links, notes or corrections made by hand were let go: they joined two "
                  "articles neither of which is %s, the base now",
                  unkept),
        unkept, name);

      plx_window_show_error (self, message);
    }
}

static void
use_as_base_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  int index = g_variant_get_int32 (parameter);

  plx_window_use_as_base (self, index >= 0 ? (guint) index : self->outlet);
}

static void
base_requested_cb (PlxCoverageView *coverage,
                   guint            article,
                   PlxWindow       *self)
{
  plx_window_use_as_base (self, article);
}

void
plx_window_class_install_base_actions (GtkWidgetClass *widget_class)
{
  /* The article at the index, or (-1) the outlet the panes show. */
  gtk_widget_class_install_action (widget_class, "win.use-as-base", "i", use_as_base_action_cb);
}

void
plx_window_init_base (PlxWindow *self)
{
  g_signal_connect_object (self->coverage, "base-requested", G_CALLBACK (base_requested_cb), self,
                           0);
}
