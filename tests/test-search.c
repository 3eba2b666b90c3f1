/* test-search.c: search over names, units, sectors and sentences (core, no display) */
#include "config.h"

#include <glib/gstdio.h>

#include "rd-format.h"
#include "rd-search.h"
#include "rd-test-util.h"

static const char *
key_at (GListModel *results,
        guint       position)
{
  g_autoptr(RdSearchResult) result = g_list_model_get_item (results, position);

  g_assert_nonnull (result);
  return rd_indicator_get_key (rd_search_result_get_indicator (result));
}

/* The first keys of @text's results, in order. */
static void
expect_first (RdSearch    *search,
              const char  *text,
              const char **keys)
{
  g_autoptr(GListModel) results = rd_search_query (search, text, 20, NULL);
  guint n = g_strv_length ((char **) keys);

  g_assert_cmpuint (g_list_model_get_n_items (results), >=, n);
  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (key_at (results, i), keys[i]) != 0)
        g_error ("search for %s: result %u is %s, expected %s", text, i, key_at (results, i), keys[i]);
    }
}

static void
test_acceptance_queries (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  const char *patents[] = { "invention-patent-applications-2018", "invention-patents-per-10k-2018", NULL };
  const char *air[] = { "good-air-rate-2018", "good-air-rate-2019", "good-air-days-2018",
                        "good-air-days-increase-2018", NULL };
  const char *trade[] = { "foreign-trade-value-2018", "foreign-trade-growth-2018",
                          "foreign-trade-growth-2019", "foreign-trade-city-share-2018",
                          "foreign-trade-firms-2018", NULL };
  const char *gdp[] = { "gdp-growth-2018", "gdp-growth-2019", "rd-intensity-2018", NULL };
  const char *good_days[] = { "good-air-days-2018", "good-air-days-increase-2018", NULL };

  g_assert_true (rd_search_has_index (search));
  expect_first (search, "专利", patents);
  expect_first (search, "空气", air);
  expect_first (search, "外贸", trade);
  expect_first (search, "GDP", gdp);
  expect_first (search, "gdp", gdp);
  expect_first (search, " GDP  ", gdp);
  expect_first (search, "优良天数", good_days);
}

static void
test_one_character (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(RdSearchResult) first = NULL;
  guint n_matches = 0;
  int last_rank = -1;

  results = rd_search_query (search, "税", 0, &n_matches);
  g_assert_cmpuint (n_matches, >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n_matches);
  first = g_list_model_get_item (results, 0);
  g_assert_nonnull (strstr (rd_indicator_get_name_zh (rd_search_result_get_indicator (first)), "税"));

  /* Ranks never go back up. */
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RdSearchResult) result = g_list_model_get_item (results, i);

      g_assert_cmpint (rd_search_result_get_rank (result), >=, last_rank);
      last_rank = rd_search_result_get_rank (result);
    }

  /* A digit: found in the sentences. */
  g_clear_object (&results);
  results = rd_search_query (search, "9", 5, &n_matches);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 5);
  g_assert_cmpuint (n_matches, >, 5);
}

static void
test_limit_and_count (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) some = NULL;
  guint n_all = 0, n_some = 0;

  all = rd_search_query (search, "增长", 0, &n_all);
  some = rd_search_query (search, "增长", 3, &n_some);
  g_assert_cmpuint (n_all, ==, n_some);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (some), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (key_at (all, i), ==, key_at (some, i));
}

static void
test_match_places (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  const char *queries[] = { "专利", "GDP", "优良天数", "亿元", "生态环境", "retail sales",
                            "gdp growth", "万平方米", "R&D", NULL };

  for (guint q = 0; queries[q]; q++)
    {
      g_autoptr(GListModel) results = rd_search_query (search, queries[q], 0, NULL);
      g_autofree char *lower = g_ascii_strdown (queries[q], -1);

      g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (results); i++)
        {
          g_autoptr(RdSearchResult) result = g_list_model_get_item (results, i);
          const char *text = rd_search_result_get_text (result);
          g_autofree char *snippet = NULL;
          g_autofree char *text_lower = NULL;
          gssize start, end;

          rd_search_result_get_match (result, &start, &end);
          g_assert_cmpint (start, >=, 0);
          text_lower = g_strdelimit (g_ascii_strdown (text, -1), "-", ' ');
          g_assert_cmpint (strncmp (text_lower + start, lower, end - start), ==, 0);

          snippet = rd_search_result_get_snippet (result, 6, &start, &end);
          g_assert_true (g_utf8_validate (snippet, -1, NULL));
          g_assert_cmpint (start, >=, 0);
          g_strdelimit (snippet, "-", ' ');
          g_assert_cmpint (g_ascii_strncasecmp (snippet + start, queries[q], end - start), ==, 0);
          g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, 6 + 6 + g_utf8_strlen (queries[q], -1) + 2);
        }
    }
}

