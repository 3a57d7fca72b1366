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

#include "plx-article-pane-private.h"
#include "plx-citation.h"
#include "plx-display-text.h"
#include "plx-figures.h"
#include "plx-focus-bar.h"
#include "plx-palette.h"

/* Labels show the start of a title that is a whole paragraph. */
#define MAX_TITLE_CHARS 300
/* Lines of about this many characters read best: a wider pane centres a
 * column of this width. */
#define MAX_LINE_CHARS 80

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
  g_clear_pointer (&self->font, pango_font_description_free);

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
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, header);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, citation_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, loading_page);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, clamp);
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
  g_object_set (gtk_text_tag_table_lookup (table, "unmatched"), "foreground-rgba", &unmatched,
                NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "changed"), "background-rgba", &changed, NULL);
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

/* Caps the text's width at MAX_LINE_CHARS characters of its font: the
 * font of the style, or the user's as soon as it is chosen (its style is
 * applied only at the next frame). */
static void
cap_line_length (PlxArticlePane *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->view));
  g_autoptr(PangoFontDescription) font = NULL;
  PangoFontMetrics *metrics;
  int width;

  font = pango_font_description_copy (pango_context_get_font_description (context));
  if (self->font != NULL)
    pango_font_description_merge (font, self->font, TRUE);
  metrics = pango_context_get_metrics (context, font, NULL);
  width = MAX_LINE_CHARS * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE +
          gtk_text_view_get_left_margin (self->view) + gtk_text_view_get_right_margin (self->view);
  pango_font_metrics_unref (metrics);
  adw_clamp_scrollable_set_maximum_size (self->clamp, width);
  adw_clamp_scrollable_set_tightening_threshold (self->clamp, width);
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
  self->highlighted = PLX_HIGHLIGHT_ALL;
  self->focus_bar = PLX_FOCUS_BAR (plx_focus_bar_new (self->view));

  /* Lower priority first. The focus tag has no colour: the focus bar in
   * the gutter marks it. */
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
  g_signal_connect_object (self->view, "map", G_CALLBACK (cap_line_length), self,
                           G_CONNECT_SWAPPED);
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

/* The citation line under the title: outlet · authors · date, and the
 * page's address as a link named by its host (the whole address in its
 * tooltip), from the one builder every report uses. Hidden when the page
 * says nothing about its article. */
static void
update_citation (PlxArticlePane *self)
{
  g_autoptr(PlxCitation) citation = NULL;
  g_autoptr(GString) markup = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;

  if (self->article != NULL)
    citation = plx_citation_new_for_article (self->article);
  gtk_widget_set_visible (GTK_WIDGET (self->citation_label),
                          citation != NULL && !plx_citation_is_empty (citation));
  if (citation == NULL || plx_citation_is_empty (citation))
    {
      gtk_label_set_label (self->citation_label, "");
      return;
    }

  byline = plx_citation_dup_byline (citation);
  escaped = g_markup_escape_text (byline, -1);
  markup = g_string_new (NULL);
  g_string_append (markup, escaped);
  if (citation->url_is_web)
    {
      g_autoptr(GUri) uri = g_uri_parse (citation->url, G_URI_FLAGS_NONE, NULL);
      g_autofree char *href = g_markup_escape_text (citation->url, -1);
      g_autofree char *host = g_markup_escape_text (g_uri_get_host (uri), -1);

      g_string_append_printf (markup, "%s<a href=\"%s\" title=\"%s\">%s</a>",
                              markup->len > 0 ? " · " : "", href, href, host);
    }
  gtk_label_set_markup (self->citation_label, markup->str);
  /* The whole line, address and all, for a line cut short and for a
   * non-web address, which is never a link. */
  text = plx_citation_dup_text (citation);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->citation_label), text);
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
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      g_autofree char *accessible = NULL;
      g_autofree char *title = plx_display_text_shorten (plx_article_get_title (article),
                                                         MAX_TITLE_CHARS);

      self->display = plx_display_text_new_for_article (article);
      gtk_text_buffer_set_text (buffer, plx_display_text_get_text (self->display), -1);
      gtk_label_set_label (self->title_label, title);
      gtk_stack_set_visible_child_name (self->stack, "text");

      /* Translators: accessible name of an article's text, %s is its title. */
      accessible = g_strdup_printf (_("Text of “%s”"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }

  update_citation (self);
  g_clear_object (&self->comparison);
  self->focus_start = self->focus_end = 0;
  plx_article_pane_set_comparison (self, NULL, self->side);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * plx_article_pane_set_loading:
 * @title: (nullable): what is on its way, "Fetching example.org…", or
 *   %NULL when nothing is
 *
 * Shows an empty pane as waiting for its article, with a spinner, until
 * the article is set or this is called again with %NULL. A pane that shows
 * an article keeps it meanwhile.
 */
void
plx_article_pane_set_loading (PlxArticlePane *self,
                              const char     *title)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (self->article != NULL)
    return;

  adw_status_page_set_title (self->loading_page, title != NULL ? title : "");
  gtk_label_set_label (self->title_label, title != NULL ? title : _("No Article"));
  gtk_stack_set_visible_child_name (self->stack, title != NULL ? "loading" : "empty");
}

