/* rd-trend-view.h: one indicator of one region of a library, year by
 * year: a region and an indicator to choose, and their trend chart */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-widget.h"
#include "rd-compare-view.h"
#include "rd-targets-view.h"

G_BEGIN_DECLS

#define RD_TYPE_TREND_VIEW (rd_trend_view_get_type ())
G_DECLARE_FINAL_TYPE (RdTrendView, rd_trend_view, RD, TREND_VIEW, GtkWidget)

GtkWidget     *rd_trend_view_new            (void);
/* The indicators the view may offer, in this order: catalog @keys and
 * their @names in the interface's language (both NULL-terminated, copied).
 * Only those with figures in the region chosen are listed. */
void           rd_trend_view_set_catalog    (RdTrendView        *self,
                                             const char * const *keys,
                                             const char * const *names);
/* The catalog keys whose targets are ceilings (lower is better). */
void           rd_trend_view_set_ceilings   (RdTrendView        *self,
                                             const char * const *keys);
/* Reads the library at @path (NULL: none); the region chosen stays if the
 * library has it, else @default_region (the report shown's) is taken. */
void           rd_trend_view_set_library    (RdTrendView        *self,
                                             const char         *path,
                                             const char         *default_region);
/* The region and the catalog key chosen ("region", "indicator"). */
const char    *rd_trend_view_get_region     (RdTrendView        *self);
void           rd_trend_view_set_region     (RdTrendView        *self,
                                             const char         *region);
const char    *rd_trend_view_get_indicator  (RdTrendView        *self);
void           rd_trend_view_set_indicator  (RdTrendView        *self,
                                             const char         *key);
/* The catalog keys listed for the region chosen, in their order. */
GStrv          rd_trend_view_dup_indicators (RdTrendView        *self);
GStrv          rd_trend_view_dup_regions    (RdTrendView        *self);
RdChartWidget *rd_trend_view_get_chart      (RdTrendView        *self);
/* Whether the library has no trend to show (the empty state). */
gboolean       rd_trend_view_is_empty       (RdTrendView        *self);
/* The sentence of the point last activated, as shown under the chart. */
const char    *rd_trend_view_get_sentence   (RdTrendView        *self);

/* The page of targets and their results, beside the chart. */
RdTargetsView *rd_trend_view_get_targets_view (RdTrendView      *self);
/* Whether a read of the library is under way in a thread (the page
 * Compare's: the indicator in every region). */
gboolean       rd_trend_view_is_loading     (RdTrendView        *self);
/* The page of regions compared. */
RdCompareView *rd_trend_view_get_compare_view (RdTrendView      *self);
/* New copies of the charts of the page shown, for export and print
 * (RdChartData items), or NULL when it draws none. */
GPtrArray     *rd_trend_view_new_chart_data (RdTrendView        *self);
/* Shows the page "chart", "targets" or "compare". */
void           rd_trend_view_set_page       (RdTrendView        *self,
                                             const char         *page);

G_END_DECLS
