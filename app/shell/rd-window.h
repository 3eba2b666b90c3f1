/* rd-window.h: the main window: sectors, charts and the excerpt panel */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-view.h"
#include "rd-dataset.h"
#include "rd-excerpt-panel.h"
#include "rd-export-dialog.h"
#include "rd-presentation.h"
#include "rd-report-switcher.h"
#include "rd-review-view.h"
#include "rd-window-state.h"

G_BEGIN_DECLS

#define RD_TYPE_WINDOW (rd_window_get_type ())
G_DECLARE_FINAL_TYPE (RdWindow, rd_window, RD, WINDOW, GtkApplicationWindow)

/* @settings may be NULL (no schema installed): nothing is remembered. */
RdWindow       *rd_window_new              (GtkApplication *application,
                                            GSettings      *settings);
/* Opens @path; on failure the window shows what is wrong and what to do,
 * and keeps the dataset it had. */
gboolean        rd_window_open_path        (RdWindow       *self,
                                            const char     *path);
/* Shows what opening @path gave: @dataset, or @error (exactly one is set),
 * as rd_window_open_path() does; for a dataset opened elsewhere. */
gboolean        rd_window_show_opened      (RdWindow       *self,
                                            const char     *path,
                                            RdDataset      *dataset,
                                            const GError   *error);
/* The report, the sector and the chosen figure that the window shows:
 * set it to choose, follow it to show. */
RdWindowState  *rd_window_get_state        (RdWindow       *self);
RdDataset      *rd_window_get_dataset      (RdWindow       *self);
gboolean        rd_window_select_sector    (RdWindow       *self,
                                            const char     *sector_id);
const char     *rd_window_get_sector_id    (RdWindow       *self);
/* The RdChartView widgets of the sector shown, in order. */
GPtrArray      *rd_window_get_chart_views  (RdWindow       *self);
/* The chart that copy, export, print and present act on. */
RdChartView    *rd_window_get_current_chart (RdWindow      *self);
RdExcerptPanel *rd_window_get_excerpt_panel (RdWindow      *self);
/* The dashboard charts (RdChartSpec) for @scope: "chart" (the current
 * one), "sector" (the page shown) or "all". */
GPtrArray      *rd_window_get_charts_for   (RdWindow       *self,
                                            const char     *scope);
/* Opens the export dialog for @scope, as win.export does: the charts of
 * rd_window_get_charts_for(), but in the pairs view its own chart for
 * "chart" and "sector" (the one chart of the page shown). */
RdExportDialog *rd_window_export           (RdWindow       *self,
                                            const char     *scope);
/* The charts of the slideshow: the sectors chosen for it, or the sector
 * shown. */
GPtrArray      *rd_window_build_deck       (RdWindow       *self);
/* Starts the slideshow at the current chart (F5); in the pairs view, a
 * show of that view's chart alone. */
RdPresentation *rd_window_present_slides   (RdWindow       *self);
/* Chooses @indicator (the state's selected figure) and shows the chart
 * that draws it, focused (search, table, report and pairs all lead here);
 * NULL when no chart draws it. */
RdChartView    *rd_window_show_indicator   (RdWindow       *self,
                                            RdIndicator    *indicator);
/* The keyboard shortcuts window (Ctrl+?). */
GtkWindow      *rd_window_show_shortcuts   (RdWindow       *self);
/* The dialog of win.choose-slides: which sectors the slideshow shows, and
 * a button that starts it. NULL without a dataset. */
GtkWindow      *rd_window_choose_slides    (RdWindow       *self);
/* Shows the Open Dataset chooser of win.open (owned by the window), in the
 * folder of the dataset on screen if the user chose it, else Documents. */
