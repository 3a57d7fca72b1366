/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Export… and Print…: the comparison as a report file, or on paper. The
 * report is made in a worker thread, from a session of the comparison (so
 * links the person makes meanwhile cannot change it half-way; the pair is
 * compared again there, a fraction of the time a long PDF takes), then
 * written there by plx_save_bytes(): whole or not at all, through a link
 * to its target, never over a folder, FIFO or device. Printing prints the
 * PDF report's pages. */

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "plx-figures.h"
#include "plx-report.h"
#include "plx-report-collation.h"
#include "plx-save.h"
#include "plx-window-private.h"

enum
{
  REPORT_EXPORTED,
  REPORT_PRINTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  PlxReportFormat format;
  const char     *name;
  const char     *pattern;
  const char     *mime_type;
} export_formats[] = {
  { PLX_REPORT_HTML, N_("Web Page (HTML)"), "*.html", "text/html" },
  { PLX_REPORT_PDF, N_("PDF Document"), "*.pdf", "application/pdf" },
  { PLX_REPORT_MARKDOWN, N_("Markdown"), "*.md", "text/markdown" },
  { PLX_REPORT_JSON, N_("JSON Report"), "*.json", "application/json" },
  { PLX_REPORT_TEXT, N_("Plain Text"), "*.txt", "text/plain" },
};

/* Export, Print and Save need a finished comparison. */
void
plx_window_update_report_actions (PlxWindow *self)
{
  gboolean ready = plx_comparison_is_done (self->comparison);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", ready);
  /* One more article, up to twelve (plx-window-collation.c). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-article",
                                 ready && (plx_window_get_collation (self) == NULL ||
                                           plx_collation_get_n_articles (
                                             plx_window_get_collation (self)) <
                                             PLX_COLLATION_MAX_ARTICLES));
}

typedef struct
{
  PlxSession     *session;
  PlxReportFormat format;
  GFile          *file;        /* Export: where to write */
  char           *export_path; /* Print: a PDF to print into, without a dialog */
} ReportJob;

static void
report_job_free (gpointer data)
{
  ReportJob *job = data;

  g_clear_pointer (&job->session, plx_session_free);
  g_clear_object (&job->file);
  g_free (job->export_path);
  g_free (job);
}

static void
make_report_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  ReportJob *job = data;
  g_autoptr(PlxComparison) comparison = plx_session_create_comparison (job->session);
  GError *error = NULL;
  GBytes *report;

  if (!plx_comparison_run (comparison, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  plx_session_restore_links (job->session, comparison);
  plx_session_restore_notes (job->session, comparison);

  report = plx_report_comparison (comparison, job->format, &error);
  if (report != NULL && job->file != NULL && !plx_save_bytes (job->file, report, &error))
    g_clear_pointer (&report, g_bytes_unref);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) g_bytes_unref);
}

/* Makes the report of the comparison on screen in a worker thread, and
 * writes it to the job's file if it has one. */
/* Three or more articles: the collation report, made at once from the
 * collation on screen (it holds the links corrected by hand) and written
 * in a worker thread. */
static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  ReportJob *job = data;
  GBytes *report = g_bytes_ref (g_object_get_data (G_OBJECT (task), "report"));
  GError *error = NULL;

  if (!plx_save_bytes (job->file, report, &error))
    {
      g_bytes_unref (report);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, report, (GDestroyNotify) g_bytes_unref);
}

static void
make_report (PlxWindow          *self,
             ReportJob          *job,
             GAsyncReadyCallback callback)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, NULL);

  if (plx_window_get_collation (self) != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) report = plx_report_collation (plx_window_get_collation (self),
                                                       job->format, &error);

      g_task_set_task_data (task, job, report_job_free);
      g_task_set_source_tag (task, make_report);
      if (report == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else if (job->file == NULL)
        g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) g_bytes_unref);
      else
        {
          g_object_set_data_full (G_OBJECT (task), "report", g_steal_pointer (&report),
                                  (GDestroyNotify) g_bytes_unref);
          g_task_run_in_thread (task, save_thread);
        }
      return;
    }

  job->session = plx_session_new_for_comparison (self->comparison);
  g_task_set_task_data (task, job, report_job_free);
  g_task_set_source_tag (task, make_report);
  g_task_run_in_thread (task, make_report_thread);
}

static void
export_made_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PlxWindow *self = PLX_WINDOW (source);
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) report = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  /* The message names the file and says what went wrong. */
  if (report == NULL)
    {
      plx_window_show_error (self, error->message);
      g_signal_emit (self, signals[REPORT_EXPORTED], 0, NULL);
      return;
    }

  name = g_file_get_basename (job->file);
  uri = g_file_get_uri (job->file);
  /* Translators: a toast after exporting, with the file's name. */
  toast = adw_toast_new_format (_("Exported “%s”"), name);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-report");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_signal_emit (self, signals[REPORT_EXPORTED], 0, job->file);
}

/**
 * plx_window_export:
 * @file: where to write the report
 * @format: the report's format
 *
 * Writes the report in the background; the window tells how it went with
 * a toast (whose button opens the file) and the ::report-exported signal.
 */
