/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The matches of a search in one pane, and their marks in its text.
 *
 * Matching is plx-text-search.c's, in the article's own text; marks go
 * through the pane's map to the text it shows. A long article can hold
 * hundreds of thousands of matches of a short query, and tagging them all
 * would take seconds at every keystroke: matches are tagged in chunks,
 * only where the pane shows them, as it scrolls. Counting stays exact.
 *
 * The marks are the strongest tags of the pane: whatever highlight lies
 * under a match, the match shows. They invert the text's colours, which no
 * highlight of a difference does. When the pane takes its tags off to
 * paint them anew (another comparison, a highlight switched off, an edit),
 * the marks go back on before the next frame. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "plx-search-marks.h"

#define MATCH_TAG   "search-match"
#define CURRENT_TAG "search-current"
/* Matches tagged together when the pane shows any of them. */
#define CHUNK 64
/* More characters than a pane shows at once. */
#define MAX_SHOWN 20000

struct _PlxSearchMarks
{
  PlxArticlePane *pane;
  GtkTextView    *view;    /* the pane's */
  GtkTextBuffer  *buffer;  /* the view's */
  GtkAdjustment  *adjustment; /* the pane's vertical one */
  PlxArticle     *article; /* the article the index was made of */
  PlxTextSearch  *index;
  GArray         *matches; /* PlxTextMatch, in order */
  guint8         *tagged;  /* per chunk of matches: whether it is tagged */
  int             current; /* the match marked as current, or -1 */
  gboolean        clearing;
  guint           retag_id;
};

static void
update_colors (PlxSearchMarks *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
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
ensure_tags (PlxSearchMarks *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  GtkTextTag *tag;

  if (gtk_text_tag_table_lookup (table, MATCH_TAG) != NULL)
    return;

  tag = gtk_text_buffer_create_tag (self->buffer, MATCH_TAG, NULL);
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  tag = gtk_text_buffer_create_tag (self->buffer, CURRENT_TAG, NULL);
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  update_colors (self);
}

static void
match_iters (PlxSearchMarks *self,
             guint           index,
             GtkTextIter    *start,
             GtkTextIter    *end)
{
  const PlxTextMatch *match = &g_array_index (self->matches, PlxTextMatch, index);

  plx_article_pane_get_iter_at_offset (self->pane, match->start, FALSE, start);
  plx_article_pane_get_iter_at_offset (self->pane, match->end, TRUE, end);
}

static void
remove_tag (PlxSearchMarks *self,
            const char     *name)
{
  GtkTextIter start;
  GtkTextIter end;

  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (self->buffer), name) == NULL)
    return;

  self->clearing = TRUE;
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, name, &start, &end);
  self->clearing = FALSE;
}

static guint
n_chunks (PlxSearchMarks *self)
{
  return self->matches != NULL ? (self->matches->len + CHUNK - 1) / CHUNK : 0;
}

static void
tag_chunk (PlxSearchMarks *self,
           guint           chunk)
{
  guint last = MIN ((chunk + 1) * CHUNK, self->matches->len);

  if (self->tagged[chunk])
    return;

  self->tagged[chunk] = TRUE;
  ensure_tags (self);
  for (guint i = chunk * CHUNK; i < last; i++)
    {
      GtkTextIter start;
      GtkTextIter end;

      match_iters (self, i, &start, &end);
      gtk_text_buffer_apply_tag_by_name (self->buffer, MATCH_TAG, &start, &end);
    }
}

/* The offsets of the text the pane shows, and with @margin half of that
 * again above and below. Lines below the screen may not be laid out yet
 * (their heights are not known, and the line at a y below the screen can
 * be the last one): the range grows by characters, never past MAX_SHOWN. */
static void
shown_range (PlxSearchMarks *self,
             gboolean        margin,
             int            *from,
             int            *to)
{
  GtkTextView *view = self->view;
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
shown_offset (PlxSearchMarks *self,
              guint           index,
              gboolean        is_end)
{
  const PlxTextMatch *match = &g_array_index (self->matches, PlxTextMatch, index);
  GtkTextIter iter;

  plx_article_pane_get_iter_at_offset (self->pane, is_end ? match->end : match->start, is_end,
                                       &iter);
  return gtk_text_iter_get_offset (&iter);
}

/* The first match that ends after offset @offset of the pane's text. */
static guint
match_after (PlxSearchMarks *self,
             int             offset)
{
  guint lo = 0;
  guint hi = self->matches->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (shown_offset (self, mid, TRUE) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
mark_current (PlxSearchMarks *self)
{
  GtkTextIter start;
  GtkTextIter end;

  remove_tag (self, CURRENT_TAG);
  if (self->current < 0 || self->matches == NULL || (guint) self->current >= self->matches->len)
    return;

  ensure_tags (self);
  match_iters (self, self->current, &start, &end);
  gtk_text_buffer_apply_tag_by_name (self->buffer, CURRENT_TAG, &start, &end);
}

/* Tags the chunks of matches the pane shows now. */
static void
tag_shown (PlxSearchMarks *self)
{
  int from;
  int to;

  if (self->matches == NULL || self->matches->len == 0 || self->article == NULL)
    return;

  shown_range (self, TRUE, &from, &to);
  for (guint chunk = match_after (self, from) / CHUNK; chunk < n_chunks (self); chunk++)
    {
      if (shown_offset (self, chunk * CHUNK, FALSE) >= to)
        break;
      tag_chunk (self, chunk);
    }
}

static gboolean
retag_cb (gpointer data)
{
  PlxSearchMarks *self = data;

  self->retag_id = 0;
  tag_shown (self);
  mark_current (self);

  return G_SOURCE_REMOVE;
}

/* After the pane has put its own tags back (the current match's mark may
 * be taken off after this one), before the next frame. */
static void
remove_tag_cb (GtkTextBuffer  *buffer,
               GtkTextTag     *tag,
               GtkTextIter    *start,
               GtkTextIter    *end,
               PlxSearchMarks *self)
{
  if (self->clearing || self->tagged == NULL ||
      tag != gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), MATCH_TAG))
    return;

  memset (self->tagged, 0, n_chunks (self));
  if (self->retag_id == 0)
    self->retag_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, retag_cb, self, NULL);
}

