/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-article-pane.h"
#include "plx-collation.h"
#include "plx-comparison-view.h"
#include "plx-coverage-view.h"
#include "plx-notes.h"
#include "plx-parties-panel.h"
#include "plx-search-bar.h"
#include "plx-session.h"
#include "plx-window.h"

G_BEGIN_DECLS

struct _PlxWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkInfoBar      *unrelated_bar;
  GtkLabel        *unrelated_label;
  AdwWindowTitle  *window_title;
  GtkStack          *stack;
  GtkSpinner        *spinner;
  PlxComparisonView *view;
  AdwFlap           *flap;
  PlxPartiesPanel   *parties_panel;
  PlxSearchBar      *search_bar;
  GMenu             *recent_section;

  /* owned */
  PlxArticle           *articles[2];
  GCancellable         *loads[2];
  GCancellable         *joining;      /* a page fetched to join the articles open */
  PlxArticle           *waiting_page; /* that page, fetched, waiting for a collation */
  GCancellable         *comparing;
  GFileMonitor         *monitors[2];
  PlxSession           *kept_links; /* manual links while the articles reload */
  PlxComparison        *comparison;
  char                 *saved_parties; /* the party edits as last written */
  GtkFileChooserNative *chooser;
  PlxSession           *opening;      /* a session whose articles are being compared */
  GFile                *session_file; /* where Save writes, once saved or opened */
  GCancellable         *session_load;
  gboolean              unsaved;      /* manual changes since the session was saved */
  gboolean              close_confirmed;
  PlxNotes             *kept_notes;   /* notes while the comparison runs again */
  GtkWidget            *notes_window;

  /* three or more articles (plx-window-collation.c) */
  PlxCollation         *collation;     /* the collation shown, once done */
  GCancellable         *collating;     /* loading or collating articles */
  GPtrArray            *collated;      /* PlxArticle, or GFile while it loads: those being
                                        * collated */
  GPtrArray            *waiting;       /* PlxArticle or GFile: to join them once collated */
  PlxArticle           *collated_base; /* the base chosen by hand among them, or NULL */
  PlxComparison        *given_way;     /* the two-article comparison they replaced, shown
                                        * again if they cannot be collated */
  guint                 n_pending;     /* files still loading */
  guint                 outlet;        /* the article the panes show against the base */
  PlxCoverageView      *coverage;
  GtkWidget            *coverage_button;
  GtkWidget            *coverage_summary;
  AdwStatusPage        *collating_page; /* shown while a collation is made */
  gboolean              recollate;      /* the settings changed while it was made */
  GtkDropDown          *outlet_dropdown;
  PlxSession           *collation_session; /* a session whose articles are being collated */
  char                 *collation_parties; /* the parties as last edited in a comparison */
};

GSettings *plx_window_get_settings          (PlxWindow *self);
void       plx_window_show_error            (PlxWindow  *self,
                                             const char *message);
void       plx_window_init_dnd              (PlxWindow *self);
void       plx_window_class_install_actions (GtkWidgetClass *widget_class);
void       plx_window_class_install_fetch_actions (GtkWidgetClass *widget_class);
void       plx_window_open_address          (PlxWindow  *self,
                                             int         side,
                                             const char *address);
void       plx_window_join_address          (PlxWindow  *self,
                                             const char *address);
void       plx_window_cancel_join           (PlxWindow  *self);
gboolean   plx_window_collation_over        (PlxWindow  *self,
                                             gboolean    failed);
/* plx-window-load.c */
void       plx_window_set_article           (PlxWindow  *self,
                                             PlxSide     side,
                                             PlxArticle *article);
gboolean   plx_window_side_is_taken         (PlxWindow *self,
                                             PlxSide    side);
int        plx_window_free_side             (PlxWindow *self);
GCancellable *plx_window_begin_load         (PlxWindow  *self,
                                             PlxSide     side,
                                             const char *title);
void       plx_window_end_load              (PlxWindow *self,
                                             PlxSide    side);
