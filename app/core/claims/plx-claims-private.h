/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the files of the claim finder share: plx-claims.c loads the word
 * lists and walks the article, plx-claims-words.c reads the words and
 * punctuation of a sentence, plx-claims-quotes.c turns tokens into spans
 * and quotations, plx-claims-sentence.c finds the claims of one sentence. */

#pragma once

#include <glib.h>

#include "plx-claims.h"

G_BEGIN_DECLS

#define MAX_SPEAKER_WORDS 8
#define MAX_APPOSITIVE    14
/* Words of a place or time after a cue: "on the X platform". */
#define MAX_ADVERBIAL     6
/* People introduced lately that a description ("the governor") may mean. */
#define MAX_DESCRIBED_BACK 32

/* Bytes of a claim's words at most. */
#define MAX_CONTENT_BYTES 4000

typedef struct
{
  guint   *stems;
  guint    n_stems;
  char    *word;      /* the first word as listed, for the verb-form check */
  gboolean ambiguous; /* also a common noun: "report", "support", "attack" */
  gboolean quote_only; /* a cue only after a quotation: "…?” Akin continued. */
  gboolean finding;    /* only after a poll, a study: "A new poll shows …" */
  gboolean exact;      /* an irregular past, no stem of forms: "found" is not "founded" */
} Cue;

struct _PlxClaimFinder
{
  /* borrowed */
  PlxTokenizer  *tokenizer;
  PlxVocabulary *vocabulary;

  /* owned */
  GPtrArray  *cues;            /* Cue* */
  GHashTable *cue_first;       /* stem id -> GPtrArray of Cue* */
  GArray     *cue_starts;      /* by stem id: whether a cue begins with it (guint8) */
  GHashTable *participial;     /* norm strings */
  GHashTable *skip;
  GHashTable *pronouns;
  GHashTable *boundaries;
  GHashTable *determiners;     /* "the report": a noun, not a cue */
  GHashTable *prepositions;    /* "with support": likewise */
  GHashTable *verb_markers;    /* words after which an ambiguous cue is a verb */
  GHashTable *titles;          /* words that introduce a person by office */
  GHashTable *sources;         /* cues whose speaker follows: "according to X" */
  GHashTable *infinitive;      /* "to say": no claim */
  GHashTable *number_words;    /* "three (dozen House Democrats)" */
  GHashTable *object_pronouns; /* "it", "them": in what is said, past its verb */
  GHashTable *exact_cues;      /* "found": no other form of it is a cue */
  GHashTable *collective_heads; /* "(the St. Louis Tea) Party": a body of people */
  GHashTable *generic_bodies;  /* "the group": the body named just before */
  GHashTable *complementizers; /* "said that ...": the content follows */
  GHashTable *conjunctions;    /* "European and American negotiators" */
  GHashTable *verb_conjunctions; /* "… denied it but said": a second verb */
  GHashTable *expletives;      /* "there's a chance that": a clause's subject */
  GHashTable *raising_verbs;   /* "It seems that": "it" is no one */
  GHashTable *participles;     /* "told", "written": past participles not in -ed */
  GHashTable *negative_subjects; /* "no group claimed": no one speaks */
  GHashTable *negative_joins;    /* "nor": "Neither X nor Y said", no one speaks */
  GHashTable *comment_nouns;   /* "…, a downbeat assessment from": the writer's */
  GHashTable *hedges;          /* "…, though it is unclear whether": the writer's */
  GHashTable *content_nouns;   /* "the notion that …": a noun holding a clause */
  GHashTable *addressee_cues;  /* "told the committee that": whom, then what */
  GHashTable *person_relatives; /* "…, who sat for an interview": of someone */
  GHashTable *nothing_words;   /* "said nothing new": no claim */
  GHashTable *response_cues;   /* "retorted with an ad": with … */
  GHashTable *means_words;     /* … what was done in answer, no claim */
  GHashTable *plural_pronouns; /* "they": the many who spoke last */
  GHashTable *documents;       /* "the ad says": whose ad */
  GHashTable *indefinites;     /* "an ad": a document introduced */
  GHashTable *authors;         /* "a letter from X": whose it is instead */
  GHashTable *groups;          /* folded party names: speakers that are not people */
  GHashTable *people;          /* nouns a speaker's head may be: "spokesman", "officials" */
  GArray     *word_bits;       /* by norm: bit k for membership of sets[k], WORD_KNOWN */
  GPtrArray  *sets;            /* the word sets plx_claims_in_set() looks up by bits */
  GHashTable *times;           /* words of dates and times: no speaker */
  GHashTable *places;          /* prepositions of an adverbial: "at the Theatre" */
  GHashTable *title_forms;     /* short forms of titles: "gov" -> "governor" */
  GHashTable *office_modifiers; /* "vice": another office than the title after it */
  GHashTable *possessives;     /* "his": "X and his family" speak together */
  GHashTable *relatives;       /* "who": the phrase before speaks */
  GHashTable *subordinators;   /* "while": a clause inside what is said */
  GHashTable *conditionals;    /* "if": what is supposed, no claim */
  GHashTable *writer_pronouns; /* "I", "you": outside a quotation the writer's, no claim */
  GHashTable *clause_openers;  /* "after the man approached …": a clause of its own */
  GHashTable *locatives;       /* "at", "in": a place, never what is said */
  GHashTable *auxiliaries;     /* "posts are": the cue before them is a noun */
  GHashTable *particles;       /* "de" of "Bill de Blasio" */
  GHashTable *passive;         /* "was accused": the subject is no speaker */
  GHashTable *negations;       /* "not": a cue after one is denied */
  GHashTable *questions;       /* "asked": a passive one opens a question */
  GHashTable *labels;          /* "called": what follows is the label and what it names */
  GHashTable *finding_sources; /* "poll", "study": what a finding cue follows */
  GHashTable *question_words;  /* "what", "whether": open an indirect question */
  GHashTable *female;          /* words that say a person is a woman: "Ms.", "wife" */
  GHashTable *male;            /* and a man: "Mr.", "husband" */
  GHashTable *female_names;    /* given names of women ("Hillary"), shared; */
  GHashTable *male_names;      /* of men ("Donald"): female-names.txt, … */
};

