/* rd-export-dialog.h: export the current chart, a sector or every chart */
#pragma once

#include <gtk/gtk.h>

#include "rd-export.h"

G_BEGIN_DECLS

#define RD_TYPE_EXPORT_DIALOG (rd_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RdExportDialog, rd_export_dialog, RD, EXPORT_DIALOG, GtkWindow)

/* @charts: RdChartSpec items. One chart is saved as a file; several go
 * into a folder, with progress and Cancel. @settings (may be NULL)
 * remembers the choices. */
RdExportDialog *rd_export_dialog_new          (GtkWindow   *parent,
                                               GSettings   *settings,
                                               GPtrArray   *charts,
                                               const char  *report_title,
                                               int          year);
/* The same for charts already drawn as data (RdChartData items of
 * @charts, which must stay unchanged; a reference is taken): charts that
 * are not dashboard charts, such as the pairs view's. */
RdExportDialog *rd_export_dialog_new_for_data (GtkWindow   *parent,
                                               GSettings   *settings,
                                               GPtrArray   *charts,
                                               int          year);
void            rd_export_dialog_get_options  (RdExportDialog  *self,
                                               RdExportOptions *options);
/* What Export does once a file or folder is chosen; @target is the file
 * (one chart) or the folder (several). Asynchronous for a folder; the
 * "done" signal tells the outcome either way. */
void            rd_export_dialog_export_to    (RdExportDialog *self,
                                               const char     *target,
                                               gboolean        overwrite);
/* Draws the preview into @cr, @width × @height: the (first) chart as
 * the options in the dialog would write it, fitted and centred. */
void            rd_export_dialog_draw_preview (RdExportDialog *self,
                                               cairo_t        *cr,
                                               int             width,
                                               int             height);
/* Cancels a folder export in progress. */
void            rd_export_dialog_cancel       (RdExportDialog *self);
/* The files written by the last export. */
GPtrArray      *rd_export_dialog_get_written  (RdExportDialog *self);

G_END_DECLS
