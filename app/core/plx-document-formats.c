/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Text extraction per input format: plain text passes through the decoder,
 * Markdown loses its markup, HTML is parsed by libxml2 and reduced to the
 * article's blocks, PDF pages are read by poppler. Each keeps what a reader
 * sees as the article, one block per line or paragraph, and records the
 * headings its markup names. It does not split sentences or guess headings
 * in plain text; the segmenter does that. Nothing here ever touches the
 * network. */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <poppler.h>
#include <string.h>

#include "plx-document-private.h"
#include "plx-error.h"

/* Text builder
 *
 * Markdown and HTML both produce text a piece at a time with white space
 * that does not count (HTML collapses it, Markdown wraps freely). The
 * builder only writes white space and line breaks when a visible character
 * follows, so neither format ever leaves trailing blanks, leading empty lines
 * or runs of empty lines. Headings are kept as byte ranges while the text
 * grows and turned into character offsets once at the end. */

typedef struct
{
  GString *text;
  GArray  *spans;         /* PlxSpan in bytes */
  guint    pending_break; /* newlines owed before the next character: 0 to 2 */
  gboolean pending_space;
  gboolean in_heading;
  gssize   heading_start; /* byte offset, or -1 before the heading's first character */
} TextBuilder;

static void
builder_init (TextBuilder *b)
{
  b->text = g_string_new (NULL);
  b->spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  b->pending_break = 0;
  b->pending_space = FALSE;
  b->in_heading = FALSE;
  b->heading_start = -1;
}

static void
builder_clear (TextBuilder *b)
{
  if (b->text != NULL)
    g_string_free (b->text, TRUE);
  g_clear_pointer (&b->spans, g_array_unref);
  b->text = NULL;
}

static void
builder_break (TextBuilder *b,
               guint        newlines)
{
  /* A heading is one line whatever blocks its markup wraps inside it. */
  if (b->in_heading)
    b->pending_space = TRUE;
  else
    b->pending_break = MAX (b->pending_break, newlines);
}

static void
builder_space (TextBuilder *b)
{
  b->pending_space = TRUE;
}

static void
builder_flush (TextBuilder *b)
{
  if (b->text->len > 0)
    {
      if (b->pending_break > 0)
        g_string_append_len (b->text, "\n\n", b->pending_break);
      else if (b->pending_space)
        g_string_append_c (b->text, ' ');
    }
  b->pending_break = 0;
  b->pending_space = FALSE;

  if (b->in_heading && b->heading_start < 0)
    b->heading_start = b->text->len;
}

/* Appends @length bytes of valid UTF-8; runs of white space become one
 * space. */
static void
builder_text (TextBuilder *b,
              const char  *text,
              gssize       length)
{
  const char *end = text + (length < 0 ? strlen (text) : (gsize) length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          b->pending_space = TRUE;
          continue;
        }
      builder_flush (b);
      g_string_append_len (b->text, p, g_utf8_next_char (p) - p);
    }
}

static void
builder_begin_heading (TextBuilder *b)
{
  builder_break (b, 2);
  b->in_heading = TRUE;
  b->heading_start = -1;
}

/* Returns the heading's text, or %NULL if it had none. */
static char *
builder_end_heading (TextBuilder *b)
{
  char *heading = NULL;

  if (b->heading_start >= 0)
    {
      PlxSpan span = { b->heading_start, b->text->len };

      g_array_append_val (b->spans, span);
      heading = g_strndup (b->text->str + span.start, span.end - span.start);
    }
  b->in_heading = FALSE;
  b->heading_start = -1;
  builder_break (b, 2);

  return heading;
}

/* Hands the text and the headings, now in characters, to @self. */
static void
builder_finish (TextBuilder *b,
                PlxDocument *self)
{
  gsize bytes_done = 0;
  guint chars_done = 0;

  if (b->text->len > 0)
    g_string_append_c (b->text, '\n');

  /* Spans come in text order, so one walk converts them all. */
  for (guint i = 0; i < b->spans->len; i++)
    {
      const PlxSpan *bytes = &g_array_index (b->spans, PlxSpan, i);
      PlxSpan chars;

      chars_done += g_utf8_strlen (b->text->str + bytes_done, bytes->start - bytes_done);
      chars.start = chars_done;
      chars_done += g_utf8_strlen (b->text->str + bytes->start, bytes->end - bytes->start);
      chars.end = chars_done;
      bytes_done = bytes->end;
      g_array_append_val (self->headings, chars);
    }

  self->text = g_string_free (g_steal_pointer (&b->text), FALSE);
  builder_clear (b);
}

