/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Parties file loading (`--parties FILE`, the saved parties, a session's
 * parties): the input is the file. Parties that load are used to find the
 * claims of a short article, which matches their aliases against its words,
 * and are saved again; what was saved must load again. */

#include "config.h"

#include "fuzz-common.h"
#include "plx-claims.h"
#include "plx-parties.h"

#define ARTICLE                                                                                 \
  "Kremlin denies talks\n\n"                                                                    \
  "Kremlin spokesman Dmitry Peskov said on Monday that no talks were planned. "                 \
  "Ukrainian President Volodymyr Zelensky told reporters he was ready to meet. "                \
  "According to the U.S. State Department, the offer still stands. "                            \
  "“We will not negotiate under pressure,” said Andriy Yermak, the head of his office.\n"

static PlxArticle *article;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  article = plx_article_new (ARTICLE, NULL, "article.txt");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PlxParties) parties = plx_parties_new (NULL);
  g_autoptr(PlxParties) reloaded = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  if (parties == NULL)
    abort ();

  if (!plx_parties_add_data (parties, (const char *) data, size, "fuzz-parties.json", &error))
    {
      fuzz_check_error (error);
      return 0;
    }

  claims = plx_find_claims (article, "en", parties, &error);
  if (claims == NULL)
    return 0;

  json = plx_parties_to_json (parties);
  reloaded = plx_parties_new (NULL);
  if (!plx_parties_add_data (reloaded, json, strlen (json), "saved-parties.json", &error))
    {
      fprintf (stderr, "Saved parties do not load again: %s\n", error->message);
      abort ();
    }

  return 0;
}
