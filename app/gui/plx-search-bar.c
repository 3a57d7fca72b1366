/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Finding text in both articles (Ctrl+F), as gnome-text-editor's search
 * bar does in one document: every match is marked in both panes, the bar
 * counts them per article, and Enter / Ctrl+G (Shift+Enter / Ctrl+Shift+G)
 * move to the next (previous) match, through article A first and then B,
 * and round again; a match out of view is shown with its counterpart, as
 * a key difference is. Escape closes the bar and clears
 * the marks. Finding and marking in each pane is plx-search-marks.c's. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-search-bar.h"
#include "plx-search-marks.h"

struct _PlxSearchBar
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkSearchBar   *search_bar;
  GtkSearchEntry *entry;
  GtkLabel       *count_label;

  /* borrowed */
  PlxComparisonView *view;

  /* owned */
  PlxSearchMarks *marks[2]; /* one per side, once the view is set */
  char           *query;
  char           *summary;
  int             current_side; /* or -1 */
  guint           current;      /* index into that side's matches */
  guint           research_id;
};

G_DEFINE_FINAL_TYPE (PlxSearchBar, plx_search_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_summary (PlxSearchBar *self)
{
  guint a = plx_search_bar_get_n_matches (self, PLX_SIDE_A);
  guint b = plx_search_bar_get_n_matches (self, PLX_SIDE_B);

  g_clear_pointer (&self->summary, g_free);
  if (self->query == NULL || self->query[0] == '\0')
    self->summary = g_strdup ("");
  else if (a + b == 0)
    self->summary = g_strdup (_("No matches"));
  else
    {
      /* Translators: the count of matches in article A, as in "3 in A, 1 in B". */
      g_autofree char *in_a = g_strdup_printf (ngettext ("%u in A", "%u in A", a), a);
      /* Translators: the count of matches in article B, as in "3 in A, 1 in B". */
      g_autofree char *in_b = g_strdup_printf (ngettext ("%u in B", "%u in B", b), b);

      /* Translators: the matches of a search per article, "3 in A, 1 in B". */
      self->summary = g_strdup_printf (_("%s, %s"), in_a, in_b);
    }

  gtk_label_set_label (self->count_label, self->summary);
  if (a + b == 0 && self->query != NULL && self->query[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.next", a + b > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.previous", a + b > 0);
}

/* Marks the current match and, with @scroll, brings it into view. */
static void
show_current (PlxSearchBar *self,
              gboolean      scroll)
{
  PlxSearchMarks *marks;

  for (guint s = 0; s < 2; s++)
    if (self->marks[s] != NULL)
      plx_search_marks_set_current (self->marks[s],
                                    (int) s == self->current_side ? (int) self->current : -1);

  if (self->current_side < 0 || !scroll)
    return;

  /* In view: left where it is. Out of view: shown as a key difference
   * is, its sentence a third of the way down the pane with its
   * counterpart level beside it and its changes in the details bar; the
   * view keeps it there while the panes lay out their text. */
  marks = self->marks[self->current_side];
  if (!plx_search_marks_is_in_view (marks, self->current))
    plx_comparison_view_show_sentence (self->view, self->current_side,
                                       plx_search_marks_get_sentence (marks, self->current));
}

/* The first match at or below the top of its pane, A's before B's: where
 * the reader is, not the top of the article; else the very first. */
static void
pick_first (PlxSearchBar *self)
{
  self->current_side = -1;
  for (guint s = 0; s < 2 && self->current_side < 0; s++)
    {
      guint first = plx_search_marks_first_shown (self->marks[s]);

      if (first < plx_search_marks_get_n (self->marks[s]))
        {
          self->current_side = s;
          self->current = first;
        }
    }

  for (guint s = 0; s < 2 && self->current_side < 0; s++)
    if (plx_search_marks_get_n (self->marks[s]) > 0)
      {
        self->current_side = s;
        self->current = 0;
      }
}

static void
search (PlxSearchBar *self)
{
  self->current_side = -1;
  if (self->view == NULL)
    return;

  for (guint s = 0; s < 2; s++)
    plx_search_marks_find (self->marks[s], self->query);
  update_summary (self);
  pick_first (self);
  show_current (self, TRUE);
}

/**
 * plx_search_bar_move:
 * @forward: to the next match, or else the previous
 *
 * Moves through the matches of A, then those of B, and round again.
 */
void
plx_search_bar_move (PlxSearchBar *self,
                     gboolean      forward)
{
  guint counts[2];
  guint total;
  guint position;

  g_return_if_fail (PLX_IS_SEARCH_BAR (self));

  counts[0] = plx_search_bar_get_n_matches (self, PLX_SIDE_A);
  counts[1] = plx_search_bar_get_n_matches (self, PLX_SIDE_B);
  total = counts[0] + counts[1];
  if (total == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (self->current_side < 0)
    position = forward ? total - 1 : 0;
  else
    position = self->current_side == PLX_SIDE_A ? self->current : counts[0] + self->current;
  position = forward ? (position + 1) % total : (position + total - 1) % total;

  self->current_side = position < counts[0] ? PLX_SIDE_A : PLX_SIDE_B;
  self->current = position < counts[0] ? position : position - counts[0];
  show_current (self, TRUE);
}

static void
search_changed_cb (PlxSearchBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  /* The entry tells of a change once typing pauses, also of one already
   * searched for (by Enter, or by plx_search_bar_set_query()): the reader
   * keeps their place among the matches then. */
  if (g_strcmp0 (text, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (text);
  search (self);
}

/* Enter: the next match; or, typed faster than the search waits for, the
 * first match of what was typed. */
static void
next_cb (PlxSearchBar *self)
{
  if (g_strcmp0 (self->query, gtk_editable_get_text (GTK_EDITABLE (self->entry))) != 0)
    {
      search_changed_cb (self);
      return;
    }

  plx_search_bar_move (self, TRUE);
}

static void
previous_cb (PlxSearchBar *self)
{
  plx_search_bar_move (self, FALSE);
}

static void
search_mode_cb (PlxSearchBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* Closed (Escape, the close button, Ctrl+F again): the marks go, and the
   * keyboard goes back to the articles. */
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  g_clear_pointer (&self->query, g_free);
  search (self);
  if (self->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (plx_article_pane_get_view (
      plx_comparison_view_get_pane (self->view, PLX_SIDE_A))));
}

static gboolean
research_cb (gpointer data)
{
  PlxSearchBar *self = data;

  self->research_id = 0;
  search (self);

  return G_SOURCE_REMOVE;
}

/* Another article in a pane (opened, swapped, reloaded): search it anew. */
static void
article_changed_cb (PlxArticlePane *pane,
                    GParamSpec     *pspec,
                    PlxSearchBar   *self)
{
  for (guint s = 0; s < 2; s++)
    if (plx_comparison_view_get_pane (self->view, s) == pane)
      {
        plx_search_marks_forget (self->marks[s]);
        if (self->current_side == (int) s)
          self->current_side = -1;
      }
  if (self->research_id == 0 && self->query != NULL && self->query[0] != '\0')
    self->research_id = g_idle_add (research_cb, self);
  update_summary (self);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  plx_search_bar_move (PLX_SEARCH_BAR (widget), g_str_equal (action_name, "search.next"));
}

static void
plx_search_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlxSearchBar *self = PLX_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_search_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlxSearchBar *self = PLX_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      plx_search_bar_set_view (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_search_bar_dispose (GObject *object)
{
  PlxSearchBar *self = (PlxSearchBar *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->research_id, g_source_remove);
  for (guint s = 0; s < 2; s++)
    g_clear_pointer (&self->marks[s], plx_search_marks_free);
  self->view = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_SEARCH_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (plx_search_bar_parent_class)->dispose (object);
}

static void
plx_search_bar_finalize (GObject *object)
{
  PlxSearchBar *self = (PlxSearchBar *) object;

  g_free (self->query);
  g_free (self->summary);

  G_OBJECT_CLASS (plx_search_bar_parent_class)->finalize (object);
}

static void
plx_search_bar_class_init (PlxSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_search_bar_dispose;
  object_class->finalize = plx_search_bar_finalize;
  object_class->get_property = plx_search_bar_get_property;
  object_class->set_property = plx_search_bar_set_property;

  /**
   * PlxSearchBar:view:
   *
   * The comparison whose two articles are searched.
   */
  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, PLX_TYPE_COMPARISON_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxSearchBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxSearchBar, entry);
  gtk_widget_class_bind_template_child (widget_class, PlxSearchBar, count_label);

  gtk_widget_class_install_action (widget_class, "search.next", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "search.previous", NULL, search_action_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plxsearchbar");
}

static void
plx_search_bar_init (PlxSearchBar *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->current_side = -1;
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (next_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "next-match", G_CALLBACK (next_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "previous-match", G_CALLBACK (previous_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);

  /* Shift+Enter goes back, before the entry takes it for Enter. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_alternative_trigger_new (
                        gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                        gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK)),
                      gtk_named_action_new ("search.previous")));
  gtk_widget_add_controller (GTK_WIDGET (self->entry), controller);

  update_summary (self);
}

PlxComparisonView *
plx_search_bar_get_view (PlxSearchBar *self)
{
  g_return_val_if_fail (PLX_IS_SEARCH_BAR (self), NULL);

  return self->view;
}

/**
 * plx_search_bar_set_view:
 * @view: the comparison to search; set once
 */
void
plx_search_bar_set_view (PlxSearchBar      *self,
                         PlxComparisonView *view)
{
  g_return_if_fail (PLX_IS_SEARCH_BAR (self));
  g_return_if_fail (PLX_IS_COMPARISON_VIEW (view));
  g_return_if_fail (self->view == NULL);

  self->view = view;
  for (guint s = 0; s < 2; s++)
    {
      PlxArticlePane *pane = plx_comparison_view_get_pane (view, s);

      self->marks[s] = plx_search_marks_new (pane);
      g_signal_connect_object (pane, "notify::article", G_CALLBACK (article_changed_cb), self, 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* Opens the bar with the keyboard in its entry, the last query selected. */
void
plx_search_bar_open (PlxSearchBar *self)
{
  g_return_if_fail (PLX_IS_SEARCH_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

void
plx_search_bar_close (PlxSearchBar *self)
{
  g_return_if_fail (PLX_IS_SEARCH_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

gboolean
plx_search_bar_get_open (PlxSearchBar *self)
{
  g_return_val_if_fail (PLX_IS_SEARCH_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * plx_search_bar_set_query:
 *
 * Searches for @query at once, as if typed and the typing paused.
 */
void
plx_search_bar_set_query (PlxSearchBar *self,
                          const char   *query)
{
  g_return_if_fail (PLX_IS_SEARCH_BAR (self));
  g_return_if_fail (query != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), query);
  search_changed_cb (self);
}

guint
plx_search_bar_get_n_matches (PlxSearchBar *self,
                              PlxSide       side)
{
  g_return_val_if_fail (PLX_IS_SEARCH_BAR (self), 0);
  g_return_val_if_fail (side <= PLX_SIDE_B, 0);

  return self->marks[side] != NULL ? plx_search_marks_get_n (self->marks[side]) : 0;
}

/**
 * plx_search_bar_get_current:
 * @side: (out): the article of the current match
 * @start: (out): its first character in the article
 * @end: (out): the character after it
 *
 * Returns: whether a match is current
 */
gboolean
plx_search_bar_get_current (PlxSearchBar *self,
                            PlxSide      *side,
                            guint        *start,
                            guint        *end)
{
  const PlxTextMatch *match;

  g_return_val_if_fail (PLX_IS_SEARCH_BAR (self), FALSE);

  if (self->current_side < 0)
    return FALSE;

  match = plx_search_marks_get (self->marks[self->current_side], self->current);
  *side = self->current_side;
  *start = match->start;
  *end = match->end;
  return TRUE;
}

/* The count the bar shows, "3 in A, 1 in B". */
const char *
plx_search_bar_get_summary (PlxSearchBar *self)
{
  g_return_val_if_fail (PLX_IS_SEARCH_BAR (self), NULL);

  return self->summary;
}