static char *
collapse_whitespace (const char *text)
{
  TextBuilder b;
  char *result;

  builder_init (&b);
  builder_text (&b, text, -1);
  result = g_string_free (g_steal_pointer (&b.text), FALSE);
  builder_clear (&b);

  return result;
}

/* Markdown
 *
 * A line-based reading of CommonMark that keeps the words and drops the
 * syntax. It deliberately ignores what only matters for layout: indented
 * code blocks read as text (hard-wrapped articles are indented for other
 * reasons more often than they hold code), a setext underline only makes a
 * heading of a paragraph's first line (a rule under a wrapped paragraph is
 * far likelier than a three-line heading), and an unclosed code fence is
 * text rather than swallowing the rest of the article. */

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

static const char *
skip_blanks (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return p;
}

static gboolean
is_blank_line (const char *line)
{
  return *skip_blanks (line) == '\0';
}

/* `***`, `---`, `___`, spaced or not. */
static gboolean
md_is_rule (const char *line)
{
  const char *p = skip_blanks (line);
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
  const char *p = skip_blanks (line);
  const char *start = p;
  char c = *p;

  if (c != '=' && c != '-')
    return 0;
  while (*p == c)
    p++;
  if (p - start < 2 || *skip_blanks (p) != '\0')
    return 0;

  return c == '=' ? 1 : 2;
}

/* Returns the level of an ATX heading and its text without the optional
 * closing hashes, or 0. */
static guint
md_atx_heading (const char *line,
                char      **content)
{
  const char *p = skip_blanks (line);
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
  const char *p = skip_blanks (line);
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
  const char *p = skip_blanks (line);
  guint n = 0;

  while (p[n] == c)
    n++;

  return n >= length && *skip_blanks (p + n) == '\0';
}

/* Returns the text after a list marker, or %NULL. An ordered item other
 * than 1 does not interrupt a paragraph, so that a wrapped line starting
 * with "2024." stays text. */
static const char *
md_list_item (const char *line,
              gboolean    after_text)
{
  const char *p = skip_blanks (line);
  guint digits = 0;

  if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
    {
      p = skip_blanks (p + 1);
      /* A task list's check box. */
      if (p[0] == '[' && p[1] != '\0' && strchr (" xX", p[1]) != NULL && p[2] == ']' &&
          (p[3] == ' ' || p[3] == '\t'))
        p = skip_blanks (p + 3);
      return p;
    }

  while (g_ascii_isdigit (p[digits]))
    digits++;
  if (digits == 0 || digits > 9 || (p[digits] != '.' && p[digits] != ')') ||
      (p[digits + 1] != ' ' && p[digits + 1] != '\t'))
    return NULL;
  if (after_text && !(digits == 1 && p[0] == '1'))
    return NULL;

  return skip_blanks (p + digits + 1);
}

/* `[label]: destination`, or a footnote `[^label]: text` whose text is
 * returned in @footnote. */
