/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Corrections a person makes to the claims: a wrong claim taken away, its
 * speaker or party changed, a missed claim added. Each is an edit against
 * the analysis that names its claim by article and spans (cue and
 * content), so the same list applies again to the claims of a new run of
 * the same articles; an edit whose claim is gone applies to nothing. Every
 * claim an edit made or changed is marked (PlxClaim.edited), for the
 * reports to say so. */

#include "config.h"

#include <string.h>

#include "plx-claim-edits.h"

static const char *const kind_names[PLX_CLAIM_EDIT_N_KINDS] = {
  [PLX_CLAIM_EDIT_REMOVE] = "remove",
  [PLX_CLAIM_EDIT_SPEAKER] = "speaker",
  [PLX_CLAIM_EDIT_PARTY] = "party",
  [PLX_CLAIM_EDIT_ADD] = "add",
};

const char *
plx_claim_edit_kind_to_string (PlxClaimEditKind kind)
{
  g_return_val_if_fail (kind < PLX_CLAIM_EDIT_N_KINDS, NULL);

  return kind_names[kind];
}

/* Returns: the kind named @name, or -1 */
int
plx_claim_edit_kind_from_string (const char *name)
{
  for (guint k = 0; name != NULL && k < PLX_CLAIM_EDIT_N_KINDS; k++)
    if (g_str_equal (name, kind_names[k]))
      return k;

  return -1;
}

/**
 * plx_claim_edit_new:
 * @claim: (nullable): the claim the edit is about, whose spans it takes
 *
 * Returns: (transfer full): an edit of @kind, to be filled in
 */
PlxClaimEdit *
plx_claim_edit_new (PlxClaimEditKind kind,
                    guint            side,
                    const PlxClaim  *claim)
{
  PlxClaimEdit *edit = g_new0 (PlxClaimEdit, 1);

  edit->kind = kind;
  edit->side = side;
  if (claim != NULL)
    {
      edit->cue = claim->cue;
      edit->content = claim->content;
      edit->speaker = claim->speaker;
    }

  return edit;
}

PlxClaimEdit *
plx_claim_edit_copy (const PlxClaimEdit *edit)
{
  PlxClaimEdit *copy = g_memdup2 (edit, sizeof *edit);

  copy->speaker_name = g_strdup (edit->speaker_name);
  copy->verb = g_strdup (edit->verb);
  copy->party = g_strdup (edit->party);

  return copy;
}

static gboolean
span_equal (PlxSpan a,
            PlxSpan b)
{
  return a.start == b.start && a.end == b.end;
}

/**
 * plx_claim_edit_equal:
 *
 * Returns: whether @a and @b are the same correction of the same claim
 */
gboolean
plx_claim_edit_equal (const PlxClaimEdit *a,
                      const PlxClaimEdit *b)
{
  return a->kind == b->kind && a->side == b->side && span_equal (a->cue, b->cue) &&
         span_equal (a->content, b->content) && span_equal (a->speaker, b->speaker) &&
         g_strcmp0 (a->speaker_name, b->speaker_name) == 0 && g_strcmp0 (a->verb, b->verb) == 0 &&
         g_strcmp0 (a->party, b->party) == 0;
}

/**
 * plx_claim_edit_hash:
 *
 * Returns: a hash of @edit for a #GHashTable with plx_claim_edit_equal()
 */
guint
plx_claim_edit_hash (gconstpointer edit)
{
  const PlxClaimEdit *e = edit;

  return ((((e->kind * 31u + e->side) * 31u + e->cue.start) * 31u + e->cue.end) * 31u +
          e->content.start) * 31u + e->content.end;
}

void
plx_claim_edit_free (PlxClaimEdit *edit)
{
  if (edit == NULL)
    return;

  g_free (edit->speaker_name);
  g_free (edit->verb);
  g_free (edit->party);
  g_free (edit);
}

static gboolean
span_fits (PlxSpan span,
           guint   n_chars,
           gboolean may_be_empty)
{
  return span.start <= span.end && span.end <= n_chars &&
         (may_be_empty || span.start < span.end);
}

