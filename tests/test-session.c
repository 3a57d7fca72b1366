/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Sessions: what a person saved comes back the same, and a session file
 * that is damaged or hostile is refused with a message, never a crash. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plx-error.h"
#include "plx-collation-claims.h"
#include "plx-notes.h"
#include "plx-session.h"

#define MARKDOWN_A                                                                      \
  "# Council approves harbour plan\n\n"                                                 \
  "The council approved the harbour plan on Tuesday, the mayor said.\n\n"               \
  "## Costs\n\n"                                                                        \
  "Critics warned that the cost could still rise. The vote was 31 to 18.\n"

#define TEXT_B                                                                          \
  "Harbour plan passes\n\n"                                                             \
  "Councillors backed the harbour project on Tuesday, according to the mayor.\n"        \
  "The cost could still climb, critics warned. It passed by 31 votes to 18.\n"

static PlxComparison *
run_comparison (PlxComparison *comparison)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_comparison_run (comparison, NULL, &error));
  g_assert_no_error (error);

  return comparison;
}

static PlxComparison *
compare_pair (void)
{
  g_autoptr(GBytes) markdown = g_bytes_new_static (MARKDOWN_A, strlen (MARKDOWN_A));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) a = plx_article_new_from_bytes (markdown, "harbour.md", &error);
  g_autoptr(PlxArticle) b = plx_article_new (TEXT_B, NULL, "wire.txt");
  PlxComparison *comparison;

  g_assert_no_error (error);
  comparison = plx_comparison_new (a, b);
  plx_comparison_set_language (comparison, "en");
  plx_comparison_set_sensitivity (comparison, 0.7);

  return run_comparison (comparison);
}

static int
find_link (PlxComparison *comparison,
           guint          a_start,
           guint          b_start)
{
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      if (link->a_start == a_start && link->b_start == b_start)
        return k;
    }

  return -1;
}

/* Saved and opened again: texts, headings, sources, settings, edited
 * parties and manual links. */
static void
test_round_trip (void)
{
  g_autoptr(PlxComparison) original = compare_pair ();
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxComparison) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_a, n_b;
  const PlxSentence *sentences_a;
  const PlxSentence *restored_a;
  const PlxLink *link;
  int manual;

  /* A person links A's last sentence with B's first body sentence. */
  n_a = plx_article_get_n_sentences (plx_comparison_get_article (original, PLX_SIDE_A));
  manual = plx_comparison_add_link (original, n_a - 1, n_a, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (manual, >=, 0);

  saved = plx_session_new_for_comparison (original);
  bytes = plx_session_to_bytes (saved);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"parallax-session\""));

  opened = plx_session_new_from_bytes (bytes, "harbour.parallax", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plx_session_get_language (opened), ==, "en");
  g_assert_cmpfloat_with_epsilon (plx_session_get_sensitivity (opened), 0.7, 1e-9);
  g_assert_cmpuint (plx_session_get_n_links (opened), ==, 1);

  for (guint side = 0; side < 2; side++)
    {
      PlxArticle *before = plx_comparison_get_article (original, side);
      PlxArticle *after = plx_session_get_article (opened, side);

      g_assert_cmpstr (plx_article_get_text (after), ==, plx_article_get_text (before));
      g_assert_cmpstr (plx_article_get_title (after), ==, plx_article_get_title (before));
      g_assert_cmpstr (plx_article_get_source (after), ==, plx_article_get_source (before));
      g_assert_cmpuint (plx_article_get_n_sentences (after), ==,
                        plx_article_get_n_sentences (before));
    }

  /* Markdown's headings are headings again, not found anew in bare text. */
  sentences_a = plx_article_get_sentences (plx_comparison_get_article (original, PLX_SIDE_A),
                                           &n_a);
  restored_a = plx_article_get_sentences (plx_session_get_article (opened, PLX_SIDE_A), &n_b);
  for (guint i = 0; i < n_a; i++)
    g_assert_cmpint (restored_a[i].kind, ==, sentences_a[i].kind);
  g_assert_cmpint (sentences_a[2].kind, ==, PLX_SENTENCE_HEADING);

  restored = run_comparison (plx_session_create_comparison (opened));
  g_assert_cmpuint (plx_session_restore_links (opened, restored), ==, 1);
  manual = find_link (restored, n_a - 1, 1);
  g_assert_cmpint (manual, >=, 0);
  link = plx_comparison_get_link (restored, manual);
  g_assert_true (link->manual);
  g_assert_cmpuint (link->a_end, ==, n_a);
  g_assert_cmpuint (link->b_end, ==, 2);
}

/* An article fetched from a web address keeps its address and the time
 * it was retrieved; a session with a time that is no time drops it. */
static void
test_retrieved (void)
{
  g_autoptr(GBytes) page = g_bytes_new_static (MARKDOWN_A, strlen (MARKDOWN_A));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxDocument) document = plx_document_new_from_bytes (page, "harbour.md", &error);
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = plx_article_new (TEXT_B, NULL, "wire.txt");
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxSession) forged = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) forged_bytes = NULL;
  g_autofree char *text = NULL;
  GString *edited;

  g_assert_no_error (error);
  document->retrieved = g_strdup ("2026-11-30T10:59:12Z");
  a = plx_article_new_from_document (document, "https://harbour.example/news/vote");
  comparison = run_comparison (plx_comparison_new (a, b));

  saved = plx_session_new_for_comparison (comparison);
  bytes = plx_session_to_bytes (saved);
  opened = plx_session_new_from_bytes (bytes, "web.parallax", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (opened, PLX_SIDE_A)), ==,
                   "https://harbour.example/news/vote");
  g_assert_cmpstr (plx_article_get_retrieved (plx_session_get_article (opened, PLX_SIDE_A)), ==,
                   "2026-11-30T10:59:12Z");
  g_assert_null (plx_article_get_retrieved (plx_session_get_article (opened, PLX_SIDE_B)));

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "2026-11-30T10:59:12Z", "yesterday", 0), ==, 1);
  forged_bytes = g_string_free_to_bytes (edited);
  forged = plx_session_new_from_bytes (forged_bytes, "web.parallax", &error);
  g_assert_no_error (error);
  g_assert_null (plx_article_get_retrieved (plx_session_get_article (forged, PLX_SIDE_A)));
}

