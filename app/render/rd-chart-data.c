/* rd-chart-data.c
 *
 * Every word a chart shows is chosen here, in the display language, so
 * that the renderers draw text and translate none.
 */
#define G_LOG_DOMAIN "reportdash-chart-data"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rd-chart-data.h"
#include "rd-format.h"
#include "rd-pair.h"

static void
clear_item (gpointer data)
{
  RdChartItem *item = data;

  g_free (item->label);
  g_free (item->value_text);
  g_free (item->description);
  g_free (item->value_full);
  g_free (item->unit);
  g_free (item->series);
  g_free (item->qualifier);
  g_free (item->hedge);
  g_free (item->whole_text);
  g_free (item->excerpt);
  g_free (item->change_text);
}

RdChartData *
rd_chart_data_new (const char *chart_type,
                   const char *title,
                   const char *subtitle,
                   const char *unit,
                   const char *source)
{
  RdChartData *data = g_new0 (RdChartData, 1);

  data->chart_type = g_strdup (chart_type ? chart_type : "bar");
  data->title = g_strdup (title ? title : "");
  data->subtitle = g_strdup (subtitle ? subtitle : "");
  data->unit = g_strdup (unit ? unit : "");
  data->source = g_strdup (source ? source : "");
  data->items = g_array_new (FALSE, TRUE, sizeof (RdChartItem));
  g_array_set_clear_func (data->items, clear_item);
  /* Translators: legend of a chart, beside a filled bar */
  data->actual_text = g_strdup (C_("chart legend", "Actual"));
  /* Translators: legend of a chart, beside an outlined bar */
  data->target_text = g_strdup (C_("chart legend", "Target"));

  return data;
}

RdChartItem *
rd_chart_data_add_item (RdChartData *data,
                        const char  *label,
                        double       value,
                        const char  *value_text,
                        const char  *description,
                        gboolean     is_target,
                        gpointer     user_data)
{
  RdChartItem item = {
    .label = g_strdup (label ? label : ""),
    .value = value,
    .value_text = value_text ? g_strdup (value_text) : rd_format_number (value, 2),
    .description = g_strdup (description ? description : label),
    .is_target = is_target,
    .user_data = user_data,
  };

  g_array_append_val (data->items, item);
  return &g_array_index (data->items, RdChartItem, data->items->len - 1);
}

void
rd_chart_data_free (RdChartData *data)
{
  if (data == NULL)
    return;

  g_free (data->chart_type);
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->unit);
  g_free (data->source);
  g_free (data->actual_text);
  g_free (data->target_text);
  g_free (data->change_title);
  g_strfreev (data->lines);
  g_strfreev (data->status_texts);
  g_array_unref (data->items);
  g_free (data);
}

const char *
rd_chart_item_get_unit (const RdChartData *data,
                        const RdChartItem *item)
{
  return item->unit != NULL ? item->unit : data->unit;
}

gboolean
rd_chart_data_is_change_of_previous (const RdChartData *data,
                                     guint              index)
{
  const RdChartItem *item, *previous;

  if (index == 0 || index >= data->items->len)
    return FALSE;

  item = &g_array_index (data->items, RdChartItem, index);
  previous = &g_array_index (data->items, RdChartItem, index - 1);
  return item->trend != 0 && previous->trend == 0 &&
         g_strcmp0 (rd_chart_item_get_unit (data, item),
                    rd_chart_item_get_unit (data, previous)) != 0;
}

