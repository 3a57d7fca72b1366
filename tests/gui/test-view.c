/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading a comparison under Xvfb: the keys that move through the
 * differences work wherever the keyboard is, the current difference has
 * its own marker, the legend switches kinds on and off, a kind switched
 * off is hidden, and the band's links have no colour of the highlights. */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "plx-application.h"
#include "plx-comparison-view.h"
#include "plx-focus-bar.h"
#include "plx-key-differences-panel.h"
#include "plx-palette.h"
#include "plx-parties-panel.h"
#include "gui-test.h"
#include "plx-window.h"

static PlxApplication *app;

typedef struct
{
  PlxWindow         *window;
  PlxComparisonView *view;
  PlxArticlePane    *panes[2];
} Fixture;

/* The sample pair compared in a window @width pixels wide. */
static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->window = plx_test_window_open_sample (app, width, 760);
  fixture->view = plx_test_find_view (fixture->window);
  for (guint side = 0; side < 2; side++)
    fixture->panes[side] = plx_comparison_view_get_pane (fixture->view, side);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  open_window (fixture, 1280);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  GSettings *settings = plx_application_get_settings (app);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  plx_test_window_close (fixture->window);
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_str_has_prefix (keys[i], "highlight-"))
      g_settings_reset (settings, keys[i]);
}

/* Presses @accel as the window's key handling does: the application's
 * shortcuts are a controller of the window that sees every key before the
 * widget with the keyboard focus (capture phase), whichever that is. */
static void
press (PlxWindow  *window,
       const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
  gboolean pressed = FALSE;

  g_assert_nonnull (actions[0]);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;

      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);
          g_autofree char *wanted_text = gtk_shortcut_trigger_to_string (wanted);

          if (!g_str_equal (trigger, wanted_text))
            continue;
          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                       GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                       GTK_WIDGET (window), NULL));
          pressed = TRUE;
          break;
        }
    }

  g_assert_true (pressed);
}

static gboolean
focus_inside (GtkWidget *root,
              GtkWidget *ancestor)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (root));

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

/* Alt+Down, Alt+Up and Alt+U move through the differences right after the
 * comparison opens, with the keyboard on a party card, in the key
 * differences or on the legend. */
static void
test_keys_anywhere (Fixture      *fixture,
                    gconstpointer data)
{
  PlxPartiesPanel *parties = (PlxPartiesPanel *) plx_test_find_widget (
    GTK_WIDGET (fixture->window), PLX_TYPE_PARTIES_PANEL, NULL, NULL);
  GtkWidget *card = GTK_WIDGET (gtk_list_box_get_row_at_index (
    plx_parties_panel_get_list (parties), 0));
  GtkWidget *key_difference = GTK_WIDGET (gtk_list_box_get_row_at_index (
    plx_key_differences_panel_get_list (plx_comparison_view_get_key_differences (fixture->view)),
    0));
  GtkWidget *chip = plx_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_TOGGLE_BUTTON,
                                          NULL, NULL);
  GtkWidget *places[] = { card, key_difference, chip };
  int first;

  /* Opening puts the keyboard in article A's text. */
  g_assert_true (focus_inside (GTK_WIDGET (fixture->window),
                               GTK_WIDGET (plx_article_pane_get_view (fixture->panes[0]))));
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, -1);

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_grab_focus (card));
  g_assert_true (focus_inside (GTK_WIDGET (fixture->window), GTK_WIDGET (parties)));
  press (fixture->window, "<Alt>Down");
  first = plx_comparison_view_get_focus (fixture->view);
  g_assert_cmpint (first, >=, 0);
  press (fixture->window, "<Alt>Down");
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), !=, first);
  press (fixture->window, "<Alt>Up");
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, first);

  for (guint i = 1; i < G_N_ELEMENTS (places); i++)
    {
      int before = plx_comparison_view_get_focus (fixture->view);

      g_assert_nonnull (places[i]);
      g_assert_true (gtk_widget_grab_focus (places[i]));
      press (fixture->window, "<Alt>Down");
      g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), !=, before);
    }

  /* Alt+U: a sentence only one article has, with no link in focus. */
  press (fixture->window, "<Alt>u");
  g_assert_cmpint (plx_comparison_view_get_focus (fixture->view), ==, -1);
  g_assert_true (g_str_has_prefix (plx_comparison_view_get_details (fixture->view), "Only in"));
}

