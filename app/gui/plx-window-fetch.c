/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Opening a web address: from "Open Web Address…", a pasted link or a link
 * dropped from a browser. The page is fetched only then, off the main
 * thread, with the header's spinner and a toast that names the address and
 * cancels (so does Escape). It goes to a side, or, with three or more
 * articles open (or Compare All Three on two), joins them as one more
 * article, as pasted text does; while they are being collated it waits
 * until the window says the collation is over (plx_window_collation_over()).
 * A failure shows why and leaves whatever was open untouched. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-fetch.h"
#include "plx-window-private.h"

#define FETCH_UI "plx-fetch-ui"

/* The toast shows only when a page takes a while, and stays until its
 * show animation is over: libadwaita 1.2 crashes when a toast is dismissed
 * while it is still coming in. */
#define TOAST_DELAY_MS   400
#define TOAST_MIN_SHOWN_MS 600

typedef struct
{
  PlxWindow *self;
  int        side; /* -1: the page joins the articles open */
} FetchRequest;

typedef struct
{
  guint     source;
  AdwToast *toast;
  gint64    shown;
} FetchUi;

static void
fetch_ui_free (FetchUi *ui)
{
  g_clear_handle_id (&ui->source, g_source_remove);
  g_clear_object (&ui->toast);
  g_free (ui);
}

static gboolean
dismiss_later_cb (gpointer data)
{
  adw_toast_dismiss (data);
  return G_SOURCE_REMOVE;
}

static void
fetch_finished (PlxWindow *self)
{
  FetchUi *ui = g_object_get_data (G_OBJECT (self), FETCH_UI);

  if (ui != NULL && ui->toast != NULL)
    {
      gint64 shown_ms = (g_get_monotonic_time () - ui->shown) / 1000;

      if (shown_ms >= TOAST_MIN_SHOWN_MS)
        adw_toast_dismiss (ui->toast);
      else
        g_timeout_add_full (G_PRIORITY_DEFAULT, TOAST_MIN_SHOWN_MS - shown_ms, dismiss_later_cb,
                            g_object_ref (ui->toast), g_object_unref);
    }
  g_object_set_data (G_OBJECT (self), FETCH_UI, NULL);
  if (!plx_window_is_loading (self))
    gtk_spinner_stop (self->spinner);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-fetch",
                                 self->loads[PLX_SIDE_A] != NULL ||
                                   self->loads[PLX_SIDE_B] != NULL || self->joining != NULL);
}

/* Whether a page is being fetched for either side or to join them. */
static gboolean
is_fetching (PlxWindow *self)
{
  if (self->joining != NULL)
    return TRUE;
  for (guint side = 0; side < 2; side++)
    if (self->loads[side] != NULL &&
        g_object_get_data (G_OBJECT (self->loads[side]), "plx-fetch-host") != NULL)
      return TRUE;

  return FALSE;
}

/* A page fetched to join the articles open: one more for them, or, if
 * fewer than two are left by now, the article of the empty side. */
static void
join_article (PlxWindow  *self,
              PlxArticle *article)
{
  int side = plx_window_get_collation (self) == NULL ? plx_window_free_side (self) : -1;

  g_clear_object (&self->joining);
  fetch_finished (self);
  if (side >= 0)
    plx_window_set_article (self, side, article);
  else
    plx_window_add_article (self, article);
}

/* The toast's words: the page is being fetched, or, fetched, waits for
 * the articles open to be collated before it joins them. */
static char *
dup_toast_title (PlxWindow *self)
{
  g_autofree char *host = NULL;

  /* The host: a whole address would be cut short in the toast. */
  if (self->joining != NULL)
    host = g_strdup (g_object_get_data (G_OBJECT (self->joining), "plx-fetch-host"));
  for (guint side = 0; side < 2 && host == NULL; side++)
    if (self->loads[side] != NULL)
      host = g_strdup (g_object_get_data (G_OBJECT (self->loads[side]), "plx-fetch-host"));
  if (self->waiting_page != NULL)
    /* Translators: %s is the site (host name) of a page fetched to join
     * the articles open; it joins them once they are compared. */
    return g_strdup_printf (_("Adding the page from %s…"), host != NULL ? host : "");
  /* Translators: %s is the site (host name) a page is fetched from. */
  return g_strdup_printf (_("Fetching the page from %s…"), host != NULL ? host : "");
}

/* The page fetched to join the articles open. While they are being
 * collated (one was added or taken out as the page came), it waits for
 * them, its toast still there to cancel it, until the collation is over
 * (plx_window_collation_over()). */