/**
 * plx_claim_edit_fits:
 *
 * Returns: whether @edit's spans lie in @article and say what they must
 *   (a content with words; for an added claim, a speaker or cue that is
 *   either in the text or typed)
 */
gboolean
plx_claim_edit_fits (const PlxClaimEdit *edit,
                     PlxArticle         *article)
{
  guint n = plx_article_get_n_chars (article);

  if (edit->side > 1 || edit->kind >= PLX_CLAIM_EDIT_N_KINDS ||
      !span_fits (edit->content, n, FALSE) || !span_fits (edit->cue, n, TRUE) ||
      !span_fits (edit->speaker, n, TRUE))
    return FALSE;

  switch (edit->kind)
    {
    case PLX_CLAIM_EDIT_SPEAKER:
      return edit->speaker_name != NULL && g_utf8_validate (edit->speaker_name, -1, NULL);
    case PLX_CLAIM_EDIT_PARTY:
      return edit->party != NULL && edit->party[0] != '\0';
    case PLX_CLAIM_EDIT_ADD:
      return (edit->speaker_name == NULL || g_utf8_validate (edit->speaker_name, -1, NULL)) &&
             (edit->verb == NULL || g_utf8_validate (edit->verb, -1, NULL));
    case PLX_CLAIM_EDIT_REMOVE:
    default:
      return TRUE;
    }
}

/**
 * plx_claims_find_by_spans:
 *
 * Returns: the index of the claim of @claims with this cue and content, or -1
 */
int
plx_claims_find_by_spans (GArray  *claims,
                          PlxSpan  cue,
                          PlxSpan  content)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);

      if (claim->cue.start == cue.start && claim->cue.end == cue.end &&
          claim->content.start == content.start && claim->content.end == content.end)
        return i;
    }

  return -1;
}

void
plx_claim_copy (PlxClaim       *dest,
                const PlxClaim *src)
{
  *dest = *src;
  dest->speaker_name = g_strdup (src->speaker_name);
  dest->verb = g_strdup (src->verb);
  dest->quote = g_strdup (src->quote);
  dest->text = g_strdup (src->text);
  dest->party = g_strdup (src->party);
  dest->affiliation = g_strdup (src->affiliation);
  dest->speaker_key = g_strdup (src->speaker_key);
}

/**
 * plx_claims_copy:
 *
 * Returns: (transfer full): a copy of the #PlxClaim array @claims
 */
GArray *
plx_claims_copy (GArray *claims)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (PlxClaim), claims->len);

  g_array_set_clear_func (copy, (GDestroyNotify) plx_claim_clear);
  g_array_set_size (copy, claims->len);
  for (guint i = 0; i < claims->len; i++)
    plx_claim_copy (&g_array_index (copy, PlxClaim, i), &g_array_index (claims, PlxClaim, i));

  return copy;
}

/* The byte of character @offset of the article text, counted from the
 * sentence that holds it (not from the start of a long article). */
static gsize
byte_of (PlxArticle *article,
         guint       offset)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  const char *text = plx_article_get_text (article);
  guint low = 0;
  guint high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (sentences[middle].start <= offset)
        low = middle + 1;
      else
        high = middle;
    }
  if (low == 0)
    return g_utf8_offset_to_pointer (text, offset) - text;

  return g_utf8_offset_to_pointer (text + sentences[low - 1].byte_start,
                                   offset - sentences[low - 1].start) - text;
}

/* The sentence that holds character @offset: the last that starts at or
 * before it. */
static guint
sentence_of (PlxArticle *article,
             guint       offset)
{
  guint n;
  const PlxSentence *sentences = plx_article_get_sentences (article, &n);
  guint low = 0;
  guint high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (sentences[middle].start <= offset)
        low = middle + 1;
      else
        high = middle;
    }

  return low > 0 ? low - 1 : 0;
}

/* The words of [@start, @end) of the article, line breaks folded into
 * spaces and the ends trimmed. */