static gboolean
md_link_definition (const char  *line,
                    const char **footnote)
{
  const char *p = skip_blanks (line);
  const char *close;
  const char *q;

  *footnote = NULL;
  if (*p != '[' || (close = strstr (p, "]:")) == NULL || close == p + 1)
    return FALSE;
  for (q = p + 1; q < close; q++)
    if (*q == '[' || *q == ']')
      return FALSE;

  q = skip_blanks (close + 2);
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
  q = skip_blanks (q);

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
          (*skip_blanks (after) == '\n' || *skip_blanks (after) == '\0'))
        {
          g_string_append_len (out, p, line_start - p);
          p = skip_blanks (after);
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
md_heading (TextBuilder *b,
            const char  *text,
            guint        level,
            char       **h1,
            char       **first)
{
  g_autofree char *inline_text = md_inline_line (text);
  g_autofree char *heading = NULL;

  builder_begin_heading (b);
  builder_text (b, inline_text, -1);
  heading = builder_end_heading (b);

  if (heading != NULL && level == 1 && *h1 == NULL)
    *h1 = g_strdup (heading);
  if (heading != NULL && *first == NULL)
    *first = g_steal_pointer (&heading);
}

static gboolean
extract_markdown (PlxDocument  *self,
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
  MdLineKind previous = MD_LINE_BLANK;
  char fence = 0;
  guint fence_length = 0;
  TextBuilder b;

  if (decoded == NULL)
    return FALSE;

  source = md_strip_comments (decoded);
  lines = g_strsplit (source, "\n", -1);
  builder_init (&b);

  for (guint i = md_front_matter (lines, &front_title); lines[i] != NULL; i++)
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
      line = skip_blanks (line);
      while (*line == '>')
        line = skip_blanks (line + 1);

      if (is_blank_line (line))
        {
          builder_break (&b, 2);
          previous = MD_LINE_BLANK;
          continue;
        }

      if ((c = md_fence (line, &fence_length)) != 0)
        {
          gboolean closed = FALSE;

          for (guint j = i + 1; lines[j] != NULL && !closed; j++)
            closed = md_closes_fence (lines[j], c, fence_length);
          if (closed)
            {
              /* Code is not article text. */
              fence = c;
              builder_break (&b, 2);
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
          builder_break (&b, 2);
          previous = MD_LINE_BLANK;
          continue;
        }

      if (md_link_definition (line, &footnote))
        {
          if (footnote != NULL && *footnote != '\0')
            {
              text = md_inline_line (footnote);
              builder_text (&b, text, -1);
              builder_break (&b, 1);
            }
          previous = MD_LINE_OTHER;
          continue;
        }

      if ((item = md_list_item (line, previous == MD_LINE_TEXT)) != NULL)
        {
          /* Each item stays its own line. */
          builder_break (&b, 1);
          line = item;
          previous = MD_LINE_OTHER;
        }
      else
        previous = MD_LINE_TEXT;

      text = md_inline_line (line);
      builder_text (&b, text, -1);
      builder_break (&b, 1);
    }

  builder_finish (&b, self);

  if (h1 != NULL)
    self->title = g_steal_pointer (&h1);
  else if (front_title != NULL)
    self->title = g_steal_pointer (&front_title);
  else
    self->title = g_steal_pointer (&first_heading);

  return TRUE;
}

/* HTML
 *
 * The article is the largest <article> not inside boilerplate, else <main>,
 * else <body>. Blocks become paragraphs and inline elements flow into them
 * with white space collapsed, as a browser would show them. Figures and
 * their captions are dropped along with the page furniture: captions are
 * written per outlet and would show up as differences that are not part of
 * the story. */

/* <head> is not among them: libxml2 predates HTML5 and, in a page without
 * <body>, puts the <header>, <main> and <article> that follow the <title>
 * inside the <head>. Its own elements are dropped one by one instead. */
static const char *const html_dropped[] = {
  "applet", "aside", "audio",  "button", "canvas", "dialog",   "embed",    "figcaption",
  "figure", "footer", "form",  "iframe", "input",  "map",      "math",     "menu",
  "nav",    "noscript", "object", "script", "select", "style",  "svg",      "template",
  "textarea", "title", "video", NULL,
};

static const char *const html_blocks[] = {
  "address", "article", "blockquote", "body",    "caption",  "center", "dd",   "details",
  "div",     "dl",      "dt",         "fieldset", "header",  "hgroup", "hr",   "html",
  "legend",  "li",      "main",       "ol",       "p",       "pre",    "section", "summary",
  "table",   "tbody",   "tfoot",      "thead",    "tr",      "ul",     NULL,
};

/* Words in a class or id that mark page furniture. Words, not substrings:
 * "ad" must catch "ad-slot" but not "lead" or "headline". */
static const char *const html_boilerplate_words[] = {
  "ad",         "ads",        "advert",  "adverts",     "advertisement",
  "breadcrumb", "breadcrumbs", "comments", "consent",    "cookie",        "cookies",
  "footer",     "menu",       "nav",     "navbar",      "navigation",    "newsletter",
  "promo",      "related",    "share",   "sharing",     "sidebar",       "social",
  "subscribe",  "subscription", NULL,
};

static const char *const html_boilerplate_roles[] = {
  "banner", "complementary", "contentinfo", "navigation", "search", NULL,
};

static gboolean
html_is (const xmlNode *node,
         const char    *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static gboolean
html_is_any (const xmlNode     *node,
             const char *const *names)
{
  return node->type == XML_ELEMENT_NODE && g_strv_contains (names, (const char *) node->name);
}

static guint
html_heading_level (const xmlNode *node)
{
  const char *name = (const char *) node->name;

  if (node->type != XML_ELEMENT_NODE || name[0] != 'h' || name[1] < '1' || name[1] > '6' ||
      name[2] != '\0')
    return 0;

  return name[1] - '0';
}

static char *
html_attribute (const xmlNode *node,
                const char    *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_ascii_strdown ((const char *) value, -1);
  xmlFree (value);

  return copy;
}

static gboolean
html_has_boilerplate_word (const char *value)
{
  const char *p = value;

  if (value == NULL)
    return FALSE;

  while (*p != '\0')
    {
      gsize n = 0;

      while (g_ascii_isalnum (p[n]))
        n++;
      for (guint i = 0; n > 0 && html_boilerplate_words[i] != NULL; i++)
        if (strlen (html_boilerplate_words[i]) == n && strncmp (p, html_boilerplate_words[i], n) == 0)
          return TRUE;
      p += MAX (n, 1);
    }

  return FALSE;
}

static gboolean
html_inside_article (const xmlNode *node)
{
  for (node = node->parent; node != NULL; node = node->parent)
    if (html_is (node, "article"))
      return TRUE;

  return FALSE;
}

/* Whether @node and what it contains are not part of the article. Class
 * and id are only consulted when @use_classes is set, so that a page whose
 * wrapper happens to be called "content-with-sidebar" can be read again
 * without them. */
static gboolean
html_is_dropped (const xmlNode *node,
                 gboolean       use_classes)
{
  g_autofree char *hidden = NULL;
  g_autofree char *role = NULL;
  g_autofree char *class = NULL;
  g_autofree char *id = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (html_is_any (node, html_dropped))
    return TRUE;
  /* A <header> inside an <article> holds its headline and byline; any other
   * holds the site's masthead. */
  if (html_is (node, "header") && !html_inside_article (node))
    return TRUE;
  if (html_is (node, "html") || html_is (node, "body") || html_is (node, "main") ||
      html_is (node, "article"))
    return FALSE;

  if (xmlHasProp (node, (const xmlChar *) "hidden"))
    return TRUE;
  hidden = html_attribute (node, "aria-hidden");
  if (g_strcmp0 (hidden, "true") == 0)
    return TRUE;
  role = html_attribute (node, "role");
  if (role != NULL && g_strv_contains (html_boilerplate_roles, role))
    return TRUE;

  if (!use_classes)
    return FALSE;
  class = html_attribute (node, "class");
  id = html_attribute (node, "id");

  return html_has_boilerplate_word (class) || html_has_boilerplate_word (id);
}

/* The next node in document order below @root, not descending into @node
 * unless @descend. */
static xmlNode *
html_next (xmlNode  *node,
           xmlNode  *root,
           gboolean  descend)
{
  if (descend && node->children != NULL)
    return node->children;
  while (node != root && node->next == NULL)
    node = node->parent;

  return node == root ? NULL : node->next;
}

static xmlNode *
html_find_root (xmlDoc   *doc,
                gboolean  use_classes)
{
  xmlNode *top = xmlDocGetRootElement (doc);
  xmlNode *article = NULL;
  xmlNode *main = NULL;
  xmlNode *body = NULL;
  gsize article_size = 0;

  if (top == NULL)
    return NULL;

  for (xmlNode *node = top; node != NULL;)
    {
      gboolean dropped = html_is_dropped (node, use_classes);

      if (!dropped && html_is (node, "article"))
        {
          xmlChar *content = xmlNodeGetContent (node);
          gsize size = content != NULL ? strlen ((const char *) content) : 0;

          /* Teasers for other stories are <article>s too; the story is
           * the longest. */
          if (size > article_size)
            {
              article = node;
              article_size = size;
            }
          xmlFree (content);
        }
      else if (!dropped && main == NULL && html_is (node, "main"))
        main = node;
      else if (!dropped && body == NULL && html_is (node, "body"))
        body = node;

      node = html_next (node, top, !dropped);
    }

  return article != NULL ? article : main != NULL ? main : body != NULL ? body : top;
}

/* The text of the first @name element, skipping page furniture unless
 * @everywhere (<title> is furniture itself). */
static char *
html_find_text (xmlDoc     *doc,
                const char *name,
                gboolean    everywhere,
                gboolean    use_classes)
{
  xmlNode *top = xmlDocGetRootElement (doc);

  for (xmlNode *node = top; node != NULL;)
    {
      gboolean dropped = !everywhere && html_is_dropped (node, use_classes);

      if (!dropped && html_is (node, name))
        {
          xmlChar *content = xmlNodeGetContent (node);
          char *text = collapse_whitespace (content != NULL ? (const char *) content : "");

          xmlFree (content);
          if (*text != '\0')
            return text;
          g_free (text);
        }
      node = html_next (node, top, !dropped);
    }

  return NULL;
}

/* "Headline | Site", "Headline - Site" and the like. */
static gboolean
html_title_has_site (const char *title)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " · ", " :: ", " // " };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (strstr (title, separators[i]) != NULL)
      return TRUE;

  return FALSE;
}

