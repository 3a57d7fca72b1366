/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Corrections of claims: each kind applied to the claims of a short
 * article (table-driven), then in a comparison: undo and redo, a new run
 * of the same comparison, a session written and read back, and the
 * reports that carry the corrected claims. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-report.h"
#include "plx-session.h"
#include "test-compare.h"

/* Claims: 0 Collins "said", 1 the minister "said", 2 the mayor "added". */
#define TEXT                                                                                  \
  "Senator Mary Collins said on Tuesday that the bill would pass the chamber. The weather "  \
  "was fine in Kyiv, and officials were calm. The talks were constructive, the minister "    \
  "said. “We will not back down,” the mayor added."

/* One correction and what a reader finds after it. @target is the claim
 * corrected (-1 for one added, whose words are given by @cue, @speaker and
 * @content as they appear in the text); after the correction there are
 * @n_claims claims, and claim @check (if not -1) has the speaker, verb,
 * words, party and quotation given (NULL is not checked). */
typedef struct
{
  const char      *path;
  PlxClaimEditKind kind;
  int              target;
  const char      *speaker_name;
  const char      *party;
  const char      *cue;
  const char      *speaker;
  const char      *content;
  const char      *verb;
  gboolean         applies;
  guint            n_claims;
  int              check;
  const char      *want_speaker;
  const char      *want_verb;
  const char      *want_text;
  const char      *want_party;
  const char      *want_quote;
} EditCase;

static const EditCase cases[] = {
  { "/core/claim-edits/remove", PLX_CLAIM_EDIT_REMOVE, 1, NULL, NULL, NULL, NULL, NULL, NULL,
    TRUE, 2, 1, "the mayor", "added", NULL, NULL, NULL },
  { "/core/claim-edits/speaker", PLX_CLAIM_EDIT_SPEAKER, 1, "Defence Minister Olga Berg", NULL,
    NULL, NULL, NULL, NULL, TRUE, 3, 1, "Defence Minister Olga Berg", "said",
    "The talks were constructive", "other", NULL },
  { "/core/claim-edits/party", PLX_CLAIM_EDIT_PARTY, 2, NULL, "collins", NULL, NULL, NULL, NULL,
    TRUE, 3, 2, "the mayor", "added", NULL, "collins", NULL },
  { "/core/claim-edits/party-unknown", PLX_CLAIM_EDIT_PARTY, 2, NULL, "no-such-party", NULL, NULL,
    NULL, NULL, FALSE, 3, 2, "the mayor", NULL, NULL, "other", NULL },
  { "/core/claim-edits/add-from-text", PLX_CLAIM_EDIT_ADD, -1, NULL, "collins", NULL,
    "officials", "The weather was fine in Kyiv", "believe", TRUE, 4, 1, "officials", "believe",
    "The weather was fine in Kyiv", "collins", NULL },
  { "/core/claim-edits/add-typed-speaker", PLX_CLAIM_EDIT_ADD, -1, "Anna Keller", NULL, NULL,
    NULL, "We will not back down", "told reporters", TRUE, 4, 3, "Anna Keller",
    "told reporters", "We will not back down", "other", NULL },
  { "/core/claim-edits/add-quote", PLX_CLAIM_EDIT_ADD, -1, "the mayor", "collins", "added",
    NULL, "“We will not back down,”", NULL, FALSE, 3, 2, "the mayor", "added", NULL, "other",
    "We will not back down" },
  { "/core/claim-edits/add-quote-new-cue", PLX_CLAIM_EDIT_ADD, -1, "the mayor", "collins", NULL,
    NULL, "“We will not back down,”", "vowed", TRUE, 4, 3, "the mayor", "vowed", NULL, "collins",
    "We will not back down" },
};

/* The span of the first @words in @text, in characters. */
static PlxSpan
span_of (const char *text,
         const char *words)
{
  const char *found;
  PlxSpan span = { 0, 0 };

  if (words == NULL)
    return span;
  found = strstr (text, words);
  g_assert_nonnull (found);
  span.start = g_utf8_strlen (text, found - text);
  span.end = span.start + g_utf8_strlen (words, -1);

  return span;
}

static GArray *
find_claims (PlxArticle *article,
             PlxParties *parties)
{
  g_autoptr(GError) error = NULL;
  GArray *claims = plx_find_claims (article, "en", parties, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 3);

  return claims;
}

