/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Three or more articles in the window (issue 10). They are collated
 * (plx-collation.h): the most central article is the base, and every other
 * one is compared with it. The window first shows the coverage view (story
 * units as rows, outlets as columns); activating a cell shows the base and
 * that outlet in the two panes, as a two-article comparison with all its
 * tools (manual links, undo, navigation), and Alt+Left, Escape or the
 * Coverage button goes back. The dropdown in the header chooses the outlet the
 * panes show. A link corrected in the panes changes the collation, and
 * the coverage view follows (PlxCollation::changed).
 *
 * Use as Base makes another article the base (plx-window-base.c).
 *
 * Add Article… (or a file dropped, or text pasted) adds one more to the
 * comparison or collation on screen; Remove Article takes the outlet shown
 * out, and with two left the window is a two-article comparison again. A
 * base chosen by hand stays the base through both, unless it is the
 * article taken out. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "plx-parties.h"
#include "plx-window-private.h"

static void
parties_path_set (PlxWindow    *self,
                  PlxCollation *collation)
{
  g_autofree char *path = plx_window_parties_path ();

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    plx_collation_set_parties_file (collation, path);
}

static void
stop_monitors (PlxWindow *self)
{
  for (guint side = 0; side < 2; side++)
    if (self->monitors[side] != NULL)
      {
        g_file_monitor_cancel (self->monitors[side]);
        g_clear_object (&self->monitors[side]);
      }
}

static void
apply_settings (PlxWindow    *self,
                PlxCollation *collation)
{
  GSettings *settings = plx_window_get_settings (self);
  g_autofree char *language = NULL;

  if (settings == NULL)
    return;
  language = g_settings_get_string (settings, "language");
  plx_collation_set_sensitivity (collation, g_settings_get_double (settings, "sensitivity"));
  plx_collation_set_language (collation, language[0] != '\0' ? language : NULL);
}

gboolean
plx_window_is_collating (PlxWindow *self)
{
  return self->collating != NULL;
}

/**
 * plx_window_get_collation:
 *
 * Returns: (transfer none) (nullable): the collation of three or more
 *   articles shown, once it is done
 */
PlxCollation *
plx_window_get_collation (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->collation;
}

/* The name an article has in the subtitle, as its outlet's in the
 * coverage; a file still being read, its name without the extension, as
 * that of a plain text file once read. */
static void
append_name (GString *names,
             GObject *what)
{
  g_autofree char *name = NULL;
  char *dot;

  if (what == NULL)
    return;
  if (PLX_IS_ARTICLE (what))
    name = plx_coverage_dup_outlet_name (PLX_ARTICLE (what));
  else
    {
      name = g_file_get_basename (G_FILE (what));
      dot = strrchr (name, '.');
      if (dot != NULL && dot != name)
        *dot = '\0';
    }
  if (names->len > 0)
    g_string_append (names, ", ");
  g_string_append (names, name);
}

/**
 * plx_window_update_collation_names:
 *
 * Names the articles of the collation in the subtitle: the one shown, or,
 * while one is made, its articles (files still read by their names) with
 * those waiting to join it, so the header never names the two articles
 * shown before. While one is made, the window shows a page that says so
 * and names them, in the place of the panes or the coverage of before.
 */
void
plx_window_update_collation_names (PlxWindow *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  if (self->collation != NULL && !plx_window_is_collating (self))
    for (guint k = 0; k < plx_collation_get_n_articles (self->collation); k++, n++)
      append_name (names, G_OBJECT (plx_collation_get_article (self->collation, k)));
  for (guint i = 0; self->collated != NULL && i < self->collated->len; i++)
    {
      n += g_ptr_array_index (self->collated, i) != NULL;
      append_name (names, g_ptr_array_index (self->collated, i));
    }
  for (guint i = 0; self->collated != NULL && self->waiting != NULL && i < self->waiting->len;
       i++, n++)
    append_name (names, g_ptr_array_index (self->waiting, i));
  if (n == 0)
    return;
  /* Translators: window subtitle: how many articles are compared, then
   * their outlets' names. */
  subtitle = g_strdup_printf (ngettext ("%u article: %s", "%u articles: %s",
                                           n),
                              n, names->str);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  if (!plx_window_is_collating (self))
    return;
  /* Translators: the title of the page shown while three or more
   * articles are compared. */
  title = g_strdup_printf (ngettext ("Comparing %u Article…", "Comparing %u Articles…", n), n);
  adw_status_page_set_title (self->collating_page, title);
  adw_status_page_set_description (self->collating_page, names->str);
  gtk_stack_set_visible_child_name (self->stack, "collating");
}

