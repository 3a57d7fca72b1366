/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The focus: the sentence group under the pointer, or the one a command
 * moved to, highlighted with its counterpart and told of in the details
 * bar (the kind of the link, its score, its changed words). Moving from
 * difference to difference (view.next-change, view.previous-change,
 * view.next-unmatched) and to a given sentence (view.show-sentence) moves
 * the focus and scrolls to it. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-comparison-view-private.h"
#include "plx-display-text.h"
#include "plx-palette.h"

/* Characters of a changed passage the details bar shows. */
#define MAX_DETAIL_CHARS 200

/* The link that holds @sentence of @side, or -1. */
static int
find_link (PlxComparisonView *self,
           PlxSide            side,
           guint              sentence)
{
  if (!plx_comparison_is_done (self->comparison))
    return -1;

  for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
    {
      const PlxLink *link = plx_comparison_view_link_at (self, k);

      if (sentence >= plx_comparison_view_link_start (link, side) &&
          sentence < plx_comparison_view_link_end (link, side))
        return k;
    }

  return -1;
}

static char *
words (PlxComparisonView *self,
       PlxSide            side,
       const PlxToken    *tokens,
       guint              start,
       guint              end)
{
  PlxSentence span = { 0 };
  const char *text = plx_article_get_text (plx_comparison_get_article (self->comparison, side));
  g_autofree char *full = NULL;

  if (start >= end)
    return g_strdup ("");

  span.byte_start = tokens[start].byte_start;
  span.byte_end = tokens[end - 1].byte_end;
  /* The details bar has room for a few lines, and a label lays out all
   * of its text however little it shows: a changed word of a megabyte
   * would freeze the window at every pointer move. */
  if (span.byte_end - span.byte_start > 4 * MAX_DETAIL_CHARS)
    span.byte_end =
      g_utf8_find_prev_char (text, text + span.byte_start + 4 * MAX_DETAIL_CHARS + 1) - text;
  full = plx_sentence_dup_text (&span, text);

  return plx_display_text_shorten (full, MAX_DETAIL_CHARS);
}

static void
show_link_details (PlxComparisonView *self,
                   guint              index)
{
  const PlxLink *link = plx_comparison_view_link_at (self, index);
  GArray *edits = plx_comparison_get_link_diff (self->comparison, index);
  const PlxToken *ta = plx_comparison_get_tokens (self->comparison, PLX_SIDE_A, link->a_start,
                                                  link->a_end, NULL);
  const PlxToken *tb = plx_comparison_get_tokens (self->comparison, PLX_SIDE_B, link->b_start,
                                                  link->b_end, NULL);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  guint shown = 0;

  /* Translators: details of a link, "Paraphrase · score 0.74 · moved". */
  g_string_append_printf (plain, _("%s · score %.2f%s"), plx_swatch_get_label (plx_palette_link (link->kind)), link->score,
                          link->moved ? _(" · moved") : "");
  {
    g_autofree char *escaped = g_markup_escape_text (plain->str, -1);

    g_string_append_printf (markup, "<b>%s</b>", escaped);
  }
  /* Notes first: they are what the reader wrote, and the bar may be short. */
  plx_comparison_view_append_note_details (self, markup, plain, index, -1, 0, 0);

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_autofree char *ea = NULL;
      g_autofree char *eb = NULL;
      g_autoptr(GString) tags = g_string_new (NULL);

      if (edit->op == PLX_DIFF_EQUAL || edit->light)
        continue;
      if (shown++ >= 12)
        {
          g_string_append (markup, "\n…");
          g_string_append (plain, "\n…");
          break;
        }

      a = words (self, PLX_SIDE_A, ta, edit->a_start, edit->a_end);
      b = words (self, PLX_SIDE_B, tb, edit->b_start, edit->b_end);
      ea = g_markup_escape_text (a, -1);
      eb = g_markup_escape_text (b, -1);
      for (guint t = 0; t < PLX_N_TAGS; t++)
        if (edit->tags & plx_tag_from_index (t))
          g_string_append_printf (tags, "%s%s", tags->len > 0 ? ", " : "",
                                  plx_tag_to_string (plx_tag_from_index (t)));

      g_string_append_printf (markup, "\n<s>%s</s> → <b>%s</b>", ea[0] ? ea : "∅",
                              eb[0] ? eb : "∅");
      g_string_append_printf (plain, "\n%s → %s", a[0] ? a : "∅", b[0] ? b : "∅");
      if (tags->len > 0)
        {
          g_string_append_printf (markup, "  <small>%s</small>", tags->str);
          g_string_append_printf (plain, "  [%s]", tags->str);
        }
    }

  gtk_label_set_markup (self->details_label, markup->str);
  g_free (self->details);
  self->details = g_strdup (plain->str);
  gtk_revealer_set_reveal_child (self->details_revealer, TRUE);
}

