/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison itself: the two articles side by side with the link band
 * between them and a details bar below. It keeps linked sentences level
 * while either pane scrolls (the position in one pane is mapped through the
 * links to the other, as Meld maps chunks), highlights the sentence group
 * under the pointer with its counterpart, and moves from difference to
 * difference. It shows the comparison; the analysis is the core's. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "plx-comparison-view.h"
#include "plx-display-text.h"
#include "plx-overview.h"
#include "plx-report-common.h"

struct _PlxComparisonView
{
  GtkWidget parent_instance;

  /* template widgets */
  PlxArticlePane *panes[2];
  PlxLinkBand    *band;
  PlxOverview    *overviews[2];
  GtkWidget      *bottom;
  GtkRevealer    *details_revealer;
  GtkLabel       *details_label;

  /* owned */
  PlxComparison *comparison;
  GArray        *ordered;  /* indices of links on the order-preserving path */
  char          *details;

  /* Sentences picked for a manual link, one range per side: a selection
   * in one pane clears the other's, so each is remembered when made. */
  guint   picked[2][2];

  GSignalGroup *comparison_signals;

  int   focus;      /* link, or -1 */
  int   focus_side; /* side of a focused unmatched sentence, or -1 */
  guint focus_sentence;
  int   scroll_leader; /* the side the user scrolled last, or -1 */
  guint resync_id;   /* idle that levels the panes again after a layout */
  guint syncing : 1;
};

/* How far above or below the band a curve to a sentence off screen ends. */
#define BAND_OFF_SCREEN 40.0

/* Characters of a changed passage the details bar shows. */
#define MAX_DETAIL_CHARS 200

G_DEFINE_FINAL_TYPE (PlxComparisonView, plx_comparison_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const PlxLink *
link_at (PlxComparisonView *self,
         guint              index)
{
  return plx_comparison_get_link (self->comparison, index);
}

static guint
link_start (const PlxLink *link,
            PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_start : link->b_start;
}

static guint
link_end (const PlxLink *link,
          PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_end : link->b_end;
}

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
      const PlxLink *link = link_at (self, k);

      if (sentence >= link_start (link, side) && sentence < link_end (link, side))
        return k;
    }

  return -1;
}

/* Band. */

static void
visible_sentences (PlxComparisonView *self,
                   PlxSide            side,
                   int               *first,
                   int               *last)
{
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);
  double value = gtk_adjustment_get_value (adjustment);

  *first = plx_article_pane_sentence_at_y (self->panes[side], value);
  *last = plx_article_pane_sentence_at_y (self->panes[side],
                                          value + gtk_adjustment_get_page_size (adjustment));
}

/* Where the top (@top) or bottom of @sentence is, in the band's
 * coordinates. A sentence off screen only needs to be off the band's edge:
 * asking the text view where it is would lay out the text up to there, and
 * a link with one end in view can have the other a megabyte away. */
static gboolean
band_y (PlxComparisonView *self,
        PlxSide            side,
        guint              sentence,
        const int         *first,
        const int         *last,
        gboolean           top,
        double            *y)
{
  double sentence_top;
  double sentence_bottom;

  /* A group wholly off screen still has its top above its bottom. */
  if ((int) sentence < first[side])
    {
      *y = -BAND_OFF_SCREEN - (top ? 1 : 0);
      return TRUE;
    }
  if ((int) sentence > last[side])
    {
      *y = gtk_widget_get_height (GTK_WIDGET (self->band)) + BAND_OFF_SCREEN + (top ? 0 : 1);
      return TRUE;
    }
  if (!plx_article_pane_get_sentence_y (self->panes[side], sentence, GTK_WIDGET (self->band),
                                        &sentence_top, &sentence_bottom))
    return FALSE;
  *y = top ? sentence_top : sentence_bottom;

  return TRUE;
}