static PlxClaimEdit *
edit_for_case (const EditCase *c,
               GArray         *claims)
{
  const PlxClaim *claim = c->target >= 0 ? &g_array_index (claims, PlxClaim, c->target) : NULL;
  PlxClaimEdit *edit = plx_claim_edit_new (c->kind, PLX_SIDE_A, claim);

  edit->speaker_name = g_strdup (c->speaker_name);
  edit->party = g_strdup (c->party);
  edit->verb = g_strdup (c->verb);
  if (claim == NULL)
    {
      /* A cue that is not in the text is typed (@verb). */
      edit->cue = span_of (TEXT, c->cue);
      edit->speaker = span_of (TEXT, c->speaker);
      edit->content = span_of (TEXT, c->content);
    }

  return edit;
}

static void
test_edit_case (gconstpointer data)
{
  const EditCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_article_new (TEXT, NULL, "a.txt");
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(GArray) claims = find_claims (article, parties);
  g_autoptr(PlxClaimEdit) edit = edit_for_case (c, claims);
  const PlxClaim *claim;

  g_assert_cmpint (plx_claim_edit_apply (edit, article, claims, parties), ==, c->applies);
  g_assert_cmpuint (claims->len, ==, c->n_claims);
  if (c->check < 0)
    return;

  claim = &g_array_index (claims, PlxClaim, c->check);
  if (c->want_speaker != NULL)
    g_assert_cmpstr (claim->speaker_name, ==, c->want_speaker);
  if (c->want_verb != NULL)
    g_assert_cmpstr (claim->verb, ==, c->want_verb);
  if (c->want_text != NULL)
    g_assert_cmpstr (claim->text, ==, c->want_text);
  if (c->want_party != NULL)
    g_assert_cmpstr (claim->party, ==, c->want_party);
  if (c->want_quote != NULL)
    g_assert_cmpstr (claim->quote, ==, c->want_quote);
  /* A claim a person touched says so; the others do not. */
  g_assert_cmpint (claim->edited, ==, c->applies && c->kind != PLX_CLAIM_EDIT_REMOVE);
  for (guint i = 0; i < claims->len; i++)
    if (!c->applies || c->kind == PLX_CLAIM_EDIT_REMOVE)
      g_assert_false (g_array_index (claims, PlxClaim, i).edited);
  /* Claims stay in the order of the text. */
  for (guint i = 1; i < claims->len; i++)
    g_assert_cmpuint (g_array_index (claims, PlxClaim, i - 1).byte_start, <=,
                      g_array_index (claims, PlxClaim, i).byte_start);
}

/* A speaker typed with the affiliation Parallax shows after a name
 * ("Rep. Gregory Meeks (Democrat, N.Y.)", kept from the editor's field) is
 * still told by their last name, the one of the other article's claims. */
static void
test_speaker_affiliation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_article_new (TEXT, NULL, "a.txt");
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(GArray) claims = find_claims (article, parties);
  g_autoptr(PlxClaimEdit) edit = plx_claim_edit_new (PLX_CLAIM_EDIT_SPEAKER, PLX_SIDE_A,
                                                     &g_array_index (claims, PlxClaim, 1));
  const PlxClaim *claim = &g_array_index (claims, PlxClaim, 1);
  g_autofree char *bare = plx_claim_name_without_affiliation ("Rep. Gregory Meeks (Democrat, N.Y.)");

  g_autofree char *acronym = plx_claim_name_without_affiliation ("the Syrian Observatory (SOHR)");

  g_assert_cmpstr (bare, ==, "Rep. Gregory Meeks");
  g_assert_cmpstr (acronym, ==, "the Syrian Observatory (SOHR)");
  edit->speaker_name = g_strdup ("Sen. Mary Collins (Democrat, Ore.)");
  g_assert_true (plx_claim_edit_apply (edit, article, claims, parties));
  g_assert_cmpstr (claim->speaker_name, ==, "Sen. Mary Collins (Democrat, Ore.)");
  g_assert_cmpstr (claim->speaker_key, ==, "collins");
  g_assert_true (claim->person);
}

/* An edit that does not fit the article applies to nothing. */
static void
test_out_of_range (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_article_new (TEXT, NULL, "a.txt");
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(GArray) claims = find_claims (article, parties);
  g_autoptr(PlxClaimEdit) edit = plx_claim_edit_new (PLX_CLAIM_EDIT_ADD, PLX_SIDE_A, NULL);

  edit->content.start = 10;
  edit->content.end = 100000;
  g_assert_false (plx_claim_edit_apply (edit, article, claims, parties));
  edit->content.end = 5;
  g_assert_false (plx_claim_edit_apply (edit, article, claims, parties));
  edit->content.start = 0;
  edit->speaker.start = 3;
  edit->speaker.end = 1;
  g_assert_false (plx_claim_edit_apply (edit, article, claims, parties));
  g_assert_cmpuint (claims->len, ==, 3);
}

