/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "plx-reflow.h"
#include "plx-segmenter.h"

/* One row: an article text, the sentences a reader expects (line breaks
 * folded to spaces) and, where the row is about them, their kinds as one
 * letter each: t(itle), h(eading), b(ody). */
typedef struct
{
  const char *path;
  const char *text;
  const char *sentences[8];
  const char *kinds;
} SegmentCase;

static const SegmentCase cases[] = {
  /* Hard wrapping: a line break without terminal punctuation continues the
   * sentence. */
  { "/core/segmenter/hard-wrap/lowercase-continuation",
    "In contrast, Ukrainian President Volodymyr Zelensky revealed\n"
    "that Washington had proposed holding the first direct negotiations in six months.\n",
    { "In contrast, Ukrainian President Volodymyr Zelensky revealed that Washington had "
      "proposed holding the first direct negotiations in six months." },
    "b" },
  { "/core/segmenter/hard-wrap/paragraph",
    "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that\n"
    "Moscow had not been approached by Washington about a meeting in\n"
    "Riyadh. He said the reports were \"not true\", and that no date had\n"
    "been discussed.\n",
    { "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow had not been "
      "approached by Washington about a meeting in Riyadh.",
      "He said the reports were \"not true\", and that no date had been discussed." },
    "bb" },
  { "/core/segmenter/hard-wrap/capitalised-continuation",
    "Russian officials said on Tuesday that they had held no talks with\n"
    "Ukrainian or American negotiators since the spring.\n",
    { "Russian officials said on Tuesday that they had held no talks with Ukrainian or "
      "American negotiators since the spring." },
    "b" },
  { "/core/segmenter/hard-wrap/after-sentence",
    "The ministry did not comment. A senior official, speaking on condition\n"
    "of anonymity, said the offer was still on the table.\n",
    { "The ministry did not comment.",
      "A senior official, speaking on condition of anonymity, said the offer was still on "
      "the table." },
    "bb" },
  { "/core/segmenter/hard-wrap/dash",
    "Moscow, Russia –\n"
    "The Kremlin has officially denied any preparations for talks.\n",
    { "Moscow, Russia – The Kremlin has officially denied any preparations for talks." },
    "b" },

  /* Datelines stand alone like headings but are body text; a headline
   * with a date in it stays a heading. */
  { "/core/segmenter/dateline/weekday-time-zone",
    "Kremlin denies talks with Kyiv\n"
    "Friday August 2, 2013 @ 8:13am PDT\n"
    "The Kremlin denied on Friday that talks had been planned.\n",
    { "Kremlin denies talks with Kyiv", "Friday August 2, 2013 @ 8:13am PDT",
      "The Kremlin denied on Friday that talks had been planned." },
    "tbb" },
  { "/core/segmenter/dateline/updated",
    "Kremlin denies talks with Kyiv\n"
    "Updated 3:45 p.m. ET, Mon March 4, 2013\n"
    "The Kremlin denied on Monday that talks had been planned.\n",
    { "Kremlin denies talks with Kyiv", "Updated 3:45 p.m. ET, Mon March 4, 2013",
      "The Kremlin denied on Monday that talks had been planned." },
    "tbb" },
  { "/core/segmenter/dateline/first-line",
    "Published on 04.03.2013 at 15:45 CET\n"
    "The Kremlin denied on Monday that talks had been planned. Kyiv said nothing.\n",
    { "Published on 04.03.2013 at 15:45 CET",
      "The Kremlin denied on Monday that talks had been planned.", "Kyiv said nothing." },
    "bbb" },
  { "/core/segmenter/dateline/german",
    "Kreml dementiert Gespräche\n"
    "Aktualisiert am Montag, 4. März 2013, 15:45 Uhr\n"
    "Der Kreml hat am Montag Gespräche dementiert.\n",
    { "Kreml dementiert Gespräche", "Aktualisiert am Montag, 4. März 2013, 15:45 Uhr",
      "Der Kreml hat am Montag Gespräche dementiert." },
    "tbb" },
  { "/core/segmenter/dateline/headline-with-date",
    "Kremlin denies talks with Kyiv\n"
    "\n"
    "Talks planned for March 4 in Istanbul\n"
    "The Kremlin denied on Monday that talks had been planned.\n",
    { "Kremlin denies talks with Kyiv", "Talks planned for March 4 in Istanbul",
      "The Kremlin denied on Monday that talks had been planned." },
    "thb" },

  /* Titles and headings. */
  { "/core/segmenter/title/question",
    "The Kremlin denies trilateral negotiations with Kyiv and Washington: What's the story?\n"
    "\n"
    "The Kremlin has officially denied any preparations for trilateral talks. Presidential "
    "aide Yuri Ushakov said no such meeting was planned.\n",
    { "The Kremlin denies trilateral negotiations with Kyiv and Washington: What's the story?",
      "The Kremlin has officially denied any preparations for trilateral talks.",
      "Presidential aide Yuri Ushakov said no such meeting was planned." },
    "tbb" },
  { "/core/segmenter/title/headline",
    "Kremlin denies talks with Kyiv\n"
    "\n"
    "The Kremlin has denied any preparations for talks.\n",
    { "Kremlin denies talks with Kyiv", "The Kremlin has denied any preparations for talks." },
    "tb" },
  /* A headline may end with an initialism's period. */
  { "/core/segmenter/title/initialism",
    "Gay Marriages Get Recognition From the I.R.S.\n"
    "\n"
    "Married same-sex couples will be recognised for federal tax purposes.\n",
    { "Gay Marriages Get Recognition From the I.R.S.",
      "Married same-sex couples will be recognised for federal tax purposes." },
    "tb" },
  /* Nor a one-line first paragraph that is no headline. */
  { "/core/segmenter/title/initialism-lead",
    "Officials said on Monday that the company would close two plants in the U.S.\n"
    "\n"
    "The plants employ 900 workers.\n",
    { "Officials said on Monday that the company would close two plants in the U.S.",
      "The plants employ 900 workers." },
    "bb" },
  /* A first sentence of a paragraph that ends so is no title. */
  { "/core/segmenter/title/initialism-in-paragraph",
    "The company moved its offices to the U.S.\n"
    "It hired two hundred people.\n",
    { "The company moved its offices to the U.S.", "It hired two hundred people." },
    "bb" },
  { "/core/segmenter/heading/between-paragraphs",
    "Ushakov said the reports were false.\n"
    "\n"
    "No talks planned\n"
    "\n"
    "The Kremlin spokesman repeated the denial on Wednesday.\n",
    { "Ushakov said the reports were false.", "No talks planned",
      "The Kremlin spokesman repeated the denial on Wednesday." },
    "bhb" },
  { "/core/segmenter/heading/inside-block",
    "The Kremlin denied the report.\n"
    "What happens next\n"
    "Negotiators are due to meet in Istanbul next week.\n",
    { "The Kremlin denied the report.", "What happens next",
      "Negotiators are due to meet in Istanbul next week." },
    "bhb" },
  { "/core/segmenter/heading/ends-in-verb",
    "Ushakov repeated the denial on Wednesday.\n"
    "\n"
    "What Peskov said\n"
    "The spokesman called the reports “pure speculation”.\n",
    { "Ushakov repeated the denial on Wednesday.", "What Peskov said",
      "The spokesman called the reports “pure speculation”." },
    "bhb" },
  { "/core/segmenter/heading/followed-by-blank",
    "The talks collapsed in 2022.\n"
    "\n"
    "Background\n"
    "\n"
    "Negotiators last met in Istanbul.\n",
    { "The talks collapsed in 2022.", "Background", "Negotiators last met in Istanbul." },
    "bhb" },

  /* Datelines stay with their sentence. */
  { "/core/segmenter/dateline/place",
    "Moscow, Russia – The Kremlin has officially denied any preparations for talks. Peskov "
    "said Washington had not proposed a meeting.",
    { "Moscow, Russia – The Kremlin has officially denied any preparations for talks.",
      "Peskov said Washington had not proposed a meeting." },
    "bb" },
  { "/core/segmenter/dateline/agency",
    "KYIV (Reuters) - Ukraine said on Monday it was ready for talks. Russia did not respond.",
    { "KYIV (Reuters) - Ukraine said on Monday it was ready for talks.",
      "Russia did not respond." },
    "bb" },

  /* Abbreviations and initials. */
  { "/core/segmenter/abbreviations/mr",
    "Mr. Peskov told reporters the report was false. He did not elaborate.",
    { "Mr. Peskov told reporters the report was false.", "He did not elaborate." } },
  { "/core/segmenter/abbreviations/dr",
    "Dr. Anna Petrova, a historian at Moscow State University, disagreed.",
    { "Dr. Anna Petrova, a historian at Moscow State University, disagreed." } },
  { "/core/segmenter/abbreviations/sen-us",
    "Sen. Lindsey Graham said the U.S. would not pay for it. The White House declined to "
    "comment.",
    { "Sen. Lindsey Graham said the U.S. would not pay for it.",
      "The White House declined to comment." } },
  { "/core/segmenter/abbreviations/reps",
    "Reps. Peter DeFazio of Oregon and Jim McDermott of Washington wrote a letter. Sens. Anna "
    "Keller and Tom Berg signed it.",
    { "Reps. Peter DeFazio of Oregon and Jim McDermott of Washington wrote a letter.",
      "Sens. Anna Keller and Tom Berg signed it." } },
  { "/core/segmenter/abbreviations/un",
    "The U.N. Security Council met on Friday at the request of France.",
    { "The U.N. Security Council met on Friday at the request of France." } },
  { "/core/segmenter/abbreviations/co",
    "Boeing Co. Chief Executive Kelly Ortberg said production would resume in March.",
    { "Boeing Co. Chief Executive Kelly Ortberg said production would resume in March." } },
  { "/core/segmenter/abbreviations/co-at-end",
    "The contract went to Rosneft Trading Co. The deal was signed in Geneva.",
    { "The contract went to Rosneft Trading Co.", "The deal was signed in Geneva." } },
  { "/core/segmenter/abbreviations/number",
    "Italy's No. 2 lender, Intesa Sanpaolo, reported a 9% rise in profit.",
    { "Italy's No. 2 lender, Intesa Sanpaolo, reported a 9% rise in profit." } },
  { "/core/segmenter/abbreviations/month",
    "The ceasefire took effect on Jan. 5 and was broken within hours.",
    { "The ceasefire took effect on Jan. 5 and was broken within hours." } },
  { "/core/segmenter/abbreviations/initials",
    "A letter by J. R. R. Tolkien sold at auction in London. The buyer was not named.",
    { "A letter by J. R. R. Tolkien sold at auction in London.", "The buyer was not named." } },
  { "/core/segmenter/abbreviations/am-lowercase",
    "The drone struck at 4 a.m. local time, the regional governor said.",
    { "The drone struck at 4 a.m. local time, the regional governor said." } },
  { "/core/segmenter/abbreviations/am-at-end",
    "The drone struck at 4 a.m. The governor said nobody was hurt.",
    { "The drone struck at 4 a.m.", "The governor said nobody was hurt." } },
  { "/core/segmenter/abbreviations/us-at-end",
    "The sanctions were first announced by the U.S. The European Union followed a day later.",
    { "The sanctions were first announced by the U.S.",
      "The European Union followed a day later." } },

  /* Numbers and ellipses. */
  { "/core/segmenter/decimals/rate",
    "The central bank raised its key rate to 9.25 percent. Inflation slowed to 7.4% in March.",
    { "The central bank raised its key rate to 9.25 percent.",
      "Inflation slowed to 7.4% in March." } },
  { "/core/segmenter/decimals/currency",
    "The company raised $1.2 billion in the offering, valuing it at €4.5 billion.",
    { "The company raised $1.2 billion in the offering, valuing it at €4.5 billion." } },
  { "/core/segmenter/ellipses/dots",
    "He paused... Then he said there was nothing more to add.",
    { "He paused...", "Then he said there was nothing more to add." } },
  { "/core/segmenter/ellipses/lowercase",
    "We will see… maybe next week, maybe never.",
    { "We will see… maybe next week, maybe never." } },
  { "/core/segmenter/ellipses/character",
    "The talks were going nowhere… Officials declined to comment.",
    { "The talks were going nowhere…", "Officials declined to comment." } },

  /* Quotations. */
  { "/core/segmenter/quotes/inner-punctuation",
    "“No one has addressed this, as far as I know,” he said. “There are no negotiations.”",
    { "“No one has addressed this, as far as I know,” he said.",
      "“There are no negotiations.”" } },
  { "/core/segmenter/quotes/closing-after-period",
    "Zelensky said he wanted “a just end to the war.” Talks are expected to resume next "
    "month.",
    { "Zelensky said he wanted “a just end to the war.”",
      "Talks are expected to resume next month." } },
  { "/core/segmenter/quotes/question-then-lowercase",
    "“Why?” she asked. Nobody answered.",
    { "“Why?” she asked.", "Nobody answered." } },
  { "/core/segmenter/quotes/straight-question",
    "\"Why?\" she asked. Nobody answered.",
    { "\"Why?\" she asked.", "Nobody answered." } },
  { "/core/segmenter/quotes/reporting-clause",
    "\"It's official: I'm hosting the Oscars!\" DeGeneres tweeted Friday. The ceremony is "
    "set for Feb. 24.",
    { "\"It's official: I'm hosting the Oscars!\" DeGeneres tweeted Friday.",
      "The ceremony is set for Feb. 24." } },
  { "/core/segmenter/quotes/new-quote",
    "“We are ready.” “We are not,” the other side replied.",
    { "“We are ready.”", "“We are not,” the other side replied." } },

  /* Other punctuation and line structure. */
  { "/core/segmenter/semicolons",
    "Moscow rejected the proposal; Kyiv said the plan still stands; Washington said nothing.",
    { "Moscow rejected the proposal; Kyiv said the plan still stands; Washington said "
      "nothing." } },
  { "/core/segmenter/one-per-line",
    "The Governing Council today decided to keep the three key ECB interest rates unchanged.\n"
    "Inflation is expected to average 2.1% in 2025.\n"
    "in particular, wage growth is moderating.\n"
    "The Governing Council is determined to ensure that inflation stabilises at its 2% "
    "target in the medium term.\n",
    { "The Governing Council today decided to keep the three key ECB interest rates "
      "unchanged.",
      "Inflation is expected to average 2.1% in 2025.",
      "in particular, wage growth is moderating.",
      "The Governing Council is determined to ensure that inflation stabilises at its 2% "
      "target in the medium term." },
    "bbbb" },
  { "/core/segmenter/colon",
    "The Kremlin answered within the hour. Yuri Ushakov told reporters on Tuesday:\n"
    "There are no negotiations and none are planned.\n",
    { "The Kremlin answered within the hour.", "Yuri Ushakov told reporters on Tuesday:",
      "There are no negotiations and none are planned." },
    "bbb" },

  /* Scripts without spaces after a sentence, and without case. */
  { "/core/segmenter/chinese/full-stops",
    "克里姆林宫否认三方会谈\n"
    "\n"
    "克里姆林宫周二否认正在筹备三方会谈。佩斯科夫说，目前没有任何安排！会谈会在利雅得举行吗？"
    "他没有回答。\n",
    { "克里姆林宫否认三方会谈", "克里姆林宫周二否认正在筹备三方会谈。",
      "佩斯科夫说，目前没有任何安排！", "会谈会在利雅得举行吗？", "他没有回答。" },
    "tbbbb" },
  { "/core/segmenter/chinese/closing-quote",
    "他说：“我们没有收到邀请。”乌沙科夫也表示，「目前没有计划。」会议已经推迟。",
    { "他说：“我们没有收到邀请。”", "乌沙科夫也表示，「目前没有计划。」", "会议已经推迟。" } },
  { "/core/segmenter/arabic/hard-wrap",
    "قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين يوم الثلاثاء إن موسكو لم تتلق أي اتصال من\n"
    "واشنطن بشأن عقد اجتماع في الرياض. وأضاف أن التقارير غير صحيحة.\n",
    { "قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين يوم الثلاثاء إن موسكو لم تتلق أي اتصال "
      "من واشنطن بشأن عقد اجتماع في الرياض.",
      "وأضاف أن التقارير غير صحيحة." },
    "bb" },
  { "/core/segmenter/chinese/full-width-decimal",
    "通胀率为３．５％。央行维持利率不变。",
    { "通胀率为３．５％。", "央行维持利率不变。" } },
  { "/core/segmenter/japanese/quotative",
    "ペスコフ報道官は「会談の予定はない。」と述べた。交渉は来月再開される見通しだ。"
    "本当に実現するのか？",
    { "ペスコフ報道官は「会談の予定はない。」と述べた。", "交渉は来月再開される見通しだ。",
      "本当に実現するのか？" } },
  { "/core/segmenter/japanese/half-width-stop",
    "会談は延期された｡詳細は明らかにされていない｡",
    { "会談は延期された｡", "詳細は明らかにされていない｡" } },
  { "/core/segmenter/arabic/question-and-period",
    "نفى الكرملين يوم الثلاثاء وجود أي مفاوضات ثلاثية. هل ستعقد القمة في الرياض؟ "
    "قال المتحدث باسم الكرملين، دميتري بيسكوف، إنه لا توجد خطط لذلك؛ وأضاف أن الموعد لم يحدد.",
    { "نفى الكرملين يوم الثلاثاء وجود أي مفاوضات ثلاثية.", "هل ستعقد القمة في الرياض؟",
      "قال المتحدث باسم الكرملين، دميتري بيسكوف، إنه لا توجد خطط لذلك؛ وأضاف أن الموعد لم "
      "يحدد." } },
  { "/core/segmenter/arabic/title",
    "الكرملين ينفي التحضير لمحادثات ثلاثية\n"
    "\n"
    "نفى الكرملين رسميا أي تحضيرات لمحادثات ثلاثية. وقال يوري أوشاكوف إنه لا يوجد اجتماع مقرر.\n",
    { "الكرملين ينفي التحضير لمحادثات ثلاثية", "نفى الكرملين رسميا أي تحضيرات لمحادثات ثلاثية.",
      "وقال يوري أوشاكوف إنه لا يوجد اجتماع مقرر." },
    "tbb" },
  { "/core/segmenter/arabic/abbreviation",
    "وقال د. محمد العلي إن الوضع مستقر. وأضاف أن المطار سيفتح غدا.",
    { "وقال د. محمد العلي إن الوضع مستقر.", "وأضاف أن المطار سيفتح غدا." } },
  { "/core/segmenter/urdu/full-stop",
    "کریملن نے مذاکرات کی تردید کی۔ ترجمان نے کہا کہ کوئی ملاقات طے نہیں ہے۔",
    { "کریملن نے مذاکرات کی تردید کی۔", "ترجمان نے کہا کہ کوئی ملاقات طے نہیں ہے۔" } },
  { "/core/segmenter/hindi/danda",
    "क्रेमलिन ने त्रिपक्षीय वार्ता से इनकार किया। प्रवक्ता ने कहा कि कोई बैठक तय नहीं है।",
    { "क्रेमलिन ने त्रिपक्षीय वार्ता से इनकार किया।",
      "प्रवक्ता ने कहा कि कोई बैठक तय नहीं है।" } },

  /* Nothing to read. */
  { "/core/segmenter/empty/nothing", "", { NULL } },
  { "/core/segmenter/empty/blanks", "   \n\n\t \n  \n", { NULL } },
  { "/core/segmenter/empty/unicode-blanks", "\xC2\xA0\n\xE2\x80\x83\n", { NULL } },
};

