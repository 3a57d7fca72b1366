/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes: written on a link, a sentence or a claim, they are undone like
 * other edits, find their place again when the comparison runs again or
 * an article is reloaded, travel in sessions, and a session that holds
 * hostile notes opens with them left out, never trusted. */

#include "config.h"

#include <string.h>

#include "plx-error.h"
#include "plx-notes.h"
#include "plx-session.h"

#define TEXT_A                                                                          \
  "Harbour plan approved\n\n"                                                           \
  "The council approved the harbour plan on Tuesday, the mayor said.\n"                 \
  "Critics warned that the cost could still rise. The vote was 31 to 18.\n"

#define TEXT_B                                                                          \
  "Harbour plan passes\n\n"                                                             \
  "Councillors backed the harbour plan on Tuesday, the mayor said.\n"                   \
  "The cost could still climb, critics warned. It passed by 31 votes to 18.\n"

static PlxComparison *
compare_texts (const char *a,
               const char *b)
{
  g_autoptr(PlxArticle) article_a = plx_article_new (a, NULL, "a.txt");
  g_autoptr(PlxArticle) article_b = plx_article_new (b, NULL, "b.txt");
  g_autoptr(GError) error = NULL;
  PlxComparison *comparison = plx_comparison_new (article_a, article_b);

  plx_comparison_set_language (comparison, "en");
  g_assert_true (plx_comparison_run (comparison, NULL, &error));
  g_assert_no_error (error);

  return comparison;
}

/* Cleaning what a person or a file wrote. */
static void
test_clean_text (void)
{
  static const struct
  {
    const char *text;
    const char *clean; /* NULL: no note */
  } cases[] = {
    { "Checked with the agency wire.", "Checked with the agency wire." },
    { "  two lines\nand a tab\there  ", "two lines\nand a tab\there" },
    { "", NULL },
    { " \n\t ", NULL },
    { "binary\x01" "data", NULL },
    { "escape \x1b[31m", NULL },
    { "bad \xff\xfe utf-8", NULL },
    { "C1 \xc2\x85 control", NULL },
    { "Größe – „Zitat“ 数字", "Größe – „Zitat“ 数字" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clean = plx_note_clean_text (cases[i].text);

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_cmpstr (clean, ==, cases[i].clean);
    }

  /* Too long: cut to the limit, in characters, not bytes. */
  {
    g_autoptr(GString) huge = g_string_new (NULL);
    g_autofree char *clean = NULL;

    for (guint i = 0; i < 3 * PLX_NOTE_MAX_CHARS; i++)
      g_string_append (huge, "ä");
    clean = plx_note_clean_text (huge->str);
    g_assert_cmpuint (g_utf8_strlen (clean, -1), ==, PLX_NOTE_MAX_CHARS);
  }
}

/* A note on each kind of anchor is found on it, and one note per anchor. */
static void
test_anchors (void)
{
  g_autoptr(PlxComparison) comparison = compare_texts (TEXT_A, TEXT_B);
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  g_autoptr(GArray) targets = NULL;
  PlxNote sentence = { 0 };
  PlxNote link = { 0 };
  PlxNote claim = { 0 };
  GArray *claims_b = plx_comparison_get_claims (comparison, PLX_SIDE_B);

  g_assert_cmpuint (plx_comparison_get_n_links (comparison), >, 1);
  g_assert_cmpuint (claims_b->len, >, 0);

  g_assert_true (plx_note_init_sentence (&sentence, comparison, PLX_SIDE_A, 2));
  g_assert_true (plx_note_init_link (&link, comparison, 1));
  g_assert_true (plx_note_init_claim (&claim, comparison, PLX_SIDE_B, 0));
  g_assert_false (plx_note_init_sentence (&(PlxNote) { 0 }, comparison, PLX_SIDE_A, 999));
  g_assert_false (plx_note_init_link (&(PlxNote) { 0 }, comparison, 999));
  g_assert_false (plx_note_init_claim (&(PlxNote) { 0 }, comparison, PLX_SIDE_A, 999));

  g_assert_cmpstr (sentence.quote[PLX_SIDE_A], ==,
                   "Critics warned that the cost could still rise.");
  g_assert_null (sentence.quote[PLX_SIDE_B]);

  g_assert_true (plx_comparison_set_note (comparison, &link, "Link note"));
  g_assert_true (plx_comparison_set_note (comparison, &sentence, "Sentence note"));
  g_assert_true (plx_comparison_set_note (comparison, &claim, "Claim note"));
  g_assert_false (plx_comparison_set_note (comparison, &claim, "Claim note"));
  g_assert_true (plx_comparison_set_note (comparison, &claim, "Claim note, rewritten"));
  g_assert_false (plx_comparison_set_note (comparison, &claim, "binary\x02"));
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 3);

  targets = plx_notes_resolve (notes, comparison);
  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    {
      const PlxNote *note = plx_notes_get (notes, i);
      int expected = note->anchor == PLX_NOTE_LINK ? 1 : note->anchor == PLX_NOTE_SENTENCE ? 2 : 0;

      g_assert_cmpint (g_array_index (targets, int, i), ==, expected);
      if (note->anchor == PLX_NOTE_CLAIM)
        g_assert_cmpstr (note->text, ==, "Claim note, rewritten");
    }

  plx_note_clear (&sentence);
  plx_note_clear (&link);
  plx_note_clear (&claim);
}

