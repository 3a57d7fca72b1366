/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLX_TYPE_APPLICATION (plx_application_get_type ())

G_DECLARE_FINAL_TYPE (PlxApplication, plx_application, PLX, APPLICATION, AdwApplication)

PlxApplication *plx_application_new          (void);
GSettings      *plx_application_get_settings (PlxApplication *self);

G_END_DECLS