/**
 * plx_article_pane_get_header:
 *
 * Returns: (transfer none): the header above the text (title, citation,
 *   source), for keeping both panes' headers one height
 */
GtkWidget *
plx_article_pane_get_header (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return self->header;
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
void
plx_article_pane_to_iter (PlxArticlePane *self,
                          guint           offset,
                          gboolean        is_end,
                          GtkTextIter    *iter)
{
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->view), iter,
                                      plx_display_text_to_display (self->display, offset,
                                                                   is_end));
}

void
plx_article_pane_iter_at_sentence (PlxArticlePane *self,
                                   guint           sentence,
                                   GtkTextIter    *start,
                                   GtkTextIter    *end)
{
  const PlxSentence *sentences = plx_article_get_sentences (self->article, NULL);

  plx_article_pane_to_iter (self, sentences[sentence].start, FALSE, start);
  plx_article_pane_to_iter (self, sentences[sentence].end, TRUE, end);
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

  plx_article_pane_to_iter (self, start, FALSE, &from);
  plx_article_pane_to_iter (self, end, TRUE, &to);
  gtk_text_buffer_apply_tag_by_name (gtk_text_view_get_buffer (self->view), name, &from, &to);
}

/* The highlight of a change that touches @tags: the strongest kind shown,
 * "changed" for a change that touches none, or %NULL when every kind it
 * touches is hidden (a hidden kind is hidden, not shown as another). */
static const char *
highlight_for (PlxArticlePane *self,
               guint8          tags)
{
  const PlxSwatch *swatch = plx_palette_for_tags (tags & self->highlighted);

  if (swatch != NULL)
    return swatch->name;
  if (tags == 0 && (self->highlighted & PLX_HIGHLIGHT_CHANGED))
    return plx_palette_changed ()->name;

  return NULL;
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
    if ((marks[i].tags & PLX_TAG_LOADED) && (self->highlighted & PLX_HIGHLIGHT_MARKS))
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
          const char *highlight;

          if (edit->op == PLX_DIFF_EQUAL || edit->light || from == to)
            continue;

          highlight = highlight_for (self, edit->tags);
          if (highlight == NULL)
            continue;
          s1 = sentence_of (sentences, n, tokens[from].byte_start, hint);
          s2 = sentence_of (sentences, n, tokens[to - 1].byte_end - 1, s1);
          hint = s2;
          apply_tag (self, highlight,
                     char_offset (text, &sentences[s1], tokens[from].byte_start),
                     char_offset (text, &sentences[s2], tokens[to - 1].byte_end));
        }
    }
}

/* The pane's subtitle: the article's source and sentences, and with
 * @comparison done for it, the share of them linked (no figure of an
 * earlier comparison stays when there is none). */
