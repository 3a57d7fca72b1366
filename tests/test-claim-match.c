/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Claim matching on small pairs of articles: whether a claim of one is
 * in the other, and if so what a reader sees changed in it. */

#include "config.h"

#include <string.h>

#include "plx-claim-match.h"
#include "plx-comparison.h"

/* One row: two articles, a claim of each told by its reporting verb (the
 * first claim with it), the status the pair gets and words its change
 * names (%NULL: no change told). */
typedef struct
{
  const char    *path;
  const char    *text_a;
  const char    *verb_a;
  const char    *text_b;
  const char    *verb_b;
  PlxClaimStatus status;
  const char    *change[3];
} MatchCase;

#define BRIDGE "the bridge would reopen to traffic in May after the repairs"

static const MatchCase cases[] = {
  { "/core/claim-match/shared/same-words",
    "The mayor said that " BRIDGE ".", "said",
    "The mayor said that " BRIDGE ".", "said",
    PLX_CLAIM_SHARED, { NULL } },
  /* Another spelling of a name is the same speaker. */
  { "/core/claim-match/shared/name-spelling",
    "On Monday, Ukrainian President Volodymyr Zelensky said that " BRIDGE ".", "said",
    "On Monday, Ukrainian President Volodymyr Zelenskyy said that " BRIDGE ".", "said",
    PLX_CLAIM_SHARED, { NULL } },
  /* A shorter excerpt of the same quotation is not a changed quote. */
  { "/core/claim-match/shared/quote-excerpt",
    "“The bridge will reopen to traffic in May after the repairs, for cars and bicycles,” "
    "Mayor Anna Keller said.", "said",
    "“The bridge will reopen to traffic in May after the repairs,” Mayor Anna Keller said.",
    "said",
    PLX_CLAIM_SHARED, { NULL } },
  { "/core/claim-match/reframed/verb",
    "The mayor said that " BRIDGE ".", "said",
    "The mayor claimed that " BRIDGE ".", "claimed",
    PLX_CLAIM_REFRAMED, { "reporting verb", "said", "claimed" } },
  { "/core/claim-match/reframed/hedge",
    "The mayor said that the bridge will reopen to traffic in May after the repairs.", "said",
    "The mayor said that the bridge will probably reopen to traffic in May after the repairs.",
    "said",
    PLX_CLAIM_REFRAMED, { "hedge", "probably" } },
  { "/core/claim-match/quote-changed/words",
    "“The bridge will reopen to traffic in May after the repairs,” Mayor Anna Keller said.",
    "said",
    "“The bridge will reopen to traffic in June at the earliest after the repairs,” Mayor Anna "
    "Keller said.", "said",
    PLX_CLAIM_QUOTE_CHANGED, { "in May", "in June at the earliest" } },
  { "/core/claim-match/attribution-changed/speaker",
    "Mayor Anna Keller said that " BRIDGE ".", "said",
    "Governor Tom Baker said that " BRIDGE ".", "said",
    PLX_CLAIM_ATTRIBUTION_CHANGED, { "Keller", "Baker" } },
  { "/core/claim-match/attribution-changed/party",
    "Kremlin spokesman Dmitry Peskov said that " BRIDGE ".", "said",
    "Ukrainian President Volodymyr Zelensky said that " BRIDGE ".", "said",
    PLX_CLAIM_ATTRIBUTION_CHANGED, { "Peskov", "Zelensky" } },
  { "/core/claim-match/attribution-changed/quoted-paraphrased",
    "“The bridge will reopen to traffic in May after the repairs,” Mayor Anna Keller said.",
    "said",
    "Mayor Anna Keller said that the bridge will reopen to traffic in May after the repairs.",
    "said",
    PLX_CLAIM_ATTRIBUTION_CHANGED, { "quoted in A, paraphrased in B" } },
};

typedef struct
{
  PlxArticle    *a;
  PlxArticle    *b;
  PlxComparison *comparison;
} Pair;

