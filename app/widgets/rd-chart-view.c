/* rd-chart-view.c
 *
 * A chart of the dashboard: an RdChartWidget for an RdChartSpec, sized for
 * the grid of a sector's page, with an accessible child for each mark.
 */
#define G_LOG_DOMAIN "reportdash-chart-view"

#include "config.h"

#include <math.h>

#include "rd-chart-view.h"
#include "rd-render.h"

struct _RdChartView
{
  RdChartWidget  parent_instance;

  RdChartSpec   *spec;
  GPtrArray     *marks;   /* RdChartMark children, one per item */
};

/* An invisible child for each mark, placed over it, so that assistive
 * technologies see every figure with its own name and description (GTK 4.8
 * has no other way to expose parts of a drawing). It takes no input: the
 * chart handles pointer and keys. */
#define RD_TYPE_CHART_MARK (rd_chart_mark_get_type ())
G_DECLARE_FINAL_TYPE (RdChartMark, rd_chart_mark, RD, CHART_MARK, GtkWidget)

struct _RdChartMark
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RdChartMark, rd_chart_mark, GTK_TYPE_WIDGET)

static void
rd_chart_mark_class_init (RdChartMarkClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "mark");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
rd_chart_mark_init (RdChartMark *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

G_DEFINE_FINAL_TYPE (RdChartView, rd_chart_view, RD_TYPE_CHART_WIDGET)

static void
rd_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  RdChartWidget *chart = RD_CHART_WIDGET (widget);
  const RdChartData *data = rd_chart_widget_get_data (chart);
  double zoom = rd_chart_widget_get_zoom (chart);
  int min_w = 260, nat_w = 340, nat_h = 320;

  if (data != NULL)
    rd_render_chart_size_hint (data, &min_w, &nat_w, &nat_h);

  /* Two charts a row in a 1280-pixel window, three from about 1700:
   * the dashboard grid, not the chart, decides the width. Zoomed in,
   * charts are wider too, so fewer go in a row. */
  min_w = (int) ceil (MIN (min_w, 300) * zoom);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_w;
      *natural = CLAMP ((int) ceil (nat_w * zoom), min_w, (int) ceil (380 * zoom));
    }
  else
    {
      /* Larger text (the desktop's text scaling) needs a taller chart for
       * the same room to plot in. */
      double scale = MAX (1.0, rd_chart_widget_get_min_em (chart) / RD_RENDER_MIN_EM);

      *minimum = (int) ceil (MAX (200, nat_h * 4 / 5) * scale);
      *natural = MAX (*minimum, (int) ceil (nat_h * scale));
    }
}

/* Each mark's accessible child goes over the mark's region. */
static void
rd_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RdChartView *self = RD_CHART_VIEW (widget);
  GArray *hits;

  GTK_WIDGET_CLASS (rd_chart_view_parent_class)->size_allocate (widget, width, height, baseline);

  /* The regions of the last drawing: not drawn again while out of sight. */
  hits = rd_chart_widget_get_data (RD_CHART_WIDGET (self)) != NULL && width > 0 && height > 0
           ? rd_chart_widget_get_hits (RD_CHART_WIDGET (self)) : NULL;
  for (guint i = 0; i < self->marks->len; i++)
    {
      GtkWidget *mark = g_ptr_array_index (self->marks, i);
      GtkAllocation area = { 0, 0, 0, 0 };

      for (guint j = 0; hits != NULL && j < hits->len; j++)
        {
          const RdHitRegion *r = &g_array_index (hits, RdHitRegion, j);

          if (r->item == i)
            area = (GtkAllocation) { (int) r->x, (int) r->y, (int) r->width, (int) r->height };
        }
      gtk_widget_size_allocate (mark, &area, -1);
    }
}

static void
rd_chart_view_dispose (GObject *object)
{
  RdChartView *self = RD_CHART_VIEW (object);

  if (self->marks != NULL)
    {
      for (guint i = 0; i < self->marks->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->marks, i));
      g_clear_pointer (&self->marks, g_ptr_array_unref);
    }
  g_clear_object (&self->spec);

  G_OBJECT_CLASS (rd_chart_view_parent_class)->dispose (object);
}

static void
rd_chart_view_class_init (RdChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_chart_view_dispose;
  widget_class->measure = rd_chart_view_measure;
  widget_class->size_allocate = rd_chart_view_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
rd_chart_view_init (RdChartView *self)
{
  self->marks = g_ptr_array_new ();
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);  /* rounded corners */
}

GtkWidget *
rd_chart_view_new (RdChartSpec *spec,
                   const char  *report_title)
{
  RdChartView *self;
  RdChartData *data;

  g_return_val_if_fail (RD_IS_CHART_SPEC (spec), NULL);

  self = g_object_new (RD_TYPE_CHART_VIEW, NULL);
  self->spec = g_object_ref (spec);
  data = rd_chart_data_new_for_spec (spec, report_title);

  for (guint i = 0; i < data->items->len; i++)
    {
      RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
      GtkWidget *mark = g_object_new (RD_TYPE_CHART_MARK, NULL);

      gtk_accessible_update_property (GTK_ACCESSIBLE (mark),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, item->label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, item->description,
                                      -1);
      gtk_widget_set_parent (mark, GTK_WIDGET (self));
      g_ptr_array_add (self->marks, mark);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, data->title, -1);
  rd_chart_widget_set_data (RD_CHART_WIDGET (self), data);

  return GTK_WIDGET (self);
}

RdChartSpec *
rd_chart_view_get_spec (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  return self->spec;
}

GtkWidget *
rd_chart_view_get_mark_widget (RdChartView *self,
                               guint        index)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);
  return g_ptr_array_index (self->marks, index);
}

GdkTexture *
rd_chart_view_render_texture (RdChartView *self,
                              int          width,
                              int          height)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  return rd_chart_texture_new (rd_chart_widget_get_data (RD_CHART_WIDGET (self)), width, height);
}

GdkTexture *
rd_chart_texture_new (const RdChartData *data,
                      int                width,
                      int                height)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  RdRenderStyle style;
  cairo_t *cr;
  GdkTexture *texture;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  /* Documents and slides are light whatever the app's style. */
  rd_render_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  rd_render_chart (cr, data, &style, NULL, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  /* CAIRO_FORMAT_ARGB32 is premultiplied BGRA in memory on little-endian,
   * which is GDK_MEMORY_DEFAULT. */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  return texture;
}
