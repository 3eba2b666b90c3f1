/* test-targets-chart.c: the "targets" chart (app/render/rd-targets-chart.c)
 * from rd_targets_check(): a target and its result a year, the result in
 * the verdict's colour at its value, no result drawn where there is none,
 * hits for every mark, the legend's words, text at every size in both
 * languages */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-format.h"
#include "rd-series.h"
#include "rd-targets.h"
#include "rd-test-render.h"
#include "rd-test-util.h"

static void
add (GPtrArray  *points,
     int         year,
     const char *basis,
     double      value,
     double      value_max,
     const char *unit,
     int         report_year)
{
  g_ptr_array_add (points, rd_test_series_point (points->len + 1, "湖南省", year, basis, value, value_max,
                                                 unit, NULL, report_year));
}

/* 2016: target 8, result 10.5 (met); 2017: target 7.5–8, result 7 (missed);
 * 2018: target 8, no result; 2019: target 7, result 7.6 (met). */
static GPtrArray *
sample_series (void)
{
  GPtrArray *points = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);

  add (points, 2016, "target", 8, 8, "%", 2016);
  add (points, 2016, "actual", 10.5, 10.5, "%", 2017);
  add (points, 2017, "target", 7.5, 8, "%", 2017);
  add (points, 2017, "actual", 7, 7, "%", 2018);
  add (points, 2018, "target", 8, 8, "%", 2018);
  add (points, 2019, "target", 7, 7, "%", 2019);
  add (points, 2019, "actual", 7.6, 7.6, "%", 2020);
  return points;
}

static int
item_of (const RdChartData *data, int year, gboolean target)
{
  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);

      if (item->year == year && item->is_target == target)
        return (int) i;
    }
  return -1;
}

static void
test_items (void)
{
  g_autoptr(GPtrArray) series = sample_series ();
  g_autoptr(GArray) checks = rd_targets_check (series, FALSE);
  g_autoptr(RdChartData) data = NULL;
  const RdChartItem *item;

  rd_format_force_language ("zh");
  data = rd_chart_data_new_for_targets (checks, NULL, "湖南省 · 地区生产总值增长");
  g_assert_cmpstr (data->chart_type, ==, "targets");
  g_assert_cmpuint (data->items->len, ==, 7);
  g_assert_cmpint (item_of (data, 2018, FALSE), ==, -1);
  item = &g_array_index (data->items, RdChartItem, item_of (data, 2016, FALSE));
  g_assert_cmpint (item->status, ==, RD_TARGET_MET);
  g_assert_cmpfloat (item->value, ==, 10.5);
  item = &g_array_index (data->items, RdChartItem, item_of (data, 2017, TRUE));
  g_assert_cmpint (item->status, ==, RD_TARGET_MISSED);
  g_assert_cmpfloat (item->value, ==, 7.5);
  g_assert_cmpfloat (item->value_max, ==, 8);
  g_assert_nonnull (strstr (item->description, "2018"));
  item = &g_array_index (data->items, RdChartItem, item_of (data, 2018, TRUE));
  g_assert_cmpint (item->status, ==, RD_TARGET_NO_RESULT);
  g_assert_nonnull (data->status_texts);
  g_assert_cmpuint (g_strv_length (data->status_texts), ==, 3);
}

/* Levels in 亿元 and 万亿元: one unit, the smaller. */
static void
test_units (void)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  g_autoptr(GArray) checks = NULL;
  g_autoptr(RdChartData) data = NULL;

  add (series, 2019, "target", 4, 4, "万亿元", 2019);
  add (series, 2019, "actual", 4.1, 4.1, "万亿元", 2020);
  add (series, 2020, "target", 42000, 42000, "亿元", 2020);
  add (series, 2020, "actual", 41781, 41781, "亿元", 2021);
  checks = rd_targets_check (series, FALSE);
  data = rd_chart_data_new_for_targets (checks, "湖南省", NULL);
  g_assert_nonnull (data);
  g_assert_cmpuint (data->items->len, ==, 4);
  g_assert_cmpstr (data->unit, ==, "亿元");
  g_assert_cmpfloat (g_array_index (data->items, RdChartItem, 0).value, ==, 40000);
  g_assert_cmpfloat (fabs (g_array_index (data->items, RdChartItem, 1).value - 41000), <, 1e-6);
  g_assert_cmpfloat (g_array_index (data->items, RdChartItem, 3).value, ==, 41781);
}

