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
 * article. It does not split sentences; the segmenter does that. */

#include "config.h"

#include <string.h>

#include "plx-document-private.h"

#define MD_MAX_NESTING 8

typedef enum
{
  MD_LINE_BLANK,
  MD_LINE_TEXT,
  MD_LINE_OTHER,
} MdLineKind;

typedef struct
{
  gsize offset; /* of the run in the output */
  guint length;
  guint available; /* delimiters not yet matched */
  char  c;
  guint can_open  : 1;
  guint can_close : 1;
} MdDelimiter;

typedef struct
{
  const char *line;
  GHashTable *matches; /* offset + 1 of '[' or '(' → offset of its closing bracket */
} MdLine;


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

/* Decodes the character references that Markdown written for the web tends
 * to contain. Returns the length consumed, or 0. */
static gsize
md_entity (const char *p,
           const char *end,
           GString    *out)
{
  static const struct
  {
    const char *name;
    gunichar    c;
  } named[] = {
    { "amp", '&' },        { "lt", '<' },         { "gt", '>' },         { "quot", '"' },
    { "apos", '\'' },      { "nbsp", 0x00A0 },    { "ndash", 0x2013 },   { "mdash", 0x2014 },
    { "lsquo", 0x2018 },   { "rsquo", 0x2019 },   { "ldquo", 0x201C },   { "rdquo", 0x201D },
    { "hellip", 0x2026 },  { "laquo", 0x00AB },   { "raquo", 0x00BB },   { "euro", 0x20AC },
  };
  const char *semicolon = NULL;
  gunichar c = 0;

  for (guint i = 1; i < 12 && p + i < end; i++)
    if (p[i] == ';')
      {
        semicolon = p + i;
        break;
      }
  if (semicolon == NULL)
    return 0;

  if (p[1] == '#')
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      const char *digits = p + (hex ? 3 : 2);
      char *end = NULL;
      guint64 value;

      if (digits == semicolon)
        return 0;
      value = g_ascii_strtoull (digits, &end, hex ? 16 : 10);
      if (end != semicolon || value == 0 || value > 0x10FFFF || !g_unichar_validate (value))
        return 0;
      c = value;
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (named); i++)
        if (strlen (named[i].name) == (gsize) (semicolon - p - 1) &&
            strncmp (p + 1, named[i].name, semicolon - p - 1) == 0)
          c = named[i].c;
      if (c == 0)
        return 0;
    }

  g_string_append_unichar (out, c);

  return semicolon - p + 1;
}

/* Pairs each '[' and '(' of the line with its closing bracket in one pass,
 * so that link lookups stay linear however unbalanced the line is. */
static GHashTable *
md_match_brackets (const char *line)
{
  GHashTable *matches = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) squares = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; line[i] != '\0'; i++)
    {
      GArray *stack = NULL;

      if (line[i] == '\\' && line[i + 1] != '\0')
        {
          i++;
          continue;
        }
      if (line[i] == '[' || line[i] == '(')
        {
          g_array_append_val (line[i] == '[' ? squares : rounds, i);
          continue;
        }
      if (line[i] == ']')
        stack = squares;
      else if (line[i] == ')')
        stack = rounds;
      if (stack == NULL || stack->len == 0)
        continue;

      g_hash_table_insert (matches,
                           GSIZE_TO_POINTER (g_array_index (stack, gsize, stack->len - 1) + 1),
                           GSIZE_TO_POINTER (i));
      g_array_set_size (stack, stack->len - 1);
    }

  return matches;
}

static const char *
md_match (MdLine     *line,
          const char *open)
{
  gpointer close;

  if (!g_hash_table_lookup_extended (line->matches, GSIZE_TO_POINTER (open - line->line + 1),
                                     NULL, &close))
    return NULL;

  return line->line + GPOINTER_TO_SIZE (close);
}

/* `[text](destination)`, `[text][label]` or `[text][]`: sets the text's
 * range and returns what follows the link, or %NULL. A bare `[text]` is
 * left alone: in news copy it is far more often an editor's insertion than a
 * shortcut reference. */
