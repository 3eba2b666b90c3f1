/* test-line-chart.c: the "trend" chart (app/render/rd-line-chart.c) from an
 * RdTrend: marks at their year and value, no line across a missing year, a
 * range target as a band, hits, and text at every size in both languages */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-format.h"
#include "rd-series.h"
#include "rd-test-render.h"
#include "rd-test-util.h"
#include "rd-trend.h"

static void
add (GPtrArray  *points,
     int         year,
     const char *basis,
     double      value,
     double      value_max,
     int         report_year)
{
  g_ptr_array_add (points, rd_test_series_point (points->len + 1, "湖南省", year, basis, value, value_max,
                                                 "%", NULL, report_year));
}

/* 2010–2016: actuals 8, 10, 6, (no 2013), 9, 12; the 2014 target 4–7
 * (a range), the 2016 target 10, and 2011 estimated first. */
static RdChartData *
sample_trend (void)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  g_autoptr(RdTrend) trend = NULL;

  add (points, 2010, "actual", 8, 8, 2011);
  add (points, 2011, "actual", 10.4, 10.4, 2012);
  add (points, 2011, "actual", 10, 10, 2013);
  g_free (((RdSeriesPoint *) points->pdata[1])->qualifier);
  ((RdSeriesPoint *) points->pdata[1])->qualifier = g_strdup ("预计");
  add (points, 2012, "actual", 6, 6, 2013);
  add (points, 2014, "actual", 9, 9, 2015);
  add (points, 2014, "target", 4, 7, 2014);
  add (points, 2015, "actual", 12, 12, 2016);
  add (points, 2016, "target", 10, 10, 2016);
  trend = rd_trend_new (points, "湖南省", NULL);
  g_assert_nonnull (trend);
  return rd_chart_data_new_for_trend (trend, "湖南省 · 地区生产总值增长");
}

/* 25 years of actuals and targets, with gaps: the benchmark's shape. */
static RdChartData *
long_trend (void)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  g_autoptr(RdTrend) trend = NULL;

  for (int year = 2001; year <= 2025; year++)
    {
      if (year % 7 != 3)
        add (points, year, "actual", 4 + (year * 37 % 11), 0, year + 1);
      if (year % 4 == 0)
        add (points, year, "target", 7.5, 8, year);
      else if (year % 2 == 0)
        add (points, year, "target", 8, 8, year);
    }
  trend = rd_trend_new (points, NULL, NULL);
  return rd_chart_data_new_for_trend (trend, "湖南省 · 地区生产总值增长");
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
  g_assert_not_reached ();
  return -1;
}

/* The middle of the mark of item @i: its first hit region's. */
static void
mark_centre (const RdTestDrawn *d, int i, double *x, double *y)
{
  const RdHitRegion *r = rd_test_first_hit (d->hits, (guint) i);

  *x = r->x + r->width / 2;
  *y = r->y + r->height / 2;
}

/* The middle row of the longest run of @color in column @x. */
static double
run_centre (cairo_surface_t *surface, int x, guint32 color)
{
  int best = 0, best_start = 0, run = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      run = rd_test_pixel_at (surface, x, y) == color ? run + 1 : 0;
      if (run > best)
        {
          best = run;
          best_start = y - run + 1;
        }
    }
  g_assert_cmpint (best, >, 0);
  return best_start + (best - 1) / 2.0;
}

