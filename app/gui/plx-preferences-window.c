/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Preferences, each bound to its GSettings key: the window that shows the
 * comparison listens to the keys and applies them. */

#include "config.h"

#include "plx-preferences-window.h"

struct _PlxPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template widgets */
  GtkAdjustment *sensitivity;
  AdwComboRow   *language_row;
  GtkFontButton *font_button;
  GtkSwitch    *switch_quote;
  GtkSwitch    *switch_number;
  GtkSwitch    *switch_name;
  GtkSwitch    *switch_negation;
  GtkSwitch    *switch_hedge;
  GtkSwitch    *switch_intensifier;
  GtkSwitch    *switch_reporting_verb;
  GtkSwitch    *switch_loaded;
  GtkSwitch    *switch_marks;
  GtkSwitch    *switch_changed;
  GtkSwitch    *switch_unmatched;

  /* owned */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (PlxPreferencesWindow, plx_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *const languages[] = { "", "en", "de", "fr", "es" };

static gboolean
language_to_row (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (language, languages[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
row_to_language (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  guint row = g_value_get_uint (value);

  return g_variant_new_string (row < G_N_ELEMENTS (languages) ? languages[row] : "");
}

/* An empty font key means the default font; the button shows it as such. */
static gboolean
font_to_button (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  const char *font = g_variant_get_string (variant, NULL);

  g_value_set_string (value, font[0] != '\0' ? font : "Sans 11");
  return TRUE;
}

static void
plx_preferences_window_dispose (GObject *object)
{
  PlxPreferencesWindow *self = (PlxPreferencesWindow *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plx_preferences_window_parent_class)->dispose (object);
}

static void
plx_preferences_window_class_init (PlxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, sensitivity);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_quote);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_number);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_name);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_negation);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_hedge);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_intensifier);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_reporting_verb);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_loaded);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_marks);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_changed);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, switch_unmatched);
}

static void
plx_preferences_window_init (PlxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * plx_preferences_window_new:
 * @settings: the application's settings
 */
GtkWidget *
plx_preferences_window_new (GtkWindow *parent,
                            GSettings *settings)
{
  PlxPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PLX_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "sensitivity", self->sensitivity, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_row, row_to_language, NULL,
                                NULL);
  g_settings_bind_with_mapping (settings, "font", self->font_button, "font",
                                G_SETTINGS_BIND_DEFAULT, font_to_button, NULL, NULL, NULL);
  g_settings_bind (settings, "highlight-quote", self->switch_quote, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-number", self->switch_number, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-name", self->switch_name, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-negation", self->switch_negation, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-hedge", self->switch_hedge, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-intensifier", self->switch_intensifier, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-reporting-verb", self->switch_reporting_verb, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-loaded", self->switch_loaded, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-loaded-marks", self->switch_marks, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-changed", self->switch_changed, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "highlight-unmatched", self->switch_unmatched, "active",
                   G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
