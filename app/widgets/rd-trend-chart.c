/* rd-trend-chart.c: an RdChartWidget sized for a chart by year */
#define G_LOG_DOMAIN "reportdash-trend-view"

#include "config.h"

#include "rd-trend-chart.h"

struct _RdTrendChart
{
  RdChartWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RdTrendChart, rd_trend_chart, RD_TYPE_CHART_WIDGET)

static void
rd_trend_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  double zoom = rd_chart_widget_get_zoom (RD_CHART_WIDGET (widget));

  *minimum = (int) (orientation == GTK_ORIENTATION_HORIZONTAL ? 280 * zoom : 220 * zoom);
  *natural = (int) (orientation == GTK_ORIENTATION_HORIZONTAL ? 640 * zoom : 400 * zoom);
}

static void
rd_trend_chart_class_init (RdTrendChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = rd_trend_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  RD_CHART_WIDGET_CLASS (klass)->keys_stop_at_ends = TRUE;
}

static void
rd_trend_chart_init (RdTrendChart *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
rd_trend_chart_new (void)
{
  return g_object_new (RD_TYPE_TREND_CHART, NULL);
}