/* A person the article introduced, and the words of their office or
 * place around the name ("Texas Gov. Rick Perry": gov → governor, texas). */
typedef struct
{
  char      *name;
  char      *key;   /* the folded last name ("akin") */
  GPtrArray *roles; /* folded words, the vocabulary's or the word lists' */
} Person;

/* What is known across the sentences of one article. */
typedef struct
{
  char      *last_person;
  GPtrArray *people;  /* Person*, in the order introduced */
  gsize      pending_start; /* a name that opened a sentence, read only when a */
  gsize      pending_end;   /* pronoun needs it (bytes; equal when none) */
  char      *person_before;   /* last_person as the sentence began, */
  guint      introduced_at;   /* the token at which the sentence named a newer one */
  GHashTable *genders;        /* a person's last word, folded -> Gender */
  GPtrArray  *recent;         /* the people a pronoun may stand for, oldest first */
  char       *last_group;     /* the last speaker that is many ("Republicans") */
  guint       last_group_at;  /* and the sentence where they spoke */
  char       *last_thing;     /* the last speaker "it" may be: a body, a document */
  guint       last_thing_at;  /* and the sentence where it spoke */
  GHashTable *owners;         /* document word -> Owner: who put it out, and where */
  GHashTable *named;          /* noun for a group -> Owner: the name before it, and where */
  PlxClaim   *intro;          /* "The governor added:", waiting for its paragraph */
} State;

typedef enum
{
  GENDER_UNKNOWN,
  GENDER_MALE,
  GENDER_FEMALE,
} Gender;

