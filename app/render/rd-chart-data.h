/* rd-chart-data.h: what a chart draws, in plain structs
 *
 * The renderers take this, never the model or SQLite, so that a test can
 * build a chart from literal values. All words a chart shows are put here,
 * already in the display language, so the renderers translate nothing.
 */
#pragma once

#include <gio/gio.h>

#include "rd-chart-spec.h"
#include "rd-targets.h"
#include "rd-trend.h"

G_BEGIN_DECLS

typedef struct
{
  char     *label;        /* short category label, may wrap */
  double    value;
  char     *value_text;   /* label on the mark, qualifier included, unit only if % */
  char     *description;  /* for tooltips and assistive technologies */
  gboolean  is_target;
  gpointer  user_data;    /* the RdIndicator when built from a spec */

  char     *value_full;   /* with hedge and unit: "超过3亿元"; NULL: value_text */
  char     *unit;         /* this figure's unit as shown; NULL: the chart's */
  char     *series;       /* year and basis: "2018年实际", "2019 target"; NULL: none */
  char     *qualifier;    /* the hedge words as stored ("力争 以上"), or NULL */
  char     *hedge;        /* the hedge words as shown ("力争", "striving for"), or NULL */
  int       year;         /* 0: unknown */
  int       trend;        /* +1 / -1 when the value is itself a change (growth, cut) */
  double    whole;        /* what a share or a count of days is out of (100, 365); 0: none */
  char     *whole_text;   /* the whole in words: "of 365 days" */
  char     *change_text;  /* on a target: how far it is from the result before it
                           * ("+0.7个百分点", "持平"); NULL: none */
  char     *excerpt;      /* the report's sentence that states it, for captions; NULL: none */
  gsize     highlight_start, highlight_end; /* the figure's bytes in @excerpt */
  double    value_max;    /* a range's high end (7.5–8); 0 or <= value: not a range */
  guint     line;         /* in a "trend" of several lines: the line's index in @lines */
  int       status;       /* in a "targets" chart: the target's RdTargetStatus */
} RdChartItem;

typedef struct
{
  char   *chart_type;
  char   *title;
  char   *subtitle;       /* years, basis and unit */
  char   *unit;           /* unit as shown, for the axis */
  char   *source;         /* "Source: <report title>" */
  GArray *items;          /* of RdChartItem */
  char   *actual_text;    /* legend word for actual results */
  char   *target_text;    /* legend word for targets */
  char   *change_title;   /* heading of the targets' change_text ("变化"); NULL: none */
  GStrv   lines;          /* a "trend" of several lines (regions compared): the
                           * legend's name of each line; NULL: one line */
  GStrv   status_texts;   /* a "targets" chart: the legend's word of each
                           * RdTargetStatus; NULL otherwise */
} RdChartData;

RdChartData *rd_chart_data_new             (const char   *chart_type,
                                            const char   *title,
                                            const char   *subtitle,
                                            const char   *unit,
                                            const char   *source);
/* Returns the new item, valid until the next item is added, so that a
 * caller can fill the optional fields (g_strdup'ed strings). */
RdChartItem *rd_chart_data_add_item        (RdChartData  *data,
                                            const char   *label,
                                            double        value,
                                            const char   *value_text,
                                            const char   *description,
                                            gboolean      is_target,
                                            gpointer      user_data);
/* Builds the drawing's input from a dashboard chart; @report_title names
 * the source in the drawing. */
RdChartData *rd_chart_data_new_for_spec    (RdChartSpec  *spec,
                                            const char   *report_title);
/* rd_chart_data_new_for_spec() of each RdChartSpec of @specs, in a new
 * array that frees them. */
GPtrArray   *rd_chart_data_new_for_specs   (GPtrArray    *specs,
                                            const char   *report_title);
/* The most rows a chart of pairs draws. */
#define RD_CHART_PAIRS_MAX 25

/* Builds the "pairs" chart of @pairs (RdPair items): a row per pair
 * (the first RD_CHART_PAIRS_MAX, the subtitle says so),
 * the result then its target, each figure with its own unit, as the
 * report prints it; @title (NULL: "2018 Results and the Targets Set for
 * Them") heads it and @report_title names the source. */
RdChartData *rd_chart_data_new_for_pairs   (GListModel   *pairs,
                                            const char   *title,
                                            const char   *report_title);
/* Builds the "trend" chart of @trend: one item a point of @trend, in its
 * order (item i is trend point i), labelled by year; @title (NULL: the
 * figure's name) heads it, the region's reports are its source. */
RdChartData *rd_chart_data_new_for_trend   (const RdTrend *trend,
                                            const char    *title);
/* Builds the "trend" chart of several regions compared, one line a
 * trend of @trends (RdTrend, of one indicator, sharing an axis: see
 * rd_trends_share_axis()), the actuals only, each line named by its
 * region and level in the legend ("湖南省（省）"); item i's line is the
 * index of its trend. @title (NULL: the first trend's figure's name)
 * heads it. */
RdChartData *rd_chart_data_new_for_trends  (GPtrArray     *trends,
                                            const char    *title);
/* Builds the "targets" chart of @checks (RdTargetCheck of one indicator,
 * rd_targets_check()) of @region (exactly; NULL: the first check's): by
 * year, each target (item with is_target) followed by its result when a
 * later report states one, both with the target's status; values in one
 * unit (the smallest scale printed). @title (NULL: the figure's name)
 * heads it. NULL when a target and its result do not convert. */
RdChartData *rd_chart_data_new_for_targets (GArray        *checks,
                                            const char    *region,
                                            const char    *title);
/* A target's status in words: "Met", "Missed by 0.4 points", "No result yet". */
char        *rd_target_check_format_status (const RdTargetCheck *check);
/* The region with its level, as a legend names it: "湖南省（省）",
 * "湖南省 (province)"; the region alone when its level is unknown. */
char        *rd_chart_data_region_name     (const char    *region,
                                            const char    *level);
void         rd_chart_data_free            (RdChartData  *data);
/* A one-sentence summary of the whole chart for assistive technologies. */
char        *rd_chart_data_describe        (const RdChartData *data);

/* The unit @item is shown in. */
const char  *rd_chart_item_get_unit        (const RdChartData *data,
                                            const RdChartItem *item);
/* Whether the item at @index is drawn as the change of the figure before
 * it (a growth after an amount of another unit). */
gboolean     rd_chart_data_is_change_of_previous (const RdChartData *data,
                                                  guint              index);
/* Whether every figure that would share an axis has the same unit. */
gboolean     rd_chart_data_units_comparable (const RdChartData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdChartData, rd_chart_data_free)

G_END_DECLS