static void
update_controls (PlxWindow *self)
{
  gboolean collated = self->collation != NULL;
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  gtk_widget_set_visible (GTK_WIDGET (self->outlet_dropdown), collated);
  /* The page shown while a collation is made turns a spinner of its own:
   * the header's would be a second one. */
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), g_strcmp0 (page, "collating") != 0);
  /* The parties panel is beside the panes, not the coverage (nor the page
   * shown while a collation is made). */
  if (collated || g_strcmp0 (page, "collating") == 0)
    {
      gboolean panes = g_strcmp0 (page, "compare") == 0;

      gtk_widget_set_visible (GTK_WIDGET (gtk_widget_get_template_child (
                                GTK_WIDGET (self), PLX_TYPE_WINDOW, "parties_button")),
                              panes);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-parties", panes);
    }
  gtk_widget_set_visible (self->coverage_button,
                          collated && g_strcmp0 (page, "compare") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-coverage", collated);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.escape-to-coverage",
                                 collated && g_strcmp0 (page, "compare") == 0);
  /* The base is always on the left. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.swap", !collated);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-article", collated);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.use-as-base", collated);
}

/* Shows the base article and the article at @index in the panes. */
static void
show_outlet (PlxWindow *self,
             guint      index)
{
  guint pivot = plx_collation_get_pivot (self->collation);
  PlxComparison *comparison;

  if (index == pivot || index >= plx_collation_get_n_articles (self->collation))
    return;
  comparison = plx_collation_get_comparison (self->collation, index);
  self->outlet = index;
  g_set_object (&self->articles[PLX_SIDE_A], plx_collation_get_article (self->collation, pivot));
  g_set_object (&self->articles[PLX_SIDE_B], plx_collation_get_article (self->collation, index));
  for (guint side = 0; side < 2; side++)
    plx_article_pane_set_article (plx_comparison_view_get_pane (self->view, side),
                                  self->articles[side]);
  plx_parties_panel_set_collation (self->parties_panel, self->collation);
  plx_window_set_comparison (self, comparison);
  gtk_drop_down_set_selected (self->outlet_dropdown, index < pivot ? index : index - 1);
}

static void
show_page (PlxWindow  *self,
           const char *page)
{
  gtk_stack_set_visible_child_name (self->stack, page);
  update_controls (self);
  if (g_str_equal (page, "coverage"))
    gtk_widget_grab_focus (GTK_WIDGET (self->coverage));
  else
    gtk_widget_grab_focus (GTK_WIDGET (plx_article_pane_get_view (
      plx_comparison_view_get_pane (self->view, PLX_SIDE_B))));
}

static void
cell_activated_cb (PlxCoverageView *coverage,
                   guint            u,
                   guint            article,
                   PlxWindow       *self)
{
  const PlxUnit *unit = plx_collation_get_unit (self->collation, u);
  guint pivot = plx_collation_get_pivot (self->collation);

  if (article != pivot)
    show_outlet (self, article);
  show_page (self, "compare");
  /* The unit's sentences: the outlet's where it tells the unit, else the
   * base's. */
  if (unit->cells[self->outlet].n_sentences > 0)
    plx_comparison_view_show_sentence (self->view, PLX_SIDE_B,
                                       unit->cells[self->outlet].sentences[0]);
  else if (unit->cells[pivot].n_sentences > 0)
    plx_comparison_view_show_sentence (self->view, PLX_SIDE_A, unit->cells[pivot].sentences[0]);
}

static void
outlet_selected_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    PlxWindow   *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  guint index;

  if (self->collation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  index = selected >= plx_collation_get_pivot (self->collation) ? selected + 1 : selected;
  if (index != self->outlet)
    {
      show_outlet (self, index);
      show_page (self, "compare");
    }
}

/* A party renamed or merged in one of the comparisons: those parties are
 * the collation's from now on, kept in the session and, as with two
 * articles, in the user's parties file for the comparisons to come. */
static void
comparison_changed_cb (PlxComparison *comparison,
                       PlxWindow     *self)
{
  g_autofree char *json = plx_parties_to_json (plx_comparison_get_parties (comparison));

  if (g_strcmp0 (json, g_object_get_data (G_OBJECT (comparison), "plx-parties")) == 0)
    return;
  g_object_set_data_full (G_OBJECT (comparison), "plx-parties", g_strdup (json), g_free);
  g_free (self->collation_parties);
  self->collation_parties = g_strdup (json);
  plx_window_write_parties (self, json);
}

