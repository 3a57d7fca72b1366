/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Readable reports of a collation of three or more articles, as plain text
 * for a terminal or as Markdown: the articles, the coverage figures, the
 * key differences, the coverage table (story units × outlets: the central
 * version, the same words, reworded, partly told, absent; moved marked)
 * and the claims by party and outlet. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-collation-claims.h"
#include "plx-report-collation.h"
#include "plx-report-common.h"
#include "plx-report-text.h"

#define ID(collation, k) plx_collation_get_article_id ((collation), (k))

/* How long the opening of a unit's central version in the table is. */
#define OPENING_CHARS 72

static void
append_text (GString     *out,
             PlxTextStyle style,
             const char  *text)
{
  if (style == PLX_TEXT_STYLE_MARKDOWN)
    plx_report_append_markdown (out, text);
  else
    g_string_append (out, text);
}

static void
append_articles (GString      *out,
                 PlxCollation *collation,
                 PlxTextStyle  style)
{
  const char *bullet = style == PLX_TEXT_STYLE_MARKDOWN ? "- " : "  ";

  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxArticle *article = plx_collation_get_article (collation, k);
      guint n = plx_article_get_n_sentences (article);

      g_string_append (out, bullet);
      g_string_append_printf (out, _("Article %s: "), ID (collation, k));
      append_text (out, style, plx_article_get_title (article));
      g_string_append (out, " (");
      append_text (out, style, plx_article_get_source (article));
      g_string_append_printf (out, ngettext (", %u sentence", ", %u sentences", n), n);
      if (k == plx_collation_get_pivot (collation))
        /* Translators: after the article the others were compared with. */
        g_string_append (out, _("; the others are compared with it"));
      g_string_append (out, ")\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_figures (GString      *out,
                PlxCollation *collation)
{
  PlxCollationSummary summary;

  plx_collation_summarize (collation, &summary);
  g_string_append_printf (out, ngettext ("%u story unit", "%u story units", summary.n_units),
                          summary.n_units);
  g_string_append_printf (out, _(": %u told by all articles, %u by one only.\n"),
                          summary.n_in_all, summary.n_in_one);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      g_string_append (out, "  ");
      /* Translators: "Article C tells 12 units, 3 only it, 4 otherwise". */
      g_string_append_printf (out, _("Article %s tells %u, %u of them alone, %u otherwise "
                                     "than the central version.\n"),
                              ID (collation, k), summary.carried[k], summary.only[k],
                              summary.changed[k]);
    }
  g_string_append_c (out, '\n');
}

/* The opening words of a unit's central version. */
static char *
unit_opening (PlxCollation  *collation,
              const PlxUnit *unit)
{
  PlxArticle *article = plx_collation_get_article (collation, unit->central);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  g_autofree char *text = plx_sentence_dup_text (&sentences[unit->cells[unit->central].sentences[0]],
                                                 plx_article_get_text (article));

  if (g_utf8_strlen (text, -1) <= OPENING_CHARS)
    return g_steal_pointer (&text);
  g_autofree char *start = g_utf8_substring (text, 0, OPENING_CHARS - 1);

  return g_strdup_printf ("%s…", start);
}

static void
append_coverage (GString      *out,
                 PlxCollation *collation,
                 PlxTextStyle  style)
{
  guint n_articles = plx_collation_get_n_articles (collation);
  gboolean markdown = style == PLX_TEXT_STYLE_MARKDOWN;

  plx_report_text_append_heading (out, style, 2, _("Coverage"));
  g_string_append (out, _("■ the version the others are compared with, = the same words, "
                          "≈ reworded, ~ partly told, · not told, * told elsewhere in the "
                          "article.\n\n"));
  g_string_append (out, markdown ? "| #" : "    #");
  for (guint k = 0; k < n_articles; k++)
    g_string_append_printf (out, markdown ? " | %s" : "  %-2s", ID (collation, k));
  g_string_append_printf (out, markdown ? " | %s |\n|---:" : "  %s\n", _("Opening"));
  for (guint k = 0; markdown && k <= n_articles; k++)
    g_string_append (out, k < n_articles ? "|:-:" : "|---|\n");

  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);
      g_autofree char *opening = unit_opening (collation, unit);

      g_string_append_printf (out, markdown ? "| %u" : "%5u", u + 1);
      for (guint k = 0; k < n_articles; k++)
        {
          g_autofree char *symbol = plx_collation_dup_cell_symbol (&unit->cells[k]);

          g_string_append_printf (out, markdown ? " | %s" : "  %s%s", symbol,
                                  g_utf8_strlen (symbol, -1) == 1 ? " " : "");
        }
      g_string_append (out, markdown ? " | " : "  ");
      if (markdown)
        plx_report_append_markdown (out, opening);
      else
        g_string_append (out, opening);
      g_string_append (out, markdown ? " |\n" : "\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_differences (GString      *out,
                    PlxCollation *collation,
                    PlxTextStyle  style)
{
  guint n = plx_collation_get_n_key_differences (collation);

  plx_report_text_append_heading (out, style, 2, _("Key differences"));
  if (n == 0)
    g_string_append_printf (out, "%s\n\n", _("No outlet tells a quote, number, name or claim "
                                             "differently from all the others."));
  for (guint i = 0; i < n; i++)
    {
      const PlxCollatedDifference *item = plx_collation_get_key_difference (collation, i);
      const PlxKeyPlace *place = &item->places[item->outlet];
      const char *other;

      g_string_append_printf (out, "%u. ", i + 1);
      g_string_append (out, plx_key_kind_get_reason (item->kind));
      /* Translators: "— Article C alone: “words”". */
      g_string_append_printf (out, _(" — Article %s alone"), ID (collation, item->outlet));
      if (place->words != NULL && *place->words != '\0')
        {
          g_string_append (out, ": “");
          append_text (out, style, place->words);
          g_string_append (out, "”");
        }
      else if ((other = plx_collation_difference_other_words (collation, item)) != NULL)
        {
          g_autoptr(GString) words = g_string_new (NULL);

          append_text (words, style, other);
          /* Translators: what an outlet leaves out, in the others' words. */
          g_string_append_printf (out, _(", without the others’ “%s”"), words->str);
        }
      if (item->n_agreeing > 0)
        g_string_append_printf (out, ngettext (" (%u other tells it otherwise)",
                                               " (%u others tell it otherwise)",
                                               item->n_agreeing),
                                item->n_agreeing);
      g_string_append_c (out, '\n');
    }
  if (n > 0)
    g_string_append_c (out, '\n');
}