gboolean
rd_chart_data_units_comparable (const RdChartData *data)
{
  for (guint i = 1; i < data->items->len; i++)
    {
      const RdChartItem *a = &g_array_index (data->items, RdChartItem, 0);
      const RdChartItem *b = &g_array_index (data->items, RdChartItem, i);

      if (g_strcmp0 (rd_chart_item_get_unit (data, a), rd_chart_item_get_unit (data, b)) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_rank_or_grade (RdIndicator *indicator)
{
  const char *kind = rd_indicator_get_unit_kind (indicator);

  return g_strcmp0 (kind, "rank") == 0 || g_strcmp0 (kind, "grade") == 0;
}

/* A rank or a grade reads as words, as the model formats it (前三, 第一,
 * 力争百强 / Top 3, No. 1, striving for top 100), capitalised as the
 * headline of a card. */
static char *
format_fact (RdIndicator *indicator)
{
  char *text = rd_indicator_format_value (indicator);

  if (g_ascii_islower (text[0]))
    text[0] = g_ascii_toupper (text[0]);
  return text;
}

static int
trend_of (RdIndicator *indicator)
{
  const char *measure = rd_indicator_get_measure (indicator);

  if (g_strcmp0 (measure, "growth") == 0 || g_strcmp0 (measure, "change") == 0)
    return rd_indicator_get_value (indicator) < 0 ? -1 : 1;
  if (g_strcmp0 (measure, "reduction") == 0)
    return -1;
  return 0;
}

static void
fill_item (RdChartItem *item,
           RdIndicator *indicator)
{
  const char *unit_zh = rd_indicator_get_unit (indicator);
  const char *measure = rd_indicator_get_measure (indicator);
  int year = rd_indicator_get_year (indicator);

  item->excerpt = g_strdup (rd_indicator_get_excerpt (indicator));
  rd_indicator_get_highlight (indicator, &item->highlight_start, &item->highlight_end);
  if (is_rank_or_grade (indicator))
    {
      g_free (item->value_text);
      item->value_text = format_fact (indicator);
      item->value_full = g_strdup (item->value_text);
    }
  else
    item->value_full = rd_indicator_format_value (indicator);

  item->unit = g_strdup (rd_format_unit (unit_zh, rd_indicator_get_unit_en (indicator)));
  item->series = rd_indicator_get_basis (indicator) == RD_BASIS_TARGET
    /* Translators: a figure's year and basis, in a legend: "2019年目标" */
    ? g_strdup_printf (_("%d target"), year)
    /* Translators: a figure's year and basis, in a legend: "2018年实际" */
    : g_strdup_printf (_("%d actual"), year);
  item->qualifier = g_strdup (rd_indicator_get_qualifier (indicator));
  item->hedge = rd_indicator_get_qualifier_label (indicator);
  item->year = year;
  item->trend = trend_of (indicator);

  if (g_strcmp0 (unit_zh, "%") == 0 &&
      (g_strcmp0 (measure, "share") == 0 || g_strcmp0 (measure, "rate") == 0))
    item->whole = 100;
  else if (g_strcmp0 (unit_zh, "天") == 0 && g_strcmp0 (measure, "level") == 0 && year > 0)
    {
      int days = g_date_is_leap_year (year) ? 366 : 365;

      item->whole = days;
      /* Translators: what a count of days is out of, "全年365天" */
      item->whole_text = g_strdup_printf (_("of %d days"), days);
    }
}

/* "Year 2018", or "Years 2018–2019" */
static void
append_years (GString *subtitle,
              int      min_year,
              int      max_year)
{
  if (min_year == max_year)
    g_string_append_printf (subtitle, _("Year %d"), min_year);
  else
    g_string_append_printf (subtitle, _("Years %d–%d"), min_year, max_year);
}

static char *
format_source (const char *report_title)
{
  return g_strdup_printf (_("Source: %s"), report_title ? report_title : "");
}

/* Adds @indicator as an item labelled @label showing @text. */
static RdChartItem *
add_figure (RdChartData *data,
            const char  *label,
            RdIndicator *indicator,
            const char  *text)
{
  g_autofree char *description = rd_indicator_describe (indicator);
  RdChartItem *item;

  item = rd_chart_data_add_item (data, label, rd_indicator_get_value (indicator), text, description,
                                 rd_indicator_get_basis (indicator) == RD_BASIS_TARGET, indicator);
  fill_item (item, indicator);
  return item;
}

RdChartData *
rd_chart_data_new_for_spec (RdChartSpec *spec,
                            const char  *report_title)
{
  RdChartData *data;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *source = NULL;
  const char *unit = "";
  gboolean show_unit = TRUE;
  guint n = rd_chart_spec_get_n_figures (spec);
  int min_year = G_MAXINT, max_year = 0;
  guint n_targets = 0;

  for (guint i = 0; i < n; i++)
    {
      RdIndicator *indicator = rd_chart_spec_get_figure (spec, i);
      int year = rd_indicator_get_year (indicator);

      min_year = MIN (min_year, year);
      max_year = MAX (max_year, year);
      if (rd_indicator_get_basis (indicator) == RD_BASIS_TARGET)
        n_targets++;
      if (i == 0)
        {
          unit = rd_format_unit (rd_indicator_get_unit (indicator),
                                 rd_indicator_get_unit_en (indicator));
          /* "Unit: place" says nothing a rank does not. */
          show_unit = !is_rank_or_grade (indicator);
        }
      /* Tiles of figures in several units: each tile says its own. */
      else if (g_strcmp0 (unit, rd_format_unit (rd_indicator_get_unit (indicator),
                                                rd_indicator_get_unit_en (indicator))) != 0)
        show_unit = FALSE;
    }

  if (n > 0)
    {
      append_years (subtitle, min_year, max_year);
      g_string_append (subtitle, " · ");
      if (n_targets == 0)
        g_string_append (subtitle, _("actual"));
      else if (n_targets == n)
        g_string_append (subtitle, _("target"));
      else
        g_string_append (subtitle, _("actual and target"));

      if (unit[0] != '\0' && show_unit)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("Unit: %s"), unit);
        }
    }

  source = format_source (report_title);
  data = rd_chart_data_new (rd_chart_spec_get_chart_type (spec),
                            rd_chart_spec_get_title (spec),
                            subtitle->str, unit, source);

  for (guint i = 0; i < n; i++)
    {
      RdIndicator *indicator = rd_chart_spec_get_figure (spec, i);
      g_autofree char *text = rd_indicator_format_mark (indicator);

      add_figure (data, rd_chart_spec_get_label (spec, i), indicator, text);
    }

  return data;
}

GPtrArray *
rd_chart_data_new_for_specs (GPtrArray  *specs,
                             const char *report_title)
{
  GPtrArray *data = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);

  for (guint i = 0; specs != NULL && i < specs->len; i++)
    g_ptr_array_add (data, rd_chart_data_new_for_spec (g_ptr_array_index (specs, i), report_title));
  return data;
}