static char
kind_letter (PlxSentenceKind kind)
{
  return plx_sentence_kind_to_string (kind)[0];
}

/* Checks the spans themselves: character and byte offsets agree, and the
 * sentence has no blanks at its ends. */
static void
assert_span (const char        *text,
             const PlxSentence *sentence)
{
  g_autofree char *by_chars = g_utf8_substring (text, sentence->start, sentence->end);
  g_autofree char *by_bytes = g_strndup (text + sentence->byte_start,
                                         sentence->byte_end - sentence->byte_start);
  const char *last;

  g_assert_cmpuint (sentence->start, <, sentence->end);
  g_assert_cmpuint (sentence->byte_start, <, sentence->byte_end);
  g_assert_cmpstr (by_chars, ==, by_bytes);
  last = g_utf8_prev_char (by_bytes + strlen (by_bytes));
  g_assert_false (g_unichar_isspace (g_utf8_get_char (by_bytes)));
  g_assert_false (g_unichar_isspace (g_utf8_get_char (last)));
}

static void
test_case (gconstpointer data)
{
  const SegmentCase *row = data;
  g_autoptr(GArray) sentences = plx_segment (row->text, NULL, 0);
  guint expected = 0;

  while (expected < G_N_ELEMENTS (row->sentences) && row->sentences[expected] != NULL)
    expected++;

  for (guint i = 0; i < sentences->len; i++)
    {
      const PlxSentence *sentence = &g_array_index (sentences, PlxSentence, i);
      g_autofree char *got = plx_sentence_dup_text (sentence, row->text);

      g_test_message ("sentence %u (%s): %s", i, plx_sentence_kind_to_string (sentence->kind),
                      got);
      assert_span (row->text, sentence);
      if (i < expected)
        g_assert_cmpstr (got, ==, row->sentences[i]);
      if (i > 0)
        g_assert_cmpuint (sentence->byte_start, >=,
                          g_array_index (sentences, PlxSentence, i - 1).byte_end);
    }
  g_assert_cmpuint (sentences->len, ==, expected);

  if (row->kinds != NULL)
    {
      g_autofree char *kinds = g_new0 (char, sentences->len + 1);

      for (guint i = 0; i < sentences->len; i++)
        kinds[i] = kind_letter (g_array_index (sentences, PlxSentence, i).kind);
      g_assert_cmpstr (kinds, ==, row->kinds);
    }
}

