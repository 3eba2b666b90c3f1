/* rd-search-result.c */
#define G_LOG_DOMAIN "reportdash-search-result"

#include "config.h"

#include "rd-search-result.h"

struct _RdSearchResult
{
  GObject        parent_instance;

  RdIndicator   *indicator;
  RdSearchField  field;
  char          *text;
  gssize         match_start;
  gssize         match_end;
  int            rank;
  gint64         report_id;     /* 0: the report the dataset shows */
  char          *report_label;
};

G_DEFINE_FINAL_TYPE (RdSearchResult, rd_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDICATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rd_search_result_finalize (GObject *object)
{
  RdSearchResult *self = RD_SEARCH_RESULT (object);

  g_clear_object (&self->indicator);
  g_free (self->text);
  g_free (self->report_label);

  G_OBJECT_CLASS (rd_search_result_parent_class)->finalize (object);
}

static void
rd_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RdSearchResult *self = RD_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      g_value_set_object (value, self->indicator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_search_result_class_init (RdSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_search_result_finalize;
  object_class->get_property = rd_search_result_get_property;

  properties[PROP_INDICATOR] =
    g_param_spec_object ("indicator", NULL, NULL, RD_TYPE_INDICATOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_search_result_init (RdSearchResult *self)
{
}

RdSearchResult *
rd_search_result_new (RdIndicator   *indicator,
                      RdSearchField  field,
                      const char    *text,
                      gssize         match_start,
                      gssize         match_end,
                      int            rank)
{
  RdSearchResult *self;

  g_return_val_if_fail (RD_IS_INDICATOR (indicator), NULL);

  self = g_object_new (RD_TYPE_SEARCH_RESULT, NULL);
  self->indicator = g_object_ref (indicator);
  self->field = field;
  self->text = g_strdup (text ? text : "");
  self->match_start = match_start;
  self->match_end = match_end;
  self->rank = rank;
  return self;
}

RdIndicator *
rd_search_result_get_indicator (RdSearchResult *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), NULL);
  return self->indicator;
}

RdSearchField
rd_search_result_get_field (RdSearchResult *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), RD_SEARCH_FIELD_EXCERPT);
  return self->field;
}

const char *
rd_search_result_get_text (RdSearchResult *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), NULL);
  return self->text;
}

void
rd_search_result_get_match (RdSearchResult *self,
                            gssize         *start,
                            gssize         *end)
{
  g_return_if_fail (RD_IS_SEARCH_RESULT (self));
  *start = self->match_start;
  *end = self->match_end;
}

int
rd_search_result_get_rank (RdSearchResult *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), G_MAXINT);
  return self->rank;
}

char *
rd_search_result_get_snippet (RdSearchResult *self,
                              guint           context,
                              gssize         *start,
                              gssize         *end)
{
  const char *text, *from, *to;
  GString *snippet;

  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), NULL);

  text = self->text;
  if (self->match_start < 0)
    {
      *start = *end = -1;
      from = text;
      to = text;
      for (guint i = 0; i < 2 * context && *to; i++)
        to = g_utf8_next_char (to);
    }
  else
    {
      from = text + self->match_start;
      to = text + self->match_end;
      for (guint i = 0; i < context && from > text; i++)
        from = g_utf8_prev_char (from);
      for (guint i = 0; i < context && *to; i++)
        to = g_utf8_next_char (to);
    }

  snippet = g_string_new (from > text ? "…" : "");
  if (self->match_start >= 0)
    {
      *start = snippet->len + (text + self->match_start - from);
      *end = *start + (self->match_end - self->match_start);
    }
  g_string_append_len (snippet, from, to - from);
  if (*to)
    g_string_append (snippet, "…");
  return g_string_free (snippet, FALSE);
}

void
rd_search_result_set_report (RdSearchResult *self,
                             gint64          report_id,
                             const char     *label)
{
  g_return_if_fail (RD_IS_SEARCH_RESULT (self));

  self->report_id = report_id;
  g_free (self->report_label);
  self->report_label = g_strdup (label);
}

gint64
rd_search_result_get_report_id (RdSearchResult *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), 0);
  return self->report_id;
}

const char *
rd_search_result_get_report_label (RdSearchResult *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_RESULT (self), NULL);
  return self->report_label;
}