static void
watch_comparisons (PlxWindow    *self,
                   PlxCollation *collation)
{
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxComparison *comparison = plx_collation_get_comparison (collation, k);

      if (comparison == NULL)
        continue;
      g_object_set_data_full (G_OBJECT (comparison), "plx-parties",
                              plx_parties_to_json (plx_comparison_get_parties (comparison)),
                              g_free);
      g_signal_connect_object (comparison, "changed", G_CALLBACK (comparison_changed_cb), self, 0);
    }
}

/* "12 story units: 2 told by all 4 articles, 4 by one only." */
static void
update_summary (PlxWindow *self)
{
  guint n = plx_collation_get_n_units (self->collation);
  guint all = 0;
  guint one = 0;
  g_autofree char *units = NULL;
  g_autofree char *text = NULL;

  for (guint u = 0; u < n; u++)
    {
      guint carrying = plx_collation_get_unit (self->collation, u)->n_carrying;

      all += carrying == plx_collation_get_n_articles (self->collation);
      one += carrying == 1;
    }
  units = g_strdup_printf (ngettext ("%u story unit", "%u story units", n), n);
  /* Translators: the coverage view's summary: "12 story units", how many
   * all the articles tell, how many one only. */
  text = g_strdup_printf (_("%s: %u told by all %u articles, %u by one only"), units, all,
                          plx_collation_get_n_articles (self->collation), one);
  gtk_label_set_label (GTK_LABEL (self->coverage_summary), text);
}

static void
collation_changed_cb (PlxCollation *collation,
                      PlxWindow    *self)
{
  plx_window_set_unsaved (self, TRUE);
  update_summary (self);
}

/* The outlets the dropdown offers: every article but the base, each as
 * "Base ↔ Outlet". */
static void
fill_dropdown (PlxWindow *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint pivot = plx_collation_get_pivot (self->collation);
  g_autofree char *base = plx_coverage_dup_short_outlet_name (plx_collation_get_article (self->collation, pivot));

  for (guint k = 0; k < plx_collation_get_n_articles (self->collation); k++)
    if (k != pivot)
      {
        g_autofree char *name = plx_coverage_dup_short_outlet_name (plx_collation_get_article (self->collation, k));
        /* Translators: an item of the outlet chooser: the base article's
         * outlet, then the outlet the panes show against it. */
        g_autofree char *item = g_strdup_printf (_("%s ↔ %s"), base, name);

        gtk_string_list_append (list, item);
      }
  g_signal_handlers_block_by_func (self->outlet_dropdown, outlet_selected_cb, self);
  gtk_drop_down_set_model (self->outlet_dropdown, G_LIST_MODEL (list));
  g_signal_handlers_unblock_by_func (self->outlet_dropdown, outlet_selected_cb, self);
}

/* A collation failed: the comparison of the two articles still in the
 * panes, which it had replaced, is shown again as it was. */
static void
give_way_back (PlxWindow *self)
{
  g_autoptr(PlxComparison) comparison = g_steal_pointer (&self->given_way);

  if (comparison == NULL ||
      plx_comparison_get_article (comparison, PLX_SIDE_A) != self->articles[PLX_SIDE_A] ||
      plx_comparison_get_article (comparison, PLX_SIDE_B) != self->articles[PLX_SIDE_B])
    return;
  plx_window_set_comparison (self, comparison);
  plx_window_comparison_shown (self);
}

static void
collated_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  PlxCollation *collation = PLX_COLLATION (source);
  g_autoptr(PlxWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!plx_collation_run_finish (collation, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_object (&self->collating);
          g_clear_pointer (&self->collated, g_ptr_array_unref);
          gtk_spinner_stop (self->spinner);
          plx_window_update_view (self);
          give_way_back (self);
          plx_window_show_error (self, error->message);
          plx_window_collation_over (self, TRUE);
        }
      return;
    }

  g_clear_object (&self->given_way);
  g_clear_object (&self->collating);
  g_clear_pointer (&self->collated, g_ptr_array_unref);
  gtk_spinner_stop (self->spinner);
  if (self->collation_session != NULL)
    {
      plx_session_restore_collation_links (self->collation_session, collation);
      plx_session_restore_collation_notes (self->collation_session, collation);
    }
  g_clear_pointer (&self->collation_session, plx_session_free);
  g_set_object (&self->collation, collation);
  g_signal_connect_object (collation, "changed", G_CALLBACK (collation_changed_cb), self, 0);
  watch_comparisons (self, collation);
  plx_coverage_view_set_collation (self->coverage, collation);
  g_signal_handlers_block_by_func (self->outlet_dropdown, outlet_selected_cb, self);
  fill_dropdown (self);
  show_outlet (self, plx_collation_get_pivot (collation) == 0 ? 1 : 0);
  g_signal_handlers_unblock_by_func (self->outlet_dropdown, outlet_selected_cb, self);
  plx_window_update_collation_names (self);
  update_summary (self);
  plx_window_update_report_actions (self);
  show_page (self, "coverage");
  g_signal_emit_by_name (self, "comparison-ready");
  /* Articles and a web page that came while these were collated join
   * them now; with none, settings changed meanwhile collate them anew. */
  if (!plx_window_collation_over (self, FALSE) && self->recollate)
    plx_window_recollate (self);
}

