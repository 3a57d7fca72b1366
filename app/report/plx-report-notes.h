/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "plx-comparison.h"
#include "plx-json-writer.h"
#include "plx-notes.h"

G_BEGIN_DECLS

void       plx_report_notes_json   (PlxJsonWriter *w,
                                    PlxComparison *comparison);
void       plx_report_notes_html   (GString       *out,
                                    PlxComparison *comparison);
void       plx_report_notes_text   (GString       *out,
                                    PlxComparison *comparison,
                                    gboolean       markdown);
GPtrArray *plx_report_notes_markup (PlxComparison *comparison);
char      *plx_report_note_place   (PlxComparison *comparison,
                                    const PlxNote *note,
                                    int            target);

G_END_DECLS