/* The current difference is marked by a bar in the accent colour beside
 * its lines in both panes, not by a wash of a highlight's hue. */
static void
test_current_marker (Fixture      *fixture,
                     gconstpointer data)
{
  PlxFocusBar *bars[2];
  GdkRGBA accent;

  press (fixture->window, "<Alt>Down");
  plx_test_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_true (gtk_style_context_lookup_color (
    gtk_widget_get_style_context (GTK_WIDGET (fixture->view)), "accent_bg_color", &accent));
  for (guint side = 0; side < 2; side++)
    {
      GtkTextView *view = plx_article_pane_get_view (fixture->panes[side]);
      GtkTextTag *focus = gtk_text_tag_table_lookup (
        gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (view)), "focus");
      gboolean washed;
      double top, bottom;
      GdkRGBA color;

      bars[side] = (PlxFocusBar *) plx_test_find_widget (GTK_WIDGET (fixture->panes[side]),
                                                         PLX_TYPE_FOCUS_BAR, NULL, NULL);
      g_assert_nonnull (bars[side]);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bars[side])));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (bars[side])), >=, 4);
      g_assert_true (plx_focus_bar_get_extent (bars[side], &top, &bottom));
      /* Scrolled to: the bar is on screen, a line or more high. */
      g_assert_cmpfloat (bottom - top, >=, 10);
      g_assert_cmpfloat (top, >=, 0);
      g_assert_cmpfloat (bottom, <=, gtk_widget_get_height (GTK_WIDGET (bars[side])));
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (bars[side])),
                                   &color);
      g_assert_true (gdk_rgba_equal (&color, &accent));

      g_object_get (focus, "background-set", &washed, NULL);
      g_assert_false (washed);
    }

  /* Moving on moves the bar; no difference in focus, no bar. */
  {
    double before, after, bottom;

    plx_focus_bar_get_extent (bars[0], &before, &bottom);
    press (fixture->window, "<Alt>Down");
    plx_focus_bar_get_extent (bars[0], &after, &bottom);
    g_assert_cmpfloat (before, !=, after);
    plx_comparison_view_set_comparison (fixture->view, NULL);
    g_assert_false (plx_focus_bar_get_extent (bars[0], &before, &bottom));
  }
}

static GtkToggleButton *
legend_chip (Fixture    *fixture,
             const char *css_class)
{
  GtkWidget *chip = plx_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_TOGGLE_BUTTON,
                                          plx_test_has_css_class, css_class);

  g_assert_nonnull (chip);
  return GTK_TOGGLE_BUTTON (chip);
}

/* A click on a chip, as the pointer gives it. */
static void
click (GtkToggleButton *chip)
{
  g_signal_emit_by_name (chip, "clicked");
}

/* Clicking a legend chip hides its kind in both panes and shows it
 * again; the chip shows its state, says what the kind is, and the choice
 * is kept in the settings. */
