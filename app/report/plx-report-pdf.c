/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The PDF report, drawn with cairo and Pango: A4 landscape, the same
 * content as the HTML report, the linked sentences in two columns, page
 * numbers at the foot. Text is laid out once per pass; a first pass counts
 * the pages so that the second can say "Page 2 of 7". A row taller than
 * what is left of a page continues on the next one, each column cut
 * between two of its lines. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "plx-error.h"
#include "plx-figures.h"
#include "plx-citation.h"
#include "plx-report-common.h"
#include "plx-report-key-differences.h"
#include "plx-report-notes.h"
#include "plx-report-pdf.h"
#include "plx-report-pdf-private.h"

static void
append_claim (GString        *out,
              const PlxClaim *claim)
{
  if (claim == NULL)
    return;
  g_string_append (out, "<b>");
  plx_report_append_escaped (out, claim->speaker_name[0] != '\0' ? claim->speaker_name
                                                                  : _("(unnamed)"));
  g_string_append (out, "</b> (");
  plx_report_append_escaped (out, claim->verb);
  g_string_append (out, "): ");
  plx_report_append_escaped (out, claim->text);
  if (plx_report_claim_edited (claim) != NULL)
    {
      g_string_append (out, " <i>");
      plx_report_append_escaped (out, plx_report_claim_edited (claim));
      g_string_append (out, "</i>");
    }
}

static void
draw_parties (Pdf           *pdf,
              PlxComparison *comparison)
{
  static const double widths[] = { 0.11 * CONTENT_WIDTH, 0.12 * CONTENT_WIDTH,
                                   0.28 * CONTENT_WIDTH, 0.28 * CONTENT_WIDTH,
                                   0.21 * CONTENT_WIDTH };
  const char *titles[] = { _("Party"), _("Status"), _("Article A"), _("Article B"),
                           _("What differs") };
  g_autoptr(GArray) rows = plx_claim_rows_new (comparison);
  double columns[G_N_ELEMENTS (widths)];

  plx_pdf_draw_heading (pdf, _("Parties and claims"));
  if (rows->len == 0)
    {
      g_autofree char *markup = g_markup_escape_text (_("Neither article reports what anyone said."),
                                                      -1);

      plx_pdf_draw_paragraph (pdf, markup, FONT " 9", 0);
      return;
    }

  plx_pdf_columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
  plx_pdf_begin_table (pdf, widths, columns, titles, G_N_ELEMENTS (titles));
  for (guint k = 0; k < rows->len; k++)
    {
      const PlxClaimRow *row = &g_array_index (rows, PlxClaimRow, k);
      g_autofree char *paper = plx_swatch_dup_paper (plx_palette_status (row->match->status));
      GString *cell[G_N_ELEMENTS (widths)];
      char *markup[G_N_ELEMENTS (widths)];
      g_autoptr(GPtrArray) cells = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (cell); i++)
        cell[i] = g_string_new (NULL);
      if (row->first_of_party)
        plx_report_append_escaped (cell[0], row->party->name);
      g_string_append_printf (cell[1], "<span background=\"%s\" weight=\"bold\" size=\"small\"> ",
                              paper);
      plx_report_append_escaped (cell[1],
                                 plx_swatch_get_label (plx_palette_status (row->match->status)));
      g_string_append (cell[1], " </span>");
      append_claim (cell[2], row->side == PLX_SIDE_A ? row->claim : NULL);
      append_claim (cell[3], row->side == PLX_SIDE_B ? row->claim : row->counterpart);
      if (row->match->change != NULL)
        plx_report_append_escaped (cell[4], row->match->change);

      for (guint i = 0; i < G_N_ELEMENTS (cell); i++)
        markup[i] = g_string_free (cell[i], FALSE);
      cells = plx_pdf_make_cells (pdf, widths, (const char *const *) markup, G_N_ELEMENTS (widths),
                          FONT " 9");
      for (guint i = 0; i < G_N_ELEMENTS (cell); i++)
        g_free (markup[i]);
      plx_pdf_draw_row (pdf, cells, columns, TRUE);
    }
  plx_pdf_end_table (pdf);
}

