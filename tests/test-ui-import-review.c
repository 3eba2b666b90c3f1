/* test-ui-import-review.c: the acceptance test of importing and reviewing
 * in the window (issue 16) under Xvfb: a corpus report imported through the
 * function Import Report… calls, two figures corrected and one digit run
 * made a figure in the review, saved through the question on closing; a
 * window started again on the same library shows the report with its
 * corrections and the new figure on a chart of its dashboard. (Cancel
 * during an import: test-ui-library, cancel-import.) */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-library.h"
#include "rd-review-view.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-window.h"

static gboolean
window_idle (gpointer window)
{
  return !rd_window_is_importing (window) && !rd_window_is_busy (window);
}

static void
wait_idle (RdWindow *window)
{
  g_assert_true (rd_test_wait_for (window_idle, window));
  g_assert_true (rd_test_wait_for (window_idle, window));
}

static RdWindow *
start_window (GSettings  *settings,
              const char *path)
{
  RdWindow *window = rd_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, path));
  wait_idle (window);
  return window;
}

static void
set_text (RdReviewView *view,
          const char   *field,
          const char   *text)
{
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (view, field)), text);
}

static gint64
query (const char *path,
       gint64      report_id,
       const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM indicator WHERE report_id = %lld AND %s",
                                          (long long) report_id, where);

  return rd_test_query_int (path, sql);
}

/* The chart of @dataset's dashboard that shows the figure named @name, or NULL. */
static RdChartSpec *
chart_with (RdDataset  *dataset,
            const char *name)
{
  GListModel *sectors = rd_dataset_get_sectors (dataset);

  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, s);
      GListModel *charts = rd_sector_get_charts (sector);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(RdChartSpec) chart = g_list_model_get_item (charts, c);

          for (guint f = 0; f < rd_chart_spec_get_n_figures (chart); f++)
            if (g_strcmp0 (rd_indicator_get_name_zh (rd_chart_spec_get_figure (chart, f)), name) == 0)
              return chart;
        }
    }
  return NULL;
}

static void
test_import_review_restart (void)
{
  g_autofree char *path = rd_test_new_library ();
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "reports", "zhuzhou-2020.txt", NULL);
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  g_autofree char *printed = NULL;
  RdWindow *window = start_window (settings, path);
  RdReviewView *view;
  RdReviewItem *run;
  GtkDialog *question;
  gint64 id, first, second, n_figures;
  RdDataset *dataset;

  /* Import Report… */
  rd_window_import_file (window, file);
  g_assert_true (rd_window_is_importing (window));
  wait_idle (window);
  id = rd_dataset_get_report_id (rd_window_get_dataset (window));
  g_assert_cmpint (id, >, 1);
  n_figures = query (path, id, "1");
  g_assert_cmpint (n_figures, >, 10);

  /* Review: two figures corrected, one digit run made a figure. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-figures", NULL));
  view = rd_window_review_figures (window);
  g_assert_nonnull (view);
  rd_review_view_select (view, 0);
  first = rd_review_item_get_id (rd_test_review_item_at (view, 0));
  set_text (view, "name_zh", "更正的第一个数字");
  rd_review_view_select (view, 1);
  second = rd_review_item_get_id (rd_test_review_item_at (view, 1));
  set_text (view, "value", "77.5");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rd_review_view_get_field (view, "show")), 1);
  rd_review_view_select (view, 0);
  run = rd_test_review_item_at (view, 0);
  g_assert_true (rd_review_item_is_excluded (run));
  printed = g_strdup (rd_review_item_get_figure (run)->printed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "review.make-figure", NULL));
  set_text (view, "name_zh", "人工标记的数字");
  /* Nothing written before Save. */
  g_assert_cmpint (query (path, id, "found_by = 'corrected'"), ==, 0);

  /* Closing asks; Save. */
  gtk_window_close (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))));
  question = rd_test_find_question ();
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_ACCEPT);
  wait_idle (window);
  gtk_window_destroy (GTK_WINDOW (window));
  rd_test_run_for (50);

  /* The application started again on the same library. */
  window = start_window (settings, path);
  dataset = rd_window_get_dataset (window);
  g_assert_cmpint (rd_dataset_get_report_id (dataset), ==, id);
  g_assert_cmpint (rd_test_query_int (path, "SELECT count(*) FROM report"), ==, 2);
  g_assert_cmpint (query (path, id, "1"), ==, n_figures + 1);
  {
    g_autofree char *one = g_strdup_printf ("id = %lld AND found_by = 'corrected' AND name_zh = '更正的第一个数字'",
                                            (long long) first);
    g_autofree char *two = g_strdup_printf ("id = %lld AND found_by = 'corrected' AND value = 77.5",
                                            (long long) second);
    g_autofree char *added = g_strdup_printf ("found_by = 'corrected' AND name_zh = '人工标记的数字' AND printed = '%s'",
                                              printed);

    g_assert_cmpint (query (path, id, one), ==, 1);
    g_assert_cmpint (query (path, id, two), ==, 1);
    g_assert_cmpint (query (path, id, added), ==, 1);
  }
  /* Its dashboard: the new figure is on a chart, and so is every other. */
  g_assert_nonnull (chart_with (dataset, "人工标记的数字"));
  g_assert_nonnull (chart_with (dataset, "更正的第一个数字"));
  g_assert_cmpint (query (path, id, "id NOT IN (SELECT indicator_id FROM chart_figure)"), ==, 0);
  g_assert_cmpuint (rd_report_switcher_get_n_reports (rd_window_get_report_switcher (window)), ==, 2);
  rd_test_assert_library_whole (path);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-report");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rd-ui-import-review-home-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  rd_test_window_init (&argc, &argv);
  g_test_add_func ("/ui-import-review/import-review-restart", test_import_review_restart);
  status = g_test_run ();
  rd_test_remove_dir (home);
  return status;
}
