/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Key differences: the short ranked list a reader sees first. The seed
 * pair's list item by item, what word-level differences make an item and
 * what never does, loaded words given as spans, the order and the cap, the
 * list kept up to date after edits, and the section that leads each
 * report. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <poppler.h>
#include <string.h>

#include "plx-key-differences.h"
#include "plx-key-differences-private.h"
#include "test-compare.h"
#include "plx-report-html.h"
#include "plx-report-json.h"
#include "plx-report-pdf.h"
#include "plx-report-text.h"

/* Every item, for the log of a failing test. */
static void
log_items (GArray *items)
{
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      g_test_message ("%u. %s %.2f | A %d “%s” | B %d “%s”", k + 1,
                      plx_key_kind_to_string (item->kind), item->score,
                      item->place[PLX_SIDE_A].sentence, item->place[PLX_SIDE_A].words,
                      item->place[PLX_SIDE_B].sentence, item->place[PLX_SIDE_B].words);
    }
}

/* A place as a reader checks it: the sentence, the words, and the span
 * that points at exactly those words in the article. */
static void
assert_place (PlxComparison     *comparison,
              PlxSide            side,
              const PlxKeyPlace *place,
              int                sentence,
              const char        *words)
{
  PlxArticle *article = plx_comparison_get_article (comparison, side);

  g_assert_cmpint (place->sentence, ==, sentence);
  if (sentence < 0)
    return;
  g_assert_cmpstr (place->words, ==, words);
  {
    const PlxSentence *s = &plx_article_get_sentences (article, NULL)[sentence];
    const char *text = plx_article_get_text (article);
    const char *start = g_utf8_offset_to_pointer (text, place->span.start);
    const char *end = g_utf8_offset_to_pointer (text, place->span.end);
    g_autofree char *spanned = g_strndup (start, end - start);

    g_assert_cmpuint (place->span.start, >=, s->start);
    g_assert_cmpuint (place->span.end, <=, s->end);
    g_strdelimit (spanned, "\r\n", ' ');
    g_assert_cmpstr (spanned, ==, words);
  }
}

/* The seed pair (data/sample): the divergences DESIGN.md lists that the
 * analysis finds, first to last. Sentences are counted from 0; -1 is an
 * article that has nothing in that place; words "" are left out there.
 * Not listed: A's "The Ukrainian president noted" against B's
 * "negotiators described", because B's sentence also has the president
 * describing the talks, so that who said it in B is not sure. */
typedef struct
{
  PlxKeyKind  kind;
  int         a;
  const char *a_words;
  int         b;
  const char *b_words;
} SeedItem;

static const SeedItem seed_items[] = {
  { PLX_KEY_QUOTE_CHANGED, 6, "not confident this will lead to anything new",
    7, "not confident that this course of action would yield any new results" },
  { PLX_KEY_QUOTE_TRIMMED, 3, "as far as I know", 2, "is not being prepared" },
  { PLX_KEY_PARAPHRASED, 7, "whether Russia genuinely feels the need to end the war",
    10, "ultimate success depends entirely on Moscow’s genuine desire to end the war" },
  { PLX_KEY_ONE_SIDED_CLAIM, -1, NULL, 14,
    "the Ukrainian side believes that the Russian military escalation is completely incompatible "
    "with any talk of peaceful solutions or a desire to negotiate" },
  { PLX_KEY_LOADED_WORD, 6, "skepticism", 6, "doubts" },
  { PLX_KEY_ONE_SIDED_CLAIM, 16,
    "Observers believe that the success of any trilateral negotiation track that includes "
    "Washington could constitute a fundamental turning point, given the pivotal role that the "
    "United States plays in supporting Ukraine militarily and politically, which means that its "
    "direct presence could provide security and political guarantees that may be necessary to "
    "convince the parties to make mutual concessions to end the ongoing humanitarian suffering",
    -1, NULL },
};

