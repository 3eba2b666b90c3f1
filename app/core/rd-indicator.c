/* rd-indicator.c */
#define G_LOG_DOMAIN "reportdash-indicator"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rd-format.h"
#include "rd-indicator-private.h"

G_DEFINE_FINAL_TYPE (RdIndicator, rd_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SECTOR,
  PROP_VALUE,
  PROP_YEAR,
  PROP_KEY,
  PROP_UNIT_LABEL,
  PROP_MEASURE,
  PROP_BASIS,
  PROP_QUALIFIER,
  PROP_PRINTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rd_indicator_finalize (GObject *object)
{
  RdIndicator *self = RD_INDICATOR (object);

  g_free (self->key);
  g_free (self->sector);
  g_free (self->name_zh);
  g_free (self->name_en);
  g_free (self->unit);
  g_free (self->unit_en);
  g_free (self->unit_kind);
  g_free (self->measure);
  g_free (self->qualifier);
  g_free (self->printed);
  g_free (self->excerpt);
  g_free (self->section_title);

  G_OBJECT_CLASS (rd_indicator_parent_class)->finalize (object);
}

static void
rd_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RdIndicator *self = RD_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, rd_indicator_get_name (self));
      break;
    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_UNIT_LABEL:
      g_value_set_string (value, rd_format_unit (self->unit, self->unit_en));
      break;
    case PROP_MEASURE:
      g_value_set_string (value, self->measure);
      break;
    case PROP_BASIS:
      g_value_set_int (value, self->basis);
      break;
    case PROP_QUALIFIER:
      g_value_set_string (value, self->qualifier);
      break;
    case PROP_PRINTED:
      g_value_set_string (value, self->printed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_indicator_class_init (RdIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_indicator_finalize;
  object_class->get_property = rd_indicator_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The unit in the display language (rd_format_unit()). */
  properties[PROP_UNIT_LABEL] =
    g_param_spec_string ("unit-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURE] =
    g_param_spec_string ("measure", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* An RdBasis. */
  properties[PROP_BASIS] =
    g_param_spec_int ("basis", NULL, NULL, RD_BASIS_ACTUAL, RD_BASIS_TARGET, RD_BASIS_ACTUAL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUALIFIER] =
    g_param_spec_string ("qualifier", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRINTED] =
    g_param_spec_string ("printed", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_indicator_init (RdIndicator *self)
{
}

RdIndicator *
rd_indicator_new (void)
{
  return g_object_new (RD_TYPE_INDICATOR, NULL);
}

gint64
rd_indicator_get_id (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), 0);
  return self->id;
}

const char *
rd_indicator_get_key (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->key;
}

const char *
rd_indicator_get_sector (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->sector;
}

const char *
rd_indicator_get_name (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  /* A figure of an imported report may have no English name: the
   * report's own words then, never a blank. */
  if (rd_format_use_chinese () || self->name_en == NULL || self->name_en[0] == '\0')
    return self->name_zh;
  return self->name_en;
}

const char *
rd_indicator_get_name_zh (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->name_zh;
}

const char *
rd_indicator_get_name_en (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->name_en;
}

double
rd_indicator_get_value (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), 0);
  return self->value;
}

const char *
rd_indicator_get_unit (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->unit;
}

const char *
rd_indicator_get_unit_en (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->unit_en;
}

const char *
rd_indicator_get_unit_kind (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->unit_kind;
}

const char *
rd_indicator_get_measure (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->measure;
}

int
rd_indicator_get_year (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), 0);
  return self->year;
}

RdBasis
rd_indicator_get_basis (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), RD_BASIS_ACTUAL);
  return self->basis;
}

const char *
rd_indicator_get_qualifier (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->qualifier;
}

const char *
rd_indicator_get_printed (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->printed;
}

const char *
rd_indicator_get_excerpt (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->excerpt;
}

void
rd_indicator_get_highlight (RdIndicator *self,
                            gsize       *start,
                            gsize       *end)
{
  g_return_if_fail (RD_IS_INDICATOR (self));
  *start = self->highlight_start;
  *end = self->highlight_end;
}

void
rd_indicator_get_source_span (RdIndicator *self,
                              int         *start,
                              int         *end)
{
  g_return_if_fail (RD_IS_INDICATOR (self));
  *start = self->src_start;
  *end = self->src_end;
}

const char *
rd_indicator_get_section_title (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return self->section_title;
}

typedef enum { BEFORE, BETWEEN, AFTER } QualifierPlace;

/* Where a hedge stands in Chinese and how it reads in English. */
static const struct {
  const char     *zh;
  QualifierPlace  place;
  const char     *en;
} qualifiers[] = {
  { "超过", BEFORE,  "more than" },
  { "突破", BEFORE,  "over" },
  { "近",   BEFORE,  "nearly" },
  { "约",   BEFORE,  "about" },
  { "达到", BEFORE,  "reaching" },
  { "力争", BEFORE,  "striving for" },
  { "确保", BEFORE,  "ensuring" },
  { "预计", BEFORE,  "estimated" },
  { "多",   BETWEEN, "more than" },
  { "余",   BETWEEN, "more than" },
  { "以上", AFTER,   "at least" },
  { "左右", AFTER,   "about" },
  { "以内", AFTER,   "within" },
  { "以下", AFTER,   "at most" },
};

