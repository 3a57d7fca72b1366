/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The HTML report: one self-contained file (inline CSS, no script, nothing
 * fetched) to send to an editor or a class. Every piece of article text
 * goes through g_markup_escape_text(), so an article that contains markup
 * shows it as text and nothing in it runs. It prints in landscape. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-figures.h"
#include "plx-citation.h"
#include "plx-report-common.h"
#include "plx-report-key-differences.h"
#include "plx-report-notes.h"
#include "plx-report-html.h"

static const char *const style =
  "body{font-family:Cantarell,'Noto Sans',sans-serif;margin:2em;color:#241f31;"
  "background:#fff;line-height:1.45;overflow-wrap:anywhere}"
  "h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd}"
  ".meta{color:#5e5c64;font-size:.9em}.citation{color:#5e5c64;font-size:.9em}"
  "table{border-collapse:collapse;width:100%}.figures{width:auto}"
  "td,th{vertical-align:top;padding:.4em .6em;border-bottom:1px solid #eee;text-align:start}"
  "th{background:#f6f5f4}"
  /* Fixed column widths: with automatic ones a cell holding a long word
   * takes the whole width and squeezes the others to a letter. */
  ".parties,.aligned{table-layout:fixed}"
  ".parties th:nth-child(1){width:11%}.parties th:nth-child(2){width:12%}"
  ".parties th:nth-child(3),.parties th:nth-child(4){width:28%}"
  ".aligned th:nth-child(1),.aligned th:nth-child(3){width:44%}.aligned th:nth-child(2){width:12%}"
  ".aligned td.a,.aligned td.b{width:44%}.aligned td.kind{width:12%;font-size:.85em;"
  "color:#5e5c64;white-space:nowrap}"
  ".figures td{border:none;padding:.1em 1em .1em 0}"
  ".legend span{display:inline-block;margin:.2em;padding:.05em .5em;border-radius:4px}"
  "mark{border-radius:3px;padding:0 .1em;color:inherit}"
  ".chip{display:inline-block;padding:0 .5em;border-radius:9px;font-size:.85em;"
  "font-weight:bold;background:#eee;white-space:nowrap}"
  ".only li{margin:.3em 0}"
  ".key-differences li{margin:.6em 0}.key-differences .reason{font-weight:bold}"
  ".key-differences .none{color:#5e5c64}"
  ".notes li{margin:.6em 0}.notes .place{font-weight:bold}.notes q{color:#5e5c64}"
  ".notes .note{margin:.2em 0 0;white-space:pre-wrap}"
  "@page{size:landscape;margin:1.5cm}"
  "@media print{body{margin:0;print-color-adjust:exact;-webkit-print-color-adjust:exact}h2{break-after:avoid}tr{break-inside:avoid}}";

/* Article text may be Arabic or Hebrew: each element holding it takes its
 * direction from its first strong character (dir="auto"), and text set
 * into a line of the report's own words is isolated (<bdi>), so that a
 * right-to-left title does not reorder the punctuation around it. */

static void
append_claim_cell (GString        *out,
                   const PlxClaim *claim)
{
  g_string_append (out, "<td dir=\"auto\">");
  if (claim != NULL)
    {
      g_string_append (out, "<b>");
      plx_report_append_escaped (out, claim->speaker_name[0] != '\0' ? claim->speaker_name : _("(unnamed)"));
      g_string_append (out, "</b> (");
      plx_report_append_escaped (out, claim->verb);
      g_string_append (out, "): ");
      plx_report_append_escaped (out, claim->text);
      if (plx_report_claim_edited (claim) != NULL)
        {
          g_string_append (out, " <i class=\"edited\">");
          plx_report_append_escaped (out, plx_report_claim_edited (claim));
          g_string_append (out, "</i>");
        }
    }
  g_string_append (out, "</td>");
}

