/* rd-trend-view.c
 *
 * The library's figures of one catalog indicator in one region, year by
 * year (RdTrend), drawn by the "trend" renderer in an RdChartWidget: hits,
 * hover, keyboard, tooltips, zoom and the dark style come with it. A point
 * activated shows its sentence under the chart, read from its report, and
 * ::point-activated lets the window choose it when it is of the report
 * shown.
 */
#define G_LOG_DOMAIN "reportdash-trend-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-format.h"
#include "rd-library.h"
#include "rd-series.h"
#include "rd-compare-view.h"
#include "rd-targets-view.h"
#include "rd-trend-chart.h"
#include "rd-trend-view.h"
#include "rd-wrap-box.h"
#include "reportdash-resources.h"

/* RdTrendView ----------------------------------------------------------- */

struct _RdTrendView
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkLabel      *empty_label;
  GtkDropDown   *region_dropdown;
  GtkWidget     *region_box;      /* hidden on Compare, which has its own choice */
  GtkDropDown   *indicator_dropdown;
  GtkStringList *regions;       /* the library's regions */
  GtkStringList *indicators;    /* names of the keys in @keys */
  RdTrendChart  *chart;
  GtkLabel      *message_label;
  GtkLabel      *sentence_label;
  GtkStack      *pages;
  RdTargetsView *targets_view;
  RdCompareView *compare_view;

  GStrv          catalog_keys;
  GStrv          catalog_names;
  GPtrArray     *keys;          /* the catalog keys listed */
  GStrv          ceilings;      /* the keys whose targets are ceilings */
  char          *path;
  char          *region;        /* chosen, or wanted before a library is read */
  char          *indicator;
  RdTrend       *trend;         /* drawn, or NULL */
  gboolean       filling;       /* the drop-downs are being filled */
  gboolean       compare_stale; /* the page Compare is of another indicator */
  GCancellable  *compare_cancellable;  /* its read under way, or NULL */
};

enum {
  PROP_0,
  PROP_REGION,
  PROP_INDICATOR,
  N_PROPS
};

enum {
  POINT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RdTrendView, rd_trend_view, GTK_TYPE_WIDGET)

static RdLibrary *
open_library (RdTrendView *self)
{
  g_autoptr(GError) error = NULL;
  RdLibrary *library;

  if (self->path == NULL)
    return NULL;
  library = rd_library_open_full (self->path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, &error);
  if (library == NULL)
    g_warning ("Cannot read the library %s: %s", self->path, error->message);
  return library;
}

static const char *
catalog_name (RdTrendView *self,
              const char  *key)
{
  for (guint i = 0; self->catalog_keys != NULL && self->catalog_keys[i] != NULL; i++)
    if (g_str_equal (self->catalog_keys[i], key))
      return self->catalog_names[i];
  return NULL;
}

static guint
string_list_find (GtkStringList *list,
                  const char    *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; text != NULL && i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (list, i), text))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
set_string (RdTrendView  *self,
            char        **field,
            const char   *value,
            guint         prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
show_point (RdTrendView *self,
            guint        index)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *markup = NULL;
  const RdTrendPoint *point;

  if (self->trend == NULL || index >= self->trend->points->len)
    return;
  point = &g_array_index (self->trend->points, RdTrendPoint, index);
  if ((library = open_library (self)) != NULL)
    text = rd_library_dup_report_text (library, point->report_id, NULL);
  if (text != NULL)
    sentence = rd_format_sentence_markup (text, point->src_start, point->src_end);
  else
    sentence = g_markup_escape_text (point->printed ? point->printed : "", -1);
  /* Translators: under the trend chart, the sentence of the point chosen */
  markup = g_strdup_printf (_("From the %d report: %s"), point->report_year, sentence);
  gtk_label_set_markup (self->sentence_label, markup);
  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label), TRUE);

  g_signal_emit (self, signals[POINT_ACTIVATED], 0, point->figure_id, point->report_id);
}

static void
on_chart_activated (RdChartWidget *chart,
                    gpointer       figure,
                    RdTrendView   *self)
{
  int index = rd_chart_widget_get_selected (chart);

  if (index >= 0)
    show_point (self, index);
}

/* What the thread of the page Compare reads. */
typedef struct
{
  char *path;
  char *indicator;
} CompareJob;

static void
compare_job_free (CompareJob *job)
{
  g_free (job->path);
  g_free (job->indicator);
  g_free (job);
}

/* In a thread, with its own connection: the indicator in every region. */
static void
compare_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  CompareJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdLibrary) library = rd_library_open_full (job->path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, &error);
  GPtrArray *points = library ? rd_library_get_series (library, job->indicator, NULL, &error) : NULL;

  if (points == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, points, (GDestroyNotify) g_ptr_array_unref);
}

