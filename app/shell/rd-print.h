/* rd-print.h: print charts with their captions */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One page a chart (RdChartSpec items of @charts), each with its source
 * and the report's sentence as a caption; A4 landscape unless the user
 * chooses otherwise. With @export_pdf set, prints to that PDF file without
 * a dialog (for tests). */
GtkPrintOperationResult rd_print_charts (GtkWindow   *parent,
                                         GPtrArray   *charts,
                                         const char  *report_title,
                                         const char  *export_pdf,
                                         GError     **error);
/* The same for charts already drawn as data (RdChartData items of
 * @charts; a reference is taken), such as the pairs view's chart;
 * @report_title names the print job. */
GtkPrintOperationResult rd_print_chart_data (GtkWindow   *parent,
                                             GPtrArray   *charts,
                                             const char  *report_title,
                                             const char  *export_pdf,
                                             GError     **error);

G_END_DECLS