static void
check_positions (int width, int height)
{
  g_autoptr(RdChartData) data = sample_trend ();
  static const int years[] = { 2010, 2011, 2012, 2014, 2015 };
  double xs[G_N_ELEMENTS (years)], ys[G_N_ELEMENTS (years)], values[G_N_ELEMENTS (years)];
  RdTestDrawn d;
  guint32 mark;
  double slot, slope;

  rd_test_draw (&d, data, NULL, width, height, FALSE);
  mark = rd_test_to_pixel (&d.style.mark);
  for (guint k = 0; k < G_N_ELEMENTS (years); k++)
    {
      int i = item_of (data, years[k], FALSE);

      mark_centre (&d, i, &xs[k], &ys[k]);
      values[k] = g_array_index (data->items, RdChartItem, i).value;
      /* The mark's pixels are where its region says. */
      g_assert_cmpfloat (fabs (run_centre (d.surface, (int) xs[k], mark) - ys[k]), <, 2.5);
    }

  /* x by year: one slot a year, 2013 included though it has no figure. */
  slot = xs[1] - xs[0];
  g_assert_cmpfloat (slot, >, 4);
  for (guint k = 1; k < G_N_ELEMENTS (years); k++)
    g_assert_cmpfloat (fabs (xs[k] - xs[0] - (years[k] - years[0]) * slot), <, 1.0);

  /* y proportional to the value (one straight scale, up is more). */
  slope = (ys[4] - ys[2]) / (values[4] - values[2]);
  g_assert_cmpfloat (slope, <, 0);
  for (guint k = 0; k < G_N_ELEMENTS (years); k++)
    g_assert_cmpfloat (fabs (ys[k] - ys[2] - slope * (values[k] - values[2])), <, 1.5);

  /* A line joins 2010 and 2011; none crosses the missing 2013. */
  {
    double gap_x0 = xs[2] + 0.3 * slot, gap_x1 = xs[3] - 0.3 * slot;
    double top = MIN (ys[2], ys[3]) - 4, bottom = MAX (ys[2], ys[3]) + 4;
    double mid_x = (xs[0] + xs[1]) / 2, mid_y = (ys[0] + ys[1]) / 2;

    g_assert_cmpint (rd_test_count_in (d.surface, mid_x - 2, mid_y - 6, 4, 12, mark), >, 0);
    g_assert_cmpint (rd_test_count_in (d.surface, gap_x0, top, gap_x1 - gap_x0, bottom - top, mark), ==, 0);
  }

  /* The range target spans 4..7: its band's edges at those values. */
  {
    int i = item_of (data, 2014, TRUE);
    const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
    double x, y, y4 = ys[2] + slope * (4 - values[2]), y7 = ys[2] + slope * (7 - values[2]);

    g_assert_cmpfloat (item->value, ==, 4);
    g_assert_cmpfloat (item->value_max, ==, 7);
    mark_centre (&d, i, &x, &y);
    g_assert_cmpfloat (fabs (y - (y4 + y7) / 2), <, 2);
    g_assert_cmpint (rd_test_count_in (d.surface, xs[3] - 1, y7 - 2, 3, 4, mark), >, 0);
    g_assert_cmpint (rd_test_count_in (d.surface, xs[3] - 1, y4 - 2, 3, 4, mark), >, 0);
    g_assert_cmpint (rd_test_count_in (d.surface, xs[3] - 1, y - 2, 3, 4, mark), ==, 0);
  }

  /* The 2016 target, with no actual, is a diamond at its value. */
  {
    double x, y;

    mark_centre (&d, item_of (data, 2016, TRUE), &x, &y);
    g_assert_cmpfloat (fabs (x - xs[0] - 6 * slot), <, 1.0);
    g_assert_cmpfloat (fabs (y - ys[2] - slope * (10 - values[2])), <, 1.5);
  }
  rd_test_drawn_clear (&d);
}

static void
test_positions_800 (void)
{
  check_positions (800, 600);
}

static void
test_positions_1920 (void)
{
  check_positions (1920, 1080);
}

/* Every item has a region whose middle answers it; the selected mark is
 * drawn in the selection colour, inside its own regions only. */
static void
test_hits_and_selection (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      g_autoptr(RdChartData) data = sample_trend ();

      for (guint i = 0; i < data->items->len; i++)
        {
          RdRenderState state = RD_RENDER_STATE_INIT;
          RdTestDrawn d;
          guint32 selection;
          gboolean answered = FALSE;
          int total;

          state.selected = (int) i;
          rd_test_draw (&d, data, &state, 800, 600, dark);
          selection = rd_test_to_pixel (&d.style.mark_selected);
          g_assert_cmphex (rd_test_pixel_at (d.surface, 1, 1), ==, rd_test_to_pixel (&d.style.background));
          total = rd_test_count_in (d.surface, 0, 0, 800, 600, selection);
          g_assert_cmpint (total, >, 0);
          for (guint k = 0; k < d.hits->len; k++)
            {
              const RdHitRegion *r = &g_array_index (d.hits, RdHitRegion, k);

              if (r->item != i)
                continue;
              answered |= rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2) == (int) i;
            }
          if (!answered)
            g_error ("item %u: no region answers it at its middle", i);
          /* The first region (the mark's) holds the selected mark. */
          g_assert_cmpint (rd_test_count_in (d.surface, rd_test_first_hit (d.hits, i)->x - 1,
                                             rd_test_first_hit (d.hits, i)->y - 1,
                                             rd_test_first_hit (d.hits, i)->width + 2,
                                             rd_test_first_hit (d.hits, i)->height + 2, selection), ==, total);
          rd_test_drawn_clear (&d);
        }
    }
}

