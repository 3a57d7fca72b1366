/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "plx-diff.h"
#include "plx-lexicon.h"
#include "plx-tokens.h"

typedef struct
{
  PlxLexicon    *lexicon;
  PlxVocabulary *vocabulary;
  PlxTokenizer  *tokenizer;
  GArray        *a;
  GArray        *b;
  GArray        *edits;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->lexicon = plx_lexicon_new ("en", &error);
  g_assert_no_error (error);
  fixture->vocabulary = plx_vocabulary_new ();
  fixture->tokenizer = plx_tokenizer_new (fixture->lexicon, fixture->vocabulary);
  fixture->a = g_array_new (FALSE, FALSE, sizeof (PlxToken));
  fixture->b = g_array_new (FALSE, FALSE, sizeof (PlxToken));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_pointer (&fixture->edits, g_array_unref);
  g_array_unref (fixture->b);
  g_array_unref (fixture->a);
  plx_tokenizer_free (fixture->tokenizer);
  plx_vocabulary_free (fixture->vocabulary);
  plx_lexicon_unref (fixture->lexicon);
}

/* Every token of both sides is in exactly one edit, in order; equal edits
 * pair tokens one to one. */
static void
assert_edits_cover (GArray *edits,
                    guint   n_a,
                    guint   n_b)
{
  guint pos_a = 0;
  guint pos_b = 0;

  for (guint i = 0; i < edits->len; i++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, i);

      g_assert_cmpuint (edit->a_start, ==, pos_a);
      g_assert_cmpuint (edit->b_start, ==, pos_b);
      g_assert_cmpuint (edit->a_end, >=, edit->a_start);
      g_assert_cmpuint (edit->b_end, >=, edit->b_start);
      g_assert_true (edit->a_end > edit->a_start || edit->b_end > edit->b_start);
      switch (edit->op)
        {
        case PLX_DIFF_EQUAL:
          g_assert_cmpuint (edit->a_end - edit->a_start, ==, edit->b_end - edit->b_start);
          g_assert_false (edit->light);
          break;
        case PLX_DIFF_DELETE:
          g_assert_cmpuint (edit->b_end, ==, edit->b_start);
          break;
        case PLX_DIFF_INSERT:
          g_assert_cmpuint (edit->a_end, ==, edit->a_start);
          break;
        case PLX_DIFF_REPLACE:
          g_assert_cmpuint (edit->a_end, >, edit->a_start);
          g_assert_cmpuint (edit->b_end, >, edit->b_start);
          break;
        default:
          g_assert_not_reached ();
        }
      pos_a = edit->a_end;
      pos_b = edit->b_end;
    }

  g_assert_cmpuint (pos_a, ==, n_a);
  g_assert_cmpuint (pos_b, ==, n_b);
}

/* Diffs two sentences and returns the edits as "op op op", checking that
 * they cover both sides. */
static const char *
diff (Fixture    *fixture,
      const char *a,
      const char *b)
{
  static char description[256];
  GString *out = g_string_new (NULL);

  g_array_set_size (fixture->a, 0);
  g_array_set_size (fixture->b, 0);
  plx_tokenizer_tokenize (fixture->tokenizer, a, 0, strlen (a), fixture->a);
  plx_tokenizer_tokenize (fixture->tokenizer, b, 0, strlen (b), fixture->b);

  g_clear_pointer (&fixture->edits, g_array_unref);
  fixture->edits = plx_diff_tokens ((const PlxToken *) fixture->a->data, fixture->a->len,
                                    (const PlxToken *) fixture->b->data, fixture->b->len);
  assert_edits_cover (fixture->edits, fixture->a->len, fixture->b->len);

  for (guint i = 0; i < fixture->edits->len; i++)
    {
      const PlxDiffEdit *edit = &g_array_index (fixture->edits, PlxDiffEdit, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, plx_diff_op_to_string (edit->op));
    }
  g_strlcpy (description, out->str, sizeof description);
  g_string_free (out, TRUE);

  return description;
}

static const PlxDiffEdit *
edit_at (Fixture *fixture,
         guint    i)
{
  g_assert_cmpuint (i, <, fixture->edits->len);

  return &g_array_index (fixture->edits, PlxDiffEdit, i);
}