static void
draw_links (Pdf           *pdf,
            PlxComparison *comparison)
{
  static const double widths[] = { 0.445 * CONTENT_WIDTH, 0.11 * CONTENT_WIDTH,
                                   0.445 * CONTENT_WIDTH };
  const char *titles[] = { _("Article A"), "", _("Article B") };
  g_autoptr(GString) legend = g_string_new (NULL);
  double columns[G_N_ELEMENTS (widths)];

  plx_pdf_draw_heading (pdf, _("Linked sentences"));
  for (guint i = 0; i <= PLX_N_TAGS; i++)
    {
      const PlxSwatch *swatch = i < PLX_N_TAGS ? plx_palette_tag (plx_palette_tag_order (NULL)[i])
                                               : plx_palette_changed ();
      g_autofree char *paper = plx_swatch_dup_paper (swatch);

      g_string_append_printf (legend, "<span background=\"%s\"> ", paper);
      plx_report_append_escaped (legend, plx_swatch_get_label (swatch));
      g_string_append (legend, i < PLX_N_TAGS ? " </span>  " : " </span>");
    }
  plx_pdf_draw_paragraph (pdf, legend->str, FONT " 8", 0);
  pdf->y += ROW_GAP;

  plx_pdf_columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
  plx_pdf_begin_table (pdf, widths, columns, titles, G_N_ELEMENTS (titles));
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) kind = g_string_new ("<span size=\"small\" foreground=\"#5e5c64\">");
      g_autoptr(GString) b = g_string_new (NULL);
      const char *markup[3];
      g_autoptr(GPtrArray) cells = NULL;

      plx_report_append_marked (a, comparison, k, PLX_SIDE_A, PLX_MARKUP_PANGO);
      plx_report_append_marked (b, comparison, k, PLX_SIDE_B, PLX_MARKUP_PANGO);
      plx_report_append_escaped (kind, plx_swatch_get_label (plx_palette_link (link->kind)));
      g_string_append_printf (kind, "\n%.2f", link->score);
      if (link->moved)
        {
          g_string_append_c (kind, '\n');
          plx_report_append_escaped (kind, _("moved"));
        }
      g_string_append (kind, "</span>");

      markup[0] = a->str;
      markup[1] = kind->str;
      markup[2] = b->str;
      cells = plx_pdf_make_cells (pdf, widths, markup, 3, FONT " 9");
      plx_pdf_draw_row (pdf, cells, columns, TRUE);
    }
  plx_pdf_end_table (pdf);
}

static void
draw_unmatched (Pdf           *pdf,
                PlxComparison *comparison,
                PlxSide        side)
{
  g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  g_autoptr(GString) title = g_string_new ("<b>");

  plx_report_append_escaped (title, side == PLX_SIDE_A ? _("Only in article A")
                                                       : _("Only in article B"));
  g_string_append (title, "</b>");
  plx_pdf_draw_paragraph (pdf, title->str, FONT " 10", 8);

  if (unmatched->len == 0)
    {
      g_autofree char *markup = g_markup_escape_text (_("Nothing: every sentence has a counterpart."),
                                                      -1);

      plx_pdf_draw_paragraph (pdf, markup, FONT " 9", 0);
      return;
    }

  for (guint k = 0; k < unmatched->len; k++)
    {
      guint i = g_array_index (unmatched, guint, k);
      g_autoptr(GString) item = g_string_new (NULL);

      g_string_append_printf (item, "%u. ", i + 1);
      plx_report_append_span (item, plx_article_get_text (article), sentences[i].byte_start,
                              sentences[i].byte_end);
      plx_pdf_draw_paragraph (pdf, item->str, FONT " 9", 0);
    }
}

