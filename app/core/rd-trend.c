/* rd-trend.c: one indicator of one region, year by year */
#define G_LOG_DOMAIN "reportdash-trend"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rd-series.h"
#include "rd-trend.h"

G_DEFINE_QUARK (rd-trend-error-quark, rd_trend_error)

/* Scales a report prints before a unit: 万亿元 is 10^12 元. */
static const struct {
  const char *prefix;
  double      factor;
} prefixes[] = {
  { "万亿", 1e12 },
  { "亿", 1e8 },
  { "万", 1e4 },
};

/* English names of scaled units the unit table does not list. */
static const struct {
  const char *zh, *en;
} scaled_en[] = {
  { "万亿元", "trillion yuan" },
  { "万亿美元", "trillion US dollars" },
  { "元", "yuan" },
};

double
rd_trend_unit_factor (const char  *unit,
                      const char **base)
{
  unit = unit ? unit : "";
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (unit, prefixes[i].prefix) && unit[strlen (prefixes[i].prefix)] != '\0')
      {
        *base = unit + strlen (prefixes[i].prefix);
        return prefixes[i].factor;
      }
  *base = unit;
  return 1;
}

gboolean
rd_trend_is_estimate (const char *qualifier)
{
  return qualifier != NULL && strstr (qualifier, "预计") != NULL;
}

GStrv
rd_trend_list_regions (GPtrArray *points)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      const RdSeriesPoint *point = points->pdata[i];

      if (point->region != NULL && g_hash_table_add (seen, point->region))
        g_strv_builder_add (builder, point->region);
    }
  return g_strv_builder_end (builder);
}

static void
clear_point (gpointer data)
{
  RdTrendPoint *point = data;

  g_free (point->qualifier);
  g_free (point->printed);
  g_free (point->other_qualifier);
}

void
rd_trend_free (RdTrend *trend)
{
  if (trend == NULL)
    return;
  g_free (trend->name);
  g_free (trend->region);
  g_free (trend->level);
  g_free (trend->measure);
  g_free (trend->unit);
  g_free (trend->unit_en);
  g_array_unref (trend->points);
  g_free (trend);
}

static gboolean
is_target (const RdSeriesPoint *point)
{
  return g_strcmp0 (point->basis, "target") == 0;
}

/* By year, the actual first; within one year and basis the later report
 * first, and within a report the first stated. */
static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const RdSeriesPoint *p = *(RdSeriesPoint * const *) a;
  const RdSeriesPoint *q = *(RdSeriesPoint * const *) b;

  if (p->year != q->year)
    return p->year < q->year ? -1 : 1;
  if (is_target (p) != is_target (q))
    return is_target (p) ? 1 : -1;
  if (p->report_year != q->report_year)
    return p->report_year > q->report_year ? -1 : 1;
  return p->src_start < q->src_start ? -1 : p->src_start > q->src_start;
}

/* The figures of @region that a trend draws, with no basis `other`;
 * checks they share one measure and one base unit, and picks the unit
 * (the smallest scale printed). */
static GPtrArray *
select_points (RdTrend    *trend,
               GPtrArray  *points,
               GError    **error)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  const char *base = NULL, *unit = NULL, *unit_en = NULL;
  double smallest = 0;

  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      RdSeriesPoint *point = points->pdata[i];
      const char *point_base;
      double factor;

      if (g_strcmp0 (point->region, trend->region) != 0 ||
          (g_strcmp0 (point->basis, "actual") != 0 && !is_target (point)))
        continue;

      if (trend->level == NULL)
        trend->level = g_strdup (point->level);
      if (trend->measure == NULL)
        trend->measure = g_strdup (point->measure);
      else if (point->measure != NULL && !g_str_equal (trend->measure, point->measure))
        {
          g_set_error (error, RD_TREND_ERROR, RD_TREND_ERROR_MIXED_MEASURES,
                       /* Translators: the measures are words of the data (growth, level). */
                       _("The figures of “%s” are of two measures, %s and %s: a trend shows one."),
                       trend->name ? trend->name : "", trend->measure, point->measure);
          return NULL;
        }

      factor = rd_trend_unit_factor (point->unit, &point_base);
      if (base == NULL)
        base = point_base;
      else if (!g_str_equal (base, point_base))
        {
          g_set_error (error, RD_TREND_ERROR, RD_TREND_ERROR_MIXED_UNITS,
                       /* Translators: the units are as printed (亿元, %). */
                       _("The figures of “%s” are in %s and in %s, which do not convert: a trend shows one unit."),
                       trend->name ? trend->name : "", unit, point->unit ? point->unit : "");
          return NULL;
        }
      if (unit == NULL || factor < smallest)
        {
          smallest = factor;
          unit = point->unit ? point->unit : "";
          unit_en = point->unit_en;
        }
      g_ptr_array_add (kept, point);
    }

  trend->unit = g_strdup (unit ? unit : "");
  trend->unit_en = g_strdup (unit_en);
  for (guint i = 0; i < G_N_ELEMENTS (scaled_en) && trend->unit_en == NULL; i++)
    if (g_str_equal (trend->unit, scaled_en[i].zh))
      trend->unit_en = g_strdup (scaled_en[i].en);
  return g_steal_pointer (&kept);
}

