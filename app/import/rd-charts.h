/* rd-charts.h: the dashboard of an imported report, made from its figures
 *
 * The rules are data (data/chart-rules.tsv, compiled in): one axis shows
 * one unit kind at one scale, one measure and one basis (or a result
 * beside the target of the same indicator); big groups are split; headline
 * figures get a KPI tile; ranks and lone figures go to a fact chart; every
 * figure is on a chart. No GTK, no SQLite.
 */
#pragma once

#include "rd-draft.h"

G_BEGIN_DECLS

/* Replaces @draft's charts with charts of all its figures. */
void   rd_charts_generate   (RdReportDraft *draft);

/* What may share an axis with a figure printed in @unit: its kind
 * ("money-cny", "count-of-things:家", "none" without a unit, "unit:WORD"
 * for a word the rules do not know) and, in @scale, how many of the
 * kind's base unit one @unit is (亿元: 1e8). */
char  *rd_charts_unit_kind  (const char    *unit,
                             double        *scale);

/* The most marks a chart of @type may have (0: the type is unknown). */
guint  rd_charts_max_marks  (const char    *type);

G_END_DECLS
