/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "plx-diff.h"
#include "test-alignment.h"

/**
 * plx_test_alignment_new:
 * @a: (array zero-terminated=1): article A's sentences
 * @b: (array zero-terminated=1): article B's sentences
 *
 * Aligns the two articles in English at @sensitivity.
 */
PlxTestAlignment *
plx_test_alignment_new (const char *const *a,
                        const char *const *b,
                        double             sensitivity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxTokenizer) tokenizer = NULL;
  PlxTestAlignment *self = g_new0 (PlxTestAlignment, 1);
  const char *const *sides[2] = { a, b };
  PlxAlignOptions options = PLX_ALIGN_OPTIONS_INIT;

  self->lexicon = plx_lexicon_new ("en", &error);
  g_assert_no_error (error);
  self->vocabulary = plx_vocabulary_new ();
  tokenizer = plx_tokenizer_new (self->lexicon, self->vocabulary);

  for (guint side = 0; side < 2; side++)
    {
      self->tokens[side] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      for (guint i = 0; sides[side] != NULL && sides[side][i] != NULL; i++)
        {
          GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PlxToken));

          plx_tokenizer_tokenize (tokenizer, sides[side][i], 0, strlen (sides[side][i]), tokens);
          g_ptr_array_add (self->tokens[side], tokens);
        }
      self->n[side] = self->tokens[side]->len;
    }

  self->idf = plx_idf_new (plx_vocabulary_size (self->vocabulary));
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < self->n[side]; i++)
      {
        GArray *tokens = g_ptr_array_index (self->tokens[side], i);

        plx_idf_add_sentence (self->idf, (const PlxToken *) tokens->data, tokens->len);
      }
  plx_idf_finish (self->idf);

  for (guint side = 0; side < 2; side++)
    {
      self->bags[side] = g_new0 (PlxBag, MAX (self->n[side], 1));
      for (guint i = 0; i < self->n[side]; i++)
        {
          GArray *tokens = g_ptr_array_index (self->tokens[side], i);

          plx_bag_init (&self->bags[side][i], (const PlxToken *) tokens->data, tokens->len,
                        self->idf);
        }
    }

  options.sensitivity = sensitivity;
  self->links = plx_align (self->bags[0], self->n[0], self->bags[1], self->n[1],
                           self->vocabulary, &options);
  g_assert_nonnull (self->links);

  return self;
}

void
plx_test_alignment_free (PlxTestAlignment *self)
{
  for (guint side = 0; side < 2; side++)
    {
      for (guint i = 0; i < self->n[side]; i++)
        plx_bag_clear (&self->bags[side][i]);
      g_free (self->bags[side]);
      g_ptr_array_unref (self->tokens[side]);
    }
  g_array_unref (self->links);
  plx_idf_free (self->idf);
  plx_vocabulary_free (self->vocabulary);
  plx_lexicon_unref (self->lexicon);
  g_free (self);
}

/* The tokens of sentences @start to @end of one side, one after another,
 * as the comparison hands a group to the diff. */
GArray *
plx_test_alignment_tokens (PlxTestAlignment *self,
                           guint             side,
                           guint             start,
                           guint             end)
{
  GArray *group = g_array_new (FALSE, FALSE, sizeof (PlxToken));

  for (guint i = start; i < end; i++)
    {
      GArray *tokens = g_ptr_array_index (self->tokens[side], i);

      g_array_append_vals (group, tokens->data, tokens->len);
    }

  return group;
}

/* The kind the comparison gives @link: its word-level diff, classified. */
PlxLinkKind
plx_test_alignment_classify (PlxTestAlignment *self,
                             const PlxLink    *link)
{
  g_autoptr(GArray) a = plx_test_alignment_tokens (self, 0, link->a_start, link->a_end);
  g_autoptr(GArray) b = plx_test_alignment_tokens (self, 1, link->b_start, link->b_end);
  g_autoptr(GArray) diff = plx_diff_tokens ((const PlxToken *) a->data, a->len,
                                            (const PlxToken *) b->data, b->len);

  return plx_link_classify (link, (const PlxToken *) a->data, a->len,
                            (const PlxToken *) b->data, b->len, diff);
}

/* The links as "A0-1=B0 (moved) …", for messages and for comparing with
 * what a reader expects. Sentence ranges are written first-last. */
char *
plx_test_alignment_describe (PlxTestAlignment *self)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < self->links->len; k++)
    {
      const PlxLink *link = &g_array_index (self->links, PlxLink, k);

      if (k > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "A%u", link->a_start);
      if (link->a_end - link->a_start > 1)
        g_string_append_printf (out, "-%u", link->a_end - 1);
      g_string_append_printf (out, "=B%u", link->b_start);
      if (link->b_end - link->b_start > 1)
        g_string_append_printf (out, "-%u", link->b_end - 1);
      if (link->moved)
        g_string_append (out, "(moved)");
    }

  return g_string_free (out, FALSE);
}
