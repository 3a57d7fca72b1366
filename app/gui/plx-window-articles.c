/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Articles joining and leaving the comparison on screen (issue 10): files
 * opened or dropped together, Add Article…, a file dropped or text pasted
 * on two open articles, Remove Article. Two articles and one more are a
 * collation of three; at most twelve are compared (a toast says so). A
 * base chosen by hand (Use as Base, plx-window-base.c) stays the base when
 * an article joins or another one leaves; when the base itself is taken
 * out, the most central article is the base again and a toast says so.
 *
 * While articles are being collated, one more (a file dropped or added,
 * text pasted, Compare All Three) never takes the place of one: it waits
 * in self->waiting until that collation is over, then joins it
 * (plx_window_join_waiting()), as a web page does (plx-window-fetch.c). */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-window-private.h"

/* Files into a collation: all are loaded, then collated together. */

typedef struct
{
  PlxWindow    *self;
  GCancellable *cancellable;
  guint         index;
} CollateLoad;

static void
collate_load_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CollateLoad *load = user_data;
  PlxWindow *self = load->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_article_load_finish (result, &error);

  if (!g_cancellable_is_cancelled (load->cancellable))
    {
      /* The file in its place gives way to its article (to nothing if it
       * could not be read). */
      g_clear_object (&g_ptr_array_index (self->collated, load->index));
      if (article != NULL)
        g_ptr_array_index (self->collated, load->index) = g_object_ref (article);
      else
        plx_window_show_error (self, error->message);
      if (--self->n_pending == 0)
        {
          g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
          g_autoptr(PlxArticle) base = g_steal_pointer (&self->collated_base);

          for (guint i = 0; i < self->collated->len; i++)
            if (g_ptr_array_index (self->collated, i) != NULL)
              g_ptr_array_add (articles, g_object_ref (g_ptr_array_index (self->collated, i)));
          g_clear_object (&self->collating);
          g_clear_pointer (&self->collated, g_ptr_array_unref);
          if (articles->len > 0)
            plx_window_collate_with_base (self, (PlxArticle **) articles->pdata, articles->len,
                                          base);
          else
            {
              /* None could be read: the two articles shown are compared
               * again. */
              gtk_spinner_stop (self->spinner);
              plx_window_collation_over (self, TRUE);
              plx_window_start_comparison (self);
              plx_window_update_view (self);
            }
        }
      else
        plx_window_update_collation_names (self);
    }

  g_object_unref (load->cancellable);
  g_object_unref (self);
  g_free (load);
}

/* Whether @n_more articles can join @n_kept; if not, a toast says how
 * many Parallax takes. */
static gboolean
check_limit (PlxWindow *self,
             guint      n_kept,
             guint      n_more)
{
  g_autofree char *message = NULL;

  if (n_kept + n_more <= PLX_COLLATION_MAX_ARTICLES)
    return TRUE;
  message = g_strdup_printf (
    _("Parallax compares at most %u articles at a time; only the first %u were opened."),
    PLX_COLLATION_MAX_ARTICLES, PLX_COLLATION_MAX_ARTICLES);
  plx_window_show_error (self, message);
  return FALSE;
}

/* The base chosen by hand of the collation on screen, or %NULL. */
static PlxArticle *
get_chosen_base (PlxWindow *self)
{
  int chosen = self->collation != NULL ? plx_collation_get_chosen_pivot (self->collation) : -1;

  return chosen >= 0 ? plx_collation_get_article (self->collation, chosen) : NULL;
}

/* Loads @files (and @kept, articles already open that stay, with @base,
 * if not %NULL, the base) and collates them all. */
static void
collate_with (PlxWindow   *self,
              PlxArticle **kept,
              guint        n_kept,
              GFile      **files,
              guint        n_files,
              PlxArticle  *base)
{
  GCancellable *cancellable;

  if (!check_limit (self, n_kept, n_files))
    {
      if (n_kept >= PLX_COLLATION_MAX_ARTICLES)
        return;
      n_files = PLX_COLLATION_MAX_ARTICLES - n_kept;
    }
  if (base != NULL)
    g_object_ref (base);
  plx_window_end_collation (self);
  /* The comparison shown gives way at once (not to be exported or saved
   * as what the window compares). */
  plx_window_stop_comparison (self);
  plx_window_forget_session (self);
  self->collated_base = base;

  cancellable = self->collating = g_cancellable_new ();
  self->collated = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
  g_ptr_array_set_size (self->collated, n_kept + n_files);
  for (guint i = 0; i < n_kept; i++)
    g_ptr_array_index (self->collated, i) = g_object_ref (kept[i]);
  /* Each file holds its article's place until it is read. */
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_index (self->collated, n_kept + i) = g_object_ref (files[i]);
  self->n_pending = n_files;
  plx_window_update_collation_names (self);
  gtk_spinner_start (self->spinner);
  for (guint i = 0; i < n_files; i++)
    {
      CollateLoad *load = g_new0 (CollateLoad, 1);

      load->self = g_object_ref (self);
      load->cancellable = g_object_ref (cancellable);
      load->index = n_kept + i;
      plx_article_load_async (files[i], cancellable, collate_load_cb, load);
    }
}

