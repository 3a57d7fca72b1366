/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The whole pipeline on the founding pair: what a reader of the seed
 * articles expects Parallax to find. */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <unistd.h>
#include <string.h>

#include "plx-comparison.h"
#include "plx-error.h"
#include "plx-figures.h"
#include "plx-lexicon.h"
#include "plx-report-json.h"
#include "plx-report-text.h"

typedef struct
{
  PlxArticle    *a;
  PlxArticle    *b;
  PlxComparison *comparison;
} Fixture;

static char *
seed_path (const char *name)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "sample", name, NULL);
}

static PlxArticle *
load (const char *name)
{
  g_autofree char *path = seed_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlxArticle *article = plx_article_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return article;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->a = load ("kremlin-a.txt");
  fixture->b = load ("kremlin-b.txt");
  fixture->comparison = plx_comparison_new (fixture->a, fixture->b);
  g_assert_true (plx_comparison_run (fixture->comparison, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_assert_finalize_object (fixture->comparison);
  g_assert_finalize_object (fixture->a);
  g_assert_finalize_object (fixture->b);
}

/* The index of the sentence of @article that starts with @prefix. */
static guint
find_sentence (PlxArticle *article,
               const char *prefix)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  const char *text = plx_article_get_text (article);

  for (guint i = 0; i < n; i++)
    if (strncmp (text + sentences[i].byte_start, prefix, strlen (prefix)) == 0)
      return i;

  g_error ("no sentence starts with “%s”", prefix);
  return 0;
}

static const PlxLink *
find_link (PlxComparison *comparison,
           guint          a,
           guint          b)
{
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      if (a >= link->a_start && a < link->a_end && b >= link->b_start && b < link->b_end)
        return link;
    }

  return NULL;
}

static guint
link_index (PlxComparison *comparison,
            const PlxLink *link)
{
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    if (plx_comparison_get_link (comparison, k) == link)
      return k;

  g_assert_not_reached ();
}

static void
test_same_fact_other_words (Fixture      *fixture,
                            gconstpointer data)
{
  guint a = find_sentence (fixture->a, "The Kremlin has categorically denied");
  guint b = find_sentence (fixture->b, "Moscow, Russia – The Kremlin has officially denied");
  const PlxLink *link = find_link (fixture->comparison, a, b);
  GArray *diff;
  const PlxToken *ta;
  PlxVocabulary *vocabulary = plx_comparison_get_vocabulary (fixture->comparison);
  gboolean found = FALSE;

  g_assert_nonnull (link);
  diff = plx_comparison_get_link_diff (fixture->comparison,
                                       link_index (fixture->comparison, link));
  ta = plx_comparison_get_tokens (fixture->comparison, PLX_SIDE_A, link->a_start, link->a_end,
                                  NULL);

  /* "categorically" became "officially", tagged as an intensifier. */
  for (guint k = 0; k < diff->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (diff, PlxDiffEdit, k);

      if (edit->op == PLX_DIFF_REPLACE && edit->a_end - edit->a_start == 1 &&
          g_str_equal (plx_vocabulary_lookup (vocabulary, ta[edit->a_start].norm),
                       "categorically"))
        {
          found = TRUE;
          g_assert_true (edit->tags & PLX_TAG_INTENSIFIER);
        }
    }
  g_assert_true (found);
}

static void
test_one_sentence_told_as_two (Fixture      *fixture,
                               gconstpointer data)
{
  guint a = find_sentence (fixture->a, "In detail, Russian news agencies quoted");
  guint b1 = find_sentence (fixture->b, "This denial came from Yuri Ushakov");
  guint b2 = find_sentence (fixture->b, "He confirmed that this initiative");
  const PlxLink *link = find_link (fixture->comparison, a, b1);

  g_assert_nonnull (link);
  g_assert_true (link == find_link (fixture->comparison, a, b2));
  g_assert_cmpuint (link->b_end - link->b_start, ==, 2);
  g_assert_false (link->moved);
}

static void
test_sentences_in_one_article_only (Fixture      *fixture,
                                    gconstpointer data)
{
  g_autoptr(GArray) only_a = plx_comparison_dup_unmatched (fixture->comparison, PLX_SIDE_A);
  g_autoptr(GArray) only_b = plx_comparison_dup_unmatched (fixture->comparison, PLX_SIDE_B);
  guint istanbul = find_sentence (fixture->a, "This talk of negotiations comes at a time");
  guint escalation = find_sentence (fixture->b, "Accordingly, the Ukrainian side believes");
  gboolean found_a = FALSE;
  gboolean found_b = FALSE;

  for (guint i = 0; i < only_a->len; i++)
    found_a |= g_array_index (only_a, guint, i) == istanbul;
  for (guint i = 0; i < only_b->len; i++)
    found_b |= g_array_index (only_b, guint, i) == escalation;

  g_assert_true (found_a);
  g_assert_true (found_b);
}

