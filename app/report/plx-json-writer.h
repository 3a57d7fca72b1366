/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PlxJsonWriter PlxJsonWriter;

PlxJsonWriter *plx_json_writer_new            (void);
void           plx_json_writer_begin_object   (PlxJsonWriter *self);
void           plx_json_writer_end_object     (PlxJsonWriter *self);
void           plx_json_writer_begin_array    (PlxJsonWriter *self);
void           plx_json_writer_end_array      (PlxJsonWriter *self);
void           plx_json_writer_member         (PlxJsonWriter *self,
                                               const char    *name);
void           plx_json_writer_string         (PlxJsonWriter *self,
                                               const char    *value);
void           plx_json_writer_int            (PlxJsonWriter *self,
                                               gint64         value);
void           plx_json_writer_double         (PlxJsonWriter *self,
                                               double         value);
void           plx_json_writer_null           (PlxJsonWriter *self);
void           plx_json_writer_boolean        (PlxJsonWriter *self,
                                               gboolean       value);
char          *plx_json_writer_free_to_string (PlxJsonWriter *self);

G_END_DECLS
