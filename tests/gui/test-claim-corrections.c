/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Correcting claims in the window under Xvfb, on the sample pair: from a
 * claim row's menu in the parties panel (remove, change speaker, move to
 * another party), from a selection in a pane (add), undone and redone,
 * kept in a session and carried into an exported report; and a claim
 * chosen in the panel marked in both panes. Screenshots of the menu and of
 * the marks, at 900 and 1280 pixels, light and dark. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-parties-panel.h"
#include "plx-report.h"
#include "gui-test.h"
#include "plx-window.h"

static PlxApplication *app;

typedef struct
{
  PlxWindow         *window;
  PlxComparisonView *view;
  PlxPartiesPanel   *panel;
} Fixture;

static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->window = plx_test_window_open_sample (app, width, 760);
  fixture->view = plx_test_find_view (fixture->window);
  fixture->panel = (PlxPartiesPanel *) plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                            PLX_TYPE_PARTIES_PANEL, NULL, NULL);
  g_assert_nonnull (fixture->panel);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  open_window (fixture, 1280);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  plx_test_window_close (fixture->window);
}

static PlxComparison *
comparison_of (Fixture *fixture)
{
  return plx_window_get_comparison (fixture->window);
}

/* The index of the claim of @side with this speaker and cue, or -1. */
static int
find_claim (PlxComparison *comparison,
            PlxSide        side,
            const char    *speaker,
            const char    *verb)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);

      if (g_str_equal (claim->speaker_name, speaker) && g_str_equal (claim->verb, verb))
        return i;
    }

  return -1;
}

static const PlxClaim *
claim_at (PlxComparison *comparison,
          PlxSide        side,
          int            index)
{
  g_assert_cmpint (index, >=, 0);

  return &g_array_index (plx_comparison_get_claims (comparison, side), PlxClaim, index);
}

/* The panel's row of claim @index of @side, or NULL. */
static GtkWidget *
claim_row (Fixture *fixture,
           PlxSide  side,
           int      index)
{
  GtkListBox *list = plx_parties_panel_get_list (fixture->panel);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "claim-index")) == index + 1 &&
        GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "side")) == side)
      return row;

  return NULL;
}

static guint
count_rows (Fixture *fixture)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (
         plx_parties_panel_get_list (fixture->panel)));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n += g_object_get_data (G_OBJECT (row), "claim-index") != NULL;

  return n;
}

static GtkWidget *
menu_button (GtkWidget *row)
{
  GtkWidget *button = plx_test_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL);

  g_assert_nonnull (button);

  return button;
}

/* The target of the first item of @model (its sections and submenus
 * included) that activates @action, with @word in its target if given. */
static GVariant *
menu_target (GMenuModel *model,
             const char *action,
             const char *word)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link;
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        {
          g_autofree char *printed = NULL;

          target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);
          if (target == NULL)
            target = g_variant_ref_sink (g_variant_new_string (""));
          printed = g_variant_print (target, FALSE);
          if (word == NULL || strstr (printed, word) != NULL)
            return g_steal_pointer (&target);
        }
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &link, &linked))
        {
          GVariant *found = menu_target (linked, action, word);

          g_object_unref (linked);
          if (found != NULL)
            return found;
        }
    }

  return NULL;
}

/* Activates what the row's menu offers for @action, as a click on it. */
static void
activate_menu_item (Fixture    *fixture,
                    GtkWidget  *row,
                    const char *action,
                    const char *word)
{
  g_autoptr(GMenuModel) model = plx_parties_panel_dup_claim_menu (fixture->panel, row);
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (menu_button (row));
  g_assert_nonnull (model);
  target = menu_target (model, action, word);

  g_assert_nonnull (target);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->panel), action,
                                                     target));
}

static gboolean
has_name (GtkWidget    *widget,
          gconstpointer name)
{
  return g_str_equal (gtk_widget_get_name (widget), name);
}

static GtkEditable *
dialog_entry (AdwMessageDialog *dialog,
              const char       *name)
{
  GtkWidget *entry = plx_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_name,
                                           name);

  g_assert_nonnull (entry);

  return GTK_EDITABLE (entry);
}

static gboolean popover_shown (gpointer data);
static gboolean popover_hidden (gpointer data);

/* Lets GTK's timers of a closed popover (its tooltip's, its submenus')
 * run while the window is still there: GTK 4.8 asks a destroyed window
 * for the pointer otherwise. */
