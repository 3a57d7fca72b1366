/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes in the window: a journalist writes a note on a link, on a sentence
 * and on a claim; each shows (a mark in the pane's margin, the note in the
 * details bar, under the claim in the panel, in the Notes window), undoes,
 * survives a save and an open of the session and a run with other
 * settings, and is in the exported report. A session with hostile notes
 * opens with a message. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test.h"
#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-notes.h"
#include "plx-parties-panel.h"
#include "plx-report.h"
#include "plx-window.h"

#define LINK_NOTE     "Checked with the agency wire."
#define SENTENCE_NOTE "Ask the ministry <b>who</b> said this & when."
#define CLAIM_NOTE    "Quote confirmed by phone."

static PlxApplication *app;

typedef struct
{
  PlxWindow         *window;
  PlxComparisonView *view;
  char              *failed; /* the last message the window showed */
} Fixture;

static void
load_failed_cb (PlxWindow  *window,
                const char *message,
                Fixture    *fixture)
{
  g_free (fixture->failed);
  fixture->failed = g_strdup (message);
}

static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->window = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 760);
  g_signal_connect (fixture->window, "load-failed", G_CALLBACK (load_failed_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->view = (PlxComparisonView *) plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                             PLX_TYPE_COMPARISON_VIEW, NULL, NULL);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  open_window (fixture, data != NULL ? GPOINTER_TO_INT (data) : 1280);
  g_assert_true (plx_window_open_sample (fixture->window, &error));
  g_assert_no_error (error);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    plx_test_window_close (fixture->window);
  g_clear_pointer (&fixture->failed, g_free);
}

static PlxNotes *
notes_of (Fixture *fixture)
{
  return plx_comparison_get_notes (plx_window_get_comparison (fixture->window));
}

/* The note dialog the window shows now, or NULL. */
static AdwMessageDialog *
find_dialog (Fixture *fixture)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (fixture->window))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog (data) != NULL;
}

/* Writes @text into the dialog that is open, as a person types it, and
 * answers @response. */
static void
answer_dialog (Fixture    *fixture,
               const char *text,
               const char *response)
{
  AdwMessageDialog *dialog;
  GtkWidget *editor;

  plx_test_wait_until (dialog_shown, fixture);
  dialog = find_dialog (fixture);
  editor = plx_test_find_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_TEXT_VIEW,
                                 NULL, NULL);
  g_assert_nonnull (editor);
  /* The text is where typing goes. */
  g_assert_true (gtk_widget_has_focus (editor));
  if (text != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  plx_test_wait_until (plx_test_window_idle, fixture->window);
}

/* How many pixels of the margin of pane @side the note marks take. */
static guint
gutter_pixels (Fixture *fixture,
               PlxSide  side)
{
  PlxArticlePane *pane = plx_comparison_view_get_pane (fixture->view, side);
  GtkWidget *gutter = gtk_text_view_get_gutter (plx_article_pane_get_view (pane),
                                                GTK_TEXT_WINDOW_RIGHT);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width;
  int height;
  guint drawn = 0;

  g_assert_nonnull (gutter);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  width = gtk_widget_get_width (gutter);
  height = gtk_widget_get_height (gutter);
  g_assert_cmpint (width, >, 0);
  paintable = gtk_widget_paintable_new (gutter);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (gutter)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  /* The margin has a background; marks are what differs from it. */
  for (gsize i = 0; i < (gsize) width * height; i++)
    drawn += ((guint32 *) pixels)[i] != ((guint32 *) pixels)[0];

  return drawn;
}

/* The note on the link in focus, written from the details bar's button. */
static void
add_link_note (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_assert_true (gtk_widget_activate_action (view, "view.next-change", NULL));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), >=, 0);
  g_assert_true (gtk_widget_activate_action (view, "view.note", NULL));
  answer_dialog (fixture, LINK_NOTE, "save");
}

/* The note on a sentence only one article has, from the panes' menu. */
static void
add_sentence_note (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_assert_true (gtk_widget_activate_action (view, "view.next-unmatched", NULL));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), <, 0);
  g_assert_true (gtk_widget_activate_action (view, "view.note-sentence", NULL));
  answer_dialog (fixture, SENTENCE_NOTE, "save");
}