static void
join_document (PlxWindow   *self,
               PlxDocument *document)
{
  g_autoptr(PlxArticle) article = plx_article_new_from_document (document, document->address);
  FetchUi *ui = g_object_get_data (G_OBJECT (self), FETCH_UI);

  if (!plx_window_is_collating (self))
    {
      join_article (self, article);
      return;
    }
  g_set_object (&self->waiting_page, article);
  if (ui != NULL && ui->toast != NULL)
    {
      g_autofree char *title = dup_toast_title (self);

      adw_toast_set_title (ui->toast, title);
    }
}

/**
 * plx_window_collation_over:
 * @failed: whether the collation failed (its error is shown)
 *
 * Called when the window stops collating: the collation is done, gave way
 * to a comparison of two articles, or @failed. A page that waited for it
 * joins the articles open now, at once, with the files and articles that
 * came meanwhile (plx_window_join_waiting()).
 *
 * After a failure it does not: the articles it was to join are no longer
 * shown together, and collating them with the page would fail as they did
 * (a language or a parties file the collation cannot use). The page is
 * given up with a toast that names it, so the user knows it was not added
 * and can paste it again once the cause is fixed (the files and articles
 * that waited likewise).
 *
 * Returns: whether a page or an article joined (the window compares anew)
 */
gboolean
plx_window_collation_over (PlxWindow *self,
                           gboolean   failed)
{
  g_autoptr(PlxArticle) page = NULL;
  g_autofree char *host = NULL;
  g_autofree char *message = NULL;

  if (plx_window_is_collating (self))
    return FALSE;
  page = g_steal_pointer (&self->waiting_page);
  /* Files and articles that came meanwhile join too, in one collation
   * with the page (plx-window-articles.c). */
  if (self->waiting != NULL && (page == NULL || !failed))
    {
      if (page != NULL)
        {
          g_clear_object (&self->joining);
          fetch_finished (self);
        }
      return plx_window_join_waiting (self, page, failed);
    }
  plx_window_join_waiting (self, NULL, failed);
  if (page == NULL)
    return FALSE;
  if (!failed)
    {
      join_article (self, page);
      return TRUE;
    }
  if (self->joining != NULL)
    host = g_strdup (g_object_get_data (G_OBJECT (self->joining), "plx-fetch-host"));
  g_clear_object (&self->joining);
  fetch_finished (self);
  /* Translators: a toast; %s is the site (host name) of the page. */
  message = g_strdup_printf (_("The page from %s was not added: the articles it was to join "
                               "could not be compared"), host != NULL ? host : "");
  plx_window_show_error (self, message);
  return FALSE;
}

static void
fetch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  FetchRequest *request = user_data;
  PlxWindow *self = request->self;
  g_autoptr(PlxDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = plx_fetch_document_finish (result, &error);

  /* Cancelled by a file or an article for its side: its toast and spinner
   * end unless another page is on its way (not once the window is gone,
   * its template children with it). */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self->spinner != NULL && !is_fetching (self))
        fetch_finished (self);
    }
  else if (request->side < 0 && document != NULL)
    join_document (self, document);
  else
    {
      if (request->side < 0)
        g_clear_object (&self->joining);
      else
        plx_window_end_load (self, request->side);
      fetch_finished (self);
      if (document != NULL)
        {
          g_autoptr(PlxArticle) article = plx_article_new_from_document (document,
                                                                         document->address);

          plx_window_set_article (self, request->side, article);
        }
      else
        plx_window_show_error (self, error->message);
    }

  g_object_unref (self);
  g_free (request);
}

static gboolean
show_toast_cb (gpointer data)
{
  PlxWindow *self = data;
  FetchUi *ui = g_object_get_data (G_OBJECT (self), FETCH_UI);
  g_autofree char *title = dup_toast_title (self);

  ui->source = 0;
  ui->toast = adw_toast_new (title);
  adw_toast_set_timeout (ui->toast, 0);
  adw_toast_set_button_label (ui->toast, _("_Cancel"));
  adw_toast_set_action_name (ui->toast, "win.cancel-fetch");
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (ui->toast));
  ui->shown = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

/* The site of @address, as the pane and the toast name it. */
static char *
dup_host (const char *address)
{
  g_autoptr(GUri) uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);

  return g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : address);
}

/* Fetches @address for @side (-1: to join the articles open) under @load,
 * with the spinner and, after a moment, the toast. */