static void
compare_done (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) points = g_task_propagate_pointer (G_TASK (result), &error);
  RdTrendView *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = RD_TREND_VIEW (source);
  g_clear_object (&self->compare_cancellable);
  if (error != NULL)
    g_warning ("Cannot read the library %s: %s", self->path, error->message);
  rd_compare_view_set_series (self->compare_view, points,
                              self->indicator ? catalog_name (self, self->indicator) : NULL);
}

/* The page Compare: the indicator in every region (a query of every
 * region's reports, ten times a region's at 1,000 reports), read in a
 * thread and only while that page is shown, else when it is next shown;
 * a newer choice cancels a read under way. */
static void
fill_compare (RdTrendView *self)
{
  g_autoptr(GTask) task = NULL;
  CompareJob *job;

  if (!self->compare_stale || g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "compare") != 0)
    return;
  self->compare_stale = FALSE;
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  if (self->path == NULL || self->indicator == NULL)
    {
      rd_compare_view_set_series (self->compare_view, NULL, NULL);
      return;
    }
  self->compare_cancellable = g_cancellable_new ();
  job = g_new0 (CompareJob, 1);
  job->path = g_strdup (self->path);
  job->indicator = g_strdup (self->indicator);
  task = g_task_new (self, self->compare_cancellable, compare_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) compare_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, compare_thread);
}

static void
on_page_shown (GtkStack    *pages,
               GParamSpec  *pspec,
               RdTrendView *self)
{
  gtk_widget_set_visible (self->region_box,
                          g_strcmp0 (gtk_stack_get_visible_child_name (pages), "compare") != 0);
  fill_compare (self);
}

static void
draw_trend (RdTrendView *self)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GError) error = NULL;
  const char *message = NULL;

  g_clear_pointer (&self->trend, rd_trend_free);
  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label), FALSE);
  if (self->region != NULL && self->indicator != NULL && (library = open_library (self)) != NULL)
    points = rd_library_get_series (library, self->indicator, self->region, &error);
  self->compare_stale = TRUE;
  fill_compare (self);
  if (points != NULL)
    self->trend = rd_trend_new (points, self->region, &error);
  rd_targets_view_set_title (self->targets_view, self->indicator ? catalog_name (self, self->indicator) : NULL);
  rd_targets_view_set_series (self->targets_view, self->path, points,
                              self->ceilings != NULL && self->indicator != NULL &&
                              g_strv_contains ((const char * const *) self->ceilings, self->indicator));
  if (error != NULL)
    message = error->message;
  else if (self->trend != NULL && self->trend->points->len == 0)
    message = _("The reports of this region state no figure of this indicator.");

  if (self->trend != NULL && message == NULL)
    {
      RdChartData *data = rd_chart_data_new_for_trend (self->trend, catalog_name (self, self->indicator));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      data->title, -1);
      rd_chart_widget_set_data (RD_CHART_WIDGET (self->chart), data);
    }
  else
    rd_chart_widget_set_data (RD_CHART_WIDGET (self->chart), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), message == NULL);
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* The indicators with figures in the region chosen, in catalog order; the
 * one chosen stays when listed, else the first. */
static void
fill_indicators (RdTrendView *self)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint chosen = 0;

  /* The region's catalog keys, counted by the library's indexes (listing
   * its figures took 0.3 s for 14,000 at 1,000 reports). */
  if (self->region != NULL && (library = open_library (self)) != NULL)
    present = rd_library_count_region_indicators (library, self->region, NULL);
  if (present == NULL)
    present = g_hash_table_new (g_str_hash, g_str_equal);

  g_ptr_array_set_size (self->keys, 0);
  for (guint i = 0; self->catalog_keys != NULL && self->catalog_keys[i] != NULL; i++)
    if (g_hash_table_contains (present, self->catalog_keys[i]))
      {
        if (g_strcmp0 (self->catalog_keys[i], self->indicator) == 0)
          chosen = self->keys->len;
        g_ptr_array_add (self->keys, g_strdup (self->catalog_keys[i]));
        g_ptr_array_add (names, self->catalog_names[i]);
      }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->indicators, 0, g_list_model_get_n_items (G_LIST_MODEL (self->indicators)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->indicator_dropdown, self->keys->len > 0 ? chosen : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  if (self->keys->len > 0)
    set_string (self, &self->indicator, g_ptr_array_index (self->keys, chosen), PROP_INDICATOR);
  draw_trend (self);
}

/* Trends need reports of two years or more of one region. */
static gboolean
has_trends (GPtrArray *reports)
{
  for (guint i = 0; i < reports->len; i++)
    for (guint j = i + 1; j < reports->len; j++)
      {
        RdLibraryReport *a = g_ptr_array_index (reports, i);
        RdLibraryReport *b = g_ptr_array_index (reports, j);

        if (g_strcmp0 (a->region, b->region) == 0 && a->year != b->year)
          return TRUE;
      }
  return FALSE;
}