static const char *
md_link (MdLine      *line,
         const char  *open,
         const char  *end,
         const char **text_end)
{
  const char *close = md_match (line, open);
  const char *after;

  if (close == NULL || close + 1 >= end || (close[1] != '(' && close[1] != '['))
    return NULL;
  after = md_match (line, close + 1);
  if (after == NULL || after >= end)
    return NULL;
  *text_end = close;

  return after + 1;
}

static gboolean
md_is_autolink (const char *p,
                const char *close)
{
  const char *q = p;

  while (q < close && (g_ascii_isalnum (*q) || *q == '+' || *q == '.' || *q == '-'))
    q++;
  if (q < close && *q == ':' && q - p >= 2 && g_ascii_isalpha (*p))
    return TRUE;

  return memchr (p, '@', close - p) != NULL && memchr (p, ' ', close - p) == NULL;
}

static gunichar
md_char_before (const char *start,
                const char *p)
{
  return p == start ? ' ' : g_utf8_get_char (g_utf8_prev_char (p));
}

static gunichar
md_char_at (const char *p,
            const char *end)
{
  return p >= end ? ' ' : g_utf8_get_char (p);
}

/* Matches emphasis delimiters as CommonMark does (without its "rule of 3")
 * and writes @raw without the matched ones. Openers are kept on a stack and
 * a failed search remembers how far down it looked, so the pass is
 * linear. */
static void
md_resolve_emphasis (const GString *raw,
                     GArray        *delimiters,
                     GString       *out)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  guint bottom[3] = { 0, 0, 0 };
  gsize copied = 0;

  for (guint i = 0; i < delimiters->len; i++)
    {
      MdDelimiter *closer = &g_array_index (delimiters, MdDelimiter, i);
      guint kind = closer->c == '*' ? 0 : closer->c == '_' ? 1 : 2;

      while (closer->can_close && closer->available > 0)
        {
          MdDelimiter *opener = NULL;
          guint found = 0;
          guint n;

          for (guint s = stack->len; s > bottom[kind]; s--)
            {
              MdDelimiter *d = &g_array_index (delimiters, MdDelimiter,
                                               g_array_index (stack, guint, s - 1));
              if (d->c == closer->c)
                {
                  opener = d;
                  found = s - 1;
                  break;
                }
            }
          if (opener == NULL)
            {
              bottom[kind] = stack->len;
              break;
            }

          n = opener->available >= 2 && closer->available >= 2 ? 2 : 1;
          opener->available -= n;
          closer->available -= n;
          /* Openers between the pair can no longer match anything. */
          g_array_set_size (stack, opener->available > 0 ? found + 1 : found);
          for (guint k = 0; k < G_N_ELEMENTS (bottom); k++)
            bottom[k] = MIN (bottom[k], stack->len);
        }

      if (closer->can_open && closer->available > 0)
        g_array_append_val (stack, i);
    }

  for (guint i = 0; i < delimiters->len; i++)
    {
      const MdDelimiter *d = &g_array_index (delimiters, MdDelimiter, i);
      guint removed = d->length - d->available;

      g_string_append_len (out, raw->str + copied, d->offset - copied);
      for (guint k = removed; k < d->length; k++)
        g_string_append_c (out, d->c);
      copied = d->offset + d->length;
    }
  g_string_append_len (out, raw->str + copied, raw->len - copied);
}

