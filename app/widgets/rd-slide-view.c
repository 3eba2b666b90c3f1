/* rd-slide-view.c
 *
 * The chart is drawn by the shared renderer with its text scaled up for a
 * projector; the caption is the report's sentence that states the figure.
 */
#define G_LOG_DOMAIN "reportdash-slide-view"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rd-chart-data.h"
#include "rd-excerpt-panel.h"
#include "rd-render-text.h"
#include "rd-slide-view.h"

struct _RdSlideView
{
  GtkWidget    parent_instance;

  RdChartSpec *spec;
  RdChartData *data;
  char        *caption;
  char        *caption_markup;
  char        *footer;
  gboolean     blank;

  /* The magnification of the chart, for a chart area of this size. */
  double       zoom;
  double       zoom_width;
  double       zoom_height;
};

G_DEFINE_FINAL_TYPE (RdSlideView, rd_slide_view, GTK_TYPE_WIDGET)

void
rd_slide_view_text_sizes (int     width,
                          int     height,
                          double *title,
                          double *caption)
{
  double unit = MIN (width / 1920.0, height / 1080.0);

  /* 52 px and 30 px on a 1080p projector: readable from the back row. */
  *title = 52.0 * unit;
  *caption = 30.0 * unit;
}

/* How many texts of its figures (values, changes: the texts of an item)
 * the chart draws whole at @width × @height. */
static guint
count_figure_texts (const RdChartData   *data,
                    const RdRenderStyle *style,
                    double               width,
                    double               height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) boxes = rd_text_boxes_new ();
  guint n = 0;

  rd_render_collect_text_boxes (cr, boxes);
  rd_render_chart (cr, data, style, NULL, width, height, NULL);
  rd_render_collect_text_boxes (cr, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint i = 0; i < boxes->len; i++)
    {
      const RdTextBox *box = &g_array_index (boxes, RdTextBox, i);

      if (box->item >= 0 && !box->ellipsized)
        n++;
    }
  return n;
}

/* The chart's text must be bigger than on a desk: it is drawn smaller
 * and magnified, until the text unit of the drawing (rd_render_em, which
 * has a floor) reaches the slide's. But not so far that the drawing
 * leaves out or shortens figures that it prints whole at the slide's own
 * size: a chart of many rows (Actual vs Target) would drop its values.
 * Names may be shortened; figures may not. */
double
rd_slide_view_chart_zoom (const RdChartData *data,
                          double             width,
                          double             height,
                          double             text_px)
{
  RdRenderStyle style;
  double zoom = 1.0;
  guint figures;

  g_return_val_if_fail (data != NULL, 1.0);

  if (width <= 0 || height <= 0)
    return 1.0;

  while (zoom < 8.0 && zoom * rd_render_em (width / zoom, height / zoom) < text_px)
    zoom += 0.125;
  if (zoom == 1.0)
    return zoom;

  rd_render_style_init (&style, FALSE);
  figures = count_figure_texts (data, &style, width, height);
  while (zoom > 1.0 && count_figure_texts (data, &style, width / zoom, height / zoom) < figures)
    zoom -= 0.125;
  return MAX (zoom, 1.0);
}

/* rd_slide_view_chart_zoom() for the chart shown, once a size. */
static double
chart_zoom (RdSlideView *self,
            double       width,
            double       height,
            double       text_px)
{
  if (self->zoom_width != width || self->zoom_height != height)
    {
      self->zoom = rd_slide_view_chart_zoom (self->data, width, height, text_px);
      self->zoom_width = width;
      self->zoom_height = height;
    }
  return self->zoom;
}

static void
rd_slide_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RdSlideView *self = RD_SLIDE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double title_px, caption_px, margin, footer_h, caption_h = 0, chart_h;
  g_autoptr(PangoLayout) caption = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  RdRenderStyle style;
  PangoRectangle logical;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rd_render_style_init (&style, FALSE);

  if (self->blank || self->data == NULL)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  rd_slide_view_text_sizes (width, height, &title_px, &caption_px);
  margin = 0.6 * caption_px;

  cairo_set_source_rgb (cr, style.background.r, style.background.g, style.background.b);
  cairo_paint (cr);

  footer = rd_render_layout (cr, &style, self->footer, 0.8 * caption_px, FALSE, width - 2 * margin, 1);
  pango_layout_set_alignment (footer, PANGO_ALIGN_RIGHT);
  pango_layout_get_extents (footer, NULL, &logical);
  footer_h = logical.height / (double) PANGO_SCALE;

  if (self->caption != NULL && self->caption[0] != '\0')
    {
      caption = rd_render_layout (cr, &style, self->caption, caption_px, FALSE, width - 2 * margin, 3);
      pango_layout_set_markup (caption, self->caption_markup, -1);
      pango_layout_get_extents (caption, NULL, &logical);
      caption_h = logical.height / (double) PANGO_SCALE + margin;
    }

  chart_h = MAX (height - footer_h - caption_h - 2 * margin, 1);

  /* The chart fills the slide above the caption, magnified. */
  {
    double zoom = chart_zoom (self, width, chart_h, title_px / 1.35);

    cairo_save (cr);
    cairo_scale (cr, zoom, zoom);
    rd_render_chart (cr, self->data, &style, NULL, width / zoom, chart_h / zoom, NULL);
    cairo_restore (cr);
  }

  if (caption != NULL)
    {
      /* A rule, then the sentence. */
      cairo_set_source_rgba (cr, style.grid.r, style.grid.g, style.grid.b, 1);
      cairo_rectangle (cr, margin, chart_h, width - 2 * margin, MAX (1, caption_px / 15));
      cairo_fill (cr);
      cairo_set_source_rgba (cr, style.foreground.r, style.foreground.g, style.foreground.b, 1);
      cairo_move_to (cr, margin, chart_h + margin / 2);
      pango_cairo_show_layout (cr, caption);
    }

  cairo_set_source_rgba (cr, style.muted.r, style.muted.g, style.muted.b, 1);
  cairo_move_to (cr, margin, height - margin - footer_h);
  pango_cairo_show_layout (cr, footer);

  cairo_destroy (cr);
}

