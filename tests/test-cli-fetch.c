/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* `parallax compare URL URL` and `parallax analyze URL`, against a server
 * on 127.0.0.1 that the test runs in a thread of its own: never the
 * internet. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#define PARAGRAPHS                                                                        \
  "<p>The mayor said the decision was difficult but necessary, and that buses and "     \
  "bicycles would still be allowed to cross while repairs went on for two years.</p>"  \
  "<p>Shop owners on both banks warned that fewer visitors would come, and asked the "  \
  "council for help with the loss of trade.</p>"

static const char page_a[] =
  "<!DOCTYPE html><html><head><title>Bridge to close</title></head><body><article>"
  "<h1>Harbour bridge to close to cars</h1><p>The city council voted on Tuesday to close "
  "the old harbour bridge to cars from next spring.</p>" PARAGRAPHS "</article></body></html>";

static const char page_b[] =
  "<!DOCTYPE html><html><head><title>Bridge shut</title></head><body><article>"
  "<h1>Council shuts harbour bridge</h1><p>The city council decided on Tuesday to shut "
  "the old harbour bridge to cars from next spring.</p>" PARAGRAPHS "</article></body></html>";

typedef struct
{
  GMutex        lock;
  GCond         ready;
  int           port;
  GMainLoop    *loop;
  GMainContext *context;
} Server;

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  const char *page = g_str_equal (path, "/a") ? page_a : g_str_equal (path, "/b") ? page_b : NULL;

  if (page == NULL)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, page,
                                    strlen (page));
}

static gpointer
serve (gpointer data)
{
  Server *self = data;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);

  g_mutex_lock (&self->lock);
  self->port = g_uri_get_port (uris->data);
  g_cond_signal (&self->ready);
  g_mutex_unlock (&self->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (self->loop);
  soup_server_disconnect (server);
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

static char *
run_parallax (const char *const *args,
              int                *status,
              char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("PARALLAX"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, err,
                &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128;

  return out;
}

static void
test_compare_urls (void)
{
  Server server = { 0 };
  GThread *thread;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *articles;
  JsonObject *first;
  int status = -1;

  server.context = g_main_context_new ();
  server.loop = g_main_loop_new (server.context, FALSE);
  g_mutex_init (&server.lock);
  g_cond_init (&server.ready);
  thread = g_thread_new ("server", serve, &server);
  g_mutex_lock (&server.lock);
  while (server.port == 0)
    g_cond_wait (&server.ready, &server.lock);
  g_mutex_unlock (&server.lock);

  a = g_strdup_printf ("http://127.0.0.1:%d/a", server.port);
  b = g_strdup_printf ("http://127.0.0.1:%d/b", server.port);
  missing = g_strdup_printf ("http://127.0.0.1:%d/gone", server.port);

  out = run_parallax ((const char *const[]) { "compare", "--format", "json", a, b, NULL },
                      &status, &err);
  g_test_message ("%s", err);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  articles = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "articles");
  first = json_array_get_object_element (articles, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "source"), ==, a);
  g_assert_true (json_object_has_member (first, "retrieved"));
  g_assert_nonnull (strstr (json_object_get_string_member (first, "text"),
                            "voted on Tuesday to close the old harbour bridge"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (articles, 1),
                                                  "source"), ==, b);

  /* The text report's citation line says when each page was retrieved. */
  {
    g_autofree char *text = NULL;
    g_autofree char *text_err = NULL;

    text = run_parallax ((const char *const[]) { "compare", "--format", "text", a, b, NULL },
                         &status, &text_err);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (text, "retrieved "));
  }

  out2 = run_parallax ((const char *const[]) { "analyze", missing, NULL }, &status, &err2);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err2, "There is no page at"));

  g_main_loop_quit (server.loop);
  g_thread_join (thread);
  g_main_loop_unref (server.loop);
  g_main_context_unref (server.context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/fetch/compare-urls", test_compare_urls);

  return g_test_run ();
}