/* Headings known from markup (HTML <h2>, Markdown "##") come as character
 * spans; they are headings even when they end in a period. */
static void
test_markup_headings (void)
{
  static const char text[] = "Kremlin denies talks\n"
                             "\n"
                             "The Kremlin has denied any preparations for talks with Kyiv.\n"
                             "\n"
                             "“No negotiations,” says Ushakov.\n"
                             "\n"
                             "Yuri Ushakov said there were no negotiations.\n";
  const char *heading = strstr (text, "“No");
  PlxSpan spans[2];
  g_autoptr(GArray) sentences = NULL;
  g_autofree char *got = NULL;

  spans[0].start = 0;
  spans[0].end = g_utf8_strlen ("Kremlin denies talks", -1);
  spans[1].start = g_utf8_pointer_to_offset (text, heading);
  spans[1].end = spans[1].start + g_utf8_strlen ("“No negotiations,” says Ushakov.", -1);

  sentences = plx_segment (text, spans, G_N_ELEMENTS (spans));
  g_assert_cmpuint (sentences->len, ==, 4);
  g_assert_cmpint (g_array_index (sentences, PlxSentence, 0).kind, ==, PLX_SENTENCE_TITLE);
  g_assert_cmpint (g_array_index (sentences, PlxSentence, 1).kind, ==, PLX_SENTENCE_BODY);
  g_assert_cmpint (g_array_index (sentences, PlxSentence, 2).kind, ==, PLX_SENTENCE_HEADING);
  g_assert_cmpint (g_array_index (sentences, PlxSentence, 3).kind, ==, PLX_SENTENCE_BODY);

  got = plx_sentence_dup_text (&g_array_index (sentences, PlxSentence, 2), text);
  g_assert_cmpstr (got, ==, "“No negotiations,” says Ushakov.");
  g_assert_cmpuint (g_array_index (sentences, PlxSentence, 2).start, ==, spans[1].start);
  g_assert_cmpuint (g_array_index (sentences, PlxSentence, 2).end, ==, spans[1].end);
}

