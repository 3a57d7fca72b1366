/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The main window: shows the articles of the two sides and compares them.
 * Loading articles lives in plx-window-load.c, actions in
 * plx-window-actions.c, drag and drop in plx-window-dnd.c, reports in
 * plx-window-export.c and sessions in plx-window-session.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-figures.h"
#include "plx-window-private.h"

G_DEFINE_FINAL_TYPE (PlxWindow, plx_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  ARTICLES_CHANGED,
  LOAD_FAILED,
  COMPARISON_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GSettings *
plx_window_get_settings (PlxWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return PLX_IS_APPLICATION (app) ? plx_application_get_settings (PLX_APPLICATION (app)) : NULL;
}

/* The start page while no article is open or on its way, else the panes
 * (a pane shows an article on its way as such). */
void
plx_window_update_view (PlxWindow *self)
{
  PlxArticle *a = self->articles[PLX_SIDE_A];
  PlxArticle *b = self->articles[PLX_SIDE_B];

  gboolean empty = a == NULL && b == NULL;
  gboolean start = empty && !plx_window_side_is_taken (self, PLX_SIDE_A) &&
                   !plx_window_side_is_taken (self, PLX_SIDE_B);
  GObject *parties_button = gtk_widget_get_template_child (GTK_WIDGET (self), PLX_TYPE_WINDOW,
                                                           "parties_button");
  GObject *open_button = gtk_widget_get_template_child (GTK_WIDGET (self), PLX_TYPE_WINDOW,
                                                        "open_button");
  /* Three or more articles being compared have a page of their own
   * (plx-window-collation.c). */
  gboolean collating = plx_window_is_collating (self);

  gtk_stack_set_visible_child_name (self->stack, collating ? "collating"
                                                 : start   ? "empty"
                                                           : "compare");
  /* With no article there are no parties to show: no pressed toggle for
   * them, and the first thing to do, Open…, has the focus. */
  gtk_widget_set_visible (GTK_WIDGET (parties_button), !empty && !collating);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-parties", !empty && !collating);
  if (start && !collating)
    gtk_widget_grab_focus (GTK_WIDGET (open_button));

  /* Three or more articles, shown or being collated, are named as such
   * (the panes show only two of them). */
  if (self->collation != NULL || self->collated != NULL)
    plx_window_update_collation_names (self);
  else if (a != NULL && b != NULL)
    {
      /* Translators: window subtitle, the sources (file names) of the two
       * compared articles. */
      g_autofree char *subtitle = g_strdup_printf (_("%s ↔ %s"), plx_article_get_source (a),
                                                   plx_article_get_source (b));
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else if (a != NULL || b != NULL)
    adw_window_title_set_subtitle (self->window_title,
                                   plx_article_get_source (a != NULL ? a : b));
  else
    adw_window_title_set_subtitle (self->window_title, NULL);
}

/* Party edits are kept in the user's parties file, which every later
 * comparison reads. */
char *
plx_window_parties_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "parallax", "parties.json", NULL);
}

/* Writes @json to the user's parties file, with a message when it cannot. */
void
plx_window_write_parties (PlxWindow  *self,
                          const char *json)
{
  g_autofree char *path = plx_window_parties_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_file_set_contents (path, json, -1, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The party edits could not be saved to “%s”."),
                                                  path);
      plx_window_show_error (self, message);
    }
}

static void save_parties (PlxWindow *self);

/* A person edited the comparison (or undid an edit): the view and the
 * panel follow it themselves; the window keeps count of unsaved changes
 * and keeps the user's parties file in step with the party edits. */
static void
comparison_changed_cb (PlxComparison *comparison,
                       PlxWindow     *self)
{
  plx_window_set_unsaved (self, TRUE);
  save_parties (self);
  plx_window_notes_comparison_changed (self);
}

/* The comparison shown; the view and the panel are bound to it. */
void
plx_window_set_comparison (PlxWindow     *self,
                PlxComparison *comparison)
{
  if (!g_set_object (&self->comparison, comparison))
    return;

  g_free (self->saved_parties);
  self->saved_parties = comparison != NULL
                          ? plx_parties_to_json (plx_comparison_get_parties (comparison))
                          : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/* A comparison opened: the keyboard goes to article A's text, where
 * reading starts, unless it is in the view already. */
static void
focus_comparison (PlxWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (plx_article_pane_get_view (
      plx_comparison_view_get_pane (self->view, PLX_SIDE_A))));
}