static void
test_seed (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  GArray *items = plx_comparison_get_key_differences (comparison);

  log_items (items);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (seed_items));
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);
      const SeedItem *expected = &seed_items[k];

      g_test_message ("item %u", k + 1);
      g_assert_cmpstr (plx_key_kind_to_string (item->kind), ==,
                       plx_key_kind_to_string (expected->kind));
      assert_place (comparison, PLX_SIDE_A, &item->place[PLX_SIDE_A], expected->a,
                    expected->a_words);
      assert_place (comparison, PLX_SIDE_B, &item->place[PLX_SIDE_B], expected->b,
                    expected->b_words);
      /* A claim of a party found in the articles counts for less. */
      if (item->score != plx_key_kind_get_weight (item->kind))
        g_assert_cmpfloat_with_epsilon (item->score, 0.75 * plx_key_kind_get_weight (item->kind),
                                        1e-9);
      g_assert_cmpstr (plx_key_kind_get_reason (item->kind), !=, "");
    }

  /* Asked again, the same list, not a new one. */
  g_assert_true (plx_comparison_get_key_differences (comparison) == items);
}

/* One linked pair of sentences: which differences of its claims and words
 * make an item, with what words, and which never do. */
typedef struct
{
  const char *path;
  const char *a;
  const char *b;
  PlxKeyKind  kind; /* PLX_N_KEY_KINDS: no item at all */
  const char *a_words;
  const char *b_words;
} EditCase;

