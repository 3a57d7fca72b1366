/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The HTML report of a collation of three or more articles: one
 * self-contained page (inline CSS, no script, nothing fetched) with the
 * articles, the coverage figures, the key differences, the coverage table
 * as a heat map (story units × outlets) and the claims by party and outlet. Every piece of
 * article text is escaped. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-collation-claims.h"
#include "plx-palette.h"
#include "plx-report-collation.h"
#include "plx-report-common.h"

#define ID(collation, k) plx_collation_get_article_id ((collation), (k))

static const char *const style =
  "body{font-family:Cantarell,'Noto Sans',sans-serif;margin:2em;color:#241f31;"
  "background:#fff;line-height:1.45;overflow-wrap:anywhere}"
  "h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd}"
  "table{border-collapse:collapse}td,th{vertical-align:top;padding:.3em .5em;"
  "border-bottom:1px solid #eee;text-align:start}th{background:#f6f5f4}"
  ".coverage td.cell{text-align:center;min-width:2.2em;font-weight:bold;"
  "border:1px solid #fff}.coverage td.number{white-space:nowrap;color:#5e5c64}"
  ".coverage td.absent{color:#9a9996}.coverage td.opening{color:#3d3846}"
  ".legend span{display:inline-block;margin:.2em;padding:.05em .5em;border-radius:4px}"
  ".claims{table-layout:fixed;width:100%}.claims td{font-size:.92em}"
  ".claims td.out{color:#9a9996}"
  ".chip{display:inline-block;padding:0 .5em;border-radius:9px;font-size:.85em;"
  "font-weight:bold;white-space:nowrap}"
  ".key-differences li{margin:.5em 0}.key-differences .reason{font-weight:bold}"
  "@page{size:landscape;margin:1.5cm}"
  "@media print{body{margin:0;print-color-adjust:exact;-webkit-print-color-adjust:exact}"
  "tr{break-inside:avoid}}";

static void
append_escaped (GString    *out,
                const char *text)
{
  plx_report_append_escaped (out, text != NULL ? text : "");
}

static void
append_articles (GString      *out,
                 PlxCollation *collation)
{
  PlxCollationSummary summary;

  plx_collation_summarize (collation, &summary);
  g_string_append (out, "<ul class=\"articles\">\n");
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxArticle *article = plx_collation_get_article (collation, k);

      g_string_append (out, "<li><b>");
      g_string_append_printf (out, _("Article %s: "), ID (collation, k));
      g_string_append (out, "</b><bdi dir=\"auto\">");
      append_escaped (out, plx_article_get_title (article));
      g_string_append (out, "</bdi> (<bdi>");
      append_escaped (out, plx_article_get_source (article));
      g_string_append (out, "</bdi>) — ");
      g_string_append_printf (out, _("Article %s tells %u, %u of them alone, %u otherwise "
                                     "than the central version.\n"),
                              ID (collation, k), summary.carried[k], summary.only[k],
                              summary.changed[k]);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n<p>");
  g_string_append_printf (out, ngettext ("%u story unit", "%u story units", summary.n_units),
                          summary.n_units);
  g_string_append_printf (out, _(": %u told by all articles, %u by one only.\n"),
                          summary.n_in_all, summary.n_in_one);
  g_string_append (out, "</p>\n");
}

static void
append_differences (GString      *out,
                    PlxCollation *collation)
{
  guint n = plx_collation_get_n_key_differences (collation);

  g_string_append_printf (out, "<h2>%s</h2>\n<ol class=\"key-differences\">\n",
                          _("Key differences"));
  for (guint i = 0; i < n; i++)
    {
      const PlxCollatedDifference *item = plx_collation_get_key_difference (collation, i);
      const PlxKeyPlace *place = &item->places[item->outlet];
      const char *other;

      g_string_append (out, "<li><span class=\"reason\">");
      append_escaped (out, plx_key_kind_get_reason (item->kind));
      g_string_append (out, "</span>");
      g_string_append_printf (out, _(" — Article %s alone"), ID (collation, item->outlet));
      if (place->words != NULL && *place->words != '\0')
        {
          g_string_append (out, ": <q dir=\"auto\">");
          append_escaped (out, place->words);
          g_string_append (out, "</q>");
        }
      else if ((other = plx_collation_difference_other_words (collation, item)) != NULL)
        {
          g_autoptr(GString) words = g_string_new (NULL);

          append_escaped (words, other);
          g_string_append_printf (out, _(", without the others’ “%s”"), words->str);
        }
      if (item->n_agreeing > 0)
        g_string_append_printf (out, ngettext (" (%u other tells it otherwise)",
                                               " (%u others tell it otherwise)",
                                               item->n_agreeing),
                                item->n_agreeing);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n");
}

static void
append_coverage_row (GString       *out,
                     PlxCollation  *collation,
                     guint          u)
{
  const PlxUnit *unit = plx_collation_get_unit (collation, u);
  PlxArticle *article = plx_collation_get_article (collation, unit->central);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  g_autofree char *opening = plx_sentence_dup_text (
    &sentences[unit->cells[unit->central].sentences[0]], plx_article_get_text (article));

  g_string_append_printf (out, "<tr><td class=\"number\">%u</td>", u + 1);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      const PlxUnitCell *cell = &unit->cells[k];
      g_autofree char *symbol = plx_collation_dup_cell_symbol (cell);

      /* A heat map (plx_palette_told()), the window's colours on paper. */
      g_string_append_printf (out, "<td class=\"cell%s\" style=\"background:%s\" title=\"%s\">"
                              "%s</td>",
                              cell->told == PLX_TOLD_ABSENT ? " absent" : "",
                              plx_palette_told (cell->told)->light,
                              plx_told_to_string (cell->told), symbol);
    }
  g_string_append (out, "<td class=\"opening\" dir=\"auto\">");
  append_escaped (out, opening);
  g_string_append (out, "</td></tr>\n");
}