/* Two articles about different events link almost nothing: rather than
 * leave the reader to wonder at empty panes, a bar above them says so
 * while the comparison is shown, until dismissed (plx-figures.c has the
 * threshold and where it comes from). */
static void
warn_if_unrelated (PlxWindow     *self,
                   PlxComparison *comparison)
{
  g_autofree char *percent = NULL;
  g_autofree char *message = NULL;

  if (comparison == NULL || !plx_comparison_looks_unrelated (comparison))
    {
      gtk_info_bar_set_revealed (self->unrelated_bar, FALSE);
      gtk_label_set_label (self->unrelated_label, "");
      return;
    }

  percent = plx_format_percent (plx_comparison_get_similarity (comparison));
  if (plx_comparison_get_n_links (comparison) == 0)
    message = g_strdup (_("These articles seem to tell different stories: no sentence of one "
                          "has a counterpart in the other"));
  else
    /* Translators: %s is a percentage, "1%". */
    message = g_strdup_printf (_("These articles seem to tell different stories: only %s of "
                                 "their text is in linked sentences"),
                               percent);
  gtk_label_set_label (self->unrelated_label, message);
  gtk_info_bar_set_revealed (self->unrelated_bar, TRUE);
}

static void
unrelated_bar_response_cb (GtkInfoBar *bar,
                           int         response,
                           PlxWindow  *self)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

static void
compare_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  PlxComparison *comparison = PLX_COMPARISON (source);
  g_autoptr(PlxWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!plx_comparison_run_finish (comparison, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_object (&self->comparing);
          gtk_spinner_stop (self->spinner);
          plx_window_show_error (self, error->message);
        }
      return;
    }

  g_clear_object (&self->comparing);
  gtk_spinner_stop (self->spinner);
  plx_window_restore_notes (self, comparison);
  plx_window_set_comparison (self, comparison);
  plx_window_restore_manual_links (self);
  g_signal_connect_object (comparison, "changed", G_CALLBACK (comparison_changed_cb), self, 0);
  plx_window_comparison_shown (self);
}

/* The comparison set is shown: the report actions, the keyboard and the
 * warning of unrelated articles follow it. */
void
plx_window_comparison_shown (PlxWindow *self)
{
  plx_window_update_report_actions (self);
  focus_comparison (self);
  warn_if_unrelated (self, self->comparison);
  g_signal_emit (self, signals[COMPARISON_READY], 0);
}

/* Cancels the comparison running and takes the one shown away. */
void
plx_window_stop_comparison (PlxWindow *self)
{
  plx_window_keep_notes (self);
  if (self->comparing != NULL)
    {
      g_cancellable_cancel (self->comparing);
      g_clear_object (&self->comparing);
    }
  plx_window_set_comparison (self, NULL);
  warn_if_unrelated (self, NULL);
  plx_window_update_report_actions (self);
}

/* Runs the comparison of the two articles in a worker thread; a newer
 * article cancels a comparison still running (and a collation of more
 * articles). */
void
plx_window_start_comparison (PlxWindow *self)
{
  g_autoptr(PlxComparison) comparison = NULL;

  plx_window_end_collation (self);
  plx_window_stop_comparison (self);
  /* A web page that waited for a collation which gave way to these two
   * joins them (plx-window-fetch.c). */
  if (plx_window_collation_over (self, FALSE))
    return;

  if (self->articles[PLX_SIDE_A] == NULL || self->articles[PLX_SIDE_B] == NULL)
    {
      gtk_spinner_stop (self->spinner);
      return;
    }

  /* A session being opened brings its own settings, parties and links. */
  if (self->opening != NULL)
    {
      comparison = plx_session_create_comparison (self->opening);
      g_clear_pointer (&self->kept_links, plx_session_free);
      self->kept_links = g_steal_pointer (&self->opening);
      self->comparing = g_cancellable_new ();
      gtk_spinner_start (self->spinner);
      plx_comparison_run_async (comparison, self->comparing, compare_cb, g_object_ref (self));
      return;
    }

  comparison = plx_comparison_new (self->articles[PLX_SIDE_A], self->articles[PLX_SIDE_B]);
  if (plx_window_get_settings (self) != NULL)
    {
      GSettings *settings = plx_window_get_settings (self);
      g_autofree char *language = g_settings_get_string (settings, "language");

      plx_comparison_set_sensitivity (comparison, g_settings_get_double (settings, "sensitivity"));
      plx_comparison_set_language (comparison, language[0] != '\0' ? language : NULL);
    }
  {
    g_autofree char *path = plx_window_parties_path ();

    if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
      plx_comparison_set_parties_file (comparison, path);
  }
  self->comparing = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  plx_comparison_run_async (comparison, self->comparing, compare_cb, g_object_ref (self));
}

