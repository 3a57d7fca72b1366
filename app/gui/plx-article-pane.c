/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* One side of the comparison: a header naming the article and a read-only,
 * word-wrapped view of its text. It shows; it does not analyse. The view
 * holds the text as plx-display-text.c shapes it for layout, so every
 * article offset goes through to_iter() and every buffer offset through
 * article_offset(). */

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "plx-article-pane.h"
#include "plx-display-text.h"
#include "plx-palette.h"

/* Labels show the start of a title that is a whole paragraph. */
#define MAX_TITLE_CHARS 300

struct _PlxArticlePane
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkLabel          *title_label;
  GtkLabel          *source_label;
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkTextView       *view;

  /* owned */
  PlxArticle     *article;
  PlxDisplayText *display; /* the article's text as shown */
  PlxComparison  *comparison;
  PlxSide         side;
  GtkCssProvider *font_css;
  guint8          highlighted; /* PlxTag bits shown in their own colour */
};

/* The tags from the strongest down, as plx_tag_strongest() ranks them: a
 * stronger tag's highlight lies over a weaker one's. Their colours are the
 * palette's (plx-palette.c). */
static const PlxTag highlights[] = {
  PLX_TAG_NEGATION, PLX_TAG_LOADED,  PLX_TAG_HEDGE,  PLX_TAG_INTENSIFIER,
  PLX_TAG_REPORTING_VERB, PLX_TAG_QUOTE, PLX_TAG_NUMBER, PLX_TAG_NAME,
};

G_DEFINE_FINAL_TYPE (PlxArticlePane, plx_article_pane, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_article_pane_dispose (GObject *object)
{
  PlxArticlePane *self = (PlxArticlePane *) object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_ARTICLE_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);
  g_clear_pointer (&self->display, plx_display_text_free);
  g_clear_object (&self->comparison);
  g_clear_object (&self->font_css);

  G_OBJECT_CLASS (plx_article_pane_parent_class)->dispose (object);
}

static void
plx_article_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_pane_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      plx_article_pane_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_pane_class_init (PlxArticlePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_article_pane_dispose;
  object_class->get_property = plx_article_pane_get_property;
  object_class->set_property = plx_article_pane_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-article-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articlepane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
update_colors (PlxArticlePane *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (self->view));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA unmatched;
  GdkRGBA changed;
  GdkRGBA focus;
  GdkRGBA mark;

  for (guint i = 0; i < G_N_ELEMENTS (highlights); i++)
    {
      const PlxSwatch *swatch = plx_palette_tag (highlights[i]);
      GdkRGBA color;

      gdk_rgba_parse (&color, dark ? swatch->dark : swatch->light);
      g_object_set (gtk_text_tag_table_lookup (table, swatch->name), "background-rgba", &color,
                    NULL);
    }

  gdk_rgba_parse (&unmatched, dark ? plx_palette_unmatched ()->dark
                                   : plx_palette_unmatched ()->light);
  gdk_rgba_parse (&changed, dark ? plx_palette_changed ()->dark : plx_palette_changed ()->light);
  gdk_rgba_parse (&focus, dark ? plx_palette_focus ()->dark : plx_palette_focus ()->light);
  g_object_set (gtk_text_tag_table_lookup (table, "unmatched"), "background-rgba", &unmatched,
                "foreground-rgba", NULL, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "changed"), "background-rgba", &changed, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "focus"), "background-rgba", &focus, NULL);
  gdk_rgba_parse (&mark, dark ? plx_palette_mark ()->dark : plx_palette_mark ()->light);
  g_object_set (gtk_text_tag_table_lookup (table, plx_palette_mark ()->name), "underline-rgba",
                &mark, NULL);
}

static void
dark_changed_cb (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 PlxArticlePane  *self)
{
  update_colors (self);
}

/* Copying takes the article's own text: the view shows some spaces as
 * line breaks and adds breaks to very long words. */
