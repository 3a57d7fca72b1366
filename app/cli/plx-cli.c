/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The headless commands, `parallax compare` and `parallax analyze`. They run
 * without a display: nothing here touches GTK. Bad input ends with a message
 * on stderr and PLX_EXIT_BAD_INPUT. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include "plx-article.h"
#include "plx-claims.h"
#include "plx-cli.h"
#include "plx-collation.h"
#include "plx-comparison.h"
#include "plx-error.h"
#include "plx-fetch.h"
#include "plx-parties.h"
#include "plx-report.h"
#include "plx-report-collation.h"
#include "plx-save.h"

typedef struct
{
  char  *format;
  char  *output;
  char  *export_path;
  char  *language;
  char  *lexicon;
  char  *parties;
  char  *sensitivity_text;
  double sensitivity;
} CliOptions;

static void
cli_options_clear (CliOptions *options)
{
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->export_path, g_free);
  g_clear_pointer (&options->language, g_free);
  g_clear_pointer (&options->lexicon, g_free);
  g_clear_pointer (&options->parties, g_free);
  g_clear_pointer (&options->sensitivity_text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliOptions, cli_options_clear)

gboolean
plx_cli_is_command (const char *arg)
{
  return g_strcmp0 (arg, "compare") == 0 || g_strcmp0 (arg, "analyze") == 0;
}

static void
print_error (const char *message)
{
  g_printerr ("parallax: %s\n", message);
}

/* --format wins; otherwise the file name's extension decides (an --export
 * file must have one we know). A report for standard output is the text
 * summary when a person reads it in a terminal, and JSON when it goes into
 * a pipe or a file, so that scripts keep getting what they parse. */
static gboolean
choose_format (CliOptions      *options,
               gboolean         compare,
               PlxReportFormat *format,
               GError         **error)
{
  const char *path = options->export_path != NULL ? options->export_path : options->output;

  if (options->export_path != NULL && options->output != NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           _("Use either --output or --export, not both."));
      return FALSE;
    }

  *format = PLX_REPORT_JSON;
  if (options->format == NULL && (path == NULL || g_str_equal (path, "-")) &&
      isatty (STDOUT_FILENO))
    *format = PLX_REPORT_TEXT;
  if (options->format != NULL)
    {
      if (!plx_report_format_from_name (options->format, format))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                       _("Unknown format “%s”: use json, text, markdown, html or pdf."),
                       options->format);
          return FALSE;
        }
    }
  else if (path != NULL && !plx_report_format_for_path (path, format) &&
           options->export_path != NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the format of “%s”: name it .html, .pdf, .md, .json or .txt, "
                     "or give --format."), options->export_path);
      return FALSE;
    }

  if ((*format == PLX_REPORT_HTML || *format == PLX_REPORT_PDF) && !compare)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           _("HTML and PDF reports are made by “parallax compare”; "
                             "analyze writes json, text or markdown."));
      return FALSE;
    }

  if (*format == PLX_REPORT_PDF && path == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           _("A PDF report needs a file: give --export report.pdf "
                             "(or -o - to send it to standard output)."));
      return FALSE;
    }

  return TRUE;
}

/* GOption's doubles take "nan", "inf" and anything out of range: the
 * value is read here so that the message can quote what was typed. */
static gboolean
parse_sensitivity (CliOptions *options,
                   GError    **error)
{
  const char *text = options->sensitivity_text;
  char *end = NULL;
  double value;

  if (text == NULL)
    return TRUE;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value < 0 || value > 1)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                   _("--sensitivity takes a number from 0 to 1, not “%s”."), text);
      return FALSE;
    }
  options->sensitivity = value;

  return TRUE;
}

/* Whether @path, a file that does not exist, reads as a web address
 * without its scheme: "www.example.org/news/1", "example.org/news". */
static gboolean
looks_like_address (const char *path)
{
  return g_regex_match_simple ("^(www\\.[^/\\s]+|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}/[^\\s]*)$",
                               path, G_REGEX_CASELESS, 0);
}

/* A file, or the page at an http:// or https:// address. */
static PlxArticle *
load_article (const char *path,
              GError    **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  PlxArticle *article;

  if (plx_fetch_is_web_address (path))
    {
      g_autoptr(PlxDocument) document = plx_fetch_document (path, NULL, error);

      return document != NULL ? plx_article_new_from_document (document, document->address)
                              : NULL;
    }

  file = g_file_new_for_commandline_arg (path);
  article = plx_article_new_from_file (file, NULL, &local_error);
  if (article == NULL && g_error_matches (local_error, PLX_ERROR, PLX_ERROR_NOT_FOUND) &&
      looks_like_address (path))
    g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                 _("There is no file “%s”. To open it as a web address, write it with its "
                   "scheme: https://%s"),
                 path, path);
  else if (article == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return article;
}

static int
write_output (const char *output,
              GBytes     *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          print_error (_("Could not write to standard output."));
          return PLX_EXIT_WRITE_ERROR;
        }
      return PLX_EXIT_OK;
    }

  /* Whole or not at all, through a link to its target, never over a
   * folder, a FIFO or a device. */
  file = g_file_new_for_commandline_arg (output);
  if (!plx_save_bytes (file, contents, &error))
    {
      print_error (error->message);
      return PLX_EXIT_WRITE_ERROR;
    }

  return PLX_EXIT_OK;
}

