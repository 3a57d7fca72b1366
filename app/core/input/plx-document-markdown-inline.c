/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Markdown inline spans: keeps the words of one line or paragraph and drops
 * the syntax around them (escapes, code spans, links and images, autolinks
 * and inline HTML, character references, emphasis). Which lines are
 * paragraphs, headings or code is decided in plx-document-markdown.c. Every
 * lookup here is prepared in one pass over the line (brackets, code span
 * closers, emphasis openers), so a line that never closes what it opens
 * stays linear. */

#include "config.h"

#include <string.h>

#include "plx-document-private.h"

#define MD_MAX_NESTING 8
/* Code span runs up to this length remember having no closer. */
#define MD_CODE_RUNS   16

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

/* The code span opened by the backtick run at @p: writes its code to @raw,
 * or the run itself when no run of the same length closes it, and returns
 * the length consumed. @no_closer holds the run lengths known to have no
 * closer further on, so that a line of unclosed runs is searched once. */
static gsize
md_code_span (const char *p,
              const char *end,
              gboolean   *no_closer,
              GString    *raw)
{
  const char *close = NULL;
  gsize n;

  for (n = 0; p + n < end && p[n] == '`';)
    n++;
  if (n >= MD_CODE_RUNS || !no_closer[n])
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
      if (close == NULL && n < MD_CODE_RUNS)
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

  return n;
}

/* `<` at @p: an autolink keeps its address, an inline HTML tag goes and
 * anything else is a plain '<'. Returns what follows. */
static const char *
md_angle (const char *p,
          const char *end,
          GString    *raw)
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

  return close + 1;
}

/* The run of `*`, `_` or `~` at @p: writes it to @raw and, when it can
 * open or close emphasis, records it in @delimiters for
 * md_resolve_emphasis(). Returns its length. */
static gsize
md_delimiter (const char *start,
              const char *p,
              const char *end,
              GString    *raw,
              GArray     *delimiters)
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

  return d.length;
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
  gboolean no_closer[MD_CODE_RUNS] = { FALSE };
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
          p += md_code_span (p, end, no_closer, raw);
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
          p = md_angle (p, end, raw);
        }
      else if (*p == '&' && (n = md_entity (p, end, raw)) > 0)
        {
          p += n;
        }
      else if (*p == '*' || *p == '_' || (*p == '~' && p + 1 < end && p[1] == '~'))
        {
          p += md_delimiter (start, p, end, raw, delimiters);
        }
      else
        {
          g_string_append_c (raw, *p);
          p++;
        }
    }

  md_resolve_emphasis (raw, delimiters, out);
}

char *
plx_document_markdown_inline (const char *text)
{
  MdLine line = { text, NULL };
  GString *out = g_string_sized_new (strlen (text));

  line.matches = md_match_brackets (text);
  md_inline (&line, text, text + strlen (text), 0, out);
  g_hash_table_unref (line.matches);

  return g_string_free (out, FALSE);
}