static void plx_window_watch_settings (PlxWindow *self);

/* Shows @article on @side without comparing yet (a session sets both
 * sides, then compares once). */
void
plx_window_show_article (PlxWindow  *self,
                         PlxSide     side,
                         PlxArticle *article)
{
  plx_window_end_load (self, side);
  g_set_object (&self->articles[side], article);
  plx_window_monitor_article (self, side);
  plx_article_pane_set_article (plx_comparison_view_get_pane (self->view, side), article);
  plx_window_update_view (self);
  g_signal_emit (self, signals[ARTICLES_CHANGED], 0);
}

void
plx_window_show_error (PlxWindow  *self,
                       const char *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (PLX_IS_WINDOW (self));

  /* A toast's title is markup; a message can quote anything ("<data>:1:14"
   * of a JSON parser, a file name with "&"). */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  g_signal_emit (self, signals[LOAD_FAILED], 0, message);
}

PlxArticle *
plx_window_get_article (PlxWindow *self,
                        PlxSide    side)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);
  g_return_val_if_fail (side == PLX_SIDE_A || side == PLX_SIDE_B, NULL);

  return self->articles[side];
}

gboolean
plx_window_is_loading (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);

  return self->loads[PLX_SIDE_A] != NULL || self->loads[PLX_SIDE_B] != NULL ||
         self->joining != NULL || self->comparing != NULL || plx_window_is_collating (self);
}

static void
restore_state (PlxWindow *self)
{
  GSettings *settings = plx_window_get_settings (self);

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
plx_window_close_request (GtkWindow *window)
{
  PlxWindow *self = PLX_WINDOW (window);
  GSettings *settings = plx_window_get_settings (self);

  if (settings != NULL)
    {
      int width;
      int height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  if (plx_window_confirm_close (self))
    return TRUE;

  return GTK_WINDOW_CLASS (plx_window_parent_class)->close_request (window);
}

static void
plx_window_dispose (GObject *object)
{
  PlxWindow *self = (PlxWindow *) object;

  plx_window_end_collation (self);
  if (self->joining != NULL)
    g_cancellable_cancel (self->joining);
  g_clear_object (&self->joining);
  g_clear_object (&self->waiting_page);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  for (guint side = 0; side < 2; side++)
    {
      if (self->loads[side] != NULL)
        g_cancellable_cancel (self->loads[side]);
      g_clear_object (&self->loads[side]);
      g_clear_object (&self->articles[side]);
    }
  if (self->comparing != NULL)
    g_cancellable_cancel (self->comparing);
  g_clear_object (&self->comparing);
  g_clear_object (&self->comparison);
  g_clear_object (&self->given_way);
  g_clear_pointer (&self->saved_parties, g_free);
  g_clear_pointer (&self->kept_links, plx_session_free);
  g_clear_pointer (&self->opening, plx_session_free);
  g_clear_pointer (&self->kept_notes, plx_notes_free);
  if (self->notes_window != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->notes_window)));
  g_clear_object (&self->session_file);
  if (self->session_load != NULL)
    g_cancellable_cancel (self->session_load);
  g_clear_object (&self->session_load);
  for (guint side = 0; side < 2; side++)
    {
      if (self->monitors[side] != NULL)
        g_file_monitor_cancel (self->monitors[side]);
      g_clear_object (&self->monitors[side]);
    }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_WINDOW);

  G_OBJECT_CLASS (plx_window_parent_class)->dispose (object);
}

