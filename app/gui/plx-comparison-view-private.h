/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison-view.h"
#include "plx-key-differences-panel.h"

G_BEGIN_DECLS

typedef struct _PlxViewNotes PlxViewNotes;

struct _PlxComparisonView
{
  GtkWidget parent_instance;

  /* template widgets */
  PlxArticlePane *panes[2];
  PlxLinkBand    *band;
  PlxOverview    *overviews[2];
  GtkWidget      *bottom;
  PlxKeyDifferencesPanel *key_differences;
  GtkRevealer    *details_revealer;
  GtkLabel       *details_label;
  GtkFlowBox     *legend;

  /* owned */
  PlxComparison *comparison;
  GArray        *ordered;  /* indices of links on the order-preserving path */
  char          *details;

  /* Sentences picked for a manual link, one range per side: a selection
   * in one pane clears the other's, so each is remembered when made. */
  guint   picked[2][2];

  GSignalGroup *comparison_signals;

  int   focus;      /* link, or -1 */
  int   focus_side; /* side of a focused unmatched sentence, or -1 */
  guint focus_sentence;
  int   scroll_leader; /* the side the user scrolled last, or -1 */
  guint resync_id;   /* idle that levels the panes again after a layout */
  guint syncing : 1;
  guint allocating : 1; /* in size_allocate: panes scroll only after it */

  /* A sentence each pane was asked to show (or -1), placed again as the
   * pane lays its text out, until the reader scrolls or a second passes. */
  int    shown_sentence[2];
  gint64 shown_until;

  PlxViewNotes *notes; /* plx-comparison-view-notes.c */
};

/* Every part reads links by index and by side. */
static inline const PlxLink *
plx_comparison_view_link_at (PlxComparisonView *self,
                             guint              index)
{
  return plx_comparison_get_link (self->comparison, index);
}

static inline guint
plx_comparison_view_link_start (const PlxLink *link,
                                PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_start : link->b_start;
}

static inline guint
plx_comparison_view_link_end (const PlxLink *link,
                              PlxSide        side)
{
  return side == PLX_SIDE_A ? link->a_end : link->b_end;
}

/* plx-comparison-view-band.c */
void plx_comparison_view_init_band         (PlxComparisonView *self);
void plx_comparison_view_queue_band        (PlxComparisonView *self);
void plx_comparison_view_visible_sentences (PlxComparisonView *self,
                                            PlxSide            side,
                                            int               *first,
                                            int               *last);

/* plx-comparison-view-scroll.c */
void plx_comparison_view_init_scroll    (PlxComparisonView *self);
void plx_comparison_view_scroll_pane_to (PlxComparisonView *self,
                                         PlxSide            side,
                                         guint              sentence);

/* plx-comparison-view-focus.c */
void plx_comparison_view_class_install_focus_actions (GtkWidgetClass *widget_class);
void plx_comparison_view_init_focus                  (PlxComparisonView *self);
void plx_comparison_view_clear_focus                 (PlxComparisonView *self);
void plx_comparison_view_focus_link                  (PlxComparisonView *self,
                                                      int                index);
void plx_comparison_view_show_places                 (PlxComparisonView *self,
                                                      int                sentence_a,
                                                      int                sentence_b);

/* plx-comparison-view-edit.c */
void plx_comparison_view_class_install_edit_actions (GtkWidgetClass *widget_class);
void plx_comparison_view_init_edit                  (PlxComparisonView *self);
void plx_comparison_view_update_edit_actions        (PlxComparisonView *self);

/* plx-comparison-view-notes.c */
void plx_comparison_view_class_install_note_actions (GtkWidgetClass *widget_class);
void plx_comparison_view_init_notes                 (PlxComparisonView *self);
void plx_comparison_view_free_notes                 (PlxComparisonView *self);
void plx_comparison_view_update_notes               (PlxComparisonView *self);
void plx_comparison_view_append_note_details        (PlxComparisonView *self,
                                                     GString           *markup,
                                                     GString           *plain,
                                                     int                link,
                                                     int                side,
                                                     guint              start,
                                                     guint              end);
/* plx-comparison-view-claim.c */
void plx_comparison_view_class_install_claim_actions (GtkWidgetClass *widget_class);

G_END_DECLS