/* Runs @collation, whose articles the subtitle names meanwhile. */
static void
start_collation (PlxWindow    *self,
                 PlxCollation *collation)
{
  self->collated = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    g_ptr_array_add (self->collated, g_object_ref (plx_collation_get_article (collation, k)));
  self->collating = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  plx_window_update_collation_names (self);
  plx_collation_run_async (collation, self->collating, collated_cb, g_object_ref (self));
}

static int
find_article (PlxArticle **articles,
              guint        n_articles,
              PlxArticle  *article)
{
  for (guint k = 0; article != NULL && k < n_articles; k++)
    if (articles[k] == article)
      return (int) k;
  return -1;
}

/* Collates @articles with @base (or, when %NULL or not among them, the
 * most central article) as the base; two are a two-article comparison,
 * with @base as article A. */
void
plx_window_collate_with_base (PlxWindow   *self,
                   PlxArticle **articles,
                   guint        n_articles,
                   PlxArticle  *base)
{
  g_autoptr(PlxCollation) collation = NULL;
  int pivot = find_article (articles, n_articles, base);

  plx_window_end_collation (self);
  if (n_articles < 3)
    {
      gboolean turn = n_articles == 2 && pivot == 1;

      for (guint side = 0; side < MIN (n_articles, 2); side++)
        plx_window_show_article (self, side, articles[turn ? 1 - side : side]);
      plx_window_start_comparison (self);
      return;
    }

  /* The two-article comparison on screen gives way (until the collation
   * is done: it comes back if that fails). */
  if (plx_comparison_is_done (self->comparison))
    g_set_object (&self->given_way, self->comparison);
  plx_window_stop_comparison (self);
  collation = plx_collation_new (articles, MIN (n_articles, PLX_COLLATION_MAX_ARTICLES));
  if (pivot >= 0 && pivot < PLX_COLLATION_MAX_ARTICLES)
    plx_collation_set_pivot (collation, pivot);
  apply_settings (self, collation);
  parties_path_set (self, collation);
  /* The articles of a collation do not follow their files. */
  stop_monitors (self);
  start_collation (self, collation);
}

/**
 * plx_window_collate_articles:
 * @articles: (array length=n_articles): three to twelve articles
 *
 * Collates @articles and shows their coverage; two articles are a
 * two-article comparison.
 */
void
plx_window_collate_articles (PlxWindow   *self,
                             PlxArticle **articles,
                             guint        n_articles)
{
  plx_window_collate_with_base (self, articles, n_articles, NULL);
}

/**
 * plx_window_collate_session:
 * @session: a session of three or more articles
 *
 * Collates the session's articles with its settings and parties, and
 * makes its manual links again.
 */
void
plx_window_collate_session (PlxWindow  *self,
                            PlxSession *session)
{
  plx_window_run_collation_session (self, session, FALSE);
}

/**
 * plx_window_recollate:
 *
 * Collates the articles on screen again with the settings of the
 * preferences, keeping the links made by hand and the party edits.
 */
/* A session of the collation on screen with the parties as last edited
 * (transfer full). */
PlxSession *
plx_window_dup_collation_session (PlxWindow *self)
{
  PlxSession *session = plx_session_new_for_collation (self->collation);

  if (self->collation_parties != NULL)
    plx_session_set_parties (session, self->collation_parties);

  return session;
}

void
plx_window_recollate (PlxWindow *self)
{
  if (self->collation == NULL)
    return;
  plx_window_run_collation_session (self, plx_window_dup_collation_session (self), TRUE);
}

/* Runs the collation of @session (taken), with its settings or
 * (@use_settings) the preferences'. */
void
plx_window_run_collation_session (PlxWindow  *self,
                                  PlxSession *session,
                                  gboolean    use_settings)
{
  g_autoptr(PlxCollation) collation = plx_session_create_collation (session);

  if (use_settings)
    apply_settings (self, collation);
  plx_window_end_collation (self);
  plx_window_stop_comparison (self);
  stop_monitors (self);
  /* The session's parties are the collation's (plx_session_create_collation()). */
  self->collation_session = session;
  start_collation (self, collation);
}

