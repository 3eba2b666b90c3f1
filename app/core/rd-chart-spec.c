/* rd-chart-spec.c */
#define G_LOG_DOMAIN "reportdash-chart-spec"

#include "config.h"

#include "rd-chart-spec-private.h"
#include "rd-format.h"

G_DEFINE_FINAL_TYPE (RdChartSpec, rd_chart_spec, G_TYPE_OBJECT)

static void
clear_figure (gpointer data)
{
  RdChartFigure *figure = data;

  g_clear_object (&figure->indicator);
  g_clear_pointer (&figure->label_zh, g_free);
  g_clear_pointer (&figure->label_en, g_free);
}

static void
rd_chart_spec_finalize (GObject *object)
{
  RdChartSpec *self = RD_CHART_SPEC (object);

  g_free (self->id);
  g_free (self->sector);
  g_free (self->chart_type);
  g_free (self->title_zh);
  g_free (self->title_en);
  g_clear_pointer (&self->figures, g_array_unref);

  G_OBJECT_CLASS (rd_chart_spec_parent_class)->finalize (object);
}

static void
rd_chart_spec_class_init (RdChartSpecClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_chart_spec_finalize;
}

static void
rd_chart_spec_init (RdChartSpec *self)
{
  self->figures = g_array_new (FALSE, TRUE, sizeof (RdChartFigure));
  g_array_set_clear_func (self->figures, clear_figure);
}

RdChartSpec *
rd_chart_spec_new (void)
{
  return g_object_new (RD_TYPE_CHART_SPEC, NULL);
}

void
rd_chart_spec_add_figure (RdChartSpec *self,
                          RdIndicator *indicator,
                          const char  *label_zh,
                          const char  *label_en)
{
  RdChartFigure figure = {
    .indicator = g_object_ref (indicator),
    .label_zh = g_strdup (label_zh),
    .label_en = g_strdup (label_en),
  };

  g_array_append_val (self->figures, figure);
}

const char *
rd_chart_spec_get_id (RdChartSpec *self)
{
  g_return_val_if_fail (RD_IS_CHART_SPEC (self), NULL);
  return self->id;
}

const char *
rd_chart_spec_get_sector (RdChartSpec *self)
{
  g_return_val_if_fail (RD_IS_CHART_SPEC (self), NULL);
  return self->sector;
}

const char *
rd_chart_spec_get_chart_type (RdChartSpec *self)
{
  g_return_val_if_fail (RD_IS_CHART_SPEC (self), NULL);
  return self->chart_type;
}

const char *
rd_chart_spec_get_title (RdChartSpec *self)
{
  g_return_val_if_fail (RD_IS_CHART_SPEC (self), NULL);
  return rd_format_use_chinese () ? self->title_zh : self->title_en;
}

guint
rd_chart_spec_get_n_figures (RdChartSpec *self)
{
  g_return_val_if_fail (RD_IS_CHART_SPEC (self), 0);
  return self->figures->len;
}

RdIndicator *
rd_chart_spec_get_figure (RdChartSpec *self,
                          guint        index)
{
  g_return_val_if_fail (RD_IS_CHART_SPEC (self), NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);
  return g_array_index (self->figures, RdChartFigure, index).indicator;
}

const char *
rd_chart_spec_get_label (RdChartSpec *self,
                         guint        index)
{
  RdChartFigure *figure;

  g_return_val_if_fail (RD_IS_CHART_SPEC (self), NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);

  figure = &g_array_index (self->figures, RdChartFigure, index);
  return rd_format_use_chinese () ? figure->label_zh : figure->label_en;
}
