/* bench-library.c: the library with 1,000 reports
 *
 *   bench-library [--reports N] [--keep PATH] REPORT.txt...
 *
 * Imports the given reports once (decoding and extraction are not timed
 * here: see bench-import), then stores N reports made from them with a
 * changed region (and a line added to the text, so that each checksum
 * differs) into a new library, each in its own transaction as
 * `reportdash --import` does; then times listing, a region's figures, a
 * search through the FTS index, opening the library as the window does,
 * and removing a report. Needs REPORTDASH_DATASET (the built-in dataset).
 */
#define G_LOG_DOMAIN "reportdash-bench"

#include "config.h"

#include <locale.h>

#include <sqlite3.h>

#include <glib/gstdio.h>

#include "rd-dataset.h"
#include "rd-import.h"
#include "rd-library.h"
#include "rd-search.h"
#include "rd-series.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static RdReportDraft *
copy_draft (const RdReportDraft *draft,
            guint                n)
{
  RdReportDraft *copy = rd_report_draft_new ();
  g_autofree char *text = g_strdup_printf ("%s\n(%u)\n", draft->text, n);

  copy->title = g_strdup (draft->title);
  copy->region = g_strdup_printf ("%s%u", draft->region ? draft->region : "测试区", n);
  copy->level = g_strdup (draft->level);
  copy->year = draft->year;
  copy->source_name = g_strdup (draft->source_name);
  copy->format = g_strdup (draft->format);
  rd_report_draft_set_text (copy, text);
  /* The figures and spans stay: the added line is after all of them. */
  for (guint i = 0; i < draft->figures->len; i++)
    g_ptr_array_add (copy->figures, g_ptr_array_index (draft->figures, i));
  return copy;
}

static void
free_copy (RdReportDraft *copy)
{
  /* The figures belong to the original draft. */
  g_ptr_array_set_free_func (copy->figures, NULL);
  rd_report_draft_free (copy);
}