static void
append_claim_cell (GString                    *out,
                   PlxCollation               *collation,
                   guint                       k,
                   const PlxCollatedClaimCell *cell,
                   PlxTextStyle                style)
{
  const PlxClaim *claim;

  g_string_append_printf (out, style == PLX_TEXT_STYLE_MARKDOWN ? "  - %s: " : "      %s: ",
                          ID (collation, k));
  if (cell->claim < 0)
    {
      g_string_append_printf (out, "%s\n", _("leaves it out"));
      return;
    }
  claim = &g_array_index (plx_collation_get_claims (collation, k), PlxClaim, cell->claim);
  append_text (out, style, claim->speaker_name != NULL ? claim->speaker_name : "");
  g_string_append_c (out, ' ');
  append_text (out, style, claim->verb != NULL ? claim->verb : "");
  g_string_append (out, claim->quote != NULL ? " “" : ": ");
  append_text (out, style, claim->quote != NULL ? claim->quote : claim->text);
  g_string_append (out, claim->quote != NULL ? "”" : "");
  if (cell->hedge != NULL)
    {
      g_string_append (out, " [");
      /* Translators: a claim told with a hedge: "hedged: reportedly". */
      g_string_append_printf (out, _("hedged: %s"), cell->hedge);
      g_string_append_c (out, ']');
    }
  if (cell->status != PLX_CLAIM_SHARED)
    g_string_append_printf (out, " (%s)", plx_claim_status_to_string (cell->status));
  g_string_append_c (out, '\n');
}

static void
append_claims (GString      *out,
               PlxCollation *collation,
               PlxTextStyle  style)
{
  const char *party = NULL;
  guint n_articles = plx_collation_get_n_articles (collation);

  plx_report_text_append_heading (out, style, 2, _("Claims by outlet"));
  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);

      if (g_strcmp0 (party, row->party) != 0)
        {
          if (party != NULL)
            g_string_append_c (out, '\n');
          party = row->party;
          plx_report_text_append_heading (out, style, 3, plx_collation_get_party_name (collation, party));
        }
      g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "- " : "  - ");
      if (row->n_carrying == 1)
        g_string_append_printf (out, _("Only article %s:\n"), ID (collation, row->reference));
      else
        g_string_append_printf (out, ngettext ("Told by %u outlet:\n", "Told by %u outlets:\n",
                                               row->n_carrying),
                                row->n_carrying);
      for (guint k = 0; k < n_articles; k++)
        if (row->n_carrying > 1 || k == row->reference)
          append_claim_cell (out, collation, k, &row->cells[k], style);
    }
  g_string_append_c (out, '\n');
}

/**
 * plx_report_text_collation:
 *
 * Returns: (transfer full): the text or Markdown report of @collation
 */
char *
plx_report_text_collation (PlxCollation *collation,
                           PlxTextStyle  style)
{
  GString *out = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf (_("Collation of %u articles"),
                                            plx_collation_get_n_articles (collation));

  plx_report_text_append_heading (out, style, 1, title);
  append_articles (out, collation, style);
  append_figures (out, collation);
  append_differences (out, collation, style);
  append_coverage (out, collation, style);
  append_claims (out, collation, style);

  return g_string_free (out, FALSE);
}
