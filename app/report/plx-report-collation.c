/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The JSON report of a collation of three or more articles, format
 * "parallax-collation" (docs/report-format.md): the articles, the story
 * units with how each article tells each one, the claims by party across
 * the outlets, and the key differences. Two articles keep the comparison
 * report ("parallax-comparison"), unchanged. Output is deterministic. */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "plx-collation-claims.h"
#include "plx-json-writer.h"
#include "plx-error.h"
#include "plx-palette.h"
#include "plx-report-collation.h"
#include "plx-report-json-private.h"

#define ID(collation, k) plx_collation_get_article_id ((collation), (k))

static void
add_articles (PlxJsonWriter *w,
              PlxCollation  *collation,
              const char    *language)
{
  plx_json_writer_member (w, "articles");
  plx_json_writer_begin_array (w);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxArticle *article = plx_collation_get_article (collation, k);

      plx_json_writer_begin_object (w);
      plx_report_json_add_article_head (w, article, ID (collation, k), language);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_diff (PlxJsonWriter     *w,
          const PlxUnitCell *cell,
          const char        *central_text,
          const char        *text)
{
  plx_json_writer_member (w, "diff");
  plx_json_writer_begin_array (w);
  for (guint i = 0; i < cell->diff->len; i++)
    {
      const PlxDiffEdit *edit = &g_array_index (cell->diff, PlxDiffEdit, i);
      g_autofree char *a = plx_report_span_text (central_text, cell->central_tokens, edit->a_start,
                                      edit->a_end);
      g_autofree char *b = plx_report_span_text (text, cell->tokens, edit->b_start, edit->b_end);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "op");
      plx_json_writer_string (w, plx_diff_op_to_string (edit->op));
      plx_json_writer_member (w, "central");
      plx_json_writer_string (w, a);
      plx_json_writer_member (w, "text");
      plx_json_writer_string (w, b);
      plx_report_json_add_tags (w, edit->tags);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_cell (PlxJsonWriter     *w,
          PlxCollation      *collation,
          const PlxUnit     *unit,
          guint              k)
{
  const PlxUnitCell *cell = &unit->cells[k];

  plx_json_writer_member (w, ID (collation, k));
  if (cell->told == PLX_TOLD_ABSENT)
    {
      plx_json_writer_null (w);
      return;
    }
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "sentences");
  plx_json_writer_begin_array (w);
  for (guint i = 0; i < cell->n_sentences; i++)
    plx_json_writer_int (w, cell->sentences[i]);
  plx_json_writer_end_array (w);
  plx_json_writer_member (w, "told");
  plx_json_writer_string (w, plx_told_to_string (cell->told));
  plx_json_writer_member (w, "moved");
  plx_json_writer_boolean (w, cell->moved);
  plx_json_writer_member (w, "score");
  plx_json_writer_double (w, cell->score);
  if (cell->diff != NULL)
    add_diff (w, cell,
              plx_article_get_text (plx_collation_get_article (collation, unit->central)),
              plx_article_get_text (plx_collation_get_article (collation, k)));
  plx_json_writer_end_object (w);
}

static void
add_units (PlxJsonWriter *w,
           PlxCollation  *collation)
{
  guint n_articles = plx_collation_get_n_articles (collation);

  plx_json_writer_member (w, "units");
  plx_json_writer_begin_array (w);
  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "index");
      plx_json_writer_int (w, u);
      plx_json_writer_member (w, "central");
      plx_json_writer_string (w, ID (collation, unit->central));
      plx_json_writer_member (w, "outlets");
      plx_json_writer_begin_array (w);
      for (guint k = 0; k < n_articles; k++)
        if (unit->cells[k].told != PLX_TOLD_ABSENT)
          plx_json_writer_string (w, ID (collation, k));
      plx_json_writer_end_array (w);
      plx_json_writer_member (w, "cells");
      plx_json_writer_begin_object (w);
      for (guint k = 0; k < n_articles; k++)
        add_cell (w, collation, unit, k);
      plx_json_writer_end_object (w);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_claim (PlxJsonWriter              *w,
           const PlxClaim             *claim,
           const PlxCollatedClaimCell *cell)
{
  plx_json_writer_begin_object (w);
  plx_report_json_add_claim_head (w, claim);
  plx_json_writer_member (w, "content_span");
  plx_json_writer_begin_array (w);
  plx_json_writer_int (w, claim->content.start);
  plx_json_writer_int (w, claim->content.end);
  plx_json_writer_end_array (w);
  plx_json_writer_member (w, "status");
  plx_json_writer_string (w, plx_claim_status_to_string (cell->status));
  if (cell->hedge != NULL)
    {
      plx_json_writer_member (w, "hedge");
      plx_json_writer_string (w, cell->hedge);
    }
  plx_json_writer_end_object (w);
}

static void
add_claims (PlxJsonWriter *w,
            PlxCollation  *collation)
{
  guint n_articles = plx_collation_get_n_articles (collation);

  plx_json_writer_member (w, "claims");
  plx_json_writer_begin_array (w);
  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "party");
      plx_json_writer_string (w, row->party);
      plx_json_writer_member (w, "party_name");
      plx_json_writer_string (w, plx_collation_get_party_name (collation, row->party));
      plx_json_writer_member (w, "reference");
      plx_json_writer_string (w, ID (collation, row->reference));
      plx_json_writer_member (w, "outlets");
      plx_json_writer_begin_array (w);
      for (guint k = 0; k < n_articles; k++)
        if (row->cells[k].claim >= 0)
          plx_json_writer_string (w, ID (collation, k));
      plx_json_writer_end_array (w);
      plx_json_writer_member (w, "cells");
      plx_json_writer_begin_object (w);
      for (guint k = 0; k < n_articles; k++)
        {
          plx_json_writer_member (w, ID (collation, k));
          if (row->cells[k].claim < 0)
            plx_json_writer_null (w);
          else
            add_claim (w, &g_array_index (plx_collation_get_claims (collation, k), PlxClaim,
                                          row->cells[k].claim),
                       &row->cells[k]);
        }
      plx_json_writer_end_object (w);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_place (PlxJsonWriter     *w,
           const PlxKeyPlace *place)
{
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "sentence");
  plx_json_writer_int (w, place->sentence);
  if (place->words != NULL)
    {
      plx_json_writer_member (w, "span");
      plx_json_writer_begin_array (w);
      plx_json_writer_int (w, place->span.start);
      plx_json_writer_int (w, place->span.end);
      plx_json_writer_end_array (w);
      plx_json_writer_member (w, "words");
      plx_json_writer_string (w, place->words);
    }
  plx_json_writer_end_object (w);
}

