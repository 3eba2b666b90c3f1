/* rd-chart-spec-private.h: the RdChartSpec instance, for rd-chart-spec.c
 * and the dataset loader */
#pragma once

#include "rd-chart-spec.h"

G_BEGIN_DECLS

typedef struct
{
  RdIndicator *indicator;
  char        *label_zh;
  char        *label_en;
} RdChartFigure;

struct _RdChartSpec
{
  GObject  parent_instance;

  char    *id;
  char    *sector;
  char    *chart_type;
  char    *title_zh;
  char    *title_en;
  GArray  *figures;  /* of RdChartFigure */
};

RdChartSpec *rd_chart_spec_new        (void);
void         rd_chart_spec_add_figure (RdChartSpec *self,
                                       RdIndicator *indicator,
                                       const char  *label_zh,
                                       const char  *label_en);

G_END_DECLS