static void
append_parties (GString       *out,
                PlxComparison *comparison)
{
  g_autoptr(GArray) rows = plx_claim_rows_new (comparison);

  g_string_append_printf (out, "<h2>%s</h2>\n", _("Parties and claims"));
  if (rows->len == 0)
    {
      g_string_append_printf (out, "<p>%s</p>\n", _("Neither article reports what anyone said."));
      return;
    }

  g_string_append_printf (out, "<table class=\"parties\"><tr><th>%s</th><th>%s</th><th>%s</th>"
                               "<th>%s</th><th>%s</th></tr>\n",
                          _("Party"), _("Status"), _("Article A"), _("Article B"), _("What differs"));
  for (guint k = 0; k < rows->len; k++)
    {
      const PlxClaimRow *row = &g_array_index (rows, PlxClaimRow, k);

      g_string_append (out, "<tr><td dir=\"auto\">");
      if (row->first_of_party)
        plx_report_append_escaped (out, row->party->name);
      g_string_append_printf (out, "</td><td><span class=\"chip status-%s\">",
                              plx_claim_status_to_string (row->match->status));
      plx_report_append_escaped (out, plx_swatch_get_label (plx_palette_status (row->match->status)));
      g_string_append (out, "</span></td>");
      append_claim_cell (out, row->side == PLX_SIDE_A ? row->claim : NULL);
      append_claim_cell (out, row->side == PLX_SIDE_B ? row->claim : row->counterpart);
      g_string_append (out, "<td dir=\"auto\">");
      if (row->match->change != NULL)
        plx_report_append_escaped (out, row->match->change);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

static void
append_unmatched (GString       *out,
                  PlxComparison *comparison,
                  PlxSide        side)
{
  g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);

  g_string_append_printf (out, "<h3>%s</h3>\n",
                          side == PLX_SIDE_A ? _("Only in article A") : _("Only in article B"));
  if (unmatched->len == 0)
    {
      g_string_append_printf (out, "<p>%s</p>\n", _("Nothing: every sentence has a counterpart."));
      return;
    }

  g_string_append (out, "<ul class=\"only\">\n");
  for (guint k = 0; k < unmatched->len; k++)
    {
      guint i = g_array_index (unmatched, guint, k);

      g_string_append_printf (out, "<li dir=\"auto\">%u. ", i + 1);
      plx_report_append_span (out, plx_article_get_text (article), sentences[i].byte_start,
                              sentences[i].byte_end);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

/* The citation line of an article, when its page says anything about it. */
static void
append_citation (GString    *out,
                 PlxArticle *article)
{
  g_autoptr(PlxCitation) citation = plx_citation_new_for_article (article);
  g_autofree char *line = NULL;

  if (plx_citation_is_empty (citation))
    return;
  line = plx_citation_dup_html (citation);
  g_string_append_printf (out, "<br><span class=\"citation\" dir=\"auto\">%s</span>", line);
}

static void
append_article_meta (GString    *out,
                     PlxArticle *article,
                     const char *id)
{
  g_string_append_printf (out, "<li><b>%s</b> <bdi>", id);
  plx_report_append_escaped (out, plx_article_get_title (article));
  g_string_append (out, "</bdi> — <bdi>");
  plx_report_append_escaped (out, plx_article_get_source (article));
  g_string_append (out, "</bdi>");
  g_string_append_printf (out, ngettext (" (%u sentence)", " (%u sentences)",
                                         plx_article_get_n_sentences (article)),
                          plx_article_get_n_sentences (article));
  append_citation (out, article);
  g_string_append (out, "</li>\n");
}

/* The document's head: title and the inline style sheet. */
static void
append_swatch_style (GString         *out,
                     const PlxSwatch *swatch)
{
  g_autofree char *paper = plx_swatch_dup_paper (swatch);

  g_string_append_printf (out, ".%s{background:%s}", swatch->name, paper);
}

static void
append_head (GString       *out,
             PlxComparison *comparison)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  plx_report_append_escaped (out, plx_comparison_get_language (comparison));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width\">\n<title>");
  plx_report_append_escaped (out, _("Parallax comparison"));
  g_string_append (out, ": ");
  plx_report_append_escaped (out, plx_article_get_title (plx_comparison_get_article (comparison, PLX_SIDE_A)));
  /* The colours are the app's (plx-palette.c), as printed on white. */
  g_string_append_printf (out, "</title>\n<style>%s", style);
  for (guint i = 0; i < PLX_N_TAGS; i++)
    append_swatch_style (out, plx_palette_tag (plx_palette_tag_order (NULL)[i]));
  for (PlxClaimStatus status = PLX_CLAIM_SHARED; status < PLX_CLAIM_N_STATUSES; status++)
    append_swatch_style (out, plx_palette_status (status));
  append_swatch_style (out, plx_palette_changed ());
  g_string_append_printf (out, ".%s{text-decoration:underline double %s}",
                          plx_palette_mark ()->name, plx_palette_mark ()->light);
  g_string_append (out, "</style>\n</head>\n");
}

/* The heading and what was compared, when and how. */
static void
append_meta (GString       *out,
             PlxComparison *comparison)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");

  g_string_append_printf (out, "<h1>%s</h1>\n<ul class=\"meta\">\n", _("Parallax comparison"));
  append_article_meta (out, plx_comparison_get_article (comparison, PLX_SIDE_A), "A");
  append_article_meta (out, plx_comparison_get_article (comparison, PLX_SIDE_B), "B");
  g_string_append_printf (out, "<li>");
  /* Translators: report metadata, "Made 2026-11-22 10:00 by Parallax 0.1.0; language en,
   * sensitivity 0.50". */
  g_string_append_printf (out, _("Made %s by Parallax %s; language %s, sensitivity %.2f"), date,
                          PACKAGE_VERSION, plx_comparison_get_language (comparison),
                          plx_comparison_get_sensitivity (comparison));
  g_string_append (out, "</li>\n</ul>\n");
}

