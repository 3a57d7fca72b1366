/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* One door to every report format, for the command line and the app. */

#include "config.h"

#include <string.h>

#include "plx-report.h"
#include "plx-report-html.h"
#include "plx-report-json.h"
#include "plx-report-pdf.h"
#include "plx-report-text.h"

static const struct
{
  const char     *name;
  PlxReportFormat format;
} names[] = {
  { "json", PLX_REPORT_JSON }, { "text", PLX_REPORT_TEXT }, { "txt", PLX_REPORT_TEXT },
  { "markdown", PLX_REPORT_MARKDOWN }, { "md", PLX_REPORT_MARKDOWN },
  { "html", PLX_REPORT_HTML }, { "htm", PLX_REPORT_HTML }, { "pdf", PLX_REPORT_PDF },
};

gboolean
plx_report_format_from_name (const char      *name,
                             PlxReportFormat *format)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].name, name) == 0)
      {
        *format = names[i].format;
        return TRUE;
      }

  return FALSE;
}

/* The format a file name's extension asks for (report.HTML, notes.md...). */
gboolean
plx_report_format_for_path (const char      *path,
                            PlxReportFormat *format)
{
  const char *dot = strrchr (path, '.');

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  return plx_report_format_from_name (dot + 1, format);
}

const char *
plx_report_format_extension (PlxReportFormat format)
{
  switch (format)
    {
    case PLX_REPORT_TEXT:
      return "txt";
    case PLX_REPORT_MARKDOWN:
      return "md";
    case PLX_REPORT_HTML:
      return "html";
    case PLX_REPORT_PDF:
      return "pdf";
    case PLX_REPORT_JSON:
    default:
      return "json";
    }
}

static GBytes *
take_text (char *text)
{
  return g_bytes_new_take (text, strlen (text));
}

/**
 * plx_report_comparison:
 * @comparison: a comparison that has run
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
GBytes *
plx_report_comparison (PlxComparison   *comparison,
                       PlxReportFormat  format,
                       GError         **error)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (plx_comparison_is_done (comparison), NULL);

  switch (format)
    {
    case PLX_REPORT_TEXT:
      return take_text (plx_report_text_comparison (comparison, PLX_TEXT_STYLE_PLAIN));
    case PLX_REPORT_MARKDOWN:
      return take_text (plx_report_text_comparison (comparison, PLX_TEXT_STYLE_MARKDOWN));
    case PLX_REPORT_HTML:
      return take_text (plx_report_html_comparison (comparison));
    case PLX_REPORT_PDF:
      return plx_report_pdf_comparison (comparison, error);
    case PLX_REPORT_JSON:
    default:
      return take_text (plx_report_json_comparison (comparison));
    }
}

/**
 * plx_report_analysis:
 * @language: the language the article was analysed in
 * @claims: the article's claims, as plx_find_claims() gives them
 * @format: json, text or markdown (HTML and PDF are comparison reports)
 *
 * Returns: (transfer full): the report of one analysed article
 */
GBytes *
plx_report_analysis (PlxArticle      *article,
                     const char      *language,
                     GArray          *claims,
                     PlxParties      *parties,
                     PlxReportFormat  format)
{
  switch (format)
    {
    case PLX_REPORT_TEXT:
      return take_text (plx_report_text_analysis (article, PLX_TEXT_STYLE_PLAIN));
    case PLX_REPORT_MARKDOWN:
      return take_text (plx_report_text_analysis (article, PLX_TEXT_STYLE_MARKDOWN));
    case PLX_REPORT_HTML:
    case PLX_REPORT_PDF:
    case PLX_REPORT_JSON:
    default:
      return take_text (plx_report_json_analysis (article, language, claims, parties));
    }
}