static void
show_summary (PlxArticlePane *self,
              PlxComparison  *comparison,
              PlxSide         side)
{
  g_autofree char *summary = NULL;
  g_autofree char *explained = NULL;
  g_autofree char *percent = NULL;
  guint linked;
  guint n;

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_label), NULL);
  if (self->article == NULL)
    {
      gtk_label_set_label (self->source_label, "");
      return;
    }
  n = plx_article_get_n_sentences (self->article);
  if (!plx_comparison_is_done (comparison) ||
      plx_comparison_get_article (comparison, side) != self->article)
    {
      /* Translators: pane subtitle, "kremlin-a.txt · 17 sentences". */
      summary = g_strdup_printf (ngettext ("%s · %u sentence", "%s · %u sentences", n),
                                 plx_article_get_source (self->article), n);
      gtk_label_set_label (self->source_label, summary);
      return;
    }

  linked = plx_comparison_count_linked (comparison, side);
  percent = plx_format_percent (n > 0 ? (double) linked / n : 0);
  /* Translators: pane subtitle, "kremlin-a.txt · 17 sentences · 47% linked":
   * the share of this article's sentences that have a counterpart in the
   * other article; the third %s is a percentage. */
  summary = g_strdup_printf (ngettext ("%s · %u sentence · %s linked",
                                       "%s · %u sentences · %s linked", n),
                             plx_article_get_source (self->article), n, percent);
  gtk_label_set_label (self->source_label, summary);
  /* Translators: tooltip of the pane subtitle, "8 of the 17 sentences of
   * this article (47%) have a counterpart…". */
  explained = g_strdup_printf (ngettext ("%u of the %u sentence of this article (%s) has a "
                                         "counterpart in the other article. Sentences "
                                         "without one are in grey italics.",
                                         "%u of the %u sentences of this article (%s) have a "
                                         "counterpart in the other article. Sentences "
                                         "without one are in grey italics.", n),
                               linked, n, percent);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_label), explained);
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
  plx_focus_bar_set_range (self->focus_bar, -1, -1);
  show_summary (self, comparison, side);

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

    for (guint k = 0; k < unmatched->len && (self->highlighted & PLX_HIGHLIGHT_UNMATCHED); k++)
      {
        guint i = g_array_index (unmatched, guint, k);

        apply_tag (self, "unmatched", sentences[i].start, sentences[i].end);
      }
  }

  mark_loaded_words (self, comparison, side);
  mark_changes (self, comparison, side);
  plx_article_pane_focus_sentences (self, self->focus_start, self->focus_end);
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
  const PlxSentence *sentences;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &from, &to);
  gtk_text_buffer_remove_tag_by_name (buffer, "focus", &from, &to);
  self->focus_start = self->focus_end = 0;
  plx_focus_bar_set_range (self->focus_bar, -1, -1);

  if (self->article == NULL || start >= end)
    return;

  end = MIN (end, plx_article_get_n_sentences (self->article));
  if (start >= end)
    return;

  self->focus_start = start;
  self->focus_end = end;
  sentences = plx_article_get_sentences (self->article, NULL);
  for (guint i = start; i < end; i++)
    apply_tag (self, "focus", sentences[i].start, sentences[i].end);

  plx_article_pane_to_iter (self, sentences[start].start, FALSE, &from);
  plx_article_pane_to_iter (self, sentences[end - 1].end, TRUE, &to);
  plx_focus_bar_set_range (self->focus_bar, gtk_text_iter_get_offset (&from),
                           gtk_text_iter_get_offset (&to));
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

  g_clear_pointer (&self->font, pango_font_description_free);
  if (font != NULL && font[0] != '\0')
    {
      description = pango_font_description_from_string (font);
      self->font = pango_font_description_copy (description);
      pango_font_description_unset_fields (self->font, ~(PANGO_FONT_MASK_FAMILY |
                                                         PANGO_FONT_MASK_SIZE));
      if (pango_font_description_get_set_fields (description) & PANGO_FONT_MASK_FAMILY)
        g_string_append_printf (css, " font-family: \"%s\";",
                                pango_font_description_get_family (description));
      if (pango_font_description_get_size (description) > 0)
        g_string_append_printf (css, " font-size: %dpt;",
                                pango_font_description_get_size (description) / PANGO_SCALE);
    }
  g_string_append (css, " }");
  gtk_css_provider_load_from_data (self->font_css, css->str, -1);
  cap_line_length (self);
}

/**
 * plx_article_pane_set_highlighted:
 * @tags: the #PlxTag bits to show in their own colour, with
 *   #PlxHighlight bits for the other kinds; what is left out is not shown
 */
void
plx_article_pane_set_highlighted (PlxArticlePane *self,
                                  guint           tags)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (self->highlighted == tags)
    return;

  self->highlighted = tags;
  plx_article_pane_set_comparison (self, self->comparison, self->side);
}

/**
 * plx_article_pane_get_iter_at_offset:
 * @offset: a character offset in the article
 * @is_end: whether @offset ends a range
 * @iter: (out): where the text shown has that character
 *
 * The text shown may differ from the article's (plx-display-text.c): code
 * outside the pane that marks article text goes through here.
 */
void
plx_article_pane_get_iter_at_offset (PlxArticlePane *self,
                                     guint           offset,
                                     gboolean        is_end,
                                     GtkTextIter    *iter)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));
  g_return_if_fail (iter != NULL);

  if (self->display == NULL)
    {
      gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (self->view), iter);
      return;
    }
  plx_article_pane_to_iter (self, offset, is_end, iter);
}
