/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_DIFF_EQUAL,
  PLX_DIFF_DELETE,
  PLX_DIFF_INSERT,
  PLX_DIFF_REPLACE,
} PlxDiffOp;

/**
 * PlxDiffEdit:
 * @op: what the edit does
 * @a_start: first token on side A (indices into the tokens given to the diff)
 * @a_end: one past the last (equal to @a_start for an insertion)
 * @b_start: first token on side B
 * @b_end: one past the last (equal to @b_start for a deletion)
 * @tags: #PlxTag bits of the words the edit touches
 * @light: a replacement between words of the same stem ("deny" / "denied")
 */
typedef struct
{
  PlxDiffOp op;
  guint     a_start;
  guint     a_end;
  guint     b_start;
  guint     b_end;
  guint8    tags;
  gboolean  light;
} PlxDiffEdit;

GArray     *plx_diff_tokens       (const PlxToken *a,
                                   guint           n_a,
                                   const PlxToken *b,
                                   guint           n_b);
const char *plx_diff_op_to_string (PlxDiffOp op);

G_END_DECLS
