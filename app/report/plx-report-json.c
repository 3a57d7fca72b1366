/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The JSON report: Parallax's public interface (DESIGN.md, "The report
 * format"). Fields may be added; none may change meaning. Output is
 * deterministic: the same comparison always serialises to the same bytes. */

#include "config.h"

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
