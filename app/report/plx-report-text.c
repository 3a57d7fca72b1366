/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Readable summaries of a comparison, as plain text for a terminal or as
 * Markdown for a document: the figures first, then each link with the words
 * that differ, then the sentences only one article has. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-figures.h"
#include "plx-lexicon.h"
#include "plx-citation.h"
#include "plx-report-common.h"
#include "plx-report-key-differences.h"
#include "plx-report-notes.h"
#include "plx-report-text.h"

/* A heading of @level (1 or 2): "#"s in Markdown, underlined in text. */
void
plx_report_text_append_heading (GString     *out,
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

/* Markdown would read stars, brackets and the like in article text as
 * markup. */
static void
append_text (GString     *out,
             PlxTextStyle style,
             const char  *text)
{
  if (style != PLX_TEXT_STYLE_MARKDOWN)
    {
      g_string_append (out, text);
      return;
    }

  plx_report_append_markdown (out, text);
}

static char *
sentence_text (PlxArticle *article,
               guint       index)
{
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);

  return plx_sentence_dup_text (&sentences[index], plx_article_get_text (article));
}

static char *
range_label (guint start,
             guint end)
{
  if (end - start == 1)
    return g_strdup_printf ("%u", start + 1);

  return g_strdup_printf ("%u–%u", start + 1, end);
}

/* The citation line under an article's line, when its page says anything
 * about it. */
static void
append_citation (GString     *out,
                 PlxArticle  *article,
                 PlxTextStyle style)
{
  g_autoptr(PlxCitation) citation = plx_citation_new_for_article (article);
  g_autofree char *line = NULL;

  if (plx_citation_is_empty (citation))
    return;
  line = style == PLX_TEXT_STYLE_MARKDOWN ? plx_citation_dup_markdown (citation)
                                          : plx_citation_dup_text (citation);
  /* A nested item in Markdown, where an indented line would run on. */
  g_string_append_printf (out, style == PLX_TEXT_STYLE_MARKDOWN ? "  - %s\n" : "    %s\n", line);
}

static void
append_article_header (GString     *out,
                       PlxArticle  *article,
                       const char  *id,
                       PlxTextStyle style)
{
  const char *bullet = style == PLX_TEXT_STYLE_MARKDOWN ? "- " : "  ";

  g_string_append (out, bullet);
  /* Translators: "Article A: title (source, 12 sentences)". */
  g_string_append_printf (out, _("Article %s: "), id);
  append_text (out, style, plx_article_get_title (article));
  g_string_append (out, " (");
  append_text (out, style, plx_article_get_source (article));
  g_string_append_printf (out, ngettext (", %u sentence)\n", ", %u sentences)\n",
                                         plx_article_get_n_sentences (article)),
                          plx_article_get_n_sentences (article));
  append_citation (out, article, style);
}

static void
append_group (GString       *out,
              PlxComparison *comparison,
              PlxSide        side,
              guint          start,
              guint          end,
              PlxTextStyle   style)
{
  PlxArticle *article = plx_comparison_get_article (comparison, side);

  for (guint i = start; i < end; i++)
    {
      g_autofree char *text = sentence_text (article, i);

      g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "> " : "    ");
      g_string_append_printf (out, "%s%u: ", side == PLX_SIDE_A ? "A" : "B", i + 1);
      append_text (out, style, text);
      g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "\n>\n" : "\n");
    }
}

static char *
edit_words (PlxComparison *comparison,
            PlxSide        side,
            const PlxToken *tokens,
            guint          start,
            guint          end)
{
  const char *text;
  PlxSentence span = { 0 };

  if (start >= end)
    return g_strdup ("");

  text = plx_article_get_text (plx_comparison_get_article (comparison, side));
  span.byte_start = tokens[start].byte_start;
  span.byte_end = tokens[end - 1].byte_end;

  return plx_sentence_dup_text (&span, text);
}

