/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PLX_ERROR (plx_error_quark ())

/**
 * PlxError:
 *
 * Errors a user can cause: files and text handed to Parallax. Each comes with
 * a message that names the input and says what to do about it.
 */
typedef enum
{
  PLX_ERROR_NOT_FOUND,
  PLX_ERROR_NOT_REGULAR,
  PLX_ERROR_UNREADABLE,
  PLX_ERROR_EMPTY,
  PLX_ERROR_BINARY,
  PLX_ERROR_ENCODING,
  PLX_ERROR_TOO_LARGE,
  PLX_ERROR_FORMAT,
  PLX_ERROR_INVALID_ARGUMENT,
  PLX_ERROR_FAILED,
  PLX_ERROR_NETWORK,
  PLX_ERROR_TIMED_OUT,
  PLX_ERROR_HTTP,
  PLX_ERROR_ACCESS_DENIED,
} PlxError;

GQuark plx_error_quark (void);

G_END_DECLS
