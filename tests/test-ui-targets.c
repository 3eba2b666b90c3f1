/* test-ui-targets.c: the Targets page of the Trends view under Xvfb, with
 * a library of Hunan's reports of 2006, 2007 and 2018 to 2020: each GDP
 * growth target with its result (8%左右 met by 7.8%, 7.5%—8% by 7.6%,
 * 2020 without a result yet), sorting by status, both sentences of a row,
 * the CSV export, and prices' targets as ceilings. */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "rd-catalog.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-trend-view.h"

#define HUNAN "湖南省"

static char *library_path;

/* A Trends view of the library, in a window, showing its Targets page
 * for Hunan's GDP growth. */
static RdTargetsView *
open_targets_of (const char  *key,
                 gboolean     ceilings,
                 GtkWindow  **window)
{
  GPtrArray *entries = rd_catalog_get_entries ();
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) lower = g_strv_builder_new ();
  g_auto(GStrv) key_list = NULL;
  g_auto(GStrv) lower_list = NULL;
  RdTrendView *view = RD_TREND_VIEW (rd_trend_view_new ());

  for (guint i = 0; i < entries->len; i++)
    {
      const RdCatalogEntry *entry = g_ptr_array_index (entries, i);

      g_strv_builder_add (keys, entry->key);
      if (entry->lower_is_better && ceilings)
        g_strv_builder_add (lower, entry->key);
    }
  key_list = g_strv_builder_end (keys);
  lower_list = g_strv_builder_end (lower);
  rd_trend_view_set_catalog (view, (const char * const *) key_list, (const char * const *) key_list);
  rd_trend_view_set_ceilings (view, (const char * const *) lower_list);
  rd_trend_view_set_library (view, library_path, HUNAN);
  rd_trend_view_set_region (view, HUNAN);
  rd_trend_view_set_indicator (view, key);
  g_assert_cmpstr (rd_trend_view_get_indicator (view), ==, key);
  rd_trend_view_set_page (view, "targets");

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 1000, 700);
  gtk_window_set_child (*window, GTK_WIDGET (view));
  gtk_window_present (*window);
  return rd_trend_view_get_targets_view (view);
}

static RdTargetsView *
open_targets (GtkWindow **window)
{
  return open_targets_of ("gdp_growth", TRUE, window);
}

static RdTargetRow *
row_at (RdTargetsView *view,
        guint          position)
{
  RdTargetRow *row = g_list_model_get_item (rd_targets_view_get_model (view), position);

  g_assert_nonnull (row);
  g_object_unref (row);  /* the model keeps it */
  return row;
}

static void
test_rows (void)
{
  GtkWindow *window;
  RdTargetsView *view = open_targets (&window);
  gboolean zh = rd_test_expect_chinese ();
  RdTargetRow *row;

  g_assert_cmpuint (g_list_model_get_n_items (rd_targets_view_get_model (view)), ==, 5);
  g_assert_cmpint (rd_target_row_get_year (row_at (view, 0)), ==, 2006);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 0)), ==, RD_TARGET_MET);
  g_assert_cmpint (rd_target_row_get_year (row_at (view, 1)), ==, 2007);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 1)), ==, RD_TARGET_NO_RESULT);

  row = row_at (view, 2);
  g_assert_cmpint (rd_target_row_get_year (row), ==, 2018);
  g_assert_cmpstr (rd_target_row_get_target_text (row), ==, zh ? "8%左右" : "about 8%");
  g_assert_cmpstr (rd_target_row_get_result_text (row), ==, "7.8%");
  g_assert_cmpint (rd_target_row_get_status (row), ==, RD_TARGET_MET);
  g_assert_cmpstr (rd_target_row_get_status_text (row), ==, zh ? "达成" : "Met");

  row = row_at (view, 3);
  g_assert_cmpint (rd_target_row_get_year (row), ==, 2019);
  g_assert_cmpstr (rd_target_row_get_target_text (row), ==, zh ? "7.5%—8%" : "7.5%–8%");
  g_assert_cmpstr (rd_target_row_get_result_text (row), ==, "7.6%");
  g_assert_cmpint (rd_target_row_get_status (row), ==, RD_TARGET_MET);

  row = row_at (view, 4);
  g_assert_cmpint (rd_target_row_get_year (row), ==, 2020);
  g_assert_cmpstr (rd_target_row_get_result_text (row), ==, "");
  g_assert_cmpint (rd_target_row_get_status (row), ==, RD_TARGET_NO_RESULT);
  g_assert_cmpstr (rd_target_row_get_status_text (row), ==, zh ? "暂无结果" : "No result yet");

  gtk_window_destroy (window);
}

/* By status: the targets without a result after those met, and first
 * when the order is turned; by year again as at first. */
static void
test_sort_by_status (void)
{
  GtkWindow *window;
  RdTargetsView *view = open_targets (&window);

  rd_targets_view_sort_by (view, "status", GTK_SORT_DESCENDING);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 0)), ==, RD_TARGET_NO_RESULT);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 1)), ==, RD_TARGET_NO_RESULT);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 2)), ==, RD_TARGET_MET);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 4)), ==, RD_TARGET_MET);
  rd_targets_view_sort_by (view, "status", GTK_SORT_ASCENDING);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 0)), ==, RD_TARGET_MET);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 2)), ==, RD_TARGET_MET);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 3)), ==, RD_TARGET_NO_RESULT);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 4)), ==, RD_TARGET_NO_RESULT);
  rd_targets_view_sort_by (view, "year", GTK_SORT_DESCENDING);
  g_assert_cmpint (rd_target_row_get_year (row_at (view, 0)), ==, 2020);

  gtk_window_destroy (window);
}

