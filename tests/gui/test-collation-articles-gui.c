/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Articles joining and leaving three or more in the window under Xvfb
 * (tests/data/council, as test-collation-gui.c: herald is the base the
 * collation finds): a base chosen by hand stays through Add Article and
 * Remove Article; pasted text joins two articles or a collation, up to
 * twelve; a claim of the base corrected beside one outlet is corrected
 * beside the others. */

#include "config.h"

#include "collation-test.h"
#include "plx-parties-panel.h"

static guint wanted_n;
static const char *wanted_base;

/* Collated with @wanted_n articles, the base being @wanted_base's file. */
static gboolean
collated_as_wanted (gpointer window)
{
  PlxCollation *collation;

  if (!collated (window))
    return FALSE;
  collation = plx_window_get_collation (window);
  return plx_collation_get_n_articles (collation) == wanted_n &&
         g_str_has_suffix (plx_article_get_source (plx_collation_get_article (
                             collation, plx_collation_get_pivot (collation))), wanted_base);
}

static void
wait_collated (PlxWindow  *window,
               guint       n,
               const char *base)
{
  wanted_n = n;
  wanted_base = base;
  plx_test_wait_until (collated_as_wanted, window);
}

static void
message_cb (PlxWindow  *window,
            const char *message,
            char      **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static GFile *
council_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council", name, NULL);

  return g_file_new_for_path (path);
}

/* A base chosen by hand (tribune) stays the base when an article is
 * taken out and when one is added; when the base itself is taken out, the
 * collation finds its base again and a toast says so. */
static void
test_base_kept (Fixture      *fixture,
                gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  g_autoptr(GFile) gazette = council_file ("gazette.txt");
  g_autofree char *message = NULL;
  int widths[] = { 1280, 900 };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.use-as-base", "i",
                                             (int) article_named (collation, "tribune.txt")));
  wait_collated (fixture->window, 4, "tribune.txt");
  g_signal_connect (fixture->window, "load-failed", G_CALLBACK (message_cb), &message);

  collation = plx_window_get_collation (fixture->window);
  plx_window_remove_article (fixture->window, article_named (collation, "gazette.txt"));
  wait_collated (fixture->window, 3, "tribune.txt");
  g_assert_null (message);

  /* A file for a collation on screen joins it (as Add Article…). */
  plx_window_open_files (fixture->window, &gazette, 1);
  wait_collated (fixture->window, 4, "tribune.txt");
  collation = plx_window_get_collation (fixture->window);
  g_assert_cmpint (plx_collation_get_chosen_pivot (collation), ==,
                   (int) article_named (collation, "tribune.txt"));
  g_assert_null (message);

  /* The base taken out: herald, the most central, is the base again. */
  plx_window_remove_article (fixture->window, article_named (collation, "tribune.txt"));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "tribune was the base: the most central article"));
  wait_collated (fixture->window, 3, "herald.txt");
  g_assert_cmpint (plx_collation_get_chosen_pivot (plx_window_get_collation (fixture->window)), ==,
                   -1);
  g_assert_nonnull (plx_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, label_is,
                                          message));
  g_signal_handlers_disconnect_by_data (fixture->window, &message);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[i], 800);
      plx_test_wait_ms (300);
      plx_test_save_screenshots (GTK_WIDGET (fixture->window), "collation-base-removed",
                                 widths[i]);
    }
}

static char *
dup_council_text (const char *name)
{
  g_autoptr(GFile) file = council_file (name);
  char *text = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL));
  return text;
}

static void
paste (PlxWindow  *window,
       const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
}

static gboolean
dialog_shown (gpointer data)
{
  return plx_test_find_message_dialog () != NULL;
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 100;
}

static gboolean
pasted_article (PlxCollation *collation)
{
  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (g_strcmp0 (plx_article_get_source (plx_collation_get_article (collation, k)),
                   "Pasted text") == 0)
      return TRUE;
  return FALSE;
}

/* Text pasted with two articles open can join them (Compare All Three, as
 * a third file dropped); pasted with three open, it is the fourth. */
static void
test_paste_joins (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *gazette = dup_council_text ("gazette.txt");
  g_autofree char *courier = dup_council_text ("courier.txt");
  PlxCollation *collation;

  g_assert_null (plx_window_get_collation (fixture->window));
  paste (fixture->window, gazette);
  plx_test_wait_until (dialog_shown, NULL);
  g_assert_true (adw_message_dialog_has_response (plx_test_find_message_dialog (), "add"));
  plx_test_wait_until (has_size, plx_test_find_message_dialog ());
  plx_test_save_screenshots (GTK_WIDGET (plx_test_find_message_dialog ()), "paste-third-article",
                             gtk_widget_get_width (GTK_WIDGET (plx_test_find_message_dialog ())));
  plx_test_answer_dialog ("add");
  wait_collated (fixture->window, 3, "herald.txt");
  collation = plx_window_get_collation (fixture->window);
  g_assert_true (pasted_article (collation));

  paste (fixture->window, courier);
  g_assert_null (plx_test_find_message_dialog ());
  wait_collated (fixture->window, 4, "herald.txt");
  g_assert_cmpstr (page_of (fixture->window), ==, "coverage");
}

/* With twelve articles open, pasted text is one too many: the toast of
 * files says so, and the twelve stay. */