static const EditCase edit_cases[] = {
  { "/core/key-differences/edits/number",
    "The fire destroyed 40 homes in the valley on Sunday night.",
    "The fire destroyed 400 homes in the valley on Sunday night.",
    PLX_KEY_NUMBER_CHANGED, "40", "400" },
  { "/core/key-differences/edits/negation-dropped",
    "The new budget will not raise taxes for families with children.",
    "The new budget will raise taxes for families with children.",
    PLX_KEY_NEGATION, "not", "" },
  { "/core/key-differences/edits/negation-added",
    "The committee approved the harbour plan after a long debate.",
    "The committee never approved the harbour plan after a long debate.",
    PLX_KEY_NEGATION, "", "never" },
  { "/core/key-differences/edits/hedge-adverb",
    "The company reportedly cut two hundred jobs at its plant in Ohio.",
    "The company cut two hundred jobs at its plant in Ohio.",
    PLX_KEY_HEDGE, "reportedly", "" },
  /* A loaded word (the article's marks, from the sentiment lexicon) where
   * the other article chose other words is an item with both choices; in
   * a clause only one article has it is marked, but is no item. */
  { "/core/key-differences/edits/loaded-choice",
    "The mayor said the repairs to the old bridge were a disaster for the local farmers.",
    "The mayor said the repairs to the old bridge were a setback for the local farmers.",
    PLX_KEY_LOADED_WORD, "disaster", "setback" },
  { "/core/key-differences/edits/loaded-in-added-clause",
    "The council met in the town hall to discuss the budget for next year, which was passed.",
    "The council met in the town hall to discuss the budget for next year, which was passed "
    "after a furious and ugly fight.",
    PLX_N_KEY_KINDS, NULL, NULL },
  { "/core/key-differences/edits/name",
    "Police arrested Martin Holloway near the central station on Friday evening.",
    "Police arrested Peter Dunmore near the central station on Friday evening.",
    PLX_KEY_NAME_CHANGED, "Martin Holloway", "Peter Dunmore" },

  /* Claims of linked sentences. */
  { "/core/key-differences/claims/quote-changed",
    "“We will rebuild every school on the east side before the winter,” Mayor Anna Keller said "
    "on Monday.",
    "“We will rebuild a few schools on the east side before the summer,” Mayor Anna Keller said "
    "on Monday.",
    PLX_KEY_QUOTE_CHANGED, "We will rebuild every school on the east side before the winter",
    "We will rebuild a few schools on the east side before the summer" },
  { "/core/key-differences/claims/paraphrased",
    "Mayor Anna Keller said on Monday: “We will rebuild every school on the east side before the "
    "winter.”",
    "Mayor Anna Keller said on Monday that the city would repair some schools on the east side by "
    "the spring.",
    PLX_KEY_PARAPHRASED, "We will rebuild every school on the east side before the winter",
    "the city would repair some schools on the east side by the spring" },
  { "/core/key-differences/claims/attribution-changed",
    "Mayor Anna Keller said on Monday that the east side schools would reopen in May.",
    "Police chief Tom Brandt said on Monday that the east side schools would reopen in May.",
    PLX_KEY_ATTRIBUTION_CHANGED, "Mayor Anna Keller said", "Police chief Tom Brandt said" },
  { "/core/key-differences/claims/speaker-named-in-other",
    "Mayor Anna Keller said on Monday that the east side schools would reopen in May.",
    "Police chief Tom Brandt said on Monday, after a visit by Mayor Keller, that the east side "
    "schools would reopen in May.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/claims/pronoun-speaker",
    "Mayor Anna Keller visited the flooded district on Monday. Mayor Anna Keller said that the "
    "east side schools would reopen in May.",
    "Mayor Anna Keller visited the flooded district on Monday. He said that the east side schools "
    "would reopen in May.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/claims/quote-spelt-otherwise",
    "“We will rebuild every school on Muammar Street before the winter,” Mayor Anna Keller said "
    "on Monday.",
    "“We will rebuild every school on Moammar Street before the winter,” Mayor Anna Keller said "
    "on Monday.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/claims/same-words-unquoted",
    "Mayor Anna Keller said on Monday: “We will rebuild every school on the east side before the "
    "winter.”",
    "Mayor Anna Keller said on Monday that we will rebuild every school on the east side before "
    "the winter.",
    PLX_N_KEY_KINDS },

  /* Not differences of substance. */
  { "/core/key-differences/edits/same-number",
    "The fire destroyed 40 homes in the valley on Sunday night.",
    "On Sunday night the fire destroyed 40 homes in the valley.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/negation-moved",
    "No official has approved the harbour plan so far, the council said on Monday.",
    "The harbour plan has not been approved by any official so far, the council said on Monday.",
    PLX_N_KEY_KINDS },
  /* "likely" hedges as "likely to", not as the adjective of "likely
   * voters". */
  { "/core/key-differences/edits/likely-voters-no-hedge",
    "A poll of likely voters in Ohio showed the senator ahead by four points on Sunday.",
    "A poll of voters in Ohio showed the senator ahead by four points on Sunday.",
    PLX_N_KEY_KINDS },
  /* "according to" attributes; it hedges nothing. */
  { "/core/key-differences/edits/according-to-no-hedge",
    "The harbour bridge will reopen to traffic in May, the city engineer said on Friday.",
    "The harbour bridge will reopen to traffic in May, according to the city engineer.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/modal-hedge",
    "The dock strike will close the port of Rotterdam on Monday morning.",
    "The dock strike may close the port of Rotterdam on Monday morning.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/one-party-two-names",
    "Talks between Russia and the rebels resumed in Geneva on Monday afternoon.",
    "Talks between Moscow and the rebels resumed in Geneva on Monday afternoon.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/spelling",
    "Mayor Ekaterina Volkova visited the flooded district near the river on Tuesday.",
    "Mayor Ekaterina Volkowa visited the flooded district near the river on Tuesday.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/negation-in-other-content",
    "Police closed the coast road on Monday after the storm, and officials said it would not "
    "reopen before the end of the month.",
    "Police closed the coast road on Monday after the storm.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/link-of-few-words",
    "The river is a danger.",
    "The river is not a danger.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/title-case",
    "Senate Passes Same-Sex Marriage Bill\n\nThe state senate passed the bill on Tuesday by a "
    "wide margin.",
    "Senate Passes Gay Marriage Bill\n\nThe state senate passed the bill on Tuesday by a wide "
    "margin.",
    PLX_N_KEY_KINDS },
  { "/core/key-differences/edits/light",
    "The minister was reportedly fired by the prime minister on Friday evening.",
    "The minister was reported fired by the prime minister on Friday evening.",
    PLX_N_KEY_KINDS },
};

