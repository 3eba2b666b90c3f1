/* rd-compare-view.h: one indicator of several regions by year (a
 * district, its city, the province): one chart of a line a region where
 * the measure allows it (rates in %), else one chart a region */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-widget.h"

G_BEGIN_DECLS

#define RD_TYPE_COMPARE_VIEW (rd_compare_view_get_type ())
G_DECLARE_FINAL_TYPE (RdCompareView, rd_compare_view, RD, COMPARE_VIEW, GtkWidget)

GtkWidget     *rd_compare_view_new           (void);
/* The figures of one indicator in every region (rd_library_get_series()
 * with no region; kept, may be NULL), headed @title (the indicator's
 * name in the interface's language). The regions offered are those with
 * figures of it. */
void           rd_compare_view_set_series    (RdCompareView      *self,
                                              GPtrArray          *series,
                                              const char         *title);
/* The regions chosen ("regions", remembered by the window); empty: the
 * default, every region offered with actuals of two years or more. Of
 * those chosen, the ones offered are drawn, in the order offered. */
const char * const *rd_compare_view_get_regions (RdCompareView   *self);
void           rd_compare_view_set_regions   (RdCompareView      *self,
                                              const char * const *regions);
/* The regions offered (each a check button) and those drawn. */
GStrv          rd_compare_view_dup_offered   (RdCompareView      *self);
GStrv          rd_compare_view_dup_shown     (RdCompareView      *self);
/* The charts drawn: one, or one a region. */
guint          rd_compare_view_get_n_charts  (RdCompareView      *self);
RdChartWidget *rd_compare_view_get_chart     (RdCompareView      *self,
                                              guint               index);

/* New copies of the charts' data, for export (RdChartData items), or
 * NULL when none is drawn. */
GPtrArray     *rd_compare_view_new_chart_data (RdCompareView     *self);

G_END_DECLS
