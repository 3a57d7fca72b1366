/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The PDF report of a collation of three or more articles, drawn with the
 * page and table layout of the comparison's PDF (plx-report-pdf-layout.c):
 * the articles and figures, the key differences, the coverage table as a
 * heat map (the colours of the HTML report) and the claims by party, one
 * column per outlet. A4 landscape, every piece of text escaped as Pango
 * markup. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "plx-error.h"
#include "plx-palette.h"
#include "plx-report-collation.h"
#include "plx-report-common.h"
#include "plx-report-pdf-private.h"

#define ID(collation, k) plx_collation_get_article_id ((collation), (k))

static void
draw_paragraph (Pdf        *pdf,
                const char *text,
                const char *font,
                double      space_before)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  /* Control characters in article text would make Pango drop the markup. */
  plx_report_append_escaped (markup, text);
  plx_pdf_draw_paragraph (pdf, markup->str, font, space_before);
}

static void
draw_articles (Pdf          *pdf,
               PlxCollation *collation)
{
  PlxCollationSummary summary;
  g_autofree char *figures = NULL;
  g_autofree char *units = NULL;
  g_autofree char *line = NULL;

  plx_collation_summarize (collation, &summary);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxArticle *article = plx_collation_get_article (collation, k);
      g_autofree char *name = g_strdup_printf (_("Article %s: "), ID (collation, k));
      g_autofree char *heading = g_strdup_printf ("%s%s (%s)", name,
                                                  plx_article_get_title (article),
                                                  plx_article_get_source (article));
      g_autofree char *tells = g_strdup_printf (_("Article %s tells %u, %u of them alone, %u "
                                                  "otherwise than the central version.\n"),
                                                ID (collation, k), summary.carried[k],
                                                summary.only[k], summary.changed[k]);

      draw_paragraph (pdf, heading, FONT " Bold 10", 4);
      draw_paragraph (pdf, g_strstrip (tells), FONT " 9", 0);
    }
  units = g_strdup_printf (ngettext ("%u story unit", "%u story units", summary.n_units),
                           summary.n_units);
  figures = g_strdup_printf (_(": %u told by all articles, %u by one only.\n"),
                             summary.n_in_all, summary.n_in_one);
  line = g_strconcat (units, g_strstrip (figures), NULL);
  draw_paragraph (pdf, line, FONT " 10", 8);
}

static void
draw_differences (Pdf          *pdf,
                  PlxCollation *collation)
{
  plx_pdf_draw_heading (pdf, _("Key differences"));
  for (guint i = 0; i < plx_collation_get_n_key_differences (collation); i++)
    {
      const PlxCollatedDifference *item = plx_collation_get_key_difference (collation, i);
      const char *words = item->places[item->outlet].words;
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "%u. %s", i + 1, plx_key_kind_get_reason (item->kind));
      g_string_append_printf (line, _(" — Article %s alone"), ID (collation, item->outlet));
      if (words != NULL && *words != '\0')
        g_string_append_printf (line, ": “%s”", words);
      else if ((words = plx_collation_difference_other_words (collation, item)) != NULL)
        g_string_append_printf (line, _(", without the others’ “%s”"), words);
      if (item->n_agreeing > 0)
        g_string_append_printf (line, ngettext (" (%u other tells it otherwise)",
                                                " (%u others tell it otherwise)",
                                                item->n_agreeing),
                                item->n_agreeing);
      draw_paragraph (pdf, line->str, FONT " 9", 4);
    }
}

static void
draw_coverage (Pdf          *pdf,
               PlxCollation *collation)
{
  guint n = plx_collation_get_n_articles (collation);
  double widths[PLX_COLLATION_MAX_ARTICLES + 2];
  double columns[PLX_COLLATION_MAX_ARTICLES + 2];
  const char *titles[PLX_COLLATION_MAX_ARTICLES + 2] = { "#" };

  /* The heading, the legend, the table's header and its first rows on
   * one page. */
  plx_pdf_keep_space (pdf, 150);
  plx_pdf_draw_heading (pdf, _("Coverage"));
  draw_paragraph (pdf, _("■ the version the others are compared with, = the same words, "
                         "≈ reworded, ~ partly told, · not told, * told elsewhere in the "
                         "article.\n\n"), FONT " 8", 0);
  widths[0] = 28;
  for (guint k = 0; k < n; k++)
    {
      widths[k + 1] = 26;
      titles[k + 1] = ID (collation, k);
    }
  widths[n + 1] = CONTENT_WIDTH - 28 - 26 * n - CELL_GAP * (n + 1);
  titles[n + 1] = _("Opening");
  plx_pdf_columns_from_widths (widths, columns, n + 2);
  plx_pdf_begin_table (pdf, widths, columns, titles, n + 2);
  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);
      PlxArticle *article = plx_collation_get_article (collation, unit->central);
      const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
      g_autofree char *opening = plx_sentence_dup_text (
        &sentences[unit->cells[unit->central].sentences[0]], plx_article_get_text (article));
      g_autoptr(GPtrArray) markup = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) cells = NULL;

      g_ptr_array_add (markup, g_strdup_printf ("%u", u + 1));
      /* The heat map of the HTML report, on paper. */
      for (guint k = 0; k < n; k++)
        {
          g_autofree char *colour = plx_swatch_dup_paper (plx_palette_told (unit->cells[k].told));
          g_autofree char *symbol = plx_collation_dup_cell_symbol (&unit->cells[k]);

          g_ptr_array_add (markup, g_strdup_printf ("<span background=\"%s\"> %s </span>",
                                                    colour, symbol));
        }
      {
        GString *escaped = g_string_new (NULL);

        plx_report_append_escaped (escaped, opening);
        g_ptr_array_add (markup, g_string_free (escaped, FALSE));
      }
      cells = plx_pdf_make_cells (pdf, widths, (const char *const *) markup->pdata, n + 2,
                                  FONT " 8");
      plx_pdf_draw_row (pdf, cells, columns, TRUE);
    }
  plx_pdf_end_table (pdf);
}

