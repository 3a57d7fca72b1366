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

#include <string.h>

#include "plx-diff.h"
#include "plx-lexicon.h"
#include "plx-marks.h"

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

/* Refining: what a reader is shown.
 *
 * A changed word is painted only when it is a difference of substance: a
 * word the other side does not have anywhere (otherwise it moved), not a
 * function word ("the", "that", "however"), and either part of a short
 * rewording or carrying a tag of substance wherever it stands (negation,
 * hedge, intensifier, loaded word, number). Each painted run carries the
 * one tag its own words carry, on its own side: a quotation on one side
 * does not make the other side's words a quote, nor does a "not" on one
 * side make the other side's verb a negation. Everything else becomes a
 * light edit, kept for the details. */

/* Tags that make a changed word worth showing even in a long rewrite. */
#define SUBSTANCE_TAGS \
  (PLX_TAG_NEGATION | PLX_TAG_HEDGE | PLX_TAG_INTENSIFIER | PLX_TAG_LOADED | PLX_TAG_NUMBER)

/* A token's label: the one tag it shows when painted, or NOT_PAINTED. */
#define NOT_PAINTED (-1)

/* The changes around an edit, joined across the function words they
 * share: a short rewording is shown word for word; a longer rewrite shows
 * its words of substance; a long addition to one side (a clause the other
 * does not have) shows only its loaded words: a "not" in a clause the
 * other article lacks negates nothing the other says. */
typedef enum
{
  REGION_SHORT,
  REGION_REWRITE,
  REGION_ADDITION,
} Region;

typedef struct
{
  const PlxDiffSide *side;
  const PlxDiffSide *other;
  GArray            *other_stems; /* stems of the other side, sorted, if long */
  PlxLexicon        *lexicon;
  PlxVocabulary     *vocabulary;
  gboolean           english;
  gboolean           other_negates; /* the other side says "not" too */
} Refiner;

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The stems of one side, to look words up in: sorted when the side is
 * long; none when it is short enough to scan its tokens. */
#define SCAN_LIMIT 48

static GArray *
sorted_stems (const PlxDiffSide *side)
{
  GArray *stems;

  if (side->n_tokens <= SCAN_LIMIT)
    return NULL;
  stems = g_array_sized_new (FALSE, FALSE, sizeof (guint), side->n_tokens);
  for (guint k = 0; k < side->n_tokens; k++)
    g_array_append_val (stems, side->tokens[k].stem);
  g_array_sort (stems, compare_uint);

  return stems;
}

/* Whether the other side of @refiner has a word of @stem. */
static gboolean
has_stem (const Refiner *refiner,
          guint          stem)
{
  GArray *stems = refiner->other_stems;
  const guint *values;
  guint lo = 0;
  guint hi;

  if (stems == NULL)
    {
      for (guint k = 0; k < refiner->other->n_tokens; k++)
        if (refiner->other->tokens[k].stem == stem)
          return TRUE;
      return FALSE;
    }

  values = (const guint *) stems->data;
  hi = stems->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] == stem)
        return TRUE;
      if (values[mid] < stem)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

static gboolean
is_function_word (const Refiner  *refiner,
                  const PlxToken *token)
{
  if (token->flags & PLX_TOKEN_STOPWORD)
    return TRUE;
  if (refiner->side->function_words != NULL)
    return refiner->side->function_words[token - refiner->side->tokens];
  if (refiner->lexicon == NULL || refiner->vocabulary == NULL)
    return FALSE;

  return plx_lexicon_is_function_word (refiner->lexicon,
                                       plx_vocabulary_lookup (refiner->vocabulary, token->norm));
}

/* Tags of the word lists that a name does not carry: "States" is no
 * reporting verb, "Hope" no loaded word. Only in English, where a
 * capital inside a sentence makes a name (German capitalises nouns). */
#define WORD_LIST_TAGS \
  (PLX_TAG_NEGATION | PLX_TAG_HEDGE | PLX_TAG_INTENSIFIER | PLX_TAG_REPORTING_VERB | PLX_TAG_LOADED)

