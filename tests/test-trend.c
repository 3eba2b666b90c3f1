/* test-trend.c: a series of figures as one trend (app/core/rd-trend.c) */
#include "config.h"

#include "rd-series.h"
#include "rd-test-util.h"
#include "rd-trend.h"

static void
add (GPtrArray  *points,
     int         year,
     const char *basis,
     double      value,
     double      value_max,
     const char *unit,
     const char *qualifier,
     int         report_year)
{
  g_ptr_array_add (points, rd_test_series_point (points->len + 1, "湖南省", year, basis, value, value_max,
                                                 unit, qualifier, report_year));
}

static GPtrArray *
new_points (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
}

static const RdTrendPoint *
point_at (const RdTrend *trend, guint i)
{
  g_assert_cmpuint (i, <, trend->points->len);
  return &g_array_index (trend->points, RdTrendPoint, i);
}

/* 2018 is estimated (预计) in the 2019 report and final in the 2020 one:
 * the later is drawn, the estimate kept for the hover. */
static void
test_estimate_then_final (void)
{
  g_autoptr(GPtrArray) points = new_points ();
  g_autoptr(RdTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  const RdTrendPoint *p;

  add (points, 2018, "actual", 7.9, 7.9, "%", "预计", 2019);
  add (points, 2018, "actual", 7.8, 7.8, "%", NULL, 2020);
  add (points, 2018, "target", 8, 8, "%", "左右", 2018);
  trend = rd_trend_new (points, "湖南省", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->points->len, ==, 2);
  p = point_at (trend, 0);
  g_assert_false (p->is_target);
  g_assert_cmpfloat (p->value, ==, 7.8);
  g_assert_cmpint (p->report_year, ==, 2020);
  g_assert_cmpint (p->figure_id, ==, 2);
  g_assert_true (p->has_other);
  g_assert_cmpfloat (p->other_value, ==, 7.9);
  g_assert_cmpint (p->other_report_year, ==, 2019);
  g_assert_true (rd_trend_is_estimate (p->other_qualifier));
  g_assert_false (rd_trend_is_estimate (p->qualifier));
  p = point_at (trend, 1);
  g_assert_true (p->is_target);
  g_assert_false (p->has_other);
  g_assert_cmpstr (trend->measure, ==, "growth");
  g_assert_cmpstr (trend->unit, ==, "%");
}

/* A missing year stays missing; figures of basis `other` are left out;
 * a range target keeps both ends. */
static void
test_gap_other_and_range (void)
{
  g_autoptr(GPtrArray) points = new_points ();
  g_autoptr(RdTrend) trend = NULL;
  g_autoptr(GError) error = NULL;

  add (points, 2017, "actual", 8, 8, "%", NULL, 2018);
  add (points, 2019, "actual", 7.6, 7.6, "%", NULL, 2020);
  add (points, 2019, "target", 7.5, 8, "%", NULL, 2019);
  add (points, 2018, "other", 6, 6, "%", NULL, 2019);
  trend = rd_trend_new (points, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trend->region, ==, "湖南省");
  g_assert_cmpuint (trend->points->len, ==, 3);
  g_assert_cmpint (trend->first_year, ==, 2017);
  g_assert_cmpint (trend->last_year, ==, 2019);
  g_assert_cmpint (point_at (trend, 0)->year, ==, 2017);
  g_assert_cmpint (point_at (trend, 1)->year, ==, 2019);
  g_assert_false (point_at (trend, 1)->is_target);
  g_assert_true (point_at (trend, 2)->is_target);
  g_assert_cmpfloat (point_at (trend, 2)->value, ==, 7.5);
  g_assert_cmpfloat (point_at (trend, 2)->value_max, ==, 8);
  for (guint i = 0; i < trend->points->len; i++)
    g_assert_cmpint (point_at (trend, i)->year, !=, 2018);
}

/* 12930.7亿元 then 1.5万亿元: one unit, 亿元, with its English name. */
static void
test_scale_units (void)
{
  g_autoptr(GPtrArray) points = new_points ();
  g_autoptr(RdTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  const char *base;

  add (points, 2009, "actual", 12930.7, 12930.7, "亿元", NULL, 2010);
  add (points, 2010, "actual", 1.5, 1.5, "万亿元", "以上 预计", 2011);
  add (points, 2015, "target", 2.5, 2.5, "万亿元", "力争", 2011);
  trend = rd_trend_new (points, "湖南省", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trend->unit, ==, "亿元");
  g_assert_cmpstr (trend->unit_en, ==, "100 million yuan");
  g_assert_cmpfloat (point_at (trend, 0)->value, ==, 12930.7);
  g_assert_cmpfloat_with_epsilon (point_at (trend, 1)->value, 15000, 1e-6);
  g_assert_cmpfloat_with_epsilon (point_at (trend, 2)->value_max, 25000, 1e-6);
  g_assert_cmpstr (point_at (trend, 1)->printed, ==, "1.5万亿元");

  g_assert_cmpfloat (rd_trend_unit_factor ("万亿元", &base), ==, 1e12);
  g_assert_cmpstr (base, ==, "元");
  g_assert_cmpfloat (rd_trend_unit_factor ("%", &base), ==, 1);
  g_assert_cmpfloat (rd_trend_unit_factor ("万", &base), ==, 1);

  /* Only 万亿元: named in English too. */
  {
    g_autoptr(GPtrArray) only = new_points ();
    g_autoptr(RdTrend) big = NULL;

    add (only, 2020, "actual", 4, 4, "万亿元", NULL, 2021);
    big = rd_trend_new (only, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (big->unit, ==, "万亿元");
    g_assert_cmpstr (big->unit_en, ==, "trillion yuan");
  }
}

/* Growth rates and levels, or 亿元 and %, are never one trend. */
static void
test_two_measures_refused (void)
{
  g_autoptr(GPtrArray) points = new_points ();
  g_autoptr(GPtrArray) units = new_points ();
  g_autoptr(GError) error = NULL;
  RdTrend *trend;

  add (points, 2018, "actual", 7.8, 7.8, "%", NULL, 2019);
  add (points, 2019, "actual", 3000, 3000, "亿元", NULL, 2020);
  trend = rd_trend_new (points, "湖南省", &error);
  g_assert_null (trend);
  g_assert_error (error, RD_TREND_ERROR, RD_TREND_ERROR_MIXED_MEASURES);
  g_clear_error (&error);

  add (units, 2018, "actual", 7.8, 7.8, "%", NULL, 2019);
  add (units, 2019, "actual", 3, 3, "个百分点", NULL, 2020);
  g_free (((RdSeriesPoint *) units->pdata[1])->measure);
  ((RdSeriesPoint *) units->pdata[1])->measure = g_strdup ("growth");
  trend = rd_trend_new (units, "湖南省", &error);
  g_assert_null (trend);
  g_assert_error (error, RD_TREND_ERROR, RD_TREND_ERROR_MIXED_UNITS);
}

/* Another region's figures are not this region's; each region once. */
static void
test_regions (void)
{
  g_autoptr(GPtrArray) points = new_points ();
  g_autoptr(RdTrend) trend = NULL;
  g_auto(GStrv) regions = NULL;

  add (points, 2018, "actual", 7.8, 7.8, "%", NULL, 2019);
  add (points, 2018, "actual", 8.1, 8.1, "%", NULL, 2019);
  g_free (((RdSeriesPoint *) points->pdata[1])->region);
  ((RdSeriesPoint *) points->pdata[1])->region = g_strdup ("株洲市");
  add (points, 2019, "actual", 7.6, 7.6, "%", NULL, 2020);

  regions = rd_trend_list_regions (points);
  g_assert_cmpuint (g_strv_length (regions), ==, 2);
  g_assert_cmpstr (regions[0], ==, "湖南省");
  g_assert_cmpstr (regions[1], ==, "株洲市");
  trend = rd_trend_new (points, "湖南省", NULL);
  g_assert_cmpuint (trend->points->len, ==, 2);
  g_assert_false (point_at (trend, 0)->has_other);

  /* No figures: an empty trend. */
  {
    g_autoptr(RdTrend) empty = rd_trend_new (points, "长沙市", NULL);

    g_assert_cmpuint (empty->points->len, ==, 0);
    g_assert_cmpint (empty->first_year, ==, 0);
  }
}

static void
add_in (GPtrArray  *points,
        const char *region,
        const char *level,
        int         year,
        double      value,
        const char *unit)
{
  RdSeriesPoint *point = rd_test_series_point (points->len + 1, region, year, "actual", value, value,
                                               unit, NULL, year + 1);

  point->level = g_strdup (level);
  g_ptr_array_add (points, point);
}

/* Regions compared: one trend a region in the order named, a region
 * matched by part of its name, each region's level kept; rates of one
 * measure share an axis, levels never do. */
static void
test_compare_regions (void)
{
  g_autoptr(GPtrArray) points = new_points ();
  g_autoptr(GPtrArray) trends = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) level_points = new_points ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) matched = NULL;
  const char *names[] = { "湖南", "株洲", "湖南省", NULL };
  const char *none[] = { "长沙", NULL };
  g_auto(GStrv) unmatched = NULL;
  const RdTrend *trend;

  add_in (points, "株洲市", "市", 2019, 7.8, "%");
  add_in (points, "株洲市", "市", 2021, 8.1, "%");
  add_in (points, "湖南省", "省", 2019, 7.6, "%");
  add_in (points, "湖南省", "省", 2020, 3.8, "%");
  add_in (points, "湖南省", "省", 2021, 7.7, "%");

  matched = rd_trend_match_regions (points, names);
  g_assert_cmpstrv (matched, ((const char *[]) { "湖南省", "株洲市", NULL }));
  unmatched = rd_trend_match_regions (points, none);
  g_assert_cmpuint (g_strv_length (unmatched), ==, 0);

  trends = rd_trend_new_for_regions (points, (const char * const *) matched, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trends->len, ==, 2);
  trend = trends->pdata[0];
  g_assert_cmpstr (trend->region, ==, "湖南省");
  g_assert_cmpstr (trend->level, ==, "省");
  g_assert_cmpuint (trend->points->len, ==, 3);
  trend = trends->pdata[1];
  g_assert_cmpstr (trend->region, ==, "株洲市");
  g_assert_cmpstr (trend->level, ==, "市");
  /* 2020 missing: two points, the gap left to the chart. */
  g_assert_cmpuint (trend->points->len, ==, 2);
  g_assert_cmpint (g_array_index (trend->points, RdTrendPoint, 1).year, ==, 2021);
  g_assert_true (rd_trends_share_axis (trends));

  /* Every region, in the series' order (by region name). */
  g_clear_pointer (&trends, g_ptr_array_unref);
  trends = rd_trend_new_for_regions (points, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trends->len, ==, 2);
  g_assert_cmpstr (((RdTrend *) trends->pdata[0])->region, ==, "株洲市");

  /* Levels (亿元 and 万亿元): never one axis. */
  add_in (level_points, "株洲市", "市", 2019, 3003, "亿元");
  add_in (level_points, "湖南省", "省", 2019, 3.98, "万亿元");
  levels = rd_trend_new_for_regions (level_points, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (levels->len, ==, 2);
  g_assert_false (rd_trends_share_axis (levels));
  g_assert_false (rd_trends_share_axis (NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trend/estimate-then-final", test_estimate_then_final);
  g_test_add_func ("/trend/gap-other-and-range", test_gap_other_and_range);
  g_test_add_func ("/trend/scale-units", test_scale_units);
  g_test_add_func ("/trend/two-measures-refused", test_two_measures_refused);
  g_test_add_func ("/trend/regions", test_regions);
  g_test_add_func ("/trend/compare-regions", test_compare_regions);

  return g_test_run ();
}
