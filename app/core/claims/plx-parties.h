/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "plx-article.h"
#include "plx-claims.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

/**
 * PlxParty:
 * @id: a stable identifier ("russia", or made from a discovered name)
 * @name: the name shown to people
 * @aliases: the words an article may use for the party
 * @discovered: whether the party was found in the articles rather than
 *   known beforehand
 * @edited: whether a person renamed it, merged into it, or gave it in a
 *   parties file (such parties are saved)
 * @merged: the ids of the parties merged into it, which a saved file must
 *   take away again when it is read (they may be built in)
 */
typedef struct _PlxParties PlxParties;

typedef struct
{
  char      *id;
  char      *name;
  GPtrArray *aliases;
  gboolean   discovered;
  gboolean   edited;
  GPtrArray *merged;
} PlxParty;

PlxParties     *plx_parties_new       (GError **error);
gboolean        plx_parties_add_file  (PlxParties *self,
                                       const char *path,
                                       GError    **error);
gboolean        plx_parties_add_data  (PlxParties *self,
                                       const char *data,
                                       gsize       length,
                                       const char *name,
                                       GError    **error);
void            plx_parties_free      (PlxParties *self);
PlxParties     *plx_parties_copy      (PlxParties *self);
void            plx_parties_restore   (PlxParties *self,
                                       PlxParties *from);
void            plx_parties_assign    (PlxParties              *self,
                                       PlxArticle              *article,
                                       GArray                  *claims,
                                       PlxTokenizer            *tokenizer,
                                       PlxVocabulary           *vocabulary,
                                       const PlxSentenceTokens *tokens);
void            plx_parties_unify     (PlxParties *self,
                                       GArray     *first,
                                       GArray     *second);
guint           plx_parties_get_n     (PlxParties *self);
const PlxParty *plx_parties_get       (PlxParties *self,
                                       guint       index);
const PlxParty *plx_parties_lookup    (PlxParties *self,
                                       const char *id);
gboolean        plx_parties_rename    (PlxParties *self,
                                       const char *id,
                                       const char *name);
gboolean        plx_parties_merge     (PlxParties *self,
                                       const char *from,
                                       const char *into);
char           *plx_parties_to_json   (PlxParties *self);
GHashTable     *plx_parties_dup_group_names (PlxParties *self);
const PlxParty *plx_parties_ensure_other (PlxParties *self);

GArray         *plx_find_claims       (PlxArticle *article,
                                       const char *language,
                                       PlxParties *parties,
                                       GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxParties, plx_parties_free)

G_END_DECLS
