/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes in the view. A note on a link, a sentence or a claim puts a mark
 * in the margin of the pane beside its sentence (both panes for a link);
 * pointing at the mark shows the note, clicking it opens it, and the
 * details bar of the focused sentences says their notes. view.note
 * (Ctrl+M, and the button of the details bar) writes or opens the note of
 * the focused link, or of the focused sentence when it has no link; the
 * panes' context menu has view.note-sentence and view.note-link. The
 * notes themselves are the comparison's (plx-notes.h). */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-comparison-view-private.h"
#include "plx-display-text.h"
#include "plx-note-dialog.h"
#include "plx-report-notes.h"

/* Characters of a note the details bar and a tooltip show. */
#define MAX_NOTE_CHARS 300
/* Notes the details bar lists for one focus. */
#define MAX_DETAIL_NOTES 3
#define MARK_SIZE 14
#define GUTTER_WIDTH 16

struct _PlxViewNotes
{
  GArray     *targets;          /* int per note: what it is on, or -1 */
  GArray     *marked[2];        /* guint: sentences with notes, ascending */
  GHashTable *by_sentence[2];   /* sentence + 1 → GArray of guint note indices */
  GtkWidget  *gutters[2];
  GtkWidget  *button;           /* in the details bar */
  gboolean    clicked[2];       /* the pane's cursor was put by a click */
};

/* The margin where marks stand. */

#define PLX_TYPE_NOTE_GUTTER (plx_note_gutter_get_type ())
G_DECLARE_FINAL_TYPE (PlxNoteGutter, plx_note_gutter, PLX, NOTE_GUTTER, GtkWidget)

struct _PlxNoteGutter
{
  GtkWidget          parent_instance;
  PlxComparisonView *view; /* unowned: the view owns the pane that owns the gutter */
  PlxSide            side;
};

G_DEFINE_FINAL_TYPE (PlxNoteGutter, plx_note_gutter, GTK_TYPE_WIDGET)

static void
plx_note_gutter_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? GUTTER_WIDTH : 0;
}

/* The noted sentences shown now, as [first, end) of the marked array. */
static void
visible_marks (PlxNoteGutter *self,
               guint         *first,
               guint         *end)
{
  PlxArticlePane *pane = self->view->panes[self->side];
  GtkTextView *text_view = plx_article_pane_get_view (pane);
  GArray *marked = self->view->notes->marked[self->side];
  GdkRectangle visible;
  int top;
  int bottom;
  guint low = 0;
  guint high = marked->len;

  *first = *end = 0;
  if (marked->len == 0)
    return;

  gtk_text_view_get_visible_rect (text_view, &visible);
  top = plx_article_pane_sentence_at_y (pane, visible.y);
  bottom = plx_article_pane_sentence_at_y (pane, visible.y + visible.height);
  if (top < 0)
    top = 0;
  if (bottom < 0)
    bottom = G_MAXINT;

  while (low < high)
    {
      guint mid = (low + high) / 2;

      if ((int) g_array_index (marked, guint, mid) < top)
        low = mid + 1;
      else
        high = mid;
    }
  *first = low;
  for (*end = low; *end < marked->len && (int) g_array_index (marked, guint, *end) <= bottom;)
    (*end)++;
}

/* Where the mark of @sentence stands in the gutter. */
static gboolean
mark_y (PlxNoteGutter *self,
        guint          sentence,
        int           *y)
{
  GtkTextView *text_view = plx_article_pane_get_view (self->view->panes[self->side]);
  int top;
  int bottom;
  int x;

  if (!plx_article_pane_get_buffer_y (self->view->panes[self->side], sentence, &top, &bottom))
    return FALSE;
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_RIGHT, 0, top, &x, y);

  return TRUE;
}

static void
plx_note_gutter_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PlxNoteGutter *self = PLX_NOTE_GUTTER (widget);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;
  GdkRGBA accent;
  guint first;
  guint end;

  if (self->view == NULL || self->view->notes == NULL)
    return;

  visible_marks (self, &first, &end);
  if (first == end)
    return;

  icon = gtk_icon_theme_lookup_icon (theme, "document-edit-symbolic", NULL, MARK_SIZE,
                                     gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget), 0);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &accent);
  for (guint i = first; i < end; i++)
    {
      int y;

      if (!mark_y (self, g_array_index (self->view->notes->marked[self->side], guint, i), &y))
        continue;
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT ((GUTTER_WIDTH - MARK_SIZE) / 2.0, y + 2));
      gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                                MARK_SIZE, MARK_SIZE, &accent, 1);
      gtk_snapshot_restore (snapshot);
    }
}