static void
log_claims (Pair   *pair,
            PlxSide side)
{
  GArray *claims = plx_comparison_get_claims (pair->comparison, side);

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
      const PlxClaimMatch *match = plx_comparison_get_claim_match (pair->comparison, side, i);

      g_test_message ("%c%u: %s “%s” (%s): %s — %s, counterpart %d, change %s",
                      side == PLX_SIDE_A ? 'A' : 'B', i, claim->verb, claim->speaker_name,
                      claim->party ? claim->party : "-", claim->text,
                      plx_claim_status_to_string (match->status), match->counterpart,
                      match->change ? match->change : "-");
    }
}

static void
pair_init (Pair       *pair,
           const char *text_a,
           const char *text_b)
{
  g_autoptr(GError) error = NULL;

  pair->a = plx_article_new (text_a, NULL, "a.txt");
  pair->b = plx_article_new (text_b, NULL, "b.txt");
  pair->comparison = plx_comparison_new (pair->a, pair->b);
  g_assert_true (plx_comparison_run (pair->comparison, NULL, &error));
  g_assert_no_error (error);
  log_claims (pair, PLX_SIDE_A);
  log_claims (pair, PLX_SIDE_B);
}

static void
pair_clear (Pair *pair)
{
  g_assert_finalize_object (pair->comparison);
  g_assert_finalize_object (pair->a);
  g_assert_finalize_object (pair->b);
}

static guint
find_claim (Pair       *pair,
            PlxSide     side,
            const char *verb)
{
  GArray *claims = plx_comparison_get_claims (pair->comparison, side);

  for (guint i = 0; i < claims->len; i++)
    if (g_str_equal (g_array_index (claims, PlxClaim, i).verb, verb))
      return i;

  g_error ("no claim “%s” in article %c", verb, side == PLX_SIDE_A ? 'A' : 'B');
  return 0;
}

/* Whatever the statuses: a claim's counterpart has it as its own
 * counterpart, with the same status and change, and the sentence given
 * is the counterpart's. */
static void
assert_counterparts_agree (Pair   *pair,
                           PlxSide side)
{
  PlxSide other = side == PLX_SIDE_A ? PLX_SIDE_B : PLX_SIDE_A;
  GArray *claims = plx_comparison_get_claims (pair->comparison, side);
  GArray *others = plx_comparison_get_claims (pair->comparison, other);

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaimMatch *match = plx_comparison_get_claim_match (pair->comparison, side, i);
      const PlxClaimMatch *back;

      if (match->counterpart < 0)
        {
          g_assert_cmpint (match->status, ==,
                           side == PLX_SIDE_A ? PLX_CLAIM_ONLY_A : PLX_CLAIM_ONLY_B);
          continue;
        }

      g_assert_cmpint (match->counterpart, <, others->len);
      back = plx_comparison_get_claim_match (pair->comparison, other, match->counterpart);
      g_assert_cmpint (back->counterpart, ==, i);
      g_assert_cmpint (back->status, ==, match->status);
      g_assert_cmpstr (back->change, ==, match->change);
      g_assert_cmpuint (match->counterpart_sentence, ==,
                        g_array_index (others, PlxClaim, match->counterpart).sentence);
    }
}

static void
test_case (gconstpointer data)
{
  const MatchCase *row = data;
  Pair pair;
  guint a;
  guint b;
  const PlxClaimMatch *match;

  pair_init (&pair, row->text_a, row->text_b);
  a = find_claim (&pair, PLX_SIDE_A, row->verb_a);
  b = find_claim (&pair, PLX_SIDE_B, row->verb_b);
  match = plx_comparison_get_claim_match (pair.comparison, PLX_SIDE_A, a);

  g_assert_cmpstr (plx_claim_status_to_string (match->status), ==,
                   plx_claim_status_to_string (row->status));
  g_assert_cmpint (match->counterpart, ==, b);
  if (row->change[0] == NULL)
    g_assert_null (match->change);
  for (guint i = 0; i < G_N_ELEMENTS (row->change) && row->change[i] != NULL; i++)
    if (match->change == NULL || strstr (match->change, row->change[i]) == NULL)
      g_error ("change “%s” does not name “%s”", match->change, row->change[i]);

  assert_counterparts_agree (&pair, PLX_SIDE_A);
  assert_counterparts_agree (&pair, PLX_SIDE_B);
  pair_clear (&pair);
}

/* A claim told in one article only has no counterpart; the claim both
 * tell still pairs up. */