static void
test_parties_round_trip (void)
{
  g_autofree char *path_a = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                   "kremlin-a.txt", NULL);
  g_autofree char *path_b = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                   "kremlin-b.txt", NULL);
  g_autoptr(GFile) file_a = g_file_new_for_path (path_a);
  g_autoptr(GFile) file_b = g_file_new_for_path (path_b);
  g_autoptr(PlxArticle) a = plx_article_new_from_file (file_a, NULL, NULL);
  g_autoptr(PlxArticle) b = plx_article_new_from_file (file_b, NULL, NULL);
  g_autoptr(PlxComparison) original = run_comparison (plx_comparison_new (a, b));
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxComparison) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_comparison_rename_party (original, "russia", "Russian Federation"));
  saved = plx_session_new_for_comparison (original);
  bytes = plx_session_to_bytes (saved);
  opened = plx_session_new_from_bytes (bytes, "kremlin.parallax", &error);
  g_assert_no_error (error);

  restored = run_comparison (plx_session_create_comparison (opened));
  g_assert_cmpstr (plx_parties_lookup (plx_comparison_get_parties (restored), "russia")->name, ==,
                   "Russian Federation");
}

/* Each of these is refused with a PLX_ERROR that names the file. */
static void
test_hostile (void)
{
  g_autoptr(PlxComparison) comparison = compare_pair ();
  g_autoptr(PlxSession) session = plx_session_new_for_comparison (comparison);
  g_autoptr(GBytes) good = plx_session_to_bytes (session);
  gsize good_length;
  const char *good_data = g_bytes_get_data (good, &good_length);
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"parallax-session\", \"x\": ");
  g_autofree char *truncated = g_strndup (good_data, good_length / 2);
  g_autofree char *no_nul = g_strdup (good_data);
  const char *cases[] = {
    "",
    "null",
    "[]",
    "{}",
    "not json at all",
    "\x89PNG\r\n\x1a\n",
    "{\"format\": \"parallax-comparison\", \"version\": 1}",
    "{\"format\": \"parallax-session\"}",
    "{\"format\": \"parallax-session\", \"version\": 99}",
    "{\"format\": \"parallax-session\", \"version\": \"1\"}",
    "{\"format\": \"parallax-session\", \"version\": 1}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": {}}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": [{\"text\": \"A.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": [1, 2]}",
    "{\"format\": \"parallax-session\", \"version\": 1, "
    "\"articles\": [{\"text\": \"\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, "
    "\"articles\": [{\"text\": 5}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": "
    "[{\"text\": \"A.\", \"headings\": [[0, 999]]}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": "
    "[{\"text\": \"A b.\", \"headings\": [[2, 1]]}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": "
    "[{\"text\": \"A b.\", \"headings\": [[-1, 1]]}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": "
    "[{\"text\": \"A b.\", \"headings\": \"all\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"settings\": {\"sensitivity\": 2}, "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"settings\": {\"sensitivity\": \"hi\"}, "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"settings\": {\"language\": \"xx\"}, "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"settings\": [], "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"parties\": {\"parties\": 3}, "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"links\": [{\"a\": [\"A.\"]}], "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"links\": [{\"a\": [], \"b\": []}], "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, "
    "\"links\": [{\"a\": [\"A.\", \"A.\", \"A.\"], \"b\": [\"B.\"]}], "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    "{\"format\": \"parallax-session\", \"version\": 1, \"links\": 7, "
    "\"articles\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}]}",
    /* Blanks alone: no Json-CRITICAL (warnings are fatal here). */
    "  \n\t\r\n ",
    "\n",
    /* Raw bytes that are not UTF-8 inside a string. */
    "{\"format\": \"parallax-session\", \"version\": 1, "
    "\"articles\": [{\"text\": \"A \xff\xfe b.\"}, {\"text\": \"B.\"}]}",
    /* Three distinct links where two articles of one sentence each have
     * room for one. */
    "{\"format\": \"parallax-session\", \"version\": 1, "
    "\"links\": [{\"a\": [\"A b.\"], \"b\": [\"B c.\"]}, {\"a\": [\"A b.\"], \"b\": [\"B c.\"]}, "
    "{\"a\": [\"Ab.\"], \"b\": [\"B c.\"]}, {\"a\": [\"A  b.\"], \"b\": [\"B c.\"]}], "
    "\"articles\": [{\"text\": \"A b.\"}, {\"text\": \"B c.\"}]}",
    NULL, /* deep */
    NULL, /* truncated */
    NULL, /* NUL inside */
  };

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxSession) opened = NULL;

      if (i == G_N_ELEMENTS (cases) - 3)
        bytes = g_bytes_new (deep->str, deep->len);
      else if (i == G_N_ELEMENTS (cases) - 2)
        bytes = g_bytes_new (truncated, strlen (truncated));
      else if (i == G_N_ELEMENTS (cases) - 1)
        {
          no_nul[good_length / 3] = '\0';
          bytes = g_bytes_new (no_nul, good_length);
        }
      else
        bytes = g_bytes_new_static (cases[i], strlen (cases[i]));

      opened = plx_session_new_from_bytes (bytes, "evil.parallax", &error);
      if (opened != NULL)
        g_error ("case %u was accepted: %.60s", i, (const char *) g_bytes_get_data (bytes, NULL));
      g_assert_error (error, PLX_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, "evil.parallax"));
    }
}

static PlxSession *
open_json (const char *json,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return plx_session_new_from_bytes (bytes, "hand-made.parallax", error);
}

/* Only version 1 opens, and the message says which version this reads:
 * json-glib reads 10^20 as -1, and -7 or 0 were once taken for "older". */
static void
test_version (void)
{
  const char *versions[] = { "-7", "0", "2", "100000000000000000000", "1.0", "-1" };

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"parallax-session\", \"version\": %s, "
        "\"articles\": [{\"text\": \"A b.\"}, {\"text\": \"B c.\"}]}", versions[i]);
      g_autoptr(PlxSession) opened = open_json (json, &error);

      g_assert_null (opened);
      g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, "hand-made.parallax"));
      if (!g_str_equal (versions[i], "1.0"))
        g_assert_nonnull (strstr (error->message, "version 1"));
    }
}

