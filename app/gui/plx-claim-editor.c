/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Correcting claims by hand: the dialogs that add a missed claim from a
 * selection in an article and change a claim's speaker, and the toast that
 * says what was done and offers to undo it. Each correction is one edit of
 * the comparison (plx_comparison_edit_claim()), undone with the others. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "plx-claim-editor.h"
#include "plx-display-text.h"

/* Characters of a selection the dialog shows as a claim's words. */
#define MAX_SHOWN_CHARS 2000

/* A toast's Undo is for its own edit only: once the comparison changed
 * again, the button does nothing. (Dismissing the toast then would be
 * neater, but libadwaita 1.2 can free a toast dismissed during its
 * animation twice.) */
static void
changed_cb (PlxComparison *comparison,
            AdwToast      *toast)
{
  g_signal_handlers_disconnect_by_func (comparison, changed_cb, toast);
  g_object_set_data (G_OBJECT (toast), "stale", GINT_TO_POINTER (TRUE));
}

static void
undo_clicked_cb (AdwToast      *toast,
                 PlxComparison *comparison)
{
  g_signal_handlers_disconnect_by_func (comparison, changed_cb, toast);
  if (g_object_get_data (G_OBJECT (toast), "stale") == NULL && plx_comparison_is_done (comparison))
    plx_comparison_undo (comparison);
}

/**
 * plx_claim_editor_toast:
 * @comparison: (nullable): the comparison whose newest edit the toast's
 *   Undo takes back, or %NULL for a toast without Undo
 *
 * Says @message in a toast of @widget's window.
 */
void
plx_claim_editor_toast (GtkWidget     *widget,
                        PlxComparison *comparison,
                        const char    *message)
{
  gboolean undo = comparison != NULL;
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (message);
  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), comparison,
                               0);
      g_signal_connect_object (comparison, "changed", G_CALLBACK (changed_cb), toast, 0);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * plx_claim_editor_tell:
 *
 * Says @message in a toast of @widget's window.
 */
void
plx_claim_editor_tell (GtkWidget  *widget,
                       const char *message)
{
  gtk_widget_error_bell (widget);
  plx_claim_editor_toast (widget, NULL, message);
}

/**
 * plx_claim_editor_apply:
 * @widget: a widget of the window, for its toasts
 * @done: (nullable): what the toast says once @edit is made, with Undo
 *
 * Makes @edit, or tells why it could not be made.
 *
 * Returns: whether @edit was made
 */
gboolean
plx_claim_editor_apply (GtkWidget          *widget,
                        PlxComparison      *comparison,
                        const PlxClaimEdit *edit,
                        const char         *done)
{
  g_autoptr(GError) error = NULL;

  if (!plx_comparison_is_done (comparison))
    {
      gtk_widget_error_bell (widget);
      return FALSE;
    }
  if (!plx_comparison_edit_claim (comparison, edit, &error))
    {
      gtk_widget_error_bell (widget);
      plx_claim_editor_toast (widget, NULL, error->message);
      return FALSE;
    }
  if (done != NULL)
    plx_claim_editor_toast (widget, comparison, done);

  return TRUE;
}

/* Where @words first are in characters [@from, @to) of @article. */
static gboolean
find_words (PlxArticle *article,
            guint       from,
            guint       to,
            const char *words,
            PlxSpan    *span)
{
  const char *text = plx_article_get_text (article);
  const char *start = g_utf8_offset_to_pointer (text, from);
  const char *end = g_utf8_offset_to_pointer (start, to - from);
  g_autofree char *stripped = g_strstrip (g_strdup (words));
  const char *found;

  if (stripped[0] == '\0')
    return FALSE;
  found = g_strstr_len (start, end - start, stripped);
  if (found == NULL)
    return FALSE;
  span->start = from + g_utf8_strlen (start, found - start);
  span->end = span->start + g_utf8_strlen (stripped, -1);

  return TRUE;
}

/* A speaker's name in the text, as shown or without the affiliation
 * shown after it ("Rep. Gregory Meeks (Democrat, N.Y.)" is written
 * "Rep. Gregory Meeks, D-N.Y."). */
static gboolean
find_speaker (PlxArticle *article,
              guint       from,
              guint       to,
              const char *name,
              PlxSpan    *span)
{
  g_autofree char *bare = plx_claim_name_without_affiliation (name);

  return find_words (article, from, to, name, span) || find_words (article, from, to, bare, span);
}

/* The characters of the sentences that [@start, @end) touches. */
static PlxSpan
sentences_around (PlxArticle *article,
                  guint       start,
                  guint       end)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  PlxSpan span = { start, end };

  for (guint i = 0; i < n && sentences[i].start < MAX (end, start + 1); i++)
    if (sentences[i].end > start)
      {
        span.start = MIN (span.start, sentences[i].start);
        span.end = MAX (span.end, sentences[i].end);
      }

  return span;
}

