/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The collation of several articles: story units on sets whose units are
 * known, coverage, reading order, moved and split sentences, and the two-
 * article case, which must stay the comparison it always was. */

#include "config.h"

#include <string.h>

#include "plx-collation-claims.h"
#include "plx-collation.h"
#include "plx-report-collation.h"
#include "plx-report-json.h"
#include "test-compare.h"

/* Facts the synthetic articles tell, each a sentence. */
#define BUDGET "The city council approved the new budget for public schools on Tuesday evening."
#define TEACHERS "Mayor Elena Ruiz said the plan would hire two hundred teachers next year."
#define TEACHERS_REWORDED "Under the plan, two hundred additional teachers will be recruited next " \
  "year, according to Mayor Elena Ruiz."
#define STADIUM "Opposition members criticised the cost of the stadium renovation project."
#define PARENTS "Parents gathered outside the town hall holding banners about class sizes."
#define LIBRARY "The budget also funds repairs to the flooded library on Main Street."
#define UNIONS "Teachers unions welcomed the decision and promised to monitor its " \
  "implementation closely."
#define VOTE "The vote passed by seven to two after a long debate about taxes and spending."
#define VOTE_1 "The vote passed by seven to two."
#define VOTE_2 "It followed a long debate about taxes and spending."

static PlxCollation *
collate_texts (const char *const *texts,
               guint              n)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  PlxCollation *collation;

  for (guint k = 0; k < n; k++)
    {
      g_autofree char *source = g_strdup_printf ("%c.txt", 'a' + k);

      g_ptr_array_add (articles, plx_article_new (texts[k], NULL, source));
    }
  collation = plx_collation_new ((PlxArticle *const *) articles->pdata, n);
  plx_collation_set_language (collation, "en");
  g_assert_true (plx_collation_run (collation, NULL, &error));
  g_assert_no_error (error);

  return collation;
}

/* The units in reading order, one line each: per article its sentences
 * and how it tells the unit (C central, I identical, P paraphrase, T
 * partial, with * when moved), or "-" when it does not. */