static PlxSession *
save_and_open (PlxSession *session)
{
  g_autoptr(GBytes) bytes = plx_session_to_bytes (session);
  g_autoptr(GError) error = NULL;
  PlxSession *opened = plx_session_new_from_bytes (bytes, "saved.parallax", &error);

  g_assert_no_error (error);
  g_assert_nonnull (opened);

  return opened;
}

/* A lone UTF-16 surrogate (or \u0000) escaped in a session's strings once
 * loaded into a blank pane, ate the character after it or failed the whole
 * file, and a session saved from it could not be opened again. Now each
 * becomes U+FFFD and the rest of the text stays, through load, save, load
 * on disk. */
#define SURROGATE_SESSION                                                                   \
  "{\"format\": \"parallax-session\", \"version\": 1, "                                      \
  "\"settings\": {\"language\": \"en\", \"sensitivity\": 0.5}, \"articles\": ["                \
  "{\"title\": \"Harbour plan\\ud800\", \"source\": \"harbour\\udc00.md\", "                  \
  "\"format\": \"markdown\", "                                                               \
  "\"text\": \"Council approves harbour plan\\n\\nThe council approved the plan on Tuesday, "    \
  "the mayor \\ud800said. Critics warned that the cost could rise.\\n\", "                     \
  "\"headings\": [[0, 29]]}, "                                                               \
  "{\"title\": \"Wire\", \"source\": \"wire.txt\", \"format\": \"text\", "                        \
  "\"text\": \"Councillors backed the project on Tuesday, said the mayor.\\n"                    \
  "The cost could still climb, critics warned \\udc00\\u0000today. A pair \\ud83d\\ude00 stays."   \
  "\\n\", \"headings\": []}], "                                                               \
  "\"parties\": null, "                                                                     \
  "\"links\": [{\"a\": [\"The council approved the plan on Tuesday, the mayor \\ud800said.\"], "    \
  "\"b\": [\"Councillors backed the project on Tuesday, said the mayor.\"]}]}"

static void
test_lone_surrogate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = open_json (SURROGATE_SESSION, &error);
  g_autoptr(PlxSession) again = NULL;
  g_autoptr(PlxSession) from_disk = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlxArticle *a;
  PlxArticle *b;

  g_assert_no_error (error);
  g_assert_nonnull (opened);
  a = plx_session_get_article (opened, PLX_SIDE_A);
  b = plx_session_get_article (opened, PLX_SIDE_B);
  for (guint side = 0; side < 2; side++)
    {
      PlxArticle *article = plx_session_get_article (opened, side);

      g_assert_true (g_utf8_validate (plx_article_get_text (article), -1, NULL));
      g_assert_true (g_utf8_validate (plx_article_get_title (article), -1, NULL));
      g_assert_true (g_utf8_validate (plx_article_get_source (article), -1, NULL));
    }
  g_assert_nonnull (strstr (plx_article_get_text (a), "the mayor \xef\xbf\xbdsaid."));
  g_assert_nonnull (strstr (plx_article_get_text (b), "warned \xef\xbf\xbd\xef\xbf\xbdtoday. "
                                                      "A pair \xf0\x9f\x98\x80 stays."));
  g_assert_cmpstr (plx_article_get_title (a), ==, "Harbour plan\xef\xbf\xbd");
  g_assert_cmpstr (plx_article_get_source (a), ==, "harbour\xef\xbf\xbd.md");
  g_assert_cmpuint (plx_session_get_n_links (opened), ==, 1);

  /* The link still finds its sentence. */
  comparison = run_comparison (plx_session_create_comparison (opened));
  g_assert_cmpuint (plx_session_restore_links (opened, comparison), ==, 1);

  /* Saved, it opens again, the same. */
  again = save_and_open (opened);
  for (guint side = 0; side < 2; side++)
    g_assert_cmpstr (plx_article_get_text (plx_session_get_article (again, side)), ==,
                     plx_article_get_text (plx_session_get_article (opened, side)));
  g_assert_cmpuint (plx_session_get_n_links (again), ==, 1);

  /* And through a file, as Save and Open do. */
  dir = g_dir_make_tmp ("parallax-session-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "mended.parallax", NULL);
  file = g_file_new_for_path (path);
  bytes = plx_session_to_bytes (again);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  from_disk = plx_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plx_article_get_text (plx_session_get_article (from_disk, PLX_SIDE_B)), ==,
                   plx_article_get_text (b));
  g_remove (path);
  g_rmdir (dir);

  /* An escaped backslash before "ud800" is text, not an escape; a broken
   * escape at the end of a string is still refused. */
  {
    g_autoptr(PlxSession) literal = open_json (
      "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": ["
      "{\"text\": \"A path C:\\\\ud800 stays.\"}, {\"text\": \"B c.\"}]}", &error);
    g_autoptr(PlxSession) broken = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (plx_article_get_text (plx_session_get_article (literal, PLX_SIDE_A)), ==,
                     "A path C:\\ud800 stays.");
    broken = open_json ("{\"format\": \"parallax-session\", \"version\": 1, \"articles\": ["
                        "{\"text\": \"A \\ud800\\u12\"}, {\"text\": \"B c.\"}]}", &error);
    g_assert_null (broken);
    g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  }
}

/* A hand-made title or source of megabytes is cut to a line's length, and
 * what is cut stays the same when saved and opened again. */