RdChartData *
rd_chart_data_new_for_pairs (GListModel *pairs,
                             const char *title,
                             const char *report_title)
{
  RdChartData *data;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *source = format_source (report_title);
  g_autofree char *default_title = NULL;
  guint n, n_all;
  int min_year = G_MAXINT, max_year = 0, actual_year = 0, target_year = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (pairs), NULL);

  /* A chart of more rows than stay legible would be an empty page: the
   * first RD_CHART_PAIRS_MAX, said in the subtitle (issue 19, point 12). */
  n_all = g_list_model_get_n_items (pairs);
  n = MIN (n_all, RD_CHART_PAIRS_MAX);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdPair) pair = g_list_model_get_item (pairs, i);
      int years[2] = { rd_indicator_get_year (rd_pair_get_actual (pair)),
                       rd_indicator_get_year (rd_pair_get_target (pair)) };

      min_year = MIN (min_year, MIN (years[0], years[1]));
      max_year = MAX (max_year, MAX (years[0], years[1]));
      /* The legend names a year only when every figure of its kind shares it. */
      actual_year = i == 0 || actual_year == years[0] ? years[0] : -1;
      target_year = i == 0 || target_year == years[1] ? years[1] : -1;
    }

  if (n > 0)
    {
      append_years (subtitle, min_year, max_year);
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("actual and target"));
      g_string_append (subtitle, " · ");
      /* Translators: in the subtitle of the chart of results against
       * targets, whose rows are in different units (%, firms, mu ...) */
      g_string_append (subtitle, _("each row in its own unit, scaled to its larger figure"));
      if (n < n_all)
        {
          g_string_append (subtitle, " · ");
          /* Translators: in the subtitle of the chart of results against
           * targets when it draws only the first of them */
          g_autofree char *all = rd_format_number (n_all, 0);

          g_string_append_printf (subtitle, _("the first %u of %s"), n, all);
        }
    }

  if (title == NULL)
    default_title = actual_year > 0
      /* Translators: the chart of each result beside the target set after
       * it; %d is the year of the results, e.g. 2018 */
      ? g_strdup_printf (_("%d Results and the Targets Set for Them"), actual_year)
      : g_strdup (_("Results and the Targets Set for Them"));
  data = rd_chart_data_new ("pairs", title ? title : default_title, subtitle->str, NULL, source);
  if (actual_year > 0)
    {
      g_free (data->actual_text);
      data->actual_text = g_strdup_printf (_("%d actual"), actual_year);
    }
  if (target_year > 0)
    {
      g_free (data->target_text);
      data->target_text = g_strdup_printf (_("%d target"), target_year);
    }
  /* Translators: heading of the column of differences between a target
   * and the result before it */
  data->change_title = g_strdup (_("Change"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdPair) pair = g_list_model_get_item (pairs, i);
      const char *name = rd_indicator_get_name (rd_pair_get_actual (pair));
      RdIndicator *figures[2] = { rd_pair_get_actual (pair), rd_pair_get_target (pair) };

      /* Each row has a unit of its own: the values state it, as printed
       * (hedge included: "力争20%以上", "striving for double digits"). */
      for (guint k = 0; k < 2; k++)
        {
          g_autofree char *text = rd_indicator_format_value (figures[k]);
          RdChartItem *item = add_figure (data, name, figures[k], text);

          item->is_target = k == 1;
          if (k == 1)
            item->change_text = rd_pair_format_change (pair);
        }
    }

  return data;
}

