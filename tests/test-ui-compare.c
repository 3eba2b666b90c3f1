/* test-ui-compare.c: the Trends view's page Compare under Xvfb, with a
 * library of Hunan's reports of 2018 to 2020 and Zhuzhou's of 2020 and
 * 2021: GDP growth of both regions on one chart with marks of both, each
 * region named with its level; a check button takes a region away and
 * the choice outlives the window; GDP (levels) gets one chart a region. */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-compare-view.h"
#include "rd-export-dialog.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-trend-view.h"
#include "rd-window.h"

#define HUNAN "湖南省"
#define ZHUZHOU "株洲市"

static char *library_path;

static gboolean
window_idle (gpointer window)
{
  return !rd_window_is_busy (window);
}

/* The page Compare reads every region in a thread. */
static gboolean
trends_read (gpointer view)
{
  return !rd_trend_view_is_loading (view);
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

/* The Trends view on its page Compare, for @key. */
static RdCompareView *
show_compare (RdWindow   *window,
              const char *key)
{
  RdTrendView *view;
  RdCompareView *compare;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "trends");
  view = RD_TREND_VIEW (rd_window_get_trends_view (window));
  rd_trend_view_set_region (view, HUNAN);
  rd_trend_view_set_indicator (view, key);
  g_assert_cmpstr (rd_trend_view_get_indicator (view), ==, key);
  rd_trend_view_set_page (view, "compare");
  g_assert_true (rd_test_wait_for (trends_read, view));
  compare = rd_trend_view_get_compare_view (view);
  g_assert_true (rd_test_wait_for (rd_test_widget_allocated, compare));
  if (rd_compare_view_get_n_charts (compare) > 0)
    g_assert_true (rd_test_wait_for (rd_test_widget_allocated, rd_compare_view_get_chart (compare, 0)));
  return compare;
}

/* Whether the Trends view's Region choice is shown (its label's
 * mnemonic widget is the drop-down). */
