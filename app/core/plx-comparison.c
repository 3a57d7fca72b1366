/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison of two articles: the one object the GUI, the reports and
 * the command line read. */

#include "config.h"

#include "plx-comparison.h"

struct _PlxComparison
{
  GObject parent_instance;

  /* owned */
  PlxArticle *articles[2];
};

G_DEFINE_FINAL_TYPE (PlxComparison, plx_comparison, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ARTICLE_A,
  PROP_ARTICLE_B,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_comparison_dispose (GObject *object)
{
  PlxComparison *self = (PlxComparison *) object;

  g_clear_object (&self->articles[PLX_SIDE_A]);
  g_clear_object (&self->articles[PLX_SIDE_B]);

  G_OBJECT_CLASS (plx_comparison_parent_class)->dispose (object);
}

static void
plx_comparison_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlxComparison *self = PLX_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_A:
      g_value_set_object (value, self->articles[PLX_SIDE_A]);
      break;

    case PROP_ARTICLE_B:
      g_value_set_object (value, self->articles[PLX_SIDE_B]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlxComparison *self = PLX_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_A:
      self->articles[PLX_SIDE_A] = g_value_dup_object (value);
      break;

    case PROP_ARTICLE_B:
      self->articles[PLX_SIDE_B] = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_class_init (PlxComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plx_comparison_dispose;
  object_class->get_property = plx_comparison_get_property;
  object_class->set_property = plx_comparison_set_property;

  properties[PROP_ARTICLE_A] =
    g_param_spec_object ("article-a", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE_B] =
    g_param_spec_object ("article-b", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_comparison_init (PlxComparison *self)
{
}

PlxComparison *
plx_comparison_new (PlxArticle *a,
                    PlxArticle *b)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (a), NULL);
  g_return_val_if_fail (PLX_IS_ARTICLE (b), NULL);

  return g_object_new (PLX_TYPE_COMPARISON, "article-a", a, "article-b", b, NULL);
}

PlxArticle *
plx_comparison_get_article (PlxComparison *self,
                            PlxSide        side)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (side == PLX_SIDE_A || side == PLX_SIDE_B, NULL);

  return self->articles[side];
}