/* Writing, rewriting and taking away a note undo and redo. */
static void
test_undo (void)
{
  g_autoptr(PlxComparison) comparison = compare_texts (TEXT_A, TEXT_B);
  PlxNotes *notes = plx_comparison_get_notes (comparison);
  PlxNote anchor = { 0 };

  g_assert_true (plx_note_init_sentence (&anchor, comparison, PLX_SIDE_B, 1));
  g_assert_false (plx_comparison_get_can_undo (comparison));

  g_assert_true (plx_comparison_set_note (comparison, &anchor, "First"));
  g_assert_true (plx_comparison_set_note (comparison, &anchor, "Second"));
  g_assert_true (plx_comparison_set_note (comparison, &anchor, NULL));
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 0);

  g_assert_true (plx_comparison_undo (comparison));
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "Second");
  g_assert_true (plx_comparison_undo (comparison));
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "First");
  g_assert_true (plx_comparison_undo (comparison));
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 0);
  g_assert_true (plx_comparison_redo (comparison));
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "First");

  plx_note_clear (&anchor);
}

/* The comparison runs again (other settings) or an article is reloaded:
 * notes follow their words, and go when their words are gone. */
static void
test_reanchor (void)
{
  static const struct
  {
    const char *new_a;
    gboolean    kept;   /* the sentence note on A */
    int         target; /* the sentence it is on then */
  } cases[] = {
    /* unchanged */
    { TEXT_A, TRUE, 2 },
    /* a paragraph added above: the note moves down with its sentence */
    { "Harbour plan approved\n\nA new first paragraph. It has two sentences.\n\n"
      "The council approved the harbour plan on Tuesday, the mayor said.\n"
      "Critics warned that the cost could still rise. The vote was 31 to 18.\n",
      TRUE, 4 },
    /* the sentence is gone */
    { "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n"
      "The vote was 31 to 18.\n",
      FALSE, -1 },
    /* the article is much shorter: the old span is past its end */
    { "Short.\n", FALSE, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PlxComparison) before = compare_texts (TEXT_A, TEXT_B);
      g_autoptr(PlxComparison) after = compare_texts (cases[i].new_a, TEXT_B);
      g_autoptr(GArray) targets = NULL;
      PlxNote anchor = { 0 };
      PlxNote other = { 0 };
      PlxNotes *notes;
      guint dropped;

      g_test_message ("case %u", i);
      g_assert_true (plx_note_init_sentence (&anchor, before, PLX_SIDE_A, 2));
      g_assert_true (plx_comparison_set_note (before, &anchor, "On A"));
      g_assert_true (plx_note_init_sentence (&other, before, PLX_SIDE_B, 1));
      g_assert_true (plx_comparison_set_note (before, &other, "On B"));

      dropped = plx_comparison_restore_notes (after, plx_comparison_get_notes (before));
      notes = plx_comparison_get_notes (after);
      g_assert_cmpuint (dropped, ==, cases[i].kept ? 0 : 1);
      g_assert_cmpuint (plx_notes_get_n (notes), ==, cases[i].kept ? 2 : 1);
      g_assert_false (plx_comparison_get_can_undo (after));

      targets = plx_notes_resolve (notes, after);
      if (cases[i].kept)
        {
          g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "On A");
          g_assert_cmpint (g_array_index (targets, int, 0), ==, cases[i].target);
        }
      /* B did not change: its note stays on its sentence. */
      g_assert_cmpstr (plx_notes_get (notes, plx_notes_get_n (notes) - 1)->text, ==, "On B");
      g_assert_cmpint (g_array_index (targets, int, plx_notes_get_n (notes) - 1), ==, 1);

      plx_note_clear (&anchor);
      plx_note_clear (&other);
    }
}