static char *
claim_markup (PlxCollation               *collation,
              guint                       k,
              const PlxCollatedClaimCell *cell)
{
  GString *out = g_string_new (NULL);
  const PlxClaim *claim;

  if (cell->claim < 0)
    {
      g_string_append (out, "<span foreground=\"#9a9996\">");
      plx_report_append_escaped (out, _("leaves it out"));
      g_string_append (out, "</span>");
      return g_string_free (out, FALSE);
    }
  claim = &g_array_index (plx_collation_get_claims (collation, k), PlxClaim, cell->claim);
  g_string_append (out, "<b>");
  plx_report_append_escaped (out, claim->speaker_name != NULL ? claim->speaker_name : "");
  g_string_append (out, "</b> ");
  plx_report_append_escaped (out, claim->verb != NULL ? claim->verb : "");
  g_string_append (out, claim->quote != NULL ? " “" : ": ");
  plx_report_append_escaped (out, claim->quote != NULL ? claim->quote : claim->text);
  g_string_append (out, claim->quote != NULL ? "”" : "");
  if (cell->hedge != NULL)
    {
      g_autofree char *hedged = g_strdup_printf (_("hedged: %s"), cell->hedge);

      g_string_append (out, " <i>");
      plx_report_append_escaped (out, hedged);
      g_string_append (out, "</i>");
    }
  if (cell->status != PLX_CLAIM_SHARED)
    {
      const PlxSwatch *swatch = plx_palette_status (cell->status);
      g_autofree char *paper = plx_swatch_dup_paper (swatch);

      g_string_append_printf (out, " <span background=\"%s\"> ", paper);
      plx_report_append_escaped (out, plx_swatch_get_label (swatch));
      g_string_append (out, " </span>");
    }

  return g_string_free (out, FALSE);
}

static void
draw_claims (Pdf          *pdf,
             PlxCollation *collation)
{
  guint n = plx_collation_get_n_articles (collation);
  double widths[PLX_COLLATION_MAX_ARTICLES];
  double columns[PLX_COLLATION_MAX_ARTICLES];
  const char *titles[PLX_COLLATION_MAX_ARTICLES];
  const char *party = NULL;

  for (guint k = 0; k < n; k++)
    {
      widths[k] = (CONTENT_WIDTH - CELL_GAP * (n - 1)) / n;
      titles[k] = ID (collation, k);
    }
  plx_pdf_columns_from_widths (widths, columns, n);
  plx_pdf_draw_heading (pdf, _("Claims by outlet"));
  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);
      g_autoptr(GPtrArray) markup = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) cells = NULL;

      if (g_strcmp0 (party, row->party) != 0)
        {
          if (party != NULL)
            plx_pdf_end_table (pdf);
          party = row->party;
          draw_paragraph (pdf, plx_collation_get_party_name (collation, party),
                          FONT " Bold 11", 10);
          plx_pdf_begin_table (pdf, widths, columns, titles, n);
        }
      for (guint k = 0; k < n; k++)
        g_ptr_array_add (markup, claim_markup (collation, k, &row->cells[k]));
      cells = plx_pdf_make_cells (pdf, widths, (const char *const *) markup->pdata, n,
                                  FONT " 8");
      plx_pdf_draw_row (pdf, cells, columns, TRUE);
    }
  if (party != NULL)
    plx_pdf_end_table (pdf);
}

static void
draw_report (Pdf          *pdf,
             PlxCollation *collation)
{
  g_autofree char *title = g_strdup_printf (_("Collation of %u articles"),
                                            plx_collation_get_n_articles (collation));

  pdf->page = 1;
  pdf->y = 0;
  pdf->page_top = 0;
  draw_paragraph (pdf, title, FONT " Bold 20", 0);
  draw_articles (pdf, collation);
  draw_differences (pdf, collation);
  draw_coverage (pdf, collation);
  draw_claims (pdf, collation);
  plx_pdf_draw_footer (pdf);
}

/**
 * plx_report_pdf_collation:
 * @collation: a collation that has run
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
plx_report_pdf_collation (PlxCollation *collation,
                          GError      **error)
{
  g_autofree char *title = g_strdup_printf (_("Collation of %u articles"),
                                            plx_collation_get_n_articles (collation));

  return plx_pdf_render (title, draw_report_cb, collation, error);
}
