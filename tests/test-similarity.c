/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "plx-aligner.h"
#include "plx-lexicon.h"
#include "plx-similarity.h"
#include "plx-tokens.h"

/* Two reports of the same events, sentence by sentence: each pair of rows
 * says the same thing in other words. Rows of different pairs are about
 * different things. */
static const char *const paraphrases[][2] = {
  { "Kremlin spokesman Dmitry Peskov denied that any talks with Kyiv were being prepared.",
    "The Kremlin denied on Tuesday that talks with Kyiv were being prepared, Peskov said." },
  { "The European Central Bank kept its key interest rates unchanged on Thursday.",
    "On Thursday the European Central Bank left its key interest rates on hold." },
  { "At least 12 people were killed when a Russian missile struck an apartment block in "
    "Dnipro.",
    "A Russian missile hit an apartment block in Dnipro, killing at least 12 people." },
  { "Shares in Boeing fell 4% after the company reported a loss of $1.2 billion.",
    "Boeing reported a $1.2 billion loss, sending its shares down 4%." },
};

/* Sentences used by single tests; they also count for word rarity. */
static const char *const others[] = {
  "President Zelensky met the American envoy in Kyiv on Friday.",
  "President Zelenskyy met the American envoy in Kyiv on Friday.",
  "Peskov denied the report.",
  "Peskov denied the report on Tuesday, saying Moscow had never been approached by "
  "Washington about a meeting in Riyadh or anywhere else.",
  "Inflation slowed to 2.1% in May.",
  "Wage growth is moderating.",
  "Inflation slowed to 2.1% in May as wage growth is moderating.",
};

/* Sentences in the frame of a quotation, and one fact told at length in
 * two ways. */
static const char *const framed[] = {
  "\u201cWe will win this fight,\u201d he said.",
  "\u201cNobody saw the fire coming,\u201d said the mayor.",
  "\u201cNobody saw the fire coming,\u201d the mayor said on Friday.",
  "\u201cI never said that,\u201d Smith told reporters.",
  "Smith told reporters: \u201cI never said that.\u201d",
  "Mayor Anna Keller unveiled the tram plan on Tuesday evening before a crowded and often "
  "noisy meeting in the old town hall, promising residents of the northern suburbs a fast "
  "link to the main railway station, ticket fares frozen until 2035, new cycle lanes along "
  "the ring road and a green corridor through the former brewery grounds.",
  "Speaking to a packed hall on Tuesday, Keller presented what supporters hailed as the "
  "boldest transport project in a generation: trams from the northern suburbs to the main "
  "railway station every six minutes, fares frozen until 2035, free travel for pupils and "
  "pensioners, and a depot on the site of the disused gasworks that critics call an eyesore.",
  "Officials at the State Department denied the report.",
  "Officials at the State Department confirmed the report on Monday.",
};

typedef struct
{
  PlxLexicon    *lexicon;
  PlxVocabulary *vocabulary;
  PlxIdf        *idf;
  GHashTable    *bags; /* sentence text (borrowed) -> PlxBag* */
} Fixture;

static void
bag_free (gpointer data)
{
  PlxBag *bag = data;

  plx_bag_clear (bag);
  g_free (bag);
}

/* Tokenizes every sentence, weighs words by their rarity across all of
 * them, as a comparison does across both articles, and makes their bags. */
