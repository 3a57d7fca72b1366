/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The PDF report, drawn with cairo and Pango: A4 landscape, the same
 * content as the HTML report, the linked sentences in two columns, page
 * numbers at the foot. Text is laid out once per pass; a first pass counts
 * the pages so that the second can say "Page 2 of 7". A row taller than
 * what is left of a page continues on the next one, each column cut
 * between two of its lines. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "plx-error.h"
#include "plx-figures.h"
#include "plx-report-common.h"
#include "plx-report-key-differences.h"
#include "plx-report-notes.h"
#include "plx-report-pdf.h"

#define PAGE_WIDTH  841.89 /* A4 landscape, in points */
#define PAGE_HEIGHT 595.28
#define MARGIN      40.0
#define FOOTER      24.0
#define CELL_GAP    10.0
#define ROW_GAP     5.0
#define KEEP_WHOLE  64.0 /* a row this tall or less is never cut: some five lines */
#define MIN_START   40.0 /* a cut row shows at least this much before the cut */
#define FONT        "Cantarell, Noto Sans, sans-serif"
/* Characters without a break opportunity before one is inserted: some
 * fifteen lines of a column, a few milliseconds of Pango's time. */
#define MAX_RUN 1000
/* Characters of a cell laid out at once. */
#define MAX_PIECE 4000

#define CONTENT_WIDTH  (PAGE_WIDTH - 2 * MARGIN)
#define CONTENT_HEIGHT (PAGE_HEIGHT - 2 * MARGIN - FOOTER)

typedef struct
{
  PangoContext *context;
  cairo_t      *cr; /* NULL while counting pages */
  double        y;  /* from the top of the content area */
  guint         page;
  guint         n_pages;
  double        page_top; /* below the repeated table header */
  GPtrArray    *header; /* the header row of the table being drawn, repeated on new pages */
  const double *header_columns;
} Pdf;

/* Closes the tags in force at the end of @piece and returns a new piece
 * that opens them again. */
static GString *
next_piece (GPtrArray *pieces,
            GString   *piece,
            GPtrArray *open)
{
  GString *next = g_string_new (NULL);

  for (guint i = open->len; i > 0; i--)
    {
      const char *tag = g_ptr_array_index (open, i - 1);

      g_string_append (piece, "</");
      g_string_append_len (piece, tag + 1, strcspn (tag + 1, " \t\n>"));
      g_string_append_c (piece, '>');
    }
  g_ptr_array_add (pieces, g_string_free (piece, FALSE));

  for (guint i = 0; i < open->len; i++)
    g_string_append (next, g_ptr_array_index (open, i));

  return next;
}

/* Cuts Pango @markup into pieces of about MAX_PIECE characters, each laid
 * out on its own, and gives every run of MAX_RUN characters without a
 * break opportunity a line break. Pango wraps a word wider than the column
 * in time that grows with the square of its length (a 64 kB word took 6 s,
 * a megabyte hours), and one layout of a megabyte costs more than its
 * share even with breaks in it; bounded pieces keep the report linear. A
 * piece ends at a space (shown as the line break it becomes) or at an
 * inserted break; tags open there are closed and opened again. An entity
 * counts as one character. */
static GPtrArray *
split_markup (const char *markup)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_free);
  GString *piece = g_string_new (NULL);
  guint run = 0;
  guint length = 0;
  const char *p = markup;

  while (*p != '\0')
    {
      gboolean space = *p == ' ' || *p == '\n' || *p == '\t';
      const char *next;

      if (*p == '<')
        {
          const char *close = strchr (p, '>');
          gsize n = close != NULL ? (gsize) (close + 1 - p) : strlen (p);

          if (p[1] == '/')
            {
              if (open->len > 0)
                g_ptr_array_remove_index (open, open->len - 1);
            }
          else if (n >= 2 && p[n - 2] != '/')
            g_ptr_array_add (open, g_strndup (p, n));
          g_string_append_len (piece, p, n);
          p += n;
          continue;
        }

      if (space && length >= MAX_PIECE)
        {
          piece = next_piece (pieces, piece, open);
          length = run = 0;
          p++;
          continue;
        }
      if (!space && run >= MAX_RUN)
        {
          if (length >= MAX_PIECE)
            {
              piece = next_piece (pieces, piece, open);
              length = 0;
            }
          else
            g_string_append_c (piece, '\n');
          run = 0;
        }

      if (*p == '&' && strchr (p, ';') != NULL)
        next = strchr (p, ';') + 1;
      else
        next = g_utf8_next_char (p);
      g_string_append_len (piece, p, next - p);
      run = space ? 0 : run + 1;
      length++;
      p = next;
    }
  g_ptr_array_add (pieces, g_string_free (piece, FALSE));

  return pieces;
}

