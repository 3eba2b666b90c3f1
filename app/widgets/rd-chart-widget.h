/* rd-chart-widget.h: an interactive chart on screen, over the shared cairo
 * renderer: hits, hover, keyboard, tooltips, the focus ring, the dark
 * style, text scaling and zoom, for every kind of chart */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-data.h"
#include "rd-indicator.h"
#include "rd-render.h"

G_BEGIN_DECLS

#define RD_TYPE_CHART_WIDGET (rd_chart_widget_get_type ())
G_DECLARE_DERIVABLE_TYPE (RdChartWidget, rd_chart_widget, RD, CHART_WIDGET, GtkWidget)

struct _RdChartWidgetClass
{
  GtkWidgetClass parent_class;

  /* The style drawn with on screen. The default: the application's light
   * or dark palette, the text no smaller than rd_chart_widget_get_min_em(). */
  void     (*screen_style)      (RdChartWidget *self,
                                 RdRenderStyle *style);
  /* The keyboard moved to another mark (rd_chart_widget_get_focused()). */
  void     (*focus_moved)       (RdChartWidget *self);
  /* Whether the arrow keys stay in the chart at its first and last mark
   * (else they are left to Tab navigation). */
  gboolean   keys_stop_at_ends;
};

/* The chart shown; takes @data (may be NULL). Hover, selection and focus
 * start again. */
void               rd_chart_widget_set_data          (RdChartWidget *self,
                                                      RdChartData   *data);
const RdChartData *rd_chart_widget_get_data          (RdChartWidget *self);
/* The hit regions at the current size, drawing first if need be. */
GArray            *rd_chart_widget_get_hits          (RdChartWidget *self);
/* The mark that was last activated, or -1. */
int                rd_chart_widget_get_selected      (RdChartWidget *self);
void               rd_chart_widget_set_selected      (RdChartWidget *self,
                                                      int            index);
/* The mark with the keyboard, or -1. */
int                rd_chart_widget_get_focused       (RdChartWidget *self);
/* Activates mark @index, as Enter does: emits ::figure-activated. */
void               rd_chart_widget_activate_mark     (RdChartWidget *self,
                                                      guint          index);
/* Activates the mark at (@x, @y), as a click does; its index or -1. */
int                rd_chart_widget_activate_at       (RdChartWidget *self,
                                                      double         x,
                                                      double         y);
/* The centre of the first region of mark @index, in widget coordinates. */
gboolean           rd_chart_widget_get_mark_center   (RdChartWidget *self,
                                                      guint          index,
                                                      double        *x,
                                                      double        *y);
/* The figure chosen in the window: its mark, if the chart has one, is
 * drawn selected; any other figure selects none. */
void               rd_chart_widget_set_selected_figure (RdChartWidget *self,
                                                        RdIndicator   *figure);
RdIndicator       *rd_chart_widget_get_selected_figure (RdChartWidget *self);
/* The window's magnification (1–2), over the desktop's text scaling. */
void               rd_chart_widget_set_zoom          (RdChartWidget *self,
                                                      double         zoom);
double             rd_chart_widget_get_zoom          (RdChartWidget *self);
/* The smallest text size unit of its drawing on screen, in pixels
 * (RdRenderStyle.min_em): the desktop's text scaling × the zoom. */
double             rd_chart_widget_get_min_em        (RdChartWidget *self);
gboolean           rd_chart_widget_get_dark          (RdChartWidget *self);
void               rd_chart_widget_set_dark          (RdChartWidget *self,
                                                      gboolean       dark);

/* Whether charts in @widget are drawn in the dark palette: the
 * application's dark preference (gtk-application-prefer-dark-theme),
 * which follows the desktop's unless the user chose a style. */
gboolean           rd_widget_prefers_dark            (GtkWidget     *widget);

G_END_DECLS