typedef struct
{
  TextBuilder b;
  gboolean    use_classes;
  xmlNode    *heading; /* the outermost heading being read */
  guint       pre_depth;
  char       *h1;
} HtmlWalker;

/* Returns whether to descend into @node. */
static gboolean
html_enter (HtmlWalker *w,
            xmlNode    *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *text = (const char *) node->content;

      if (text == NULL)
        return FALSE;
      if (w->pre_depth == 0)
        {
          builder_text (&w->b, text, -1);
          return FALSE;
        }

      /* Preformatted text keeps its line breaks. */
      for (const char *line = text, *nl; line != NULL; line = nl != NULL ? nl + 1 : NULL)
        {
          nl = strchr (line, '\n');
          builder_text (&w->b, line, nl != NULL ? nl - line : -1);
          if (nl != NULL)
            builder_break (&w->b, MIN (w->b.pending_break + 1, 2));
        }
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (html_is_dropped (node, w->use_classes))
    {
      builder_space (&w->b);
      return FALSE;
    }

  if (html_is (node, "br"))
    builder_break (&w->b, 1);
  else if (html_heading_level (node) > 0 && w->heading == NULL)
    {
      w->heading = node;
      builder_begin_heading (&w->b);
    }
  else if (html_is_any (node, html_blocks))
    builder_break (&w->b, 2);
  else if (html_is (node, "td") || html_is (node, "th"))
    builder_space (&w->b);

  if (html_is (node, "pre"))
    w->pre_depth++;

  return TRUE;
}