static void
append_differences (GString       *out,
                    PlxComparison *comparison,
                    guint          index,
                    PlxTextStyle   style)
{
  const PlxLink *link = plx_comparison_get_link (comparison, index);
  GArray *edits = plx_comparison_get_link_diff (comparison, index);
  const PlxToken *ta = plx_comparison_get_tokens (comparison, PLX_SIDE_A, link->a_start,
                                                  link->a_end, NULL);
  const PlxToken *tb = plx_comparison_get_tokens (comparison, PLX_SIDE_B, link->b_start,
                                                  link->b_end, NULL);

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_autoptr(GString) tags = g_string_new (NULL);

      if (edit->op == PLX_DIFF_EQUAL || edit->light)
        continue;

      a = edit_words (comparison, PLX_SIDE_A, ta, edit->a_start, edit->a_end);
      b = edit_words (comparison, PLX_SIDE_B, tb, edit->b_start, edit->b_end);
      for (guint t = 0; t < PLX_N_TAGS; t++)
        if (edit->tags & plx_tag_from_index (t))
          g_string_append_printf (tags, "%s%s", tags->len > 0 ? ", " : "",
                                  plx_tag_to_string (plx_tag_from_index (t)));

      g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "- " : "      ");
      switch (edit->op)
        {
        case PLX_DIFF_DELETE:
          g_string_append (out, _("only in A: "));
          append_text (out, style, a);
          break;
        case PLX_DIFF_INSERT:
          g_string_append (out, _("only in B: "));
          append_text (out, style, b);
          break;
        case PLX_DIFF_REPLACE:
        case PLX_DIFF_EQUAL:
        default:
          g_string_append_c (out, '"');
          append_text (out, style, a);
          g_string_append (out, "\" → \"");
          append_text (out, style, b);
          g_string_append_c (out, '"');
          break;
        }
      if (tags->len > 0)
        g_string_append_printf (out, " [%s]", tags->str);
      g_string_append_c (out, '\n');
    }
}

static void
append_unmatched (GString       *out,
                  PlxComparison *comparison,
                  PlxSide        side,
                  PlxTextStyle   style)
{
  g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);

  plx_report_text_append_heading (out, style, 2, side == PLX_SIDE_A ? _("Only in article A")
                                                    : _("Only in article B"));
  if (unmatched->len == 0)
    {
      g_string_append (out, _("Nothing: every sentence has a counterpart.\n\n"));
      return;
    }

  for (guint k = 0; k < unmatched->len; k++)
    {
      guint i = g_array_index (unmatched, guint, k);

      append_group (out, comparison, side, i, i + 1, style);
    }
  g_string_append_c (out, '\n');
}

static void
append_claim (GString        *out,
              const PlxClaim *claim,
              const char     *article,
              PlxTextStyle    style)
{
  g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "    - " : "        ");
  /* Translators: "A 4: Yuri Ushakov (confirmed): text of the claim". */
  g_string_append_printf (out, _("%s %u: "), article, claim->sentence + 1);
  append_text (out, style, claim->speaker_name[0] != '\0' ? claim->speaker_name : _("(unnamed)"));
  g_string_append_printf (out, " (%s): ", claim->verb);
  append_text (out, style, claim->text);
  if (plx_report_claim_edited (claim) != NULL)
    g_string_append_printf (out, " %s", plx_report_claim_edited (claim));
  g_string_append_c (out, '\n');
}

/* Per party: what each article says, the disagreements first. */
static void
append_parties (GString       *out,
                PlxComparison *comparison,
                PlxTextStyle   style)
{
  g_autoptr(GArray) rows = plx_claim_rows_new (comparison);

  plx_report_text_append_heading (out, style, 2, _("Parties and claims"));
  if (rows->len == 0)
    {
      g_string_append (out, _("Neither article reports what anyone said.\n\n"));
      return;
    }

  for (guint k = 0; k < rows->len; k++)
    {
      const PlxClaimRow *row = &g_array_index (rows, PlxClaimRow, k);

      if (row->first_of_party)
        {
          if (k > 0)
            g_string_append_c (out, '\n');
          if (style == PLX_TEXT_STYLE_MARKDOWN)
            g_string_append_printf (out, "### ");
          append_text (out, style, row->party->name);
          g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "\n\n" : "\n");
        }

      g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "- **" : "    ");
      g_string_append (out, plx_swatch_get_label (plx_palette_status (row->match->status)));
      g_string_append (out, style == PLX_TEXT_STYLE_MARKDOWN ? "**" : "");
      if (row->match->change != NULL)
        {
          g_string_append (out, ": ");
          append_text (out, style, row->match->change);
        }
      g_string_append_c (out, '\n');
      append_claim (out, row->claim, row->side == PLX_SIDE_A ? "A" : "B", style);
      if (row->counterpart != NULL)
        append_claim (out, row->counterpart, "B", style);
    }
  g_string_append_c (out, '\n');
}