static void
test_paste_beyond_twelve (Fixture      *fixture,
                          gconstpointer data)
{
  g_autofree char *gazette = dup_council_text ("gazette.txt");
  GFile *files[PLX_COLLATION_MAX_ARTICLES];
  g_autofree char *message = NULL;
  PlxCollation *collation;

  for (guint i = 0; i < PLX_COLLATION_MAX_ARTICLES; i++)
    files[i] = council_file (council[i % 4]);
  plx_window_open_files (fixture->window, files, PLX_COLLATION_MAX_ARTICLES);
  for (guint i = 0; i < PLX_COLLATION_MAX_ARTICLES; i++)
    g_object_unref (files[i]);
  wait_collated (fixture->window, PLX_COLLATION_MAX_ARTICLES, ".txt");
  collation = plx_window_get_collation (fixture->window);

  g_signal_connect (fixture->window, "load-failed", G_CALLBACK (message_cb), &message);
  paste (fixture->window, gazette);
  plx_test_wait_until (plx_test_string_set, &message);
  g_assert_nonnull (strstr (message, "at most 12 articles"));
  g_assert_null (plx_test_find_message_dialog ());
  g_assert_true (plx_window_get_collation (fixture->window) == collation);
  g_assert_false (pasted_article (collation));
  g_signal_handlers_disconnect_by_data (fixture->window, &message);
}

/* The target of the first item of @model (its sections included) that
 * activates @action. */
static GVariant *
menu_target (GMenuModel *model,
             const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link;
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &link, &linked))
        {
          GVariant *found = menu_target (linked, action);

          g_object_unref (linked);
          if (found != NULL)
            return found;
        }
    }

  return NULL;
}

/* The parties panel's row of claim @index of the base article. */
static GtkWidget *
base_claim_row (PlxPartiesPanel *panel,
                int              index)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (
         plx_parties_panel_get_list (panel)));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "claim-index")) == index + 1 &&
        GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "side")) == PLX_SIDE_A)
      return row;

  return NULL;
}

static int
find_cue (GArray *claims,
          PlxSpan cue)
{
  for (guint i = 0; i < claims->len; i++)
    if (g_array_index (claims, PlxClaim, i).cue.start == cue.start &&
        g_array_index (claims, PlxClaim, i).cue.end == cue.end)
      return (int) i;
  return -1;
}

/* Removes, through its menu in the parties panel, the first claim of the
 * base article the panes show, beside tribune. Beside courier the claim is
 * gone too, and from the base's claims across the outlets; Ctrl+Z beside
 * courier brings it back beside tribune as well. */
static void
test_base_claim_correction (Fixture      *fixture,
                            gconstpointer data)
{
  PlxCollation *collation = plx_window_get_collation (fixture->window);
  guint pivot = plx_collation_get_pivot (collation);
  guint tribune = article_named (collation, "tribune.txt");
  guint courier = article_named (collation, "courier.txt");
  PlxPartiesPanel *panel = (PlxPartiesPanel *) plx_test_find_widget (
    GTK_WIDGET (fixture->window), PLX_TYPE_PARTIES_PANEL, NULL, NULL);
  PlxComparison *comparison = plx_window_get_comparison (fixture->window);
  GArray *claims = plx_comparison_get_claims (comparison, PLX_SIDE_A);
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(GVariant) target = NULL;
  GtkDropDown *outlets;
  PlxSpan cue;

  g_assert_true (comparison == plx_collation_get_comparison (collation, tribune));
  g_assert_cmpuint (claims->len, >, 0);
  cue = g_array_index (claims, PlxClaim, 0).cue;
  g_assert_cmpint (find_cue (plx_collation_get_claims (collation, pivot), cue), >=, 0);
  menu = plx_parties_panel_dup_claim_menu (panel, base_claim_row (panel, 0));
  target = menu_target (menu, "panel.remove-claim");
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (panel), "panel.remove-claim",
                                                     target));
  g_assert_cmpint (find_cue (plx_comparison_get_claims (comparison, PLX_SIDE_A), cue), <, 0);

  outlets = GTK_DROP_DOWN (plx_test_find_widget (GTK_WIDGET (fixture->window),
                                                 GTK_TYPE_DROP_DOWN, NULL, NULL));
  gtk_drop_down_set_selected (outlets, courier < pivot ? courier : courier - 1);
  comparison = plx_window_get_comparison (fixture->window);
  g_assert_true (comparison == plx_collation_get_comparison (collation, courier));
  g_assert_cmpint (find_cue (plx_comparison_get_claims (comparison, PLX_SIDE_A), cue), <, 0);
  g_assert_cmpint (find_cue (plx_collation_get_claims (collation, pivot), cue), <, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "panel.undo", NULL));
  g_assert_cmpint (find_cue (plx_comparison_get_claims (comparison, PLX_SIDE_A), cue), >=, 0);
  g_assert_cmpint (find_cue (plx_comparison_get_claims (
                     plx_collation_get_comparison (collation, tribune), PLX_SIDE_A), cue), >=, 0);
  g_assert_cmpint (find_cue (plx_collation_get_claims (collation, pivot), cue), >=, 0);
  g_assert_nonnull (base_claim_row (panel, find_cue (plx_comparison_get_claims (comparison,
                                                                                 PLX_SIDE_A),
                                                     cue)));
}

int
main (int   argc,
      char *argv[])
{
  app = plx_test_init (&argc, &argv);

  g_test_add ("/gui/collation/base-kept", Fixture, GUINT_TO_POINTER (4), fixture_setup,
              test_base_kept, fixture_teardown);
  g_test_add ("/gui/collation/base-claim-correction", Fixture, GUINT_TO_POINTER (4),
              fixture_setup, test_base_claim_correction, fixture_teardown);
  g_test_add ("/gui/collation/paste-joins", Fixture, GUINT_TO_POINTER (2), fixture_setup,
              test_paste_joins, fixture_teardown);
  g_test_add ("/gui/collation/paste-beyond-twelve", Fixture, GUINT_TO_POINTER (2), fixture_setup,
              test_paste_beyond_twelve, fixture_teardown);

  return plx_test_run (app);
}