static gboolean
is_note_button (GtkWidget    *widget,
                gconstpointer data)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                    "panel.note-claim") == 0;
}

static GtkWidget *
first_claim_row (Fixture *fixture)
{
  GtkWidget *panel = plx_test_find_widget (GTK_WIDGET (fixture->window), PLX_TYPE_PARTIES_PANEL,
                                           NULL, NULL);
  GtkListBox *list = plx_parties_panel_get_list (PLX_PARTIES_PANEL (panel));

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i));

      if (plx_test_find_widget (row, GTK_TYPE_BUTTON, is_note_button, NULL) != NULL)
        return row;
    }

  return NULL;
}

/* The note on the first claim: the button of its row, then Ctrl+M on the
 * row to read it again. */
static gboolean
flap_hidden (gpointer flap)
{
  return adw_flap_get_reveal_progress (flap) == 0;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
add_claim_note (Fixture *fixture)
{
  AdwFlap *flap = ADW_FLAP (plx_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_FLAP,
                                                  NULL, NULL));
  GtkWidget *row = first_claim_row (fixture);
  GtkWidget *button;

  /* In a narrow window the panel is folded away: shown, as F9 shows it. */
  adw_flap_set_reveal_flap (flap, TRUE);
  g_assert_nonnull (row);
  button = plx_test_find_widget (row, GTK_TYPE_BUTTON, is_note_button, NULL);
  plx_test_wait_until (is_mapped, button);
  g_assert_true (gtk_widget_activate (button));
  answer_dialog (fixture, CLAIM_NOTE, "save");

  /* The panel showed its rows again: the first one has the note now. */
  row = first_claim_row (fixture);
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_activate_action (row, "panel.note-focused-claim", NULL));
  plx_test_wait_until (dialog_shown, fixture);
  g_assert_cmpstr (adw_message_dialog_get_heading (find_dialog (fixture)), ==, "Edit Note");
  answer_dialog (fixture, NULL, "cancel");
  if (adw_flap_get_folded (flap))
    {
      adw_flap_set_reveal_flap (flap, FALSE);
      plx_test_wait_until (flap_hidden, flap);
    }
}

