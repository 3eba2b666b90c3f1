/* rd-indicator-private.h: the RdIndicator instance, for rd-indicator.c and
 * the code in core that fills it (rd-indicator-list.c) */
#pragma once

#include "rd-indicator.h"

G_BEGIN_DECLS

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

RdIndicator *rd_indicator_new (void);

G_END_DECLS
