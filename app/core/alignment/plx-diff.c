/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The word-level edit script between two linked sentence groups: a longest
 * common subsequence over stems, so that "denies" and "denied" line up as a
 * light replacement rather than a deletion and an insertion. Runs of
 * deletions next to insertions become replacements, and every edit carries
 * the tags of the words it touches.
 *
 * Linked sentences are short, so the quadratic table is small; sentence
 * groups beyond MAX_CELLS (a book-long line) fall back to matching the
 * common prefix and suffix, which is linear. */

#include "config.h"

#include "plx-diff.h"
#include "plx-lexicon.h"

#define MAX_CELLS (4u * 1024 * 1024)

const char *
plx_diff_op_to_string (PlxDiffOp op)
{
  switch (op)
    {
    case PLX_DIFF_EQUAL:
      return "equal";
    case PLX_DIFF_DELETE:
      return "delete";
    case PLX_DIFF_INSERT:
      return "insert";
    case PLX_DIFF_REPLACE:
    default:
      return "replace";
    }
}

/* One aligned step: a token of A against one of B, or against nothing. */
typedef struct
{
  int a; /* -1 for an insertion */
  int b; /* -1 for a deletion */
} Step;

static void
append_step (GArray *steps,
             int     a,
             int     b)
{
  Step step = { a, b };

  g_array_append_val (steps, step);
}

/* The middle of the script, between the common prefix and suffix: the LCS
 * table of a[offset..offset + ma) against b[offset..offset + mb), walked
 * from the start. */
static void
table_steps (const PlxToken *a,
             guint           ma,
             const PlxToken *b,
             guint           mb,
             guint           offset,
             GArray         *steps)
{
  /* lengths[i][j]: LCS of a[offset+i..] and b[offset+j..]. */
  g_autofree guint16 *lengths = g_new0 (guint16, (gsize) (ma + 1) * (mb + 1));
  guint i = 0;
  guint j = 0;

#define L(x, y) lengths[(gsize) (x) * (mb + 1) + (y)]
  for (int x = ma - 1; x >= 0; x--)
    for (int y = mb - 1; y >= 0; y--)
      L (x, y) = a[offset + x].stem == b[offset + y].stem
                   ? L (x + 1, y + 1) + 1
                   : MAX (L (x + 1, y), L (x, y + 1));

  while (i < ma || j < mb)
    {
      if (i < ma && j < mb && a[offset + i].stem == b[offset + j].stem)
        {
          append_step (steps, offset + i, offset + j);
          i++;
          j++;
        }
      /* Deletions before insertions at a tie keeps replacements together:
       * delete first when it loses nothing. */
      else if (j < mb && (i == ma || L (i, j + 1) >= L (i + 1, j)) &&
               !(i < ma && L (i + 1, j) == L (i, j + 1)))
        append_step (steps, -1, offset + j++);
      else
        append_step (steps, offset + i++, -1);
    }
#undef L
}

static void
lcs_steps (const PlxToken *a,
           guint           n_a,
           const PlxToken *b,
           guint           n_b,
           GArray         *steps)
{
  guint prefix = 0;
  guint suffix = 0;
  guint ma;
  guint mb;

  while (prefix < n_a && prefix < n_b && a[prefix].stem == b[prefix].stem)
    prefix++;
  while (suffix < n_a - prefix && suffix < n_b - prefix &&
         a[n_a - 1 - suffix].stem == b[n_b - 1 - suffix].stem)
    suffix++;

  for (guint k = 0; k < prefix; k++)
    append_step (steps, k, k);

  ma = n_a - prefix - suffix;
  mb = n_b - prefix - suffix;

  if ((guint64) (ma + 1) * (mb + 1) <= MAX_CELLS)
    table_steps (a, ma, b, mb, prefix, steps);
  else
    {
      for (guint k = 0; k < ma; k++)
        append_step (steps, prefix + k, -1);
      for (guint k = 0; k < mb; k++)
        append_step (steps, -1, prefix + k);
    }

  for (guint k = 0; k < suffix; k++)
    append_step (steps, n_a - suffix + k, n_b - suffix + k);
}

static void
push (GArray      *edits,
      PlxDiffEdit *edit,
      const PlxToken *a,
      const PlxToken *b)
{
  if (edit->a_start == edit->a_end && edit->b_start == edit->b_end)
    return;

  if (edit->op != PLX_DIFF_EQUAL)
    {
      if (edit->a_start == edit->a_end)
        edit->op = PLX_DIFF_INSERT;
      else if (edit->b_start == edit->b_end)
        edit->op = PLX_DIFF_DELETE;
      else
        edit->op = PLX_DIFF_REPLACE;

      for (guint k = edit->a_start; k < edit->a_end; k++)
        edit->tags |= a[k].tags;
      for (guint k = edit->b_start; k < edit->b_end; k++)
        edit->tags |= b[k].tags;
    }

  g_array_append_val (edits, *edit);
}

GArray *
plx_diff_tokens (const PlxToken *a,
                 guint           n_a,
                 const PlxToken *b,
                 guint           n_b)
{
  GArray *edits = g_array_new (FALSE, FALSE, sizeof (PlxDiffEdit));
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (Step));
  PlxDiffEdit current = { PLX_DIFF_EQUAL, 0, 0, 0, 0, 0, FALSE };
  guint pos_a = 0;
  guint pos_b = 0;

  g_return_val_if_fail (a != NULL || n_a == 0, edits);
  g_return_val_if_fail (b != NULL || n_b == 0, edits);

  lcs_steps (a, n_a, b, n_b, steps);

  for (guint k = 0; k < steps->len; k++)
    {
      const Step *step = &g_array_index (steps, Step, k);
      PlxDiffOp kind;
      gboolean light = FALSE;

      if (step->a >= 0 && step->b >= 0)
        {
          light = a[step->a].norm != b[step->b].norm;
          kind = light ? PLX_DIFF_REPLACE : PLX_DIFF_EQUAL;
        }
      else
        kind = PLX_DIFF_REPLACE; /* refined to delete or insert in push() */

      /* A light replacement is an edit of its own, so that it can be shown
       * more quietly than a real one. */
      if (kind != current.op || light != current.light || (light && current.light))
        {
          push (edits, &current, a, b);
          current = (PlxDiffEdit) { kind, pos_a, pos_a, pos_b, pos_b, 0, light };
        }

      if (step->a >= 0)
        current.a_end = ++pos_a;
      if (step->b >= 0)
        current.b_end = ++pos_b;
    }
  push (edits, &current, a, b);

  return edits;
}