static void
test_long_title (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"parallax-session\", \"version\": 1, "
                                          "\"articles\": [{\"title\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxSession) again = NULL;
  PlxArticle *a;

  for (guint i = 0; i < 100000; i++)
    g_string_append (json, "Harbour ");
  g_string_append (json, "\", \"source\": \"");
  for (guint i = 0; i < 10000; i++)
    g_string_append (json, "x");
  g_string_append (json, ".txt\", \"text\": \"The harbour plan passed. Critics warned.\"}, "
                         "{\"text\": \"The plan passed on Tuesday.\"}]}");

  opened = open_json (json->str, &error);
  g_assert_no_error (error);
  a = plx_session_get_article (opened, PLX_SIDE_A);
  g_assert_cmpuint (g_utf8_strlen (plx_article_get_title (a), -1), ==, 1000);
  g_assert_true (g_str_has_prefix (plx_article_get_title (a), "Harbour Harbour "));
  g_assert_true (g_str_has_suffix (plx_article_get_title (a), "…"));
  g_assert_cmpuint (g_utf8_strlen (plx_article_get_source (a), -1), ==, 4096);

  again = save_and_open (opened);
  g_assert_cmpstr (plx_article_get_title (plx_session_get_article (again, PLX_SIDE_A)), ==,
                   plx_article_get_title (a));
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (again, PLX_SIDE_A)), ==,
                   plx_article_get_source (a));
}

/* A page's metadata is kept: saved, opened, saved again, it is what the
 * page said; a session from before it opens without any. */
static void
test_metadata (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", "meta-jsonld.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) a = plx_article_new_from_file (file, NULL, &error);
  g_autoptr(PlxArticle) b = plx_article_new ("The council closed the bridge.", NULL, "b.txt");
  g_autoptr(PlxComparison) comparison = run_comparison (plx_comparison_new (a, b));
  g_autoptr(PlxSession) saved = plx_session_new_for_comparison (comparison);
  g_autoptr(PlxSession) opened = save_and_open (saved);
  g_autoptr(PlxSession) again = save_and_open (opened);
  g_autoptr(PlxSession) old = NULL;
  const PlxMetadata *before = plx_article_get_metadata (a);
  const PlxMetadata *after = plx_article_get_metadata (plx_session_get_article (again, PLX_SIDE_A));

  g_assert_no_error (error);
  g_assert_cmpstr (before->site_name, ==, "Harbour Times");
  g_assert_cmpstr (after->headline, ==, before->headline);
  g_assert_cmpstr (after->site_name, ==, before->site_name);
  g_assert_cmpstrv (after->authors, before->authors);
  g_assert_cmpstr (after->published, ==, before->published);
  g_assert_cmpstr (after->modified, ==, before->modified);
  g_assert_cmpstr (after->url, ==, before->url);
  g_assert_cmpstr (after->language, ==, before->language);
  g_assert_true (plx_metadata_is_empty (plx_article_get_metadata (plx_session_get_article (again,
                                                                                          PLX_SIDE_B))));

  old = open_json ("{\"format\": \"parallax-session\", \"version\": 1, \"articles\": ["
                   "{\"text\": \"The plan passed.\"}, {\"text\": \"The plan failed.\"}]}", &error);
  g_assert_no_error (error);
  g_assert_true (plx_metadata_is_empty (plx_article_get_metadata (plx_session_get_article (old,
                                                                                          PLX_SIDE_A))));
}

/* Hostile metadata: values of the wrong type are left out, long ones cut,
 * the list of authors bounded; the session opens. */
static void
test_hostile_metadata (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"parallax-session\", \"version\": 1, "
                                          "\"articles\": [{\"text\": \"The plan passed.\", "
                                          "\"metadata\": {\"site_name\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxSession) odd = NULL;
  const PlxMetadata *metadata;

  for (guint i = 0; i < 100000; i++)
    g_string_append (json, "News ");
  g_string_append (json, "\", \"url\": 7, \"published\": [\"2025\"], \"authors\": [null, {}, 3, ");
  for (guint i = 0; i < 1000; i++)
    g_string_append (json, "\"Jane Doe\", ");
  g_string_append (json, "\"\"]}}, {\"text\": \"The plan failed.\", \"metadata\": \"evil\"}]}");

  opened = open_json (json->str, &error);
  g_assert_no_error (error);
  metadata = plx_article_get_metadata (plx_session_get_article (opened, PLX_SIDE_A));
  g_assert_cmpuint (g_utf8_strlen (metadata->site_name, -1), ==, 1000);
  g_assert_null (metadata->url);
  g_assert_null (metadata->published);
  g_assert_cmpuint (g_strv_length (metadata->authors), ==, 100);
  g_assert_cmpstr (metadata->authors[0], ==, "Jane Doe");
  g_assert_true (plx_metadata_is_empty (plx_article_get_metadata (plx_session_get_article (opened,
                                                                                          PLX_SIDE_B))));

  odd = open_json ("{\"format\": \"parallax-session\", \"version\": 1, \"articles\": ["
                   "{\"text\": \"The plan passed.\", \"metadata\": {\"authors\": {\"a\": 1}}}, "
                   "{\"text\": \"The plan failed.\", \"metadata\": null}]}", &error);
  g_assert_no_error (error);
}

/* A heading span over part of a line once made the whole line one heading
 * sentence; it is left out, and the line's sentences stay sentences. A
 * span over a whole line (blanks aside) is still a heading. */
