/* rd-pairs-view.h: each 2018 result against the target set for it, as a
 * chart and a table */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-data.h"
#include "rd-dataset.h"

G_BEGIN_DECLS

#define RD_TYPE_PAIRS_VIEW (rd_pairs_view_get_type ())
G_DECLARE_FINAL_TYPE (RdPairsView, rd_pairs_view, RD, PAIRS_VIEW, GtkWidget)

GtkWidget  *rd_pairs_view_new          (void);
void        rd_pairs_view_set_dataset  (RdPairsView *self,
                                        RdDataset   *dataset);
/* The RdPair items shown in the table, in its order. */
GListModel *rd_pairs_view_get_pairs    (RdPairsView *self);
/* The text of the table cell of @column (0 figure, 1 result, 2 target,
 * 3 change, 4 note) for @pair, as shown. */
char       *rd_pairs_view_cell_text    (RdPair      *pair,
                                        guint        column);
/* Activates the bar at (@x, @y) of the chart, as a click does; returns
 * TRUE and emits ::figure-activated if there is one. */
gboolean    rd_pairs_view_activate_at  (RdPairsView *self,
                                        double       x,
                                        double       y);
/* Where the chart draws the bar of row @row (0 the result, 1 the
 * target), in view coordinates, after it has been drawn. */
gboolean    rd_pairs_view_get_bar_center (RdPairsView *self,
                                          guint        row,
                                          guint        which,
                                          double      *x,
                                          double      *y);

GtkWidget  *rd_pairs_view_get_chart    (RdPairsView *self);
/* The window's chart zoom (1–2) magnifies the chart's text. */
void        rd_pairs_view_set_zoom     (RdPairsView *self,
                                        double       zoom);
double      rd_pairs_view_get_zoom     (RdPairsView *self);
int         rd_pairs_view_get_focused  (RdPairsView *self);
/* The figure of that bar (the last one clicked or reached with the
 * keyboard), or NULL. */
RdIndicator *rd_pairs_view_get_focused_figure (RdPairsView *self);
/* A new RdChartData of the chart as the view shows it, for export, the
 * clipboard and print; NULL before a dataset is set. */
RdChartData *rd_pairs_view_new_chart_data (RdPairsView *self);

G_END_DECLS
