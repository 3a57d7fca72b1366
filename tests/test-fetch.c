/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Opening a web address, against a server on 127.0.0.1 that the test
 * starts itself: never the internet. */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "plx-article.h"
#include "plx-error.h"
#include "plx-fetch.h"

#define ARTICLE_BODY                                                                      \
  "<p>The city council voted on Tuesday to close the old harbour bridge to cars from "  \
  "next spring, after engineers found that its steel had corroded faster than "        \
  "expected.</p><p>The mayor said the decision was difficult but necessary, and that "  \
  "buses and bicycles would still be allowed to cross while repairs went on for at "    \
  "least two years.</p><p>Shop owners on both banks warned that fewer visitors would "  \
  "come, and asked the council for help with the loss of trade.</p>"

static const char article_page[] =
  "<!DOCTYPE html><html><head><title>Bridge to close</title></head><body>"
  "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
  "<article><h1>Harbour bridge to close to cars</h1>" ARTICLE_BODY "</article>"
  "<footer>Copyright the paper</footer></body></html>";

/* Pages served as they are, by path. */
static const struct
{
  const char *path;
  const char *page;
} fixed_pages[] = {
  /* A short page with a form to sign in. */
  { "/login", "<html><head><title>Sign in</title></head><body><main><h1>Sign in</h1>"
              "<form><input type=\"email\" name=\"user\"><input type=\"password\" "
              "name=\"pass\"><button>Continue</button></form></main></body></html>" },
  /* A folder's listing. */
  { "/listing", "<html><head><title>Directory listing for /</title></head><body>"
                "<h1>Directory listing for /</h1><hr><ul><li><a href=\"a.html\">"
                "a.html</a></li><li><a href=\"b.html\">b.html</a></li></ul><hr>"
                "</body></html>" },
  /* Two paragraphs of the story, then the box that asks to subscribe. */
  { "/teaser", "<html><head><title>Bridge to close</title></head><body><article>"
               "<h1>Harbour bridge to close to cars</h1>" ARTICLE_BODY
               "<div class=\"paywall-box\"><p>Subscribe to continue reading.</p>"
               "<p>You have read all your free articles this month.</p>"
               "<a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Log in</a>"
               "</div></article></body></html>" },
  /* A whole short story in a body of class "paywall" (as the Washington
   * Post's), and a paywall's box the page hides: no paywall page. */
  { "/paywall-wrapper", "<html><head><title>Bridge to close</title></head><body><article>"
                        "<h1>Harbour bridge to close to cars</h1><div class=\"article-body "
                        "paywall\">" ARTICLE_BODY ARTICLE_BODY "</div><div "
                        "class=\"paywall-modal\" style=\"display:none\">Subscribe now to keep "
                        "reading.</div></article></body></html>" },
};

typedef struct
{
  SoupServer *server;
  char       *base;
} Fixture;

static void
serve_bytes (SoupServerMessage *msg,
             const char        *type,
             const char        *data,
             gsize              length)
{
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, data, length);
}

static void
trickle_finished_cb (SoupServerMessage *msg)
{
  g_object_set_data (G_OBJECT (msg), "finished", GINT_TO_POINTER (TRUE));
}

/* A few bytes every 200 ms, for ever: never silent long enough to time
 * out, never done. */