static void
append_summary (GString       *out,
                PlxComparison *comparison)
{
  g_autoptr(GArray) unmatched_a = plx_comparison_dup_unmatched (comparison, PLX_SIDE_A);
  g_autoptr(GArray) unmatched_b = plx_comparison_dup_unmatched (comparison, PLX_SIDE_B);
  g_autofree char *similarity = plx_comparison_dup_similarity_text (comparison);
  guint kinds[3] = { 0, 0, 0 };
  guint moved = 0;

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      kinds[link->kind]++;
      moved += link->moved;
    }
  g_string_append_printf (out, "<h2>%s</h2>\n<table class=\"figures\">\n", _("Summary"));
  g_string_append_printf (out, "<tr><td>%s</td><td>", _("Similarity"));
  plx_report_append_escaped (out, similarity);
  g_string_append (out, "</td></tr>\n");
  g_string_append_printf (out, "<tr><td>%s</td><td>%u</td></tr>\n", _("Linked sentence groups"),
                          plx_comparison_get_n_links (comparison));
  g_string_append_printf (out, "<tr><td>%s</td><td>%u · %u · %u</td></tr>\n",
                          _("Identical · paraphrase · partial"), kinds[PLX_LINK_IDENTICAL],
                          kinds[PLX_LINK_PARAPHRASE], kinds[PLX_LINK_PARTIAL]);
  g_string_append_printf (out, "<tr><td>%s</td><td>%u</td></tr>\n", _("Moved"), moved);
  g_string_append_printf (out, "<tr><td>%s</td><td>%u · %u</td></tr>\n",
                          _("Sentences only in A · only in B"), unmatched_a->len,
                          unmatched_b->len);
  g_string_append (out, "</table>\n");
}

/* The aligned sentences, side by side, after the legend of their marks. */
static void
append_links (GString       *out,
              PlxComparison *comparison)
{
  g_string_append_printf (out, "<h2>%s</h2>\n<p class=\"legend\">", _("Linked sentences"));
  for (guint i = 0; i <= PLX_N_TAGS; i++)
    {
      const PlxSwatch *swatch = i < PLX_N_TAGS ? plx_palette_tag (plx_palette_tag_order (NULL)[i])
                                               : plx_palette_changed ();

      g_string_append_printf (out, "<span class=\"%s\">", swatch->name);
      plx_report_append_escaped (out, plx_swatch_get_label (swatch));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</p>\n");
  g_string_append_printf (out, "<table class=\"aligned\"><tr><th>%s</th><th></th><th>%s</th></tr>\n",
                          _("Article A"), _("Article B"));
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      g_string_append (out, "<tr><td class=\"a\" dir=\"auto\">");
      plx_report_append_marked (out, comparison, k, PLX_SIDE_A, PLX_MARKUP_HTML);
      g_string_append (out, "</td><td class=\"kind\">");
      plx_report_append_escaped (out, plx_swatch_get_label (plx_palette_link (link->kind)));
      g_string_append_printf (out, "<br>%.2f", link->score);
      if (link->moved)
        {
          g_string_append (out, "<br>");
          plx_report_append_escaped (out, _("moved"));
        }
      g_string_append (out, "</td><td class=\"b\" dir=\"auto\">");
      plx_report_append_marked (out, comparison, k, PLX_SIDE_B, PLX_MARKUP_HTML);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

/**
 * plx_report_html_comparison:
 *
 * Returns: (transfer full): the report as one HTML document
 */
char *
plx_report_html_comparison (PlxComparison *comparison)
{
  GString *out;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (plx_comparison_is_done (comparison), NULL);

  out = g_string_new (NULL);
  append_head (out, comparison);
  g_string_append (out, "<body>\n");
  append_meta (out, comparison);
  plx_report_key_differences_html (out, comparison);
  plx_report_notes_html (out, comparison);
  append_summary (out, comparison);
  append_parties (out, comparison);
  append_links (out, comparison);

  g_string_append_printf (out, "<h2>%s</h2>\n", _("Sentences in one article only"));
  append_unmatched (out, comparison, PLX_SIDE_A);
  append_unmatched (out, comparison, PLX_SIDE_B);

  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