/* The ranked list, a row per item: rank, reason, A's words, B's words. */
static void
draw_key_differences (Pdf           *pdf,
                      PlxComparison *comparison)
{
  static const double widths[] = { 0.04 * CONTENT_WIDTH, 0.24 * CONTENT_WIDTH,
                                   0.36 * CONTENT_WIDTH, 0.36 * CONTENT_WIDTH };
  const char *titles[] = { "#", _("Why it matters"), _("Article A"), _("Article B") };
  GArray *items = plx_comparison_get_key_differences (comparison);
  double columns[G_N_ELEMENTS (widths)];

  /* Without items the section is one line, which leaves the first page to
   * the rest. */
  if (items->len == 0)
    {
      g_autofree char *title = g_markup_escape_text (_("Key differences"), -1);
      g_autofree char *none = g_markup_escape_text (_("No key differences found."), -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>  %s", title, none);

      plx_pdf_draw_paragraph (pdf, markup, FONT " 10", 8);
      return;
    }
  plx_pdf_draw_heading (pdf, _("Key differences"));
  plx_pdf_columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
  plx_pdf_begin_table (pdf, widths, columns, titles, G_N_ELEMENTS (widths));
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);
      g_autofree char *rank = g_strdup_printf ("%u", k + 1);
      g_autofree char *reason = g_markup_escape_text (plx_key_kind_get_reason (item->kind), -1);
      g_autofree char *a = plx_report_key_place_markup (&item->place[PLX_SIDE_A], PLX_SIDE_A);
      g_autofree char *b = plx_report_key_place_markup (&item->place[PLX_SIDE_B], PLX_SIDE_B);
      const char *markup[] = { rank, reason, a, b };
      g_autoptr(GPtrArray) cells = plx_pdf_make_cells (pdf, widths, markup, G_N_ELEMENTS (markup),
                                               FONT " 9");

      plx_pdf_draw_row (pdf, cells, columns, TRUE);
    }
  plx_pdf_end_table (pdf);
}

static void
draw_article_meta (Pdf        *pdf,
                   PlxArticle *article,
                   const char *id)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(PlxCitation) citation = NULL;

  /* The title and the file name are isolated (FSI … PDI) so that a
   * right-to-left title does not carry the dash and the file name along
   * with it. */
  g_string_append_printf (markup, "<b>%s</b>  \u2068", id);
  plx_report_append_escaped (markup, plx_article_get_title (article));
  g_string_append (markup, "\u2069 — \u2068");
  plx_report_append_escaped (markup, plx_article_get_source (article));
  g_string_append (markup, "\u2069");
  g_string_append_printf (markup, ngettext (" (%u sentence)", " (%u sentences)",
                                            plx_article_get_n_sentences (article)),
                          plx_article_get_n_sentences (article));
  plx_pdf_draw_paragraph (pdf, markup->str, FONT " 9", 0);

  citation = plx_citation_new_for_article (article);
  if (!plx_citation_is_empty (citation))
    {
      /* Pango markup: escaped like HTML, without links; an http(s)
       * address is made a link of the PDF. */
      g_autofree char *line = plx_citation_dup_text (citation);
      g_autofree char *escaped = g_markup_escape_text (line, -1);
      g_autofree char *indented = g_strdup_printf ("      %s", escaped);

      pdf->link = citation->url_is_web ? citation->url : NULL;
      plx_pdf_draw_paragraph (pdf, indented, FONT " 8", 0);
      pdf->link = NULL;
    }
}