static PlxLinkKind
kind_of_pair (const char *a,
              const char *b)
{
  g_autoptr(PlxArticle) article_a = plx_article_new (a, NULL, "a.txt");
  g_autoptr(PlxArticle) article_b = plx_article_new (b, NULL, "b.txt");
  g_autoptr(PlxComparison) comparison = plx_comparison_new (article_a, article_b);

  g_assert_true (plx_comparison_run (comparison, NULL, NULL));
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), ==, 1);

  return plx_comparison_get_link (comparison, 0)->kind;
}

static void
test_link_kinds (void)
{
  g_assert_cmpint (kind_of_pair ("Heavy rain closed three ports on Friday.",
                                 "heavy rain closed three ports on Friday"),
                   ==, PLX_LINK_IDENTICAL);
  g_assert_cmpint (kind_of_pair ("Heavy rain closed three ports on Friday, the coast guard said.",
                                 "Three ports were closed by heavy rain on Friday, the coast "
                                 "guard said."),
                   ==, PLX_LINK_PARAPHRASE);
  g_assert_cmpint (kind_of_pair ("Heavy rain closed three ports on Friday, and two bridges "
                                 "collapsed near the capital, killing four people.",
                                 "Heavy rain closed three ports on Friday."),
                   ==, PLX_LINK_PARTIAL);
}

/* Precision and recall against the hand-made gold alignment of the pair;
 * the gold sentences are the segmenter's, so indices compare directly. */
static void
test_gold_alignment (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "kremlin.gold.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) sure = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) allowed = g_hash_table_new (g_direct_hash, g_direct_equal);
  JsonObject *gold;
  const char *lists[] = { "sure", "possible" };
  guint found = 0;
  guint right = 0;
  guint recalled = 0;
  double precision;
  double recall;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  gold = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (
                      json_object_get_array_member (json_object_get_object_member (gold, "a"),
                                                    "sentences")),
                    ==, plx_article_get_n_sentences (fixture->a));

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *pairs = json_object_get_array_member (gold, lists[l]);

      for (guint i = 0; i < json_array_get_length (pairs); i++)
        {
          JsonArray *pair = json_array_get_array_element (pairs, i);
          guint key = json_array_get_int_element (pair, 0) * 1000 +
                      json_array_get_int_element (pair, 1);

          g_hash_table_add (allowed, GUINT_TO_POINTER (key + 1));
          if (l == 0)
            g_hash_table_add (sure, GUINT_TO_POINTER (key + 1));
        }
    }

  for (guint k = 0; k < plx_comparison_get_n_links (fixture->comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (fixture->comparison, k);

      for (guint a = link->a_start; a < link->a_end; a++)
        for (guint b = link->b_start; b < link->b_end; b++)
          {
            gpointer key = GUINT_TO_POINTER (a * 1000 + b + 1);

            found++;
            right += g_hash_table_contains (allowed, key);
            recalled += g_hash_table_contains (sure, key);
          }
    }

  precision = (double) right / MAX (found, 1);
  recall = (double) recalled / g_hash_table_size (sure);
  g_test_message ("seed pair: precision %.3f, recall %.3f", precision, recall);
  g_assert_cmpfloat (precision, >=, 0.95);
  g_assert_cmpfloat (recall, >=, 0.85);
}

static const PlxClaim *
find_claim (PlxComparison *comparison,
            PlxSide        side,
            const char    *verb,
            const char    *text)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);

      if (g_str_equal (claim->verb, verb) && (text == NULL || strstr (claim->text, text) != NULL))
        return claim;
    }

  g_error ("no claim “%s … %s” in article %c", verb, text ? text : "", side == PLX_SIDE_A ? 'A' : 'B');
  return NULL;
}

/* How @claim of @side fares in the other article. */
static const PlxClaimMatch *
match_of (PlxComparison  *comparison,
          PlxSide         side,
          const PlxClaim *claim)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);

  return plx_comparison_get_claim_match (comparison, side, claim - (const PlxClaim *) claims->data);
}

static const PlxClaim *
counterpart (PlxComparison  *comparison,
             PlxSide         side,
             const PlxClaim *claim)
{
  const PlxClaimMatch *match = match_of (comparison, side, claim);

  g_assert_cmpint (match->counterpart, >=, 0);

  return &g_array_index (plx_comparison_get_claims (comparison, side == PLX_SIDE_A ? PLX_SIDE_B
                                                                                   : PLX_SIDE_A),
                         PlxClaim, match->counterpart);
}

