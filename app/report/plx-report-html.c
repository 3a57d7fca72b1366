/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The HTML report: one self-contained file (inline CSS, no script, nothing
 * fetched) to send to an editor or a class. Every piece of article text
 * goes through g_markup_escape_text(), so an article that contains markup
 * shows it as text and nothing in it runs. It prints in landscape. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-report-html.h"

static const char *const style =
  "body{font-family:Cantarell,'Noto Sans',sans-serif;margin:2em;color:#241f31;"
  "background:#fff;line-height:1.45}"
  "h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd}"
  ".meta{color:#5e5c64;font-size:.9em}"
  "table{border-collapse:collapse;width:100%}.figures{width:auto}"
  "td,th{vertical-align:top;padding:.4em .6em;border-bottom:1px solid #eee;text-align:left}"
  "th{background:#f6f5f4}"
  ".aligned td.a,.aligned td.b{width:44%}.aligned td.kind{width:12%;font-size:.85em;"
  "color:#5e5c64;white-space:nowrap}"
  ".figures td{border:none;padding:.1em 1em .1em 0}"
  ".legend span{display:inline-block;margin:.2em;padding:.05em .5em;border-radius:4px}"
  "mark{border-radius:3px;padding:0 .1em;color:inherit}"
  ".tag-negation{background:#f4b9a0}.tag-loaded{background:#cdb8ee}"
  ".tag-hedge{background:#f6ed9c}.tag-intensifier{background:#ebc2da}"
  ".tag-reporting-verb{background:#9fd9c6}.tag-quote{background:#c2e2f5}"
  ".tag-number{background:#f5d38c}.tag-name{background:#dcdcdc}"
  ".changed{background:#e6e6e6}"
  ".chip{display:inline-block;padding:0 .5em;border-radius:9px;font-size:.85em;"
  "font-weight:bold;background:#eee;white-space:nowrap}"
  ".status-reframed{background:#f5d9a0}.status-quote-changed{background:#f4c0a0}"
  ".status-attribution-changed{background:#ebc2da}.status-shared{background:#b8e6d4}"
  ".status-only-a,.status-only-b{background:#c2dcf0}"
  ".only li{margin:.3em 0}"
  "@page{size:landscape;margin:1.5cm}"
  "@media print{body{margin:0;print-color-adjust:exact;-webkit-print-color-adjust:exact}h2{break-after:avoid}tr{break-inside:avoid}}";

/* In the order of the app's legend. */
static const struct
{
  PlxTag      tag;
  const char *css;
  const char *label;
} highlights[] = {
  { PLX_TAG_QUOTE, "tag-quote", N_("Quote") },
  { PLX_TAG_NUMBER, "tag-number", N_("Number") },
  { PLX_TAG_NAME, "tag-name", N_("Name") },
  { PLX_TAG_NEGATION, "tag-negation", N_("Negation") },
  { PLX_TAG_HEDGE, "tag-hedge", N_("Hedge") },
  { PLX_TAG_INTENSIFIER, "tag-intensifier", N_("Intensifier") },
  { PLX_TAG_REPORTING_VERB, "tag-reporting-verb", N_("Reporting verb") },
  { PLX_TAG_LOADED, "tag-loaded", N_("Loaded word") },
};

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/* Text between two bytes of the article, line breaks folded. */
static void
append_span (GString    *out,
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
  append_escaped (out, folded, -1);
}

/* A difference with several tags shows the strongest, as in the app. */
static const char *
highlight_class (guint8 tags)
{
  PlxTag strongest = plx_tag_strongest (tags);

  for (guint i = 0; i < G_N_ELEMENTS (highlights); i++)
    if (highlights[i].tag == strongest)
      return highlights[i].css;

  return "changed";
}