static gboolean
trickle_cb (gpointer data)
{
  SoupServerMessage *msg = data;

  if (g_object_get_data (G_OBJECT (msg), "finished") != NULL)
    return G_SOURCE_REMOVE;
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                            "<p>", 3);
  soup_server_message_unpause (msg);

  return G_SOURCE_CONTINUE;
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fixed_pages); i++)
    if (g_str_equal (path, fixed_pages[i].path))
      {
        serve_bytes (msg, "text/html", fixed_pages[i].page, strlen (fixed_pages[i].page));
        return;
      }

  if (g_str_equal (path, "/article"))
    serve_bytes (msg, "text/html", article_page, strlen (article_page));
  else if (g_str_equal (path, "/redirect"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/article");
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
  else if (g_str_equal (path, "/forbidden"))
    soup_server_message_set_status (msg, SOUP_STATUS_FORBIDDEN, NULL);
  else if (g_str_equal (path, "/broken"))
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (path, "/image"))
    serve_bytes (msg, "image/png", "\x89PNG\r\n", 6);
  else if (g_str_equal (path, "/slow"))
    soup_server_message_pause (msg);
  else if (g_str_equal (path, "/trickle"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg),
                                         SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg),
                                             "text/html", NULL);
      g_signal_connect (msg, "finished", G_CALLBACK (trickle_finished_cb), NULL);
      g_signal_connect (msg, "disconnected", G_CALLBACK (trickle_finished_cb), NULL);
      g_timeout_add_full (G_PRIORITY_DEFAULT, 200, trickle_cb, g_object_ref (msg),
                          g_object_unref);
    }
  else if (g_str_equal (path, "/cyrillic"))
    {
      /* The page claims UTF-8, the header says Windows-1251, and the bytes
       * are Windows-1251: the header wins. */
      const char *page = "<html><head><meta charset=\"utf-8\"></head><body><article><p>"
                         "\xc3\xee\xf0\xee\xe4\xf1\xea\xee\xe9 \xf1\xee\xe2\xe5\xf2 \xe7\xe0\xea\xf0\xfb\xeb \xf1\xf2\xe0\xf0\xfb\xe9 \xec\xee\xf1\xf2 \xf7\xe5\xf0\xe5\xe7 \xe3\xe0\xe2\xe0\xed\xfc \xe4\xeb\xff \xec\xe0\xf8\xe8\xed, \xe0 \xec\xfd\xf0 \xf1\xea\xe0\xe7\xe0\xeb, \xf7\xf2\xee \xf0\xe5\xf8\xe5\xed\xe8\xe5 \xe1\xfb\xeb\xee \xf2\xf0\xf3\xe4\xed\xfb\xec, \xed\xee \xed\xe5\xee\xe1\xf5\xee\xe4\xe8\xec\xfb\xec."
                         "</p></article></body></html>";

      serve_bytes (msg, "text/html; charset=windows-1251", page, strlen (page));
    }
  else if (g_str_equal (path, "/empty"))
    serve_bytes (msg, "text/html", "<html><body><nav>Home</nav></body></html>", 41);
  else if (g_str_equal (path, "/paywall"))
    {
      g_autoptr(GString) page = g_string_new ("<html><head>");

      for (guint i = 0; i < 600; i++)
        g_string_append (page, "<script>var tracking = 1234567890;</script>");
      g_string_append (page, "</head><body><article><h1>Harbour bridge</h1><p>Subscribe to "
                             "read the rest of this story.</p></article></body></html>");
      serve_bytes (msg, "text/html", page->str, page->len);
    }
  else if (g_str_equal (path, "/chinese"))
    {
      /* Sixty characters written without spaces, in a long page: an
       * article, not a few words. */
      g_autoptr(GString) page = g_string_new ("<html><head>");

      for (guint i = 0; i < 600; i++)
        g_string_append (page, "<script>var tracking = 1234567890;</script>");
      g_string_append (page, "</head><body><article><h1>港口大桥关闭</h1><p>");
      for (guint i = 0; i < 6; i++)
        g_string_append (page, "市议会周二投票决定关闭老港口大桥。");
      g_string_append (page, "</p></article></body></html>");
      serve_bytes (msg, "text/html; charset=utf-8", page->str, page->len);
    }
  else if (g_str_equal (path, "/huge"))
    {
      /* One megabyte, sent again and again past the limit without being
       * copied. */
      g_autoptr(GBytes) chunk = g_bytes_new_take (g_malloc0 (1024 * 1024), 1024 * 1024);
      SoupMessageBody *body = soup_server_message_get_response_body (msg);

      memset ((char *) g_bytes_get_data (chunk, NULL), 'a', 1024 * 1024);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg),
                                             "text/html", NULL);
      for (guint i = 0; i <= PLX_DOCUMENT_MAX_BYTES / (1024 * 1024); i++)
        soup_message_body_append_bytes (body, chunk);
      soup_message_body_complete (body);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle, NULL, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_free (fixture->base);
}

typedef struct
{
  PlxDocument *document;
  GError      *error;
  gboolean     done;
} Result;

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Result *r = user_data;

  r->document = plx_fetch_document_finish (result, &r->error);
  r->done = TRUE;
}

static gboolean
cancel_soon (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

/* Fetches @path from the fixture's server while the server keeps
 * answering on this thread. */
static PlxDocument *
fetch (Fixture      *fixture,
       const char   *path,
       GCancellable *cancellable,
       GError      **error)
{
  g_autofree char *uri = g_strconcat (fixture->base, path, NULL);
  Result r = { 0 };

  plx_fetch_document_async (uri, cancellable, on_fetched, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  if (r.error != NULL)
    g_propagate_error (error, r.error);

  return r.document;
}

static void
test_page (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) document = fetch (fixture, "/article", NULL, &error);
  g_autoptr(PlxArticle) article = NULL;
  g_autofree char *expected = g_strconcat (fixture->base, "/article", NULL);
  g_autoptr(GDateTime) retrieved = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (document->text, "close the old harbour bridge to cars"));
  g_assert_null (strstr (document->text, "Copyright"));
  g_assert_null (strstr (document->text, "Home"));
  g_assert_cmpstr (document->address, ==, expected);
  retrieved = g_date_time_new_from_iso8601 (document->retrieved, NULL);
  g_assert_nonnull (retrieved);

  article = plx_article_new_from_document (document, document->address);
  g_assert_cmpstr (plx_article_get_source (article), ==, expected);
  g_assert_cmpstr (plx_article_get_retrieved (article), ==, document->retrieved);
}