/* Offsets are characters: the views highlight sentences by them, so a
 * multi-byte character before a sentence must not shift it. */
static void
test_offsets_non_ascii (void)
{
  static const char text[] =
    "Zelensky’s office said the talks – “if they happen” – would be held in Genève. "
    "Peskov’s reply came an hour later 🙄.\n"
    "\n"
    "Володимир Зеленський заявив, що переговорів немає. Кремль це заперечує.\n"
    "\n"
    "Die Gespräche in Genf sind laut Kreml „reine Spekulation“. Moskau schweigt.\n";
  static const char *const expected[] = {
    "Zelensky’s office said the talks – “if they happen” – would be held in Genève.",
    "Peskov’s reply came an hour later 🙄.",
    "Володимир Зеленський заявив, що переговорів немає.",
    "Кремль це заперечує.",
    "Die Gespräche in Genf sind laut Kreml „reine Spekulation“.",
    "Moskau schweigt.",
  };
  g_autoptr(GArray) sentences = plx_segment (text, NULL, 0);

  g_assert_cmpuint (sentences->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < sentences->len; i++)
    {
      const PlxSentence *sentence = &g_array_index (sentences, PlxSentence, i);
      g_autofree char *by_chars = g_utf8_substring (text, sentence->start, sentence->end);
      const char *found = strstr (text, expected[i]);

      g_assert_cmpstr (by_chars, ==, expected[i]);
      g_assert_nonnull (found);
      g_assert_cmpuint (sentence->byte_start, ==, found - text);
      g_assert_cmpuint (sentence->byte_end, ==, found - text + strlen (expected[i]));
      g_assert_cmpuint (sentence->start, ==, g_utf8_pointer_to_offset (text, found));
    }
}