static void
let_popover_settle (void)
{
  plx_test_wait_ms (700);
}

/* The menu of a claim row removes the claim; Ctrl+Z in the panel brings
 * it back, Ctrl+Shift+Z takes it again. */
static void
test_remove (Fixture      *fixture,
             gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  int index = find_claim (comparison, PLX_SIDE_A, "Moscow", "clings");
  guint n = plx_comparison_get_claims (comparison, PLX_SIDE_A)->len;
  GtkWidget *row = claim_row (fixture, PLX_SIDE_A, index);
  guint rows = count_rows (fixture);

  g_assert_nonnull (row);
  activate_menu_item (fixture, row, "panel.remove-claim", NULL);
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "Moscow", "clings"), <, 0);
  g_assert_cmpuint (plx_comparison_get_claims (comparison, PLX_SIDE_A)->len, ==, n - 1);
  g_assert_cmpuint (count_rows (fixture), ==, rows - 1);
  g_assert_true (plx_window_has_unsaved_changes (fixture->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "panel.undo", NULL));
  index = find_claim (comparison, PLX_SIDE_A, "Moscow", "clings");
  g_assert_cmpint (index, >=, 0);
  g_assert_nonnull (claim_row (fixture, PLX_SIDE_A, index));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "panel.redo", NULL));
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "Moscow", "clings"), <, 0);

  /* The Menu key (or Shift+F10) opens the menu of the row in focus. */
  index = find_claim (comparison, PLX_SIDE_A, "Yuri Ushakov", "quoted as saying");
  row = claim_row (fixture, PLX_SIDE_A, index);
  gtk_widget_grab_focus (row);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "panel.claim-menu",
                                             NULL));
  plx_test_wait_until (popover_shown, menu_button (row));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button (row)));
  plx_test_wait_until (popover_hidden, menu_button (row));
  let_popover_settle ();

  /* Delete on a chosen row removes its claims: a pair's both, as one edit. */
  index = find_claim (comparison, PLX_SIDE_A, "The Kremlin", "denied");
  row = claim_row (fixture, PLX_SIDE_A, index);
  gtk_list_box_select_row (plx_parties_panel_get_list (fixture->panel), GTK_LIST_BOX_ROW (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "panel.remove-row",
                                             NULL));
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "The Kremlin", "denied"), <, 0);
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_B, "The Kremlin", "denied"), <, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.undo", NULL));
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "The Kremlin", "denied"), >=, 0);
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_B, "The Kremlin", "denied"), >=, 0);
}

/* Change Speaker… asks for the name; the row and the claim show it. */
static void
test_change_speaker (Fixture      *fixture,
                     gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  int index = find_claim (comparison, PLX_SIDE_A, "Kyiv", "insists on");
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.claim-speaker",
                      NULL);
  dialog = plx_test_find_message_dialog ();
  entry = dialog_entry (dialog, "speaker");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Kyiv");
  gtk_editable_set_text (entry, " Ukrainian officials ");
  plx_test_answer_dialog ("accept");

  index = find_claim (comparison, PLX_SIDE_A, "Ukrainian officials", "insists on");
  g_assert_cmpint (index, >=, 0);
  g_assert_true (claim_at (comparison, PLX_SIDE_A, index)->edited);
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "Kyiv", "insists on"), <, 0);
  {
    GtkWidget *row = claim_row (fixture, PLX_SIDE_A, index);
    GtkWidget *label = plx_test_find_widget (row, GTK_TYPE_LABEL, NULL, NULL);

    g_assert_nonnull (row);
    /* The row says the claim was corrected. */
    g_assert_nonnull (plx_test_find_widget (row, GTK_TYPE_LABEL, has_name, "claim-edited"));
    /* The chip first, then the claim's line with its new speaker. */
    label = gtk_widget_get_next_sibling (gtk_widget_get_parent (label));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "Ukrainian officials"));
  }

  /* Cancel changes nothing. */
  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.claim-speaker",
                      NULL);
  dialog = plx_test_find_message_dialog ();
  gtk_editable_set_text (dialog_entry (dialog, "speaker"), "Nobody");
  plx_test_answer_dialog ("cancel");
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "Nobody", "insists on"), <, 0);
}

