/* test-dataset-reports.c: opening a chosen report of a library (no display) */
#include "config.h"

#include <string.h>

#include "rd-dataset.h"
#include "rd-format.h"
#include "rd-import.h"
#include "rd-library.h"
#include "rd-test-util.h"

static RdReportDraft *
import_corpus_report (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "reports", name, NULL);
  g_autoptr(GError) error = NULL;
  RdReportDraft *draft = rd_import_file (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (draft->charts->len, >, 0);
  return draft;
}

/* Every sector and chart of @dataset is made of figures of its report. */
static void
assert_charts_of_report (RdDataset *dataset)
{
  GListModel *sectors = rd_dataset_get_sectors (dataset);
  GListModel *figures = rd_dataset_get_indicators (dataset);
  gint64 id = rd_dataset_get_report_id (dataset);
  g_autofree char *prefix = g_strdup_printf ("import-%" G_GINT64_FORMAT "-", id);

  g_assert_cmpuint (g_list_model_get_n_items (sectors), >, 0);
  g_assert_cmpuint (rd_dataset_get_n_charts (dataset), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (figures), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(RdIndicator) figure = g_list_model_get_item (figures, i);

      g_assert_true (g_str_has_prefix (rd_indicator_get_key (figure), prefix));
    }
  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, s);
      GListModel *charts = rd_sector_get_charts (sector);

      g_assert_cmpuint (g_list_model_get_n_items (charts), >, 0);
      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(RdChartSpec) chart = g_list_model_get_item (charts, c);
          g_assert_cmpuint (rd_chart_spec_get_n_figures (chart), >, 0);
          for (guint m = 0; m < rd_chart_spec_get_n_figures (chart); m++)
            g_assert_true (g_str_has_prefix (rd_indicator_get_key (rd_chart_spec_get_figure (chart, m)), prefix));
        }
    }
}

/* A library of the built-in report and two imported ones: each opens on
 * its own, with its title, region, year, figures and charts; the first
 * report stays what rd_dataset_open() shows. */
