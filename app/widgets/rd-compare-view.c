/* rd-compare-view.c
 *
 * The Trends view's page "Compare": one indicator of the regions chosen
 * (check buttons in a popover, each region named with its level), by
 * year. Rates of one measure (growth, share: all in %) are drawn as one
 * chart of a line a region; levels, whose scales differ, one chart a
 * region, never two axes. The charts are RdTrendChart: hits, hover,
 * keyboard, tooltips and zoom come with them.
 */
#define G_LOG_DOMAIN "reportdash-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-compare-view.h"
#include "rd-series.h"
#include "rd-trend-chart.h"
#include "rd-trend.h"
#include "reportdash-resources.h"

struct _RdCompareView
{
  GtkWidget   parent_instance;

  GtkWidget     *box;
  GtkMenuButton *regions_button;
  GtkBox        *checks_box;
  GtkLabel      *note_label;
  GtkWidget     *scroller;
  GtkBox        *charts_box;
  GtkLabel      *message_label;

  GPtrArray  *series;      /* RdSeriesPoint of every region, or NULL */
  char       *title;
  GStrv       offered;     /* regions with figures of the indicator */
  GStrv       regions;     /* chosen; empty: the default */
  GPtrArray  *charts;      /* RdTrendChart drawn */
  GStrv       shown;
  double      zoom;
  gboolean    filling;     /* the check buttons are being set */
};

enum {
  PROP_0,
  PROP_REGIONS,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RdCompareView, rd_compare_view, GTK_TYPE_WIDGET)

/* Regions with actuals of two years or more: the default choice. */
static gboolean
has_years (RdCompareView *self,
           const char    *region)
{
  int year = 0;

  for (guint i = 0; self->series != NULL && i < self->series->len; i++)
    {
      const RdSeriesPoint *point = self->series->pdata[i];

      if (g_strcmp0 (point->region, region) != 0 || g_strcmp0 (point->basis, "actual") != 0)
        continue;
      if (year != 0 && point->year != year)
        return TRUE;
      year = point->year;
    }
  return FALSE;
}

/* The regions to draw: those chosen that are offered, in the order
 * offered; the default when none of them is. */
static GStrv
regions_to_draw (RdCompareView *self)
{
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) fallback = g_strv_builder_new ();
  g_auto(GStrv) picked = NULL;

  for (guint i = 0; self->offered != NULL && self->offered[i] != NULL; i++)
    {
      if (self->regions != NULL && g_strv_contains ((const char * const *) self->regions, self->offered[i]))
        g_strv_builder_add (chosen, self->offered[i]);
      if (has_years (self, self->offered[i]))
        g_strv_builder_add (fallback, self->offered[i]);
    }
  picked = g_strv_builder_end (chosen);
  if (picked[0] != NULL)
    return g_steal_pointer (&picked);
  return g_strv_builder_end (fallback);
}

static void
clear_charts (RdCompareView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_box_remove (self->charts_box, child);
  g_ptr_array_set_size (self->charts, 0);
}

static void
add_chart (RdCompareView *self,
           RdChartData   *data)
{
  GtkWidget *chart = rd_trend_chart_new ();

  gtk_widget_set_focusable (chart, TRUE);
  gtk_widget_set_has_tooltip (chart, TRUE);
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_widget_set_vexpand (chart, TRUE);
  rd_chart_widget_set_zoom (RD_CHART_WIDGET (chart), self->zoom);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, data->title, -1);
  rd_chart_widget_set_data (RD_CHART_WIDGET (chart), data);
  gtk_box_append (self->charts_box, chart);
  g_ptr_array_add (self->charts, chart);
}

/* The charts of the regions to draw (RdChartData, new), NULL with
 * @message set when there is none; the trends drawn in @trends. */
