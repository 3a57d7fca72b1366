/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The aligner as a reader sees its result: which sentences of two articles
 * are linked, which are grouped (a sentence split in two, two merged into
 * one), which are marked moved, and which stay alone. Each case gives the
 * two articles sentence by sentence and the links a reader expects, written
 * "A1=B1-2": sentence 1 of A with sentences 1 to 2 of B. */

#include "config.h"

#include <string.h>

#include "test-alignment.h"

/* One news story, sentence by sentence. */
#define S0 "The city council approved a 1.2 billion euro tram line on Tuesday."
#define S1 "The new line will link the northern suburbs to the main railway station by 2031."
#define S2 "Mayor Anna Keller called the vote a turning point for how the city moves."
#define S3 "Construction is due to start next spring and should take four years."
#define S4 "Opposition councillors warned that the cost could still rise sharply."
#define S5 "Shopkeepers along the planned route fear months of disruption and lost trade."

/* The same sentences in other words. */
#define P0 "On Tuesday the council of the city backed a tram line costing 1.2 billion euros."
#define P4 "The cost could still rise sharply, opposition councillors warned."

/* S1 split in two, and S2 and S3 merged into one. */
#define S1_FIRST "The new line will link the northern suburbs to the main railway station."
#define S1_SECOND "It is due to open by 2031."
#define S2_S3 "Mayor Anna Keller called the vote a turning point for how the city moves, " \
              "and construction is due to start next spring and should take four years."

/* Another story altogether. */
#define U0 "Heavy rain flooded several villages in the river valley overnight."
#define U1 "Firefighters rescued dozens of residents from their roofs by boat."
#define U2 "Forecasters expect more storms to reach the coast by the weekend."

/* Quotations in the same frame ("…," X said) with different facts. */
#define Q0 "\u201cThis is a good day for the city and for everyone who lives here,\u201d she said."
#define Q1 "\u201cWe have waited far too long for this,\u201d Keller told reporters."
#define Q2 "\u201cI would if I knew who they were,\u201d he said."
#define R0 "\u201cBob Etheridge has lost it,\u201d said Jon Thompson."
#define R1 "\u201cThis is the worst flood we have seen here in forty years,\u201d he said."
#define R2 "\u201cWe have lost everything,\u201d a farmer told reporters."

/* A quotation, one in the same frame by the same speaker, and its real
 * counterpart in other words elsewhere in the article. */
#define K0 "\u201cFares will not rise before the line opens,\u201d Keller said on Tuesday."
#define K1 "\u201cThe first trams will be ordered this year,\u201d Keller said on Tuesday."
#define K2 "Keller promised that fares would not rise before the line opens."

/* A short quotation, and a sentence that names what it names. */
#define T0 "\u201cThis is about the tram,\u201d Keller said."
#define T1 "The tram is dear to Keller."

/* A short quotation, and long sentences that hold its few words among
 * many others (found in BASIL: one quotation was linked to four). */
#define M0 "\u201cI used money that should have been used for the tram,\u201d Keller said."
#define M1 "On at least two occasions Keller used money from the tram budget to pay for parties " \
           "and new furniture for the offices of her party in the old town hall."
#define M2 "Auditors said she also used tram money to buy a car, a painting and a boat for " \
           "friends who had helped her campaign in the northern suburbs."

/* Two sentences between linked ones that share a topic, not a fact. */
#define G0 "Two members resigned from the transport committee in protest at the vote."
#define G1 "The transport committee will meet again in the autumn to choose the trams."

/* A sentence as close to two sentences as to either: neither alone is its
 * counterpart. */
#define N0 "Keller said the trams would serve shops, schools and hospitals in the north."
#define N1 "Shops in the north hope the trams will bring more customers."
#define N2 "Schools in the north hope the trams will bring more pupils."

typedef struct
{
  const char *name;
  const char *a[8];
  const char *b[8];
  const char *links;
} AlignCase;

