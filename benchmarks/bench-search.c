/* bench-search.c: search latency on the built-in dataset and a large one
 *
 *   bench-search BUILTIN.sqlite [LARGE.sqlite ...]
 *
 * For each dataset: the time to open it and to prepare the search, then
 * the latency of the search-as-you-type query (the best 50 results) and
 * of the table filter (every match), each query repeated,
 * as median and 95th percentile, per query length. The large dataset is
 * made by generate-dataset.py (200,000 figures from 1,000 reports).
 *
 * With a display (xvfb-run), also the table view: the time to show a
 * dataset in it and to scroll from top to bottom in steps, and how many
 * figures became objects and rows became widgets on the way; and Actual
 * vs Target: the time and CPU to show the dataset's pairs and to select
 * rows from top to bottom.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <gtk/gtk.h>

#include "rd-indicator-list.h"
#include "rd-pairs-view.h"
#include "rd-search.h"
#include "rd-table-view.h"

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

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scrolled_window (child)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

static void
on_after_paint (GdkFrameClock *clock,
                guint         *painted)
{
  (*painted)++;
}

/* Runs the main loop until the window has painted @n more frames. */
static void
wait_frames (guint *painted,
             guint  n)
{
  guint until = *painted + n;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (*painted < until && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

/* Shows @view alone in @window, 1200×800, and returns its frame clock
 * once it has painted three frames, counted in @painted. */
static GdkFrameClock *
present_window (GtkWidget *window,
                GtkWidget *view,
                guint     *painted)
{
  GdkFrameClock *clock;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), painted);
  wait_frames (painted, 3);
  return clock;
}

static void
bench_table (RdDataset *dataset,
             RdSearch  *search)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rd_table_view_new ();
  RdIndicatorList *list = RD_INDICATOR_LIST (rd_dataset_get_indicators (dataset));
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  GtkAdjustment *adjustment;
  GdkFrameClock *clock;
  guint painted = 0, n_steps = 40, made_before;
  double show_ms;
  gint64 start;

  clock = present_window (window, view, &painted);

  made_before = rd_indicator_list_get_n_made (list);
  start = g_get_monotonic_time ();
  rd_table_view_set_search (RD_TABLE_VIEW (view), search);
  wait_frames (&painted, 1);
  show_ms = elapsed_ms (start);

  /* Jump down a 40th of the table at a time: every step shows new rows. */
  adjustment = gtk_scrolled_window_get_vadjustment (find_scrolled_window (view));
  for (guint i = 1; i <= n_steps; i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, (gtk_adjustment_get_upper (adjustment) -
                                             gtk_adjustment_get_page_size (adjustment)) * i / n_steps);
      wait_frames (&painted, 1);
      ms = elapsed_ms (start);
      g_array_append_val (steps, ms);
    }

  g_print ("  table view: shown in %.0f ms (to the first frame); top to bottom in %u jumps,\n"
           "              each painted in median %.1f ms, max %.1f ms; %u of %u figures made\n"
           "              into objects on the way; %u widgets in the view\n",
           show_ms, n_steps, percentile (steps, 0.5), percentile (steps, 1.0),
           rd_indicator_list_get_n_made (list) - made_before,
           g_list_model_get_n_items (G_LIST_MODEL (list)), count_widgets (view));
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, &painted);
  gtk_window_destroy (GTK_WINDOW (window));
}

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
         usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

/* Actual vs Target (issue 19, point 12): the time and CPU to show the
 * dataset's pairs, then 40 jumps down the table, each selecting the row
 * it lands on (the chart follows), each timed to the next painted frame. */
static void
bench_pairs (RdDataset *dataset)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rd_pairs_view_new ();
  RdIndicatorList *list = RD_INDICATOR_LIST (rd_dataset_get_indicators (dataset));
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *pairs;
  GdkFrameClock *clock;
  guint painted = 0, n_steps = 40, made_before, n_pairs;
  double show_ms, show_cpu, steps_cpu;
  gint64 start;

  clock = present_window (window, view, &painted);

  made_before = rd_indicator_list_get_n_made (list);
  show_cpu = cpu_ms ();
  start = g_get_monotonic_time ();
  rd_pairs_view_set_dataset (RD_PAIRS_VIEW (view), dataset);
  wait_frames (&painted, 1);
  show_ms = elapsed_ms (start);
  show_cpu = cpu_ms () - show_cpu;

  pairs = rd_pairs_view_get_pairs (RD_PAIRS_VIEW (view));
  n_pairs = g_list_model_get_n_items (pairs);
  steps_cpu = cpu_ms ();
  for (guint i = 1; i <= n_steps && n_pairs > 0; i++)
    {
      guint row = (guint) ((guint64) (n_pairs - 1) * i / n_steps);
      double ms;

      start = g_get_monotonic_time ();
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (pairs), row, TRUE);
      wait_frames (&painted, 1);
      ms = elapsed_ms (start);
      g_array_append_val (steps, ms);
    }
  steps_cpu = cpu_ms () - steps_cpu;

  g_print ("  actual vs target: %u pairs shown in %.0f ms (to the first frame, %.0f ms CPU);\n"
           "              %u rows selected top to bottom, each painted in median %.1f ms,\n"
           "              max %.1f ms (%.0f ms CPU in all); %u of %u figures made into objects\n",
           n_pairs, show_ms, show_cpu, n_steps, percentile (steps, 0.5), percentile (steps, 1.0),
           steps_cpu, rd_indicator_list_get_n_made (list) - made_before,
           g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, &painted);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
bench_dataset (const char *path,
               gboolean    with_table)
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
  if (with_table)
    {
      bench_table (dataset, search);
      bench_pairs (dataset);
    }
  for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
    g_array_unref (by_length[i]);
}

int
main (int argc, char *argv[])
{
  gboolean display;

  if (argc < 2)
    {
      g_printerr ("Usage: %s DATASET.sqlite [DATASET.sqlite ...]\n", argv[0]);
      return 2;
    }

  setlocale (LC_ALL, "");
  g_print ("Search latency: %u queries x %d runs, the best %d results\n",
           (guint) G_N_ELEMENTS (queries), REPEATS, LIMIT);
  display = gtk_init_check ();
  if (!display)
    g_print ("(no display: the table view is not measured; run under xvfb-run)\n");
  for (int i = 1; i < argc; i++)
    bench_dataset (argv[i], display);
  return 0;
}