/* "7.8", "7.5–8" with % when the unit is %: a point's label. */
static char *
format_trend_mark (double      value,
                   double      value_max,
                   const char *unit)
{
  g_autofree char *low = rd_format_number (value, 2);
  g_autofree char *high = value_max > value ? rd_format_number (value_max, 2) : NULL;
  const char *percent = g_strcmp0 (unit, "%") == 0 ? "%" : "";

  return high ? g_strconcat (low, "–", high, percent, NULL) : g_strconcat (low, percent, NULL);
}

static char *
format_trend_value (const RdTrend *trend,
                    double         value,
                    double         value_max)
{
  g_autofree char *high = rd_format_quantity (MAX (value, value_max), trend->unit, trend->unit_en);
  g_autofree char *low = NULL;

  if (!(value_max > value))
    return g_steal_pointer (&high);
  low = rd_format_number (value, 2);
  return g_strconcat (low, "–", high, NULL);
}

RdChartData *
rd_chart_data_new_for_trend (const RdTrend *trend,
                             const char    *title)
{
  RdChartData *data;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *source = NULL;
  const char *unit = rd_format_unit (trend->unit, trend->unit_en);
  guint n_targets = 0;
  int first_report = G_MAXINT, last_report = 0;

  g_return_val_if_fail (trend != NULL, NULL);

  for (guint i = 0; i < trend->points->len; i++)
    {
      const RdTrendPoint *point = &g_array_index (trend->points, RdTrendPoint, i);

      n_targets += point->is_target;
      first_report = MIN (first_report, point->report_year);
      last_report = MAX (last_report, point->report_year);
    }
  if (trend->points->len > 0)
    {
      append_years (subtitle, trend->first_year, trend->last_year);
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, n_targets == 0 ? _("actual")
                                 : n_targets == trend->points->len ? _("target") : _("actual and target"));
      if (unit[0] != '\0')
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("Unit: %s"), unit);
        }
      /* Translators: the source of a trend: a region's work reports of
       * several years, "来源：湖南省政府工作报告（2002—2026年）" */
      source = g_strdup_printf (_("Source: %s government work reports, %d–%d"),
                                trend->region ? trend->region : "", first_report, last_report);
    }
  else
    source = format_source (trend->region);

  data = rd_chart_data_new ("trend", title ? title : trend->name, subtitle->str, unit, source);

  for (guint i = 0; i < trend->points->len; i++)
    {
      const RdTrendPoint *point = &g_array_index (trend->points, RdTrendPoint, i);
      g_autofree char *label = g_strdup_printf ("%d", point->year);
      g_autofree char *mark = format_trend_mark (point->value, point->value_max, trend->unit);
      g_autofree char *series = point->is_target ? g_strdup_printf (_("%d target"), point->year)
                                                 : g_strdup_printf (_("%d actual"), point->year);
      g_autofree char *value = format_trend_value (trend, point->value, point->value_max);
      g_autoptr(GString) description = g_string_new (NULL);
      RdChartItem *item;

      /* Translators: a point of a trend: "2019年实际：7.6%（2020年报告）" */
      g_string_printf (description, _("%s: %s (the %d report)"), series, value, point->report_year);
      if (point->has_other)
        {
          g_autofree char *other = format_trend_value (trend, point->other_value, point->other_value_max);

          g_autofree char *more = rd_trend_is_estimate (point->other_qualifier)
            /* Translators: the same year's figure in another report */
            ? g_strdup_printf (_("; estimated in the %d report: %s"), point->other_report_year, other)
            : g_strdup_printf (_("; in the %d report: %s"), point->other_report_year, other);

          g_string_append (description, more);
        }

      item = rd_chart_data_add_item (data, label, point->value, mark, description->str,
                                     point->is_target, NULL);
      item->value_max = point->value_max > point->value ? point->value_max : 0;
      item->value_full = g_steal_pointer (&value);
      item->series = g_steal_pointer (&series);
      item->year = point->year;
      item->qualifier = g_strdup (point->qualifier);
      item->hedge = rd_format_use_chinese () ? g_strdup (point->qualifier) : NULL;
    }

  return data;
}