static void
test_fields (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  g_autoptr(GListModel) sector = rd_search_query (search, "生态环境", 0, NULL);
  g_autoptr(GListModel) english = rd_search_query (search, "Retail sales", 2, NULL);
  g_autoptr(GListModel) unit = rd_search_query (search, "亿美元", 0, NULL);
  g_autoptr(RdSearchResult) first_sector = g_list_model_get_item (sector, 0);
  g_autoptr(RdSearchResult) first_english = g_list_model_get_item (english, 0);
  g_autoptr(RdSearchResult) first_unit = g_list_model_get_item (unit, 0);

  g_assert_cmpint (rd_search_result_get_field (first_sector), ==, RD_SEARCH_FIELD_SECTOR);
  g_assert_cmpstr (rd_indicator_get_sector (rd_search_result_get_indicator (first_sector)), ==, "environment");
  g_assert_cmpint (rd_search_result_get_field (first_english), ==, RD_SEARCH_FIELD_NAME_EN);
  g_assert_true (g_str_has_prefix (key_at (english, 0), "retail-sales"));
  g_assert_cmpint (rd_search_result_get_field (first_unit), ==, RD_SEARCH_FIELD_UNIT);
  g_assert_cmpstr (rd_indicator_get_unit (rd_search_result_get_indicator (first_unit)), ==, "亿美元");
}

static void
test_odd_queries (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  const char *queries[] = { "", "   ", "\"", "\"GDP\"", "GDP OR 专利", "NEAR(a b)", "*", "a\"b\"c",
                            "{name_zh}:专利", "\t\n", "完全不存在的指标名称", NULL };

  for (guint q = 0; queries[q]; q++)
    {
      guint n = 99;
      g_autoptr(GListModel) results = rd_search_query (search, queries[q], 10, &n);

      g_assert_cmpuint (g_list_model_get_n_items (results), ==, MIN (n, 10));
    }
  {
    guint n = 99;
    g_autoptr(GListModel) results = rd_search_query (search, "   ", 10, &n);
    g_assert_cmpuint (n, ==, 0);
  }
}

/* The index and the scan of the loaded text give the same answers. */
static void
test_without_index (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "old.sqlite");
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdDataset) old = NULL;
  g_autoptr(RdSearch) indexed = rd_search_new (dataset);
  g_autoptr(RdSearch) scanned = NULL;
  const char *queries[] = { "专利", "空气", "外贸", "GDP", "优良天数", "增长", "亿元", "retail sales",
                            "生态环境", "gdp growth", "9%", "2018", "空气质量优良率", "税", NULL };

  rd_test_exec_sql (path, "DROP TABLE indicator_fts");
  old = rd_dataset_open (path, NULL);
  g_assert_nonnull (old);
  scanned = rd_search_new (old);
  g_assert_false (rd_search_has_index (scanned));

  for (guint q = 0; queries[q]; q++)
    {
      guint n_indexed = 0, n_scanned = 0;
      g_autoptr(GListModel) a = rd_search_query (indexed, queries[q], 0, &n_indexed);
      g_autoptr(GListModel) b = rd_search_query (scanned, queries[q], 0, &n_scanned);

      if (n_indexed == 0 || n_indexed != n_scanned) g_error ("%s: %u vs %u", queries[q], n_indexed, n_scanned);
      g_assert_cmpuint (n_indexed, >, 0);
      for (guint i = 0; i < n_indexed; i++)
        g_assert_cmpstr (key_at (a, i), ==, key_at (b, i));
    }
  rd_test_remove_dir (dir);
}

/* How many of this process's file descriptors are open on @path. */
static guint
count_open_fds (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *fd_path = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (fd_path, NULL);

      n += g_strcmp0 (target, path) == 0;
    }
  return n;
}

/* Search reads the index through the dataset's connection, so it works
 * after the file was renamed, and two searches (the window has two) add no
 * connection of their own. */