static const AlignCase cases[] = {
  { "identical",
    { S0, S1, S2, S3, S4, S5 },
    { S0, S1, S2, S3, S4, S5 },
    "A0=B0 A1=B1 A2=B2 A3=B3 A4=B4 A5=B5" },
  { "paraphrased",
    { S0, S1, S2, S3, S4, S5 },
    { P0, S1, S2, S3, P4, S5 },
    "A0=B0 A1=B1 A2=B2 A3=B3 A4=B4 A5=B5" },
  { "split",
    { S0, S1, S2, S4, S5 },
    { S0, S1_FIRST, S1_SECOND, S2, S4, S5 },
    "A0=B0 A1=B1-2 A2=B3 A3=B4 A4=B5" },
  { "merged",
    { S0, S1, S2, S3, S4, S5 },
    { S0, S1, S2_S3, S4, S5 },
    "A0=B0 A1=B1 A2-3=B2 A4=B3 A5=B4" },
  { "moved",
    { S0, S1, S2, S3, S4, S5 },
    { S5, S0, S1, S2, S3, S4 },
    "A0=B1 A1=B2 A2=B3 A3=B4 A4=B5 A5=B0(moved)" },
  { "one-sided",
    { S0, S1, S2, S3, S4, S5 },
    { S0, U0, S2, S4, U1 },
    "A0=B0 A2=B2 A4=B3" },
  { "unrelated",
    { S0, S1, S2, S3 },
    { U0, U1, U2 },
    "" },
  /* Sentences that share a frame but not a fact are not linked. */
  { "same-frame",
    { S0, Q2, S2 },
    { S0, R0, S2 },
    "A0=B0 A2=B2" },
  { "same-frame-unrelated",
    { S0, Q0, Q1, Q2 },
    { U0, R1, R2, R0 },
    "" },
  { "real-counterpart",
    { S0, K0, S2, S3, S4 },
    { S0, K1, S2, S3, S4, K2 },
    "A0=B0 A1=B5(moved) A2=B2 A3=B3 A4=B4" },
  /* A short sentence linked to its copy does not also restate every
   * sentence that names the same things. */
  { "short-quotation",
    { S0, T0, S4 },
    { S0, T0, S4, T1 },
    "A0=B0 A1=B1 A2=B2" },
  { "short-quotation-in-long-sentences",
    { S0, M1, M2, S4 },
    { S0, M0, S4 },
    "A0=B0 A1=B1 A3=B2" },
  /* The gap between two links is not filled by a pair that shares a
   * topic: the order of the sentences between them says little. */
  { "gap-not-filled",
    { S0, S2, G0, S3, S4 },
    { S0, S2, G1, S3, S4 },
    "A0=B0 A1=B1 A3=B3 A4=B4" },
  /* A weak match with a rival nearly as good is no link. */
  { "weak-match-with-rival",
    { N0, S0, S3, S4 },
    { S0, S3, S4, N1, N2 },
    "A1=B0 A2=B1 A3=B2" },
  { "empty-a",
    { NULL },
    { S0, S1, S2 },
    "" },
  { "empty-b",
    { S0, S1, S2 },
    { NULL },
    "" },
  { "both-empty",
    { NULL },
    { NULL },
    "" },
};

/* What holds for every result: links are sorted by A, lie within the
 * articles, link each sentence at most once, and those not marked moved
 * follow the order of both articles (the order-preserving path). */
