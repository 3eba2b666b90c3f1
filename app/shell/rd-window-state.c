/* rd-window-state.c
 *
 * The window's state, so that each piece has one owner: the sidebar, the
 * charts, the source panel and the views follow these properties and set
 * them, and nothing reads them back out of a widget.
 */
#define G_LOG_DOMAIN "reportdash-window-state"

#include "config.h"

#include <math.h>

#include "rd-window-state.h"

struct _RdWindowState
{
  GObject      parent_instance;

  RdDataset   *dataset;
  RdSector    *sector;
  RdIndicator *selected_figure;
  RdChartSpec *chart;
  double       zoom;
};

G_DEFINE_FINAL_TYPE (RdWindowState, rd_window_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SECTOR,
  PROP_SELECTED_FIGURE,
  PROP_CHART,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_figure (RdWindowState *self,
            RdIndicator   *figure,
            RdChartSpec   *chart)
{
  gboolean figure_changed = g_set_object (&self->selected_figure, figure);
  gboolean chart_changed = g_set_object (&self->chart, chart);

  /* Both are set before either is told. */
  if (figure_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_FIGURE]);
  if (chart_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

static gboolean
set_sector (RdWindowState *self,
            RdSector      *sector)
{
  if (!g_set_object (&self->sector, sector))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
  return TRUE;
}

void
rd_window_state_set_dataset (RdWindowState *self,
                             RdDataset     *dataset)
{
  g_return_if_fail (RD_IS_WINDOW_STATE (self));
  g_return_if_fail (dataset == NULL || RD_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  set_figure (self, NULL, NULL);
  set_sector (self, NULL);
  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_thaw_notify (G_OBJECT (self));
}

RdDataset *
rd_window_state_get_dataset (RdWindowState *self)
{
  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), NULL);
  return self->dataset;
}

void
rd_window_state_set_sector (RdWindowState *self,
                            RdSector      *sector)
{
  g_return_if_fail (RD_IS_WINDOW_STATE (self));
  g_return_if_fail (sector == NULL || RD_IS_SECTOR (sector));

  if (self->sector == sector)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  set_figure (self, NULL, NULL);
  set_sector (self, sector);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
rd_window_state_set_sector_id (RdWindowState *self,
                               const char    *sector_id)
{
  RdSector *sector;

  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), FALSE);

  if (self->dataset == NULL || sector_id == NULL)
    return FALSE;

  /* Only a sector the dashboard shows: one with charts. */
  sector = rd_dataset_find_sector (self->dataset, sector_id);
  if (sector == NULL || g_list_model_get_n_items (rd_sector_get_charts (sector)) == 0)
    return FALSE;

  rd_window_state_set_sector (self, sector);
  return TRUE;
}

RdSector *
rd_window_state_get_sector (RdWindowState *self)
{
  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), NULL);
  return self->sector;
}

const char *
rd_window_state_get_sector_id (RdWindowState *self)
{
  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), NULL);
  return self->sector ? rd_sector_get_id (self->sector) : NULL;
}

void
rd_window_state_set_selected_figure (RdWindowState *self,
                                     RdIndicator   *figure)
{
  RdSector *sector = NULL;
  RdChartSpec *chart = NULL;

  g_return_if_fail (RD_IS_WINDOW_STATE (self));
  g_return_if_fail (figure == NULL || RD_IS_INDICATOR (figure));

  if (figure != NULL && self->dataset != NULL)
    chart = rd_dataset_find_chart_for_figure (self->dataset, figure, &sector);

  /* The sector first, so that its followers show the charts that the
   * figure's followers then mark. */
  g_object_freeze_notify (G_OBJECT (self));
  if (chart != NULL)
    set_sector (self, sector);
  set_figure (self, figure, chart);
  g_object_thaw_notify (G_OBJECT (self));
}

void
rd_window_state_select_in_chart (RdWindowState *self,
                                 RdChartSpec   *chart,
                                 RdIndicator   *figure)
{
  g_return_if_fail (RD_IS_WINDOW_STATE (self));
  g_return_if_fail (RD_IS_CHART_SPEC (chart));
  g_return_if_fail (RD_IS_INDICATOR (figure));

  /* Another chart of the sector shown, or one of the figure's own sector:
   * the sector shown stays. */
  if (self->sector == NULL || g_strcmp0 (rd_chart_spec_get_sector (chart), rd_sector_get_id (self->sector)) != 0)
    {
      rd_window_state_set_selected_figure (self, figure);
      return;
    }
  set_figure (self, figure, chart);
}

RdIndicator *
rd_window_state_get_selected_figure (RdWindowState *self)
{
  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), NULL);
  return self->selected_figure;
}

RdChartSpec *
rd_window_state_get_chart (RdWindowState *self)
{
  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), NULL);
  return self->chart;
}

void
rd_window_state_set_zoom (RdWindowState *self,
                          double         zoom)
{
  g_return_if_fail (RD_IS_WINDOW_STATE (self));

  zoom = CLAMP (round (zoom / RD_ZOOM_STEP) * RD_ZOOM_STEP, RD_ZOOM_MIN, RD_ZOOM_MAX);
  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
rd_window_state_get_zoom (RdWindowState *self)
{
  g_return_val_if_fail (RD_IS_WINDOW_STATE (self), RD_ZOOM_MIN);
  return self->zoom;
}

static void
rd_window_state_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RdWindowState *self = RD_WINDOW_STATE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SECTOR:
      g_value_set_object (value, self->sector);
      break;
    case PROP_SELECTED_FIGURE:
      g_value_set_object (value, self->selected_figure);
      break;
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_window_state_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RdWindowState *self = RD_WINDOW_STATE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      rd_window_state_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SECTOR:
      rd_window_state_set_sector (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_FIGURE:
      rd_window_state_set_selected_figure (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      rd_window_state_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_window_state_dispose (GObject *object)
{
  RdWindowState *self = RD_WINDOW_STATE (object);

  g_clear_object (&self->chart);
  g_clear_object (&self->selected_figure);
  g_clear_object (&self->sector);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (rd_window_state_parent_class)->dispose (object);
}

static void
rd_window_state_class_init (RdWindowStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rd_window_state_get_property;
  object_class->set_property = rd_window_state_set_property;
  object_class->dispose = rd_window_state_dispose;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, RD_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTOR] =
    g_param_spec_object ("sector", NULL, NULL, RD_TYPE_SECTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_FIGURE] =
    g_param_spec_object ("selected-figure", NULL, NULL, RD_TYPE_INDICATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, RD_TYPE_CHART_SPEC,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, RD_ZOOM_MIN, RD_ZOOM_MAX, RD_ZOOM_MIN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_window_state_init (RdWindowState *self)
{
  self->zoom = RD_ZOOM_MIN;
}

RdWindowState *
rd_window_state_new (void)
{
  return g_object_new (RD_TYPE_WINDOW_STATE, NULL);
}