static void
copy_clipboard_cb (GtkTextView    *view,
                   PlxArticlePane *self)
{
  const char *text;
  const char *from;
  const char *to;
  guint start;
  guint end;
  g_autofree char *copied = NULL;

  if (!plx_article_pane_get_selection (self, &start, &end))
    return;

  text = plx_article_get_text (self->article);
  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (from, end - start);
  copied = g_strndup (from, to - from);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (view)), copied);
  g_signal_stop_emission_by_name (view, "copy-clipboard");
}

static void
plx_article_pane_init (PlxArticlePane *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->highlighted = 0xff;

  /* Lower priority first: the focus shows under the word highlights. */
  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_create_tag (buffer, "unmatched", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "focus", NULL);
  gtk_text_buffer_create_tag (buffer, "changed", NULL);
  gtk_text_buffer_create_tag (buffer, plx_palette_mark ()->name, "underline",
                              PANGO_UNDERLINE_DOUBLE, NULL);
  for (guint i = G_N_ELEMENTS (highlights); i > 0; i--)
    gtk_text_buffer_create_tag (buffer, plx_palette_tag (highlights[i - 1])->name, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, NULL);
  update_colors (self);
  g_signal_connect_object (self->view, "copy-clipboard", G_CALLBACK (copy_clipboard_cb), self, 0);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, 0);
}

GtkWidget *
plx_article_pane_new (void)
{
  return g_object_new (PLX_TYPE_ARTICLE_PANE, NULL);
}

PlxArticle *
plx_article_pane_get_article (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return self->article;
}

void
plx_article_pane_set_article (PlxArticlePane *self,
                              PlxArticle     *article)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));
  g_return_if_fail (article == NULL || PLX_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  g_clear_pointer (&self->display, plx_display_text_free);

  if (article == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      gtk_label_set_label (self->title_label, _("No Article"));
      gtk_label_set_label (self->source_label, "");
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      g_autofree char *accessible = NULL;

      g_autofree char *summary = NULL;
      g_autofree char *title = plx_display_text_shorten (plx_article_get_title (article),
                                                         MAX_TITLE_CHARS);
      guint n = plx_article_get_n_sentences (article);

      self->display = plx_display_text_new (plx_article_get_text (article));
      gtk_text_buffer_set_text (buffer, plx_display_text_get_text (self->display), -1);
      gtk_label_set_label (self->title_label, title);
      /* Translators: pane subtitle, "kremlin-a.txt · 17 sentences". */
      summary = g_strdup_printf (ngettext ("%s · %u sentence", "%s · %u sentences", n),
                                 plx_article_get_source (article), n);
      gtk_label_set_label (self->source_label, summary);
      gtk_stack_set_visible_child_name (self->stack, "text");

      /* Translators: accessible name of an article's text, %s is its title. */
      accessible = g_strdup_printf (_("Text of “%s”"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }

  g_clear_object (&self->comparison);
  plx_article_pane_set_comparison (self, NULL, self->side);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

GtkTextView *
plx_article_pane_get_view (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return self->view;
}

GtkAdjustment *
plx_article_pane_get_vadjustment (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

/* The iter at article offset @offset; @is_end when it ends a range. */
static void
to_iter (PlxArticlePane *self,
         guint           offset,
         gboolean        is_end,
         GtkTextIter    *iter)
{
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->view), iter,
                                      plx_display_text_to_display (self->display, offset,
                                                                   is_end));
}

/**
 * plx_article_pane_get_iter:
 * @offset: a character offset of the article text
 * @is_end: whether it ends a range
 *
 * The place in the pane's text of an article offset (the pane shows the
 * text reshaped for layout).
 */
void
plx_article_pane_get_iter (PlxArticlePane *self,
                           guint           offset,
                           gboolean        is_end,
                           GtkTextIter    *iter)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self) && self->display != NULL);

  to_iter (self, offset, is_end, iter);
}

static guint
article_offset (PlxArticlePane    *self,
                const GtkTextIter *iter)
{
  return plx_display_text_to_article (self->display, gtk_text_iter_get_offset (iter));
}

