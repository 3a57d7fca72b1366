/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The person's notes in every report: in JSON as the "notes" array
 * (docs/report-format.md), in the others as a "Notes" section after the
 * key differences, each note with the place it is on and the words
 * there. Reports without notes have no such array or section. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-notes.h"
#include "plx-report-common.h"
#include "plx-report-notes.h"

/* The words a note is on, as a short excerpt: at most this many
 * characters of each side. */
#define EXCERPT_CHARS 160

static const char *const side_ids[2] = { "A", "B" };

void
plx_report_notes_json (PlxJsonWriter *w,
                       PlxComparison *comparison)
{
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  g_autoptr(GArray) targets = NULL;

  if (plx_notes_get_n (notes) == 0)
    return;

  targets = plx_notes_resolve (notes, comparison);
  plx_json_writer_member (w, "notes");
  plx_json_writer_begin_array (w);
  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    {
      const PlxNote *note = plx_notes_get (notes, i);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "anchor");
      plx_json_writer_string (w, plx_note_anchor_to_string (note->anchor));
      plx_json_writer_member (w, "spans");
      plx_json_writer_begin_array (w);
      for (guint side = 0; side < 2; side++)
        if (plx_note_uses_side (note, side))
          {
            plx_json_writer_begin_object (w);
            plx_json_writer_member (w, "article");
            plx_json_writer_string (w, side_ids[side]);
            plx_json_writer_member (w, "start");
            plx_json_writer_int (w, note->start[side]);
            plx_json_writer_member (w, "end");
            plx_json_writer_int (w, note->end[side]);
            plx_json_writer_end_object (w);
          }
      plx_json_writer_end_array (w);
      plx_json_writer_member (w, "attached");
      plx_json_writer_boolean (w, g_array_index (targets, int, i) >= 0);
      plx_json_writer_member (w, "text");
      plx_json_writer_string (w, note->text);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

/**
 * plx_report_note_place:
 * @note: a note of @comparison
 * @target: what plx_notes_resolve() found @note on
 *
 * Returns: (transfer full): where note @index is, in words: "Sentence A 4",
 *   "Link A 3–4 ↔ B 2", "Claim in B 5"; the window's list of notes says
 *   the same
 */
char *
plx_report_note_place (PlxComparison *comparison,
                       const PlxNote *note,
                       int            target)
{
  const char *side = side_ids[note->side];

  if (target < 0)
    {
      /* Translators: a note whose link, sentence or claim is no longer
       * found (the comparison ran again with other settings). */
      return g_strdup (note->anchor == PLX_NOTE_LINK ? _("Link no longer made")
                       : note->anchor == PLX_NOTE_CLAIM ? _("Claim no longer found")
                                                        : _("Sentence no longer found"));
    }

  if (note->anchor == PLX_NOTE_LINK)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, target);

      /* Translators: a note on a link of sentences: "Link A 3 ↔ B 2". */
      return g_strdup_printf (_("Link A %u ↔ B %u"), link->a_start + 1, link->b_start + 1);
    }
  if (note->anchor == PLX_NOTE_CLAIM)
    {
      GArray *claims = plx_comparison_get_claims (comparison, note->side);
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, target);

      /* Translators: a note on a claim: "Claim in A 4: Yuri Ushakov". */
      return g_strdup_printf (_("Claim in %s %u: %s"), side, claim->sentence + 1,
                              claim->speaker_name[0] != '\0' ? claim->speaker_name
                                                             : _("(unnamed)"));
    }

  /* Translators: a note on one sentence: "Sentence A 4". */
  return g_strdup_printf (_("Sentence %s %u"), side, (guint) target + 1);
}

/* The words a note is on, side by side for a link, line breaks folded
 * and cut to an excerpt. */
