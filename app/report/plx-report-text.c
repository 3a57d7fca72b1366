/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Readable summaries of a comparison, as plain text for a terminal or as
 * Markdown for a document. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-report-text.h"

static void
append_heading (GString     *out,
                PlxTextStyle style,
                int          level,
                const char  *text)
{
  if (style == PLX_TEXT_STYLE_MARKDOWN)
    {
      for (int i = 0; i < level; i++)
        g_string_append_c (out, '#');
      g_string_append_printf (out, " %s\n\n", text);
    }
  else
    {
      g_string_append_printf (out, "%s\n", text);
      for (glong i = g_utf8_strlen (text, -1); i > 0; i--)
        g_string_append_c (out, level == 1 ? '=' : '-');
      g_string_append (out, "\n\n");
    }
}

static void
append_article (GString     *out,
                PlxArticle  *article,
                const char  *id,
                PlxTextStyle style)
{
  g_autofree char *heading = g_strdup_printf (_("Article %s: %s"), id,
                                              plx_article_get_title (article));

  append_heading (out, style, 2, heading);
  g_string_append_printf (out, _("Source: %s\n"), plx_article_get_source (article));
  g_string_append_printf (out, _("Language: %s\n"), plx_article_get_language (article));
  g_string_append_printf (out, _("Characters: %u\n\n"), plx_article_get_n_chars (article));
  g_string_append (out, plx_article_get_text (article));
  if (!g_str_has_suffix (plx_article_get_text (article), "\n"))
    g_string_append_c (out, '\n');
  g_string_append_c (out, '\n');
}

char *
plx_report_text_comparison (PlxComparison *comparison,
                            PlxTextStyle   style)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  append_heading (out, style, 1, _("Parallax comparison"));
  append_article (out, plx_comparison_get_article (comparison, PLX_SIDE_A), "A", style);
  append_article (out, plx_comparison_get_article (comparison, PLX_SIDE_B), "B", style);

  return g_string_free (out, FALSE);
}

char *
plx_report_text_analysis (PlxArticle  *article,
                          PlxTextStyle style)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  append_heading (out, style, 1, _("Parallax analysis"));
  append_article (out, article, "A", style);

  return g_string_free (out, FALSE);
}
