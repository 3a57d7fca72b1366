/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Spans of a claim: tokens to bytes and characters, a content with the
 * quotation marks around it, the words of a quotation, and quotations
 * that run over several sentences. */

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"

PlxSpan
plx_claims_to_chars (Sentence *s,
                     Bytes     bytes)
{
  PlxSpan span;

  /* Counting from the last position converted (forwards or back) rather
   * than from the sentence's start: claims come in order, and a sentence
   * of a megabyte with thousands of them was quadratic. */
  s->cursor_char += g_utf8_pointer_to_offset (s->text + s->cursor_byte,
                                              s->text + bytes.byte_start);
  s->cursor_byte = bytes.byte_start;
  span.start = s->cursor_char;
  span.end = span.start + plx_utf8_count (s->text + bytes.byte_start,
                                          bytes.byte_end - bytes.byte_start);

  return span;
}

Bytes
plx_claims_token_bytes (Sentence *s,
                        guint     start,
                        guint     end)
{
  Bytes bytes = { 0, 0 };

  if (start < end)
    {
      bytes.byte_start = s->t[start].byte_start;
      bytes.byte_end = s->t[end - 1].byte_end;
    }

  return bytes;
}

/* Extends a content span over the quotation marks around it and drops a
 * trailing comma or period. */