static void
fill_regions (RdTrendView *self,
              const char  *default_region)
{
  g_autoptr(RdLibrary) library = open_library (self);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint chosen;

  if (library != NULL)
    reports = rd_library_list_reports (library, NULL);
  /* Only regions with reports of two years or more: one report is no trend
   * (and the built-in report's curated figures name no catalog indicator). */
  for (guint i = 0; reports != NULL && i < reports->len; i++)
    {
      RdLibraryReport *report = g_ptr_array_index (reports, i);
      gboolean other_year = FALSE;

      for (guint k = 0; k < reports->len && !other_year; k++)
        {
          RdLibraryReport *other = g_ptr_array_index (reports, k);
          other_year = g_strcmp0 (other->region, report->region) == 0 && other->year != report->year;
        }
      if (report->region != NULL && other_year && g_hash_table_add (seen, report->region))
        g_ptr_array_add (names, report->region);
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->regions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->regions)),
                          (const char * const *) names->pdata);
  if ((chosen = string_list_find (self->regions, self->region)) == GTK_INVALID_LIST_POSITION &&
      (chosen = string_list_find (self->regions, default_region)) == GTK_INVALID_LIST_POSITION &&
      names->len > 1)
    chosen = 0;
  gtk_drop_down_set_selected (self->region_dropdown, chosen);
  self->filling = FALSE;
  if (chosen != GTK_INVALID_LIST_POSITION)
    set_string (self, &self->region, gtk_string_list_get_string (self->regions, chosen), PROP_REGION);

  gtk_stack_set_visible_child_name (self->stack, reports != NULL && has_trends (reports) ? "trend" : "empty");
  fill_indicators (self);
}

static void
on_region_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    RdTrendView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->filling || selected == GTK_INVALID_LIST_POSITION)
    return;
  set_string (self, &self->region, gtk_string_list_get_string (self->regions, selected), PROP_REGION);
  fill_indicators (self);
}

static void
on_indicator_selected (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       RdTrendView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->filling || selected >= self->keys->len)
    return;
  set_string (self, &self->indicator, g_ptr_array_index (self->keys, selected), PROP_INDICATOR);
  draw_trend (self);
}

static void
rd_trend_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RdTrendView *self = RD_TREND_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_string (value, self->region ? self->region : "");
      break;
    case PROP_INDICATOR:
      g_value_set_string (value, self->indicator ? self->indicator : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_trend_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RdTrendView *self = RD_TREND_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      rd_trend_view_set_region (self, g_value_get_string (value));
      break;
    case PROP_INDICATOR:
      rd_trend_view_set_indicator (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_trend_view_dispose (GObject *object)
{
  RdTrendView *self = RD_TREND_VIEW (object);

  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_TREND_VIEW);
  g_clear_pointer (&self->trend, rd_trend_free);

  G_OBJECT_CLASS (rd_trend_view_parent_class)->dispose (object);
}

static void
rd_trend_view_finalize (GObject *object)
{
  RdTrendView *self = RD_TREND_VIEW (object);

  g_clear_pointer (&self->catalog_keys, g_strfreev);
  g_clear_pointer (&self->catalog_names, g_strfreev);
  g_clear_pointer (&self->ceilings, g_strfreev);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->indicator, g_free);

  G_OBJECT_CLASS (rd_trend_view_parent_class)->finalize (object);
}

