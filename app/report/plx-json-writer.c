/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Writes JSON text as it goes, indented one space per level. A report of
 * two book-length articles has hundreds of thousands of links; building a
 * json-glib tree for it first costs several times the memory of the whole
 * analysis, so reports are streamed instead. Reading JSON (sessions,
 * lexicons) still goes through json-glib. */

#include "config.h"

#include "plx-json-writer.h"

typedef struct
{
  gboolean object;
  guint    count;
} Level;

struct _PlxJsonWriter
{
  GString *out;
  GArray  *levels;
  gboolean after_member;
};

PlxJsonWriter *
plx_json_writer_new (void)
{
  PlxJsonWriter *self = g_new0 (PlxJsonWriter, 1);

  self->out = g_string_new (NULL);
  self->levels = g_array_new (FALSE, FALSE, sizeof (Level));

  return self;
}

static void
newline (PlxJsonWriter *self)
{
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->levels->len; i++)
    g_string_append_c (self->out, ' ');
}

/* Separators and indentation before a value or a member name. */
static void
before_item (PlxJsonWriter *self)
{
  Level *level;

  if (self->after_member)
    {
      self->after_member = FALSE;
      return;
    }
  if (self->levels->len == 0)
    return;

  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  if (level->count++ > 0)
    g_string_append_c (self->out, ',');
  newline (self);
}

static void
begin (PlxJsonWriter *self,
       gboolean       object)
{
  Level level = { object, 0 };

  before_item (self);
  g_string_append_c (self->out, object ? '{' : '[');
  g_array_append_val (self->levels, level);
}

static void
end (PlxJsonWriter *self,
     gboolean       object)
{
  Level level;

  g_return_if_fail (self->levels->len > 0);

  level = g_array_index (self->levels, Level, self->levels->len - 1);
  g_return_if_fail (level.object == object);
  g_array_set_size (self->levels, self->levels->len - 1);
  if (level.count > 0)
    newline (self);
  g_string_append_c (self->out, object ? '}' : ']');
}

void
plx_json_writer_begin_object (PlxJsonWriter *self)
{
  begin (self, TRUE);
}

void
plx_json_writer_end_object (PlxJsonWriter *self)
{
  end (self, TRUE);
}

void
plx_json_writer_begin_array (PlxJsonWriter *self)
{
  begin (self, FALSE);
}

void
plx_json_writer_end_array (PlxJsonWriter *self)
{
  end (self, FALSE);
}

static void
append_escaped (GString    *out,
                const char *value)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

void
plx_json_writer_member (PlxJsonWriter *self,
                        const char    *name)
{
  before_item (self);
  append_escaped (self->out, name);
  g_string_append (self->out, ": ");
  self->after_member = TRUE;
}

void
plx_json_writer_string (PlxJsonWriter *self,
                        const char    *value)
{
  before_item (self);
  append_escaped (self->out, value != NULL ? value : "");
}

void
plx_json_writer_int (PlxJsonWriter *self,
                     gint64         value)
{
  before_item (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

/* Locale-independent, and the same text for the same value everywhere. */
void
plx_json_writer_double (PlxJsonWriter *self,
                        double         value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  before_item (self);
  g_string_append (self->out, g_ascii_formatd (buffer, sizeof buffer, "%.3f", value));
}

void
plx_json_writer_null (PlxJsonWriter *self)
{
  before_item (self);
  g_string_append (self->out, "null");
}

void
plx_json_writer_boolean (PlxJsonWriter *self,
                         gboolean       value)
{
  before_item (self);
  g_string_append (self->out, value ? "true" : "false");
}

char *
plx_json_writer_free_to_string (PlxJsonWriter *self)
{
  char *text;

  g_string_append_c (self->out, '\n');
  text = g_string_free (self->out, FALSE);
  g_array_unref (self->levels);
  g_free (self);

  return text;
}
