/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The JSON report: Parallax's public interface (DESIGN.md, "The report
 * format"). Fields may be added; none may change meaning. Output is
 * deterministic: the same comparison always serialises to the same bytes. */

#include "config.h"

#include <math.h>

#include "plx-json-writer.h"
#include "plx-claims.h"
#include "plx-report-json.h"
#include "plx-report-json-private.h"
#include "plx-report-key-differences.h"
#include "plx-report-notes.h"

void
plx_report_json_add_header (PlxJsonWriter *w,
                            const char    *format)
{
  g_autofree char *generator = g_strdup_printf ("parallax %s", PACKAGE_VERSION);

  plx_json_writer_member (w, "format");
  plx_json_writer_string (w, format);
  plx_json_writer_member (w, "version");
  plx_json_writer_int (w, 1);
  plx_json_writer_member (w, "generator");
  plx_json_writer_string (w, generator);
}

static void
add_sentences (PlxJsonWriter *w,
               PlxArticle  *article)
{
  const char *text = plx_article_get_text (article);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);

  plx_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence_text = plx_sentence_dup_text (&sentences[i], text);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "index");
      plx_json_writer_int (w, i);
      plx_json_writer_member (w, "start");
      plx_json_writer_int (w, sentences[i].start);
      plx_json_writer_member (w, "end");
      plx_json_writer_int (w, sentences[i].end);
      plx_json_writer_member (w, "kind");
      plx_json_writer_string (w, plx_sentence_kind_to_string (sentences[i].kind));
      plx_json_writer_member (w, "text");
      plx_json_writer_string (w, sentence_text);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

/* The members every report's article object starts with: id, title,
 * source, retrieval time, language, length and sentences. */
void
plx_report_json_add_article_head (PlxJsonWriter *w,
                                  PlxArticle    *article,
                                  const char    *id,
                                  const char    *language)
{
  plx_json_writer_member (w, "id");
  plx_json_writer_string (w, id);
  plx_json_writer_member (w, "title");
  plx_json_writer_string (w, plx_article_get_title (article));
  plx_json_writer_member (w, "source");
  plx_json_writer_string (w, plx_article_get_source (article));
  if (plx_article_get_retrieved (article) != NULL)
    {
      plx_json_writer_member (w, "retrieved");
      plx_json_writer_string (w, plx_article_get_retrieved (article));
    }
  plx_json_writer_member (w, "language");
  plx_json_writer_string (w, language);
  plx_json_writer_member (w, "chars");
  plx_json_writer_int (w, plx_article_get_n_chars (article));
  plx_json_writer_member (w, "sentences");
  add_sentences (w, article);
}

/* The article's marked words (loaded words, in every sentence), in text
 * order, as "marks": [{"start", "end", "tags"}]. */
