/* test-dataset.c: opening and checking datasets, and the model (core, no display) */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-format.h"

static const char *
builtin_path (void)
{
  const char *path = g_getenv ("REPORTDASH_DATASET");

  g_assert_nonnull (path);
  return path;
}

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static char *
temp_copy (const char *dir,
           const char *name)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_get_contents (builtin_path (), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
exec_sql (const char *path, const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opens @path, expects @code, and checks that the file did not change. */
static void
expect_error (const char *path,
              int         code,
              const char *message_part)
{
  g_autofree char *before = g_file_test (path, G_FILE_TEST_IS_REGULAR) ? checksum_of (path) : NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = rd_dataset_open_full (path, 100, &error);

  g_assert_null (dataset);
  g_assert_error (error, RD_DATASET_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_nonnull (rd_dataset_error_hint (error));

  if (before != NULL)
    {
      after = checksum_of (path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_open_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = checksum_of (builtin_path ());
  g_autofree char *after = NULL;
  g_autoptr(RdDataset) dataset = rd_dataset_open (builtin_path (), &error);
  GListModel *sectors;
  guint n_bar_sectors = 0;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpint (rd_dataset_get_year (dataset), ==, 2019);
  g_assert_nonnull (strstr (rd_dataset_get_title_zh (dataset), "天元区"));
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_indicators (dataset)), >=, 30);

  sectors = rd_dataset_get_sectors (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (sectors), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      GListModel *charts = rd_sector_get_charts (sector);
      g_autoptr(RdChartSpec) first = g_list_model_get_item (charts, 0);

      g_assert_nonnull (first);
      if (i > 0)
        {
          g_autoptr(RdSector) previous = g_list_model_get_item (sectors, i - 1);
          g_assert_cmpint (rd_sector_get_position (previous), <, rd_sector_get_position (sector));
        }
      if (g_str_equal (rd_chart_spec_get_chart_type (first), "bar") &&
          rd_chart_spec_get_n_figures (first) >= 2)
        n_bar_sectors++;
    }
  g_assert_cmpuint (n_bar_sectors, >=, 3);

  after = checksum_of (builtin_path ());
  g_assert_cmpstr (before, ==, after);
}

static void
test_model_indicator (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (builtin_path (), NULL);
  RdIndicator *indicator = rd_dataset_find_indicator (dataset, "industrial-value-added-2018");
  gsize start, end;
  g_autofree char *value = NULL;
  g_autofree char *describe = NULL;
  const char *excerpt;

  g_assert_nonnull (indicator);
  g_assert_cmpfloat (rd_indicator_get_value (indicator), ==, 136);
  g_assert_cmpstr (rd_indicator_get_unit (indicator), ==, "亿元");
  g_assert_cmpstr (rd_indicator_get_unit_en (indicator), ==, "100 million yuan");
  g_assert_cmpint (rd_indicator_get_year (indicator), ==, 2018);
  g_assert_cmpint (rd_indicator_get_basis (indicator), ==, RD_BASIS_ACTUAL);
  g_assert_cmpstr (rd_indicator_get_printed (indicator), ==, "136亿元");

  excerpt = rd_indicator_get_excerpt (indicator);
  rd_indicator_get_highlight (indicator, &start, &end);
  g_assert_nonnull (strstr (excerpt, "全年实现规模工业增加值136亿元"));
  g_assert_cmpint (strncmp (excerpt + start, "136亿元", end - start), ==, 0);
  g_assert_cmpuint (end - start, ==, strlen ("136亿元"));

  rd_format_force_language ("zh");
  value = rd_indicator_format_value (indicator);
  describe = rd_indicator_describe (indicator);
  g_assert_cmpstr (value, ==, "136亿元");
  g_assert_cmpstr (describe, ==, "2018年规模工业增加值136亿元（实际）");
  g_assert_cmpstr (rd_indicator_get_name (indicator), ==, "规模工业增加值");
  rd_format_force_language ("en");
  g_assert_cmpstr (rd_indicator_get_name (indicator), ==,
                   "Value added of industrial enterprises above designated size");
  rd_format_force_language (NULL);
}

static void
test_model_qualifier (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (builtin_path (), NULL);
  RdIndicator *tax = rd_dataset_find_indicator (dataset, "tax-revenue-2018");
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;

  g_assert_nonnull (tax);
  g_assert_cmpstr (rd_indicator_get_qualifier (tax), ==, "突破");
  rd_format_force_language ("zh");
  zh = rd_indicator_format_value (tax);
  rd_format_force_language ("en");
  en = rd_indicator_format_value (tax);
  rd_format_force_language (NULL);
  /* The hedge is never dropped. */
  g_assert_cmpstr (zh, ==, "突破70亿元");
  g_assert_cmpstr (en, ==, "over 70 (100 million yuan)");
}

static void
test_model_clean_text (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (builtin_path (), NULL);
  GListModel *indicators = rd_dataset_get_indicators (dataset);
  const char *body = rd_dataset_get_body (dataset);

  g_assert_null (strchr (body, '*'));
  g_assert_null (strstr (body, "侯卫东官场笔记"));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *excerpt = rd_indicator_get_excerpt (indicator);

      g_assert_null (strchr (excerpt, '*'));
      g_assert_null (strchr (excerpt, '?'));
      g_assert_nonnull (strstr (body, excerpt));
      g_assert_nonnull (strstr (excerpt, rd_indicator_get_printed (indicator)));
    }
}

static void
test_error_missing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing.sqlite", NULL);

  expect_error (path, RD_DATASET_ERROR_NOT_FOUND, "does not exist");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static void
test_error_empty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.sqlite", NULL);
  g_autofree char *db_path = g_build_filename (dir, "empty-db.sqlite", NULL);
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  expect_error (path, RD_DATASET_ERROR_EMPTY, "is empty");

  /* A valid SQLite file with no tables at all. */
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA page_size=4096; VACUUM;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  expect_error (db_path, RD_DATASET_ERROR_EMPTY, "empty database");

  g_unlink (path);
  g_unlink (db_path);
  g_rmdir (dir);
}

static void
test_error_not_sqlite (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.sqlite", NULL);
  g_autofree char *text = g_strnfill (8192, 'x');

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  expect_error (path, RD_DATASET_ERROR_NOT_SQLITE, "not an SQLite database");
  g_unlink (path);

  /* A folder is not a dataset either. */
  expect_error (dir, RD_DATASET_ERROR_NOT_SQLITE, "not a file");
  g_rmdir (dir);
}

static void
test_error_foreign_sqlite (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "other.sqlite", NULL);

  exec_sql (path, "CREATE TABLE contacts(name TEXT, phone TEXT);");
  expect_error (path, RD_DATASET_ERROR_NOT_DATASET, "not a ReportDash dataset");
  g_unlink (path);

  /* Right version number, wrong tables. */
  exec_sql (path, "CREATE TABLE contacts(name TEXT); PRAGMA user_version = 1;");
  expect_error (path, RD_DATASET_ERROR_NOT_DATASET, "no such table");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_error_wrong_version (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = temp_copy (dir, "future.sqlite");

  exec_sql (path, "PRAGMA user_version = 99;");
  expect_error (path, RD_DATASET_ERROR_WRONG_VERSION, "version 99");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_error_locked (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = temp_copy (dir, "locked.sqlite");
  sqlite3 *writer = NULL;

  /* Another program in the middle of writing holds an exclusive lock. */
  g_assert_cmpint (sqlite3_open (path, &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer, "BEGIN EXCLUSIVE; UPDATE sector SET position = position;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  expect_error (path, RD_DATASET_ERROR_LOCKED, "locked");
  sqlite3_exec (writer, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (writer);

  /* Once the writer is done the same file opens. */
  {
    g_autoptr(RdDataset) dataset = rd_dataset_open (path, NULL);
    g_assert_nonnull (dataset);
  }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_error_corrupt (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = temp_copy (dir, "damaged.sqlite");
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* Keep the header, scribble over every page after the first. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7919 % 251);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  expect_error (path, RD_DATASET_ERROR_CORRUPT, "damaged");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/open/builtin", test_open_builtin);
  g_test_add_func ("/dataset/model/indicator", test_model_indicator);
  g_test_add_func ("/dataset/model/qualifier", test_model_qualifier);
  g_test_add_func ("/dataset/model/clean-text", test_model_clean_text);
  g_test_add_func ("/dataset/error/missing", test_error_missing);
  g_test_add_func ("/dataset/error/empty", test_error_empty);
  g_test_add_func ("/dataset/error/not-sqlite", test_error_not_sqlite);
  g_test_add_func ("/dataset/error/foreign-sqlite", test_error_foreign_sqlite);
  g_test_add_func ("/dataset/error/wrong-version", test_error_wrong_version);
  g_test_add_func ("/dataset/error/locked", test_error_locked);
  g_test_add_func ("/dataset/error/corrupt", test_error_corrupt);

  return g_test_run ();
}
