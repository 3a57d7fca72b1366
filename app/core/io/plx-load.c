/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The limits every input passes before the core reads it: files are
 * regular, bounded in size and read with a bounded buffer whatever size
 * they claim; JSON is bounded in nesting before json-glib's recursive
 * parser sees it; text is valid UTF-8 without NUL. Callers wrap these
 * errors in messages about what the file was meant to be. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-error.h"
#include "plx-load.h"

static char *
display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

static gboolean
too_large (GFile  *file,
           guint64 size,
           gsize   max_bytes,
           GError **error)
{
  g_autofree char *name = display_name (file);
  g_autofree char *limit = g_format_size (max_bytes);

  if (size > 0)
    {
      g_autofree char *actual = g_format_size (size);

      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s; the limit is %s)."), name, actual, limit);
    }
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                 _("“%s” is larger than the limit of %s."), name, limit);

  return FALSE;
}

/* Sets @error from @local_error, a failure to open or read the file
 * @name. */
static void
read_failed (GError     *local_error,
             const char *name,
             GError    **error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local_error);
  else
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                     _("“%s” does not exist (it may have been moved or deleted)."), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                     _("“%s” cannot be read: permission denied. Check the file’s permissions."),
                     name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE, _("“%s” cannot be read: %s"), name,
                     local_error->message);
      g_error_free (local_error);
    }
}

/* The type and size of @file, or %NULL with @error set when it is not a
 * regular file of at most @max_bytes. */
static GFileInfo *
query_regular_file (GFile        *file,
                    const char   *name,
                    gsize         max_bytes,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                     _("“%s” does not exist (it may have been moved or deleted)."), name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE, _("“%s” cannot be read: %s"), name,
                     local_error->message);
      return NULL;
    }

  /* Opening a FIFO would block until a writer comes, and a device may
   * never end: only regular files are read. Symbolic links were followed
   * by the query above. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR,
                   _("“%s” is a folder, not a file."), name);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file (it may be a device or a pipe)."), name);
      return NULL;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > max_bytes)
    {
      too_large (file, g_file_info_get_size (info), max_bytes, error);
      return NULL;
    }

  return g_steal_pointer (&info);
}

/* Reads @stream to its end into a buffer that starts at the size the file
 * claimed, @size_hint, and grows up to @max_bytes + 1 bytes: one byte more
 * than allowed tells a file that is too large. */
static GBytes *
read_bounded (GFile         *file,
              GInputStream  *stream,
              gsize          size_hint,
              gsize          max_bytes,
              const char    *name,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree guint8 *buffer = NULL;
  gsize allocated = MIN (max_bytes + 1, size_hint + 4096);
  gsize length = 0;

  buffer = g_malloc (allocated);
  for (;;)
    {
      GError *local_error = NULL;
      gssize n;

      if (length == allocated)
        {
          allocated = MIN (max_bytes + 1, allocated * 2);
          buffer = g_realloc (buffer, allocated);
        }
      n = g_input_stream_read (stream, buffer + length, allocated - length, cancellable,
                               &local_error);
      if (n < 0)
        {
          read_failed (local_error, name, error);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
      if (length > max_bytes)
        {
          too_large (file, 0, max_bytes, error);
          return NULL;
        }
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * plx_load_file_bounded:
 * @file: a file the user named
 * @max_bytes: the largest size accepted
 *
 * Reads @file whole, refusing folders, FIFOs, devices and anything larger
 * than @max_bytes — also a file that grows while it is read or claims a
 * size it does not have (files in /proc say 0), since at most
 * @max_bytes + 1 bytes are ever read.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error
 *   set in the %PLX_ERROR domain
 */
GBytes *
plx_load_file_bounded (GFile        *file,
                       gsize         max_bytes,
                       GCancellable *cancellable,
                       GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name (file);
  info = query_regular_file (file, name, max_bytes, cancellable, error);
  if (info == NULL)
    return NULL;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      read_failed (local_error, name, error);
      return NULL;
    }

  return read_bounded (file, G_INPUT_STREAM (stream),
                       (gsize) MAX (g_file_info_get_size (info), 0), max_bytes, name,
                       cancellable, error);
}

/* json-glib reads nested arrays and objects recursively: measure the
 * nesting before handing the data over. */
static gboolean
nesting_is_shallow (const char *data,
                    gsize       length,
                    guint       max_depth)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* json-glib turns an escaped lone surrogate ("\ud800") into bytes that are
 * not UTF-8 and an escaped NUL into the end of the string; neither may
 * reach the core. */
static gboolean
strings_are_valid (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &member, &child))
          if (!g_utf8_validate (member, -1, NULL) || !strings_are_valid (child))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!strings_are_valid (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) != G_TYPE_STRING ||
             g_utf8_validate (json_node_get_string (node), -1, NULL);
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/**
 * plx_load_json:
 * @parser: a parser that has not been used yet
 * @max_depth: the deepest nesting of arrays and objects accepted, at most
 *   %PLX_LOAD_MAX_JSON_DEPTH
 *
 * Parses @data as JSON, refusing what would harm the process or the core:
 * NUL bytes (json-glib stops at one), nesting deeper than @max_depth and
 * strings that are not valid UTF-8 (escaped lone surrogates, "\u0000").
 *
 * Returns: %TRUE with the root in @parser, or %FALSE with @error set to a
 *   clause saying what is wrong, for the caller to put in its message
 *   (%PLX_ERROR_EMPTY when there is no JSON value at all)
 */
gboolean
plx_load_json (JsonParser *parser,
               const char *data,
               gsize       length,
               guint       max_depth,
               GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (JSON_IS_PARSER (parser), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length == 0)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_EMPTY, _("it is empty"));
      return FALSE;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_FORMAT, _("it holds NUL bytes"));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_ENCODING, _("it is not UTF-8 text"));
      return FALSE;
    }
  max_depth = MIN (max_depth, PLX_LOAD_MAX_JSON_DEPTH);
  if (!nesting_is_shallow (data, length, max_depth))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT, _("it is nested more than %u levels deep"),
                   max_depth);
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the text near the mistake, decoded: a lone
       * surrogate escape there ("\ud800") becomes bytes that are not UTF-8. */
      g_autofree char *reason = g_utf8_make_valid (local_error->message, -1);

      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_FORMAT, reason);
      return FALSE;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_EMPTY, _("it holds no JSON value"));
      return FALSE;
    }
  if (g_strstr_len (data, length, "\\u0000") != NULL ||
      !strings_are_valid (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_ENCODING,
                           _("it holds text that is not valid Unicode (a lone surrogate or a "
                             "NUL character)"));
      return FALSE;
    }

  return TRUE;
}