Bytes
plx_claims_content_bytes (Sentence *s,
                          guint     start,
                          guint     end)
{
  Bytes bytes = plx_claims_token_bytes (s, start, end);
  const char *p;
  const char *limit;

  if (start >= end)
    return bytes;

  plx_claims_gap (s, start, &limit, &p);
  /* "“[Eloise] just never understood …”": the writer's bracket inside
   * the quotation. */
  if (p > limit && *(p - 1) == '[' && p - 1 > limit &&
      plx_claims_is_quote_mark (g_utf8_get_char (g_utf8_prev_char (p - 1))))
    p--;
  while (p > limit)
    {
      const char *prev = g_utf8_prev_char (p);

      if (!plx_claims_is_quote_mark (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  bytes.byte_start = p - s->text;

  plx_claims_gap (s, end, &p, &limit);
  for (const char *q = p; q < limit; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (plx_claims_is_quote_mark (c))
        bytes.byte_end = g_utf8_next_char (q) - s->text;
      else if (c == '.' || c == '?' || c == '!' || c == 0x2026)
        {
          /* A quotation keeps its own full stop. */
          const char *n = g_utf8_next_char (q);

          if (n < limit && plx_claims_is_quote_mark (g_utf8_get_char (n)))
            bytes.byte_end = g_utf8_next_char (n) - s->text;
          break;
        }
      else if (c != ' ' && c != ',')
        break;
    }

  return bytes;
}

char *
plx_claims_span_text (Sentence *s,
                      Bytes     bytes)
{
  PlxSentence span = { 0 };

  span.byte_start = bytes.byte_start;
  span.byte_end = bytes.byte_end;

  return plx_sentence_dup_text (&span, s->text);
}

static guint
count_spaces (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ' ';

  return n;
}

/* Whether the quotation mark before @open is the first thing in @bytes. */
static gboolean
opens_content (const char *text,
               Bytes       bytes,
               const char *open)
{
  const char *p = text + bytes.byte_start;

  while (p < open && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return g_utf8_next_char (p) == open;
}

/* The words quoted in [@open, @close) of @text without the punctuation at
 * their end, or NULL when they are one or two words: a name or a scare
 * quote ("the “X” platform"), not someone's words. */
static char *
quoted_words (const char *text,
              const char *open,
              const char *close)
{
  PlxSentence span = { 0 };
  char *quote;

  span.byte_start = open - text;
  span.byte_end = close - text;
  quote = plx_sentence_dup_text (&span, text);
  g_strstrip (quote);
  while (quote[0] != '\0' && strchr (",.;:", quote[strlen (quote) - 1]) != NULL)
    quote[strlen (quote) - 1] = '\0';
  if (quote[0] != '\0' && count_spaces (quote) >= 2)
    return quote;
  g_free (quote);

  return NULL;
}

/* The words inside the first quotation of @bytes, or NULL. */
char *
plx_claims_find_quote (const char *text,
                       Bytes       bytes)
{
  const char *p = text + bytes.byte_start;
  const char *end = text + bytes.byte_end;
  const char *open = NULL;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (open == NULL && (c == 0x201C || c == '"' || c == 0x00AB || c == 0x201E))
        open = g_utf8_next_char (p);
      else if (open != NULL && (c == 0x201D || c == '"' || c == 0x00BB || c == 0x201C))
        {
          char *quote = quoted_words (text, open, p);

          if (quote != NULL)
            return quote;
          open = NULL;
        }
    }

  /* A quotation that opens the content and runs on into the next
   * sentence: "Boehner said, “We have 50 members in tough races. And …”". */
  if (open != NULL && opens_content (text, bytes, open))
    return quoted_words (text, open, end);

  return NULL;
}

/* Whether the straight quotation mark at @p opens a quotation rather
 * than closing one: it follows a space, a line break, a bracket or the
 * start of the text, and a word follows it. */
static gboolean
straight_opens (const char *text,
                const char *p)
{
  gunichar before = p > text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
  gunichar after = g_utf8_get_char (p + 1);

  return (g_unichar_isspace (before) || before == '(' || before == '[' || before == 0x2014) &&
         after != '\0' && !g_unichar_isspace (after);
}

/* The quotation state after the mark @c at @p: the opening mark of the
 * quotation still open, or NULL. Curly quotes open and close; a straight
 * quote opens after a space and closes after a word. A quotation left
 * open at a paragraph's end goes on when the next paragraph opens with a
 * quotation mark (the usual way to quote several paragraphs). */
static const char *
quote_step (const char *text,
            const char *p,
            gunichar    c,
            const char *open)
{
  if (c == 0x201C || c == 0x201E || c == 0x00AB)
    return p;
  /* A closing mark opening a paragraph, none open, is an opening one
   * set wrong: "” … what I learned from listening to …,” he said". */
  if (c == 0x201D && open == NULL && (p == text || p[-1] == '\n'))
    return p;
  if (c == 0x201D || c == 0x00BB)
    return NULL;
  if (c == '"')
    return straight_opens (text, p) ? p : (open != NULL ? NULL : open);

  return open;
}

/* Where a quotation still open at the end of @sentence began (it may have
 * begun in an earlier one, @open), or NULL when every quotation is closed. */
const char *
plx_claims_track_quote (const char        *text,
                        const PlxSentence *sentence,
                        const char        *open)
{
  const char *end = text + sentence->byte_end;

  const char *p = text + sentence->byte_start;

  while (p < end)
    if ((guchar) *p < 0x80)
      {
        /* ASCII, most of the text: only a straight quote matters. */
        if (*p == '"')
          open = quote_step (text, p, '"', open);
        p++;
      }
    else
      {
        open = quote_step (text, p, g_utf8_get_char (p), open);
        p = g_utf8_next_char (p);
      }

  return open;
}

/* Whether the byte @at of the sentence lies inside a quotation, counting
 * one left open by the sentences before. Reads on from where the last
 * question stopped: asked in order, a sentence is read once. */
gboolean
plx_claims_in_quotation (Sentence *s,
                         gsize     at)
{
  const char *end = s->text + at;
  const char *p;

  if (s->quote_byte < s->sentence->byte_start || s->quote_byte > at)
    {
      s->quote_byte = s->sentence->byte_start;
      s->quote_open = s->open_at_start ? s->text + s->sentence->byte_start : NULL;
    }

  p = s->text + s->quote_byte;
  while (p < end)
    if ((guchar) *p < 0x80)
      {
        if (*p == '"')
          s->quote_open = quote_step (s->text, p, '"', s->quote_open);
        p++;
      }
    else
      {
        s->quote_open = quote_step (s->text, p, g_utf8_get_char (p), s->quote_open);
        p = g_utf8_next_char (p);
      }
  s->quote_byte = p - s->text;

  return s->quote_open != NULL;
}

/* Moves the start of a claim whose content opens its sentence back to the
 * quotation mark that opened the quotation, sentences before. */
void
plx_claims_extend_to_quote (PlxClaim *claim,
                            Sentence *s,
                            gsize     quote_start)
{
  const char *content = s->text + claim->content_byte_start;
  const char *sentence = s->text + s->sentence->byte_start;
  Bytes bytes;
  glong back;

  if (quote_start >= claim->content_byte_start || content - sentence > 3)
    return;

  back = g_utf8_strlen (s->text + quote_start, claim->content_byte_start - quote_start);
  bytes.byte_start = quote_start;
  bytes.byte_end = claim->content_byte_end;
  claim->content_byte_start = quote_start;
  claim->byte_start = MIN (claim->byte_start, quote_start);
  claim->content.start -= back;
  g_free (claim->text);
  claim->text = plx_claims_span_text (s, bytes);
  g_free (claim->quote);
  claim->quote = plx_claims_find_quote (s->text, bytes);
}

/* Whether the text at byte @start opens a paragraph (or the text). */
gboolean
plx_claims_text_opens_paragraph (const char *text,
                                 gsize       start)
{
  const char *p = text + start;

  while (p > text && (p[-1] == ' ' || p[-1] == '\t'))
    p--;

  return p == text || p[-1] == '\n';
}

/* Where the words of @sentence that continue a quotation end: after the
 * mark that closes it, or at the sentence's end. 0 when the sentence does
 * not continue one: it must open with a quotation mark or lie inside a
 * quotation opened before (@open). */
static gsize
quote_end (const char        *text,
           const PlxSentence *sentence,
           gboolean           open)
{
  const char *p = text + sentence->byte_start;
  const char *end = text + sentence->byte_end;
  gboolean inside = open;

  while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  /* A mark opening the sentence opens a quotation, also when one was
   * open at the start of a paragraph: a quotation of several paragraphs
   * opens each of them again (in a paragraph it closes the one open:
   * 'is wrong. "Perry is referring to …'). */
  if (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == 0x201C || c == 0x201E || c == 0x00AB || c == '"') &&
          (!inside || plx_claims_text_opens_paragraph (text, sentence->byte_start)))
        {
          inside = TRUE;
          p = g_utf8_next_char (p);
        }
      else if (!inside)
        return 0;
    }

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x201D || c == 0x00BB || c == '"')
        return g_utf8_next_char (p) - text;
      if (c == 0x201C || c == 0x201E)
        return 0; /* a new quotation inside: not only the quoted words */
    }

  return inside ? sentence->byte_end : 0;
}