static PlxTag
token_tag (const Refiner *refiner,
           guint          k)
{
  const PlxToken *token = &refiner->side->tokens[k];
  guint tags = token->tags | (refiner->side->marks != NULL ? refiner->side->marks[k] : 0);

  if (refiner->english && plx_token_is_name (refiner->side->tokens, k))
    tags &= ~WORD_LIST_TAGS;

  return plx_tag_strongest (tags);
}

static int
label_token (const Refiner *refiner,
             guint          k,
             Region         region)
{
  const PlxToken *token = &refiner->side->tokens[k];
  PlxTag tag = token_tag (refiner, k);

  if (has_stem (refiner, token->stem))
    return NOT_PAINTED;
  /* Both sides negate ("did not believe" / "doesn't want"): the "not" of
   * one is no change of polarity. */
  if (tag == PLX_TAG_NEGATION && refiner->other_negates)
    return NOT_PAINTED;
  if (region == REGION_ADDITION)
    return tag == PLX_TAG_LOADED ? (int) tag : NOT_PAINTED;
  if (tag & SUBSTANCE_TAGS)
    return tag;
  if (region != REGION_SHORT || is_function_word (refiner, token))
    return NOT_PAINTED;

  return tag;
}

/* Whether @side has a negation that is no name's word. */
static gboolean
negates (const Refiner     *refiner,
         const PlxDiffSide *side)
{
  Refiner on_side = *refiner;

  on_side.side = side;
  for (guint k = 0; k < side->n_tokens; k++)
    if (token_tag (&on_side, k) == PLX_TAG_NEGATION)
      return TRUE;

  return FALSE;
}

static guint
count_content (const Refiner *refiner,
               guint          from,
               guint          to)
{
  guint n = 0;

  for (guint k = from; k < to; k++)
    n += !is_function_word (refiner, &refiner->side->tokens[k]);

  return n;
}

static void
emit (GArray   *out,
      guint     a_start,
      guint     a_end,
      guint     b_start,
      guint     b_end,
      int       label)
{
  PlxDiffEdit edit = { PLX_DIFF_REPLACE, a_start, a_end, b_start, b_end, 0, FALSE };

  if (a_start == a_end && b_start == b_end)
    return;
  if (a_start == a_end)
    edit.op = PLX_DIFF_INSERT;
  else if (b_start == b_end)
    edit.op = PLX_DIFF_DELETE;
  edit.light = label == NOT_PAINTED;
  edit.tags = label == NOT_PAINTED ? 0 : (guint8) label;
  g_array_append_val (out, edit);
}

/* Tokens [@from, @to) of one side as deletions (side A) or insertions
 * (side B, @a_side FALSE) at @other on the other side, one edit for each
 * run of tokens with the same label. */
static void
emit_runs (GArray    *out,
           const int *labels,
           guint      from,
           guint      to,
           guint      base,
           gboolean   a_side,
           guint      other)
{
  guint start = from;

  for (guint k = from; k < to; k++)
    if (k + 1 == to || labels[k + 1 - base] != labels[k - base])
      {
        if (a_side)
          emit (out, start, k + 1, other, other, labels[k - base]);
        else
          emit (out, other, other, start, k + 1, labels[k - base]);
        start = k + 1;
      }
}

/* The one painted run of @labels, when all painted tokens are consecutive
 * with one label: its bounds in @first and @end. */
static gboolean
single_run (const int *labels,
            guint      n,
            guint     *first,
            guint     *end)
{
  guint i = 0;
  guint j;

  while (i < n && labels[i] == NOT_PAINTED)
    i++;
  if (i == n)
    return FALSE;
  for (j = i + 1; j < n && labels[j] == labels[i]; j++)
    ;
  *first = i;
  *end = j;
  for (; j < n; j++)
    if (labels[j] != NOT_PAINTED)
      return FALSE;

  return TRUE;
}

static gboolean
any_painted (const int *labels,
             guint      n)
{
  for (guint k = 0; k < n; k++)
    if (labels[k] != NOT_PAINTED)
      return TRUE;

  return FALSE;
}