static void
assert_well_formed (PlxTestAlignment *alignment)
{
  g_autofree guint8 *seen_a = g_new0 (guint8, MAX (alignment->n[0], 1));
  g_autofree guint8 *seen_b = g_new0 (guint8, MAX (alignment->n[1], 1));
  const PlxLink *previous = NULL;

  for (guint k = 0; k < alignment->links->len; k++)
    {
      const PlxLink *link = &g_array_index (alignment->links, PlxLink, k);

      g_assert_cmpuint (link->a_start, <, link->a_end);
      g_assert_cmpuint (link->b_start, <, link->b_end);
      g_assert_cmpuint (link->a_end, <=, alignment->n[0]);
      g_assert_cmpuint (link->b_end, <=, alignment->n[1]);
      g_assert_cmpfloat (link->score, >, 0.0);
      g_assert_cmpfloat (link->score, <=, 1.0 + 1e-6);
      g_assert_false (link->manual);
      for (guint i = link->a_start; i < link->a_end; i++)
        g_assert_false (seen_a[i]++);
      for (guint i = link->b_start; i < link->b_end; i++)
        g_assert_false (seen_b[i]++);
      if (k > 0)
        g_assert_cmpuint (g_array_index (alignment->links, PlxLink, k - 1).a_start, <,
                          link->a_start);

      if (link->moved)
        continue;
      if (previous != NULL)
        {
          g_assert_cmpuint (previous->a_end, <=, link->a_start);
          g_assert_cmpuint (previous->b_end, <=, link->b_start);
        }
      previous = link;
    }
}

static void
test_case (gconstpointer data)
{
  const AlignCase *c = data;
  g_autoptr(PlxTestAlignment) alignment = plx_test_alignment_new (c->a, c->b, 0.5);
  g_autofree char *links = plx_test_alignment_describe (alignment);

  g_test_message ("%s: %s", c->name, links);
  assert_well_formed (alignment);
  g_assert_cmpstr (links, ==, c->links);
}

/* Word for word the same sentences are linked as identical; reworded ones
 * as paraphrases. */
static void
test_kinds (void)
{
  static const char *const a[] = { S0, S1, S4, NULL };
  static const char *const b[] = { P0, S1, P4, NULL };
  static const PlxLinkKind expected[] = { PLX_LINK_PARAPHRASE, PLX_LINK_IDENTICAL,
                                          PLX_LINK_PARAPHRASE };
  g_autoptr(PlxTestAlignment) alignment = plx_test_alignment_new (a, b, 0.5);

  g_assert_cmpuint (alignment->links->len, ==, G_N_ELEMENTS (expected));
  for (guint k = 0; k < alignment->links->len; k++)
    {
      const PlxLink *link = &g_array_index (alignment->links, PlxLink, k);
      PlxLinkKind kind = plx_test_alignment_classify (alignment, link);

      g_test_message ("A%u=B%u: %s (score %.2f)", link->a_start, link->b_start,
                      plx_link_kind_to_string (kind), link->score);
      g_assert_cmpstr (plx_link_kind_to_string (kind), ==,
                       plx_link_kind_to_string (expected[k]));
    }
}

/* Sensitivity trades links for certainty: loosely related pairs link when
 * sensitivity is high and not at the default or below, and raising it never
 * loses a link. */
static void
test_sensitivity (void)
{
  static const char *const a[] = { S4, S5, NULL };
  static const char *const b[] = {
    "Opposition councillors said the tram project was badly planned.",
    "Shopkeepers fear the works will drive customers away.",
    NULL };
  guint previous = 0;

  for (guint step = 0; step <= 4; step++)
    {
      double sensitivity = step / 4.0;
      g_autoptr(PlxTestAlignment) alignment = plx_test_alignment_new (a, b, sensitivity);
      g_autofree char *links = plx_test_alignment_describe (alignment);

      g_test_message ("sensitivity %.2f: %s", sensitivity, links);
      assert_well_formed (alignment);
      g_assert_cmpuint (alignment->links->len, >=, previous);
      previous = alignment->links->len;
      /* At the default, these pairs share too little to link. */
      if (sensitivity <= 0.5)
        g_assert_cmpstr (links, ==, "");
    }
  g_assert_cmpuint (previous, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/aligner/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/core/aligner/kinds", test_kinds);
  g_test_add_func ("/core/aligner/sensitivity", test_sensitivity);

  return g_test_run ();
}
