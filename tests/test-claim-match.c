/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Claim matching on small pairs of articles: whether a claim of one is
 * in the other, and if so what a reader sees changed in it. */

#include "config.h"

#include <string.h>

#include "plx-claim-match.h"
#include "plx-comparison.h"
#include "plx-palette.h"

/* One row: two articles, a claim of each told by its reporting verb (the
 * first claim with it), the status the pair gets, words its change names
 * (%NULL: no change told) and words it must not show. */
typedef struct
{
  const char    *path;
  const char    *text_a;
  const char    *verb_a;
  const char    *text_b;
  const char    *verb_b;
  PlxClaimStatus status;
  const char    *change[3];
  const char    *absent[2];
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
  /* A shorter excerpt of the same quotation whose other words the
   * article tells in its own is not a changed quote. */
  { "/core/claim-match/shared/quote-excerpt",
    "“The bridge will reopen to traffic in May after the repairs, for cars and bicycles,” "
    "Mayor Anna Keller said.", "said",
    "Mayor Anna Keller said the bridge “will reopen to traffic in May after the repairs” for "
    "cars and bicycles.",
    "said",
    PLX_CLAIM_SHARED, { NULL } },
  /* A quotation that differs in a function word or the spelling of a name
   * is the same quotation. */
  { "/core/claim-match/shared/quote-small-words",
    "“The bridge will reopen to traffic in May after the repairs are done,” Mayor Anna Keller "
    "said.", "said",
    "“The bridge will reopen to traffic in May after all the repairs are done,” Mayor Anna Keller "
    "said.", "said",
    PLX_CLAIM_SHARED, { NULL } },
  { "/core/claim-match/shared/quote-name-spelling",
    "“The bridge Governor Zelensky promised will reopen to traffic in May,” Mayor Anna Keller "
    "said.", "said",
    "“The bridge Governor Zelenskyy promised will reopen to traffic in May,” Mayor Anna Keller "
    "said.", "said",
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
  { "/core/claim-match/paraphrased/quoted-in-a",
    "“The bridge will reopen to traffic in May after the repairs,” Mayor Anna Keller said.",
    "said",
    "Mayor Anna Keller said that the bridge will reopen to traffic in May after the repairs.",
    "said",
    PLX_CLAIM_PARAPHRASED, { "quoted in A, paraphrased in B" } },
  { "/core/claim-match/paraphrased/quoted-in-b",
    "Mayor Anna Keller said that the bridge will reopen to traffic in May after the repairs.",
    "said",
    "“The bridge will reopen to traffic in May after the repairs,” Mayor Anna Keller said.",
    "said",
    PLX_CLAIM_PARAPHRASED, { "paraphrased in A, quoted in B" } },
  /* Part of a quotation kept, part dropped: the dropped words are named
   * as written, and not again as a lost hedge. */
  { "/core/claim-match/quote-trimmed/hedge",
    "“The bridge will reopen to traffic in May, as far as I know,” Mayor Anna Keller said.",
    "said",
    "Mayor Anna Keller said the bridge “will reopen to traffic in May”.", "said",
    PLX_CLAIM_QUOTE_TRIMMED, { "dropped in B: “as far as I know”" }, { "hedge" } },
  { "/core/claim-match/quote-trimmed/words",
    "“The bridge will reopen to traffic in May after the repairs, for cars and bicycles,” "
    "Mayor Anna Keller said.", "said",
    "“The bridge will reopen to traffic in May after the repairs,” Mayor Anna Keller said.",
    "said",
    PLX_CLAIM_QUOTE_TRIMMED, { "dropped in B: “for cars and bicycles”" } },
  { "/core/claim-match/quote-trimmed/in-a",
    "Mayor Anna Keller said the bridge “will reopen to traffic in May”.", "said",
    "“The bridge will reopen to traffic in May, unless the river floods again,” Mayor Anna "
    "Keller said.", "said",
    PLX_CLAIM_QUOTE_TRIMMED, { "dropped in A: “unless the river floods again”" } },
  /* Through an intermediary on one side, directly on the other. */
  { "/core/claim-match/second-hand/quoted",
    "Local newspapers quoted Mayor Anna Keller as saying: “The bridge will reopen to traffic "
    "in May after the repairs.”", "quoted as saying",
    "Mayor Anna Keller said: “The bridge will reopen to traffic in May after the repairs.”",
    "said",
    PLX_CLAIM_SECOND_HAND, { "second-hand in A (“quoted”), direct in B" } },
  { "/core/claim-match/second-hand/reportedly",
    "Mayor Anna Keller said that " BRIDGE ".", "said",
    "Mayor Anna Keller reportedly said that " BRIDGE ".", "said",
    PLX_CLAIM_SECOND_HAND, { "second-hand in B (“reportedly”), direct in A" }, { "hedge" } },
  { "/core/claim-match/second-hand/through-another",
    "Governor Tom Baker told reporters that Mayor Anna Keller said that " BRIDGE ".", "said",
    "Mayor Anna Keller said that " BRIDGE ".", "said",
    PLX_CLAIM_SECOND_HAND, { "second-hand in A (through", "Baker" } },
  /* The same number of negations in other words keeps the sense; words
   * apart are told apart, each as written. */
  { "/core/claim-match/labels/negations-in-other-words",
    "The mayor said that no engineer had inspected the old bridge and that it was not safe.",
    "said",
    "The mayor said that the old bridge had not been inspected by an engineer and was not "
    "safe.", "said",
    PLX_CLAIM_SHARED, { NULL } },
  { "/core/claim-match/labels/words-apart",
    "The mayor said that the bridge would reopen to traffic in May after the long repairs.",
    "said",
    "The mayor said that the bridge would fully reopen to traffic in May after the truly "
    "massive repairs.", "said",
    PLX_CLAIM_REFRAMED, { "intensifier only in B: “fully”, “truly massive”" },
    { "fully truly" } },
  /* Another form of the same verb is no reframing; a verb that is also a
   * hedge is told once, as the verb. */
  { "/core/claim-match/labels/verb-forms",
    "The mayor confirms that " BRIDGE ".", "confirms",
    "The mayor confirmed that " BRIDGE ".", "confirmed",
    PLX_CLAIM_SHARED, { NULL } },
  { "/core/claim-match/labels/verb-irregular-forms",
    "The mayor says that " BRIDGE ".", "says",
    "The mayor said that " BRIDGE ".", "said",
    PLX_CLAIM_SHARED, { NULL } },
  { "/core/claim-match/labels/verb-not-again-as-hedge",
    "The mayor said that " BRIDGE ".", "said",
    "The mayor suggested that " BRIDGE ".", "suggested",
    PLX_CLAIM_REFRAMED, { "reporting verb: “said” → “suggested”" }, { "hedge" } },
  { "/core/claim-match/labels/source-not-again-as-hedge",
    "According to the mayor, " BRIDGE ".", "according to",
    "The mayor said that " BRIDGE ".", "said",
    PLX_CLAIM_REFRAMED, { "reporting verb: “according to” → “said”" }, { "hedge" } },
  /* "May" inside a sentence is the month, not a hedge. */
  { "/core/claim-match/labels/names-are-not-tags",
    "The mayor said that the bridge would reopen to traffic in spring after the repairs.",
    "said",
    "The mayor announced that the bridge would reopen to traffic in May after the repairs.",
    "announced",
    PLX_CLAIM_REFRAMED, { "reporting verb: “said” → “announced”" }, { "May”" } },
};

/* Best counterpart by content, then by speaker: claim @verb_b of B (by
 * @speaker_b, when given) pairs with claim @verb_a of A by @speaker_a, not
 * with the decoy @decoy_verb of A by @decoy_speaker. */
typedef struct
{
  const char *path;
  const char *text_a;
  const char *text_b;
  const char *verb_b;
  const char *verb_a;
  const char *speaker_a;
  const char *decoy_verb;
  const char *decoy_speaker;
} BestCase;

static const BestCase best_cases[] = {
  /* A claim of the same speaker that shares only the words past the
   * other content's clause break is not its counterpart. */
  { "/core/claim-match/best/lead-over-tail",
    "The mayor said that the bridge would reopen soon, citing the repairs on the old stone "
    "piers of the river crossing.",
    "The mayor announced that the bridge would reopen in May; the repairs on the old stone piers "
    "of the river crossing went well.",
    "announced", "said", NULL, "citing", NULL },
  /* The same words from two speakers: the same speaker's. */
  { "/core/claim-match/best/same-speaker",
    "Governor Tom Baker said that the bridge would reopen to traffic in May after the repairs. "
    "Mayor Anna Keller said that the bridge would reopen to traffic in May after the repairs.",
    "On Monday the bridge would reopen to traffic in May after the repairs, Keller said.",
    "said", "said", "Keller", "said", "Baker" },
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
  for (guint i = 0; i < G_N_ELEMENTS (row->absent) && row->absent[i] != NULL; i++)
    if (match->change != NULL && strstr (match->change, row->absent[i]) != NULL)
      g_error ("change “%s” shows “%s”", match->change, row->absent[i]);

  assert_counterparts_agree (&pair, PLX_SIDE_A);
  assert_counterparts_agree (&pair, PLX_SIDE_B);
  pair_clear (&pair);
}

static guint
find_claim_by (Pair       *pair,
               PlxSide     side,
               const char *verb,
               const char *speaker)
{
  GArray *claims = plx_comparison_get_claims (pair->comparison, side);

  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);

      if (g_str_equal (claim->verb, verb) &&
          (speaker == NULL || strstr (claim->speaker_name, speaker) != NULL))
        return i;
    }

  g_error ("no claim “%s” by “%s” in article %c", verb, speaker ? speaker : "anyone",
           side == PLX_SIDE_A ? 'A' : 'B');
  return 0;
}

