/* bench-render.c: how long a chart takes to draw, next to matplotlib
 *
 * For each chart type, renders a representative chart of the real dataset
 * at 1920×1080 into an ARGB32 image surface, then also writes it as PNG
 * (with the app's export writer, and with cairo's for reference), and
 * prints the median and 95th percentile and the size of each file; then
 * runs the matplotlib anchor (../shared/tools/anchor_mpl.py, whose time
 * includes savefig as PNG) in the same run and prints the ratios. With
 * --png-dir it instead writes every chart of the dataset as a PNG, to
 * look at.
 */
#define G_LOG_DOMAIN "reportdash-bench"

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rd-dataset.h"
#include "rd-format.h"
#include "rd-png.h"
#include "rd-render.h"
#include "rd-series.h"
#include "rd-trend.h"

static const char *types[] = { "kpi", "bar", "hbar", "grouped", "bullet", "donut", "waffle", "fact", "pairs",
                               "trend" };

static int     runs = 50;
static int     width = 1920;
static int     height = 1080;
static int     anchor_runs = 20;
static char   *dataset_path;
static char   *anchor_path;
static char   *python_path;
static char   *png_dir;
static char   *language;
static gboolean no_anchor;

static const GOptionEntry entries[] = {
  { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs per chart (50)", "N" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Surface width (1920)", "PX" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Surface height (1080)", "PX" },
  { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &dataset_path, "Dataset (default $REPORTDASH_DATASET)", "PATH" },
  { "anchor", 0, 0, G_OPTION_ARG_FILENAME, &anchor_path,
    "matplotlib anchor script (default $RD_ANCHOR_MPL or SOURCE_ROOT/../shared/tools/anchor_mpl.py)", "PATH" },
  { "anchor-runs", 0, 0, G_OPTION_ARG_INT, &anchor_runs, "Runs of the anchor (20)", "N" },
  { "python", 0, 0, G_OPTION_ARG_FILENAME, &python_path, "Python for the anchor (/usr/bin/python3)", "PATH" },
  { "no-anchor", 0, 0, G_OPTION_ARG_NONE, &no_anchor, "Do not run matplotlib", NULL },
  { "language", 'l', 0, G_OPTION_ARG_STRING, &language, "zh or en (default: the locale)", "LANG" },
  { "png-dir", 0, 0, G_OPTION_ARG_FILENAME, &png_dir,
    "Write every chart of the dataset as PNG (light and dark) to DIR and exit", "DIR" },
  { NULL }
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *times,
            double  p)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, MIN ((guint) (p * times->len), times->len - 1));
}

typedef enum { NO_PNG, APP_PNG, CAIRO_PNG } PngWriter;

static double
render_ms (const RdChartData   *data,
           const RdRenderStyle *style,
           PngWriter            writer,
           const char          *png)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  rd_render_chart (cr, data, style, NULL, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (writer == CAIRO_PNG && cairo_surface_write_to_png (surface, png) != CAIRO_STATUS_SUCCESS)
    g_error ("could not write %s", png);
  if (writer == APP_PNG)
    {
      g_autoptr(GFile) file = g_file_new_for_path (png);
      g_autoptr(GError) error = NULL;
      g_autoptr(GFileOutputStream) stream =
        g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);

      if (stream == NULL ||
          !rd_png_write (surface, 96, data->title, G_OUTPUT_STREAM (stream), NULL, &error) ||
          !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
        g_error ("could not write %s: %s", png, error->message);
    }
  cairo_surface_destroy (surface);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_runs (const RdChartData   *data,
           const RdRenderStyle *style,
           PngWriter            writer,
           const char          *png,
           double              *p95)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < runs; i++)
    {
      double ms = render_ms (data, style, writer, png);
      g_array_append_val (times, ms);
    }
  *p95 = percentile (times, 0.95);
  return percentile (times, 0.5);
}

/* A trend of 25 years (2001–2025) as the library gives one: an actual
 * most years (two missing), a target every year, every fourth a range. */
