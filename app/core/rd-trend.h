/* rd-trend.h: one indicator of one region, year by year, ready to draw
 *
 * Built from rd_library_get_series(): one point a year and basis (actual
 * or target), every value in one unit. Where two reports state the same
 * year (an estimate, 预计, in one and the final figure in the next), the
 * later report's figure is drawn and the other kept for the hover text.
 * Figures of basis `other` are left out. GLib only.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RD_TREND_ERROR (rd_trend_error_quark ())

typedef enum {
  RD_TREND_ERROR_MIXED_MEASURES,  /* a growth rate and a level are never on one axis */
  RD_TREND_ERROR_MIXED_UNITS,     /* 亿元 and %, or 亿元 and 亿美元 */
} RdTrendError;

typedef struct
{
  int       year;          /* the year the figure describes */
  gboolean  is_target;
  double    value;         /* in the trend's unit */
  double    value_max;     /* a range's high end (7.5–8); = value otherwise */
  char     *qualifier;     /* as stored ("左右 预计"), or NULL */
  char     *printed;       /* as printed in the report ("2.45万亿元") */
  int       report_year;   /* the report that states it */
  gint64    figure_id;
  gint64    report_id;
  int       src_start, src_end;  /* code points in that report's body */

  /* Another report's figure of the same year and basis, not drawn: */
  gboolean  has_other;
  double    other_value;   /* in the trend's unit */
  double    other_value_max;
  char     *other_qualifier;
  int       other_report_year;
  gint64    other_figure_id;
} RdTrendPoint;

typedef struct
{
  char   *name;            /* the figure's name as the first report prints it, or NULL */
  char   *region;
  char   *level;           /* the region's level (省, 市, 区, 县), or NULL */
  char   *measure;         /* growth, level, share, ... or NULL */
  char   *unit;            /* as printed, the smallest of the series (亿元) */
  char   *unit_en;         /* its English name, or NULL */
  int     first_year, last_year;  /* 0 when there are no points */
  GArray *points;          /* RdTrendPoint by year, the actual before the target */
} RdTrend;

GQuark    rd_trend_error_quark (void);

/* The trend of @region (exactly; NULL: the first point's) from @points,
 * RdSeriesPoint of one catalog indicator. NULL with RD_TREND_ERROR when
 * its figures are of two measures, or of units that do not convert into
 * one another. */
RdTrend  *rd_trend_new         (GPtrArray   *points,
                                const char  *region,
                                GError     **error);
void      rd_trend_free        (RdTrend     *trend);

/* The regions of @points (RdSeriesPoint), in their order, each once. */
GStrv     rd_trend_list_regions (GPtrArray  *points);

/* The regions of @points (RdSeriesPoint) whose name contains one of
 * @names, in the order of @names (a region once, where first named). */
GStrv     rd_trend_match_regions (GPtrArray          *points,
                                  const char * const *names);

/* One trend a region, for comparing regions: rd_trend_new() of each of
 * @regions in their order (NULL: every region of @points), those with no
 * point left out, in a new array that frees them. NULL with
 * RD_TREND_ERROR as rd_trend_new(). */
GPtrArray *rd_trend_new_for_regions (GPtrArray          *points,
                                     const char * const *regions,
                                     GError            **error);

/* Whether @trends (RdTrend) may share one axis: rates (every one in %)
 * of one measure, a growth, a share or a rate (unemployment). Levels are never put together,
 * whatever their scale: one chart a region instead. */
gboolean  rd_trends_share_axis  (GPtrArray  *trends);

/* Whether @qualifier says the figure is an estimate (预计). */
gboolean  rd_trend_is_estimate (const char  *qualifier);

/* How many times @unit is the unit it is made of (万亿元 → 1e12 of 元),
 * with that base unit in @base (not to be freed; points into @unit). */
double    rd_trend_unit_factor (const char  *unit,
                                const char **base);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdTrend, rd_trend_free)

G_END_DECLS
