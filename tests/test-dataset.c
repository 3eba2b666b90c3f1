/* test-dataset.c: opening and checking datasets, and the model (core, no display) */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-format.h"
#include "rd-test-util.h"

/* Opens @path, expects @code, and checks that the file did not change. */
static void
expect_error (const char *path,
              int         code,
              const char *message_part)
{
  g_autofree char *before = rd_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = rd_dataset_open_full (path, 100, &error);

  g_assert_null (dataset);
  g_assert_error (error, RD_DATASET_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_nonnull (rd_dataset_error_hint (error));

  if (before != NULL)
    {
      after = rd_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_open_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rd_test_checksum (rd_test_builtin_dataset ());
  g_autofree char *after = NULL;
  g_autoptr(RdDataset) dataset = rd_dataset_open (rd_test_builtin_dataset (), &error);
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

  after = rd_test_checksum (rd_test_builtin_dataset ());
  g_assert_cmpstr (before, ==, after);
}

static void
test_model_indicator (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
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
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
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
check_value (RdDataset  *dataset,
             const char *key,
             const char *lang,
             const char *value,
             const char *mark)
{
  RdIndicator *indicator = rd_dataset_find_indicator (dataset, key);
  g_autofree char *v = NULL;
  g_autofree char *m = NULL;

  g_assert_nonnull (indicator);
  rd_format_force_language (lang);
  v = rd_indicator_format_value (indicator);
  m = rd_indicator_format_mark (indicator);
  rd_format_force_language (NULL);
  g_assert_cmpstr (v, ==, value);
  g_assert_cmpstr (m, ==, mark);
}

static void
test_model_qualifier_places (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();

  /* Each hedge where the report prints it, the unit left to the axis. */
  check_value (dataset, "idle-land-recovered-2018", "zh", "2600多亩", "2600多");
  check_value (dataset, "sales-revenue-support-2018", "zh", "10亿元以上", "10以上");
  check_value (dataset, "good-air-rate-2019", "zh", "确保80%以上", "确保80%以上");
  check_value (dataset, "rd-growth-2019", "en", "striving for at least 15%", "striving for at least 15%");
  check_value (dataset, "idle-land-recovered-2018", "en", "more than 2600 mu", "more than 2600");
  check_value (dataset, "tax-share-2018", "zh", "87.4%", "87.4%");

  /* Figures printed in words read as printed, not as their stand-in
   * number: 力争两位数 is not 力争10%, nor 百强 100位. */
  check_value (dataset, "general-budget-revenue-growth-2019", "zh", "力争两位数", "力争两位数");
  check_value (dataset, "general-budget-revenue-growth-2019", "en", "striving for double digits",
               "striving for double digits");
  check_value (dataset, "national-top100-districts-2019", "zh", "力争百强", "力争百强");
  check_value (dataset, "national-top100-districts-2019", "en", "striving for top 100", "striving for top 100");
  check_value (dataset, "debt-risk-grade-2019", "zh", "一个档次", "一个档次");
  check_value (dataset, "new-high-tech-firms-rank-2018", "en", "No. 1", "No. 1");

  /* A place is not a quantity. */
  {
    RdIndicator *rank = rd_dataset_find_indicator (dataset, "hitech-zone-provincial-rank-2018");
    RdIndicator *tax = rd_dataset_find_indicator (dataset, "tax-revenue-2018");
    g_autofree char *zh = NULL;
    g_autofree char *en = NULL;
    g_autofree char *hedge_zh = NULL;
    g_autofree char *hedge_en = NULL;

    rd_format_force_language ("zh");
    zh = rd_indicator_format_value (rank);
    hedge_zh = rd_indicator_get_qualifier_label (tax);
    rd_format_force_language ("en");
    en = rd_indicator_format_value (rank);
    hedge_en = rd_indicator_get_qualifier_label (tax);
    rd_format_force_language (NULL);
    g_assert_cmpstr (zh, ==, "前三");
    g_assert_cmpstr (en, ==, "Top 3");
    g_assert_cmpstr (hedge_zh, ==, "突破");
    g_assert_cmpstr (hedge_en, ==, "over");
  }
}

/* Every hedge of data/qualifiers.tsv reads in English too; imported
 * reports print 以内, 以下 and 预计 (a ceiling and an estimate). */
static void
test_model_qualifier_english (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-qualifier-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "q.sqlite");
  g_autoptr(RdDataset) dataset = NULL;

  rd_test_exec_sql (path, "UPDATE indicator SET qualifier = '以内' WHERE key = 'tax-share-2018';"
                          "UPDATE indicator SET qualifier = '以下' WHERE key = 'good-air-rate-2018';"
                          "UPDATE indicator SET qualifier = '预计' WHERE key = 'rd-growth-2019';");
  dataset = rd_dataset_open (path, NULL);
  g_assert_nonnull (dataset);
  check_value (dataset, "tax-share-2018", "zh", "87.4%以内", "87.4%以内");
  check_value (dataset, "tax-share-2018", "en", "within 87.4%", "within 87.4%");
  check_value (dataset, "good-air-rate-2018", "en", "at most 80.5%", "at most 80.5%");
  check_value (dataset, "rd-growth-2019", "zh", "预计15%", "预计15%");
  check_value (dataset, "rd-growth-2019", "en", "estimated 15%", "estimated 15%");
  g_clear_object (&dataset);
  rd_test_remove_dir (dir);
}

static void
test_model_clean_text (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
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

static const struct {
  RdBadKind   kind;
  int         code;
  const char *message;
} bad_cases[] = {
  { RD_BAD_MISSING,        RD_DATASET_ERROR_NOT_FOUND,     "does not exist" },
  { RD_BAD_EMPTY_FILE,     RD_DATASET_ERROR_EMPTY,         "is empty" },
  { RD_BAD_EMPTY_DATABASE, RD_DATASET_ERROR_EMPTY,         "empty database" },
  { RD_BAD_NOT_SQLITE,     RD_DATASET_ERROR_NOT_SQLITE,    "not an SQLite database" },
  { RD_BAD_FOREIGN_SQLITE, RD_DATASET_ERROR_NOT_DATASET,   "not a ReportDash dataset" },
  { RD_BAD_WRONG_VERSION,  RD_DATASET_ERROR_WRONG_VERSION, "version 99" },
  { RD_BAD_CORRUPT,        RD_DATASET_ERROR_CORRUPT,       "damaged" },
};

static void
test_error_bad (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = rd_test_make_bad_dataset (dir, bad_cases[i].kind);

  expect_error (path, bad_cases[i].code, bad_cases[i].message);
  if (bad_cases[i].kind == RD_BAD_MISSING)
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  rd_test_remove_dir (dir);
}

static void
test_error_folder_and_tables (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "half.sqlite", NULL);

  /* A folder is not a dataset. */
  expect_error (dir, RD_DATASET_ERROR_NOT_SQLITE, "not a file");

  /* Right version number, wrong tables. */
  rd_test_exec_sql (path, "CREATE TABLE contacts(name TEXT); PRAGMA user_version = 1;");
  expect_error (path, RD_DATASET_ERROR_NOT_DATASET, "has no table");
  rd_test_remove_dir (dir);
}

static void
test_error_locked (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "locked.sqlite");
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
  rd_test_remove_dir (dir);
}

/* Extreme positions and years sort without overflow (issue 19, point 3). */
static void
test_extreme_order (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-dataset-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "extreme.sqlite");
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(RdSector) first = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(GError) error = NULL;

  rd_test_exec_sql (path, "UPDATE sector SET position = -2147483648 WHERE id = 'environment';"
                          "UPDATE sector SET position = 2147483647 WHERE id = 'overview';"
                          "UPDATE indicator SET year = -2147483648 WHERE id = 1;"
                          "UPDATE indicator SET year = 2147483647 WHERE id = 2;");
  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (rd_dataset_get_sectors (dataset), 0);
  g_assert_cmpstr (rd_sector_get_id (first), ==, "environment");
  years = rd_dataset_get_years (dataset);
  g_assert_cmpint (g_array_index (years, int, 0), ==, G_MININT);
  g_assert_cmpint (g_array_index (years, int, years->len - 1), ==, G_MAXINT);
  rd_test_remove_dir (dir);
}