/* Pango takes each paragraph's direction from its first strong character
 * (auto-dir, on by default), and left alignment means the start side: an
 * Arabic cell is right to left and aligned to the right. */
static PangoLayout *
make_layout (Pdf        *pdf,
             const char *markup,
             const char *font,
             double      width)
{
  PangoLayout *layout = pango_layout_new (pdf->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

/* A cell of text: its layouts, one per piece of its markup, stacked. */
static GPtrArray *
make_cell (Pdf        *pdf,
           const char *markup,
           const char *font,
           double      width)
{
  g_autoptr(GPtrArray) pieces = split_markup (markup);
  GPtrArray *cell = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < pieces->len; i++)
    g_ptr_array_add (cell, make_layout (pdf, g_ptr_array_index (pieces, i), font, width));

  return cell;
}

static void
draw_footer (Pdf *pdf)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (pdf->cr == NULL)
    return;

  /* Translators: the foot of each page of a PDF report. */
  text = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
  layout = make_layout (pdf, "", FONT " 8", CONTENT_WIDTH);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  cairo_set_source_rgb (pdf->cr, 0.37, 0.36, 0.39);
  cairo_move_to (pdf->cr, MARGIN + (CONTENT_WIDTH - (double) width / PANGO_SCALE) / 2,
                 PAGE_HEIGHT - MARGIN - 10);
  pango_cairo_show_layout (pdf->cr, layout);
}

static void draw_row (Pdf          *pdf,
                      GPtrArray    *cells,
                      const double *columns,
                      gboolean      rule);

static void
new_page (Pdf *pdf)
{
  draw_footer (pdf);
  if (pdf->cr != NULL)
    cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = 0;

  if (pdf->header != NULL)
    draw_row (pdf, pdf->header, pdf->header_columns, TRUE);
  pdf->page_top = pdf->y;
}

static void
draw_rule (Pdf *pdf)
{
  if (pdf->cr == NULL)
    return;

  cairo_set_source_rgb (pdf->cr, 0.87, 0.87, 0.87);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN, MARGIN + pdf->y - ROW_GAP / 2);
  cairo_line_to (pdf->cr, MARGIN + CONTENT_WIDTH, MARGIN + pdf->y - ROW_GAP / 2);
  cairo_stroke (pdf->cr);
}

/* The lines of a cell's layouts with their extents in points, collected
 * once: asking Pango for an iterator or the n-th line walks all the lines
 * before it, which a cell running over many pages would do on each. */
typedef struct
{
  guint             n_lines;
  guint             next; /* the first line not yet drawn whole */
  PangoLayoutLine **lines;
  double           *x;
  double           *top;
  double           *bottom;
  double           *baseline;
} CellLines;

static void
cell_lines_init (CellLines *cell,
                 GPtrArray *layouts,
                 double    *height)
{
  guint n = 0;
  guint i = 0;
  double y = 0;

  for (guint l = 0; l < layouts->len; l++)
    n += pango_layout_get_line_count (g_ptr_array_index (layouts, l));
  cell->next = 0;
  cell->lines = g_new (PangoLayoutLine *, n);
  cell->x = g_new (double, n);
  cell->top = g_new (double, n);
  cell->bottom = g_new (double, n);
  cell->baseline = g_new (double, n);

  for (guint l = 0; l < layouts->len; l++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, l);
      PangoLayoutIter *iter = pango_layout_get_iter (layout);
      int h;

      do
        {
          PangoRectangle logical;

          if (i >= n)
            break;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cell->lines[i] = pango_layout_iter_get_line_readonly (iter);
          cell->x[i] = (double) logical.x / PANGO_SCALE;
          cell->top[i] = y + (double) logical.y / PANGO_SCALE;
          cell->bottom[i] = y + (double) (logical.y + logical.height) / PANGO_SCALE;
          cell->baseline[i] = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          i++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      pango_layout_get_size (layout, NULL, &h);
      y += (double) h / PANGO_SCALE;
    }
  cell->n_lines = i;
  *height = y;
}