static gboolean
label_with (GtkWidget    *widget,
            gconstpointer text)
{
  return strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The three notes are there, and a person can see each. */
static void
assert_notes_shown (Fixture *fixture)
{
  PlxNotes *notes = notes_of (fixture);
  GtkWidget *panel = plx_test_find_widget (GTK_WIDGET (fixture->window), PLX_TYPE_PARTIES_PANEL,
                                           NULL, NULL);
  guint kinds = 0;

  g_assert_cmpuint (plx_notes_get_n (notes), ==, 3);
  for (guint i = 0; i < 3; i++)
    kinds |= 1u << plx_notes_get (notes, i)->anchor;
  g_assert_cmpuint (kinds, ==, 7);

  /* The claim's note under its words in the panel. */
  g_assert_nonnull (plx_test_find_widget (panel, GTK_TYPE_LABEL, label_with, CLAIM_NOTE));

  /* The link's note in the details bar when it has the focus, and marks in
   * both margins. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.next-change", NULL);
  g_assert_true (plx_comparison_view_show_note (fixture->view, 0) ||
                 plx_comparison_view_show_note (fixture->view, 1) ||
                 plx_comparison_view_show_note (fixture->view, 2));
  for (guint i = 0; i < 3; i++)
    if (plx_notes_get (notes, i)->anchor == PLX_NOTE_LINK)
      {
        g_assert_true (plx_comparison_view_show_note (fixture->view, i));
        g_assert_nonnull (strstr (plx_comparison_view_get_details (fixture->view), LINK_NOTE));
        g_assert_cmpuint (gutter_pixels (fixture, PLX_SIDE_A), >, 10);
        g_assert_cmpuint (gutter_pixels (fixture, PLX_SIDE_B), >, 10);
      }
    else if (plx_notes_get (notes, i)->anchor == PLX_NOTE_SENTENCE)
      {
        g_assert_true (plx_comparison_view_show_note (fixture->view, i));
        g_assert_nonnull (strstr (plx_comparison_view_get_details (fixture->view), SENTENCE_NOTE));
        g_assert_cmpuint (gutter_pixels (fixture, plx_notes_get (notes, i)->side), >, 10);
      }
}

static void
add_three_notes (Fixture *fixture)
{
  add_link_note (fixture);
  add_sentence_note (fixture);
  add_claim_note (fixture);
}

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  /* No marks before there are notes. */
  g_assert_cmpuint (gutter_pixels (fixture, PLX_SIDE_A), ==, 0);
  add_three_notes (fixture);
  assert_notes_shown (fixture);
  g_assert_true (plx_window_has_unsaved_changes (fixture->window));
}

/* Editing and removing from the dialog; each undoes with Ctrl+Z. */
static void
test_edit_undo (Fixture      *fixture,
                gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  PlxNotes *notes;

  add_link_note (fixture);
  notes = notes_of (fixture);
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, LINK_NOTE);

  gtk_widget_activate_action (view, "view.note", NULL);
  answer_dialog (fixture, "Rewritten.", "save");
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "Rewritten.");

  gtk_widget_activate_action (view, "view.note", NULL);
  answer_dialog (fixture, NULL, "remove");
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 0);
  g_assert_null (strstr (plx_comparison_view_get_details (fixture->view), "Rewritten."));

  gtk_widget_activate_action (view, "view.undo", NULL);
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 1);
  g_assert_nonnull (strstr (plx_comparison_view_get_details (fixture->view), "Rewritten."));
  gtk_widget_activate_action (view, "view.undo", NULL);
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, LINK_NOTE);

  /* Cancel changes nothing. */
  gtk_widget_activate_action (view, "view.note", NULL);
  answer_dialog (fixture, "Not this.", "cancel");
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, LINK_NOTE);

  /* Ctrl+M with the keyboard in the side panel, not on a claim: the note
   * of the link in focus, as anywhere in the window. */
  {
    GtkWidget *panel = plx_test_find_widget (GTK_WIDGET (fixture->window),
                                             PLX_TYPE_PARTIES_PANEL, NULL, NULL);
    GtkWidget *party_menu = plx_test_find_widget (panel, GTK_TYPE_MENU_BUTTON, NULL, NULL);

    g_assert_nonnull (party_menu);
    gtk_widget_grab_focus (party_menu);
    g_assert_true (gtk_widget_activate_action (party_menu, "panel.note-focused-claim", NULL));
    plx_test_wait_until (dialog_shown, fixture);
    g_assert_cmpstr (adw_message_dialog_get_heading (find_dialog (fixture)), ==, "Edit Note");
    answer_dialog (fixture, NULL, "cancel");
  }
}

typedef struct
{
  PlxArticlePane *pane;
  guint           sentence;
} Shown;

/* Whether the sentence is where a person can click it. */
static gboolean
sentence_shown (gpointer data)
{
  Shown *shown = data;
  GtkWidget *view = GTK_WIDGET (plx_article_pane_get_view (shown->pane));
  double top;
  double bottom;

  return plx_article_pane_get_sentence_y (shown->pane, shown->sentence, view, &top, &bottom) &&
         top >= 0 && bottom <= gtk_widget_get_height (view);
}

/* A right click on a sentence of B, then "Note on Sentence…" from the
 * menu: the note is on the sentence clicked, whatever has the focus. */