static void
plx_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlxWindow *self = PLX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_window_class_init (PlxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = plx_window_dispose;
  object_class->get_property = plx_window_get_property;

  /**
   * PlxWindow:comparison:
   *
   * The finished comparison shown, or %NULL while there is none.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, PLX_TYPE_COMPARISON,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  window_class->close_request = plx_window_close_request;

  /**
   * PlxWindow::articles-changed:
   *
   * Emitted when an article was loaded into either side.
   */
  signals[ARTICLES_CHANGED] = g_signal_new ("articles-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);

  /**
   * PlxWindow::load-failed:
   * @message: the sentence shown to the user
   *
   * Emitted when input could not be opened, after the toast is shown.
   */
  signals[LOAD_FAILED] = g_signal_new ("load-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);

  /**
   * PlxWindow::comparison-ready:
   *
   * Emitted when the comparison of the two articles is shown.
   */
  signals[COMPARISON_READY] = g_signal_new ("comparison-ready", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);

  g_type_ensure (PLX_TYPE_COMPARISON_VIEW);
  g_type_ensure (PLX_TYPE_PARTIES_PANEL);
  g_type_ensure (PLX_TYPE_SEARCH_BAR);

  plx_window_class_install_actions (widget_class);
  plx_window_class_install_fetch_actions (widget_class);
  plx_window_class_install_search_actions (widget_class);
  plx_window_class_install_report_actions (widget_class);
  plx_window_class_install_session_actions (widget_class);
  plx_window_class_install_notes_actions (widget_class);
  plx_window_class_install_collation_actions (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, APP_RESOURCE_PATH "/plx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, unrelated_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, unrelated_label);
  gtk_widget_class_bind_template_callback (widget_class, unrelated_bar_response_cb);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, view);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, flap);
  /* Reached through gtk_widget_get_template_child(), with no field. */
  gtk_widget_class_bind_template_child_full (widget_class, "parties_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "open_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "header_bar", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, parties_panel);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, recent_section);
}

/* Writes the party edits to the user's parties file when they differ from
 * what it holds, so that later comparisons know them. */
static void
save_parties (PlxWindow *self)
{
  g_autofree char *json = plx_parties_to_json (plx_comparison_get_parties (self->comparison));

  if (g_strcmp0 (json, self->saved_parties) == 0)
    return;
  g_free (self->saved_parties);
  self->saved_parties = g_strdup (json);
  plx_window_write_parties (self, json);
}

static void
claim_activated_cb (PlxPartiesPanel *panel,
                    guint            side,
                    guint            sentence,
                    PlxWindow       *self)
{
  plx_comparison_view_show_sentence (self->view, side, sentence);
}

static void
claim_chosen_cb (PlxPartiesPanel *panel,
                 guint            side,
                 guint            index,
                 PlxWindow       *self)
{
  plx_comparison_view_show_claim (self->view, side, index);
}

