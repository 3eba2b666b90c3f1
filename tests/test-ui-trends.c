/* test-ui-trends.c: the Trends view under Xvfb, with a library of the
 * built-in report and Hunan's reports of 2018 to 2020: Alt+5 and win.view
 * show it, its trend is the library's series, a point activated shows its
 * figure, only indicators with figures are offered, the choice outlives
 * the window, and a dataset file has no Trends view. */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-catalog.h"
#include "rd-library.h"
#include "rd-series.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-trend-view.h"
#include "rd-window.h"

#define HUNAN "湖南省"

static char *library_path;
static gint64 hunan_2019;

static gboolean
window_idle (gpointer window)
{
  return !rd_window_is_busy (window);
}

static RdWindow *
open_library_window (GSettings *settings)
{
  RdWindow *window = rd_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, library_path));
  g_assert_true (rd_test_wait_for (window_idle, window));
  return window;
}

static RdTrendView *
show_trends (RdWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "trends");
  g_assert_cmpstr (rd_window_get_view (window), ==, "trends");
  return RD_TREND_VIEW (rd_window_get_trends_view (window));
}

static RdTrend *
library_trend (const char *key,
               const char *region)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GError) error = NULL;
  RdTrend *trend;

  library = rd_library_open_full (library_path, NULL, 1000, &error);
  g_assert_no_error (error);
  points = rd_library_get_series (library, key, region, &error);
  g_assert_no_error (error);
  trend = rd_trend_new (points, region, &error);
  g_assert_no_error (error);
  return trend;
}

/* Alt+5 is the application's shortcut of win.view::trends, which shows
 * the view: not empty, with the library's regions. */
static void
test_shortcut_shows_view (void)
{
  g_autoptr(RdApplication) app = rd_application_new ();
  g_auto(GStrv) accels = NULL;
  g_auto(GStrv) regions = NULL;
  RdWindow *window;
  RdTrendView *view;

  rd_test_start_application (app);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.view::trends");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Alt>5"));

  window = open_library_window (NULL);
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");
  view = show_trends (window);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (rd_trend_view_is_empty (view));
  regions = rd_trend_view_dup_regions (view);
  g_assert_true (g_strv_contains ((const char * const *) regions, HUNAN));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 湖南省 and gdp_growth: a point a year and basis of the library's series. */