static void
cell_lines_clear (CellLines *cell)
{
  g_free (cell->lines);
  g_free (cell->x);
  g_free (cell->top);
  g_free (cell->bottom);
  g_free (cell->baseline);
}

/* Where a cell can be cut: the bottom of its last line that ends at or
 * above @limit (points from its top), or @done when none does. */
static double
cut_before (const CellLines *cell,
            double           done,
            double           limit)
{
  double cut = done;

  for (guint k = cell->next; k < cell->n_lines && cell->bottom[k] <= limit; k++)
    cut = MAX (cut, cell->bottom[k]);

  return cut;
}

/* Draws the lines of @cell that show between @done and @cut, with the
 * cell's top @done points above @y. */
static void
draw_lines (Pdf       *pdf,
            CellLines *cell,
            double     x,
            double     y,
            double     done,
            double     cut)
{
  for (guint k = cell->next; k < cell->n_lines && cell->top[k] < cut; k++)
    if (cell->bottom[k] > done)
      {
        cairo_move_to (pdf->cr, x + cell->x[k], y - done + cell->baseline[k]);
        pango_cairo_show_layout_line (pdf->cr, cell->lines[k]);
      }
}

/* Draws a row of cells, each an array of layouts, @columns giving each
 * one's left edge from the content's, and continues it on the next pages
 * while it does not fit. */
static void
draw_row (Pdf          *pdf,
          GPtrArray    *cells,
          const double *columns,
          gboolean      rule)
{
  g_autofree double *done = g_new0 (double, cells->len);
  g_autofree double *height = g_new0 (double, cells->len);
  g_autofree CellLines *lines = g_new0 (CellLines, cells->len);
  double tallest = 0;
  gboolean finished = FALSE;

  for (guint i = 0; i < cells->len; i++)
    {
      cell_lines_init (&lines[i], g_ptr_array_index (cells, i), &height[i]);
      tallest = MAX (tallest, height[i]);
    }

  /* A row of a few lines that does not fit moves whole to the next page;
   * a taller one starts where it is and is cut between two lines, unless
   * only a line or two would show here. Moving every row that fits on a
   * page of its own left up to half of many pages blank. */
  if (pdf->y + tallest > CONTENT_HEIGHT && pdf->y > 0 &&
      (tallest <= KEEP_WHOLE || CONTENT_HEIGHT - pdf->y < MIN_START))
    new_page (pdf);

  while (!finished)
    {
      double advance = 0;

      finished = TRUE;
      for (guint i = 0; i < cells->len; i++)
        {
          CellLines *cell = &lines[i];
          double cut = cut_before (cell, done[i], done[i] + CONTENT_HEIGHT - pdf->y);

          /* A line taller than a whole page is drawn clipped rather than never. */
          if (cut == done[i] && done[i] < height[i] && pdf->y == pdf->page_top)
            cut = MIN (height[i], done[i] + CONTENT_HEIGHT);

          if (pdf->cr != NULL && cut > done[i])
            {
              cairo_save (pdf->cr);
              cairo_rectangle (pdf->cr, MARGIN + columns[i], MARGIN + pdf->y,
                               PAGE_WIDTH, cut - done[i]);
              cairo_clip (pdf->cr);
              cairo_set_source_rgb (pdf->cr, 0.14, 0.12, 0.19);
              draw_lines (pdf, cell, MARGIN + columns[i], MARGIN + pdf->y, done[i], cut);
              cairo_restore (pdf->cr);
            }
          advance = MAX (advance, cut - done[i]);
          done[i] = cut;
          while (cell->next < cell->n_lines && cell->bottom[cell->next] <= cut)
            cell->next++;
          if (done[i] < height[i])
            finished = FALSE;
        }

      pdf->y += advance;
      if (!finished)
        new_page (pdf);
    }

  for (guint i = 0; i < cells->len; i++)
    cell_lines_clear (&lines[i]);

  pdf->y += ROW_GAP;
  if (rule)
    draw_rule (pdf);
}