static void
add_entries (GOptionContext *context,
             CliOptions     *options,
             gboolean        compare)
{
  /* analyze takes only what it uses: it links no sentences and tags no
   * differences, so it has no --sensitivity or --lexicon, and it writes
   * no HTML or PDF. */
  const GOptionEntry compare_entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format,
      N_("Output format: text, json, markdown, html or pdf (default: from the file name; "
         "on standard output text in a terminal, else json)"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("Write the report to FILE instead of standard output"), N_("FILE") },
    { "export", 'e', 0, G_OPTION_ARG_FILENAME, &options->export_path,
      N_("Write the report to FILE in the format its extension names "
         "(.html, .pdf, .md, .json or .txt)"), N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &options->language,
      N_("Language of the articles: en, de, fr or es (default: detected)"), N_("LANG") },
    { "lexicon", 0, 0, G_OPTION_ARG_FILENAME, &options->lexicon,
      N_("Extra word lists for tagging differences (JSON, like data/lexicon/en/tags.json)"),
      N_("FILE") },
    { "parties", 0, 0, G_OPTION_ARG_FILENAME, &options->parties,
      N_("Parties to add, rename or merge (JSON, like data/lexicon/parties.json)"), N_("FILE") },
    { "sensitivity", 0, 0, G_OPTION_ARG_STRING, &options->sensitivity_text,
      N_("How readily sentences are linked, from 0 (clear matches only) to 1 (default: 0.5)"),
      N_("VALUE") },
    { NULL }
  };
  const GOptionEntry analyze_entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format,
      N_("Output format: text, json or markdown (default: from the file name; "
         "on standard output text in a terminal, else json)"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("Write the report to FILE instead of standard output"), N_("FILE") },
    { "export", 'e', 0, G_OPTION_ARG_FILENAME, &options->export_path,
      N_("Write the report to FILE in the format its extension names (.md, .json or .txt)"),
      N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &options->language,
      N_("Language of the article: en, de, fr or es (default: detected)"), N_("LANG") },
    { "parties", 0, 0, G_OPTION_ARG_FILENAME, &options->parties,
      N_("Parties to add, rename or merge (JSON, like data/lexicon/parties.json)"), N_("FILE") },
    /* Read only to be refused with a sentence that says why. */
    { "sensitivity", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &options->sensitivity_text,
      NULL, NULL },
    { "lexicon", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &options->lexicon, NULL, NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, compare ? compare_entries : analyze_entries,
                                     GETTEXT_PACKAGE);
}

/* Parses the options of @argv (after the command word) into @options and
 * checks them; @files gets what is left: the program name, then the files. */
static gboolean
parse_options (CliOptions      *options,
               gboolean         compare,
               int              argc,
               char           **argv,
               GStrv           *files,
               PlxReportFormat *format,
               GError         **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) args = NULL;

  context = g_option_context_new (compare ? _("compare ARTICLE_A ARTICLE_B [ARTICLE_C…]")
                                          : _("analyze ARTICLE"));
  g_option_context_set_summary (context,
                                compare ? _("Compare two articles sentence by sentence and "
                                            "print the comparison report; with three to "
                                            "twelve articles, collate them into story units "
                                            "and print the collation report.")
                                        : _("Analyse one article and print its sentences."));
  g_option_context_set_description (context,
                                    _("Without --format, a report on standard output is a "
                                      "readable summary in a terminal and JSON in a pipe or "
                                      "file; a file named with --output or --export gets the "
                                      "format of its extension. An article is a file, or a web "
                                      "address (http:// or https://) whose page is fetched."));
  add_entries (context, options, compare);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  /* Skip the command word so that GOption sees only options and files. */
  args = g_new0 (char *, argc);
  args[0] = g_strdup (argv[0]);
  for (int i = 2; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, error))
    return FALSE;
  if (!compare && (options->sensitivity_text != NULL || options->lexicon != NULL))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_INVALID_ARGUMENT,
                           _("analyze links no sentences and tags no differences: "
                             "--sensitivity and --lexicon are options of “parallax compare”."));
      return FALSE;
    }
  if (!parse_sensitivity (options, error) ||
      !choose_format (options, compare, format, error))
    return FALSE;

  *files = g_steal_pointer (&args);

  return TRUE;
}

/* `parallax compare A B`: the comparison report of two articles into
 * @contents, or an exit status other than PLX_EXIT_OK after a message. */