static gboolean
is_percent (const RdSeriesPoint *point)
{
  return g_strcmp0 (point->unit, "%") == 0 || g_strcmp0 (point->unit, "个百分点") == 0;
}

char *
rd_target_check_format_status (const RdTargetCheck *check)
{
  g_autofree char *gap = NULL;

  switch (check->status)
    {
    case RD_TARGET_MET:
      /* Translators: a target met (达成) */
      return g_strdup (_("Met"));
    case RD_TARGET_MISSED:
      gap = rd_format_number (check->gap, 2);
      if (is_percent (check->target))
        /* Translators: a target missed by %s percentage points (未达成（差 0.7 个百分点）) */
        return g_strdup_printf (_("Missed by %s points"), gap);
      g_free (gap);
      gap = rd_format_quantity (check->gap, check->target->unit, check->target->unit_en);
      /* Translators: a target missed by a quantity (未达成（差 0.5万人）) */
      return g_strdup_printf (_("Missed by %s"), gap);
    case RD_TARGET_NO_RESULT:
    default:
      /* Translators: no later report states the result of a target's year yet */
      return g_strdup (_("No result yet"));
    }
}

/* @value of @point in @unit (亿元 → 万亿元). */
static double
scale_point (const RdSeriesPoint *point,
             double               value,
             const char          *unit)
{
  const char *base;

  return value * rd_trend_unit_factor (point->unit, &base) / rd_trend_unit_factor (unit, &base);
}