static void
test_edit_case (gconstpointer data)
{
  const EditCase *c = data;
  g_autoptr(PlxComparison) comparison = plx_test_compare_texts (c->a, c->b, NULL);
  GArray *items = plx_comparison_get_key_differences (comparison);
  const PlxKeyDifference *item;

  log_items (items);
  g_assert_cmpuint (plx_comparison_get_n_links (comparison), >=, 1);
  if (c->kind == PLX_N_KEY_KINDS)
    {
      g_assert_cmpuint (items->len, ==, 0);
      return;
    }
  g_assert_cmpuint (items->len, ==, 1);
  item = &g_array_index (items, PlxKeyDifference, 0);
  g_assert_cmpstr (plx_key_kind_to_string (item->kind), ==, plx_key_kind_to_string (c->kind));
  assert_place (comparison, PLX_SIDE_A, &item->place[PLX_SIDE_A], 0, c->a_words);
  assert_place (comparison, PLX_SIDE_B, &item->place[PLX_SIDE_B], 0, c->b_words);
}

/* Loaded words are given as spans, as per-article marks give them. */
static void
test_loaded (void)
{
  static const char a[] =
    "The regime announced new elections for the spring.\n\n"
    "Critics called the vote a stunt, one of his stunts.\n\n"
    "Observers expect a low turnout in the capital.";
  static const char b[] =
    "The government announced new elections for the spring.\n\n"
    "Observers expect a low turnout in the regime's capital.";
  g_autoptr(PlxComparison) comparison = plx_test_compare_texts (a, b, NULL);
  g_autoptr(GArray) items = plx_key_differences_new ();
  const char *words[] = { "regime", "stunt", "stunts" };
  PlxSpan spans[G_N_ELEMENTS (words)];
  const char *from = a;
  const PlxKeyDifference *item;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *found = strstr (from, words[i]);

      spans[i].start = g_utf8_pointer_to_offset (a, found);
      spans[i].end = spans[i].start + strlen (words[i]);
      from = found + 1;
    }

  /* "regime" is in B too, in another sentence: not one-sided. "stunt" is
   * A's alone, once in whatever form and however often it occurs, in a
   * sentence B does not have. */
  plx_key_differences_add_loaded (items, comparison, spans, G_N_ELEMENTS (spans), NULL, 0);
  plx_key_differences_finish (items, 0);
  log_items (items);
  g_assert_cmpuint (items->len, ==, 1);
  item = &g_array_index (items, PlxKeyDifference, 0);
  g_assert_cmpint (item->kind, ==, PLX_KEY_LOADED_WORD);
  assert_place (comparison, PLX_SIDE_A, &item->place[PLX_SIDE_A], 1, "stunt");
  g_assert_cmpint (item->place[PLX_SIDE_B].sentence, ==, -1);

  /* A loaded word in a linked sentence points at its counterpart. */
  g_array_set_size (items, 0);
  spans[0].start = 0;
  spans[0].end = strlen ("The government");
  plx_key_differences_add_loaded (items, comparison, NULL, 0, spans, 1);
  plx_key_differences_finish (items, 0);
  log_items (items);
  g_assert_cmpuint (items->len, ==, 1);
  item = &g_array_index (items, PlxKeyDifference, 0);
  assert_place (comparison, PLX_SIDE_B, &item->place[PLX_SIDE_B], 0, "The government");
  assert_place (comparison, PLX_SIDE_A, &item->place[PLX_SIDE_A], 0, "");
}

/* A quotation of three sentences that only one article has is one
 * difference, not one per sentence. */