static void
test_context_menu (Fixture      *fixture,
                   gconstpointer data)
{
  PlxArticlePane *pane = plx_comparison_view_get_pane (fixture->view, PLX_SIDE_B);
  GtkTextView *text_view = plx_article_pane_get_view (pane);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (text_view));
  GtkGesture *click = NULL;
  g_autoptr(GArray) targets = NULL;
  double top;
  double bottom;
  const guint sentence = 2;

  /* The panes' menu offers notes. */
  {
    GMenuModel *menu = gtk_text_view_get_extra_menu (text_view);
    gboolean found = FALSE;

    for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
      {
        GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
        g_autofree char *action = NULL;

        if (section != NULL &&
            g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action))
          found |= g_strcmp0 (action, "view.note-sentence") == 0;
        g_clear_object (&section);
      }
    g_assert_true (found);
  }

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == 0)
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);

  /* The first link has the focus; the click is on another sentence. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.next-change", NULL);
  g_assert_true (plx_article_pane_get_sentence_y (pane, sentence, GTK_WIDGET (text_view), &top,
                                                  &bottom));
  g_signal_emit_by_name (click, "pressed", 1, 80.0, (top + bottom) / 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.note-sentence",
                                             NULL));
  answer_dialog (fixture, SENTENCE_NOTE, "save");

  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 1);
  g_assert_cmpint (plx_notes_get (notes_of (fixture), 0)->anchor, ==, PLX_NOTE_SENTENCE);
  g_assert_cmpint (plx_notes_get (notes_of (fixture), 0)->side, ==, PLX_SIDE_B);
  targets = plx_notes_resolve (notes_of (fixture), plx_window_get_comparison (fixture->window));
  g_assert_cmpint (g_array_index (targets, int, 0), ==, sentence);
  g_assert_cmpuint (gutter_pixels (fixture, PLX_SIDE_B), >, 10);
  g_clear_pointer (&targets, g_array_unref);

  /* "Note on Link…" on a sentence of a link shown, not the one in focus:
   * that link's note. */
  {
    PlxComparison *comparison = plx_window_get_comparison (fixture->window);
    int focus = plx_comparison_view_get_focus (fixture->view);
    guint last = G_MAXUINT;
    guint link_start;

    for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
      {
        Shown shown = { pane, plx_comparison_get_link (comparison, k)->b_start };

        if ((int) k != focus && sentence_shown (&shown))
          last = k;
      }
    g_assert_cmpuint (last, !=, G_MAXUINT);
    link_start = plx_comparison_get_link (comparison, last)->b_start;
    g_assert_true (plx_article_pane_get_sentence_y (pane, link_start, GTK_WIDGET (text_view), &top,
                                                    &bottom));
    g_signal_emit_by_name (click, "pressed", 1, 80.0, (top + bottom) / 2);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.note-link",
                                               NULL));
    answer_dialog (fixture, LINK_NOTE, "save");
    g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 2);
    targets = plx_notes_resolve (notes_of (fixture), comparison);
    for (guint i = 0; i < 2; i++)
      if (plx_notes_get (notes_of (fixture), i)->anchor == PLX_NOTE_LINK)
        g_assert_cmpint (g_array_index (targets, int, i), ==, last);
  }
}

static gboolean
session_opened (gpointer data)
{
  Fixture *fixture = data;

  return plx_test_window_compared (fixture->window) &&
         plx_window_get_comparison (fixture->window) != NULL &&
         plx_notes_get_n (notes_of (fixture)) > 0;
}

static char *
export_report (Fixture        *fixture,
               const char     *dir,
               const char     *name,
               PlxReportFormat format)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) written = plx_test_export (fixture->window, file, format);
  char *contents = NULL;

  g_assert_nonnull (written);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);

  return contents;
}

static guint
count_rows (GtkWidget *list)
{
  guint rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    rows += ADW_IS_ACTION_ROW (row);

  return rows;
}

static gboolean
is_remove_button (GtkWidget    *widget,
                  gconstpointer data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Remove Note") == 0;
}

/* Saved, closed, opened again: the notes are back where they were, in the
 * list of notes and in the exported reports. */