/* The findings DESIGN.md names for the seed pair, claim by claim. */
static void
test_seed_claims (Fixture      *fixture,
                  gconstpointer data)
{
  PlxComparison *c = fixture->comparison;
  const PlxClaim *denial = find_claim (c, PLX_SIDE_A, "denied", "any preparations");
  const PlxClaim *ushakov = find_claim (c, PLX_SIDE_A, "quoted as saying", NULL);
  const PlxClaim *quote = find_claim (c, PLX_SIDE_A, "telling", NULL);
  const PlxClaim *rapid = find_claim (c, PLX_SIDE_B, "described", "rapid pace");
  const PlxClaim *clings = find_claim (c, PLX_SIDE_A, "clings", NULL);
  const PlxClaim *escalation = find_claim (c, PLX_SIDE_B, "believes", "military escalation");
  const PlxClaim *reiterated = find_claim (c, PLX_SIDE_A, "reiterated", "signals");
  const PlxClaim *citing = find_claim (c, PLX_SIDE_A, "citing", "attacks");
  const PlxClaim *signals = find_claim (c, PLX_SIDE_B, "indicated", "signals");
  const PlxClaim *adding = find_claim (c, PLX_SIDE_A, "adding", "genuinely");

  /* Russia's denial: shared but reframed. */
  g_assert_cmpstr (denial->party, ==, "russia");
  g_assert_cmpint (match_of (c, PLX_SIDE_A, denial)->status, ==, PLX_CLAIM_REFRAMED);
  g_assert_nonnull (strstr (match_of (c, PLX_SIDE_A, denial)->change, "categorically"));
  g_assert_nonnull (strstr (match_of (c, PLX_SIDE_A, denial)->change, "officially"));
  g_assert_cmpstr (counterpart (c, PLX_SIDE_A, denial)->party, ==, "russia");

  /* Ushakov hedges in A ("as far as I know"), quoted by news agencies;
   * B keeps "is not being prepared" of his words and drops the hedge, and
   * has him confirm it himself. The rest of his words B tells in its own,
   * so only the hedge is named, once, and no negation is said to differ
   * ("No one" and "not" in A, "not" twice in B). */
  g_assert_nonnull (strstr (ushakov->speaker_name, "Ushakov"));
  g_assert_cmpstr (ushakov->party, ==, "russia");
  g_assert_cmpstr (plx_claim_status_to_string (match_of (c, PLX_SIDE_A, ushakov)->status), ==,
                   "quote-trimmed");
  g_assert_nonnull (strstr (match_of (c, PLX_SIDE_A, ushakov)->change,
                            "dropped in B: “as far as I know”"));
  g_assert_null (strstr (match_of (c, PLX_SIDE_A, ushakov)->change, "No one"));
  g_assert_null (strstr (match_of (c, PLX_SIDE_A, ushakov)->change, "hedge"));
  g_assert_null (strstr (match_of (c, PLX_SIDE_A, ushakov)->change, "negation"));
  g_assert_nonnull (strstr (match_of (c, PLX_SIDE_A, ushakov)->change,
                            "second-hand in A (“quoted”), direct in B"));
  g_assert_cmpstr (counterpart (c, PLX_SIDE_A, ushakov)->verb, ==, "confirmed");

  /* Zelensky's "not confident ..." quote in other words. */
  g_assert_nonnull (strstr (quote->speaker_name, "Zelensky"));
  g_assert_cmpstr (quote->party, ==, "ukraine");
  g_assert_cmpint (match_of (c, PLX_SIDE_A, quote)->status, ==, PLX_CLAIM_QUOTE_CHANGED);
  g_assert_nonnull (strstr (quote->quote, "not confident this will lead to anything new"));
  g_assert_nonnull (strstr (counterpart (c, PLX_SIDE_A, quote)->quote,
                            "not confident that this course of action"));

  /* "constructive ... rapid pace": Zelensky's paraphrase in A, a quote
   * from the negotiators in B. */
  g_assert_nonnull (rapid->quote);
  g_assert_nonnull (strstr (rapid->speaker_name, "negotiators"));
  g_assert_cmpint (match_of (c, PLX_SIDE_B, rapid)->status, ==, PLX_CLAIM_ATTRIBUTION_CHANGED);
  g_assert_nonnull (strstr (counterpart (c, PLX_SIDE_B, rapid)->text, "constructive talks"));

  /* Zelensky's "remain entirely negative": his "reiterated" claim of A is
   * the counterpart, not the "citing ..." that B's content runs on into
   * after its semicolon; the intensifier is named as written, alone. */
  g_assert_cmpint (match_of (c, PLX_SIDE_B, signals)->counterpart, ==,
                   reiterated - (const PlxClaim *) plx_comparison_get_claims (c, PLX_SIDE_A)->data);
  g_assert_cmpint (match_of (c, PLX_SIDE_A, citing)->status, ==, PLX_CLAIM_ONLY_A);
  g_assert_cmpint (match_of (c, PLX_SIDE_A, reiterated)->status, ==, PLX_CLAIM_REFRAMED);
  g_assert_nonnull (strstr (match_of (c, PLX_SIDE_A, reiterated)->change,
                            "intensifier only in B: “entirely”"));
  g_assert_null (strstr (match_of (c, PLX_SIDE_A, reiterated)->change, "Intense"));

  /* Zelensky's quoted "whether Russia genuinely feels the need to end the
   * war" is B's paraphrase. */
  g_assert_nonnull (adding->quote);
  g_assert_cmpint (match_of (c, PLX_SIDE_A, adding)->status, ==, PLX_CLAIM_PARAPHRASED);
  g_assert_cmpstr (counterpart (c, PLX_SIDE_A, adding)->verb, ==, "pointed out");

  /* Loaded words and positions in one article only. */
  g_assert_cmpstr (clings->speaker_name, ==, "Moscow");
  g_assert_cmpstr (clings->party, ==, "russia");
  g_assert_cmpint (match_of (c, PLX_SIDE_A, clings)->status, ==, PLX_CLAIM_ONLY_A);
  g_assert_cmpstr (escalation->party, ==, "ukraine");
  g_assert_cmpint (match_of (c, PLX_SIDE_B, escalation)->status, ==, PLX_CLAIM_ONLY_B);
}