/* Move to Party puts the claim under another party. */
static void
test_move_party (Fixture      *fixture,
                 gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  int index = find_claim (comparison, PLX_SIDE_A, "Observers", "believe");

  g_assert_cmpstr (claim_at (comparison, PLX_SIDE_A, index)->party, ==, "observers");
  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.move-claim",
                      "ukraine");
  index = find_claim (comparison, PLX_SIDE_A, "Observers", "believe");
  g_assert_cmpstr (claim_at (comparison, PLX_SIDE_A, index)->party, ==, "ukraine");
  g_assert_true (claim_at (comparison, PLX_SIDE_A, index)->edited);
  /* Rows of claims as found say nothing of corrections. */
  g_assert_null (plx_test_find_widget (claim_row (fixture, PLX_SIDE_A,
                                                  find_claim (comparison, PLX_SIDE_A,
                                                              "Moscow", "clings")),
                                       GTK_TYPE_LABEL, has_name, "claim-edited"));

  /* The row now comes after Ukraine's heading, before the next party's. */
  {
    GtkWidget *row = claim_row (fixture, PLX_SIDE_A, index);
    const char *heading = NULL;

    for (GtkWidget *r = gtk_widget_get_prev_sibling (row); r != NULL && heading == NULL;
         r = gtk_widget_get_prev_sibling (r))
      {
        GtkWidget *label = plx_test_find_widget (r, GTK_TYPE_LABEL, NULL, NULL);

        if (label != NULL && gtk_widget_has_css_class (label, "heading"))
          heading = gtk_label_get_label (GTK_LABEL (label));
      }
    g_assert_cmpstr (heading, ==, "Ukraine");
  }
}

static void
select_words (PlxArticlePane *pane,
              const char     *words)
{
  PlxArticle *article = plx_article_pane_get_article (pane);
  const char *text = plx_article_get_text (article);
  const char *found = strstr (text, words);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  guint start;
  GtkTextIter from;
  GtkTextIter to;

  g_assert_nonnull (found);
  start = g_utf8_strlen (text, found - text);
  plx_article_pane_get_iter_at_offset (pane, start, FALSE, &from);
  plx_article_pane_get_iter_at_offset (pane, start + g_utf8_strlen (words, -1), TRUE, &to);
  gtk_text_buffer_select_range (buffer, &from, &to);
}

/* A selection in a pane becomes a claim: the dialog proposes its words and
 * a cue, the person names the speaker and party. */
