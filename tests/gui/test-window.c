/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Widget tests: real windows under Xvfb, driven through the same actions,
 * drop target and command line a user goes through. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plx-application.h"
#include "plx-article-pane.h"
#include "gui-test.h"
#include "plx-preferences-window.h"
#include "plx-window.h"

#define ARTICLE_A                                                                              \
  "Council approves new tram line\n\n"                                                        \
  "The city council on Tuesday approved a 1.2 billion euro tram line linking the northern "   \
  "suburbs to the main station, ending two years of debate.\n"                                \
  "Mayor Anna Keller said the vote was “a turning point for how this city moves.”\n"

#define ARTICLE_B                                                                              \
  "Tram line wins council vote\n\n"                                                           \
  "Councillors backed the tram project by 31 votes to 18 on Tuesday.\n"                       \
  "Critics warned that the cost, put at 1.2 billion euros, could still rise.\n"

static PlxApplication *app;

typedef struct
{
  char      *dir;
  PlxWindow *window;
  GPtrArray *errors;
} Fixture;

static void
load_failed_cb (PlxWindow  *window,
                const char *message,
                Fixture    *fixture)
{
  g_ptr_array_add (fixture->errors, g_strdup (message));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = plx_test_make_dir ();
  fixture->errors = g_ptr_array_new_with_free_func (g_free);
  fixture->window = plx_window_new (app);
  g_signal_connect (fixture->window, "load-failed", G_CALLBACK (load_failed_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_signal_handlers_disconnect_by_data (fixture->window, fixture);
  plx_test_window_close (fixture->window);
  g_ptr_array_unref (fixture->errors);
  plx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
has_text (GtkWidget    *widget,
          gconstpointer text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static const char *
visible_page (PlxWindow *window)
{
  GtkStack *stack = plx_test_find_main_stack (window);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (stack);
}

/* Hands a GdkFileList to the window's own drop target, as a drag from the
 * file manager does. */
static gboolean
drop_files (PlxWindow   *window,
            const char **paths)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *list = NULL;
  GdkFileList *file_list;
  gboolean handled = FALSE;
  gboolean found = FALSE;

  for (guint i = 0; paths[i] != NULL; i++)
    list = g_slist_append (list, g_file_new_for_path (paths[i]));
  file_list = gdk_file_list_new_from_list (list);
  g_slist_free_full (list, g_object_unref);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, file_list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          found = TRUE;
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &handled);
        }
    }

  g_assert_true (found);
  return handled;
}

/* Every .ui file: ui/ in the source tree and the compiled resource hold
 * the same ones, and each builds. A template is instantiated as its class
 * (windows through their constructors); any other file through GtkBuilder.
 * A new .ui that this test cannot build fails it. */

static void
collect_source_ui (const char *dir,
                   const char *prefix,
                   GPtrArray  *found)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *relative = g_strconcat (prefix, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *sub_prefix = g_strconcat (relative, "/", NULL);

          collect_source_ui (path, sub_prefix, found);
        }
      else if (g_str_has_suffix (name, ".ui"))
        g_ptr_array_add (found, g_steal_pointer (&relative));
    }
}