static void
test_partial_heading (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = open_json (
    "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": ["
    "{\"format\": \"markdown\", \"text\": \"  Harbour vote  \\n\\n"
    "Costs rose again. The vote was 31 to 18. Critics warned of delays.\\n\", "
    "\"headings\": [[2, 14], [18, 23]]}, "
    "{\"text\": \"The vote was 31 to 18. Costs rose again.\"}]}", &error);
  const PlxSentence *sentences;
  guint n;

  g_assert_no_error (error);
  sentences = plx_article_get_sentences (plx_session_get_article (opened, PLX_SIDE_A), &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (sentences[0].kind, !=, PLX_SENTENCE_BODY);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (sentences[i].kind, ==, PLX_SENTENCE_BODY);
}

/* The same manual link 10,000 times is one link, restored once; and of two
 * links sharing a sentence only the one standing counts as restored. */
static void
test_duplicate_links (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"parallax-session\", \"version\": 1, "
                                          "\"articles\": [{\"text\": \"The harbour plan passed "
                                          "on Tuesday. Critics warned of rising costs.\"}, "
                                          "{\"text\": \"Councillors backed the harbour plan on "
                                          "Tuesday. The cost could still climb.\"}], "
                                          "\"links\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxSession) overlapping = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(PlxComparison) second = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (json, "%s{\"a\": [\"Critics warned of rising costs.\"], "
                                  "\"b\": [\"Councillors backed the harbour plan on Tuesday.\"]}",
                            i > 0 ? ", " : "");
  g_string_append (json, "]}");

  opened = open_json (json->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_session_get_n_links (opened), ==, 1);
  comparison = run_comparison (plx_session_create_comparison (opened));
  g_assert_cmpuint (plx_session_restore_links (opened, comparison), ==, 1);

  overlapping = open_json (
    "{\"format\": \"parallax-session\", \"version\": 1, "
    "\"articles\": [{\"text\": \"The harbour plan passed on Tuesday. Critics warned of rising "
    "costs.\"}, {\"text\": \"Councillors backed the harbour plan on Tuesday. The cost could "
    "still climb.\"}], "
    "\"links\": [{\"a\": [\"Critics warned of rising costs.\"], "
    "\"b\": [\"Councillors backed the harbour plan on Tuesday.\"]}, "
    "{\"a\": [\"Critics warned of rising costs.\"], \"b\": [\"The cost could still climb.\"]}]}",
    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_session_get_n_links (overlapping), ==, 2);
  second = run_comparison (plx_session_create_comparison (overlapping));
  g_assert_cmpuint (plx_session_restore_links (overlapping, second), ==, 1);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "saved.parallax", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(PlxComparison) comparison = compare_pair ();
  g_autoptr(PlxSession) session = plx_session_new_for_comparison (comparison);
  g_autoptr(GBytes) bytes = plx_session_to_bytes (session);
  g_autoptr(PlxSession) loaded = NULL;
  PlxSession *refused;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  loaded = plx_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  refused = plx_session_load (missing, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
  g_clear_error (&error);

  refused = plx_session_load (folder, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR);

  g_remove (path);
  g_rmdir (dir);
}

/* Saving writes through a symbolic link (the link stays), creates what a
 * dangling link names, keeps the permissions of the file it replaces, and
 * refuses a FIFO or a folder without opening it: Save As once replaced
 * any of them with a regular file. */
static void
test_save_through_links (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parallax-session-XXXXXX", &error);
  g_autoptr(PlxComparison) comparison = compare_pair ();
  g_autoptr(PlxSession) session = plx_session_new_for_comparison (comparison);
  g_autofree char *target = g_build_filename (dir, "target.parallax", NULL);
  g_autofree char *link = g_build_filename (dir, "link.parallax", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.parallax", NULL);
  g_autofree char *created = g_build_filename (dir, "created.parallax", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.parallax", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.parallax", NULL);
  GStatBuf info;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  g_assert_cmpint (symlink ("target.parallax", link), ==, 0);
  g_assert_cmpint (symlink ("created.parallax", dangling), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  for (const char *const *path = (const char *const[]) { link, dangling, NULL }; *path != NULL;
       path++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (*path);
      g_autoptr(PlxSession) opened = NULL;

      g_assert_true (plx_session_save (session, file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (*path, G_FILE_TEST_IS_SYMLINK));
      opened = plx_session_load (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (plx_article_get_n_sentences (plx_session_get_article (opened, PLX_SIDE_A)),
                        >, 0);
    }
  g_assert_cmpint (g_stat (target, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_test (created, G_FILE_TEST_IS_REGULAR));

  for (const char *const *path = (const char *const[]) { fifo, folder, NULL }; *path != NULL;
       path++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (*path);
      g_autofree char *base = g_path_get_basename (*path);

      g_assert_false (plx_session_save (session, file, &error));
      g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_REGULAR);
      g_assert_nonnull (strstr (error->message, base));
      g_clear_error (&error);
    }
  g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  for (const char *const *path = (const char *const[]) { target, link, dangling, created, fifo,
                                                         NULL };
       *path != NULL; path++)
    g_assert_cmpint (g_unlink (*path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Three articles of one story: the first two as in the pair, and a third
 * that tells the vote only. */
#define TEXT_C                                                                          \
  "Vote on the harbour\n\n"                                                          \
  "The harbour plan was approved by 31 votes to 18 on Tuesday.\n"                      \
  "Fishermen protested outside the town hall.\n"

static PlxCollation *
collate_three (void)
{
  g_autoptr(GBytes) markdown = g_bytes_new_static (MARKDOWN_A, strlen (MARKDOWN_A));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) a = plx_article_new_from_bytes (markdown, "harbour.md", &error);
  g_autoptr(PlxArticle) b = plx_article_new (TEXT_B, NULL, "wire.txt");
  g_autoptr(PlxArticle) c = plx_article_new (TEXT_C, NULL, "gazette.txt");
  PlxArticle *articles[] = { a, b, c };
  PlxCollation *collation = plx_collation_new (articles, 3);

  plx_collation_set_language (collation, "en");
  plx_collation_set_sensitivity (collation, 0.7);
  g_assert_true (plx_collation_run (collation, NULL, &error));
  g_assert_no_error (error);
  return collation;
}

/* A session of three articles keeps them all, the settings and the link
 * made by hand in the comparison of the base with one of them; the link
 * names the two articles it ties. */
static void
count_changed (guint *count)
{
  (*count)++;
}

static void
test_collation_round_trip (void)
{
  g_autoptr(PlxCollation) original = collate_three ();
  guint pivot = plx_collation_get_pivot (original);
  guint other = pivot == 2 ? 1 : 2;
  PlxComparison *comparison = plx_collation_get_comparison (original, other);
  guint n_a = plx_article_get_n_sentences (plx_comparison_get_article (comparison, PLX_SIDE_A));
  guint n_b = plx_article_get_n_sentences (plx_comparison_get_article (comparison, PLX_SIDE_B));
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxCollation) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *places = NULL;
  guint changes = 0;
  int manual;

  manual = plx_comparison_add_link (comparison, n_a - 1, n_a, n_b - 1, n_b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (manual, >=, 0);
  /* A link in the comparison with the third article too. */
  {
    PlxComparison *third = plx_collation_get_comparison (original, 3 - pivot - other);
    guint n_c = plx_article_get_n_sentences (plx_comparison_get_article (third, PLX_SIDE_B));

    g_assert_cmpint (plx_comparison_add_link (third, 0, 1, n_c - 1, n_c, &error), >=, 0);
    g_assert_no_error (error);
  }

  saved = plx_session_new_for_collation (original);
  bytes = plx_session_to_bytes (saved);
  places = g_strdup_printf ("\"base\" : %u,\n      \"other\" : %u", pivot, other);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), places));

  opened = plx_session_new_from_bytes (bytes, "harbour.parallax", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_session_get_n_articles (opened), ==, 3);
  g_assert_cmpuint (plx_session_get_n_links (opened), ==, 2);
  for (guint k = 0; k < 3; k++)
    {
      g_assert_cmpstr (plx_article_get_text (plx_session_get_nth_article (opened, k)), ==,
                       plx_article_get_text (plx_collation_get_article (original, k)));
      g_assert_cmpstr (plx_article_get_source (plx_session_get_nth_article (opened, k)), ==,
                       plx_article_get_source (plx_collation_get_article (original, k)));
    }
  g_assert_cmpfloat_with_epsilon (plx_session_get_sensitivity (opened), 0.7, 1e-9);

  restored = plx_session_create_collation (opened);
  g_assert_true (plx_collation_run (restored, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plx_collation_get_pivot (restored), ==, pivot);
  /* Both comparisons' links, and one rebuilding of the units for them. */
  g_signal_connect_swapped (restored, "changed", G_CALLBACK (count_changed), &changes);
  g_assert_cmpuint (plx_session_restore_collation_links (opened, restored), ==, 2);
  g_assert_cmpuint (changes, ==, 1);
  comparison = plx_collation_get_comparison (restored, other);
  manual = find_link (comparison, n_a - 1, n_b - 1);
  g_assert_cmpint (manual, >=, 0);
  g_assert_true (plx_comparison_get_link (comparison, manual)->manual);
}

static guint
count_claims (PlxComparison *comparison,
              PlxSide        side)
{
  return plx_comparison_get_claims (comparison, side)->len;
}

/* A session of three articles keeps the notes and the corrections of
 * claims of each comparison with the base, and the base chosen by hand;
 * with another base they come back on the comparison of the same two
 * articles, turned around. */
static void
test_collation_notes_round_trip (void)
{
  g_autoptr(PlxCollation) original = collate_three ();
  guint pivot = plx_collation_get_pivot (original);
  guint other = pivot == 2 ? 1 : 2;
  guint third = 3 - pivot - other;
  PlxComparison *comparison = plx_collation_get_comparison (original, other);
  guint n_claims = count_claims (comparison, PLX_SIDE_A);
  g_autoptr(PlxClaimEdit) edit = NULL;
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxCollation) restored = NULL;
  g_autoptr(PlxCollation) turned = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  PlxNote note = { 0 };
  PlxNotes *notes;

  g_assert_true (plx_note_init_sentence (&note, comparison, PLX_SIDE_B, 0));
  g_assert_true (plx_comparison_set_note (comparison, &note, "The gazette's headline"));
  plx_note_clear (&note);
  g_assert_cmpuint (n_claims, >, 0);
  edit = plx_claim_edit_new (PLX_CLAIM_EDIT_REMOVE, PLX_SIDE_A,
                             &g_array_index (plx_comparison_get_claims (comparison, PLX_SIDE_A),
                                             PlxClaim, 0));
  g_assert_true (plx_comparison_edit_claim (comparison, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_claims (comparison, PLX_SIDE_A), ==, n_claims - 1);

  plx_collation_set_pivot (original, (int) pivot);
  saved = plx_session_new_for_collation (original);
  bytes = plx_session_to_bytes (saved);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"comparisons\""));
  base = g_strdup_printf ("\"base\" : %u,\n  \"comparisons\"", pivot);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), base));

  opened = plx_session_new_from_bytes (bytes, "harbour.parallax", &error);
  g_assert_no_error (error);
  g_assert_cmpint (plx_session_get_base (opened), ==, (int) pivot);
  g_assert_cmpuint (plx_session_get_n_dropped_notes (opened), ==, 0);
  restored = plx_session_create_collation (opened);
  g_assert_cmpint (plx_collation_get_chosen_pivot (restored), ==, (int) pivot);
  g_assert_true (plx_collation_run (restored, NULL, &error));
  plx_session_restore_collation_links (opened, restored);
  g_assert_cmpuint (plx_session_restore_collation_notes (opened, restored), ==, 0);
  comparison = plx_collation_get_comparison (restored, other);
  notes = plx_comparison_get_notes (comparison);
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 1);
  g_assert_cmpstr (plx_notes_get (notes, 0)->text, ==, "The gazette's headline");
  g_assert_cmpint (plx_notes_get (notes, 0)->side, ==, PLX_SIDE_B);
  g_assert_cmpuint (count_claims (comparison, PLX_SIDE_A), ==, n_claims - 1);

  g_assert_cmpuint (count_claims (plx_collation_get_comparison (restored, third), PLX_SIDE_A),
                    ==, n_claims - 1);

  /* The other article as the base: the note and the correction follow.
   * With the third as the base the note is let go, not the correction of
   * the base's claim: the comparison with the third has it too. */
  g_assert_cmpuint (plx_session_count_unkept (opened, other), ==, 0);
  g_assert_cmpuint (plx_session_count_unkept (opened, third), ==, 1);
  plx_session_set_base (opened, (int) other);
  turned = plx_session_create_collation (opened);
  g_assert_true (plx_collation_run (turned, NULL, &error));
  g_assert_cmpuint (plx_collation_get_pivot (turned), ==, other);
  plx_session_restore_collation_links (opened, turned);
  g_assert_cmpuint (plx_session_restore_collation_notes (opened, turned), ==, 0);
  comparison = plx_collation_get_comparison (turned, pivot);
  notes = plx_comparison_get_notes (comparison);
  g_assert_cmpuint (plx_notes_get_n (notes), ==, 1);
  g_assert_cmpint (plx_notes_get (notes, 0)->side, ==, PLX_SIDE_A);
  g_assert_cmpuint (count_claims (comparison, PLX_SIDE_B), ==, n_claims - 1);
  g_assert_cmpuint (plx_notes_get_n (plx_comparison_get_notes (
                      plx_collation_get_comparison (turned, third))), ==, 0);
}

static guint
count_speaker (GArray     *claims,
               const char *speaker)
{
  guint n = 0;

  for (guint i = 0; i < claims->len; i++)
    n += g_strcmp0 (g_array_index (claims, PlxClaim, i).speaker_name, speaker) == 0;

  return n;
}

/* Whether the claims of the base article in every comparison of
 * @collation, and those the collation lists for it, have @n claims of
 * @speaker. */
static void
assert_base_speaker (PlxCollation *collation,
                     const char   *speaker,
                     guint         n)
{
  guint pivot = plx_collation_get_pivot (collation);

  for (guint k = 0; k < plx_collation_get_n_articles (collation); k++)
    if (k != pivot)
      g_assert_cmpuint (count_speaker (plx_comparison_get_claims (
                          plx_collation_get_comparison (collation, k), PLX_SIDE_A), speaker),
                        ==, n);
  g_assert_cmpuint (count_speaker (plx_collation_get_claims (collation, pivot), speaker), ==, n);
}

/* A claim of the base article corrected in one comparison of three
 * articles is corrected in all of them and in the claims across the
 * outlets; undone in any of them, it is undone in all; a session keeps
 * it for every comparison. */
static void
test_collation_base_claims_shared (void)
{
  g_autoptr(PlxCollation) original = collate_three ();
  guint pivot = plx_collation_get_pivot (original);
  /* Not the first other article: the collation reads the base's claims
   * from the first comparison. */
  guint last = pivot == 2 ? 1 : 2;
  guint first = 3 - pivot - last;
  PlxComparison *comparison = plx_collation_get_comparison (original, last);
  GArray *claims = plx_comparison_get_claims (comparison, PLX_SIDE_A);
  g_autoptr(PlxClaimEdit) edit = NULL;
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxCollation) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_assert_cmpuint (claims->len, >, 0);
  edit = plx_claim_edit_new (PLX_CLAIM_EDIT_SPEAKER, PLX_SIDE_A,
                             &g_array_index (claims, PlxClaim, 0));
  edit->speaker_name = g_strdup ("Harbour Master Ines Roth");
  g_signal_connect_swapped (original, "changed", G_CALLBACK (count_changed), &changes);
  g_assert_true (plx_comparison_edit_claim (comparison, edit, &error));
  g_assert_no_error (error);
  assert_base_speaker (original, "Harbour Master Ines Roth", 1);
  g_assert_cmpuint (changes, ==, 1);

  /* Undone in the comparison it was made in, or in another. */
  g_assert_true (plx_comparison_undo (comparison));
  assert_base_speaker (original, "Harbour Master Ines Roth", 0);
  g_assert_true (plx_comparison_redo (comparison));
  assert_base_speaker (original, "Harbour Master Ines Roth", 1);
  g_assert_true (plx_comparison_undo (plx_collation_get_comparison (original, first)));
  assert_base_speaker (original, "Harbour Master Ines Roth", 0);
  g_assert_true (plx_comparison_redo (plx_collation_get_comparison (original, first)));
  assert_base_speaker (original, "Harbour Master Ines Roth", 1);

  saved = plx_session_new_for_collation (original);
  bytes = plx_session_to_bytes (saved);
  opened = plx_session_new_from_bytes (bytes, "harbour.parallax", &error);
  g_assert_no_error (error);
  restored = plx_session_create_collation (opened);
  g_assert_true (plx_collation_run (restored, NULL, &error));
  g_assert_no_error (error);
  plx_session_restore_collation_links (opened, restored);
  assert_base_speaker (restored, "Harbour Master Ines Roth", 1);
  for (guint k = 0; k < 3; k++)
    if (k != pivot)
      g_assert_false (plx_comparison_get_can_undo (plx_collation_get_comparison (restored, k)));
}