static void
test_open_each_report (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-dataset-reports-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr(RdReportDraft) hunan = import_corpus_report ("hunan-2019.txt");
  g_autoptr(RdReportDraft) zhuzhou = import_corpus_report ("zhuzhou-2025.txt");
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(RdDataset) first = NULL;
  g_autoptr(RdDataset) a = NULL;
  g_autoptr(RdDataset) b = NULL;
  g_autoptr(GError) error = NULL;
  gint64 hunan_id, zhuzhou_id;

  library = rd_library_open_full (path, rd_test_builtin_dataset (), 1000, &error);
  g_assert_no_error (error);
  hunan_id = rd_library_add_draft (library, hunan, NULL, &error);
  g_assert_no_error (error);
  zhuzhou_id = rd_library_add_draft (library, zhuzhou, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&library, rd_library_close);

  first = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_dataset_is_library (first));
  g_assert_cmpint (rd_dataset_get_report_id (first), ==, 1);
  g_assert_cmpint (rd_dataset_get_year (first), ==, 2019);
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_pairs (first)), >, 0);

  a = rd_dataset_open_report (path, hunan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rd_dataset_get_report_id (a), ==, hunan_id);
  g_assert_cmpstr (rd_dataset_get_title_zh (a), ==, hunan->title);
  g_assert_cmpstr (rd_dataset_get_region (a), ==, "湖南省");
  g_assert_cmpint (rd_dataset_get_year (a), ==, 2019);
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_indicators (a)), ==, hunan->figures->len);
  g_assert_cmpuint (rd_dataset_get_n_charts (a), ==, hunan->charts->len);
  /* Its own pairs, derived (the built-in report's curated ones are not
   * its): the 2018 result and the 2019 target of one indicator, in one
   * unit and measure, each indicator once; GDP growth among them. */
  {
    GListModel *pairs = rd_dataset_get_pairs (a);
    g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
    gboolean gdp = FALSE;

    g_assert_cmpuint (g_list_model_get_n_items (pairs), >=, 3);
    for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
      {
        g_autoptr(RdPair) pair = g_list_model_get_item (pairs, i);
        RdIndicator *actual = rd_pair_get_actual (pair);
        RdIndicator *target = rd_pair_get_target (pair);

        g_assert_cmpint (rd_indicator_get_basis (actual), ==, RD_BASIS_ACTUAL);
        g_assert_cmpint (rd_indicator_get_basis (target), ==, RD_BASIS_TARGET);
        g_assert_cmpint (rd_indicator_get_year (actual), ==, 2018);
        g_assert_cmpint (rd_indicator_get_year (target), ==, 2019);
        g_assert_cmpstr (rd_indicator_get_unit (actual), ==, rd_indicator_get_unit (target));
        g_assert_cmpstr (rd_indicator_get_measure (actual), ==, rd_indicator_get_measure (target));
        g_assert_true (g_str_has_prefix (rd_indicator_get_key (actual), "import-"));
        g_assert_true (g_hash_table_add (names, (gpointer) rd_indicator_get_key (actual)));
        if (g_strcmp0 (rd_indicator_get_name_zh (actual), "地区生产总值增长") == 0)
          {
            gdp = TRUE;
            g_assert_cmpfloat (rd_indicator_get_value (actual), ==, 7.8);
          }
      }
    g_assert_true (gdp);
  }
  assert_charts_of_report (a);
  /* A figure without an English name is named in Chinese in English, not
   * left blank. */
  {
    GListModel *figures = rd_dataset_get_indicators (a);
    guint unnamed = 0;

    rd_format_force_language ("en");
    for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
      {
        g_autoptr(RdIndicator) figure = g_list_model_get_item (figures, i);

        g_assert_cmpstr (rd_indicator_get_name (figure), !=, "");
        if (g_strcmp0 (rd_indicator_get_name_en (figure), "") == 0 || rd_indicator_get_name_en (figure) == NULL)
          {
            g_assert_cmpstr (rd_indicator_get_name (figure), ==, rd_indicator_get_name_zh (figure));
            unnamed++;
          }
      }
    rd_format_force_language (NULL);
    g_assert_cmpuint (unnamed, >, 0);
  }
  /* Units the library names in Chinese only read in English too. */
  {
    GListModel *figures = rd_dataset_get_indicators (a);
    gboolean seen = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
      {
        g_autoptr(RdIndicator) figure = g_list_model_get_item (figures, i);

        if (g_strcmp0 (rd_indicator_get_unit (figure), "万亿元") == 0)
          {
            g_assert_cmpstr (rd_indicator_get_unit_en (figure), ==, "trillion yuan");
            seen = TRUE;
          }
      }
    g_assert_true (seen);
  }

  /* Every report at once, for the table across the library. */
  {
    g_autoptr(RdDataset) all = rd_dataset_open_all_reports (path, &error);
    const char *label = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (rd_dataset_get_n_reports (all), ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_indicators (all)), ==,
                      g_list_model_get_n_items (rd_dataset_get_indicators (first)) +
                      hunan->figures->len + zhuzhou->figures->len);
    g_assert_cmpint (rd_dataset_get_nth_report (all, 1, &label), ==, hunan_id);
    g_assert_nonnull (strstr (label, "湖南省"));
    {
      g_autoptr(RdIndicator) last = g_list_model_get_item (rd_dataset_get_indicators (all),
                                                            g_list_model_get_n_items (rd_dataset_get_indicators (all)) - 1);
      g_assert_cmpint (rd_dataset_get_figure_report (all, last, NULL), ==, zhuzhou_id);
    }
  }

  b = rd_dataset_open_report (path, zhuzhou_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rd_dataset_get_report_id (b), ==, zhuzhou_id);
  g_assert_cmpstr (rd_dataset_get_title_zh (b), ==, zhuzhou->title);
  g_assert_cmpstr (rd_dataset_get_region (b), ==, zhuzhou->region);
  g_assert_cmpint (rd_dataset_get_year (b), ==, 2025);
  g_assert_cmpuint (rd_dataset_get_n_charts (b), ==, zhuzhou->charts->len);
  assert_charts_of_report (b);

  rd_test_remove_dir (dir);
}

/* A report that is not there is a clear error, not another report. */
static void
test_missing_report (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-dataset-reports-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(RdDataset) builtin = NULL;
  g_autoptr(GError) error = NULL;

  library = rd_library_open_full (path, rd_test_builtin_dataset (), 1000, &error);
  g_assert_no_error (error);
  g_clear_pointer (&library, rd_library_close);

  dataset = rd_dataset_open_report (path, 42, &error);
  g_assert_null (dataset);
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NO_REPORT);
  g_assert_nonnull (rd_dataset_error_hint (error));
  g_clear_error (&error);

  /* A dataset of version 1 has report 1 only. */
  builtin = rd_dataset_open_report (rd_test_builtin_dataset (), 1, &error);
  g_assert_no_error (error);
  g_assert_false (rd_dataset_is_library (builtin));
  g_assert_cmpint (rd_dataset_get_report_id (builtin), ==, 1);
  g_clear_object (&builtin);
  builtin = rd_dataset_open_report (rd_test_builtin_dataset (), 2, &error);
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NO_REPORT);

  rd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dataset-reports/open-each", test_open_each_report);
  g_test_add_func ("/dataset-reports/missing", test_missing_report);
  return g_test_run ();
}