/* A pasted file with no punctuation and no line breaks at all must not
 * freeze the window: one sentence, found in linear time. */
static void
test_long_line (void)
{
  static const char words[] = "negotiators from both sides met again in Istanbul without "
                              "any result and ";
  const gsize size = 1024 * 1024;
  g_autoptr(GString) text = g_string_sized_new (size + sizeof words);
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GArray) sentences = NULL;
  const PlxSentence *sentence;
  double elapsed;

  while (text->len < size)
    g_string_append (text, words);
  g_string_append (text, "no agreement");

  timer = g_timer_new ();
  sentences = plx_segment (text->str, NULL, 0);
  elapsed = g_timer_elapsed (timer, NULL);
  g_test_message ("segmented %zu bytes in %.3f s", text->len, elapsed);

  g_assert_cmpuint (sentences->len, ==, 1);
  sentence = &g_array_index (sentences, PlxSentence, 0);
  g_assert_cmpint (sentence->kind, ==, PLX_SENTENCE_BODY);
  g_assert_cmpuint (sentence->byte_start, ==, 0);
  g_assert_cmpuint (sentence->byte_end, ==, text->len);
  g_assert_cmpuint (sentence->end, ==, text->len);
  g_assert_cmpfloat (elapsed, <, 2.0);
}