RdChartData *
rd_chart_data_new_for_targets (GArray     *checks,
                               const char *region,
                               const char *title)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new ();
  g_autoptr(RdTrend) trend = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *source = NULL;
  RdChartData *data;
  const char *unit;
  int first = G_MAXINT, last = 0, first_report = G_MAXINT, last_report = 0;

  g_return_val_if_fail (checks != NULL, NULL);

  if (region == NULL && checks->len > 0)
    region = g_array_index (checks, RdTargetCheck, 0).target->region;
  /* The unit: as a trend of the same figures would draw them. */
  for (guint i = 0; i < checks->len; i++)
    {
      const RdTargetCheck *check = &g_array_index (checks, RdTargetCheck, i);

      if (g_strcmp0 (check->target->region, region) != 0)
        continue;
      g_ptr_array_add (points, (gpointer) check->target);
      if (check->actual != NULL)
        g_ptr_array_add (points, (gpointer) check->actual);
      first = MIN (first, check->target->year);
      last = MAX (last, check->target->year);
      first_report = MIN (first_report, check->target->report_year);
      last_report = MAX (last_report, check->actual ? check->actual->report_year : check->target->report_year);
    }
  trend = rd_trend_new (points, region, NULL);
  if (trend == NULL)
    return NULL;
  unit = rd_format_unit (trend->unit, trend->unit_en);
  if (points->len > 0)
    {
      append_years (subtitle, first, last);
      g_string_append (subtitle, " · ");
      /* Translators: the subtitle of the chart of targets and their results */
      g_string_append (subtitle, _("targets and results"));
      if (unit[0] != '\0')
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("Unit: %s"), unit);
        }
      source = g_strdup_printf (_("Source: %s government work reports, %d–%d"),
                                region ? region : "", first_report, last_report);
    }
  else
    source = format_source (region);

  data = rd_chart_data_new ("targets", title ? title : trend->name, subtitle->str, unit, source);
  for (guint i = 0; i < checks->len; i++)
    {
      const RdTargetCheck *check = &g_array_index (checks, RdTargetCheck, i);
      const RdSeriesPoint *t = check->target, *a = check->actual;
      double value = scale_point (t, t->value, trend->unit);
      double value_max = scale_point (t, MAX (t->value, t->value_max), trend->unit);
      g_autofree char *label = NULL;
      g_autofree char *mark = NULL;
      g_autofree char *status = NULL;
      g_autofree char *target_text = NULL;
      g_autoptr(GString) description = g_string_new (NULL);
      RdChartItem *item;

      if (g_strcmp0 (t->region, region) != 0)
        continue;
      label = g_strdup_printf ("%d", t->year);
      mark = format_trend_mark (value, value_max, trend->unit);
      status = rd_target_check_format_status (check);
      target_text = format_trend_value (trend, value, value_max);
      /* Translators: a target in the chart of targets: "2019年目标：7.5–8%（2019年报告）" */
      g_string_printf (description, _("%d target: %s (the %d report)"), t->year, target_text, t->report_year);
      if (a != NULL)
        {
          g_autofree char *result = format_trend_value (trend, scale_point (a, a->value, trend->unit),
                                                        scale_point (a, a->value, trend->unit));

          /* Translators: after a target, its result: "；实际：7.6%（2020年报告）" */
          g_string_append_printf (description, _("; result: %s (the %d report)"), result, a->report_year);
        }
      g_string_append_printf (description, " · %s", status);

      item = rd_chart_data_add_item (data, label, value, mark, description->str, TRUE, NULL);
      item->value_max = value_max > value ? value_max : 0;
      item->year = t->year;
      item->status = check->status;
      item->qualifier = g_strdup (t->qualifier);
      item->change_text = g_strdup (status);
      item->series = g_strdup_printf (_("%d target"), t->year);
      if (a != NULL)
        {
          double result = scale_point (a, a->value, trend->unit);
          g_autofree char *result_mark = format_trend_mark (result, result, trend->unit);

          item = rd_chart_data_add_item (data, label, result, result_mark, description->str, FALSE, NULL);
          item->year = t->year;
          item->status = check->status;
          item->change_text = g_strdup (status);
          item->series = g_strdup_printf (_("%d actual"), t->year);
        }
    }
  data->status_texts = g_new0 (char *, 4);
  data->status_texts[RD_TARGET_NO_RESULT] = g_strdup (_("No result yet"));
  data->status_texts[RD_TARGET_MET] = g_strdup (_("Met"));
  /* Translators: legend of the chart of targets: a result short of its target */
  data->status_texts[RD_TARGET_MISSED] = g_strdup (_("Missed"));
  return data;
}

char *
rd_chart_data_region_name (const char *region,
                           const char *level)
{
  static const struct {
    const char *zh;
    const char *en;
  } levels[] = {
    /* Translators: a region's level after its name in a legend: "湖南省（省）" */
    { "省", N_("province") },
    { "市", N_("city") },
    { "区", N_("district") },
    { "县", N_("county") },
  };

  region = region ? region : "";
  for (guint i = 0; level != NULL && i < G_N_ELEMENTS (levels); i++)
    if (g_str_equal (level, levels[i].zh))
      /* Region names are Chinese, as is the level beside them when the
       * figures are shown in Chinese. */
      return rd_format_use_chinese ()
        ? g_strdup_printf ("%s（%s）", region, levels[i].zh)
        /* Translators: a region and its level in English: "湖南省 (province)" */
        : g_strdup_printf (C_("region and level", "%s (%s)"), region, _(levels[i].en));
  return g_strdup (region);
}