static void
rd_trend_view_class_init (RdTrendViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rd_trend_view_get_property;
  object_class->set_property = rd_trend_view_set_property;
  object_class->dispose = rd_trend_view_dispose;
  object_class->finalize = rd_trend_view_finalize;

  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDICATOR] =
    g_param_spec_string ("indicator", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RdTrendView::point-activated:
   * @figure_id: the figure of the point
   * @report_id: the report that states it
   *
   * A point was clicked, or Enter was pressed on it.
   */
  signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  g_type_ensure (RD_TYPE_TREND_CHART);
  g_type_ensure (RD_TYPE_TARGETS_VIEW);
  g_type_ensure (RD_TYPE_COMPARE_VIEW);
  g_type_ensure (RD_TYPE_WRAP_BOX);
  g_resources_register (reportdash_get_resource ());
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/ReportDash/rd-trend-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, stack);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, region_box);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, regions);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, indicators);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, chart);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, message_label);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, pages);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, targets_view);
  gtk_widget_class_bind_template_child (widget_class, RdTrendView, compare_view);
  gtk_widget_class_bind_template_callback (widget_class, on_region_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_indicator_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_page_shown);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rd_trend_view_init (RdTrendView *self)
{
  self->keys = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rd_trend_view_new (void)
{
  return g_object_new (RD_TYPE_TREND_VIEW, NULL);
}

void
rd_trend_view_set_catalog (RdTrendView        *self,
                           const char * const *keys,
                           const char * const *names)
{
  g_return_if_fail (RD_IS_TREND_VIEW (self));
  g_return_if_fail (g_strv_length ((GStrv) keys) == g_strv_length ((GStrv) names));

  g_strfreev (self->catalog_keys);
  g_strfreev (self->catalog_names);
  self->catalog_keys = g_strdupv ((GStrv) keys);
  self->catalog_names = g_strdupv ((GStrv) names);
  if (self->path != NULL)
    fill_indicators (self);
}

void
rd_trend_view_set_ceilings (RdTrendView        *self,
                            const char * const *keys)
{
  g_return_if_fail (RD_IS_TREND_VIEW (self));

  g_strfreev (self->ceilings);
  self->ceilings = g_strdupv ((GStrv) keys);
  if (self->path != NULL)
    draw_trend (self);
}

void
rd_trend_view_set_library (RdTrendView *self,
                           const char  *path,
                           const char  *default_region)
{
  g_return_if_fail (RD_IS_TREND_VIEW (self));

  g_free (self->path);
  self->path = g_strdup (path);
  fill_regions (self, default_region);
}

const char *
rd_trend_view_get_region (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  return self->region;
}

void
rd_trend_view_set_region (RdTrendView *self,
                          const char  *region)
{
  guint position;

  g_return_if_fail (RD_IS_TREND_VIEW (self));

  if (region == NULL || *region == '\0' || g_strcmp0 (region, self->region) == 0)
    return;
  position = string_list_find (self->regions, region);
  if (self->path != NULL && position == GTK_INVALID_LIST_POSITION)
    return;
  set_string (self, &self->region, region, PROP_REGION);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      self->filling = TRUE;
      gtk_drop_down_set_selected (self->region_dropdown, position);
      self->filling = FALSE;
      fill_indicators (self);
    }
}

const char *
rd_trend_view_get_indicator (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  return self->indicator;
}

void
rd_trend_view_set_indicator (RdTrendView *self,
                             const char  *key)
{
  guint position;

  g_return_if_fail (RD_IS_TREND_VIEW (self));

  if (key == NULL || *key == '\0' || g_strcmp0 (key, self->indicator) == 0)
    return;
  if (self->path != NULL && !g_ptr_array_find_with_equal_func (self->keys, key, g_str_equal, &position))
    return;
  set_string (self, &self->indicator, key, PROP_INDICATOR);
  if (self->path != NULL)
    {
      self->filling = TRUE;
      gtk_drop_down_set_selected (self->indicator_dropdown, position);
      self->filling = FALSE;
      draw_trend (self);
    }
}

GStrv
rd_trend_view_dup_indicators (RdTrendView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  for (guint i = 0; i < self->keys->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->keys, i));
  return g_strv_builder_end (builder);
}

GStrv
rd_trend_view_dup_regions (RdTrendView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->regions));
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, gtk_string_list_get_string (self->regions, i));
  return g_strv_builder_end (builder);
}

RdChartWidget *
rd_trend_view_get_chart (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  return RD_CHART_WIDGET (self->chart);
}

gboolean
rd_trend_view_is_empty (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), TRUE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}

const char *
rd_trend_view_get_sentence (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->sentence_label))
           ? gtk_label_get_text (self->sentence_label) : NULL;
}

RdTargetsView *
rd_trend_view_get_targets_view (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  return self->targets_view;
}

GPtrArray *
rd_trend_view_new_chart_data (RdTrendView *self)
{
  const char *page;
  GPtrArray *charts;
  RdChartData *data = NULL;

  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);

  page = gtk_stack_get_visible_child_name (self->pages);
  if (g_strcmp0 (page, "compare") == 0)
    return rd_compare_view_new_chart_data (self->compare_view);
  if (g_strcmp0 (page, "targets") == 0)
    data = rd_targets_view_new_chart_data (self->targets_view);
  else if (self->trend != NULL && self->trend->points->len > 0)
    data = rd_chart_data_new_for_trend (self->trend, catalog_name (self, self->indicator));
  if (data == NULL)
    return NULL;
  charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
  g_ptr_array_add (charts, data);
  return charts;
}

gboolean
rd_trend_view_is_loading (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), FALSE);
  return self->compare_cancellable != NULL;
}

RdCompareView *
rd_trend_view_get_compare_view (RdTrendView *self)
{
  g_return_val_if_fail (RD_IS_TREND_VIEW (self), NULL);
  return self->compare_view;
}

void
rd_trend_view_set_page (RdTrendView *self,
                        const char  *page)
{
  g_return_if_fail (RD_IS_TREND_VIEW (self));
  gtk_stack_set_visible_child_name (self->pages, page);
}