/* A link note stays while the link stands, and finds nothing once it is
 * taken away. */
static void
test_link_gone (void)
{
  g_autoptr(PlxComparison) comparison = compare_texts (TEXT_A, TEXT_B);
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  PlxNote anchor = { 0 };

  g_assert_true (plx_note_init_link (&anchor, comparison, 1));
  g_assert_true (plx_comparison_set_note (comparison, &anchor, "Link"));
  before = plx_notes_resolve (plx_comparison_get_notes (comparison), comparison);
  g_assert_cmpint (g_array_index (before, int, 0), ==, 1);

  g_assert_true (plx_comparison_remove_link (comparison, 1));
  after = plx_notes_resolve (plx_comparison_get_notes (comparison), comparison);
  g_assert_cmpint (g_array_index (after, int, 0), ==, -1);
  g_assert_cmpuint (plx_notes_get_n (plx_comparison_get_notes (comparison)), ==, 1);

  plx_note_clear (&anchor);
}

/* The sides swapped: a note on A's sentence is on the same sentence, now
 * article B's; a link's note follows its link. */
static void
test_swap (void)
{
  g_autoptr(PlxComparison) before = compare_texts (TEXT_A, TEXT_B);
  g_autoptr(PlxComparison) after = compare_texts (TEXT_B, TEXT_A);
  g_autoptr(PlxNotes) kept = NULL;
  g_autoptr(GArray) targets = NULL;
  PlxNote sentence = { 0 };
  PlxNote link = { 0 };
  PlxNotes *notes;

  g_assert_true (plx_note_init_sentence (&sentence, before, PLX_SIDE_A, 2));
  g_assert_true (plx_note_init_link (&link, before, 1));
  g_assert_true (plx_comparison_set_note (before, &sentence, "Sentence"));
  g_assert_true (plx_comparison_set_note (before, &link, "Link"));

  kept = plx_notes_copy (plx_comparison_get_notes (before));
  plx_notes_swap_sides (kept);
  g_assert_cmpuint (plx_comparison_restore_notes (after, kept), ==, 0);
  notes = plx_comparison_get_notes (after);
  targets = plx_notes_resolve (notes, after);
  for (guint i = 0; i < plx_notes_get_n (notes); i++)
    {
      const PlxNote *note = plx_notes_get (notes, i);

      if (note->anchor == PLX_NOTE_SENTENCE)
        {
          g_assert_cmpint (note->side, ==, PLX_SIDE_B);
          g_assert_cmpint (g_array_index (targets, int, i), ==, 2);
        }
      else
        {
          const PlxLink *swapped = plx_comparison_get_link (after, g_array_index (targets, int, i));
          const PlxLink *original = plx_comparison_get_link (before, 1);

          g_assert_cmpuint (swapped->a_start, ==, original->b_start);
          g_assert_cmpuint (swapped->b_start, ==, original->a_start);
        }
    }

  plx_note_clear (&sentence);
  plx_note_clear (&link);
}

