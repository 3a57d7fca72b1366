/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "plx-application.h"
#include "plx-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlxApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The headless commands must run without a display, so they are
   * dispatched before anything initialises GTK. */
  if (argc > 1 && plx_cli_is_command (argv[1]))
    return plx_cli_run (argc, argv);

  app = plx_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