static void
iter_at_sentence (PlxArticlePane *self,
                  guint           sentence,
                  GtkTextIter    *start,
                  GtkTextIter    *end)
{
  const PlxSentence *sentences = plx_article_get_sentences (self->article, NULL);

  to_iter (self, sentences[sentence].start, FALSE, start);
  to_iter (self, sentences[sentence].end, TRUE, end);
}

/* Character offset of a byte position inside a sentence. */
static guint
char_offset (const char        *text,
             const PlxSentence *sentence,
             gsize              byte)
{
  return sentence->start + g_utf8_strlen (text + sentence->byte_start, byte - sentence->byte_start);
}

/* Tags article characters [@start, @end). */
static void
apply_tag (PlxArticlePane *self,
           const char     *name,
           guint           start,
           guint           end)
{
  GtkTextIter from;
  GtkTextIter to;

  to_iter (self, start, FALSE, &from);
  to_iter (self, end, TRUE, &to);
  gtk_text_buffer_apply_tag_by_name (gtk_text_view_get_buffer (self->view), name, &from, &to);
}

static const char *
highlight_for (PlxArticlePane *self,
               guint8          tags)
{
  const PlxSwatch *swatch = plx_palette_for_tags (tags & self->highlighted);

  return swatch != NULL ? swatch->name : plx_palette_changed ()->name;
}

/* Finds the sentence that holds byte @byte, starting from @hint. */
static guint
sentence_of (const PlxSentence *sentences,
             guint              n,
             gsize              byte,
             guint              hint)
{
  guint i = MIN (hint, n - 1);

  while (i + 1 < n && sentences[i].byte_end <= byte)
    i++;
  while (i > 0 && sentences[i].byte_start > byte)
    i--;

  return i;
}

/* Underlines the loaded words of the article, in every sentence. */
static void
mark_loaded_words (PlxArticlePane *self,
                   PlxComparison  *comparison,
                   PlxSide         side)
{
  guint n_marks;
  const PlxMark *marks = plx_comparison_get_marks (comparison, side, &n_marks);

  for (guint i = 0; i < n_marks; i++)
    if ((marks[i].tags & PLX_TAG_LOADED) && (self->highlighted & PLX_TAG_LOADED))
      apply_tag (self, plx_palette_mark ()->name, marks[i].start, marks[i].end);
}

/* Highlights the words each link changes on @side by what they touch. */
static void
mark_changes (PlxArticlePane *self,
              PlxComparison  *comparison,
              PlxSide         side)
{
  const char *text = plx_article_get_text (self->article);
  const PlxSentence *sentences;
  guint n;

  sentences = plx_article_get_sentences (self->article, &n);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      GArray *edits = plx_comparison_get_link_diff (comparison, k);
      guint first = side == PLX_SIDE_A ? link->a_start : link->b_start;
      guint last = side == PLX_SIDE_A ? link->a_end : link->b_end;
      const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, first, last, NULL);
      guint hint = first;

      for (guint e = 0; e < edits->len; e++)
        {
          const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, e);
          guint from = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
          guint to = side == PLX_SIDE_A ? edit->a_end : edit->b_end;
          guint s1;
          guint s2;

          if (edit->op == PLX_DIFF_EQUAL || edit->light || from == to)
            continue;

          s1 = sentence_of (sentences, n, tokens[from].byte_start, hint);
          s2 = sentence_of (sentences, n, tokens[to - 1].byte_end - 1, s1);
          hint = s2;
          apply_tag (self, highlight_for (self, edit->tags),
                     char_offset (text, &sentences[s1], tokens[from].byte_start),
                     char_offset (text, &sentences[s2], tokens[to - 1].byte_end));
        }
    }
}

/**
 * plx_article_pane_set_comparison:
 *
 * Shows the comparison on this pane's side: unmatched sentences shaded and
 * the words that differ highlighted by what they touch.
 */