/* One sentence being read, with what the article holds so far. */
typedef struct
{
  PlxClaimFinder    *finder;
  const guint8      *cases;   /* by norm: CASE_PROPER, CASE_LOWER, CASE_LABEL */
  guint              n_cases;
  const char        *text;
  const PlxSentence *sentence;
  guint              index;  /* of the sentence in the article */
  const PlxToken    *t;
  guint              n;
  gsize              cursor_byte; /* a known byte ↔ character pair in the sentence */
  guint              cursor_char;
  State             *state;
  gboolean           open_at_start; /* a quotation opened before goes on here */
  guint              speaker_tail;  /* one past an apposition after the speaker, or 0 */
  gboolean           nested_subject; /* the speaker opens what the last claim says */
  guint              speaker_lead;  /* 1 + where a description before the speaker starts, or 0 */
  int                relative_claim; /* the claim told by "who" (", who said"), or -1 */
  guint              coordinated;   /* the conjunction before a second verb's cue, or 0 */
  guint              nested_outer;  /* 1 + the claim holding the last one in a clause ("said that while X found …"), or 0 */
  guint              dropped;       /* claims the current reading removed */
  gsize              quote_byte;    /* how far the quotations were read... */
  const char        *quote_open;    /* ...and the one open there, or NULL */
  GArray            *claims; /* PlxClaim of the article */
} Sentence;

/* One cue being read: where it is, who speaks, and whether it takes the
 * speaker of an earlier claim ("X noted ..., adding that ..."). */
typedef struct
{
  guint       cue;          /* the cue's first token */
  guint       cue_from;     /* where the cue's words start: "did not" of "did not say" */
  guint       after;        /* one past its last */
  const char *word;         /* its first word */
  gboolean    according;
  gboolean    participial;
  gboolean    quote_only;   /* a cue only after a quotation: "…?” Akin continued. */
  gboolean    agent;        /* a passive's speaker follows "by" */
  guint       sp_start;
  guint       sp_end;
  int         speaker_from; /* index of that earlier claim, or -1 */
} Reading;

typedef struct
{
  gsize byte_start;
  gsize byte_end;
} Bytes;

/* How the article writes a word (Sentence.cases). */
#define CASE_PROPER 1 /* capitalised inside a sentence */
#define CASE_LOWER  2 /* in lower case somewhere */
#define CASE_LABEL  4 /* a transcript's label: "WALLACE:" opens two paragraphs or more, in an
                       * article where another such label does too */
#define CASE_LABEL_ONCE 8 /* (opens one paragraph so far) */

/* word_bits: the word's memberships are known; whether it is a noun for
 * people is known, and is. */
#define WORD_KNOWN   (1u << 31)
#define PEOPLE_KNOWN (1u << 30)
#define PEOPLE       (1u << 29)
/* ... whether its base (without "'s") is a pronoun or a word of time is
 * known, and which. */
#define BASE_KNOWN   (1u << 28)
#define BASE_PRONOUN (1u << 27)
#define BASE_TIME    (1u << 26)

/* plx-claims-words.c */
const char *plx_claims_norm            (Sentence   *s,
                                        guint       i);
gboolean    plx_claims_is_negation     (Sentence   *s,
                                        guint       i);
gboolean    plx_claims_is_possessive   (Sentence   *s,
                                        guint       i);
gboolean    plx_claims_in_set          (GHashTable *set,
                                        Sentence   *s,
                                        guint       i);
void        plx_claims_gap             (Sentence    *s,
                                        guint        i,
                                        const char **start,
                                        const char **end);
gboolean    plx_claims_is_quote_mark   (gunichar c);
gboolean    plx_claims_speaker_inside_content (const PlxClaim *claim);
gboolean    plx_claims_gap_breaks      (Sentence *s,
                                        guint     i);
gboolean    plx_claims_gap_has         (Sentence *s,
                                        guint     i,
                                        gunichar  wanted);
