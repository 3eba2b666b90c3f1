/* rd-report-view.h: the whole report to read, every figure a link */
#pragma once

#include <gtk/gtk.h>

#include "rd-dataset.h"

G_BEGIN_DECLS

#define RD_TYPE_REPORT_VIEW (rd_report_view_get_type ())
G_DECLARE_FINAL_TYPE (RdReportView, rd_report_view, RD, REPORT_VIEW, GtkWidget)

GtkWidget   *rd_report_view_new                 (void);
/* Shows the report of rd_dataset_get_body() with its headings. */
void         rd_report_view_set_dataset         (RdReportView *self,
                                                 RdDataset    *dataset);
/* Scrolls to @indicator, highlights the sentence that states it and puts
 * the cursor on it ("Show in report"). FALSE if the figure is not in the
 * report shown. */
gboolean     rd_report_view_show_indicator      (RdReportView *self,
                                                 RdIndicator  *indicator);
/* The figure last shown with rd_report_view_show_indicator(), or NULL. */
RdIndicator *rd_report_view_get_shown_indicator (RdReportView *self);
/* The figure printed at code point @offset of the body, or NULL. Where
 * one number states two figures, the first. */
RdIndicator *rd_report_view_get_indicator_at    (RdReportView *self,
                                                 int           offset);
/* Activates the figure at (@x, @y) of the view, as a click does; emits
 * ::figure-activated and returns TRUE if there is one. */
gboolean     rd_report_view_activate_at         (RdReportView *self,
                                                 double        x,
                                                 double        y);
GtkTextView *rd_report_view_get_text_view       (RdReportView *self);

G_END_DECLS