/**
 * plx_window_end_collation:
 *
 * Forgets the collation (a new comparison of two articles replaces it).
 */
void
plx_window_end_collation (PlxWindow *self)
{
  if (self->collating != NULL)
    g_cancellable_cancel (self->collating);
  g_clear_object (&self->collating);
  g_clear_pointer (&self->collated, g_ptr_array_unref);
  g_clear_object (&self->collated_base);
  g_clear_object (&self->given_way);
  g_clear_pointer (&self->collation_session, plx_session_free);
  self->n_pending = 0;
  self->recollate = FALSE;
  if (self->collation == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->collation, collation_changed_cb, self);
  for (guint k = 0; k < plx_collation_get_n_articles (self->collation); k++)
    if (plx_collation_get_comparison (self->collation, k) != NULL)
      g_signal_handlers_disconnect_by_func (plx_collation_get_comparison (self->collation, k),
                                            comparison_changed_cb, self);
  g_clear_pointer (&self->collation_parties, g_free);
  g_clear_object (&self->collation);
  plx_parties_panel_set_collation (self->parties_panel, NULL);
  plx_coverage_view_set_collation (self->coverage, NULL);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "coverage") == 0)
    gtk_stack_set_visible_child_name (self->stack, "compare");
  update_controls (self);
}

static void
show_coverage_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (self->collation != NULL)
    show_page (self, "coverage");
}

/* Escape in the panes of a collation: the search bar closes first, then
 * the coverage comes back. The search entry and popovers see the key
 * before the window and keep it. */
static void
escape_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (plx_search_bar_get_open (self->search_bar))
    plx_search_bar_close (self->search_bar);
  else if (self->collation != NULL)
    show_page (self, "coverage");
}

void
plx_window_class_install_collation_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-coverage", NULL,
                                   show_coverage_action_cb);
  plx_window_class_install_add_actions (widget_class);
  plx_window_class_install_base_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.show-coverage", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "win.show-coverage", NULL);
  /* After Escape's binding to cancel a fetch (plx-window-fetch.c), which
   * goes first while there is one. */
  gtk_widget_class_install_action (widget_class, "win.escape-to-coverage", NULL,
                                   escape_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.escape-to-coverage", NULL);
}

static void
page_changed_cb (GtkStack   *stack,
                 GParamSpec *pspec,
                 PlxWindow  *self)
{
  update_controls (self);
}

/* The page shown while a collation is made, with a spinner: what is on
 * its way (plx_window_update_collation_names()). */
static void
init_collating_page (PlxWindow *self)
{
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_spinner_start (GTK_SPINNER (spinner));
  self->collating_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_child (self->collating_page, spinner);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->collating_page), "collating");
}

/* The coverage page and the header's controls for it. */
void
plx_window_init_collation (PlxWindow *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  AdwHeaderBar *header = ADW_HEADER_BAR (
    gtk_widget_get_template_child (GTK_WIDGET (self), PLX_TYPE_WINDOW, "header_bar"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *footer;

  self->coverage = PLX_COVERAGE_VIEW (plx_coverage_view_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->coverage), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->coverage), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->coverage));
  gtk_widget_add_css_class (scrolled, "view");
  gtk_widget_set_hexpand (scrolled, TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);
  self->coverage_summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->coverage_summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->coverage_summary), TRUE);
  gtk_widget_add_css_class (self->coverage_summary, "heading");
  footer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (footer, "coverage-footer");
  gtk_box_append (GTK_BOX (footer), self->coverage_summary);
  gtk_box_append (GTK_BOX (footer), plx_coverage_legend_new ());
  gtk_box_append (GTK_BOX (content), footer);
  gtk_stack_add_named (self->stack, content, "coverage");
  init_collating_page (self);
  g_signal_connect_object (self->coverage, "cell-activated", G_CALLBACK (cell_activated_cb), self,
                           0);

  self->coverage_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->coverage_button), "win.show-coverage");
  gtk_widget_set_tooltip_text (self->coverage_button, _("Back to the Coverage (Alt+Left)"));
  self->outlet_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->outlet_dropdown),
                               _("The Outlet Compared With the Base Article"));
  g_signal_connect_object (self->outlet_dropdown, "notify::selected",
                           G_CALLBACK (outlet_selected_cb), self, 0);
  adw_header_bar_pack_start (header, self->coverage_button);
  adw_header_bar_pack_start (header, GTK_WIDGET (self->outlet_dropdown));
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (page_changed_cb),
                           self, 0);
  plx_window_init_base (self);
  update_controls (self);
}
