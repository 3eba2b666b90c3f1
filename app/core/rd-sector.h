/* rd-sector.h: a sector of the report, one dashboard page */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RD_TYPE_SECTOR (rd_sector_get_type ())
G_DECLARE_FINAL_TYPE (RdSector, rd_sector, RD, SECTOR, GObject)

const char *rd_sector_get_id       (RdSector *self);
const char *rd_sector_get_name     (RdSector *self);
const char *rd_sector_get_name_zh  (RdSector *self);
const char *rd_sector_get_name_en  (RdSector *self);
int         rd_sector_get_position (RdSector *self);
/* A GListModel of RdChartSpec, in dashboard order. */
GListModel *rd_sector_get_charts   (RdSector *self);

G_END_DECLS