/* The noted sentence whose mark is at @y, or -1. */
static int
sentence_at (PlxNoteGutter *self,
             double         y)
{
  guint first;
  guint end;

  visible_marks (self, &first, &end);
  for (guint i = first; i < end; i++)
    {
      guint sentence = g_array_index (self->view->notes->marked[self->side], guint, i);
      int top;

      if (mark_y (self, sentence, &top) && y >= top - 2 && y <= top + MARK_SIZE + 6)
        return sentence;
    }

  return -1;
}

static GArray *
notes_at (PlxComparisonView *self,
          PlxSide            side,
          guint              sentence)
{
  return g_hash_table_lookup (self->notes->by_sentence[side], GUINT_TO_POINTER (sentence + 1));
}

static char *
note_summary (PlxComparisonView *self,
              guint              index)
{
  const PlxNote *note = plx_notes_get (plx_comparison_get_notes (self->comparison), index);
  /* What the note is on is known since the last update: nothing here
   * looks through links or claims, as the pointer moves. */
  g_autofree char *place = plx_report_note_place (self->comparison, note,
                                                  g_array_index (self->notes->targets, int, index));
  g_autofree char *text = plx_display_text_shorten (note->text, MAX_NOTE_CHARS);

  /* Translators: a note in a tooltip and the details bar: "Link A 3 ↔ B 2: text". */
  return g_strdup_printf (_("%s: %s"), place, text);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  PlxNoteGutter *self = PLX_NOTE_GUTTER (widget);
  int sentence = sentence_at (self, y);
  GArray *indices;
  g_autoptr(GString) text = g_string_new (NULL);

  if (sentence < 0 || (indices = notes_at (self->view, self->side, sentence)) == NULL)
    return FALSE;

  for (guint i = 0; i < indices->len; i++)
    {
      g_autofree char *summary = note_summary (self->view, g_array_index (indices, guint, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "", summary);
    }
  gtk_tooltip_set_text (tooltip, text->str);

  return TRUE;
}

static void
open_note (PlxComparisonView *self,
           guint              index)
{
  PlxNotes *notes = plx_comparison_get_notes (self->comparison);

  if (index < plx_notes_get_n (notes))
    plx_note_dialog_present (GTK_WIDGET (self), self->comparison, plx_notes_get (notes, index));
}

static void
gutter_pressed_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   PlxNoteGutter   *self)
{
  int sentence = sentence_at (self, y);
  GArray *indices;

  if (sentence < 0 || (indices = notes_at (self->view, self->side, sentence)) == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_note (self->view, g_array_index (indices, guint, 0));
}

static void
plx_note_gutter_class_init (PlxNoteGutterClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = plx_note_gutter_measure;
  widget_class->snapshot = plx_note_gutter_snapshot;
  gtk_widget_class_set_css_name (widget_class, "notegutter");
}

static void
plx_note_gutter_init (PlxNoteGutter *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect (click, "pressed", G_CALLBACK (gutter_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

/* Which sentences have notes. */

static void
mark_sentence (PlxViewNotes *notes,
               PlxSide       side,
               guint         sentence,
               guint         index)
{
  GArray *indices = g_hash_table_lookup (notes->by_sentence[side], GUINT_TO_POINTER (sentence + 1));

  if (indices == NULL)
    {
      indices = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (notes->by_sentence[side], GUINT_TO_POINTER (sentence + 1), indices);
      g_array_append_val (notes->marked[side], sentence);
    }
  g_array_append_val (indices, index);
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/**
 * plx_comparison_view_update_notes:
 *
 * Finds again what each note is on and redraws the marks: after every
 * edit and run, before the focus is shown again.
 */
void
plx_comparison_view_update_notes (PlxComparisonView *self)
{
  PlxViewNotes *notes = self->notes;
  PlxNotes *list;

  g_clear_pointer (&notes->targets, g_array_unref);
  for (guint side = 0; side < 2; side++)
    {
      g_array_set_size (notes->marked[side], 0);
      g_hash_table_remove_all (notes->by_sentence[side]);
      gtk_widget_queue_draw (notes->gutters[side]);
    }
  if (!plx_comparison_is_done (self->comparison))
    return;

  list = plx_comparison_get_notes (self->comparison);
  notes->targets = plx_notes_resolve (list, self->comparison);
  for (guint i = 0; i < plx_notes_get_n (list); i++)
    {
      const PlxNote *note = plx_notes_get (list, i);
      int target = g_array_index (notes->targets, int, i);

      if (target < 0)
        continue;
      if (note->anchor == PLX_NOTE_SENTENCE)
        mark_sentence (notes, note->side, target, i);
      else if (note->anchor == PLX_NOTE_CLAIM)
        mark_sentence (notes, note->side,
                       g_array_index (plx_comparison_get_claims (self->comparison, note->side),
                                      PlxClaim, target).sentence, i);
      else
        {
          const PlxLink *link = plx_comparison_get_link (self->comparison, target);

          mark_sentence (notes, PLX_SIDE_A, link->a_start, i);
          mark_sentence (notes, PLX_SIDE_B, link->b_start, i);
        }
    }
  for (guint side = 0; side < 2; side++)
    g_array_sort (notes->marked[side], compare_guint);
}

/**
 * plx_comparison_view_append_note_details:
 * @side: the side of @start and @end, or -1 for the focused link
 *
 * Adds to the details bar the notes on the focused sentences: those of
 * link @link (both sides) or sentences [@start, @end) of @side.
 */
void
plx_comparison_view_append_note_details (PlxComparisonView *self,
                                         GString           *markup,
                                         GString           *plain,
                                         int                link,
                                         int                side,
                                         guint              start,
                                         guint              end)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint ranges[2][2] = { { 0, 0 }, { 0, 0 } };
  guint shown = 0;

  if (link >= 0)
    {
      const PlxLink *l = plx_comparison_view_link_at (self, link);

      ranges[PLX_SIDE_A][0] = l->a_start;
      ranges[PLX_SIDE_A][1] = l->a_end;
      ranges[PLX_SIDE_B][0] = l->b_start;
      ranges[PLX_SIDE_B][1] = l->b_end;
    }
  else if (side >= 0 && side < 2)
    {
      ranges[side][0] = start;
      ranges[side][1] = end;
    }

  gtk_widget_set_tooltip_text (self->notes->button, _("Add Note (Ctrl+M)"));
  for (guint s = 0; s < 2; s++)
    for (guint sentence = ranges[s][0]; sentence < ranges[s][1]; sentence++)
      {
        GArray *indices = notes_at (self, s, sentence);

        for (guint i = 0; indices != NULL && i < indices->len; i++)
          {
            guint index = g_array_index (indices, guint, i);
            g_autofree char *summary = NULL;
            g_autofree char *escaped = NULL;

            if (!g_hash_table_add (seen, GUINT_TO_POINTER (index + 1)) ||
                shown++ >= MAX_DETAIL_NOTES)
              continue;
            summary = note_summary (self, index);
            escaped = g_markup_escape_text (summary, -1);
            g_string_append_printf (markup, "\n<span weight=\"bold\">✎</span> %s", escaped);
            g_string_append_printf (plain, "\n✎ %s", summary);
            gtk_widget_set_tooltip_text (self->notes->button, _("Edit Note (Ctrl+M)"));
          }
      }
}

/* Actions. */

/* The sentence of @side a note on a sentence is for: where the reader
 * clicked in the pane, else the focused one. */
static int
sentence_for_note (PlxComparisonView *self,
                   PlxSide            side)
{
  GtkTextView *view = plx_article_pane_get_view (self->panes[side]);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  if (self->notes->clicked[side])
    {
      GtkTextIter iter;
      GdkRectangle location;

      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
      gtk_text_view_get_iter_location (view, &iter, &location);
      return plx_article_pane_sentence_at_y (self->panes[side], location.y);
    }
  if (self->focus_side == (int) side)
    return self->focus_sentence;
  if (self->focus >= 0)
    return plx_comparison_view_link_start (plx_comparison_view_link_at (self, self->focus), side);

  return -1;
}

/* The pane the reader works in: the one with the keyboard focus, else the
 * one clicked last. */
static PlxSide
working_side (PlxComparisonView *self)
{
  GtkWidget *b = GTK_WIDGET (plx_article_pane_get_view (self->panes[PLX_SIDE_B]));

  if (gtk_widget_has_focus (b))
    return PLX_SIDE_B;
  if (gtk_widget_has_focus (GTK_WIDGET (plx_article_pane_get_view (self->panes[PLX_SIDE_A]))))
    return PLX_SIDE_A;
  if (self->focus_side >= 0)
    return self->focus_side;

  return self->notes->clicked[PLX_SIDE_B] && !self->notes->clicked[PLX_SIDE_A] ? PLX_SIDE_B
                                                                                 : PLX_SIDE_A;
}

static void
note_sentence_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  PlxSide side = working_side (self);
  int sentence;
  PlxNote anchor = { 0 };

  if (!plx_comparison_is_done (self->comparison) ||
      (sentence = sentence_for_note (self, side)) < 0 ||
      !plx_note_init_sentence (&anchor, self->comparison, side, sentence))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  plx_note_dialog_present (widget, self->comparison, &anchor);
  plx_note_clear (&anchor);
}

/* The link a note on a link is for: the one of the sentence clicked in the
 * pane being worked in, else the focused one. */
static int
link_for_note (PlxComparisonView *self)
{
  PlxSide side = working_side (self);
  int sentence;

  if (!self->notes->clicked[side] || (sentence = sentence_for_note (self, side)) < 0)
    return self->focus;

  for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
    {
      const PlxLink *link = plx_comparison_view_link_at (self, k);

      if ((guint) sentence >= plx_comparison_view_link_start (link, side) &&
          (guint) sentence < plx_comparison_view_link_end (link, side))
        return k;
    }

  return -1;
}

static void
note_link_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  PlxNote anchor = { 0 };
  int link;

  if (!plx_comparison_is_done (self->comparison) || (link = link_for_note (self)) < 0 ||
      !plx_note_init_link (&anchor, self->comparison, link))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  plx_note_dialog_present (widget, self->comparison, &anchor);
  plx_note_clear (&anchor);
}

/* Ctrl+M: the note of what is focused, a link before a lone sentence. */
static void
note_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);

  PlxNote anchor = { 0 };

  /* Not the link of a sentence clicked earlier: the one in focus now. */
  if (self->focus >= 0 && plx_comparison_is_done (self->comparison) &&
      plx_note_init_link (&anchor, self->comparison, self->focus))
    {
      plx_note_dialog_present (widget, self->comparison, &anchor);
      plx_note_clear (&anchor);
    }
  else if (self->focus_side >= 0 && plx_comparison_is_done (self->comparison) &&
           plx_note_init_sentence (&anchor, self->comparison, self->focus_side,
                                   self->focus_sentence))
    {
      plx_note_dialog_present (widget, self->comparison, &anchor);
      plx_note_clear (&anchor);
    }
  else
    note_sentence_action_cb (widget, action_name, parameter);
}