static void
test_one_quotation (void)
{
  static const char a[] =
    "The council approved the budget on Monday.\n\n"
    "“We will cut taxes next year,” said Mayor Anna Keller. “Schools will get more money. "
    "Roads will be repaired before the winter.”\n\n"
    "The vote was close, and the opposition walked out.";
  static const char b[] =
    "The council approved the budget on Monday.\n\n"
    "The vote was close, and the opposition walked out.";
  g_autoptr(PlxComparison) comparison = plx_test_compare_texts (a, b, NULL);
  g_autoptr(GArray) items = plx_key_differences_new ();
  const PlxKeyDifference *item;

  plx_key_differences_add_claims (items, comparison);
  plx_key_differences_finish (items, 0);
  log_items (items);
  g_assert_cmpuint (items->len, ==, 1);
  item = &g_array_index (items, PlxKeyDifference, 0);
  g_assert_cmpint (item->kind, ==, PLX_KEY_ONE_SIDED_CLAIM);
  g_assert_nonnull (strstr (item->place[PLX_SIDE_A].words, "We will cut taxes"));
}

/* A claim whose words one sentence of the other article holds is told
 * there, linked or not ("he resigned, citing his health and the federal
 * investigation" / "the federal investigation and his health led to his
 * resignation"): no claim only one article makes. One whose words the
 * other article lacks is not. */
static void
test_told (void)
{
  static const char a[] =
    "Jackson said he resigned, citing his health and the federal investigation.\n\n"
    "Prosecutors said the congressman bought a gold watch with campaign money.";
  static const char b[] =
    "The weather in Chicago was mild on Tuesday.\n\n"
    "The federal investigation and questions about his health led to his resignation, aides "
    "admitted.";
  g_autoptr(PlxComparison) comparison = plx_test_compare_texts (a, b, NULL);
  GArray *claims = plx_comparison_get_claims (comparison, PLX_SIDE_A);
  PlxToldIndex *told = plx_told_index_new (comparison, PLX_SIDE_B);
  gboolean said = FALSE;
  gboolean bought = FALSE;

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
      gboolean tells = plx_told_index_tells (told, comparison, PLX_SIDE_A, claim);

      g_test_message ("claim %u (sentence %u): told in B: %d", i, claim->sentence, tells);
      if (claim->sentence == 0)
        said |= tells;
      else
        bought |= tells;
    }
  plx_told_index_free (told);
  g_assert_true (said);
  g_assert_false (bought);
}

/* Ranking: by weight of the kind, then by place; word-level items inside
 * a listed claim go; the cap keeps the first. */
static void
append (GArray    *items,
        PlxKeyKind kind,
        int        a,
        guint      a_start,
        guint      a_end,
        int        b)
{
  PlxKeyDifference item = { kind, plx_key_kind_get_weight (kind), { { -1 }, { -1 } } };

  item.place[PLX_SIDE_A] = (PlxKeyPlace) { a, { a_start, a_end }, g_strdup ("a"), 0, 0 };
  item.place[PLX_SIDE_B] = (PlxKeyPlace) { b, { 0, 0 }, g_strdup (""), 0, 0 };
  g_array_append_val (items, item);
}

static void
test_ranking (void)
{
  g_autoptr(GArray) items = plx_key_differences_new ();
  static const struct
  {
    PlxKeyKind kind;
    int        a;
  } expected[] = {
    { PLX_KEY_QUOTE_CHANGED, 9 },
    { PLX_KEY_NUMBER_CHANGED, 1 },
    { PLX_KEY_NUMBER_CHANGED, 4 },
    { PLX_KEY_NEGATION, 2 },
    { PLX_KEY_HEDGE, 0 },
    { PLX_KEY_ONE_SIDED_CLAIM, 3 },
    { PLX_KEY_ONE_SIDED_CLAIM, -1 },
    { PLX_KEY_LOADED_WORD, 5 },
  };

  append (items, PLX_KEY_LOADED_WORD, 5, 500, 505, -1);
  append (items, PLX_KEY_ONE_SIDED_CLAIM, -1, 0, 0, 3);
  append (items, PLX_KEY_NUMBER_CHANGED, 4, 400, 402, 4);
  append (items, PLX_KEY_HEDGE, 0, 10, 20, 0);
  append (items, PLX_KEY_ONE_SIDED_CLAIM, 3, 300, 390, -1);
  append (items, PLX_KEY_NEGATION, 9, 905, 908, 9); /* inside the changed quote */
  append (items, PLX_KEY_QUOTE_CHANGED, 9, 900, 950, 9);
  append (items, PLX_KEY_NEGATION, 2, 200, 203, 2);
  append (items, PLX_KEY_NUMBER_CHANGED, 1, 100, 102, 1);

  plx_key_differences_finish (items, 0);
  log_items (items);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);

      g_assert_cmpint (item->kind, ==, expected[k].kind);
      g_assert_cmpint (item->place[PLX_SIDE_A].sentence, ==, expected[k].a);
    }

  plx_key_differences_finish (items, 3);
  g_assert_cmpuint (items->len, ==, 3);
}