static void
scrolled_cb (GtkAdjustment  *adjustment,
             PlxSearchMarks *self)
{
  tag_shown (self);
}

static void
dark_changed_cb (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 PlxSearchMarks  *self)
{
  update_colors (self);
}

/**
 * plx_search_marks_new:
 * @pane: the pane to mark
 *
 * Returns: (transfer full): marks of no search yet
 */
PlxSearchMarks *
plx_search_marks_new (PlxArticlePane *pane)
{
  PlxSearchMarks *self = g_new0 (PlxSearchMarks, 1);

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (pane), self);

  /* Held: the window may dispose of the pane before the marks. */
  self->pane = g_object_ref (pane);
  self->view = g_object_ref (plx_article_pane_get_view (pane));
  self->buffer = g_object_ref (gtk_text_view_get_buffer (self->view));
  self->adjustment = g_object_ref (plx_article_pane_get_vadjustment (pane));
  self->current = -1;
  g_signal_connect_after (self->buffer, "remove-tag", G_CALLBACK (remove_tag_cb), self);
  g_signal_connect (self->adjustment, "value-changed", G_CALLBACK (scrolled_cb), self);
  g_signal_connect (self->adjustment, "changed", G_CALLBACK (scrolled_cb), self);
  g_signal_connect (adw_style_manager_get_default (), "notify::dark",
                    G_CALLBACK (dark_changed_cb), self);

  return self;
}

void
plx_search_marks_free (PlxSearchMarks *self)
{
  if (self == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_signal_handlers_disconnect_by_data (self->adjustment, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_handle_id (&self->retag_id, g_source_remove);
  g_clear_object (&self->adjustment);
  g_clear_object (&self->buffer);
  g_clear_object (&self->view);
  g_clear_object (&self->pane);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->tagged, g_free);
  g_clear_pointer (&self->index, plx_text_search_free);
  g_clear_object (&self->article);
  g_free (self);
}

/**
 * plx_search_marks_find:
 * @query: (nullable): what to find; %NULL or empty finds nothing
 *
 * Finds @query in the pane's article and marks the matches it shows.
 */
void
plx_search_marks_find (PlxSearchMarks *self,
                       const char     *query)
{
  PlxArticle *article = plx_article_pane_get_article (self->pane);

  remove_tag (self, MATCH_TAG);
  remove_tag (self, CURRENT_TAG);
  self->current = -1;
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->tagged, g_free);
  if (article == NULL || query == NULL || query[0] == '\0')
    return;

  /* The article's text is folded once, not at every keystroke. */
  if (self->article != article)
    {
      g_set_object (&self->article, article);
      g_clear_pointer (&self->index, plx_text_search_free);
    }
  if (self->index == NULL)
    self->index = plx_text_search_new (plx_article_get_text (article));
  self->matches = plx_text_search_find (self->index, query);
  self->tagged = g_new0 (guint8, n_chunks (self) + 1);
  tag_shown (self);
}

/* The pane shows another article: what was found is gone. */
void
plx_search_marks_forget (PlxSearchMarks *self)
{
  plx_search_marks_find (self, NULL);
  g_clear_pointer (&self->index, plx_text_search_free);
  g_clear_object (&self->article);
}

guint
plx_search_marks_get_n (const PlxSearchMarks *self)
{
  return self->matches != NULL ? self->matches->len : 0;
}

const PlxTextMatch *
plx_search_marks_get (const PlxSearchMarks *self,
                      guint                 index)
{
  g_return_val_if_fail (index < plx_search_marks_get_n (self), NULL);

  return &g_array_index (self->matches, PlxTextMatch, index);
}

/* The first match at or below the top of the pane, or the number of
 * matches when there is none. */
guint
plx_search_marks_first_shown (PlxSearchMarks *self)
{
  int from;
  int to;

  if (plx_search_marks_get_n (self) == 0)
    return 0;

  shown_range (self, FALSE, &from, &to);
  return match_after (self, from);
}

/**
 * plx_search_marks_set_current:
 * @index: the match to mark as current, or -1 for none
 *
 * The cursor goes there too, for keyboard selection and screen readers.
 */
void
plx_search_marks_set_current (PlxSearchMarks *self,
                              int             index)
{
  self->current = index;
  mark_current (self);
  if (index >= 0 && (guint) index < plx_search_marks_get_n (self))
    {
      GtkTextIter start;
      GtkTextIter end;

      match_iters (self, index, &start, &end);
      gtk_text_buffer_place_cursor (self->buffer, &start);
    }
}

/* Whether match @index is in view, and not at the very edge of it. */
gboolean
plx_search_marks_is_in_view (PlxSearchMarks *self,
                             guint           index)
{
  GtkTextView *view = self->view;
  GtkTextIter start;
  GtkTextIter end;
  GdkRectangle visible;
  GdkRectangle location;

  match_iters (self, index, &start, &end);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &start, &location);

  return location.y >= visible.y + location.height &&
         location.y + 2 * location.height <= visible.y + visible.height;
}

/* The sentence of the article that holds match @index. */
guint
plx_search_marks_get_sentence (const PlxSearchMarks *self,
                               guint                 index)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (self->article, &n);
  guint offset = plx_search_marks_get (self, index)->start;
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
