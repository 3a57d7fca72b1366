/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Finding text in both articles (Ctrl+F), as gnome-text-editor's search
 * bar does in one document: every match is marked in both panes, the bar
 * counts them per article, and Enter / Ctrl+G (Shift+Enter / Ctrl+Shift+G)
 * move to the next (previous) match, through article A first and then B,
 * and round again. The pane of the current match scrolls to it; linked
 * scrolling brings the other pane along. Escape closes the bar and clears
 * the marks.
 *
 * Matching is plx-text-search.c's, in the article's own text; marks go
 * through the pane's map to the text it shows. A long article can hold
 * hundreds of thousands of matches of a short query, and tagging them all
 * would take seconds at every keystroke: matches are tagged in chunks,
 * only where the pane shows them, as it scrolls. Counting stays exact. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <adwaita.h>

#include "plx-search-bar.h"
#include "plx-text-search.h"

#define MATCH_TAG   "search-match"
#define CURRENT_TAG "search-current"
/* Matches tagged together when a pane shows any of them. */
#define CHUNK 64
/* More characters than a pane shows at once. */
#define MAX_SHOWN 20000

typedef struct
{
  PlxSearchBar   *bar;     /* borrowed: the bar this side belongs to */
  PlxArticlePane *pane;    /* borrowed */
  PlxArticle     *article; /* the article the index was made of */
  PlxTextSearch  *index;
  GArray         *matches; /* PlxTextMatch, in order */
  guint8         *tagged;  /* per chunk of matches: whether it is tagged */
  gboolean        clearing;
  guint           retag_id;
} Side;

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
  Side  sides[2];
  char *query;
  char *summary;
  int   current_side; /* or -1 */
  guint current;      /* index into that side's matches */
  guint research_id;
};

G_DEFINE_FINAL_TYPE (PlxSearchBar, plx_search_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_current (PlxSearchBar *self,
                          gboolean      scroll);

static GtkTextBuffer *
side_buffer (Side *side)
{
  return gtk_text_view_get_buffer (plx_article_pane_get_view (side->pane));
}

/* The marks are the strongest tags of the pane: whatever highlight lies
 * under a match, the match shows. They invert the text's colours, which
 * no highlight of a difference does. */
static void
update_tag_colors (Side *side)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (side_buffer (side));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkTextTag *match = gtk_text_tag_table_lookup (table, MATCH_TAG);
  GtkTextTag *current = gtk_text_tag_table_lookup (table, CURRENT_TAG);

  if (match == NULL || current == NULL)
    return;

  g_object_set (match, "background", dark ? "#deddda" : "#5e5c64", "foreground",
                dark ? "#241f31" : "#ffffff", NULL);
  g_object_set (current, "background", dark ? "#ffa348" : "#c64600", "foreground",
                dark ? "#241f31" : "#ffffff", NULL);
}

static void
ensure_tags (Side *side)
{
  GtkTextBuffer *buffer = side_buffer (side);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag;

  if (gtk_text_tag_table_lookup (table, MATCH_TAG) != NULL)
    return;

  tag = gtk_text_buffer_create_tag (buffer, MATCH_TAG, NULL);
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  tag = gtk_text_buffer_create_tag (buffer, CURRENT_TAG, NULL);
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  update_tag_colors (side);
}

static void
match_iters (Side        *side,
             guint        index,
             GtkTextIter *start,
             GtkTextIter *end)
{
  const PlxTextMatch *match = &g_array_index (side->matches, PlxTextMatch, index);

  plx_article_pane_get_iter_at_offset (side->pane, match->start, FALSE, start);
  plx_article_pane_get_iter_at_offset (side->pane, match->end, TRUE, end);
}

static void
remove_tags (Side *side)
{
  GtkTextBuffer *buffer = side_buffer (side);
  GtkTextIter start;
  GtkTextIter end;

  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), MATCH_TAG) == NULL)
    return;

  side->clearing = TRUE;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, MATCH_TAG, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, CURRENT_TAG, &start, &end);
  side->clearing = FALSE;
}

static guint
n_chunks (Side *side)
{
  return side->matches != NULL ? (side->matches->len + CHUNK - 1) / CHUNK : 0;
}

static void
tag_chunk (Side *side,
           guint chunk)
{
  GtkTextBuffer *buffer = side_buffer (side);
  guint last = MIN ((chunk + 1) * CHUNK, side->matches->len);

  if (side->tagged[chunk])
    return;

  side->tagged[chunk] = TRUE;
  ensure_tags (side);
  for (guint i = chunk * CHUNK; i < last; i++)
    {
      GtkTextIter start;
      GtkTextIter end;

      match_iters (side, i, &start, &end);
      gtk_text_buffer_apply_tag_by_name (buffer, MATCH_TAG, &start, &end);
    }
}

/* The offsets of the text a pane shows, and with @margin that share of
 * it again above and below. Lines below the screen may not be laid out
 * yet (their heights are not known, and the line at a y below the screen
 * can be the last one): the range grows by characters, and never past
 * MAX_SHOWN characters. */