static void
html_leave (HtmlWalker *w,
            xmlNode    *node)
{
  if (node->type != XML_ELEMENT_NODE || html_is_dropped (node, w->use_classes))
    return;

  if (node == w->heading)
    {
      g_autofree char *heading = builder_end_heading (&w->b);

      if (heading != NULL && html_heading_level (node) == 1 && w->h1 == NULL)
        w->h1 = g_steal_pointer (&heading);
      w->heading = NULL;
    }
  else if (html_is_any (node, html_blocks))
    builder_break (&w->b, 2);
  else if (html_is (node, "td") || html_is (node, "th"))
    builder_space (&w->b);

  if (html_is (node, "pre"))
    w->pre_depth--;
}

/* Walks without recursion: pages nest thousands of elements deep more often
 * than one would think, and the stack is not ours to exhaust. */
static void
html_walk (HtmlWalker *w,
           xmlNode    *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (html_enter (w, node) && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      html_leave (w, node);
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          html_leave (w, node);
        }
      node = node == root ? NULL : node->next;
    }
}

/* The charset named by a <meta> in the first bytes, as browsers find it. */
static char *
html_sniff_charset (const guint8 *data,
                    gsize         length)
{
  g_autofree char *head = g_ascii_strdown ((const char *) data, MIN (length, 4096));
  const char *p = head;

  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *end = strchr (p, '>');
      const char *charset = strstr (p, "charset");

      if (end == NULL)
        break;
      if (charset != NULL && charset < end)
        {
          const char *value = skip_blanks (charset + strlen ("charset"));
          gsize n = 0;

          if (*value == '=')
            {
              value = skip_blanks (value + 1);
              if (*value == '"' || *value == '\'')
                value++;
              while (g_ascii_isalnum (value[n]) || strchr ("-_.:", value[n]) != NULL)
                n++;
              if (n > 0)
                return g_strndup (value, n);
            }
        }
      p = end;
    }

  return NULL;
}

/* Decodes the page to UTF-8 ourselves, so that libxml2 parses text whose
 * encoding is settled: a declared charset is used when the bytes are not
 * UTF-8 and it converts them cleanly; anything else goes through the same
 * decoder as plain text. */
