/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Markdown text extraction: a line-based reading of CommonMark that keeps
 * the words and drops the syntax, one block per line or paragraph, and
 * records the headings the markup names. It deliberately ignores what only
 * matters for layout: indented code blocks read as text (hard-wrapped
 * articles are indented for other reasons more often than they hold code), a
 * setext underline only makes a heading of a paragraph's first line (a rule
 * under a wrapped paragraph is far likelier than a three-line heading), and
 * an unclosed code fence is text rather than swallowing the rest of the
 * article. It does not split sentences; the segmenter does that. The spans
 * inside a line (emphasis, links, code) are read in
 * plx-document-markdown-inline.c. */

#include "config.h"

#include <string.h>

#include "plx-document-private.h"

typedef enum
{
  MD_LINE_BLANK,
  MD_LINE_TEXT,
  MD_LINE_OTHER,
} MdLineKind;

static gboolean
is_blank_line (const char *line)
{
  return *plx_text_skip_blanks (line) == '\0';
}

/* `***`, `---`, `___`, spaced or not. */
static gboolean
md_is_rule (const char *line)
{
  const char *p = plx_text_skip_blanks (line);
  char c = *p;
  guint n = 0;

  if (c != '-' && c != '*' && c != '_')
    return FALSE;

  for (; *p != '\0'; p++)
    {
      if (*p == c)
        n++;
      else if (*p != ' ' && *p != '\t')
        return FALSE;
    }

  return n >= 3;
}

/* 1 for a `===` underline, 2 for `---`, else 0. */
static guint
md_setext_level (const char *line)
{
  const char *p = plx_text_skip_blanks (line);
  const char *start = p;
  char c = *p;

  if (c != '=' && c != '-')
    return 0;
  while (*p == c)
    p++;
  if (p - start < 2 || *plx_text_skip_blanks (p) != '\0')
    return 0;

  return c == '=' ? 1 : 2;
}

/* Returns the level of an ATX heading and its text without the optional
 * closing hashes, or 0. */
static guint
md_atx_heading (const char *line,
                char      **content)
{
  const char *p = plx_text_skip_blanks (line);
  guint level = 0;
  char *text;
  gsize len;

  while (p[level] == '#')
    level++;
  if (level == 0 || level > 6 || (p[level] != ' ' && p[level] != '\t' && p[level] != '\0'))
    return 0;

  text = g_strstrip (g_strdup (p + level));
  len = strlen (text);
  while (len > 0 && text[len - 1] == '#')
    len--;
  if (len == 0 || text[len - 1] == ' ' || text[len - 1] == '\t')
    text[len] = '\0';
  g_strchomp (text);
  *content = text;

  return level;
}

/* Returns the fence character and sets @length for a code fence line. */
static char
md_fence (const char *line,
          guint      *length)
{
  const char *p = plx_text_skip_blanks (line);
  char c = *p;
  guint n = 0;

  if (c != '`' && c != '~')
    return 0;
  while (p[n] == c)
    n++;
  if (n < 3 || (c == '`' && strchr (p + n, '`') != NULL))
    return 0;
  *length = n;

  return c;
}

static gboolean
md_closes_fence (const char *line,
                 char        c,
                 guint       length)
{
  const char *p = plx_text_skip_blanks (line);
  guint n = 0;

  while (p[n] == c)
    n++;

  return n >= length && *plx_text_skip_blanks (p + n) == '\0';
}

/* g_strsplit() with one pass: it calls strstr() on the rest of the text
 * for each line, which AddressSanitizer's interceptor turns into a
 * quadratic scan, minutes for the fuzzers and tests on long files. */
static char **
md_split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *start = text;

  for (const char *p = text;; p++)
    if (*p == '\n' || *p == '\0')
      {
        g_ptr_array_add (lines, g_strndup (start, p - start));
        if (*p == '\0')
          break;
        start = p + 1;
      }
  g_ptr_array_add (lines, NULL);

  return (char **) g_ptr_array_free (lines, FALSE);
}

/* For each line, the longest fence of @c that a line from there on could
 * close (a line of @c alone): whether a fence opened on line i is closed
 * is then closers[i + 1] >= its length, where looking ahead from every
 * opener was quadratic in the lines. */
static void
md_closers (char **lines,
            char   c,
            guint **closers)
{
  guint n = g_strv_length (lines);

  *closers = g_new0 (guint, n + 2);
  for (guint i = n; i > 0; i--)
    {
      const char *p = plx_text_skip_blanks (lines[i - 1]);
      guint run = 0;

      while (p[run] == c)
        run++;
      if (*plx_text_skip_blanks (p + run) != '\0')
        run = 0;
      (*closers)[i - 1] = MAX (run, (*closers)[i]);
    }
}

/* Returns the text after a list marker, or %NULL. An ordered item other
 * than 1 does not interrupt a paragraph, so that a wrapped line starting
 * with "2024." stays text. */