void
plx_comparison_view_class_install_note_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.note", NULL, note_action_cb);
  gtk_widget_class_install_action (widget_class, "view.note-sentence", NULL,
                                   note_sentence_action_cb);
  gtk_widget_class_install_action (widget_class, "view.note-link", NULL, note_link_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "view.note",
                                       NULL);
}

/**
 * plx_comparison_view_show_note:
 * @index: a note of the comparison
 *
 * Focuses and scrolls to what note @index is on.
 *
 * Returns: %FALSE when the note's link, sentence or claim is not there
 */
gboolean
plx_comparison_view_show_note (PlxComparisonView *self,
                               guint              index)
{
  const PlxNote *note;
  int target;
  int places[2] = { -1, -1 };

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  if (self->notes->targets == NULL || index >= self->notes->targets->len)
    return FALSE;
  target = g_array_index (self->notes->targets, int, index);
  if (target < 0)
    return FALSE;

  note = plx_notes_get (plx_comparison_get_notes (self->comparison), index);
  if (note->anchor == PLX_NOTE_LINK)
    {
      const PlxLink *link = plx_comparison_get_link (self->comparison, target);

      places[PLX_SIDE_A] = link->a_start;
      places[PLX_SIDE_B] = link->b_start;
    }
  else if (note->anchor == PLX_NOTE_CLAIM)
    places[note->side] = g_array_index (plx_comparison_get_claims (self->comparison, note->side),
                                        PlxClaim, target).sentence;
  else
    places[note->side] = target;

  plx_comparison_view_show_places (self, places[PLX_SIDE_A], places[PLX_SIDE_B]);

  return TRUE;
}