static void
label_side (const Refiner *refiner,
            guint          from,
            guint          to,
            Region         region,
            int           *label)
{
  for (guint k = from; k < to; k++)
    label[k - from] = label_token (refiner, k, region);

  /* A phrase is painted whole: the "far" of "as far as I know" is a hedge
   * with its neighbours even though the other side says "so far". */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 1; i < to - from; i++)
      {
        guint k = pass == 0 ? i : to - from - 1 - i;
        guint next = pass == 0 ? k - 1 : k + 1;

        if (label[k] == NOT_PAINTED && label[next] != NOT_PAINTED &&
            (label[next] & SUBSTANCE_TAGS) &&
            token_tag (refiner, from + k) == (PlxTag) label[next])
          label[k] = label[next];
      }
}

static gboolean
has_label (const int *labels,
           guint      n,
           int        label)
{
  for (guint k = 0; k < n; k++)
    if (labels[k] == label)
      return TRUE;

  return FALSE;
}

static void
unpaint_names (int  *labels,
               guint n)
{
  for (guint k = 0; k < n; k++)
    if (labels[k] == PLX_TAG_NAME)
      labels[k] = NOT_PAINTED;
}

static void
refine_edit (GArray            *out,
             const PlxDiffEdit *edit,
             Region             region,
             const Refiner     *ra,
             const Refiner     *rb,
             int               *la,
             int               *lb)
{
  guint na = edit->a_end - edit->a_start;
  guint nb = edit->b_end - edit->b_start;
  guint fa;
  guint ea;
  guint fb;
  guint eb;

  label_side (ra, edit->a_start, edit->a_end, region, la);
  label_side (rb, edit->b_start, edit->b_end, region, lb);
  /* A name only one side gives ("(R-Ohio)", "told Fox News' Bill
   * Hemmer") is detail, not a change of name: that takes a name on both
   * sides. */
  if (!has_label (lb, nb, PLX_TAG_NAME))
    unpaint_names (la, na);
  if (!has_label (la, na, PLX_TAG_NAME))
    unpaint_names (lb, nb);

  /* One painted run a side with one tag: a replacement, between light
   * edits for the words around it. */
  if (edit->op == PLX_DIFF_REPLACE && single_run (la, na, &fa, &ea) &&
      single_run (lb, nb, &fb, &eb) && la[fa] == lb[fb])
    {
      fa += edit->a_start;
      ea += edit->a_start;
      fb += edit->b_start;
      eb += edit->b_start;
      emit_runs (out, la, edit->a_start, fa, edit->a_start, TRUE, edit->b_start);
      emit_runs (out, lb, edit->b_start, fb, edit->b_start, FALSE, fa);
      emit (out, fa, ea, fb, eb, la[fa - edit->a_start]);
      emit_runs (out, la, ea, edit->a_end, edit->a_start, TRUE, eb);
      emit_runs (out, lb, eb, edit->b_end, edit->b_start, FALSE, edit->a_end);
      return;
    }

  /* Nothing painted: the edit stays whole, light. */
  if (!any_painted (la, na) && !any_painted (lb, nb))
    {
      PlxDiffEdit light = *edit;

      light.light = TRUE;
      light.tags = 0;
      g_array_append_val (out, light);
      return;
    }

  emit_runs (out, la, edit->a_start, edit->a_end, edit->a_start, TRUE, edit->b_start);
  emit_runs (out, lb, edit->b_start, edit->b_end, edit->b_start, FALSE, edit->a_end);
}

/* Whether an equal edit holds only function words: "the" shared by two
 * different clauses does not make them two short rewordings. */
static gboolean
equal_is_filler (const PlxDiffEdit *edit,
                 const Refiner     *ra)
{
  if (edit->op != PLX_DIFF_EQUAL)
    return FALSE;
  for (guint k = edit->a_start; k < edit->a_end; k++)
    if (!is_function_word (ra, &ra->side->tokens[k]))
      return FALSE;

  return TRUE;
}

/* For each edit, the #Region it is part of: a short rewording when the
 * changes around it, joined across shared function words, have at most
 * PLX_DIFF_SHORT_REWORDING content words a side; otherwise an addition
 * when one side has no content word in them, a rewrite when both do. */
