/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The claim chosen in the parties panel, marked in an article pane: its
 * speaker bold and underlined, its cue bold, italic and overlined, what
 * it claims underlined. The parts differ in shape, not only in colour, and
 * the text view's accessible description says them in words. The marks
 * go with the next claim chosen, or with any change of the comparison
 * (which tags the text anew). */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-article-pane.h"
#include "plx-display-text.h"
#include "plx-palette.h"

/* Characters of a claim's words the accessible description holds. */
#define MAX_DESCRIBED_CHARS 300

static const char *const claim_tags[] = { "claim-content", "claim-speaker", "claim-cue" };

static void
update_claim_colors (GtkTextTagTable *table)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const PlxSwatch *swatch = plx_palette_claim ();
  GdkRGBA ink;

  gdk_rgba_parse (&ink, dark ? swatch->dark : swatch->light);
  g_object_set (gtk_text_tag_table_lookup (table, "claim-content"), "underline-rgba", &ink, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "claim-speaker"), "underline-rgba", &ink, NULL);

}

static void
dark_changed_cb (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 GtkTextTagTable *table)
{
  update_claim_colors (table);
}

/* The tags, made the first time (last, so that they lie over the others).
 * The cue's overline keeps the text's colour: GTK 4.8 corrupts memory
 * when a text tag sets "overline-rgba". */
static void
ensure_tags (GtkTextBuffer *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  if (gtk_text_tag_table_lookup (table, claim_tags[0]) != NULL)
    return;

  gtk_text_buffer_create_tag (buffer, "claim-content", "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "claim-speaker", "weight", PANGO_WEIGHT_BOLD, "underline",
                              PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "claim-cue", "weight", PANGO_WEIGHT_BOLD, "style",
                              PANGO_STYLE_ITALIC, "overline", PANGO_OVERLINE_SINGLE, NULL);
  update_claim_colors (table);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), table, 0);
}

static void
tag_span (PlxArticlePane *self,
          GtkTextBuffer  *buffer,
          const char     *name,
          PlxSpan         span)
{
  GtkTextIter from;
  GtkTextIter to;

  if (span.start >= span.end)
    return;
  plx_article_pane_get_iter_at_offset (self, span.start, FALSE, &from);
  plx_article_pane_get_iter_at_offset (self, span.end, TRUE, &to);
  gtk_text_buffer_apply_tag_by_name (buffer, name, &from, &to);
}

/**
 * plx_article_pane_mark_claim:
 * @claim: (nullable): a claim of the pane's article, or %NULL to clear
 *
 * Marks the speaker, cue and content of @claim, and only those.
 */
void
plx_article_pane_mark_claim (PlxArticlePane *self,
                             const PlxClaim *claim)
{
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;
  PlxArticle *article;
  g_autofree char *speaker = NULL;
  g_autofree char *words = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  view = plx_article_pane_get_view (self);
  buffer = gtk_text_view_get_buffer (view);
  ensure_tags (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < G_N_ELEMENTS (claim_tags); i++)
    gtk_text_buffer_remove_tag_by_name (buffer, claim_tags[i], &start, &end);

  article = plx_article_pane_get_article (self);
  if (claim == NULL || article == NULL ||
      claim->content.end > plx_article_get_n_chars (article))
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  tag_span (self, buffer, "claim-content", claim->content);
  tag_span (self, buffer, "claim-speaker", claim->speaker);
  tag_span (self, buffer, "claim-cue", claim->cue);

  speaker = plx_display_text_shorten (claim->speaker_name[0] != '\0' ? claim->speaker_name
                                                                      : _("(unnamed)"),
                                      MAX_DESCRIBED_CHARS);
  words = plx_display_text_shorten (claim->text, MAX_DESCRIBED_CHARS);
  /* Translators: accessible description of an article's text while a claim
   * is chosen: "Chosen claim: Yuri Ushakov, confirmed: the talks …". */
  description = g_strdup_printf (_("Chosen claim: %s, %s: %s"), speaker, claim->verb, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}