static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxTokenizer) tokenizer = NULL;
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < G_N_ELEMENTS (paraphrases); i++)
    {
      g_ptr_array_add (sentences, (gpointer) paraphrases[i][0]);
      g_ptr_array_add (sentences, (gpointer) paraphrases[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_ptr_array_add (sentences, (gpointer) others[i]);
  for (guint i = 0; i < G_N_ELEMENTS (framed); i++)
    g_ptr_array_add (sentences, (gpointer) framed[i]);

  fixture->lexicon = plx_lexicon_new ("en", &error);
  g_assert_no_error (error);
  fixture->vocabulary = plx_vocabulary_new ();
  tokenizer = plx_tokenizer_new (fixture->lexicon, fixture->vocabulary);
  for (guint i = 0; i < sentences->len; i++)
    {
      const char *text = g_ptr_array_index (sentences, i);
      GArray *array = g_array_new (FALSE, FALSE, sizeof (PlxToken));

      plx_tokenizer_tokenize (tokenizer, text, 0, strlen (text), array);
      g_ptr_array_add (tokens, array);
    }

  fixture->idf = plx_idf_new (plx_vocabulary_size (fixture->vocabulary));
  for (guint i = 0; i < tokens->len; i++)
    {
      GArray *array = g_ptr_array_index (tokens, i);

      plx_idf_add_sentence (fixture->idf, (const PlxToken *) array->data, array->len);
    }
  plx_idf_finish (fixture->idf);

  fixture->bags = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, bag_free);
  for (guint i = 0; i < tokens->len; i++)
    {
      GArray *array = g_ptr_array_index (tokens, i);
      PlxBag *bag = g_new0 (PlxBag, 1);

      plx_bag_init (bag, (const PlxToken *) array->data, array->len, fixture->idf);
      g_hash_table_insert (fixture->bags, g_ptr_array_index (sentences, i), bag);
    }
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_hash_table_unref (fixture->bags);
  plx_idf_free (fixture->idf);
  plx_vocabulary_free (fixture->vocabulary);
  plx_lexicon_unref (fixture->lexicon);
}

static const PlxBag *
bag_of (Fixture    *fixture,
        const char *sentence)
{
  const PlxBag *bag = g_hash_table_lookup (fixture->bags, sentence);

  g_assert_nonnull (bag);

  return bag;
}

static PlxMatch
match (Fixture    *fixture,
       const char *a,
       const char *b)
{
  PlxMatch m = plx_bag_match (bag_of (fixture, a), bag_of (fixture, b), fixture->vocabulary);

  g_test_message ("%.3f (cover %.3f / %.3f): %s | %s", m.similarity, m.cover_a, m.cover_b, a, b);
  g_assert_cmpfloat (m.similarity, >=, 0.0);
  g_assert_cmpfloat (m.similarity, <=, 1.0 + 1e-6);

  return m;
}

static void
test_identical (Fixture      *fixture,
                gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (paraphrases); i++)
    {
      PlxMatch m = match (fixture, paraphrases[i][0], paraphrases[i][0]);

      g_assert_cmpfloat_with_epsilon (m.similarity, 1.0, 1e-6);
      g_assert_cmpfloat_with_epsilon (m.cover_a, 1.0, 1e-6);
      g_assert_cmpfloat_with_epsilon (m.cover_b, 1.0, 1e-6);
    }
}

static void
test_unrelated (Fixture      *fixture,
                gconstpointer data)
{
  PlxMatch m = match (fixture, paraphrases[1][0], paraphrases[2][1]);

  g_assert_cmpfloat (m.similarity, <, 0.05);
  g_assert_cmpfloat (m.cover_a, <, 0.05);
  g_assert_cmpfloat (m.cover_b, <, 0.05);

  /* Symmetric. */
  m = match (fixture, paraphrases[2][1], paraphrases[1][0]);
  g_assert_cmpfloat (m.similarity, <, 0.05);
}

/* The aligner links sentences by this score: every paraphrase must beat
 * every pairing of sentences about different things. */
static void
test_paraphrases (Fixture      *fixture,
                  gconstpointer data)
{
  double best_unrelated = 0;
  double worst_paraphrase = 1;

  for (guint i = 0; i < G_N_ELEMENTS (paraphrases); i++)
    for (guint j = 0; j < G_N_ELEMENTS (paraphrases); j++)
      {
        PlxMatch m = match (fixture, paraphrases[i][0], paraphrases[j][1]);

        if (i == j)
          worst_paraphrase = MIN (worst_paraphrase, m.similarity);
        else
          best_unrelated = MAX (best_unrelated, m.similarity);
      }

  g_test_message ("worst paraphrase %.3f, best unrelated %.3f", worst_paraphrase,
                  best_unrelated);
  g_assert_cmpfloat (worst_paraphrase, >, 0.3);
  g_assert_cmpfloat (best_unrelated, <, 0.15);
  g_assert_cmpfloat (worst_paraphrase, >, 2 * best_unrelated);
}

