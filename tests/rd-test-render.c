/* rd-test-render.c: drawing a chart for a test, and the checks every
 * renderer's test shares (pixels, hit regions, text boxes) */
#include "config.h"

#include <math.h>

#include "rd-test-render.h"

guint32
rd_test_pixel_at (cairo_surface_t *surface, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

guint32
rd_test_to_pixel (const RdColor *c)
{
  return 0xff000000u | ((guint32) lround (c->r * 255) << 16) |
         ((guint32) lround (c->g * 255) << 8) | (guint32) lround (c->b * 255);
}

/* Rows of column @x painted exactly in @color. */
int
rd_test_count_color (cairo_surface_t *surface, int x, guint32 color)
{
  int height = cairo_image_surface_get_height (surface);
  int n = 0;

  for (int y = 0; y < height; y++)
    if (rd_test_pixel_at (surface, x, y) == color)
      n++;
  return n;
}



/* @layout_only: a recording surface, for checks of text boxes and hit
 * regions only: the same drawing calls, with no pixels rasterized (the
 * dataset walks draw ~600 charts up to 2560×1440; rasterizing them took
 * most of the sanitizer run's time). */
void
rd_test_draw_full (RdTestDrawn *d, const RdChartData *data, const RdRenderState *state,
           int width, int height, const RdRenderStyle *style, gboolean layout_only)
{
  cairo_t *cr;

  if (layout_only)
    {
      cairo_rectangle_t extents = { 0, 0, width, height };
      d->surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
    }
  else
    d->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  d->hits = rd_hit_regions_new ();
  d->boxes = rd_text_boxes_new ();
  d->style = *style;
  cr = cairo_create (d->surface);
  rd_render_collect_text_boxes (cr, d->boxes);
  rd_render_chart (cr, data, &d->style, state, width, height, d->hits);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (d->surface);
}

void
rd_test_draw_styled (RdTestDrawn *d, const RdChartData *data, const RdRenderState *state,
             int width, int height, const RdRenderStyle *style)
{
  rd_test_draw_full (d, data, state, width, height, style, FALSE);
}

void
rd_test_draw_layout (RdTestDrawn *d, const RdChartData *data, int width, int height, gboolean dark)
{
  RdRenderStyle style;

  rd_render_style_init (&style, dark);
  rd_test_draw_full (d, data, NULL, width, height, &style, TRUE);
}

void
rd_test_draw (RdTestDrawn *d, const RdChartData *data, const RdRenderState *state,
      int width, int height, gboolean dark)
{
  RdRenderStyle style;

  rd_render_style_init (&style, dark);
  rd_test_draw_styled (d, data, state, width, height, &style);
}

void
rd_test_drawn_clear (RdTestDrawn *d)
{
  cairo_surface_destroy (d->surface);
  g_array_unref (d->hits);
  g_array_unref (d->boxes);
}

const RdHitRegion *
rd_test_first_hit (GArray *hits, guint item)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_array_index (hits, RdHitRegion, i).item == item)
      return &g_array_index (hits, RdHitRegion, i);
  g_assert_not_reached ();
  return NULL;
}

/* Pixels of exactly @color in a rectangle. */
int
rd_test_count_in (cairo_surface_t *surface, double x, double y, double w, double h, guint32 color)
{
  int x0 = MAX ((int) ceil (x), 0), y0 = MAX ((int) ceil (y), 0);
  int x1 = MIN ((int) floor (x + w), cairo_image_surface_get_width (surface));
  int y1 = MIN ((int) floor (y + h), cairo_image_surface_get_height (surface));
  int n = 0;

  for (int yy = y0; yy < y1; yy++)
    for (int xx = x0; xx < x1; xx++)
      n += rd_test_pixel_at (surface, xx, yy) == color;
  return n;
}

gboolean
rd_test_boxes_overlap (const RdTextBox *a, const RdTextBox *b)
{
  const double slack = 0.5;

  return a->x + slack < b->x + b->width && b->x + slack < a->x + a->width &&
         a->y + slack < b->y + b->height && b->y + slack < a->y + a->height;
}

/* Every text inside the surface, no two overlapping; none shortened
 * unless @allow_ellipsis. */
void
rd_test_assert_text_layout (const RdTestDrawn *d, const char *what, int width, int height, gboolean allow_ellipsis)
{
  g_assert_cmpuint (d->boxes->len, >, 0);
  for (guint i = 0; i < d->boxes->len; i++)
    {
      const RdTextBox *a = &g_array_index (d->boxes, RdTextBox, i);

      if (a->x < -0.5 || a->y < -0.5 || a->x + a->width > width + 0.5 || a->y + a->height > height + 0.5)
        g_error ("%s %dx%d: “%s” (%.1f,%.1f %.1f×%.1f) is outside the drawing",
                 what, width, height, a->text, a->x, a->y, a->width, a->height);
      if (!allow_ellipsis && a->ellipsized)
        g_error ("%s %dx%d: “%s” is shortened", what, width, height, a->text);
      for (guint j = i + 1; j < d->boxes->len; j++)
        {
          const RdTextBox *b = &g_array_index (d->boxes, RdTextBox, j);

          if (rd_test_boxes_overlap (a, b))
            g_error ("%s %dx%d: “%s” (%.1f,%.1f %.1f×%.1f) overlaps “%s” (%.1f,%.1f %.1f×%.1f)",
                     what, width, height, a->text, a->x, a->y, a->width, a->height,
                     b->text, b->x, b->y, b->width, b->height);
        }
    }
}

gboolean
rd_test_has_text (const RdTestDrawn *d, const char *text)
{
  for (guint i = 0; i < d->boxes->len; i++)
    if (g_strcmp0 (g_array_index (d->boxes, RdTextBox, i).text, text) == 0)
      return TRUE;
  return FALSE;
}

void
rd_test_assert_hits_inside (const RdTestDrawn *d,
                            const RdChartData *data,
                            int                width,
                            int                height)
{
  for (guint i = 0; i < data->items->len; i++)
    {
      const RdHitRegion *r = rd_test_first_hit (d->hits, i);

      g_assert_cmpfloat (r->x, >=, 0);
      g_assert_cmpfloat (r->y, >=, 0);
      g_assert_cmpfloat (r->x + r->width, <=, width + 0.01);
      g_assert_cmpfloat (r->y + r->height, <=, height + 0.01);
    }
}