/* Notes read from a file: what is no note is left out and counted. */
static void
test_json (void)
{
  static const struct
  {
    const char *json;
    guint       kept;
    guint       dropped;
  } cases[] = {
    { "null", 0, 0 },
    { "[]", 0, 0 },
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", \"start\": 0, \"end\": 5}],"
      " \"text\": \"ok\"}]", 1, 0 },
    { "[{\"anchor\": \"link\", \"spans\": [{\"article\": \"A\", \"start\": 0, \"end\": 5},"
      " {\"article\": \"B\", \"start\": 3, \"end\": 9}], \"text\": \"ok\"}]", 1, 0 },
    /* a link with one span, a sentence with two, one side twice */
    { "[{\"anchor\": \"link\", \"spans\": [{\"article\": \"A\", \"start\": 0, \"end\": 5}],"
      " \"text\": \"x\"}]", 0, 1 },
    { "[{\"anchor\": \"claim\", \"spans\": [{\"article\": \"A\", \"start\": 0, \"end\": 5},"
      " {\"article\": \"A\", \"start\": 0, \"end\": 5}], \"text\": \"x\"}]", 0, 1 },
    /* no text, binary text, an unknown anchor, a bad side, bad offsets */
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", \"start\": 0,"
      " \"end\": 5}]}]", 0, 1 },
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", \"start\": 0, \"end\": 5}],"
      " \"text\": \"\\u0000\\u0001\"}]", 0, 1 },
    { "[{\"anchor\": \"word\", \"spans\": [{\"article\": \"A\", \"start\": 0, \"end\": 5}],"
      " \"text\": \"x\"}]", 0, 1 },
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"C\", \"start\": 0, \"end\": 5}],"
      " \"text\": \"x\"}]", 0, 1 },
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", \"start\": 5, \"end\": 5}],"
      " \"text\": \"x\"}]", 0, 1 },
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", \"start\": -1, \"end\": 5}],"
      " \"text\": \"x\"}]", 0, 1 },
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", \"start\": 0,"
      " \"end\": 99999999999}], \"text\": \"x\"}]", 0, 1 },
    { "[1, \"note\", null, []]", 0, 4 },
    /* the same anchor twice: the first note stays */
    { "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"B\", \"start\": 0, \"end\": 5}],"
      " \"text\": \"one\"}, {\"anchor\": \"sentence\", \"spans\": [{\"article\": \"B\","
      " \"start\": 0, \"end\": 5}], \"text\": \"two\"}]", 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].json, NULL);
      g_autoptr(PlxNotes) notes = NULL;
      g_autoptr(GError) error = NULL;
      guint dropped;

      g_test_message ("case %u: %s", i, cases[i].json);
      g_assert_nonnull (node);
      notes = plx_notes_from_json (node, &dropped, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (plx_notes_get_n (notes), ==, cases[i].kept);
      g_assert_cmpuint (dropped, ==, cases[i].dropped);
    }

  /* Not a list at all: the session is refused with a reason. */
  {
    g_autoptr(JsonNode) node = json_from_string ("{\"notes\": 1}", NULL);
    g_autoptr(GError) error = NULL;
    guint dropped;

    g_assert_null (plx_notes_from_json (node, &dropped, &error));
    g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  }
}

