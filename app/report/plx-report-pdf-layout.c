/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Pages and tables of the PDF report: markup laid out in cells with
 * Pango, rows cut between lines where a page ends, the table header
 * repeated on each page, the page number at the foot. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <cairo-pdf.h>

#include "plx-error.h"
#include "plx-report-pdf-private.h"

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

void
plx_pdf_draw_footer (Pdf *pdf)
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

static void
new_page (Pdf *pdf)
{
  plx_pdf_draw_footer (pdf);
  if (pdf->cr != NULL)
    cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = 0;

  if (pdf->header != NULL)
    plx_pdf_draw_row (pdf, pdf->header, pdf->header_columns, TRUE);
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

/* Makes the text of @pdf->link in line @k of @cell, drawn at @x (the
 * cell's left) and @top (the line's), a link to that address: one
 * rectangle per run of the line it covers. */
static void
tag_link (Pdf       *pdf,
          CellLines *cell,
          guint      k,
          double     x,
          double     top)
{
  PangoLayoutLine *line = cell->lines[k];
  const char *text = pango_layout_get_text (line->layout);
  const char *found = strstr (text, pdf->link);
  g_autoptr(GString) attributes = NULL;
  g_autofree int *ranges = NULL;
  int n_ranges = 0;

  if (found == NULL)
    return;
  pango_layout_line_get_x_ranges (line, found - text, found - text + strlen (pdf->link), &ranges,
                                  &n_ranges);
  if (n_ranges == 0)
    return;

  attributes = g_string_new ("rect=[");
  for (int i = 0; i < n_ranges; i++)
    {
      char number[4][G_ASCII_DTOSTR_BUF_SIZE];
      double values[4] = { x + (double) ranges[2 * i] / PANGO_SCALE, top,
                           (double) (ranges[2 * i + 1] - ranges[2 * i]) / PANGO_SCALE,
                           cell->bottom[k] - cell->top[k] };

      for (guint v = 0; v < 4; v++)
        g_string_append_printf (attributes, "%s ",
                                g_ascii_dtostr (number[v], sizeof number[v], values[v]));
    }
  /* A string attribute is in single quotes, with ' and \ escaped. */
  g_string_append (attributes, "] uri='");
  for (const char *p = pdf->link; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');
  cairo_tag_begin (pdf->cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (pdf->cr, CAIRO_TAG_LINK);
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
        if (pdf->link != NULL)
          tag_link (pdf, cell, k, x, y - done + cell->top[k]);
      }
}

/* Draws a row of cells, each an array of layouts, @columns giving each
 * one's left edge from the content's, and continues it on the next pages
 * while it does not fit. */
void
plx_pdf_draw_row (Pdf          *pdf,
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
void
plx_pdf_draw_paragraph (Pdf        *pdf,
                        const char *markup,
                        const char *font,
                        double      space_before)
{
  static const double left[] = { 0 };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (pdf->y > 0)
    pdf->y += space_before;
  g_ptr_array_add (cells, make_cell (pdf, markup, font, CONTENT_WIDTH));
  plx_pdf_draw_row (pdf, cells, left, FALSE);
}

/* Starts a new page unless @height points are left on this one. */
void
plx_pdf_keep_space (Pdf    *pdf,
                    double  height)
{
  if (pdf->y > 0 && pdf->y + height > CONTENT_HEIGHT)
    new_page (pdf);
}

void
plx_pdf_draw_heading (Pdf        *pdf,
                      const char *title)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);

  /* A heading never ends a page. */
  plx_pdf_keep_space (pdf, 60);
  plx_pdf_draw_paragraph (pdf, markup, FONT " Bold 14", 14);
}

/* Cells of a table row from markup, one per column; @widths in points. */
GPtrArray *
plx_pdf_make_cells (Pdf                *pdf,
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

void
plx_pdf_begin_table (Pdf                *pdf,
                     const double       *widths,
                     const double       *columns,
                     const char *const  *titles,
                     guint               n)
{
  g_autofree char **markup = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    markup[i] = g_markup_escape_text (titles[i], -1);
  pdf->header = plx_pdf_make_cells (pdf, widths, (const char *const *) markup, n, FONT " Bold 9");
  pdf->header_columns = columns;
  for (guint i = 0; i < n; i++)
    g_free (markup[i]);

  if (pdf->y + 80 > CONTENT_HEIGHT)
    new_page (pdf);
  else
    plx_pdf_draw_row (pdf, pdf->header, columns, TRUE);
}

void
plx_pdf_end_table (Pdf *pdf)
{
  g_clear_pointer (&pdf->header, g_ptr_array_unref);
  pdf->header_columns = NULL;
}

void
plx_pdf_columns_from_widths (const double *widths,
                             double       *columns,
                             guint         n)
{
  columns[0] = 0;
  for (guint i = 1; i < n; i++)
    columns[i] = columns[i - 1] + widths[i - 1];
}


static cairo_status_t
append_bytes (void                *data,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (data, bytes, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Draws a report twice with @draw, once to count its pages and once on a
 * PDF surface titled @title, and returns the document. */
GBytes *
plx_pdf_render (const char *title,
                PlxPdfDraw  draw,
                gpointer    data,
                GError    **error)
{
  g_autoptr(GByteArray) output = g_byte_array_new ();
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { 0 };

  /* Metrics in points, unhinted, as the PDF surface draws them. */
  pdf.context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (pdf.context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pdf.context, options);
  cairo_font_options_destroy (options);

  /* First pass: count the pages. */
  draw (&pdf, data);
  pdf.n_pages = pdf.page;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, output, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Parallax " PACKAGE_VERSION);
  pdf.cr = cairo_create (surface);
  draw (&pdf, data);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_object_unref (pdf.context);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                   _("Could not draw the PDF report: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&output));
}
