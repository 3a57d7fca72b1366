/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Articles into the window: files loaded off the main thread (a newer
 * request for a side cancels one still in flight; a failed load reports
 * why and leaves whatever was open untouched), the bundled sample, pasted
 * or dropped text, and the reload of an article whose file changed, which
 * keeps the manual links whose sentences still read the same. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-window-private.h"

typedef struct
{
  PlxWindow *self;
  PlxSide    side;
} LoadRequest;

/* A new article starts a new comparison, no longer the saved session's,
 * nor the one a page on its way was to join. */
void
plx_window_set_article (PlxWindow  *self,
                        PlxSide     side,
                        PlxArticle *article)
{
  plx_window_cancel_join (self);
  plx_window_forget_session (self);
  plx_window_show_article (self, side, article);
  plx_window_start_comparison (self);
}

/* Whether @side shows an article or is getting one. */
gboolean
plx_window_side_is_taken (PlxWindow *self,
                          PlxSide    side)
{
  return self->articles[side] != NULL || self->loads[side] != NULL;
}

/* The side a new article fills: A while it is free, else B while it is
 * free; -1 with both taken. */
int
plx_window_free_side (PlxWindow *self)
{
  if (!plx_window_side_is_taken (self, PLX_SIDE_A))
    return PLX_SIDE_A;
  if (!plx_window_side_is_taken (self, PLX_SIDE_B))
    return PLX_SIDE_B;

  return -1;
}

/* Ends the load of @side: cancelled if it still runs. An empty pane
 * shows its empty state again, until the article comes. */
void
plx_window_end_load (PlxWindow *self,
                     PlxSide    side)
{
  if (self->loads[side] == NULL)
    return;

  g_cancellable_cancel (self->loads[side]);
  g_clear_object (&self->loads[side]);
  plx_article_pane_set_loading (plx_comparison_view_get_pane (self->view, side), NULL);
  plx_window_update_view (self);
}

/* Takes @side for a new load; a newer request for a side wins over one
 * still in flight. An empty pane says what is on its way (@title).
 * Returns the load's cancellable (borrowed: the window's until the load
 * ends). */
GCancellable *
plx_window_begin_load (PlxWindow  *self,
                       PlxSide     side,
                       const char *title)
{
  plx_window_end_load (self, side);
  self->loads[side] = g_cancellable_new ();
  plx_article_pane_set_loading (plx_comparison_view_get_pane (self->view, side), title);
  plx_window_update_view (self);

  return self->loads[side];
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  LoadRequest *request = user_data;
  PlxWindow *self = request->self;
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = plx_article_load_finish (result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      plx_window_end_load (self, request->side);

      if (article != NULL)
        plx_window_set_article (self, request->side, article);
      else
        plx_window_show_error (self, error->message);
    }

  g_object_unref (self);
  g_free (request);
}

void
plx_window_load_file (PlxWindow *self,
                      PlxSide    side,
                      GFile     *file)
{
  LoadRequest *request;
  GCancellable *load;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (side == PLX_SIDE_A || side == PLX_SIDE_B);
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Translators: shown in an empty pane while a file is read; %s is its name. */
  title = g_strdup_printf (_("Opening %s…"), name != NULL ? name : "");
  load = plx_window_begin_load (self, side, title);

  request = g_new0 (LoadRequest, 1);
  request->self = g_object_ref (self);
  request->side = side;
  plx_article_load_async (file, load, load_cb, request);
}