static void
add_key_differences (PlxJsonWriter *w,
                     PlxCollation  *collation)
{
  guint n_articles = plx_collation_get_n_articles (collation);

  plx_json_writer_member (w, "key_differences");
  plx_json_writer_begin_array (w);
  for (guint i = 0; i < plx_collation_get_n_key_differences (collation); i++)
    {
      const PlxCollatedDifference *item = plx_collation_get_key_difference (collation, i);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "kind");
      plx_json_writer_string (w, plx_key_kind_to_string (item->kind));
      plx_json_writer_member (w, "score");
      plx_json_writer_double (w, item->score);
      plx_json_writer_member (w, "outlet");
      plx_json_writer_string (w, ID (collation, item->outlet));
      plx_json_writer_member (w, "agreeing");
      plx_json_writer_int (w, item->n_agreeing);
      plx_json_writer_member (w, "places");
      plx_json_writer_begin_object (w);
      for (guint k = 0; k < n_articles; k++)
        {
          plx_json_writer_member (w, ID (collation, k));
          if (item->places[k].sentence < 0)
            plx_json_writer_null (w);
          else
            add_place (w, &item->places[k]);
        }
      plx_json_writer_end_object (w);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

/* How each article compares with the pivot, as the two-article summary
 * counts it. */
static void
add_comparisons (PlxJsonWriter *w,
                 PlxCollation  *collation)
{
  guint pivot = plx_collation_get_pivot (collation);

  plx_json_writer_member (w, "comparisons");
  plx_json_writer_begin_array (w);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      PlxComparison *comparison = plx_collation_get_comparison (collation, k);

      if (comparison == NULL)
        continue;
      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "a");
      plx_json_writer_string (w, ID (collation, pivot));
      plx_json_writer_member (w, "b");
      plx_json_writer_string (w, ID (collation, k));
      plx_json_writer_member (w, "similarity");
      plx_json_writer_double (w, plx_comparison_get_similarity (comparison));
      plx_json_writer_member (w, "links");
      plx_json_writer_int (w, plx_comparison_get_n_links (comparison));
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_summary (PlxJsonWriter *w,
             PlxCollation  *collation)
{
  PlxCollationSummary summary;

  plx_collation_summarize (collation, &summary);
  plx_json_writer_member (w, "summary");
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "units");
  plx_json_writer_int (w, summary.n_units);
  plx_json_writer_member (w, "units_in_all");
  plx_json_writer_int (w, summary.n_in_all);
  plx_json_writer_member (w, "units_in_one");
  plx_json_writer_int (w, summary.n_in_one);
  plx_json_writer_member (w, "outlets");
  plx_json_writer_begin_object (w);
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    {
      plx_json_writer_member (w, ID (collation, k));
      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "units");
      plx_json_writer_int (w, summary.carried[k]);
      plx_json_writer_member (w, "only_here");
      plx_json_writer_int (w, summary.only[k]);
      plx_json_writer_member (w, "changed");
      plx_json_writer_int (w, summary.changed[k]);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_object (w);
  plx_json_writer_end_object (w);
}