/* Setting up. */

static void
context_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    gpointer         data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  PlxComparisonView *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  PlxSide side = view == plx_article_pane_get_view (self->panes[PLX_SIDE_A]) ? PLX_SIDE_A
                                                                              : PLX_SIDE_B;
  int bx;
  int by;
  GtkTextIter iter;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  self->notes->clicked[side] = TRUE;
  self->notes->clicked[!side] = FALSE;
  /* The pane clicked is the one worked in, as a click puts the keyboard
   * in a text view. */
  gtk_widget_grab_focus (widget);
  /* The menu is about where the reader clicked, unless that is in the
   * selection (kept for linking). */
  if (gtk_text_buffer_get_has_selection (buffer))
    return;
  /* The nearest place also when the click is in a margin or between
   * lines. */
  gtk_text_view_get_iter_at_location (view, &iter, bx, by);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
add_context_menu (PlxComparisonView *self,
                  GtkTextView       *view)
{
  GMenuModel *extra = gtk_text_view_get_extra_menu (view);
  GtkGesture *click = gtk_gesture_click_new ();

  /* The panes share the menu of plx-comparison-view-edit.c: add once. */
  if (G_IS_MENU (extra) && view == plx_article_pane_get_view (self->panes[PLX_SIDE_A]))
    {
      g_autoptr(GMenu) section = g_menu_new ();

      g_menu_append (section, _("_Note on Sentence…"), "view.note-sentence");
      g_menu_append (section, _("Note on _Link…"), "view.note-link");
      g_menu_append_section (G_MENU (extra), NULL, G_MENU_MODEL (section));
    }

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (context_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));
}