/* In a capped list no kind takes more than three places while another kind
 * waits; when none waits, the list fills with the rest. */
static void
test_kinds_share (void)
{
  g_autoptr(GArray) items = plx_key_differences_new ();
  static const PlxKeyKind expected[] = {
    PLX_KEY_ONE_SIDED_CLAIM, PLX_KEY_ONE_SIDED_CLAIM, PLX_KEY_ONE_SIDED_CLAIM,
    PLX_KEY_ONE_SIDED_CLAIM, PLX_KEY_LOADED_WORD, PLX_KEY_LOADED_WORD,
  };

  for (int i = 0; i < 5; i++)
    append (items, PLX_KEY_ONE_SIDED_CLAIM, i, 0, 10, -1);
  append (items, PLX_KEY_LOADED_WORD, 7, 0, 5, -1);
  append (items, PLX_KEY_LOADED_WORD, 8, 0, 5, -1);

  plx_key_differences_finish (items, 6);
  log_items (items);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint k = 0; k < items->len; k++)
    g_assert_cmpint (g_array_index (items, PlxKeyDifference, k).kind, ==, expected[k]);
  /* Still in rank order: the fourth claim comes before the loaded words. */
  g_assert_cmpint (g_array_index (items, PlxKeyDifference, 3).place[PLX_SIDE_A].sentence, ==, 3);
}

/* Many differences: the window and the reports show ten, the first ten
 * in reading order when they weigh the same. */
static void
test_cap (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  const char *places[] = { "Lisbon", "Porto", "Braga", "Faro", "Coimbra", "Evora", "Aveiro",
                           "Leiria", "Viseu", "Guarda", "Beja", "Tomar", "Sintra", "Setubal" };
  GArray *items;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_string_append_printf (a, "The flood in %s forced %u families from their homes.\n\n",
                              places[i], 30 + i);
      g_string_append_printf (b, "The flood in %s forced %u families from their homes.\n\n",
                              places[i], 130 + i);
    }
  comparison = plx_test_compare_texts (a->str, b->str, NULL);
  items = plx_comparison_get_key_differences (comparison);
  log_items (items);
  g_assert_cmpuint (items->len, ==, PLX_KEY_DIFFERENCES_MAX);
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);
      g_autofree char *number = g_strdup_printf ("%u", 30 + k);

      g_assert_cmpint (item->kind, ==, PLX_KEY_NUMBER_CHANGED);
      g_assert_cmpint (item->place[PLX_SIDE_A].sentence, ==, k);
      g_assert_cmpstr (item->place[PLX_SIDE_A].words, ==, number);
    }
}

static gboolean
has_kind (GArray    *items,
          PlxKeyKind kind)
{
  for (guint k = 0; k < items->len; k++)
    if (g_array_index (items, PlxKeyDifference, k).kind == kind)
      return TRUE;
  return FALSE;
}