void
plx_comparison_view_clear_focus (PlxComparisonView *self)
{
  self->focus = -1;
  self->focus_side = -1;
  self->scroll_leader = -1;
  for (guint side = 0; side < 2; side++)
    plx_article_pane_focus_sentences (self->panes[side], 0, 0);
  g_clear_pointer (&self->details, g_free);
  gtk_revealer_set_reveal_child (self->details_revealer, FALSE);
}

void
plx_comparison_view_focus_link (PlxComparisonView *self,
                                int                index)
{
  const PlxLink *link;

  plx_comparison_view_clear_focus (self);
  if (self->comparison == NULL || index < 0 ||
      (guint) index >= plx_comparison_get_n_links (self->comparison))
    {
      plx_comparison_view_queue_band (self);
      return;
    }

  link = plx_comparison_view_link_at (self, index);
  self->focus = index;
  plx_article_pane_focus_sentences (self->panes[PLX_SIDE_A], link->a_start, link->a_end);
  plx_article_pane_focus_sentences (self->panes[PLX_SIDE_B], link->b_start, link->b_end);
  show_link_details (self, index);
  plx_comparison_view_queue_band (self);
}

/* Focuses the link of a sentence, or the sentence alone when only its
 * article has it. */
static void
focus_sentence (PlxComparisonView *self,
                PlxSide            side,
                guint              sentence)
{
  int link;

  link = find_link (self, side, sentence);
  if (link >= 0)
    {
      if (link != self->focus)
        plx_comparison_view_focus_link (self, link);
      return;
    }

  plx_comparison_view_clear_focus (self);
  self->focus_side = side;
  self->focus_sentence = sentence;
  plx_article_pane_focus_sentences (self->panes[side], sentence, sentence + 1);
  {
    g_autoptr(GString) plain = g_string_new (side == PLX_SIDE_A ? _("Only in article A")
                                                                : _("Only in article B"));
    g_autofree char *escaped = g_markup_escape_text (plain->str, -1);
    g_autoptr(GString) markup = g_string_new (escaped);

    plx_comparison_view_append_note_details (self, markup, plain, -1, side, sentence,
                                             sentence + 1);
    g_free (self->details);
    self->details = g_strdup (plain->str);
    gtk_label_set_markup (self->details_label, markup->str);
  }
  gtk_revealer_set_reveal_child (self->details_revealer, self->comparison != NULL);
  plx_comparison_view_queue_band (self);
}

static void
pointer_at (PlxComparisonView *self,
            PlxSide            side,
            double             x,
            double             y)
{
  GtkTextView *view = plx_article_pane_get_view (self->panes[side]);
  int bx, by;
  int sentence;

  if (!plx_comparison_is_done (self->comparison))
    return;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  sentence = plx_article_pane_sentence_at_y (self->panes[side], by);
  if (sentence >= 0)
    focus_sentence (self, side, sentence);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PlxComparisonView        *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  pointer_at (self, view == GTK_WIDGET (plx_article_pane_get_view (self->panes[PLX_SIDE_A]))
                      ? PLX_SIDE_A
                      : PLX_SIDE_B,
              x, y);
}

/* Navigation. */

static void
scroll_to_focus (PlxComparisonView *self)
{
  self->shown_sentence[PLX_SIDE_A] = self->shown_sentence[PLX_SIDE_B] = -1;
  if (self->focus >= 0)
    {
      const PlxLink *link = plx_comparison_view_link_at (self, self->focus);

      plx_comparison_view_scroll_pane_to (self, PLX_SIDE_A, link->a_start);
      plx_comparison_view_scroll_pane_to (self, PLX_SIDE_B, link->b_start);
      self->scroll_leader = PLX_SIDE_A;
    }
  else if (self->focus_side >= 0)
    {
      plx_comparison_view_scroll_pane_to (self, self->focus_side, self->focus_sentence);
      self->scroll_leader = self->focus_side;
    }
}

/* Where the reader is in article A: the focus, or the top of the pane. */
static int
reading_position (PlxComparisonView *self)
{
  int first, last;

  if (self->focus >= 0)
    return plx_comparison_view_link_at (self, self->focus)->a_start;
  if (self->focus_side == PLX_SIDE_A)
    return self->focus_sentence;

  plx_comparison_view_visible_sentences (self, PLX_SIDE_A, &first, &last);
  return first - 1;
}

static void
change_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  gboolean forward = g_str_equal (action_name, "view.next-change");
  int position;
  int best = -1;

  if (!plx_comparison_is_done (self->comparison))
    return;

  position = reading_position (self);
  for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
    {
      const PlxLink *link = plx_comparison_view_link_at (self, k);
      int start = link->a_start;

      if (link->kind == PLX_LINK_IDENTICAL && !link->moved)
        continue;
      if (forward ? (start > position ||
                     (start == position && (int) k > self->focus && self->focus >= 0 &&
                      plx_comparison_view_link_at (self, self->focus)->a_start == (guint) start))
                  : start < position)
        {
          if (best < 0 ||
              (forward ? start < (int) plx_comparison_view_link_at (self, best)->a_start
                       : start >= (int) plx_comparison_view_link_at (self, best)->a_start))
            best = k;
        }
    }

  if (best < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  plx_comparison_view_focus_link (self, best);
  scroll_to_focus (self);
}