static const char *
md_list_item (const char *line,
              gboolean    after_text)
{
  const char *p = plx_text_skip_blanks (line);
  guint digits = 0;

  if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
    {
      p = plx_text_skip_blanks (p + 1);
      /* A task list's check box. */
      if (p[0] == '[' && p[1] != '\0' && strchr (" xX", p[1]) != NULL && p[2] == ']' &&
          (p[3] == ' ' || p[3] == '\t'))
        p = plx_text_skip_blanks (p + 3);
      return p;
    }

  while (g_ascii_isdigit (p[digits]))
    digits++;
  if (digits == 0 || digits > 9 || (p[digits] != '.' && p[digits] != ')') ||
      (p[digits + 1] != ' ' && p[digits + 1] != '\t'))
    return NULL;
  if (after_text && !(digits == 1 && p[0] == '1'))
    return NULL;

  return plx_text_skip_blanks (p + digits + 1);
}

/* `[label]: destination`, or a footnote `[^label]: text` whose text is
 * returned in @footnote. */
static gboolean
md_link_definition (const char  *line,
                    const char **footnote)
{
  const char *p = plx_text_skip_blanks (line);
  const char *close;
  const char *q;

  *footnote = NULL;
  if (*p != '[' || (close = strstr (p, "]:")) == NULL || close == p + 1)
    return FALSE;
  for (q = p + 1; q < close; q++)
    if (*q == '[' || *q == ']')
      return FALSE;

  q = plx_text_skip_blanks (close + 2);
  if (p[1] == '^')
    {
      *footnote = q;
      return TRUE;
    }

  /* The destination is one word, optionally followed by a quoted title:
   * "[Update]: The minister resigned." is text. */
  if (*q == '\0')
    return FALSE;
  while (*q != '\0' && *q != ' ' && *q != '\t')
    q++;
  q = plx_text_skip_blanks (q);

  return *q == '\0' || *q == '"' || *q == '\'' || *q == '(';
}

/* Removes `<!-- … -->`, and the whole line when a comment is all there is
 * on it, so that an editor's note does not split a paragraph. */
static char *
md_strip_comments (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;
  const char *open;

  while ((open = strstr (p, "<!--")) != NULL)
    {
      const char *close = strstr (open + 4, "-->");
      const char *line_start = open;
      const char *after;

      if (close == NULL)
        break;
      after = close + 3;

      while (line_start > p && (line_start[-1] == ' ' || line_start[-1] == '\t'))
        line_start--;
      if ((line_start == text || line_start[-1] == '\n') &&
          (*plx_text_skip_blanks (after) == '\n' || *plx_text_skip_blanks (after) == '\0'))
        {
          g_string_append_len (out, p, line_start - p);
          p = plx_text_skip_blanks (after);
          if (*p == '\n')
            p++;
        }
      else
        {
          g_string_append_len (out, p, open - p);
          p = after;
        }
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

/* A YAML front matter block (Jekyll, Hugo) is metadata, not text; its
 * title is the article's when the body has no level-1 heading. Returns the
 * line after the block. */
static guint
md_front_matter (char **lines,
                 char **title)
{
  if (lines[0] == NULL || strcmp (g_strchomp (lines[0]), "---") != 0)
    return 0;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (strcmp (line, "---") == 0 || strcmp (line, "...") == 0)
        return i + 1;
      if (*title == NULL && g_str_has_prefix (line, "title:"))
        {
          g_autofree char *value = g_strstrip (g_strdup (line + strlen ("title:")));
          gsize len = strlen (value);

          if (len >= 2 && (value[0] == '"' || value[0] == '\'') && value[len - 1] == value[0])
            {
              value[len - 1] = '\0';
              memmove (value, value + 1, len - 1);
            }
          if (*value != '\0')
            *title = g_steal_pointer (&value);
        }
    }

  /* No closing line: it was not front matter after all. */
  g_clear_pointer (title, g_free);

  return 0;
}

/* The state of the line-by-line reading. */
typedef struct
{
  PlxTextBuilder b;
  char         **lines;
  guint         *closers_tick;  /* see md_closers() */
  guint         *closers_tilde;
  MdLineKind     previous;
  char           fence;         /* of the open code block, or 0 */
  guint          fence_length;
  char          *h1;            /* the first level-1 heading */
  char          *first_heading;
} MdReader;

static void
md_heading (MdReader   *r,
            const char *text,
            guint       level)
{
  g_autofree char *inline_text = plx_document_markdown_inline (text);
  g_autofree char *heading = NULL;

  plx_text_builder_begin_heading (&r->b);
  plx_text_builder_text (&r->b, inline_text, -1);
  heading = plx_text_builder_end_heading (&r->b);

  if (heading != NULL && level == 1 && r->h1 == NULL)
    r->h1 = g_strdup (heading);
  if (heading != NULL && r->first_heading == NULL)
    r->first_heading = g_steal_pointer (&heading);

  r->previous = MD_LINE_BLANK;
}

/* A code fence opening on line @i: whether it starts a code block, which
 * it does only when a later line closes it. */
static gboolean
md_read_fence (MdReader   *r,
               const char *line,
               guint       i)
{
  guint length = 0;
  char c = md_fence (line, &length);
  guint *closers = c == '`' ? r->closers_tick : r->closers_tilde;

  if (c == 0 || closers[i + 1] < length)
    return FALSE;

  /* Code is not article text. */
  r->fence = c;
  r->fence_length = length;
  plx_text_builder_break (&r->b, 2);
  r->previous = MD_LINE_BLANK;

  return TRUE;
}

/* An ATX heading, or a setext heading whose underline is the next line.
 * Returns the lines it takes, or 0. */
static guint
md_read_heading (MdReader   *r,
                 const char *line,
                 guint       i)
{
  g_autofree char *heading = NULL;
  guint level;

  if ((level = md_atx_heading (line, &heading)) > 0)
    {
      md_heading (r, heading, level);
      return 1;
    }

  if (r->previous == MD_LINE_BLANK && r->lines[i + 1] != NULL &&
      (level = md_setext_level (r->lines[i + 1])) > 0 && md_list_item (line, FALSE) == NULL &&
      !md_is_rule (line))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (line));

      md_heading (r, stripped, level);
      return 2;
    }

  return 0;
}

