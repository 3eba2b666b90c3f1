/* rd-chart-view.h: a chart of the dashboard: an RdChartWidget for an
 * RdChartSpec */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-data.h"
#include "rd-chart-spec.h"
#include "rd-chart-widget.h"

G_BEGIN_DECLS

#define RD_TYPE_CHART_VIEW (rd_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (RdChartView, rd_chart_view, RD, CHART_VIEW, RdChartWidget)

GtkWidget   *rd_chart_view_new                 (RdChartSpec *spec,
                                                const char  *report_title);
RdChartSpec *rd_chart_view_get_spec            (RdChartView *self);
/* The accessible child standing for mark @index. */
GtkWidget   *rd_chart_view_get_mark_widget     (RdChartView *self,
                                                guint        index);
/* The chart drawn at @width × @height pixels, light, for the clipboard. */
GdkTexture  *rd_chart_view_render_texture      (RdChartView *self,
                                                int          width,
                                                int          height);
/* Any chart's @data drawn the same way, for the clipboard. */
GdkTexture  *rd_chart_texture_new              (const RdChartData *data,
                                                int          width,
                                                int          height);

/* The chart's interaction (see rd-chart-widget.h), by the dashboard's
 * names. */
#define rd_chart_view_get_selected(self)          rd_chart_widget_get_selected (RD_CHART_WIDGET (self))
#define rd_chart_view_set_selected(self, i)       rd_chart_widget_set_selected (RD_CHART_WIDGET (self), (i))
#define rd_chart_view_get_focused(self)           rd_chart_widget_get_focused (RD_CHART_WIDGET (self))
#define rd_chart_view_activate_at(self, x, y)     rd_chart_widget_activate_at (RD_CHART_WIDGET (self), (x), (y))
#define rd_chart_view_activate_mark(self, i)      rd_chart_widget_activate_mark (RD_CHART_WIDGET (self), (i))
#define rd_chart_view_get_mark_center(self, i, x, y) \
  rd_chart_widget_get_mark_center (RD_CHART_WIDGET (self), (i), (x), (y))
#define rd_chart_view_set_selected_figure(self, f) rd_chart_widget_set_selected_figure (RD_CHART_WIDGET (self), (f))
#define rd_chart_view_get_selected_figure(self)   rd_chart_widget_get_selected_figure (RD_CHART_WIDGET (self))
#define rd_chart_view_get_dark(self)              rd_chart_widget_get_dark (RD_CHART_WIDGET (self))
#define rd_chart_view_set_dark(self, dark)        rd_chart_widget_set_dark (RD_CHART_WIDGET (self), (dark))
#define rd_chart_view_set_zoom(self, zoom)        rd_chart_widget_set_zoom (RD_CHART_WIDGET (self), (zoom))
#define rd_chart_view_get_zoom(self)              rd_chart_widget_get_zoom (RD_CHART_WIDGET (self))
#define rd_chart_view_get_min_em(self)            rd_chart_widget_get_min_em (RD_CHART_WIDGET (self))

G_END_DECLS
