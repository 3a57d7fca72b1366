/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the readable reports (text, HTML, PDF) share: the order of the
 * parties-and-claims table, the labels, the highlight palette, and the
 * linked sentences with their differing words wrapped in markup. Markup is
 * either HTML or Pango's, which escape text the same way. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-report-common.h"

/* In the order of the app's legend. */
const PlxReportHighlight plx_report_highlights[PLX_N_TAGS] = {
  { PLX_TAG_QUOTE, "tag-quote", N_("Quote"), "#c2e2f5" },
  { PLX_TAG_NUMBER, "tag-number", N_("Number"), "#f5d38c" },
  { PLX_TAG_NAME, "tag-name", N_("Name"), "#dcdcdc" },
  { PLX_TAG_NEGATION, "tag-negation", N_("Negation"), "#f4b9a0" },
  { PLX_TAG_HEDGE, "tag-hedge", N_("Hedge"), "#f6ed9c" },
  { PLX_TAG_INTENSIFIER, "tag-intensifier", N_("Intensifier"), "#ebc2da" },
  { PLX_TAG_REPORTING_VERB, "tag-reporting-verb", N_("Reporting verb"), "#9fd9c6" },
  { PLX_TAG_LOADED, "tag-loaded", N_("Loaded word"), "#cdb8ee" },
};

/**
 * plx_report_highlight_for:
 * @tags: the tags of a difference
 *
 * Returns: (nullable): the highlight of the strongest tag, as in the app,
 *   or %NULL for an untagged change
 */
const PlxReportHighlight *
plx_report_highlight_for (guint tags)
{
  PlxTag strongest = plx_tag_strongest (tags);

  for (guint i = 0; i < G_N_ELEMENTS (plx_report_highlights); i++)
    if (plx_report_highlights[i].tag == strongest)
      return &plx_report_highlights[i];

  return NULL;
}

const char *
plx_report_status_label (PlxClaimStatus status)
{
  switch (status)
    {
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
      return _("Attribution changed");
    case PLX_CLAIM_QUOTE_CHANGED:
      return _("Quote changed");
    case PLX_CLAIM_REFRAMED:
      return _("Reframed");
    case PLX_CLAIM_ONLY_A:
      return _("Only in A");
    case PLX_CLAIM_ONLY_B:
      return _("Only in B");
    case PLX_CLAIM_SHARED:
    default:
      return _("Shared");
    }
}

/* The colour of a claim's status chip: the parties panel's (ui/style.css),
 * flattened on white paper. */
const char *
plx_report_status_color (PlxClaimStatus status)
{
  static const char *const colors[] = {
    [PLX_CLAIM_SHARED] = "#b8e6d4", [PLX_CLAIM_ONLY_A] = "#c2dcf0",
    [PLX_CLAIM_ONLY_B] = "#c2dcf0", [PLX_CLAIM_REFRAMED] = "#f5d9a0",
    [PLX_CLAIM_QUOTE_CHANGED] = "#f4c0a0", [PLX_CLAIM_ATTRIBUTION_CHANGED] = "#ebc2da",
  };

  g_return_val_if_fail (status < G_N_ELEMENTS (colors), "#eeeeee");

  return colors[status];
}

const char *
plx_report_kind_label (PlxLinkKind kind)
{
  switch (kind)
    {
    case PLX_LINK_IDENTICAL:
      return _("Identical");
    case PLX_LINK_PARAPHRASE:
      return _("Paraphrase");
    case PLX_LINK_PARTIAL:
    default:
      return _("Partial");
    }
}

/**
 * plx_report_claim_rows:
 *
 * The claims of both articles by party, in the parties' order, and within
 * a party the disagreements first. A pair of claims is told once, from A.
 *
 * Returns: (transfer full) (element-type PlxClaimRow): the rows
 */