/* A line of text or a list item, which stays its own line. */
static void
md_read_text (MdReader   *r,
              const char *line)
{
  g_autofree char *text = NULL;
  const char *item;

  if ((item = md_list_item (line, r->previous == MD_LINE_TEXT)) != NULL)
    {
      plx_text_builder_break (&r->b, 1);
      line = item;
      r->previous = MD_LINE_OTHER;
    }
  else
    r->previous = MD_LINE_TEXT;

  text = plx_document_markdown_inline (line);
  plx_text_builder_text (&r->b, text, -1);
  plx_text_builder_break (&r->b, 1);
}

/* Reads line @i and returns how many lines it took. */
static guint
md_read_line (MdReader *r,
              guint     i)
{
  const char *line = r->lines[i];
  const char *footnote;
  guint taken;

  if (r->fence != 0)
    {
      if (md_closes_fence (line, r->fence, r->fence_length))
        r->fence = 0;
      return 1;
    }

  /* Quotes read as the text they quote. */
  line = plx_text_skip_blanks (line);
  while (*line == '>')
    line = plx_text_skip_blanks (line + 1);

  if (is_blank_line (line))
    {
      plx_text_builder_break (&r->b, 2);
      r->previous = MD_LINE_BLANK;
      return 1;
    }

  if (md_read_fence (r, line, i))
    return 1;

  if ((taken = md_read_heading (r, line, i)) > 0)
    return taken;

  if (md_is_rule (line) || (r->previous == MD_LINE_TEXT && md_setext_level (line) > 0))
    {
      plx_text_builder_break (&r->b, 2);
      r->previous = MD_LINE_BLANK;
      return 1;
    }

  if (md_link_definition (line, &footnote))
    {
      if (footnote != NULL && *footnote != '\0')
        {
          g_autofree char *text = plx_document_markdown_inline (footnote);

          plx_text_builder_text (&r->b, text, -1);
          plx_text_builder_break (&r->b, 1);
        }
      r->previous = MD_LINE_OTHER;
      return 1;
    }

  md_read_text (r, line);

  return 1;
}

gboolean
plx_document_extract_markdown (PlxDocument  *self,
                               const guint8 *data,
                               gsize         length,
                               const char   *name,
                               GError      **error)
{
  g_autofree char *decoded = plx_document_decode_text (data, length, name, error);
  g_autofree char *source = NULL;
  g_autofree char *front_title = NULL;
  MdReader r = { .previous = MD_LINE_BLANK };
  guint first;

  if (decoded == NULL)
    return FALSE;

  source = md_strip_comments (decoded);
  r.lines = md_split_lines (source);
  plx_text_builder_init (&r.b);
  first = md_front_matter (r.lines, &front_title);
  md_closers (r.lines, '`', &r.closers_tick);
  md_closers (r.lines, '~', &r.closers_tilde);

  for (guint i = first; r.lines[i] != NULL;)
    i += md_read_line (&r, i);

  plx_text_builder_finish (&r.b, self);

  if (r.h1 != NULL)
    self->title = g_steal_pointer (&r.h1);
  else if (front_title != NULL)
    self->title = g_steal_pointer (&front_title);
  else
    self->title = g_steal_pointer (&r.first_heading);

  g_strfreev (r.lines);
  g_free (r.closers_tick);
  g_free (r.closers_tilde);
  g_free (r.h1);
  g_free (r.first_heading);

  return TRUE;
}