static char *
describe_units (PlxCollation *collation)
{
  GString *out = g_string_new (NULL);

  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
        {
          const PlxUnitCell *cell = &unit->cells[k];

          g_string_append (out, k > 0 ? " " : "");
          if (cell->told == PLX_TOLD_ABSENT)
            {
              g_string_append (out, "-");
              continue;
            }
          for (guint i = 0; i < cell->n_sentences; i++)
            g_string_append_printf (out, "%s%u", i > 0 ? "," : "", cell->sentences[i]);
          g_string_append_c (out, "-CIPT"[cell->told]);
          if (cell->moved)
            g_string_append_c (out, '*');
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* Four articles: a fact all tell, one three tell alike and one rewords,
 * one two tell, one only the last tells, one the pivot leaves out but two
 * others tell, one told as two sentences by one article, and one article
 * that tells its first fact last. */
static void
test_units_known (void)
{
  const char *texts[] = {
    BUDGET " " TEACHERS " " STADIUM " " PARENTS " " VOTE,
    BUDGET " " TEACHERS " " STADIUM " " UNIONS " " VOTE,
    TEACHERS " " UNIONS " " PARENTS " " VOTE_1 " " VOTE_2 " " BUDGET,
    BUDGET " " TEACHERS_REWORDED " " PARENTS " " LIBRARY,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *units = describe_units (collation);

  g_test_message ("%s", units);
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 0);
  g_assert_cmpstr (units, ==,
                   "0C 0I 5I* 0I\n"
                   "1C 1I 0I 1P\n"
                   "2C 2I - -\n"
                   "- 3C 1I -\n"
                   "3C - 2I 2I\n"
                   "- - - 3C\n"
                   "4C 4I 3,4P -\n");
}

static void
test_coverage (void)
{
  const char *texts[] = {
    BUDGET " " TEACHERS " " STADIUM " " PARENTS " " VOTE,
    BUDGET " " TEACHERS " " STADIUM " " UNIONS " " VOTE,
    TEACHERS " " UNIONS " " PARENTS " " VOTE_1 " " VOTE_2 " " BUDGET,
    BUDGET " " TEACHERS_REWORDED " " PARENTS " " LIBRARY,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  guint counts[5] = { 0 };
  guint seen[4] = { 0 };

  /* Every sentence is in exactly one unit, and that unit says so. */
  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      counts[unit->n_carrying]++;
      for (guint k = 0; k < 4; k++)
        for (guint i = 0; i < unit->cells[k].n_sentences; i++)
          {
            g_assert_cmpint (plx_collation_find_unit (collation, k, unit->cells[k].sentences[i]),
                             ==, u);
            seen[k]++;
          }
    }
  for (guint k = 0; k < 4; k++)
    g_assert_cmpuint (seen[k], ==,
                      plx_article_get_n_sentences (plx_collation_get_article (collation, k)));
  g_assert_cmpuint (counts[4], ==, 2);
  g_assert_cmpuint (counts[3], ==, 2);
  g_assert_cmpuint (counts[2], ==, 2);
  g_assert_cmpuint (counts[1], ==, 1);
}

/* The pivot is the article that shares most with the others, wherever it
 * stands; the reading order is its order. */
static void
test_pivot (void)
{
  const char *texts[] = {
    LIBRARY " " STADIUM,
    BUDGET " " TEACHERS " " PARENTS " " VOTE,
    BUDGET " " TEACHERS " " PARENTS,
    TEACHERS " " PARENTS " " VOTE,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *units = describe_units (collation);

  g_test_message ("%s", units);
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 1);
  g_assert_cmpstr (units, ==,
                   "- 0C 0I -\n"
                   "- 1C 1I 0I\n"
                   "- 2C 2I 1I\n"
                   "- 3C - 2I\n"
                   "0C - - -\n"
                   "1C - - -\n");
}

/* A base chosen by hand replaces the most central article: every other
 * article is compared with it and the reading order is its own; -1 goes
 * back to the most central, and an article the collation does not have
 * counts as -1. */
static void
test_chosen_pivot (void)
{
  const char *texts[] = {
    LIBRARY " " STADIUM,
    BUDGET " " TEACHERS " " PARENTS " " VOTE,
    BUDGET " " TEACHERS " " PARENTS,
    TEACHERS " " PARENTS " " VOTE,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(GError) error = NULL;
  g_autofree char *units = NULL;

  g_assert_cmpint (plx_collation_get_chosen_pivot (collation), ==, -1);
  plx_collation_set_pivot (collation, 3);
  g_assert_cmpint (plx_collation_get_chosen_pivot (collation), ==, 3);
  g_assert_true (plx_collation_run (collation, NULL, &error));
  g_assert_no_error (error);
  units = describe_units (collation);
  g_test_message ("%s", units);
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 3);
  g_assert_null (plx_collation_get_comparison (collation, 3));
  g_assert_nonnull (plx_collation_get_comparison (collation, 1));
  g_assert_cmpstr (units, ==,
                   "- 0C 0I -\n"
                   "- 1I 1I 0C\n"
                   "- 2I 2I 1C\n"
                   "- 3I - 2C\n"
                   "0C - - -\n"
                   "1C - - -\n");

  plx_collation_set_pivot (collation, 12);
  g_assert_cmpint (plx_collation_get_chosen_pivot (collation), ==, -1);
  plx_collation_set_pivot (collation, 3);
  plx_collation_set_pivot (collation, -1);
  g_assert_true (plx_collation_run (collation, NULL, &error));
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 1);
}

/* Two articles: the collation is the comparison, byte for byte. */
static void
test_two_articles_unchanged (void)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare_sample ();
  PlxArticle *articles[2] = {
    plx_comparison_get_article (comparison, PLX_SIDE_A),
    plx_comparison_get_article (comparison, PLX_SIDE_B),
  };
  g_autoptr(PlxCollation) collation = plx_collation_new (articles, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = plx_report_json_comparison (comparison);
  g_autofree char *after = NULL;

  plx_collation_set_language (collation, "en");
  g_assert_true (plx_collation_run (collation, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 0);
  after = plx_report_json_comparison (plx_collation_get_comparison (collation, 1));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (strlen (before), >, 1000);

  /* Every link of the comparison is one unit, both articles carrying it. */
  for (guint i = 0; i < plx_comparison_get_n_links (comparison); i++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, i);
      int u = plx_collation_find_unit (collation, 0, link->a_start);
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      g_assert_cmpint (plx_collation_find_unit (collation, 1, link->b_start), ==, u);
      g_assert_cmpuint (unit->n_carrying, ==, 2);
      g_assert_cmpuint (unit->cells[1].told, ==,
                        link->kind == PLX_LINK_IDENTICAL    ? PLX_TOLD_IDENTICAL
                        : link->kind == PLX_LINK_PARAPHRASE ? PLX_TOLD_PARAPHRASE
                                                            : PLX_TOLD_PARTIAL);
    }
}

/* A cell's diff counts in the tokens it names: the words of a reworded
 * version are found in the text of its article. */
static void
test_cell_diff (void)
{
  const char *texts[] = {
    BUDGET " " TEACHERS " " STADIUM,
    BUDGET " " TEACHERS " " STADIUM,
    BUDGET " Mayor Elena Ruiz said the plan would hire three hundred teachers next year. " STADIUM,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  const PlxUnit *unit = plx_collation_get_unit (collation, 1);
  const PlxUnitCell *cell = &unit->cells[2];
  const char *text = plx_article_get_text (plx_collation_get_article (collation, 2));
  const char *central = plx_article_get_text (plx_collation_get_article (collation, unit->central));
  gboolean found = FALSE;

  g_assert_cmpuint (unit->n_carrying, ==, 3);
  g_assert_nonnull (cell->diff);
  g_assert_null (unit->cells[unit->central].diff);
  for (guint i = 0; i < cell->diff->len; i++)
    {
      const PlxDiffEdit *edit = &g_array_index (cell->diff, PlxDiffEdit, i);

      if (edit->op != PLX_DIFF_REPLACE)
        continue;
      g_assert_cmpuint (edit->b_end, <=, cell->n_tokens);
      g_assert_cmpuint (edit->a_end, <=, cell->n_central_tokens);
      g_assert_true (strncmp (text + cell->tokens[edit->b_start].byte_start, "three", 5) == 0);
      g_assert_true (strncmp (central + cell->central_tokens[edit->a_start].byte_start, "two",
                              3) == 0);
      found = TRUE;
    }
  g_assert_true (found);
}

static char *
describe_claims (PlxCollation *collation)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    {
      const PlxCollatedClaim *row = plx_collation_get_claim_row (collation, r);

      g_string_append_printf (out, "%s:", row->party);
      for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
        {
          const PlxCollatedClaimCell *cell = &row->cells[k];

          if (cell->claim < 0)
            g_string_append (out, " -");
          else
            g_string_append_printf (out, " %d%s", cell->claim,
                                    cell->status == PLX_CLAIM_SHARED
                                      ? ""
                                      : plx_claim_status_to_string (cell->status));
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

#define MAYOR_QUOTE "“We will rebuild every school on the east side before the winter,” " \
  "Mayor Anna Keller said on Monday."
#define MAYOR_TRIMMED "“We will rebuild every school,” Mayor Anna Keller said on Monday."
#define MAYOR_CHANGED "“We will rebuild a few schools on the east side before the summer,” " \
  "Mayor Anna Keller said on Monday."
#define KREMLIN "The Kremlin said on Tuesday that it had no plans for a meeting with Ukraine."
#define KREMLIN_DENIED "The Kremlin denied on Tuesday that it had any plans for a meeting " \
  "with Ukraine."
#define POLICE "Police chief Tom Brandt said the harbour bridge would reopen to traffic in May."
#define POLICE_MAYOR "Mayor Anna Keller said the harbour bridge would reopen to traffic in May."
#define GOVERNOR "Governor Lisa Moreau said the state would pay for the new pumps."
#define FLOOD "The river flooded the east side of the city on Sunday night."

/* Claims across four articles: one an outlet reframes (denied for said),
 * a quote one outlet changes and another trims, a claim two outlets give
 * to different speakers, and one only one outlet makes. */
static void
test_claims (void)
{
  const char *texts[] = {
    FLOOD " " MAYOR_QUOTE " " KREMLIN,
    FLOOD " " MAYOR_CHANGED " " KREMLIN_DENIED " " POLICE,
    FLOOD " " MAYOR_TRIMMED " " KREMLIN " " POLICE_MAYOR,
    FLOOD " " MAYOR_QUOTE " " GOVERNOR,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *claims = describe_claims (collation);
  g_autofree char *units = describe_units (collation);

  g_test_message ("%s\n%s", units, claims);
  /* C is the most central: its trimmed quote is the one the others are
   * compared with. */
  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 2);
  g_assert_cmpstr (claims, ==,
                   "russia: 1 1reframed 1 -\n"
                   "keller: 0quote-trimmed 0quote-changed 0 0quote-trimmed\n"
                   "keller: - 2attribution-changed 2 -\n"
                   "moreau: - - - 1\n");
  g_assert_cmpuint (plx_collation_get_claim_row (collation, 0)->n_carrying, ==, 3);
  g_assert_cmpuint (plx_collation_get_claim_row (collation, 3)->n_carrying, ==, 1);
  g_assert_cmpuint (plx_collation_get_claim_row (collation, 3)->reference, ==, 3);
  g_assert_cmpstr (plx_collation_get_party_name (collation, "russia"), ==, "Russia");
}

#define HOUSES "The storm damaged 120 houses in the district, officials said."
#define HOUSES_MORE "The storm damaged 300 houses in the district, officials said."

static char *
describe_differences (PlxCollation *collation)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < plx_collation_get_n_key_differences (collation); i++)
    {
      const PlxCollatedDifference *item = plx_collation_get_key_difference (collation, i);

      g_string_append_printf (out, "%s %s %u “%s”\n", plx_key_kind_to_string (item->kind),
                              plx_collation_get_article_id (collation, item->outlet),
                              item->n_agreeing, item->places[item->outlet].words);
    }

  return g_string_free (out, FALSE);
}

/* Key differences across four articles: the quote one outlet changed, the
 * number another reports differently, the claim only that one makes. */
static void
test_key_differences (void)
{
  const char *texts[] = {
    FLOOD " " MAYOR_QUOTE " " HOUSES,
    FLOOD " " MAYOR_QUOTE " " HOUSES,
    FLOOD " " MAYOR_CHANGED " " HOUSES,
    FLOOD " " MAYOR_QUOTE " " HOUSES_MORE " " GOVERNOR,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *differences = describe_differences (collation);

  g_test_message ("%s", differences);
  g_assert_cmpstr (differences, ==,
                   "quote-changed C 3 “We will rebuild a few schools on the east side before the "
                   "summer”\n"
                   "number-changed D 3 “300”\n"
                   "one-sided-claim D 0 “Governor Lisa Moreau said the state would pay for the "
                   "new pumps”\n");
}

/* Two sentences that share a few words but tell different facts (the
 * mayor's visit to the sports hall, residents moved to it) are linked
 * only weakly by their comparison, and make no story unit together. */
static void
test_weak_link_no_unit (void)
{
  const char *texts[] = {
    "Flood in the lower town\n\nThe railway line to the coast was cut in two places. Engineers "
    "will inspect the barrier on Tuesday. The storm moved east on Monday afternoon. Schools will "
    "stay closed until Wednesday, the council said. The mayor visited the sports hall and spoke "
    "to families. Officials said the old barrier had failed shortly after midnight. The governor "
    "promised money for new flood barriers next year. Shop owners in the old town counted their "
    "losses on Monday. Police said no one had been hurt. The river authority said the water would "
    "fall slowly.\n",
    "River floods town\n\nPower was cut to 3,000 homes for most of Monday. Residents on the north "
    "bank were moved to the sports hall overnight. The railway line to the coast was cut in two "
    "places. Heavy rain flooded the lower town on Sunday night. The opposition called for an "
    "inquiry into the response. The governor promised money for new flood barriers next year. "
    "Engineers will inspect the barrier on Tuesday. Insurers said claims could reach ten million "
    "euros.\n",
    "Town under water\n\nThe governor promised money for new flood barriers next year. About 200 "
    "houses were damaged, the fire service said. Insurers said claims could reach ten million "
    "euros. Farmers said their fields would be under water for weeks. The opposition called for "
    "an inquiry into the response. Drinking water was safe, the health office said. Police said "
    "no one had been hurt. The weather service had warned of storms on Friday. Officials said the "
    "old barrier had failed shortly after midnight. The army sent two trucks and forty soldiers "
    "to help. Engineers will inspect the barrier on Tuesday. Critics said the council had ignored "
    "warnings about the barrier for years. The river authority said the water would fall "
    "slowly. The railway line to the coast was cut in two places.\n",
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  PlxArticle *a = plx_collation_get_article (collation, 0);
  const char *text = plx_article_get_text (a);
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (a, &n);
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = plx_sentence_dup_text (&sentences[i], text);
      const PlxUnit *unit;

      if (!g_str_has_prefix (sentence, "The mayor visited"))
        continue;
      found = TRUE;
      unit = plx_collation_get_unit (collation, plx_collation_find_unit (collation, 0, i));
      g_assert_cmpuint (unit->n_carrying, ==, 1);
      g_assert_cmpint (unit->cells[1].told, ==, PLX_TOLD_ABSENT);
    }
  g_assert_true (found);
}

/* A loaded word the base article uses where another has plain words is
 * the base's difference, with its word, not the other's plain one. */
static void
test_loaded_word_outlet (void)
{
#define RAIN "Heavy rain flooded the lower town on Sunday night, and the river rose two metres " \
  "above its banks. The mayor said the town would ask the state for help with the repairs."
#define DAMAGE "About 200 houses were damaged, the fire service said.\n"
  const char *texts[] = {
    "Flood in the lower town\n\n" RAIN " The council approved an illegal payment to the builders "
    "on Monday.\n\n" DAMAGE,
    "River floods town\n\n" RAIN " The council approved a payment in cash to the builders on "
    "Monday.\n\n" DAMAGE,
    "Town under water\n\n" RAIN "\n\n" DAMAGE,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *differences = describe_differences (collation);

  g_test_message ("%s", differences);
  g_assert_nonnull (strstr (differences, "loaded-word A "));
  g_assert_nonnull (strstr (differences, "“illegal”"));
  g_assert_null (strstr (differences, "loaded-word B"));
}

/* A claim whose sentence the other outlets tell too (without its speaker)
 * is no claim only one outlet makes, as in a comparison of two. */
static void
test_claim_sentence_shared (void)
{
  const char *texts[] = {
    FLOOD " " GOVERNOR " " HOUSES,
    FLOOD " The state will pay for the new pumps. " HOUSES,
    FLOOD " The state is paying for new pumps. " HOUSES,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *differences = describe_differences (collation);

  g_test_message ("%s", differences);
  g_assert_null (strstr (differences, "one-sided-claim"));
}

/* Sentences told again and again: the links through them would chain
 * into one unit; a unit keeps at most four sentences of an article, and
 * the units the pivot tells in two places are all in the reading order. */
static void
test_repeated_sentences (void)
{
  GString *texts[3] = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL) };
  const char *facts[] = { BUDGET, TEACHERS, STADIUM, PARENTS, LIBRARY, UNIONS, VOTE };
  g_autoptr(PlxCollation) collation = NULL;
  const char *pointers[3];
  guint total = 0;

  for (guint i = 0; i < 40; i++)
    for (guint k = 0; k < 3; k++)
      {
        g_string_append (texts[k], facts[(i * (k + 2)) % G_N_ELEMENTS (facts)]);
        g_string_append (texts[k], i % 5 == 4 ? "\n\n" : " ");
      }
  for (guint k = 0; k < 3; k++)
    pointers[k] = texts[k]->str;
  collation = collate_texts (pointers, 3);

  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      for (guint k = 0; k < 3; k++)
        {
          g_assert_cmpuint (unit->cells[k].n_sentences, <=, 4);
          total += unit->cells[k].n_sentences;
        }
    }
  g_assert_cmpuint (total, ==, 120);
  g_assert_cmpuint (plx_collation_get_n_units (collation), >=, 30);
  for (guint k = 0; k < 3; k++)
    g_string_free (texts[k], TRUE);
}

#define BRIDGE "Engineers said the harbour bridge would probably reopen to traffic in May."
#define BRIDGE_SURE "Engineers said the harbour bridge would reopen to traffic in May."

/* The text report: the coverage table, and the words of a hedge the one
 * outlet that drops it does not have, taken from the others. */
static void
test_text_report (void)
{
  const char *texts[] = {
    FLOOD " " BRIDGE " " HOUSES,
    FLOOD " " BRIDGE " " HOUSES,
    FLOOD " " BRIDGE_SURE " " HOUSES " " LIBRARY,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *text = plx_report_text_collation (collation, PLX_TEXT_STYLE_PLAIN);
  g_autofree char *markdown = plx_report_text_collation (collation, PLX_TEXT_STYLE_MARKDOWN);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Article C alone, without the others’ “probably” "
                                  "(2 others tell it otherwise)"));
  g_assert_nonnull (strstr (text, "4 story units: 3 told by all articles, 1 by one only."));
  g_assert_nonnull (strstr (text, "    #  A   B   C   Opening\n"
                                  "    1  ■   =   =   The river flooded"));
  g_assert_nonnull (strstr (text, "    4  ·   ·   ■   The budget also funds repairs"));
  g_assert_nonnull (strstr (markdown, "| 2 | ■ | = | ≈ | Engineers said"));
}

static void
count_cb (PlxCollation *collation,
          guint        *count)
{
  (*count)++;
}

/* A link taken away in one comparison with the pivot, and the edit undone:
 * the units follow, and the collation says so. */
static void
test_edit_follows (void)
{
  const char *texts[] = {
    BUDGET " " TEACHERS " " STADIUM,
    BUDGET " " TEACHERS " " STADIUM,
    BUDGET " " TEACHERS " " STADIUM,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  PlxComparison *comparison = plx_collation_get_comparison (collation, 2);
  g_autofree char *before = describe_units (collation);
  g_autofree char *removed = NULL;
  g_autofree char *undone = NULL;
  guint changed = 0;
  int teachers = -1;

  g_assert_cmpstr (before, ==, "0C 0I 0I\n1C 1I 1I\n2C 2I 2I\n");
  g_signal_connect (collation, "changed", G_CALLBACK (count_cb), &changed);
  for (guint i = 0; i < plx_comparison_get_n_links (comparison); i++)
    if (plx_comparison_get_link (comparison, i)->a_start == 1)
      teachers = i;
  g_assert_cmpint (teachers, >=, 0);

  g_assert_true (plx_comparison_remove_link (comparison, teachers));
  removed = describe_units (collation);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (removed, ==, "0C 0I 0I\n- - 1C\n1C 1I -\n2C 2I 2I\n");

  g_assert_true (plx_comparison_undo (comparison));
  undone = describe_units (collation);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (undone, ==, before);
}

/* A claim of the base corrected in its comparison with the last outlet
 * (the collation reads the base's claims from the first): the claims by
 * outlet and the reports give the corrected speaker, and no longer once
 * the correction is undone. */
static void
test_base_claim_correction (void)
{
  const char *texts[] = {
    FLOOD " " MAYOR_QUOTE " " KREMLIN,
    FLOOD " " MAYOR_CHANGED " " KREMLIN_DENIED " " POLICE,
    FLOOD " " MAYOR_TRIMMED " " KREMLIN " " POLICE_MAYOR,
    FLOOD " " MAYOR_QUOTE " " GOVERNOR,
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  PlxComparison *last = plx_collation_get_comparison (collation, 3);
  GArray *claims = plx_comparison_get_claims (last, PLX_SIDE_A);
  g_autoptr(PlxClaimEdit) edit = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *undone = NULL;
  int kremlin = -1;

  g_assert_cmpuint (plx_collation_get_pivot (collation), ==, 2);
  for (guint i = 0; i < claims->len; i++)
    if (g_strcmp0 (g_array_index (claims, PlxClaim, i).speaker_name, "The Kremlin") == 0)
      kremlin = i;
  g_assert_cmpint (kremlin, >=, 0);
  edit = plx_claim_edit_new (PLX_CLAIM_EDIT_SPEAKER, PLX_SIDE_A,
                             &g_array_index (claims, PlxClaim, kremlin));
  edit->speaker_name = g_strdup ("Dmitry Peskov");
  g_assert_true (plx_comparison_edit_claim (last, edit, NULL));

  json = plx_report_json_collation (collation);
  text = plx_report_text_collation (collation, PLX_TEXT_STYLE_PLAIN);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (json, "Dmitry Peskov"));
  g_assert_nonnull (strstr (text, "Dmitry Peskov"));
  for (guint k = 0; k < 4; k++)
    if (k != 2)
      g_assert_nonnull (strstr (g_array_index (plx_comparison_get_claims (
                                  plx_collation_get_comparison (collation, k), PLX_SIDE_A),
                                               PlxClaim, kremlin).speaker_name, "Peskov"));

  g_assert_true (plx_comparison_undo (last));
  undone = plx_report_json_collation (collation);
  g_assert_null (strstr (undone, "Dmitry Peskov"));
}

/* Twelve articles, one of them empty and one in another story: every
 * sentence in one unit, the empty article in none, nothing shared with the
 * stranger. */
static void
test_twelve_and_empty (void)
{
  const char *texts[12];
  g_autoptr(PlxCollation) collation = NULL;
  guint total = 0;

  for (guint k = 0; k < 12; k++)
    texts[k] = k % 3 == 0 ? BUDGET " " TEACHERS : k % 3 == 1 ? TEACHERS " " VOTE
                                                            : BUDGET " " VOTE " " STADIUM;
  texts[5] = "";
  texts[7] = "Bees pollinate almond orchards across the central valley every spring.";
  collation = collate_texts (texts, 12);

  for (guint u = 0; u < plx_collation_get_n_units (collation); u++)
    {
      const PlxUnit *unit = plx_collation_get_unit (collation, u);

      g_assert_cmpuint (unit->cells[5].n_sentences, ==, 0);
      g_assert_true (unit->cells[7].n_sentences == 0 || unit->n_carrying == 1);
      for (guint k = 0; k < 12; k++)
        total += unit->cells[k].n_sentences;
    }
  g_assert_cmpuint (total, ==, 4 * 2 + 3 * 2 + 3 * 3 + 1);
  g_assert_cmpuint (plx_collation_get_n_units (collation), ==, 5);
}

/* The hedge one outlet puts in a claim all three make. */
static void
test_claim_hedge (void)
{
  const char *texts[] = {
    FLOOD " " POLICE_MAYOR,
    FLOOD " " POLICE_MAYOR,
    FLOOD " Mayor Anna Keller reportedly said the harbour bridge would reopen to traffic in May.",
  };
  g_autoptr(PlxCollation) collation = collate_texts (texts, G_N_ELEMENTS (texts));
  const PlxCollatedClaim *row = NULL;
  g_autofree char *text = plx_report_text_collation (collation, PLX_TEXT_STYLE_PLAIN);

  for (guint r = 0; r < plx_collation_get_n_claim_rows (collation); r++)
    if (g_strcmp0 (plx_collation_get_claim_row (collation, r)->party, "keller") == 0)
      row = plx_collation_get_claim_row (collation, r);
  g_assert_nonnull (row);
  g_assert_cmpuint (row->n_carrying, ==, 3);
  g_assert_null (row->cells[0].hedge);
  g_assert_null (row->cells[1].hedge);
  g_assert_cmpstr (row->cells[2].hedge, ==, "reportedly");
  g_assert_nonnull (strstr (text, "[hedged: reportedly]"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collation/units-known", test_units_known);
  g_test_add_func ("/collation/coverage", test_coverage);
  g_test_add_func ("/collation/pivot", test_pivot);
  g_test_add_func ("/collation/chosen-pivot", test_chosen_pivot);
  g_test_add_func ("/collation/two-articles-unchanged", test_two_articles_unchanged);
  g_test_add_func ("/collation/cell-diff", test_cell_diff);
  g_test_add_func ("/collation/claims", test_claims);
  g_test_add_func ("/collation/key-differences", test_key_differences);
  g_test_add_func ("/collation/claim-sentence-shared", test_claim_sentence_shared);
  g_test_add_func ("/collation/weak-link-no-unit", test_weak_link_no_unit);
  g_test_add_func ("/collation/loaded-word-outlet", test_loaded_word_outlet);
  g_test_add_func ("/collation/repeated-sentences", test_repeated_sentences);
  g_test_add_func ("/collation/text-report", test_text_report);
  g_test_add_func ("/collation/edit-follows", test_edit_follows);
  g_test_add_func ("/collation/base-claim-correction", test_base_claim_correction);
  g_test_add_func ("/collation/twelve-and-empty", test_twelve_and_empty);
  g_test_add_func ("/collation/claim-hedge", test_claim_hedge);

  return g_test_run ();
}