static void
start_fetch (PlxWindow    *self,
             int           side,
             GCancellable *load,
             const char   *address)
{
  FetchRequest *request;
  FetchUi *ui;

  g_object_set_data_full (G_OBJECT (load), "plx-fetch-host", dup_host (address), g_free);

  fetch_finished (self);
  ui = g_new0 (FetchUi, 1);
  /* No reference: the window's data, which removes the source, goes with
   * the window. */
  ui->source = g_timeout_add (TOAST_DELAY_MS, show_toast_cb, self);
  g_object_set_data_full (G_OBJECT (self), FETCH_UI, ui, (GDestroyNotify) fetch_ui_free);
  gtk_spinner_start (self->spinner);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-fetch", TRUE);

  request = g_new0 (FetchRequest, 1);
  request->self = g_object_ref (self);
  request->side = side;
  plx_fetch_document_async (address, load, fetch_cb, request);
}

/* Gives up the page on its way to join the articles open. */
static void
cancel_page (PlxWindow *self)
{
  if (self->joining == NULL)
    return;
  g_cancellable_cancel (self->joining);
  g_clear_object (&self->joining);
  g_clear_object (&self->waiting_page);
  /* A page already fetched, waiting for a collation, has no fetch left
   * to end its toast. */
  if (!is_fetching (self))
    fetch_finished (self);
}

/**
 * plx_window_cancel_join:
 *
 * Gives up the page on its way to join the articles open, and the files
 * and articles waiting to join them (plx-window-articles.c), when they
 * are no longer open: new articles for a side, or new files to collate.
 */
void
plx_window_cancel_join (PlxWindow *self)
{
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  cancel_page (self);
}

/**
 * plx_window_join_address:
 * @address: an http:// or https:// address
 *
 * Fetches the page at @address as one more article for those open (two
 * become a collation of three); with twelve open a toast says it cannot
 * join, and nothing is fetched. A newer page to join wins over one still
 * on its way.
 */
void
plx_window_join_address (PlxWindow  *self,
                         const char *address)
{
  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (address != NULL);

  if (!plx_window_has_room_for_article (self))
    return;
  cancel_page (self);
  self->joining = g_cancellable_new ();
  start_fetch (self, -1, self->joining, address);
}

/**
 * plx_window_open_address:
 * @side: the side to fill, or -1 for the empty one
 * @address: an http:// or https:// address
 *
 * Fetches the page at @address into a side; with no side given and three
 * or more articles open, the page joins them.
 */
void
plx_window_open_address (PlxWindow  *self,
                         int         side,
                         const char *address)
{
  g_autofree char *host = NULL;
  g_autofree char *title = NULL;
  GCancellable *load;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (address != NULL);

  /* One more for a collation on screen or being made, as pasted text. */
  if (side < 0 && plx_window_takes_more_articles (self))
    {
      plx_window_join_address (self, address);
      return;
    }
  if (side < 0)
    side = plx_window_free_side (self);
  /* Both sides taken: the user says which article the page replaces, or
   * that it joins them. */
  if (side < 0)
    {
      g_autoptr(GFile) page = g_file_new_for_uri (address);

      plx_window_ask_which_side (self, G_OBJECT (page), address);
      return;
    }
  host = dup_host (address);
  /* Translators: shown in an empty pane while a web page is fetched; %s is
   * the site (host name). */
  title = g_strdup_printf (_("Fetching %s…"), host);
  load = plx_window_begin_load (self, side, title);
  start_fetch (self, side, load, address);
}

/* Text that is nothing but one web address, as copied from a browser's
 * address bar, or %NULL. */
char *
plx_window_dup_web_address (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (strpbrk (stripped, " \t\r\n") != NULL || !plx_fetch_is_web_address (stripped))
    return NULL;

  return g_steal_pointer (&stripped);
}

static void
cancel_fetch_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  /* Only fetches show the toast; a file load is over in a moment (and
   * files waiting for a collation are not fetched). */
  cancel_page (self);
  for (guint side = 0; side < 2; side++)
    plx_window_end_load (self, side);
  fetch_finished (self);
}

static void
address_changed_cb (GtkEditable      *entry,
                    AdwMessageDialog *dialog)
{
  g_autofree char *address = plx_window_dup_web_address (gtk_editable_get_text (entry));

  adw_message_dialog_set_response_enabled (dialog, "open", address != NULL);
}

static void
address_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PlxWindow        *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *address = plx_window_dup_web_address (gtk_editable_get_text (entry));

  if (g_str_equal (response, "open") && address != NULL)
    plx_window_open_address (self, -1, address);
}

static void
open_address_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Open Web Address"),
                                   _("Enter the address of an article’s page. It is fetched "
                                     "once, now."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Web address"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (address_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (address_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

void
plx_window_class_install_fetch_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-address", NULL,
                                   open_address_action_cb);
  gtk_widget_class_install_action (widget_class, "win.cancel-fetch", NULL,
                                   cancel_fetch_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-fetch",
                                       NULL);
}