static void
md_inline (MdLine     *line,
           const char *start,
           const char *end,
           guint       nesting,
           GString    *out)
{
  g_autoptr(GString) raw = g_string_sized_new (end - start);
  g_autoptr(GArray) delimiters = g_array_new (FALSE, FALSE, sizeof (MdDelimiter));
  /* Code span lengths known to have no closer further on. */
  gboolean no_closer[16] = { FALSE };
  const char *p = start;

  while (p < end)
    {
      const char *text_end;
      const char *after;
      gsize n;

      if (*p == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (raw, p[1]);
          p += 2;
        }
      else if (*p == '\\' && p + 1 == end)
        {
          /* A hard line break. */
          p++;
        }
      else if (*p == '`')
        {
          const char *close = NULL;

          for (n = 0; p + n < end && p[n] == '`';)
            n++;
          if (n >= G_N_ELEMENTS (no_closer) || !no_closer[n])
            {
              for (const char *q = p + n; q < end;)
                {
                  gsize m = 0;

                  if (*q != '`')
                    {
                      q++;
                      continue;
                    }
                  while (q + m < end && q[m] == '`')
                    m++;
                  if (m == n)
                    {
                      close = q;
                      break;
                    }
                  q += m;
                }
              if (close == NULL && n < G_N_ELEMENTS (no_closer))
                no_closer[n] = TRUE;
            }

          if (close == NULL)
            g_string_append_len (raw, p, n);
          else
            {
              const char *code = p + n;
              const char *code_end = close;

              if (code_end - code >= 2 && *code == ' ' && code_end[-1] == ' ')
                {
                  code++;
                  code_end--;
                }
              g_string_append_len (raw, code, code_end - code);
              n = close + n - p;
            }
          p += n;
        }
      else if (*p == '!' && p + 1 < end && p[1] == '[' &&
               (after = md_link (line, p + 1, end, &text_end)) != NULL)
        {
          /* Images say nothing the article's text does not. */
          p = after;
        }
      else if (*p == '[' && (after = md_link (line, p, end, &text_end)) != NULL)
        {
          if (nesting < MD_MAX_NESTING)
            md_inline (line, p + 1, text_end, nesting + 1, raw);
          else
            g_string_append_len (raw, p + 1, text_end - p - 1);
          p = after;
        }
      else if (*p == '[' && p + 1 < end && p[1] == '^' && (after = md_match (line, p)) != NULL &&
               after < end && memchr (p, ' ', after - p) == NULL)
        {
          /* A footnote reference. */
          p = after + 1;
        }
      else if (*p == '<')
        {
          const char *close = p + 1;

          while (close < end && *close != '>' && *close != '<' && *close != '\n')
            close++;
          if (close < end && *close == '>' && md_is_autolink (p + 1, close))
            g_string_append_len (raw, p + 1, close - p - 1);
          else if (close < end && *close == '>' &&
                   (g_ascii_isalpha (p[1]) || (p[1] == '/' && g_ascii_isalpha (p[2]))))
            {
              /* Inline HTML: the tag goes, its text stays. Only <br> stands
               * for a space; other tags sit against words and punctuation. */
              if (g_ascii_strncasecmp (p + 1, "br", 2) == 0 && !g_ascii_isalpha (p[3]))
                g_string_append_c (raw, ' ');
            }
          else
            {
              g_string_append_c (raw, '<');
              close = p;
            }
          p = close + 1;
        }
      else if (*p == '&' && (n = md_entity (p, end, raw)) > 0)
        {
          p += n;
        }
      else if (*p == '*' || *p == '_' || (*p == '~' && p + 1 < end && p[1] == '~'))
        {
          MdDelimiter d = { raw->len, 0, 0, *p, FALSE, FALSE };
          gunichar before = md_char_before (start, p);
          gunichar next;
          gboolean left, right;

          while (p + d.length < end && p[d.length] == d.c)
            d.length++;
          next = md_char_at (p + d.length, end);

          left = !g_unichar_isspace (next) &&
                 (!g_unichar_ispunct (next) || g_unichar_isspace (before) ||
                  g_unichar_ispunct (before));
          right = !g_unichar_isspace (before) &&
                  (!g_unichar_ispunct (before) || g_unichar_isspace (next) ||
                   g_unichar_ispunct (next));
          if (d.c == '_')
            {
              /* Underscores inside words (snake_case) are never emphasis. */
              d.can_open = left && (!right || g_unichar_ispunct (before));
              d.can_close = right && (!left || g_unichar_ispunct (next));
            }
          else
            {
              d.can_open = left;
              d.can_close = right;
            }
          /* Only `~~` strikes through; a lone tilde means "about". */
          if (d.c == '~' && d.length != 2)
            d.can_open = d.can_close = FALSE;

          d.available = d.length;
          g_string_append_len (raw, p, d.length);
          if (d.can_open || d.can_close)
            g_array_append_val (delimiters, d);
          p += d.length;
        }
      else
        {
          g_string_append_c (raw, *p);
          p++;
        }
    }

  md_resolve_emphasis (raw, delimiters, out);
}

