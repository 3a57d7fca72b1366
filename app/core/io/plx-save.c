/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Writing a file a person named: a report, a session. The contents go to a
 * temporary file in the target's folder, which replaces the target only
 * once complete, so a failed write never leaves half a file.
 *
 * Renaming over a path replaces whatever is there, so the path is looked
 * at first. A symbolic link is followed to the file it names, and that
 * file is replaced: the link stays a link, as the person made it. Anything
 * else that is not a regular file (a folder, a FIFO, a device) is refused
 * with a message and never opened, so a FIFO cannot block the writer
 * either. Writing into a FIFO or a device is deliberately not offered:
 * standard output (`-o -`) serves pipes. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "plx-error.h"
#include "plx-save.h"

/* As many links as Linux follows in one path (MAXSYMLINKS). */
#define MAX_LINKS 40

/* The path that @path leads to once every link at its end is followed.
 * A link to nothing leads to the file it would create. */
static char *
follow_links (const char *path,
              const char *name,
              GError    **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops <= MAX_LINKS; hops++)
    {
      GStatBuf info;
      g_autofree char *target = NULL;

      /* A path that cannot be looked at is left for the write to report. */
      if (g_lstat (current, &info) != 0 || !S_ISLNK (info.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      if (!g_path_is_absolute (target))
        {
          g_autofree char *folder = g_path_get_dirname (current);
          char *joined = g_build_filename (folder, target, NULL);

          g_free (target);
          target = joined;
        }
      g_free (current);
      current = g_steal_pointer (&target);
    }

  g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR,
               _("“%s” is a link that leads through too many links (or round in a circle). "
                 "Choose another name."), name);
  return NULL;
}

static gboolean
refuse_type (GFileType   type,
             const char *name,
             GError    **error)
{
  if (type == G_FILE_TYPE_DIRECTORY)
    g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR,
                 _("“%s” is a folder. Choose a file name inside it."), name);
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR,
                 _("“%s” is not a regular file (a device or a pipe, for example), and Parallax "
                   "writes only files. Choose another name."), name);
  return FALSE;
}

static gboolean
fail_write (const char *name,
            GError     *cause,
            GError    **error)
{
  g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED, _("Could not write “%s”: %s"), name,
               cause->message);
  return FALSE;
}

/* Files without a local path (a network share through GVfs): GIO's
 * replace, which follows links and refuses what is not a regular file. */
static gboolean
save_remote (GFile      *file,
             GBytes     *contents,
             const char *name,
             GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, NULL,
                            NULL);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return refuse_type (g_file_info_get_file_type (info), name, error);

  if (!g_file_replace_contents (file, g_bytes_get_data (contents, NULL),
                                g_bytes_get_size (contents), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                NULL, &local_error))
    return fail_write (name, local_error, error);

  return TRUE;
}

/**
 * plx_save_bytes:
 * @file: where the person asked to write
 * @contents: the whole file
 *
 * Writes @contents to @file whole or not at all: through a symbolic link
 * to its target, never over a folder, FIFO or device. Blocks on slow
 * disks, never on a FIFO.
 *
 * Returns: whether @file now holds @contents; if not, @error says why and
 *   names the file
 */
gboolean
plx_save_bytes (GFile   *file,
                GBytes  *contents,
                GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  GStatBuf info;
  int mode = 0666;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    return save_remote (file, contents, name, error);

  target = follow_links (path, name, error);
  if (target == NULL)
    return FALSE;

  if (g_stat (target, &info) == 0)
    {
      if (S_ISDIR (info.st_mode))
        return refuse_type (G_FILE_TYPE_DIRECTORY, name, error);
      if (!S_ISREG (info.st_mode))
        return refuse_type (G_FILE_TYPE_SPECIAL, name, error);
      /* The new file takes the place of the old: keep who may read it. */
      mode = info.st_mode & 0777;
    }

  data = g_bytes_get_data (contents, &length);
  if (!g_file_set_contents_full (target, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 mode, &local_error))
    return fail_write (name, local_error, error);

  return TRUE;
}