static void
test_gdp_growth_trend (void)
{
  RdWindow *window = open_library_window (NULL);
  RdTrendView *view = show_trends (window);
  g_autoptr(RdTrend) trend = library_trend ("gdp_growth", HUNAN);
  const RdChartData *data;

  rd_trend_view_set_region (view, HUNAN);
  rd_trend_view_set_indicator (view, "gdp_growth");
  g_assert_cmpstr (rd_trend_view_get_region (view), ==, HUNAN);
  g_assert_cmpstr (rd_trend_view_get_indicator (view), ==, "gdp_growth");
  data = rd_chart_widget_get_data (rd_trend_view_get_chart (view));
  g_assert_nonnull (data);
  g_assert_cmpstr (data->chart_type, ==, "trend");
  /* Three reports: at least 2017 to 2019 actual and their targets. */
  g_assert_cmpuint (trend->points->len, >=, 4);
  g_assert_cmpuint (data->items->len, ==, trend->points->len);
  for (guint i = 0; i < trend->points->len; i++)
    g_assert_cmpint (g_array_index (data->items, RdChartItem, i).year, ==,
                     g_array_index (trend->points, RdTrendPoint, i).year);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A click on a point of the report shown chooses its figure; a point of
 * another report shows its sentence under the chart. */
static void
test_point_activates (void)
{
  RdWindow *window = open_library_window (NULL);
  g_autoptr(RdTrend) trend = library_trend ("gdp_growth", HUNAN);
  RdTrendView *view;
  RdChartWidget *chart;
  RdIndicator *figure;
  int own = -1, other = -1;
  double x, y;

  g_assert_true (rd_window_show_report (window, hunan_2019));
  g_assert_true (rd_test_wait_for (window_idle, window));
  g_assert_cmpint (rd_dataset_get_report_id (rd_window_get_dataset (window)), ==, hunan_2019);
  view = show_trends (window);
  g_assert_cmpstr (rd_trend_view_get_region (view), ==, HUNAN);  /* the report's region */
  rd_trend_view_set_indicator (view, "gdp_growth");
  chart = rd_trend_view_get_chart (view);
  g_assert_true (rd_test_wait_for (rd_test_widget_allocated, chart));

  for (guint i = 0; i < trend->points->len; i++)
    {
      const RdTrendPoint *point = &g_array_index (trend->points, RdTrendPoint, i);

      if (point->report_id == hunan_2019 && own < 0)
        own = i;
      else if (point->report_id != hunan_2019 && other < 0)
        other = i;
    }
  g_assert_cmpint (own, >=, 0);
  g_assert_cmpint (other, >=, 0);

  g_assert_true (rd_chart_widget_get_mark_center (chart, own, &x, &y));
  g_assert_cmpint (rd_chart_widget_activate_at (chart, x, y), ==, own);
  figure = rd_window_state_get_selected_figure (rd_window_get_state (window));
  g_assert_nonnull (figure);
  g_assert_cmpint (rd_indicator_get_id (figure), ==, g_array_index (trend->points, RdTrendPoint, own).figure_id);
  g_assert_nonnull (rd_trend_view_get_sentence (view));
  g_assert_nonnull (strstr (rd_trend_view_get_sentence (view), "2019"));

  /* Enter on a point of another year's report: its sentence, the figure
   * chosen stays. */
  rd_chart_widget_activate_mark (chart, other);
  g_assert_true (rd_window_state_get_selected_figure (rd_window_get_state (window)) == figure);
  g_assert_nonnull (rd_trend_view_get_sentence (view));
  g_assert_nonnull (strstr (rd_trend_view_get_sentence (view),
                            g_array_index (trend->points, RdTrendPoint, other).printed));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The indicators offered are the catalog's that have figures in the
 * region, and no other. */
static void
test_only_indicators_with_figures (void)
{
  RdWindow *window = open_library_window (NULL);
  RdTrendView *view = show_trends (window);
  GPtrArray *entries = rd_catalog_get_entries ();
  g_autoptr(RdLibrary) library = rd_library_open_full (library_path, NULL, 1000, NULL);
  g_auto(GStrv) listed = NULL;
  guint n_listed = 0;

  rd_trend_view_set_region (view, HUNAN);
  listed = rd_trend_view_dup_indicators (view);
  g_assert_true (g_strv_contains ((const char * const *) listed, "gdp_growth"));
  for (guint i = 0; i < entries->len; i++)
    {
      const RdCatalogEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GPtrArray) points = rd_library_get_series (library, entry->key, HUNAN, NULL);
      gboolean has = FALSE;

      for (guint j = 0; points != NULL && j < points->len; j++)
        has |= g_strcmp0 (((RdSeriesPoint *) g_ptr_array_index (points, j))->region, HUNAN) == 0;
      g_assert_cmpint (has, ==, g_strv_contains ((const char * const *) listed, entry->key));
      n_listed += has;
    }
  g_assert_cmpuint (n_listed, ==, g_strv_length (listed));
  g_assert_cmpuint (n_listed, <, entries->len);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The region and indicator chosen are there again in a new window. */
static void
test_choice_remembered (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = open_library_window (settings);
  RdTrendView *view = show_trends (window);
  g_auto(GStrv) listed = NULL;
  g_autofree char *chosen = NULL;

  rd_trend_view_set_region (view, HUNAN);
  listed = rd_trend_view_dup_indicators (view);
  g_assert_cmpuint (g_strv_length (listed), >=, 2);
  chosen = g_strdup (g_str_equal (listed[0], "gdp_growth") ? listed[1] : listed[0]);
  rd_trend_view_set_indicator (view, chosen);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_library_window (settings);
  view = show_trends (window);
  g_assert_cmpstr (rd_trend_view_get_region (view), ==, HUNAN);
  g_assert_cmpstr (rd_trend_view_get_indicator (view), ==, chosen);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "trend-region");
  g_settings_reset (settings, "trend-indicator");
}

/* A library of one report has no trend: a sentence says what to do. */
static void
test_empty_library (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-trends-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "one.sqlite", NULL);
  g_autoptr(RdLibrary) library = rd_library_open_full (path, rd_test_builtin_dataset (), 1000, NULL);
  RdWindow *window = rd_window_new (NULL, NULL);
  RdTrendView *view;

  g_assert_nonnull (library);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, path));
  g_assert_true (rd_test_wait_for (window_idle, window));
  view = show_trends (window);
  g_assert_true (rd_trend_view_is_empty (view));
  gtk_window_destroy (GTK_WINDOW (window));
  rd_test_remove_dir (dir);
}

/* A dataset file (version 1) has no Trends view. */
static void
test_dataset_file_has_no_trends (void)
{
  RdWindow *window = rd_test_open_window (NULL);

  g_assert_null (rd_window_get_trends_view (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "trends");
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rd-ui-trends-home-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  rd_test_window_init (&argc, &argv);

  library_path = rd_test_new_library ();
  rd_test_add_corpus_report (library_path, "hunan-2018.txt");
  hunan_2019 = rd_test_add_corpus_report (library_path, "hunan-2019.txt");
  rd_test_add_corpus_report (library_path, "hunan-2020.txt");

  g_test_add_func ("/ui-trends/shortcut-shows-view", test_shortcut_shows_view);
  g_test_add_func ("/ui-trends/gdp-growth-trend", test_gdp_growth_trend);
  g_test_add_func ("/ui-trends/point-activates", test_point_activates);
  g_test_add_func ("/ui-trends/only-indicators-with-figures", test_only_indicators_with_figures);
  g_test_add_func ("/ui-trends/choice-remembered", test_choice_remembered);
  g_test_add_func ("/ui-trends/empty-library", test_empty_library);
  g_test_add_func ("/ui-trends/dataset-file-has-no-trends", test_dataset_file_has_no_trends);

  status = g_test_run ();
  g_free (library_path);
  rd_test_remove_dir (home);
  return status;
}
