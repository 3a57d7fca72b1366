/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Claim extraction on single sentences and short passages: who is said to
 * say or believe what, where the words are, and which party speaks. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plx-claims.h"
#include "plx-error.h"
#include "plx-parties.h"
#include "test-claim-log.h"
#include "test-hostile-files.h"

/* One row: an article text, how many claims a reader finds in it and, for
 * claim @index (counted from the end when negative), its cue, its speaker
 * as written, the speaker with pronouns resolved, words its content holds,
 * whether that content is a quotation, the speaker's party and words that
 * belong to another part of the sentence, not to the content. A NULL
 * string is not checked. */
typedef struct
{
  const char *path;
  const char *text;
  guint       n_claims;
  gboolean    or_more;
  int         index;
  const char *cue;
  const char *speaker;
  const char *speaker_name;
  const char *content;
  gboolean    quote;
  const char *party;
  const char *not_content;
} ClaimCase;

static const ClaimCase cases[] = {
  /* Where the speaker stands. */
  { "/core/claims/speaker/before-cue",
    "Senator Mary Collins said on Tuesday that the bill would pass the chamber by the end of "
    "the month.",
    1, FALSE, 0, "said", "Senator Mary Collins", "Senator Mary Collins",
    "the bill would pass the chamber", FALSE, NULL },
  { "/core/claims/speaker/skipped-adverbs",
    "Kremlin spokesman Dmitry Peskov has repeatedly denied that Moscow is preparing a new "
    "offensive in the north.",
    1, FALSE, 0, "denied", "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman Dmitry Peskov",
    "Moscow is preparing a new offensive",
    FALSE, "russia" },
  { "/core/claims/speaker/inverted",
    "“We will not back down,” said Mayor Anna Keller.",
    1, FALSE, 0, "said", "Mayor Anna Keller", "Mayor Anna Keller", "We will not back down",
    TRUE, NULL },
  /* After an inverted cue the span holds who the speaker is up to the
   * comma closing the apposition, as before the cue ("Democrat of
   * Massachusetts", "R-Ky."), but not a participle's clause. */
  { "/core/claims/speaker/inverted-closed-apposition",
    "“They would have won it,” said Representative Barney Frank, Democrat of Massachusetts, in "
    "an interview on MSNBC.",
    1, FALSE, 0, "said", "Representative Barney Frank, Democrat of Massachusetts",
    "Representative Barney Frank", "They would have won it", TRUE, NULL },
  { "/core/claims/speaker/inverted-affiliation",
    "“This is nonsense,” said Sen. Rand Paul, R-Ky., in a statement on Monday.",
    1, FALSE, 0, "said", "Sen. Rand Paul, R-Ky.", "Sen. Rand Paul (Republican, Ky.)", "This is nonsense", TRUE,
    NULL },
  { "/core/claims/speaker/inverted-not-participle",
    "“We already have things on the calendar,” said the staffer, noting the number of bills "
    "waiting, on Friday.",
    1, TRUE, 0, "said", "the staffer", "the staffer", "We already have things on the calendar",
    TRUE, NULL },
  /* Found in web-dev (nytimes-3): commas in what is said before an
   * inverted cue are no apposition of a speaker before it; the cue's
   * speaker is the one named after it, whom a relative clause after
   * them stands for too ("said the officials, who added"). */
  { "/core/claims/speaker/inverted-after-list",
    "The plastic is less susceptible to corrosion, cracks and leaks, said the officials.",
    1, FALSE, 0, "said", "the officials", "the officials",
    "The plastic is less susceptible to corrosion, cracks and leaks", FALSE, NULL },
  { "/core/claims/speaker/inverted-after-participle-clause",
    "Concrete and some types of dirt, used to fill in trenches, freeze in colder temperatures, "
    "said Ian Michaels, a spokesman for the city.",
    1, FALSE, 0, "said", "Ian Michaels, a spokesman for the city", "Ian Michaels",
    "Concrete and some types of dirt, used to fill in trenches, freeze in colder temperatures",
    FALSE, NULL },
  { "/core/claims/speaker/relative-after-inverted",
    "The plastic lasts longer, said the officials, who added that they were replacing 100 miles "
    "of line each year.",
    2, FALSE, 1, "added", NULL, "the officials", "they were replacing 100 miles of line each year",
    FALSE, NULL },
  { "/core/claims/speaker/object-not-inverted",
    "Trump, appearing after Clinton at the forum, cited problems in the Middle East, China and "
    "elsewhere.",
    1, FALSE, 0, "cited", NULL, "Trump", "problems in the Middle East, China and elsewhere",
    FALSE, NULL },
  /* Found in web-dev (buzzfeed-1): after an inverted cue the speaker
   * ends where how, when or where they said it begins; "of" and "for"
   * say who they are, and the span holds them. */
  { "/core/claims/speaker/inverted-then-adverbial",
    "“We will appeal the ruling,” said Mary Roe in a statement on Monday.",
    1, FALSE, 0, "said", "Mary Roe", "Mary Roe", "We will appeal the ruling", TRUE, NULL },
  { "/core/claims/speaker/inverted-from-organisation",
    "“We are concerned over the sale of these pills,” said chief inspector Jennifer Mattinson "
    "from the West Mercia police.",
    1, FALSE, 0, "said", "chief inspector Jennifer Mattinson from the West Mercia police",
    "chief inspector Jennifer Mattinson",
    "We are concerned over the sale of these pills", TRUE, NULL },
  { "/core/claims/speaker/inverted-of-then-apposition",
    "“That is not a legitimate legislative purpose,” said Rep. Elijah Cummings of Maryland, the "
    "panel's ranking Democrat.",
    1, FALSE, 0, "said", "Rep. Elijah Cummings of Maryland, the panel's ranking Democrat",
    "Rep. Elijah Cummings", "That is not a legitimate legislative purpose", TRUE, NULL },
  /* Found by hand check 16: whom a spokeswoman speaks for is part of who
   * she is, and she is not them ("a spokesman for President Obama" was
   * shown as "President Barack Obama"); "footage of Trump" is Trump's. */
  { "/core/claims/speaker/for-someone",
    "A spokeswoman for Zinke declined to say whether he would accept the post.",
    1, FALSE, 0, "declined", "A spokeswoman for Zinke", "A spokeswoman for Zinke",
    "to say whether he would accept the post", FALSE, NULL },
  { "/core/claims/speaker/spokesman-not-principal",
    "President Barack Obama said the talks would go on. “We disagree with the report,” said a "
    "spokesman for President Obama.",
    2, FALSE, 1, "said", "a spokesman for President Obama", "a spokesman for President Obama",
    "We disagree with the report", TRUE, NULL },
  { "/core/claims/speaker/footage-of-someone",
    "The ad concludes with footage of Trump saying during the debate last week, “That makes me "
    "smart.”",
    1, TRUE, -1, "saying", "Trump", "Trump", "That makes me smart", TRUE, NULL },
  /* Found in web-dev (buzzfeed-1): a name of one word in the apposition
   * is who speaks ("She added" after it was given to the daughter the
   * quotation named). */
  { "/core/claims/speaker/one-word-name-in-apposition",
    "“She had taken eight,” her mother, Fiona, said in a statement.",
    1, FALSE, 0, "said", "her mother, Fiona", "Fiona", "She had taken eight", TRUE, NULL },
  /* One person, one speaker: named by her given name alone, she is the
   * one person of that given name named in full. */
  { "/core/claims/speaker/given-name-joins-full-name",
    "“She had taken eight,” her mother, Fiona, said. “She never stood a chance,” said Fiona "
    "Parry, who lives in Shrewsbury.",
    2, FALSE, 0, "said", "her mother, Fiona", "Fiona Parry", "She had taken eight", TRUE, NULL },
  { "/core/claims/speaker/given-name-two-people",
    "“She had taken eight,” her mother, Fiona, said. “She never stood a chance,” said Fiona "
    "Parry. “It is a tragedy,” said Fiona Jones.",
    3, FALSE, 0, "said", "her mother, Fiona", "Fiona", "She had taken eight", TRUE, NULL },
  /* Found in web-dev (buzzfeed-1): "it" is the body or the document that
   * spoke last, in its sentence or the one before; not a person the
   * article introduced. */
  { "/core/claims/speaker/it-is-the-body",
    "The Food Standards Agency warned people to stay away from slimming products. “We advise "
    "the public not to take any tablets,” it said in a statement.",
    2, FALSE, 1, "said", "it", "The Food Standards Agency",
    "We advise the public not to take any tablets", TRUE, NULL },
  { "/core/claims/speaker/it-not-a-person",
    "Asa Hutchinson, an analyst at Telsey Advisory Group, said the merger was sound. The "
    "savings, it said, were a result of the deal.",
    2, FALSE, 1, "said", "it", "it", NULL, FALSE, NULL },
  /* Found in web-dev (buzzfeed-1, yahoo-3): the writer's bracket that
   * opens a quotation is part of it ("Eloise] just never …" lost "“["). */
  { "/core/claims/content/bracket-opens-quotation",
    "“[My husband] would not have wanted this,” Mary Roe said.",
    1, FALSE, 0, "said", "Mary Roe", "Mary Roe", "“[My husband] would not have wanted this", TRUE,
    NULL },
  /* Found by hand check 16 (T63): after "CONTENT, X told", whom they
   * told and when end the sentence; what was said comes before. */
  { "/core/claims/content/before-told-addressee",
    "The candidates will not endorse the personhood initiative on the ballot, the campaign told "
    "the Post Wednesday.",
    1, FALSE, 0, "told", "the campaign", "the campaign",
    "The candidates will not endorse the personhood initiative on the ballot", FALSE, NULL,
    "the Post" },
  /* Found by hand check 16 (cnet) and in BASIL: "that" or a pronoun
   * after a noun of the cue's object opens a relative clause of that
   * object, which is what was called for or offered ("prioritizes aid to
   * the poor" and "he and his company employ" were the contents); after a
   * noun that holds a claim, whom it was told to, or a time, "that" opens
   * what was said (guards). */
  { "/core/claims/content/object-with-relative-clause",
    "Catholic bishops are calling for a budget that prioritizes aid to the poor.",
    1, FALSE, 0, "calling for", "Catholic bishops", "Catholic bishops",
    "a budget that prioritizes aid to the poor", FALSE, NULL },
  { "/core/claims/content/object-with-contact-clause",
    "Zuckerberg offered a primer on the strategies he and his company employ in a takeover.",
    1, FALSE, 0, "offered", "Zuckerberg", "Zuckerberg",
    "a primer on the strategies he and his company employ", FALSE, NULL },
  { "/core/claims/content/content-noun-opens-claim",
    "The senator rejected the notion that the bill would raise taxes.",
    1, FALSE, 0, "rejected", "The senator", "The senator", "the bill would raise taxes", FALSE,
    NULL, "notion" },
  { "/core/claims/content/addressee-before-that",
    "The Republicans informed their Democratic counterparts that they would not go forward.",
    1, FALSE, 0, "informed", "The Republicans", "The Republicans", "they would not go forward",
    FALSE, NULL, "counterparts" },
  { "/core/claims/content/named-addressee-and-time-before-that",
    "Senate aides told The Times afterward that most senators remained opposed.",
    1, FALSE, 0, "told", "Senate aides", "Senate aides", "most senators remained opposed", FALSE,
    NULL, "afterward" },
  /* Found in BASIL and PolNeAR: "he" or "she" is no body ("chairman of
   * the Republican National Committee, drew …, a fight he called"), nor a
   * place a phrase of "of" names before its closing comma ("of New York,
   * in part because"); a person after "of" with a relative clause still
   * is (guard). */
  { "/core/claims/speaker/he-not-a-body",
    "Michael Steele, chairman of the Republican National Committee, drew fierce criticism on "
    "Friday after a speech about the war, a fight he called “a war of Obama’s choosing.”",
    1, FALSE, 0, "called", "he", "Michael Steele", "a war of Obama’s choosing", TRUE, NULL },
  { "/core/claims/speaker/she-not-a-place-after-of",
    "Loretta Lynch spoke on Monday. She took her first job at the U.S. attorney's office for "
    "the Eastern District of New York, in part because of its many women. When hiring, she "
    "said she ensures women are in the pool of candidates.",
    1, FALSE, 0, "said", "she", "Loretta Lynch", "she ensures women are in the pool", FALSE,
    NULL },
  { "/core/claims/speaker/person-after-of-with-relative",
    "It is part of the network President Vladimir Putin formed a few years ago. These are the "
    "times of Donald J. Trump, who sat for an interview this month, in which he said he was "
    "skeptical of the intelligence officials.",
    1, FALSE, 0, "said", "he", "Donald J. Trump", "he was skeptical", FALSE, NULL },
  /* Found by hand check 17 (dragnet 50): a participle with no speaker of
   * its own inside what is said is part of it ("…had earthquakes" lost
   * "believed to be tied to drilling"); a verb in another form there opens
   * a claim of its own, which ends the first (guard). */
  { "/core/claims/content/holds-participle-claim",
    "They note that the region has had earthquakes believed to be tied to drilling.",
    2, FALSE, 0, "note", "They", NULL,
    "the region has had earthquakes believed to be tied to drilling", FALSE, NULL },
  { "/core/claims/content/ends-before-finite-cue",
    "Ginger Lee tweeted she received a message from Weiner, and several other women say they "
    "were surprised.",
    2, FALSE, 0, "tweeted", "Ginger Lee", "Ginger Lee", "she received a message from Weiner",
    FALSE, NULL, "surprised" },
  /* Found by hand check 17 (R707): "AT&T" is one name, and "it" after it
   * is AT&T though it opened its sentence (was "T", then "it"); an acronym
   * there is a body, a name is not ("it" is no "DeSantis", found by the
   * review). */
  { "/core/claims/speaker/acronym-with-ampersand",
    "AT&T announced new prices on Monday. It said the discounts would start on Friday.",
    2, FALSE, 1, "said", "It", "AT&T", "the discounts would start on Friday", FALSE, NULL },
  { "/core/claims/speaker/it-not-a-name-opening-sentence",
    "DeSantis announced new rules on Monday. It said the discounts would start on Friday.",
    2, FALSE, 1, "said", "It", "It", "the discounts would start on Friday", FALSE, NULL },
  /* Found in BASIL and PolNeAR: a noun that is also a cue, before a
   * reporting verb in the past, is the head of its subject ("The White
   * House report disputed" had a second claim, "The White House" report). */
  { "/core/claims/speaker/noun-cue-before-past-verb",
    "The White House report disputed any suggestion that there was impropriety in the talks.",
    1, FALSE, 0, "disputed", "The White House report", "The White House report",
    "there was impropriety in the talks", FALSE, NULL },
  { "/core/claims/speaker/noun-cue-before-participle",
    "A Government Accountability Office report released last year found that the agency could "
    "not be sure where the money came from.",
    1, FALSE, 0, "found", "A Government Accountability Office report",
    "A Government Accountability Office report", "the agency could not be sure", FALSE, NULL },
  /* Found by hand checks 16 and 17: the subject of a verb inside what a
   * claim says starts after that claim's cue ("Obama said economists"
   * and "officials said the party" were shown as speakers); not when no
   * one is named there (guard: "said the museum would document"). */
  { "/core/claims/speaker/nested-subject-after-cue",
    "The platform was changed, and officials said the party wanted appropriate assistance.",
    2, FALSE, 1, "wanted", "the party", "the party", "appropriate assistance", FALSE, NULL },
  { "/core/claims/speaker/nested-subject-after-cue-someone",
    "Obama said economists predict higher job growth in 2011 if Congress passes the agreement.",
    2, FALSE, 1, "predict", "economists", "economists", "higher job growth", FALSE, NULL },
  /* Found by hand check 17 (T4, R147): a name in -ly opening the
   * sentence is no adverb when the article writes it as a name elsewhere
   * ("Kelly told the magazine" had no speaker); an adverb is (guard:
   * "Gently ask them"). */
  { "/core/claims/speaker/name-in-ly-opening-sentence",
    "Talk show host Kelly Ripa spoke on Monday. Kelly told the magazine that she works out "
    "every day.",
    1, FALSE, 0, "told", "Kelly", "Kelly", "she works out every day", FALSE, NULL },
  { "/core/claims/speaker/adverb-in-ly-opening-sentence",
    "Gently ask them whether they had a chance to read the post.",
    1, FALSE, 0, "ask", "", "", "whether they had a chance", FALSE, NULL },
  /* Found by hand check 17 (R348): an experiment, an estimate, a census
   * speak as a study does ("…, a new experiment has found" had no
   * speaker). */
  { "/core/claims/speaker/experiment-found",
    "Resveratrol has no discernible effect on healthy women who are not obese, a new "
    "experiment has found.",
    1, FALSE, 0, "found", "a new experiment", "a new experiment",
    "Resveratrol has no discernible effect", FALSE, NULL },
  /* Found by hand check 17 (R348, wapo-2): too few words before an
   * inverted cue to tell what was said make no claim, not one whose
   * content is the speaker ("Not necessarily, said the senior author, Dr.
   * Samuel Klein" had the content "the senior author, Dr. Samuel Klein,
   * a professor …"); whom and when it was told may take more words
   * before "that" (the content was "the U.N. General Assembly 18 months
   * ago"). */
  { "/core/claims/not/speaker-as-content",
    "Does the pill work? Not necessarily, said the senior author, Dr. Samuel Klein, a professor "
    "of medicine at Washington University.",
    0, FALSE, 0 },
  { "/core/claims/content/after-long-addressee",
    "President Obama told the U.N. General Assembly 18 months ago that he would seek real "
    "breakthroughs on both issues.",
    1, TRUE, 0, "told", "President Obama", "President Obama",
    "he would seek real breakthroughs on both issues", FALSE, NULL, "Assembly" },
  /* Found by the review of session 13: a cue after a subject before a
   * participle is a verb ("They report improved survival rates" lost its
   * claim); the subject of a verb inside what is said comes after where it
   * was said ("said in a statement residents believe" lost the mayor's
   * claim), and the claim that holds it keeps its words. */
  { "/core/claims/speaker/cue-after-subject-before-participle",
    "They report improved survival rates among older patients.",
    1, FALSE, 0, "report", "They", "They", "improved survival rates", FALSE, NULL },
  { "/core/claims/speaker/nested-subject-after-place",
    "The mayor said in a statement residents believe the city is safe.",
    2, FALSE, 1, "believe", "residents", "residents", "the city is safe", FALSE, NULL },
  { "/core/claims/content/holds-nested-subject-after-place",
    "The mayor said in a statement residents believe the city is safe.",
    2, FALSE, 0, "said", "The mayor", "The mayor", "residents believe the city is safe", FALSE,
    NULL },
  /* Found by hand check 17 (R707): a short phrase of when before a comma
   * opens what is said, and the claim of the pronoun after it is inside
   * it ("announced that starting Friday, it will offer" had the content
   * "starting Friday"). */
  { "/core/claims/content/after-fronted-phrase",
    "AT&T has announced that starting Friday, it will offer $100 off any tablet.",
    1, TRUE, 0, "announced", "AT&T", "AT&T", "starting Friday, it will offer $100 off any tablet",
    FALSE, NULL },
  /* Found by hand check 16 (nytimes-3): an attribution that repeats the
   * one its content holds, by the same speaker, is no second claim; by
   * another speaker it is ("…, the report said" reports Smith's). */
  { "/core/claims/not/repeated-attribution",
    "Mr. Michaels said the mains were old. He added that stopping the water flow was the main "
    "task, he said.",
    2, FALSE, 1, "added", "He", "Mr. Michaels", "stopping the water flow was the main task", FALSE,
    NULL },
  { "/core/claims/not/repeated-attribution-then-participle",
    "Jane Roe said the talks had stalled. She warned that the plan would fail, she said Tuesday, "
    "adding that voters would punish the party.",
    3, FALSE, 2, "adding", NULL, "Jane Roe", "voters would punish the party", FALSE, NULL },
  { "/core/claims/content/attribution-of-attribution",
    "Smith warned that prices would rise, the report said.",
    2, FALSE, 1, "said", "the report", "the report", "Smith warned that prices would rise", FALSE,
    NULL },
  /* Found by the review of hand check 16's changes: a role in -ing is
   * an apposition ("managing director at …"); whom a person described
   * works for is who they are ("an analyst at Morgan Stanley"); a place's
   * comma after the state closes the speaker ("of Springfield, Ill., in
   * an interview"); a one-word apposition that is no given name is no
   * speaker ("the mayor of the capital, Kyiv,"). */
  { "/core/claims/speaker/inverted-role-in-ing",
    "“We will appeal,” said Jane Doe, managing director at Goldman Sachs.",
    1, FALSE, 0, "said", "Jane Doe, managing director at Goldman Sachs", "Jane Doe",
    "We will appeal", TRUE, NULL },
  { "/core/claims/speaker/inverted-described-at-company",
    "“We will appeal,” said an analyst at Morgan Stanley.",
    1, FALSE, 0, "said", "an analyst at Morgan Stanley", "an analyst at Morgan Stanley",
    "We will appeal", TRUE, NULL },
  { "/core/claims/speaker/inverted-place-then-adverbial",
    "“We will appeal,” said John Smith of Springfield, Ill., in an interview.",
    1, FALSE, 0, "said", "John Smith of Springfield, Ill.", "John Smith", "We will appeal", TRUE,
    NULL },
  { "/core/claims/speaker/one-word-place-in-apposition",
    "The mayor of the capital, Kyiv, said the city would hold out.",
    1, FALSE, 0, "said", NULL, "The mayor of the capital", "the city would hold out", FALSE, NULL },
  { "/core/claims/speaker/after-content",
    "The talks were constructive, the minister said.",
    1, FALSE, 0, "said", "the minister", "the minister", "The talks were constructive", FALSE,
    "other" },
  { "/core/claims/speaker/apposition",
    "Yuri Ushakov, the diplomatic advisor to the Russian presidency, told reporters that no "
    "meeting was planned.",
    1, FALSE, 0, "told", "Yuri Ushakov, the diplomatic advisor to the Russian presidency",
    "Yuri Ushakov", "no meeting was planned", FALSE, "russia", "reporters" },
  { "/core/claims/speaker/addressee",
    "Peskov told reporters in Moscow the reports of a summit were “pure speculation at this "
    "stage.”",
    1, FALSE, 0, "told", "Peskov", "Peskov", "pure speculation at this stage", TRUE, NULL },

  { "/core/claims/speaker/after-quotation-long-apposition",
    "“We are not finished,” Rep. Laura Quint, D-Ore., the former chair of the subcommittee on "
    "Energy, Water and Transport, told the Daily Ledger.",
    1, FALSE, 0, "told", NULL, "Rep. Laura Quint (Democrat, Ore.)", "We are not finished", TRUE, NULL,
    "Daily Ledger" },
  { "/core/claims/speaker/second-verb",
    "Mayor Ana Ortiz shook her head and said, “We will rebuild the bridge before winter.”",
    1, FALSE, 0, "said", "Mayor Ana Ortiz", "Mayor Ana Ortiz", "We will rebuild the bridge", TRUE,
    NULL },
  { "/core/claims/speaker/negated-auxiliary",
    "Sen. Paula Greer (D-Ore.) said she didn't believe the figures were accurate.",
    2, FALSE, -1, "didn't believe", "she", "Sen. Paula Greer (Democrat, Ore.)", "the figures were accurate", FALSE,
    NULL },
  { "/core/claims/speaker/no-preposition",
    "But for all those who described the festival as a waste of money, residents noted that "
    "the park was busier than ever.",
    2, FALSE, 0, "described", NULL, "", NULL, FALSE, NULL },
  { "/core/claims/speaker/no-auxiliary",
    "Carla Mendes, the union's treasurer, is defending her posts criticising the board.",
    2, FALSE, 1, "criticising", "her posts", "her posts", "the board", FALSE, NULL,
    "Carla Mendes" },

  { "/core/claims/content/after-day",
    "Sen. Max Brand indicated Wednesday he's not worried about the vote.",
    2, FALSE, 0, "indicated", "Sen. Max Brand", "Sen. Max Brand", "he's not worried", FALSE, NULL,
    "Wednesday" },
  { "/core/claims/speaker/no-modifier-in-phrase",
    "Republicans will pass their plan without any concessions to Democratic demands for higher "
    "taxes.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  { "/core/claims/speaker/opening-name-long-apposition",
    "Dana Ruiz, an outside adviser to the council on housing and transport issues and an "
    "associate professor at the State University School of Planning, said that the council was "
    "reviewing the rules.",
    1, FALSE, 0, "said", NULL, "Dana Ruiz", "the council was reviewing the rules", FALSE, NULL,
    "outside adviser" },
  { "/core/claims/speaker/contracted-pronoun",
    "They've argued for years that the bridge is unsafe.",
    1, FALSE, 0, "argued", "They've", "They", "the bridge is unsafe", FALSE, "other" },
  { "/core/claims/speaker/participle-after-relative",
    "The mayor criticised a contractor who said he was never paid, saying that the work was "
    "unfinished.",
    3, FALSE, -1, "saying", NULL, "The mayor", "the work was unfinished", FALSE, NULL },
  { "/core/claims/speaker/relative-without-verb",
    "The mayor criticised a contractor who said he was never paid, saying that the work was "
    "unfinished.",
    3, FALSE, 1, "said", NULL, "a contractor", "he was never paid", FALSE, NULL },

  { "/core/claims/content/not-past-relative",
    "The mayor criticised a contractor who said he was never paid, saying that the work was "
    "unfinished.",
    3, FALSE, 0, "criticised", NULL, "The mayor", "a contractor", FALSE, NULL, "never paid" },

  { "/core/claims/content/ends-before-but-said",
    "Rep. Alan Mercer emphatically denied on Wednesday that he had sent the photograph to a "
    "reporter in Boston but said he could not be sure that he is not the man in the image.",
    2, FALSE, 0, "denied", NULL, "Rep. Alan Mercer", "sent the photograph to a reporter in Boston",
    FALSE, NULL, "but said" },
  { "/core/claims/content/second-verb-keeps-its-subject",
    "Rep. Alan Mercer emphatically denied on Wednesday that he had sent the photograph to a "
    "reporter in Boston but said he could not be sure that he is not the man in the image.",
    2, FALSE, 1, "said", NULL, "Rep. Alan Mercer", "he could not be sure that he is not", FALSE,
    NULL },
  { "/core/claims/speaker/passive-after-dropped-claim",
    "A requirement is cited on the website or it was mentioned by the minister in an interview.",
    1, FALSE, 0, "mentioned", "the minister", "the minister", "it", FALSE, NULL },

  /* A passive says who did it after "by", what they did it to before. */
  { "/core/claims/speaker/passive-agent",
    "The new ad was denounced by the Union of Tenants, a housing group.",
    1, FALSE, 0, "denounced", "the Union of Tenants", "the Union of Tenants", "The new ad", FALSE,
    NULL, "housing group" },
  { "/core/claims/speaker/passive-agent-after-adverb",
    "The registration issue was first reported by The Daily Ledger on Monday.",
    1, FALSE, 0, "reported", "The Daily Ledger", "The Daily Ledger", "The registration issue",
    FALSE, NULL, "Monday" },
  { "/core/claims/speaker/passive-agent-keeps-subject",
    "Europe's borders were being defended by some of its weakest countries.",
    1, FALSE, 0, "defended", NULL, "some of its weakest countries", "Europe's borders", FALSE,
    NULL, "were" },
  /* "by" after a cue that is not a passive names no one who speaks. */
  { "/core/claims/not/by-after-noun-or-number",
    "The phrase quoted by the spokesman is not in the Bible. After that the rate would decline "
    "by four points each year. The mayor is not mentioned by name in the latest spot.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/not/passive-in-question",
    "Sam Ortiz spoke briefly. He could not explain why a marriage requirement is cited on the "
    "campaign's website or why it was mentioned by Ann Lee in an interview.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  { "/core/claims/content/around-parenthetical",
    "The new library, Mayor Ana Ortiz said, will open its doors to every school in the county.",
    1, FALSE, 0, "said", "Mayor Ana Ortiz", "Mayor Ana Ortiz", "will open its doors", FALSE,
    NULL },

  { "/core/claims/speaker/pronoun-not-the-channel",
    "Speaker Tom Avery of Ohio said on Monday that his party could lose the House. In an "
    "interview with Channel Nine, Mr. Avery delivered a warning to his troops. “We could lose,” "
    "he said.",
    2, FALSE, -1, "said", "he", "Speaker Tom Avery", "We could lose", TRUE, NULL },

  { "/core/claims/content/passive-inside",
    "The mayor said the photo was posted to a student in Boston.",
    1, FALSE, 0, "said", "The mayor", "The mayor", "the photo was posted to a student", FALSE,
    NULL },
  /* Found in PolNeAR dev (misses) and on BASIL: what is said starts at
   * its subject when a verb of its own comes before a quotation or a
   * "that" ("Sen. John McCain said Steele's comments were “wildly
   * inaccurate.”" had the content "wildly inaccurate"; "said the latest
   * nuclear test could change that" had none, so no claim). */
  { "/core/claims/content/subject-before-quoted-words",
    "Sen. John McCain said Steele's comments were \"wildly inaccurate.\"",
    1, FALSE, 0, "said", "Sen. John McCain", NULL, "Steele's comments were", FALSE, NULL },
  { "/core/claims/content/that-inside-what-is-said",
    "Experts said the latest nuclear test could change that.",
    1, FALSE, 0, "said", "Experts", "Experts", "the latest nuclear test could change", FALSE,
    NULL },
  /* A quotation the content opens after the writer's words goes on in
   * the next sentence in the same voice ("Nor should we." was given to
   * the Democrats "calling the tax deal “fiscally irresponsible”"). */
  { "/core/claims/quote/continues-after-writer-words",
    "Close to three dozen House Democrats have signed a letter calling the tax deal “fiscally "
    "irresponsible.” The letter says Mr. Obama “should not back down. Nor should we.”",
    3, FALSE, 2, "says", "The letter", NULL, "Nor should we", TRUE, NULL },
  { "/core/claims/content/after-quoted-title",
    "Senator Bob Ames said on “Sunday Talk” that a small group of members would back the deal.",
    1, FALSE, 0, "said", NULL, "Senator Bob Ames", "a small group of members would back", FALSE,
    NULL, "Sunday Talk" },
  { "/core/claims/speaker/then-added",
    "Senator Bob Ames took the floor. He paused, then added: “But I do not know that.”",
    1, FALSE, 0, "added", "He", "Senator Bob Ames", "But I do not know that", TRUE, NULL },

  { "/core/claims/content/there-is",
    "Speaker Tom Avery admitted there's a one in three chance that his party will lose the House.",
    1, FALSE, 0, "admitted", NULL, "Speaker Tom Avery", "there's a one in three chance that", FALSE,
    NULL },

  { "/core/claims/speaker/after-dateline",
    "WASHINGTON — Representative Alan Mercer, trying to put to rest a bizarre episode, "
    "emphatically denied on Wednesday that he had sent a photograph to a woman in Boston but "
    "said he could not be sure that he is not the person in the image.",
    2, FALSE, 1, "said", NULL, "Representative Alan Mercer", "he could not be sure", FALSE, NULL },
  { "/core/claims/speaker/not-whom-an-aide-serves",
    "Representative Alan Mercer has a wife, Nora Mercer, a longtime aide to Secretary of State "
    "Helen Marsh Ward. “I'm protecting my family,” he told reporters.",
    1, FALSE, 0, "told", "he", "he", "protecting my family", TRUE, NULL },

  { "/core/claims/content/not-the-writers-comment",
    "Speaker Tom Avery said on Monday that his party had a one-in-three chance of losing the "
    "House in November, a surprisingly downbeat assessment from a leader who had expressed no "
    "fears.",
    1, FALSE, 0, "said", NULL, "Speaker Tom Avery", "chance of losing the House in November",
    FALSE, NULL, "assessment" },
  { "/core/claims/content/no-stub",
    "Mr. Avery pointed to what aides called “orphan districts” in states without a close race.",
    1, FALSE, 0, "called", "aides", "aides", "orphan districts", FALSE, NULL },

  { "/core/claims/content/said-nothing",
    "The mayor left the meeting but said nothing new as she passed the reporters.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  { "/core/claims/speaker/the-congressman",
    "Representative Alan Mercer said the photograph was not his. The congressman added that he "
    "would not resign.",
    2, FALSE, 1, "added", "The congressman", "Representative Alan Mercer", "would not resign",
    FALSE, NULL },

  { "/core/claims/speaker/they-the-group",
    "Senate Republicans said the bill was dead. They argued that the votes were not there.",
    2, FALSE, 1, "argued", "They", "Senate Republicans", "the votes were not there", FALSE, NULL },
  { "/core/claims/speaker/they-not-a-person",
    "Senator Ann Cole said the bill was dead. They argued that the votes were not there.",
    2, FALSE, 1, "argued", "They", "They", "the votes were not there", FALSE, NULL },

  { "/core/claims/speaker/not-the-affiliation",
    "As Sen. Rand Cole, R-Ky., put it, “The region is one of the hottest spots.” He claimed "
    "that the delay “really, I think, cost these people their lives.”",
    1, TRUE, -1, "claimed", "He", "Sen. Rand Cole (Republican, Ky.)", "cost these people their lives", TRUE, NULL },

  { "/core/claims/cue/put-it",
    "As Mayor Ann Cole put it, “We are done with the plan.”",
    1, FALSE, 0, "put it", "Mayor Ann Cole", "Mayor Ann Cole", "We are done with the plan", TRUE,
    NULL },
  { "/core/claims/cue/put-it-on-the-table",
    "She put it on the table and left the room.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  { "/core/claims/speaker/they-two-named",
    "Senators Tom Udall and Ron Wyden said the program was too broad. “We are worried,” they "
    "said.",
    2, FALSE, 1, "said", "they", "Senators Tom Udall and Ron Wyden", "We are worried", TRUE, NULL },
  { "/core/claims/speaker/document-put-out-by",
    "John Podesta, the head of the center, issued a statement calling the tax deal a steep price.",
    1, FALSE, 0, "calling", "John Podesta", "John Podesta", "the tax deal a steep price", FALSE,
    NULL },

  { "/core/claims/cue/spoke-is-narration",
    "Mr. Mueller spoke to the House Republican Conference on May 13 about the program.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  { "/core/claims/speaker/name-in-apposition",
    "The coalition's executive director, Matt Brooks, said the ad would run for a week.",
    1, FALSE, 0, "said", "The coalition's executive director, Matt Brooks", "Matt Brooks",
    "the ad would run for a week", FALSE, NULL },

  { "/core/claims/content/before-according-to-apposition",
    "The vote could come as early as Thursday, according to Sen. Dick Duran, D-Ill., the No. 2 "
    "Democrat in the chamber.",
    1, FALSE, 0, "according to", NULL, "Sen. Dick Duran (Democrat, Ill.)", "The vote could come", FALSE, NULL,
    "No. 2" },
  { "/core/claims/content/before-cue-to-addressee",
    "The group is spending a million dollars on the ad, the organization confirmed to Fox News.",
    1, FALSE, 0, "confirmed", "the organization", "the organization", "spending a million dollars",
    FALSE, NULL, "Fox News" },

  { "/core/claims/speaker/name-in-apposition-after-quote",
    "“We will win the state by a wide margin,” the campaign's press secretary, Ben Lamb, said in "
    "an email to The Daily Post.",
    1, FALSE, 0, "said", "the campaign's press secretary, Ben Lamb", "Ben Lamb",
    "We will win the state", TRUE, NULL, "Daily Post" },

  { "/core/claims/speaker/document-owner",
    "The Harbour Party retorted with an ad of its own on Tuesday. The ad says: “The mayor has cut "
    "the school budget twice.”",
    1, FALSE, 0, "says", "The ad", "The Harbour Party", "The mayor has cut the school budget", TRUE,
    NULL },
  { "/core/claims/speaker/document-from-someone-else",
    "The mayor received a letter from the union. The letter says the workers will strike.",
    1, FALSE, 0, "says", "The letter", "The letter", "the workers will strike", FALSE, NULL },
  { "/core/claims/speaker/document-subject",
    "The league adopted a resolution on Tuesday condemning the new stadium.",
    1, FALSE, 0, "condemning", NULL, "The league", "the new stadium", FALSE, NULL },
  { "/core/claims/speaker/organisation-before-person",
    "The Harbour League said the vote was unanimous. “We take no issue with the city,” the "
    "Harbour League President Ann Brook Hale said in a written statement.",
    2, FALSE, 1, "said", NULL, "the Harbour League President Ann Brook Hale", "We take no issue",
    TRUE, NULL },

  /* Quotations. */
  { "/core/claims/quote/quoted-as-saying",
    "Russian news agencies quoted Yuri Ushakov as saying: “No one has seriously addressed this "
    "initiative so far.”",
    1, FALSE, 0, "quoted Yuri Ushakov as saying", "Yuri Ushakov", "Yuri Ushakov",
    "No one has seriously addressed this initiative so far.", TRUE, "russia" },
  /* Found in BASIL: a second verb after a clause with a subject of its
   * own is that subject's, not the sentence's. */
  { "/core/claims/speaker/second-verb-of-a-clause",
    "Etheridge, a Democrat, is seen in a video grabbing the wrist of a young man after the man "
    "approached the congressman and asked if he supported the agenda.",
    1, FALSE, 0, "asked", "the man", "the man", "he supported the agenda", FALSE, NULL },
  { "/core/claims/speaker/second-verb-after-a-phrase",
    "Senator Ann Smith spoke after the meeting and said the plan would work.",
    1, FALSE, 0, "said", "Senator Ann Smith", "Senator Ann Smith", "the plan would work", FALSE,
    NULL },
  /* Found by hand check 14: the passive is the subject's claim. */
  { "/core/claims/quote/was-quoted-as-saying",
    "The deputy minister was quoted as saying that the talks had failed.",
    1, FALSE, 0, "quoted as saying", "The deputy minister", "The deputy minister",
    "the talks had failed", FALSE, NULL, "that" },
  { "/core/claims/quote/was-quoted-by-as-saying",
    "Ivan Petrov was quoted by Reuters as saying the talks had failed.",
    1, FALSE, 0, "quoted by Reuters as saying", "Ivan Petrov", "Ivan Petrov", "the talks had failed",
    FALSE, NULL },
  { "/core/claims/quote/after-colon",
    "The governor told a news conference: “Every family that lost a home will be housed "
    "before winter.”",
    1, FALSE, 0, "told", "The governor", "The governor", "Every family that lost a home", TRUE,
    "other" },
  { "/core/claims/quote/that-inside",
    "Health officials told reporters “every school that reopens will be inspected weekly.”",
    1, FALSE, 0, "told", "Health officials", "Health officials",
    "every school that reopens will be inspected weekly", TRUE, "other" },
  /* One or two words in quotation marks are a name, not a quotation. */
  { "/core/claims/quote/scare-quotes",
    "Zelensky said via the “X” platform that the signals from Moscow remained negative.",
    1, FALSE, 0, "said", "Zelensky", "Zelensky", "the signals from Moscow remained negative",
    FALSE, NULL, "platform" },
  { "/core/claims/quote/straight-marks",
    "\"There is no military solution to this conflict,\" the foreign minister said.",
    1, FALSE, 0, "said", "the foreign minister", "the foreign minister",
    "There is no military solution", TRUE, NULL },
  /* A quotation over two sentences belongs whole to the claim that closes
   * it ("speaking of the health issue" says what it is about: no claim). */
  { "/core/claims/quote/across-sentences",
    "“This is in their heads. This is in their consciousness,” said Caddell, speaking of the "
    "health issue.",
    1, FALSE, 0, "said", "Caddell", "Caddell", "This is in their heads. This is in their",
    TRUE, NULL },
  /* The witness reports what someone told them: one claim, and the words
   * inside the quotation are not a claim of their own. */
  { "/core/claims/quote/nested",
    "“He told me, ‘We are leaving tomorrow,’ and then he left,” the witness said.",
    1, FALSE, 0, "said", "the witness", "the witness", "and then he left", TRUE, NULL,
    "witness" },

  /* "According to". */
  { "/core/claims/according-to/before",
    "According to the health ministry, 42 people were injured in the overnight strikes.",
    1, FALSE, 0, "According to", "the health ministry", "the health ministry",
    "42 people were injured", FALSE, NULL, "ministry" },
  { "/core/claims/according-to/after",
    "42 people were injured in the overnight strikes, according to the health ministry.",
    1, FALSE, 0, "according to", "the health ministry", "the health ministry",
    "42 people were injured", FALSE, NULL, "ministry" },

  /* A participle takes the subject of the main clause as its speaker. */
  { "/core/claims/participial/main-subject",
    "Zelensky expressed deep skepticism, telling reporters he was “not confident this will lead "
    "to anything new.”",
    1, FALSE, 0, "telling", "Zelensky", "Zelensky", "not confident this will lead to anything new",
    TRUE, NULL },
  { "/core/claims/participial/second-claim-first",
    "Smith said the plan was sound, adding that costs would fall.",
    2, FALSE, 0, "said", "Smith", "Smith", "the plan was sound", FALSE, NULL, "costs" },
  { "/core/claims/participial/second-claim",
    "Smith said the plan was sound, adding that costs would fall.",
    2, FALSE, 1, "adding", "Smith", "Smith", "costs would fall", FALSE, NULL, "sound" },

  { "/core/claims/participial/subject-of-the-clause",
    "The St. Louis Tea Party Coalition issued its own resolution against the N.A.A.C.P., "
    "accusing the civil rights body of acting as a “partisan political attack dog.”",
    1, FALSE, 0, "accusing", "The St. Louis Tea Party Coalition", NULL, "civil rights body",
    TRUE, NULL },

  /* Pronouns resolve to the last person named, across sentences. */
  { "/core/claims/pronoun/previous-sentence",
    "Ukrainian President Volodymyr Zelensky spoke in Kyiv. He said the signals from Moscow "
    "remained negative.",
    1, TRUE, -1, "said", "He", "Ukrainian President Volodymyr Zelensky",
    "the signals from Moscow remained negative", FALSE, "ukraine" },

  { "/core/claims/pronoun/not-a-person-named-after-it",
    "Rep. Anthony Weiner, a Democrat, spoke on Monday. He said he did not know the woman who "
    "received the photo, Gennette Cordova, a student at a college in Washington.",
    1, TRUE, -1, "said", "He", "Rep. Anthony Weiner", "he did not know the woman", FALSE, NULL },

  { "/core/claims/pronoun/not-of-the-other-sex",
    "Mr. Anthony Weiner, a Democrat, spoke on Monday. Later, his wife, Huma Abedin, an aide, was "
    "seen. “I am protecting my wife,” he told CNN.",
    1, TRUE, -1, "told", "he", "Mr. Anthony Weiner", "I am protecting my wife", TRUE, NULL },
  /* Whom it was said to after an inverted cue and a name: the quotation
   * before is what was said (BASIL a28a0329: the content was "newly-minted
   * Speaker John Boehner to the Post"). */
  { "/core/claims/speaker/inverted-to-someone",
    "“We always hear members of Congress talking,” explained newly-minted Speaker John Boehner "
    "to the Post.",
    1, FALSE, 0, "explained", NULL, "newly-minted Speaker John Boehner",
    "We always hear members of Congress talking", TRUE, NULL },
  { "/core/claims/speaker/inverted-in-a-letter-to",
    "“We will rebuild,” wrote Mayor John Smith in a letter to residents.",
    1, FALSE, 0, "wrote", NULL, "Mayor John Smith", "We will rebuild", TRUE, NULL },
  /* Hand check 22 (ECB 13-a): "Neither … nor T-Mobile has announced" was
   * T-Mobile's announcement. */
  { "/core/claims/speaker/neither-nor",
    "Neither RIM nor T-Mobile has announced U.S. pricing plans for the Curve 8900.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/speaker/neither-nor-in-the-speaker",
    "Neither Mr. Smith nor his lawyer said he would appeal.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  /* A speaker that is a word of what is said after the cue is the cue's
   * object or a word of its clause: no claim (web-dev lifehacker, PolNeAR
   * nyt_2016-09-25: "people" allowed, BASIL 2ec04201: "Medicare" told). */
  { "/core/claims/speaker/not-inside-what-is-said",
    "If an item does not get much use or does not make you happy, add it to the \"crap\" list.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/speaker/not-the-participle-object",
    "Mr. Obama said the exhibits would put those problems into a larger context, allowing people "
    "to see the progress as well as the shortcomings.",
    1, FALSE, 0, "said", "Mr. Obama", "Mr. Obama", "the exhibits would put those problems", FALSE,
    NULL },
  /* BASIL c21cb217: "for her" ending the quotation before "Mr. Weiner"
   * made Mr. Weiner a woman, and the "he" after nobody. */
  { "/core/claims/pronoun/honorific-over-a-pronoun-before",
    "“I just feel terrible for her,” Mr. Weiner said. “I am protecting my wife,” he told CNN.",
    2, FALSE, -1, "told", "he", "Mr. Weiner", "I am protecting my wife", TRUE, NULL },
  /* BASIL 9879bbc0: "Clinton said she never saw it" is Clinton's "she",
   * not that of the last person named ("Rep. Dana Rohrabacher"). */
  { "/core/claims/pronoun/subject-of-what-they-say",
    "Secretary of State Hillary Clinton testified on Monday. Rep. Dana Rohrabacher said the "
    "budget was fine. But Clinton said she never saw the cable.",
    3, FALSE, -1, "never saw", "she", "Clinton", "the cable", FALSE, NULL },
  /* A name opening the sentence that the article writes as one
   * elsewhere (PolNeAR west-journal: "Clinton told the debate audience
   * that she believes" was Leslie Wimes's, named last). */
  { "/core/claims/pronoun/subject-of-what-they-say-opening",
    "Paul Ryan met Mary Jones. Ryan, in his first interview, told Fox News on Tuesday he thinks "
    "Medicare can be a winning issue.",
    2, FALSE, -1, "thinks", "he", "Ryan", "Medicare can be a winning issue", FALSE, NULL },
  /* ... but not one who may be of the other sex over a woman named
   * before (a review: "Later, Brown said she believed" was Brown's). */
  { "/core/claims/pronoun/subject-of-what-they-say-not-other-sex",
    "Ms. Mary Jones met Robert Brown on Monday. Later, Brown said she believed the evidence had "
    "been fabricated.",
    2, FALSE, -1, "believed", "she", "Ms. Mary Jones", "the evidence had been fabricated", FALSE,
    NULL },
  /* ... one person, not "Officials" (guard). */
  { "/core/claims/pronoun/subject-of-what-many-say",
    "Tom Smith met Mary Jones on Monday. Officials said he believed the plan had failed.",
    2, FALSE, -1, "believed", "he", "Tom Smith", "the plan had failed", FALSE, NULL },
  { "/core/claims/pronoun/no-one-of-its-sex",
    "Gennette Cordova, a student, received the photo. He said he regretted that Ms. Cordova "
    "was caught in the middle of the controversy.",
    1, TRUE, -1, "said", "He", "He", "Ms. Cordova was caught", FALSE, NULL },

  { "/core/claims/pronoun/known-person-opening-a-sentence",
    "Israeli Prime Minister Benjamin Netanyahu, a Likud leader, spoke on Monday. Mayor Anna "
    "Keller, a Democrat, was there too. Netanyahu also met officials. “The talks will go on,” "
    "he said.",
    1, TRUE, -1, "said", "he", "Israeli Prime Minister Benjamin Netanyahu", "The talks will go on",
    TRUE, NULL },
  { "/core/claims/pronoun/not-a-person-named-in-the-quotation",
    "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. “President Obama, a Democrat, "
    "has said that he is determined to act,” he said on the show.",
    1, TRUE, -1, "said", "he", "Israeli Prime Minister Benjamin Netanyahu",
    "President Obama, a Democrat", TRUE, NULL },

  { "/core/claims/pronoun/not-a-place",
    "President Barack Obama, a Democrat, defended the programs on Friday. “They are not "
    "secret,” he said during a speech in San Jose, Calif. “Congress has been informed,” he said.",
    2, TRUE, -1, "said", "he", "President Barack Obama", "Congress has been informed", TRUE,
    NULL },

  { "/core/claims/pronoun/office-of-title",
    "A Washington Post report detailed another program. Director of National Intelligence James "
    "Clapper issued a statement late Thursday. He called the disclosure “reprehensible.”",
    1, FALSE, -1, "called", "He", "Director of National Intelligence James Clapper",
    "reprehensible", FALSE, NULL },

  { "/core/claims/pronoun/not-an-organisation",
    "The Washington Post reported on Thursday that the program existed. “It is legal,” he said.",
    1, TRUE, -1, "said", "he", "he", "It is legal", TRUE, NULL },

  { "/core/claims/pronoun/office-not-across-a-quotation",
    "A former official told reporters the agency had tapped the companies. “The program is "
    "watched by the court, the Executive Branch, and Congress,” the official said.",
    1, TRUE, -1, "said", "the official", "the official", "The program is watched", TRUE, NULL },

  { "/core/claims/pronoun/speaker-of-the-house",
    "President Barack Obama and House Speaker John Boehner met on Thursday. Boehner was back at "
    "the Capitol soon afterward. “Nice to see all of you,” he said as he kept walking.",
    1, TRUE, -1, "said", "he", "House Speaker John Boehner", "Nice to see all of you", TRUE,
    NULL },

  { "/core/claims/pronoun/not-a-person-opening-the-quotation",
    "Israeli Prime Minister Benjamin Netanyahu, a Likud leader, spoke in a new ad. Netanyahu, who "
    "has a frosty relationship with President Obama, mentions neither Obama nor Mitt Romney. "
    "Netanyahu also made an appearance on NBC last Sunday, urging Obama to take a tougher line. "
    "“President Obama has said that he is determined to act,” he said on the show.",
    3, TRUE, -1, "said", "he", "Israeli Prime Minister Benjamin Netanyahu",
    "President Obama has said", TRUE, NULL },

  { "/core/claims/pronoun/with-a-clitic",
    "Sen. Max Baucus, a Democrat, spoke on Wednesday. He's said the talks will go on.",
    1, TRUE, -1, "said", "He's", "Sen. Max Baucus", "the talks will go on", FALSE, NULL },

  { "/core/claims/speaker/party-and-state-apposition",
    "Sen. Max Baucus, D-Mont., the representative for Senate Democrats, said on Wednesday that "
    "the talks would go on.",
    0, TRUE, -1, "said", NULL, "Sen. Max Baucus (Democrat, Mont.)", "the talks would go on", FALSE, NULL },

  { "/core/claims/negation/after-brackets",
    "Scott Brown (R-Mass.) did not say the plan was dead.",
    1, FALSE, 0, "did not say", "Scott Brown (R-Mass.)", "Scott Brown (Republican, Mass.)", "the plan was dead", FALSE,
    NULL },
  { "/core/claims/negation/saying-nothing",
    "Scott Brown has not said whether he will run, but the Associated Press reported that he "
    "was leaning towards a run.",
    1, FALSE, 0, "reported", "the Associated Press", "the Associated Press",
    "he was leaning towards a run", FALSE, NULL },

  { "/core/claims/pronoun/subject-of-the-sentence",
    "Hillary Rodham Clinton on Wednesday defended her handling of the attack. “I take "
    "responsibility for what happened,” she said.",
    2, FALSE, 1, "said", "she", "Hillary Rodham Clinton", "I take responsibility", TRUE, NULL },

  /* What a question asks is nobody's claim: "whether he agreed" says
   * nothing of his agreeing. */
  { "/core/claims/none/inside-whether",
    "Mr. Romney declined to say on Tuesday whether he agreed with the platform.",
    1, FALSE, 0, "declined", "Mr. Romney", "Mr. Romney", "whether he agreed with the platform",
    FALSE, NULL },
  /* What is said ends with its own last word at the sentence's end, even
   * one that elsewhere opens a clause ("so", "that", "before"). */
  { "/core/claims/content/own-last-word",
    "The Justice Department wrote that it did not need a special prosecutor to investigate if "
    "it chose to do so.",
    1, FALSE, 0, "wrote", "The Justice Department", "The Justice Department",
    "if it chose to do so", FALSE, NULL },
  { "/core/claims/content/own-last-word-that",
    "Republicans thought it was much more than that.",
    1, FALSE, 0, "thought", "Republicans", "Republicans", "much more than that", FALSE, NULL },
  /* Where and how it was said, before a colon that opens the quotation,
   * is no part of what was said. */
  { "/core/claims/content/quotation-after-colon",
    "Opposition Leader Bill Shorten said in a letter to Abbott last month: “Press freedom "
    "concerns would be addressed in this Bill.”",
    1, FALSE, 0, "said", "Opposition Leader Bill Shorten", "Opposition Leader Bill Shorten",
    "Press freedom concerns would be addressed in this Bill", TRUE, NULL, "in a letter" },

  /* A clause of its own before the colon is what is said (guard). */
  { "/core/claims/content/clause-before-colon",
    "Smith said it means only one thing: “War.”",
    1, FALSE, 0, "said", "Smith", "Smith", "it means only one thing", FALSE, NULL },
  /* A clause word left dangling after a comma at the sentence's end goes. */
  { "/core/claims/content/dangling-clause-word",
    "White said the town would survive, and.",
    1, FALSE, 0, "said", "White", "White", "the town would survive", FALSE, NULL, "and" },

  /* Stance: believing and holding on are positions too. */
  { "/core/claims/stance/believes",
    "The Ukrainian side believes that the escalation is incompatible with peace talks.",
    1, FALSE, 0, "believes", "The Ukrainian side", "The Ukrainian side",
    "the escalation is incompatible with peace talks", FALSE, "ukraine" },
  { "/core/claims/stance/clings",
    "Moscow clings to its conditions.",
    1, FALSE, 0, "clings", "Moscow", "Moscow", "its conditions", FALSE, "russia" },

  /* A speaker is a person, a group or a role, never a date, a place, a
   * verb or a clause. */
  { "/core/claims/speaker/not-a-date",
    "Romney released a statement late Tuesday saying the comments were offensive and wrong.",
    1, FALSE, 0, "saying", "Romney", "Romney", "the comments were offensive", FALSE, NULL },
  { "/core/claims/speaker/date-before-pronoun",
    "Officials met. On Tuesday he said the plan was dead.",
    1, FALSE, 0, "said", "he", NULL, "the plan was dead", FALSE, NULL },
  { "/core/claims/speaker/not-a-clause",
    "The campaign was rocked when an Internet video surfaced showing the candidate at a party.",
    1, FALSE, 0, "showing", "an Internet video", NULL, "the candidate at a party", FALSE, NULL },
  { "/core/claims/speaker/not-a-place",
    "“I'll fight against liberal attacks on our heritage,” says Perry in the new ad.",
    1, FALSE, 0, "says", "Perry", "Perry", "liberal attacks", TRUE, NULL },
  { "/core/claims/speaker/role",
    "“We will appeal the ruling,” a spokesman said.",
    1, FALSE, 0, "said", "a spokesman", "a spokesman", "We will appeal the ruling", TRUE, "other" },
  { "/core/claims/speaker/group-after-clause",
    "Asked about the vote, Democrats said the bill was a mistake.",
    1, FALSE, 0, "said", "Democrats", "Democrats", "the bill was a mistake", FALSE, NULL,
    "Asked" },
  { "/core/claims/speaker/group",
    "White House officials said the plan was final.",
    1, FALSE, 0, "said", "White House officials", "White House officials", "the plan was final",
    FALSE, NULL },
  { "/core/claims/speaker/role-names-person",
    "Texas Gov. Rick Perry arrived late. “We will win this race,” the Texas governor said.",
    1, FALSE, 0, "said", "the Texas governor", "Texas Gov. Rick Perry", "We will win this race",
    TRUE, NULL },
  /* Someone and their own people speak together. */
  { "/core/claims/speaker/and-their-people",
    "Parata and his family believe whale oil could cure the disease.",
    1, FALSE, 0, "believe", "Parata and his family", NULL, "whale oil could cure the disease",
    FALSE, NULL },
  /* Not an object of the verb before: "thanked John Brown and her
   * lawyers said" (guard). */
  { "/core/claims/speaker/and-their-people-not-object",
    "Jane Smith thanked John Brown and her lawyers said the verdict was fair.",
    1, FALSE, 0, "said", "her lawyers", NULL, "the verdict was fair", FALSE, NULL },
  /* A title in front of the name in apposition: the name speaks. */
  { "/core/claims/speaker/title-then-name",
    "Chairman, David Cameron, said: “The review will help plan the reform.”",
    1, FALSE, 0, "said", "Chairman, David Cameron", "David Cameron",
    "The review will help plan the reform", TRUE, NULL },
  /* A word before a title makes another office of it: "the president" is
   * not the vice president named last, nor a former president. */
  { "/core/claims/speaker/role-not-vice",
    "President Barack Obama spoke first. Vice President Joe Biden led the review. "
    "“We will act,” said the president.",
    1, FALSE, 0, "said", "the president", "President Barack Obama", "We will act", TRUE, NULL },
  { "/core/claims/speaker/role-not-former",
    "President Barack Obama spoke first. Former President Bill Clinton came later. "
    "“We will act,” said the president.",
    1, FALSE, 0, "said", "the president", "President Barack Obama", "We will act", TRUE, NULL },
  { "/core/claims/speaker/role-vice",
    "President Barack Obama spoke first. Vice President Joe Biden led the review. "
    "“We will act,” said the vice president.",
    1, FALSE, 0, "said", "the vice president", "Vice President Joe Biden", "We will act", TRUE,
    NULL },
  { "/core/claims/speaker/role-lieutenant",
    "Gov. Jerry Brown spoke first. Lt. Gov. Gavin Newsom came later. "
    "“We will act,” said the governor.",
    1, FALSE, 0, "said", "the governor", "Gov. Jerry Brown", "We will act", TRUE, NULL },

  { "/core/claims/speaker/title-with-modifier",
    "Republican presidential nominee Mitt Romney has targeted the administration, claiming "
    "that the president has “thrown Israel under a bus.”",
    1, FALSE, 0, "claiming", NULL, "Republican presidential nominee Mitt Romney",
    "thrown Israel under a bus", TRUE, NULL },
  { "/core/claims/speaker/not-a-name-after-preposition",
    "Nearly forty House members have signed a letter from Representative Anna Brook, Democrat "
    "of Maine, calling the deal “grossly unfair.”",
    1, FALSE, 0, "calling", "Nearly forty House members", "Nearly forty House members",
    "grossly unfair", FALSE, NULL },
  { "/core/claims/speaker/writing-not-the-person-after",
    "The letter says Mr. Obama “should not back down.”",
    1, FALSE, 0, "says", "The letter", "The letter", "should not back down", TRUE, NULL },
  { "/core/claims/cue/noun-before-verb",
    "State Department posts are left vulnerable, the report found.",
    1, FALSE, 0, "found", "the report", "the report", "State Department posts are left", FALSE,
    NULL },
  { "/core/claims/cue/inside-content",
    "He claimed that not knowing about their requests “really, I think, cost these people "
    "their lives.”",
    1, FALSE, 0, "claimed", "He", NULL, "not knowing about their requests", TRUE, NULL },
  { "/core/claims/speaker/not-the-dateline",
    "WASHINGTON -- President Barack Obama said Monday that the plan would work.",
    1, FALSE, 0, "said", "President Barack Obama", "President Barack Obama", "the plan would work",
    FALSE, NULL },
  { "/core/claims/speaker/name-particle",
    "NEW YORK - Mayor Bill de Blasio said the city was ready.",
    1, FALSE, 0, "said", "Mayor Bill de Blasio", "Mayor Bill de Blasio", "the city was ready",
    FALSE, NULL },
  { "/core/claims/speaker/not-it",
    "It came after Boehner publicly chided Obama on Friday, accusing the president of having "
    "“wasted another week.”",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/content/not-the-question",
    "When asked if the president had abandoned his allies, Netanyahu responded, “There is no "
    "bus.”",
    1, FALSE, 0, "responded", "Netanyahu", "Netanyahu", "There is no bus", TRUE, NULL,
    "abandoned" },
  { "/core/claims/cue/denied",
    "Jackson did not believe the episode merited investigation by the police.",
    1, FALSE, 0, "did not believe", "Jackson", "Jackson", "the episode merited", FALSE, NULL },
  { "/core/claims/cue/after-possessive",
    "President Barack Obama's planned trip to Asia was cut short.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/speaker/they-is-no-person",
    "Senate Republicans sent a letter to Majority Leader Harry Reid on Wednesday. They wrote that "
    "they would block every bill until the tax cuts were extended.",
    1, FALSE, 0, "wrote", "They", "They", "they would block every bill", FALSE, NULL },
  { "/core/claims/content/quotation-runs-on",
    "Expanding on tough races, Boehner said, \"We have 50 of our members in tough races; 89 "
    "freshmen running for their first re-elections. And we have 32 districts in states with no "
    "big race.\"",
    2, TRUE, 0, "said", "Boehner", "Boehner", "We have 50 of our members", TRUE, NULL },
  { "/core/claims/content/not-after-possessive-apostrophe",
    "\"We've got a big challenge and we've got work to do,\" he said to Fox News' Bill Hemmer.",
    1, FALSE, 0, "said", "he", NULL, "got a big challenge", TRUE, NULL, "Hemmer" },
  { "/core/claims/speaker/not-the-passive-subject",
    "The author of Build Wealth was accused of spending $750,000 in campaign funds.",
    1, FALSE, 0, "accused", "", "", "spending $750,000", FALSE, NULL },
  /* Found by hand check 18 (168): an adverb between the auxiliary and
   * the participle keeps the passive ("Apple was consequently told to
   * place" named Apple as who told). */
  { "/core/claims/speaker/not-the-passive-subject-after-adverb",
    "Apple was consequently told to place an advertisement for Samsung on its Web site.",
    1, FALSE, 0, "told", "", "", "to place an advertisement", FALSE, NULL },
  { "/core/claims/cue/negation-of-another-clause",
    "Boehner put the odds at one in three, apparently not too high for this year, telling "
    "reporters that the party could lose.",
    1, FALSE, 0, "telling", NULL, NULL, "the party could lose", FALSE, NULL },
  /* Found by hand check 18 (lwn-1): a longer aside in brackets, a
   * relative clause too, still says who speaks before it. */
  { "/core/claims/speaker/long-brackets",
    "Commenter Paul Stoffregen (who was the author of the Heise story above) noted that the "
    "company recently created a fork of the code.",
    1, FALSE, 0, "noted", NULL, "Commenter Paul Stoffregen", "recently created a fork", FALSE,
    NULL },
  /* Found in PolNeAR dev: people from two places or on two subjects
   * speak, not the second ("Officials from the State Department and the
   * Pentagon said" was the Pentagon's; "Experts on North Korea and
   * nuclear nonproliferation said" no one's); not after a verb (guard:
   * "Prisoners … rioted overnight and activists said"). */
  { "/core/claims/speaker/people-from-two-places",
    "Officials from the State Department and the Pentagon said the talks would resume. "
    "Experts on North Korea and nuclear nonproliferation said the test could change the race. "
    "Prisoners in the jail also rioted overnight and activists said eight were killed.",
    3, FALSE, 0, "said", "Officials from the State Department and the Pentagon", "Officials",
    "the talks would resume", FALSE, NULL },
  /* Found re-reading BASIL's group misses (29ffd053): a body of people
   * is named by what it is of ("A group of nearly 90 professors and
   * administrators said" was the administrators'). */
  { "/core/claims/speaker/group-of-two-kinds",
    "A group of nearly 90 professors and administrators said the budget was immoral.",
    1, FALSE, 0, "said", "A group of nearly 90 professors and administrators",
    "A group of nearly 90 professors and administrators", "the budget was immoral", FALSE, NULL },
  { "/core/claims/speaker/group-of-people-opens-sentence",
    "A group of professors has sent Ryan a letter saying he misused doctrine.",
    1, FALSE, 0, "saying", NULL, "A group of professors", "he misused doctrine", FALSE, NULL },
  { "/core/claims/speaker/people-from-two-places-not-after-verb",
    "Prisoners in the jail also rioted overnight and activists said eight were killed.",
    1, FALSE, 0, "said", "activists", "activists", "eight were killed", FALSE, NULL },
  { "/core/claims/speaker/brackets",
    "Sen. Claire McCaskill (D-Mo.) said the plan was dead.",
    1, FALSE, 0, "said", "Sen. Claire McCaskill (D-Mo.)", "Sen. Claire McCaskill (Democrat, Mo.)",
    "the plan was dead", FALSE, NULL },
  { "/core/claims/speaker/not-the-place-after-of",
    "House Speaker John A. Boehner of Ohio said the party could lose control of the House.",
    1, FALSE, 0, "said", "House Speaker John A. Boehner of Ohio", "House Speaker John A. Boehner",
    "the party could lose control of the House", FALSE, NULL },
  { "/core/claims/speaker/relative",
    "Rep. Peter King, who opposes the mosque project, said Monday that the White House "
    "softened its stance.",
    2, FALSE, 0, "opposes", "who", "Rep. Peter King", "the mosque project", FALSE, NULL,
    "White House" },

  { "/core/claims/speaker/inverted-after-long-quote",
    "\"More and more, there are events that are astoundingly unusual, that knock your socks "
    "off, like the flooding in Louisiana,\" said Michael Oppenheimer, a professor of "
    "geosciences and international affairs at Princeton University.",
    1, FALSE, 0, "said",
    "Michael Oppenheimer, a professor of geosciences and international affairs at Princeton "
    "University", "Michael Oppenheimer", "knock your socks off", TRUE, NULL },

  /* "many Democrats" are many people: no one a later "he" means. */
  { "/core/claims/speaker/he-not-many-people",
    "Senator Paul Ryan took the stage first. On Thursday many Democrats felt the president "
    "had failed. He said he did not have to worry about the polls.",
    2, FALSE, 1, "said", "He", "Senator Paul Ryan", "worry about the polls", FALSE, NULL },

  /* "Cowan said Patrick offered …": Cowan, named inside sentences before,
   * is whom the next "he" means, not Patrick inside what he says. */
  { "/core/claims/speaker/he-after-name-opening-sentence",
    "Gov. Deval Patrick named Mo Cowan to the seat on Wednesday. Cowan said Patrick offered him "
    "the job on Tuesday, and he accepted. He said there would be no daylight between him and "
    "Kerry on policy.",
    1, TRUE, -1, "said", "He", "Cowan", "no daylight", FALSE, NULL },

  /* Two people named together are no "she": which of them spoke the
   * words around do not say, so no one rather than both. */
  { "/core/claims/speaker/she-not-two-people",
    "Police met the family on Sunday. Tyresha McClenney and Bryan Anderson said they had seen "
    "the video. \"It was awful to watch,\" she said.",
    2, FALSE, -1, "said", "she", "she", "awful to watch", TRUE, NULL },

  /* Found by hand check 13 (ECB+ articles): a clause between commas is
   * no apposition of a subject ("…, 61, were found by police yesterday,
   * said X": X speaks, of the whole clause); an apposition with a
   * relative clause still is. */
  { "/core/claims/speaker/clause-is-no-apposition",
    "The bodies of Ann Ruiz, 48, and Kate Gomes, 61, were found by police yesterday, said Greg "
    "Miller.",
    1, FALSE, 0, "said", "Greg Miller", "Greg Miller", "were found by police yesterday", FALSE,
    NULL },
  { "/core/claims/speaker/apposition-with-relative-verb",
    "Third Way, a moderate group in Washington that has favored cuts, called the position “a "
    "watershed moment” in the debate.",
    1, TRUE, -1, "called", NULL, "Third Way", "a watershed moment", TRUE, NULL },
  /* Two speakers after an inverted cue; two nouns for one speaker. */
  { "/core/claims/speaker/inverted-pair",
    "The Academy asked her to host twice. “We are thrilled,” said Zadan and Meron.",
    2, FALSE, -1, "said", "Zadan and Meron", "Zadan and Meron", "We are thrilled", TRUE, NULL,
    "Zadan" },
  { "/core/claims/speaker/two-nouns-one-speaker",
    "“I would like to thank the Academy,” the comedian and talk show host said.",
    1, FALSE, 0, "said", "the comedian and talk show host", NULL, "thank the Academy", TRUE,
    NULL },
  /* An apposition whose closing comma is missing: the name speaks. */
  { "/core/claims/speaker/apposition-without-closing-comma",
    "Mahmoud Al-Goweiny, a member of the board of directors said that the cable cut happened "
    "around the same time.",
    1, FALSE, 0, "said", NULL, "Mahmoud Al-Goweiny", "the cable cut happened", FALSE, NULL },
  { "/core/claims/speaker/possessive-of-abbreviation",
    "The D.A.'s office says Gomes was barricaded inside with a third person.",
    1, FALSE, 0, "says", "The D.A.'s office", "The D.A.'s office", "Gomes was barricaded", FALSE,
    NULL },
  /* "It seems that": the writer's; "re-think": part of a word; a
   * dateline before a colon; "all of" (which) is no one. */
  { "/core/claims/not/writer-it-seems",
    "It seems that the cable was cut by a ship. It should be time to re-think protecting the "
    "cables.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/not/dateline-colon",
    "Navy foils pirates\n\nNew Delhi/Mumbai: An Indian warship foiled a piracy attempt in the "
    "Gulf of Aden on Saturday.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/speaker/not-cut-after-preposition",
    "The crew carried ladders and gloves, all of which confirmed their intent to attack the ships.",
    1, FALSE, 0, "confirmed", NULL, "", "their intent", FALSE, NULL },

  /* A given name says whether "he" or "she" can stand for someone
   * (female-names.txt, male-names.txt): not for the other sex. */
  { "/core/claims/speaker/she-not-a-man-by-given-name",
    "Kofi Annan opened the talks on Monday. “We need unity,” she said.",
    1, FALSE, 0, "said", "she", "she", "We need unity", TRUE, NULL },
  { "/core/claims/speaker/he-not-a-woman-by-given-name",
    "Former President Bill Carter arrived late. Angela Merkel greeted the crowd. “So you have "
    "got this crazy system,” he said.",
    1, FALSE, 0, "said", "he", "he", "crazy system", TRUE, NULL },

  /* Found by hand check 14 (saved web pages): a claim inside what is said
   * before an attribution ends where the attribution begins; after a
   * quotation, whom it was said of is no content; who is told is no
   * speaker. */
  { "/core/claims/content/nested-ends-at-attribution",
    "Robert Mugabe and his wife Grace are under house arrest and are insisting he finishes his "
    "term, a source said.",
    2, FALSE, 0, "insisting", NULL, NULL, "he finishes his term", FALSE, NULL, "source" },
  /* Found in BASIL (a group's quotation with no speaker): a claim in a
   * clause of what is said ("while", "because") keeps the claim around
   * it and ends at the clause's comma; "finding of" is a noun; what is
   * only supposed ("if", "unless") is no claim. */
  { "/core/claims/content/outer-keeps-subordinate-clause",
    "The State Department, in a document put out last week, noted that while an internal "
    "review found certain senior officials “demonstrated a lack of leadership” in response to "
    "security concerns, there was no specific finding of misconduct.",
    2, FALSE, 0, "noted", NULL, "State Department", "there was no specific finding of misconduct",
    TRUE, NULL },
  { "/core/claims/content/subordinate-clause-ends-at-comma",
    "Smith said that while the review found flaws in the plan, which was new, there was no "
    "misconduct.",
    2, FALSE, 1, "found", "the review", "the review", "flaws in the plan, which was new", FALSE,
    NULL, "misconduct" },
  { "/core/claims/content/writers-contrast-ends-claim",
    "Many said they came because they agreed with the owner, while others said they wanted to "
    "support free speech.",
    3, FALSE, 0, "said", "Many", NULL, "they agreed with the owner", FALSE, NULL, "others" },
  /* Found by hand check 14: "say" giving an example is no cue; "say"
   * after a quotation or a comma with many who speak still is. */
  { "/core/claims/not/say-for-example",
    "A family that makes a big purchase — say purchasing a Ford Escape — would pay more. If "
    "you buy a car, say, a Ford Focus, you pay more too.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/speaker/say-after-comma",
    "The plan will fail, say critics of the mayor.",
    1, FALSE, 0, "say", "critics of the mayor", "critics of the mayor", "The plan will fail", FALSE,
    NULL },
  /* Found by hand check 14: a transcript's "(CROSSTALK.)" is nobody's
   * words, though a quotation runs on into it. */
  { "/core/claims/not/stage-direction",
    "Partial transcript\n"
    "\n"
    "Fox News host Chris Wallace interviewed Indiana Gov. Mike Pence on Sunday.\n"
    "\n"
    "\"PENCE: Well, look, this is serious business. The American people will see a strong "
    "contrast between the leadership of Donald Trump, who is prepared to rebuild our military, "
    "and —.\n"
    "\n"
    "\"(CROSSTALK.)\n"
    "\n"
    "\"WALLACE: Governor, one more question about the debate.\n",
    3, FALSE, 2, ":", NULL, "WALLACE", "one more question", FALSE, NULL },
  { "/core/claims/not/noun-in-ing",
    "There was no specific finding of misconduct in the report.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/not/supposed",
    "If the plan rejected single mothers, black families would be hurt. The agency must act "
    "unless it wants to lose the case.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  /* Found in BASIL: "states" after a quotation and a speaking noun is
   * the verb; "of Peoria, Ill." is an apposition of the name before it;
   * a name a comma and a verb follow after a preposition or a verb is
   * no apposition, nobody a later "he" means. */
  { "/core/claims/speaker/ambiguous-cue-after-quotation",
    "“We appreciate your willingness to talk,” the letter states.",
    1, FALSE, 0, "states", "the letter", "the letter", "willingness to talk", TRUE, NULL },
  { "/core/claims/speaker/place-of-origin-apposition",
    "Last week, Bishop Daniel Jenky, of Peoria, Ill., said that the president was intolerant.",
    1, FALSE, 0, "said", NULL, "Bishop Daniel Jenky", "the president was intolerant", FALSE,
    NULL },
  { "/core/claims/speaker/he-not-the-committee-of-an-apposition",
    "Representative Paul D. Ryan, the chairman of the House Budget Committee, has been criticized "
    "by some leaders since he claimed that his plan was inspired by his faith.",
    2, FALSE, 1, "claimed", "he", "Representative Paul D. Ryan", "his plan was inspired", FALSE,
    NULL },
  { "/core/claims/speaker/he-not-whom-he-told",
    "Glenn Beck, the closing speaker, spoke on Saturday. Progressivism, he told the Conservative "
    "Political Action Conference, is a cancer. “It is not enough,” he said.",
    2, FALSE, 1, "said", "he", "Glenn Beck", "It is not enough", TRUE, NULL },
  { "/core/claims/content/said-of-someone",
    "“We have nothing to fear,” he said of himself and fellow party members.",
    1, FALSE, 0, "said", "he", NULL, "nothing to fear", TRUE, NULL, "himself" },
  { "/core/claims/speaker/told-is-no-speaker",
    "Police were told the boy ingested the cocaine at the home where his grandmother lives.",
    1, FALSE, 0, "told", "", "", "the boy ingested", FALSE, NULL },

  /* No one speaks in "no group claimed"; "admitted to Children's
   * Hospital" is where to. */
  { "/core/claims/not/no-one-speaks",
    "Although no group claimed responsibility, the attack raised fears that militants were "
    "expanding. Nobody has said that the plan would fail.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/not/where-to",
    "He was transferred and admitted to Children's Healthcare of Atlanta at Egleston.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  /* The words before a participle are its speaker only when they end in
   * someone ("protesters saying"), not a verb ("could not resist
   * pointing out"). */
  { "/core/claims/speaker/participle-after-verb",
    "The fact-checkers ruled that the statement is true, but in the course of their report "
    "they could not resist pointing out that every shooting did not result in a homicide.",
    2, FALSE, -1, "pointing out", NULL, "The fact-checkers", "every shooting did not result", FALSE,
    NULL },

  /* "called the police sergeant" is whom he phoned; "called him a
   * liar" a label. */
  { "/core/claims/not/called-someone",
    "On Tuesday, Martin called the police sergeant. His neighbour called him a liar.",
    1, FALSE, 0, "called", "His neighbour", NULL, "him a liar", FALSE, NULL },

  /* Found in web-dev (hand check 17: 50, R653, tumblr): "called" after a
   * noun that speaks for no one, or after an indefinite phrase inside a
   * clause, names a thing; a subject that labels still claims (guards:
   * "The Trump campaign called", "Cruz called Trump"). */
  { "/core/claims/not/naming-participle",
    "The company has opened a store downtown called Youngstown Nation. It relies on a "
    "process called hydraulic fracturing. The state hired a European company called "
    "Vallourec SA, whose unit will open a mill. Critics spar over whether a leader of a "
    "group called Lashkar-e-Taiba belongs on the list. Cruz called Trump a \"pathological "
    "liar.\"",
    1, FALSE, 0, "called", "Cruz", "Cruz", "Trump a", FALSE, NULL },
  { "/core/claims/not/naming-participle-subject-labels",
    "The Trump campaign called the charges unsubstantiated. A spokesman called the report "
    "false.",
    2, FALSE, 0, "called", "The Trump campaign", NULL, "the charges unsubstantiated", FALSE,
    NULL },

  /* Found in web-dev (hand check 17: R492, wapo-2; nytimes-1): a cue in
   * its bare form after a singular noun agrees with no subject there, so
   * it is a noun ("state legislature", "the American demand that"); after
   * a plural or a list it is the verb (guards). */
  { "/core/claims/none/noun-after-singular",
    "The Parana state legislature opened an inquiry. The American demand that he be held "
    "accountable had not changed.",
    0, FALSE, 0 },
  { "/core/claims/speaker/verb-after-plural",
    "Senate Democrats plan to block the bill. Obama and Biden plan to attend the summit.",
    2, FALSE, -1, "plan", "Obama and Biden", NULL, "to attend the summit", FALSE, NULL },

  /* Found in web-dev (hand check 18: lwn-1, R653) and on dev: a past
   * participle after a noun phrase, before a preposition, says what was
   * done with the thing, a relative clause cut short; the participle
   * after it is the main subject's ("warning him" is the spokesman's,
   * not "other agency staff members'"). Guards: a phrase that holds a
   * speaker ("a source with knowledge of the exchange said during"), a
   * body ("The report found in 2019"). */
  { "/core/claims/not/reduced-relative",
    "A C.I.A. spokesman e-mailed to other agency staff members a draft note intended for Mr. "
    "Petraeus, warning him that the State Department had major concerns. The law would end "
    "the immunity, with actions allowed to be brought only if the country was involved. A "
    "move intended to block the fork was announced.",
    1, FALSE, 0, "warning", "A C.I.A. spokesman", NULL, "the State Department had", FALSE,
    NULL },
  { "/core/claims/not/reduced-relative-speaker-phrase",
    "A source with knowledge of the exchange said during a briefing that he was offered a "
    "post. The report found in 2019 that costs rose.",
    2, FALSE, 0, "said", "A source", NULL, "he was offered a post", FALSE, NULL },

  /* Found in PolNeAR dev (misses): a plural noun for people is a subject
   * that makes an ambiguous cue a verb ("environmentalists worry that",
   * "E.U. leaders warn"); a possessive is not ("reporters' questions",
   * guard), nor a singular in -s ("supervisor of operations analysis
   * support at …", guard). */
  { "/core/claims/speaker/plural-people-subject",
    "But environmentalists worry that the cost of reclaiming the mines could fall to "
    "taxpayers. Weiner declined to answer reporters' questions about the photo. David "
    "Callahan, supervisor of operations analysis support at the utility, was there.",
    2, FALSE, 0, "worry", "environmentalists", NULL, "the cost of reclaiming the mines", FALSE,
    NULL },

  /* Found by the review of this session's rules: a clause opener or a
   * reporting verb before "a … called" keeps the label ("But a White
   * House official called the claims …", "said a Republican senator
   * called the plan a disaster"), and so does a phrase opening the
   * sentence when no verb follows ("The county called the decision
   * unfair"); people at a place still speak ("Officials at the airport
   * said on Monday"); a plural object of a verb is no subject ("The
   * ruling gives immigrants hope"); a people named by its adjective or
   * a phrase after a preposition is plural ("The Chinese want",
   * "Economists at JPMorgan warn"). */
  { "/core/claims/guard/label-after-clause-opener",
    "But a White House official called the claims \"ridiculous.\" Smith said a Republican "
    "senator called the plan a disaster. The county called the decision unfair.",
    4, FALSE, 0, "called", "a White House official", NULL, "the claims", FALSE, NULL },
  { "/core/claims/guard/people-at-a-place",
    "Officials at the airport said on Monday that two flights were diverted. The ruling gives "
    "immigrants hope that they can stay.",
    1, FALSE, 0, "said", "Officials", NULL, "two flights were diverted", FALSE, NULL },
  { "/core/claims/guard/plural-by-adjective-or-phrase",
    "The Chinese want stability above all. Economists at JPMorgan warn that a recession is "
    "coming.",
    2, FALSE, 1, "warn", NULL, NULL, "a recession is coming", FALSE, NULL },
  { "/core/claims/guard/content-after-addressee-or-comma",
    "He told CNN the plan was \"dead on arrival.\" The plan, he said on Tuesday, is \"dead.\" "
    "As Smith has argued, the problem is that the budget is too small.",
    3, FALSE, 0, "told", "He", NULL, "dead on arrival", TRUE, NULL, "CNN" },

  /* A quotation after a claim in the same paragraph is that speaker's
   * ("Leung said … “We are not …”"); an ambiguous cue right after a
   * quotation and before a name is a verb ("notes Leung"). */
  { "/core/claims/quote/after-claim-in-paragraph",
    "Leung said the goal is to have questions answered in minutes. “We are not trying to be a "
    "competition. Yabbly is a little more practical.”",
    3, FALSE, -1, "said", NULL, "Leung", "a little more practical", TRUE, NULL },
  { "/core/claims/quote/ambiguous-cue-after-quotation",
    "“We are not trying to be a competition,” notes Leung.",
    1, FALSE, 0, "notes", "Leung", "Leung", "not trying to be a competition", TRUE, NULL },

  /* "Jackson" cannot tell Rep. Jesse Jackson Jr. from his father, Rev.
   * Jesse Jackson: "he" is not the father; a title in a list is no
   * apposition ("Get Out of Debt, Build Wealth, and …"). */
  { "/core/claims/speaker/he-not-namesake",
    "Former Rep. Jesse Jackson Jr. pleaded guilty on Wednesday. The former representative, who "
    "wrote a book with his father, Rev. Jesse Jackson, titled How You Can Get Out of Debt, Build "
    "Wealth, and Achieve Your Dreams, was accused of spending campaign funds. Jackson said he "
    "was clearheaded. He said he had read the documents thoroughly.",
    1, TRUE, -1, "said", "He", "Jackson", "read the documents", FALSE, NULL },

  /* A second verb after a quotation; an adverbial between commas says
   * when, not who. */
  { "/core/claims/speaker/second-verb-after-quotation",
    "Ryan, toward the end of the debate, warned that a \"debt crisis is coming\" and claimed the "
    "sitting president offers little more than speeches.",
    2, FALSE, 1, "claimed", "Ryan", "Ryan", "the sitting president offers", FALSE, NULL },
  { "/core/claims/speaker/adverbial-not-apposition",
    "Ryan, toward the end of the debate, warned that a \"debt crisis is coming\" and claimed the "
    "sitting president offers little more than speeches.",
    2, FALSE, 0, "warned", "Ryan", "Ryan", "debt crisis is coming", TRUE, NULL, "claimed" },

  /* "the campaign", "the conference" is the body the article named so
   * lately. */
  { "/core/claims/speaker/the-named-body",
    "The Romney campaign released a new ad on Tuesday. The campaign said the ad was fair.",
    1, FALSE, 0, "said", "The campaign", "Romney campaign", "the ad was fair", FALSE, NULL },
  { "/core/claims/speaker/the-named-body-of",
    "The United States Conference of Catholic Bishops met in June. The conference said the "
    "letters represent the bishops' opinion.",
    1, FALSE, 0, "said", "The conference", "United States Conference of Catholic Bishops",
    "the letters represent", FALSE, NULL },

  /* A label is said of whom it names: "called Biden “unhinged”". */
  { "/core/claims/content/label-keeps-whom",
    "Committee spokesman Tim Miller called Biden \"unhinged.\"",
    1, FALSE, 0, "called", NULL, "Committee spokesman Tim Miller", "Biden \"unhinged", FALSE, NULL },
  /* A verb or a possessive opening a sentence is nobody a "she" means. */
  { "/core/claims/speaker/she-not-opening-verb",
    "Deputy Assistant Secretary Charlene Lamb testified on Wednesday. Asked about the budget, "
    "Lamb said: \"No.\" Asked again about budget issues, she said the attack was unprecedented.",
    1, TRUE, -1, "said", "she", "Deputy Assistant Secretary Charlene Lamb", "unprecedented", FALSE,
    NULL },

  /* ", a NOUN that/to/…" after what is said is the writer's gloss; a list
   * is not. */
  { "/core/claims/content/ends-before-gloss",
    "Mayor Ann Ortiz said the levy was needed, a point on which the council disagrees.",
    1, FALSE, 0, "said", NULL, "Mayor Ann Ortiz", "the levy was needed", FALSE, NULL,
    "a point" },
  { "/core/claims/content/list-not-gloss",
    "Mayor Ann Ortiz said the center would include meeting rooms, a prayer space, a "
    "500-seat auditorium and a pool.",
    1, FALSE, 0, "said", NULL, "Mayor Ann Ortiz", "auditorium and a pool", FALSE, NULL },

  /* A quotation that ends with a preposition is said all the same. */
  { "/core/claims/speaker/after-quotation-ending-in-preposition",
    "\"Their knowledge is as thin as the paper it is written on,\" said Cornell Brooks, "
    "president of the association.",
    1, FALSE, 0, "said", NULL, "Cornell Brooks", "the paper it is written on", TRUE, NULL },

  /* "No" after a quotation's question is no determiner of the cue. */
  { "/core/claims/content/quotation-ending-in-no",
    "Title.\n\n“Do I think that it is a huge deal? No,” said Obama.",
    1, FALSE, 0, "said", NULL, "Obama", "huge deal? No", TRUE, NULL },
  /* A closing mark opening a paragraph opens the quotation. */
  { "/core/claims/content/paragraph-opened-with-closing-mark",
    "Title.\n\n” … what I learned from these families is that when you start calling these "
    "groups ‘terrorists,’ the way it is heard is wrong,” he said.",
    1, FALSE, 0, "said", "he", NULL, "what I learned", FALSE, NULL },

  /* The subject after an opening phrase of time or place is whom the
   * next "she" means. */
  { "/core/claims/speaker/she-after-opening-phrase",
    "President Barack Obama answered questions on Wednesday. During a town hall, Tina Houchins "
    "had a question for the president. “My son gave his life,” she said.",
    1, TRUE, -1, "said", "she", "Tina Houchins", "My son gave his life", TRUE, NULL },

  /* What a poll or records show is theirs; a person "showed up". */
  { "/core/claims/speaker/poll-shows",
    "A new Bloomberg poll shows that wealthy voters favor the senator.",
    1, FALSE, 0, "shows", "Bloomberg poll", "Bloomberg poll", "wealthy voters favor",
    FALSE, NULL },
  /* Found by hand check 18 (R653): results and statistics speak for
   * what they show (the speaker was left blank). */
  { "/core/claims/speaker/results-show",
    "In the trials, results showed the drug was as effective as the combination.",
    1, FALSE, 0, "showed", "results", "results", "the drug was as effective", FALSE, NULL },
  { "/core/claims/speaker/average-of-polls-shows",
    "The average of polls taken over the past two weeks shows the governor leading by three "
    "points.",
    1, FALSE, 0, "shows", NULL, NULL, "the governor leading", FALSE, NULL },
  { "/core/claims/not/showed-up",
    "Senator Ann Lee showed up late to the hearing, and the show went on without her.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },

  /* After a quotation, a clause the cue is followed by ("said as …",
   * "said after …") is the writer's: what was said is the quotation. */
  { "/core/claims/content/quotation-before-writers-clause",
    "\"They are trying to slap us in the face,\" Quina Jones, 25, said as she and hundreds of "
    "other demonstrators moved down the street.",
    1, FALSE, 0, "said", NULL, "Quina Jones", "slap us in the face", TRUE, NULL, "demonstrators" },
  { "/core/claims/content/quotation-before-after-clause",
    "\"Subpoenas are not optional,\" Chaffetz said after the witness failed to appear.",
    1, FALSE, 0, "said", NULL, "Chaffetz", "Subpoenas are not optional", TRUE, NULL, "witness" },

  /* A quotation split by its attribution is one claim of both parts. */
  { "/core/claims/content/split-quotation",
    "\"Now that I do not have to be politically correct anymore,\" he told the host, \"it was "
    "demoralizing to work for the president.\"",
    1, FALSE, 0, "told", "he", NULL, "demoralizing to work", TRUE, NULL },

  /* A noun for people before a name opening the sentence is no part of
   * the name a later "she" means; an office is. */
  { "/core/claims/speaker/she-without-noun-before-name",
    "Rival Hillary Clinton had mocked the complaint on Friday. She said the debate was fair.",
    1, FALSE, 0, "said", "She", "Hillary Clinton", "the debate was fair", FALSE, NULL },

  /* An apposition without an article, and one with a city and its
   * state, before a relative clause. */
  { "/core/claims/speaker/inverted-apposition-without-article",
    "\"Support for the treaty remains strong across the country,\" said Dora Blake, advisory "
    "board member for Citizens for Open Rivers.",
    1, FALSE, 0, "said", "Dora Blake, advisory board member for Citizens for Open Rivers",
    "Dora Blake", "Support for the treaty", TRUE, NULL },
  { "/core/claims/speaker/inverted-apposition-with-place",
    "\"Then it's hard to make anything positive out of that,\" said Ruth Alder, president of "
    "the Dayton, Ohio, branch of the Tenants Union, which introduced the motion.",
    1, FALSE, 0, "said", "Ruth Alder, president of the Dayton, Ohio, branch of the Tenants Union",
    "Ruth Alder", "anything positive", TRUE, NULL, "introduced" },

  /* The content ends where the attribution ends. */
  { "/core/claims/content/ends-at-quote",
    "While Zelensky expressed doubt, telling reporters he was “not confident this will lead to "
    "anything new,” he later adopted a more optimistic tone.",
    1, FALSE, 0, "telling", "Zelensky", "Zelensky", "not confident", TRUE, NULL,
    "optimistic tone" },
  { "/core/claims/content/ends-at-semicolon",
    "Ushakov confirmed this initiative “is not being prepared”; which raises questions about "
    "the latest American proposal.",
    1, FALSE, 0, "confirmed", "Ushakov", "Ushakov", "is not being prepared", TRUE, NULL,
    "raises questions" },
  { "/core/claims/content/not-where",
    "Speaking on the X platform, Zelensky reiterated that the signals remained negative.",
    1, FALSE, 0, "reiterated", "Zelensky", "Zelensky", "the signals remained negative", FALSE,
    NULL, "platform" },
  { "/core/claims/content/not-an-adverb",
    "Ryan spoke first. He added: “Obama is damaging Medicare for current seniors.”",
    1, FALSE, 0, "added", "He", NULL, "Obama is damaging Medicare", TRUE, NULL },

  /* Verbs of saying that were not cues: "retorted", "quipped", "joked";
   * a manner of speaking only next to a quotation. */
  { "/core/claims/cue/retorted",
    "Smith retorted that nobody had asked him.",
    1, FALSE, 0, "retorted", "Smith", "Smith", "nobody had asked him", FALSE, NULL },
  { "/core/claims/cue/quipped",
    "Obama campaign manager Jim Messina quipped that he was a happy warrior for the middle class.",
    1, FALSE, 0, "quipped", "Obama campaign manager Jim Messina", NULL, "he was a happy warrior",
    FALSE, NULL },
  { "/core/claims/cue/shouted-a-quotation",
    "“Did you shoot him?” Rakeyia Scott shouted.",
    1, FALSE, 0, "shouted", "Rakeyia Scott", "Rakeyia Scott", "Did you shoot him?", TRUE, NULL },
  { "/core/claims/cue/shouted-not-alone",
    "The crowd shouted at the police.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  /* Answering with a deed is no claim; with words it is. */
  { "/core/claims/cue/responded-with-a-deed",
    "Trump responded with attacks on Machado, including Friday's tweets.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/cue/countered-with-a-claim-that",
    "The White House countered with a claim that the economy was growing.",
    1, FALSE, 0, "countered", "The White House", NULL, "the economy was growing", FALSE, NULL },
  { "/core/claims/cue/scoffed",
    "“That is absurd,” she scoffed.",
    1, FALSE, 0, "scoffed", "she", NULL, "That is absurd", TRUE, NULL },
  { "/core/claims/cue/replied-with-a-word",
    "Asked if this was the final language, Rhodes replied with a single word: “Yup.”",
    1, FALSE, 0, "replied", "Rhodes", "Rhodes", "Yup.", FALSE, NULL },
  { "/core/claims/cue/responded-with-a-quotation",
    "We asked for feedback, and users responded with “how about 64 bit support?”",
    1, FALSE, 0, "responded", "users", NULL, "how about 64 bit support?", TRUE, NULL },
  { "/core/claims/content/no-clause-word",
    "Moscow clings to its conditions on the ground, while Kyiv insists on the restoration of "
    "all its territory.",
    2, FALSE, 0, "clings", "Moscow", "Moscow", "its conditions on the ground", FALSE, NULL,
    "while" },

  /* The writer's own comment is nobody's claim. */
  { "/core/claims/writer/participle-after-quote",
    "Agencies quoted Yuri Ushakov as saying: “No one has seriously addressed this initiative so "
    "far,” indicating the continued divergence of views between Moscow and Western capitals.",
    1, FALSE, 0, "quoted Yuri Ushakov as saying", "Yuri Ushakov", "Yuri Ushakov",
    "No one has seriously addressed",
    TRUE, NULL, "divergence" },

  /* Quotations over several sentences are the speaker's. */
  { "/core/claims/quote/goes-on",
    "“I want to see the certificate,” Trump said. “How come his own family does not know which "
    "hospital he was born in?”",
    2, FALSE, 1, "said", "Trump", "Trump", "his own family does not know", TRUE, NULL },
  { "/core/claims/quote/goes-on-after-colon",
    "Ryan spoke first. He added: “Obama is damaging Medicare for current seniors. It is "
    "irrefutable, and that is the debate we want to have.”",
    2, FALSE, 1, "added", "He", NULL, "It is irrefutable", TRUE, NULL },
  { "/core/claims/quote/goes-on-after-participle",
    "“What have you guys been doing, John?” Obama continued, calling out Speaker John Boehner. "
    "“You have been debating a commemorative coin for baseball.”",
    2, TRUE, -1, "continued", "Obama", "Obama", "commemorative coin", TRUE, NULL },
  /* An inverted attribution with where and when it was said between the
   * two parts of a quotation (it was dropped: its content was the
   * speaker's name and the second part). */
  { "/core/claims/quote/goes-on-after-place-and-time",
    "“This bill is a disaster,” said Senator Harry Reid on the Senate floor on Tuesday, “and we "
    "will fight it.”",
    1, FALSE, 0, "said", "Senator Harry Reid", "Senator Harry Reid", "we will fight it", TRUE,
    NULL },
  { "/core/claims/quote/opened-sentences-before",
    "\"What have you guys been debating, John? You have been debating a coin for baseball?\" "
    "Obama said.",
    1, FALSE, 0, "said", "Obama", "Obama", "What have you guys been debating", TRUE, NULL },
  { "/core/claims/quote/closed-by-continued",
    "\"Why can't he run his race and I'll run mine?\" Akin continued.",
    1, FALSE, 0, "continued", "Akin", "Akin", "run his race", TRUE, NULL },
  { "/core/claims/quote/speaker-then-participle",
    "“I take responsibility, and nobody is more committed to getting this right,” she said, "
    "reading a statement during a day of testimony before Senate and House committees.",
    1, FALSE, 0, "said", "she", NULL, "I take responsibility", TRUE, NULL, "reading" },

  /* Speech labelled with its speaker: a transcript, a signed quotation. */
  { "/core/claims/labelled/transcript",
    "The interview was broadcast on Sunday.\n\nChris Wallace: Let us start with the news on "
    "the debate.\n",
    1, FALSE, 0, ":", "Chris Wallace", "Chris Wallace", "Let us start with the news", FALSE,
    NULL },
  { "/core/claims/labelled/signed",
    "Letters came in after the debate.\n\n“I am so ashamed of this campaign and its candidate.” ― Jacklyn "
    "Ashley\n",
    1, FALSE, 0, "―", "Jacklyn Ashley", "Jacklyn Ashley", "I am so ashamed", TRUE, NULL },
  { "/core/claims/labelled/not-a-topic-heading",
    "The talks in Moscow went on.\n\nMoscow: Negative signals from the battlefronts\n\n"
    "The ministers met again on Monday.\n",
    0, FALSE, 0 },
  /* Found in web-dev (cnet, lifehacker, toc-missing and seven more): the
   * capitalised words of a list item or a promotion box before a colon
   * name no one; a given name or a title does, and so do words the
   * article writes as a name elsewhere (guard: "Hennessy"). */
  { "/core/claims/labelled/not-a-list-item",
    "How stores slow you down\n\nStores make you walk past what you need.\n\n"
    "Navigation Roadblocks: Stores force you to walk around the aisles.\n\n"
    "Need: You absolutely need this item every day.\n\n"
    "Tech Enabled: The site chronicles the role of technology in accessibility.\n",
    0, FALSE, 0 },
  { "/core/claims/labelled/given-name",
    "Sanders spoke in Ohio.\n\nBernie Sanders: Clinton needs to leave the personal attacks "
    "behind.\n\nDana Hennessy was there.\n\nHennessy: The crowd was smaller than in May.\n",
    2, FALSE, 0, ":", "Bernie Sanders", "Bernie Sanders", "Clinton needs to leave", FALSE, NULL },
  /* Found by the review: a name no list holds labels a transcript when the
   * article writes it as a name elsewhere and never in lower case. */
  { "/core/claims/labelled/name-written-elsewhere",
    "Talks\n\nChinese President Xi Jinping met Mr. Biden.\n\nXi Jinping: We want stable ties "
    "with the United States.\n\nXi Jinping: Both countries must respect each other.\n",
    2, FALSE, 0, ":", "Xi Jinping", "Xi Jinping", "We want stable ties", FALSE, NULL },
  { "/core/claims/labelled/not-a-dateline",
    "The talks went on.\n\nParis — The ministers met again on Monday.\n",
    0, FALSE, 0 },

  /* Found by hand check 18 (lwn-1): a change log or a blog is a source
   * ("according to the change log" had no speaker); "according to plan"
   * names none, and so makes no claim. */
  { "/core/claims/speaker/according-to-a-log",
    "The launch went according to plan. The goal is a stable version, according to the change "
    "log.",
    1, FALSE, 0, "according to", "the change log", "the change log", "The goal is a stable",
    FALSE, NULL },

  /* Found by hand check 18 (143): "it's believed" is "it is believed",
   * a passive whose "it" is no one (the speaker was "it"). */
  { "/core/claims/not/its-believed",
    "They searched the island where it's believed Earhart survived for a short while.",
    0, FALSE, 0 },

  /* Found by hand check 18 (lwn-1): what the writer does not know ends
   * what was said ("…—although it is not clear if that meant …" was
   * the magazine's), and a comment after a dash does too. */
  { "/core/claims/content/ends-before-writer-hedge",
    "Wired Italy reports that Martino resisted the plans to internationalize production—although "
    "it is not clear if that meant anything. The mayor said the road would open in May, though "
    "it's unclear whether the money exists.",
    2, FALSE, 0, "reports", "Wired Italy", NULL, "internationalize production", FALSE, NULL,
    "not clear" },
  { "/core/claims/content/ends-before-writer-hedge-after-comma",
    "The mayor said the road would open in May, though it's unclear whether the money exists.",
    1, FALSE, 0, "said", "The mayor", NULL, "the road would open in May", FALSE, NULL,
    "unclear" },
  { "/core/claims/content/ends-before-comment-after-dash",
    "Officials said the candidates haven't explained their plans for Medicare – a plan that "
    "voters see as vital.",
    1, TRUE, 0, "said", "Officials", NULL, "plans for Medicare", FALSE, NULL, "vital" },

  /* Found by hand check 18 (143) and on BASIL: what a restrictive
   * relative clause wants ends where the sentence's own verb comes ("…
   * that hoped to find wreckage from the plane is on its way back"); a
   * clause inside it keeps its verb (guard: "which seemed to say he was
   * impatient"). */
  { "/core/claims/content/ends-before-main-verb",
    "A $2.2 million expedition that hoped to find wreckage from the plane is on its way back. "
    "The plaintiffs who seek to represent the entire class did not have typical experiences.",
    2, FALSE, 0, "hoped", NULL, NULL, "to find wreckage from the plane", FALSE, NULL,
    "way back" },
  { "/core/claims/content/ends-before-main-verb-not-inside-clause",
    "He made a bow which seemed to say he was impatient for an opportunity.",
    1, FALSE, 0, "seemed", NULL, NULL, "he was impatient", FALSE, NULL },

  /* No one claims anything. */
  { "/core/claims/none/noun-cue",
    "The report of the committee was published on Monday.",
    0, FALSE, 0 },
  { "/core/claims/none/capitalised-noun",
    "Intense attacks continue along the front line.",
    0, FALSE, 0 },
  { "/core/claims/none/possessive-noun",
    "Her support for the reform has never wavered in four years.",
    0, FALSE, 0 },
  { "/core/claims/none/headline",
    "Ceasefire hopes fade as shelling resumes in the east",
    0, FALSE, 0 },
  { "/core/claims/none/participle-without-speaker",
    "The talks were due to begin saying nothing new.",
    0, FALSE, 0 },
  /* A title repeats what the body says in full; only the body counts. */
  { "/core/claims/none/title-with-cue",
    "Kremlin denies talks with Kyiv\n"
    "\n"
    "The Kremlin has denied that any talks with Kyiv are being prepared.\n",
    1, FALSE, 0, "denied", "The Kremlin", "The Kremlin", "any talks with Kyiv", FALSE, "russia" },

  /* A sentence opening with a participle's clause: its subject comes
   * after the comma ("Speaking" and "Trying" were speakers). */
  { "/core/claims/speaker/after-participle-opening",
    "Speaking on \"Morning Talk,\" Senator Ann Holt, R-Ore., would not go that far but said the "
    "budget must be cut.",
    1, FALSE, 0, "said", NULL, "Senator Ann Holt (Republican, Ore.)", "the budget must be cut", FALSE,
    NULL },
  { "/core/claims/speaker/after-long-participle-opening",
    "Speaking to reporters at a joint appearance with the visiting Polish president in Warsaw "
    "on Monday, Obama said the plan works and urged lawmakers to pass it quickly.",
    2, FALSE, 1, "urged", NULL, "Obama", "lawmakers to pass it", FALSE, NULL },
  { "/core/claims/speaker/statement-after-participle-opening",
    "Trying to calm the dispute, the mayor issued a statement saying that the park would stay "
    "open.",
    1, FALSE, 0, "saying", "the mayor", "the mayor", "the park would stay open", FALSE, NULL },

  /* A document is what its writer says: who issued, sent or drafted it
   * (not the main clause's subject, the letter's addressee or the
   * document itself). */
  { "/core/claims/speaker/document-writer",
    "The administration still wants the change after the Pentagon issued a report Tuesday "
    "claiming the change would not hurt anyone.",
    1, FALSE, 0, "claiming", "the Pentagon", "the Pentagon", "would not hurt anyone", FALSE,
    NULL },
  { "/core/claims/speaker/document-to-addressee",
    "The council sent a letter to the governor urging him to veto the bill.",
    1, FALSE, 0, "urging", "The council", "The council", "him to veto the bill", FALSE, NULL },
  { "/core/claims/speaker/document-of-its-own",
    "The club has drafted a resolution of its own condemning the league for its “reckless” "
    "decision.",
    1, FALSE, 0, "condemning", "The club", "The club", "reckless", FALSE, NULL },

  /* "Dalton aides" are people of Dalton's side, one speaker of their
   * own: not the senator. */
  { "/core/claims/speaker/aides-not-the-person",
    "Senator Mitch Dalton said the bill was dead. Dalton aides said the sanctions had worked.",
    2, FALSE, 1, "said", "Dalton aides", "Dalton aides", "the sanctions had worked", FALSE,
    NULL },
  { "/core/claims/speaker/officials-not-the-person",
    "President Barack Obama said the bill was dead. Obama administration officials said the "
    "sanctions had worked.",
    2, FALSE, 1, "said", "Obama administration officials", "Obama administration officials",
    "the sanctions had worked", FALSE, NULL },

  /* "The governor added:" ending a paragraph introduces the next one,
   * a block quotation with or without quotation marks: each of its
   * sentences is the governor's (they were no one's); a quotation of
   * several paragraphs opens each of them again with a straight mark. */
  { "/core/claims/speaker/block-after-colon",
    "Reyes on the town\n"
    "\n"
    "Gov. Ann Reyes spoke on the radio on Wednesday. The governor added:\n"
    "\n"
    "It is typical of them. They know nothing about the town.\n"
    "\n"
    "The comments came as the facts were gathered.\n",
    2, FALSE, 1, "added", "The governor", "Gov. Ann Reyes", "They know nothing about the town",
    TRUE, NULL },
  { "/core/claims/speaker/quotation-over-paragraphs-after-colon",
    "The mood in town\n"
    "\n"
    "The Herald reports:\n"
    "\n"
    "\"In a sign of the mood, the mayor left early.\n"
    "\n"
    "\"Without the money, the council is stuck with the plan.\"\n"
    "\n"
    "The mayor did not comment.\n",
    2, FALSE, 1, "reports", "The Herald", "The Herald", "the council is stuck with the plan",
    TRUE, NULL },

  /* Found by hand check 14: "Obama also said:" before a list gives him
   * each item, the lines of one block (a web page's list is one too),
   * without the item's mark and, without quotation marks, as no
   * quotation (it sums up); the paragraph after the list is not his. */
  { "/core/claims/speaker/list-after-colon",
    "Obama in Ohio\n"
    "\n"
    "President Barack Obama spoke in Ohio on Monday. Obama also said:\n"
    "\n"
    "- The economy is growing faster than expected.\n"
    "- Jobs are coming back to the state.\n"
    "\n"
    "The crowd cheered for a minute.\n",
    2, FALSE, 1, "said", NULL, "Obama", "Jobs are coming back", FALSE, NULL, "- " },

  /* After a quotation, a day or whom they told comes before the writer's
   * own clause ("said Friday as he entered the talks"): the content is
   * the quotation, not that clause. */
  { "/core/claims/content/quotation-before-day-and-clause",
    "“Europe must be able to defend itself,” President Anne Morel said Friday as she entered the "
    "talks.",
    1, FALSE, 0, "said", "President Anne Morel", "President Anne Morel",
    "Europe must be able to defend itself", TRUE, NULL, "entered the talks" },
  { "/core/claims/content/quotation-before-addressee-and-clause",
    "“We are in a critical situation,” Chancellor Karl Brandt told reporters after the meeting "
    "that was held on a boat.",
    1, FALSE, 0, "told", "Chancellor Karl Brandt", "Chancellor Karl Brandt",
    "We are in a critical situation", TRUE, NULL, "held on a boat" },

  /* "The group" is the body of people the sentence before named; not
   * when it named two. */
  { "/core/claims/speaker/the-group-named-before",
    "The nearby Riverside Tenants Union held a meeting on the plan. The group has drafted a "
    "resolution of its own condemning the council for its “reckless” decision.",
    1, TRUE, -1, "condemning", "The group", "Riverside Tenants Union", "reckless", FALSE, NULL },
  { "/core/claims/speaker/the-group-not-of-two",
    "The Riverside Tenants Union met the Harbor Builders Association on the plan. The group has "
    "drafted a resolution of its own condemning the council for its “reckless” decision.",
    1, TRUE, -1, "condemning", "The group", "The group", "reckless", FALSE, NULL },

  /* A noun in -ly is no adverb: "His family said" is the family's; "it"
   * after a verb is in what is said ("liked it"), not where it starts; a
   * party's letter is no speaker ("Roy Cooper (D)"). */
  { "/core/claims/speaker/family-not-adverb",
    "His family said the plan was good for the town.",
    1, FALSE, 0, "said", "His family", "His family", "the plan was good", FALSE, NULL },
  { "/core/claims/content/object-it-not-start",
    "The company said the workers liked it.",
    1, FALSE, 0, "said", "The company", "The company", "the workers liked it", FALSE, NULL },
  { "/core/claims/speaker/party-letter-not-speaker",
    "Attorney General Roy Cooper (D), the governor’s opponent in the election, called Friday for "
    "release of the video, saying that transparency “breaks down barriers.”",
    1, TRUE, -1, "saying", NULL, "Attorney General Roy Cooper", "breaks down barriers", TRUE,
    NULL },

  /* "found" (of "find") is a cue; "founded" (of "found") is none. */
  { "/core/claims/none/founded-is-not-found",
    "The company was founded in October 2007 from a spinoff of a mining firm.",
    0, FALSE, 0 },

  /* "The study" is whoever published it, named sentences before; not
   * whom a poll is "according to". */
  { "/core/claims/speaker/study-of-its-publisher",
    "Economists at the Harbor Institute published a study last week. The study found that rents "
    "rose faster than wages.",
    1, TRUE, -1, "found", "The study", "Economists at the Harbor Institute",
    "rents rose faster than wages", FALSE, NULL },
  { "/core/claims/speaker/poll-not-of-whom-it-is-according-to",
    "Most voters back the plan, according to a Harbor Institute poll released Friday. However, "
    "the poll showed that many think it comes too late.",
    2, TRUE, 1, "showed", "the poll", "Harbor Institute poll", "many think it comes too late",
    FALSE, NULL },

  /* A quantity before the subject ("Close to three dozen …") is no
   * speaker ("Close" was one). */
  { "/core/claims/speaker/after-quantity",
    "Close to three dozen House Democrats signed a letter from Representative Jo Baker, "
    "Democrat of Maine, calling the plan “deeply unfair.”",
    1, FALSE, 0, "calling", "three dozen House Democrats", "three dozen House Democrats",
    "deeply unfair", FALSE, NULL },

  /* Found by hand check 15 (saved web pages): the writer's own "I",
   * "we" and a generic "you" outside a quotation say nobody's claim, and
   * no claim is read inside their words ("what was said and done");
   * inside a quotation "I" stays the quoted speaker's (no claim is read
   * there: the row guards that the rule looks at who speaks, not at the
   * words said). */
  { "/core/claims/not/writers-own",
    "I'd argue that the fault is systemic. As we saw in 2009, banks can change their minds. You "
    "can expect to see them over the coming weeks. I want to give an overview of what was said "
    "and done.",
    0, FALSE, 0, NULL, NULL, NULL, NULL, FALSE, NULL },
  { "/core/claims/speaker/i-inside-quotation",
    "“I think the plan will pass,” Senator Ana Ortiz said. “We know what the voters want.”",
    2, FALSE, 1, "said", NULL, "Senator Ana Ortiz", "We know what the voters want", TRUE, NULL },
  { "/core/claims/content/ends-at-writers-words",
    "My mother mentioned the devil to me while driving, and I said that I did not believe in "
    "it.",
    1, FALSE, 0, "mentioned", "My mother", NULL, "the devil", FALSE, NULL, "believe" },
  /* Found in BASIL: a long relative clause is an apposition too; no
   * speaker after the cue past an opening quotation mark ("I" was). */
  { "/core/claims/speaker/long-relative-apposition",
    "Asked in the interview how genuine his ambition is, Trump, who would have to hand over the "
    "reins of his international empire in order to run the country, said, \"I always take "
    "things seriously.\"",
    1, FALSE, 0, "said", NULL, "Trump", "I always take things seriously", TRUE, NULL },
  { "/core/claims/speaker/not-after-opening-quotation",
    "Asked about it on a long night of talks in a cold city hall in the north of the country "
    "after the vote, said, \"I always take things seriously.\"",
    1, FALSE, 0, "said", "", "", "I always take things seriously", TRUE, NULL },
  /* Found in PolNeAR: the labels of a transcript's paragraphs are its
   * speakers though the article names them nowhere else; a label
   * alone ("UPDATE:") is none. */
  { "/core/claims/speaker/transcript-labels",
    "Transcript\n"
    "\n"
    "Fox News interviewed the governor on Sunday.\n"
    "\n"
    "\"WALLACE: Let's start with the debate story.\n"
    "\n"
    "\"PENCE: Well, look, this is serious business.\n"
    "\n"
    "\"WALLACE: Do you really see those two as equivalent?\n"
    "\n"
    "\"PENCE: The American people will see a strong contrast.\n",
    4, FALSE, 0, ":", "WALLACE", "WALLACE", "Let's start with the debate story", FALSE, NULL },
  { "/core/claims/none/update-label",
    "Storm report\n"
    "\n"
    "UPDATE: The storm reached the coast at noon.\n"
    "\n"
    "UPDATE: The storm weakened over the hills by evening.\n",
    0, FALSE, 0 },
};

static PlxArticle *
article_for (const char *text)
{
  return plx_article_new (text, NULL, "a.txt");
}

/* Checks what holds for every claim: spans inside the text, the content
 * span and the byte offsets agree, and the cue is the verb as written. */
static void
assert_claim_spans (const char     *text,
                    const PlxClaim *claim)
{
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree char *content = plx_test_span_dup (text, claim->content);
  g_autofree char *cue = plx_test_span_dup (text, claim->cue);
  g_autofree char *content_bytes = g_strndup (text + claim->content_byte_start,
                                              claim->content_byte_end - claim->content_byte_start);
  g_autofree char *verb = g_utf8_strdown (cue, -1);

  g_assert_cmpuint (claim->cue.start, <, claim->cue.end);
  g_assert_cmpuint (claim->cue.end, <=, n_chars);
  g_assert_cmpuint (claim->speaker.start, <=, claim->speaker.end);
  g_assert_cmpuint (claim->speaker.end, <=, n_chars);
  g_assert_cmpuint (claim->content.start, <, claim->content.end);
  g_assert_cmpuint (claim->content.end, <=, n_chars);
  g_assert_cmpstr (content, ==, content_bytes);
  g_assert_nonnull (claim->text);
  g_assert_nonnull (claim->speaker_name);
  if (!g_str_equal (claim->verb, "quoted as saying"))
    g_assert_cmpstr (claim->verb, ==, verb);
}

static void
test_case (gconstpointer data)
{
  const ClaimCase *row = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GArray) claims = NULL;
  const PlxClaim *claim;
  guint index;
  g_autofree char *cue = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *content = NULL;

  g_assert_no_error (error);
  article = article_for (row->text);
  claims = plx_find_claims (article, "en", parties, &error);
  g_assert_no_error (error);
  g_assert_nonnull (claims);
  plx_test_log_claims (row->text, claims);

  for (guint i = 0; i < claims->len; i++)
    assert_claim_spans (row->text, &g_array_index (claims, PlxClaim, i));

  if (row->or_more)
    g_assert_cmpuint (claims->len, >=, row->n_claims);
  else
    g_assert_cmpuint (claims->len, ==, row->n_claims);
  if (row->cue == NULL)
    return;

  g_assert_cmpint (ABS (row->index), <, claims->len + (row->index < 0));
  index = row->index < 0 ? claims->len + row->index : (guint) row->index;
  claim = &g_array_index (claims, PlxClaim, index);
  cue = plx_test_span_dup (row->text, claim->cue);
  speaker = plx_test_span_dup (row->text, claim->speaker);
  content = plx_test_span_dup (row->text, claim->content);

  g_assert_cmpstr (cue, ==, row->cue);
  if (row->speaker != NULL)
    g_assert_cmpstr (speaker, ==, row->speaker);
  if (row->speaker_name != NULL)
    g_assert_cmpstr (claim->speaker_name, ==, row->speaker_name);
  if (row->content != NULL)
    {
      if (strstr (content, row->content) == NULL)
        g_error ("content “%s” does not hold “%s”", content, row->content);
      g_assert_nonnull (strstr (claim->text, row->content));
    }
  if (row->not_content != NULL && strstr (content, row->not_content) != NULL)
    g_error ("content “%s” holds “%s”", content, row->not_content);
  if (row->quote)
    g_assert_nonnull (claim->quote);
  else
    g_assert_null (claim->quote);
  if (row->party != NULL)
    g_assert_cmpstr (claim->party, ==, row->party);
}

static const char acme_text[] = "Acme Corp chief executive Jane Doe said profits rose.";

/* "The new library, Mayor Ana Ortiz said, will open …": what is said is
 * the sentence around the attribution, its text without it. */
static void
test_parenthetical_text (void)
{
  const char *text = "The new library, Mayor Ana Ortiz said, will open its doors to every school "
                     "in the county.";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(PlxArticle) article = article_for (text);
  g_autoptr(GArray) claims = NULL;
  g_autofree char *content = NULL;
  const PlxClaim *claim;

  g_assert_no_error (error);
  claims = plx_find_claims (article, "en", parties, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 1);
  claim = &g_array_index (claims, PlxClaim, 0);
  content = plx_test_span_dup (text, claim->content);
  g_assert_true (g_str_has_prefix (content, "The new library"));
  g_assert_cmpstr (claim->text, ==, "The new library will open its doors to every school in the county");
}

/* A named speaker of no known party speaks for a party of their own, found
 * in the article, rather than joining the unnamed "other voices". */
static void
test_discovered_party (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(PlxArticle) article = article_for (acme_text);
  g_autoptr(GArray) claims = NULL;
  const PlxClaim *claim;
  const PlxParty *party;

  g_assert_no_error (error);
  claims = plx_find_claims (article, "en", parties, &error);
  g_assert_no_error (error);
  plx_test_log_claims (acme_text, claims);
  g_assert_cmpuint (claims->len, ==, 1);

  claim = &g_array_index (claims, PlxClaim, 0);
  g_assert_nonnull (strstr (claim->speaker_name, "Jane Doe"));
  g_assert_nonnull (claim->party);
  g_assert_cmpstr (claim->party, !=, "other");
  party = plx_parties_lookup (parties, claim->party);
  g_assert_nonnull (party);
  g_assert_true (party->discovered);
}

/* A megabyte of words without a full stop is one sentence with thousands
 * of claims in it. Each claim's words ran to the end of the sentence until
 * the next claim cut them, and each character offset was counted from the
 * sentence's start: 289 s and 12 GB of memory. Now each claim is found with
 * its words at their offsets, and none is longer than a few hundred
 * words. */
static void
test_megabyte_sentence (void)
{
  static const char *const words[] = { "the", "minister", "said", "talks", "failed", "and",
                                       "a", "week", "of", "news", "report", "officials" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GArray) claims = NULL;
  guint32 x = 1;

  while (text->len < 1 << 20)
    {
      x = x * 1103515245 + 12345;
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                              words[(x >> 16) % G_N_ELEMENTS (words)]);
    }
  g_string_append (text, ".\n");
  article = article_for (text->str);
  g_assert_cmpuint (plx_article_get_n_sentences (article), <, 10);

  claims = plx_find_claims (article, "en", parties, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, >, 1000);
  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
      g_autofree char *content = NULL;

      g_assert_cmpuint (strlen (claim->text), <=, 4000);
      /* The character offsets name the claim's own words (checked on a
       * sample: each check counts from the start of the text). */
      if (i % 50 != 0)
        continue;
      content = plx_test_span_dup (text->str, claim->content);
      g_assert_cmpstr (content, ==, claim->text);
    }
}

/* Found in web-dev (buzzfeed-1): a heading written as a sentence names
 * whom the "she said" under it means, not the last speaker before it. */
static void
test_heading_names_speaker (void)
{
  static const char page[] =
    "<html><body><article>"
    "<h1>Pills warning</h1>"
    "<p>“We are concerned over the sale of these pills,” said chief inspector Jennifer "
    "Mattinson of the West Mercia police.</p>"
    "<h2>Fiona Parry issued a plea for people to stay away from the pills.</h2>"
    "<p>“She never understood how dangerous the tablets were,” she said.</p>"
    "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, sizeof page - 1);
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GArray) claims = NULL;
  const PlxClaim *claim;

  g_assert_no_error (error);
  article = plx_article_new_from_bytes (bytes, "pills.html", &error);
  g_assert_no_error (error);
  claims = plx_find_claims (article, "en", parties, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 2);
  claim = &g_array_index (claims, PlxClaim, 1);
  g_assert_cmpstr (claim->text, ==, "“She never understood how dangerous the tablets were,”");
  g_assert_cmpstr (claim->speaker_name, ==, "Fiona Parry");
}

static char *
write_parties_file (const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("test-claims-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_assert_true (g_close (fd, NULL));
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

/* A user's parties file names the company: its chief executive speaks for
 * it. */
static void
test_parties_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autoptr(PlxArticle) article = article_for (acme_text);
  g_autoptr(GArray) claims = NULL;
  g_autofree char *path = write_parties_file (
    "{\"parties\": [{\"id\": \"acme\", \"name\": \"Acme Corporation\", \"aliases\": [\"Acme\"]}]}");
  const PlxParty *party;

  g_assert_no_error (error);
  g_assert_true (plx_parties_add_file (parties, path, &error));
  g_assert_no_error (error);
  g_unlink (path);

  party = plx_parties_lookup (parties, "acme");
  g_assert_nonnull (party);
  g_assert_cmpstr (party->name, ==, "Acme Corporation");
  g_assert_false (party->discovered);

  claims = plx_find_claims (article, "en", parties, &error);
  g_assert_no_error (error);
  plx_test_log_claims (acme_text, claims);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpstr (g_array_index (claims, PlxClaim, 0).party, ==, "acme");
}

/* A broken parties file is the user's mistake: an error that names the
 * file, never a crash or a warning. */
static void
test_parties_file_invalid (void)
{
  static const char *const contents[] = {
    "{\"parties\": [{\"id\": \"acme\", ",
    "[\"Acme\"]",
    "{\"parties\": {\"id\": \"acme\"}}",
    "{\"parties\": [{\"name\": \"Acme Corporation\"}]}",
    "{\"parties\": [{\"id\": \"acme\", \"aliases\": \"Acme\"}]}",
    /* Members of the wrong type once made json-glib complain on the terminal. */
    "{\"parties\": [{\"id\": \"acme\", \"aliases\": [\"Acme\", 4, {\"x\": 1}]}]}",
    "{\"parties\": [{\"id\": [\"acme\"], \"name\": \"Acme\"}]}",
    "{\"parties\": [{\"id\": \"acme\", \"name\": {\"en\": \"Acme\"}}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxParties) parties = plx_parties_new (&error);
      g_autofree char *path = write_parties_file (contents[i]);

      g_assert_no_error (error);
      g_assert_false (plx_parties_add_file (parties, path, &error));
      g_assert_error (error, PLX_ERROR, PLX_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, path));
      g_test_message ("%s", error->message);
      g_unlink (path);
    }
}

static void
test_parties_file_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);
  g_autofree char *dir = g_dir_make_tmp ("test-claims-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "parties.json", NULL);
  g_assert_false (plx_parties_add_file (parties, path, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
  g_rmdir (dir);
}

/* Hostile parties files (the user's saved parties file among them, read
 * at every start of the app) give an error naming the file: no stack
 * overflow, no blocking on a FIFO, no reading /dev/zero for ever. */
static gboolean
add_file (gpointer    target,
          const char *path,
          GError    **error)
{
  return plx_parties_add_file ((PlxParties *) target, path, error);
}

static void
test_parties_file_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxParties) parties = plx_parties_new (&error);

  g_assert_no_error (error);
  hostile_json_files_check (add_file, parties);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_case);
  g_test_add_func ("/core/claims/megabyte-sentence", test_megabyte_sentence);
  g_test_add_func ("/core/claims/content/parenthetical-text", test_parenthetical_text);
  g_test_add_func ("/core/claims/speaker/heading-names-speaker", test_heading_names_speaker);
  g_test_add_func ("/core/claims/parties/discovered", test_discovered_party);
  g_test_add_func ("/core/claims/parties/file", test_parties_file);
  g_test_add_func ("/core/claims/parties/file-invalid", test_parties_file_invalid);
  g_test_add_func ("/core/claims/parties/file-missing", test_parties_file_missing);
  g_test_add_func ("/core/claims/parties/file-hostile", test_parties_file_hostile);

  return g_test_run ();
}