/* The same, but 0 for a stage direction: "(CROSSTALK.)" is no one's. */
static gsize
continued_quote_end (const char        *text,
                     const PlxSentence *sentence,
                     gboolean           open)
{
  gsize end = quote_end (text, sentence, open);

  return end > 0 && plx_claims_is_stage_direction (text, sentence->byte_start, end) ? 0 : end;
}

/* The claim that continues @source's quotation in sentence @index, with
 * the content bytes [start, end). */
PlxClaim
plx_claims_continued_claim (const char        *text,
                            const PlxSentence *sentence,
                            guint              index,
                            const PlxClaim    *source,
                            gsize              start,
                            gsize              end)
{
  PlxClaim claim = { 0 };
  PlxSentence span = { 0 };
  Bytes bytes = { start, end };

  claim.sentence = index;
  claim.cue = source->cue;
  claim.speaker = source->speaker;
  claim.content.start = sentence->start + g_utf8_pointer_to_offset (text + sentence->byte_start,
                                                                     text + start);
  claim.content.end = claim.content.start + g_utf8_strlen (text + start, end - start);
  claim.speaker_name = g_strdup (source->speaker_name);
  claim.verb = g_strdup (source->verb);
  claim.writer = source->writer;
  span.byte_start = start;
  span.byte_end = end;
  claim.text = plx_sentence_dup_text (&span, text);
  claim.quote = plx_claims_find_quote (text, bytes);
  if (claim.quote == NULL)
    {
      const char *from = claim.text;
      const char *to = claim.text + strlen (claim.text);

      while (*from != '\0' && (plx_claims_is_quote_mark (g_utf8_get_char (from)) ||
                                g_unichar_isspace (g_utf8_get_char (from))))
        from = g_utf8_next_char (from);
      while (to > from && (plx_claims_is_quote_mark (g_utf8_get_char (g_utf8_prev_char (to))) ||
                           strchr (" ,.", *g_utf8_prev_char (to)) != NULL))
        to = g_utf8_prev_char (to);
      claim.quote = g_strndup (from, to - from);
    }
  claim.byte_start = claim.content_byte_start = start;
  claim.byte_end = claim.content_byte_end = end;

  return claim;
}