/* Pages that are articles, and a sentence each must show. Chinese is
 * written without spaces: each character counts as a word, and a short
 * Chinese article in a long page is that article (it was taken for a
 * login page: "shows only 2 words"). A paywall's class on the article's
 * own body, or on a box the page hides, makes no paywall page (both were
 * refused in review). */
static void
test_articles (Fixture       *fixture,
               gconstpointer  data)
{
  const struct
  {
    const char *path;
    const char *shows;
  } cases[] = {
    { "/chinese", "市议会周二投票决定关闭老港口大桥。" },
    { "/paywall-wrapper", "close the old harbour bridge to cars" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxDocument) document = fetch (fixture, cases[i].path, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (document->text, cases[i].shows));
      g_assert_null (strstr (document->text, "Subscribe"));
    }
}

static void
test_redirect (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) document = fetch (fixture, "/redirect", NULL, &error);
  g_autofree char *expected = g_strconcat (fixture->base, "/article", NULL);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (document->text, "close the old harbour bridge"));
  g_assert_cmpstr (document->address, ==, expected);

  g_assert_null (fetch (fixture, "/loop", NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "redirects"));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  const struct
  {
    const char *path;
    int         code;
    const char *says;
  } cases[] = {
    { "/missing", PLX_ERROR_NOT_FOUND, "no page at" },
    { "/forbidden", PLX_ERROR_ACCESS_DENIED, "login or subscription" },
    { "/broken", PLX_ERROR_HTTP, "HTTP 500" },
    { "/image", PLX_ERROR_FORMAT, "is not a web page" },
    { "/empty", PLX_ERROR_EMPTY, "no article text" },
    { "/paywall", PLX_ERROR_ACCESS_DENIED, "login or subscription" },
    /* A short page with a form to sign in, a folder's listing, the start
     * of a story above a paywall's box: each was taken for an article. */
    { "/login", PLX_ERROR_ACCESS_DENIED, "form to sign in" },
    { "/listing", PLX_ERROR_EMPTY, "not an article" },
    { "/teaser", PLX_ERROR_ACCESS_DENIED, "needs a subscription" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxDocument) document = fetch (fixture, cases[i].path, NULL, &error);

      g_test_message ("%s: %s", cases[i].path, error != NULL ? error->message : "(none)");
      g_assert_null (document);
      g_assert_error (error, PLX_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

static void
test_not_an_address (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_fetch_is_web_address ("https://example.org/news/1"));
  g_assert_true (plx_fetch_is_web_address ("HTTP://example.org"));
  g_assert_false (plx_fetch_is_web_address ("file:///etc/passwd"));
  g_assert_false (plx_fetch_is_web_address ("article.html"));
  g_assert_false (plx_fetch_is_web_address ("http://"));
  g_assert_null (plx_fetch_document ("ftp://example.org/a", NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT);
}

static void
test_unreachable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autofree char *uri = NULL;

  /* A port that was free a moment ago: nothing listens there. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, 0, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  address = g_socket_get_local_address (socket, &error);
  uri = g_strdup_printf ("http://127.0.0.1:%u/article",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (address)));
  g_socket_close (socket, NULL);

  g_assert_null (plx_fetch_document (uri, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "internet connection"));
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_null (fetch (fixture, "/slow", NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, "did not answer within 1 seconds"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_trickle (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_null (fetch (fixture, "/trickle", NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, "too slowly"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_huge (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (fetch (fixture, "/huge", NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than"));
}

static void
test_charset (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) document = fetch (fixture, "/cyrillic", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (document->text, "Городской совет закрыл старый мост"));
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (100, cancel_soon, cancellable);
  g_assert_null (fetch (fixture, "/slow", cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PARALLAX_FETCH_TIMEOUT", "1", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/fetch/not-an-address", test_not_an_address);
  g_test_add_func ("/core/fetch/unreachable", test_unreachable);
  g_test_add ("/core/fetch/page", Fixture, NULL, fixture_set_up, test_page, fixture_tear_down);
  g_test_add ("/core/fetch/articles", Fixture, NULL, fixture_set_up, test_articles,
              fixture_tear_down);
  g_test_add ("/core/fetch/redirect", Fixture, NULL, fixture_set_up, test_redirect,
              fixture_tear_down);
  g_test_add ("/core/fetch/errors", Fixture, NULL, fixture_set_up, test_errors,
              fixture_tear_down);
  g_test_add ("/core/fetch/timeout", Fixture, NULL, fixture_set_up, test_timeout,
              fixture_tear_down);
  g_test_add ("/core/fetch/trickle", Fixture, NULL, fixture_set_up, test_trickle,
              fixture_tear_down);
  g_test_add ("/core/fetch/huge", Fixture, NULL, fixture_set_up, test_huge, fixture_tear_down);
  g_test_add ("/core/fetch/charset", Fixture, NULL, fixture_set_up, test_charset,
              fixture_tear_down);
  g_test_add ("/core/fetch/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);

  return g_test_run ();
}