static char *
dup_words (PlxArticle *article,
           PlxSpan     span)
{
  const char *text = plx_article_get_text (article);
  gsize from = byte_of (article, span.start);
  gsize to = byte_of (article, span.end);
  GString *words = g_string_sized_new (to - from);

  for (const char *p = text + from; p < text + to; p++)
    {
      gboolean space = *p == '\n' || *p == '\r' || *p == '\t' || *p == ' ';

      if (!space)
        g_string_append_c (words, *p);
      else if (words->len > 0 && words->str[words->len - 1] != ' ')
        g_string_append_c (words, ' ');
    }
  if (words->len > 0 && words->str[words->len - 1] == ' ')
    g_string_truncate (words, words->len - 1);

  return g_string_free (words, FALSE);
}

static gboolean
is_quote_mark (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019 || c == 0x201A;
}

/* The quotation @words hold, when they are one: “…”. */
static char *
dup_quote (const char *words)
{
  gsize length = strlen (words);
  const char *last;

  if (length < 2 || !is_quote_mark (g_utf8_get_char (words)))
    return NULL;
  last = g_utf8_find_prev_char (words, words + length);
  if (last == NULL || last == words || !is_quote_mark (g_utf8_get_char (last)))
    return NULL;

  /* “We will not back down,”: the comma closes the sentence around it. */
  while (last > g_utf8_next_char (words) && strchr (",.;: ", last[-1]) != NULL)
    last--;

  return g_strndup (g_utf8_next_char (words), last - g_utf8_next_char (words));
}

/* Who speaks, for telling speakers apart: the last word of the name,
 * folded; a person when some word of it is capitalised. */
static void
set_speaker (PlxClaim   *claim,
             const char *name)
{
  g_autofree char *bare = plx_claim_name_without_affiliation (name != NULL ? name : "");
  g_auto(GStrv) words = g_strsplit_set (bare, " \t\n", -1);
  const char *last = NULL;

  g_free (claim->speaker_name);
  claim->speaker_name = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_clear_pointer (&claim->affiliation, g_free);
  claim->person = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        last = words[i];
        claim->person |= g_unichar_isupper (g_utf8_get_char (words[i]));
      }
  g_free (claim->speaker_key);
  claim->speaker_key = last != NULL ? g_utf8_casefold (last, -1) : NULL;
}

/* The bytes of the whole claim: from its first span to its last. */
static void
set_bytes (PlxClaim   *claim,
           PlxArticle *article)
{
  PlxSpan spans[] = { claim->cue, claim->speaker, claim->content };
  guint start = claim->content.start;
  guint end = claim->content.end;

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    if (spans[i].start < spans[i].end)
      {
        start = MIN (start, spans[i].start);
        end = MAX (end, spans[i].end);
      }
  claim->byte_start = byte_of (article, start);
  claim->byte_end = byte_of (article, end);
  claim->content_byte_start = byte_of (article, claim->content.start);
  claim->content_byte_end = byte_of (article, claim->content.end);
}

/* The party @id names now: itself, or the party it was merged into. */
static const PlxParty *
resolve_party (PlxParties *parties,
               const char *id)
{
  const PlxParty *party;

  if (id == NULL)
    return NULL;
  if ((party = plx_parties_lookup (parties, id)) != NULL)
    return party;
  for (guint p = 0; p < plx_parties_get_n (parties); p++)
    {
      party = plx_parties_get (parties, p);
      for (guint m = 0; party->merged != NULL && m < party->merged->len; m++)
        if (g_str_equal (g_ptr_array_index (party->merged, m), id))
          return party;
    }

  return NULL;
}

