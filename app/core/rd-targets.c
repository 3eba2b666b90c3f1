/* rd-targets.c: was last year's target met? */
#define G_LOG_DOMAIN "reportdash-library"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-targets.h"

static gboolean
has_word (const char *qualifier, const char *word)
{
  return qualifier != NULL && strstr (qualifier, word) != NULL;
}

/* The result the later report gives for the target's year: the report of
 * the next year first (it states last year's result), else the latest. */
static const RdSeriesPoint *
find_actual (GPtrArray *series, const RdSeriesPoint *target)
{
  const RdSeriesPoint *best = NULL;

  for (guint i = 0; i < series->len; i++)
    {
      const RdSeriesPoint *p = series->pdata[i];

      if (g_strcmp0 (p->basis, "actual") != 0 || p->year != target->year ||
          g_strcmp0 (p->region, target->region) != 0 || g_strcmp0 (p->unit, target->unit) != 0)
        continue;
      if (best == NULL || p->report_year == target->year + 1 ||
          (best->report_year != target->year + 1 && p->report_year > best->report_year))
        best = p;
    }
  return best;
}

static void
judge (RdTargetCheck *check,
       gboolean       lower_is_better)
{
  const RdSeriesPoint *t = check->target;
  double actual = check->actual->value;
  gboolean percent = g_strcmp0 (t->unit, "%") == 0 || g_strcmp0 (t->unit, "个百分点") == 0;
  double tolerance = percent ? 0.5 : fabs (t->value) * 0.05;

  if (has_word (t->qualifier, "以内") || has_word (t->qualifier, "以下"))
    {
      /* A ceiling: 城镇调查失业率控制在5.5%以内. */
      check->gap = actual - t->value_max;
    }
  else if (lower_is_better)
    {
      /* 居民消费价格涨幅3%左右: a ceiling too, half a point over still about. */
      check->gap = actual - t->value_max - (has_word (t->qualifier, "左右") ? tolerance : 0);
    }
  else if (has_word (t->qualifier, "左右"))
    {
      /* About: half a point under a rate still counts. */
      check->gap = t->value - tolerance - actual;
    }
  else
    {
      /* A floor: 增长7%以上, a range 7.5%—8% (its low end), a plain target. */
      check->gap = t->value - actual;
    }
  if (check->gap > 1e-9)
    check->status = RD_TARGET_MISSED;
  else
    {
      check->status = RD_TARGET_MET;
      check->gap = 0;
    }
  /* 左右 missed: the shortfall against the figure itself, as a reader counts it. */
  if (check->status == RD_TARGET_MISSED && has_word (t->qualifier, "左右"))
    check->gap = fabs (t->value - actual);
}

GArray *
rd_targets_check (GPtrArray *series,
                  gboolean   lower_is_better)
{
  GArray *checks = g_array_new (FALSE, TRUE, sizeof (RdTargetCheck));

  for (guint i = 0; i < series->len; i++)
    {
      const RdSeriesPoint *p = series->pdata[i];
      RdTargetCheck check = { p, NULL, RD_TARGET_NO_RESULT, 0 };

      if (g_strcmp0 (p->basis, "target") != 0)
        continue;
      check.actual = find_actual (series, p);
      if (check.actual != NULL)
        judge (&check, lower_is_better);
      g_array_append_val (checks, check);
    }
  return checks;
}

const char *
rd_target_status_name (RdTargetStatus status)
{
  switch (status)
    {
    case RD_TARGET_MET:
      return "met";
    case RD_TARGET_MISSED:
      return "missed";
    case RD_TARGET_NO_RESULT:
    default:
      return "no-result";
    }
}
