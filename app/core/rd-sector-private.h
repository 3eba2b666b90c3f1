/* rd-sector-private.h: the RdSector instance, for rd-sector.c and the
 * dataset loader */
#pragma once

#include "rd-sector.h"

G_BEGIN_DECLS

struct _RdSector
{
  GObject     parent_instance;

  char       *id;
  char       *name_zh;
  char       *name_en;
  int         position;
  GListStore *charts;
};

RdSector *rd_sector_new (void);

G_END_DECLS