/* Re-flow: "⏎" is a line break that only wraps a paragraph (shown as a
 * space), "⌁" one between two Chinese characters (shown as a zero-width
 * space), "\n" one that stays. */
typedef struct
{
  const char *path;
  const char *text;
} ReflowCase;

static const ReflowCase reflow_cases[] = {
  { "/core/reflow/wrapped-paragraphs",
    "Kremlin denies talks with Kyiv\n"
    "\n"
    "MOSCOW, Aug 2 (Reuters) - The Kremlin on Friday denied that it was⏎"
    "preparing talks with Ukraine and the United States. Spokesman Dmitry⏎"
    "Peskov said no date had been set and that the reports were \"not⏎"
    "true\". He added that Moscow remained open to contacts with Kyiv.⏎"
    "The foreign ministry in Kyiv said it had not been told of plans.\n"
    "\n"
    "Ukraine's president said he doubted that the talks would take place⏎"
    "at all, as far as he knew.\n" },
  /* A short line that ends a sentence ends its paragraph. */
  { "/core/reflow/short-line-ends-paragraph",
    "The Kremlin on Friday denied that it was preparing any talks with⏎"
    "Ukraine and the United States, and said that the reports were⏎"
    "false and had been spread on purpose to harm the negotiations that⏎"
    "are to take place in Istanbul next week, after months of pauses.⏎"
    "Spokesman Dmitry Peskov said no date had been set.\n"
    "He left.\n"
    "The ministry in Kyiv said it had not been told of any such plans.\n" },
  { "/core/reflow/list-stays",
    "The Kremlin set three conditions for any talks with Kyiv and the⏎"
    "United States, a spokesman for the presidential administration⏎"
    "told reporters in Moscow on Friday morning after the meeting:\n"
    "- a ceasefire along the whole front line\n"
    "- no foreign troops on Ukrainian soil\n"
    "1. talks in Istanbul\n"
    "> quoted from the statement\n" },
  { "/core/reflow/headings-and-datelines-stay",
    "Kremlin denies talks with Kyiv\n"
    "Friday August 2, 2013 @ 8:13am PDT\n"
    "The Kremlin on Friday denied that it was preparing any talks with⏎"
    "Ukraine and the United States, and said that the reports were⏎"
    "false and had been spread to harm the negotiations in Istanbul.\n"
    "\n"
    "What Peskov said\n"
    "Spokesman Dmitry Peskov said no date had been set for a meeting.\n" },
  /* One paragraph a line: the lines are far longer than anyone wraps. */
  { "/core/reflow/paragraph-per-line",
    "The Kremlin on Friday denied that it was preparing any talks with Ukraine and the "
    "United States, and said that the reports were false and had been spread to harm "
    "the negotiations in Istanbul, according to a spokesman in Moscow.\n"
    "Spokesman Dmitry Peskov said no date had been set for a meeting and that Moscow "
    "remained open to contacts with Kyiv, but not on the conditions it had been offered "
    "so far by the government in Kyiv or by Washington.\n"
    "The ministry in Kyiv said it had not been told of any such plans by anyone, and "
    "that it would not comment on reports it could not confirm from its own sources.\n" },
  { "/core/reflow/indented-paragraph",
    "The Kremlin on Friday denied that it was preparing any talks with⏎"
    "Ukraine and the United States, and said that the reports were⏎"
    "false and had been spread to harm the negotiations in Istanbul.\n"
    "    Spokesman Dmitry Peskov said no date had been set for a meeting.\n" },
  /* "⎘" is a "\r\n" break that wraps (a space and a zero-width space). */
  { "/core/reflow/crlf",
    "The Kremlin on Friday denied that it was preparing any talks with⎘"
    "Ukraine and the United States, and said that the reports were⎘"
    "false and had been spread to harm the negotiations in Istanbul.\r\n"
    "\r\n"
    "Spokesman Dmitry Peskov said no date had been set for a meeting.\r\n" },
  { "/core/reflow/chinese",
    "克里姆林宫周五否认正在筹备与乌克兰和美国举行三方会谈并表示有关报道不实且意在破坏谈判⌁"
    "发言人说尚未确定任何会谈日期。\n" },
};