static void
collect_resource_ui (const char *prefix,
                     GPtrArray  *found)
{
  g_autofree char *path = g_strconcat (APP_RESOURCE_PATH "/", prefix, NULL);
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *relative = g_strconcat (prefix, children[i], NULL);

      /* The icons are not interface files; they sit under icons/. */
      if (g_str_has_suffix (children[i], "/") && !g_str_equal (children[i], "icons/"))
        collect_resource_ui (relative, found);
      else if (g_str_has_suffix (children[i], ".ui"))
        g_ptr_array_add (found, g_steal_pointer (&relative));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The class a template file defines, or NULL for a plain builder file. */
static char *
template_class (const char *resource)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
  g_autofree char *text = NULL;
  const char *start;
  const char *end;

  g_assert_nonnull (bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  start = strstr (text, "<template class=\"");
  if (start == NULL)
    return NULL;
  start += strlen ("<template class=\"");
  end = strchr (start, '"');
  g_assert_nonnull (end);

  return g_strndup (start, end - start);
}

static GtkWidget *
instantiate_template (const char *class_name)
{
  GType type;

  /* The windows need their application and settings. */
  if (g_str_equal (class_name, "PlxWindow"))
    return GTK_WIDGET (plx_window_new (app));
  if (g_str_equal (class_name, "PlxPreferencesWindow"))
    {
      GSettings *settings = plx_application_get_settings (app);

      g_assert_nonnull (settings);
      return plx_preferences_window_new (NULL, settings);
    }

  /* The window's class registers the types of the widgets it holds. */
  g_type_class_unref (g_type_class_ref (PLX_TYPE_WINDOW));
  type = g_type_from_name (class_name);
  if (type == G_TYPE_INVALID || !g_type_is_a (type, GTK_TYPE_WIDGET))
    g_error ("No widget type %s for its template: register it before /gui/templates "
             "instantiates it", class_name);

  return g_object_new (type, NULL);
}

static void
check_template (const char *relative)
{
  g_autofree char *resource = g_strconcat (APP_RESOURCE_PATH "/", relative, NULL);
  g_autofree char *class_name = template_class (resource);

  g_test_message ("ui/%s: %s", relative, class_name ? class_name : "builder file");
  if (class_name != NULL)
    {
      GtkWidget *widget = instantiate_template (class_name);

      g_assert_cmpstr (G_OBJECT_TYPE_NAME (widget), ==, class_name);
      if (GTK_IS_WINDOW (widget))
        {
          g_object_ref (widget);
          gtk_window_destroy (GTK_WINDOW (widget));
        }
      else
        g_object_ref_sink (widget);
      g_assert_finalize_object (widget);
    }
  else
    {
      GtkBuilder *builder = gtk_builder_new_from_resource (resource);
      GSList *objects = gtk_builder_get_objects (builder);

      g_assert_nonnull (objects);
      for (GSList *l = objects; l != NULL; l = l->next)
        if (GTK_IS_WINDOW (l->data))
          gtk_window_destroy (l->data);
      g_slist_free (objects);
      g_assert_finalize_object (builder);
    }
}

static void
test_templates (void)
{
  g_autofree char *ui_dir = g_test_build_filename (G_TEST_DIST, "..", "ui", NULL);
  g_autoptr(GPtrArray) in_source = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) in_resource = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *pane = plx_article_pane_new ();

  g_object_ref_sink (pane);
  g_assert_null (plx_article_pane_get_article (PLX_ARTICLE_PANE (pane)));
  g_assert_nonnull (plx_article_pane_get_view (PLX_ARTICLE_PANE (pane)));
  g_assert_finalize_object (pane);

  collect_source_ui (ui_dir, "", in_source);
  collect_resource_ui ("", in_resource);
  g_ptr_array_sort (in_source, compare_strings);
  g_ptr_array_sort (in_resource, compare_strings);
  g_assert_cmpuint (in_source->len, >=, 6);
  g_assert_cmpuint (in_resource->len, ==, in_source->len);
  for (guint i = 0; i < in_source->len; i++)
    g_assert_cmpstr (g_ptr_array_index (in_resource, i), ==, g_ptr_array_index (in_source, i));

  for (guint i = 0; i < in_source->len; i++)
    check_template (g_ptr_array_index (in_source, i));
}

/* A development build (meson -Ddevelopment=true) has its own application ID
 * and striped header bar; a release build neither. */
static void
test_profile (Fixture      *fixture,
              gconstpointer data)
{
  gboolean development = PROFILE[0] != '\0';

  g_test_message ("profile: \"%s\", application ID %s", PROFILE, APP_ID);
  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==, APP_ID);
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (fixture->window), "devel"), ==,
                   development);
  if (development)
    {
      g_assert_true (g_str_has_suffix (APP_ID, "." PROFILE));
      g_assert_nonnull (strstr (APP_VERSION, PROFILE));
    }
  else
    {
      g_assert_cmpstr (APP_ID, ==, "io.github.parallax.Parallax");
      g_assert_cmpstr (APP_VERSION, ==, PACKAGE_VERSION);
    }
  /* The settings are the profile's own. */
  g_assert_nonnull (plx_application_get_settings (app));
  {
    g_autoptr(GSettingsSchema) schema = NULL;

    g_object_get (plx_application_get_settings (app), "settings-schema", &schema, NULL);
    g_assert_cmpstr (g_settings_schema_get_id (schema), ==, APP_ID);
  }
}

