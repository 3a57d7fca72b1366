/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Opening a web address: the only code in Parallax that touches the
 * network, and only when the user hands it an address. libsoup fetches the
 * page (redirects followed, at most libsoup's 20; a silent server given up
 * after a timeout; never more than the loader's size limit read), the
 * charset of the HTTP Content-Type is applied before the page's own
 * declaration, as browsers do, and the page goes to the HTML reader. Every
 * failure becomes a PlxError whose message says what to do; cancelling
 * gives G_IO_ERROR_CANCELLED. */

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "plx-document-private.h"
#include "plx-error.h"
#include "plx-fetch.h"

#define READ_CHUNK (64 * 1024)

gboolean
plx_fetch_is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (text == NULL)
    return FALSE;
  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    return FALSE;
  scheme = g_uri_get_scheme (uri);

  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

static guint
fetch_timeout (void)
{
  const char *value = g_getenv ("PARALLAX_FETCH_TIMEOUT");
  guint64 seconds = 0;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, 3600, &seconds, NULL))
    return (guint) seconds;

  return PLX_FETCH_TIMEOUT_SECONDS;
}

static char *
uri_host (const char *address)
{
  g_autoptr(GUri) uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);

  return g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : address);
}

/* A GIO or TLS error from libsoup as a sentence about the address. */
static void
set_transfer_error (GError    **error,
                    GError     *cause,
                    const char *address)
{
  g_autofree char *host = uri_host (address);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, PLX_ERROR, PLX_ERROR_TIMED_OUT,
                 _("%s did not answer within %u seconds. Try again later, or save the page "
                   "from your browser and open the file."),
                 host, fetch_timeout ());
  else if (g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS) ||
           g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_REDIRECT_BAD_URI))
    g_set_error (error, PLX_ERROR, PLX_ERROR_HTTP,
                 _("%s redirects too often or to nowhere. Open the page in your browser and "
                   "copy the address it ends at."),
                 host);
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, PLX_ERROR, PLX_ERROR_NETWORK,
                 _("The secure connection to %s failed (%s). Check the address, or save the "
                   "page from your browser and open the file."),
                 host, cause->message);
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_NETWORK,
                 _("Could not reach %s (%s). Check the address and your internet connection."),
                 host, cause->message);
}

static gboolean
check_status (SoupMessage *message,
              const char  *address,
              GError     **error)
{
  guint status = soup_message_get_status (message);
  const char *reason = soup_message_get_reason_phrase (message);
  g_autofree char *host = uri_host (address);

  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    return TRUE;

  if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
    g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                 _("There is no page at %s (HTTP %u). Check the address."), address, status);
  else if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN ||
           status == SOUP_STATUS_PAYMENT_REQUIRED)
    g_set_error (error, PLX_ERROR, PLX_ERROR_ACCESS_DENIED,
                 _("%s shows this page only after a login or subscription (HTTP %u). Open it "
                   "in your browser, save it there and open the saved file."),
                 host, status);
  else if (SOUP_STATUS_IS_REDIRECTION (status))
    g_set_error (error, PLX_ERROR, PLX_ERROR_HTTP,
                 _("%s redirects too often or to nowhere. Open the page in your browser and "
                   "copy the address it ends at."),
                 host);
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_HTTP,
                 _("%s answered with an error (HTTP %u %s). Try again later, or save the page "
                   "from your browser and open the file."),
                 host, status, reason != NULL ? reason : "");

  return FALSE;
}

/* The page's media type, which must be one Parallax reads; the charset of
 * the header goes to @charset. */
static gboolean
check_content_type (SoupMessage *message,
                    const char  *address,
                    char       **charset,
                    GError     **error)
{
  static const char *const readable[] = {
    "application/xhtml+xml", "text/html", "text/markdown", "text/plain", NULL,
  };
  g_autoptr(GHashTable) params = NULL;
  const char *type;

  type = soup_message_headers_get_content_type (soup_message_get_response_headers (message),
                                                &params);
  if (type == NULL)
    return TRUE;
  if (!g_strv_contains (readable, type))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("%s is not a web page but a file of type “%s”. Open the address of the "
                     "article’s page."),
                   address, type);
      return FALSE;
    }
  if (params != NULL && g_hash_table_lookup (params, "charset") != NULL)
    *charset = g_ascii_strdown (g_hash_table_lookup (params, "charset"), -1);

  return TRUE;
}