static void
test_identical (Fixture      *fixture,
                gconstpointer data)
{
  const char *sentence = "The Kremlin has officially denied any preparations for talks.";

  g_assert_cmpstr (diff (fixture, sentence, sentence), ==, "equal");
  g_assert_cmpuint (edit_at (fixture, 0)->a_end, ==, 9);
  g_assert_cmpuint (edit_at (fixture, 0)->b_end, ==, 9);
  g_assert_cmpuint (edit_at (fixture, 0)->tags, ==, 0);

  /* Case, punctuation and apostrophe style are not differences a reader
   * cares about. */
  g_assert_cmpstr (diff (fixture, "Zelensky’s aides, however, said: “No talks.”",
                         "zelensky's aides however said no talks"),
                   ==, "equal");
}

static void
test_replace (Fixture      *fixture,
              gconstpointer data)
{
  const PlxDiffEdit *edit;

  g_assert_cmpstr (diff (fixture, "Peskov said the talks in Istanbul were postponed.",
                         "Peskov said the talks in Riyadh were postponed."),
                   ==, "equal replace equal");
  edit = edit_at (fixture, 1);
  g_assert_cmpuint (edit->a_start, ==, 5);
  g_assert_cmpuint (edit->a_end, ==, 6);
  g_assert_cmpuint (edit->b_start, ==, 5);
  g_assert_cmpuint (edit->b_end, ==, 6);
  g_assert_false (edit->light);
  g_assert_true (edit->tags & PLX_TAG_NAME);

  /* Two neighbouring words replaced by three are one replacement. */
  g_assert_cmpstr (diff (fixture, "The talks were postponed until further notice on Tuesday.",
                         "The talks were called off entirely on Tuesday."),
                   ==, "equal replace equal");
  edit = edit_at (fixture, 1);
  g_assert_cmpuint (edit->a_end - edit->a_start, ==, 4);
  g_assert_cmpuint (edit->b_end - edit->b_start, ==, 3);
}

static void
test_insert_delete (Fixture      *fixture,
                    gconstpointer data)
{
  const PlxDiffEdit *edit;

  g_assert_cmpstr (diff (fixture, "The Kremlin denied the report.",
                         "The Kremlin flatly denied the report."),
                   ==, "equal insert equal");
  edit = edit_at (fixture, 1);
  g_assert_cmpuint (edit->a_start, ==, 2);
  g_assert_cmpuint (edit->a_end, ==, 2);
  g_assert_cmpuint (edit->b_start, ==, 2);
  g_assert_cmpuint (edit->b_end, ==, 3);
  g_assert_true (edit->tags & PLX_TAG_INTENSIFIER);

  g_assert_cmpstr (diff (fixture, "Ukraine has reportedly rejected the proposal.",
                         "Ukraine has rejected the proposal."),
                   ==, "equal delete equal");
  edit = edit_at (fixture, 1);
  g_assert_cmpuint (edit->a_start, ==, 2);
  g_assert_cmpuint (edit->a_end, ==, 3);
  g_assert_cmpuint (edit->b_start, ==, 2);
  g_assert_cmpuint (edit->b_end, ==, 2);
  g_assert_true (edit->tags & PLX_TAG_HEDGE);

  /* At the ends of the sentence. */
  g_assert_cmpstr (diff (fixture, "Talks resume on Monday.", "Talks resume on Monday in Geneva."),
                   ==, "equal insert");
  g_assert_cmpstr (diff (fixture, "Officially, talks resume on Monday.",
                         "Talks resume on Monday."),
                   ==, "delete equal");
}

