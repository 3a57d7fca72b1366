/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the coverage table says in words: the outlets' names, the units'
 * words in their rows, and each cell's tooltip (also the accessible label
 * at the cursor). The texts made from the collation are kept until it
 * changes: a frame draws the rows in view, and the pointer's motion asks
 * for tooltips. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-coverage-view-private.h"
#include "plx-palette.h"

/**
 * plx_coverage_dup_outlet_name:
 *
 * The name of an article's outlet as the window shows it: the site's own
 * name when its page gave one, else the file's name without extension.
 *
 * Returns: (transfer full): the name
 */
char *
plx_coverage_dup_outlet_name (PlxArticle *article)
{
  const PlxMetadata *metadata = plx_article_get_metadata (article);
  const char *source = plx_article_get_source (article);
  g_autofree char *base = NULL;
  char *dot;

  if (metadata != NULL && metadata->site_name != NULL && metadata->site_name[0] != '\0')
    return g_strdup (metadata->site_name);
  if (source == NULL || source[0] == '\0')
    return g_strdup (plx_article_get_title (article));
  base = g_path_get_basename (source);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/**
 * plx_coverage_dup_short_outlet_name:
 *
 * The outlet's name cut to 24 characters for a dropdown or a line: its
 * start and its end, where names made of file names differ
 * ("005a2961-0c…_1").
 *
 * Returns: (transfer full): the name
 */
char *
plx_coverage_dup_short_outlet_name (PlxArticle *article)
{
  g_autofree char *name = plx_coverage_dup_outlet_name (article);
  glong length = g_utf8_strlen (name, -1);
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;

  if (length <= 24)
    return g_steal_pointer (&name);
  head = g_utf8_substring (name, 0, 11);
  tail = g_utf8_substring (name, length - 11, length);
  return g_strconcat (head, "…", tail, NULL);
}

static const char *
told_label (const PlxUnitCell *cell)
{
  return plx_swatch_get_label (plx_palette_told (cell->told));
}

/* The sentences of @article in @unit, joined (transfer full). */
static char *
dup_sentences (PlxCoverageView *self,
               const PlxUnit   *unit,
               guint            article)
{
  PlxArticle *source = plx_collation_get_article (self->collation, article);
  const PlxSentence *sentences = plx_article_get_sentences (source, NULL);
  const PlxUnitCell *cell = &unit->cells[article];
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < cell->n_sentences; i++)
    {
      g_autofree char *sentence = plx_sentence_dup_text (&sentences[cell->sentences[i]],
                                                         plx_article_get_text (source));

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentence);
    }
  return g_string_free (text, FALSE);
}

void
plx_coverage_view_clear_texts (PlxCoverageView *self)
{
  g_clear_pointer (&self->unit_words, g_ptr_array_unref);
  g_clear_pointer (&self->cell_texts, g_ptr_array_unref);
}

/* The slots of @cache for @n texts, all empty when new or of another size
 * (a collation set before it was done has no units yet). */
static GPtrArray *
ensure_slots (GPtrArray **cache,
              guint       n)
{
  if (*cache != NULL && (*cache)->len != n)
    g_clear_pointer (cache, g_ptr_array_unref);
  if (*cache == NULL)
    {
      *cache = g_ptr_array_new_full (n, g_free);
      g_ptr_array_set_size (*cache, n);
    }
  return *cache;
}

/* The words of @unit's central version on one line, as its row shows
 * them. */
const char *
plx_coverage_view_get_unit_words (PlxCoverageView *self,
                                  guint            unit)
{
  GPtrArray *words = ensure_slots (&self->unit_words, plx_coverage_view_n_units (self));

  if (g_ptr_array_index (words, unit) == NULL)
    {
      const PlxUnit *u = plx_collation_get_unit (self->collation, unit);

      g_ptr_array_index (words, unit) = g_strdelimit (dup_sentences (self, u, u->central),
                                                      "\n\t", ' ');
    }
  return g_ptr_array_index (words, unit);
}

static char *
make_cell_text (PlxCoverageView *self,
                guint            unit,
                guint            article)
{
  const PlxUnit *u = plx_collation_get_unit (self->collation, unit);
  g_autofree char *outlet = NULL;
  g_autofree char *words = NULL;

  outlet = plx_coverage_dup_outlet_name (plx_collation_get_article (self->collation, article));
  if (u->cells[article].told == PLX_TOLD_ABSENT)
    /* Translators: a cell of the coverage table: the unit's number, the
     * outlet, "not told". */
    return g_strdup_printf (_("Unit %u, %s: %s"), unit + 1, outlet, told_label (&u->cells[article]));

  words = dup_sentences (self, u, article);
  if (g_utf8_strlen (words, -1) > 400)
    {
      char *cut = g_utf8_substring (words, 0, 400);

      g_free (words);
      words = g_strconcat (cut, "…", NULL);
      g_free (cut);
    }
  /* Translators: a cell of the coverage table: the unit's number, the
   * outlet, how it tells the unit (and ", moved" when out of order), then
   * its words on the next line. */
  return g_strdup_printf (_("Unit %u, %s: %s%s\n%s"), unit + 1, outlet,
                          told_label (&u->cells[article]),
                          u->cells[article].moved ? _(", told elsewhere in the article") : "",
                          words);
}

/* The text of a cell, kept; %NULL outside the table. */
const char *
plx_coverage_view_get_cell_text (PlxCoverageView *self,
                                 guint            unit,
                                 guint            article)
{
  guint n_articles = plx_coverage_view_n_articles (self);
  guint n_units = plx_coverage_view_n_units (self);
  GPtrArray *texts;
  gsize i;

  if (unit >= n_units || article >= n_articles)
    return NULL;
  texts = ensure_slots (&self->cell_texts, n_units * n_articles);
  i = (gsize) unit * n_articles + article;
  if (g_ptr_array_index (texts, i) == NULL)
    g_ptr_array_index (texts, i) = make_cell_text (self, unit, article);
  return g_ptr_array_index (texts, i);
}

/**
 * plx_coverage_view_dup_cell_text:
 *
 * What the cell says to a person: the outlet, how it tells the unit and
 * in which words (its tooltip and, at the cursor, the accessible label).
 *
 * Returns: (transfer full) (nullable): the text, %NULL outside the table
 */
char *
plx_coverage_view_dup_cell_text (PlxCoverageView *self,
                                 guint            unit,
                                 guint            article)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), NULL);

  return g_strdup (plx_coverage_view_get_cell_text (self, unit, article));
}