static void
find_regions (GArray        *edits,
              const Refiner *ra,
              const Refiner *rb,
              guint8        *regions)
{
  guint k = 0;

  while (k < edits->len)
    {
      guint end = k;
      guint content_a = 0;
      guint content_b = 0;

      if (g_array_index (edits, PlxDiffEdit, k).op == PLX_DIFF_EQUAL)
        {
          k++;
          continue;
        }
      /* The region: changes, and the function words between them. */
      while (end < edits->len)
        {
          const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, end);

          if (edit->op == PLX_DIFF_EQUAL &&
              (!equal_is_filler (edit, ra) || end + 1 == edits->len))
            break;
          if (edit->op != PLX_DIFF_EQUAL && !edit->light)
            {
              content_a += count_content (ra, edit->a_start, edit->a_end);
              content_b += count_content (rb, edit->b_start, edit->b_end);
            }
          end++;
        }
      for (guint j = k; j < end; j++)
        regions[j] = content_a <= PLX_DIFF_SHORT_REWORDING &&
                         content_b <= PLX_DIFF_SHORT_REWORDING
                       ? REGION_SHORT
                     : content_a == 0 || content_b == 0 ? REGION_ADDITION
                                                        : REGION_REWRITE;
      k = end;
    }
}

/**
 * plx_diff_refine:
 * @edits: the edits plx_diff_tokens() found between @a and @b
 * @lexicon: (nullable): the word lists that know function words
 * @vocabulary: (nullable): the vocabulary of the tokens' words
 *
 * The edits as a reader is shown them: only differences of substance
 * painted, each with the one tag its own words carry; function words,
 * moved words and the untagged wording of long rewrites are light.
 * Equal and same-stem edits are kept as they are.
 *
 * Returns: (transfer full): a #PlxDiffEdit array covering both sides: @edits
 *   itself, with a new reference, when none of them is painted
 */
GArray *
plx_diff_refine (GArray            *edits,
                 const PlxDiffSide *a,
                 const PlxDiffSide *b,
                 PlxLexicon        *lexicon,
                 PlxVocabulary     *vocabulary)
{
  g_autoptr(GArray) out = NULL;
  g_autoptr(GArray) stems_a = NULL;
  g_autoptr(GArray) stems_b = NULL;
  /* Labels for each token of both sides and a region for each edit: on
   * the stack for a sentence or two, as most links are. */
  int stack_labels[256];
  guint8 stack_regions[128];
  g_autofree int *heap_labels = NULL;
  g_autofree guint8 *heap_regions = NULL;
  int *labels;
  guint8 *regions;
  GArray *exact;
  gboolean english = lexicon == NULL || g_str_equal (plx_lexicon_get_language (lexicon), "en");
  Refiner ra = { a, b, NULL, lexicon, vocabulary, english };
  Refiner rb = { b, a, NULL, lexicon, vocabulary, english };
  gboolean changed = FALSE;

  for (guint k = 0; k < edits->len && !changed; k++)
    changed = g_array_index (edits, PlxDiffEdit, k).op != PLX_DIFF_EQUAL &&
              !g_array_index (edits, PlxDiffEdit, k).light;
  if (!changed)
    return g_array_ref (edits);

  out = g_array_sized_new (FALSE, FALSE, sizeof (PlxDiffEdit), edits->len * 2);
  ra.other_negates = negates (&rb, b);
  rb.other_negates = negates (&ra, a);
  ra.other_stems = stems_b = sorted_stems (b);
  rb.other_stems = stems_a = sorted_stems (a);
  labels = a->n_tokens + b->n_tokens <= G_N_ELEMENTS (stack_labels)
             ? stack_labels
             : (heap_labels = g_new (int, a->n_tokens + b->n_tokens));
  regions = edits->len <= G_N_ELEMENTS (stack_regions)
              ? memset (stack_regions, 0, edits->len)
              : (heap_regions = g_new0 (guint8, edits->len));
  find_regions (edits, &ra, &rb, regions);

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);

      if (edit->op == PLX_DIFF_EQUAL || edit->light)
        g_array_append_val (out, *edit);
      else
        refine_edit (out, edit, regions[k], &ra, &rb, labels, labels + a->n_tokens);
    }

  /* Diffs are kept for every link: no room to spare. */
  exact = g_array_sized_new (FALSE, FALSE, sizeof (PlxDiffEdit), out->len);
  g_array_append_vals (exact, out->data, out->len);

  return exact;
}
