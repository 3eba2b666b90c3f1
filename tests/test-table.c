/* test-table.c: CSV and TSV (core), and the table view under Xvfb: numeric
 * sorting, filters, copying rows and exporting CSV that a CSV parser
 * (Python's csv module) reads back with the Chinese intact. */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-csv.h"
#include "rd-table-view.h"
#include "rd-test-util.h"

/* @path parsed by Python's csv module: rows of fields. */
static GPtrArray *
parse_csv_with_python (const char *path)
{
  const char *script =
    "import csv, sys\n"
    "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
    "    rows = list(csv.reader(f))\n"
    "sys.stdout.buffer.write('\\x1e'.join('\\x1f'.join(r) for r in rows).encode('utf-8'))\n";
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { python, "-c", script, path, NULL };
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int status = 0;

  g_assert_nonnull (python);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 failed: %s", err);

  lines = g_strsplit (out, "\x1e", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "\x1f", -1));
  return rows;
}

static void
test_csv_quoting (void)
{
  const char *fields[] = { "plain", "a,b", "say \"hi\"", "two\nlines", "地区生产总值", "", NULL };
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GString) tsv = g_string_new (NULL);

  rd_csv_append_row (csv, fields, 6);
  g_assert_cmpstr (csv->str, ==, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",地区生产总值,\r\n");

  rd_tsv_append_row (tsv, (const char *[]) { "a\tb", "c\nd", "增长9%" }, 3);
  g_assert_cmpstr (tsv->str, ==, "a b\tc d\t增长9%\n");
}

static void
test_csv_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "指标.csv", NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *heading[] = { "领域", "指标", "数值", NULL };
  const char *row1[] = { "生态环境", "空气质量优良天数", "290", NULL };
  const char *row2[] = { "对外贸易", "外贸进出口总额,含\"引号\"\n及换行", "14.5", NULL };
  gsize length;

  g_ptr_array_add (rows, heading);
  g_ptr_array_add (rows, row1);
  g_ptr_array_add (rows, row2);
  g_assert_true (rd_csv_write (path, rows, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (contents, length, NULL));

  parsed = parse_csv_with_python (path);
  g_assert_cmpuint (parsed->len, ==, 3);
  for (guint r = 0; r < 3; r++)
    {
      char **fields = g_ptr_array_index (parsed, r);
      const char **expected = g_ptr_array_index (rows, r);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      for (guint f = 0; f < 3; f++)
        g_assert_cmpstr (fields[f], ==, expected[f]);
    }

  /* Written by a rename: no temporary file is left behind. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    g_assert_cmpstr (g_dir_read_name (d), ==, "指标.csv");
    g_assert_null (g_dir_read_name (d));
  }
  rd_test_remove_dir (dir);
}

static void
wait_until_idle (RdTableView *view)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!rd_table_view_is_busy (view))
        return;
      g_usleep (1000);
    }
  g_assert_false (rd_table_view_is_busy (view));
}

static RdTableView *
table_in_window (RdDataset  *dataset,
                 GtkWindow **window)
{
  GtkWidget *view = rd_table_view_new ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 1000, 700);
  gtk_window_set_child (*window, view);
  gtk_window_present (*window);
  rd_table_view_set_dataset (RD_TABLE_VIEW (view), dataset);
  wait_until_idle (RD_TABLE_VIEW (view));
  return RD_TABLE_VIEW (view);
}

static int
position_of (GListModel *rows,
             const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (rows, i);

      if (g_str_equal (rd_indicator_get_key (indicator), key))
        return i;
    }
  return -1;
}

static void
test_sort_numeric (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GtkWindow *window;
  RdTableView *view = table_in_window (dataset, &window);
  GListModel *rows = rd_table_view_get_model (view);
  guint n = g_list_model_get_n_items (rows);
  int nine, eighty, one_three_six;

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (rd_dataset_get_indicators (dataset)));

  rd_table_view_sort_by (view, RD_FIGURE_COLUMN_VALUE, GTK_SORT_ASCENDING);
  wait_until_idle (view);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(RdIndicator) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(RdIndicator) b = g_list_model_get_item (rows, i);

      g_assert_cmpfloat (rd_indicator_get_value (a), <=, rd_indicator_get_value (b));
    }
  /* As text, "136" < "80.2" < "9"; as numbers 9 < 80.2 < 136. */
  nine = position_of (rows, "gdp-growth-2018");
  eighty = position_of (rows, "general-budget-revenue-2018");
  one_three_six = position_of (rows, "industrial-value-added-2018");
  g_assert_cmpint (nine, >=, 0);
  g_assert_cmpint (nine, <, eighty);
  g_assert_cmpint (eighty, <, one_three_six);

  rd_table_view_sort_by (view, RD_FIGURE_COLUMN_VALUE, GTK_SORT_DESCENDING);
  wait_until_idle (view);
  {
    g_autoptr(RdIndicator) first = g_list_model_get_item (rows, 0);
    g_autoptr(RdIndicator) last = g_list_model_get_item (rows, n - 1);
    g_assert_cmpfloat (rd_indicator_get_value (first), >=, rd_indicator_get_value (last));
  }

  /* Every column sorts without complaint. */
  for (guint c = 0; c < RD_FIGURE_N_COLUMNS; c++)
    {
      rd_table_view_sort_by (view, c, GTK_SORT_ASCENDING);
      wait_until_idle (view);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
    }

  rd_table_view_sort_by (view, RD_FIGURE_COLUMN_YEAR, GTK_SORT_DESCENDING);
  wait_until_idle (view);
  {
    g_autoptr(RdIndicator) first = g_list_model_get_item (rows, 0);
    g_assert_cmpint (rd_indicator_get_year (first), ==, 2020);
  }

  gtk_window_destroy (window);
}