/* The list follows the links a person takes away and gives back. */
static void
test_after_edits (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  guint link = G_MAXUINT;

  g_assert_true (has_kind (plx_comparison_get_key_differences (comparison), PLX_KEY_QUOTE_TRIMMED));
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    if (plx_comparison_get_link (comparison, k)->a_start == 3)
      link = k;
  g_assert_cmpuint (link, !=, G_MAXUINT);

  g_assert_true (plx_comparison_remove_link (comparison, link));
  g_assert_false (has_kind (plx_comparison_get_key_differences (comparison), PLX_KEY_QUOTE_TRIMMED));
  g_assert_true (plx_comparison_undo (comparison));
  g_assert_true (has_kind (plx_comparison_get_key_differences (comparison), PLX_KEY_QUOTE_TRIMMED));
}

/* A claim only article A makes, in words that look like markup. */
static PlxComparison *
compare_markup (void)
{
  return plx_test_compare_texts ("Floods closed the main road to the airport on Monday.\n\n"
                                 "The Kremlin said the <b>deal</b> & the <script>alert(1)</script> "
                                 "plan were over.",
                                 "Floods closed the main road to the airport on Monday.", NULL);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* "key_differences": [{"rank", "kind", "score", "reason", "a", "b"}], a
 * place {"sentence", "start", "end", "text"} or null; one article's
 * analysis has none. */
static void
test_json (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  g_autofree char *json = plx_report_json_comparison (comparison);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (parser, json);
  JsonArray *items = json_object_get_array_member (root, "key_differences");
  const char *a_text = plx_article_get_text (plx_comparison_get_article (comparison, PLX_SIDE_A));
  g_autofree char *analysis = NULL;

  g_assert_cmpuint (json_array_get_length (items), ==, G_N_ELEMENTS (seed_items));
  for (guint k = 0; k < json_array_get_length (items); k++)
    {
      JsonObject *item = json_array_get_object_element (items, k);
      JsonNode *a = json_object_get_member (item, "a");
      JsonNode *b = json_object_get_member (item, "b");

      g_assert_cmpint (json_object_get_int_member (item, "rank"), ==, k + 1);
      g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==,
                       plx_key_kind_to_string (seed_items[k].kind));
      g_assert_cmpfloat (json_object_get_double_member (item, "score"), >, 0);
      g_assert_cmpstr (json_object_get_string_member (item, "reason"), ==,
                       plx_key_kind_get_reason (seed_items[k].kind));
      g_assert_cmpint (JSON_NODE_HOLDS_NULL (a), ==, seed_items[k].a < 0);
      g_assert_cmpint (JSON_NODE_HOLDS_NULL (b), ==, seed_items[k].b < 0);
      if (seed_items[k].a >= 0)
        {
          JsonObject *place = json_node_get_object (a);
          gint64 start = json_object_get_int_member (place, "start");
          gint64 end = json_object_get_int_member (place, "end");
          const char *from = g_utf8_offset_to_pointer (a_text, start);
          const char *to = g_utf8_offset_to_pointer (from, end - start);
          g_autofree char *spanned = g_strndup (from, to - from);

          g_assert_cmpint (json_object_get_int_member (place, "sentence"), ==, seed_items[k].a);
          g_assert_cmpstr (json_object_get_string_member (place, "text"), ==,
                           seed_items[k].a_words);
          g_assert_cmpstr (spanned, ==, seed_items[k].a_words);
        }
    }

  analysis = plx_report_json_analysis (plx_comparison_get_article (comparison, PLX_SIDE_A), "en",
                                       NULL, NULL);
  g_clear_object (&parser);
  parser = json_parser_new ();
  root = parse_object (parser, analysis);
  g_assert_false (json_object_has_member (root, "key_differences"));
}

/* The section comes before every other section of a readable report. */
static void
assert_first_section (const char *report,
                      const char *first,
                      const char *const *others)
{
  const char *section = strstr (report, first);

  g_assert_nonnull (section);
  for (guint i = 0; others[i] != NULL; i++)
    {
      const char *other = strstr (report, others[i]);

      g_test_message ("%s before %s", first, others[i]);
      g_assert_nonnull (other);
      g_assert_true (section < other);
    }
}