static int
run_compare (const CliOptions *options,
             const char       *path_a,
             const char       *path_b,
             PlxReportFormat   format,
             GBytes          **contents)
{
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_b = NULL;

  /* Both files are tried, so that two bad ones get two messages. */
  a = load_article (path_a, &error);
  b = load_article (path_b, &error_b);
  if (a == NULL || b == NULL)
    {
      if (a == NULL)
        print_error (error->message);
      if (b == NULL)
        print_error (error_b->message);
      return PLX_EXIT_BAD_INPUT;
    }

  comparison = plx_comparison_new (a, b);
  plx_comparison_set_language (comparison, options->language);
  plx_comparison_set_lexicon_file (comparison, options->lexicon);
  plx_comparison_set_parties_file (comparison, options->parties);
  plx_comparison_set_sensitivity (comparison, options->sensitivity);
  if (!plx_comparison_run (comparison, NULL, &error))
    {
      print_error (error->message);
      return PLX_EXIT_BAD_INPUT;
    }
  *contents = plx_report_comparison (comparison, format, &error);
  if (*contents == NULL)
    {
      print_error (error->message);
      return PLX_EXIT_WRITE_ERROR;
    }

  return PLX_EXIT_OK;
}

/* `parallax compare A B C …`: the collation report of three to twelve
 * articles into @contents, or an exit status other than PLX_EXIT_OK after
 * a message. */
static int
run_collate (const CliOptions  *options,
             const char *const *paths,
             guint              n,
             PlxReportFormat    format,
             GBytes           **contents)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PlxCollation) collation = NULL;
  g_autoptr(GError) error = NULL;
  gboolean failed = FALSE;

  /* Every file is tried, so that each bad one gets its message. */
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GError) load_error = NULL;
      PlxArticle *article = load_article (paths[k], &load_error);

      if (article == NULL)
        {
          print_error (load_error->message);
          failed = TRUE;
          continue;
        }
      g_ptr_array_add (articles, article);
    }
  if (failed)
    return PLX_EXIT_BAD_INPUT;

  collation = plx_collation_new ((PlxArticle *const *) articles->pdata, n);
  plx_collation_set_language (collation, options->language);
  plx_collation_set_lexicon_file (collation, options->lexicon);
  plx_collation_set_parties_file (collation, options->parties);
  plx_collation_set_sensitivity (collation, options->sensitivity);
  if (!plx_collation_run (collation, NULL, &error))
    {
      print_error (error->message);
      return PLX_EXIT_BAD_INPUT;
    }
  *contents = plx_report_collation (collation, format, &error);
  if (*contents == NULL)
    {
      print_error (error->message);
      return PLX_EXIT_BAD_INPUT;
    }

  return PLX_EXIT_OK;
}

/* `parallax analyze A`: the sentences and claims of one article into
 * @contents, or an exit status other than PLX_EXIT_OK after a message. */
static int
run_analyze (const CliOptions *options,
             const char       *path,
             PlxReportFormat   format,
             GBytes          **contents)
{
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(PlxParties) parties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;

  if (!(article = load_article (path, &error)))
    {
      print_error (error->message);
      return PLX_EXIT_BAD_INPUT;
    }
  language = options->language != NULL ? g_strdup (options->language)
                                        : plx_detect_language (plx_article_get_text (article));

  parties = plx_parties_new (&error);
  if (parties != NULL && options->parties != NULL &&
      !plx_parties_add_file (parties, options->parties, &error))
    g_clear_pointer (&parties, plx_parties_free);
  if (parties != NULL)
    claims = plx_find_claims (article, language, parties, &error);
  if (claims == NULL)
    {
      print_error (error->message);
      return PLX_EXIT_BAD_INPUT;
    }
  *contents = plx_report_analysis (article, language, claims, parties, format);

  return PLX_EXIT_OK;
}

int
plx_cli_run (int    argc,
             char **argv)
{
  g_auto(CliOptions) options = { .sensitivity = 0.5 };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GBytes) contents = NULL;
  gboolean compare;
  PlxReportFormat format;
  guint n_files;
  int status;

  g_return_val_if_fail (argc >= 2 && plx_cli_is_command (argv[1]), PLX_EXIT_BAD_INPUT);

  compare = g_str_equal (argv[1], "compare");
  if (!parse_options (&options, compare, argc, argv, &files, &format, &error))
    {
      print_error (error->message);
      return PLX_EXIT_BAD_INPUT;
    }

  n_files = g_strv_length (files) - 1;
  if (compare && n_files > PLX_COLLATION_MAX_ARTICLES)
    {
      g_autofree char *message = g_strdup_printf (
        _("compare takes at most %u articles, not %u. "
          "Run “parallax compare --help” for usage."), PLX_COLLATION_MAX_ARTICLES, n_files);

      print_error (message);
      return PLX_EXIT_BAD_INPUT;
    }
  if (compare ? n_files < 2 : n_files != 1)
    {
      print_error (compare ? _("compare needs two to twelve article files. "
                               "Run “parallax compare --help” for usage.")
                           : _("analyze needs exactly one article file. "
                               "Run “parallax analyze --help” for usage."));
      return PLX_EXIT_BAD_INPUT;
    }

  /* Two articles are the comparison they always were; more a collation. */
  if (compare && n_files > 2)
    status = run_collate (&options, (const char *const *) files + 1, n_files, format, &contents);
  else
    status = compare ? run_compare (&options, files[1], files[2], format, &contents)
                     : run_analyze (&options, files[1], format, &contents);
  if (status != PLX_EXIT_OK)
    return status;

  return write_output (options.export_path != NULL ? options.export_path : options.output,
                       contents);
}
