/* rd-chart-view.h: a chart on screen, over the shared cairo renderer */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-data.h"
#include "rd-chart-spec.h"

G_BEGIN_DECLS

#define RD_TYPE_CHART_VIEW (rd_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (RdChartView, rd_chart_view, RD, CHART_VIEW, GtkWidget)

GtkWidget   *rd_chart_view_new                 (RdChartSpec *spec,
                                                const char  *report_title);
RdChartSpec *rd_chart_view_get_spec            (RdChartView *self);
/* The mark that was last activated, or -1. */
int          rd_chart_view_get_selected        (RdChartView *self);
void         rd_chart_view_set_selected        (RdChartView *self,
                                                int          index);
int          rd_chart_view_get_focused         (RdChartView *self);
/* The figure chosen in the window (bound to it): its mark, if the chart
 * has one, is drawn selected; any other figure selects none. */
void         rd_chart_view_set_selected_figure (RdChartView *self,
                                                RdIndicator *figure);
RdIndicator *rd_chart_view_get_selected_figure (RdChartView *self);
/* Activates the mark at (@x, @y), as a click does; returns its index or -1. */
int          rd_chart_view_activate_at         (RdChartView *self,
                                                double       x,
                                                double       y);
/* Activates mark @index, as Enter does. */
void         rd_chart_view_activate_mark       (RdChartView *self,
                                                guint        index);
/* The centre of mark @index in widget coordinates (after a draw). */
gboolean     rd_chart_view_get_mark_center     (RdChartView *self,
                                                guint        index,
                                                double      *x,
                                                double      *y);
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
gboolean     rd_chart_view_get_dark            (RdChartView *self);
/* Magnifies the chart's text and size by @zoom (the window's zoom, 1–2),
 * over the desktop's text scaling. */
void         rd_chart_view_set_zoom            (RdChartView *self,
                                                double       zoom);
double       rd_chart_view_get_zoom            (RdChartView *self);
/* The smallest text size unit its drawing uses on screen, in pixels
 * (RdRenderStyle.min_em): larger than in files, and following the
 * desktop's text scaling and the zoom. */
double       rd_chart_view_get_min_em          (RdChartView *self);
/* Whether charts in @widget are drawn in the dark palette: the
 * application's dark preference (gtk-application-prefer-dark-theme),
 * which follows the desktop's unless the user chose a style. */
gboolean     rd_widget_prefers_dark            (GtkWidget   *widget);
void         rd_chart_view_set_dark            (RdChartView *self,
                                                gboolean     dark);

G_END_DECLS