/* Thousands of notes: the first PLX_NOTES_MAX are kept, quickly. */
static void
test_many (void)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PlxNotes) notes = NULL;
  g_autoptr(GError) error = NULL;
  guint dropped;
  gint64 start;

  for (guint i = PLX_NOTES_MAX + 100; i > 0; i--)
    g_string_append_printf (json, "%s{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\","
                            " \"start\": %u, \"end\": %u}], \"text\": \"note %u\"}",
                            i == PLX_NOTES_MAX + 100 ? "" : ",", i, i + 1, i);
  g_string_append (json, "]");
  node = json_from_string (json->str, NULL);

  start = g_get_monotonic_time ();
  notes = plx_notes_from_json (node, &dropped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_notes_get_n (notes), ==, PLX_NOTES_MAX);
  g_assert_cmpuint (dropped, ==, 100);
  /* In text order, whatever the order of the file. */
  g_assert_cmpuint (plx_notes_get (notes, 0)->start[PLX_SIDE_A], <,
                    plx_notes_get (notes, 1)->start[PLX_SIDE_A]);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* Sessions keep notes; a session from before notes opens with none; a
 * session whose notes lie past the end of their article opens without
 * them, and says how many it left out. */
static void
test_session (void)
{
  g_autoptr(PlxComparison) comparison = compare_texts (TEXT_A, TEXT_B);
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxComparison) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  g_autofree char *hostile = NULL;
  PlxNote anchor = { 0 };
  const char *data;
  char *notes_member;

  g_assert_true (plx_note_init_link (&anchor, comparison, 1));
  g_assert_true (plx_comparison_set_note (comparison, &anchor, "Checked with the agency wire."));
  saved = plx_session_new_for_comparison (comparison);
  bytes = plx_session_to_bytes (saved);

  opened = plx_session_new_from_bytes (bytes, "notes.parallax", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_session_get_n_notes (opened), ==, 1);
  g_assert_cmpuint (plx_session_get_n_dropped_notes (opened), ==, 0);
  restored = plx_session_create_comparison (opened);
  g_assert_true (plx_comparison_run (restored, NULL, &error));
  g_assert_cmpuint (plx_session_restore_notes (opened, restored), ==, 0);
  g_assert_cmpstr (plx_notes_get (plx_comparison_get_notes (restored), 0)->text, ==,
                   "Checked with the agency wire.");
  g_clear_pointer (&opened, plx_session_free);

  /* The same file without its notes member: an older session. */
  data = g_bytes_get_data (bytes, NULL);
  notes_member = strstr (data, ",\n  \"notes\"");
  g_assert_nonnull (notes_member);
  old = g_strdup_printf ("%.*s\n}", (int) (notes_member - data), data);
  opened = plx_session_new_from_bytes (g_bytes_new_static (old, strlen (old)), "old.parallax",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_session_get_n_notes (opened), ==, 0);
  g_clear_pointer (&opened, plx_session_free);

  /* Notes past the end of their articles, and with binary text. */
  hostile = g_strdup_printf ("%.*s,\n\"notes\": [{\"anchor\": \"sentence\", \"spans\": "
                             "[{\"article\": \"B\", \"start\": 100000, \"end\": 100010}], "
                             "\"text\": \"far\"}, {\"anchor\": \"sentence\", \"spans\": "
                             "[{\"article\": \"A\", \"start\": 0, \"end\": 5}], "
                             "\"text\": \"\\u0007\\u0008\"}]}",
                             (int) (notes_member - data), data);
  opened = plx_session_new_from_bytes (g_bytes_new_static (hostile, strlen (hostile)),
                                       "hostile.parallax", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_session_get_n_notes (opened), ==, 0);
  g_assert_cmpuint (plx_session_get_n_dropped_notes (opened), ==, 2);

  plx_note_clear (&anchor);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/notes/clean-text", test_clean_text);
  g_test_add_func ("/core/notes/anchors", test_anchors);
  g_test_add_func ("/core/notes/undo", test_undo);
  g_test_add_func ("/core/notes/reanchor", test_reanchor);
  g_test_add_func ("/core/notes/link-gone", test_link_gone);
  g_test_add_func ("/core/notes/swap", test_swap);
  g_test_add_func ("/core/notes/json", test_json);
  g_test_add_func ("/core/notes/many", test_many);
  g_test_add_func ("/core/notes/session", test_session);

  return g_test_run ();
}