gboolean    plx_claims_gap_ends_clause (Sentence *s,
                                        guint     i);
gboolean    plx_claims_gap_has_quote   (Sentence *s,
                                        guint     i);
const Cue  *plx_claims_match_cue       (Sentence *s,
                                        guint     i);
gboolean    plx_claims_is_people_plural (Sentence *s,
                                         guint     i);
guint       plx_claims_first_token_from (Sentence *s,
                                         gsize     at);
gboolean    plx_claims_is_its          (Sentence *s,
                                        guint     i);
gboolean    plx_claims_is_quantifier   (Sentence *s,
                                        guint     i);
gboolean    plx_claims_has_subject     (Sentence *s,
                                        guint     cue);
gboolean    plx_claims_is_name_token   (Sentence *s,
                                        guint     i);
char       *plx_claims_name_key        (const char *name);
gboolean    plx_claims_introduced      (Sentence   *s,
                                        const char *key);
gboolean    plx_claims_has_verb        (Sentence   *s,
                                        guint       start,
                                        guint       end);
guint       plx_claims_name_run        (Sentence   *s,
                                        guint       i);
gboolean    plx_claims_is_addressee_word (Sentence *s,
                                          guint     i);
gboolean    plx_claims_names_someone   (Sentence *s,
                                        guint     start,
                                        guint     end);
gboolean    plx_claims_is_pronoun      (Sentence *s,
                                        guint     i);
#define PLX_CLAIMS_BASE_WORD 64
guint       plx_claims_dateline_end    (Sentence *s);
gboolean    plx_claims_is_affiliation  (Sentence *s,
                                        guint     start,
                                        guint     end);
gboolean    plx_claims_is_adverb       (Sentence *s,
                                        guint     i);
gboolean    plx_claims_base_in         (Sentence   *s,
                                        GHashTable *set,
                                        guint       i);
const char *plx_claims_base_norm       (Sentence *s,
                                        guint     i,
                                        char     *word);
guint       plx_claims_phrase_before   (Sentence *s,
                                        guint     end);
guint       plx_claims_phrase_after    (Sentence *s,
                                        guint     start);
void        plx_claims_main_subject    (Sentence *s,
                                        guint     cue,
                                        guint    *start,
                                        guint    *end);
gboolean    plx_claims_is_role_token   (Sentence *s,
                                        guint     i);
gboolean    plx_claims_is_document     (Sentence *s,
                                        guint     k);
guint       plx_claims_document_head   (Sentence *s,
                                        guint     start,
                                        guint     end);
gboolean    plx_claims_document_writer (Sentence *s,
                                        guint     head,
                                        guint    *start,
                                        guint    *end);
gboolean    plx_claims_names_many      (Sentence *s,
                                        guint     start,
                                        guint     end);
gboolean    plx_claims_is_people_noun  (Sentence *s,
                                        guint     i);
guint32    *plx_claims_word_bits       (Sentence *s,
                                        guint     i);
gboolean    plx_claims_written         (Sentence *s,
                                        guint     i,
                                        guint8    how);
gboolean    plx_claims_check_speaker   (Sentence *s,
                                        guint    *start,
                                        guint    *end);

/* plx-claims-quotes.c */
PlxSpan     plx_claims_to_chars        (Sentence *s,
                                        Bytes     bytes);
Bytes       plx_claims_token_bytes     (Sentence *s,
                                        guint     start,
                                        guint     end);
Bytes       plx_claims_content_bytes   (Sentence *s,
                                        guint     start,
                                        guint     end);
char       *plx_claims_span_text       (Sentence *s,
                                        Bytes     bytes);
char       *plx_claims_find_quote      (const char *text,
                                        Bytes       bytes);
const char *plx_claims_track_quote     (const char        *text,
                                        const PlxSentence *sentence,
                                        const char        *open);
void        plx_claims_extend_to_quote (PlxClaim *claim,
                                        Sentence *s,
                                        gsize     quote_start);