static gboolean
region_choice_shown (RdWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  rd_test_collect (rd_window_get_trends_view (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *target = gtk_label_get_mnemonic_widget (labels->pdata[i]);

      if (GTK_IS_DROP_DOWN (target) && gtk_widget_is_ancestor (target, rd_window_get_trends_view (window)) &&
          strstr (gtk_label_get_label (labels->pdata[i]), "_R") != NULL)
        return gtk_widget_is_visible (labels->pdata[i]);
    }
  g_assert_not_reached ();
}

/* GDP growth of 湖南省 and 株洲市 on one chart: a line each, named with
 * its level, and marks of both that the pointer finds. */
static void
test_growth_on_one_chart (void)
{
  RdWindow *window = open_library_window (NULL);
  RdCompareView *compare = show_compare (window, "gdp_growth");
  g_auto(GStrv) offered = rd_compare_view_dup_offered (compare);
  g_auto(GStrv) shown = rd_compare_view_dup_shown (compare);
  RdChartWidget *chart;
  const RdChartData *data;
  guint marks[2] = { 0, 0 };

  g_assert_true (g_strv_contains ((const char * const *) offered, HUNAN));
  g_assert_true (g_strv_contains ((const char * const *) offered, ZHUZHOU));
  /* Compare has its own choice of regions: the page's single one hides. */
  g_assert_false (region_choice_shown (window));
  /* The default: every region with two years or more. */
  g_assert_cmpuint (g_strv_length (shown), ==, 2);
  g_assert_cmpuint (rd_compare_view_get_n_charts (compare), ==, 1);

  chart = rd_compare_view_get_chart (compare, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  data = rd_chart_widget_get_data (chart);
  g_assert_cmpstr (data->chart_type, ==, "trend");
  g_assert_cmpuint (g_strv_length (data->lines), ==, 2);
  for (guint line = 0; line < 2; line++)
    {
      const char *level = g_str_has_prefix (data->lines[line], HUNAN) ? "省" : "市";

      if (rd_test_expect_chinese ())
        g_assert_nonnull (strstr (data->lines[line], level));
      else
        g_assert_nonnull (strstr (data->lines[line], g_str_equal (level, "省") ? "(province)" : "(city)"));
    }

  rd_chart_widget_get_hits (chart);
  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
      double x, y;

      g_assert_true (rd_chart_widget_get_mark_center (chart, i, &x, &y));
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (chart)));
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (chart)));
      g_assert_cmpuint (item->line, <, 2);
      marks[item->line]++;
    }
  g_assert_cmpuint (marks[0], >=, 2);
  g_assert_cmpuint (marks[1], >=, 2);

  /* Another indicator chosen on another page: Compare follows it when
   * shown again (GDP: one year a region here, so no region by default). */
  {
    RdTrendView *view = RD_TREND_VIEW (rd_window_get_trends_view (window));

    rd_trend_view_set_page (view, "chart");
    rd_trend_view_set_indicator (view, "gdp");
    rd_trend_view_set_page (view, "compare");
    /* Read in a thread: the page still shows the last one's until then. */
    g_assert_true (rd_trend_view_is_loading (view));
    g_assert_cmpuint (rd_compare_view_get_n_charts (compare), ==, 1);
    g_assert_true (rd_test_wait_for (trends_read, view));
    g_assert_cmpuint (rd_compare_view_get_n_charts (compare), ==, 0);
    rd_trend_view_set_indicator (view, "gdp_growth");
    g_assert_true (rd_test_wait_for (trends_read, view));
    g_assert_cmpuint (rd_compare_view_get_n_charts (compare), ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Unchecking 株洲市 leaves 湖南省 alone; a new window draws the same. */
static void
test_choice_remembered (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = open_library_window (settings);
  RdCompareView *compare = show_compare (window, "gdp_growth");
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_auto(GStrv) saved = NULL;
  g_auto(GStrv) shown = NULL;
  gboolean unchecked = FALSE;

  rd_test_collect (GTK_WIDGET (compare), GTK_TYPE_MENU_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  rd_test_collect (GTK_WIDGET (gtk_menu_button_get_popover (buttons->pdata[0])), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 2);
  for (guint i = 0; i < checks->len; i++)
    {
      const char *label = gtk_check_button_get_label (checks->pdata[i]);

      g_assert_true (gtk_check_button_get_active (checks->pdata[i]));
      if (g_str_has_prefix (label, ZHUZHOU))
        {
          gtk_check_button_set_active (checks->pdata[i], FALSE);
          unchecked = TRUE;
        }
    }
  g_assert_true (unchecked);
  shown = rd_compare_view_dup_shown (compare);
  g_assert_cmpstrv (shown, ((const char *[]) { HUNAN, NULL }));
  g_assert_cmpuint (g_strv_length (rd_chart_widget_get_data (rd_compare_view_get_chart (compare, 0))->lines), ==, 1);
  saved = g_settings_get_strv (settings, "compare-regions");
  g_assert_cmpstrv (saved, ((const char *[]) { HUNAN, NULL }));
  gtk_window_destroy (GTK_WINDOW (window));

  g_clear_pointer (&shown, g_strfreev);
  window = open_library_window (settings);
  compare = show_compare (window, "gdp_growth");
  shown = rd_compare_view_dup_shown (compare);
  g_assert_cmpstrv (shown, ((const char *[]) { HUNAN, NULL }));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "compare-regions");
  g_settings_reset (settings, "trend-region");
  g_settings_reset (settings, "trend-indicator");
}

/* GDP, an amount: never one axis for two regions, one chart each. Each
 * region has GDP of one year here, so none is chosen by default. */
static void
test_levels_one_chart_a_region (void)
{
  RdWindow *window = open_library_window (NULL);
  RdCompareView *compare = show_compare (window, "gdp");

  g_assert_cmpuint (rd_compare_view_get_n_charts (compare), ==, 0);
  rd_compare_view_set_regions (compare, (const char *[]) { ZHUZHOU, HUNAN, NULL });
  g_assert_cmpuint (rd_compare_view_get_n_charts (compare), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_null (rd_chart_widget_get_data (rd_compare_view_get_chart (compare, i))->lines);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export from the Trends view draws the charts of its page shown: the
 * comparison, the targets, the trend. */
static void
test_export_page (void)
{
  RdWindow *window = open_library_window (NULL);
  RdTrendView *view;
  static const struct { const char *page, *type; } pages[] = {
    { "compare", "trend" }, { "targets", "targets" }, { "chart", "trend" },
  };

  show_compare (window, "gdp_growth");
  view = RD_TREND_VIEW (rd_window_get_trends_view (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GPtrArray) charts = NULL;
      RdExportDialog *dialog;

      rd_trend_view_set_page (view, pages[i].page);
      charts = rd_trend_view_new_chart_data (view);
      g_assert_nonnull (charts);
      g_assert_cmpuint (charts->len, ==, 1);
      g_assert_cmpstr (((RdChartData *) charts->pdata[0])->chart_type, ==, pages[i].type);
      if (g_str_equal (pages[i].page, "compare"))
        g_assert_cmpuint (g_strv_length (((RdChartData *) charts->pdata[0])->lines), ==, 2);
      dialog = rd_window_export (window, "chart");
      g_assert_nonnull (dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rd-ui-compare-home-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  rd_test_window_init (&argc, &argv);

  library_path = rd_test_new_library ();
  for (int year = 2018; year <= 2020; year++)
    {
      g_autofree char *name = g_strdup_printf ("hunan-%d.txt", year);

      rd_test_add_corpus_report (library_path, name);
    }
  rd_test_add_corpus_report (library_path, "zhuzhou-2020.txt");
  rd_test_add_corpus_report (library_path, "zhuzhou-2021.txt");

  g_test_add_func ("/ui-compare/growth-on-one-chart", test_growth_on_one_chart);
  g_test_add_func ("/ui-compare/choice-remembered", test_choice_remembered);
  g_test_add_func ("/ui-compare/levels-one-chart-a-region", test_levels_one_chart_a_region);
  g_test_add_func ("/ui-compare/export-page", test_export_page);

  status = g_test_run ();
  g_free (library_path);
  rd_test_remove_dir (home);
  return status;
}