static void
test_empty_state (Fixture      *fixture,
                  gconstpointer data)
{
  g_assert_cmpstr (visible_page (fixture->window), ==, "empty");
  g_assert_null (plx_window_get_article (fixture->window, PLX_SIDE_A));
  g_assert_null (plx_window_get_article (fixture->window, PLX_SIDE_B));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-sample", NULL));
  g_assert_cmpstr (visible_page (fixture->window), ==, "compare");
}

static void
test_drop_two_files (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *a = plx_test_write_file (fixture->dir, "tram-a.txt", ARTICLE_A, -1);
  g_autofree char *b = plx_test_write_file (fixture->dir, "tram-b.md", ARTICLE_B, -1);
  const char *paths[] = { a, b, NULL };
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  g_assert_true (drop_files (fixture->window, paths));
  plx_test_wait_until (plx_test_window_idle, fixture->window);

  g_assert_cmpuint (fixture->errors->len, ==, 0);
  g_assert_cmpstr (visible_page (fixture->window), ==, "compare");
  text_a = plx_test_pane_text (fixture->window, PLX_SIDE_A);
  text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_nonnull (strstr (text_a, "The city council on Tuesday approved"));
  g_assert_nonnull (strstr (text_b, "Councillors backed the tram project"));
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "Council approves new tram line");
}

static void
test_drop_one_file_fills_empty_side (Fixture      *fixture,
                                     gconstpointer data)
{
  g_autofree char *a = plx_test_write_file (fixture->dir, "tram-a.txt", ARTICLE_A, -1);
  g_autofree char *b = plx_test_write_file (fixture->dir, "tram-b.txt", ARTICLE_B, -1);
  const char *first[] = { a, NULL };
  const char *second[] = { b, NULL };
  g_autofree char *text_b = NULL;

  drop_files (fixture->window, first);
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_nonnull (plx_window_get_article (fixture->window, PLX_SIDE_A));
  g_assert_null (plx_window_get_article (fixture->window, PLX_SIDE_B));
  g_assert_cmpstr (visible_page (fixture->window), ==, "compare");

  drop_files (fixture->window, second);
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_nonnull (strstr (text_b, "Councillors backed"));
}

/* Hands a value to the drop target of a pane, as a drag onto it does. */
static gboolean
drop_on_pane (PlxWindow    *window,
              PlxSide       side,
              const GValue *value)
{
  PlxArticlePane *pane = plx_test_find_pane (window, side);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (pane));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", value, 10.0, 10.0, &handled);
    }

  return handled;
}

static gboolean
has_comparison (gpointer data)
{
  PlxComparison *comparison = plx_window_get_comparison (data);

  return plx_comparison_is_done (comparison);
}

static gboolean
shows_saved_session (gpointer data)
{
  return has_comparison (data) && !plx_window_is_loading (data) &&
         g_strcmp0 (gtk_window_get_title (data), "saved.parallax") == 0;
}

/* A saved comparison dropped on a pane opens as the comparison it is,
 * not as an article made of its JSON. */
static void
test_drop_session_on_pane (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "saved.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) list = g_slist_append (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text_b = NULL;
  g_autofree char *after_b = NULL;

  g_assert_true (plx_window_open_sample (fixture->window, &error));
  plx_test_wait_until (has_comparison, fixture->window);
  g_assert_true (plx_window_save_session (fixture->window, file, &error));
  g_assert_no_error (error);
  text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);

  /* Another pair on screen, then the saved one dropped on pane B. */
  g_assert_true (plx_window_open_text (fixture->window, PLX_SIDE_B, ARTICLE_B, "typed"));
  plx_test_wait_until (has_comparison, fixture->window);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_assert_true (drop_on_pane (fixture->window, PLX_SIDE_B, &value));
  plx_test_wait_until (shows_saved_session, fixture->window);

  after_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_cmpstr (after_b, ==, text_b);
}