static GPtrArray *
build_charts (RdCompareView  *self,
              GPtrArray     **trends_out,
              char          **message)
{
  g_auto(GStrv) regions = regions_to_draw (self);
  g_autoptr(GPtrArray) trends = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
  g_autoptr(GError) error = NULL;

  if (self->series != NULL && regions[0] != NULL)
    trends = rd_trend_new_for_regions (self->series, (const char * const *) regions, &error);
  if (error != NULL)
    *message = g_strdup (error->message);
  else if (trends == NULL || trends->len == 0)
    *message = g_strdup (self->offered != NULL && self->offered[0] != NULL
                         ? _("Choose regions to compare with the Regions button.")
                         : _("No region's reports state a figure of this indicator."));
  else if (rd_trends_share_axis (trends))
    g_ptr_array_add (charts, rd_chart_data_new_for_trends (trends, self->title));
  else
    for (guint i = 0; i < trends->len; i++)
      {
        RdTrend *trend = trends->pdata[i];
        g_autofree char *region = rd_chart_data_region_name (trend->region, trend->level);
        g_autofree char *title = g_strdup_printf ("%s · %s", region, self->title ? self->title : "");

        g_ptr_array_add (charts, rd_chart_data_new_for_trend (trend, title));
      }
  if (trends_out != NULL)
    *trends_out = g_steal_pointer (&trends);
  return charts->len > 0 ? g_steal_pointer (&charts) : NULL;
}

static void
draw (RdCompareView *self)
{
  g_autoptr(GPtrArray) trends = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  gboolean separate;

  clear_charts (self);
  g_clear_pointer (&self->shown, g_strfreev);
  charts = build_charts (self, &trends, &message);
  separate = charts != NULL && charts->len > 1;
  for (guint i = 0; charts != NULL && i < charts->len; i++)
    add_chart (self, g_ptr_array_steal_index (charts, i--));

  if (trends != NULL)
    {
      g_autoptr(GStrvBuilder) shown = g_strv_builder_new ();

      for (guint i = 0; i < trends->len; i++)
        g_strv_builder_add (shown, ((RdTrend *) trends->pdata[i])->region);
      self->shown = g_strv_builder_end (shown);
    }
  gtk_label_set_text (self->note_label,
                      separate ? _("Amounts of different regions differ in scale: one chart a region.") : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), separate);
  gtk_widget_set_visible (self->scroller, message == NULL);
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
on_check_toggled (GtkCheckButton *check,
                  RdCompareView  *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkWidget *child;

  if (self->filling)
    return;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "region"));
  g_strfreev (self->regions);
  self->regions = g_strv_builder_end (builder);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGIONS]);
  draw (self);
}

/* A check button a region offered, named with its level; those drawn
 * are checked. */
static void
fill_checks (RdCompareView *self)
{
  g_auto(GStrv) drawn = regions_to_draw (self);
  GtkWidget *child;

  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_box))) != NULL)
    gtk_box_remove (self->checks_box, child);
  for (guint i = 0; self->offered != NULL && self->offered[i] != NULL; i++)
    {
      const char *level = NULL;
      g_autofree char *name = NULL;
      GtkWidget *check;

      for (guint k = 0; self->series != NULL && k < self->series->len && level == NULL; k++)
        {
          const RdSeriesPoint *point = self->series->pdata[k];

          if (g_strcmp0 (point->region, self->offered[i]) == 0)
            level = point->level;
        }
      name = rd_chart_data_region_name (self->offered[i], level);
      check = gtk_check_button_new_with_label (name);
      g_object_set_data_full (G_OBJECT (check), "region", g_strdup (self->offered[i]), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char * const *) drawn, self->offered[i]));
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_box_append (self->checks_box, check);
    }
  self->filling = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->regions_button), self->offered != NULL && self->offered[0] != NULL);
}