/**
 * plx_window_collate_files:
 * @files: (array length=n_files): three or more article files
 *
 * Opens @files, at most twelve (a message says when more were given), and
 * collates them.
 */
void
plx_window_collate_files (PlxWindow *self,
                          GFile    **files,
                          guint      n_files)
{
  plx_window_cancel_join (self);
  collate_with (self, NULL, 0, files, n_files, NULL);
}

/* The articles on screen: the collation's, those being collated (read
 * so far), or the two sides'. */
static GPtrArray *
dup_open_articles (PlxWindow *self)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->collation != NULL)
    for (guint k = 0; k < plx_collation_get_n_articles (self->collation); k++)
      g_ptr_array_add (articles, g_object_ref (plx_collation_get_article (self->collation, k)));
  else if (self->collated != NULL)
    for (guint i = 0; i < self->collated->len; i++)
      {
        GObject *item = g_ptr_array_index (self->collated, i);

        if (PLX_IS_ARTICLE (item))
          g_ptr_array_add (articles, g_object_ref (item));
      }
  else
    for (guint side = 0; side < 2; side++)
      if (self->articles[side] != NULL)
        g_ptr_array_add (articles, g_object_ref (self->articles[side]));
  return articles;
}

/* How many articles are open or on their way: being read for the
 * collation running, or waiting to join it. */
static guint
count_articles (PlxWindow *self)
{
  g_autoptr(GPtrArray) open = dup_open_articles (self);
  guint n = open->len;

  if (self->collation == NULL && self->collated != NULL)
    for (guint i = 0; i < self->collated->len; i++)
      n += G_IS_FILE (g_ptr_array_index (self->collated, i));

  return n + (self->waiting != NULL ? self->waiting->len : 0);
}

/**
 * plx_window_takes_more_articles:
 *
 * Whether an article opened without a side joins those open rather than
 * taking the place of one: a collation is shown, or being made.
 */
gboolean
plx_window_takes_more_articles (PlxWindow *self)
{
  return self->collation != NULL || plx_window_is_collating (self);
}

/* While a collation runs, @what (a #PlxArticle or a #GFile) waits to
 * join it until it is over (plx_window_join_waiting()); the subtitle
 * names it at once. Returns whether it waits. */
static gboolean
wait_for_collation (PlxWindow *self,
                    GObject   *what)
{
  if (!plx_window_is_collating (self))
    return FALSE;
  if (self->waiting == NULL)
    self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->waiting, g_object_ref (what));
  plx_window_update_collation_names (self);
  return TRUE;
}

/* The name of an article or file that waited, for a toast. */
static char *
dup_waiting_name (GObject *what)
{
  if (G_IS_FILE (what))
    return g_file_get_basename (G_FILE (what));

  return g_strdup (plx_article_get_source (PLX_ARTICLE (what)));
}

/* After a failed collation: the articles that waited for it are not
 * added, and a toast says so. */
static void
give_up_waiting (PlxWindow *self,
                 GPtrArray *waiting)
{
  g_autofree char *message = NULL;

  if (waiting->len == 1)
    {
      g_autofree char *name = dup_waiting_name (g_ptr_array_index (waiting, 0));

      /* Translators: a toast; %s is the name of a file or an article. */
      message = g_strdup_printf (_("“%s” was not added: the articles it was to join could "
                                   "not be compared"), name);
    }
  else
    message = g_strdup_printf (ngettext ("%u article was not added: the articles it was to "
                                         "join could not be compared",
                                         "%u articles were not added: the articles they were "
                                         "to join could not be compared",
                                         waiting->len),
                               waiting->len);
  plx_window_show_error (self, message);
}

/**
 * plx_window_join_waiting:
 * @page: (nullable): a web page that waited too
 * @failed: whether the collation they waited for failed
 *
 * Called once the window stops collating: the articles and files that
 * came meanwhile (and @page) join the articles open now, all in one
 * collation. After a failure they do not (collated with those, they would
 * fail the same way): a toast names them.
 *
 * Returns: whether any joined (the window collates anew)
 */