static void
test_drop_on_pane_and_text (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *a = plx_test_write_file (fixture->dir, "tram-a.txt", ARTICLE_A, -1);
  g_autofree char *b = plx_test_write_file (fixture->dir, "tram-b.txt", ARTICLE_B, -1);
  const char *pair[] = { a, b, NULL };
  g_auto(GValue) file_value = G_VALUE_INIT;
  g_auto(GValue) text_value = G_VALUE_INIT;
  g_autoptr(GFile) file = g_file_new_for_path (a);
  GSList *list = g_slist_append (NULL, file);
  g_autofree char *text_b = NULL;

  drop_files (fixture->window, pair);
  plx_test_wait_until (plx_test_window_idle, fixture->window);

  /* The A file dropped on pane B replaces B only. */
  g_value_init (&file_value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&file_value, gdk_file_list_new_from_list (list));
  g_slist_free (list);
  g_assert_true (drop_on_pane (fixture->window, PLX_SIDE_B, &file_value));
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
  g_assert_nonnull (strstr (text_b, "The city council on Tuesday approved"));
  g_assert_cmpstr (plx_article_get_source (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "tram-a.txt");

  /* Text dragged from a browser onto pane A. */
  g_value_init (&text_value, G_TYPE_STRING);
  g_value_set_string (&text_value, "Tram plan approved\n\nThe council approved the tram line.\n");
  g_assert_true (drop_on_pane (fixture->window, PLX_SIDE_A, &text_value));
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "Tram plan approved");
  g_assert_nonnull (plx_window_get_comparison (fixture->window));
}

static gboolean
has_two_articles (gpointer data)
{
  return plx_window_get_article (data, PLX_SIDE_B) != NULL && !plx_window_is_loading (data);
}

static gboolean
message_dialog_shown (gpointer data)
{
  return plx_test_find_message_dialog () != NULL;
}

static void
test_paste_and_swap (Fixture      *fixture,
                     gconstpointer data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));

  gdk_clipboard_set_text (clipboard, ARTICLE_A);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste", NULL));
  gdk_clipboard_set_text (clipboard, ARTICLE_B);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste", NULL));
  plx_test_wait_until (has_two_articles, fixture->window);
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "Council approves new tram line");
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_B)),
                   ==, "Tram line wins council vote");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.swap", NULL));
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "Tram line wins council vote");
  g_assert_nonnull (plx_window_get_comparison (fixture->window));

  /* A third text with both sides taken replaces nothing unasked: the
   * window asks which, and Replace A puts it there. */
  gdk_clipboard_set_text (clipboard, "Storm closes the coast road\n\nThe coast road was closed "
                                     "after the storm on Sunday.\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste", NULL));
  plx_test_wait_until (message_dialog_shown, NULL);
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_B)),
                   ==, "Council approves new tram line");
  plx_test_answer_dialog ("a");
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_A)),
                   ==, "Storm closes the coast road");
  g_assert_cmpstr (plx_article_get_title (plx_window_get_article (fixture->window, PLX_SIDE_B)),
                   ==, "Council approves new tram line");
}

typedef struct
{
  PlxWindow  *window;
  const char *expected;
} Reloaded;

static gboolean
reloaded (gpointer data)
{
  Reloaded *r = data;
  PlxArticle *article = plx_window_get_article (r->window, PLX_SIDE_A);

  return article != NULL && strstr (plx_article_get_text (article), r->expected) != NULL &&
         !plx_window_is_loading (r->window);
}

static void
test_reload_on_change (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *a = plx_test_write_file (fixture->dir, "tram-a.txt", ARTICLE_A, -1);
  g_autofree char *b = plx_test_write_file (fixture->dir, "tram-b.txt", ARTICLE_B, -1);
  const char *pair[] = { a, b, NULL };
  Reloaded r = { fixture->window, "The mayor later resigned." };
  g_autofree char *updated = g_strconcat (ARTICLE_A, "The mayor later resigned.\n", NULL);

  PlxComparison *comparison;
  gboolean kept = FALSE;

  drop_files (fixture->window, pair);
  plx_test_wait_until (plx_test_window_idle, fixture->window);

  /* A link made by hand between the two headlines. */
  comparison = plx_window_get_comparison (fixture->window);
  g_assert_cmpint (plx_comparison_add_link (comparison, 1, 2, 0, 1, NULL), >=, 0);

  g_file_set_contents (a, updated, -1, NULL);
  plx_test_wait_until (reloaded, &r);
  g_assert_cmpuint (fixture->errors->len, ==, 0);

  /* The sentences still exist, so the manual link is still there. */
  comparison = plx_window_get_comparison (fixture->window);
  g_assert_nonnull (comparison);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      kept |= link->manual && link->a_start == 1 && link->b_start == 0;
    }
  g_assert_true (kept);
}

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;
  const char *reason;
} BadInput;