static void
test_best (gconstpointer data)
{
  const BestCase *row = data;
  Pair pair;
  const PlxClaimMatch *match;
  guint decoy;

  pair_init (&pair, row->text_a, row->text_b);
  match = plx_comparison_get_claim_match (pair.comparison, PLX_SIDE_B,
                                          find_claim_by (&pair, PLX_SIDE_B, row->verb_b, NULL));
  decoy = find_claim_by (&pair, PLX_SIDE_A, row->decoy_verb, row->decoy_speaker);
  g_assert_cmpint (match->counterpart, ==,
                   find_claim_by (&pair, PLX_SIDE_A, row->verb_a, row->speaker_a));
  g_assert_cmpint (match->counterpart, !=, decoy);

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
    { PLX_CLAIM_QUOTE_TRIMMED, "quote-trimmed" },
    { PLX_CLAIM_SECOND_HAND, "second-hand" },
    { PLX_CLAIM_PARAPHRASED, "paraphrased" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (plx_claim_status_to_string (names[i].status), ==, names[i].name);
}

/* Every status has its own label and colour, under the name the HTML
 * report's chips take from the JSON string, in both themes' styles. */
static void
test_status_swatches (void)
{
  g_autofree char *light = plx_palette_dup_css (FALSE);
  g_autofree char *dark = plx_palette_dup_css (TRUE);

  for (PlxClaimStatus status = 0; status < PLX_CLAIM_N_STATUSES; status++)
    {
      const PlxSwatch *swatch = plx_palette_status (status);
      g_autofree char *name = g_strconcat ("status-", plx_claim_status_to_string (status), NULL);
      g_autofree char *rule = g_strconcat (".chip.", name, " ", NULL);

      g_assert_cmpstr (swatch->name, ==, name);
      g_assert_nonnull (strstr (light, rule));
      g_assert_nonnull (strstr (dark, rule));
      g_assert_cmpstr (plx_swatch_get_label (swatch), !=, "");
      for (PlxClaimStatus other = 0; other < status; other++)
        {
          g_assert_cmpstr (plx_swatch_get_label (plx_palette_status (other)), !=,
                           plx_swatch_get_label (swatch));
          g_assert_cmpstr (plx_claim_status_to_string (other), !=,
                           plx_claim_status_to_string (status));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_case);
  for (guint i = 0; i < G_N_ELEMENTS (best_cases); i++)
    g_test_add_data_func (best_cases[i].path, &best_cases[i], test_best);
  g_test_add_func ("/core/claim-match/one-article-only", test_one_article_only);
  g_test_add_func ("/core/claim-match/order", test_order);
  g_test_add_func ("/core/claim-match/status-to-string", test_status_to_string);
  g_test_add_func ("/core/claim-match/status-swatches", test_status_swatches);

  return g_test_run ();
}