static char *
md_inline_line (const char *text)
{
  MdLine line = { text, NULL };
  GString *out = g_string_sized_new (strlen (text));

  line.matches = md_match_brackets (text);
  md_inline (&line, text, text + strlen (text), 0, out);
  g_hash_table_unref (line.matches);

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

static void
md_heading (PlxTextBuilder *b,
            const char     *text,
            guint           level,
            char          **h1,
            char          **first)
{
  g_autofree char *inline_text = md_inline_line (text);
  g_autofree char *heading = NULL;

  plx_text_builder_begin_heading (b);
  plx_text_builder_text (b, inline_text, -1);
  heading = plx_text_builder_end_heading (b);

  if (heading != NULL && level == 1 && *h1 == NULL)
    *h1 = g_strdup (heading);
  if (heading != NULL && *first == NULL)
    *first = g_steal_pointer (&heading);
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
  g_auto(GStrv) lines = NULL;
  g_autofree char *front_title = NULL;
  g_autofree char *h1 = NULL;
  g_autofree char *first_heading = NULL;
  g_autofree guint *closers_tick = NULL;
  g_autofree guint *closers_tilde = NULL;
  MdLineKind previous = MD_LINE_BLANK;
  guint first;
  char fence = 0;
  guint fence_length = 0;
  PlxTextBuilder b;

  if (decoded == NULL)
    return FALSE;

  source = md_strip_comments (decoded);
  lines = md_split_lines (source);
  plx_text_builder_init (&b);
  first = md_front_matter (lines, &front_title);
  md_closers (lines, '`', &closers_tick);
  md_closers (lines, '~', &closers_tilde);

  for (guint i = first; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *item;
      const char *footnote;
      g_autofree char *heading = NULL;
      g_autofree char *text = NULL;
      guint level;
      char c;

      if (fence != 0)
        {
          if (md_closes_fence (line, fence, fence_length))
            fence = 0;
          continue;
        }

      /* Quotes read as the text they quote. */
      line = plx_text_skip_blanks (line);
      while (*line == '>')
        line = plx_text_skip_blanks (line + 1);

      if (is_blank_line (line))
        {
          plx_text_builder_break (&b, 2);
          previous = MD_LINE_BLANK;
          continue;
        }

      if ((c = md_fence (line, &fence_length)) != 0)
        {
          guint *closers = c == '`' ? closers_tick : closers_tilde;
          gboolean closed = closers[i + 1] >= fence_length;

          if (closed)
            {
              /* Code is not article text. */
              fence = c;
              plx_text_builder_break (&b, 2);
              previous = MD_LINE_BLANK;
              continue;
            }
        }

      if ((level = md_atx_heading (line, &heading)) > 0)
        {
          md_heading (&b, heading, level, &h1, &first_heading);
          previous = MD_LINE_BLANK;
          continue;
        }

      if (previous == MD_LINE_BLANK && lines[i + 1] != NULL &&
          (level = md_setext_level (lines[i + 1])) > 0 && md_list_item (line, FALSE) == NULL &&
          !md_is_rule (line))
        {
          g_autofree char *stripped = g_strstrip (g_strdup (line));

          md_heading (&b, stripped, level, &h1, &first_heading);
          previous = MD_LINE_BLANK;
          i++;
          continue;
        }

      if (md_is_rule (line) || (previous == MD_LINE_TEXT && md_setext_level (line) > 0))
        {
          plx_text_builder_break (&b, 2);
          previous = MD_LINE_BLANK;
          continue;
        }

      if (md_link_definition (line, &footnote))
        {
          if (footnote != NULL && *footnote != '\0')
            {
              text = md_inline_line (footnote);
              plx_text_builder_text (&b, text, -1);
              plx_text_builder_break (&b, 1);
            }
          previous = MD_LINE_OTHER;
          continue;
        }

      if ((item = md_list_item (line, previous == MD_LINE_TEXT)) != NULL)
        {
          /* Each item stays its own line. */
          plx_text_builder_break (&b, 1);
          line = item;
          previous = MD_LINE_OTHER;
        }
      else
        previous = MD_LINE_TEXT;

      text = md_inline_line (line);
      plx_text_builder_text (&b, text, -1);
      plx_text_builder_break (&b, 1);
    }

  plx_text_builder_finish (&b, self);

  if (h1 != NULL)
    self->title = g_steal_pointer (&h1);
  else if (front_title != NULL)
    self->title = g_steal_pointer (&front_title);
  else
    self->title = g_steal_pointer (&first_heading);

  return TRUE;
}
