/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-collation.h"
#include "plx-comparison.h"

G_BEGIN_DECLS

typedef struct _PlxSession PlxSession;

PlxSession *plx_session_new_for_comparison (PlxComparison *comparison);
PlxSession *plx_session_new_from_bytes     (GBytes        *bytes,
                                            const char    *name,
                                            GError       **error);
PlxSession *plx_session_load               (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
void        plx_session_free               (PlxSession    *self);
GBytes     *plx_session_to_bytes           (PlxSession    *self);
gboolean    plx_session_save               (PlxSession    *self,
                                            GFile         *file,
                                            GError       **error);
PlxArticle *plx_session_get_article        (PlxSession    *self,
                                            PlxSide        side);
const char *plx_session_get_language       (PlxSession    *self);
double      plx_session_get_sensitivity    (PlxSession    *self);
guint       plx_session_get_n_links        (PlxSession    *self);
PlxComparison *plx_session_create_comparison (PlxSession  *self);
guint       plx_session_restore_links      (PlxSession    *self,
                                            PlxComparison *comparison);
guint       plx_session_get_n_notes        (PlxSession    *self);
guint       plx_session_get_n_dropped_notes (PlxSession   *self);
guint       plx_session_restore_notes      (PlxSession    *self,
                                            PlxComparison *comparison);

/* plx-session-collation.c: three or more articles */
PlxSession *plx_session_new_for_collation  (PlxCollation  *collation);
guint       plx_session_get_n_articles     (PlxSession    *self);
PlxArticle *plx_session_get_nth_article    (PlxSession    *self,
                                            guint          index);
const char *plx_session_get_parties        (PlxSession    *self);
void        plx_session_set_parties        (PlxSession    *self,
                                            const char    *json);
PlxCollation *plx_session_create_collation (PlxSession    *self);
guint       plx_session_restore_collation_links (PlxSession   *self,
                                                 PlxCollation *collation);

/* plx-session-pairs.c: notes and claim corrections per comparison, the base */
guint       plx_session_restore_collation_notes (PlxSession   *self,
                                                 PlxCollation *collation);
void        plx_session_set_base           (PlxSession    *self,
                                            int            index);
int         plx_session_get_base           (PlxSession    *self);
guint       plx_session_count_unkept       (PlxSession    *self,
                                            guint          base);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxSession, plx_session_free)

G_END_DECLS
