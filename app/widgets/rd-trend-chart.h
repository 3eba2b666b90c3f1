/* rd-trend-chart.h: an RdChartWidget sized for a chart by year (a trend,
 * regions compared): it reads from 280 × 220 pixels and best at 640 × 400 */
#pragma once

#include "rd-chart-widget.h"

G_BEGIN_DECLS

#define RD_TYPE_TREND_CHART (rd_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (RdTrendChart, rd_trend_chart, RD, TREND_CHART, RdChartWidget)

GtkWidget *rd_trend_chart_new (void);

G_END_DECLS