static void
test_bad_input_keeps_other_side (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autofree char *a = plx_test_write_file (fixture->dir, "tram-a.txt", ARTICLE_A, -1);
  g_autofree char *b = plx_test_write_file (fixture->dir, "tram-b.txt", ARTICLE_B, -1);
  g_autofree char *folder = g_build_filename (fixture->dir, "articles", NULL);
  g_autofree char *vanished = g_build_filename (fixture->dir, "deleted.txt", NULL);
  const char *pair[] = { a, b, NULL };
  const BadInput cases[] = {
    { "photo.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 16, "binary" },
    { "empty.txt", "", 0, "empty" },
    { "blank.txt", "  \n\n \t\n", -1, "no text" },
    { "broken.txt", "Caf\xc3 \x81\x8d\x01 au lait", -1, "UTF-8" },
    /* A byte-order mark once let invalid text through to a blank pane. */
    { "bom.txt", "\xEF\xBB\xBF" "Caf\xc3 \xff au lait", -1, "UTF-8" },
    { "bom-nul.txt", "\xEF\xBB\xBF" "Tram\0line\0", 13, "NUL" },
  };

  drop_files (fixture->window, pair);
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
  g_mkdir (folder, 0700);

  for (guint i = 0; i < G_N_ELEMENTS (cases) + 2; i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *text_a = NULL;
      g_autofree char *text_b = NULL;
      const char *expect_name;
      const char *expect_reason;
      const char *one[2] = { NULL, NULL };
      const char *message;

      if (i < G_N_ELEMENTS (cases))
        {
          path = plx_test_write_file (fixture->dir, cases[i].name, cases[i].contents,
                                      cases[i].length);
          expect_name = cases[i].name;
          expect_reason = cases[i].reason;
        }
      else if (i == G_N_ELEMENTS (cases))
        {
          path = g_strdup (folder);
          expect_name = "articles";
          expect_reason = "folder";
        }
      else
        {
          path = g_strdup (vanished);
          expect_name = "deleted.txt";
          expect_reason = "does not exist";
        }

      one[0] = path;
      drop_files (fixture->window, one);
      /* Both sides are taken: the file is to replace B. */
      plx_test_answer_dialog ("b");
      plx_test_wait_until (plx_test_window_idle, fixture->window);

      g_assert_cmpuint (fixture->errors->len, ==, i + 1);
      message = g_ptr_array_index (fixture->errors, i);
      g_test_message ("%s: %s", expect_name, message);
      g_assert_nonnull (strstr (message, expect_name));
      g_assert_nonnull (strstr (message, expect_reason));

      /* Nothing that was open is lost. */
      text_a = plx_test_pane_text (fixture->window, PLX_SIDE_A);
      text_b = plx_test_pane_text (fixture->window, PLX_SIDE_B);
      g_assert_nonnull (strstr (text_a, "The city council on Tuesday approved"));
      g_assert_nonnull (strstr (text_b, "Councillors backed the tram project"));
    }
}

static gboolean
app_has_loaded_window (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return window != NULL && !plx_window_is_loading (PLX_WINDOW (window)) &&
         plx_window_get_article (PLX_WINDOW (window), PLX_SIDE_B) != NULL;
}

static void
test_command_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-test-XXXXXX", &error);
  g_autofree char *a = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  GFile *files[2];
  GtkWindow *window;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  g_file_set_contents (a, ARTICLE_A, -1, NULL);
  g_file_set_contents (b, ARTICLE_B, -1, NULL);
  files[0] = g_file_new_for_path (a);
  files[1] = g_file_new_for_path (b);

  /* What `parallax a.txt b.txt` does once GApplication parsed the line. */
  g_application_open (G_APPLICATION (app), files, 2, "");
  plx_test_wait_until (app_has_loaded_window, NULL);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  text_a = plx_test_pane_text (PLX_WINDOW (window), PLX_SIDE_A);
  text_b = plx_test_pane_text (PLX_WINDOW (window), PLX_SIDE_B);
  g_assert_nonnull (strstr (text_a, "Mayor Anna Keller"));
  g_assert_nonnull (strstr (text_b, "Critics warned"));

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
}

static void
test_settings_remember_size (void)
{
  GSettings *settings = plx_application_get_settings (app);
  PlxWindow *window;
  int width, height;

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);

  window = plx_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
