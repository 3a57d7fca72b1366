/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "plx-error.h"

G_DEFINE_QUARK (plx-error-quark, plx_error)