static void
test_dataset_connection (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-test-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "opened.sqlite");
  g_autofree char *renamed = g_build_filename (dir, "renamed.sqlite", NULL);
  g_autofree char *before = rd_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(RdDataset) builtin = rd_test_open_builtin ();
  g_autoptr(RdSearch) reference = rd_search_new (builtin);
  RdDataset *dataset = rd_dataset_open (path, NULL);
  RdSearch *search;
  RdSearch *other;
  g_autoptr(GListModel) expected = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) found_other = NULL;
  guint n_expected = 0, n_found = 0, n_other = 0;
  const char *suffixes[] = { "-journal", "-wal", "-shm", NULL };

  g_assert_nonnull (dataset);
  g_assert_cmpuint (count_open_fds (path), ==, 1);
  g_assert_cmpint (g_rename (path, renamed), ==, 0);

  search = rd_search_new (dataset);
  other = rd_search_new (dataset);
  g_assert_true (rd_search_has_index (search));
  g_assert_true (rd_search_has_index (other));
  g_assert_cmpuint (count_open_fds (renamed), ==, 1);

  /* 优良天数 (three characters or more) is answered by the index. */
  expected = rd_search_query (reference, "优良天数", 0, &n_expected);
  found = rd_search_query (search, "优良天数", 0, &n_found);
  found_other = rd_search_query (other, "优良天数", 0, &n_other);
  g_assert_cmpuint (n_expected, >, 0);
  g_assert_cmpuint (n_found, ==, n_expected);
  g_assert_cmpuint (n_other, ==, n_expected);

  /* Between queries the connection holds no lock: a writer gets in at
   * once (rd_test_exec_sql() has no busy timeout). Until then the file is
   * as it was and nothing was written beside it. */
  after = rd_test_checksum (renamed);
  g_assert_cmpstr (before, ==, after);
  for (guint i = 0; suffixes[i]; i++)
    {
      g_autofree char *beside = g_strconcat (renamed, suffixes[i], NULL);
      g_autofree char *beside_old = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (beside, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (beside_old, G_FILE_TEST_EXISTS));
    }
  rd_test_exec_sql (renamed, "BEGIN EXCLUSIVE; CREATE TABLE written (x); COMMIT");

  /* The connection goes with the dataset, after the last search. */
  g_object_unref (dataset);
  g_object_unref (search);
  g_assert_cmpuint (count_open_fds (renamed), ==, 1);
  g_object_unref (other);
  g_assert_cmpuint (count_open_fds (renamed), ==, 0);
  rd_test_remove_dir (dir);
}

static void
test_match_set (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  g_autoptr(RdMatchSet) air = rd_search_match_all (search, "空气");
  g_autoptr(RdMatchSet) all = rd_search_match_all (search, "");
  GListModel *indicators = rd_dataset_get_indicators (dataset);
  guint n = g_list_model_get_n_items (indicators);

  g_assert_cmpuint (rd_match_set_get_size (all), ==, n);
  g_assert_cmpuint (rd_match_set_get_size (air), >=, 4);
  g_assert_cmpuint (rd_match_set_get_size (air), <, n);
  g_assert_true (rd_match_set_contains (air, rd_dataset_find_indicator (dataset, "good-air-days-2018")));
  g_assert_false (rd_match_set_contains (air, rd_dataset_find_indicator (dataset, "gdp-growth-2018")));
  g_assert_true (rd_match_set_contains (all, rd_dataset_find_indicator (dataset, "gdp-growth-2018")));
}

static void
test_pairs_and_sections (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GListModel *pairs = rd_dataset_get_pairs (dataset);
  GListModel *sections = rd_dataset_get_sections (dataset);
  GListModel *report = rd_dataset_get_report_indicators (dataset);
  g_autoptr(RdPair) gdp = g_list_model_get_item (pairs, 0);
  g_autoptr(RdSection) title = g_list_model_get_item (sections, 0);
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  gboolean found_air = FALSE;
  int start, end;

  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, 19);
  g_assert_cmpstr (rd_indicator_get_key (rd_pair_get_actual (gdp)), ==, "gdp-growth-2018");
  g_assert_cmpstr (rd_indicator_get_key (rd_pair_get_target (gdp)), ==, "gdp-growth-2019");
  g_assert_true (rd_pair_is_percent (gdp));
  g_assert_cmpfloat_with_epsilon (rd_pair_get_change (gdp), -0.5, 1e-9);
  rd_format_force_language ("zh");
  zh = rd_pair_format_change (gdp);
  rd_format_force_language ("en");
  en = rd_pair_format_change (gdp);
  rd_format_force_language (NULL);
  g_assert_cmpstr (zh, ==, "−0.5个百分点");
  g_assert_cmpstr (en, ==, "−0.5 pp");

  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(RdPair) pair = g_list_model_get_item (pairs, i);

      g_assert_cmpint (rd_indicator_get_basis (rd_pair_get_actual (pair)), ==, RD_BASIS_ACTUAL);
      g_assert_cmpint (rd_indicator_get_basis (rd_pair_get_target (pair)), ==, RD_BASIS_TARGET);
      if (g_str_equal (rd_indicator_get_key (rd_pair_get_actual (pair)), "good-air-rate-2018"))
        {
          g_autofree char *change = NULL;

          found_air = TRUE;
          rd_format_force_language ("en");
          change = rd_pair_format_change (pair);
          rd_format_force_language (NULL);
          g_assert_cmpstr (change, ==, "−0.5 pp");
          g_assert_nonnull (rd_pair_get_note (pair));
        }
    }
  g_assert_true (found_air);

  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 17);
  g_assert_cmpstr (rd_section_get_title (title), ==, "政府工作报告");
  g_assert_cmpint (rd_section_get_level (title), ==, 0);
  rd_section_get_span (title, &start, &end);
  g_assert_cmpint (end - start, ==, g_utf8_strlen ("政府工作报告", -1));

  g_assert_cmpuint (g_list_model_get_n_items (report), ==,
                    g_list_model_get_n_items (rd_dataset_get_indicators (dataset)));
}

