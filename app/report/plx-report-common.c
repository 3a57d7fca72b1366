/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the readable reports (text, HTML, PDF) share: the linked sentences
 * with their differing words wrapped in markup. Markup is either HTML or
 * Pango's, which escape text the same way. The order of the parties table
 * (plx-claim-rows.c), the labels and the colours (plx-palette.c) are the
 * core's, shared with the window. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-report-common.h"

/* Escaped for HTML and Pango markup alike. Control characters, which
 * neither may name even as references, become U+FFFD. */
void
plx_report_append_escaped (GString    *out,
                           const char *text)
{
  g_autofree char *escaped = NULL;
  g_autoptr(GString) clean = NULL;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      {
        clean = g_string_new (NULL);
        break;
      }

  if (clean != NULL)
    {
      for (const char *p = text; *p != '\0'; p++)
        if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
          g_string_append (clean, "\xef\xbf\xbd");
        else
          g_string_append_c (clean, *p);
      text = clean->str;
    }

  escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

static gboolean
is_word_char (const char *p)
{
  return p != NULL && *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));
}

/* "&amp;" and "&#38;" would show as "&"; "AT&T" and "Q & A" stay. */
static gboolean
starts_entity (const char *p)
{
  const char *q = p + 1;

  if (*q == '#')
    q++;
  if (!g_ascii_isalnum (*q))
    return FALSE;
  while (g_ascii_isalnum (*q))
    q++;

  return *q == ';';
}

/* At the start of a line, "# ", "> ", "- ", "+ ", "=" and "1. " begin a
 * heading, a quote, a list or an underline: the marker gets a backslash
 * (for a number, the dot or parenthesis after it). Returns the first byte
 * not handled. */
static const char *
append_markdown_line_start (GString    *out,
                            const char *p)
{
  const char *digits;

  while (*p == ' ')
    g_string_append_c (out, *p++);
  if (*p != '\0' && strchr ("#>-+=", *p) != NULL)
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
      return p;
    }
  for (digits = p; g_ascii_isdigit (*p); p++)
    ;
  if (p > digits && (*p == '.' || *p == ')'))
    {
      g_string_append_len (out, digits, p - digits);
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
      return p;
    }

  return digits;
}

/**
 * plx_report_append_markdown:
 *
 * Appends @text so that Markdown (CommonMark with GitHub's tables and
 * strikethrough) shows it as it is. Only what Markdown would read as markup
 * gets a backslash: "kremlin-a.txt", "high-level", "(AP)" and "don_t_split"
 * stay as they are; "*", "`", "[", "<", "|", "~", an "_" at a word's edge,
 * a backslash before punctuation and a block marker at a line's start do
 * not. The start of @text counts as a line's start.
 */
void
plx_report_append_markdown (GString    *out,
                            const char *text)
{
  const char *previous = NULL;
  const char *p = text;

  g_return_if_fail (out != NULL && text != NULL);

  p = append_markdown_line_start (out, p);
  while (*p != '\0')
    {
      const char *next = g_utf8_next_char (p);
      gboolean escape = FALSE;

      switch (*p)
        {
        case '*': case '`': case '[': case '<': case '|': case '~':
          escape = TRUE;
          break;
        case '_':
          escape = !is_word_char (previous) || !is_word_char (next);
          break;
        case '\\':
          escape = *next == '\0' || g_ascii_ispunct (*next);
          break;
        case '&':
          escape = starts_entity (p);
          break;
        default:
          break;
        }
      if (escape)
        g_string_append_c (out, '\\');
      g_string_append_len (out, p, next - p);
      previous = p;
      p = next;
      if (previous[0] == '\n')
        p = append_markdown_line_start (out, p);
    }
}

/* Text between two bytes of an article, line breaks folded, escaped. */
void
plx_report_append_span (GString    *out,
                        const char *text,
                        gsize       start,
                        gsize       end)
{
  PlxSentence span = { 0 };
  g_autofree char *folded = NULL;

  if (end <= start)
    return;
  span.byte_start = start;
  span.byte_end = end;
  folded = plx_sentence_dup_text (&span, text);
  /* A line break that starts the span folds to a space too ("doubts" at
   * the end of a hard-wrapped line, "about" on the next). */
  if (text[start] == '\n' || text[start] == '\r' || text[start] == '\t')
    g_string_append_c (out, ' ');
  plx_report_append_escaped (out, folded);
}

/* The marked words of one side (loaded words), as byte ranges in order,
 * for the text between two bytes. */