/* The body, never more than the loader's limit, and never after
 * @deadline (monotonic time): a server that trickles a byte now and then
 * would never reach the silence timeout. */
static GBytes *
read_body (GInputStream *stream,
           const char   *address,
           gint64        deadline,
           GCancellable *cancellable,
           GError      **error)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 buffer[READ_CHUNK];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, &local_error);

      if (n < 0)
        {
          set_transfer_error (error, local_error, address);
          return NULL;
        }
      if (n == 0)
        break;
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *host = uri_host (address);

          g_set_error (error, PLX_ERROR, PLX_ERROR_TIMED_OUT,
                       _("%s sends the page too slowly: it took more than %u seconds. Try "
                         "again later, or save the page from your browser and open the file."),
                       host, PLX_FETCH_TOTAL_FACTOR * fetch_timeout ());
          return NULL;
        }
      if (body->len + (gsize) n > PLX_DOCUMENT_MAX_BYTES)
        {
          g_autofree char *limit = g_format_size (PLX_DOCUMENT_MAX_BYTES);

          g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                       _("The page at %s is larger than %s, the limit for an article. Save "
                         "the article from your browser and open the file."),
                       address, limit);
          return NULL;
        }
      g_byte_array_append (body, buffer, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

/* The page in UTF-8 when the HTTP header names another charset: the header
 * comes before the page's own declaration, but not before a BOM. */
static GBytes *
apply_charset (GBytes     *body,
               const char *charset)
{
  static const char *const latin1[] = {
    "ascii", "iso-8859-1", "iso8859-1", "latin1", "us-ascii", NULL,
  };
  gsize length;
  const guint8 *data = g_bytes_get_data (body, &length);
  const char *from = charset;
  gsize converted_length = 0;
  char *converted;

  if (charset == NULL || g_str_equal (charset, "utf-8") || g_str_equal (charset, "utf8") ||
      (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0)) ||
      (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0))
    return g_bytes_ref (body);

  if (g_strv_contains (latin1, charset))
    from = "WINDOWS-1252";
  converted = g_convert ((const char *) data, length, "UTF-8", from, NULL, &converted_length,
                         NULL);
  if (converted == NULL || strlen (converted) != converted_length)
    {
      g_free (converted);
      return g_bytes_ref (body);
    }

  return g_bytes_new_take (converted, converted_length);
}

/* Words of @text: runs of letters between spaces, and each character of
 * a script written without spaces (Chinese, Japanese). */
static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c);

      if (g_unichar_iswide (c) && g_unichar_isalpha (c))
        {
          words++;
          in_word = FALSE;
          continue;
        }
      words += !space && !in_word;
      in_word = !space;
    }

  return words;
}

/* Whether a line of @text has the words of a sentence, not of a
 * heading, a file name or a menu. */
static gboolean
has_sentence (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (count_words (lines[i]) >= PLX_FETCH_MIN_SENTENCE_WORDS)
      return TRUE;

  return FALSE;
}

/* The article read from the page, or an error that says why there is none:
 * a page with no text or with a few words and no sentence (a folder's
 * listing, an error page), a login page (a form to sign in and a few words), a paywall
 * page (its box, and only the start of the article), or a long page whose
 * article is a few words, as login and paywall pages are. */