static void
provide_band_cb (PlxLinkBand *band,
                 GArray      *links,
                 gpointer     user_data)
{
  PlxComparisonView *self = user_data;
  int first[2];
  int last[2];

  if (!plx_comparison_is_done (self->comparison))
    return;

  for (guint side = 0; side < 2; side++)
    visible_sentences (self, side, &first[side], &last[side]);

  for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
    {
      const PlxLink *link = link_at (self, k);
      PlxBandLink drawn = { 0 };
      gboolean shown = FALSE;

      for (guint side = 0; side < 2; side++)
        shown |= (int) link_end (link, side) > first[side] &&
                 (int) link_start (link, side) <= last[side];
      if (!shown)
        continue;

      if (!band_y (self, PLX_SIDE_A, link->a_start, first, last, TRUE, &drawn.a_top) ||
          !band_y (self, PLX_SIDE_A, link->a_end - 1, first, last, FALSE, &drawn.a_bottom) ||
          !band_y (self, PLX_SIDE_B, link->b_start, first, last, TRUE, &drawn.b_top) ||
          !band_y (self, PLX_SIDE_B, link->b_end - 1, first, last, FALSE, &drawn.b_bottom))
        continue;

      drawn.kind = link->moved ? 3 : link->kind;
      drawn.focused = (int) k == self->focus;
      g_array_append_val (links, drawn);
    }
}

static void
queue_band (PlxComparisonView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->band));
}

/* Scrolling: a position in one pane, mapped through the links. */

static gboolean
group_y (PlxComparisonView *self,
         PlxSide            side,
         const PlxLink     *link,
         double            *top,
         double            *bottom)
{
  int t, b, t2, b2;

  if (!plx_article_pane_get_buffer_y (self->panes[side], link_start (link, side), &t, &b) ||
      !plx_article_pane_get_buffer_y (self->panes[side], link_end (link, side) - 1, &t2, &b2))
    return FALSE;

  *top = t;
  *bottom = b2;
  return TRUE;
}

static double
map_position (PlxComparisonView *self,
              PlxSide            from,
              double             y)
{
  PlxSide to = from == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  GtkAdjustment *adj_from = plx_article_pane_get_vadjustment (self->panes[from]);
  GtkAdjustment *adj_to = plx_article_pane_get_vadjustment (self->panes[to]);
  int sentence = plx_article_pane_sentence_at_y (self->panes[from], y);
  double from_lo = 0;
  double to_lo = 0;
  double from_hi = gtk_adjustment_get_upper (adj_from);
  double to_hi = gtk_adjustment_get_upper (adj_to);
  guint lo = 0;
  guint hi = self->ordered->len;

  /* The last path link that starts at or before the sentence. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if ((int) link_start (link_at (self, g_array_index (self->ordered, guint, mid)), from) <=
          sentence)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo > 0)
    {
      const PlxLink *link = link_at (self, g_array_index (self->ordered, guint, lo - 1));
      double f_top, f_bottom, t_top, t_bottom;

      if (group_y (self, from, link, &f_top, &f_bottom) &&
          group_y (self, to, link, &t_top, &t_bottom))
        {
          if (y <= f_bottom)
            {
              double fraction = f_bottom > f_top ? (y - f_top) / (f_bottom - f_top) : 0;

              return t_top + CLAMP (fraction, 0, 1) * (t_bottom - t_top);
            }
          from_lo = f_bottom;
          to_lo = t_bottom;
        }
    }

  if (lo < self->ordered->len)
    {
      const PlxLink *link = link_at (self, g_array_index (self->ordered, guint, lo));
      double f_top, f_bottom, t_top, t_bottom;

      if (group_y (self, from, link, &f_top, &f_bottom) &&
          group_y (self, to, link, &t_top, &t_bottom))
        {
          from_hi = f_top;
          to_hi = t_top;
        }
    }

  /* Between two links, both panes move in proportion. */
  if (from_hi <= from_lo)
    return to_lo;
  return to_lo + (y - from_lo) / (from_hi - from_lo) * (to_hi - to_lo);
}

