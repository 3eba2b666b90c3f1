/* rd-chart-spec.h: one chart of a dashboard, as the dataset defines it */
#pragma once

#include <glib-object.h>

#include "rd-indicator.h"

G_BEGIN_DECLS

#define RD_TYPE_CHART_SPEC (rd_chart_spec_get_type ())
G_DECLARE_FINAL_TYPE (RdChartSpec, rd_chart_spec, RD, CHART_SPEC, GObject)

const char  *rd_chart_spec_get_id          (RdChartSpec *self);
const char  *rd_chart_spec_get_sector      (RdChartSpec *self);
/* "bar", "kpi", "donut", ... as written in data/charts.tsv */
const char  *rd_chart_spec_get_chart_type  (RdChartSpec *self);
const char  *rd_chart_spec_get_title       (RdChartSpec *self);
guint        rd_chart_spec_get_n_figures   (RdChartSpec *self);
RdIndicator *rd_chart_spec_get_figure      (RdChartSpec *self,
                                            guint        index);
/* The short label of a figure on this chart, in the display language. */
const char  *rd_chart_spec_get_label       (RdChartSpec *self,
                                            guint        index);

G_END_DECLS