/* Whether @claim quotes: its content holds a quotation or opens one,
 * at its start or after words of the writer's that it leaves open ("The
 * letter says Mr. Obama “should not back down. Nor should we.”"). */
static gboolean
is_quoted_claim (const char     *text,
                 const PlxClaim *claim)
{
  int curly = 0;
  guint straight = 0;

  if (claim->quote != NULL || plx_claims_is_quote_mark (g_utf8_get_char (text + claim->content_byte_start)))
    return TRUE;
  for (const char *p = text + claim->content_byte_start; p < text + claim->content_byte_end;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      curly += c == 0x201C ? 1 : c == 0x201D ? -1 : 0;
      straight += c == '"';
    }

  return curly > 0 || straight % 2 == 1;
}

/* Whether @sentence opens with a speaker's label in capitals, as a
 * transcript does ("“WALLACE: Governor, …"): another voice. */
static gboolean
opens_with_label (const char        *text,
                  const PlxSentence *sentence)
{
  const char *p = text + sentence->byte_start;
  const char *end = text + MIN (sentence->byte_end, sentence->byte_start + 40);
  gboolean letters = FALSE;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ':')
        return letters;
      if (g_unichar_islower (c) || g_unichar_isdigit (c))
        return FALSE;
      letters |= g_unichar_isupper (c);
    }

  return FALSE;
}

/* Quotations that go on after the sentence that attributes them are the
 * same speaker's: “…,” Arpaio said. “Governor Perry has …” — a sentence
 * with no claim of its own that opens with a quotation mark, or lies
 * inside a quotation still open, right after a quoted claim, or after any
 * claim of a speaker in the same paragraph ("Leung said the goal is … “We
 * are not trying …”"), is one more claim of that speaker. A quotation
 * that a later cue closes is that cue's (see plx_claims_extend_to_quote).
 * @opened tells for each sentence whether a quotation opened before goes
 * on in it. */