is_about_window (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    found |= ADW_IS_ABOUT_WINDOW (l->data);
  g_list_free (toplevels);

  return found;
}

static void
test_about_and_shortcuts (Fixture      *fixture,
                          gconstpointer data)
{
  GList *toplevels;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  plx_test_wait_until (is_about_window, NULL);
  /* The version says which profile runs: "0.1.0 (Devel)" in a development build. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_ABOUT_WINDOW (l->data))
      g_assert_cmpstr (adw_about_window_get_version (l->data), ==, APP_VERSION);
  g_list_free (toplevels);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-help-overlay", NULL));
  g_assert_nonnull (gtk_application_window_get_help_overlay (
    GTK_APPLICATION_WINDOW (fixture->window)));
  {
    GtkWidget *overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (
      GTK_APPLICATION_WINDOW (fixture->window)));

    plx_test_wait_until (is_mapped, overlay);
    g_assert_cmpint (gtk_widget_get_width (overlay), >, 100);
    g_assert_cmpuint (plx_test_save_png (overlay, NULL, "parallax-shortcuts.png"), >, 10);
  }

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_ABOUT_WINDOW (l->data))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
}

/* Renders the window as the user sees it and keeps the PNG for a person to
 * look at (docs/screenshots is made from it); asserts it is not blank. */
static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = GTK_WIDGET (fixture->window);

  g_assert_true (plx_window_open_sample (fixture->window, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);

  plx_test_wait_until (plx_test_window_idle, fixture->window);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_wait_for_draw (window);
  g_assert_cmpuint (plx_test_save_png (window, NULL, "parallax-window.png"), >, 100);

  /* The same in dark style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  plx_test_wait_for_draw (window);
  g_assert_cmpuint (plx_test_save_png (window, NULL, "parallax-window-dark.png"), >, 100);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Opens a pair of tests/data in the window and waits until the comparison
 * is drawn. */
static void
open_test_pair (Fixture    *fixture,
                const char *name_a,
                const char *name_b)
{
  g_autofree char *path_a = g_test_build_filename (G_TEST_DIST, "data", name_a, NULL);
  g_autofree char *path_b = g_test_build_filename (G_TEST_DIST, "data", name_b, NULL);
  GFile *files[2];

  files[0] = g_file_new_for_path (path_a);
  files[1] = g_file_new_for_path (path_b);
  plx_window_open_files (fixture->window, files, 2);
  g_object_unref (files[0]);
  g_object_unref (files[1]);

  plx_test_wait_until (has_comparison, fixture->window);
  plx_test_wait_until (plx_test_window_idle, fixture->window);
  plx_test_wait_until (plx_test_stack_settled, fixture->window);
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

/* Where, across the pane, the line holding the first character of @text
 * starts and ends: its first character's and its last character's left
 * edges, in buffer coordinates. */
static void
line_edges (GtkTextView *view,
            const char  *text,
            int         *first_x,
            int         *last_x)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match, end;
  GdkRectangle first, last;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, text, 0, &match, &end, NULL));
  gtk_text_iter_backward_char (&end);
  gtk_text_view_get_iter_location (view, &match, &first);
  gtk_text_view_get_iter_location (view, &end, &last);
  g_assert_cmpint (first.y, ==, last.y);
  *first_x = first.x;
  *last_x = last.x;
}

/* Arabic reads right to left: in the panes each paragraph, the title too,
 * starts at the right edge. Chinese, with its sentences found, reads left
 * to right. The PNGs are kept for a person to look at. */
