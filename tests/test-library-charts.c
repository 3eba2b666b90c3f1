/* test-library-charts.c: an imported report's charts in the library (no display) */
#include "config.h"


#include "rd-dataset.h"
#include "rd-import.h"
#include "rd-library.h"
#include "rd-test-util.h"

static RdReportDraft *
import_corpus_report (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "reports", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  RdReportDraft *draft;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  draft = rd_import_text (text, name, "txt", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (draft->charts->len, >, 0);
  return draft;
}

/* The stored charts are the draft's, with their figures, under ids of
 * their report; the window shows one report's charts only; removing the
 * report removes them. */
static void
test_store_and_remove (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-library-charts-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr(RdReportDraft) draft = import_corpus_report ("zhuzhou-2025.txt");
  g_autoptr(RdReportDraft) other = import_corpus_report ("hunan-2019.txt");
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(RdDataset) builtin = rd_dataset_open (rd_test_builtin_dataset (), NULL);
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  guint n_marks = 0;
  gint64 id, other_id;
  gint64 n_builtin_charts = rd_test_query_int (rd_test_builtin_dataset (), "SELECT count(*) FROM chart");

  library = rd_library_open_full (path, rd_test_builtin_dataset (), 1000, &error);
  g_assert_no_error (error);
  id = rd_library_add_draft (library, draft, NULL, &error);
  g_assert_no_error (error);
  other_id = rd_library_add_draft (library, other, NULL, &error);
  g_assert_no_error (error);

  for (guint c = 0; c < draft->charts->len; c++)
    {
      RdDraftChart *chart = draft->charts->pdata[c];
      g_autofree char *chart_sql = NULL;

      n_marks += chart->figures->len;
      /* Each figure of the chart, in its place: the draft's figure n is
       * the report's key import-<id>-<n+1>. */
      for (guint i = 0; i < chart->figures->len; i++)
        {
          g_autofree char *figure_sql =
            g_strdup_printf ("SELECT count(*) FROM chart c JOIN chart_figure f ON f.chart_id = c.id"
                             " JOIN indicator i ON i.id = f.indicator_id"
                             " WHERE c.id = 'r%" G_GINT64_FORMAT "-%s' AND c.type = '%s'"
                             " AND c.sector = '%s' AND f.position = %u"
                             " AND i.key = 'import-%" G_GINT64_FORMAT "-%u'",
                             id, chart->id, chart->type, chart->sector, i + 1,
                             id, g_array_index (chart->figures, guint, i) + 1);

          g_assert_cmpint (rd_test_query_int (path, figure_sql), ==, 1);
        }
      chart_sql = g_strdup_printf ("SELECT count(*) FROM chart WHERE id = 'r%" G_GINT64_FORMAT "-%s'"
                                   " AND title_zh <> '' AND title_en <> ''", id, chart->id);
      g_assert_cmpint (rd_test_query_int (path, chart_sql), ==, 1);
    }
  sql = g_strdup_printf ("SELECT count(*) FROM chart WHERE id LIKE 'r%" G_GINT64_FORMAT "-%%'", id);
  g_assert_cmpint (rd_test_query_int (path, sql), ==, draft->charts->len);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM chart_figure f JOIN indicator i ON i.id = f.indicator_id"
                         " WHERE i.report_id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (rd_test_query_int (path, sql), ==, n_marks);
  g_clear_pointer (&sql, g_free);
  /* No orphan: every figure of the report is on a chart. */
  sql = g_strdup_printf ("SELECT count(*) FROM indicator i WHERE i.report_id = %" G_GINT64_FORMAT
                         " AND i.id NOT IN (SELECT indicator_id FROM chart_figure)", id);
  g_assert_cmpint (rd_test_query_int (path, sql), ==, 0);
  g_clear_pointer (&sql, g_free);

  /* The window shows the built-in report, with its own charts only. */
  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rd_dataset_get_n_charts (dataset), ==, rd_dataset_get_n_charts (builtin));
  g_clear_object (&dataset);
  rd_test_assert_library_whole (path);

  /* Removing the report removes its charts, and only those. */
  g_assert_true (rd_library_remove_report (library, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rd_test_query_int (path, "SELECT count(*) FROM chart"), ==,
                   n_builtin_charts + (gint64) other->charts->len);
  g_assert_cmpint (rd_test_query_int (path, "SELECT count(*) FROM chart_figure"
                                    " WHERE indicator_id NOT IN (SELECT id FROM indicator)"), ==, 0);

  /* Without the built-in report the window shows the next one, with its charts. */
  g_assert_true (rd_library_remove_report (library, 1, &error));
  g_assert_no_error (error);
  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rd_dataset_get_n_charts (dataset), ==, other->charts->len);
  g_assert_cmpint (rd_test_query_int (path, "SELECT count(*) FROM chart"), ==, other->charts->len);
  g_clear_object (&dataset);
  g_assert_cmpint (other_id, >, id);

  g_clear_pointer (&library, rd_library_close);
  rd_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-charts/store-and-remove", test_store_and_remove);
  return g_test_run ();
}