static void
unmatched_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  int position;

  if (!plx_comparison_is_done (self->comparison))
    return;

  /* The next sentence of A that B lacks, then the first of B that A lacks. */
  position = reading_position (self);
  for (guint side = 0; side < 2; side++)
    {
      g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (self->comparison, side);

      for (guint k = 0; k < unmatched->len; k++)
        {
          guint sentence = g_array_index (unmatched, guint, k);

          if (side == PLX_SIDE_A && (int) sentence <= position)
            continue;
          if (side == PLX_SIDE_B && self->focus_side == PLX_SIDE_B &&
              sentence <= self->focus_sentence)
            continue;

          focus_sentence (self, side, sentence);
          scroll_to_focus (self);
          return;
        }
    }

  gtk_widget_error_bell (widget);
}

/**
 * plx_comparison_view_show_sentence:
 *
 * Focuses a sentence with its counterpart and scrolls both panes to them.
 */
void
plx_comparison_view_show_sentence (PlxComparisonView *self,
                                   PlxSide            side,
                                   guint              sentence)
{
  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  focus_sentence (self, side, sentence);
  scroll_to_focus (self);
}

/**
 * plx_comparison_view_show_places:
 * @sentence_a: a sentence of article A, or -1
 * @sentence_b: a sentence of article B, or -1
 *
 * Shows two places that belong together (a key difference in each
 * article): the first focused with its link and both panes scrolled to it,
 * then the second, when that link does not hold it, focused and scrolled
 * to in its own pane.
 */
void
plx_comparison_view_show_places (PlxComparisonView *self,
                                 int                sentence_a,
                                 int                sentence_b)
{
  int sentences[2] = { sentence_a, sentence_b };
  PlxSide first = sentence_a >= 0 ? PLX_SIDE_A : PLX_SIDE_B;
  PlxSide other = first == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  const PlxLink *link;

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  if (sentences[first] < 0 || !plx_comparison_is_done (self->comparison))
    return;

  focus_sentence (self, first, sentences[first]);
  scroll_to_focus (self);
  if (sentences[other] < 0)
    return;

  link = self->focus >= 0 ? plx_comparison_view_link_at (self, self->focus) : NULL;
  if (link == NULL || (guint) sentences[other] < plx_comparison_view_link_start (link, other) ||
      (guint) sentences[other] >= plx_comparison_view_link_end (link, other))
    {
      plx_article_pane_focus_sentences (self->panes[other], sentences[other],
                                        sentences[other] + 1);
      plx_comparison_view_scroll_pane_to (self, other, sentences[other]);
      plx_comparison_view_queue_band (self);
    }
}

/* view.show-sentence ((uu)): side and sentence, as a claim chosen in the
 * parties panel shows it. */
static void
show_sentence_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  guint side;
  guint sentence;
  PlxArticle *article;

  g_variant_get (parameter, "(uu)", &side, &sentence);
  article = side <= PLX_SIDE_B ? plx_article_pane_get_article (self->panes[side]) : NULL;
  if (!plx_comparison_is_done (self->comparison) || article == NULL ||
      sentence >= plx_article_get_n_sentences (article))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  plx_comparison_view_show_sentence (self, side, sentence);
}

/* view.key-differences: the keyboard goes to the list of key differences,
 * unfolded. */
static void
key_differences_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);

  if (!plx_key_differences_panel_focus_list (self->key_differences))
    gtk_widget_error_bell (widget);
}

/* Their keys are the window's accelerators (win.next-change and so on,
 * plx-window-actions.c): a binding here would work only while the
 * keyboard is inside the view. */
void
plx_comparison_view_class_install_focus_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.next-change", NULL, change_action_cb);
  gtk_widget_class_install_action (widget_class, "view.previous-change", NULL, change_action_cb);
  gtk_widget_class_install_action (widget_class, "view.next-unmatched", NULL,
                                   unmatched_action_cb);
  gtk_widget_class_install_action (widget_class, "view.show-sentence", "(uu)",
                                   show_sentence_action_cb);
  gtk_widget_class_install_action (widget_class, "view.key-differences", NULL,
                                   key_differences_action_cb);
}

/* The pointer focuses the sentence it is over. */
void
plx_comparison_view_init_focus (PlxComparisonView *self)
{
  for (guint side = 0; side < 2; side++)
    {
      GtkEventController *motion = gtk_event_controller_motion_new ();

      g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (plx_article_pane_get_view (self->panes[side])),
                                 motion);
    }
}