static void
test_filters (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GtkWindow *window;
  RdTableView *view = table_in_window (dataset, &window);
  GListModel *rows = rd_table_view_get_model (view);
  guint all = g_list_model_get_n_items (rows);
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  g_autoptr(RdMatchSet) air = rd_search_match_all (search, "空气");

  rd_table_view_set_sector_filter (view, "environment");
  wait_until_idle (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (rows, i);
      g_assert_cmpstr (rd_indicator_get_sector (indicator), ==, "environment");
    }

  rd_table_view_set_basis_filter (view, RD_BASIS_TARGET);
  rd_table_view_set_year_filter (view, 2019);
  wait_until_idle (view);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (rows, i);
      g_assert_cmpint (rd_indicator_get_basis (indicator), ==, RD_BASIS_TARGET);
      g_assert_cmpint (rd_indicator_get_year (indicator), ==, 2019);
    }
  g_assert_cmpint (position_of (rows, "good-air-rate-2019"), >=, 0);

  rd_table_view_set_sector_filter (view, NULL);
  rd_table_view_set_basis_filter (view, -1);
  rd_table_view_set_year_filter (view, 0);
  wait_until_idle (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, all);

  rd_table_view_set_filter_text (view, "空气");
  wait_until_idle (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, rd_match_set_get_size (air));
  g_assert_cmpint (position_of (rows, "good-air-days-2018"), >=, 0);
  g_assert_cmpint (position_of (rows, "gdp-growth-2018"), <, 0);

  rd_table_view_set_filter_text (view, "");
  wait_until_idle (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, all);

  gtk_window_destroy (window);
}

static void
on_text_read (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
on_selected (RdTableView  *view,
             RdIndicator  *indicator,
             RdIndicator **out)
{
  g_set_object (out, indicator);
}

static void
test_copy_rows (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GtkWindow *window;
  RdTableView *view = table_in_window (dataset, &window);
  g_autoptr(RdIndicator) selected = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *pasted = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;

  g_signal_connect (view, "figure-selected", G_CALLBACK (on_selected), &selected);
  g_assert_null (rd_table_view_copy_selection (view));

  rd_table_view_set_filter_text (view, "优良天数");
  wait_until_idle (view);
  g_assert_true (rd_table_view_select_indicator (view, rd_dataset_find_indicator (dataset, "good-air-days-2018")));
  g_assert_nonnull (selected);
  g_assert_cmpstr (rd_indicator_get_key (selected), ==, "good-air-days-2018");
  gtk_selection_model_select_all (rd_table_view_get_selection (view));

  copied = rd_table_view_copy_selection (view);
  g_assert_nonnull (copied);
  lines = g_strsplit (copied, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==,
                    g_list_model_get_n_items (rd_table_view_get_model (view)) + 1);
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, RD_FIGURE_N_COLUMNS);
  {
    RdIndicator *days = rd_dataset_find_indicator (dataset, "good-air-days-2018");
    g_autofree char *row = g_strconcat (rd_indicator_get_name (days), "\t290\t", NULL);
    g_assert_nonnull (strstr (copied, row));
  }

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL, on_text_read, &pasted);
  while (pasted == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (pasted, ==, copied);

  gtk_window_destroy (window);
}

static void
test_export_csv (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "figures.csv", NULL);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  RdTableView *view = table_in_window (dataset, &window);
  GListModel *rows = rd_table_view_get_model (view);

  rd_table_view_set_sector_filter (view, "environment");
  rd_table_view_sort_by (view, RD_FIGURE_COLUMN_VALUE, GTK_SORT_DESCENDING);
  wait_until_idle (view);

  g_assert_true (rd_table_view_export_csv (view, path, &error));
  g_assert_no_error (error);

  parsed = parse_csv_with_python (path);
  g_assert_cmpuint (parsed->len, ==, g_list_model_get_n_items (rows) + 1);
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (parsed, 0)), ==, RD_FIGURE_N_COLUMNS + 1);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (rows, i);
      char **fields = g_ptr_array_index (parsed, i + 1);

      g_assert_cmpstr (fields[RD_FIGURE_COLUMN_NAME], ==, rd_indicator_get_name (indicator));
      g_assert_cmpfloat (g_ascii_strtod (fields[RD_FIGURE_COLUMN_VALUE], NULL), ==,
                         rd_indicator_get_value (indicator));
      g_assert_cmpstr (fields[RD_FIGURE_N_COLUMNS], ==, rd_indicator_get_key (indicator));
    }
  g_assert_cmpint (position_of (rows, "good-air-days-2018"), >=, 0);
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
    g_assert_nonnull (strstr (contents, "good-air-days-2018"));
  }

  gtk_window_destroy (window);
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table/csv/quoting", test_csv_quoting);
  g_test_add_func ("/table/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/table/view/sort-numeric", test_sort_numeric);
  g_test_add_func ("/table/view/filters", test_filters);
  g_test_add_func ("/table/view/copy-rows", test_copy_rows);
  g_test_add_func ("/table/view/export-csv", test_export_csv);

  return g_test_run ();
}