static RdChartData *
trend_of_25_years (void)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  g_autoptr(RdTrend) trend = NULL;

  for (int year = 2001; year <= 2025; year++)
    for (int target = 0; target <= 1; target++)
      {
        RdSeriesPoint *point = g_new0 (RdSeriesPoint, 1);

        if (!target && (year == 2005 || year == 2012))
          {
            g_free (point);
            continue;
          }
        point->region = g_strdup ("湖南省");
        point->year = year;
        point->report_year = target ? year : year + 1;
        point->basis = g_strdup (target ? "target" : "actual");
        point->value = target ? 8 - (year - 2001) * 0.12 : 4 + (year * 37 % 11);
        point->value_max = target && year % 4 == 0 ? point->value + 0.5 : point->value;
        point->unit = g_strdup ("%");
        point->unit_en = g_strdup ("%");
        point->measure = g_strdup ("growth");
        point->name_zh = g_strdup ("地区生产总值增长");
        g_ptr_array_add (points, point);
      }
  trend = rd_trend_new (points, NULL, NULL);
  return rd_chart_data_new_for_trend (trend, "湖南省 · 地区生产总值增长");
}

/* The chart of @type with the most figures: the heaviest of its kind. */
static RdChartSpec *
representative (RdDataset  *dataset,
                const char *type)
{
  GListModel *sectors = rd_dataset_get_sectors (dataset);
  RdChartSpec *best = NULL;

  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, s);
      GListModel *charts = rd_sector_get_charts (sector);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, c);

          if (g_str_equal (rd_chart_spec_get_chart_type (spec), type) &&
              (best == NULL || rd_chart_spec_get_n_figures (spec) > rd_chart_spec_get_n_figures (best)))
            g_set_object (&best, spec);
        }
    }
  return best;
}

static double
run_anchor (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *count = g_strdup_printf ("%d", anchor_runs);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { python_path, anchor_path, count, NULL };
  const char *median;
  int status;

  if (!g_file_test (anchor_path, G_FILE_TEST_EXISTS))
    {
      g_print ("matplotlib anchor: skipped, %s not found (--anchor PATH)\n", anchor_path);
      return -1;
    }
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &status, &error))
    {
      g_print ("matplotlib anchor: skipped, %s\n", error->message);
      return -1;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      if (err != NULL && strstr (err, "No module named 'matplotlib'") != NULL)
        g_print ("matplotlib anchor: skipped, python3-matplotlib is not installed "
                 "(apt-get install -y python3-matplotlib)\n");
      else
        g_print ("matplotlib anchor: skipped, it failed:\n%s", err ? err : "");
      return -1;
    }

  g_print ("matplotlib anchor (%s %s %d): %s", python_path, anchor_path, anchor_runs, out);
  median = strstr (out, "per_chart_median_ms=");
  return median != NULL ? g_ascii_strtod (median + strlen ("per_chart_median_ms="), NULL) : -1;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : -1;
}

