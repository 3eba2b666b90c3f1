/* rd-table-view.h: every figure in a sortable, filterable table */
#pragma once

#include <gtk/gtk.h>

#include "rd-figure-table.h"
#include "rd-search.h"

G_BEGIN_DECLS

#define RD_TYPE_TABLE_VIEW (rd_table_view_get_type ())
G_DECLARE_FINAL_TYPE (RdTableView, rd_table_view, RD, TABLE_VIEW, GtkWidget)

GtkWidget   *rd_table_view_new               (void);
/* Shows every figure of @dataset (a new RdSearch filters by text), or of
 * @search's dataset to share one. */
void         rd_table_view_set_dataset       (RdTableView    *self,
                                              RdDataset      *dataset);
void         rd_table_view_set_search        (RdTableView    *self,
                                              RdSearch       *search);
/* Filters, as the controls above the table do. NULL, -1 and 0 for all. */
void         rd_table_view_set_filter_text   (RdTableView    *self,
                                              const char     *text);
/* The dataset whose figures the table lists (its search's), or NULL. */
RdDataset   *rd_table_view_get_dataset       (RdTableView    *self);
/* Shows the figures of report @report_id only (0: of every report); the
 * report choice and column show when the dataset has several. */
void         rd_table_view_set_report_filter (RdTableView    *self,
                                              gint64          report_id);
void         rd_table_view_set_sector_filter (RdTableView    *self,
                                              const char     *sector_id);
void         rd_table_view_set_basis_filter  (RdTableView    *self,
                                              int             basis);
void         rd_table_view_set_year_filter   (RdTableView    *self,
                                              int             year);
/* As a click on a column heading does. */
void         rd_table_view_sort_by           (RdTableView    *self,
                                              RdFigureColumn  column,
                                              GtkSortType     order);
/* The rows shown, filtered and sorted: RdIndicator items. Filtering and
 * sorting run in steps on large datasets: see rd_table_view_is_busy(). */
GListModel  *rd_table_view_get_model         (RdTableView    *self);
gboolean     rd_table_view_is_busy           (RdTableView    *self);
GtkSelectionModel *rd_table_view_get_selection (RdTableView  *self);
/* Selects the row of @indicator and scrolls to it; FALSE if not shown. */
gboolean     rd_table_view_select_indicator  (RdTableView    *self,
                                              RdIndicator    *indicator);
/* Copies the selected rows to the clipboard as tab-separated text (as
 * Ctrl+C does) and returns that text, or NULL when none is selected. */
char        *rd_table_view_copy_selection    (RdTableView    *self);
/* Writes the rows shown to @path as CSV (UTF-8 with a byte order mark). */
gboolean     rd_table_view_export_csv        (RdTableView    *self,
                                              const char     *path,
                                              GError        **error);

G_END_DECLS
