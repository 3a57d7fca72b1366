/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "plx-document.h"
#include "plx-notes.h"
#include "plx-session.h"

G_BEGIN_DECLS

/* A session is built and written in plx-session.c and read, with every
 * check a file from elsewhere needs, in plx-session-read.c. */

#define SESSION_FORMAT  "parallax-session"
#define SESSION_VERSION 1
/* Two articles at the document limit, escaped, with room to spare. */
#define SESSION_MAX_BYTES (4 * (gsize) PLX_DOCUMENT_MAX_BYTES)
#define SESSION_MAX_DEPTH 16
/* A title is a line, a source a file name or an address; a session holding
 * more (only a hand-made one does) has them cut to these lengths. Cut,
 * not refused: an HTML page's <title> can be as long as it likes, and a
 * session Parallax saves must always open again. */
#define SESSION_MAX_TITLE_CHARS  1000
#define SESSION_MAX_SOURCE_CHARS 4096
/* A page's metadata (an article's "metadata" object) is cut likewise: an
 * address to the source's length, every other value to a title's, and the
 * list of authors to this many names. */
#define SESSION_MAX_AUTHORS 100

/* A manual link, as the texts of its sentences on each side. In a session
 * of three or more articles (plx-session-collation.c) it links the base
 * article's sentences (@a) to those of another (@b): @base and @other are
 * their places in the session's articles; -1 in a two-article session. */
typedef struct
{
  GStrv a;
  GStrv b;
  int   base;
  int   other;
} PlxSessionLink;

/* The notes and corrections of claims of one comparison of a collation:
 * that of the base article (A) at @base with the one at @other (B). */
typedef struct
{
  int        base;
  int        other;
  PlxNotes  *notes;
  GPtrArray *claim_edits; /* PlxClaimEdit* */
} PlxSessionPair;

struct _PlxSession
{
  PlxArticle *articles[2];
  char       *language;
  double      sensitivity;
  char       *parties; /* JSON, the shape of a parties file, or NULL */
  GArray     *links;   /* PlxSessionLink */
  PlxNotes   *notes;
  guint       notes_dropped; /* notes of the file that could not be kept */
  GPtrArray  *claim_edits; /* PlxClaimEdit*: corrections of claims (plx-session-claims.c) */
  GPtrArray  *collated;  /* PlxArticle: all the articles of a session of three or more
                          * (articles[] holds the first two), else NULL */
  int         base;      /* the base article chosen by hand, or -1 */
  GPtrArray  *pairs;     /* PlxSessionPair*: notes and claim edits per comparison */
};

/* The name of each PlxFormat in a session file. */
extern const char *const plx_session_format_names[PLX_FORMAT_PDF + 1];

PlxSession *plx_session_new_empty  (void);
void        plx_session_link_clear (gpointer data);
gboolean    plx_session_read_notes (PlxSession *self,
                                    JsonNode   *node,
                                    const char *name,
                                    GError    **error);
void        plx_session_add_optional_string (JsonBuilder *builder,
                                             const char  *member,
                                             const char  *value);

/* plx-session-read.c */
PlxArticle *plx_session_read_article     (JsonNode      *node,
                                          const char    *name,
                                          const char    *id,
                                          GError       **error);

/* plx-session-collation.c */
gboolean plx_session_read_collated       (PlxSession    *self,
                                          JsonArray     *array,
                                          const char    *name,
                                          GError       **error);
gboolean plx_session_read_link_places    (PlxSession     *self,
                                          JsonObject     *object,
                                          PlxSessionLink *link);
void     plx_session_write_link_places   (PlxSession           *self,
                                          JsonBuilder          *builder,
                                          const PlxSessionLink *link);

/* plx-session-claims.c */
void     plx_session_keep_claim_edits    (PlxSession    *self,
                                          PlxComparison *comparison);
void     plx_session_write_claim_edits   (PlxSession    *self,
                                          JsonBuilder   *builder);
gboolean plx_session_read_claim_edits    (PlxSession    *self,
                                          JsonNode      *node,
                                          const char    *name,
                                          GError       **error);
guint    plx_session_restore_claim_edits (PlxSession    *self,
                                          PlxComparison *comparison);
void     plx_session_write_claim_edit_list (JsonBuilder       *builder,
                                            GPtrArray         *edits);
gboolean plx_session_read_claim_edit_list  (JsonNode          *node,
                                            PlxArticle *const *articles,
                                            GPtrArray         *edits,
                                            const char        *name,
                                            GError           **error);
guint    plx_session_restore_claim_edit_list (GPtrArray         *edits,
                                              PlxArticle *const *articles,
                                              PlxComparison     *comparison);

/* plx-session-pairs.c: the notes and corrections of claims of each
 * comparison of a collation, and the base chosen by hand */
void     plx_session_pair_free           (gpointer       data);
void     plx_session_keep_pairs          (PlxSession    *self,
                                          PlxCollation  *collation);
void     plx_session_write_pairs         (PlxSession    *self,
                                          JsonBuilder   *builder);
gboolean plx_session_read_pairs          (PlxSession    *self,
                                          JsonObject    *root,
                                          const char    *name,
                                          GError       **error);
guint    plx_session_restore_pair_claim_edits (PlxSession   *self,
                                               PlxCollation *collation);

G_END_DECLS