/* Activating the 2018 row shows the sentence that sets 8%左右 and the one
 * of the 2019 report that states 7.8%. */
static void
test_row_sentences (void)
{
  GtkWindow *window;
  RdTargetsView *view = open_targets (&window);
  const char *sentences;
  const char *result;

  g_assert_null (rd_targets_view_get_sentences (view));
  rd_targets_view_show_row (view, 2);
  sentences = rd_targets_view_get_sentences (view);
  g_assert_nonnull (sentences);
  g_assert_nonnull (strstr (sentences, "2018"));
  g_assert_nonnull (strstr (sentences, "8%"));
  result = strstr (sentences, "\n");
  g_assert_nonnull (result);
  g_assert_nonnull (strstr (result, "2019"));
  g_assert_nonnull (strstr (result, "7.8%"));

  gtk_window_destroy (window);
}

/* "Export CSV…" writes the rows as shown, with a header, for Excel. */
static void
test_export_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-targets-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "targets.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  gboolean zh = rd_test_expect_chinese ();
  GtkWindow *window;
  RdTargetsView *view = open_targets (&window);

  g_assert_true (rd_targets_view_export_csv (view, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);  /* header, 5 rows, "" */
  g_assert_cmpstr (lines[0], ==, zh ? "年份,目标,实际完成,完成情况,提出报告,结果报告"
                                    : "Year,Target,Result,Status,Set in,Reported in");
  g_assert_cmpstr (lines[3], ==, zh ? "2018,8%左右,7.8%,达成,2018,2019" : "2018,about 8%,7.8%,Met,2018,2019");
  g_assert_true (g_str_has_prefix (lines[4], zh ? "2019,7.5%—8%,7.6%," : "2019,7.5%–8%,7.6%,"));
  g_assert_cmpstr (lines[5], ==, zh ? "2020,7.5%左右,,暂无结果,2020," : "2020,about 7.5%,,No result yet,2020,");

  gtk_window_destroy (window);
  rd_test_remove_dir (dir);
}

/* Prices' targets are ceilings: 3%左右 for 2006 is met by 1.4%, which
 * would miss it as a floor. */
static void
test_prices_are_ceilings (void)
{
  GtkWindow *window;
  RdTargetsView *view = open_targets_of ("cpi", TRUE, &window);

  g_assert_cmpint (rd_target_row_get_year (row_at (view, 0)), ==, 2006);
  g_assert_cmpstr (rd_target_row_get_result_text (row_at (view, 0)), ==, "1.4%");
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 0)), ==, RD_TARGET_MET);
  gtk_window_destroy (window);

  view = open_targets_of ("cpi", FALSE, &window);
  g_assert_cmpint (rd_target_row_get_status (row_at (view, 0)), ==, RD_TARGET_MISSED);
  gtk_window_destroy (window);
}

/* The chart of targets and results above the table: a target (and its
 * result, when known) a year; a mark activated chooses its row and shows
 * both sentences; the page's chart is what export draws. */
static void
test_chart (void)
{
  GtkWindow *window;
  RdTargetsView *view = open_targets (&window);
  RdChartWidget *chart = rd_targets_view_get_chart (view);
  const RdChartData *data;
  g_autoptr(GPtrArray) exported = NULL;
  int result = -1;

  g_assert_true (rd_test_wait_for (rd_test_widget_allocated, chart));
  data = rd_chart_widget_get_data (chart);
  g_assert_nonnull (data);
  g_assert_cmpstr (data->chart_type, ==, "targets");
  g_assert_cmpuint (data->items->len, >=, g_list_model_get_n_items (rd_targets_view_get_model (view)));
  for (guint i = 0; i < data->items->len && result < 0; i++)
    if (!g_array_index (data->items, RdChartItem, i).is_target)
      result = (int) i;
  g_assert_cmpint (result, >=, 0);

  rd_chart_widget_get_hits (chart);
  rd_chart_widget_activate_mark (chart, (guint) result);
  g_assert_nonnull (rd_targets_view_get_sentences (view));
  g_assert_nonnull (strstr (rd_targets_view_get_sentences (view), "\n"));

  exported = rd_trend_view_new_chart_data (RD_TREND_VIEW (gtk_window_get_child (window)));
  g_assert_nonnull (exported);
  g_assert_cmpuint (exported->len, ==, 1);
  g_assert_cmpstr (((RdChartData *) exported->pdata[0])->chart_type, ==, "targets");
  gtk_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rd-ui-targets-home-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  rd_test_window_init (&argc, &argv);

  library_path = rd_test_new_library ();
  rd_test_add_corpus_report (library_path, "hunan-2006.txt");
  rd_test_add_corpus_report (library_path, "hunan-2007.txt");
  rd_test_add_corpus_report (library_path, "hunan-2018.txt");
  rd_test_add_corpus_report (library_path, "hunan-2019.txt");
  rd_test_add_corpus_report (library_path, "hunan-2020.txt");

  g_test_add_func ("/ui-targets/rows", test_rows);
  g_test_add_func ("/ui-targets/sort-by-status", test_sort_by_status);
  g_test_add_func ("/ui-targets/row-sentences", test_row_sentences);
  g_test_add_func ("/ui-targets/export-csv", test_export_csv);
  g_test_add_func ("/ui-targets/chart", test_chart);
  g_test_add_func ("/ui-targets/prices-are-ceilings", test_prices_are_ceilings);

  status = g_test_run ();
  g_free (library_path);
  rd_test_remove_dir (home);
  return status;
}