static void
test_session (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-notes-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *html = NULL;
  GtkWidget *notes_window;
  GtkWidget *list;

  add_three_notes (fixture);
  g_assert_true (plx_window_save_session (fixture->window, file, &error));
  g_assert_no_error (error);
  plx_test_window_close (fixture->window);

  open_window (fixture, 1280);
  plx_window_open_session (fixture->window, file);
  plx_test_wait_until (session_opened, fixture);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  assert_notes_shown (fixture);
  g_assert_false (plx_window_has_unsaved_changes (fixture->window));

  /* The Notes window lists them all. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-notes", NULL));
  notes_window = plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_WIDGET, NULL, NULL);
  {
    GList *toplevels = gtk_window_list_toplevels ();

    notes_window = NULL;
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_WINDOW (l->data) && !PLX_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data) &&
          g_strcmp0 (gtk_window_get_title (l->data), "Notes") == 0)
        notes_window = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (notes_window);
  list = plx_test_find_widget (notes_window, GTK_TYPE_LIST_BOX, NULL, NULL);
  g_assert_cmpuint (count_rows (list), ==, 3);
  g_assert_nonnull (plx_test_find_widget (notes_window, GTK_TYPE_LABEL, label_with, SENTENCE_NOTE));

  /* Removed from the list, and back with the toast's Undo. */
  g_signal_emit_by_name (plx_test_find_widget (notes_window, GTK_TYPE_BUTTON, is_remove_button,
                                               NULL),
                         "clicked");
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 2);
  g_assert_cmpuint (count_rows (list), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-edit", NULL));
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 3);
  g_assert_cmpuint (count_rows (list), ==, 3);
  gtk_window_close (GTK_WINDOW (notes_window));

  json = export_report (fixture, dir, "report.json", PLX_REPORT_JSON);
  g_assert_nonnull (strstr (json, "\"notes\""));
  g_assert_nonnull (strstr (json, LINK_NOTE));
  g_assert_nonnull (strstr (json, CLAIM_NOTE));
  html = export_report (fixture, dir, "report.html", PLX_REPORT_HTML);
  g_assert_nonnull (strstr (html, "who&lt;/b&gt; said this &amp; when"));
  g_assert_null (strstr (html, "<b>who</b>"));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  Fixture       *fixture;
  PlxComparison *old; /* weak: NULL once the comparison shown before is gone */
} Rerun;

static void
watch_comparison (Rerun   *rerun,
                  Fixture *fixture)
{
  rerun->fixture = fixture;
  rerun->old = plx_window_get_comparison (fixture->window);
  g_object_add_weak_pointer (G_OBJECT (rerun->old), (gpointer *) &rerun->old);
}

static gboolean
compared_again (gpointer data)
{
  Rerun *rerun = data;

  return rerun->old == NULL && plx_test_window_compared (rerun->fixture->window);
}

/* The comparison runs again with another sensitivity: the notes stay. */
static void
test_rerun (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  double sensitivity = g_settings_get_double (settings, "sensitivity");
  Rerun rerun;

  add_three_notes (fixture);
  watch_comparison (&rerun, fixture);
  g_settings_set_double (settings, "sensitivity", sensitivity > 0.5 ? 0.45 : 0.55);
  plx_test_wait_until (compared_again, &rerun);
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 3);
  g_assert_nonnull (plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL,
                                          label_with, CLAIM_NOTE));
  watch_comparison (&rerun, fixture);
  g_settings_reset (settings, "sensitivity");
  plx_test_wait_until (compared_again, &rerun);

  /* The articles swap sides: the notes go with them. */
  watch_comparison (&rerun, fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.swap", NULL));
  plx_test_wait_until (compared_again, &rerun);
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 3);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
  assert_notes_shown (fixture);
}

static gboolean
comparison_replaced (gpointer data)
{
  return *(PlxComparison **) data == NULL;
}

/* A session whose notes are thousands, binary or past the end of their
 * article opens, keeps what it can and says what it left out. */
