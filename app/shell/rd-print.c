/* rd-print.c: every page is drawn by rd_export_draw(), like a PDF export */
#define G_LOG_DOMAIN "reportdash-print"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-chart-data.h"
#include "rd-chart-spec.h"
#include "rd-export.h"
#include "rd-print.h"

typedef struct
{
  GPtrArray *charts;        /* of RdChartData */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_ptr_array_unref (job->charts);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, job->charts->len);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  RdChartData *data = g_ptr_array_index (job->charts, page);
  RdExportOptions options;

  rd_export_options_init (&options);
  options.include_caption = TRUE;
  rd_export_draw (gtk_print_context_get_cairo_context (context), data, &options,
                  gtk_print_context_get_width (context),
                  gtk_print_context_get_height (context));
}

GtkPrintOperationResult
rd_print_charts (GtkWindow   *parent,
                 GPtrArray   *charts,
                 const char  *report_title,
                 const char  *export_pdf,
                 GError     **error)
{
  g_autoptr(GPtrArray) data = NULL;

  g_return_val_if_fail (charts != NULL && charts->len > 0, GTK_PRINT_OPERATION_RESULT_ERROR);

  data = rd_chart_data_new_for_specs (charts, report_title);
  return rd_print_chart_data (parent, data, report_title, export_pdf, error);
}

GtkPrintOperationResult
rd_print_chart_data (GtkWindow   *parent,
                     GPtrArray   *charts,
                     const char  *report_title,
                     const char  *export_pdf,
                     GError     **error)
{
  static GtkPrintSettings *last_settings;
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  g_return_val_if_fail (charts != NULL && charts->len > 0, GTK_PRINT_OPERATION_RESULT_ERROR);

  job->charts = g_ptr_array_ref (charts);
  g_object_set_data_full (G_OBJECT (operation), "job", job, print_job_free);

  /* Charts are wide: landscape A4 by default. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, report_title ? report_title : "ReportDash");
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);

  if (export_pdf != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_pdf);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));

  return result;
}
