/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The JSON report: Parallax's public interface (DESIGN.md, "The report
 * format"). Fields may be added; none may change meaning. Output is
 * deterministic: the same comparison always serialises to the same bytes. */

#include "config.h"

#include <math.h>

#include "plx-report-json.h"

static void
add_header (JsonBuilder *builder)
{
  g_autofree char *generator = g_strdup_printf ("parallax %s", PACKAGE_VERSION);

  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "parallax-comparison");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, generator);
}

static void
add_sentences (JsonBuilder *builder,
               PlxArticle  *article)
{
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence_text = plx_sentence_dup_text (&sentences[i], text);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "index");
      json_builder_add_int_value (builder, i);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, sentences[i].start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, sentences[i].end);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, plx_sentence_kind_to_string (sentences[i].kind));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, sentence_text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_article (JsonBuilder *builder,
             PlxArticle  *article,
             const char  *id)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, plx_article_get_title (article));
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, plx_article_get_source (article));
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, plx_article_get_language (article));
  json_builder_set_member_name (builder, "chars");
  json_builder_add_int_value (builder, plx_article_get_n_chars (article));
  json_builder_set_member_name (builder, "sentences");
  add_sentences (builder, article);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, plx_article_get_text (article));
  json_builder_end_object (builder);
}

/* The text of tokens [first, end) as it stands in the article, with line
 * breaks folded to spaces. */
static char *
span_text (const char     *text,
           const PlxToken *tokens,
           guint           first,
           guint           end)
{
  PlxSentence span = { 0 };

  if (first >= end)
    return g_strdup ("");

  span.byte_start = tokens[first].byte_start;
  span.byte_end = tokens[end - 1].byte_end;

  return plx_sentence_dup_text (&span, text);
}

static void
add_diff (JsonBuilder   *builder,
          PlxComparison *comparison,
          guint          index)
{
  const PlxLink *link = plx_comparison_get_link (comparison, index);
  GArray *edits = plx_comparison_get_link_diff (comparison, index);
  const char *text_a = plx_article_get_text (plx_comparison_get_article (comparison, PLX_SIDE_A));
  const char *text_b = plx_article_get_text (plx_comparison_get_article (comparison, PLX_SIDE_B));
  const PlxToken *ta = plx_comparison_get_tokens (comparison, PLX_SIDE_A, link->a_start,
                                                  link->a_end, NULL);
  const PlxToken *tb = plx_comparison_get_tokens (comparison, PLX_SIDE_B, link->b_start,
                                                  link->b_end, NULL);

  json_builder_begin_array (builder);
  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      g_autofree char *a = span_text (text_a, ta, edit->a_start, edit->a_end);
      g_autofree char *b = span_text (text_b, tb, edit->b_start, edit->b_end);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "op");
      json_builder_add_string_value (builder, plx_diff_op_to_string (edit->op));
      json_builder_set_member_name (builder, "a");
      json_builder_add_string_value (builder, a);
      json_builder_set_member_name (builder, "b");
      json_builder_add_string_value (builder, b);
      json_builder_set_member_name (builder, "tags");
      json_builder_begin_array (builder);
      for (guint t = 0; t < PLX_N_TAGS; t++)
        if (edit->tags & plx_tag_from_index (t))
          json_builder_add_string_value (builder, plx_tag_to_string (plx_tag_from_index (t)));
      json_builder_end_array (builder);
      if (edit->light)
        {
          json_builder_set_member_name (builder, "light");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_range (JsonBuilder *builder,
           guint        start,
           guint        end)
{
  json_builder_begin_array (builder);
  for (guint i = start; i < end; i++)
    json_builder_add_int_value (builder, i);
  json_builder_end_array (builder);
}

/* Scores are rounded so that the report reads well and stays the same
 * across compilers. */
static double
round3 (double value)
{
  return floor (value * 1000 + 0.5) / 1000;
}

static void
add_links (JsonBuilder   *builder,
           PlxComparison *comparison)
{
  json_builder_begin_array (builder);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "a");
      add_range (builder, link->a_start, link->a_end);
      json_builder_set_member_name (builder, "b");
      add_range (builder, link->b_start, link->b_end);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, round3 (link->score));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, plx_link_kind_to_string (link->kind));
      json_builder_set_member_name (builder, "moved");
      json_builder_add_boolean_value (builder, link->moved);
      if (link->manual)
        {
          json_builder_set_member_name (builder, "manual");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_set_member_name (builder, "diff");
      add_diff (builder, comparison, k);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_index_array (JsonBuilder *builder,
                 GArray      *indices)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < indices->len; i++)
    json_builder_add_int_value (builder, g_array_index (indices, guint, i));
  json_builder_end_array (builder);
}