static PlxComparison *
compare (void)
{
  return plx_test_compare_texts (TEXT, "The talks were constructive, the minister said. "
                                       "The weather was fine in Kyiv.", NULL);
}

static guint
count_by (PlxComparison *comparison,
          PlxSide        side,
          const char    *speaker)
{
  GArray *claims = plx_comparison_get_claims (comparison, side);
  guint n = 0;

  for (guint i = 0; i < claims->len; i++)
    n += g_str_equal (g_array_index (claims, PlxClaim, i).speaker_name, speaker);

  return n;
}

static PlxClaimEdit *
speaker_edit (PlxComparison *comparison,
              const char    *name)
{
  GArray *claims = plx_comparison_get_claims (comparison, PLX_SIDE_A);
  PlxClaimEdit *edit = plx_claim_edit_new (PLX_CLAIM_EDIT_SPEAKER, PLX_SIDE_A,
                                           &g_array_index (claims, PlxClaim, 1));

  edit->speaker_name = g_strdup (name);

  return edit;
}

/* Undo takes a correction back exactly; redo makes it again. */
static void
test_undo_redo (void)
{
  g_autoptr(PlxComparison) comparison = compare ();
  g_autoptr(PlxClaimEdit) edit = speaker_edit (comparison, "Olga Berg");
  g_autoptr(PlxClaimEdit) remove = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_comparison_edit_claim (comparison, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_by (comparison, PLX_SIDE_A, "Olga Berg"), ==, 1);
  g_assert_cmpuint (plx_comparison_get_claim_edits (comparison)->len, ==, 1);

  remove = plx_claim_edit_new (PLX_CLAIM_EDIT_REMOVE, PLX_SIDE_A,
                               &g_array_index (plx_comparison_get_claims (comparison, PLX_SIDE_A),
                                               PlxClaim, 0));
  g_assert_true (plx_comparison_edit_claim (comparison, remove, NULL));
  g_assert_cmpuint (plx_comparison_get_claims (comparison, PLX_SIDE_A)->len, ==, 2);
  /* The same claim cannot go twice. */
  g_assert_false (plx_comparison_edit_claim (comparison, remove, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT);

  g_assert_true (plx_comparison_undo (comparison));
  g_assert_cmpuint (plx_comparison_get_claims (comparison, PLX_SIDE_A)->len, ==, 3);
  g_assert_true (plx_comparison_undo (comparison));
  g_assert_cmpuint (count_by (comparison, PLX_SIDE_A, "Olga Berg"), ==, 0);
  g_assert_cmpuint (count_by (comparison, PLX_SIDE_A, "the minister"), ==, 1);
  g_assert_cmpuint (plx_comparison_get_claim_edits (comparison)->len, ==, 0);

  g_assert_true (plx_comparison_redo (comparison));
  g_assert_cmpuint (count_by (comparison, PLX_SIDE_A, "Olga Berg"), ==, 1);
  g_assert_cmpuint (plx_comparison_get_claim_edits (comparison)->len, ==, 1);
}

/* A new run of the same comparison keeps the corrections. */
static void
test_rerun (void)
{
  g_autoptr(PlxComparison) comparison = compare ();
  g_autoptr(PlxClaimEdit) edit = speaker_edit (comparison, "Olga Berg");

  g_assert_true (plx_comparison_edit_claim (comparison, edit, NULL));
  plx_comparison_set_sensitivity (comparison, 0.7);
  g_assert_true (plx_comparison_run (comparison, NULL, NULL));
  g_assert_cmpuint (count_by (comparison, PLX_SIDE_A, "Olga Berg"), ==, 1);
  g_assert_cmpuint (count_by (comparison, PLX_SIDE_A, "the minister"), ==, 0);
}

/* A session keeps the corrections: written, read back and made again. */
static void
test_session (void)
{
  g_autoptr(PlxComparison) comparison = compare ();
  g_autoptr(PlxClaimEdit) edit = speaker_edit (comparison, "Olga Berg");
  g_autoptr(PlxSession) session = NULL;
  g_autoptr(PlxSession) read = NULL;
  g_autoptr(PlxComparison) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_comparison_edit_claim (comparison, edit, NULL));
  session = plx_session_new_for_comparison (comparison);
  bytes = plx_session_to_bytes (session);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"claim_edits\""));
  read = plx_session_new_from_bytes (bytes, "test.parallax", &error);
  g_assert_no_error (error);

  again = plx_session_create_comparison (read);
  g_assert_true (plx_comparison_run (again, NULL, NULL));
  g_assert_cmpuint (count_by (again, PLX_SIDE_A, "Olga Berg"), ==, 0);
  plx_session_restore_links (read, again);
  g_assert_cmpuint (count_by (again, PLX_SIDE_A, "Olga Berg"), ==, 1);
  /* What was opened is not an edit to undo. */
  g_assert_false (plx_comparison_get_can_undo (again));
}