void
plx_window_export (PlxWindow       *self,
                   GFile           *file,
                   PlxReportFormat  format)
{
  ReportJob *job;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!plx_comparison_is_done (self->comparison))
    {
      plx_window_show_error (self, _("There is no comparison to export yet: open two articles "
                                     "first."));
      return;
    }

  job = g_new0 (ReportJob, 1);

  job->format = format;
  job->file = g_object_ref (file);
  make_report (self, job, export_made_cb);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    PlxWindow       *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
      g_autoptr(GtkFileFilter) filter = gtk_file_chooser_get_filter (chooser);
      g_autofree char *name = g_file_get_basename (file);
      PlxReportFormat format = PLX_REPORT_HTML;

      /* The name's extension decides; a name without one gets the
       * extension of the chosen file type. */
      if (filter != NULL)
        format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (filter), "plx-format"));
      if (!plx_report_format_for_path (name, &format))
        {
          g_autofree char *named = g_strdup_printf ("%s.%s", name,
                                                    plx_report_format_extension (format));
          g_autoptr(GFile) parent = g_file_get_parent (file);

          g_object_unref (file);
          file = g_file_get_child (parent, named);
        }

      plx_window_export (self, file, format);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  if (!plx_comparison_is_done (self->comparison))
    return;

  native = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(export_formats[i].name));
      gtk_file_filter_add_pattern (filter, export_formats[i].pattern);
      gtk_file_filter_add_mime_type (filter, export_formats[i].mime_type);
      g_object_set_data (G_OBJECT (filter), "plx-format",
                         GUINT_TO_POINTER (export_formats[i].format));
      gtk_file_chooser_add_filter (chooser, filter);
      if (i == 0)
        gtk_file_chooser_set_filter (chooser, filter);
    }

  /* Named after both articles: "reuters-vs-ap.html"; a collation after
   * how many it has. */
  if (plx_window_get_collation (self) != NULL)
    stem = g_strdup_printf ("collation-of-%u-articles",
                            plx_collation_get_n_articles (plx_window_get_collation (self)));
  else
    stem = plx_dup_report_name (plx_comparison_get_article (self->comparison, PLX_SIDE_A),
                              plx_comparison_get_article (self->comparison, PLX_SIDE_B));
  name = g_strdup_printf ("%s.html", stem);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_report_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Printing: the pages of the PDF report, each scaled to the paper. */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PopplerDocument   *document)
{
  gtk_print_operation_set_n_pages (operation, poppler_document_get_n_pages (document));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                index,
              PopplerDocument   *document)
{
  PopplerPage *page = poppler_document_get_page (document, index);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  if (page == NULL)
    return;

  poppler_page_get_size (page, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
  g_object_unref (page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PlxWindow               *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print the report: %s"),
                                 error != NULL ? error->message : _("unknown error"));
      plx_window_show_error (self, message);
    }
  g_signal_emit (self, signals[REPORT_PRINTED], 0, result == GTK_PRINT_OPERATION_RESULT_APPLY);
}

static void
print_made_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PlxWindow *self = PLX_WINDOW (source);
  const char *export_path = ((ReportJob *) g_task_get_task_data (G_TASK (result)))->export_path;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  PopplerDocument *document;

  document = pdf != NULL ? poppler_document_new_from_bytes (pdf, NULL, &error) : NULL;
  if (document == NULL)
    {
      plx_window_show_error (self, error->message);
      g_signal_emit (self, signals[REPORT_PRINTED], 0, FALSE);
      return;
    }

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_job_name (operation, _("Parallax comparison"));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), document,
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  if (export_path != NULL)
    {
      GtkPrintOperationResult result;

      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        GTK_WINDOW (self), &error);
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
        plx_window_show_error (self, error->message);
      return;
    }

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    plx_window_show_error (self, error->message);
}

/**
 * plx_window_print:
 * @export_path: (nullable): print to this PDF file without a dialog
 *
 * Prints the report, with the print dialog unless @export_path is given;
 * ::report-printed tells when it is done.
 */
void
plx_window_print (PlxWindow  *self,
                  const char *export_path)
{
  ReportJob *job;

  g_return_if_fail (PLX_IS_WINDOW (self));

  if (!plx_comparison_is_done (self->comparison))
    return;

  job = g_new0 (ReportJob, 1);
  job->format = PLX_REPORT_PDF;
  job->export_path = g_strdup (export_path);
  make_report (self, job, print_made_cb);
}

static void
print_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  plx_window_print (PLX_WINDOW (widget), NULL);
}

void
plx_window_class_install_report_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-report", "s", open_report_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);

  /**
   * PlxWindow::report-exported:
   * @file: (nullable): the report written, or %NULL when it could not be
   */
  signals[REPORT_EXPORTED] = g_signal_new ("report-exported", G_TYPE_FROM_CLASS (widget_class),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           1, G_TYPE_FILE);

  /**
   * PlxWindow::report-printed:
   * @printed: whether the pages went to the printer (or file)
   */
  signals[REPORT_PRINTED] = g_signal_new ("report-printed", G_TYPE_FROM_CLASS (widget_class),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          G_TYPE_BOOLEAN);
}
