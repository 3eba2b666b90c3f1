/* rd-chart-data.h: what a chart draws, in plain structs
 *
 * The renderers take this, never the model or SQLite, so that a test can
 * build a chart from literal values.
 */
#pragma once

#include <glib.h>

#include "rd-chart-spec.h"

G_BEGIN_DECLS

typedef struct
{
  char     *label;        /* short category label, may wrap */
  double    value;
  char     *value_text;   /* label on the mark, qualifier included */
  char     *description;  /* for tooltips and assistive technologies */
  gboolean  is_target;
  gpointer  user_data;    /* the RdIndicator when built from a spec */
} RdChartItem;

typedef struct
{
  char   *chart_type;
  char   *title;
  char   *subtitle;       /* years, basis and unit */
  char   *unit;           /* unit as shown, for the axis */
  char   *source;         /* "Source: <report title>" */
  GArray *items;          /* of RdChartItem */
} RdChartData;

RdChartData *rd_chart_data_new             (const char   *chart_type,
                                            const char   *title,
                                            const char   *subtitle,
                                            const char   *unit,
                                            const char   *source);
void         rd_chart_data_add_item        (RdChartData  *data,
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
void         rd_chart_data_free            (RdChartData  *data);
/* A one-sentence summary of the whole chart for assistive technologies. */
char        *rd_chart_data_describe        (const RdChartData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdChartData, rd_chart_data_free)

G_END_DECLS
