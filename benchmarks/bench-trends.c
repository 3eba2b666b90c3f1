/* bench-trends.c: from choosing an indicator to the Trends chart's first
 * frame, on a library of many reports (issue 17: "the Trends view drawn
 * within one frame of the choice"). Prints figures; not a test.
 *
 *   xvfb-run -a bench-trends [--runs N] [--page chart|targets|compare] LIBRARY REGION
 *
 * A 1,000-report library: bench-library --keep PATH REPORT.txt... (see
 * BENCHMARKS.md). The view is an RdTrendView in a 1280 × 800 window, as
 * in the main window; each run chooses the next of the region's
 * indicators (rd_trend_view_set_indicator(), what the drop-down does)
 * and times (a) until the data is read and built (on the main thread
 * for the pages Trend and Targets Met; in a thread for Compare, whose
 * main-thread share is the rest), and (b) until the window's frame clock
 * has painted the next frame, the chart in it.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-catalog.h"
#include "rd-trend-view.h"

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_times (const char *what,
             GArray     *times)
{
  double *t = (double *) times->data;
  guint n = times->len;

  g_array_sort (times, compare_doubles);
  g_print ("%-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%u runs)\n", what,
           t[n / 2], t[MIN (n - 1, (guint) (0.95 * n))], t[n - 1], n);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("LIBRARY REGION");
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GArray) called = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) framed = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) key_list = NULL;
  g_auto(GStrv) listed = NULL;
  g_autofree char *page = NULL;
  GPtrArray *entries;
  GtkWindow *window;
  RdTrendView *view;
  GdkFrameClock *clock;
  int runs = 40;
  GOptionEntry options[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Indicators chosen (40)", "N" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "The page shown: chart (default), targets or compare", "PAGE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 || runs < 2)
    {
      g_printerr ("%s\n", error ? error->message : "usage: bench-trends [--runs N] [--page PAGE] LIBRARY REGION");
      return 2;
    }
  gtk_init ();

  entries = rd_catalog_get_entries ();
  for (guint i = 0; i < entries->len; i++)
    g_strv_builder_add (keys, ((const RdCatalogEntry *) entries->pdata[i])->key);
  key_list = g_strv_builder_end (keys);

  view = RD_TREND_VIEW (rd_trend_view_new ());
  rd_trend_view_set_catalog (view, (const char * const *) key_list, (const char * const *) key_list);
  rd_trend_view_set_library (view, argv[1], argv[2]);
  rd_trend_view_set_region (view, argv[2]);
  rd_trend_view_set_page (view, page ? page : "chart");
  listed = rd_trend_view_dup_indicators (view);
  if (g_strv_length (listed) < 2)
    {
      g_printerr ("the region %s has figures of %u indicators: two or more are needed\n",
                  argv[2], g_strv_length (listed));
      return 1;
    }

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);

  for (int run = 0; run < runs; run++)
    {
      const char *key = listed[run % g_strv_length (listed)];
      gint64 start;
      double t;

      if (g_strcmp0 (key, rd_trend_view_get_indicator (view)) == 0)
        key = listed[(run + 1) % g_strv_length (listed)];
      /* Let the previous frame finish first. */
      painted = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (view));
      while (!painted)
        g_main_context_iteration (NULL, TRUE);

      painted = FALSE;
      start = g_get_monotonic_time ();
      rd_trend_view_set_indicator (view, key);
      /* The page Compare reads in a thread: until it is read. */
      while (rd_trend_view_is_loading (view))
        g_main_context_iteration (NULL, TRUE);
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (called, t);
      /* A frame painted while the thread read is not the chart's. */
      painted = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (view));
      while (!painted)
        g_main_context_iteration (NULL, TRUE);
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (framed, t);
    }

  g_print ("bench-trends: %s, region %s, page %s, %u indicators of it in turn\n",
           argv[1], argv[2], page ? page : "chart", g_strv_length (listed));
  print_times ("choice → data read and built", called);
  print_times ("choice → first frame painted", framed);
  gtk_window_destroy (window);
  return 0;
}