static void
test_light (Fixture      *fixture,
            gconstpointer data)
{
  const PlxDiffEdit *edit;

  g_assert_cmpstr (diff (fixture, "The Kremlin denies the report.",
                         "The Kremlin denied the report."),
                   ==, "equal replace equal");
  edit = edit_at (fixture, 1);
  g_assert_true (edit->light);
  g_assert_cmpuint (edit->a_end - edit->a_start, ==, 1);
  g_assert_cmpuint (edit->b_end - edit->b_start, ==, 1);

  /* A real replacement next to a light one stays apart from it, so that
   * the light one can be shown quietly. */
  g_assert_cmpstr (diff (fixture, "Moscow denies holding talks.",
                         "Moscow denied planning talks."),
                   ==, "equal replace replace equal");
  g_assert_true (edit_at (fixture, 1)->light);
  g_assert_false (edit_at (fixture, 2)->light);
}

static void
test_tags (Fixture      *fixture,
           gconstpointer data)
{
  const PlxDiffEdit *edit;

  g_assert_cmpstr (diff (fixture, "At least 12 people were killed in Dnipro.",
                         "At least 14 people were killed in Dnipro."),
                   ==, "equal replace equal");
  edit = edit_at (fixture, 1);
  g_assert_true (edit->tags & PLX_TAG_NUMBER);
  g_assert_false (edit->tags & PLX_TAG_QUOTE);

  g_assert_cmpstr (diff (fixture, "Ushakov said: “There are no negotiations.”",
                         "Ushakov said: “There are no talks.”"),
                   ==, "equal replace");
  edit = edit_at (fixture, 1);
  g_assert_true (edit->tags & PLX_TAG_QUOTE);
  g_assert_false (edit->tags & PLX_TAG_NUMBER);
  /* Words that are the same carry no tags, even inside quotes. */
  g_assert_cmpuint (edit_at (fixture, 0)->tags, ==, 0);

  g_assert_cmpstr (diff (fixture, "The Kremlin categorically denied the report.",
                         "The Kremlin officially denied the report."),
                   ==, "equal replace equal");
  edit = edit_at (fixture, 1);
  g_assert_false (edit->light);
  g_assert_true (edit->tags & PLX_TAG_INTENSIFIER);

  g_assert_cmpstr (diff (fixture, "Officials said the talks had failed.",
                         "Officials said the talks had not failed."),
                   ==, "equal insert equal");
  g_assert_true (edit_at (fixture, 1)->tags & PLX_TAG_NEGATION);
}

static void
test_empty (Fixture      *fixture,
            gconstpointer data)
{
  g_assert_cmpstr (diff (fixture, "", ""), ==, "");
  g_assert_cmpuint (fixture->edits->len, ==, 0);

  g_assert_cmpstr (diff (fixture, "", "Moscow did not comment."), ==, "insert");
  g_assert_cmpuint (edit_at (fixture, 0)->b_end, ==, 4);
  g_assert_true (edit_at (fixture, 0)->tags & PLX_TAG_NEGATION);

  g_assert_cmpstr (diff (fixture, "Moscow did not comment.", "…"), ==, "delete");
  g_assert_cmpuint (edit_at (fixture, 0)->a_end, ==, 4);

  /* NULL arrays with no tokens are valid input. */
  g_clear_pointer (&fixture->edits, g_array_unref);
  fixture->edits = plx_diff_tokens (NULL, 0, NULL, 0);
  g_assert_cmpuint (fixture->edits->len, ==, 0);
}

/* What a reader is shown of the diff of @a and @b after plx_diff_refine():
 * the painted edits as "A>B:tag" (":" alone for an untagged change),
 * joined by ", "; every painted edit must carry at most one tag. */