static void
draw_summary (Pdf           *pdf,
              PlxComparison *comparison)
{
  static const double widths[] = { 220, 520 };
  double columns[G_N_ELEMENTS (widths)];
  g_autoptr(GArray) unmatched_a = plx_comparison_dup_unmatched (comparison, PLX_SIDE_A);
  g_autoptr(GArray) unmatched_b = plx_comparison_dup_unmatched (comparison, PLX_SIDE_B);
  guint kinds[3] = { 0, 0, 0 };
  guint moved = 0;
  g_autofree char *similarity = NULL;
  g_autofree char *n_links = NULL;
  g_autofree char *by_kind = NULL;
  g_autofree char *n_moved = NULL;
  g_autofree char *only = NULL;

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      kinds[link->kind]++;
      moved += link->moved;
    }
  {
    g_autofree char *plain = plx_comparison_dup_similarity_text (comparison);

    similarity = g_markup_escape_text (plain, -1);
  }
  n_links = g_strdup_printf ("%u", plx_comparison_get_n_links (comparison));
  by_kind = g_strdup_printf ("%u · %u · %u", kinds[PLX_LINK_IDENTICAL],
                             kinds[PLX_LINK_PARAPHRASE], kinds[PLX_LINK_PARTIAL]);
  n_moved = g_strdup_printf ("%u", moved);
  only = g_strdup_printf ("%u · %u", unmatched_a->len, unmatched_b->len);

  {
    const char *figures[][2] = {
      { _("Similarity"), similarity },
      { _("Linked sentence groups"), n_links },
      { _("Identical · paraphrase · partial"), by_kind },
      { _("Moved"), n_moved },
      { _("Sentences only in A · only in B"), only },
    };

    plx_pdf_draw_heading (pdf, _("Summary"));
    plx_pdf_columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
    for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
      {
        g_autofree char *label = g_markup_escape_text (figures[i][0], -1);
        const char *markup[2] = { label, figures[i][1] };
        g_autoptr(GPtrArray) cells = plx_pdf_make_cells (pdf, widths, markup, 2, FONT " 9");

        plx_pdf_draw_row (pdf, cells, columns, FALSE);
      }
  }
}

/* The person's notes, a paragraph each; no section without them. */
static void
draw_notes (Pdf           *pdf,
            PlxComparison *comparison)
{
  g_autoptr(GPtrArray) paragraphs = plx_report_notes_markup (comparison);

  if (paragraphs->len == 0)
    return;
  plx_pdf_draw_heading (pdf, _("Notes"));
  for (guint i = 0; i < paragraphs->len; i++)
    plx_pdf_draw_paragraph (pdf, g_ptr_array_index (paragraphs, i), FONT " 9", 6);
}

static void
draw_report (Pdf           *pdf,
             PlxComparison *comparison)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *title = g_markup_escape_text (_("Parallax comparison"), -1);
  g_autofree char *made = NULL;
  g_autofree char *made_markup = NULL;

  pdf->page = 1;
  pdf->y = 0;
  pdf->page_top = 0;

  plx_pdf_draw_paragraph (pdf, title, FONT " Bold 20", 0);
  draw_article_meta (pdf, plx_comparison_get_article (comparison, PLX_SIDE_A), "A");
  draw_article_meta (pdf, plx_comparison_get_article (comparison, PLX_SIDE_B), "B");
  made = g_strdup_printf (_("Made %s by Parallax %s; language %s, sensitivity %.2f"), date,
                          PACKAGE_VERSION, plx_comparison_get_language (comparison),
                          plx_comparison_get_sensitivity (comparison));
  made_markup = g_markup_escape_text (made, -1);
  plx_pdf_draw_paragraph (pdf, made_markup, FONT " 9", 0);

  draw_key_differences (pdf, comparison);
  draw_notes (pdf, comparison);
  draw_summary (pdf, comparison);
  draw_parties (pdf, comparison);
  draw_links (pdf, comparison);

  plx_pdf_draw_heading (pdf, _("Sentences in one article only"));
  draw_unmatched (pdf, comparison, PLX_SIDE_A);
  draw_unmatched (pdf, comparison, PLX_SIDE_B);

  plx_pdf_draw_footer (pdf);
}

/**
 * plx_report_pdf_comparison:
 * @comparison: a comparison that has run
 * @error: where a failure to draw the report is told
 *
 * Returns: (transfer full) (nullable): the report as a PDF document
 */
static void
draw_report_cb (Pdf     *pdf,
                gpointer data)
{
  draw_report (pdf, data);
}

GBytes *
plx_report_pdf_comparison (PlxComparison *comparison,
                           GError       **error)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (plx_comparison_is_done (comparison), NULL);

  return plx_pdf_render (plx_article_get_title (plx_comparison_get_article (comparison, PLX_SIDE_A)), draw_report_cb, comparison, error);
}