/* The details bar gets a button for the focused link's or sentence's
 * note, after its text. */
static void
add_details_button (PlxComparisonView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = GTK_WIDGET (self->details_label);
  GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");

  /* The bar's padding and rule hold the button too (when they are the
   * label's, not those of a scrolled window around it). */
  if (gtk_widget_has_css_class (label, "details"))
    {
      gtk_widget_remove_css_class (label, "details");
      gtk_widget_add_css_class (box, "details");
    }
  g_object_ref (label);
  gtk_revealer_set_child (self->details_revealer, box);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  g_object_unref (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "view.note");
  gtk_widget_set_tooltip_text (button, _("Add Note (Ctrl+M)"));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "note-button");
  gtk_box_append (GTK_BOX (box), button);
  self->notes->button = button;
}

void
plx_comparison_view_init_notes (PlxComparisonView *self)
{
  PlxViewNotes *notes = g_new0 (PlxViewNotes, 1);

  self->notes = notes;
  for (guint side = 0; side < 2; side++)
    {
      GtkTextView *view = plx_article_pane_get_view (self->panes[side]);
      PlxNoteGutter *gutter = g_object_new (PLX_TYPE_NOTE_GUTTER, NULL);

      notes->marked[side] = g_array_new (FALSE, FALSE, sizeof (guint));
      notes->by_sentence[side] = g_hash_table_new_full (NULL, NULL, NULL,
                                                        (GDestroyNotify) g_array_unref);
      gutter->view = self;
      gutter->side = side;
      notes->gutters[side] = GTK_WIDGET (gutter);
      gtk_text_view_set_gutter (view, GTK_TEXT_WINDOW_RIGHT, GTK_WIDGET (gutter));
      g_signal_connect_object (plx_article_pane_get_vadjustment (self->panes[side]),
                               "value-changed", G_CALLBACK (gtk_widget_queue_draw), gutter,
                               G_CONNECT_SWAPPED);
      add_context_menu (self, view);
    }
  add_details_button (self);
}

void
plx_comparison_view_free_notes (PlxComparisonView *self)
{
  PlxViewNotes *notes = g_steal_pointer (&self->notes);

  if (notes == NULL)
    return;

  g_clear_pointer (&notes->targets, g_array_unref);
  for (guint side = 0; side < 2; side++)
    {
      g_clear_pointer (&notes->marked[side], g_array_unref);
      g_clear_pointer (&notes->by_sentence[side], g_hash_table_unref);
    }
  g_free (notes);
}