static void
test_add_from_selection (Fixture      *fixture,
                         gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  PlxArticlePane *pane = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A);
  guint n = plx_comparison_get_claims (comparison, PLX_SIDE_A)->len;
  AdwMessageDialog *dialog;
  AdwComboRow *party;
  int index;

  /* The panes' context menu offers it. */
  {
    GMenuModel *extra = gtk_text_view_get_extra_menu (plx_article_pane_get_view (pane));
    g_autoptr(GVariant) item = menu_target (extra, "view.add-claim", NULL);

    g_assert_nonnull (item);
  }

  /* Without a selection there is nothing to add, and the window says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.add-claim", NULL));
  g_assert_cmpuint (plx_comparison_get_claims (comparison, PLX_SIDE_A)->len, ==, n);

  select_words (pane, "Washington’s desire to break this deadlock");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.add-claim", NULL));
  dialog = plx_test_find_message_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog, "content")), ==,
                   "Washington’s desire to break this deadlock");
  /* The speaker of the claim just before is proposed. */
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog, "speaker")), ==, "Kyiv");
  gtk_editable_set_text (dialog_entry (dialog, "speaker"), "The proposed US initiative");
  gtk_editable_set_text (dialog_entry (dialog, "cue"), "reflects");
  party = ADW_COMBO_ROW (plx_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL,
                                               NULL));
  for (guint p = 0; p < plx_parties_get_n (plx_comparison_get_parties (comparison)); p++)
    if (g_str_equal (plx_parties_get (plx_comparison_get_parties (comparison), p)->id,
                     "united-states"))
      adw_combo_row_set_selected (party, p);
  plx_test_answer_dialog ("accept");

  g_assert_cmpuint (plx_comparison_get_claims (comparison, PLX_SIDE_A)->len, ==, n + 1);
  index = find_claim (comparison, PLX_SIDE_A, "The proposed US initiative", "reflects");
  g_assert_cmpint (index, >=, 0);
  {
    const PlxClaim *claim = claim_at (comparison, PLX_SIDE_A, index);
    const char *text = plx_article_get_text (plx_comparison_get_article (comparison, PLX_SIDE_A));

    g_assert_cmpstr (claim->text, ==, "Washington’s desire to break this deadlock");
    g_assert_cmpstr (claim->party, ==, "united-states");
    g_assert_true (claim->edited);
    /* Speaker and cue are words of the sentence, marked as such. */
    g_assert_cmpuint (claim->cue.end - claim->cue.start, ==, strlen ("reflects"));
    g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (text, claim->cue.start),
                                     "reflects"));
    g_assert_cmpuint (claim->speaker.end, >, claim->speaker.start);
  }
  g_assert_nonnull (claim_row (fixture, PLX_SIDE_A, index));

  /* Undo takes it away again, redo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.undo", NULL));
  g_assert_cmpuint (plx_comparison_get_claims (comparison, PLX_SIDE_A)->len, ==, n);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.redo", NULL));
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "The proposed US initiative", "reflects"),
                   >=, 0);
}

/* A session keeps the corrections; opened again, they are there. */
static void
test_session_round_trip (Fixture      *fixture,
                         gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  int index = find_claim (comparison, PLX_SIDE_A, "Moscow", "clings");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-claims-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "corrected.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlxWindow *other;
  PlxComparison *reopened;

  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.remove-claim",
                      NULL);
  index = find_claim (comparison, PLX_SIDE_A, "Observers", "believe");
  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.move-claim",
                      "ukraine");
  g_assert_true (plx_window_save_session (fixture->window, file, &error));
  g_assert_no_error (error);

  other = plx_test_window_open_session (app, file);
  reopened = plx_window_get_comparison (other);
  g_assert_cmpint (find_claim (reopened, PLX_SIDE_A, "Moscow", "clings"), <, 0);
  index = find_claim (reopened, PLX_SIDE_A, "Observers", "believe");
  g_assert_cmpstr (claim_at (reopened, PLX_SIDE_A, index)->party, ==, "ukraine");
  /* Opened, not made: nothing to undo, nothing unsaved. */
  g_assert_false (plx_comparison_get_can_undo (reopened));
  g_assert_false (plx_window_has_unsaved_changes (other));

  plx_test_window_close (other);
  g_remove (path);
  g_rmdir (dir);
}

static void
ready_cb (PlxWindow *window,
          gboolean  *ready)
{
  *ready = TRUE;
}

/* Sets the sensitivity to @value and waits for the window's new run (the
 * comparison before it stays shown while the run starts). */
static void
rerun_with (Fixture *fixture,
            double   value)
{
  GSettings *settings = plx_application_get_settings (app);
  gboolean ready = FALSE;
  gulong id = g_signal_connect (fixture->window, "comparison-ready", G_CALLBACK (ready_cb), &ready);

  g_settings_set_double (settings, "sensitivity", value);
  plx_test_wait_until (plx_test_flag_set, &ready);
  g_signal_handler_disconnect (fixture->window, id);
}

/* A new analysis of the same articles (another sensitivity) keeps the
 * corrections. */
static void
test_reanalysis (Fixture      *fixture,
                 gconstpointer data)
{
  GSettings *settings = plx_application_get_settings (app);
  PlxComparison *comparison = comparison_of (fixture);
  double sensitivity = g_settings_get_double (settings, "sensitivity");
  int index = find_claim (comparison, PLX_SIDE_A, "Moscow", "clings");

  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.remove-claim",
                      NULL);
  index = find_claim (comparison, PLX_SIDE_A, "Observers", "believe");
  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.move-claim",
                      "ukraine");

  rerun_with (fixture, sensitivity > 0.6 ? 0.5 : 0.7);
  comparison = comparison_of (fixture);
  g_assert_cmpint (find_claim (comparison, PLX_SIDE_A, "Moscow", "clings"), <, 0);
  index = find_claim (comparison, PLX_SIDE_A, "Observers", "believe");
  g_assert_cmpstr (claim_at (comparison, PLX_SIDE_A, index)->party, ==, "ukraine");
  g_assert_nonnull (claim_row (fixture, PLX_SIDE_A, index));
  rerun_with (fixture, sensitivity);
}

/* The exported report (made apart from the window, from a session of it)
 * has the corrected claims and says which were corrected. */
