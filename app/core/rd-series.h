/* rd-series.h: one indicator across the years of a region's reports
 *
 * Every work report states last year's results and this year's targets;
 * with several years in the library, the figures of one catalog
 * indicator (data/indicators.tsv) line up as a series: actuals and
 * targets by the year they describe, each with the report that states it
 * and its place in that report's text.
 */
#pragma once

#include "rd-library.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  figure_id;
  gint64  report_id;
  char   *region;
  int     report_year;   /* the year the report was delivered */
  int     year;          /* the year the figure describes */
  char   *basis;         /* actual, target or other */
  double  value;
  double  value_max;     /* a range's high end; = value otherwise */
  char   *unit;
  char   *qualifier;     /* NULL when none */
  char   *printed;
  int     src_start, src_end;
  char   *name_zh;
  char   *measure;       /* level, growth, share, ... */
  char   *unit_en;       /* the unit table's English name; NULL when the unit is not in it */
  char   *level;         /* the report's region level: 省, 市, 区, 县; NULL when unknown */
} RdSeriesPoint;

/* The figures of @indicator in the reports of @region — or, when no report
 * has that region, of the regions that contain it (湖南 for 湖南省); NULL:
 * every region — by region, year described, basis (actual first)
 * and report year. */
GPtrArray *rd_library_get_series  (RdLibrary   *library,
                                   const char  *indicator,
                                   const char  *region,
                                   GError     **error);
/* The catalog keys that have figures in the library, with their count,
 * as "key" → GUINT_TO_POINTER (count). */
GHashTable *rd_library_count_indicators (RdLibrary *library,
                                         GError   **error);
/* The same, of the reports of @region (its exact name; NULL: all). */
GHashTable *rd_library_count_region_indicators (RdLibrary   *library,
                                                const char  *region,
                                                GError     **error);
void       rd_series_point_free   (RdSeriesPoint *point);

G_END_DECLS
