/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Stage 3 of the aligner: splits and merges. A link takes in neighbouring
 * unlinked sentences whose content it covers (up to MAX_GROUP on a side);
 * a sentence with no plausible partner elsewhere (an orphan) joins on
 * weaker evidence. */

#include "config.h"

#include "plx-aligner-private.h"

#define MAX_GROUP 3

/* The bag of sentences [start, end) of one side; a single sentence is used
 * as it is, a group is merged into @scratch. */
static const PlxBag *
group_bag (const PlxBag *bags,
           guint         start,
           guint         end,
           PlxBag       *scratch)
{
  if (end - start == 1)
    return &bags[start];

  plx_bag_init_union (scratch, bags + start, end - start);
  return scratch;
}

static PlxMatch
match_groups (PlxAligner *self,
              guint       a_start,
              guint       a_end,
              guint       b_start,
              guint       b_end)
{
  PlxBag ga = { 0 };
  PlxBag gb = { 0 };
  PlxMatch match;

  match = plx_bag_match (group_bag (self->a, a_start, a_end, &ga),
                         group_bag (self->b, b_start, b_end, &gb), self->vocabulary);
  plx_bag_clear (&ga);
  plx_bag_clear (&gb);

  return match;
}

static void
set_match (PlxLink        *link,
           const PlxMatch *match)
{
  link->score = plx_link_score (match);
  link->similarity = match->similarity;
  link->cover_a = match->cover_a;
  link->cover_b = match->cover_b;
}

/* Whether one more sentence belongs to the link: the sentence's content is
 * largely found on the other side, and the group says more together. */
static gboolean
try_extend (PlxAligner *self,
            PlxLink    *link,
            gboolean    side_a,
            gboolean    forward,
            guint8     *linked)
{
  guint start = side_a ? link->a_start : link->b_start;
  guint end = side_a ? link->a_end : link->b_end;
  guint limit = side_a ? self->n_a : self->n_b;
  guint candidate;
  PlxMatch alone;
  PlxMatch together;
  double cover;
  double gain;
  gboolean orphan;

  if (end - start >= MAX_GROUP)
    return FALSE;
  if (forward ? end >= limit : start == 0)
    return FALSE;

  candidate = forward ? end : start - 1;
  if (linked[candidate])
    return FALSE;
  if ((side_a ? self->a[candidate].heading : self->b[candidate].heading) !=
      (side_a ? self->a[start].heading : self->b[start].heading))
    return FALSE;

  /* The candidate alone first: most fail here, before the costlier
   * merged group is built. alone.cover_b is the share of a B candidate
   * found on the other side. */
  if (side_a)
    alone = match_groups (self, candidate, candidate + 1, link->b_start, link->b_end);
  else
    alone = match_groups (self, link->a_start, link->a_end, candidate, candidate + 1);
  cover = side_a ? alone.cover_a : alone.cover_b;
  if (cover < MIN (self->cover_min, self->orphan_min))
    return FALSE;

  if (side_a)
    together = match_groups (self, forward ? start : candidate, forward ? end + 1 : end,
                             link->b_start, link->b_end);
  else
    together = match_groups (self, link->a_start, link->a_end, forward ? start : candidate,
                             forward ? end + 1 : end);

  orphan = (side_a ? self->orphan_a : self->orphan_b)[candidate];
  gain = plx_link_score (&together) - link->score;
  if (!(cover >= self->cover_min && gain >= -0.1 * link->score) &&
      !(cover >= self->orphan_min && (orphan || gain >= self->join_gain)))
    return FALSE;

  if (side_a)
    {
      if (forward)
        link->a_end++;
      else
        link->a_start--;
    }
  else
    {
      if (forward)
        link->b_end++;
      else
        link->b_start--;
    }
  set_match (link, &together);
  linked[candidate] = TRUE;

  return TRUE;
}

/* Takes neighbouring sentences into the link while they belong to it. */
void
plx_aligner_grow_link (PlxAligner *self,
                       PlxLink    *link,
                       guint8     *linked_a,
                       guint8     *linked_b)
{
  gboolean grew = TRUE;

  while (grew)
    grew = try_extend (self, link, FALSE, TRUE, linked_b) ||
           try_extend (self, link, FALSE, FALSE, linked_b) ||
           try_extend (self, link, TRUE, TRUE, linked_a) ||
           try_extend (self, link, TRUE, FALSE, linked_a);
}

/* Unlinked sentences of one side without a candidate partner among the
 * unlinked sentences of the other. */
guint8 *
plx_aligner_find_orphans (PlxAligner   *self,
                          gboolean      side_a,
                          const guint8 *linked_a,
                          const guint8 *linked_b)
{
  guint n = side_a ? self->n_a : self->n_b;
  guint8 *orphan = g_new (guint8, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    orphan[i] = !(side_a ? linked_a : linked_b)[i];

  for (guint p = 0; p < self->pairs->len; p++)
    {
      const PlxAlignPair *pair = &g_array_index (self->pairs, PlxAlignPair, p);
      guint mine = side_a ? pair->a : pair->b;
      guint other = side_a ? pair->b : pair->a;

      if (!pair->mixed && pair->score >= self->weak_min &&
          !(side_a ? linked_b : linked_a)[other])
        orphan[mine] = FALSE;
    }

  return orphan;
}