/* A paragraph across the page. */
static void
draw_paragraph (Pdf        *pdf,
                const char *markup,
                const char *font,
                double      space_before)
{
  static const double left[] = { 0 };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (pdf->y > 0)
    pdf->y += space_before;
  g_ptr_array_add (cells, make_cell (pdf, markup, font, CONTENT_WIDTH));
  draw_row (pdf, cells, left, FALSE);
}

static void
draw_heading (Pdf        *pdf,
              const char *title)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);

  /* A heading never ends a page. */
  if (pdf->y + 60 > CONTENT_HEIGHT)
    new_page (pdf);
  draw_paragraph (pdf, markup, FONT " Bold 14", 14);
}

/* Cells of a table row from markup, one per column; @widths in points. */
static GPtrArray *
make_cells (Pdf                *pdf,
            const double       *widths,
            const char *const  *markup,
            guint               n,
            const char         *font)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cells, make_cell (pdf, markup[i], font, widths[i] - CELL_GAP));

  return cells;
}

static void
begin_table (Pdf                *pdf,
             const double       *widths,
             const double       *columns,
             const char *const  *titles,
             guint               n)
{
  g_autofree char **markup = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    markup[i] = g_markup_escape_text (titles[i], -1);
  pdf->header = make_cells (pdf, widths, (const char *const *) markup, n, FONT " Bold 9");
  pdf->header_columns = columns;
  for (guint i = 0; i < n; i++)
    g_free (markup[i]);

  if (pdf->y + 80 > CONTENT_HEIGHT)
    new_page (pdf);
  else
    draw_row (pdf, pdf->header, columns, TRUE);
}

static void
end_table (Pdf *pdf)
{
  g_clear_pointer (&pdf->header, g_ptr_array_unref);
  pdf->header_columns = NULL;
}

static void
columns_from_widths (const double *widths,
                     double       *columns,
                     guint         n)
{
  columns[0] = 0;
  for (guint i = 1; i < n; i++)
    columns[i] = columns[i - 1] + widths[i - 1];
}

static void
append_claim (GString        *out,
              const PlxClaim *claim)
{
  if (claim == NULL)
    return;
  g_string_append (out, "<b>");
  plx_report_append_escaped (out, claim->speaker_name[0] != '\0' ? claim->speaker_name
                                                                  : _("(unnamed)"));
  g_string_append (out, "</b> (");
  plx_report_append_escaped (out, claim->verb);
  g_string_append (out, "): ");
  plx_report_append_escaped (out, claim->text);
  if (plx_report_claim_edited (claim) != NULL)
    {
      g_string_append (out, " <i>");
      plx_report_append_escaped (out, plx_report_claim_edited (claim));
      g_string_append (out, "</i>");
    }
}

static void
draw_parties (Pdf           *pdf,
              PlxComparison *comparison)
{
  static const double widths[] = { 0.11 * CONTENT_WIDTH, 0.12 * CONTENT_WIDTH,
                                   0.28 * CONTENT_WIDTH, 0.28 * CONTENT_WIDTH,
                                   0.21 * CONTENT_WIDTH };
  const char *titles[] = { _("Party"), _("Status"), _("Article A"), _("Article B"),
                           _("What differs") };
  g_autoptr(GArray) rows = plx_claim_rows_new (comparison);
  double columns[G_N_ELEMENTS (widths)];

  draw_heading (pdf, _("Parties and claims"));
  if (rows->len == 0)
    {
      g_autofree char *markup = g_markup_escape_text (_("Neither article reports what anyone said."),
                                                      -1);

      draw_paragraph (pdf, markup, FONT " 9", 0);
      return;
    }

  columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
  begin_table (pdf, widths, columns, titles, G_N_ELEMENTS (titles));
  for (guint k = 0; k < rows->len; k++)
    {
      const PlxClaimRow *row = &g_array_index (rows, PlxClaimRow, k);
      g_autofree char *paper = plx_swatch_dup_paper (plx_palette_status (row->match->status));
      GString *cell[G_N_ELEMENTS (widths)];
      char *markup[G_N_ELEMENTS (widths)];
      g_autoptr(GPtrArray) cells = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (cell); i++)
        cell[i] = g_string_new (NULL);
      if (row->first_of_party)
        plx_report_append_escaped (cell[0], row->party->name);
      g_string_append_printf (cell[1], "<span background=\"%s\" weight=\"bold\" size=\"small\"> ",
                              paper);
      plx_report_append_escaped (cell[1],
                                 plx_swatch_get_label (plx_palette_status (row->match->status)));
      g_string_append (cell[1], " </span>");
      append_claim (cell[2], row->side == PLX_SIDE_A ? row->claim : NULL);
      append_claim (cell[3], row->side == PLX_SIDE_B ? row->claim : row->counterpart);
      if (row->match->change != NULL)
        plx_report_append_escaped (cell[4], row->match->change);

      for (guint i = 0; i < G_N_ELEMENTS (cell); i++)
        markup[i] = g_string_free (cell[i], FALSE);
      cells = make_cells (pdf, widths, (const char *const *) markup, G_N_ELEMENTS (widths),
                          FONT " 9");
      for (guint i = 0; i < G_N_ELEMENTS (cell); i++)
        g_free (markup[i]);
      draw_row (pdf, cells, columns, TRUE);
    }
  end_table (pdf);
}

