/* test-ui-library.c: the library's reports in the window under Xvfb: the
 * switcher, Import Report… (through the function the action calls), Cancel,
 * a failing file, the last report remembered, a report imported by another
 * program, and removal with Undo. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "rd-application.h"
#include "rd-import.h"
#include "rd-library.h"
#include "rd-figure-table.h"
#include "rd-search-view.h"
#include "rd-table-view.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-window.h"

static char *
corpus (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "reports", name, NULL);
}

/* The window writes in threads: wait for it as a reader does. */
static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static gint64
n_reports (const char *path)
{
  return query_int (path, "SELECT count(*) FROM report");
}

static gboolean
window_idle (gpointer window)
{
  return !rd_window_is_importing (window) && !rd_window_is_busy (window);
}

static void
wait_idle (RdWindow *window)
{
  g_assert_true (rd_test_wait_for (window_idle, window));
  /* The switcher's list comes last: the report shown lists again. */
  g_assert_true (rd_test_wait_for (window_idle, window));
}

static gint64
shown_report (RdWindow *window)
{
  return rd_dataset_get_report_id (rd_window_get_dataset (window));
}

static RdWindow *
open_library_window (GSettings  *settings,
                     const char *path)
{
  RdWindow *window = rd_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, path));
  wait_idle (window);
  return window;
}

static const char *
expect (const char *en,
        const char *zh)
{
  return rd_test_expect_chinese () ? zh : en;
}

/* Import Report… of a corpus report: progress while it runs, then the
 * switcher lists it, the window shows its dashboard and its figures with
 * their sentences, and says what was imported; the same file again is
 * already there. */