static PlxDocument *
read_document (GBytes     *body,
               const char *address,
               int         format,
               GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PlxDocument) document = NULL;
  gsize length = g_bytes_get_size (body);
  guint words;

  document = plx_document_new_from_bytes_as (body, address, format, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, PLX_ERROR, PLX_ERROR_EMPTY))
        g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                     _("The page at %s contains no article text. Check that the address "
                       "is an article’s page."),
                     address);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (format != PLX_FORMAT_HTML)
    return g_steal_pointer (&document);

  words = count_words (document->text);
  if (document->access == PLX_ACCESS_SUBSCRIPTION && words < PLX_FETCH_MIN_FULL_ARTICLE_WORDS)
    g_set_error (error, PLX_ERROR, PLX_ERROR_ACCESS_DENIED,
                 _("The page at %s shows only the start of an article (%u words); the rest "
                   "needs a subscription. Open it in your browser, signed in, save it there "
                   "and open the saved file."),
                 address, words);
  else if (words >= PLX_FETCH_MIN_ARTICLE_WORDS)
    return g_steal_pointer (&document);
  else if (document->access == PLX_ACCESS_SIGN_IN)
    g_set_error (error, PLX_ERROR, PLX_ERROR_ACCESS_DENIED,
                 _("The page at %s is a form to sign in, not an article. Sign in in your "
                   "browser, save the article’s page there and open the saved file."),
                 address);
  else if (length > 20 * 1024)
    g_set_error (error, PLX_ERROR, PLX_ERROR_ACCESS_DENIED,
                 _("The page at %s shows only %u words of an article: it may need a login "
                   "or subscription. Open it in your browser, save it there and open the "
                   "saved file."),
                 address, words);
  /* A short article is an article if it has a sentence. */
  else if (has_sentence (document->text))
    return g_steal_pointer (&document);
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                 _("The page at %s shows only %u words, not an article. Check that the "
                   "address is an article’s page."),
                 address, words);

  return NULL;
}

static int
format_of (SoupMessage *message)
{
  const char *type = soup_message_headers_get_content_type (
    soup_message_get_response_headers (message), NULL);

  if (type == NULL)
    return -1;
  if (g_str_equal (type, "text/html") || g_str_equal (type, "application/xhtml+xml"))
    return PLX_FORMAT_HTML;
  if (g_str_equal (type, "text/markdown"))
    return PLX_FORMAT_MARKDOWN;

  return PLX_FORMAT_TEXT;
}

static SoupSession *
fetch_session (void)
{
  return g_object_new (SOUP_TYPE_SESSION,
                       "timeout", fetch_timeout (),
                       "idle-timeout", fetch_timeout (),
                       "user-agent", "Parallax/" PACKAGE_VERSION " ",
                       NULL);
}

/**
 * plx_fetch_document:
 * @uri: an http:// or https:// address
 *
 * Fetches the page at @uri and reads its article, blocking. The document's
 * address is where the page was found after redirects and its retrieval
 * time is now.
 *
 * Returns: (transfer full): the page's document, or %NULL with @error set
 */
PlxDocument *
plx_fetch_document (const char   *uri,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) decoded = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *charset = NULL;
  g_autofree char *address = NULL;
  PlxDocument *document;
  gint64 deadline;

  g_return_val_if_fail (uri != NULL, NULL);

  if (!plx_fetch_is_web_address (uri) ||
      (message = soup_message_new (SOUP_METHOD_GET, uri)) == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a web address. Give an address that starts with http:// "
                     "or https://."),
                   uri);
      return NULL;
    }

  session = fetch_session ();
  deadline = g_get_monotonic_time () +
             (gint64) PLX_FETCH_TOTAL_FACTOR * fetch_timeout () * G_USEC_PER_SEC;
  stream = soup_session_send (session, message, cancellable, &local_error);
  if (stream == NULL)
    {
      set_transfer_error (error, local_error, uri);
      return NULL;
    }
  address = g_uri_to_string (soup_message_get_uri (message));
  if (!check_status (message, address, error) ||
      !check_content_type (message, address, &charset, error))
    return NULL;

  body = read_body (stream, address, deadline, cancellable, error);
  if (body == NULL)
    return NULL;
  decoded = apply_charset (body, charset);

  document = read_document (decoded, address, format_of (message), error);
  if (document == NULL)
    return NULL;

  now = g_date_time_new_now_utc ();
  document->address = g_steal_pointer (&address);
  document->retrieved = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  return document;
}

static void
fetch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  PlxDocument *document = plx_fetch_document (task_data, cancellable, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, (GDestroyNotify) plx_document_free);
}

/**
 * plx_fetch_document_async:
 *
 * plx_fetch_document() in a worker thread.
 */
void
plx_fetch_document_async (const char         *uri,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, plx_fetch_document_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, fetch_thread);
}

PlxDocument *
plx_fetch_document_finish (GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