gboolean
plx_window_join_waiting (PlxWindow  *self,
                         PlxArticle *page,
                         gboolean    failed)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) files = NULL;
  PlxArticle *base;

  if (waiting == NULL)
    return FALSE;
  if (failed)
    {
      give_up_waiting (self, waiting);
      return FALSE;
    }
  open = dup_open_articles (self);
  files = g_ptr_array_new ();
  if (page != NULL)
    g_ptr_array_add (waiting, g_object_ref (page));
  for (guint i = 0; i < waiting->len; i++)
    if (G_IS_FILE (g_ptr_array_index (waiting, i)))
      g_ptr_array_add (files, g_ptr_array_index (waiting, i));
    else
      g_ptr_array_add (open, g_object_ref (g_ptr_array_index (waiting, i)));
  base = get_chosen_base (self);
  if (files->len > 0)
    collate_with (self, (PlxArticle **) open->pdata, open->len, (GFile **) files->pdata,
                  files->len, base);
  else
    {
      g_autoptr(PlxArticle) kept_base = base != NULL ? g_object_ref (base) : NULL;

      plx_window_forget_session (self);
      plx_window_collate_with_base (self, (PlxArticle **) open->pdata,
                                    MIN (open->len, PLX_COLLATION_MAX_ARTICLES), kept_base);
    }
  return TRUE;
}

/**
 * plx_window_add_article_file:
 *
 * Adds the article of @file to those open: two articles become a
 * collation of three.
 */
void
plx_window_add_article_file (PlxWindow *self,
                             GFile     *file)
{
  g_autoptr(GPtrArray) open = NULL;

  /* While the articles open are collated, it waits for them. */
  if (plx_window_is_collating (self))
    {
      if (check_limit (self, count_articles (self), 1))
        wait_for_collation (self, G_OBJECT (file));
      return;
    }
  open = dup_open_articles (self);
  collate_with (self, (PlxArticle **) open->pdata, open->len, &file, 1, get_chosen_base (self));
}

/**
 * plx_window_add_article:
 *
 * Adds @article (pasted text, say) to those open: two articles become a
 * collation of three. With twelve open a toast says it cannot join.
 */
void
plx_window_add_article (PlxWindow  *self,
                        PlxArticle *article)
{
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(PlxArticle) base = NULL;

  if (!check_limit (self, count_articles (self), 1) || wait_for_collation (self, G_OBJECT (article)))
    return;
  open = dup_open_articles (self);
  base = get_chosen_base (self);
  if (base != NULL)
    g_object_ref (base);
  g_ptr_array_add (open, g_object_ref (article));
  plx_window_forget_session (self);
  plx_window_collate_with_base (self, (PlxArticle **) open->pdata, open->len, base);
}

/**
 * plx_window_has_room_for_article:
 *
 * Whether one more article can join those open; with twelve open a toast
 * says it cannot (before a web page is fetched for nothing).
 */
gboolean
plx_window_has_room_for_article (PlxWindow *self)
{
  return check_limit (self, count_articles (self), 1);
}

/**
 * plx_window_remove_article:
 * @index: the article's place in the collation
 *
 * Takes an article out of the collation; with two left, the window shows
 * their two-article comparison.
 */
void
plx_window_remove_article (PlxWindow *self,
                           guint      index)
{
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(PlxArticle) base = NULL;

  g_return_if_fail (PLX_IS_WINDOW (self));

  if (self->collation == NULL || index >= plx_collation_get_n_articles (self->collation))
    return;
  base = get_chosen_base (self);
  if (base != NULL)
    g_object_ref (base);
  open = dup_open_articles (self);
  if (base != NULL && base == g_ptr_array_index (open, index) && open->len > 3)
    {
      g_autofree char *name = plx_coverage_dup_short_outlet_name (base);
      g_autofree char *message = g_strdup_printf (
        /* Translators: a toast; the %s is the outlet of the article taken out. */
        _("%s was the base: the most central article is the base now"), name);

      plx_window_show_error (self, message);
    }
  g_ptr_array_remove_index (open, index);
  plx_window_forget_session (self);
  plx_window_collate_with_base (self, (PlxArticle **) open->pdata, open->len, base);
}

static void
remove_article_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  plx_window_remove_article (self, self->outlet);
}

static void
add_response_cb (GtkNativeDialog *dialog,
                 int              response,
                 PlxWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      plx_window_add_article_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_article_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Add Article"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (add_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
plx_window_class_install_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-article", NULL, add_article_action_cb);
  gtk_widget_class_install_action (widget_class, "win.remove-article", NULL,
                                   remove_article_action_cb);
}