static void
add_marks (PlxJsonWriter *w,
           const PlxMark *marks,
           guint          n_marks)
{
  plx_json_writer_member (w, "marks");
  plx_json_writer_begin_array (w);
  for (guint i = 0; i < n_marks; i++)
    {
      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "start");
      plx_json_writer_int (w, marks[i].start);
      plx_json_writer_member (w, "end");
      plx_json_writer_int (w, marks[i].end);
      plx_json_writer_member (w, "tags");
      plx_json_writer_begin_array (w);
      for (guint t = 0; t < PLX_N_TAGS; t++)
        if (marks[i].tags & plx_tag_from_index (t))
          plx_json_writer_string (w, plx_tag_to_string (plx_tag_from_index (t)));
      plx_json_writer_end_array (w);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_optional_string (PlxJsonWriter *w,
                     const char    *member,
                     const char    *value)
{
  plx_json_writer_member (w, member);
  if (value != NULL)
    plx_json_writer_string (w, value);
  else
    plx_json_writer_null (w);
}

/* What the article's page says about it (docs/report-format.md). */
static void
add_metadata (PlxJsonWriter     *w,
              const PlxMetadata *metadata)
{
  plx_json_writer_begin_object (w);
  add_optional_string (w, "headline", metadata->headline);
  add_optional_string (w, "site_name", metadata->site_name);
  plx_json_writer_member (w, "authors");
  plx_json_writer_begin_array (w);
  for (guint i = 0; metadata->authors != NULL && metadata->authors[i] != NULL; i++)
    plx_json_writer_string (w, metadata->authors[i]);
  plx_json_writer_end_array (w);
  add_optional_string (w, "published", metadata->published);
  add_optional_string (w, "modified", metadata->modified);
  add_optional_string (w, "url", metadata->url);
  add_optional_string (w, "language", metadata->language);
  plx_json_writer_end_object (w);
}

/* An article; @comparison, when done, adds its marks. */
static void
add_article (PlxJsonWriter *w,
             PlxArticle    *article,
             const char    *id,
             const char    *language,
             PlxComparison *comparison,
             PlxSide        side)
{
  plx_json_writer_begin_object (w);
  plx_report_json_add_article_head (w, article, id, language);
  plx_json_writer_member (w, "text");
  plx_json_writer_string (w, plx_article_get_text (article));
  plx_json_writer_member (w, "metadata");
  add_metadata (w, plx_article_get_metadata (article));
  if (plx_comparison_is_done (comparison))
    {
      guint n_marks;
      const PlxMark *marks = plx_comparison_get_marks (comparison, side, &n_marks);

      add_marks (w, marks, n_marks);
    }
  plx_json_writer_end_object (w);
}

/* The text of tokens [first, end) as it stands in the article, with line
 * breaks folded to spaces. */
char *
plx_report_span_text (const char     *text,
                      const PlxToken *tokens,
                      guint           first,
                      guint           end)
{
  PlxSentence span = { 0 };

  if (first >= end)
    return g_strdup ("");

  span.byte_start = tokens[first].byte_start;
  span.byte_end = tokens[end - 1].byte_end;

  return plx_sentence_dup_text (&span, text);
}

static void
add_diff (PlxJsonWriter *w,
          PlxComparison *comparison,
          guint          index)
{
  const PlxLink *link = plx_comparison_get_link (comparison, index);
  GArray *edits = plx_comparison_get_link_diff (comparison, index);
  const char *text_a = plx_article_get_text (plx_comparison_get_article (comparison, PLX_SIDE_A));
  const char *text_b = plx_article_get_text (plx_comparison_get_article (comparison, PLX_SIDE_B));
  const PlxToken *ta = plx_comparison_get_tokens (comparison, PLX_SIDE_A, link->a_start,
                                                  link->a_end, NULL);
  const PlxToken *tb = plx_comparison_get_tokens (comparison, PLX_SIDE_B, link->b_start,
                                                  link->b_end, NULL);

  plx_json_writer_begin_array (w);
  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      g_autofree char *a = plx_report_span_text (text_a, ta, edit->a_start, edit->a_end);
      g_autofree char *b = plx_report_span_text (text_b, tb, edit->b_start, edit->b_end);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "op");
      plx_json_writer_string (w, plx_diff_op_to_string (edit->op));
      plx_json_writer_member (w, "a");
      plx_json_writer_string (w, a);
      plx_json_writer_member (w, "b");
      plx_json_writer_string (w, b);
      plx_report_json_add_tags (w, edit->tags);
      if (edit->light)
        {
          plx_json_writer_member (w, "light");
          plx_json_writer_boolean (w, TRUE);
        }
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

/* "tags": the names of @tags. */
void
plx_report_json_add_tags (PlxJsonWriter *w,
                          guint          tags)
{
  plx_json_writer_member (w, "tags");
  plx_json_writer_begin_array (w);
  for (guint t = 0; t < PLX_N_TAGS; t++)
    if (tags & plx_tag_from_index (t))
      plx_json_writer_string (w, plx_tag_to_string (plx_tag_from_index (t)));
  plx_json_writer_end_array (w);
}

static void
add_range (PlxJsonWriter *w,
           guint        start,
           guint        end)
{
  plx_json_writer_begin_array (w);
  for (guint i = start; i < end; i++)
    plx_json_writer_int (w, i);
  plx_json_writer_end_array (w);
}

static void
add_links (PlxJsonWriter *w,
           PlxComparison *comparison)
{
  plx_json_writer_begin_array (w);
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "a");
      add_range (w, link->a_start, link->a_end);
      plx_json_writer_member (w, "b");
      add_range (w, link->b_start, link->b_end);
      plx_json_writer_member (w, "score");
      plx_json_writer_double (w, (link->score));
      plx_json_writer_member (w, "kind");
      plx_json_writer_string (w, plx_link_kind_to_string (link->kind));
      plx_json_writer_member (w, "moved");
      plx_json_writer_boolean (w, link->moved);
      if (link->manual)
        {
          plx_json_writer_member (w, "manual");
          plx_json_writer_boolean (w, TRUE);
        }
      plx_json_writer_member (w, "diff");
      add_diff (w, comparison, k);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

static void
add_index_array (PlxJsonWriter *w,
                 GArray      *indices)
{
  plx_json_writer_begin_array (w);
  for (guint i = 0; i < indices->len; i++)
    plx_json_writer_int (w, g_array_index (indices, guint, i));
  plx_json_writer_end_array (w);
}

static void
add_summary (PlxJsonWriter *w,
             PlxComparison *comparison,
             GArray        *unmatched_a,
             GArray        *unmatched_b)
{
  guint counts[3] = { 0, 0, 0 };
  guint moved = 0;
  guint n_a = plx_article_get_n_sentences (plx_comparison_get_article (comparison, PLX_SIDE_A));
  guint n_b = plx_article_get_n_sentences (plx_comparison_get_article (comparison, PLX_SIDE_B));

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      counts[link->kind]++;
      moved += link->moved;
    }

  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "similarity");
  plx_json_writer_double (w, (plx_comparison_get_similarity (comparison)));
  plx_json_writer_member (w, "shared_sentences");
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "a");
  plx_json_writer_int (w, n_a - unmatched_a->len);
  plx_json_writer_member (w, "b");
  plx_json_writer_int (w, n_b - unmatched_b->len);
  plx_json_writer_end_object (w);
  plx_json_writer_member (w, "sentences");
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "a");
  plx_json_writer_int (w, n_a);
  plx_json_writer_member (w, "b");
  plx_json_writer_int (w, n_b);
  plx_json_writer_end_object (w);
  plx_json_writer_member (w, "links");
  plx_json_writer_int (w, plx_comparison_get_n_links (comparison));
  plx_json_writer_member (w, "identical");
  plx_json_writer_int (w, counts[PLX_LINK_IDENTICAL]);
  plx_json_writer_member (w, "paraphrase");
  plx_json_writer_int (w, counts[PLX_LINK_PARAPHRASE]);
  plx_json_writer_member (w, "partial");
  plx_json_writer_int (w, counts[PLX_LINK_PARTIAL]);
  plx_json_writer_member (w, "moved");
  plx_json_writer_int (w, moved);
  plx_json_writer_member (w, "unmatched_a");
  plx_json_writer_int (w, unmatched_a->len);
  plx_json_writer_member (w, "unmatched_b");
  plx_json_writer_int (w, unmatched_b->len);
  plx_json_writer_end_object (w);
}