static void
scroll_changed (PlxComparisonView *self,
                PlxSide            from)
{
  PlxSide to = from == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  GtkAdjustment *adj_from = plx_article_pane_get_vadjustment (self->panes[from]);
  GtkAdjustment *adj_to = plx_article_pane_get_vadjustment (self->panes[to]);
  double center;
  double target;

  queue_band (self);

  if (!self->syncing)
    self->scroll_leader = from;
  if (self->syncing || plx_article_pane_get_article (self->panes[to]) == NULL ||
      plx_article_pane_get_article (self->panes[from]) == NULL)
    return;

  center = gtk_adjustment_get_value (adj_from) + gtk_adjustment_get_page_size (adj_from) / 2;
  if (self->ordered->len > 0)
    target = map_position (self, from, center);
  else
    {
      double range = gtk_adjustment_get_upper (adj_from);

      target = range > 0 ? center / range * gtk_adjustment_get_upper (adj_to) : 0;
    }

  self->syncing = TRUE;
  gtk_adjustment_set_value (adj_to, target - gtk_adjustment_get_page_size (adj_to) / 2);
  self->syncing = FALSE;
}

static void
scroll_a_cb (GtkAdjustment     *adjustment,
             PlxComparisonView *self)
{
  scroll_changed (self, PLX_SIDE_A);
}

static void
scroll_b_cb (GtkAdjustment     *adjustment,
             PlxComparisonView *self)
{
  scroll_changed (self, PLX_SIDE_B);
}

static gboolean
resync_cb (gpointer data)
{
  PlxComparisonView *self = data;

  self->resync_id = 0;
  if (self->scroll_leader >= 0)
    scroll_changed (self, self->scroll_leader);

  return G_SOURCE_REMOVE;
}

static void
adjustment_changed_cb (GtkAdjustment     *adjustment,
                       PlxComparisonView *self)
{
  queue_band (self);

  /* Text views lay out their lines in the background: when either pane
   * learns its real height only after the user scrolled, the other follows
   * again, so both end up level. Not from here: the text view is in the
   * middle of its allocation and would put its own offset back. */
  if (self->scroll_leader >= 0 && self->resync_id == 0)
    self->resync_id = g_idle_add (resync_cb, self);
}

/* Focus and details. */

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
  const PlxLink *link = link_at (self, index);
  GArray *edits = plx_comparison_get_link_diff (self->comparison, index);
  const PlxToken *ta = plx_comparison_get_tokens (self->comparison, PLX_SIDE_A, link->a_start,
                                                  link->a_end, NULL);
  const PlxToken *tb = plx_comparison_get_tokens (self->comparison, PLX_SIDE_B, link->b_start,
                                                  link->b_end, NULL);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  guint shown = 0;

  /* Translators: details of a link, "Paraphrase · score 0.74 · moved". */
  g_string_append_printf (plain, _("%s · score %.2f%s"), plx_report_kind_label (link->kind), link->score,
                          link->moved ? _(" · moved") : "");
  {
    g_autofree char *escaped = g_markup_escape_text (plain->str, -1);

    g_string_append_printf (markup, "<b>%s</b>", escaped);
  }

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

static void
clear_focus (PlxComparisonView *self)
{
  self->focus = -1;
  self->focus_side = -1;
  self->scroll_leader = -1;
  for (guint side = 0; side < 2; side++)
    plx_article_pane_focus_sentences (self->panes[side], 0, 0);
  g_clear_pointer (&self->details, g_free);
  gtk_revealer_set_reveal_child (self->details_revealer, FALSE);
}

static void
focus_link (PlxComparisonView *self,
            int                index)
{
  const PlxLink *link;

  clear_focus (self);
  if (self->comparison == NULL || index < 0 ||
      (guint) index >= plx_comparison_get_n_links (self->comparison))
    {
      queue_band (self);
      return;
    }

  link = link_at (self, index);
  self->focus = index;
  plx_article_pane_focus_sentences (self->panes[PLX_SIDE_A], link->a_start, link->a_end);
  plx_article_pane_focus_sentences (self->panes[PLX_SIDE_B], link->b_start, link->b_end);
  show_link_details (self, index);
  queue_band (self);
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
        focus_link (self, link);
      return;
    }

  clear_focus (self);
  self->focus_side = side;
  self->focus_sentence = sentence;
  plx_article_pane_focus_sentences (self->panes[side], sentence, sentence + 1);
  g_free (self->details);
  self->details = g_strdup (side == PLX_SIDE_A ? _("Only in article A") : _("Only in article B"));
  gtk_label_set_text (self->details_label, self->details);
  gtk_revealer_set_reveal_child (self->details_revealer, self->comparison != NULL);
  queue_band (self);
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
  if (self->focus >= 0)
    {
      const PlxLink *link = link_at (self, self->focus);

      plx_article_pane_scroll_to_sentence (self->panes[PLX_SIDE_A], link->a_start);
      plx_article_pane_scroll_to_sentence (self->panes[PLX_SIDE_B], link->b_start);
    }
  else if (self->focus_side >= 0)
    plx_article_pane_scroll_to_sentence (self->panes[self->focus_side], self->focus_sentence);
}