/* The parties of a session of three articles, as a person edited them,
 * are those of the collation it makes again, with no file between. */
static void
test_collation_parties (void)
{
  g_autoptr(PlxCollation) original = collate_three ();
  guint pivot = plx_collation_get_pivot (original);
  g_autofree char *party = NULL;
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(PlxSession) opened = NULL;
  g_autoptr(PlxCollation) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (plx_collation_get_n_claim_rows (original), >, 0);
  party = g_strdup (plx_collation_get_claim_row (original, 0)->party);
  g_assert_true (plx_comparison_rename_party (
    plx_collation_get_comparison (original, pivot == 0 ? 1 : 0), party, "The Harbour Board"));
  saved = plx_session_new_for_collation (original);
  bytes = plx_session_to_bytes (saved);
  opened = plx_session_new_from_bytes (bytes, "harbour.parallax", &error);
  g_assert_no_error (error);
  restored = plx_session_create_collation (opened);
  g_assert_true (plx_collation_run (restored, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plx_collation_get_party_name (restored, party), ==, "The Harbour Board");
}

/* A base or a comparison of a session of three articles that names no
 * two of its articles, or notes and corrections that are not, refuse the
 * file with a message that names it; a note past the end of its article
 * is left out and counted. */
static void
test_collation_pairs_hostile (void)
{
  const char *members[] = {
    "\"base\": 3",
    "\"base\": -1",
    "\"base\": \"0\"",
    "\"base\": 1.5",
    "\"comparisons\": {}",
    "\"comparisons\": [1]",
    "\"comparisons\": [{\"base\": 0, \"other\": 0}]",
    "\"comparisons\": [{\"base\": 0, \"other\": 7}]",
    "\"comparisons\": [{\"other\": 1}]",
    "\"comparisons\": [{\"base\": 0, \"other\": 1, \"notes\": 5}]",
    "\"comparisons\": [{\"base\": 0, \"other\": 1, \"claim_edits\": "
    "[{\"kind\": \"remove\", \"article\": \"B\", \"cue\": [0, 900], \"content\": [0, 1]}]}]",
  };
  const char *articles = "\"articles\": [{\"text\": \"A b.\"}, {\"text\": \"B c.\"}, "
                         "{\"text\": \"C d.\"}]";
  g_autoptr(PlxSession) good = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(GError) bad_error = NULL;
      g_autofree char *bad_json = g_strdup_printf (
        "{\"format\": \"parallax-session\", \"version\": 1, %s, %s}", articles, members[i]);
      g_autoptr(PlxSession) bad = open_json (bad_json, &bad_error);

      g_test_message ("%s", members[i]);
      g_assert_null (bad);
      g_assert_error (bad_error, PLX_ERROR, PLX_ERROR_FORMAT);
      g_assert_nonnull (strstr (bad_error->message, "hand-made.parallax"));
    }

  json = g_strdup_printf ("{\"format\": \"parallax-session\", \"version\": 1, %s, \"base\": 2, "
                          "\"comparisons\": [{\"base\": 2, \"other\": 0, \"notes\": "
                          "[{\"anchor\": \"sentence\", \"spans\": [{\"article\": \"A\", "
                          "\"start\": 100, \"end\": 104, \"text\": \"Zzz.\"}], \"text\": \"x\"}]}]}",
                          articles);
  good = open_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plx_session_get_base (good), ==, 2);
  g_assert_cmpuint (plx_session_get_n_dropped_notes (good), ==, 1);
}

