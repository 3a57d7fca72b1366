/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "plx-collation-private.h"

void
plx_collation_find_differences (PlxCollation *self)
{
  self->key_differences = g_array_new (FALSE, TRUE, sizeof (PlxCollatedDifference));
}

guint
plx_collation_get_n_key_differences (PlxCollation *self)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), 0);

  return self->key_differences != NULL ? self->key_differences->len : 0;
}

const PlxCollatedDifference *
plx_collation_get_key_difference (PlxCollation *self,
                                  guint         index)
{
  g_return_val_if_fail (PLX_IS_COLLATION (self), NULL);
  g_return_val_if_fail (index < plx_collation_get_n_key_differences (self), NULL);

  return &g_array_index (self->key_differences, PlxCollatedDifference, index);
}
