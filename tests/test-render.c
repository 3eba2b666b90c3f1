/* test-render.c: the bar renderer on image surfaces (cairo + Pango, no display) */
#include "config.h"

#include <math.h>

#include "rd-format.h"
#include "rd-render.h"

static RdChartData *
make_chart (const double *values,
            guint         n)
{
  RdChartData *data = rd_chart_data_new ("bar", "规模工业增加值与增速", "2018年 · 实际 · 单位：亿元",
                                         "亿元", "来源：2019年天元区（株洲高新区）政府工作报告");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("第%u项很长的中文标签需要换行显示", i + 1);
      rd_chart_data_add_item (data, label, values[i], NULL, label, FALSE, GUINT_TO_POINTER (i + 1));
    }

  return data;
}

static guint32
pixel_at (cairo_surface_t *surface, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

static guint32
to_pixel (const RdColor *c)
{
  return 0xff000000u | ((guint32) lround (c->r * 255) << 16) |
         ((guint32) lround (c->g * 255) << 8) | (guint32) lround (c->b * 255);
}

/* Rows of column @x painted exactly in @color. */
static int
count_color (cairo_surface_t *surface, int x, guint32 color)
{
  int height = cairo_image_surface_get_height (surface);
  int n = 0;

  for (int y = 0; y < height; y++)
    if (pixel_at (surface, x, y) == color)
      n++;
  return n;
}

typedef struct
{
  cairo_surface_t *surface;
  GArray          *hits;
  RdRenderStyle    style;
} Drawn;

static void
draw (Drawn *d, const RdChartData *data, const RdRenderState *state,
      int width, int height, gboolean dark)
{
  cairo_t *cr;

  d->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  d->hits = rd_hit_regions_new ();
  rd_render_style_init (&d->style, dark);
  cr = cairo_create (d->surface);
  rd_render_chart (cr, data, &d->style, state, width, height, d->hits);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (d->surface);
}

static void
drawn_clear (Drawn *d)
{
  cairo_surface_destroy (d->surface);
  g_array_unref (d->hits);
}

static void
check_proportional (int width, int height)
{
  static const double values[] = { 10, 20, 40, 5 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  guint32 mark;
  int heights[G_N_ELEMENTS (values)];
  Drawn d;

  draw (&d, data, NULL, width, height, FALSE);
  mark = to_pixel (&d.style.mark);
  g_assert_cmpuint (d.hits->len, ==, G_N_ELEMENTS (values));

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      const RdHitRegion *r = &g_array_index (d.hits, RdHitRegion, i);
      g_assert_cmpuint (r->item, ==, i);
      heights[i] = count_color (d.surface, (int) (r->x + r->width / 2), mark);
      g_assert_cmpint (heights[i], >, 0);
    }

  /* Height is proportional to value, to within a pixel of rounding. */
  for (guint i = 1; i < G_N_ELEMENTS (values); i++)
    {
      double expected = heights[0] * values[i] / values[0];
      g_assert_cmpfloat (fabs (heights[i] - expected), <=, 2.0 + expected * 0.02);
    }

  drawn_clear (&d);
}

static void
test_bar_proportional_800 (void)
{
  check_proportional (800, 600);
}

static void
test_bar_proportional_1920 (void)
{
  check_proportional (1920, 1080);
}

static void
test_bar_hits (void)
{
  static const double values[] = { 136, 208.4, 10.1 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  Drawn d;

  draw (&d, data, NULL, 640, 400, FALSE);
  for (guint i = 0; i < d.hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (d.hits, RdHitRegion, i);
      int item = rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2);

      g_assert_cmpint (item, ==, (int) i);
      g_assert_cmpfloat (r->x, >=, 0);
      g_assert_cmpfloat (r->x + r->width, <=, 640);
      g_assert_cmpfloat (r->y + r->height, <=, 400);
      g_assert_true (GPOINTER_TO_UINT (g_array_index (data->items, RdChartItem, item).user_data) == i + 1);
    }
  /* The title area and the corners answer for nothing. */
  g_assert_cmpint (rd_hit_regions_lookup (d.hits, 2, 2), ==, -1);
  g_assert_cmpint (rd_hit_regions_lookup (d.hits, 639, 399), ==, -1);
  drawn_clear (&d);
}

static void
test_bar_selected_and_dark (void)
{
  static const double values[] = { 9, 5, 9.3 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  RdRenderState state = RD_RENDER_STATE_INIT;
  Drawn d;
  const RdHitRegion *r;

  state.selected = 1;
  draw (&d, data, &state, 800, 600, TRUE);

  /* Dark background, and the selected bar in the selection colour. */
  g_assert_cmphex (pixel_at (d.surface, 1, 1), ==, to_pixel (&d.style.background));
  r = &g_array_index (d.hits, RdHitRegion, 1);
  g_assert_cmpint (count_color (d.surface, (int) (r->x + r->width / 2), to_pixel (&d.style.mark_selected)), >, 10);
  r = &g_array_index (d.hits, RdHitRegion, 0);
  g_assert_cmpint (count_color (d.surface, (int) (r->x + r->width / 2), to_pixel (&d.style.mark_selected)), ==, 0);
  drawn_clear (&d);

  /* The light palette differs, and its text is dark on white. */
  draw (&d, data, NULL, 800, 600, FALSE);
  g_assert_cmphex (pixel_at (d.surface, 1, 1), ==, 0xffffffff);
  drawn_clear (&d);
}

static void
test_bar_empty_and_tiny (void)
{
  g_autoptr(RdChartData) empty = rd_chart_data_new ("bar", "空", NULL, NULL, NULL);
  static const double values[] = { 1, 2 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  Drawn d;

  draw (&d, empty, NULL, 400, 300, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 0);
  drawn_clear (&d);

  /* Too small to draw bars: no crash, no marks that cannot be seen. */
  draw (&d, data, NULL, 60, 40, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 0);
  drawn_clear (&d);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rd_format_force_language ("zh");

  g_test_add_func ("/render/bar/proportional-800x600", test_bar_proportional_800);
  g_test_add_func ("/render/bar/proportional-1920x1080", test_bar_proportional_1920);
  g_test_add_func ("/render/bar/hits", test_bar_hits);
  g_test_add_func ("/render/bar/selected-dark", test_bar_selected_and_dark);
  g_test_add_func ("/render/bar/empty-tiny", test_bar_empty_and_tiny);

  return g_test_run ();
}