/**
 * plx_report_json_collation:
 *
 * Returns: (transfer full): the "parallax-collation" JSON of @collation
 */
char *
plx_report_json_collation (PlxCollation *collation)
{
  PlxJsonWriter *w = plx_json_writer_new ();
  guint pivot = plx_collation_get_pivot (collation);
  PlxComparison *first = plx_collation_get_comparison (collation, pivot == 0 ? 1 : 0);

  plx_json_writer_begin_object (w);
  plx_report_json_add_header (w, "parallax-collation");
  plx_json_writer_member (w, "pivot");
  plx_json_writer_string (w, ID (collation, pivot));
  add_articles (w, collation, plx_comparison_get_language (first));
  add_units (w, collation);
  add_claims (w, collation);
  add_key_differences (w, collation);
  add_comparisons (w, collation);
  add_summary (w, collation);
  plx_json_writer_end_object (w);

  return plx_json_writer_free_to_string (w);
}

/**
 * plx_collation_summarize:
 *
 * Counts the units every article carries, those only one does, and per
 * article those it carries, those only it carries and those it tells
 * otherwise than the central version (paraphrase or partial).
 */
void
plx_collation_summarize (PlxCollation        *collation,
                         PlxCollationSummary *summary)
{
  guint n_articles = plx_collation_get_n_articles (collation);

  memset (summary, 0, sizeof *summary);
  summary->n_units = plx_collation_get_n_units (collation);
  for (guint u = 0; u < summary->n_units; u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      summary->n_in_all += unit->n_carrying == n_articles;
      summary->n_in_one += unit->n_carrying == 1;
      for (guint k = 0; k < n_articles; k++)
        {
          PlxTold told = unit->cells[k].told;

          summary->carried[k] += told != PLX_TOLD_ABSENT;
          summary->only[k] += told != PLX_TOLD_ABSENT && unit->n_carrying == 1;
          summary->changed[k] += told == PLX_TOLD_PARAPHRASE || told == PLX_TOLD_PARTIAL;
        }
    }
}

/**
 * plx_collation_dup_cell_symbol:
 *
 * How a cell of the coverage table reads in a report: the symbol of how
 * its article tells the unit (plx_palette_told_symbol()), with "*" when it
 * tells it elsewhere in the article (a cell not told is never moved).
 *
 * Returns: (transfer full): the symbol, "≈*"
 */
char *
plx_collation_dup_cell_symbol (const PlxUnitCell *cell)
{
  return g_strconcat (plx_palette_told_symbol (cell->told),
                      cell->moved && cell->told != PLX_TOLD_ABSENT ? "*" : "", NULL);
}

/**
 * plx_collation_difference_other_words:
 *
 * The words of a key difference where its outlet has none (a hedge it
 * leaves out): those of the first other article that has them.
 *
 * Returns: (nullable): the words, or %NULL
 */
const char *
plx_collation_difference_other_words (PlxCollation                *collation,
                                      const PlxCollatedDifference *item)
{
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != item->outlet && item->places[k].words != NULL && *item->places[k].words != '\0')
      return item->places[k].words;

  return NULL;
}

/**
 * plx_report_collation:
 * @collation: a collation of three or more articles that has run
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 *   when the PDF could not be drawn
 */
GBytes *
plx_report_collation (PlxCollation    *collation,
                      PlxReportFormat  format,
                      GError         **error)
{
  char *text;

  g_return_val_if_fail (PLX_IS_COLLATION (collation), NULL);
  g_return_val_if_fail (plx_collation_is_done (collation), NULL);

  switch (format)
    {
    case PLX_REPORT_TEXT:
      text = plx_report_text_collation (collation, PLX_TEXT_STYLE_PLAIN);
      break;
    case PLX_REPORT_MARKDOWN:
      text = plx_report_text_collation (collation, PLX_TEXT_STYLE_MARKDOWN);
      break;
    case PLX_REPORT_HTML:
      text = plx_report_html_collation (collation);
      break;
    case PLX_REPORT_PDF:
      return plx_report_pdf_collation (collation, error);
    case PLX_REPORT_JSON:
    default:
      text = plx_report_json_collation (collation);
      break;
    }

  return g_bytes_new_take (text, strlen (text));
}