/* A value that is no number is refused, naming the figure (issue 19, point 3). */
static void
test_value_not_a_number (void)
{
  static const char *const values[] = { "9e999", "-9e999", "'abc'" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("rd-dataset-XXXXXX", NULL);
      g_autofree char *path = rd_test_copy_builtin (dir, "value.sqlite");
      g_autofree char *sql = g_strdup_printf ("PRAGMA ignore_check_constraints = ON;"
                                              "UPDATE indicator SET value = %s WHERE id = 3;", values[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(RdDataset) dataset = NULL;

      rd_test_exec_sql (path, sql);
      dataset = rd_dataset_open (path, &error);
      g_assert_null (dataset);
      g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "is not a number"));
      rd_test_remove_dir (dir);
    }
}

/* A damaged row is named for what is wrong with it (issue 19, point 9). */
static void
test_row_errors_name_the_cause (void)
{
  static const struct { const char *sql; const char *message; } cases[] = {
    { "PRAGMA writable_schema = ON; UPDATE indicator SET key = NULL WHERE id = 3;", "has no key" },
    { "PRAGMA writable_schema = ON; UPDATE indicator SET name_zh = NULL WHERE id = 3;", "has no name or no unit" },
    { "PRAGMA writable_schema = ON; UPDATE indicator SET id = 2 WHERE id = 3;", "listed twice" },
    { "PRAGMA writable_schema = ON; UPDATE indicator SET key = (SELECT key FROM indicator WHERE id = 2) WHERE id = 3;",
      "listed twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("rd-dataset-XXXXXX", NULL);
      g_autofree char *path = rd_test_copy_builtin (dir, "row.sqlite");
      g_autofree char *table = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RdDataset) dataset = NULL;

      /* The schema says NOT NULL: a damaged file need not. */
      rd_test_exec_sql (path, "PRAGMA foreign_keys = OFF;"
                              "CREATE TABLE copy AS SELECT * FROM indicator; DROP TABLE indicator;"
                              "ALTER TABLE copy RENAME TO indicator;");
      rd_test_exec_sql (path, strchr (cases[i].sql, ';') + 2);
      dataset = rd_dataset_open (path, &error);
      g_assert_null (dataset);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s”", i, error->message);
      rd_test_remove_dir (dir);
    }
}