static gint64
count_matches (const char *path,
               const char *match)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH ?1",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("REPORT.txt...");
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_report_draft_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  char *keep = NULL;
  int n_reports = 1000;
  guint n_figures = 0;
  gint64 start, id = 0;
  double total;
  GStatBuf st;
  GOptionEntry entries[] = {
    { "reports", 0, 0, G_OPTION_ARG_INT, &n_reports, "How many reports to store (1000)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Write the library there and keep it (with --reports 0: only time the queries on it)", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || n_reports < 0 || (n_reports == 0 && keep == NULL))
    {
      g_printerr ("%s\n", error ? error->message : "give at least one report");
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) local_error = NULL;
      RdReportDraft *draft = rd_import_file (argv[i], NULL, NULL, &local_error);

      if (draft == NULL)
        {
          g_printerr ("%s: %s\n", argv[i], local_error->message);
          return 1;
        }
      g_ptr_array_add (drafts, draft);
    }

  if (keep != NULL)
    path = g_strdup (keep);
  else
    {
      dir = g_dir_make_tmp ("rd-bench-library-XXXXXX", NULL);
      path = g_build_filename (dir, "library.sqlite", NULL);
    }

  start = g_get_monotonic_time ();
  library = rd_library_open_full (path, g_getenv ("REPORTDASH_DATASET"), RD_LIBRARY_BUSY_TIMEOUT_MS, &error);
  if (library == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("create from the built-in dataset: %.1f ms\n", ms_since (start));

  start = g_get_monotonic_time ();
  for (int n = 0; n < n_reports; n++)
    {
      const RdReportDraft *draft = drafts->pdata[n % drafts->len];
      RdReportDraft *copy = copy_draft (draft, n);

      id = rd_library_add_draft (library, copy, NULL, &error);
      n_figures += copy->figures->len;
      free_copy (copy);
      if (id == 0)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  total = ms_since (start);
  g_stat (path, &st);
  g_print ("store %d reports (%u figures): %.0f ms, %.1f ms a report; file %.1f MB\n",
           n_reports, n_figures, total, total / MAX (n_reports, 1), st.st_size / 1e6);

  start = g_get_monotonic_time ();
  reports = rd_library_list_reports (library, &error);
  g_print ("list reports (%u): %.1f ms\n", reports ? reports->len : 0, ms_since (start));

  start = g_get_monotonic_time ();
  figures = rd_library_list_figures (library, NULL, 0, &error);
  g_print ("list all figures (%u): %.1f ms\n", figures ? figures->len : 0, ms_since (start));
  g_clear_pointer (&figures, g_ptr_array_unref);

  start = g_get_monotonic_time ();
  figures = rd_library_list_figures (library, "湖南省7", 0, &error);
  g_print ("list the figures of regions containing 湖南省7 (%u): %.1f ms\n",
           figures ? figures->len : 0, ms_since (start));

  /* Series (issue 17): one indicator of one region across its reports, 200 regions. */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    guint points = 0;

    for (int k = 0; k < 200; k++)
      {
        /* Regions of the copies are 湖南省0 … 湖南省999: one of them. */
        g_autofree char *region = g_strdup_printf ("省%d", (k * 37) % MAX ((int) (reports ? reports->len : 1) - 1, 1));
        g_autoptr(GPtrArray) series = NULL;
        double ms;

        start = g_get_monotonic_time ();
        series = rd_library_get_series (library, k % 2 ? "gdp_growth" : "general_budget_revenue", region, &error);
        ms = ms_since (start);
        g_array_append_val (times, ms);
        points += series ? series->len : 0;
      }
    g_array_sort (times, compare_doubles);
    g_print ("series of one indicator and region, 200 queries (%u points in all): p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
             points, g_array_index (times, double, 100), g_array_index (times, double, 190),
             g_array_index (times, double, 199));
    start = g_get_monotonic_time ();
    {
      g_autoptr(GPtrArray) series = rd_library_get_series (library, "gdp_growth", NULL, &error);
      g_print ("series of gdp_growth in every region (%u points): %.1f ms\n", series ? series->len : 0, ms_since (start));
    }
  }

  start = g_get_monotonic_time ();
  g_print ("search \"生产总值\" in the FTS index (%" G_GINT64_FORMAT " figures): ",
           count_matches (path, "\"生产总值\""));
  g_print ("%.1f ms\n", ms_since (start));

  start = g_get_monotonic_time ();
  dataset = rd_dataset_open (path, &error);
  g_print ("open as the window does (%u figures of the shown report): %.1f ms\n",
           dataset ? g_list_model_get_n_items (rd_dataset_get_indicators (dataset)) : 0,
           ms_since (start));

  /* Search across the library as the window does while typing (issue
   * 16): the best 20 figures of the other reports, queries of one, two
   * and more characters, 10 runs each. */
  if (dataset != NULL)
    {
      g_autoptr(RdSearch) search = rd_search_new (dataset);
      const char *queries[] = { "税", "失业", "GD", "生产总值", "粮食总产量", "unemployment", "不存在的指标" };

      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
          guint n = 0;

          for (int r = 0; r < 10; r++)
            {
              g_autoptr(GListModel) found = NULL;
              double ms;

              start = g_get_monotonic_time ();
              found = rd_search_query_others (search, queries[q], 20);
              ms = ms_since (start);
              g_array_append_val (times, ms);
              n = g_list_model_get_n_items (found);
            }
          g_array_sort (times, compare_doubles);
          g_print ("search the other reports for \"%s\" (%u results): median %.2f ms, max %.2f ms\n",
                   queries[q], n, g_array_index (times, double, 5), g_array_index (times, double, 9));
        }
    }
  g_clear_object (&dataset);

  start = g_get_monotonic_time ();
  if (id > 0 && !rd_library_remove_report (library, id, &error))
    g_printerr ("%s\n", error->message);
  if (id > 0)
    g_print ("remove a report: %.1f ms\n", ms_since (start));

  g_clear_pointer (&library, rd_library_close);
  if (dir != NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
    }
  g_free (keep);
  return 0;
}