static void
test_report (Fixture      *fixture,
             gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  int index = find_claim (comparison, PLX_SIDE_A, "Kyiv", "insists on");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-claims-XXXXXX", &error);
  AdwMessageDialog *dialog;

  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.claim-speaker",
                      NULL);
  dialog = plx_test_find_message_dialog ();
  gtk_editable_set_text (dialog_entry (dialog, "speaker"), "Ukrainian officials");
  plx_test_answer_dialog ("accept");
  index = find_claim (comparison, PLX_SIDE_A, "Moscow", "clings");
  activate_menu_item (fixture, claim_row (fixture, PLX_SIDE_A, index), "panel.remove-claim",
                      NULL);

  for (PlxReportFormat format = PLX_REPORT_JSON; format <= PLX_REPORT_HTML; format++)
    {
      g_autofree char *path = g_build_filename (dir, "report", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) written = plx_test_export (fixture->window, file, format);
      g_autofree char *contents = NULL;

      g_assert_nonnull (written);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "Ukrainian officials"));
      /* The article's text still has the words, but no claim does. */
      g_assert_null (strstr (contents, format == PLX_REPORT_JSON ? "\"verb\": \"clings\""
                                                                 : "(clings)"));
      if (format == PLX_REPORT_JSON)
        g_assert_nonnull (strstr (contents, "\"edited_by_user\": true"));
      else
        g_assert_nonnull (strstr (contents, "(corrected by hand)"));
      g_remove (path);
    }
  g_rmdir (dir);
}

/* The stretches of @pane's text that carry the tag @name, joined by "|". */
static char *
tagged (PlxArticlePane *pane,
        const char     *name)
{
  g_autoptr(GPtrArray) texts = plx_test_tagged_texts (pane, name);

  g_ptr_array_add (texts, NULL);

  return g_strjoinv ("|", (char **) texts->pdata);
}

/* Choosing a claim marks its speaker, cue and content in its pane, and its
 * counterpart's in the other; choosing another moves the marks. */
static void
test_marks (Fixture      *fixture,
            gconstpointer data)
{
  PlxComparison *comparison = comparison_of (fixture);
  PlxArticlePane *a = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_A);
  PlxArticlePane *b = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B);
  int index = find_claim (comparison, PLX_SIDE_A, "Yuri Ushakov", "quoted as saying");
  GtkListBox *list = plx_parties_panel_get_list (fixture->panel);
  g_autofree char *speaker_a = NULL;
  g_autofree char *cue_a = NULL;
  g_autofree char *cue_b = NULL;
  g_autofree char *content_b = NULL;
  g_autofree char *after = NULL;

  g_signal_emit_by_name (list, "row-activated", claim_row (fixture, PLX_SIDE_A, index));
  speaker_a = tagged (a, "claim-speaker");
  cue_a = tagged (a, "claim-cue");
  cue_b = tagged (b, "claim-cue");
  content_b = tagged (b, "claim-content");
  g_assert_cmpstr (speaker_a, ==, "Yuri Ushakov");
  g_assert_true (g_str_has_prefix (cue_a, "quoted"));
  g_assert_cmpstr (cue_b, ==, "confirmed");
  g_assert_true (g_str_has_prefix (content_b, "this initiative"));
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "claim-content"), ==, 1);

  /* Another claim, with no counterpart: B has no marks left. */
  index = find_claim (comparison, PLX_SIDE_A, "Moscow", "clings");
  g_signal_emit_by_name (list, "row-activated", claim_row (fixture, PLX_SIDE_A, index));
  after = tagged (a, "claim-cue");
  g_assert_cmpstr (after, ==, "clings");
  g_assert_cmpuint (plx_article_pane_count_tagged (a, "claim-speaker"), ==, 1);
  g_assert_cmpuint (plx_article_pane_count_tagged (b, "claim-cue"), ==, 0);
  g_assert_cmpuint (plx_article_pane_count_tagged (b, "claim-content"), ==, 0);
}

/* Screenshots. */

static gboolean
popover_shown (gpointer data)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (data));

  return popover != NULL && gtk_widget_get_mapped (popover) &&
         gtk_widget_get_width (popover) > 0;
}

static gboolean
popover_hidden (gpointer data)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (data));

  return popover == NULL || !gtk_widget_get_mapped (popover);
}

/* The claim menu open in the panel, and a chosen claim's marks, at 900 and
 * 1280 pixels, light and dark. */
