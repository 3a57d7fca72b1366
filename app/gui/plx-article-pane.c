/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* One side of the comparison: a header naming the article and a read-only,
 * word-wrapped view of its text. It shows; it does not analyse. */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-article-pane.h"

struct _PlxArticlePane
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkLabel          *title_label;
  GtkLabel          *source_label;
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkTextView       *view;

  /* owned */
  PlxArticle *article;
};

G_DEFINE_FINAL_TYPE (PlxArticlePane, plx_article_pane, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_article_pane_dispose (GObject *object)
{
  PlxArticlePane *self = (PlxArticlePane *) object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_ARTICLE_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (plx_article_pane_parent_class)->dispose (object);
}

static void
plx_article_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_pane_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      plx_article_pane_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_pane_class_init (PlxArticlePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_article_pane_dispose;
  object_class->get_property = plx_article_pane_get_property;
  object_class->set_property = plx_article_pane_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_RESOURCE_PATH "/plx-article-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articlepane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plx_article_pane_init (PlxArticlePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
plx_article_pane_new (void)
{
  return g_object_new (PLX_TYPE_ARTICLE_PANE, NULL);
}

PlxArticle *
plx_article_pane_get_article (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return self->article;
}

void
plx_article_pane_set_article (PlxArticlePane *self,
                              PlxArticle     *article)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));
  g_return_if_fail (article == NULL || PLX_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  buffer = gtk_text_view_get_buffer (self->view);

  if (article == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      gtk_label_set_label (self->title_label, _("No Article"));
      gtk_label_set_label (self->source_label, "");
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      g_autofree char *accessible = NULL;

      gtk_text_buffer_set_text (buffer, plx_article_get_text (article), -1);
      gtk_label_set_label (self->title_label, plx_article_get_title (article));
      gtk_label_set_label (self->source_label, plx_article_get_source (article));
      gtk_stack_set_visible_child_name (self->stack, "text");

      /* Translators: accessible name of an article's text, %s is its title. */
      accessible = g_strdup_printf (_("Text of “%s”"), plx_article_get_title (article));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

GtkTextView *
plx_article_pane_get_view (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return self->view;
}

GtkAdjustment *
plx_article_pane_get_vadjustment (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}