void
plx_claims_add_continuations (const char        *text,
                              const PlxSentence *sentences,
                              guint              n,
                              const gboolean    *opened,
                              GArray            *claims)
{
  g_autoptr(GArray) merged = NULL;
  guint next = 0; /* first claim of a sentence after the current one */
  guint copied = 0;

  for (guint i = 0; i < n; i++)
    {
      gboolean own = FALSE;
      gboolean covered = FALSE;
      const PlxClaim *source = NULL;
      gsize start = sentences[i].byte_start;
      gsize end;

      while (next < claims->len && g_array_index (claims, PlxClaim, next).sentence <= i)
        {
          own |= g_array_index (claims, PlxClaim, next).sentence == i;
          next++;
        }
      if (merged != NULL && merged->len > 0 && !own)
        {
          PlxClaim *last = &g_array_index (merged, PlxClaim, merged->len - 1);

          if (last->sentence + 1 == i)
            source = last;
        }
      if (source == NULL && next > 0 && !own)
        {
          /* The sentence's last quoted claim: "“…?” Obama continued,
           * calling out Speaker John Boehner. “You've been …”". */
          guint k = next - 1;

          source = &g_array_index (claims, PlxClaim, k);
          while (k > 0 && !is_quoted_claim (text, source) &&
                 g_array_index (claims, PlxClaim, k - 1).sentence == source->sentence)
            source = &g_array_index (claims, PlxClaim, --k);
        }
      /* "“…,” said Trump, according to TIME. “…”": the words go on in
       * the speaker's voice, not the source's. */
      if (source != NULL && next > 1 && source == &g_array_index (claims, PlxClaim, next - 1) &&
          g_str_has_prefix (source->verb, "according") &&
          g_array_index (claims, PlxClaim, next - 2).sentence == source->sentence)
        source = &g_array_index (claims, PlxClaim, next - 2);
      for (guint k = next; k < claims->len && k < next + 4; k++)
        covered |= g_array_index (claims, PlxClaim, k).content_byte_start <= start;

      if (source != NULL && source->sentence + 1 == i && !covered &&
          !opens_with_label (text, &sentences[i]) &&
          (is_quoted_claim (text, source) ||
           (source->speaker_name[0] != '\0' && !plx_claims_text_opens_paragraph (text, sentences[i].byte_start))) &&
          sentences[i].kind == PLX_SENTENCE_BODY &&
          (end = continued_quote_end (text, &sentences[i], opened[i])) > 0)
        {
          PlxClaim claim;

          while (start < end && g_ascii_isspace (text[start]))
            start++;
          claim = plx_claims_continued_claim (text, &sentences[i], i, source, start, end);
          /* The claims so far, then this one: in the order of the text. */
          if (merged == NULL)
            merged = g_array_sized_new (FALSE, FALSE, sizeof (PlxClaim), claims->len + 16);
          g_array_append_vals (merged, &g_array_index (claims, PlxClaim, copied), next - copied);
          copied = next;
          g_array_append_val (merged, claim);
        }
    }

  if (merged == NULL)
    return;

  /* The claims move into the merged order; none is freed. */
  g_array_append_vals (merged, &g_array_index (claims, PlxClaim, copied), claims->len - copied);
  g_array_set_clear_func (claims, NULL);
  g_array_set_size (claims, 0);
  g_array_append_vals (claims, merged->data, merged->len);
  g_array_set_clear_func (claims, (GDestroyNotify) plx_claim_clear);
}

/* Whether the bytes [start, end) of @text are only a stage direction of
 * a transcript: "(CROSSTALK.)", "“(Laughter)”" — no words of anyone's. */
gboolean
plx_claims_is_stage_direction (const char *text,
                               gsize       start,
                               gsize       end)
{
  const char *p = text + start;
  const char *q = text + end;
  guint spaces = 0;

  while (p < q && (g_unichar_isspace (g_utf8_get_char (p)) || plx_claims_is_quote_mark (g_utf8_get_char (p))))
    p = g_utf8_next_char (p);
  while (q > p)
    {
      gunichar c = g_utf8_get_char (g_utf8_prev_char (q));

      if (!g_unichar_isspace (c) && !plx_claims_is_quote_mark (c) && c != '.')
        break;
      q = g_utf8_prev_char (q);
    }
  if (q - p < 3 || *p != '(' || q[-1] != ')')
    return FALSE;
  for (const char *r = p + 1; r < q - 1; r++)
    if (*r == '(' || *r == ')')
      return FALSE;
    else if (*r == ' ' && ++spaces > 2)
      return FALSE;

  return TRUE;
}

/* Whether the sentence opens a paragraph (or the text). */
gboolean
plx_claims_opens_paragraph (Sentence *s)
{
  return plx_claims_text_opens_paragraph (s->text, s->sentence->byte_start);
}

static gboolean
is_dash (gunichar c)
{
  return c == 0x2013 || c == 0x2014 || c == 0x2015;
}

/* The dash of a signature in the gap before token @i: a closing
 * quotation mark, then a dash ("…low?” ― Jacklyn Ashley"). */