static void
add_summary (JsonBuilder   *builder,
             PlxComparison *comparison,
             GArray        *unmatched_a,
             GArray        *unmatched_b)
{
  guint counts[3] = { 0, 0, 0 };
  guint moved = 0;
  guint n_a = plx_article_get_n_sentences (plx_comparison_get_article (comparison, PLX_SIDE_A));
  guint n_b = plx_article_get_n_sentences (plx_comparison_get_article (comparison, PLX_SIDE_B));

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      counts[link->kind]++;
      moved += link->moved;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "similarity");
  json_builder_add_double_value (builder, round3 (plx_comparison_get_similarity (comparison)));
  json_builder_set_member_name (builder, "shared_sentences");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "a");
  json_builder_add_int_value (builder, n_a - unmatched_a->len);
  json_builder_set_member_name (builder, "b");
  json_builder_add_int_value (builder, n_b - unmatched_b->len);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "a");
  json_builder_add_int_value (builder, n_a);
  json_builder_set_member_name (builder, "b");
  json_builder_add_int_value (builder, n_b);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "links");
  json_builder_add_int_value (builder, plx_comparison_get_n_links (comparison));
  json_builder_set_member_name (builder, "identical");
  json_builder_add_int_value (builder, counts[PLX_LINK_IDENTICAL]);
  json_builder_set_member_name (builder, "paraphrase");
  json_builder_add_int_value (builder, counts[PLX_LINK_PARAPHRASE]);
  json_builder_set_member_name (builder, "partial");
  json_builder_add_int_value (builder, counts[PLX_LINK_PARTIAL]);
  json_builder_set_member_name (builder, "moved");
  json_builder_add_int_value (builder, moved);
  json_builder_set_member_name (builder, "unmatched_a");
  json_builder_add_int_value (builder, unmatched_a->len);
  json_builder_set_member_name (builder, "unmatched_b");
  json_builder_add_int_value (builder, unmatched_b->len);
  json_builder_end_object (builder);
}

JsonNode *
plx_report_json_comparison (PlxComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  json_builder_begin_object (builder);
  add_header (builder);
  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  add_article (builder, plx_comparison_get_article (comparison, PLX_SIDE_A), "A");
  add_article (builder, plx_comparison_get_article (comparison, PLX_SIDE_B), "B");
  json_builder_end_array (builder);

  if (plx_comparison_is_done (comparison))
    {
      g_autoptr(GArray) unmatched_a = plx_comparison_dup_unmatched (comparison, PLX_SIDE_A);
      g_autoptr(GArray) unmatched_b = plx_comparison_dup_unmatched (comparison, PLX_SIDE_B);

      json_builder_set_member_name (builder, "links");
      add_links (builder, comparison);
      json_builder_set_member_name (builder, "unmatched");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "a");
      add_index_array (builder, unmatched_a);
      json_builder_set_member_name (builder, "b");
      add_index_array (builder, unmatched_b);
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "parties");
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "summary");
      add_summary (builder, comparison, unmatched_a, unmatched_b);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
plx_report_json_analysis (PlxArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  json_builder_begin_object (builder);
  add_header (builder);
  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  add_article (builder, article, "A");
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

char *
plx_report_json_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out;

  g_return_val_if_fail (node != NULL, NULL);

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}