static void
draw_links (Pdf           *pdf,
            PlxComparison *comparison)
{
  static const double widths[] = { 0.445 * CONTENT_WIDTH, 0.11 * CONTENT_WIDTH,
                                   0.445 * CONTENT_WIDTH };
  const char *titles[] = { _("Article A"), "", _("Article B") };
  g_autoptr(GString) legend = g_string_new (NULL);
  double columns[G_N_ELEMENTS (widths)];

  draw_heading (pdf, _("Linked sentences"));
  for (guint i = 0; i <= PLX_N_TAGS; i++)
    {
      const PlxSwatch *swatch = i < PLX_N_TAGS ? plx_palette_tag (plx_palette_tag_order (NULL)[i])
                                               : plx_palette_changed ();
      g_autofree char *paper = plx_swatch_dup_paper (swatch);

      g_string_append_printf (legend, "<span background=\"%s\"> ", paper);
      plx_report_append_escaped (legend, plx_swatch_get_label (swatch));
      g_string_append (legend, i < PLX_N_TAGS ? " </span>  " : " </span>");
    }
  draw_paragraph (pdf, legend->str, FONT " 8", 0);
  pdf->y += ROW_GAP;

  columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
  begin_table (pdf, widths, columns, titles, G_N_ELEMENTS (titles));
  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) kind = g_string_new ("<span size=\"small\" foreground=\"#5e5c64\">");
      g_autoptr(GString) b = g_string_new (NULL);
      const char *markup[3];
      g_autoptr(GPtrArray) cells = NULL;

      plx_report_append_marked (a, comparison, k, PLX_SIDE_A, PLX_MARKUP_PANGO);
      plx_report_append_marked (b, comparison, k, PLX_SIDE_B, PLX_MARKUP_PANGO);
      plx_report_append_escaped (kind, plx_swatch_get_label (plx_palette_link (link->kind)));
      g_string_append_printf (kind, "\n%.2f", link->score);
      if (link->moved)
        {
          g_string_append_c (kind, '\n');
          plx_report_append_escaped (kind, _("moved"));
        }
      g_string_append (kind, "</span>");

      markup[0] = a->str;
      markup[1] = kind->str;
      markup[2] = b->str;
      cells = make_cells (pdf, widths, markup, 3, FONT " 9");
      draw_row (pdf, cells, columns, TRUE);
    }
  end_table (pdf);
}

static void
draw_unmatched (Pdf           *pdf,
                PlxComparison *comparison,
                PlxSide        side)
{
  g_autoptr(GArray) unmatched = plx_comparison_dup_unmatched (comparison, side);
  PlxArticle *article = plx_comparison_get_article (comparison, side);
  const PlxSentence *sentences = plx_article_get_sentences (article, NULL);
  g_autoptr(GString) title = g_string_new ("<b>");

  plx_report_append_escaped (title, side == PLX_SIDE_A ? _("Only in article A")
                                                       : _("Only in article B"));
  g_string_append (title, "</b>");
  draw_paragraph (pdf, title->str, FONT " 10", 8);

  if (unmatched->len == 0)
    {
      g_autofree char *markup = g_markup_escape_text (_("Nothing: every sentence has a counterpart."),
                                                      -1);

      draw_paragraph (pdf, markup, FONT " 9", 0);
      return;
    }

  for (guint k = 0; k < unmatched->len; k++)
    {
      guint i = g_array_index (unmatched, guint, k);
      g_autoptr(GString) item = g_string_new (NULL);

      g_string_append_printf (item, "%u. ", i + 1);
      plx_report_append_span (item, plx_article_get_text (article), sentences[i].byte_start,
                              sentences[i].byte_end);
      draw_paragraph (pdf, item->str, FONT " 9", 0);
    }
}