static void
append_coverage (GString      *out,
                 PlxCollation *collation)
{
  g_string_append_printf (out, "<h2>%s</h2>\n<p class=\"legend\">", _("Coverage"));
  append_escaped (out, _("■ the version the others are compared with, = the same words, "
                         "≈ reworded, ~ partly told, · not told, * told elsewhere in the "
                         "article.\n\n"));
  g_string_append (out, "</p>\n<table class=\"coverage\">\n<tr><th>#</th>");
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    g_string_append_printf (out, "<th>%s</th>", ID (collation, k));
  g_string_append_printf (out, "<th>%s</th></tr>\n", _("Opening"));
  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    append_coverage_row (out, collation, u);
  g_string_append (out, "</table>\n");
}

static void
append_claim (GString                    *out,
              PlxCollation               *collation,
              guint                       k,
              const PlxCollatedClaimCell *cell)
{
  const PlxClaim *claim;

  if (cell->claim < 0)
    {
      g_string_append_printf (out, "<td class=\"out\">%s</td>", _("leaves it out"));
      return;
    }
  claim = &g_array_index (plx_collation_get_claims (collation, k), PlxClaim, cell->claim);
  g_string_append (out, "<td dir=\"auto\"><b>");
  append_escaped (out, claim->speaker_name);
  g_string_append (out, "</b> ");
  append_escaped (out, claim->verb);
  g_string_append (out, claim->quote != NULL ? " <q>" : ": ");
  append_escaped (out, claim->quote != NULL ? claim->quote : claim->text);
  g_string_append (out, claim->quote != NULL ? "</q>" : "");
  if (cell->hedge != NULL)
    {
      g_autofree char *hedged = g_strdup_printf (_("hedged: %s"), cell->hedge);

      /* The hedge comes from a word list the user may give. */
      g_string_append (out, " <i>");
      append_escaped (out, hedged);
      g_string_append (out, "</i>");
    }
  if (cell->status != PLX_CLAIM_SHARED)
    {
      const PlxSwatch *swatch = plx_palette_status (cell->status);

      g_string_append_printf (out, " <span class=\"chip\" style=\"background:%s\">",
                              swatch->light);
      append_escaped (out, plx_swatch_get_label (swatch));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</td>");
}

static void
append_claims (GString      *out,
               PlxCollation *collation)
{
  guint n_articles = plx_collation_get_n_articles (collation);
  const char *party = NULL;

  g_string_append_printf (out, "<h2>%s</h2>\n", _("Claims by outlet"));
  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);

      if (g_strcmp0 (party, row->party) != 0)
        {
          g_string_append (out, party != NULL ? "</table>\n<h3>" : "<h3>");
          party = row->party;
          append_escaped (out, plx_collation_get_party_name (collation, party));
          g_string_append (out, "</h3>\n<table class=\"claims\">\n<tr>");
          for (guint k = 0; k < n_articles; k++)
            g_string_append_printf (out, "<th>%s</th>", ID (collation, k));
          g_string_append (out, "</tr>\n");
        }
      g_string_append (out, "<tr>");
      for (guint k = 0; k < n_articles; k++)
        append_claim (out, collation, k, &row->cells[k]);
      g_string_append (out, "</tr>\n");
    }
  if (party != NULL)
    g_string_append (out, "</table>\n");
}

/**
 * plx_report_html_collation:
 *
 * Returns: (transfer full): the HTML report of @collation, one page
 */
char *
plx_report_html_collation (PlxCollation *collation)
{
  GString *out = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf (_("Collation of %u articles"),
                                            plx_collation_get_n_articles (collation));

  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>");
  append_escaped (out, title);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head><body>\n<h1>", style);
  append_escaped (out, title);
  g_string_append (out, "</h1>\n");
  append_articles (out, collation);
  append_differences (out, collation);
  append_coverage (out, collation);
  append_claims (out, collation);
  g_string_append (out, "</body></html>\n");

  return g_string_free (out, FALSE);
}