static void
test_string_similarity (void)
{
  g_assert_cmpfloat (plx_string_similarity ("zelensky", "zelenskyy"), >=, 0.55);
  g_assert_cmpfloat (plx_string_similarity ("zelensky", "zelenskiy"), >=, 0.55);
  g_assert_cmpfloat_with_epsilon (plx_string_similarity ("kyiv", "kyiv"), 1.0, 1e-9);
  g_assert_cmpfloat (plx_string_similarity ("peskov", "putin"), <, 0.55);
  g_assert_cmpfloat (plx_string_similarity ("kyiv", "kiev"), <, 0.55);
  g_assert_cmpfloat (plx_string_similarity ("", ""), >=, 0.0);
  /* Symmetric. */
  g_assert_cmpfloat_with_epsilon (plx_string_similarity ("zelensky", "zelenskyy"),
                                  plx_string_similarity ("zelenskyy", "zelensky"), 1e-9);
  /* Long words compare without overflowing anything. */
  g_assert_cmpfloat (plx_string_similarity ("internationalisation-and-decentralisation-of-"
                                            "reconstruction-programmes-in-ukraine",
                                            "internationalisation-and-decentralisation-of-"
                                            "reconstruction-programmes-in-ukraine"),
                     >, 0.9);
}

/* The same name spelt two ways still links the sentences. */
static void
test_names_spelt_differently (Fixture      *fixture,
                              gconstpointer data)
{
  PlxMatch fuzzy = match (fixture, others[0], others[1]);
  PlxMatch exact = plx_bag_match (bag_of (fixture, others[0]), bag_of (fixture, others[1]),
                                  NULL);

  g_assert_cmpfloat (fuzzy.similarity, >, exact.similarity);
  g_assert_cmpfloat (fuzzy.similarity, >, 0.9);
}

/* A short sentence contained in a long one: almost all of the short one is
 * found in the long one, little of the long one in the short one. */
static void
test_cover (Fixture      *fixture,
            gconstpointer data)
{
  PlxMatch m = match (fixture, others[2], others[3]);
  PlxMatch reverse = match (fixture, others[3], others[2]);

  g_assert_cmpfloat (m.cover_a, >, 0.95);
  g_assert_cmpfloat (m.cover_b, <, 0.4);
  g_assert_cmpfloat (m.similarity, >, m.cover_b);
  g_assert_cmpfloat (m.similarity, <, m.cover_a);

  g_assert_cmpfloat_with_epsilon (reverse.cover_a, m.cover_b, 1e-6);
  g_assert_cmpfloat_with_epsilon (reverse.cover_b, m.cover_a, 1e-6);
  g_assert_cmpfloat_with_epsilon (reverse.similarity, m.similarity, 1e-6);
}

/* Two short sentences against the one long sentence that merges them: the
 * group matches better than either part, which is how the aligner finds
 * one-to-two links. */
static void
test_union (Fixture      *fixture,
            gconstpointer data)
{
  PlxBag parts[2];
  PlxBag group = { 0 };
  const PlxBag *merged = bag_of (fixture, others[6]);
  PlxMatch whole;
  PlxMatch first;
  PlxMatch second;

  parts[0] = *bag_of (fixture, others[4]);
  parts[1] = *bag_of (fixture, others[5]);
  plx_bag_init_union (&group, parts, G_N_ELEMENTS (parts));

  whole = plx_bag_match (&group, merged, fixture->vocabulary);
  first = match (fixture, others[4], others[6]);
  second = match (fixture, others[5], others[6]);
  g_test_message ("group %.3f, parts %.3f and %.3f", whole.similarity, first.similarity,
                  second.similarity);

  g_assert_cmpfloat (whole.similarity, >, 0.95);
  g_assert_cmpfloat (whole.similarity, >, first.similarity);
  g_assert_cmpfloat (whole.similarity, >, second.similarity);
  g_assert_cmpfloat (first.cover_a, >, 0.95);
  g_assert_cmpfloat (second.cover_a, >, 0.95);

  plx_bag_clear (&group);
}