/* @point's value in @trend's unit. */
static double
scale_to (const RdTrend       *trend,
          const RdSeriesPoint *point,
          double               value)
{
  const char *base;

  return value * rd_trend_unit_factor (point->unit, &base) / rd_trend_unit_factor (trend->unit, &base);
}

RdTrend *
rd_trend_new (GPtrArray   *points,
              const char  *region,
              GError     **error)
{
  g_autoptr(RdTrend) trend = g_new0 (RdTrend, 1);
  g_autoptr(GPtrArray) kept = NULL;

  trend->points = g_array_new (FALSE, TRUE, sizeof (RdTrendPoint));
  g_array_set_clear_func (trend->points, clear_point);
  if (region == NULL && points != NULL && points->len > 0)
    region = ((RdSeriesPoint *) points->pdata[0])->region;
  trend->region = g_strdup (region);
  if (points != NULL && points->len > 0)
    trend->name = g_strdup (((RdSeriesPoint *) points->pdata[0])->name_zh);

  kept = select_points (trend, points, error);
  if (kept == NULL)
    return NULL;
  g_ptr_array_sort (kept, compare_points);

  for (guint i = 0; i < kept->len; i++)
    {
      const RdSeriesPoint *point = kept->pdata[i];
      RdTrendPoint *last = trend->points->len > 0
        ? &g_array_index (trend->points, RdTrendPoint, trend->points->len - 1) : NULL;

      if (last != NULL && last->year == point->year && last->is_target == is_target (point))
        {
          /* The same year told again: the first other report's figure is
           * kept for the hover text; a repetition in the same report with
           * the same value says nothing new. */
          double value = scale_to (trend, point, point->value);

          if (!last->has_other && (point->report_year != last->report_year || value != last->value))
            {
              last->has_other = TRUE;
              last->other_value = value;
              last->other_value_max = scale_to (trend, point, point->value_max);
              last->other_qualifier = g_strdup (point->qualifier);
              last->other_report_year = point->report_year;
              last->other_figure_id = point->figure_id;
            }
          continue;
        }

      g_array_append_val (trend->points, ((RdTrendPoint) {
        .year = point->year,
        .is_target = is_target (point),
        .value = scale_to (trend, point, point->value),
        .value_max = scale_to (trend, point, MAX (point->value, point->value_max)),
        .qualifier = g_strdup (point->qualifier),
        .printed = g_strdup (point->printed),
        .report_year = point->report_year,
        .figure_id = point->figure_id,
        .report_id = point->report_id,
        .src_start = point->src_start,
        .src_end = point->src_end,
      }));
    }

  if (trend->points->len > 0)
    {
      trend->first_year = g_array_index (trend->points, RdTrendPoint, 0).year;
      trend->last_year = g_array_index (trend->points, RdTrendPoint, trend->points->len - 1).year;
    }
  return g_steal_pointer (&trend);
}

GStrv
rd_trend_match_regions (GPtrArray          *points,
                        const char * const *names)
{
  g_auto(GStrv) regions = rd_trend_list_regions (points);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint n = 0; names != NULL && names[n] != NULL; n++)
    for (guint i = 0; regions[i] != NULL; i++)
      if (names[n][0] != '\0' && strstr (regions[i], names[n]) != NULL &&
          g_hash_table_add (seen, regions[i]))
        g_strv_builder_add (builder, regions[i]);
  return g_strv_builder_end (builder);
}

GPtrArray *
rd_trend_new_for_regions (GPtrArray          *points,
                          const char * const *regions,
                          GError            **error)
{
  g_autoptr(GPtrArray) trends = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_trend_free);
  g_auto(GStrv) all = regions == NULL ? rd_trend_list_regions (points) : NULL;

  if (regions == NULL)
    regions = (const char * const *) all;
  for (guint i = 0; regions[i] != NULL; i++)
    {
      RdTrend *trend = rd_trend_new (points, regions[i], error);

      if (trend == NULL)
        return NULL;
      if (trend->points->len == 0)
        rd_trend_free (trend);
      else
        g_ptr_array_add (trends, trend);
    }
  return g_steal_pointer (&trends);
}

gboolean
rd_trends_share_axis (GPtrArray *trends)
{
  static const char * const rates[] = { "growth", "share", "rate", NULL };
  const RdTrend *first;

  if (trends == NULL || trends->len == 0)
    return FALSE;
  first = trends->pdata[0];
  for (guint i = 0; i < trends->len; i++)
    {
      const RdTrend *trend = trends->pdata[i];

      if (g_strcmp0 (trend->unit, "%") != 0 || g_strcmp0 (trend->measure, first->measure) != 0 ||
          !g_strv_contains (rates, trend->measure ? trend->measure : ""))
        return FALSE;
    }
  return TRUE;
}