/* Whether the report printed this figure in words (前三, 第一, 百强,
 * 两位数, 一个档次): its value is only a stand-in for drawing. */
static gboolean
in_words (RdIndicator *self)
{
  return self->printed != NULL && strpbrk (self->printed, "0123456789") == NULL;
}

/* A place is not a quantity: 前三 and 前30位 read as printed. */
static gboolean
is_rank (RdIndicator *self)
{
  return g_strcmp0 (self->unit_kind, "rank") == 0;
}

/* The English of number words that are not a place: "两位数" is not
 * "10%" but "double digits". NULL where the number itself reads right. */
static const char *
in_words_en (RdIndicator *self)
{
  static const struct { const char *zh, *en; } number_words[] = {
    { "两位数", "double digits" },
  };

  if (!in_words (self))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (number_words); i++)
    if (strstr (self->printed, number_words[i].zh) != NULL)
      return number_words[i].en;
  return NULL;
}

static char *
format_value (RdIndicator *self,
              gboolean     with_unit)
{
  g_autofree char *number = rd_format_number (self->value, 2);
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) between = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  gboolean percent = g_strcmp0 (self->unit, "%") == 0;
  const char *unit;

  if (!rd_format_use_chinese ())
    {
      /* English puts every hedge first: "striving for at least 15%". */
      g_autofree char *quantity = NULL;
      const char *words_en = in_words_en (self);

      if (words_en != NULL)
        quantity = g_strdup (words_en);
      else if (is_rank (self))
        quantity = g_str_has_prefix (self->printed ? self->printed : "", "第")
                   ? g_strdup_printf ("No. %s", number) : g_strdup_printf ("top %s", number);
      else if (with_unit)
        quantity = rd_format_quantity (self->value, self->unit, self->unit_en);
      else
        quantity = percent ? g_strconcat (number, "%", NULL) : g_strdup (number);

      words = g_strsplit (self->qualifier ? self->qualifier : "", " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        {
          const char *en = words[w];

          for (guint i = 0; i < G_N_ELEMENTS (qualifiers); i++)
            if (g_str_equal (words[w], qualifiers[i].zh))
              en = qualifiers[i].en;
          if (en[0] != '\0')
            g_string_append_printf (before, "%s ", en);
        }
      /* A place on its own starts with a capital: "Top 3". */
      if (before->len == 0 && g_ascii_islower (quantity[0]))
        quantity[0] = g_ascii_toupper (quantity[0]);
      return g_strconcat (before->str, quantity, NULL);
    }

  /* A place, or a figure printed in words, reads as printed, after the
   * hedges the printed words do not already hold: 前三, 力争百强,
   * 力争两位数. */
  if (self->printed != NULL && (is_rank (self) || in_words (self)))
    {
      words = g_strsplit (self->qualifier ? self->qualifier : "", " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0' && strstr (self->printed, words[w]) == NULL)
          g_string_append (before, words[w]);
      return g_strconcat (before->str, self->printed, NULL);
    }

  /* Chinese keeps each hedge where the report prints it: 超过60%,
   * 2600多亩, 10亿元以上. */
  words = g_strsplit (self->qualifier ? self->qualifier : "", " ", -1);
  for (guint w = 0; words[w] != NULL; w++)
    {
      QualifierPlace place = BEFORE;

      if (words[w][0] == '\0')
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (qualifiers); i++)
        if (g_str_equal (words[w], qualifiers[i].zh))
          place = qualifiers[i].place;

      g_string_append (place == BEFORE ? before : place == BETWEEN ? between : after, words[w]);
    }

  unit = with_unit || percent ? self->unit : "";
  return g_strconcat (before->str, number, between->str, unit ? unit : "", after->str, NULL);
}

char *
rd_indicator_get_qualifier_label (RdIndicator *self)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) label = g_string_new (NULL);

  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);

  if (self->qualifier == NULL)
    return NULL;
  if (rd_format_use_chinese ())
    return g_strdup (self->qualifier);

  words = g_strsplit (self->qualifier, " ", -1);
  for (guint w = 0; words[w] != NULL; w++)
    {
      const char *en = words[w];

      for (guint i = 0; i < G_N_ELEMENTS (qualifiers); i++)
        if (g_str_equal (words[w], qualifiers[i].zh))
          en = qualifiers[i].en;
      if (label->len > 0)
        g_string_append_c (label, ' ');
      g_string_append (label, en);
    }
  return g_string_free (g_steal_pointer (&label), FALSE);
}

char *
rd_indicator_format_value (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return format_value (self, TRUE);
}

char *
rd_indicator_format_mark (RdIndicator *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);
  return format_value (self, FALSE);
}

char *
rd_indicator_describe (RdIndicator *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (RD_IS_INDICATOR (self), NULL);

  value = rd_indicator_format_value (self);
  if (rd_format_use_chinese ())
    return g_strdup_printf ("%d年%s%s（%s）", self->year, self->name_zh, value,
                            self->basis == RD_BASIS_TARGET ? "目标" : "实际");

  return g_strdup_printf ("%s, %d: %s (%s)", self->name_en, self->year, value,
                          self->basis == RD_BASIS_TARGET ? "target" : "actual");
}
