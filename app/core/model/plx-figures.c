/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The figures a reader sees, worded and formatted once for the window and
 * every report: percentages as the reader's language writes them, how many
 * sentences have a counterpart, and whether two articles look unrelated.
 *
 * Unrelated articles: on the BASIL development triplets (40 stories, three
 * outlets each) the 120 pairs that tell one story have a similarity of
 * 4.4 % at the least (median 13.5 %), and the 40 control pairs that put
 * two different stories side by side 2.1 % at the most (median 0 %; their
 * linked share of sentences 0 to 9 %, against 9 to 67 % for real pairs).
 * PLX_UNRELATED_SIMILARITY, 3 %, lies between the two groups. The figures
 * come from eval/basil_score.py, which writes both kinds of pair. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "plx-figures.h"

/**
 * plx_format_percent:
 * @share: a share from 0 to 1
 *
 * Returns: (transfer full): @share as a whole percentage the way the
 *   user's language writes it ("47%", "47 %")
 */
char *
plx_format_percent (double share)
{
  int percent = isfinite (share) ? (int) lround (100 * CLAMP (share, 0, 1)) : 0;

  /* Translators: a percentage, as in "47%"; put the sign and the space
   * (a no-break space, U+00A0 or U+202F) where your language writes
   * them, as in "47 %" or "%47". */
  return g_strdup_printf (_("%d%%"), percent);
}

/**
 * plx_comparison_count_linked:
 *
 * Returns: how many sentences of @side have a counterpart in the other
 *   article
 */
guint
plx_comparison_count_linked (PlxComparison *comparison,
                             PlxSide        side)
{
  g_autoptr(GArray) unmatched = NULL;
  guint n;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), 0);

  n = plx_article_get_n_sentences (plx_comparison_get_article (comparison, side));
  if (!plx_comparison_is_done (comparison))
    return 0;
  unmatched = plx_comparison_dup_unmatched (comparison, side);

  return n - MIN (n, unmatched->len);
}

/**
 * plx_comparison_looks_unrelated:
 *
 * Returns: whether the two articles seem to tell different stories: their
 *   similarity is below PLX_UNRELATED_SIMILARITY
 */
gboolean
plx_comparison_looks_unrelated (PlxComparison *comparison)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), FALSE);

  return plx_comparison_is_done (comparison) &&
         plx_comparison_get_similarity (comparison) < PLX_UNRELATED_SIMILARITY;
}

/**
 * plx_comparison_dup_similarity_text:
 *
 * Returns: (transfer full): the similarity with what it counts, and a
 *   warning when the articles look unrelated
 */
char *
plx_comparison_dup_similarity_text (PlxComparison *comparison)
{
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  percent = plx_format_percent (plx_comparison_get_similarity (comparison));
  /* Translators: %s is a percentage: "31% of both articles’ text…". */
  text = g_strdup_printf (_("%s of both articles’ text is in linked sentences, weighted by "
                            "how alike they are."),
                          percent);
  if (!plx_comparison_looks_unrelated (comparison))
    return g_steal_pointer (&text);

  /* Translators: %s is the sentence above, "31% of both articles’ text…". */
  return g_strdup_printf (_("%s The articles seem to tell different stories."), text);
}

/* A part of a file name: at most @max_chars of @text, lower case, words
 * joined by "-", cut after a whole word. */
static char *
slug (const char *text,
      guint       max_chars)
{
  GString *out = g_string_new (NULL);
  glong last_word_end = 0;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (n == max_chars)
            break;
          g_string_append_unichar (out, g_unichar_tolower (c));
          n++;
        }
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        {
          last_word_end = out->len;
          if (n == max_chars)
            break;
          g_string_append_c (out, '-');
          n++;
        }
    }
  /* Cut mid-word: back to the end of the last whole word, if any. */
  if (n == max_chars && last_word_end > 0)
    g_string_truncate (out, last_word_end);
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* What names an article in a file name: the site of a web address
 * ("reuters" for https://www.reuters.com/world/…), else the file's name
 * without its extension ("ap-2025-03-04" for ap-2025-03-04.html). */
static char *
outlet_name (PlxArticle *article)
{
  const char *source = plx_article_get_source (article);
  g_autofree char *scheme = g_uri_parse_scheme (source);
  g_autofree char *base = NULL;
  char *dot;

  if (scheme != NULL && (g_str_equal (scheme, "http") || g_str_equal (scheme, "https")))
    {
      g_autoptr(GUri) uri = g_uri_parse (source, G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;
      g_auto(GStrv) labels = host != NULL ? g_strsplit (host, ".", -1) : NULL;
      guint n = labels != NULL ? g_strv_length (labels) : 0;

      /* The label before the top-level domain, or before "co.uk". */
      if (n >= 3 && strlen (labels[n - 2]) <= 3 && strlen (labels[n - 1]) == 2)
        return g_strdup (labels[n - 3]);
      if (n >= 2)
        return g_strdup (labels[n - 2]);
      return g_strdup (host != NULL ? host : "");
    }

  base = g_path_get_basename (source);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

/**
 * plx_dup_report_name:
 * @a: article A
 * @b: article B
 *
 * The name a report of the two articles is offered under, without an
 * extension: both outlets or file names ("reuters-vs-ap"), or both titles
 * when those say nothing apart (two "index.html", pasted text), each cut
 * after a whole word.
 *
 * Returns: (transfer full): a file name stem, never empty
 */
char *
plx_dup_report_name (PlxArticle *a,
                     PlxArticle *b)
{
  g_autofree char *outlet_a = NULL;
  g_autofree char *outlet_b = NULL;
  g_autofree char *slug_a = NULL;
  g_autofree char *slug_b = NULL;

  g_return_val_if_fail (PLX_IS_ARTICLE (a) && PLX_IS_ARTICLE (b), NULL);

  outlet_a = outlet_name (a);
  outlet_b = outlet_name (b);
  slug_a = slug (outlet_a, 32);
  slug_b = slug (outlet_b, 32);
  if (slug_a[0] == '\0' || slug_b[0] == '\0' || g_str_equal (slug_a, slug_b))
    {
      g_free (slug_a);
      g_free (slug_b);
      slug_a = slug (plx_article_get_title (a), 32);
      slug_b = slug (plx_article_get_title (b), 32);
    }
  if (slug_a[0] == '\0' && slug_b[0] == '\0')
    return g_strdup ("comparison");

  return g_strdup_printf ("%s-vs-%s", slug_a[0] != '\0' ? slug_a : "a",
                          slug_b[0] != '\0' ? slug_b : "b");
}