static void
test_legend_toggles (Fixture      *fixture,
                     gconstpointer data)
{
  static const char *const chips[] = {
    "legend-quote", "legend-number", "legend-name", "legend-negation", "legend-hedge",
    "legend-intensifier", "legend-reporting-verb", "legend-loaded", "legend-mark",
    "legend-changed", "legend-unmatched",
  };
  GSettings *settings = plx_application_get_settings (app);
  GtkToggleButton *chip;

  for (guint i = 0; i < G_N_ELEMENTS (chips); i++)
    {
      GtkToggleButton *any = legend_chip (fixture, chips[i]);
      const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (any));

      g_assert_true (gtk_toggle_button_get_active (any));
      /* One sentence saying what the kind is. */
      g_assert_nonnull (tooltip);
      g_assert_cmpuint (strlen (tooltip), >, 20);
      g_assert_true (g_str_has_suffix (tooltip, "."));
    }

  /* The keyboard reaches a chip in one step. */
  {
    GtkWidget *legend = gtk_widget_get_ancestor (GTK_WIDGET (legend_chip (fixture, "legend-quote")),
                                                 GTK_TYPE_FLOW_BOX);

    g_assert_true (gtk_widget_child_focus (legend, GTK_DIR_TAB_FORWARD));
    g_assert_true (GTK_IS_TOGGLE_BUTTON (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  }

  chip = legend_chip (fixture, "legend-intensifier");
  for (guint side = 0; side < 2; side++)
    g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "tag-intensifier"), >=,
                      1);
  click (chip);
  g_assert_false (gtk_toggle_button_get_active (chip));
  g_assert_false (g_settings_get_boolean (settings, "highlight-intensifier"));
  for (guint side = 0; side < 2; side++)
    g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "tag-intensifier"), ==,
                      0);
  click (chip);
  g_assert_true (gtk_toggle_button_get_active (chip));
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "tag-intensifier"), >=, 1);

  /* The underline of loaded words everywhere is a chip of its own: it
   * hides the underline and leaves the loaded-word highlights. */
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "mark-loaded"), >=, 1);
  click (legend_chip (fixture, "legend-mark"));
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "mark-loaded"), ==, 0);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "tag-loaded"), >=, 1);
  g_assert_true (gtk_toggle_button_get_active (legend_chip (fixture, "legend-loaded")));

  /* "Other change" and "only in one article" hide too. */
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "changed"), >=, 1);
  click (legend_chip (fixture, "legend-changed"));
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "changed"), ==, 0);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[1], "changed"), ==, 0);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "unmatched"), >=, 1);
  click (legend_chip (fixture, "legend-unmatched"));
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "unmatched"), ==, 0);

  /* A setting changed elsewhere (Preferences) shows on the chip. */
  g_settings_set_boolean (settings, "highlight-hedge", FALSE);
  g_assert_false (gtk_toggle_button_get_active (legend_chip (fixture, "legend-hedge")));
}

/* A kind switched off in Preferences is not shown at all: its words do not
 * turn into grey "other changes". */
static void
test_switched_off_is_hidden (Fixture      *fixture,
                             gconstpointer data)
{
  GSettings *settings = plx_application_get_settings (app);
  guint changed[2];

  for (guint side = 0; side < 2; side++)
    changed[side] = plx_article_pane_count_tagged (fixture->panes[side], "changed");
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "tag-intensifier"), >=, 1);
  g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[0], "tag-hedge"), >=, 1);

  g_settings_set_boolean (settings, "highlight-intensifier", FALSE);
  g_settings_set_boolean (settings, "highlight-hedge", FALSE);
  for (guint side = 0; side < 2; side++)
    {
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "tag-intensifier"),
                        ==, 0);
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "tag-hedge"), ==, 0);
      g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "changed"), ==,
                        changed[side]);
    }

  g_settings_set_boolean (settings, "highlight-changed", FALSE);
  for (guint side = 0; side < 2; side++)
    g_assert_cmpuint (plx_article_pane_count_tagged (fixture->panes[side], "changed"), ==, 0);
}

/* How far apart two colours are, 0 to 3. */
static double
rgb_distance (const GdkRGBA *a,
              const GdkRGBA *b)
{
  return fabs (a->red - b->red) + fabs (a->green - b->green) + fabs (a->blue - b->blue);
}

/* The band's links take no colour of the highlights: they share one
 * neutral colour, told apart by outline and fill; overlapping ribbons keep
 * light fills, and the link in focus is drawn on top. */