static void
add_span (PlxJsonWriter *w,
          const char    *name,
          PlxSpan        span)
{
  plx_json_writer_member (w, name);
  plx_json_writer_begin_array (w);
  plx_json_writer_int (w, span.start);
  plx_json_writer_int (w, span.end);
  plx_json_writer_end_array (w);
}

/* The members a claim's object starts with in every report: sentence,
 * speaker, verb, quotation and text. */
void
plx_report_json_add_claim_head (PlxJsonWriter  *w,
                                const PlxClaim *claim)
{
  plx_json_writer_member (w, "sentence");
  plx_json_writer_int (w, claim->sentence);
  plx_json_writer_member (w, "speaker");
  plx_json_writer_string (w, claim->speaker_name);
  plx_json_writer_member (w, "verb");
  plx_json_writer_string (w, claim->verb);
  if (claim->quote != NULL)
    {
      plx_json_writer_member (w, "quote");
      plx_json_writer_string (w, claim->quote);
    }
  plx_json_writer_member (w, "text");
  plx_json_writer_string (w, claim->text);
}

/* One claim, as in DESIGN.md; status and counterpart only in comparisons
 * (when @match is given). */
static void
add_claim (PlxJsonWriter       *w,
           const PlxClaim      *claim,
           const PlxClaimMatch *match,
           const char          *article)
{
  plx_json_writer_begin_object (w);
  plx_json_writer_member (w, "article");
  plx_json_writer_string (w, article);
  plx_report_json_add_claim_head (w, claim);
  add_span (w, "cue_span", claim->cue);
  add_span (w, "speaker_span", claim->speaker);
  add_span (w, "content_span", claim->content);
  if (claim->edited)
    {
      plx_json_writer_member (w, "edited_by_user");
      plx_json_writer_boolean (w, TRUE);
    }
  if (match != NULL)
    {
      plx_json_writer_member (w, "status");
      plx_json_writer_string (w, plx_claim_status_to_string (match->status));
      if (match->change != NULL)
        {
          plx_json_writer_member (w, "change");
          plx_json_writer_string (w, match->change);
        }
      plx_json_writer_member (w, "counterpart");
      if (match->counterpart >= 0)
        {
          plx_json_writer_begin_object (w);
          plx_json_writer_member (w, "article");
          plx_json_writer_string (w, g_str_equal (article, "A") ? "B" : "A");
          plx_json_writer_member (w, "sentence");
          plx_json_writer_int (w, match->counterpart_sentence);
          plx_json_writer_end_object (w);
        }
      else
        plx_json_writer_null (w);
    }
  plx_json_writer_end_object (w);
}

/* The parties that have claims, each with its claims in A and then in B,
 * and how they fare in the other article when @comparison is given.
 * Claims are grouped by party first: an article may have many parties. */