/* The results in their verdict's colour at their marks; every mark's
 * region answers it at its middle; a target with no result has no
 * point in its column. */
static void
check_drawn (int width, int height, gboolean dark)
{
  g_autoptr(GPtrArray) series = sample_series ();
  g_autoptr(GArray) checks = rd_targets_check (series, FALSE);
  g_autoptr(RdChartData) data = rd_chart_data_new_for_targets (checks, NULL, "地区生产总值增长");
  RdTestDrawn d;
  guint32 met, missed;

  rd_test_draw (&d, data, NULL, width, height, dark);
  met = rd_test_to_pixel (&d.style.positive);
  missed = rd_test_to_pixel (&d.style.negative);
  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
      const RdHitRegion *r = rd_test_first_hit (d.hits, i);
      double x = r->x + r->width / 2, y = r->y + r->height / 2;

      g_assert_cmpint (rd_hit_regions_lookup (d.hits, x, y), ==, (int) i);
      if (!item->is_target)
        g_assert_cmpint (rd_test_count_in (d.surface, x - 2, y - 2, 4, 4,
                                           item->status == RD_TARGET_MET ? met : missed), >, 0);
    }
  /* 2018: no result, so nothing of either colour in its column. */
  {
    const RdHitRegion *r = rd_test_first_hit (d.hits, (guint) item_of (data, 2018, TRUE));
    double slot = rd_test_first_hit (d.hits, (guint) item_of (data, 2019, TRUE))->x - r->x;

    g_assert_cmpint (rd_test_count_in (d.surface, r->x + r->width / 2 - slot / 3, 0, 2 * slot / 3, height, met), ==, 0);
    g_assert_cmpint (rd_test_count_in (d.surface, r->x + r->width / 2 - slot / 3, 0, 2 * slot / 3, height, missed), ==, 0);
  }
  /* The 2016 gap: a line of the met colour from the target up to the result. */
  {
    const RdHitRegion *t = rd_test_first_hit (d.hits, (guint) item_of (data, 2016, TRUE));
    const RdHitRegion *a = rd_test_first_hit (d.hits, (guint) item_of (data, 2016, FALSE));
    double x = t->x + t->width / 2, mid = (t->y + t->height / 2 + a->y + a->height / 2) / 2;

    g_assert_cmpfloat (a->y, <, t->y);
    g_assert_cmpint (rd_test_count_in (d.surface, x - 2, mid - 1, 4, 2, met), >, 0);
  }
  rd_test_drawn_clear (&d);
}

static void
test_drawn (void)
{
  check_drawn (800, 600, FALSE);
  check_drawn (1920, 1080, TRUE);
  check_drawn (480, 360, FALSE);
}

static void
check_layout (const char *lang)
{
  static const int sizes[][2] = { { 280, 220 }, { 320, 240 }, { 480, 360 }, { 800, 600 }, { 1280, 720 },
                                  { 1920, 1080 }, { 2560, 1440 } };
  g_autoptr(GPtrArray) series = sample_series ();
  g_autoptr(GArray) checks = rd_targets_check (series, FALSE);
  g_autoptr(RdChartData) data = NULL;

  rd_format_force_language (lang);
  data = rd_chart_data_new_for_targets (checks, NULL, "湖南省 · 地区生产总值增长");
  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      int w = sizes[z][0], h = sizes[z][1];
      g_autofree char *what = g_strdup_printf ("targets (%s) %dx%d", lang, w, h);
      RdTestDrawn d;

      rd_test_draw_layout (&d, data, w, h, z % 2 == 1);
      rd_test_assert_text_layout (&d, what, w, h, w < 800);
      g_assert_true (rd_test_has_text (&d, data->source));
      if (w >= 800)
        for (guint s = 0; s < 3; s++)
          g_assert_true (rd_test_has_text (&d, data->status_texts[s]));
      rd_test_assert_hits_inside (&d, data, w, h);
      rd_test_drawn_clear (&d);
    }
  rd_format_force_language ("zh");
}

static void
test_layout_zh (void)
{
  check_layout ("zh");
}

static void
test_layout_en (void)
{
  check_layout ("en");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rd_format_force_language ("zh");

  g_test_add_func ("/targets-chart/items", test_items);
  g_test_add_func ("/targets-chart/units", test_units);
  g_test_add_func ("/targets-chart/drawn", test_drawn);
  g_test_add_func ("/targets-chart/layout-zh", test_layout_zh);
  g_test_add_func ("/targets-chart/layout-en", test_layout_en);
  return g_test_run ();
}
