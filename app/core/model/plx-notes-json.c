/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes in a session file:
 *
 *   "notes": [{"anchor": "link" | "sentence" | "claim",
 *              "spans": [{"article": "A", "start": 10, "end": 52,
 *                         "text": "the words the note is on"}, …],
 *              "text": "Checked with the agency wire."}]
 *
 * A link has a span in A and one in B, a sentence or claim one span. A
 * session file is input like any other: a note that is not one (no text,
 * binary text, spans that make no sense, a second note on the same
 * anchor, more notes than PLX_NOTES_MAX) is left out and counted, never
 * trusted; text too long is cut. Spans past the end of their article are
 * left out by plx_notes_reanchor(), which the session calls once its
 * articles are read. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-error.h"
#include "plx-notes.h"

static const char *const side_names[2] = { "A", "B" };

void
plx_notes_to_json (PlxNotes    *self,
                   JsonBuilder *builder)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < plx_notes_get_n (self); i++)
    {
      const PlxNote *note = plx_notes_get (self, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "anchor");
      json_builder_add_string_value (builder, plx_note_anchor_to_string (note->anchor));
      json_builder_set_member_name (builder, "spans");
      json_builder_begin_array (builder);
      for (guint side = 0; side < 2; side++)
        if (plx_note_uses_side (note, side))
          {
            json_builder_begin_object (builder);
            json_builder_set_member_name (builder, "article");
            json_builder_add_string_value (builder, side_names[side]);
            json_builder_set_member_name (builder, "start");
            json_builder_add_int_value (builder, note->start[side]);
            json_builder_set_member_name (builder, "end");
            json_builder_add_int_value (builder, note->end[side]);
            json_builder_set_member_name (builder, "text");
            json_builder_add_string_value (builder, note->quote[side] ? note->quote[side] : "");
            json_builder_end_object (builder);
          }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, note->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *string;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  string = json_node_get_string (node);

  return string != NULL && g_utf8_validate (string, -1, NULL) ? string : NULL;
}

static gboolean
member_offset (JsonObject *object,
               const char *member,
               guint      *offset)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  value = json_node_get_int (node);
  if (value < 0 || value > G_MAXINT32)
    return FALSE;

  *offset = value;
  return TRUE;
}

static gboolean
read_anchor (const char    *name,
             PlxNoteAnchor *anchor)
{
  for (PlxNoteAnchor a = PLX_NOTE_LINK; a <= PLX_NOTE_CLAIM; a++)
    if (g_strcmp0 (name, plx_note_anchor_to_string (a)) == 0)
      {
        *anchor = a;
        return TRUE;
      }

  return FALSE;
}

/* One span; FALSE when it is not one or names a side already given. */
static gboolean
read_span (JsonNode *node,
           PlxNote  *note,
           guint    *sides)
{
  JsonObject *object;
  const char *article;
  const char *quote;
  PlxSide side;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  article = member_string (object, "article");
  if (g_strcmp0 (article, "A") == 0)
    side = PLX_SIDE_A;
  else if (g_strcmp0 (article, "B") == 0)
    side = PLX_SIDE_B;
  else
    return FALSE;

  if (*sides & (1u << side) || !member_offset (object, "start", &note->start[side]) ||
      !member_offset (object, "end", &note->end[side]) || note->start[side] >= note->end[side])
    return FALSE;

  quote = member_string (object, "text");
  note->quote[side] = quote != NULL && quote[0] != '\0' ? g_strdup (quote) : NULL;
  note->side = side;
  *sides |= 1u << side;

  return TRUE;
}

/* One note, into @note; FALSE when it is not one. */
static gboolean
read_note (JsonNode *node,
           PlxNote  *note)
{
  JsonObject *object;
  JsonNode *spans;
  guint sides = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  spans = json_object_get_member (object, "spans");
  if (!read_anchor (member_string (object, "anchor"), &note->anchor) || spans == NULL ||
      !JSON_NODE_HOLDS_ARRAY (spans) || json_array_get_length (json_node_get_array (spans)) > 2)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (spans)); i++)
    if (!read_span (json_array_get_element (json_node_get_array (spans), i), note, &sides))
      return FALSE;

  if (note->anchor == PLX_NOTE_LINK)
    {
      note->side = PLX_SIDE_A;
      if (sides != 3)
        return FALSE;
    }
  else if (sides != 1 && sides != 2)
    return FALSE;

  note->text = plx_note_clean_text (member_string (object, "text"));

  return note->text != NULL;
}

/**
 * plx_notes_from_json:
 * @node: (nullable): the "notes" member of a session; %NULL (a session
 *   from before notes) gives no notes
 * @n_dropped: (out): how many notes were left out
 *
 * Returns: (transfer full) (nullable): the notes, or %NULL with @error set
 *   when @node is not a list
 */
PlxNotes *
plx_notes_from_json (JsonNode *node,
                     guint    *n_dropped,
                     GError  **error)
{
  g_autoptr(PlxNotes) notes = plx_notes_new ();
  JsonArray *array;

  *n_dropped = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_steal_pointer (&notes);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_FORMAT, _("its notes are not a list"));
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PlxNote note = { 0 };

      if (plx_notes_get_n (notes) >= PLX_NOTES_MAX ||
          !read_note (json_array_get_element (array, i), &note) ||
          plx_notes_find (notes, &note) >= 0)
        {
          plx_note_clear (&note);
          (*n_dropped)++;
          continue;
        }
      plx_notes_take (notes, &note);
    }
  plx_notes_sort (notes);

  return g_steal_pointer (&notes);
}