/* A two-article session is written as before: its links name no
 * articles. */
static void
test_two_articles_unchanged (void)
{
  g_autoptr(PlxComparison) original = compare_pair ();
  g_autoptr(PlxSession) saved = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (plx_comparison_add_link (original, 1, 2, 1, 2, &error), >=, 0);
  saved = plx_session_new_for_comparison (original);
  bytes = plx_session_to_bytes (saved);
  g_assert_cmpuint (plx_session_get_n_articles (saved), ==, 2);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "\"base\""));
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "\"other\""));
}

/* Sessions of more articles than Parallax compares, or whose links name
 * articles they do not have, are refused with a message. */
static void
test_collation_hostile (void)
{
  g_autoptr(GString) many = g_string_new ("{\"format\": \"parallax-session\", \"version\": 1, "
                                          "\"articles\": [");
  const char *links[] = {
    "[{\"base\": 0, \"other\": 3, \"a\": [\"A b.\"], \"b\": [\"C d.\"]}]",
    "[{\"base\": 1, \"other\": 1, \"a\": [\"B c.\"], \"b\": [\"B c.\"]}]",
    "[{\"base\": -1, \"other\": 2, \"a\": [\"A b.\"], \"b\": [\"C d.\"]}]",
    "[{\"a\": [\"A b.\"], \"b\": [\"C d.\"]}]",
    "[{\"base\": \"0\", \"other\": 2, \"a\": [\"A b.\"], \"b\": [\"C d.\"]}]",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) opened = NULL;

  for (guint i = 0; i < 13; i++)
    g_string_append_printf (many, "%s{\"text\": \"Article %u.\"}", i > 0 ? ", " : "", i);
  g_string_append (many, "]}");
  opened = open_json (many->str, &error);
  g_assert_null (opened);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "13 articles"));

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autoptr(GError) link_error = NULL;
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": "
        "[{\"text\": \"A b.\"}, {\"text\": \"B c.\"}, {\"text\": \"C d.\"}], \"links\": %s}",
        links[i]);
      g_autoptr(PlxSession) bad = open_json (json, &link_error);

      g_assert_null (bad);
      g_assert_error (link_error, PLX_ERROR, link_error->code);
      g_assert_nonnull (strstr (link_error->message, "hand-made.parallax"));
    }

  /* More links than the articles have sentences were not saved by
   * Parallax, and restoring each compares claims again: refused. */
  {
    g_autoptr(GError) many_error = NULL;
    g_autoptr(PlxSession) crowded = open_json (
      "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": "
      "[{\"text\": \"A b.\"}, {\"text\": \"B c.\"}, {\"text\": \"C d.\"}], \"links\": ["
      "{\"base\": 0, \"other\": 1, \"a\": [\"A b.\"], \"b\": [\"B c.\"]}, "
      "{\"base\": 0, \"other\": 2, \"a\": [\"A b.\"], \"b\": [\"C d.\"]}, "
      "{\"base\": 1, \"other\": 2, \"a\": [\"B c.\"], \"b\": [\"C d.\"]}, "
      "{\"base\": 2, \"other\": 0, \"a\": [\"C d.\"], \"b\": [\"A b.\"]}]}",
      &many_error);

    g_assert_null (crowded);
    g_assert_error (many_error, PLX_ERROR, PLX_ERROR_FORMAT);
    g_assert_nonnull (strstr (many_error->message, "more manual links"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/session/round-trip", test_round_trip);
  g_test_add_func ("/core/session/parties", test_parties_round_trip);
  g_test_add_func ("/core/session/retrieved", test_retrieved);
  g_test_add_func ("/core/session/hostile", test_hostile);
  g_test_add_func ("/core/session/files", test_files);
  g_test_add_func ("/core/session/version", test_version);
  g_test_add_func ("/core/session/lone-surrogate", test_lone_surrogate);
  g_test_add_func ("/core/session/long-title", test_long_title);
  g_test_add_func ("/core/session/metadata", test_metadata);
  g_test_add_func ("/core/session/hostile-metadata", test_hostile_metadata);
  g_test_add_func ("/core/session/partial-heading", test_partial_heading);
  g_test_add_func ("/core/session/duplicate-links", test_duplicate_links);
  g_test_add_func ("/core/session/save-through-links", test_save_through_links);
  g_test_add_func ("/core/session/collation-round-trip", test_collation_round_trip);
  g_test_add_func ("/core/session/collation-notes", test_collation_notes_round_trip);
  g_test_add_func ("/core/session/collation-parties", test_collation_parties);
  g_test_add_func ("/core/session/collation-base-claims-shared",
                   test_collation_base_claims_shared);
  g_test_add_func ("/core/session/collation-pairs-hostile", test_collation_pairs_hostile);
  g_test_add_func ("/core/session/two-articles-unchanged", test_two_articles_unchanged);
  g_test_add_func ("/core/session/collation-hostile", test_collation_hostile);

  return g_test_run ();
}