/* The ranked list, a row per item: rank, reason, A's words, B's words. */
static void
draw_key_differences (Pdf           *pdf,
                      PlxComparison *comparison)
{
  static const double widths[] = { 0.04 * CONTENT_WIDTH, 0.24 * CONTENT_WIDTH,
                                   0.36 * CONTENT_WIDTH, 0.36 * CONTENT_WIDTH };
  const char *titles[] = { "#", _("Why it matters"), _("Article A"), _("Article B") };
  GArray *items = plx_comparison_get_key_differences (comparison);
  double columns[G_N_ELEMENTS (widths)];

  /* Without items the section is one line, which leaves the first page to
   * the rest. */
  if (items->len == 0)
    {
      g_autofree char *title = g_markup_escape_text (_("Key differences"), -1);
      g_autofree char *none = g_markup_escape_text (_("No key differences found."), -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>  %s", title, none);

      draw_paragraph (pdf, markup, FONT " 10", 8);
      return;
    }
  draw_heading (pdf, _("Key differences"));
  columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
  begin_table (pdf, widths, columns, titles, G_N_ELEMENTS (widths));
  for (guint k = 0; k < items->len; k++)
    {
      const PlxKeyDifference *item = &g_array_index (items, PlxKeyDifference, k);
      g_autofree char *rank = g_strdup_printf ("%u", k + 1);
      g_autofree char *reason = g_markup_escape_text (plx_key_kind_get_reason (item->kind), -1);
      g_autofree char *a = plx_report_key_place_markup (&item->place[PLX_SIDE_A], PLX_SIDE_A);
      g_autofree char *b = plx_report_key_place_markup (&item->place[PLX_SIDE_B], PLX_SIDE_B);
      const char *markup[] = { rank, reason, a, b };
      g_autoptr(GPtrArray) cells = make_cells (pdf, widths, markup, G_N_ELEMENTS (markup),
                                               FONT " 9");

      draw_row (pdf, cells, columns, TRUE);
    }
  end_table (pdf);
}

static void
draw_article_meta (Pdf        *pdf,
                   PlxArticle *article,
                   const char *id)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  /* The title and the file name are isolated (FSI … PDI) so that a
   * right-to-left title does not carry the dash and the file name along
   * with it. */
  g_string_append_printf (markup, "<b>%s</b>  \u2068", id);
  plx_report_append_escaped (markup, plx_article_get_title (article));
  g_string_append (markup, "\u2069 — \u2068");
  plx_report_append_escaped (markup, plx_article_get_source (article));
  g_string_append (markup, "\u2069");
  g_string_append_printf (markup, ngettext (" (%u sentence)", " (%u sentences)",
                                            plx_article_get_n_sentences (article)),
                          plx_article_get_n_sentences (article));
  draw_paragraph (pdf, markup->str, FONT " 9", 0);
}