void
plx_article_pane_set_comparison (PlxArticlePane *self,
                                 PlxComparison  *comparison,
                                 PlxSide         side)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;
  const PlxSentence *sentences;
  guint n;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));
  g_return_if_fail (comparison == NULL || PLX_IS_COMPARISON (comparison));

  g_set_object (&self->comparison, comparison);
  self->side = side;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_all_tags (buffer, &start, &end);

  if (self->article == NULL)
    return;

  sentences = plx_article_get_sentences (self->article, &n);
  for (guint i = 0; i < n; i++)
    if (sentences[i].kind != PLX_SENTENCE_BODY)
      apply_tag (self, "heading", sentences[i].start, sentences[i].end);

  if (!plx_comparison_is_done (comparison) ||
      plx_comparison_get_article (comparison, side) != self->article)
    return;

  {
    g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);
    g_autofree char *summary = NULL;

    /* Translators: pane subtitle, "kremlin-a.txt · 17 sentences · 47 % matched". */
    summary = g_strdup_printf (ngettext ("%s · %u sentence · %.0f %% matched",
                                         "%s · %u sentences · %.0f %% matched", n),
                               plx_article_get_source (self->article), n,
                               n > 0 ? 100.0 * (n - unmatched->len) / n : 0.0);
    gtk_label_set_label (self->source_label, summary);

    for (guint k = 0; k < unmatched->len; k++)
      {
        guint i = g_array_index (unmatched, guint, k);

        apply_tag (self, "unmatched", sentences[i].start, sentences[i].end);
      }
  }

  mark_loaded_words (self, comparison, side);
  mark_changes (self, comparison, side);
}

/**
 * plx_article_pane_get_buffer_y:
 *
 * The vertical extent of a sentence in the text's own coordinates.
 */
gboolean
plx_article_pane_get_buffer_y (PlxArticlePane *self,
                               guint           sentence,
                               int            *top,
                               int            *bottom)
{
  GtkTextIter start;
  GtkTextIter end;
  GdkRectangle first;
  GdkRectangle last;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), FALSE);

  if (self->article == NULL || sentence >= plx_article_get_n_sentences (self->article))
    return FALSE;

  iter_at_sentence (self, sentence, &start, &end);
  gtk_text_view_get_iter_location (self->view, &start, &first);
  if (gtk_text_iter_compare (&start, &end) < 0)
    gtk_text_iter_backward_char (&end);
  gtk_text_view_get_iter_location (self->view, &end, &last);
  *top = first.y;
  *bottom = MAX (last.y + last.height, first.y + first.height);

  return TRUE;
}

/**
 * plx_article_pane_get_sentence_y:
 *
 * The vertical extent of a sentence as shown now, in the coordinates of
 * @relative_to.
 */
gboolean
plx_article_pane_get_sentence_y (PlxArticlePane *self,
                                 guint           sentence,
                                 GtkWidget      *relative_to,
                                 double         *top,
                                 double         *bottom)
{
  int buffer_top;
  int buffer_bottom;
  int x;
  int window_top;
  int window_bottom;

  if (!plx_article_pane_get_buffer_y (self, sentence, &buffer_top, &buffer_bottom))
    return FALSE;

  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, 0, buffer_top, &x,
                                         &window_top);
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, 0, buffer_bottom, &x,
                                         &window_bottom);

  return gtk_widget_translate_coordinates (GTK_WIDGET (self->view), relative_to, 0, window_top,
                                           NULL, top) &&
         gtk_widget_translate_coordinates (GTK_WIDGET (self->view), relative_to, 0, window_bottom,
                                           NULL, bottom);
}

/**
 * plx_article_pane_sentence_at_y:
 *
 * Returns: the sentence at @buffer_y, or -1
 */
