/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The page and table drawing of the PDF report (plx-report-pdf-layout.c),
 * shared with the report's sections (plx-report-pdf.c). */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

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
  const char   *link; /* an http(s) address whose text in what is drawn links to it */
} Pdf;

typedef void (*PlxPdfDraw) (Pdf     *pdf,
                            gpointer data);

GBytes *plx_pdf_render (const char *title,
                        PlxPdfDraw  draw,
                        gpointer    data,
                        GError    **error);
void plx_pdf_draw_footer (Pdf *pdf);
void plx_pdf_draw_row (Pdf          *pdf,
                       GPtrArray    *cells,
                       const double *columns,
                       gboolean      rule);
void plx_pdf_draw_paragraph (Pdf        *pdf,
                             const char *markup,
                             const char *font,
                             double      space_before);
void plx_pdf_keep_space (Pdf    *pdf,
                         double  height);
void plx_pdf_draw_heading (Pdf        *pdf,
                           const char *title);
GPtrArray *plx_pdf_make_cells (Pdf                *pdf,
                               const double       *widths,
                               const char *const  *markup,
                               guint               n,
                               const char         *font);
void plx_pdf_begin_table (Pdf                *pdf,
                          const double       *widths,
                          const double       *columns,
                          const char *const  *titles,
                          guint               n);
void plx_pdf_end_table (Pdf *pdf);
void plx_pdf_columns_from_widths (const double *widths,
                                  double       *columns,
                                  guint         n);

G_END_DECLS