GtkFileChooser *rd_window_choose_dataset   (RdWindow       *self);
/* "charts", "table", "report" or "pairs" */
const char     *rd_window_get_view         (RdWindow       *self);
GtkWidget      *rd_window_get_search_view  (RdWindow       *self);
GtkWidget      *rd_window_get_report_view  (RdWindow       *self);
GtkWidget      *rd_window_get_table_view   (RdWindow       *self);
/* The actual-against-target view (made if need be). */
GtkWidget      *rd_window_get_pairs_view   (RdWindow       *self);
/* The Trends view (an RdTrendView), or NULL for a dataset file. */
GtkWidget      *rd_window_get_trends_view  (RdWindow       *self);
/* "dashboard" or "error" */
const char     *rd_window_get_page         (RdWindow       *self);
const char     *rd_window_get_error_text   (RdWindow       *self);
const char     *rd_window_get_subtitle     (RdWindow       *self);
GtkListBox     *rd_window_get_sector_list  (RdWindow       *self);

/* rd-window-library.c: the reports of a library */

/* Opens @path as a new window does: report @report_id of a library, or
 * its first report when @report_id is 0 or gone. Needs no display and
 * may run in any thread (the application's prefetch). */
RdDataset      *rd_window_open_dataset     (const char     *path,
                                            gint64          report_id,
                                            GError        **error);
/* The report to open in @path: the one remembered in @settings'
 * "last-report" for the user's library, else 0 (the first). */
gint64          rd_window_get_last_report  (GSettings      *settings,
                                            const char     *path);
/* Shows report @id of the library on screen, opened in a thread, as
 * choosing it in the switcher does; FALSE when no library is shown. */
gboolean        rd_window_show_report      (RdWindow       *self,
                                            gint64          id);
RdReportSwitcher *rd_window_get_report_switcher (RdWindow  *self);
/* Whether a report is being opened or the reports listed. */
gboolean        rd_window_is_busy          (RdWindow       *self);
/* Removes the report shown from the list at once (win.remove-report) and
 * from the library when the notification's Undo has not been pressed in
 * time; FALSE when it is the library's only report. */
gboolean        rd_window_remove_report    (RdWindow       *self);
/* Undo of the last removal (win.undo-remove): the report is back. */
void            rd_window_undo_remove      (RdWindow       *self);
/* Opens the review screen of the report shown (win.review-figures) in a
 * window of its own, or presents the one open; NULL when no library
 * report is shown or it cannot be read. */
RdReviewView   *rd_window_review_figures   (RdWindow       *self);
/* Asks for a new title of the report shown (win.rename-report) in a
 * dialog, which it returns; NULL when no library report is shown. */
GtkWindow      *rd_window_rename_report    (RdWindow       *self);
/* How long Undo is offered, 8 s unless a test says otherwise. */
void            rd_window_set_undo_timeout (RdWindow       *self,
                                            guint           ms);
/* The in-window notification's text, or NULL when none is shown. */
const char     *rd_window_get_notification (RdWindow       *self);

/* rd-window-import.c: Import Report… (Ctrl+I) and dropped files */

/* Imports @path into the library shown (the user's when a dataset file is
 * shown) in a thread, then shows the new report; a second file waits for
 * the first. */
void            rd_window_import_file      (RdWindow       *self,
                                            const char     *path);
/* Stops the import running: nothing of it is stored. */
void            rd_window_cancel_import    (RdWindow       *self);
gboolean        rd_window_is_importing     (RdWindow       *self);
/* "Importing hunan-2019.txt…" while an import runs, or NULL. */
const char     *rd_window_get_import_text  (RdWindow       *self);
/* Shows the Import Report chooser of win.import-report. */
GtkFileChooser *rd_window_choose_import    (RdWindow       *self);

/* The monitor a slideshow goes on: another one than the window's when
 * there is one, unless the "presentation-screen" setting says "window". */
GdkMonitor     *rd_window_get_presentation_monitor (RdWindow *self);
/* The charts' magnification (win.zoom-in, win.zoom-out, win.zoom-reset):
 * 1 to 2 in steps of a quarter, remembered in "chart-zoom". */
double          rd_window_get_zoom         (RdWindow *self);

G_END_DECLS