static void
test_right_to_left (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  PlxArticlePane *pane;
  GtkTextView *view;
  int width;
  int first_x, last_x;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);
  open_test_pair (fixture, "sandstorm-ar-a.txt", "sandstorm-ar-b.txt");
  g_assert_cmpuint (plx_comparison_get_n_links (plx_window_get_comparison (fixture->window)), >=, 6);
  g_assert_cmpuint (plx_test_save_png (window, NULL, "parallax-window-arabic.png"), >, 100);

  pane = plx_test_find_pane (fixture->window, PLX_SIDE_A);
  view = plx_article_pane_get_view (pane);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  for (guint i = 0; i < 2; i++)
    {
      const char *start = i == 0 ? "عاصفة رملية تغلق" : "ونصحت وزارة الصحة";

      line_edges (view, start, &first_x, &last_x);
      g_assert_cmpint (first_x, >, last_x);
      g_assert_cmpint (first_x, >, width / 2);
    }

  /* The Chinese pair: left to right, one linked pair per sentence. */
  open_test_pair (fixture, "rain-zh-a.txt", "rain-zh-b.txt");
  g_assert_cmpuint (plx_comparison_get_n_links (plx_window_get_comparison (fixture->window)), ==, 6);
  g_assert_cmpuint (plx_test_save_png (window, NULL, "parallax-window-chinese.png"), >, 100);
  line_edges (view, "暴雨袭击华南", &first_x, &last_x);
  g_assert_cmpint (first_x, <, last_x);
  g_assert_cmpint (first_x, <, width / 2);
}

static gboolean
menu_item_sensitive (GtkWidget  *popover,
                     const char *label)
{
  GtkWidget *item = plx_test_find_widget (popover, GTK_TYPE_LABEL, has_text, label);

  g_assert_nonnull (item);

  return gtk_widget_is_sensitive (item);
}

/* Export and Print are in the main menu, usable once there is a comparison. */
static void
test_menu_export (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkMenuButton *button = GTK_MENU_BUTTON (plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 GTK_TYPE_MENU_BUTTON, NULL, NULL));
  GtkWidget *popover;

  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_false (menu_item_sensitive (popover, "Export Report…"));
  g_assert_false (menu_item_sensitive (popover, "Print Report…"));
  gtk_menu_button_popdown (button);

  g_assert_true (plx_window_open_sample (fixture->window, &error));
  g_assert_no_error (error);
  plx_test_wait_until (has_comparison, fixture->window);

  gtk_menu_button_popup (button);
  g_assert_true (menu_item_sensitive (popover, "Export Report…"));
  g_assert_true (menu_item_sensitive (popover, "Print Report…"));

  plx_test_wait_for_draw (popover);
  g_assert_cmpint (gtk_widget_get_width (popover), >, 100);
  g_assert_cmpuint (plx_test_save_png (popover, NULL, "parallax-menu.png"), >, 10);
  gtk_menu_button_popdown (button);
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add_func ("/gui/templates", test_templates);
  g_test_add ("/gui/window/profile", Fixture, NULL, fixture_setup, test_profile,
              fixture_teardown);
  g_test_add ("/gui/window/empty-state", Fixture, NULL, fixture_setup, test_empty_state,
              fixture_teardown);
  g_test_add ("/gui/window/drop-two-files", Fixture, NULL, fixture_setup, test_drop_two_files,
              fixture_teardown);
  g_test_add ("/gui/window/drop-one-file", Fixture, NULL, fixture_setup,
              test_drop_one_file_fills_empty_side, fixture_teardown);
  g_test_add ("/gui/window/bad-input", Fixture, NULL, fixture_setup,
              test_bad_input_keeps_other_side, fixture_teardown);
  g_test_add_func ("/gui/window/command-line", test_command_line);
  g_test_add ("/gui/window/drop-on-pane-and-text", Fixture, NULL, fixture_setup,
              test_drop_on_pane_and_text, fixture_teardown);
  g_test_add ("/gui/window/paste-and-swap", Fixture, NULL, fixture_setup, test_paste_and_swap,
              fixture_teardown);
  g_test_add ("/gui/window/reload-on-change", Fixture, NULL, fixture_setup,
              test_reload_on_change, fixture_teardown);
  g_test_add_func ("/gui/window/settings", test_settings_remember_size);
  g_test_add ("/gui/window/about-and-shortcuts", Fixture, NULL, fixture_setup,
              test_about_and_shortcuts, fixture_teardown);
  g_test_add ("/gui/window/drop-session-on-pane", Fixture, NULL, fixture_setup,
              test_drop_session_on_pane, fixture_teardown);
  g_test_add ("/gui/window/menu-export", Fixture, NULL, fixture_setup, test_menu_export,
              fixture_teardown);
  g_test_add ("/gui/window/screenshot", Fixture, NULL, fixture_setup, test_screenshot,
              fixture_teardown);
  g_test_add ("/gui/window/right-to-left", Fixture, NULL, fixture_setup, test_right_to_left,
              fixture_teardown);

  return plx_test_run (app);
}