static void
rd_slide_view_dispose (GObject *object)
{
  RdSlideView *self = RD_SLIDE_VIEW (object);

  g_clear_object (&self->spec);
  g_clear_pointer (&self->data, rd_chart_data_free);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->caption_markup, g_free);
  g_clear_pointer (&self->footer, g_free);

  G_OBJECT_CLASS (rd_slide_view_parent_class)->dispose (object);
}

static void
rd_slide_view_class_init (RdSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_slide_view_dispose;
  widget_class->snapshot = rd_slide_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "slide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rd_slide_view_init (RdSlideView *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
rd_slide_view_new (void)
{
  return g_object_new (RD_TYPE_SLIDE_VIEW, NULL);
}

void
rd_slide_view_set_chart_data (RdSlideView *self,
                              RdChartData *data,
                              RdIndicator *caption,
                              const char  *section,
                              guint        number,
                              guint        total)
{
  g_autofree char *counter = NULL;

  g_return_if_fail (RD_IS_SLIDE_VIEW (self));
  g_return_if_fail (data != NULL);
  g_return_if_fail (caption == NULL || RD_IS_INDICATOR (caption));

  g_clear_object (&self->spec);
  g_clear_pointer (&self->data, rd_chart_data_free);
  self->data = data;
  self->zoom_width = self->zoom_height = 0;

  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->caption_markup, g_free);
  if (caption != NULL)
    {
      gsize start, end;
      g_autofree char *sentence = NULL;

      rd_indicator_get_highlight (caption, &start, &end);
      sentence = rd_excerpt_panel_markup (rd_indicator_get_excerpt (caption), start, end);
      /* Translators: the caption of a slide: the sentence of the report. */
      self->caption = g_strdup_printf (_("Report text: %s"), rd_indicator_get_excerpt (caption));
      self->caption_markup = g_strdup_printf (_("Report text: %s"), sentence);
    }

  g_free (self->footer);
  /* Translators: slide number, number of slides. */
  counter = g_strdup_printf (_("%u / %u"), number, total);
  self->footer = g_strdup_printf ("%s  ·  %s", section ? section : "", counter);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->data->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->caption ? self->caption : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rd_slide_view_set_slide (RdSlideView *self,
                         RdChartSpec *spec,
                         RdIndicator *selected,
                         const char  *sector_name,
                         const char  *report_title,
                         guint        number,
                         guint        total)
{
  g_return_if_fail (RD_IS_SLIDE_VIEW (self));
  g_return_if_fail (RD_IS_CHART_SPEC (spec));

  if (selected == NULL && rd_chart_spec_get_n_figures (spec) > 0)
    selected = rd_chart_spec_get_figure (spec, 0);

  rd_slide_view_set_chart_data (self, rd_chart_data_new_for_spec (spec, report_title),
                                selected, sector_name, number, total);
  g_set_object (&self->spec, spec);
}

RdChartSpec *
rd_slide_view_get_spec (RdSlideView *self)
{
  g_return_val_if_fail (RD_IS_SLIDE_VIEW (self), NULL);
  return self->spec;
}

const RdChartData *
rd_slide_view_get_chart_data (RdSlideView *self)
{
  g_return_val_if_fail (RD_IS_SLIDE_VIEW (self), NULL);
  return self->data;
}

const char *
rd_slide_view_get_caption (RdSlideView *self)
{
  g_return_val_if_fail (RD_IS_SLIDE_VIEW (self), NULL);
  return self->caption;
}

const char *
rd_slide_view_get_footer (RdSlideView *self)
{
  g_return_val_if_fail (RD_IS_SLIDE_VIEW (self), NULL);
  return self->footer;
}

void
rd_slide_view_set_blank (RdSlideView *self,
                         gboolean     blank)
{
  g_return_if_fail (RD_IS_SLIDE_VIEW (self));

  if (self->blank == blank)
    return;
  self->blank = blank;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
rd_slide_view_get_zoom (RdSlideView *self)
{
  g_return_val_if_fail (RD_IS_SLIDE_VIEW (self), 0);
  return self->zoom_width > 0 ? self->zoom : 0;
}

gboolean
rd_slide_view_get_blank (RdSlideView *self)
{
  g_return_val_if_fail (RD_IS_SLIDE_VIEW (self), FALSE);
  return self->blank;
}