static void
rd_compare_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RdCompareView *self = RD_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGIONS:
      g_value_set_boxed (value, self->regions);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_compare_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RdCompareView *self = RD_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGIONS:
      rd_compare_view_set_regions (self, g_value_get_boxed (value));
      break;
    case PROP_ZOOM:
      self->zoom = g_value_get_double (value);
      for (guint i = 0; i < self->charts->len; i++)
        rd_chart_widget_set_zoom (self->charts->pdata[i], self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_compare_view_dispose (GObject *object)
{
  RdCompareView *self = RD_COMPARE_VIEW (object);

  g_clear_pointer (&self->charts, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_COMPARE_VIEW);
  g_clear_pointer (&self->series, g_ptr_array_unref);

  G_OBJECT_CLASS (rd_compare_view_parent_class)->dispose (object);
}

static void
rd_compare_view_finalize (GObject *object)
{
  RdCompareView *self = RD_COMPARE_VIEW (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->offered, g_strfreev);
  g_clear_pointer (&self->regions, g_strfreev);
  g_clear_pointer (&self->shown, g_strfreev);

  G_OBJECT_CLASS (rd_compare_view_parent_class)->finalize (object);
}

static void
rd_compare_view_class_init (RdCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rd_compare_view_get_property;
  object_class->set_property = rd_compare_view_set_property;
  object_class->dispose = rd_compare_view_dispose;
  object_class->finalize = rd_compare_view_finalize;

  properties[PROP_REGIONS] =
    g_param_spec_boxed ("regions", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.5, 4, 1,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_resources_register (reportdash_get_resource ());
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/ReportDash/rd-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, box);
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, regions_button);
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, checks_box);
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, note_label);
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, charts_box);
  gtk_widget_class_bind_template_child (widget_class, RdCompareView, message_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rd_compare_view_init (RdCompareView *self)
{
  self->zoom = 1;
  self->charts = g_ptr_array_new ();
  self->regions = g_new0 (char *, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rd_compare_view_new (void)
{
  return g_object_new (RD_TYPE_COMPARE_VIEW, NULL);
}

void
rd_compare_view_set_series (RdCompareView *self,
                            GPtrArray     *series,
                            const char    *title)
{
  g_return_if_fail (RD_IS_COMPARE_VIEW (self));

  if (series != NULL)
    g_ptr_array_ref (series);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  self->series = series;
  g_free (self->title);
  self->title = g_strdup (title);
  g_strfreev (self->offered);
  self->offered = rd_trend_list_regions (series);
  fill_checks (self);
  draw (self);
}

const char * const *
rd_compare_view_get_regions (RdCompareView *self)
{
  g_return_val_if_fail (RD_IS_COMPARE_VIEW (self), NULL);
  return (const char * const *) self->regions;
}

void
rd_compare_view_set_regions (RdCompareView      *self,
                             const char * const *regions)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (RD_IS_COMPARE_VIEW (self));

  if (regions == NULL)
    regions = none;
  if (g_strv_equal ((const char * const *) self->regions, regions))
    return;
  g_strfreev (self->regions);
  self->regions = g_strdupv ((GStrv) regions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGIONS]);
  fill_checks (self);
  draw (self);
}

GStrv
rd_compare_view_dup_offered (RdCompareView *self)
{
  g_return_val_if_fail (RD_IS_COMPARE_VIEW (self), NULL);
  return self->offered != NULL ? g_strdupv (self->offered) : g_new0 (char *, 1);
}

GStrv
rd_compare_view_dup_shown (RdCompareView *self)
{
  g_return_val_if_fail (RD_IS_COMPARE_VIEW (self), NULL);
  return self->shown != NULL ? g_strdupv (self->shown) : g_new0 (char *, 1);
}

guint
rd_compare_view_get_n_charts (RdCompareView *self)
{
  g_return_val_if_fail (RD_IS_COMPARE_VIEW (self), 0);
  return self->charts->len;
}

RdChartWidget *
rd_compare_view_get_chart (RdCompareView *self,
                           guint          index)
{
  g_return_val_if_fail (RD_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (index < self->charts->len, NULL);
  return self->charts->pdata[index];
}

GPtrArray *
rd_compare_view_new_chart_data (RdCompareView *self)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (RD_IS_COMPARE_VIEW (self), NULL);
  return build_charts (self, NULL, &message);
}