void       plx_window_ask_which_side        (PlxWindow  *self,
                                             GObject    *what,
                                             const char *name);
char      *plx_window_dup_web_address       (const char *text);
void       plx_window_class_install_report_actions (GtkWidgetClass *widget_class);
void       plx_window_update_report_actions (PlxWindow *self);
void       plx_window_class_install_session_actions (GtkWidgetClass *widget_class);
void       plx_window_class_install_search_actions (GtkWidgetClass *widget_class);
void       plx_window_init_recent           (PlxWindow *self);
void       plx_window_show_article          (PlxWindow  *self,
                                             PlxSide     side,
                                             PlxArticle *article);
void       plx_window_update_view           (PlxWindow *self);
void       plx_window_start_comparison      (PlxWindow *self);
void       plx_window_keep_manual_links     (PlxWindow *self);
void       plx_window_forget_session        (PlxWindow *self);
void       plx_window_set_unsaved           (PlxWindow *self,
                                             gboolean   unsaved);
gboolean   plx_window_confirm_close         (PlxWindow *self);
gboolean   plx_window_open_if_session       (PlxWindow *self,
                                             GFile     *file);
void       plx_window_monitor_article       (PlxWindow *self,
                                             PlxSide    side);
void       plx_window_restore_manual_links  (PlxWindow *self);

/* plx-window.c */
void       plx_window_stop_comparison       (PlxWindow     *self);
void       plx_window_comparison_shown      (PlxWindow     *self);
void       plx_window_set_comparison        (PlxWindow     *self,
                                             PlxComparison *comparison);

/* plx-window-collation.c */
void       plx_window_init_collation        (PlxWindow  *self);
void       plx_window_class_install_collation_actions (GtkWidgetClass *widget_class);
void       plx_window_collate_files         (PlxWindow  *self,
                                             GFile     **files,
                                             guint       n_files);
void       plx_window_collate_articles      (PlxWindow   *self,
                                             PlxArticle **articles,
                                             guint        n_articles);
void       plx_window_end_collation         (PlxWindow  *self);
void       plx_window_collate_with_base     (PlxWindow   *self,
                                             PlxArticle **articles,
                                             guint        n_articles,
                                             PlxArticle  *base);

/* plx-window-articles.c */
void       plx_window_class_install_add_actions (GtkWidgetClass *widget_class);
void       plx_window_collate_session       (PlxWindow  *self,
                                             PlxSession *session);
void       plx_window_recollate             (PlxWindow  *self);
PlxSession *plx_window_dup_collation_session (PlxWindow  *self);
char      *plx_window_parties_path          (void);
void       plx_window_write_parties         (PlxWindow  *self,
                                             const char *json);
void       plx_window_run_collation_session (PlxWindow  *self,
                                             PlxSession *session,
                                             gboolean    use_settings);

/* plx-window-base.c */
void       plx_window_class_install_base_actions (GtkWidgetClass *widget_class);
void       plx_window_init_base             (PlxWindow  *self);
void       plx_window_use_as_base           (PlxWindow  *self,
                                             guint       index);
gboolean   plx_window_is_collating          (PlxWindow  *self);
void       plx_window_add_article_file      (PlxWindow  *self,
                                             GFile      *file);
void       plx_window_add_article           (PlxWindow  *self,
                                             PlxArticle *article);
gboolean   plx_window_has_room_for_article  (PlxWindow  *self);
gboolean   plx_window_takes_more_articles   (PlxWindow  *self);
gboolean   plx_window_join_waiting          (PlxWindow  *self,
                                             PlxArticle *page,
                                             gboolean    failed);
void       plx_window_update_collation_names (PlxWindow *self);

/* plx-window-notes.c */
void       plx_window_class_install_notes_actions (GtkWidgetClass *widget_class);
void       plx_window_keep_notes            (PlxWindow     *self);
void       plx_window_restore_notes         (PlxWindow     *self,
                                             PlxComparison *comparison);
void       plx_window_notes_comparison_changed (PlxWindow *self);

G_END_DECLS