static const char *
shown (Fixture    *fixture,
       const char *a,
       const char *b)
{
  static char description[512];
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) refined = NULL;
  PlxDiffSide side_a;
  PlxDiffSide side_b;

  diff (fixture, a, b);
  side_a = (PlxDiffSide) { (const PlxToken *) fixture->a->data, fixture->a->len, NULL, NULL };
  side_b = (PlxDiffSide) { (const PlxToken *) fixture->b->data, fixture->b->len, NULL, NULL };
  refined = plx_diff_refine (fixture->edits, &side_a, &side_b, fixture->lexicon,
                             fixture->vocabulary);
  assert_edits_cover (refined, fixture->a->len, fixture->b->len);

  for (guint i = 0; i < refined->len; i++)
    {
      const PlxDiffEdit *edit = &g_array_index (refined, PlxDiffEdit, i);
      const PlxToken *ta = (const PlxToken *) fixture->a->data;
      const PlxToken *tb = (const PlxToken *) fixture->b->data;

      if (edit->op == PLX_DIFF_EQUAL || edit->light)
        continue;
      /* One tag per painted span. */
      g_assert_cmpuint (edit->tags & (edit->tags - 1), ==, 0);
      if (out->len > 0)
        g_string_append (out, ", ");
      if (edit->a_end > edit->a_start)
        g_string_append_len (out, a + ta[edit->a_start].byte_start,
                             ta[edit->a_end - 1].byte_end - ta[edit->a_start].byte_start);
      g_string_append_c (out, '>');
      if (edit->b_end > edit->b_start)
        g_string_append_len (out, b + tb[edit->b_start].byte_start,
                             tb[edit->b_end - 1].byte_end - tb[edit->b_start].byte_start);
      g_string_append_c (out, ':');
      if (edit->tags != 0)
        g_string_append (out, plx_tag_to_string (edit->tags));
    }
  g_strlcpy (description, out->str, sizeof description);

  return description;
}

/* Each error class of highlights a reader noticed, with what is shown
 * instead. */
typedef struct
{
  const char *what;
  const char *a;
  const char *b;
  const char *shown;
} ShownCase;

static const ShownCase shown_cases[] = {
  { "function words are not a difference",
    "The talks were held in the capital on Monday.",
    "The talks were held at a capital on Monday.", "" },
  { "a connective is not painted as an other change",
    "However, the talks failed on Monday.",
    "The talks failed on Monday.", "" },
  { "\"that\" and \"the\" are not painted",
    "Officials said that the talks failed.",
    "Officials said talks failed.", "" },
  { "punctuation is not a difference",
    "Talks, officials said, failed; nobody knows why.",
    "Talks officials said failed nobody knows why", "" },
  { "reordered words are not painted",
    "Yesterday the minister resigned in Kyiv.",
    "The minister resigned in Kyiv yesterday.", "" },
  { "negation on the negating word only",
    "He confirmed that the talks failed.",
    "He did not say that the talks failed.",
    "confirmed>:reporting-verb, >not:negation, >say:reporting-verb" },
  { "quote only inside quotation marks of its own article",
    "He said: \"The talks failed.\"",
    "He said the talks stalled.",
    "failed>:quote, >stalled:" },
  { "a quotation begun in an earlier sentence",
    "We will never give up,\" he said.",
    "We will never back down,\" he said.",
    "give>back:quote" },
  { "a number on the number",
    "At least 12 people were killed in the city.",
    "At least 14 people were killed in the city.", "12>14:number" },
  { "a name on the name",
    "Peskov said the talks in Istanbul were postponed.",
    "Peskov said the talks in Riyadh were postponed.", "Istanbul>Riyadh:name" },
  { "a reporting verb on the verb",
    "The minister said the plan would fail.",
    "The minister claimed the plan would fail.", "said>claimed:reporting-verb" },
  { "one tag per painted span, each on its words",
    "Officials reportedly slammed the plan.",
    "Officials said the plan was flawed.",
    "reportedly>:hedge, slammed>:loaded, >said:reporting-verb, >flawed:" },
  { "a name is no reporting verb (\"States\" is not \"state\")",
    "Officials in the United States confirmed the plan.",
    "Officials in the United Kingdom confirmed the plan.", "States>Kingdom:name" },
  { "the first word of a quotation is no name",
    "Ushakov said: “No talks are planned.”",
    "Ushakov said: “Talks are planned.”", "No>:negation" },
  { "a noun is no hedge (\"reporters\" is not \"reported\")",
    "Officials told reporters the plan failed.",
    "Officials told journalists the plan failed.", "reporters>journalists:" },
  { "\"several\" is no intensifier (not \"severe\")",
    "The minister met several officials.",
    "The minister met three officials.", "several>three:" },
  { "a hedging phrase is painted whole, even with a word the other side has",
    "No talks are planned so far, as far as I know.",
    "No talks are planned so far.", "as far as I know>:hedge" },
  { "a clause only one side has negates nothing the other says",
    "Police closed the coast road after the storm, and officials said it would not reopen "
    "before the end of the month.",
    "Police closed the coast road after the storm.", "" },
  { "a number in words is the same number in digits",
    "At least three people were killed in the city on Monday.",
    "At least 3 people were killed in the city on Monday.", "" },
  { "\"one\" in words is the number 1 in digits",
    "Republicans had a one-in-three chance of losing the House.",
    "Republicans had a 1 in 3 chance of losing the House.", "" },
  { "a name only one side gives is detail, not a changed name",
    "Speaker John Boehner said on Monday that the party could lose the House.",
    "Speaker John Boehner (R-Ohio) said that the party could lose the House.", "" },
  { "both sides negate: the negation is no change of polarity",
    "Jackson did not believe the episode merited an inquiry.",
    "Jackson never believed the episode merited an inquiry.", "" },
  { "in a title-case headline a capital is no name",
    "Boehner Sees Real Chance of Party Losing Control",
    "Boehner Sees Slim Chance of Party Losing Control", "Real>Slim:" },
  { "a long rewrite shows only its words of substance",
    "The delegation arrived late after a long journey through the mountains and valleys.",
    "The delegation arrived late because twelve reckless drivers blocked every road in the region.",
    ">reckless:loaded" },
};

