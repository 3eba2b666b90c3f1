/* rd-section.c */
#define G_LOG_DOMAIN "reportdash-section"

#include "config.h"

#include "rd-section.h"

struct _RdSection
{
  GObject  parent_instance;

  char    *title;
  int      level;
  int      start;
  int      end;
};

G_DEFINE_FINAL_TYPE (RdSection, rd_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rd_section_finalize (GObject *object)
{
  g_free (RD_SECTION (object)->title);

  G_OBJECT_CLASS (rd_section_parent_class)->finalize (object);
}

static void
rd_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RdSection *self = RD_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_section_class_init (RdSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_section_finalize;
  object_class->get_property = rd_section_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_section_init (RdSection *self)
{
}

RdSection *
rd_section_new (const char *title,
                int         level,
                int         start,
                int         end)
{
  RdSection *self = g_object_new (RD_TYPE_SECTION, NULL);

  self->title = g_strdup (title);
  self->level = level;
  self->start = start;
  self->end = end;
  return self;
}

const char *
rd_section_get_title (RdSection *self)
{
  g_return_val_if_fail (RD_IS_SECTION (self), NULL);
  return self->title;
}

int
rd_section_get_level (RdSection *self)
{
  g_return_val_if_fail (RD_IS_SECTION (self), 0);
  return self->level;
}

void
rd_section_get_span (RdSection *self,
                     int       *start,
                     int       *end)
{
  g_return_if_fail (RD_IS_SECTION (self));
  *start = self->start;
  *end = self->end;
}