/* Text the charts would draw is checked on open, naming the row
 * (issue 19, point 2). */
static void
test_text_checked (void)
{
  static const struct { const char *sql; const char *row; } cases[] = {
    { "UPDATE indicator SET qualifier = (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
      "SELECT group_concat('以', '') FROM c) WHERE key = 'gdp-growth-2018';", "gdp-growth-2018" },
    { "UPDATE indicator SET name_en = 'GDP' || char(10) || 'growth' WHERE key = 'gdp-growth-2018';", "gdp-growth-2018" },
    { "UPDATE indicator SET name_zh = CAST(X'E59CB0FF' AS TEXT) WHERE key = 'gdp-growth-2018';", "gdp-growth-2018" },
    { "PRAGMA writable_schema = ON; UPDATE sector SET name_en = NULL WHERE id = 'fiscal';", "fiscal" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("rd-dataset-XXXXXX", NULL);
      g_autofree char *path = rd_test_copy_builtin (dir, "text.sqlite");
      g_autoptr(GError) error = NULL;
      g_autoptr(RdDataset) dataset = NULL;

      if (g_str_has_prefix (cases[i].sql, "PRAGMA"))
        rd_test_exec_sql (path, "PRAGMA foreign_keys = OFF;"
                                "CREATE TABLE copy AS SELECT * FROM sector; DROP TABLE sector;"
                                "ALTER TABLE copy RENAME TO sector;");
      rd_test_exec_sql (path, g_str_has_prefix (cases[i].sql, "PRAGMA") ? strchr (cases[i].sql, ';') + 2
                                                                          : cases[i].sql);
      dataset = rd_dataset_open (path, &error);
      g_assert_null (dataset);
      g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT);
      if (strstr (error->message, cases[i].row) == NULL || strstr (error->message, "not valid") == NULL)
        g_error ("case %u: “%s”", i, error->message);
      rd_test_remove_dir (dir);
    }
}

/* A file whose pages SQLite's own check rejects is damaged, though it
 * would load (issue 19, point 4). */
static void
test_quick_check (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-dataset-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "pages.sqlite");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;

  /* An index whose root is another table's page: two owners of one page. */
  rd_test_exec_sql (path, "PRAGMA writable_schema = ON;"
                          "UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM sqlite_schema WHERE name = 'errata') "
                          "WHERE name = 'sqlite_autoindex_indicator_1';");
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  dataset = rd_dataset_open (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "SQLite's check"));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/open/builtin", test_open_builtin);
  g_test_add_func ("/dataset/model/indicator", test_model_indicator);
  g_test_add_func ("/dataset/model/qualifier", test_model_qualifier);
  g_test_add_func ("/dataset/model/qualifier-places", test_model_qualifier_places);
  g_test_add_func ("/dataset/model/qualifier-english", test_model_qualifier_english);
  g_test_add_func ("/dataset/model/clean-text", test_model_clean_text);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/dataset/error/bad-%u", i);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_error_bad);
    }
  g_test_add_func ("/dataset/error/folder-and-tables", test_error_folder_and_tables);
  g_test_add_func ("/dataset/error/locked", test_error_locked);
  g_test_add_func ("/dataset/extreme-order", test_extreme_order);
  g_test_add_func ("/dataset/value-not-a-number", test_value_not_a_number);
  g_test_add_func ("/dataset/row-errors-name-the-cause", test_row_errors_name_the_cause);
  g_test_add_func ("/dataset/text-checked", test_text_checked);
  g_test_add_func ("/dataset/quick-check", test_quick_check);

  return g_test_run ();
}