static char *
note_excerpt (const PlxNote *note)
{
  GString *out = g_string_new (NULL);

  for (guint side = 0; side < 2; side++)
    if (plx_note_uses_side (note, side) && note->quote[side] != NULL)
      {
        g_autofree char *folded = g_strdup (note->quote[side]);
        const char *cut;

        g_strdelimit (folded, "\n\r\t", ' ');
        if (out->len > 0)
          g_string_append (out, " ↔ ");
        g_string_append_c (out, '"');
        if (g_utf8_strlen (folded, -1) > EXCERPT_CHARS)
          {
            cut = g_utf8_offset_to_pointer (folded, EXCERPT_CHARS);
            g_string_append_len (out, folded, cut - folded);
            g_string_append (out, "…");
          }
        else
          g_string_append (out, folded);
        g_string_append_c (out, '"');
      }

  return g_string_free (out, FALSE);
}

void
plx_report_notes_html (GString       *out,
                       PlxComparison *comparison)
{
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  g_autoptr(GArray) targets = NULL;

  if (plx_notes_get_n (notes) == 0)
    return;

  targets = plx_notes_resolve (notes, comparison);
  g_string_append_printf (out, "<h2>%s</h2>\n<ul class=\"notes\">\n", _("Notes"));
  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    {
      const PlxNote *note = plx_notes_get (notes, i);
      g_autofree char *place =
        plx_report_note_place (comparison, note, g_array_index (targets, int, i));
      g_autofree char *excerpt = note_excerpt (note);

      g_string_append (out, "<li><span class=\"place\">");
      plx_report_append_escaped (out, place);
      g_string_append (out, "</span> <q dir=\"auto\">");
      plx_report_append_escaped (out, excerpt);
      g_string_append (out, "</q><p class=\"note\" dir=\"auto\">");
      plx_report_append_escaped (out, note->text);
      g_string_append (out, "</p></li>\n");
    }
  g_string_append (out, "</ul>\n");
}

/* Markdown reads stars, brackets and the like as markup: only those are
 * escaped, and a line that would start a heading or a list. */
static void
append_markdown (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      if (*p == '\n')
        g_string_append (out, "  > ");
    }
}

void
plx_report_notes_text (GString       *out,
                       PlxComparison *comparison,
                       gboolean       markdown)
{
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  g_autoptr(GArray) targets = NULL;
  const char *title = _("Notes");

  if (plx_notes_get_n (notes) == 0)
    return;

  targets = plx_notes_resolve (notes, comparison);
  if (markdown)
    g_string_append_printf (out, "## %s\n\n", title);
  else
    {
      g_string_append_printf (out, "%s\n", title);
      for (glong i = g_utf8_strlen (title, -1); i > 0; i--)
        g_string_append_c (out, '-');
      g_string_append (out, "\n\n");
    }

  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    {
      const PlxNote *note = plx_notes_get (notes, i);
      g_autofree char *place =
        plx_report_note_place (comparison, note, g_array_index (targets, int, i));
      g_autofree char *excerpt = note_excerpt (note);

      if (markdown)
        {
          g_string_append (out, "- **");
          append_markdown (out, place);
          g_string_append (out, "**: ");
          append_markdown (out, excerpt);
          g_string_append (out, "\n\n  > ");
          append_markdown (out, note->text);
          g_string_append (out, "\n\n");
        }
      else
        {
          g_autofree char *indented = NULL;
          g_auto(GStrv) lines = g_strsplit (note->text, "\n", -1);

          indented = g_strjoinv ("\n    ", lines);
          g_string_append_printf (out, "%s: %s\n    %s\n\n", place, excerpt, indented);
        }
    }
}

/**
 * plx_report_notes_markup:
 *
 * Returns: (transfer full) (element-type utf8): one paragraph of Pango
 *   markup per note, for the PDF report
 */
GPtrArray *
plx_report_notes_markup (PlxComparison *comparison)
{
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) targets = plx_notes_resolve (notes, comparison);

  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    {
      const PlxNote *note = plx_notes_get (notes, i);
      g_autofree char *place =
        plx_report_note_place (comparison, note, g_array_index (targets, int, i));
      g_autofree char *excerpt = note_excerpt (note);
      GString *markup = g_string_new ("<b>");

      plx_report_append_escaped (markup, place);
      g_string_append (markup, "</b>  <i>");
      plx_report_append_escaped (markup, excerpt);
      g_string_append (markup, "</i>\n");
      plx_report_append_escaped (markup, note->text);
      g_ptr_array_add (paragraphs, g_string_free (markup, FALSE));
    }

  return paragraphs;
}