static void
test_text (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  g_autofree char *text = plx_report_text_comparison (comparison, PLX_TEXT_STYLE_PLAIN);
  g_autofree char *markdown = plx_report_text_comparison (comparison, PLX_TEXT_STYLE_MARKDOWN);
  const char *text_sections[] = { "Similarity:", "Parties and claims\n", "Linked sentences\n",
                                  NULL };
  const char *markdown_sections[] = { "Similarity:", "## Parties and claims",
                                      "## Linked sentences", NULL };

  assert_first_section (text, "Key differences\n---------------\n\n1. A direct quotation",
                        text_sections);
  g_assert_nonnull (strstr (text, "    A 7: not confident this will lead to anything new\n"));
  g_assert_nonnull (strstr (text, "    B: (nothing in this article)\n"));
  assert_first_section (markdown, "## Key differences\n\n1. A direct quotation",
                        markdown_sections);
  g_assert_nonnull (strstr (markdown, "   - A: (nothing in this article)\n   - B 15: the Ukrainian side"));
}

static xmlNodePtr
find_element (xmlNodePtr  node,
              const char *name)
{
  for (; node != NULL; node = node->next)
    {
      xmlNodePtr found;

      if (node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) name) == 0)
        return node;
      if ((found = find_element (node->children, name)) != NULL)
        return found;
    }
  return NULL;
}

/* The first h2 is the key differences; article words stay text. */
static void
test_html (void)
{
  g_autoptr(PlxComparison) comparison = compare_markup ();
  g_autofree char *html = plx_report_html_comparison (comparison);
  htmlDocPtr doc = htmlReadMemory (html, (int) strlen (html), NULL, "utf-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr heading = find_element (root, "h2");
  xmlNodePtr list = find_element (root, "ol");
  xmlChar *content;

  content = xmlNodeGetContent (heading);
  g_assert_cmpstr ((const char *) content, ==, "Key differences");
  xmlFree (content);

  g_assert_nonnull (list);
  g_assert_null (find_element (root, "script"));
  g_assert_null (strstr (html, "<b>deal"));
  content = xmlNodeGetContent (list);
  g_assert_nonnull (strstr ((const char *) content,
                            "The Kremlin said the <b>deal</b> & the <script>alert(1)</script> "
                            "plan were over"));
  g_assert_nonnull (strstr ((const char *) content, "Only one article reports this claim"));
  xmlFree (content);
  xmlFreeDoc (doc);
}

static void
test_pdf (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = plx_report_pdf_comparison (comparison, &error);
  PopplerDocument *document;
  PopplerPage *page;
  g_autofree char *text = NULL;
  const char *sections[] = { "Summary", NULL };

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  assert_first_section (text, "Key differences", sections);
  g_assert_nonnull (strstr (text, "A direct quotation differs"));
  g_assert_nonnull (strstr (text, "as far as I know"));
  g_object_unref (page);
  g_object_unref (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/key-differences/seed", test_seed);
  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    g_test_add_data_func (edit_cases[i].path, &edit_cases[i], test_edit_case);
  g_test_add_func ("/core/key-differences/loaded", test_loaded);
  g_test_add_func ("/core/key-differences/one-quotation", test_one_quotation);
  g_test_add_func ("/core/key-differences/told-unlinked", test_told);
  g_test_add_func ("/core/key-differences/ranking", test_ranking);
  g_test_add_func ("/core/key-differences/kinds-share", test_kinds_share);
  g_test_add_func ("/core/key-differences/cap", test_cap);
  g_test_add_func ("/core/key-differences/after-edits", test_after_edits);
  g_test_add_func ("/core/key-differences/report/json", test_json);
  g_test_add_func ("/core/key-differences/report/text", test_text);
  g_test_add_func ("/core/key-differences/report/html", test_html);
  g_test_add_func ("/core/key-differences/report/pdf", test_pdf);

  return g_test_run ();
}
