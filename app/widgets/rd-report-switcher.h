/* rd-report-switcher.h: a button that shows the report on screen and
 * lists the library's reports, by region then newest first */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_REPORT_SWITCHER (rd_report_switcher_get_type ())
G_DECLARE_FINAL_TYPE (RdReportSwitcher, rd_report_switcher, RD, REPORT_SWITCHER, GtkWidget)

GtkWidget  *rd_report_switcher_new            (void);
/* @reports: RdLibraryReport items (rd-library.h), kept by reference. */
void        rd_report_switcher_set_reports    (RdReportSwitcher *self,
                                               GPtrArray        *reports);
/* Leaves report @id out of the list (0: none), as if it were gone. */
void        rd_report_switcher_hide_report    (RdReportSwitcher *self,
                                               gint64            id);
/* The reports listed, the hidden one aside. */
guint       rd_report_switcher_get_n_reports  (RdReportSwitcher *self);
/* The id of the @index-th report in the list's order, or 0. */
gint64      rd_report_switcher_get_report_at  (RdReportSwitcher *self,
                                               guint             index);
/* "2019 湖南省": what a report is called in the list and on the button. */
char       *rd_report_switcher_dup_label      (RdReportSwitcher *self,
                                               gint64            id);
/* The report chosen (the one on screen), or 0: the "report-id" property.
 * Choosing a row sets it. */
gint64      rd_report_switcher_get_report_id  (RdReportSwitcher *self);
void        rd_report_switcher_set_report_id  (RdReportSwitcher *self,
                                               gint64            id);
/* Chooses the @index-th row as a click does. */
void        rd_report_switcher_activate_row   (RdReportSwitcher *self,
                                               guint             index);
GtkPopover *rd_report_switcher_get_popover    (RdReportSwitcher *self);

G_END_DECLS