static void
test_hostile_session (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-notes-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GString) hostile = NULL;
  char *notes_member;
  PlxComparison *before = NULL;

  add_sentence_note (fixture);
  g_assert_true (plx_window_save_session (fixture->window, file, &error));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  notes_member = strstr (saved, "\"notes\" : [");
  g_assert_nonnull (notes_member);
  notes_member += strlen ("\"notes\" : [");

  hostile = g_string_new_len (saved, notes_member - saved);
  for (guint i = 0; i < PLX_NOTES_MAX + 20; i++)
    g_string_append_printf (hostile, "{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", "
                            "\"start\": %u, \"end\": %u}], \"text\": \"%s\"},",
                            1000000 + i, 1000001 + i, i % 2 ? "far away" : "\\u0001\\u0002");
  g_string_append (hostile, notes_member);
  g_assert_true (g_file_set_contents (path, hostile->str, hostile->len, NULL));

  g_clear_pointer (&fixture->failed, g_free);
  before = plx_window_get_comparison (fixture->window);
  g_object_add_weak_pointer (G_OBJECT (before), (gpointer *) &before);
  plx_window_open_session (fixture->window, file);
  plx_test_wait_until (comparison_replaced, &before);
  plx_test_wait_until (session_opened, fixture);
  /* The real note stays; the others went, and the window said so. */
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 1);
  g_assert_cmpstr (plx_notes_get (notes_of (fixture), 0)->text, ==, SENTENCE_NOTE);
  g_assert_nonnull (fixture->failed);
  g_assert_nonnull (strstr (fixture->failed, "could not be kept"));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  Fixture    *fixture;
  const char *expected; /* in article A once reloaded */
} Reloaded;

static gboolean
reloaded (gpointer data)
{
  Reloaded *r = data;
  PlxArticle *article = plx_window_get_article (r->fixture->window, PLX_SIDE_A);
  PlxComparison *comparison = plx_window_get_comparison (r->fixture->window);

  return article != NULL && strstr (plx_article_get_text (article), r->expected) != NULL &&
         !plx_window_is_loading (r->fixture->window) && comparison != NULL &&
         plx_comparison_get_article (comparison, PLX_SIDE_A) == article;
}

static gboolean
failed (gpointer data)
{
  return ((Fixture *) data)->failed != NULL;
}

static char *
sample_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  return text;
}

static gboolean
opened_from_file (gpointer data)
{
  Fixture *fixture = data;
  PlxArticle *a = plx_window_get_article (fixture->window, PLX_SIDE_A);
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);

  return a != NULL && plx_article_get_file (a) != NULL && comparison != NULL &&
         plx_comparison_get_article (comparison, PLX_SIDE_A) == a &&
         plx_test_window_compared (fixture->window);
}

/* An article opened from a file changes: a note follows its words to
 * where they now stand, and goes, with a message, when they are gone. */
static void
test_reload (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-notes-XXXXXX", NULL);
  g_autofree char *path_a = g_build_filename (dir, "kremlin-a.txt", NULL);
  g_autofree char *path_b = g_build_filename (dir, "kremlin-b.txt", NULL);
  g_autofree char *text_a = sample_text ("kremlin-a.txt");
  g_autofree char *text_b = sample_text ("kremlin-b.txt");
  g_autofree char *moved = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *cut = NULL;
  GFile *files[2];
  PlxNote anchor = { 0 };
  PlxComparison *comparison;
  const PlxNote *note;
  Reloaded r = { fixture, "An editor's line added above." };
  char *at;

  g_assert_true (g_file_set_contents (path_a, text_a, -1, NULL));
  g_assert_true (g_file_set_contents (path_b, text_b, -1, NULL));
  files[0] = g_file_new_for_path (path_a);
  files[1] = g_file_new_for_path (path_b);
  plx_window_open_files (fixture->window, files, 2);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  plx_test_wait_until (plx_test_window_compared, fixture->window);
  plx_test_wait_until (opened_from_file, fixture);

  /* A note on A's third sentence, written as in the panes. */
  comparison = plx_window_get_comparison (fixture->window);
  g_assert_true (plx_note_init_sentence (&anchor, comparison, PLX_SIDE_A, 2));
  quote = g_strdup (anchor.quote[PLX_SIDE_A]);
  g_assert_true (plx_comparison_set_note (comparison, &anchor, SENTENCE_NOTE));
  plx_note_clear (&anchor);

  /* A paragraph added at the top: the note moves down with its words. */
  moved = g_strdup_printf ("An editor's line added above.\n\n%s", text_a);
  g_assert_true (g_file_set_contents (path_a, moved, -1, NULL));
  plx_test_wait_until (reloaded, &r);
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 1);
  note = plx_notes_get (notes_of (fixture), 0);
  g_assert_cmpstr (note->quote[PLX_SIDE_A], ==, quote);
  g_assert_cmpuint (note->start[PLX_SIDE_A], >, strlen ("An editor's line added above."));
  g_assert_nonnull (plx_report_comparison (plx_window_get_comparison (fixture->window),
                                           PLX_REPORT_JSON, NULL));

  /* Its sentence taken out: the note goes, and the window says so. */
  cut = g_strdup (moved);
  at = strstr (cut, quote);
  g_assert_nonnull (at);
  memmove (at, at + strlen (quote), strlen (at + strlen (quote)) + 1);
  r.expected = "An editor's line added above.";
  g_clear_pointer (&fixture->failed, g_free);
  g_assert_true (g_file_set_contents (path_a, cut, -1, NULL));
  plx_test_wait_until (reloaded, &r);
  plx_test_wait_until (failed, fixture);
  g_assert_nonnull (strstr (fixture->failed, "could not be kept"));
  g_assert_cmpuint (plx_notes_get_n (notes_of (fixture)), ==, 0);

  g_unlink (path_a);
  g_unlink (path_b);
  g_rmdir (dir);
}

