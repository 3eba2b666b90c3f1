/* bench-search.c: search latency on the built-in dataset and a large one
 *
 *   bench-search BUILTIN.sqlite [LARGE.sqlite ...]
 *
 * For each dataset: the time to open it and to prepare the search, then
 * the latency of the search-as-you-type query (the best 50 results) and
 * of the table filter (every match), each query repeated,
 * as median and 95th percentile, per query length. The large dataset is
 * made by generate-dataset.py (200,000 figures from 1,000 reports).
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "rd-search.h"

#define REPEATS 15
#define LIMIT 50

static const char *queries[] = {
  /* one character */
  "税", "亿", "9", "率", "园",
  /* two */
  "专利", "空气", "外贸", "增长", "投资", "企业", "GD",
  /* three or more */
  "GDP", "gdp growth", "优良天数", "规模工业增加值", "固定资产投资", "retail sales",
  "万平方米", "科技创新", "发明专利申请", "一般公共预算收入", "R&D", "高新技术企业",
  "Invention patent", "不存在的指标",
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *ms,
            double  p)
{
  double *v = (double *) (gpointer) ms->data;
  guint i;

  if (ms->len == 0)
    return 0;
  qsort (v, ms->len, sizeof (double), compare_doubles);
  i = (guint) (p * (ms->len - 1) + 0.5);
  return v[MIN (i, ms->len - 1)];
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *what,
        GArray     *ms)
{
  g_autoptr(GArray) copy = g_array_copy (ms);
  double median = percentile (copy, 0.5);
  double p95 = percentile (copy, 0.95);
  double max = percentile (copy, 1.0);

  g_print ("  %-34s n=%-4u median %7.2f ms   p95 %7.2f ms   max %7.2f ms\n",
           what, ms->len, median, p95, max);
}

static void
bench_dataset (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(RdSearch) search = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *by_length[3];
  g_autoptr(GArray) filter = g_array_new (FALSE, FALSE, sizeof (double));
  double open_ms, prepare_ms;
  gint64 start;

  for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
    by_length[i] = g_array_new (FALSE, FALSE, sizeof (double));

  start = g_get_monotonic_time ();
  dataset = rd_dataset_open (path, &error);
  open_ms = elapsed_ms (start);
  if (dataset == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  search = rd_search_new (dataset);
  prepare_ms = elapsed_ms (start);

  g_print ("%s\n  %u figures; open %.0f ms, search ready %.0f ms, full-text index: %s\n",
           path, g_list_model_get_n_items (rd_dataset_get_indicators (dataset)),
           open_ms, prepare_ms, rd_search_has_index (search) ? "yes" : "no");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      glong n_chars = g_utf8_strlen (queries[q], -1);
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      guint n_matches = 0;

      for (guint r = 0; r < REPEATS; r++)
        {
          g_autoptr(GListModel) results = NULL;
          double ms;

          start = g_get_monotonic_time ();
          results = rd_search_query (search, queries[q], LIMIT, NULL);
          ms = elapsed_ms (start);
          g_array_append_val (times, ms);
          g_array_append_val (all, ms);
          g_array_append_val (by_length[MIN (n_chars, 3) - 1], ms);
        }
      if (g_getenv ("BENCH_VERBOSE"))
        {
          g_autoptr(GArray) copy = g_array_copy (times);
          g_autoptr(GListModel) results = rd_search_query (search, queries[q], LIMIT, &n_matches);

          g_print ("    %-20s %7u matches  median %.2f ms\n", queries[q], n_matches,
                   percentile (copy, 0.5));
        }

      for (guint r = 0; r < 3; r++)
        {
          g_autoptr(RdMatchSet) set = NULL;
          double ms;

          start = g_get_monotonic_time ();
          set = rd_search_match_all (search, queries[q]);
          ms = elapsed_ms (start);
          g_array_append_val (filter, ms);
        }
    }

  report ("search, 1 character", by_length[0]);
  report ("search, 2 characters", by_length[1]);
  report ("search, 3+ characters", by_length[2]);
  report ("search, all queries", all);
  report ("table filter (every match)", filter);
  for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
    g_array_unref (by_length[i]);
}

int
main (int argc, char *argv[])
{
  if (argc < 2)
    {
      g_printerr ("Usage: %s DATASET.sqlite [DATASET.sqlite ...]\n", argv[0]);
      return 2;
    }

  setlocale (LC_ALL, "");
  g_print ("Search latency: %u queries x %d runs, the best %d results\n",
           (guint) G_N_ELEMENTS (queries), REPEATS, LIMIT);
  for (int i = 1; i < argc; i++)
    bench_dataset (argv[i]);
  return 0;
}
