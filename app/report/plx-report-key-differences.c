/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The "Key differences" section that leads every comparison report: the
 * ranked list of plx_comparison_get_key_differences(), each item with the
 * reason for its rank and both articles' words and places. JSON gives
 * sentence indices from 0 and character spans, as the rest of the JSON
 * report; the readable reports number sentences from 1, as they do
 * elsewhere. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-report-common.h"
#include "plx-report-key-differences.h"

static void
add_place (PlxJsonWriter     *w,
           const PlxKeyPlace *place)
{
  if (place->sentence < 0)
    {
      plx_json_writer_null (w);
      return;
    }
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "sentence");
  plx_json_writer_int (w, place->sentence);
  plx_json_writer_member (w, "start");
  plx_json_writer_int (w, place->span.start);
  plx_json_writer_member (w, "end");
  plx_json_writer_int (w, place->span.end);
  plx_json_writer_member (w, "text");
  plx_json_writer_string (w, place->words);
  plx_json_writer_end_object (w);
}

/**
 * plx_report_key_differences_json:
 *
 * Writes the "key_differences" array: [{"rank", "kind", "score", "reason",
 * "a", "b"}], where "a" and "b" are {"sentence", "start", "end", "text"},
 * or null when that article has no place for the difference.
 */
void
plx_report_key_differences_json (PlxJsonWriter *w,
                                 PlxComparison *comparison)
{
  GArray *items = plx_comparison_get_key_differences (comparison);

  plx_json_writer_begin_array (w);
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "rank");
      plx_json_writer_int (w, k + 1);
      plx_json_writer_member (w, "kind");
      plx_json_writer_string (w, plx_key_kind_to_string (item->kind));
      plx_json_writer_member (w, "score");
      plx_json_writer_double (w, item->score);
      plx_json_writer_member (w, "reason");
      plx_json_writer_string (w, plx_key_kind_get_reason (item->kind));
      plx_json_writer_member (w, "a");
      add_place (w, &item->place[PLX_SIDE_A]);
      plx_json_writer_member (w, "b");
      add_place (w, &item->place[PLX_SIDE_B]);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

/* What a place reads as: "A 7: “words”", "B 3: (left out)", "B: (no
 * counterpart)". */
static char *
place_label (const PlxKeyPlace *place,
             PlxSide            side)
{
  const char *id = side == PLX_SIDE_A ? "A" : "B";

  if (place->sentence < 0)
    /* Translators: an article that has nothing in the place of a key difference. */
    return g_strdup_printf (_("%s: (nothing in this article)"), id);
  if (place->words[0] == '\0')
    /* Translators: "B 3: (left out)", an article that leaves words out in sentence 3. */
    return g_strdup_printf (_("%s %d: (left out)"), id, place->sentence + 1);
  return g_strdup_printf ("%s %d: %s", id, place->sentence + 1, place->words);
}

/**
 * plx_report_key_place_markup:
 *
 * Returns: (transfer full): a place of a key difference as escaped markup
 *   (HTML or Pango), the article's words in italics
 */
char *
plx_report_key_place_markup (const PlxKeyPlace *place,
                             PlxSide            side)
{
  GString *out = g_string_new (NULL);
  const char *id = side == PLX_SIDE_A ? "A" : "B";

  if (place->sentence < 0 || place->words[0] == '\0')
    {
      g_autofree char *label = place_label (place, side);

      plx_report_append_escaped (out, label);
      return g_string_free (out, FALSE);
    }
  g_string_append_printf (out, "<b>%s %d</b> <i>", id, place->sentence + 1);
  plx_report_append_escaped (out, place->words);
  g_string_append (out, "</i>");
  return g_string_free (out, FALSE);
}

/**
 * plx_report_key_differences_html:
 *
 * Appends the section: a heading and an ordered list, every word of the
 * articles escaped.
 */
void
plx_report_key_differences_html (GString       *out,
                                 PlxComparison *comparison)
{
  GArray *items = plx_comparison_get_key_differences (comparison);

  g_string_append_printf (out, "<h2 id=\"key-differences\">%s</h2>\n", _("Key differences"));
  if (items->len == 0)
    {
      g_string_append_printf (out, "<p>%s</p>\n", _("No key differences found."));
      return;
    }
  g_string_append (out, "<ol class=\"key-differences\">\n");
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      g_string_append_printf (out, "<li class=\"%s\"><span class=\"reason\">",
                              plx_key_kind_to_string (item->kind));
      plx_report_append_escaped (out, plx_key_kind_get_reason (item->kind));
      g_string_append (out, "</span>");
      for (guint side = 0; side < 2; side++)
        {
          const PlxKeyPlace *place = &item->place[side];

          g_string_append_printf (out, "<br><span class=\"%s\">", side == PLX_SIDE_A ? "a" : "b");
          if (place->sentence < 0 || place->words[0] == '\0')
            {
              g_autofree char *label = place_label (place, side);

              g_string_append (out, "<span class=\"none\">");
              plx_report_append_escaped (out, label);
              g_string_append (out, "</span>");
            }
          else
            {
              /* The words are isolated: a right-to-left article keeps its
               * order without taking the label along. */
              g_string_append_printf (out, "<b>%s %d</b> <bdi dir=\"auto\"><i>",
                                      side == PLX_SIDE_A ? "A" : "B", place->sentence + 1);
              plx_report_append_escaped (out, place->words);
              g_string_append (out, "</i></bdi>");
            }
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n");
}

/* Markdown would read stars, brackets and the like in article text as
 * markup. */
static void
append_text (GString    *out,
             const char *text,
             gboolean    markdown)
{
  if (markdown)
    plx_report_append_markdown (out, text);
  else
    g_string_append (out, text);
}

/**
 * plx_report_key_differences_text:
 * @markdown: whether to write Markdown rather than plain text
 *
 * Appends the section: a heading and a numbered list.
 */
void
plx_report_key_differences_text (GString       *out,
                                 PlxComparison *comparison,
                                 gboolean       markdown)
{
  GArray *items = plx_comparison_get_key_differences (comparison);
  const char *title = _("Key differences");

  if (markdown)
    g_string_append_printf (out, "## %s\n\n", title);
  else
    {
      g_string_append_printf (out, "%s\n", title);
      for (glong i = g_utf8_strlen (title, -1); i > 0; i--)
        g_string_append_c (out, '-');
      g_string_append (out, "\n\n");
    }
  if (items->len == 0)
    g_string_append_printf (out, "%s\n", _("No key differences found."));
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      g_string_append_printf (out, "%u. ", k + 1);
      append_text (out, plx_key_kind_get_reason (item->kind), markdown);
      g_string_append_c (out, '\n');
      for (guint side = 0; side < 2; side++)
        {
          g_autofree char *label = place_label (&item->place[side], side);

          g_string_append (out, markdown ? "   - " : "    ");
          append_text (out, label, markdown);
          g_string_append_c (out, '\n');
        }
    }
  g_string_append_c (out, '\n');
}