/* A dialog with a boxed list of rows under its heading. */
static AdwMessageDialog *
dialog_new (GtkWidget  *widget,
            const char *heading,
            const char *body,
            const char *accept,
            GtkWidget  *list)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "accept", accept, NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, list);

  return dialog;
}

static GtkWidget *
entry_row (GtkWidget  *list,
           const char *title,
           const char *text,
           const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_widget_set_name (row, name);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

/* Adding a claim. */

typedef struct
{
  PlxComparison *comparison;
  PlxSide        side;
  PlxSpan        selection;
  GtkWidget     *widget;
  GtkEditable   *speaker;
  GtkEditable   *cue;
  GtkEditable   *content;
  AdwComboRow   *party;
  GPtrArray     *party_ids;
} AddClaim;

static void
add_claim_free (gpointer data)
{
  AddClaim *add = data;

  g_clear_object (&add->comparison);
  g_clear_object (&add->widget);
  g_clear_pointer (&add->party_ids, g_ptr_array_unref);
  g_free (add);
}

static PlxClaimEdit *
add_claim_edit (AddClaim *add)
{
  PlxArticle *article = plx_comparison_get_article (add->comparison, add->side);
  PlxClaimEdit *edit = plx_claim_edit_new (PLX_CLAIM_EDIT_ADD, add->side, NULL);
  PlxSpan around = sentences_around (article, add->selection.start, add->selection.end);
  const char *speaker = gtk_editable_get_text (add->speaker);
  const char *cue = gtk_editable_get_text (add->cue);
  guint party = adw_combo_row_get_selected (add->party);

  /* Words found in the sentence are spans; others were typed. */
  if (!find_words (article, add->selection.start, add->selection.end,
                   gtk_editable_get_text (add->content), &edit->content))
    edit->content = add->selection;
  if (!find_speaker (article, around.start, around.end, speaker, &edit->speaker))
    edit->speaker.start = edit->speaker.end = 0;
  edit->speaker_name = g_strstrip (g_strdup (speaker));
  if (!find_words (article, around.start, around.end, cue, &edit->cue))
    {
      edit->cue.start = edit->cue.end = 0;
      edit->verb = g_strstrip (g_strdup (cue));
    }
  if (party < add->party_ids->len)
    edit->party = g_strdup (g_ptr_array_index (add->party_ids, party));

  return edit;
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 AddClaim         *add)
{
  g_autoptr(PlxClaimEdit) edit = NULL;

  if (!g_str_equal (response, "accept") || !plx_comparison_is_done (add->comparison))
    return;

  edit = add_claim_edit (add);
  plx_claim_editor_apply (add->widget, add->comparison, edit, _("Claim added"));
}

/* What a missed claim most likely is: the cue of a reporting word in its
 * sentence outside the selection, and the speaker and party of the
 * nearest claim before it. */
static void
guess_claim (AddClaim    *add,
             const char **speaker,
             char       **cue,
             const char **party)
{
  GArray *claims = plx_comparison_get_claims (add->comparison, add->side);
  PlxArticle *article = plx_comparison_get_article (add->comparison, add->side);
  const char *text = plx_article_get_text (article);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  guint sentence = 0;
  const PlxToken *tokens;
  guint n;

  while (sentence + 1 < plx_article_get_n_sentences (article) &&
         sentences[sentence + 1].start <= add->selection.start)
    sentence++;

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);

      if (claim->content.start > add->selection.start)
        break;
      *speaker = claim->speaker_name;
      *party = claim->party;
    }

  tokens = plx_comparison_get_tokens (add->comparison, add->side, sentence, sentence + 1, &n);
  for (guint k = 0; k < n; k++)
    {
      guint at = sentences[sentence].start + g_utf8_strlen (text + sentences[sentence].byte_start,
                                               tokens[k].byte_start - sentences[sentence].byte_start);

      if ((tokens[k].tags & PLX_TAG_REPORTING_VERB) &&
          (at < add->selection.start || at >= add->selection.end))
        {
          *cue = g_strndup (text + tokens[k].byte_start, tokens[k].byte_end - tokens[k].byte_start);
          return;
        }
    }
}

static GtkWidget *
party_row (AddClaim   *add,
           const char *chosen)
{
  PlxParties *parties = plx_comparison_get_parties (add->comparison);
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  add->party_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *party = plx_parties_get (parties, p);

      if (g_strcmp0 (party->id, chosen) == 0 ||
          (chosen == NULL && g_str_equal (party->id, "other")))
        selected = add->party_ids->len;
      gtk_string_list_append (names, party->name);
      g_ptr_array_add (add->party_ids, g_strdup (party->id));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Party"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_widget_set_name (row, "party");
  g_object_unref (names);

  return row;
}