RdChartData *
rd_chart_data_new_for_trends (GPtrArray  *trends,
                              const char *title)
{
  RdChartData *data;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(GString) regions = g_string_new (NULL);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autofree char *source = NULL;
  const RdTrend *first;
  const char *unit;
  int first_year = G_MAXINT, last_year = 0, first_report = G_MAXINT, last_report = 0;

  g_return_val_if_fail (trends != NULL && trends->len > 0, NULL);

  first = trends->pdata[0];
  unit = rd_format_unit (first->unit, first->unit_en);
  for (guint t = 0; t < trends->len; t++)
    {
      const RdTrend *trend = trends->pdata[t];
      g_autofree char *name = rd_chart_data_region_name (trend->region, trend->level);

      g_strv_builder_add (lines, name);
      /* Translators: between the regions of a comparison's source */
      g_string_append_printf (regions, "%s%s", t > 0 ? _(", ") : "", trend->region ? trend->region : "");
      for (guint i = 0; i < trend->points->len; i++)
        {
          const RdTrendPoint *point = &g_array_index (trend->points, RdTrendPoint, i);

          if (point->is_target)
            continue;
          first_year = MIN (first_year, point->year);
          last_year = MAX (last_year, point->year);
          first_report = MIN (first_report, point->report_year);
          last_report = MAX (last_report, point->report_year);
        }
    }
  if (last_year >= first_year)
    {
      append_years (subtitle, first_year, last_year);
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("actual"));
      if (unit[0] != '\0')
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("Unit: %s"), unit);
        }
      source = g_strdup_printf (_("Source: %s government work reports, %d–%d"),
                                regions->str, first_report, last_report);
    }
  else
    source = format_source (regions->str);

  data = rd_chart_data_new ("trend", title ? title : first->name, subtitle->str, unit, source);
  data->lines = g_strv_builder_end (lines);

  for (guint t = 0; t < trends->len; t++)
    {
      const RdTrend *trend = trends->pdata[t];

      for (guint i = 0; i < trend->points->len; i++)
        {
          const RdTrendPoint *point = &g_array_index (trend->points, RdTrendPoint, i);
          g_autofree char *label = g_strdup_printf ("%d", point->year);
          g_autofree char *mark = format_trend_mark (point->value, point->value_max, trend->unit);
          g_autofree char *series = g_strdup_printf (_("%d actual"), point->year);
          g_autofree char *value = format_trend_value (trend, point->value, point->value_max);
          g_autofree char *description = NULL;
          RdChartItem *item;

          if (point->is_target)
            continue;
          /* Translators: a point of a comparison: "湖南省（省） 2019年实际：7.6%（2020年报告）" */
          description = g_strdup_printf (_("%s, %s: %s (the %d report)"), data->lines[t], series,
                                         value, point->report_year);
          item = rd_chart_data_add_item (data, label, point->value, mark, description, FALSE, NULL);
          item->value_max = point->value_max > point->value ? point->value_max : 0;
          item->value_full = g_steal_pointer (&value);
          item->series = g_steal_pointer (&series);
          item->year = point->year;
          item->line = t;
          item->qualifier = g_strdup (point->qualifier);
          item->hedge = rd_format_use_chinese () ? g_strdup (point->qualifier) : NULL;
        }
    }

  return data;
}

char *
rd_chart_data_describe (const RdChartData *data)
{
  g_autoptr(GString) text = g_string_new (data->title);

  if (data->subtitle[0] != '\0')
    g_string_append_printf (text, " (%s)", data->subtitle);

  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);

      g_string_append (text, i == 0 ? ": " : "; ");
      g_string_append (text, item->description);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
