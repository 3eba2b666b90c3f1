/* rd-model-private.h: the model structs, for the dataset loader only */
#pragma once

#include "rd-chart-spec.h"
#include "rd-indicator.h"
#include "rd-sector.h"

struct _RdIndicator
{
  GObject  parent_instance;

  gint64   id;
  char    *key;
  char    *sector;
  char    *name_zh;
  char    *name_en;
  double   value;
  char    *unit;
  char    *unit_en;
  char    *unit_kind;
  char    *measure;
  int      year;
  RdBasis  basis;
  char    *qualifier;
  char    *printed;
  char    *excerpt;
  gsize    highlight_start;
  gsize    highlight_end;
  int      src_start;
  int      src_end;
  char    *section_title;
};

struct _RdSector
{
  GObject     parent_instance;

  char       *id;
  char       *name_zh;
  char       *name_en;
  int         position;
  GListStore *charts;
};

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

RdIndicator *rd_indicator_new   (void);
RdSector    *rd_sector_new      (void);
RdChartSpec *rd_chart_spec_new  (void);
void         rd_chart_spec_add_figure (RdChartSpec *self,
                                       RdIndicator *indicator,
                                       const char  *label_zh,
                                       const char  *label_en);