static void
add_parties (PlxJsonWriter *w,
             PlxParties    *parties,
             GArray        *claims_a,
             GArray        *claims_b,
             PlxComparison *comparison)
{
  GArray *claims[2] = { claims_a, claims_b };
  const char *ids[2] = { "A", "B" };
  g_autoptr(GHashTable) by_party = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);

  for (guint side = 0; side < 2; side++)
    for (guint i = 0; claims[side] != NULL && i < claims[side]->len; i++)
      {
        PlxClaim *claim = &g_array_index (claims[side], PlxClaim, i);
        GPtrArray *list;

        if (claim->party == NULL)
          continue;
        list = g_hash_table_lookup (by_party, claim->party);
        if (list == NULL)
          {
            list = g_ptr_array_new ();
            g_hash_table_insert (by_party, claim->party, list);
          }
        /* The side travels in the low bit of a tagged index. */
        g_ptr_array_add (list, GUINT_TO_POINTER (i * 2 + side));
      }

  plx_json_writer_begin_array (w);
  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      const PlxParty *party = plx_parties_get (parties, p);
      GPtrArray *list = g_hash_table_lookup (by_party, party->id);

      if (list == NULL)
        continue;

      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "id");
      plx_json_writer_string (w, party->id);
      plx_json_writer_member (w, "name");
      plx_json_writer_string (w, party->name);
      plx_json_writer_member (w, "aliases");
      plx_json_writer_begin_array (w);
      for (guint a = 0; a < party->aliases->len; a++)
        plx_json_writer_string (w, g_ptr_array_index (party->aliases, a));
      plx_json_writer_end_array (w);
      plx_json_writer_member (w, "claims");
      plx_json_writer_begin_array (w);
      for (guint k = 0; k < list->len; k++)
        {
          guint tagged = GPOINTER_TO_UINT (g_ptr_array_index (list, k));
          guint side = tagged % 2;
          const PlxClaimMatch *match = NULL;

          if (comparison != NULL)
            match = plx_comparison_get_claim_match (comparison, side, tagged / 2);
          add_claim (w, &g_array_index (claims[side], PlxClaim, tagged / 2), match, ids[side]);
        }
      plx_json_writer_end_array (w);
      plx_json_writer_end_object (w);
    }
  plx_json_writer_end_array (w);
}

char *
plx_report_json_comparison (PlxComparison *comparison)
{
  PlxJsonWriter *w;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  w = plx_json_writer_new ();
  plx_json_writer_begin_object (w);
  plx_report_json_add_header (w, "parallax-comparison");
  plx_json_writer_member (w, "articles");
  plx_json_writer_begin_array (w);
  add_article (w, plx_comparison_get_article (comparison, PLX_SIDE_A), "A",
               plx_comparison_get_language (comparison), comparison, PLX_SIDE_A);
  add_article (w, plx_comparison_get_article (comparison, PLX_SIDE_B), "B",
               plx_comparison_get_language (comparison), comparison, PLX_SIDE_B);
  plx_json_writer_end_array (w);

  if (plx_comparison_is_done (comparison))
    {
      g_autoptr(GArray) unmatched_a = plx_comparison_dup_unmatched (comparison, PLX_SIDE_A);
      g_autoptr(GArray) unmatched_b = plx_comparison_dup_unmatched (comparison, PLX_SIDE_B);

      plx_json_writer_member (w, "key_differences");
      plx_report_key_differences_json (w, comparison);
      plx_json_writer_member (w, "links");
      add_links (w, comparison);
      plx_json_writer_member (w, "unmatched");
      plx_json_writer_begin_object (w);
      plx_json_writer_member (w, "a");
      add_index_array (w, unmatched_a);
      plx_json_writer_member (w, "b");
      add_index_array (w, unmatched_b);
      plx_json_writer_end_object (w);
      plx_json_writer_member (w, "parties");
      add_parties (w, plx_comparison_get_parties (comparison),
                   plx_comparison_get_claims (comparison, PLX_SIDE_A),
                   plx_comparison_get_claims (comparison, PLX_SIDE_B), comparison);
      plx_json_writer_member (w, "summary");
      add_summary (w, comparison, unmatched_a, unmatched_b);
      plx_report_notes_json (w, comparison);
    }

  plx_json_writer_end_object (w);

  return plx_json_writer_free_to_string (w);
}

char *
plx_report_json_analysis (PlxArticle *article,
                          const char *language,
                          GArray     *claims,
                          PlxParties *parties)
{
  PlxJsonWriter *w;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  w = plx_json_writer_new ();
  plx_json_writer_begin_object (w);
  plx_report_json_add_header (w, "parallax-comparison");
  plx_json_writer_member (w, "articles");
  plx_json_writer_begin_array (w);
  add_article (w, article, "A", language, NULL, PLX_SIDE_A);
  plx_json_writer_end_array (w);

  if (claims != NULL && parties != NULL)
    {
      plx_json_writer_member (w, "parties");
      add_parties (w, parties, claims, NULL, NULL);
    }
  plx_json_writer_end_object (w);

  return plx_json_writer_free_to_string (w);
}