static void
shown_range (Side    *side,
             gboolean margin,
             int     *from,
             int     *to)
{
  GtkTextView *view = plx_article_pane_get_view (side->pane);
  GdkRectangle rect;
  GtkTextIter iter;
  int extra;

  gtk_text_view_get_visible_rect (view, &rect);
  gtk_text_view_get_line_at_y (view, &iter, MAX (0, rect.y), NULL);
  *from = gtk_text_iter_get_offset (&iter);
  gtk_text_view_get_line_at_y (view, &iter, rect.y + MAX (rect.height, 1), NULL);
  gtk_text_iter_forward_to_line_end (&iter);
  *to = MIN (gtk_text_iter_get_offset (&iter), *from + MAX_SHOWN);
  extra = margin ? (*to - *from) / 2 : 0;
  *from = MAX (0, *from - extra);
  *to += extra;
}

/* Where match @index starts (or with @is_end, ends) in the pane's text. */
static int
shown_offset (Side    *side,
              guint    index,
              gboolean is_end)
{
  const PlxTextMatch *match = &g_array_index (side->matches, PlxTextMatch, index);
  GtkTextIter iter;

  plx_article_pane_get_iter_at_offset (side->pane, is_end ? match->end : match->start, is_end,
                                       &iter);
  return gtk_text_iter_get_offset (&iter);
}

/* The first match that ends after offset @offset of the pane's text. */
static guint
match_after (Side *side,
             int   offset)
{
  guint lo = 0;
  guint hi = side->matches->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (shown_offset (side, mid, TRUE) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Tags the chunks of matches the pane shows now. */
static void
tag_shown (Side *side)
{
  int from;
  int to;

  if (side->matches == NULL || side->matches->len == 0 || side->article == NULL)
    return;

  shown_range (side, TRUE, &from, &to);
  for (guint chunk = match_after (side, from) / CHUNK; chunk < n_chunks (side); chunk++)
    {
      if (shown_offset (side, chunk * CHUNK, FALSE) >= to)
        break;
      tag_chunk (side, chunk);
    }
}

static void
clear_side (Side *side)
{
  remove_tags (side);
  g_clear_pointer (&side->matches, g_array_unref);
  g_clear_pointer (&side->tagged, g_free);
}

static void
forget_article (Side *side)
{
  clear_side (side);
  g_clear_pointer (&side->index, plx_text_search_free);
  g_clear_object (&side->article);
  g_clear_handle_id (&side->retag_id, g_source_remove);
}

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

/* The first match at or below the top of its pane, A's before B's: where
 * the reader is, not the top of the article; else the very first. */
static void
pick_first (PlxSearchBar *self)
{
  self->current_side = -1;
  for (guint s = 0; s < 2 && self->current_side < 0; s++)
    {
      Side *side = &self->sides[s];
      guint first;
      int from;
      int to;

      if (side->matches == NULL || side->matches->len == 0)
        continue;
      shown_range (side, FALSE, &from, &to);
      first = match_after (side, from);
      if (first < side->matches->len)
        {
          self->current_side = s;
          self->current = first;
        }
    }

  for (guint s = 0; s < 2 && self->current_side < 0; s++)
    if (self->sides[s].matches != NULL && self->sides[s].matches->len > 0)
      {
        self->current_side = s;
        self->current = 0;
      }
}

static void
search (PlxSearchBar *self)
{
  self->current_side = -1;
  for (guint s = 0; s < 2; s++)
    {
      Side *side = &self->sides[s];
      PlxArticle *article = side->pane != NULL ? plx_article_pane_get_article (side->pane) : NULL;

      clear_side (side);
      if (article == NULL || self->query == NULL || self->query[0] == '\0')
        continue;
      if (side->article != article)
        {
          g_set_object (&side->article, article);
          g_clear_pointer (&side->index, plx_text_search_free);
        }
      if (side->index == NULL)
        side->index = plx_text_search_new (plx_article_get_text (article));
      side->matches = plx_text_search_find (side->index, self->query);
      side->tagged = g_new0 (guint8, n_chunks (side) + 1);
      tag_shown (side);
    }

  update_summary (self);
  pick_first (self);
  show_current (self, TRUE);
}

/* The sentence of @article that holds character @offset. */
static guint
sentence_at (PlxArticle *article,
             guint       offset)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  guint lo = 0;
  guint hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (sentences[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return n > 0 ? MIN (lo, n - 1) : 0;
}

/* Marks the current match and, with @scroll, brings it into view. */
static void
show_current (PlxSearchBar *self,
              gboolean      scroll)
{
  Side *side;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;
  GtkTextView *view;
  GdkRectangle visible;
  GdkRectangle location;

  for (guint s = 0; s < 2; s++)
    if (self->sides[s].pane != NULL &&
        gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (side_buffer (&self->sides[s])),
                                   CURRENT_TAG) != NULL)
      {
        gtk_text_buffer_get_bounds (side_buffer (&self->sides[s]), &start, &end);
        self->sides[s].clearing = TRUE;
        gtk_text_buffer_remove_tag_by_name (side_buffer (&self->sides[s]), CURRENT_TAG, &start,
                                            &end);
        self->sides[s].clearing = FALSE;
      }

  if (self->current_side < 0)
    return;

  side = &self->sides[self->current_side];
  buffer = side_buffer (side);
  ensure_tags (side);
  match_iters (side, self->current, &start, &end);
  gtk_text_buffer_apply_tag_by_name (buffer, CURRENT_TAG, &start, &end);
  if (!scroll)
    return;

  /* The cursor goes there too, for keyboard selection and screen
   * readers. */
  gtk_text_buffer_place_cursor (buffer, &start);
  view = plx_article_pane_get_view (side->pane);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &start, &location);
  /* In view, and not at its very edge: left where it is. */
  if (location.y >= visible.y + location.height &&
      location.y + 2 * location.height <= visible.y + visible.height)
    return;

  /* Out of view: shown as a key difference is, its sentence a third of
   * the way down the pane with its counterpart level beside it and its
   * changes in the details bar; the view keeps it there while the panes
   * lay out their text. */
  if (self->view != NULL)
    plx_comparison_view_show_sentence (self->view, self->current_side,
                                       sentence_at (side->article,
                                                    g_array_index (side->matches, PlxTextMatch,
                                                                   self->current).start));
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
    if (self->sides[s].pane == pane)
      forget_article (&self->sides[s]);
  if (self->current_side >= 0 && self->sides[self->current_side].matches == NULL)
    self->current_side = -1;
  if (self->research_id == 0 && self->query != NULL && self->query[0] != '\0')
    self->research_id = g_idle_add (research_cb, self);
  update_summary (self);
}

static gboolean
retag_cb (gpointer data)
{
  Side *side = data;
  PlxSearchBar *self = side->bar;

  side->retag_id = 0;
  tag_shown (side);
  if (self->current_side >= 0 && &self->sides[self->current_side] == side)
    show_current (self, FALSE);

  return G_SOURCE_REMOVE;
}

/* The pane took its tags off (a new comparison, a highlight switched off
 * in Preferences, an edit): the marks go back on where it shows them. */
static void
remove_tag_cb (GtkTextBuffer *buffer,
               GtkTextTag    *tag,
               GtkTextIter   *start,
               GtkTextIter   *end,
               PlxSearchBar  *self)
{
  if (tag != gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), MATCH_TAG))
    return;

  for (guint s = 0; s < 2; s++)
    {
      Side *side = &self->sides[s];

      if (side->pane == NULL || side_buffer (side) != buffer || side->clearing ||
          side->tagged == NULL)
        continue;
      /* After the pane has put its own tags back (the current match's
       * mark may be taken off after this one), before the next frame. */
      memset (side->tagged, 0, n_chunks (side));
      if (side->retag_id == 0)
        side->retag_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, retag_cb, side, NULL);
    }
}