gboolean    plx_claims_in_quotation    (Sentence *s,
                                        gsize     at);
gboolean    plx_claims_opens_paragraph (Sentence *s);
gboolean    plx_claims_text_opens_paragraph (const char *text,
                                             gsize       start);
gboolean    plx_claims_is_stage_direction (const char *text,
                                           gsize       start,
                                           gsize       end);
void        plx_claims_remember_intro  (Sentence *s,
                                        Bytes     cue,
                                        guint     speaker_start,
                                        guint     speaker_end);
PlxClaim    plx_claims_continued_claim (const char        *text,
                                        const PlxSentence *sentence,
                                        guint              index,
                                        const PlxClaim    *source,
                                        gsize              start,
                                        gsize              end);
void        plx_claims_add_introduced  (Sentence *s,
                                        guint     first_claim);
void        plx_claims_set_intro       (State    *state,
                                        PlxClaim *intro);
void        plx_claims_add_continuations (const char        *text,
                                          const PlxSentence *sentences,
                                          guint              n,
                                          const gboolean    *opened,
                                          GArray            *claims);

/* plx-claims-people.c */
void        plx_claims_person_free      (gpointer data);
void        plx_claims_set_last_person  (Sentence   *s,
                                         char       *name);
const char *plx_claims_last_person      (Sentence   *s);
void        plx_claims_learn_genders    (Sentence   *s);
gboolean    plx_claims_gender_known     (Sentence   *s,
                                         const char *name);
gboolean    plx_claims_is_given_name    (Sentence   *s,
                                         const char *word);
const char *plx_claims_person_for       (Sentence   *s,
                                         guint       pronoun,
                                         const char *candidate);
void        plx_claims_remember_people  (Sentence *s);
gboolean    plx_claims_content_before   (Sentence *s,
                                         Reading  *r,
                                         guint    *next);
void        plx_claims_remember_owners  (Sentence *s);
void        plx_claims_remember_named   (Sentence *s);
const char *plx_claims_named_group      (Sentence *s,
                                         guint     start,
                                         guint     end);
void        plx_claims_set_speaker      (PlxClaim *claim,
                                         Sentence *s,
                                         guint     start,
                                         guint     end);
void        plx_claims_speaker_before   (Sentence *s,
                                         Reading  *r);
gboolean    plx_claims_speaker_of_participle (Sentence *s,
                                              Reading  *r,
                                              guint     first_claim);
const char *plx_claims_document_owner   (Sentence *s,
                                         guint     start,
                                         guint     end);
const char *plx_claims_described_person (Sentence *s,
                                         guint     start,
                                         guint     end);

/* plx-claims-sentence.c */
gboolean    plx_claims_add              (Sentence *s,
                                         Bytes     cue,
                                         guint     speaker_start,
                                         guint     speaker_end,
                                         Bytes     content);
void        plx_claims_find_labelled    (Sentence *s);
void        plx_claims_find_in_sentence (Sentence *s);

/* plx-claims-content.c */
void        plx_claims_truncate_previous    (Sentence *s,
                                             gsize     next_start);
void        plx_claims_end_previous         (Sentence *s,
                                             Bytes     cue,
                                             Bytes     content,
                                             guint     speaker_start,
                                             guint     speaker_end,
                                             gsize     start);
Bytes       plx_claims_end_clause           (Sentence *s,
                                             guint     speaker_start,
                                             Bytes     content);
Bytes       plx_claims_attribution_end      (Sentence *s,
                                             Bytes     content);
gboolean    plx_claims_is_adverbial         (Sentence *s,
                                             Bytes     content,
                                             gboolean  loose);
gboolean    plx_claims_is_lone_adverb       (Sentence *s,
                                             Bytes     content);
gboolean    plx_claims_ends_after_adverbial (Sentence *s,
                                             guint     after);

G_END_DECLS