/* Whether @what is a web page (an http:// or https:// address). */
static gboolean
is_web_page (GObject *what)
{
  return G_IS_FILE (what) && (g_file_has_uri_scheme (G_FILE (what), "http") ||
                              g_file_has_uri_scheme (G_FILE (what), "https"));
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PlxWindow        *self)
{
  GObject *what = g_object_get_data (G_OBJECT (dialog), "replacement");
  PlxSide side = PLX_SIDE_B;

  /* A third article: the three are collated. */
  if (g_str_equal (response, "add") && PLX_IS_ARTICLE (what))
    {
      plx_window_add_article (self, PLX_ARTICLE (what));
      return;
    }
  /* A web page is fetched, then joins them. */
  if (g_str_equal (response, "add") && is_web_page (what))
    {
      g_autofree char *address = g_file_get_uri (G_FILE (what));

      plx_window_join_address (self, address);
      return;
    }
  if (g_str_equal (response, "add") && G_IS_FILE (what))
    {
      plx_window_add_article_file (self, G_FILE (what));
      return;
    }
  if (g_str_equal (response, "a"))
    side = PLX_SIDE_A;
  else if (!g_str_equal (response, "b"))
    return;

  if (is_web_page (what))
    {
      g_autofree char *address = g_file_get_uri (G_FILE (what));

      plx_window_open_address (self, side, address);
    }
  else if (G_IS_FILE (what))
    plx_window_load_file (self, side, G_FILE (what));
  else
    plx_window_set_article (self, side, PLX_ARTICLE (what));
}

/* The title of @side's article, cut to 60 characters for a dialog. */
static char *
dup_side_title (PlxWindow *self,
                PlxSide    side)
{
  const char *title = self->articles[side] != NULL ? plx_article_get_title (self->articles[side])
                                                   : "";

  /* g_utf8_substring() reads past the end when asked for more characters
   * than the string has. */
  return g_utf8_substring (title, 0, MIN (60, g_utf8_strlen (title, -1)));
}

/* One file (or pasted text: @what is a #PlxArticle, @name its source; or
 * a web page: an http(s) #GFile) with both sides taken: which article
 * does it replace? */
void
plx_window_ask_which_side (PlxWindow  *self,
                           GObject    *what,
                           const char *name)
{
  g_autofree char *title_a = dup_side_title (self, PLX_SIDE_A);
  g_autofree char *title_b = dup_side_title (self, PLX_SIDE_B);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace Which Article?"), NULL);
  /* Translators: the file name, then the titles of the two open articles. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Parallax compares two articles. “%s” can take the place "
                                    "of article A, “%s”, or of article B, “%s”."),
                                  name, title_a, title_b);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "a", _("Replace _A"),
                                    "b", _("Replace _B"),
                                    NULL);
  /* A file, pasted text or a web page can also join them
   * (plx-window-articles.c). */
  if (PLX_IS_ARTICLE (what) || is_web_page (what) ||
      (G_IS_FILE (what) && g_file_is_native (G_FILE (what))))
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "add", _("Compare _All Three"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "b");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "replacement", g_object_ref (what), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
plx_window_open_files (PlxWindow *self,
                       GFile    **files,
                       guint      n_files)
{
  int side;

  g_return_if_fail (PLX_IS_WINDOW (self));

  if (n_files == 0)
    return;

  /* A saved session replaces the whole comparison. */
  for (guint i = 0; i < n_files; i++)
    if (plx_window_open_if_session (self, files[i]))
      return;

  /* Three or more are collated (plx-window-collation.c). */
  if (n_files >= 3)
    {
      plx_window_collate_files (self, files, n_files);
      return;
    }
  if (n_files == 2)
    {
      plx_window_load_file (self, PLX_SIDE_A, files[0]);
      plx_window_load_file (self, PLX_SIDE_B, files[1]);
      return;
    }

  /* One more article for a collation on screen, or being made (it waits
   * for it). */
  if (plx_window_takes_more_articles (self))
    {
      plx_window_add_article_file (self, files[0]);
      return;
    }

  /* One file fills the empty side; with both sides taken the user says
   * which one it replaces. */
  side = plx_window_free_side (self);
  if (side >= 0)
    plx_window_load_file (self, side, files[0]);
  else
    {
      g_autofree char *name = g_file_get_basename (files[0]);

      plx_window_ask_which_side (self, G_OBJECT (files[0]), name);
    }
}

gboolean
plx_window_open_sample (PlxWindow *self,
                        GError   **error)
{
  static const char *names[2] = { "kremlin-a.txt", "kremlin-b.txt" };
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  PlxArticle **articles[2] = { &a, &b };

  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);

  for (guint side = 0; side < 2; side++)
    {
      g_autofree char *path = g_strdup_printf (APP_RESOURCE_PATH "/sample/%s", names[side]);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);

      if (bytes == NULL)
        return FALSE;

      *articles[side] = plx_article_new_from_bytes (bytes, names[side], error);
      if (*articles[side] == NULL)
        return FALSE;
    }

  for (guint side = 0; side < 2; side++)
    plx_window_set_article (self, side, *articles[side]);

  return TRUE;
}