static void
count_changed_cb (PlxComparison *comparison,
                  guint         *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A person links two sentences the aligner left apart, then unlinks
 * them; links that shared a sentence give way. */
static void
test_manual_links (Fixture      *fixture,
                   gconstpointer data)
{
  PlxComparison *c = fixture->comparison;
  guint a = find_sentence (fixture->a, "This denial coincided with reports");
  guint b = find_sentence (fixture->b, "This coincides with diplomats flocking");
  guint before = plx_comparison_get_n_links (c);
  guint changed = 0;
  g_autoptr(GError) error = NULL;
  const PlxLink *link;
  int index;

  g_signal_connect (c, "changed", G_CALLBACK (count_changed_cb), &changed);

  index = plx_comparison_add_link (c, a, a + 1, b, b + 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpuint (changed, ==, 1);
  link = plx_comparison_get_link (c, index);
  g_assert_true (link->manual);
  g_assert_cmpuint (link->a_start, ==, a);
  g_assert_cmpuint (link->b_start, ==, b);
  g_assert_cmpfloat (link->score, >, 0.1);
  g_assert_cmpuint (plx_comparison_get_link_diff (c, index)->len, >, 0);
  g_assert_true (find_link (c, a, b) == link);

  /* Links stay in order. */
  for (guint k = 1; k < plx_comparison_get_n_links (c); k++)
    g_assert_cmpuint (plx_comparison_get_link (c, k - 1)->a_start, <=,
                      plx_comparison_get_link (c, k)->a_start);

  g_assert_true (plx_comparison_remove_link (c, index));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_null (find_link (c, a, b));
  g_assert_cmpuint (plx_comparison_get_n_links (c), <=, before);

  g_assert_cmpint (plx_comparison_add_link (c, 3, 2, 0, 1, &error), ==, -1);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT);
  g_signal_handlers_disconnect_by_data (c, &changed);
}

/* Every link as text, to compare the links before and after. */
static char *
describe_links (PlxComparison *c)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < plx_comparison_get_n_links (c); k++)
    {
      const PlxLink *link = plx_comparison_get_link (c, k);

      g_string_append_printf (out, "%u-%u:%u-%u %s %.6f%s%s\n", link->a_start, link->a_end,
                              link->b_start, link->b_end, plx_link_kind_to_string (link->kind),
                              link->score, link->manual ? " manual" : "",
                              link->moved ? " moved" : "");
    }

  return g_string_free (out, FALSE);
}

/* The comparison owns the edits: an undo takes a whole action back at
 * once (a link made and the links it replaced), exactly as they were,
 * with one ::changed; redo makes it again; a group of edits is one action. */
static void
test_undo_redo_links (Fixture      *fixture,
                      gconstpointer data)
{
  PlxComparison *c = fixture->comparison;
  guint a = find_sentence (fixture->a, "This denial coincided with reports");
  guint b = find_sentence (fixture->b, "This coincides with diplomats flocking");
  g_autofree char *before = describe_links (c);
  g_autofree char *after_one = NULL;
  g_autofree char *now = NULL;
  guint changed = 0;
  guint notified = 0;

  g_assert_false (plx_comparison_get_can_undo (c));
  g_assert_false (plx_comparison_undo (c));
  g_signal_connect (c, "changed", G_CALLBACK (count_changed_cb), &changed);
  g_signal_connect (c, "notify::can-undo", G_CALLBACK (count_notify_cb), &notified);

  /* Linking the first sentences of both takes the links they had away. */
  g_assert_cmpint (plx_comparison_add_link (c, 0, 1, 1, 2, NULL), >=, 0);
  after_one = describe_links (c);
  g_assert_cmpstr (after_one, !=, before);
  g_assert_true (plx_comparison_get_can_undo (c));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (plx_comparison_undo (c));
  now = describe_links (c);
  g_assert_cmpstr (now, ==, before);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_false (plx_comparison_get_can_undo (c));
  g_assert_true (plx_comparison_get_can_redo (c));

  g_assert_true (plx_comparison_redo (c));
  g_clear_pointer (&now, g_free);
  now = describe_links (c);
  g_assert_cmpstr (now, ==, after_one);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (plx_comparison_undo (c));

  /* Two links made as one action: one ::changed, one undo. */
  plx_comparison_begin_edit (c);
  g_assert_cmpint (plx_comparison_add_link (c, a, a + 1, b, b + 1, NULL), >=, 0);
  g_assert_cmpint (plx_comparison_add_link (c, 0, 1, 1, 2, NULL), >=, 0);
  g_assert_cmpuint (changed, ==, 4);
  plx_comparison_end_edit (c);
  g_assert_cmpuint (changed, ==, 5);
  g_assert_nonnull (find_link (c, a, b));
  g_assert_true (plx_comparison_undo (c));
  g_assert_cmpuint (changed, ==, 6);
  g_clear_pointer (&now, g_free);
  now = describe_links (c);
  g_assert_cmpstr (now, ==, before);

  /* A new edit clears what could be redone. */
  g_assert_true (plx_comparison_get_can_redo (c));
  g_assert_true (plx_comparison_remove_link (c, 0));
  g_assert_false (plx_comparison_get_can_redo (c));
  plx_comparison_forget_edits (c);
  g_assert_false (plx_comparison_get_can_undo (c));

  g_signal_handlers_disconnect_by_data (c, &changed);
  g_signal_handlers_disconnect_by_data (c, &notified);
}