/* Where the reader is in article A: the focus, or the top of the pane. */
static int
reading_position (PlxComparisonView *self)
{
  int first, last;

  if (self->focus >= 0)
    return link_at (self, self->focus)->a_start;
  if (self->focus_side == PLX_SIDE_A)
    return self->focus_sentence;

  visible_sentences (self, PLX_SIDE_A, &first, &last);
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
      const PlxLink *link = link_at (self, k);
      int start = link->a_start;

      if (link->kind == PLX_LINK_IDENTICAL && !link->moved)
        continue;
      if (forward ? (start > position || (start == position && (int) k > self->focus &&
                                          self->focus >= 0 &&
                                          link_at (self, self->focus)->a_start == (guint) start))
                  : start < position)
        {
          if (best < 0 || (forward ? start < (int) link_at (self, best)->a_start
                                   : start >= (int) link_at (self, best)->a_start))
            best = k;
        }
    }

  if (best < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  focus_link (self, best);
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

/* Manual correction. The comparison keeps the edits and their undo
 * history; the view only turns selections into edits. */

static void
update_edit_actions (PlxComparisonView *self)
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

  focus_link (self, index);
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

/* The overview strips: a click there scrolls the pane to that place. */
static void
jump (PlxComparisonView *self,
      PlxSide            side,
      double             fraction)
{
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);
  PlxArticle *article = plx_article_pane_get_article (self->panes[side]);
  guint n;
  const PlxSentence *sentences;
  guint target;
  int top, bottom;

  if (article == NULL)
    return;

  /* The sentence at that share of the text, placed at the middle. */
  sentences = plx_article_get_sentences (article, &n);
  target = 0;
  while (target + 1 < n && sentences[target + 1].start <= fraction * plx_article_get_n_chars (article))
    target++;
  if (n > 0 && plx_article_pane_get_buffer_y (self->panes[side], target, &top, &bottom))
    gtk_adjustment_set_value (adjustment, top - gtk_adjustment_get_page_size (adjustment) / 2);
}

static void
jump_a_cb (PlxOverview       *overview,
           double             fraction,
           PlxComparisonView *self)
{
  jump (self, PLX_SIDE_A, fraction);
}

static void
jump_b_cb (PlxOverview       *overview,
           double             fraction,
           PlxComparisonView *self)
{
  jump (self, PLX_SIDE_B, fraction);
}

/* Layout: the band keeps its width, the panes share the rest evenly. */

static void
plx_comparison_view_measure (GtkWidget     *widget,
                             GtkOrientation orientation,
                             int            for_size,
                             int           *minimum,
                             int           *natural,
                             int           *minimum_baseline,
                             int           *natural_baseline)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  GtkWidget *columns[] = { GTK_WIDGET (self->overviews[0]), GTK_WIDGET (self->panes[0]),
                           GTK_WIDGET (self->band), GTK_WIDGET (self->panes[1]),
                           GTK_WIDGET (self->overviews[1]) };
  int details_min, details_nat;

  *minimum = *natural = 0;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (columns[i], orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum += child_min;
          *natural += child_nat;
        }
      else
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }

  gtk_widget_measure (self->bottom, orientation, for_size, &details_min, &details_nat, NULL,
                      NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum += details_min;
      *natural += details_nat;
    }
  else
    {
      *minimum = MAX (*minimum, details_min);
      *natural = MAX (*natural, details_nat);
    }
}