static void
scrolled_a_cb (PlxSearchBar *self)
{
  tag_shown (&self->sides[PLX_SIDE_A]);
}

static void
scrolled_b_cb (PlxSearchBar *self)
{
  tag_shown (&self->sides[PLX_SIDE_B]);
}

static void
dark_changed_cb (PlxSearchBar *self)
{
  for (guint s = 0; s < 2; s++)
    if (self->sides[s].pane != NULL)
      update_tag_colors (&self->sides[s]);
}

static void
connect_pane (PlxSearchBar *self,
              PlxSide       s)
{
  Side *side = &self->sides[s];
  GtkAdjustment *adjustment = plx_article_pane_get_vadjustment (side->pane);
  GCallback scrolled = s == PLX_SIDE_A ? G_CALLBACK (scrolled_a_cb) : G_CALLBACK (scrolled_b_cb);

  g_signal_connect_object (side->pane, "notify::article", G_CALLBACK (article_changed_cb), self,
                           0);
  g_signal_connect_object (side_buffer (side), "remove-tag", G_CALLBACK (remove_tag_cb), self,
                           G_CONNECT_AFTER);
  g_signal_connect_object (adjustment, "value-changed", scrolled, self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", scrolled, self, G_CONNECT_SWAPPED);
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
    {
      g_clear_handle_id (&self->sides[s].retag_id, g_source_remove);
      g_clear_pointer (&self->sides[s].matches, g_array_unref);
      g_clear_pointer (&self->sides[s].tagged, g_free);
      g_clear_pointer (&self->sides[s].index, plx_text_search_free);
      g_clear_object (&self->sides[s].article);
      self->sides[s].pane = NULL;
    }
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
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

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
      self->sides[s].bar = self;
      self->sides[s].pane = plx_comparison_view_get_pane (view, s);
      connect_pane (self, s);
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

  return self->sides[side].matches != NULL ? self->sides[side].matches->len : 0;
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

  match = &g_array_index (self->sides[self->current_side].matches, PlxTextMatch, self->current);
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
