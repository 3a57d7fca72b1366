/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-application.h"
#include "plx-palette.h"
#include "plx-preferences-window.h"
#include "plx-window.h"

struct _PlxApplication
{
  AdwApplication parent_instance;

  /* owned */
  GSettings      *settings;
  GtkCssProvider *palette_css;

  /* Set by --sample: the first window opens the bundled comparison. */
  gboolean open_sample;
};

G_DEFINE_FINAL_TYPE (PlxApplication, plx_application, ADW_TYPE_APPLICATION)

static PlxWindow *
get_or_create_window (PlxApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (plx_window_new (self));

  return PLX_WINDOW (window);
}

static void
plx_application_activate (GApplication *application)
{
  PlxApplication *self = PLX_APPLICATION (application);
  PlxWindow *window = get_or_create_window (self);

  if (self->open_sample)
    {
      g_autoptr(GError) error = NULL;

      self->open_sample = FALSE;
      if (!plx_window_open_sample (window, &error))
        g_warning ("Could not open the sample comparison: %s", error->message);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
plx_application_open (GApplication *application,
                      GFile       **files,
                      int           n_files,
                      const char   *hint)
{
  PlxWindow *window = get_or_create_window (PLX_APPLICATION (application));

  plx_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static int
plx_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "parallax", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "sample"))
    PLX_APPLICATION (application)->open_sample = TRUE;

  return -1;
}

/* The schema is missing only when Parallax runs uninstalled without
 * GSETTINGS_SCHEMA_DIR; then window size and last folder are not remembered,
 * which is better than GSettings aborting. */
static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("GSettings schema %s is not installed; settings will not be saved", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* The legend's and the status chips' colours are the palette's, in the
 * variant of the style in use. */
static void
update_palette_css (PlxApplication *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *css = plx_palette_dup_css (dark);

  gtk_css_provider_load_from_data (self->palette_css, css, -1);
}

static void
plx_application_startup (GApplication *application)
{
  PlxApplication *self = PLX_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *open_address_accels[] = { "<Control><Shift>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  /* Moving through the differences: window accelerators, so that they
   * work wherever the keyboard is. */
  static const struct
  {
    const char *action;
    const char *accels[2];
  } view_accels[] = {
    { "win.next-change", { "<Alt>Down", NULL } },
    { "win.previous-change", { "<Alt>Up", NULL } },
    { "win.next-unmatched", { "<Alt>u", NULL } },
    { "win.key-differences", { "<Alt>k", NULL } },
  };

  G_APPLICATION_CLASS (plx_application_parent_class)->startup (application);

  self->settings = settings_new_if_installed ();

  self->palette_css = gtk_css_provider_new ();
  update_palette_css (self);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->palette_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_palette_css), self, G_CONNECT_SWAPPED);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-address",
                                         open_address_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  for (guint i = 0; i < G_N_ELEMENTS (view_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), view_accels[i].action,
                                           view_accels[i].accels);
}

static void
plx_application_dispose (GObject *object)
{
  PlxApplication *self = (PlxApplication *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->palette_css);

  G_OBJECT_CLASS (plx_application_parent_class)->dispose (object);
}

static void
plx_application_class_init (PlxApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = plx_application_dispose;

  app_class->activate = plx_application_activate;
  app_class->open = plx_application_open;
  app_class->startup = plx_application_startup;
  app_class->handle_local_options = plx_application_handle_local_options;
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PlxApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Parallax authors", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "transient-for", parent,
                "application-name", _("Parallax"),
                "application-icon", APP_ID,
                "version", APP_VERSION,
                "developer-name", _("The Parallax authors"),
                "developers", developers,
                "comments", _("Compare how different outlets tell the same story: "
                              "sentence by sentence, word by word, claim by claim."),
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/parallax-app/parallax",
                "issue-url", "https://github.com/parallax-app/parallax/issues",
                /* Translators: put your names here, one per line. */
                "translator-credits", _("translator-credits"),
                "copyright", "© 2026 The Parallax authors",
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PlxApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences;

  if (self->settings == NULL)
    return;

  preferences = plx_preferences_window_new (parent, self->settings);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PlxApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close through the windows so that each saves its state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "preferences", preferences_action_cb },
  { "quit", quit_action_cb },
};

static void
plx_application_init (PlxApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the bundled sample comparison"), NULL },
    { NULL }
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[ARTICLE_A ARTICLE_B [ARTICLE_C…]]"));
  g_application_set_option_context_summary (
    G_APPLICATION (self),
    _("Compare how two or more articles (up to twelve) tell the same story.\n\n"
      "Headless commands (no display needed):\n"
      "  parallax compare ARTICLE_A ARTICLE_B [ARTICLE_C…] [--format text|json|markdown|html|pdf]\n"
      "                   [-o FILE | --export FILE.html|.pdf|.md|.json|.txt]\n"
      "  parallax analyze ARTICLE [--format text|json|markdown] [-o FILE | --export FILE]\n\n"
      "Without --format, standard output gets a readable summary in a terminal and JSON\n"
      "in a pipe. Run “parallax compare --help” for all options."));
}

PlxApplication *
plx_application_new (void)
{
  return g_object_new (PLX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", APP_RESOURCE_PATH,
                       NULL);
}

GSettings *
plx_application_get_settings (PlxApplication *self)
{
  g_return_val_if_fail (PLX_IS_APPLICATION (self), NULL);

  return self->settings;
}