/* The claim @edit adds, placed among @claims in text order. */
static gboolean
add_claim (const PlxClaimEdit *edit,
           PlxArticle         *article,
           GArray             *claims,
           PlxParties         *parties)
{
  PlxClaim claim = { 0 };
  const PlxParty *party = resolve_party (parties, edit->party);
  guint index;

  if (plx_claims_find_by_spans (claims, edit->cue, edit->content) >= 0)
    return FALSE;

  claim.cue = edit->cue;
  claim.speaker = edit->speaker;
  claim.content = edit->content;
  claim.sentence = sentence_of (article, edit->cue.start < edit->cue.end ? edit->cue.start
                                                                          : edit->content.start);
  if (edit->speaker_name != NULL && edit->speaker_name[0] != '\0')
    set_speaker (&claim, edit->speaker_name);
  else
    {
      g_autofree char *written = dup_words (article, edit->speaker);

      set_speaker (&claim, written);
    }
  if (edit->cue.start < edit->cue.end)
    {
      g_autofree char *written = dup_words (article, edit->cue);

      claim.verb = g_utf8_strdown (written, -1);
    }
  else
    claim.verb = g_strstrip (g_strdup (edit->verb != NULL ? edit->verb : ""));
  claim.text = dup_words (article, edit->content);
  claim.quote = dup_quote (claim.text);
  claim.party = g_strdup ((party != NULL ? party : plx_parties_ensure_other (parties))->id);
  claim.edited = TRUE;
  set_bytes (&claim, article);

  for (index = 0; index < claims->len; index++)
    {
      const PlxClaim *other = &g_array_index (claims, PlxClaim, index);

      if (other->sentence > claim.sentence ||
          (other->sentence == claim.sentence && other->byte_start > claim.byte_start))
        break;
    }
  g_array_insert_val (claims, index, claim);

  return TRUE;
}

/**
 * plx_claim_edit_apply:
 * @article: the article of @edit's side
 * @claims: that article's claims, changed in place
 * @parties: the comparison's parties
 *
 * Returns: whether @edit changed anything: %FALSE when its claim is not
 *   among @claims (or, for an added one, already is), or when it does not
 *   fit @article
 */
gboolean
plx_claim_edit_apply (const PlxClaimEdit *edit,
                      PlxArticle         *article,
                      GArray             *claims,
                      PlxParties         *parties)
{
  const PlxParty *party;
  PlxClaim *claim;
  int index;

  g_return_val_if_fail (edit != NULL && claims != NULL && parties != NULL, FALSE);

  if (!plx_claim_edit_fits (edit, article))
    return FALSE;
  if (edit->kind == PLX_CLAIM_EDIT_ADD)
    return add_claim (edit, article, claims, parties);

  index = plx_claims_find_by_spans (claims, edit->cue, edit->content);
  if (index < 0)
    return FALSE;
  claim = &g_array_index (claims, PlxClaim, index);

  switch (edit->kind)
    {
    case PLX_CLAIM_EDIT_REMOVE:
      g_array_remove_index (claims, index);
      return TRUE;

    case PLX_CLAIM_EDIT_SPEAKER:
      claim->speaker = edit->speaker;
      set_speaker (claim, edit->speaker_name);
      set_bytes (claim, article);
      break;

    case PLX_CLAIM_EDIT_PARTY:
    default:
      party = resolve_party (parties, edit->party);
      if (party == NULL)
        return FALSE;
      g_free (claim->party);
      claim->party = g_strdup (party->id);
      break;
    }
  claim->edited = TRUE;

  return TRUE;
}

/**
 * plx_claim_edits_apply:
 * @edits: (element-type PlxClaimEdit): the edits, oldest first
 * @side: the side whose edits apply (the others are skipped)
 *
 * Applies the edits of @side to @claims in order.
 *
 * Returns: how many changed something
 */
guint
plx_claim_edits_apply (GPtrArray  *edits,
                       guint       side,
                       PlxArticle *article,
                       GArray     *claims,
                       PlxParties *parties)
{
  guint applied = 0;

  for (guint k = 0; edits != NULL && k < edits->len; k++)
    {
      const PlxClaimEdit *edit = g_ptr_array_index (edits, k);

      if (edit->side == side)
        applied += plx_claim_edit_apply (edit, article, claims, parties);
    }

  return applied;
}
