/* rd-targets-view.h: the targets of one indicator in one region, each
 * with the result a later report states for its year (rd_targets_check),
 * as a sortable table with both sentences one click away */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-widget.h"
#include "rd-targets.h"

G_BEGIN_DECLS

/* One row of the table: texts as shown, and what they sort by. */
#define RD_TYPE_TARGET_ROW (rd_target_row_get_type ())
G_DECLARE_FINAL_TYPE (RdTargetRow, rd_target_row, RD, TARGET_ROW, GObject)

int             rd_target_row_get_year          (RdTargetRow *row);
const char     *rd_target_row_get_target_text   (RdTargetRow *row);
const char     *rd_target_row_get_result_text   (RdTargetRow *row);
RdTargetStatus  rd_target_row_get_status        (RdTargetRow *row);
const char     *rd_target_row_get_status_text   (RdTargetRow *row);

#define RD_TYPE_TARGETS_VIEW (rd_targets_view_get_type ())
G_DECLARE_FINAL_TYPE (RdTargetsView, rd_targets_view, RD, TARGETS_VIEW, GtkWidget)

GtkWidget  *rd_targets_view_new          (void);
/* The targets of @series (rd_library_get_series of one indicator and
 * region, kept) judged with @lower_is_better; the sentences are read from
 * the library at @path. NULL @series: an empty table. */
void        rd_targets_view_set_series   (RdTargetsView *self,
                                          const char    *path,
                                          GPtrArray     *series,
                                          gboolean       lower_is_better);
/* The chart's title: the indicator's name in the interface's language
 * (NULL: the figure's name as printed). */
void        rd_targets_view_set_title    (RdTargetsView *self,
                                          const char    *title);
/* The chart of targets and results above the table (of the first
 * region of the series), and a new copy of its data for export (NULL
 * when there is no target). */
RdChartWidget *rd_targets_view_get_chart (RdTargetsView *self);
RdChartData *rd_targets_view_new_chart_data (RdTargetsView *self);
/* The rows as shown, sorted: RdTargetRow items. */
GListModel *rd_targets_view_get_model    (RdTargetsView *self);
/* Sorts by the column @id ("year", "target", "result", "status",
 * "target-report", "result-report"). */
void        rd_targets_view_sort_by      (RdTargetsView *self,
                                          const char    *id,
                                          GtkSortType    order);
/* Shows the sentences of the target and the result of the row at
 * @position, as activating it does. */
void        rd_targets_view_show_row     (RdTargetsView *self,
                                          guint          position);
/* The sentences shown under the table, or NULL. */
const char *rd_targets_view_get_sentences (RdTargetsView *self);
/* Writes the rows as shown to @path as CSV (what "Export CSV…" saves). */
gboolean    rd_targets_view_export_csv   (RdTargetsView *self,
                                          const char    *path,
                                          GError       **error);

G_END_DECLS