/**
 * plx_window_open_text:
 * @side: the side, or -1 for the empty side (else B)
 *
 * Makes an article of text that was pasted or dropped.
 *
 * Returns: %FALSE with a message shown when the text is no article
 */
gboolean
plx_window_open_text (PlxWindow  *self,
                      int         side,
                      const char *text,
                      const char *source)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;

  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* A link copied or dragged from a browser opens its page. */
  address = plx_window_dup_web_address (text);
  if (address != NULL)
    {
      plx_window_open_address (self, side, address);
      return TRUE;
    }

  bytes = g_bytes_new (text, strlen (text));
  article = plx_article_new_from_bytes (bytes, source, &error);
  if (article == NULL)
    {
      plx_window_show_error (self, error->message);
      return FALSE;
    }

  /* With three or more articles on screen, or being collated, it is one
   * more. */
  if (side < 0 && plx_window_takes_more_articles (self))
    {
      plx_window_add_article (self, article);
      return TRUE;
    }
  if (side < 0)
    side = plx_window_free_side (self);
  /* Pasted with both sides taken: the user says which it replaces, or
   * that it joins them. */
  if (side < 0)
    plx_window_ask_which_side (self, G_OBJECT (article), source);
  else
    plx_window_set_article (self, side, article);

  return TRUE;
}

/* Reloading: an article opened from a file follows the file. */

/* Manual links survive a reload when their sentences still read the same:
 * a session of the comparison keeps them as the texts of their sentences
 * (and the corrections of claims, made again when the text is the same, as
 * after a change of settings). */
void
plx_window_keep_manual_links (PlxWindow *self)
{
  if (!plx_comparison_is_done (self->comparison))
    return;

  g_clear_pointer (&self->kept_links, plx_session_free);
  self->kept_links = plx_session_new_for_comparison (self->comparison);
}

void
plx_window_restore_manual_links (PlxWindow *self)
{
  if (self->kept_links == NULL)
    return;

  plx_session_restore_links (self->kept_links, self->comparison);
  g_clear_pointer (&self->kept_links, plx_session_free);
}

static void
file_changed_cb (GFileMonitor     *monitor,
                 GFile            *file,
                 GFile            *other,
                 GFileMonitorEvent event,
                 PlxWindow        *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED)
    return;

  for (guint side = 0; side < 2; side++)
    if (self->monitors[side] == monitor)
      {
        plx_window_keep_manual_links (self);
        plx_window_load_file (self, side, file);
      }
}

/* Follows the file of the article on @side, if it came from one. */
void
plx_window_monitor_article (PlxWindow *self,
                            PlxSide    side)
{
  GFile *file = self->articles[side] != NULL ? plx_article_get_file (self->articles[side]) : NULL;

  if (self->monitors[side] != NULL)
    {
      g_file_monitor_cancel (self->monitors[side]);
      g_clear_object (&self->monitors[side]);
    }

  if (file == NULL)
    return;

  self->monitors[side] = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitors[side] != NULL)
    g_signal_connect_object (self->monitors[side], "changed", G_CALLBACK (file_changed_cb), self,
                             0);
}
