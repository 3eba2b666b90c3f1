/* rd-targets.h: was last year's target met?
 *
 * Every work report sets targets for its year and states the results of
 * the year before. For each target a report sets for year Y, the result
 * that a later report states for Y: met, missed (by how much), or no result
 * yet. The qualifiers count: 以上 (at least), 以内/以下 (at most), 左右
 * (about: within half a point of a per cent, or 5 % of a level), a range
 * (at least its low end), 力争/确保 (a floor like a plain target).
 */
#pragma once

#include "rd-series.h"

G_BEGIN_DECLS

typedef enum {
  RD_TARGET_NO_RESULT,  /* no later report states the year */
  RD_TARGET_MET,
  RD_TARGET_MISSED,
} RdTargetStatus;

typedef struct
{
  const RdSeriesPoint *target;  /* points into the series it was made from */
  const RdSeriesPoint *actual;  /* NULL when no result */
  RdTargetStatus       status;
  double               gap;     /* how far the result is short of the target (> 0 when missed) */
} RdTargetCheck;

/* The targets of @series (rd_library_get_series of one indicator), each
 * with its result, by region and year. The checks point into @series: keep
 * it while they are used. */
/* @lower_is_better: every target is a ceiling (prices, unemployment). */
GArray       *rd_targets_check       (GPtrArray      *series,
                                      gboolean        lower_is_better);
const char   *rd_target_status_name  (RdTargetStatus  status);

G_END_DECLS