static void
test_band_kinds (Fixture      *fixture,
                 gconstpointer data)
{
  PlxLinkBand *band = plx_comparison_view_get_band (fixture->view);
  guint n_tags;
  const PlxTag *tags = plx_palette_tag_order (&n_tags);
  const PlxBandLink *last;

  for (guint dark = 0; dark < 2; dark++)
    for (guint kind = 0; kind <= PLX_SWATCH_MOVED; kind++)
      {
        GdkRGBA color;
        GdkRGBA first;

        plx_link_band_kind_color (kind, dark, &color);
        plx_link_band_kind_color (0, dark, &first);
        g_assert_true (gdk_rgba_equal (&color, &first));
        for (guint t = 0; t < n_tags; t++)
          {
            GdkRGBA tag;

            gdk_rgba_parse (&tag, dark ? plx_palette_tag (tags[t])->dark
                                       : plx_palette_tag (tags[t])->light);
            g_assert_cmpfloat (rgb_distance (&color, &tag), >, 0.3);
          }
        /* Neutral: no hue of its own. */
        g_assert_cmpfloat (MAX (color.red, MAX (color.green, color.blue)) -
                             MIN (color.red, MIN (color.green, color.blue)), <, 0.1);
      }

  for (guint kind = 0; kind <= PLX_SWATCH_MOVED; kind++)
    {
      const PlxBandStyle *style = plx_link_band_kind_style (kind);

      g_assert_cmpfloat (style->fill, <=, 0.2);
      for (guint other = 0; other < kind; other++)
        {
          const PlxBandStyle *o = plx_link_band_kind_style (other);

          g_assert_true (style->fill != o->fill || style->width != o->width ||
                         style->n_dash != o->n_dash ||
                         (style->n_dash > 0 && style->dash[0] != o->dash[0]));
        }
    }

  /* The focused link is drawn last, over its neighbours, and the band
   * tells what kind a ribbon is. */
  press (fixture->window, "<Alt>Down");
  press (fixture->window, "<Alt>Down");
  plx_test_wait_for_draw (GTK_WIDGET (band));
  g_assert_cmpuint (plx_link_band_get_n_links (band), >=, 2);
  last = plx_link_band_get_link (band, plx_link_band_get_n_links (band) - 1);
  g_assert_true (last->focused);
  {
    double y = (last->a_top + last->a_bottom) / 2;
    g_autofree char *tooltip = plx_link_band_dup_tooltip (band, 1, y);
    const PlxSwatch *swatch = plx_palette_link (last->kind);

    g_assert_true (g_str_has_prefix (tooltip, plx_swatch_get_label (swatch)));
  }
}

/* Saves the part of @window that @part covers, with @margin pixels more on
 * its left and right, as the window shows it. */
static void
save_part (GtkWidget  *window,
           GtkWidget  *part,
           int         margin,
           const char *name)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (part, window, &bounds));
  graphene_rect_inset (&bounds, -margin, 0);
  plx_test_save_png (window, &bounds, name);
}

/* The window at 900 and 1280 pixels, light and dark, with the legend and
 * the band alone, for a person to look at (docs/screenshots). */
static void
test_screenshots (void)
{
  static const int widths[] = { 900, 1280 };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      Fixture fixture;

      open_window (&fixture, widths[w]);
      /* The default size counts the window's frame. */
      g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (fixture.window)) - widths[w]), <=, 20);
      press (fixture.window, "<Alt>Down");
      press (fixture.window, "<Alt>Down");
      /* The details bar slides in. */
      plx_test_wait_ms (500);
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *name = g_strdup_printf ("view-%d%s.png", widths[w],
                                                   dark ? "-dark" : "");

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          plx_test_wait_for_draw (GTK_WIDGET (fixture.window));
          plx_test_save_png (GTK_WIDGET (fixture.window), NULL, name);
          if (widths[w] == 1280)
            {
              g_autofree char *legend = g_strdup_printf ("legend%s.png", dark ? "-dark" : "");
              g_autofree char *band = g_strdup_printf ("band%s.png", dark ? "-dark" : "");

              save_part (GTK_WIDGET (fixture.window),
                         gtk_widget_get_ancestor (
                           GTK_WIDGET (legend_chip (&fixture, "legend-quote")), GTK_TYPE_FLOW_BOX),
                         0, legend);
              save_part (GTK_WIDGET (fixture.window),
                         GTK_WIDGET (plx_comparison_view_get_band (fixture.view)), 150, band);
            }
        }
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
      fixture_teardown (&fixture, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/view/keys-anywhere", Fixture, NULL, fixture_setup, test_keys_anywhere,
              fixture_teardown);
  g_test_add ("/gui/view/current-marker", Fixture, NULL, fixture_setup, test_current_marker,
              fixture_teardown);
  g_test_add ("/gui/view/legend-toggles", Fixture, NULL, fixture_setup, test_legend_toggles,
              fixture_teardown);
  g_test_add ("/gui/view/switched-off-is-hidden", Fixture, NULL, fixture_setup,
              test_switched_off_is_hidden, fixture_teardown);
  g_test_add ("/gui/view/band-kinds", Fixture, NULL, fixture_setup, test_band_kinds,
              fixture_teardown);
  g_test_add_func ("/gui/view/screenshots", test_screenshots);

  return plx_test_run (app);
}