static void
draw_summary (Pdf           *pdf,
              PlxComparison *comparison)
{
  static const double widths[] = { 220, 520 };
  double columns[G_N_ELEMENTS (widths)];
  g_autoptr(GArray) unmatched_a = plx_comparison_dup_unmatched (comparison, PLX_SIDE_A);
  g_autoptr(GArray) unmatched_b = plx_comparison_dup_unmatched (comparison, PLX_SIDE_B);
  guint kinds[3] = { 0, 0, 0 };
  guint moved = 0;
  g_autofree char *similarity = NULL;
  g_autofree char *n_links = NULL;
  g_autofree char *by_kind = NULL;
  g_autofree char *n_moved = NULL;
  g_autofree char *only = NULL;

  for (guint k = 0; k < plx_comparison_get_n_links (comparison); k++)
    {
      const PlxLink *link = plx_comparison_get_link (comparison, k);

      kinds[link->kind]++;
      moved += link->moved;
    }
  {
    g_autofree char *plain = plx_comparison_dup_similarity_text (comparison);

    similarity = g_markup_escape_text (plain, -1);
  }
  n_links = g_strdup_printf ("%u", plx_comparison_get_n_links (comparison));
  by_kind = g_strdup_printf ("%u · %u · %u", kinds[PLX_LINK_IDENTICAL],
                             kinds[PLX_LINK_PARAPHRASE], kinds[PLX_LINK_PARTIAL]);
  n_moved = g_strdup_printf ("%u", moved);
  only = g_strdup_printf ("%u · %u", unmatched_a->len, unmatched_b->len);

  {
    const char *figures[][2] = {
      { _("Similarity"), similarity },
      { _("Linked sentence groups"), n_links },
      { _("Identical · paraphrase · partial"), by_kind },
      { _("Moved"), n_moved },
      { _("Sentences only in A · only in B"), only },
    };

    draw_heading (pdf, _("Summary"));
    columns_from_widths (widths, columns, G_N_ELEMENTS (widths));
    for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
      {
        g_autofree char *label = g_markup_escape_text (figures[i][0], -1);
        const char *markup[2] = { label, figures[i][1] };
        g_autoptr(GPtrArray) cells = make_cells (pdf, widths, markup, 2, FONT " 9");

        draw_row (pdf, cells, columns, FALSE);
      }
  }
}

/* The person's notes, a paragraph each; no section without them. */
static void
draw_notes (Pdf           *pdf,
            PlxComparison *comparison)
{
  g_autoptr(GPtrArray) paragraphs = plx_report_notes_markup (comparison);

  if (paragraphs->len == 0)
    return;
  draw_heading (pdf, _("Notes"));
  for (guint i = 0; i < paragraphs->len; i++)
    draw_paragraph (pdf, g_ptr_array_index (paragraphs, i), FONT " 9", 6);
}

static void
draw_report (Pdf           *pdf,
             PlxComparison *comparison)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *title = g_markup_escape_text (_("Parallax comparison"), -1);
  g_autofree char *made = NULL;
  g_autofree char *made_markup = NULL;

  pdf->page = 1;
  pdf->y = 0;
  pdf->page_top = 0;

  draw_paragraph (pdf, title, FONT " Bold 20", 0);
  draw_article_meta (pdf, plx_comparison_get_article (comparison, PLX_SIDE_A), "A");
  draw_article_meta (pdf, plx_comparison_get_article (comparison, PLX_SIDE_B), "B");
  made = g_strdup_printf (_("Made %s by Parallax %s; language %s, sensitivity %.2f"), date,
                          PACKAGE_VERSION, plx_comparison_get_language (comparison),
                          plx_comparison_get_sensitivity (comparison));
  made_markup = g_markup_escape_text (made, -1);
  draw_paragraph (pdf, made_markup, FONT " 9", 0);

  draw_key_differences (pdf, comparison);
  draw_notes (pdf, comparison);
  draw_summary (pdf, comparison);
  draw_parties (pdf, comparison);
  draw_links (pdf, comparison);

  draw_heading (pdf, _("Sentences in one article only"));
  draw_unmatched (pdf, comparison, PLX_SIDE_A);
  draw_unmatched (pdf, comparison, PLX_SIDE_B);

  draw_footer (pdf);
}

static cairo_status_t
append_bytes (void                *data,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (data, bytes, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * plx_report_pdf_comparison:
 * @comparison: a comparison that has run
 * @error: where a failure to draw the report is told
 *
 * Returns: (transfer full) (nullable): the report as a PDF document
 */
GBytes *
plx_report_pdf_comparison (PlxComparison *comparison,
                           GError       **error)
{
  g_autoptr(GByteArray) output = g_byte_array_new ();
  PangoContext *context;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { 0 };

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (plx_comparison_is_done (comparison), NULL);

  /* Metrics in points, unhinted, as the PDF surface draws them. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pdf.context = context;

  /* First pass: count the pages. */
  draw_report (&pdf, comparison);
  pdf.n_pages = pdf.page;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, output, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  plx_article_get_title (plx_comparison_get_article (comparison,
                                                                                    PLX_SIDE_A)));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Parallax " PACKAGE_VERSION);
  pdf.cr = cairo_create (surface);
  draw_report (&pdf, comparison);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_object_unref (context);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                   _("Could not draw the PDF report: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&output));
}