static void
test_shown (Fixture      *fixture,
            gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (shown_cases); i++)
    {
      const ShownCase *c = &shown_cases[i];

      g_test_message ("%s", c->what);
      g_assert_cmpstr (shown (fixture, c->a, c->b), ==, c->shown);
    }
}

/* Appends @n_sentences of a wire story to @text, changing the casualty
 * count in every sentence whose index is a multiple of @every. */
static void
append_story (GString *text,
              guint    n_sentences,
              guint    every)
{
  for (guint i = 0; i < n_sentences; i++)
    g_string_append_printf (text,
                            "Officials in region %u said %u people were hurt overnight. ",
                            i, every > 0 && i % every == 0 ? i + 1 : i);
}

/* A whole article pasted as one paragraph: the diff must finish and stay
 * consistent, even where it gives up on the quadratic table. */
static void
test_long (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(GTimer) timer = NULL;
  const PlxDiffEdit *first;
  guint changed = 0;

  /* Ten tokens a sentence: 3000 tokens a side. */
  append_story (a, 300, 0);
  append_story (b, 300, 25);
  timer = g_timer_new ();
  diff (fixture, a->str, b->str);
  g_test_message ("diffed %u by %u tokens in %.3f s", fixture->a->len, fixture->b->len,
                  g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (fixture->a->len, ==, 3000);
  g_assert_cmpuint (fixture->b->len, ==, 3000);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 5.0);

  /* The common beginning is found whatever happens in the middle. */
  first = edit_at (fixture, 0);
  g_assert_cmpint (first->op, ==, PLX_DIFF_EQUAL);
  g_assert_cmpuint (first->a_end, ==, 5); /* "Officials in region 0 said", then "0" / "1" */

  /* Half as long fits the table: every changed number is found. */
  g_string_truncate (a, 0);
  g_string_truncate (b, 0);
  append_story (a, 150, 0);
  append_story (b, 150, 25);
  diff (fixture, a->str, b->str);
  for (guint i = 0; i < fixture->edits->len; i++)
    if (edit_at (fixture, i)->op != PLX_DIFF_EQUAL)
      {
        g_assert_cmpint (edit_at (fixture, i)->op, ==, PLX_DIFF_REPLACE);
        g_assert_true (edit_at (fixture, i)->tags & PLX_TAG_NUMBER);
        changed++;
      }
  g_assert_cmpuint (changed, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/diff/identical", test_identical);
  ADD ("/core/diff/replace", test_replace);
  ADD ("/core/diff/insert-delete", test_insert_delete);
  ADD ("/core/diff/light", test_light);
  ADD ("/core/diff/tags", test_tags);
  ADD ("/core/diff/empty", test_empty);
  ADD ("/core/diff/long", test_long);
  ADD ("/core/diff/shown", test_shown);
#undef ADD

  return g_test_run ();
}