static void
plx_window_init (PlxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  plx_window_init_collation (self);
  /* libadwaita stripes the header bar of a development build, so it is not
   * mistaken for the release running beside it. */
  if (PROFILE[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  plx_window_update_report_actions (self);
  plx_window_init_recent (self);
  /* The view and the panel show whatever comparison the window has. */
  g_object_bind_property (self, "comparison", self->view, "comparison", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "comparison", self->parties_panel, "comparison",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->parties_panel, "claim-activated",
                           G_CALLBACK (claim_activated_cb), self, 0);
  g_signal_connect_object (self->parties_panel, "claim-chosen", G_CALLBACK (claim_chosen_cb),
                           self, 0);

  plx_window_init_dnd (self);
  /* Escape cancels a fetch, and only while there is one. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-fetch", FALSE);
  plx_window_update_view (self);
}

PlxWindow *
plx_window_new (PlxApplication *application)
{
  PlxWindow *self = g_object_new (PLX_TYPE_WINDOW, "application", application, NULL);

  /* Not in constructed(): GtkWindow:application is set only after it. */
  restore_state (self);
  plx_window_watch_settings (self);

  return self;
}

/**
 * plx_window_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison shown, once it is done
 */
PlxComparison *
plx_window_get_comparison (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->comparison;
}

/**
 * plx_window_swap:
 *
 * Puts article A on the right and B on the left.
 */
void
plx_window_swap (PlxWindow *self)
{
  PlxArticle *a;
  PlxArticle *b;

  g_return_if_fail (PLX_IS_WINDOW (self));

  a = self->articles[PLX_SIDE_A] != NULL ? g_object_ref (self->articles[PLX_SIDE_A]) : NULL;
  b = self->articles[PLX_SIDE_B] != NULL ? g_object_ref (self->articles[PLX_SIDE_B]) : NULL;
  g_clear_object (&self->articles[PLX_SIDE_A]);
  g_clear_object (&self->articles[PLX_SIDE_B]);
  self->articles[PLX_SIDE_A] = b;
  self->articles[PLX_SIDE_B] = a;
  for (guint side = 0; side < 2; side++)
    {
      plx_article_pane_set_article (plx_comparison_view_get_pane (self->view, side),
                                    self->articles[side]);
      plx_window_monitor_article (self, side);
    }
  plx_window_update_view (self);
  g_signal_emit (self, signals[ARTICLES_CHANGED], 0);
  plx_window_start_comparison (self);
}

static const char *const highlight_keys[] = {
  "highlight-quote", "highlight-number", "highlight-name", "highlight-negation",
  "highlight-hedge", "highlight-intensifier", "highlight-reporting-verb", "highlight-loaded",
};
static const char *const other_highlight_keys[] = {
  "highlight-changed", "highlight-unmatched", "highlight-loaded-marks",
};

static void
apply_display_settings (PlxWindow *self)
{
  GSettings *settings = plx_window_get_settings (self);
  g_autofree char *font = NULL;
  guint highlighted = 0;

  if (settings == NULL)
    return;

  font = g_settings_get_string (settings, "font");
  for (guint i = 0; i < G_N_ELEMENTS (highlight_keys); i++)
    if (g_settings_get_boolean (settings, highlight_keys[i]))
      highlighted |= plx_tag_from_index (i);
  if (g_settings_get_boolean (settings, "highlight-changed"))
    highlighted |= PLX_HIGHLIGHT_CHANGED;
  if (g_settings_get_boolean (settings, "highlight-unmatched"))
    highlighted |= PLX_HIGHLIGHT_UNMATCHED;
  if (g_settings_get_boolean (settings, "highlight-loaded-marks"))
    highlighted |= PLX_HIGHLIGHT_MARKS;

  for (guint side = 0; side < 2; side++)
    {
      PlxArticlePane *pane = plx_comparison_view_get_pane (self->view, side);

      plx_article_pane_set_font (pane, font);
      plx_article_pane_set_highlighted (pane, highlighted);
    }
}

static void
settings_changed_cb (GSettings  *settings,
                     const char *key,
                     PlxWindow  *self)
{
  /* A collation being made is made again once it is over (not given up
   * for the two articles shown before). */
  if ((g_str_equal (key, "sensitivity") || g_str_equal (key, "language")) &&
      plx_window_is_collating (self))
    self->recollate = TRUE;
  else if ((g_str_equal (key, "sensitivity") || g_str_equal (key, "language")) &&
           plx_window_get_collation (self) != NULL)
    plx_window_recollate (self);
  else if (g_str_equal (key, "sensitivity") || g_str_equal (key, "language"))
    {
      /* What the person corrected by hand outlives the new analysis. */
      if (self->comparison != NULL)
        plx_window_keep_manual_links (self);
      plx_window_start_comparison (self);
    }
  else if (g_str_equal (key, "font") || g_str_has_prefix (key, "highlight-"))
    apply_display_settings (self);
}

/* Called once the window knows its application and so its settings. */
static void
plx_window_watch_settings (PlxWindow *self)
{
  GSettings *settings = plx_window_get_settings (self);
  g_autoptr(GSimpleActionGroup) group = NULL;

  if (settings == NULL)
    return;

  g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self, 0);
  apply_display_settings (self);
  /* The legend's chips switch the kinds through these
   * (highlight.highlight-quote and so on), as the Preferences switches do. */
  group = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (highlight_keys); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (settings, highlight_keys[i]);

      g_action_map_add_action (G_ACTION_MAP (group), action);
    }
  for (guint i = 0; i < G_N_ELEMENTS (other_highlight_keys); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (settings, other_highlight_keys[i]);

      g_action_map_add_action (G_ACTION_MAP (group), action);
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "highlight", G_ACTION_GROUP (group));
}
