/* rd-cli-library.h: the library from a terminal (--import, --list-reports,
 * --list-figures, --remove-report, --series, --list-indicators, --export
 * trend:KEY); no GTK */
#pragma once

#include <glib.h>

#include "rd-export.h"

G_BEGIN_DECLS

/* @library NULL: the user's library. Each returns the exit status. */
int rd_cli_library_import        (const char *library,
                                  char      **files,
                                  const char *region,
                                  int         year);
int rd_cli_library_list_reports  (const char *library);
int rd_cli_library_list_figures  (const char *library,
                                  const char *region,
                                  int         year);
int rd_cli_library_remove_report (const char *library,
                                  const char *id);
/* --series KEY [--region NAME]: one row a figure of the indicator. */
int rd_cli_library_series        (const char *library,
                                  const char *key,
                                  const char *region);
/* --targets KEY [--region NAME]: each target with the result a later
 * report states for its year, met or missed (rd-targets.h). */
int rd_cli_library_targets       (const char *library,
                                  const char *key,
                                  const char *region);
/* --list-indicators: the catalog, with how many figures the library has of each. */
int rd_cli_library_list_indicators (const char *library);

/* --export trend:KEY [--region NAME]: one chart of the indicator's trend
 * for each region whose name contains @region (NULL: every region), as
 * "trend-KEY-REGION.EXT" in @folder (which must exist). */
int rd_cli_library_export_trend  (const char            *library,
                                  const char            *key,
                                  const char            *region,
                                  const RdExportOptions *options,
                                  const char            *folder);

/* --export compare:KEY --region A,B: the indicator of the regions whose
 * name contains A or B (in that order; NULL: every region) by year: one
 * chart of a line a region when they are rates of one measure (growth,
 * share), "compare-KEY-A-B.EXT", else one chart a region,
 * "compare-KEY-REGION.EXT", in @folder (which must exist). */
int rd_cli_library_export_compare (const char            *library,
                                   const char            *key,
                                   const char            *regions,
                                   const RdExportOptions *options,
                                   const char            *folder);

/* --export targets:KEY [--region NAME]: one chart of the indicator's
 * targets and their results for each region whose name contains @region
 * (NULL: every region), as "targets-KEY-REGION.EXT" in @folder. */
int rd_cli_library_export_targets (const char            *library,
                                   const char            *key,
                                   const char            *region,
                                   const RdExportOptions *options,
                                   const char            *folder);

/* --region/--year with --list-charts, --export or --check: the one report
 * of the library they name, in @id; else a sentence and a non-zero status. */
int rd_cli_library_find_report   (const char *library,
                                  const char *region,
                                  int         year,
                                  gint64     *id);

G_END_DECLS
