/* rd-pair.c */
#define G_LOG_DOMAIN "reportdash-pair"

#include "config.h"

#include <math.h>

#include "rd-format.h"
#include "rd-pair.h"

struct _RdPair
{
  GObject      parent_instance;

  RdIndicator *actual;
  RdIndicator *target;
  char        *note;
};

G_DEFINE_FINAL_TYPE (RdPair, rd_pair, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTUAL,
  PROP_TARGET,
  PROP_NAME,
  PROP_NOTE,
  PROP_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rd_pair_finalize (GObject *object)
{
  RdPair *self = RD_PAIR (object);

  g_clear_object (&self->actual);
  g_clear_object (&self->target);
  g_free (self->note);

  G_OBJECT_CLASS (rd_pair_parent_class)->finalize (object);
}

static void
rd_pair_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  RdPair *self = RD_PAIR (object);

  switch (prop_id)
    {
    case PROP_ACTUAL:
      g_value_set_object (value, self->actual);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    case PROP_NAME:
      g_value_set_string (value, rd_indicator_get_name (self->actual));
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_CHANGE:
      g_value_set_double (value, rd_pair_get_change (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_pair_class_init (RdPairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_pair_finalize;
  object_class->get_property = rd_pair_get_property;

  properties[PROP_ACTUAL] =
    g_param_spec_object ("actual", NULL, NULL, RD_TYPE_INDICATOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, RD_TYPE_INDICATOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGE] =
    g_param_spec_double ("change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_pair_init (RdPair *self)
{
}

RdPair *
rd_pair_new (RdIndicator *actual,
             RdIndicator *target,
             const char  *note)
{
  RdPair *self;

  g_return_val_if_fail (RD_IS_INDICATOR (actual), NULL);
  g_return_val_if_fail (RD_IS_INDICATOR (target), NULL);

  self = g_object_new (RD_TYPE_PAIR, NULL);
  self->actual = g_object_ref (actual);
  self->target = g_object_ref (target);
  self->note = note && note[0] ? g_strdup (note) : NULL;
  return self;
}

RdIndicator *
rd_pair_get_actual (RdPair *self)
{
  g_return_val_if_fail (RD_IS_PAIR (self), NULL);
  return self->actual;
}

RdIndicator *
rd_pair_get_target (RdPair *self)
{
  g_return_val_if_fail (RD_IS_PAIR (self), NULL);
  return self->target;
}

const char *
rd_pair_get_note (RdPair *self)
{
  g_return_val_if_fail (RD_IS_PAIR (self), NULL);
  return self->note;
}

gboolean
rd_pair_is_percent (RdPair *self)
{
  g_return_val_if_fail (RD_IS_PAIR (self), FALSE);
  return g_strcmp0 (rd_indicator_get_unit (self->actual), "%") == 0 &&
         g_strcmp0 (rd_indicator_get_unit (self->target), "%") == 0;
}

double
rd_pair_get_change (RdPair *self)
{
  g_return_val_if_fail (RD_IS_PAIR (self), 0);
  return rd_indicator_get_value (self->target) - rd_indicator_get_value (self->actual);
}

char *
rd_pair_format_change (RdPair *self)
{
  g_autofree char *amount = NULL;
  double change;
  const char *sign;

  g_return_val_if_fail (RD_IS_PAIR (self), NULL);

  /* Values are printed with at most two decimals: round away the
   * binary noise of 8.5 − 9. */
  change = round (rd_pair_get_change (self) * 100) / 100;
  /* Like figure values and units, the change follows the language of the
   * figure names (rd_format_use_chinese()), not only the translation. */
  if (change == 0)
    return g_strdup (rd_format_use_chinese () ? "持平" : "no change");

  sign = change > 0 ? "+" : "−";
  if (rd_pair_is_percent (self))
    {
      g_autofree char *number = rd_format_number (fabs (change), 2);

      amount = g_strconcat (number, rd_format_use_chinese () ? "个百分点" : " pp", NULL);
    }
  else
    amount = rd_format_quantity (fabs (change),
                                 rd_indicator_get_unit (self->actual),
                                 rd_indicator_get_unit_en (self->actual));

  return g_strconcat (sign, amount, NULL);
}