static int
write_pngs (RdDataset *dataset)
{
  static const int sizes[][2] = { { 280, 220 }, { 800, 600 }, { 1920, 1080 } };
  GListModel *sectors = rd_dataset_get_sectors (dataset);
  const char *lang = rd_format_use_chinese () ? "zh" : "en";

  g_mkdir_with_parents (png_dir, 0755);
  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, s);
      GListModel *charts = rd_sector_get_charts (sector);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, c);
          g_autoptr(RdChartData) data = rd_chart_data_new_for_spec (spec, rd_dataset_get_title (dataset));

          for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
            for (int dark = 0; dark <= 1; dark++)
              {
                g_autofree char *name = g_strdup_printf ("%s-%s-%dx%d-%s.png", rd_chart_spec_get_id (spec),
                                                         lang, sizes[z][0], sizes[z][1],
                                                         dark ? "dark" : "light");
                g_autofree char *path = g_build_filename (png_dir, name, NULL);
                RdRenderStyle style;

                rd_render_style_init (&style, dark);
                width = sizes[z][0];
                height = sizes[z][1];
                render_ms (data, &style, APP_PNG, path);
              }
        }
    }
  g_print ("wrote the charts to %s\n", png_dir);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the chart renderers");
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  const char *localedir = g_getenv ("REPORTDASH_LOCALEDIR");
  double anchor_ms;
  RdRenderStyle style;
  g_autofree double *medians = g_new0 (double, G_N_ELEMENTS (types));
  g_autofree double *png_medians = g_new0 (double, G_N_ELEMENTS (types));

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (dataset_path == NULL)
    dataset_path = g_strdup (g_getenv ("REPORTDASH_DATASET"));
  if (anchor_path == NULL)
    anchor_path = g_strdup (g_getenv ("RD_ANCHOR_MPL"));
  if (anchor_path == NULL)
    anchor_path = g_build_filename (RD_SOURCE_ROOT, "..", "shared", "tools", "anchor_mpl.py", NULL);
  if (python_path == NULL)
    python_path = g_strdup ("/usr/bin/python3");
  if (language != NULL)
    rd_format_force_language (language);
  runs = MAX (runs, 1);

  if (dataset_path == NULL)
    {
      g_printerr ("No dataset: pass --dataset PATH or set REPORTDASH_DATASET\n");
      return 2;
    }
  dataset = rd_dataset_open (dataset_path, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (png_dir != NULL)
    return write_pngs (dataset);

  rd_render_style_init (&style, FALSE);
  g_print ("ReportDash chart rendering, %d×%d ARGB32 image surface, %d runs per chart "
           "(after 3 warm-up runs), language %s\n\n",
           width, height, runs, rd_format_use_chinese () ? "zh" : "en");
  g_print ("%-8s %-36s %16s %20s %12s %10s %10s\n", "type", "chart", "render (p95)", "+PNG export (p95)",
           "+cairo PNG", "export B", "cairo B");

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(RdChartSpec) spec = NULL;
      g_autoptr(RdChartData) data = NULL;
      g_autofree char *png = g_strdup_printf ("%s/rd-bench-%s.png", g_get_tmp_dir (), types[t]);
      const char *id;
      double p95, png_p95, cairo_p95, cairo_median;
      goffset png_size, cairo_size;

      /* The chart of Actual vs Target is not a dashboard chart: it is
       * drawn from the dataset's pairs (all 19 of the report). */
      if (g_str_equal (types[t], "pairs"))
        {
          data = rd_chart_data_new_for_pairs (rd_dataset_get_pairs (dataset), NULL, rd_dataset_get_title (dataset));
          id = "actual-vs-target (pairs view)";
        }
      else if (g_str_equal (types[t], "trend"))
        {
          data = trend_of_25_years ();
          id = "25 years, actual and target";
        }
      else if ((spec = representative (dataset, types[t])) != NULL)
        {
          data = rd_chart_data_new_for_spec (spec, rd_dataset_get_title (dataset));
          id = rd_chart_spec_get_id (spec);
        }
      else
        {
          g_print ("%-8s (no chart of this type in the dataset)\n", types[t]);
          continue;
        }

      for (int i = 0; i < 3; i++)
        render_ms (data, &style, APP_PNG, png);
      medians[t] = time_runs (data, &style, NO_PNG, NULL, &p95);
      png_medians[t] = time_runs (data, &style, APP_PNG, png, &png_p95);
      png_size = file_size (png);
      cairo_median = time_runs (data, &style, CAIRO_PNG, png, &cairo_p95);
      cairo_size = file_size (png);

      g_print ("%-8s %-36s %6.2f (%5.2f) ms %8.2f (%6.2f) ms %9.2f ms %10" G_GOFFSET_FORMAT " %10" G_GOFFSET_FORMAT "\n",
               types[t], id, medians[t], p95, png_medians[t], png_p95, cairo_median, png_size, cairo_size);
    }

  g_print ("\n");
  anchor_ms = no_anchor ? -1 : run_anchor ();
  if (no_anchor)
    g_print ("matplotlib anchor: skipped (--no-anchor)\n");
  if (anchor_ms > 0)
    {
      g_print ("\nmatplotlib median per chart (savefig PNG included): %.1f ms\n", anchor_ms);
      g_print ("%-8s %10s %16s   (matplotlib median / ReportDash median; target: 10× or more)\n",
               "type", "render", "render+PNG");
      for (guint t = 0; t < G_N_ELEMENTS (types); t++)
        if (medians[t] > 0)
          g_print ("%-8s %9.1f× %15.1f×\n", types[t], anchor_ms / medians[t], anchor_ms / png_medians[t]);
    }

  return 0;
}