GArray *
plx_report_claim_rows (PlxComparison *comparison)
{
  static const PlxClaimStatus order[] = { PLX_CLAIM_ATTRIBUTION_CHANGED,
                                          PLX_CLAIM_QUOTE_CHANGED, PLX_CLAIM_REFRAMED,
                                          PLX_CLAIM_ONLY_A, PLX_CLAIM_ONLY_B, PLX_CLAIM_SHARED };
  PlxParties *parties = plx_comparison_get_parties (comparison);
  GArray *claims[2] = { plx_comparison_get_claims (comparison, PLX_SIDE_A),
                        plx_comparison_get_claims (comparison, PLX_SIDE_B) };
  g_autoptr(GHashTable) by_party = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (PlxClaimRow));

  /* One pass over the claims, not one per party: books have hundreds. */
  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint side = 0; side < 2; side++)
      for (guint i = 0; i < claims[side]->len; i++)
        {
          const PlxClaim *claim = &g_array_index (claims[side], PlxClaim, i);
          const PlxClaimMatch *match = plx_comparison_get_claim_match (comparison, side, i);
          PlxClaimRow row = { NULL, claim, match, NULL, side, FALSE };
          GArray *list;

          if (match->status != order[o] || claim->party == NULL ||
              (side == PLX_SIDE_B && match->counterpart >= 0))
            continue;
          if (side == PLX_SIDE_A && match->counterpart >= 0)
            row.counterpart = &g_array_index (claims[PLX_SIDE_B], PlxClaim, match->counterpart);
          list = g_hash_table_lookup (by_party, claim->party);
          if (list == NULL)
            {
              list = g_array_new (FALSE, TRUE, sizeof (PlxClaimRow));
              g_hash_table_insert (by_party, claim->party, list);
            }
          g_array_append_val (list, row);
        }

  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *party = plx_parties_get (parties, p);
      GArray *list = g_hash_table_lookup (by_party, party->id);

      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          PlxClaimRow *row = &g_array_index (list, PlxClaimRow, k);

          row->party = party;
          row->first_of_party = k == 0;
          g_array_append_val (rows, *row);
        }
    }

  return rows;
}

/* Escaped for HTML and Pango markup alike. Control characters, which
 * neither may name even as references, become U+FFFD. */
void
plx_report_append_escaped (GString    *out,
                           const char *text)
{
  g_autofree char *escaped = NULL;
  g_autoptr(GString) clean = NULL;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      {
        clean = g_string_new (NULL);
        break;
      }

  if (clean != NULL)
    {
      for (const char *p = text; *p != '\0'; p++)
        if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
          g_string_append (clean, "\xef\xbf\xbd");
        else
          g_string_append_c (clean, *p);
      text = clean->str;
    }

  escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

/* Text between two bytes of an article, line breaks folded, escaped. */
void
plx_report_append_span (GString    *out,
                        const char *text,
                        gsize       start,
                        gsize       end)
{
  PlxSentence span = { 0 };
  g_autofree char *folded = NULL;

  if (end <= start)
    return;
  span.byte_start = start;
  span.byte_end = end;
  folded = plx_sentence_dup_text (&span, text);
  plx_report_append_escaped (out, folded);
}

/**
 * plx_report_append_marked:
 * @markup: HTML marks its highlights with a CSS class (`<mark
 *   class="tag-negation">`), Pango with the colour itself
 *
 * One side of a link, escaped, its differing words highlighted the way the
 * app shows them (light edits, such as punctuation, left plain).
 */
void
plx_report_append_marked (GString       *out,
                          PlxComparison *comparison,
                          guint          index,
                          PlxSide        side,
                          PlxMarkup      markup)
{
  const PlxLink *link = plx_comparison_get_link (comparison, index);
  GArray *edits = plx_comparison_get_link_diff (comparison, index);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const char *text = plx_article_get_text (article);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  guint first = side == PLX_SIDE_A ? link->a_start : link->b_start;
  guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, first, end, NULL);
  gboolean html = markup == PLX_MARKUP_HTML;
  gsize position = sentences[first].byte_start;

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      guint from = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
      guint to = side == PLX_SIDE_A ? edit->a_end : edit->b_end;
      const PlxReportHighlight *highlight;

      if (edit->op == PLX_DIFF_EQUAL || edit->light || from == to)
        continue;

      highlight = plx_report_highlight_for (edit->tags);
      plx_report_append_span (out, text, position, tokens[from].byte_start);
      if (html)
        g_string_append_printf (out, "<mark class=\"%s\">",
                                highlight != NULL ? highlight->css : "changed");
      else
        g_string_append_printf (out, "<span background=\"%s\">",
                                highlight != NULL ? highlight->color : PLX_REPORT_CHANGED_COLOR);
      plx_report_append_span (out, text, tokens[from].byte_start, tokens[to - 1].byte_end);
      g_string_append (out, html ? "</mark>" : "</span>");
      position = tokens[to - 1].byte_end;
    }
  plx_report_append_span (out, text, position, sentences[end - 1].byte_end);
}