/* Party edits undo too: a merge gives the claims their party back. */
static void
test_undo_redo_parties (Fixture      *fixture,
                        gconstpointer data)
{
  PlxComparison *c = fixture->comparison;
  PlxParties *parties = plx_comparison_get_parties (c);
  const PlxClaim *observers = find_claim (c, PLX_SIDE_A, "believe", "success of any");
  g_autofree char *party = g_strdup (observers->party);
  g_autofree char *russia = g_strdup (plx_parties_lookup (parties, "russia")->name);

  g_assert_true (plx_comparison_rename_party (c, "russia", "Russian Federation"));
  g_assert_true (plx_comparison_merge_parties (c, party, "ukraine"));
  g_assert_cmpstr (observers->party, ==, "ukraine");

  g_assert_true (plx_comparison_undo (c));
  g_assert_cmpstr (observers->party, ==, party);
  g_assert_nonnull (plx_parties_lookup (parties, party));
  g_assert_cmpstr (plx_parties_lookup (parties, "russia")->name, ==, "Russian Federation");

  g_assert_true (plx_comparison_undo (c));
  g_assert_cmpstr (plx_parties_lookup (parties, "russia")->name, ==, russia);

  g_assert_true (plx_comparison_redo (c));
  g_assert_true (plx_comparison_redo (c));
  g_assert_cmpstr (plx_parties_lookup (parties, "russia")->name, ==, "Russian Federation");
  g_assert_null (plx_parties_lookup (parties, party));
  g_assert_cmpstr (observers->party, ==, "ukraine");
}

/* The settings a run reads are properties, notified on a real change. */
static void
test_properties (void)
{
  g_autoptr(PlxArticle) a = plx_article_new ("One sentence here.\n", NULL, "a");
  g_autoptr(PlxArticle) b = plx_article_new ("Another sentence there.\n", NULL, "b");
  g_autoptr(PlxComparison) c = plx_comparison_new (a, b);
  g_autofree char *language = NULL;
  double sensitivity = 0;
  guint notified = 0;

  g_signal_connect (c, "notify", G_CALLBACK (count_notify_cb), &notified);
  g_object_set (c, "language", "de", "sensitivity", 0.8, NULL);
  g_assert_cmpuint (notified, ==, 2);
  plx_comparison_set_sensitivity (c, 0.8);
  plx_comparison_set_language (c, "de");
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (c, "language", &language, "sensitivity", &sensitivity, NULL);
  g_assert_cmpstr (language, ==, "de");
  g_assert_cmpfloat (sensitivity, ==, 0.8);
}

/* Renaming and merging parties, and saving them as a parties file that a
 * later comparison reads. */