static void
test_import_shows_report (void)
{
  g_autofree char *path = rd_test_new_library ();
  g_autofree char *file = corpus ("hunan-2019.txt");
  RdWindow *window = open_library_window (NULL, path);
  RdReportSwitcher *switcher = rd_window_get_report_switcher (window);
  g_autoptr(GPtrArray) views = NULL;
  g_autofree char *label = NULL;
  RdDataset *dataset;
  RdIndicator *figure;
  RdExcerptPanel *panel;
  gint64 id;

  /* One report: nothing to switch to. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (switcher)) && gtk_widget_get_visible (GTK_WIDGET (switcher)));

  rd_window_import_file (window, file);
  g_assert_true (rd_window_is_importing (window));
  g_assert_nonnull (strstr (rd_window_get_import_text (window), "hunan-2019.txt"));
  g_assert_nonnull (strstr (rd_window_get_import_text (window), expect ("Importing", "正在导入")));
  wait_idle (window);

  g_assert_cmpint (n_reports (path), ==, 2);
  dataset = rd_window_get_dataset (window);
  id = shown_report (window);
  g_assert_cmpint (id, >, 1);
  g_assert_cmpstr (rd_dataset_get_region (dataset), ==, "湖南省");
  g_assert_cmpint (rd_dataset_get_year (dataset), ==, 2019);
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
  g_assert_nonnull (strstr (rd_window_get_notification (window), rd_dataset_get_title_zh (dataset)));
  g_assert_nonnull (strstr (rd_window_get_notification (window), expect ("Imported: ", "已导入：")));

  /* The switcher lists it, by region, and follows the report shown. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_cmpuint (rd_report_switcher_get_n_reports (switcher), ==, 2);
  g_assert_cmpint (rd_report_switcher_get_report_id (switcher), ==, id);
  label = rd_report_switcher_dup_label (switcher, id);
  g_assert_cmpstr (label, ==, "2019 湖南省");

  /* Its dashboard: sector pages with charts of its figures. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (rd_window_get_sector_list (window), 0));
  views = rd_window_get_chart_views (window);
  g_assert_cmpuint (views->len, >, 0);
  figure = rd_chart_spec_get_figure (rd_chart_view_get_spec (views->pdata[0]), 0);
  g_assert_true (g_str_has_prefix (rd_indicator_get_key (figure), "import-"));
  g_assert_nonnull (rd_window_show_indicator (window, figure));
  panel = rd_window_get_excerpt_panel (window);
  g_assert_true (rd_excerpt_panel_get_indicator (panel) == figure);
  g_assert_nonnull (strstr (rd_excerpt_panel_get_excerpt_text (panel), rd_indicator_get_excerpt (figure)));

  /* The same text again: nothing stored, the report is shown. */
  g_assert_true (rd_window_show_report (window, 1));
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, 1);
  rd_window_import_file (window, file);
  wait_idle (window);
  g_assert_cmpint (n_reports (path), ==, 2);
  g_assert_cmpint (shown_report (window), ==, id);
  g_assert_nonnull (strstr (rd_window_get_notification (window), expect ("already in the library", "已在库中")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cancel as the import starts: the library is as it was. */
static void
test_cancel_import (void)
{
  g_autofree char *path = rd_test_new_library ();
  g_autofree char *file = corpus ("zhuzhou-2025.txt");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RdWindow *window = open_library_window (NULL, path);
  sqlite3 *blocker = NULL;

  before = rd_test_checksum (path);
  /* Another program holds the library until Cancel is pressed, so the
   * import cannot have stored the report before it, however fast it is
   * and however slow this test is scheduled. */
  g_assert_cmpint (sqlite3_open (path, &blocker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (blocker, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  rd_window_import_file (window, file);
  rd_window_cancel_import (window);
  g_assert_cmpint (sqlite3_exec (blocker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (blocker);
  wait_idle (window);
  after = rd_test_checksum (path);

  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (n_reports (path), ==, 1);
  g_assert_cmpint (shown_report (window), ==, 1);
  g_assert_nonnull (strstr (rd_window_get_notification (window), expect ("cancelled", "已取消")));
  g_assert_null (rd_window_get_import_text (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A text that is no work report: the importer's sentence, nothing stored. */
static void
test_import_failure (void)
{
  g_autofree char *path = rd_test_new_library ();
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-library-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "菜谱.txt", NULL);
  RdWindow *window = open_library_window (NULL, path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RdReportDraft) draft = NULL;

  g_assert_true (g_file_set_contents (file, "红烧肉的做法\n\n五花肉500克，冰糖30克，炖煮60分钟。\n", -1, NULL));
  draft = rd_import_file (file, NULL, NULL, &error);
  g_assert_null (draft);
  g_assert_nonnull (error);

  rd_window_import_file (window, file);
  wait_idle (window);
  g_assert_cmpint (n_reports (path), ==, 1);
  g_assert_cmpint (shown_report (window), ==, 1);
  g_assert_nonnull (strstr (rd_window_get_notification (window), error->message));
  g_assert_nonnull (strstr (rd_window_get_notification (window), "菜谱.txt"));

  gtk_window_destroy (GTK_WINDOW (window));
  rd_test_remove_dir (dir);
}

/* The report chosen in the switcher is the one a new window opens; once
 * removed, the first one. */
static void
test_last_report_remembered (void)
{
  g_autofree char *path = rd_test_new_library ();
  gint64 hunan = rd_test_add_corpus_report (path, "hunan-2019.txt");
  gint64 zhuzhou = rd_test_add_corpus_report (path, "zhuzhou-2025.txt");
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = open_library_window (settings, path);
  RdReportSwitcher *switcher = rd_window_get_report_switcher (window);
  guint index = G_MAXUINT;

  g_assert_cmpint (shown_report (window), ==, 1);
  g_assert_cmpuint (rd_report_switcher_get_n_reports (switcher), ==, 3);
  for (guint i = 0; i < 3; i++)
    if (rd_report_switcher_get_report_at (switcher, i) == zhuzhou)
      index = i;
  g_assert_cmpuint (index, <, 3);
  /* Chosen as a click on its row does. */
  rd_report_switcher_activate_row (switcher, index);
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, zhuzhou);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-report"), ==, zhuzhou);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_library_window (settings, path);
  g_assert_cmpint (shown_report (window), ==, zhuzhou);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Gone: the first report. */
  {
    g_autoptr(RdLibrary) library = rd_library_open_full (path, NULL, 1000, NULL);
    g_assert_true (rd_library_remove_report (library, zhuzhou, NULL));
  }
  window = open_library_window (settings, path);
  g_assert_cmpint (shown_report (window), ==, 1);
  g_assert_cmpint (n_reports (path), ==, 2);
  (void) hunan;
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-report");
}

static gboolean
figure_chosen (gpointer window)
{
  return rd_window_state_get_selected_figure (rd_window_get_state (window)) != NULL;
}

/* The result of @results from report @report_id named @name, or -1. */
static int
find_result (GListModel *results,
             gint64      report_id,
             const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RdSearchResult) result = g_list_model_get_item (results, i);

      if (rd_search_result_get_report_id (result) == report_id &&
          g_str_equal (rd_indicator_get_name_zh (rd_search_result_get_indicator (result)), name))
        return (int) i;
    }
  return -1;
}

/* Issue 16: search finds the figures of the library's other reports too,
 * after the shown report's, each naming its report; choosing one shows
 * that report with the figure chosen. */
static void
test_search_other_reports (void)
{
  g_autofree char *path = rd_test_new_library ();
  gint64 hunan = rd_test_add_corpus_report (path, "hunan-2019.txt");
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = open_library_window (settings, path);
  RdSearchView *view = RD_SEARCH_VIEW (rd_window_get_search_view (window));
  GtkWidget *entry = rd_search_view_get_entry (view);
  GListModel *results = rd_search_view_get_results (view);
  RdIndicator *chosen;
  int grain, own, other;

  g_assert_cmpint (shown_report (window), ==, 1);

  /* Three or more characters (the full-text index): only 湖南省 has it. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "粮食总产量");
  rd_search_view_update (view);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  grain = find_result (results, hunan, "粮食总产量");
  g_assert_cmpint (grain, ==, 0);
  {
    g_autoptr(RdSearchResult) result = g_list_model_get_item (results, grain);
    g_autofree char *details = rd_search_view_details_markup (result);

    g_assert_cmpstr (rd_search_result_get_report_label (result), ==, expect ("湖南省 2019", "湖南省2019年"));
    g_assert_nonnull (strstr (details, expect ("In 湖南省 2019", "见湖南省2019年报告")));
    g_assert_nonnull (strstr (details, "2018"));
  }

  /* Two characters (a scan): the shown report's figure first, then the
   * other report's, named. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "失业");
  rd_search_view_update (view);
  own = find_result (results, 0, "城镇失业登记率");
  other = find_result (results, hunan, "城镇调查失业率");
  g_assert_cmpint (own, >=, 0);
  g_assert_cmpint (other, >, own);

  /* Chosen: the window shows 湖南省 2019 with that figure. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "粮食总产量");
  rd_search_view_update (view);
  g_assert_true (rd_search_view_activate (view));
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, hunan);
  g_assert_true (rd_test_wait_for (figure_chosen, window));
  chosen = rd_window_state_get_selected_figure (rd_window_get_state (window));
  g_assert_cmpstr (rd_indicator_get_name_zh (chosen), ==, "粮食总产量");
  g_assert_cmpfloat (rd_indicator_get_value (chosen), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-report");
}

static gboolean
table_idle (gpointer view)
{
  return !rd_table_view_is_busy (view);
}

/* The position of the first row of @rows named @name, or -1. */
static int
find_row (GListModel *rows,
          const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RdIndicator) row = g_list_model_get_item (rows, i);

      if (g_str_equal (rd_indicator_get_name_zh (row), name))
        return (int) i;
    }
  return -1;
}

/* Issue 16: the table of a library lists every report, with a report
 * column and filter; it starts on the report shown, and a row of another
 * report opens that report at the figure. */
static void
test_table_across_reports (void)
{
  g_autofree char *path = rd_test_new_library ();
  gint64 hunan = rd_test_add_corpus_report (path, "hunan-2019.txt");
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = open_library_window (settings, path);
  RdTableView *table;
  RdDataset *listed;
  GListModel *rows;
  gint64 n_builtin = query_int (path, "SELECT count(*) FROM indicator WHERE report_id = 1");
  gint64 n_hunan = query_int (path, "SELECT count(*) FROM indicator WHERE report_id = 2");
  g_autofree char *cell = NULL;
  int grain;

  g_assert_cmpint (hunan, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table"));
  wait_idle (window);
  table = RD_TABLE_VIEW (rd_window_get_table_view (window));
  g_assert_true (rd_test_wait_for (table_idle, table));
  listed = rd_table_view_get_dataset (table);
  g_assert_cmpuint (rd_dataset_get_n_reports (listed), ==, 2);
  rows = rd_table_view_get_model (table);

  /* The report shown, chosen in the filter. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_builtin);
  rd_table_view_set_report_filter (table, 0);
  g_assert_true (rd_test_wait_for (table_idle, table));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_builtin + n_hunan);

  /* The report choice names reports in full in its list only: the window
   * still fits 800 pixels. */
  {
    int min_width = 0;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
    g_assert_cmpint (min_width, <=, 800);
  }

  /* The report column names 湖南省's figures. */
  grain = find_row (rows, "粮食总产量");
  g_assert_cmpint (grain, >=, 0);
  {
    g_autoptr(RdIndicator) row = g_list_model_get_item (rows, grain);

    cell = rd_figure_cell (listed, row, RD_FIGURE_COLUMN_REPORT, TRUE);
    g_assert_cmpstr (cell, ==, expect ("湖南省 2019", "湖南省2019年"));
  }

  /* Enter on it: the window shows 湖南省 2019 with that figure. */
  {
    g_autoptr(GPtrArray) views = g_ptr_array_new ();

    rd_test_collect (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW, views);
    g_assert_cmpuint (views->len, ==, 1);
    g_signal_emit_by_name (g_ptr_array_index (views, 0), "activate", (guint) grain);
  }
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, hunan);
  g_assert_true (rd_test_wait_for (figure_chosen, window));
  g_assert_cmpstr (rd_indicator_get_name_zh (rd_window_state_get_selected_figure (rd_window_get_state (window))),
                   ==, "粮食总产量");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-report");
}

static gboolean
switcher_has_three (gpointer switcher)
{
  return rd_report_switcher_get_n_reports (switcher) == 3;
}

/* A report added by another connection (the command line) comes into the
 * switcher without opening the window again; the report shown stays. */
static void
test_report_added_elsewhere (void)
{
  g_autofree char *path = rd_test_new_library ();
  gint64 hunan = rd_test_add_corpus_report (path, "hunan-2019.txt");
  RdWindow *window = open_library_window (NULL, path);
  RdReportSwitcher *switcher = rd_window_get_report_switcher (window);
  g_autoptr(RdReportDraft) draft = rd_test_make_draft ("株洲市", 2024, 12, "elsewhere");
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (rd_window_show_report (window, hunan));
  wait_idle (window);
  g_assert_cmpuint (rd_report_switcher_get_n_reports (switcher), ==, 2);

  library = rd_library_open_full (path, NULL, 1000, &error);
  g_assert_no_error (error);
  id = rd_library_add_draft (library, draft, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&library, rd_library_close);

  g_assert_true (rd_test_wait_for (switcher_has_three, switcher));
  {
    g_autofree char *label = rd_report_switcher_dup_label (switcher, id);
    g_assert_cmpstr (label, ==, "2024 株洲市");
  }
  g_assert_cmpint (shown_report (window), ==, hunan);
  g_assert_cmpint (rd_report_switcher_get_report_id (switcher), ==, hunan);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Remove then Undo: the report leaves the list at once and comes back,
 * and the library never lost it. The built-in report may go too. */
static void
test_remove_undo (void)
{
  g_autofree char *path = rd_test_new_library ();
  gint64 hunan = rd_test_add_corpus_report (path, "hunan-2019.txt");
  RdWindow *window = open_library_window (NULL, path);
  RdReportSwitcher *switcher = rd_window_get_report_switcher (window);

  g_assert_true (rd_window_show_report (window, hunan));
  wait_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-report", NULL));
  g_assert_cmpuint (rd_report_switcher_get_n_reports (switcher), ==, 1);
  g_assert_nonnull (strstr (rd_window_get_notification (window), expect ("Removed report", "已移除报告")));
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, 1);
  /* The last one left is not removed, nor can be. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_false (rd_window_remove_report (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-remove", NULL));
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, hunan);
  g_assert_cmpuint (rd_report_switcher_get_n_reports (switcher), ==, 2);
  g_assert_null (rd_window_get_notification (window));
  g_assert_cmpint (n_reports (path), ==, 2);

  /* The built-in report, undone as well. */
  g_assert_true (rd_window_show_report (window, 1));
  wait_idle (window);
  g_assert_true (rd_window_remove_report (window));
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, hunan);
  rd_window_undo_remove (window);
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, 1);
  g_assert_cmpint (n_reports (path), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (n_reports (path), ==, 2);
}

static gboolean
library_has_one (gpointer path)
{
  return n_reports (path) == 1;
}

/* Remove and let Undo pass: the library loses the report. */
static void
test_remove_timeout (void)
{
  g_autofree char *path = rd_test_new_library ();
  gint64 hunan = rd_test_add_corpus_report (path, "hunan-2019.txt");
  RdWindow *window = open_library_window (NULL, path);
  RdReportSwitcher *switcher = rd_window_get_report_switcher (window);

  rd_window_set_undo_timeout (window, 200);
  g_assert_true (rd_window_show_report (window, 1));
  wait_idle (window);
  g_assert_true (rd_window_remove_report (window));
  g_assert_true (rd_test_wait_for (library_has_one, path));
  wait_idle (window);
  g_assert_cmpint (shown_report (window), ==, hunan);
  g_assert_cmpint (query_int (path, "SELECT min(id) FROM report"), ==, hunan);
  g_assert_cmpuint (rd_report_switcher_get_n_reports (switcher), ==, 1);
  g_assert_null (rd_window_get_notification (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Open Built-in Dataset opens in a thread: the window goes on showing
 * the library, busy, until the dataset is read (issue 19, point 1). */
static void
test_open_in_thread (void)
{
  g_autofree char *path = rd_test_new_library ();
  RdWindow *window = open_library_window (NULL, path);

  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (window)), ==, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  g_assert_true (rd_window_is_busy (window));
  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (window)), ==, path);
  wait_idle (window);
  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (window)), ==, rd_test_builtin_dataset ());
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cancel while a file opens: the window goes on showing the library, no
 * error, no notification left. */
static void
test_cancel_open (void)
{
  g_autofree char *path = rd_test_new_library ();
  RdWindow *window = open_library_window (NULL, path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  g_assert_true (rd_window_is_busy (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-open", NULL));
  wait_idle (window);
  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (window)), ==, path);
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
  g_assert_null (rd_window_get_notification (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dataset file (version 1) has no reports to switch to. */
static void
test_dataset_file_has_no_switcher (void)
{
  RdWindow *window = rd_test_open_window (NULL);

  wait_idle (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (rd_window_get_report_switcher (window))));
  g_assert_false (rd_window_remove_report (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rd-ui-library-home-XXXXXX", NULL);
  int status;

  /* This test's own user library, whatever else runs. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  rd_test_window_init (&argc, &argv);

  g_test_add_func ("/ui-library/import-shows-report", test_import_shows_report);
  g_test_add_func ("/ui-library/cancel-import", test_cancel_import);
  g_test_add_func ("/ui-library/import-failure", test_import_failure);
  g_test_add_func ("/ui-library/last-report-remembered", test_last_report_remembered);
  g_test_add_func ("/ui-library/report-added-elsewhere", test_report_added_elsewhere);
  g_test_add_func ("/ui-library/search-other-reports", test_search_other_reports);
  g_test_add_func ("/ui-library/table-across-reports", test_table_across_reports);
  g_test_add_func ("/ui-library/remove-undo", test_remove_undo);
  g_test_add_func ("/ui-library/remove-timeout", test_remove_timeout);
  g_test_add_func ("/ui-library/dataset-file-has-no-switcher", test_dataset_file_has_no_switcher);
  g_test_add_func ("/ui-library/open-in-thread", test_open_in_thread);
  g_test_add_func ("/ui-library/cancel-open", test_cancel_open);

  status = g_test_run ();
  rd_test_remove_dir (home);
  return status;
}