typedef struct
{
  const PlxMark  *marks;
  guint           n_marks;
  guint           next;   /* the first mark not yet written */
  const PlxToken *tokens; /* all the article's tokens */
  gboolean        html;
} Marks;

/* The first mark at or after byte @position: marks are in text order. */
static guint
first_mark_from (const Marks *marks,
                 gsize        position)
{
  guint lo = 0;
  guint hi = marks->n_marks;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (marks->tokens[marks->marks[mid].token].byte_start < position)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Text between two bytes, escaped, its marked words underlined. */
static void
append_with_marks (GString    *out,
                   const char *text,
                   gsize       start,
                   gsize       end,
                   Marks      *marks)
{
  while (marks->next < marks->n_marks)
    {
      const PlxMark *mark = &marks->marks[marks->next];
      const PlxToken *token = &marks->tokens[mark->token];

      if (token->byte_start >= end)
        break;
      marks->next++;
      if (token->byte_start < start || token->byte_end > end)
        continue;
      plx_report_append_span (out, text, start, token->byte_start);
      if (marks->html)
        g_string_append_printf (out, "<u class=\"%s\">", plx_palette_mark ()->name);
      else
        g_string_append_printf (out, "<span underline=\"double\" underline_color=\"%s\">",
                                plx_palette_mark ()->light);
      plx_report_append_span (out, text, token->byte_start, token->byte_end);
      g_string_append (out, marks->html ? "</u>" : "</span>");
      start = token->byte_end;
    }
  plx_report_append_span (out, text, start, end);
}

/**
 * plx_report_append_marked:
 * @markup: HTML marks its highlights with a CSS class (`<mark
 *   class="tag-negation">`), Pango with the colour itself
 *
 * One side of a link, escaped, its differing words highlighted the way the
 * app shows them (light edits, such as punctuation, left plain) and its
 * loaded words underlined.
 */
void
plx_report_append_marked (GString       *out,
                          PlxComparison *comparison,
                          guint          index,
                          PlxSide        side,
                          PlxMarkup      markup)
{
  const PlxLink *link = plx_comparison_get_link (comparison, index);
  GArray *edits = plx_comparison_get_link_diff (comparison, index);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const char *text = plx_article_get_text (article);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  guint first = side == PLX_SIDE_A ? link->a_start : link->b_start;
  guint end = side == PLX_SIDE_A ? link->a_end : link->b_end;
  const PlxToken *tokens = plx_comparison_get_tokens (comparison, side, first, end, NULL);
  gboolean html = markup == PLX_MARKUP_HTML;
  gsize position = sentences[first].byte_start;
  Marks marks = { NULL, 0, 0, NULL, html };

  marks.marks = plx_comparison_get_marks (comparison, side, &marks.n_marks);
  marks.tokens = plx_comparison_get_tokens (comparison, side, 0,
                                            plx_article_get_n_sentences (article), NULL);
  marks.next = first_mark_from (&marks, position);

  for (guint k = 0; k < edits->len; k++)
    {
      const PlxDiffEdit *edit = &g_array_index (edits, PlxDiffEdit, k);
      guint from = side == PLX_SIDE_A ? edit->a_start : edit->b_start;
      guint to = side == PLX_SIDE_A ? edit->a_end : edit->b_end;
      const PlxSwatch *swatch;

      if (edit->op == PLX_DIFF_EQUAL || edit->light || from == to)
        continue;

      swatch = plx_palette_for_tags (edit->tags);
      if (swatch == NULL)
        swatch = plx_palette_changed ();
      append_with_marks (out, text, position, tokens[from].byte_start, &marks);
      if (html)
        {
          g_string_append_printf (out, "<mark class=\"%s\">", swatch->name);
        }
      else
        {
          g_autofree char *paper = plx_swatch_dup_paper (swatch);

          g_string_append_printf (out, "<span background=\"%s\">", paper);
        }
      append_with_marks (out, text, tokens[from].byte_start, tokens[to - 1].byte_end, &marks);
      g_string_append (out, html ? "</mark>" : "</span>");
      position = tokens[to - 1].byte_end;
    }
  append_with_marks (out, text, position, sentences[end - 1].byte_end, &marks);
}

/**
 * plx_report_claim_edited:
 *
 * Returns: (nullable): what every report adds to a claim a person added
 *   or corrected, or %NULL for a claim as the analysis found it
 */
const char *
plx_report_claim_edited (const PlxClaim *claim)
{
  /* Translators: after a claim in a report that the user added or corrected. */
  return claim->edited ? _("(corrected by hand)") : NULL;
}