static char *
html_decode (const guint8 *data,
             gsize         length,
             const char   *name,
             GError      **error)
{
  static const char *const latin1[] = {
    "ascii", "cp1252", "iso-8859-1", "iso8859-1", "l1", "latin1", "us-ascii", "windows-1252", NULL,
  };
  g_autofree char *charset = NULL;
  gboolean has_bom = length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 ||
                                     memcmp (data, "\xFE\xFF", 2) == 0 ||
                                     (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0));

  /* Text that is valid UTF-8 is UTF-8 whatever a stale <meta> says: text in
   * another encoding almost never forms valid UTF-8 sequences. */
  if (!has_bom && !g_utf8_validate_len ((const char *) data, length, NULL) &&
      (charset = html_sniff_charset (data, length)) != NULL &&
      strcmp (charset, "utf-8") != 0 && strcmp (charset, "utf8") != 0 &&
      !g_str_has_prefix (charset, "utf-16") && memchr (data, '\0', length) == NULL)
    {
      /* Browsers read Latin-1 labels as Windows-1252, and so do pages. */
      const char *from = g_strv_contains (latin1, charset) ? "WINDOWS-1252" : charset;
      gsize converted_length = 0;
      g_autofree char *converted = g_convert ((const char *) data, length, "UTF-8", from, NULL,
                                              &converted_length, NULL);

      if (converted != NULL && strlen (converted) == converted_length)
        return g_steal_pointer (&converted);
    }

  return plx_document_decode_text (data, length, name, error);
}

static gboolean
extract_html (PlxDocument  *self,
              const guint8 *data,
              gsize         length,
              const char   *name,
              GError      **error)
{
  g_autofree char *text = html_decode (data, length, name, error);
  g_autofree char *title = NULL;
  xmlDoc *doc;
  HtmlWalker w = { { NULL }, TRUE, NULL, 0, NULL };

  if (text == NULL)
    return FALSE;

  xmlInitParser ();
  /* The text is UTF-8 by now, so a <meta charset> must not re-decode it. */
  doc = htmlReadMemory (text, strlen (text), NULL, "UTF-8",
                        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                          HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
  if (doc == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                   _("“%s” could not be read as HTML. Save the page again from the browser "
                     "(“Save Page As”, complete or HTML only) or copy the article’s text "
                     "into a text file."),
                   name);
      return FALSE;
    }

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      xmlNode *root;

      /* If class names took everything, they meant something else: read the
       * page again trusting only the element names. */
      w.use_classes = attempt == 0;
      root = html_find_root (doc, w.use_classes);
      builder_init (&w.b);
      g_clear_pointer (&w.h1, g_free);
      if (root != NULL)
        html_walk (&w, root);
      if (w.b.text->len > 0)
        break;
      builder_clear (&w.b);
    }

  if (w.b.text == NULL)
    builder_init (&w.b);
  builder_finish (&w.b, self);

  title = html_find_text (doc, "title", TRUE, FALSE);
  if (title == NULL || html_title_has_site (title))
    {
      /* The article's own headline first: a page may put the site's name in
       * an <h1> of its own. */
      g_autofree char *h1 = w.h1 != NULL ? g_steal_pointer (&w.h1)
                                         : html_find_text (doc, "h1", FALSE, w.use_classes);

      if (h1 != NULL)
        {
          g_free (title);
          title = g_steal_pointer (&h1);
        }
    }
  self->title = g_steal_pointer (&title);

  g_free (w.h1);
  xmlFreeDoc (doc);

  return TRUE;
}

/* PDF */

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x00AD || c == 0x2010;
}

/* Joins words the layout broke at a line end, "negoti-" + "ations began"
 * becoming "negotiations" + "began": the line break stays after the joined
 * word, so the lines still follow the page. Only a hyphen after a letter
 * with a lower-case letter opening the next line counts, which keeps
 * "Jean-" + "Pierre" apart; "well-" + "known" is joined, the price of a
 * layout that does not say which hyphens were soft. */