/* A session whose corrections name no claim of its articles is refused
 * with a sentence; one without corrections (older) opens. */
static void
test_session_bad (void)
{
  g_autoptr(PlxComparison) comparison = compare ();
  g_autoptr(PlxSession) session = plx_session_new_for_comparison (comparison);
  g_autoptr(GBytes) bytes = plx_session_to_bytes (session);
  g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *bad[] = {
    "[{\"kind\": \"remove\", \"article\": \"C\", \"cue\": [0, 1], \"content\": [2, 3]}]",
    "[{\"kind\": \"remove\", \"article\": \"A\", \"cue\": [0, 1], \"content\": [2, 99999]}]",
    "[{\"kind\": \"shout\", \"article\": \"A\", \"cue\": [0, 1], \"content\": [2, 3]}]",
    "[{\"kind\": \"speaker\", \"article\": \"A\", \"cue\": [0, 1], \"content\": [2, 3]}]",
    "{}",
  };
  char *list = strstr (json, "\"claim_edits\" : [");

  g_assert_nonnull (list);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *head = g_strndup (json, list - json);
      g_autofree char *text = g_strdup_printf ("%s\"claim_edits\": %s}", head, bad[i]);
      g_autoptr(GBytes) changed = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxSession) read = plx_session_new_from_bytes (changed, "bad.parallax", &error);

      g_assert_null (read);
      g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, "corrections of claims"));
    }

  {
    g_autofree char *head = g_strndup (json, list - json);
    g_autofree char *text = g_strdup_printf ("%s\"version\": 1}", head);
    g_autoptr(GBytes) older = g_bytes_new (text, strlen (text));
    g_autoptr(PlxSession) read = plx_session_new_from_bytes (older, "old.parallax", NULL);

    g_assert_nonnull (read);
  }
}

static char *
report (PlxComparison   *comparison,
        PlxReportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = plx_report_comparison (comparison, format, &error);

  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Every report has the corrected claims, marked as corrected. */
static void
test_reports (void)
{
  g_autoptr(PlxComparison) comparison = compare ();
  g_autoptr(PlxClaimEdit) edit = speaker_edit (comparison, "Olga Berg");
  g_autofree char *before = report (comparison, PLX_REPORT_JSON);
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *parties;
  guint edited = 0;

  g_assert_null (strstr (before, "edited_by_user"));
  g_assert_true (plx_comparison_edit_claim (comparison, edit, NULL));
  json = report (comparison, PLX_REPORT_JSON);
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  parties = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "parties");
  for (guint p = 0; p < json_array_get_length (parties); p++)
    {
      JsonArray *claims = json_object_get_array_member (json_array_get_object_element (parties, p),
                                                        "claims");

      for (guint k = 0; k < json_array_get_length (claims); k++)
        {
          JsonObject *claim = json_array_get_object_element (claims, k);
          gboolean mine = g_str_equal (json_object_get_string_member (claim, "speaker"),
                                       "Olga Berg");

          g_assert_true (mine || !json_object_has_member (claim, "edited_by_user"));
          if (mine)
            {
              g_assert_true (json_object_get_boolean_member (claim, "edited_by_user"));
              edited++;
            }
        }
    }
  g_assert_cmpuint (edited, ==, 1);

  for (PlxReportFormat format = PLX_REPORT_TEXT; format <= PLX_REPORT_HTML; format++)
    {
      g_autofree char *text = report (comparison, format);

      g_assert_nonnull (strstr (text, "Olga Berg"));
      g_assert_nonnull (strstr (text, "(corrected by hand)"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_edit_case);
  g_test_add_func ("/core/claim-edits/out-of-range", test_out_of_range);
  g_test_add_func ("/core/claim-edits/speaker-affiliation", test_speaker_affiliation);
  g_test_add_func ("/core/claim-edits/undo-redo", test_undo_redo);
  g_test_add_func ("/core/claim-edits/rerun", test_rerun);
  g_test_add_func ("/core/claim-edits/session", test_session);
  g_test_add_func ("/core/claim-edits/session-bad", test_session_bad);
  g_test_add_func ("/core/claim-edits/reports", test_reports);

  return g_test_run ();
}