/* One side of a link: its sentences with the differing words marked. */
static void
append_group (GString       *out,
              PlxComparison *comparison,
              guint          index,
              PlxSide        side)
{
  const PlxLink *link = plx_comparison_get_link (comparison, index);
  GArray *edits = plx_comparison_get_link_diff (comparison, index);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const char *text = plx_article_get_text (article);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  guint first = side == PLX_SIDE_A ? link->a_start : link->b_start;
  guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, first, end, NULL);
  gsize position = sentences[first].byte_start;

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      guint from = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
      guint to = side == PLX_SIDE_A ? edit->a_end : edit->b_end;

      if (edit->op == PLX_DIFF_EQUAL || edit->light || from == to)
        continue;

      append_span (out, text, position, tokens[from].byte_start);
      g_string_append_printf (out, "<mark class=\"%s\">", highlight_class (edit->tags));
      append_span (out, text, tokens[from].byte_start, tokens[to - 1].byte_end);
      g_string_append (out, "</mark>");
      position = tokens[to - 1].byte_end;
    }
  append_span (out, text, position, sentences[end - 1].byte_end);
}

static const char *
kind_label (const PlxLink *link)
{
  switch (link->kind)
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

static const char *
status_label (PlxClaimStatus status)
{
  switch (status)
    {
    case PLX_CLAIM_SHARED:
      return _("Shared");
    case PLX_CLAIM_ONLY_A:
      return _("Only in A");
    case PLX_CLAIM_ONLY_B:
      return _("Only in B");
    case PLX_CLAIM_REFRAMED:
      return _("Reframed");
    case PLX_CLAIM_QUOTE_CHANGED:
      return _("Quote changed");
    case PLX_CLAIM_ATTRIBUTION_CHANGED:
    default:
      return _("Attribution changed");
    }
}

static void
append_claim_cell (GString        *out,
                   const PlxClaim *claim)
{
  g_string_append (out, "<td>");
  if (claim != NULL)
    {
      g_string_append (out, "<b>");
      append_escaped (out, claim->speaker_name[0] != '\0' ? claim->speaker_name : _("(unnamed)"),
                      -1);
      g_string_append (out, "</b> (");
      append_escaped (out, claim->verb, -1);
      g_string_append (out, "): ");
      append_escaped (out, claim->text, -1);
    }
  g_string_append (out, "</td>");
}

static void
append_parties (GString       *out,
                PlxComparison *comparison)
{
  static const PlxClaimStatus order[] = { PLX_CLAIM_ATTRIBUTION_CHANGED,
                                          PLX_CLAIM_QUOTE_CHANGED, PLX_CLAIM_REFRAMED,
                                          PLX_CLAIM_ONLY_A, PLX_CLAIM_ONLY_B, PLX_CLAIM_SHARED };
  PlxParties *parties = plx_comparison_get_parties (comparison);
  GArray *claims[2] = { plx_comparison_get_claims (comparison, PLX_SIDE_A),
                        plx_comparison_get_claims (comparison, PLX_SIDE_B) };
  g_autoptr(GHashTable) by_party = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);

  g_string_append_printf (out, "<h2>%s</h2>\n", _("Parties and claims"));

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint side = 0; side < 2; side++)
      for (guint i = 0; i < claims[side]->len; i++)
        {
          PlxClaim *claim = &g_array_index (claims[side], PlxClaim, i);
          GPtrArray *list;

          if (claim->status != order[o] || claim->party == NULL ||
              (side == PLX_SIDE_B && claim->counterpart >= 0))
            continue;
          list = g_hash_table_lookup (by_party, claim->party);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (by_party, claim->party, list);
            }
          g_ptr_array_add (list, GUINT_TO_POINTER (i * 2 + side));
        }

  if (g_hash_table_size (by_party) == 0)
    {
      g_string_append_printf (out, "<p>%s</p>\n", _("Neither article reports what anyone said."));
      return;
    }

  g_string_append_printf (out, "<table class=\"parties\"><tr><th>%s</th><th>%s</th><th>%s</th>"
                               "<th>%s</th><th>%s</th></tr>\n",
                          _("Party"), _("Status"), _("Article A"), _("Article B"), _("What differs"));
  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *party = plx_parties_get (parties, p);
      GPtrArray *list = g_hash_table_lookup (by_party, party->id);

      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          guint tagged = GPOINTER_TO_UINT (g_ptr_array_index (list, k));
          guint side = tagged % 2;
          const PlxClaim *claim = &g_array_index (claims[side], PlxClaim, tagged / 2);
          const PlxClaim *counterpart = claim->counterpart >= 0
                                          ? &g_array_index (claims[1], PlxClaim, claim->counterpart)
                                          : NULL;

          g_string_append (out, "<tr><td>");
          if (k == 0)
            append_escaped (out, party->name, -1);
          g_string_append_printf (out, "</td><td><span class=\"chip status-%s\">%s</span></td>",
                                  plx_claim_status_to_string (claim->status),
                                  status_label (claim->status));
          append_claim_cell (out, side == PLX_SIDE_A ? claim : NULL);
          append_claim_cell (out, side == PLX_SIDE_B ? claim : counterpart);
          g_string_append (out, "<td>");
          if (claim->change != NULL)
            append_escaped (out, claim->change, -1);
          g_string_append (out, "</td></tr>\n");
        }
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

      g_string_append_printf (out, "<li>%u. ", i + 1);
      append_span (out, plx_article_get_text (article), sentences[i].byte_start,
                   sentences[i].byte_end);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