static char *
pdf_dehyphenate (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);
      char *last = *line != '\0' ? g_utf8_prev_char (line + strlen (line)) : NULL;
      const char *next = lines[i + 1] != NULL ? skip_blanks (lines[i + 1]) : NULL;
      const char *word_end;
      char *rest;

      if (last == NULL || last == line || !is_hyphen (g_utf8_get_char (last)) ||
          !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (last))) || next == NULL ||
          !g_unichar_islower (g_utf8_get_char (next)))
        {
          g_ptr_array_add (out, g_strdup (line));
          continue;
        }

      word_end = next;
      while (*word_end != '\0' && *word_end != ' ' && *word_end != '\t')
        word_end++;
      g_ptr_array_add (out, g_strdup_printf ("%.*s%.*s", (int) (last - line), line,
                                             (int) (word_end - next), next));

      rest = g_strdup (skip_blanks (word_end));
      g_free (lines[i + 1]);
      lines[i + 1] = rest;
      /* The word was all the next line held: drop the line rather than
       * leave it empty, which would read as a paragraph break. */
      if (*rest == '\0')
        i++;
    }
  g_ptr_array_add (out, NULL);

  return g_strjoinv ("\n", (char **) out->pdata);
}

/* Line ends as \n, form feeds as line breaks, no blanks at line ends. */
static char *
pdf_normalise (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\f' || *p == '\n')
        {
          while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
            g_string_truncate (out, out->len - 1);
          g_string_append_c (out, '\n');
          if (*p == '\r' && p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Authoring tools fill the title with the file they printed from
 * ("Microsoft Word - draft3.docx", "A4_layout.indd"); no title is better than
 * that, because the segmenter then finds the headline in the text. */
static gboolean
pdf_title_is_meaningful (const char *title)
{
  static const char *const file_suffixes[] = {
    ".doc", ".docx", ".indd", ".odt", ".pdf", ".qxd", ".rtf", ".txt",
  };
  g_autofree char *lower = g_ascii_strdown (title, -1);

  if (*lower == '\0' || strcmp (lower, "untitled") == 0 ||
      g_str_has_prefix (lower, "microsoft word - "))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (file_suffixes); i++)
    if (g_str_has_suffix (lower, file_suffixes[i]))
      return FALSE;

  return TRUE;
}

static gboolean
extract_pdf (PlxDocument  *self,
             const guint8 *data,
             gsize         length,
             const char   *name,
             GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *doc;
  GString *text;
  g_autofree char *title = NULL;
  int n_pages;

  /* poppler-glib 22.12 declares no autoptr cleanups, hence the explicit
   * unrefs below. */
  doc = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (doc == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                     _("“%s” is protected by a password, so Parallax cannot read its text. "
                       "Open it in a PDF viewer and copy the article’s text into a text file, "
                       "or save a copy without the password, and open that instead."),
                     name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                     _("“%s” is not a PDF that Parallax can read (%s). If the download was "
                       "interrupted, download it again; otherwise copy the article’s text from a "
                       "PDF viewer into a text file and open that instead."),
                     name, local_error->message);
      return FALSE;
    }

  n_pages = poppler_document_get_n_pages (doc);
  text = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = NULL;
      g_autofree char *normalised = NULL;
      g_autofree char *joined = NULL;
      char *stripped;

      if (page == NULL)
        continue;
      page_text = poppler_page_get_text (page);
      g_object_unref (page);
      if (page_text == NULL || !g_utf8_validate (page_text, -1, NULL))
        continue;

      normalised = pdf_normalise (page_text);
      joined = pdf_dehyphenate (normalised);
      stripped = g_strstrip (joined);
      if (*stripped == '\0')
        continue;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, stripped);
      g_string_append_c (text, '\n');
    }

  title = poppler_document_get_title (doc);
  g_object_unref (doc);

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                   _("“%s” has no text layer; its pages are probably scanned images. Run "
                     "it through OCR software (for example OCRmyPDF), or copy the article’s "
                     "text into a text file, and open that instead."),
                   name);
      return FALSE;
    }

  self->text = g_string_free (text, FALSE);
  if (title != NULL && pdf_title_is_meaningful (g_strstrip (title)))
    self->title = collapse_whitespace (title);

  return TRUE;
}

gboolean
plx_document_extract (PlxDocument  *self,
                      const guint8 *data,
                      gsize         length,
                      const char   *name,
                      GError      **error)
{
  switch (self->format)
    {
    case PLX_FORMAT_MARKDOWN:
      return extract_markdown (self, data, length, name, error);
    case PLX_FORMAT_HTML:
      return extract_html (self, data, length, name, error);
    case PLX_FORMAT_PDF:
      return extract_pdf (self, data, length, name, error);
    case PLX_FORMAT_TEXT:
    default:
      self->text = plx_document_decode_text (data, length, name, error);
      return self->text != NULL;
    }
}