char *
plx_report_text_comparison (PlxComparison *comparison,
                            PlxTextStyle   style)
{
  GString *out = g_string_new (NULL);
  guint n_links;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  plx_report_text_append_heading (out, style, 1, _("Parallax comparison"));
  append_article_header (out, plx_comparison_get_article (comparison, PLX_SIDE_A), "A", style);
  append_article_header (out, plx_comparison_get_article (comparison, PLX_SIDE_B), "B", style);
  g_string_append_c (out, '\n');

  if (!plx_comparison_is_done (comparison))
    return g_string_free (out, FALSE);

  plx_report_key_differences_text (out, comparison, style == PLX_TEXT_STYLE_MARKDOWN);
  plx_report_notes_text (out, comparison, style == PLX_TEXT_STYLE_MARKDOWN);

  n_links = plx_comparison_get_n_links (comparison);
  {
    g_autofree char *similarity = plx_comparison_dup_similarity_text (comparison);

    /* Translators: "Similarity: 31% of both articles’ text…". */
    g_string_append_printf (out, _("Similarity: %s\n"), similarity);
  }
  g_string_append_printf (out, ngettext ("%u linked pair of sentence groups.\n\n",
                                         "%u linked pairs of sentence groups.\n\n", n_links),
                          n_links);

  append_parties (out, comparison, style);

  plx_report_text_append_heading (out, style, 2, _("Linked sentences"));
  for (guint k = 0; k < n_links; k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      g_autofree char *a = range_label (link->a_start, link->a_end);
      g_autofree char *b = range_label (link->b_start, link->b_end);

      /* Translators: "A 3 ↔ B 1–2: paraphrase, score 0.74, moved". */
      g_string_append_printf (out, _("A %s ↔ B %s: %s, score %.2f%s\n"), a, b,
                              plx_link_kind_to_string (link->kind), link->score,
                              link->moved ? _(", moved") : "");
      if (style == PLX_TEXT_STYLE_MARKDOWN)
        g_string_append_c (out, '\n');
      append_group (out, comparison, PLX_SIDE_A, link->a_start, link->a_end, style);
      append_group (out, comparison, PLX_SIDE_B, link->b_start, link->b_end, style);
      if (style == PLX_TEXT_STYLE_MARKDOWN)
        g_string_append_c (out, '\n');
      append_differences (out, comparison, k, style);
      g_string_append_c (out, '\n');
    }

  append_unmatched (out, comparison, PLX_SIDE_A, style);
  append_unmatched (out, comparison, PLX_SIDE_B, style);

  return g_string_free (out, FALSE);
}

char *
plx_report_text_analysis (PlxArticle  *article,
                          PlxTextStyle style)
{
  GString *out = g_string_new (NULL);
  guint n;
  const PlxSentence *sentences;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  plx_report_text_append_heading (out, style, 1, _("Parallax analysis"));
  append_article_header (out, article, "A", style);
  g_string_append_c (out, '\n');

  sentences = plx_article_get_sentences (article, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = plx_sentence_dup_text (&sentences[i], plx_article_get_text (article));

      g_string_append_printf (out, "%s%u [%s] ", style == PLX_TEXT_STYLE_MARKDOWN ? "- " : "",
                              i + 1, plx_sentence_kind_to_string (sentences[i].kind));
      append_text (out, style, text);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