static void
test_screenshots (void)
{
  static const int widths[] = { 900, 1280 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      {
        Fixture fixture = { NULL };
        PlxComparison *comparison;
        GtkWidget *row;
        GtkWidget *button;
        g_autofree char *marks = NULL;
        g_autofree char *menu = NULL;
        int index;

        adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                            dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                 : ADW_COLOR_SCHEME_FORCE_LIGHT);
        open_window (&fixture, widths[w]);
        comparison = comparison_of (&fixture);
        /* One corrected claim, at the top of the panel. */
        {
          g_autoptr(PlxClaimEdit) edit = plx_claim_edit_new (
            PLX_CLAIM_EDIT_SPEAKER, PLX_SIDE_A,
            claim_at (comparison, PLX_SIDE_A,
                      find_claim (comparison, PLX_SIDE_A, "Washington", "proposed")));

          edit->speaker_name = g_strdup ("The US administration");
          g_assert_true (plx_comparison_edit_claim (comparison, edit, NULL));
        }
        index = find_claim (comparison, PLX_SIDE_A, "Yuri Ushakov", "quoted as saying");
        row = claim_row (&fixture, PLX_SIDE_A, index);
        g_signal_emit_by_name (plx_parties_panel_get_list (fixture.panel), "row-activated", row);
        gtk_list_box_select_row (plx_parties_panel_get_list (fixture.panel),
                                 GTK_LIST_BOX_ROW (row));
        plx_test_wait_until (plx_test_window_idle, fixture.window);
        plx_test_wait_until (plx_test_stack_settled, fixture.window);
        plx_test_wait_for_draw (GTK_WIDGET (fixture.window));
        marks = g_strdup_printf ("parallax-claim-marks-%d%s.png", widths[w], dark ? "-dark" : "");
        plx_test_save_png (GTK_WIDGET (fixture.window), NULL, marks);

        button = menu_button (row);
        gtk_menu_button_popup (GTK_MENU_BUTTON (button));
        plx_test_wait_until (popover_shown, button);
        plx_test_wait_for_draw (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))));
        menu = g_strdup_printf ("parallax-claim-menu-%d%s.png", widths[w], dark ? "-dark" : "");
        plx_test_save_png_with_popover (
          GTK_WIDGET (fixture.window),
          GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), menu);
        gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
        plx_test_wait_until (popover_hidden, button);
        let_popover_settle ();

        /* The dialog that adds a claim from a selection. */
        if (widths[w] == 1280)
          {
            AdwMessageDialog *dialog;
            g_autofree char *add = g_strdup_printf ("parallax-claim-add%s.png",
                                                    dark ? "-dark" : "");

            select_words (plx_comparison_view_get_pane (fixture.view, PLX_SIDE_A),
                          "Washington’s desire to break this deadlock");
            g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view),
                                                       "view.add-claim", NULL));
            dialog = plx_test_find_message_dialog ();
            plx_test_wait_for_draw (GTK_WIDGET (dialog));
            plx_test_save_png (GTK_WIDGET (dialog), NULL, add);
            plx_test_answer_dialog ("cancel");
          }
        plx_test_window_close (fixture.window);
      }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/claim-corrections/remove", Fixture, NULL, fixture_setup, test_remove,
              fixture_teardown);
  g_test_add ("/gui/claim-corrections/change-speaker", Fixture, NULL, fixture_setup,
              test_change_speaker, fixture_teardown);
  g_test_add ("/gui/claim-corrections/move-party", Fixture, NULL, fixture_setup, test_move_party,
              fixture_teardown);
  g_test_add ("/gui/claim-corrections/add-from-selection", Fixture, NULL, fixture_setup,
              test_add_from_selection, fixture_teardown);
  g_test_add ("/gui/claim-corrections/session-round-trip", Fixture, NULL, fixture_setup,
              test_session_round_trip, fixture_teardown);
  g_test_add ("/gui/claim-corrections/reanalysis", Fixture, NULL, fixture_setup, test_reanalysis,
              fixture_teardown);
  g_test_add ("/gui/claim-corrections/report", Fixture, NULL, fixture_setup, test_report,
              fixture_teardown);
  g_test_add ("/gui/claim-corrections/marks", Fixture, NULL, fixture_setup, test_marks,
              fixture_teardown);
  g_test_add_func ("/gui/claim-corrections/screenshots", test_screenshots);

  return plx_test_run (app);
}