/* Pictures for a person to look at: the link's note in the details bar,
 * marks in the margins, the claim's note in the panel; light and dark. */
static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  int width = GPOINTER_TO_INT (data);
  PlxNotes *notes;

  add_three_notes (fixture);
  notes = notes_of (fixture);
  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    if (plx_notes_get (notes, i)->anchor == PLX_NOTE_LINK)
      plx_comparison_view_show_note (fixture->view, i);
  plx_test_wait_until (plx_test_window_idle, fixture->window);

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *name = g_strdup_printf ("parallax-notes-%d%s.png", width,
                                               dark ? "-dark" : "");

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
      plx_test_save_png (GTK_WIDGET (fixture->window), NULL, name);
      if (width == 1280)
        {
          GtkWidget *list = plx_window_show_notes (fixture->window);
          g_autofree char *list_name = g_strdup_printf ("parallax-notes-list%s.png",
                                                        dark ? "-dark" : "");

          plx_test_wait_for_draw (list);
          plx_test_save_png (list, NULL, list_name);
          gtk_window_close (GTK_WINDOW (list));

          /* The dialog that edits the focused link's note. */
          {
            g_autofree char *dialog_name = g_strdup_printf ("parallax-note-dialog%s.png",
                                                            dark ? "-dark" : "");
            AdwMessageDialog *dialog;

            gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.note", NULL);
            plx_test_wait_until (dialog_shown, fixture);
            dialog = find_dialog (fixture);
            plx_test_wait_for_draw (GTK_WIDGET (dialog));
            plx_test_save_png (GTK_WIDGET (dialog), NULL, dialog_name);
            adw_message_dialog_response (dialog, "cancel");
            gtk_window_close (GTK_WINDOW (dialog));
            plx_test_wait_until (plx_test_window_idle, fixture->window);
          }
        }
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/notes/add", Fixture, NULL, fixture_setup, test_add, fixture_teardown);
  g_test_add ("/gui/notes/context-menu", Fixture, NULL, fixture_setup, test_context_menu,
              fixture_teardown);
  g_test_add ("/gui/notes/edit-undo", Fixture, NULL, fixture_setup, test_edit_undo,
              fixture_teardown);
  g_test_add ("/gui/notes/session", Fixture, NULL, fixture_setup, test_session, fixture_teardown);
  g_test_add ("/gui/notes/rerun", Fixture, NULL, fixture_setup, test_rerun, fixture_teardown);
  g_test_add ("/gui/notes/hostile-session", Fixture, NULL, fixture_setup, test_hostile_session,
              fixture_teardown);
  g_test_add ("/gui/notes/reload", Fixture, NULL, fixture_setup, test_reload, fixture_teardown);
  g_test_add ("/gui/notes/screenshot-900", Fixture, GINT_TO_POINTER (900), fixture_setup,
              test_screenshot, fixture_teardown);
  g_test_add ("/gui/notes/screenshot-1280", Fixture, GINT_TO_POINTER (1280), fixture_setup,
              test_screenshot, fixture_teardown);

  return plx_test_run (app);
}
