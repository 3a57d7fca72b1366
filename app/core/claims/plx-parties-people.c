/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The people an article names, remembered by last name with their party
 * while its speakers are assigned (plx-parties-assign.c): a name written
 * again with a letter more, less or swapped ("Zelenskyy", "Tump") is the
 * same person when one remembered name alone is that close. */

#include "config.h"

#include <string.h>

#include "plx-parties-private.h"
#include "plx-similarity.h"

/* How far the search for the known variants of a name has gone: the
 * people lists only grow, so a name asked about again is compared with
 * the names remembered since only. */
#define VARIANT_DELTAS 5

typedef struct
{
  guint       scanned[VARIANT_DELTAS]; /* entries compared, per length delta -2..2 */
  guint       n_found;                 /* variants found, at most 2 */
  const char *found;                   /* the last one */
} VariantScan;

/* Names are grouped by first letter and length. */
static guint
bucket_of (const char *name,
           gsize       length)
{
  return (g_utf8_get_char (name) << 8) | MIN (length, 255);
}

/* Whether two names are one edit apart (a letter added, dropped, changed
 * or two swapped): "tump" and "trump", "zelensky" and "zelenskyy". */
gboolean
plx_names_one_edit (const char *a,
                    const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  gsize i = 0;

  if (la > lb)
    return plx_names_one_edit (b, a);
  if (lb - la > 1)
    return FALSE;

  while (i < la && a[i] == b[i])
    i++;
  if (i == la)
    return lb - la == 1;
  if (la == lb)
    return g_str_equal (a + i + 1, b + i + 1) ||
           (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            g_str_equal (a + i + 2, b + i + 2));

  return g_str_equal (a + i, b + i + 1);
}

/* Whether @name is a spelling variant or a slip of @known: the same first
 * letter and one edit apart for names of four letters or more, or alike
 * enough for longer ones. */
gboolean
plx_names_variant (const char *known,
                   const char *name)
{
  gsize shorter = MIN (strlen (known), strlen (name));

  if (g_utf8_get_char (known) != g_utf8_get_char (name) || shorter < 4)
    return FALSE;

  return plx_names_one_edit (known, name) ||
         (shorter >= 5 && plx_string_similarity (known, name) >= 0.7);
}

/* The remembered party of a person name (its last word), spelling
 * variants and slips included, when one known name alone is that close;
 * sets @canonical (when given) to the name as first remembered. Variants
 * keep the first letter, so only names with the same first letter are
 * compared. */
int
plx_people_lookup (PlxPeople   *self,
                   const char  *last_name,
                   const char **canonical)
{
  gpointer key;
  gpointer value;
  const char *found;
  guint n_found;
  VariantScan *scan;

  if (g_hash_table_lookup_extended (self->people, last_name, &key, &value))
    {
      if (canonical != NULL)
        *canonical = key;
      return GPOINTER_TO_INT (value) - 1;
    }

  scan = g_hash_table_lookup (self->variants, last_name);
  if (scan == NULL)
    {
      scan = g_new0 (VariantScan, 1);
      g_hash_table_insert (self->variants, g_strdup (last_name), scan);
    }

  /* Variants differ in a letter or two: look only at names of nearly the
   * same length. */
  for (int delta = -2; delta <= 2 && scan->n_found < 2; delta++)
    {
      gssize length = (gssize) strlen (last_name) + delta;
      GPtrArray *similar;
      guint i;

      if (length < 4)
        continue;
      similar = g_hash_table_lookup (self->by_initial,
                                     GUINT_TO_POINTER (bucket_of (last_name, length)));
      if (similar == NULL)
        continue;
      /* Two alike are one too many: stop there. */
      for (i = scan->scanned[delta + 2]; i < similar->len && scan->n_found < 2; i++)
        {
          const char *known = g_ptr_array_index (similar, i);

          if (plx_names_variant (known, last_name))
            {
              scan->found = known;
              scan->n_found++;
            }
        }
      scan->scanned[delta + 2] = i;
    }
  n_found = scan->n_found;
  found = scan->found;

  if (n_found != 1)
    return -1;
  if (canonical != NULL)
    *canonical = found;

  return GPOINTER_TO_INT (g_hash_table_lookup (self->people, found)) - 1;
}

void
plx_people_remember (PlxPeople  *self,
                     const char *last_name,
                     int         party)
{
  GPtrArray *similar;
  guint bucket;
  char *key;

  if (g_hash_table_contains (self->people, last_name))
    return;

  key = g_strdup (last_name);
  g_hash_table_insert (self->people, key, GINT_TO_POINTER (party + 1));
  bucket = bucket_of (key, strlen (key));
  similar = g_hash_table_lookup (self->by_initial, GUINT_TO_POINTER (bucket));
  if (similar == NULL)
    {
      similar = g_ptr_array_new ();
      g_hash_table_insert (self->by_initial, GUINT_TO_POINTER (bucket), similar);
    }
  g_ptr_array_add (similar, key);
}

void
plx_people_init (PlxPeople *self)
{
  self->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_initial = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->variants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
plx_people_clear (PlxPeople *self)
{
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_clear_pointer (&self->by_initial, g_hash_table_unref);
  g_clear_pointer (&self->variants, g_hash_table_unref);
}

/* How many people are remembered: only ever more. */
guint
plx_people_count (PlxPeople *self)
{
  return g_hash_table_size (self->people);
}

/* Whether @last_name (folded) is a person remembered as written. */
gboolean
plx_people_contains (PlxPeople  *self,
                     const char *last_name)
{
  return g_hash_table_contains (self->people, last_name);
}