static void
test_reflow (gconstpointer data)
{
  const ReflowCase *row = data;
  g_autoptr(GString) text = g_string_new (row->text);
  g_autoptr(GString) expected = g_string_new (row->text);
  g_autoptr(GArray) sentences = NULL;
  g_autofree char *shown = NULL;

  g_string_replace (text, "⏎", "\n", 0);
  g_string_replace (text, "⌁", "\n", 0);
  g_string_replace (text, "⎘", "\r\n", 0);
  g_string_replace (expected, "⏎", " ", 0);
  g_string_replace (expected, "⌁", "\xe2\x80\x8b", 0);
  g_string_replace (expected, "⎘", " \xe2\x80\x8b", 0);

  sentences = plx_segment (text->str, NULL, 0);
  shown = plx_reflow_text (text->str, (const PlxSentence *) sentences->data, sentences->len);
  g_assert_cmpstr (shown, ==, expected->str);
  /* As many characters: every offset stays valid. */
  g_assert_cmpint (g_utf8_strlen (shown, -1), ==, g_utf8_strlen (text->str, -1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_case);
  for (guint i = 0; i < G_N_ELEMENTS (reflow_cases); i++)
    g_test_add_data_func (reflow_cases[i].path, &reflow_cases[i], test_reflow);
  g_test_add_func ("/core/segmenter/heading/markup", test_markup_headings);
  g_test_add_func ("/core/segmenter/offsets/non-ascii", test_offsets_non_ascii);
  g_test_add_func ("/core/segmenter/long-line", test_long_line);

  return g_test_run ();
}