/* What two sentences share: the content words, not the frame. A link's
 * score follows them: a shared frame alone scores nothing, many shared
 * words score even where they are a small share of long sentences. */
typedef struct
{
  const char *a;
  const char *b;
  guint       shared_terms;
  double      min_score;
  double      max_score;
} SharedCase;

static void
test_shared_content (Fixture      *fixture,
                     gconstpointer data)
{
  const SharedCase cases[] = {
    /* Two quotations of different things: "said" is all they share. */
    { framed[0], framed[1], 0, 0.0, 0.0 },
    /* The same quotation, said by the same mayor. */
    { framed[1], framed[2], 5, 0.5, 1.0 },
    /* "said" inside the quotation is content, "told" outside is not
     * ("reporters", a noun, is content). */
    { framed[3], framed[4], 4, 0.9, 1.0 },
    /* Spelling variants of a name are shared. */
    { others[0], others[1], 7, 0.9, 1.0 },
    /* One name and nothing else in common. */
    { others[0], paraphrases[0][0], 1, 0.0, 0.0 },
    /* A reporting verb within a name ("State Department") is content;
     * "denied", "confirmed" and "report" are frame. */
    { framed[7], framed[8], 3, 0.3, 1.0 },
    /* Many words in common, a small share of each sentence. */
    { framed[5], framed[6], 12, 0.45, 0.6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PlxMatch m = match (fixture, cases[i].a, cases[i].b);
      PlxMatch reverse = match (fixture, cases[i].b, cases[i].a);
      double score = plx_link_score (&m);

      g_test_message ("shared %u words, weight %.2f, score %.3f", m.shared_terms, m.shared_mass,
                      score);
      g_assert_cmpuint (m.shared_terms, ==, cases[i].shared_terms);
      g_assert_cmpuint (reverse.shared_terms, ==, m.shared_terms);
      g_assert_cmpfloat_with_epsilon (reverse.shared_mass, m.shared_mass, 1e-6);
      g_assert_true ((m.shared_mass > 0) == (m.shared_terms > 0));
      g_assert_cmpfloat (score, >=, cases[i].min_score - 1e-6);
      g_assert_cmpfloat (score, <=, cases[i].max_score + 1e-6);
    }
}

static void
test_empty (Fixture      *fixture,
            gconstpointer data)
{
  PlxBag empty = { 0 };
  PlxMatch m;

  plx_bag_init (&empty, NULL, 0, fixture->idf);
  m = plx_bag_match (&empty, bag_of (fixture, others[2]), fixture->vocabulary);
  g_assert_cmpfloat (m.similarity, ==, 0.0);
  g_assert_cmpfloat (m.cover_a, ==, 0.0);
  g_assert_cmpfloat (m.cover_b, ==, 0.0);
  plx_bag_clear (&empty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/similarity/identical", test_identical);
  ADD ("/core/similarity/unrelated", test_unrelated);
  ADD ("/core/similarity/paraphrases", test_paraphrases);
  ADD ("/core/similarity/names-spelt-differently", test_names_spelt_differently);
  ADD ("/core/similarity/cover", test_cover);
  ADD ("/core/similarity/union", test_union);
  ADD ("/core/similarity/empty", test_empty);
  ADD ("/core/similarity/shared-content", test_shared_content);
#undef ADD
  g_test_add_func ("/core/similarity/string", test_string_similarity);

  return g_test_run ();
}