static void
test_one_article_only (void)
{
  Pair pair;
  const PlxClaimMatch *shared_a;
  const PlxClaimMatch *dam;
  const PlxClaimMatch *school;

  pair_init (&pair,
             "The mayor said that " BRIDGE ". "
             "Engineers warned that the old dam upstream was cracking under the spring floods.",
             "The mayor said that " BRIDGE ". "
             "Teachers complained that the village school had been closed for a whole year.");

  shared_a = plx_comparison_get_claim_match (pair.comparison, PLX_SIDE_A,
                                             find_claim (&pair, PLX_SIDE_A, "said"));
  g_assert_cmpint (shared_a->status, ==, PLX_CLAIM_SHARED);
  g_assert_cmpint (shared_a->counterpart, ==, find_claim (&pair, PLX_SIDE_B, "said"));

  dam = plx_comparison_get_claim_match (pair.comparison, PLX_SIDE_A,
                                        find_claim (&pair, PLX_SIDE_A, "warned"));
  g_assert_cmpint (dam->status, ==, PLX_CLAIM_ONLY_A);
  g_assert_cmpint (dam->counterpart, ==, -1);
  g_assert_null (dam->change);

  school = plx_comparison_get_claim_match (pair.comparison, PLX_SIDE_B,
                                           find_claim (&pair, PLX_SIDE_B, "complained"));
  g_assert_cmpint (school->status, ==, PLX_CLAIM_ONLY_B);
  g_assert_cmpint (school->counterpart, ==, -1);
  g_assert_null (school->change);

  assert_counterparts_agree (&pair, PLX_SIDE_A);
  assert_counterparts_agree (&pair, PLX_SIDE_B);
  pair_clear (&pair);
}

/* Several claims in each article: each finds its own counterpart, in
 * whatever order the other article tells them. */
static void
test_order (void)
{
  Pair pair;
  GArray *claims_a;
  GArray *claims_b;

  pair_init (&pair,
             "The mayor said that " BRIDGE ". "
             "Engineers warned that the old dam upstream was cracking under the spring floods. "
             "Teachers complained that the village school had been closed for a whole year.",
             "Teachers complained that the village school had been closed for a whole year. "
             "The mayor said that " BRIDGE ". "
             "Engineers warned that the old dam upstream was cracking under the spring floods.");

  claims_a = plx_comparison_get_claims (pair.comparison, PLX_SIDE_A);
  claims_b = plx_comparison_get_claims (pair.comparison, PLX_SIDE_B);
  g_assert_cmpuint (claims_a->len, ==, 3);
  for (guint i = 0; i < claims_a->len; i++)
    {
      const PlxClaimMatch *match = plx_comparison_get_claim_match (pair.comparison, PLX_SIDE_A, i);

      g_assert_cmpint (match->status, ==, PLX_CLAIM_SHARED);
      g_assert_cmpint (match->counterpart, >=, 0);
      g_assert_cmpstr (g_array_index (claims_b, PlxClaim, match->counterpart).text, ==,
                       g_array_index (claims_a, PlxClaim, i).text);
    }

  assert_counterparts_agree (&pair, PLX_SIDE_A);
  assert_counterparts_agree (&pair, PLX_SIDE_B);
  pair_clear (&pair);
}

/* The names the reports and the command line print. */
static void
test_status_to_string (void)
{
  static const struct
  {
    PlxClaimStatus status;
    const char    *name;
  } names[] = {
    { PLX_CLAIM_SHARED, "shared" },
    { PLX_CLAIM_ONLY_A, "only-a" },
    { PLX_CLAIM_ONLY_B, "only-b" },
    { PLX_CLAIM_REFRAMED, "reframed" },
    { PLX_CLAIM_QUOTE_CHANGED, "quote-changed" },
    { PLX_CLAIM_ATTRIBUTION_CHANGED, "attribution-changed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (plx_claim_status_to_string (names[i].status), ==, names[i].name);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_case);
  g_test_add_func ("/core/claim-match/one-article-only", test_one_article_only);
  g_test_add_func ("/core/claim-match/order", test_order);
  g_test_add_func ("/core/claim-match/status-to-string", test_status_to_string);

  return g_test_run ();
}