static Bytes
signature_dash (Sentence *s,
                guint     i)
{
  const char *p;
  const char *gap_end;
  Bytes cue = { 0, 0 };
  gboolean closed = FALSE;

  plx_claims_gap (s, i, &p, &gap_end);
  for (; p < gap_end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_dash (c) && cue.byte_end == 0 && closed)
        {
          cue.byte_start = p - s->text;
          cue.byte_end = g_utf8_next_char (p) - s->text;
        }
      else if (plx_claims_is_quote_mark (c) && cue.byte_end == 0)
        closed = TRUE;
      else if (c != ' ' && c != 0x00A0 && strchr (".,?!", c) == NULL && c != 0x2026)
        return (Bytes) { 0, 0 };
    }

  return cue;
}

/* A signature that opens the sentence ("― Jacklyn Ashley", the quotation
 * it signs ending the sentence before): its dash, and the quotation in
 * @content. */
static Bytes
signs_quotation_before (Sentence *s,
                        Bytes    *content)
{
  const char *start = s->text + s->sentence->byte_start;
  const char *p = start;
  const char *limit;
  const char *close;
  Bytes cue = { 0, 0 };

  while (*p == ' ' || g_utf8_get_char (p) == 0x00A0)
    p = g_utf8_next_char (p);
  if (!is_dash (g_utf8_get_char (p)))
    return cue;
  cue.byte_start = p - s->text;
  cue.byte_end = g_utf8_next_char (p) - s->text;

  /* Back over blanks to the closing mark, then to the one that opened. */
  p = start;
  while (p > s->text && strchr (" \t", p[-1]) != NULL)
    p--;
  while (p > s->text && g_utf8_get_char (g_utf8_prev_char (p)) == 0x00A0)
    p = g_utf8_prev_char (p);
  if (p == s->text || g_utf8_get_char (g_utf8_prev_char (p)) != 0x201D)
    return (Bytes) { 0, 0 };
  close = p;
  limit = close - MIN ((gsize) (close - s->text), (gsize) MAX_CONTENT_BYTES);
  for (p = g_utf8_prev_char (close); p > limit; p = g_utf8_prev_char (p))
    if (g_utf8_get_char (p) == 0x201C)
      {
        content->byte_start = p - s->text;
        content->byte_end = close - s->text;
        return cue;
      }

  return (Bytes) { 0, 0 };
}

/* Quotations signed at their end, one to a line: "“…How did we get this
 * low?” ― Jacklyn Ashley". */
static void
find_signed (Sentence *s)
{
  guint from = 0; /* where the next signed quotation begins */
  Bytes content = { 0, 0 };
  Bytes cue = signs_quotation_before (s, &content);

  if (cue.byte_end > 0)
    {
      while (from < s->n && from < 4 && plx_claims_is_name_token (s, from) &&
             (from == 0 || !plx_claims_gap_breaks (s, from)))
        from++;
      if (from >= 2 && (from == s->n || plx_claims_gap_has (s, from, '\n')))
        plx_claims_add (s, cue, 0, from, content);
      else
        from = 0;
    }

  for (guint end = 1; end <= s->n; end++)
    {
      guint start = end;
      Bytes cue;

      /* A signature ends the sentence or its line. */
      if (end < s->n && !plx_claims_gap_has (s, end, '\n'))
        continue;
      while (start > from && end - start < 4 && plx_claims_is_name_token (s, start - 1) &&
             (start == end || !plx_claims_gap_breaks (s, start)))
        start--;
      if (start == end || end - start < 2 || start < from + 3)
        continue;
      cue = signature_dash (s, start);
      if (cue.byte_end == 0)
        continue;

      plx_claims_add (s, cue, start, end, plx_claims_content_bytes (s, from, start));
      from = end;
    }
}

static gboolean find_label (Sentence *s);