/**
 * plx_utf8_validate:
 * @text: bytes
 * @length: their number
 * @end: (out) (optional): where the first byte that is not valid UTF-8 is
 *
 * What g_utf8_validate_len() says, NUL refused too, with runs of ASCII
 * looked at eight bytes at a time: several times faster on web pages,
 * which are mostly ASCII markup. A character of several bytes has no
 * ASCII byte in it, so each run of other bytes is valid on its own or the
 * text is not.
 *
 * Returns: %TRUE when @text is valid UTF-8 without NUL
 */
gboolean
plx_utf8_validate (const char  *text,
                   gsize        length,
                   const char **end)
{
  const guchar *p = (const guchar *) text;
  const guchar *stop = p + length;

  while (p < stop)
    {
      const guchar *run;
      const char *bad;

      /* Eight bytes at a time while none is NUL or above ASCII. */
      while (stop - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, 8);
          if (((w | ((w - 0x0101010101010101ULL) & ~w)) & 0x8080808080808080ULL) != 0)
            break;
          p += 8;
        }
      while (p < stop && *p != '\0' && *p < 0x80)
        p++;
      if (p < stop && *p == '\0')
        {
          if (end != NULL)
            *end = (const char *) p;
          return FALSE;
        }
      run = p;
      while (p < stop && *p >= 0x80)
        p++;
      if (p > run && !g_utf8_validate_len ((const char *) run, p - run, &bad))
        {
          if (end != NULL)
            *end = bad;
          return FALSE;
        }
    }
  if (end != NULL)
    *end = (const char *) stop;

  return TRUE;
}

/**
 * plx_text_check:
 * @text: text about to enter the core
 * @length: its length in bytes, or -1 when it ends with NUL
 * @name: where it comes from, for the message
 *
 * The gate every text passes, whatever its route (file, session, paste,
 * drop): valid UTF-8 without NUL characters.
 *
 * Returns: %TRUE when @text may enter the core
 */
gboolean
plx_text_check (const char *text,
                gssize      length,
                const char *name,
                GError    **error)
{
  const char *end = NULL;
  gsize n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  n = length < 0 ? strlen (text) : (gsize) length;
  if (memchr (text, '\0', n) != NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_BINARY,
                   _("“%s” contains NUL characters, so it is not text."), name);
      return FALSE;
    }
  if (!plx_utf8_validate (text, n, &end))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("“%s” is not valid UTF-8 (at byte %lu). Save it again as UTF-8 and "
                     "retry."),
                   name, (unsigned long) (end - text));
      return FALSE;
    }

  return TRUE;
}

/**
 * plx_text_make_valid:
 *
 * For text from places that promise UTF-8 but may not keep the promise (a
 * clipboard, a drop): invalid sequences become U+FFFD and NUL characters
 * are dropped, so the user still sees what could be read.
 *
 * Returns: (transfer full): valid UTF-8 without NUL
 */
char *
plx_text_make_valid (const char *text,
                     gssize      length)
{
  g_autoptr(GString) without_nul = NULL;
  gsize n;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  n = length < 0 ? strlen (text) : (gsize) length;
  without_nul = g_string_sized_new (n);
  for (gsize i = 0; i < n; i++)
    if (text[i] != '\0')
      g_string_append_c (without_nul, text[i]);

  return g_utf8_make_valid (without_nul->str, without_nul->len);
}