static void
check_layout (const char *lang)
{
  static const int sizes[][2] = { { 280, 220 }, { 320, 240 }, { 480, 360 }, { 800, 600 }, { 1280, 720 },
                                  { 1920, 1080 }, { 2560, 1440 } };
  RdChartData *charts[2];

  rd_format_force_language (lang);
  charts[0] = sample_trend ();
  charts[1] = long_trend ();
  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      const RdChartData *data = charts[c];
      int min_w, nat_w, nat_h;

      rd_render_chart_size_hint (data, &min_w, &nat_w, &nat_h);
      g_assert_cmpint (min_w, >=, 200);
      g_assert_cmpint (nat_w, >=, min_w);
      g_assert_cmpint (nat_h, >=, 180);
      for (guint z = 0; z <= G_N_ELEMENTS (sizes); z++)
        {
          int w = z < G_N_ELEMENTS (sizes) ? sizes[z][0] : nat_w;
          int h = z < G_N_ELEMENTS (sizes) ? sizes[z][1] : nat_h;
          g_autofree char *what = g_strdup_printf ("trend %u (%s)", c, lang);
          RdTestDrawn d;

          rd_test_draw_layout (&d, data, w, h, z % 2 == 1);
          rd_test_assert_text_layout (&d, what, w, h, w < 800);
          g_assert_true (rd_test_has_text (&d, data->title) || w < 800);
          g_assert_true (rd_test_has_text (&d, data->source));
          g_assert_true (rd_test_has_text (&d, data->actual_text));
          g_assert_true (rd_test_has_text (&d, data->target_text));
          rd_test_assert_hits_inside (&d, data, w, h);
          rd_test_drawn_clear (&d);
        }
    }
  rd_chart_data_free (charts[0]);
  rd_chart_data_free (charts[1]);
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

/* The words come from the data: legend, subtitle with the unit, source
 * with the reports' years, and the estimate in the hover text. */
static void
test_words (void)
{
  g_autoptr(RdChartData) data = NULL;
  const RdChartItem *item;

  rd_format_force_language ("zh");
  data = sample_trend ();
  g_assert_cmpstr (data->chart_type, ==, "trend");
  g_assert_cmpstr (data->unit, ==, "%");
  g_assert_nonnull (strstr (data->subtitle, "2010"));
  g_assert_nonnull (strstr (data->subtitle, "2016"));
  g_assert_nonnull (strstr (data->source, "湖南省"));
  item = &g_array_index (data->items, RdChartItem, item_of (data, 2011, FALSE));
  g_assert_cmpfloat (item->value, ==, 10);
  g_assert_nonnull (strstr (item->description, "2013"));
  g_assert_nonnull (strstr (item->description, "2012"));
  g_assert_nonnull (strstr (item->description, "10.4"));
  item = &g_array_index (data->items, RdChartItem, item_of (data, 2014, TRUE));
  g_assert_cmpstr (item->value_text, ==, "4–7%");
  g_assert_null (item->user_data);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rd_format_force_language ("zh");

  g_test_add_func ("/line-chart/positions-800x600", test_positions_800);
  g_test_add_func ("/line-chart/positions-1920x1080", test_positions_1920);
  g_test_add_func ("/line-chart/hits-and-selection", test_hits_and_selection);
  g_test_add_func ("/line-chart/layout-zh", test_layout_zh);
  g_test_add_func ("/line-chart/layout-en", test_layout_en);
  g_test_add_func ("/line-chart/words", test_words);

  return g_test_run ();
}
