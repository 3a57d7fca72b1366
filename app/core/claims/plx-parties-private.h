/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the files of the parties share: plx-parties.c loads, edits and
 * saves them, plx-parties-assign.c assigns the speakers of claims with the
 * people of the article that plx-parties-people.c remembers. */

#pragma once

#include <glib.h>

#include "plx-parties.h"

G_BEGIN_DECLS

struct _PlxParties
{
  GPtrArray  *parties; /* PlxParty* */
  GHashTable *titles;  /* folded words of office: "the president" is a person */
  GHashTable *office_modifiers; /* "vice": another office than the title after it */
  GHashTable *shared_titles;    /* "spokesman": held by many, names no one alone */
  GHashTable *bodies;  /* folded nouns ending a body's name: "… Committee" */
  GHashTable *affiliations; /* letter after a name, "D" of "D-N.Y." -> PlxAffiliation */
  GHashTable *states;       /* the forms of a state after it: "N.Y.", "NY", "New York" */
};

/* What a letter of affiliation says: "D" is "democratic-party", shown
 * as "Democrat"; @party is %NULL for a letter of no party ("I"). */
typedef struct
{
  char *party;
  char *member;
} PlxAffiliation;

PlxParty *plx_party_new          (const char *id,
                                  const char *name,
                                  gboolean    discovered);
void      plx_party_free         (gpointer data);
int       plx_parties_find_index (PlxParties *self,
                                  const char *id);

/* plx-parties-people.c: the people of one article, by last name */
typedef struct
{
  GHashTable *people;     /* folded last name -> party index + 1 */
  GHashTable *by_initial; /* first character and length -> GPtrArray of people's keys */
  GHashTable *variants;   /* folded last name -> VariantScan */
} PlxPeople;

void      plx_people_init        (PlxPeople   *self);
void      plx_people_clear       (PlxPeople   *self);
int       plx_people_lookup      (PlxPeople   *self,
                                  const char  *last_name,
                                  const char **canonical);
void      plx_people_remember    (PlxPeople   *self,
                                  const char  *last_name,
                                  int          party);
guint     plx_people_count       (PlxPeople   *self);
gboolean  plx_people_contains    (PlxPeople   *self,
                                  const char  *last_name);
gboolean  plx_names_one_edit     (const char  *a,
                                  const char  *b);
gboolean  plx_names_variant      (const char  *known,
                                  const char  *name);

/* plx-parties-namesakes.c: people of one last name in one article */
GHashTable *plx_namesakes_new   (void);
void     plx_namesakes_unmark    (GHashTable     *namesakes,
                                  GArray         *claims);
void     plx_namesakes_learn     (GHashTable     *namesakes,
                                  const char     *text,
                                  const PlxToken *tokens,
                                  guint           n);
gboolean plx_namesakes_ambiguous (GHashTable     *namesakes,
                                  const char     *speaker);

G_END_DECLS
