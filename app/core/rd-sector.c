/* rd-sector.c */
#define G_LOG_DOMAIN "reportdash-sector"

#include "config.h"

#include "rd-chart-spec.h"
#include "rd-format.h"
#include "rd-sector-private.h"

G_DEFINE_FINAL_TYPE (RdSector, rd_sector, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rd_sector_finalize (GObject *object)
{
  RdSector *self = RD_SECTOR (object);

  g_free (self->id);
  g_free (self->name_zh);
  g_free (self->name_en);
  g_clear_object (&self->charts);

  G_OBJECT_CLASS (rd_sector_parent_class)->finalize (object);
}

static void
rd_sector_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RdSector *self = RD_SECTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, rd_sector_get_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_sector_class_init (RdSectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_sector_finalize;
  object_class->get_property = rd_sector_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_sector_init (RdSector *self)
{
  self->charts = g_list_store_new (RD_TYPE_CHART_SPEC);
}

RdSector *
rd_sector_new (void)
{
  return g_object_new (RD_TYPE_SECTOR, NULL);
}

const char *
rd_sector_get_id (RdSector *self)
{
  g_return_val_if_fail (RD_IS_SECTOR (self), NULL);
  return self->id;
}

const char *
rd_sector_get_name (RdSector *self)
{
  g_return_val_if_fail (RD_IS_SECTOR (self), NULL);
  return rd_format_use_chinese () ? self->name_zh : self->name_en;
}

const char *
rd_sector_get_name_zh (RdSector *self)
{
  g_return_val_if_fail (RD_IS_SECTOR (self), NULL);
  return self->name_zh;
}

const char *
rd_sector_get_name_en (RdSector *self)
{
  g_return_val_if_fail (RD_IS_SECTOR (self), NULL);
  return self->name_en;
}

int
rd_sector_get_position (RdSector *self)
{
  g_return_val_if_fail (RD_IS_SECTOR (self), 0);
  return self->position;
}

GListModel *
rd_sector_get_charts (RdSector *self)
{
  g_return_val_if_fail (RD_IS_SECTOR (self), NULL);
  return G_LIST_MODEL (self->charts);
}