static void
plx_comparison_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  int band_width, strip_width, details_height, unused;
  int pane_width;
  int columns_height;

  gtk_widget_measure (GTK_WIDGET (self->band), GTK_ORIENTATION_HORIZONTAL, -1, &band_width,
                      &unused, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->overviews[0]), GTK_ORIENTATION_HORIZONTAL, -1,
                      &strip_width, &unused, NULL, NULL);
  gtk_widget_measure (self->bottom, GTK_ORIENTATION_VERTICAL, width, &unused, &details_height,
                      NULL, NULL);
  details_height = MIN (details_height, height / 3);
  columns_height = height - details_height;
  pane_width = MAX (0, (width - band_width - 2 * strip_width) / 2);

  gtk_widget_allocate (GTK_WIDGET (self->overviews[0]), strip_width, columns_height, -1, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->panes[0]), pane_width, columns_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (strip_width, 0)));
  gtk_widget_allocate (GTK_WIDGET (self->band), band_width, columns_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (strip_width + pane_width, 0)));
  gtk_widget_allocate (GTK_WIDGET (self->panes[1]),
                       MAX (0, width - 2 * strip_width - pane_width - band_width), columns_height,
                       -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (strip_width + pane_width +
                                                                        band_width,
                                                                      0)));
  gtk_widget_allocate (GTK_WIDGET (self->overviews[1]), strip_width, columns_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (width - strip_width, 0)));
  gtk_widget_allocate (self->bottom, width, details_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (0, columns_height)));
  queue_band (self);
}

static void
refresh (PlxComparisonView *self)
{
  int focus = self->focus;

  g_array_set_size (self->ordered, 0);
  if (plx_comparison_is_done (self->comparison))
    for (guint k = 0; k < plx_comparison_get_n_links (self->comparison); k++)
      if (!plx_comparison_get_link (self->comparison, k)->moved)
        g_array_append_val (self->ordered, k);

  for (guint side = 0; side < 2; side++)
    {
      plx_article_pane_set_comparison (self->panes[side], self->comparison, side);
      plx_overview_set_comparison (self->overviews[side], self->comparison, side);
    }

  clear_focus (self);
  if (focus >= 0 && self->comparison != NULL &&
      (guint) focus < plx_comparison_get_n_links (self->comparison))
    focus_link (self, focus);
  queue_band (self);
}

static void
comparison_changed_cb (PlxComparisonView *self)
{
  refresh (self);
}

static void
plx_comparison_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (object);

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
plx_comparison_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      plx_comparison_view_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_view_dispose (GObject *object)
{
  PlxComparisonView *self = (PlxComparisonView *) object;
  GtkWidget *child;

  if (self->band != NULL)
    plx_link_band_set_provider (self->band, NULL, NULL);
  g_clear_handle_id (&self->resync_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_COMPARISON_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->comparison_signals != NULL)
    g_signal_group_set_target (self->comparison_signals, NULL);
  g_clear_object (&self->comparison_signals);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (plx_comparison_view_parent_class)->dispose (object);
}

static void
plx_comparison_view_finalize (GObject *object)
{
  PlxComparisonView *self = (PlxComparisonView *) object;

  g_clear_pointer (&self->ordered, g_array_unref);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (plx_comparison_view_parent_class)->finalize (object);
}