/**
 * plx_claim_editor_add:
 * @start: the start of the selection, in characters of the article
 * @end: its end
 *
 * Asks for the speaker, cue, words and party of a claim the analysis
 * missed, from a selection in an article, and adds it.
 */
void
plx_claim_editor_add (GtkWidget     *widget,
                      PlxComparison *comparison,
                      PlxSide        side,
                      guint          start,
                      guint          end)
{
  AddClaim *add = g_new0 (AddClaim, 1);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const char *text = plx_article_get_text (article);
  const char *from = g_utf8_offset_to_pointer (text, start);
  g_autofree char *selected = g_strndup (from, g_utf8_offset_to_pointer (from, end - start) - from);
  g_autofree char *shown = plx_display_text_shorten (g_strstrip (selected), MAX_SHOWN_CHARS);
  g_autofree char *cue = NULL;
  const char *speaker = NULL;
  const char *party = NULL;
  GtkWidget *list = gtk_list_box_new ();
  AdwMessageDialog *dialog;

  add->comparison = g_object_ref (comparison);
  add->widget = g_object_ref (widget);
  add->side = side;
  add->selection.start = start;
  add->selection.end = end;
  guess_claim (add, &speaker, &cue, &party);

  add->speaker = GTK_EDITABLE (entry_row (list, _("_Speaker"), speaker, "speaker"));
  add->cue = GTK_EDITABLE (entry_row (list, _("Reporting _words"), cue != NULL ? cue : _("said"),
                                      "cue"));
  add->content = GTK_EDITABLE (entry_row (list, _("What is _claimed"), shown, "content"));
  add->party = ADW_COMBO_ROW (party_row (add, party));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (add->party));

  dialog = dialog_new (widget, _("Add Claim"),
                       side == PLX_SIDE_A ? _("A claim the analysis missed in article A. A "
                                              "speaker or reporting words found in its sentence "
                                              "are marked in the text; others are kept as typed.")
                                          : _("A claim the analysis missed in article B. A "
                                              "speaker or reporting words found in its sentence "
                                              "are marked in the text; others are kept as typed."),
                       _("_Add"), list);
  g_object_set_data_full (G_OBJECT (dialog), "add-claim", add, add_claim_free);
  g_signal_connect (dialog, "response", G_CALLBACK (add_response_cb), add);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (add->speaker));
}

/* Changing a claim's speaker. */

static void
speaker_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkWidget        *widget)
{
  PlxComparison *comparison = g_object_get_data (G_OBJECT (dialog), "comparison");
  PlxClaimEdit *edit = g_object_get_data (G_OBJECT (dialog), "edit");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  PlxArticle *article;
  guint n;
  const PlxSentence *sentences;
  guint sentence = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "sentence"));

  if (!g_str_equal (response, "accept") || name[0] == '\0' || !plx_comparison_is_done (comparison))
    return;

  /* Words of the sentence are marked there; a name typed is not. */
  article = plx_comparison_get_article (comparison, edit->side);
  sentences = plx_article_get_sentences (article, &n);
  if (sentence >= n || !find_speaker (article, sentences[sentence].start, sentences[sentence].end,
                                      name, &edit->speaker))
    edit->speaker.start = edit->speaker.end = 0;
  g_free (edit->speaker_name);
  edit->speaker_name = g_steal_pointer (&name);
  plx_claim_editor_apply (widget, comparison, edit, _("Speaker changed"));
}

/**
 * plx_claim_editor_change_speaker:
 * @index: a claim of @side
 *
 * Asks for the speaker of a claim, and changes it.
 */
void
plx_claim_editor_change_speaker (GtkWidget     *widget,
                                 PlxComparison *comparison,
                                 PlxSide        side,
                                 guint          index)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);
  const PlxClaim *claim;
  GtkWidget *list = gtk_list_box_new ();
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  g_autofree char *words = NULL;

  if (index >= claims->len)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  claim = &g_array_index (claims, PlxClaim, index);
  words = plx_display_text_shorten (claim->text, 200);
  entry = entry_row (list, _("_Speaker"), claim->speaker_name, "speaker");
  dialog = dialog_new (widget, _("Change Speaker"), words, _("_Change"), list);
  g_object_set_data_full (G_OBJECT (dialog), "comparison", g_object_ref (comparison),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "edit",
                          plx_claim_edit_new (PLX_CLAIM_EDIT_SPEAKER, side, claim),
                          (GDestroyNotify) plx_claim_edit_free);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "sentence", GUINT_TO_POINTER (claim->sentence));
  g_signal_connect_object (dialog, "response", G_CALLBACK (speaker_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