static void
test_party_edits (Fixture      *fixture,
                  gconstpointer data)
{
  PlxComparison *c = fixture->comparison;
  PlxParties *parties = plx_comparison_get_parties (c);
  const PlxClaim *observers = find_claim (c, PLX_SIDE_A, "believe", "success of any");
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  g_assert_true (plx_comparison_rename_party (c, "russia", "Russian Federation"));
  g_assert_cmpstr (plx_parties_lookup (parties, "russia")->name, ==, "Russian Federation");
  g_assert_false (plx_comparison_rename_party (c, "nobody", "X"));

  /* "Observers" are their own party until merged into Ukraine. */
  g_assert_cmpstr (observers->party, !=, "ukraine");
  g_assert_true (plx_comparison_merge_parties (c, observers->party, "ukraine"));
  g_assert_cmpstr (observers->party, ==, "ukraine");
  g_assert_null (plx_parties_lookup (parties, "observers"));

  json = plx_parties_to_json (parties);
  g_assert_nonnull (strstr (json, "Russian Federation"));
  g_assert_nonnull (strstr (json, "Observers"));
  g_assert_null (strstr (json, "\"china\""));

  /* Read back as --parties: the edits hold in a new comparison. */
  fd = g_file_open_tmp ("parallax-parties-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(PlxComparison) again = plx_comparison_new (fixture->a, fixture->b);

    plx_comparison_set_parties_file (again, path);
    g_assert_true (plx_comparison_run (again, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (plx_parties_lookup (plx_comparison_get_parties (again), "russia")->name, ==,
                     "Russian Federation");
    g_assert_cmpstr (find_claim (again, PLX_SIDE_A, "believe", "success of any")->party, ==,
                     "ukraine");
  }
  g_unlink (path);
}

static void
test_deterministic (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(PlxComparison) again = plx_comparison_new (fixture->a, fixture->b);
  g_autofree char *first = plx_report_json_comparison (fixture->comparison);
  g_autofree char *second = NULL;

  g_assert_true (plx_comparison_run (again, NULL, NULL));
  second = plx_report_json_comparison (again);
  g_assert_cmpstr (first, ==, second);
}

static void
test_cancelled (void)
{
  g_autoptr(PlxArticle) a = load ("kremlin-a.txt");
  g_autoptr(PlxArticle) b = load ("kremlin-b.txt");
  g_autoptr(PlxComparison) comparison = plx_comparison_new (a, b);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (plx_comparison_run (comparison, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (plx_comparison_is_done (comparison));
}

static void
test_language_and_lexicon_errors (void)
{
  g_autoptr(PlxArticle) a = plx_article_new ("Der Kanzler sagte am Montag, er sei zuversichtlich.",
                                             NULL, "a.txt");
  g_autoptr(PlxArticle) b = plx_article_new ("Der Kanzler zeigte sich am Montag zuversichtlich.",
                                             NULL, "b.txt");
  g_autoptr(PlxComparison) comparison = plx_comparison_new (a, b);
  g_autoptr(GError) error = NULL;

  /* Detected: German, and the two sentences link. */
  g_assert_true (plx_comparison_run (comparison, NULL, &error));
  g_assert_cmpstr (plx_comparison_get_language (comparison), ==, "de");
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), ==, 1);

  plx_comparison_set_language (comparison, "xx");
  g_assert_false (plx_comparison_run (comparison, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  plx_comparison_set_language (comparison, "en");
  plx_comparison_set_lexicon_file (comparison, "/nonexistent/lexicon.json");
  g_assert_false (plx_comparison_run (comparison, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
}

static void
test_identical_and_moved (void)
{
  const char *text_a = "Storm closes ports\n\n"
                       "Heavy rain closed three ports on Friday. "
                       "The coast guard warned ships to stay away. "
                       "Ferries to the islands were cancelled until Sunday. "
                       "Fishermen said the storm was the worst in a decade.\n";
  const char *text_b = "Storm closes ports\n\n"
                       "Fishermen said the storm was the worst they had seen in a decade. "
                       "Heavy rain closed three ports on Friday. "
                       "The coast guard told ships to stay away from the coast. "
                       "Ferries to the islands were cancelled until Sunday.\n";
  g_autoptr(PlxArticle) a = plx_article_new (text_a, NULL, "a.txt");
  g_autoptr(PlxArticle) b = plx_article_new (text_b, NULL, "b.txt");
  g_autoptr(PlxComparison) comparison = plx_comparison_new (a, b);
  const PlxLink *title;
  const PlxLink *ferries;
  const PlxLink *fishermen;

  g_assert_true (plx_comparison_run (comparison, NULL, NULL));
  title = find_link (comparison, 0, 0);
  ferries = find_link (comparison, 3, 4);
  fishermen = find_link (comparison, 4, 1);

  g_assert_nonnull (title);
  g_assert_cmpint (title->kind, ==, PLX_LINK_IDENTICAL);
  g_assert_nonnull (ferries);
  g_assert_cmpint (ferries->kind, ==, PLX_LINK_IDENTICAL);
  g_assert_false (ferries->moved);
  g_assert_nonnull (fishermen);
  g_assert_true (fishermen->moved);
  g_assert_cmpfloat (plx_comparison_get_similarity (comparison), >, 0.7);
}

/* Two articles on one story each open with their own headline: those are
 * counterparts however else they are worded, when the articles tell one
 * story; two stories that share a headline's word, or a name and one
 * boilerplate sentence, are not linked. */
static void
test_headlines_linked (void)
{
  const char *text_a = "Mitt To Akin: Drop Out\n\n"
                       "Mitt Romney on Tuesday called on Representative Todd Akin to quit the "
                       "Senate race in Missouri. "
                       "Akin had said that victims of legitimate rape rarely become pregnant. "
                       "Party leaders in Washington cut off money for his campaign.\n";
  const char *text_b = "Romney calls on Rep. Akin to drop his Senate bid over comments\n\n"
                       "Akin had said on a television show that victims of legitimate rape "
                       "rarely become pregnant. "
                       "Party leaders in Washington cut off the money for his campaign on "
                       "Monday. "
                       "Akin apologised on a radio show.\n";
  const char *text_c = "Akin wins county fair prize\n\n"
                       "A pumpkin grown by a farmer named Akin weighed more than a small car. "
                       "The judges gave the farmer a ribbon and a cheque.\n";
  g_autoptr(PlxArticle) a = plx_article_new (text_a, NULL, "a.txt");
  g_autoptr(PlxArticle) b = plx_article_new (text_b, NULL, "b.txt");
  g_autoptr(PlxArticle) c = plx_article_new (text_c, NULL, "c.txt");
  g_autoptr(PlxComparison) story = plx_comparison_new (a, b);
  const char *text_d = "Obama arrives in Tokyo for Asia trip\n\n"
                       "The president landed in Tokyo for talks on trade. "
                       "He will meet the emperor on Thursday. "
                       "The White House said the president would return to Washington on "
                       "Wednesday evening.\n";
  const char *text_e = "Obama pushes health care law in Ohio speech\n\n"
                       "The president told a crowd in Columbus that the law was working. "
                       "Protesters gathered outside the hall. "
                       "The White House said the president would return to Washington on "
                       "Wednesday evening.\n";
  g_autoptr(PlxArticle) d = plx_article_new (text_d, NULL, "d.txt");
  g_autoptr(PlxArticle) e = plx_article_new (text_e, NULL, "e.txt");
  g_autoptr(PlxComparison) stories = plx_comparison_new (a, c);
  g_autoptr(PlxComparison) boilerplate = plx_comparison_new (d, e);
  const PlxLink *headlines;

  g_assert_true (plx_comparison_run (story, NULL, NULL));
  headlines = find_link (story, 0, 0);
  g_assert_nonnull (headlines);
  g_assert_cmpint (headlines->kind, ==, PLX_LINK_PARTIAL);
  g_assert_false (headlines->moved);
  g_assert_nonnull (find_link (story, 2, 1));

  g_assert_true (plx_comparison_run (stories, NULL, NULL));
  g_assert_true (plx_comparison_looks_unrelated (stories));
  g_assert_null (find_link (stories, 0, 0));

  /* One name and one boilerplate sentence in common make no headline
   * link. */
  g_assert_true (plx_comparison_run (boilerplate, NULL, NULL));
  g_assert_nonnull (find_link (boilerplate, 3, 3));
  g_assert_null (find_link (boilerplate, 0, 0));
}

/* An article in tests/data. */
static PlxArticle *
load_test_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlxArticle *article = plx_article_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return article;
}

/* A pair in a language written without spaces or without capitals, and
 * the sentences (by their first words) a reader links. */
typedef struct
{
  const char *path;
  const char *a;
  const char *b;
  guint       n_a;
  guint       n_b;
  const char *pairs[6][2];
} ScriptPair;

static const ScriptPair script_pairs[] = {
  { "/core/comparison/scripts/chinese", "rain-zh-a.txt", "rain-zh-b.txt", 6, 6,
    { { "暴雨袭击华南", "华南遭遇强降雨" },
      { "广东省气象台周三发布暴雨", "广东省气象台周三发布了" },
      { "广州、深圳和佛山", "广州、深圳、佛山" },
      { "据应急管理部门", "应急管理部门说" },
      { "深圳地铁", "深圳机场" },
      { "气象专家", "受台风外围" } } },
  { "/core/comparison/scripts/japanese", "rain-ja-a.txt", "rain-ja-b.txt", 6, 6,
    { { "大雨で九州", "九州北部で" },
      { "気象庁は水曜日", "気象庁は九州北部" },
      { "福岡県と佐賀県", "福岡、佐賀" },
      { "JR九州は", "JR九州によると" },
      { "福岡空港では", "福岡空港を" },
      { "気象庁の担当者は「命を守る行動", "気象庁の担当者は会見で" } } },
  { "/core/comparison/scripts/arabic", "sandstorm-ar-a.txt", "sandstorm-ar-b.txt", 7, 6,
    { { "عاصفة رملية تغلق", "إغلاق مطار" },
      { "أغلقت السلطات", "وأغلق مطار" },
      { "وقالت الإدارة", "وأفادت الإدارة" },
      { "ونصحت وزارة", "ودعت وزارة" },
      { "وتوقعت الأرصاد", "قالت الأرصاد" },
      { "لم تحدد", "ولم تحدد" } } },
};

static void
test_script_pair (gconstpointer data)
{
  const ScriptPair *pair = data;
  g_autoptr(PlxArticle) a = load_test_data (pair->a);
  g_autoptr(PlxArticle) b = load_test_data (pair->b);
  g_autoptr(PlxComparison) comparison = plx_comparison_new (a, b);
  g_autoptr(GError) error = NULL;
  guint n_a;
  guint n_b;

  plx_article_get_sentences (a, &n_a);
  plx_article_get_sentences (b, &n_b);
  g_assert_cmpuint (n_a, ==, pair->n_a);
  g_assert_cmpuint (n_b, ==, pair->n_b);

  g_assert_true (plx_comparison_run (comparison, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (pair->pairs); i++)
    {
      guint sa = find_sentence (a, pair->pairs[i][0]);
      guint sb = find_sentence (b, pair->pairs[i][1]);

      if (find_link (comparison, sa, sb) == NULL)
        g_error ("“%s” and “%s” are not linked", pair->pairs[i][0], pair->pairs[i][1]);
    }
  g_assert_cmpfloat (plx_comparison_get_similarity (comparison), >, 0.5);

  /* The exports carry every sentence as written. */
  {
    g_autofree char *json = plx_report_json_comparison (comparison);
    g_autofree char *text = plx_report_text_comparison (comparison, PLX_TEXT_STYLE_PLAIN);
    g_autofree char *markdown = plx_report_text_comparison (comparison, PLX_TEXT_STYLE_MARKDOWN);
    const PlxSentence *sentences = plx_article_get_sentences (a, &n_a);

    g_assert_true (g_utf8_validate (json, -1, NULL));
    for (guint i = 0; i < n_a; i++)
      {
        g_autofree char *sentence = plx_sentence_dup_text (&sentences[i],
                                                           plx_article_get_text (a));

        g_assert_nonnull (strstr (json, sentence));
        g_assert_nonnull (strstr (text, sentence));
        g_assert_nonnull (strstr (markdown, sentence));
      }
  }
}

/* What the JSON report tells a scorer is what the window shows: loaded
 * words of every sentence listed as "marks" (also in a sentence only one
 * article has), edits the window does not paint marked "light", and one
 * tag on each painted edit. */
static void
test_marks_and_light_in_json (void)
{
  const char *a = "Heavy rain closed three ports on Friday, the coast guard said. "
                  "Critics called the response a shameful fiasco.";
  const char *b = "Heavy rain closed the three ports on Friday, said the coast guard.";
  g_autoptr(PlxArticle) article_a = plx_article_new (a, NULL, "a.txt");
  g_autoptr(PlxArticle) article_b = plx_article_new (b, NULL, "b.txt");
  g_autoptr(PlxComparison) comparison = plx_comparison_new (article_a, article_b);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root;
  JsonArray *marks;
  JsonArray *links;
  g_autoptr(GString) marked = g_string_new (NULL);
  guint light = 0;

  g_assert_true (plx_comparison_run (comparison, NULL, NULL));
  json = plx_report_json_comparison (comparison);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  marks = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (root, "articles"), 0), "marks");
  for (guint i = 0; i < json_array_get_length (marks); i++)
    {
      JsonObject *mark = json_array_get_object_element (marks, i);
      JsonArray *tags = json_object_get_array_member (mark, "tags");
      g_autofree char *word = g_utf8_substring (a, json_object_get_int_member (mark, "start"),
                                                json_object_get_int_member (mark, "end"));

      g_assert_cmpuint (json_array_get_length (tags), ==, 1);
      g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "loaded");
      g_string_append_printf (marked, "%s%s", marked->len > 0 ? " " : "", word);
    }
  g_assert_cmpstr (marked->str, ==, "shameful fiasco");

  links = json_object_get_array_member (root, "links");
  g_assert_cmpuint (json_array_get_length (links), ==, 1);
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (
                          json_array_get_object_element (links, 0), "diff"));
       i++)
    {
      JsonObject *edit = json_array_get_object_element (
        json_object_get_array_member (json_array_get_object_element (links, 0), "diff"), i);

      if (g_str_equal (json_object_get_string_member (edit, "op"), "equal"))
        continue;
      /* "the", and "said" moved to the front: nothing of substance. */
      g_assert_true (json_object_get_boolean_member_with_default (edit, "light", FALSE));
      light++;
    }
  g_assert_cmpuint (light, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/comparison/same-fact-other-words", Fixture, NULL, fixture_setup,
              test_same_fact_other_words, fixture_teardown);
  g_test_add ("/core/comparison/one-sentence-told-as-two", Fixture, NULL, fixture_setup,
              test_one_sentence_told_as_two, fixture_teardown);
  g_test_add ("/core/comparison/only-in-one-article", Fixture, NULL, fixture_setup,
              test_sentences_in_one_article_only, fixture_teardown);
  g_test_add_func ("/core/comparison/link-kinds", test_link_kinds);
  g_test_add_func ("/core/comparison/marks-and-light-in-json", test_marks_and_light_in_json);
  g_test_add ("/core/comparison/gold-alignment", Fixture, NULL, fixture_setup,
              test_gold_alignment, fixture_teardown);
  g_test_add ("/core/comparison/seed-claims", Fixture, NULL, fixture_setup, test_seed_claims,
              fixture_teardown);
  g_test_add ("/core/comparison/manual-links", Fixture, NULL, fixture_setup, test_manual_links,
              fixture_teardown);
  g_test_add ("/core/comparison/undo-redo-links", Fixture, NULL, fixture_setup,
              test_undo_redo_links, fixture_teardown);
  g_test_add ("/core/comparison/undo-redo-parties", Fixture, NULL, fixture_setup,
              test_undo_redo_parties, fixture_teardown);
  g_test_add_func ("/core/comparison/properties", test_properties);
  g_test_add ("/core/comparison/party-edits", Fixture, NULL, fixture_setup, test_party_edits,
              fixture_teardown);
  g_test_add ("/core/comparison/deterministic", Fixture, NULL, fixture_setup,
              test_deterministic, fixture_teardown);
  g_test_add_func ("/core/comparison/cancelled", test_cancelled);
  g_test_add_func ("/core/comparison/language-and-lexicon-errors",
                   test_language_and_lexicon_errors);
  g_test_add_func ("/core/comparison/identical-and-moved", test_identical_and_moved);
  g_test_add_func ("/core/comparison/headlines-linked", test_headlines_linked);
  for (guint i = 0; i < G_N_ELEMENTS (script_pairs); i++)
    g_test_add_data_func (script_pairs[i].path, &script_pairs[i], test_script_pair);

  return g_test_run ();
}