static void
plx_comparison_view_class_init (PlxComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_comparison_view_dispose;
  object_class->finalize = plx_comparison_view_finalize;
  object_class->get_property = plx_comparison_view_get_property;
  object_class->set_property = plx_comparison_view_set_property;
  widget_class->measure = plx_comparison_view_measure;
  widget_class->size_allocate = plx_comparison_view_size_allocate;

  /**
   * PlxComparisonView:comparison:
   *
   * The finished comparison of the two panes' articles, or %NULL.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, PLX_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLX_TYPE_ARTICLE_PANE);
  g_type_ensure (PLX_TYPE_LINK_BAND);
  g_type_ensure (PLX_TYPE_OVERVIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-comparison-view.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "pane_a", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, panes[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "pane_b", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, panes[1]));
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, band);
  gtk_widget_class_bind_template_child_full (widget_class, "overview_a", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, overviews[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "overview_b", FALSE,
                                             G_STRUCT_OFFSET (PlxComparisonView, overviews[1]));
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, bottom);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, details_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, details_label);

  gtk_widget_class_install_action (widget_class, "view.next-change", NULL, change_action_cb);
  gtk_widget_class_install_action (widget_class, "view.previous-change", NULL, change_action_cb);
  gtk_widget_class_install_action (widget_class, "view.next-unmatched", NULL,
                                   unmatched_action_cb);
  gtk_widget_class_install_action (widget_class, "view.link", NULL, link_action_cb);
  gtk_widget_class_install_action (widget_class, "view.unlink", NULL, unlink_action_cb);
  gtk_widget_class_install_action (widget_class, "view.show-sentence", "(uu)",
                                   show_sentence_action_cb);
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "view.next-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "view.previous-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_ALT_MASK,
                                       "view.next-unmatched", NULL);

  gtk_widget_class_set_css_name (widget_class, "comparisonview");
}

static void
plx_comparison_view_init (PlxComparisonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->focus = -1;
  self->focus_side = -1;
  self->ordered = g_array_new (FALSE, FALSE, sizeof (guint));
  /* The comparison tells of edits (its own or undone ones) through one
   * signal, and of what can be undone through two properties. */
  self->comparison_signals = g_signal_group_new (PLX_TYPE_COMPARISON);
  g_signal_group_connect_object (self->comparison_signals, "changed",
                                 G_CALLBACK (comparison_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->comparison_signals, "notify::can-undo",
                                 G_CALLBACK (update_edit_actions), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->comparison_signals, "notify::can-redo",
                                 G_CALLBACK (update_edit_actions), self, G_CONNECT_SWAPPED);
  plx_link_band_set_provider (self->band, provide_band_cb, self);

  g_autoptr(GMenu) menu = g_menu_new ();

  g_menu_append (menu, _("_Link Selected Sentences"), "view.link");
  g_menu_append (menu, _("_Unlink"), "view.unlink");
  g_menu_append (menu, _("_Undo"), "view.undo");
  g_menu_append (menu, _("_Redo"), "view.redo");

  for (guint side = 0; side < 2; side++)
    {
      GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (self->panes[side]);
      GtkEventController *motion = gtk_event_controller_motion_new ();

      g_signal_connect_object (adjustment, "value-changed",
                               G_CALLBACK (side == PLX_SIDE_A ? scroll_a_cb : scroll_b_cb), self,
                               0);
      g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self, 0);
      g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
      g_signal_connect_object (self->overviews[side], "jump",
                               G_CALLBACK (side == PLX_SIDE_A ? jump_a_cb : jump_b_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (plx_article_pane_get_view (self->panes[side])),
                                 motion);
      gtk_text_view_set_extra_menu (plx_article_pane_get_view (self->panes[side]),
                                    G_MENU_MODEL (menu));
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (
          plx_article_pane_get_view (self->panes[side]));

        g_signal_connect_object (buffer, "notify::has-selection",
                                 G_CALLBACK (side == PLX_SIDE_A ? selection_a_cb : selection_b_cb),
                                 self, 0);
        g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set_cb), self, 0);
      }
    }
}

PlxArticlePane *
plx_comparison_view_get_pane (PlxComparisonView *self,
                              PlxSide            side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->panes[side];
}

PlxLinkBand *
plx_comparison_view_get_band (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->band;
}

/**
 * plx_comparison_view_set_comparison:
 * @comparison: (nullable): a finished comparison of the two panes' articles
 */
void
plx_comparison_view_set_comparison (PlxComparisonView *self,
                                    PlxComparison     *comparison)
{
  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));
  g_return_if_fail (comparison == NULL || PLX_IS_COMPARISON (comparison));

  if (self->comparison == comparison)
    return;

  clear_focus (self);
  g_set_object (&self->comparison, comparison);
  g_signal_group_set_target (self->comparison_signals, comparison);
  memset (self->picked, 0, sizeof self->picked);
  update_edit_actions (self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

PlxComparison *
plx_comparison_view_get_comparison (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->comparison;
}

int
plx_comparison_view_get_focus (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), -1);

  return self->focus;
}

/**
 * plx_comparison_view_get_details:
 *
 * Returns: (nullable): the details bar as plain text
 */
const char *
plx_comparison_view_get_details (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->details;
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

PlxOverview *
plx_comparison_view_get_overview (PlxComparisonView *self,
                                  PlxSide            side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->overviews[side];
}