int
plx_article_pane_sentence_at_y (PlxArticlePane *self,
                                int             buffer_y)
{
  GtkTextIter iter;
  guint offset;
  guint n;
  const PlxSentence *sentences;
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), -1);

  if (self->article == NULL)
    return -1;

  gtk_text_view_get_line_at_y (self->view, &iter, buffer_y, NULL);
  offset = article_offset (self, &iter);
  sentences = plx_article_get_sentences (self->article, &n);
  hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (sentences[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < n ? (int) lo : (int) n - 1;
}

/**
 * plx_article_pane_focus_sentences:
 *
 * Marks sentences [start, end) as the ones in focus; an empty range clears
 * the focus.
 */
void
plx_article_pane_focus_sentences (PlxArticlePane *self,
                                  guint           start,
                                  guint           end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from;
  GtkTextIter to;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &from, &to);
  gtk_text_buffer_remove_tag_by_name (buffer, "focus", &from, &to);

  if (self->article == NULL || start >= end)
    return;

  end = MIN (end, plx_article_get_n_sentences (self->article));
  for (guint i = start; i < end; i++)
    {
      const PlxSentence *sentences = plx_article_get_sentences (self->article, NULL);

      apply_tag (self, "focus", sentences[i].start, sentences[i].end);
    }
}

/**
 * plx_article_pane_get_selection:
 * @start: (out): the article offset where the selection starts
 * @end: (out): the article offset where it ends
 *
 * Returns: whether text is selected
 */
gboolean
plx_article_pane_get_selection (PlxArticlePane *self,
                                guint          *start,
                                guint          *end)
{
  GtkTextIter from;
  GtkTextIter to;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), FALSE);

  if (self->article == NULL ||
      !gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (self->view), &from, &to))
    return FALSE;

  *start = article_offset (self, &from);
  *end = article_offset (self, &to);

  return TRUE;
}

void
plx_article_pane_scroll_to_sentence (PlxArticlePane *self,
                                     guint           sentence)
{
  GtkTextIter start;
  GtkTextIter end;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (self->article == NULL || sentence >= plx_article_get_n_sentences (self->article))
    return;

  iter_at_sentence (self, sentence, &start, &end);
  gtk_text_view_scroll_to_iter (self->view, &start, 0.0, TRUE, 0.0, 0.3);
}

/**
 * plx_article_pane_count_tagged:
 *
 * Returns: how many separate stretches of text carry the tag @tag_name
 *   (for tests and the legend)
 */
guint
plx_article_pane_count_tagged (PlxArticlePane *self,
                               const char     *tag_name)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter iter;
  guint count = 0;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), 0);

  buffer = gtk_text_view_get_buffer (self->view);
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  if (tag == NULL)
    return 0;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (gtk_text_iter_starts_tag (&iter, tag))
    count++;
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    if (gtk_text_iter_starts_tag (&iter, tag))
      count++;

  return count;
}

/**
 * plx_article_pane_set_font:
 * @font: (nullable): a Pango font description, or %NULL for the default
 */
void
plx_article_pane_set_font (PlxArticlePane *self,
                           const char     *font)
{
  g_autoptr(PangoFontDescription) description = NULL;
  g_autoptr(GString) css = g_string_new ("textview.article-text {");

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (self->font_css == NULL)
    {
      self->font_css = gtk_css_provider_new ();
      /* Per-widget style: the provider reaches this view only. */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                      GTK_STYLE_PROVIDER (self->font_css),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      G_GNUC_END_IGNORE_DEPRECATIONS
    }

  if (font != NULL && font[0] != '\0')
    {
      description = pango_font_description_from_string (font);
      if (pango_font_description_get_set_fields (description) & PANGO_FONT_MASK_FAMILY)
        g_string_append_printf (css, " font-family: \"%s\";",
                                pango_font_description_get_family (description));
      if (pango_font_description_get_size (description) > 0)
        g_string_append_printf (css, " font-size: %dpt;",
                                pango_font_description_get_size (description) / PANGO_SCALE);
    }
  g_string_append (css, " }");
  gtk_css_provider_load_from_data (self->font_css, css->str, -1);
}

/**
 * plx_article_pane_set_highlighted:
 * @tags: the #PlxTag bits to show in their own colour; others show as
 *   plain changes
 */
void
plx_article_pane_set_highlighted (PlxArticlePane *self,
                                  guint8          tags)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (self->highlighted == tags)
    return;

  self->highlighted = tags;
  plx_article_pane_set_comparison (self, self->comparison, self->side);
}