static void
append_article_meta (GString    *out,
                     PlxArticle *article,
                     const char *id)
{
  g_string_append_printf (out, "<li><b>%s</b> ", id);
  append_escaped (out, plx_article_get_title (article), -1);
  g_string_append (out, " — ");
  append_escaped (out, plx_article_get_source (article), -1);
  g_string_append_printf (out, ngettext (" (%u sentence)", " (%u sentences)",
                                         plx_article_get_n_sentences (article)),
                          plx_article_get_n_sentences (article));
  g_string_append (out, "</li>\n");
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
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GArray) unmatched_a = NULL;
  g_autoptr(GArray) unmatched_b = NULL;
  guint kinds[3] = { 0, 0, 0 };
  guint moved = 0;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (plx_comparison_is_done (comparison), NULL);

  out = g_string_new ("<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, plx_comparison_get_language (comparison), -1);
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width\">\n<title>");
  append_escaped (out, _("Parallax comparison"), -1);
  g_string_append (out, ": ");
  append_escaped (out, plx_article_get_title (plx_comparison_get_article (comparison, PLX_SIDE_A)),
                  -1);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n", style);

  now = g_date_time_new_now_local ();
  date = g_date_time_format (now, "%Y-%m-%d %H:%M");
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

  /* Summary figures. */
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      kinds[link->kind]++;
      moved += link->moved;
    }
  unmatched_a = plx_comparison_dup_unmatched (comparison, PLX_SIDE_A);
  unmatched_b = plx_comparison_dup_unmatched (comparison, PLX_SIDE_B);
  g_string_append_printf (out, "<h2>%s</h2>\n<table class=\"figures\">\n", _("Summary"));
  g_string_append_printf (out, "<tr><td>%s</td><td>%.0f %%</td></tr>\n", _("Similarity"),
                          100 * plx_comparison_get_similarity (comparison));
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

  append_parties (out, comparison);

  /* The aligned sentences. */
  g_string_append_printf (out, "<h2>%s</h2>\n<p class=\"legend\">", _("Linked sentences"));
  for (guint i = 0; i < G_N_ELEMENTS (highlights); i++)
    {
      g_string_append_printf (out, "<span class=\"%s\">", highlights[i].css);
      append_escaped (out, _(highlights[i].label), -1);
      g_string_append (out, "</span>");
    }
  g_string_append (out, "<span class=\"changed\">");
  append_escaped (out, _("Other change"), -1);
  g_string_append (out, "</span></p>\n");
  g_string_append_printf (out, "<table class=\"aligned\"><tr><th>%s</th><th></th><th>%s</th></tr>\n",
                          _("Article A"), _("Article B"));
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      g_string_append (out, "<tr><td class=\"a\">");
      append_group (out, comparison, k, PLX_SIDE_A);
      g_string_append (out, "</td><td class=\"kind\">");
      append_escaped (out, kind_label (link), -1);
      g_string_append_printf (out, "<br>%.2f", link->score);
      if (link->moved)
        {
          g_string_append (out, "<br>");
          append_escaped (out, _("moved"), -1);
        }
      g_string_append (out, "</td><td class=\"b\">");
      append_group (out, comparison, k, PLX_SIDE_B);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");

  g_string_append_printf (out, "<h2>%s</h2>\n", _("Sentences in one article only"));
  append_unmatched (out, comparison, PLX_SIDE_A);
  append_unmatched (out, comparison, PLX_SIDE_B);

  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