/* Speech labelled with its speaker at the start of a paragraph, as in a
 * transcript or a list of voices: "WALLACE: Let's start with …",
 * "Jacklyn Ashley ― “I'm so ashamed …”". The label is a name of one to
 * four words; a single word must be written as a name elsewhere in the
 * article too ("UPDATE: 9 p.m." is no speaker), or label paragraphs of a
 * dialogue ("WALLACE: …" and "PENCE: …", each twice or more). */
void
plx_claims_find_labelled (Sentence *s)
{
  if (s->n < 4)
    return;
  if (!plx_claims_opens_paragraph (s) || !plx_claims_is_name_token (s, 0) || !find_label (s))
    find_signed (s);
}

/* Whether the sentence is the first of the article's body, where "New
 * Delhi/Mumbai: An Indian warship …" is a dateline, not a speaker (the
 * first sentence of all is the title: "Pence: Flowers Won't Be at
 * Debate" is Pence's). */
static gboolean
first_of_body (Sentence *s)
{
  const PlxSentence *first = s->sentence - s->index;

  for (guint k = 0; k < s->index; k++)
    if (first[k].kind == PLX_SENTENCE_BODY)
      return FALSE;

  return TRUE;
}

/* Whether the capitalised words [0, @end) before a colon name a person or
 * a body: one with a given name or a title, or a noun for people last
 * ("Bernie Sanders:", "White House Spokesman:"), a transcript's label
 * ("WALLACE:"), or words the article never writes in lower case whose
 * first it writes as a name elsewhere ("Hennessy:", "Xi Jinping:"). The
 * words of a list item or a promotion box are not ("Tech Enabled:",
 * "Z-Score Threshold:", "Need:"). */
static gboolean
label_names_someone (Sentence *s,
                     guint     end)
{
  if (end == 1 && plx_claims_written (s, 0, CASE_LABEL))
    return TRUE;
  if (plx_claims_is_people_noun (s, end - 1))
    return TRUE;
  for (guint k = 0; k < end; k++)
    if (plx_claims_is_given_name (s, plx_claims_norm (s, k)) || plx_claims_in_set (s->finder->titles, s, k))
      return TRUE;
  for (guint k = 0; k < end; k++)
    if (plx_claims_written (s, k, CASE_LOWER))
      return FALSE;

  return plx_claims_written (s, 0, CASE_PROPER | CASE_LABEL);
}

/* A label "NAME:" or "NAME ― “…”" opening the sentence; returns whether
 * it was one. */
static gboolean
find_label (Sentence *s)
{
  guint end = 0;
  const char *p;
  const char *gap_end;
  Bytes cue = { 0, 0 };
  gboolean quoted = FALSE;

  while (end < s->n && end < 5 && plx_claims_is_name_token (s, end) &&
         (end == 0 || !plx_claims_gap_breaks (s, end)))
    end++;
  if (end == 0 || end > 4 || end + 2 >= s->n ||
      (end == 1 && !plx_claims_written (s, 0, CASE_PROPER | CASE_LABEL)))
    return FALSE;

  plx_claims_gap (s, end, &p, &gap_end);
  for (; p < gap_end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (cue.byte_end == 0 && (c == ':' || is_dash (c)))
        {
          cue.byte_start = p - s->text;
          cue.byte_end = g_utf8_next_char (p) - s->text;
        }
      else if (plx_claims_is_quote_mark (c))
        quoted = TRUE;
      else if (c != ' ')
        return FALSE;
    }
  /* A dash labels a quotation only: "Paris — The talks …" is a dateline.
   * On a heading a colon names a topic ("Moscow: Negative signals from the
   * battlefronts") unless a quotation follows. */
  if (cue.byte_end == 0 || (s->text[cue.byte_start] != ':' && !quoted) ||
      (s->sentence->kind == PLX_SENTENCE_HEADING && !quoted) ||
      (s->index > 0 && first_of_body (s) && !quoted) || (!quoted && !label_names_someone (s, end)))
    return FALSE;

  return plx_claims_add (s, cue, 0, end, plx_claims_content_bytes (s, end, s->n));
}