static void
test_lazy_items (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GListModel *indicators = rd_dataset_get_indicators (dataset);
  g_autoptr(RdIndicator) a = g_list_model_get_item (indicators, 3);
  g_autoptr(RdIndicator) b = g_list_model_get_item (indicators, 3);
  RdIndicator *found = rd_dataset_find_indicator (dataset, rd_indicator_get_key (a));
  g_autofree char *unit_label = NULL;
  int basis = -1;

  /* Made once, then the same object. */
  g_assert_true (a == b);
  g_assert_true (found == a);
  g_assert_null (g_list_model_get_item (indicators, g_list_model_get_n_items (indicators)));
  g_assert_true (g_list_model_get_item_type (indicators) == RD_TYPE_INDICATOR);

  g_object_get (rd_dataset_find_indicator (dataset, "good-air-rate-2019"),
                "unit-label", &unit_label, "basis", &basis, NULL);
  g_assert_cmpstr (unit_label, ==, "%");
  g_assert_cmpint (basis, ==, RD_BASIS_TARGET);
}

/* 70,000 distinct units: each figure keeps its own (no 16-bit index wrapping
 * "unit69999" onto another unit) (issue 19, point 10). */
static void
test_many_units (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-search-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "units.sqlite");
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(RdSearch) search = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  rd_test_exec_sql (path,
    "DROP TABLE IF EXISTS indicator_fts;"
    "WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < 69999) "
    "INSERT INTO indicator(id, key, report_id, sector, name_zh, name_en, value, unit, measure, year, basis, "
    " qualifier, src_start, src_end, excerpt_start, excerpt_end, section_id, printed) "
    "SELECT 100000 + x, 'many-' || x, i.report_id, i.sector, '数' || x, 'n' || x, x, 'unit' || x, i.measure, "
    " i.year, i.basis, NULL, i.src_start, i.src_end, i.excerpt_start, i.excerpt_end, i.section_id, i.printed "
    "FROM c, indicator i WHERE i.id = 1;");
  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  search = rd_search_new (dataset);
  results = rd_search_query (search, "unit69999", 0, &n);
  g_assert_cmpuint (n, ==, 1);
  {
    g_autoptr(RdSearchResult) first = g_list_model_get_item (results, 0);

    g_assert_cmpstr (rd_indicator_get_unit (rd_search_result_get_indicator (first)), ==, "unit69999");
  }
  g_clear_object (&results);
  results = rd_search_query (search, "unit4462", 0, &n);
  /* unit4462 and unit44620 … unit44629 */
  g_assert_cmpuint (n, ==, 11);
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/acceptance", test_acceptance_queries);
  g_test_add_func ("/search/one-character", test_one_character);
  g_test_add_func ("/search/limit-and-count", test_limit_and_count);
  g_test_add_func ("/search/match-places", test_match_places);
  g_test_add_func ("/search/fields", test_fields);
  g_test_add_func ("/search/odd-queries", test_odd_queries);
  g_test_add_func ("/search/without-index", test_without_index);
  g_test_add_func ("/search/dataset-connection", test_dataset_connection);
  g_test_add_func ("/search/match-set", test_match_set);
  g_test_add_func ("/dataset/pairs-and-sections", test_pairs_and_sections);
  g_test_add_func ("/dataset/lazy-items", test_lazy_items);
  g_test_add_func ("/search/many-units", test_many_units);

  return g_test_run ();
}
