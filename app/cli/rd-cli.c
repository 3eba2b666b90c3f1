/* rd-cli.c: nothing here may initialise GTK */
#define G_LOG_DOMAIN "reportdash-cli"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>
#include <glib/gstdio.h>

#include "rd-cli.h"
#include "rd-cli-library.h"
#include "rd-library.h"
#include "rd-dataset.h"
#include "rd-export.h"
#include "rd-format.h"
#include "rd-paths.h"

#define EXIT_USAGE RD_CLI_EXIT_USAGE
#define fail rd_cli_fail

void
rd_cli_fail (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("reportdash: %s\n", message);
}

/* The report of a library that --region/--year chose, or 0: the first. */
static gint64 chosen_report = 0;

static RdDataset *
open_dataset (const char *path)
{
  g_autofree char *builtin = NULL;
  g_autofree char *library = NULL;
  g_autoptr(GError) error = NULL;
  RdDataset *dataset;

  if (path == NULL && chosen_report > 0)
    path = library = rd_library_get_default_path ();
  if (path == NULL)
    path = builtin = rd_paths_get_builtin_dataset ();

  dataset = chosen_report > 0 ? rd_dataset_open_report (path, chosen_report, &error)
                              : rd_dataset_open (path, &error);
  if (dataset == NULL)
    {
      const char *hint = rd_dataset_error_hint (error);

      fail ("%s%s%s", error->message, hint ? " " : "", hint ? hint : "");
    }
  return dataset;
}

int
rd_cli_check (const char *path)
{
  g_autofree char *builtin = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  g_autofree char *display = NULL;

  if (path == NULL)
    path = builtin = rd_paths_get_builtin_dataset ();

  display = g_filename_display_name (path);
  dataset = open_dataset (path);
  if (dataset == NULL)
    return 1;

  /* Translators: %s is a file name; the numbers count figures, charts and sectors. */
  g_print (_("%s: OK, %u figures in %u charts across %u sectors\n"), display,
           g_list_model_get_n_items (rd_dataset_get_indicators (dataset)),
           rd_dataset_get_n_charts (dataset),
           g_list_model_get_n_items (rd_dataset_get_sectors (dataset)));
  return 0;
}

/* The charts of the dashboard, in its order, whose id or sector is
 * @target ("all": every chart). */
static GPtrArray *
find_charts (RdDataset  *dataset,
             const char *target)
{
  GListModel *sectors = rd_dataset_get_sectors (dataset);
  GPtrArray *specs = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean all = target == NULL || g_str_equal (target, "all");

  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, s);
      GListModel *charts = rd_sector_get_charts (sector);
      gboolean whole = all || g_str_equal (rd_sector_get_id (sector), target);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, c);

          if (whole || g_str_equal (rd_chart_spec_get_id (spec), target))
            g_ptr_array_add (specs, g_steal_pointer (&spec));
        }
    }

  return specs;
}

/* What `--export @target` draws: the dashboard's charts that
 * find_charts() gives, or for "pairs" the chart of Actual vs Target (the
 * window's pairs view), each result against its target. */
static GPtrArray *
chart_data_for (RdDataset  *dataset,
                const char *target)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
  g_autoptr(GPtrArray) specs = NULL;

  if (g_strcmp0 (target, "pairs") == 0)
    {
      GListModel *pairs = rd_dataset_get_pairs (dataset);

      if (g_list_model_get_n_items (pairs) > 0)
        g_ptr_array_add (charts, rd_chart_data_new_for_pairs (pairs, NULL, rd_dataset_get_title (dataset)));
      return charts;
    }

  specs = find_charts (dataset, target);
  for (guint i = 0; i < specs->len; i++)
    g_ptr_array_add (charts, rd_chart_data_new_for_spec (specs->pdata[i], rd_dataset_get_title (dataset)));
  return charts;
}

void
rd_cli_append_safe (GString    *out,
                    const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else if (g_unichar_type (c) != G_UNICODE_FORMAT)
        g_string_append_unichar (out, c);
    }
}

static int
list_charts (const char *path)
{
  g_autoptr(RdDataset) dataset = open_dataset (path);
  g_autoptr(GPtrArray) specs = NULL;

  if (dataset == NULL)
    return 1;

  specs = find_charts (dataset, "all");
  for (guint i = 0; i < specs->len; i++)
    {
      RdChartSpec *spec = specs->pdata[i];

      g_autoptr(GString) line = g_string_new (NULL);
      const char *fields[] = { rd_chart_spec_get_id (spec), rd_chart_spec_get_sector (spec),
                               rd_chart_spec_get_chart_type (spec), rd_chart_spec_get_title (spec) };

      /* Titles come from the data: nothing in them may drive the terminal. */
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          if (f > 0)
            g_string_append_c (line, '\t');
          rd_cli_append_safe (line, fields[f]);
        }
      g_print ("%s\n", line->str);
    }
  return 0;
}

/* "1920x1080", "1920×1080", "a4" or "a4-landscape". */
static gboolean
parse_size (const char      *text,
            RdExportOptions *options)
{
  g_auto(GStrv) parts = NULL;
  char *end = NULL;

  if (g_ascii_strcasecmp (text, "a4") == 0 || g_ascii_strcasecmp (text, "a4-landscape") == 0)
    {
      options->size = g_ascii_strcasecmp (text, "a4") == 0 ? RD_EXPORT_SIZE_A4_PORTRAIT
                                                           : RD_EXPORT_SIZE_A4_LANDSCAPE;
      return TRUE;
    }

  parts = g_regex_split_simple ("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[xX×]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*$",
                                text, 0, 0);
  if (g_strv_length (parts) != 4)
    return FALSE;

  options->size = RD_EXPORT_SIZE_CUSTOM;
  options->width = g_ascii_strtod (parts[1], &end);
  options->height = g_ascii_strtod (parts[2], &end);
  return options->width > 0 && options->height > 0;
}

static gboolean
parse_choice (const char         *text,
              const char * const *names,
              int                *value)
{
  for (int i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

/* Figures, units and the words of the drawing in @lang ("zh" or "en"),
 * whatever the locale. */
static void
force_language (const char *lang)
{
  gboolean chinese = g_str_equal (lang, "zh");
  const char *messages = setlocale (LC_MESSAGES, NULL);

  rd_format_force_language (lang);
  g_setenv ("LANGUAGE", chinese ? "zh_CN" : "en", TRUE);
  /* gettext ignores LANGUAGE in the C locale, and prints no Chinese in
   * ASCII. */
  if (chinese && (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    {
      setlocale (LC_MESSAGES, "C.UTF-8");
      setlocale (LC_CTYPE, "C.UTF-8");
    }
  /* Drops the translations gettext has cached. */
  textdomain (GETTEXT_PACKAGE);
}

typedef struct
{
  const char *target;
  const char *format;
  const char *size;
  int         scale;
  const char *output;
  const char *background;
  gboolean    caption;
  gboolean    overwrite;
  const char *dataset;
  const char *library;
  const char *region;
} ExportArgs;

typedef struct
{
  GMainLoop *loop;
  GPtrArray *written;
  GError    *error;
} ExportWait;

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  ExportWait *wait = data;

  wait->written = rd_export_charts_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static gboolean
cancel_on_signal (gpointer cancellable)
{
  g_cancellable_cancel (cancellable);
  return G_SOURCE_CONTINUE;
}

/* rd_export_charts(), but Ctrl+C, a kill or a closed terminal cancel it,
 * and cancelling removes the temporary files: nothing is left behind. */
static GPtrArray *
export_interruptible (GPtrArray             *charts,
                      int                    year,
                      const char            *output,
                      const RdExportOptions *options,
                      GError               **error)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  ExportWait wait = { loop, NULL, NULL };
  guint sources[G_N_ELEMENTS (signals)];

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    sources[i] = g_unix_signal_add (signals[i], cancel_on_signal, cancellable);
  rd_export_charts_async (charts, year, output, options, NULL, NULL, cancellable, export_done, &wait);
  g_main_loop_run (loop);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_source_remove (sources[i]);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.written;
}

/* Whether `--export @target` draws from the library's series of an
 * indicator (trend:KEY, compare:KEY, targets:KEY) rather than a report's charts. */
static gboolean
is_library_export (const char *target)
{
  return g_str_has_prefix (target, "trend:") || g_str_has_prefix (target, "compare:") ||
         g_str_has_prefix (target, "targets:");
}

static int
export_charts (const ExportArgs *args)
{
  static const char * const formats[] = { "png", "svg", "pdf", NULL };
  static const char * const backgrounds[] = { "white", "transparent", "dark", NULL };
  RdExportOptions options;
  int format = RD_EXPORT_PNG, background = RD_EXPORT_BACKGROUND_WHITE;
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  rd_export_options_init (&options);

  if (args->format != NULL && !parse_choice (args->format, formats, &format))
    {
      fail (_("“%s” is not a format: use png, svg or pdf."), args->format);
      return EXIT_USAGE;
    }
  options.format = format;

  if (args->size != NULL && !parse_size (args->size, &options))
    {
      fail (_("“%s” is not a size: use WIDTHxHEIGHT (e.g. 1920x1080), a4 or a4-landscape."),
                  args->size);
      return EXIT_USAGE;
    }
  options.scale = args->scale;

  if (args->background != NULL && !parse_choice (args->background, backgrounds, &background))
    {
      fail (_("“%s” is not a background: use white, transparent or dark."),
                  args->background);
      return EXIT_USAGE;
    }
  options.background = background;
  options.include_caption = args->caption;
  options.overwrite = args->overwrite;

  /* Check the options before the output folder is made (a usage error creates nothing). */
  if (!rd_export_options_check (&options, &error))
    {
      fail ("%s", error->message);
      return EXIT_USAGE;
    }

  output = g_strdup (args->output ? args->output : ".");
  if (!is_library_export (args->target))
    {
      dataset = open_dataset (args->dataset);
      if (dataset == NULL)
        return 1;

      charts = chart_data_for (dataset, args->target);
      if (charts->len == 0)
        {
          fail (_("there is no chart or sector “%s”. Run reportdash --list-charts to see them."),
                args->target);
          return EXIT_USAGE;
        }
    }

  if (g_mkdir_with_parents (output, 0777) != 0)
    {
      int errsv = errno;
      g_autofree char *display = g_filename_display_name (output);

      /* Translators: the second %s is the system's reason. */
      fail (_("Cannot write to “%s”: %s. Choose another folder."), display, g_strerror (errsv));
      return 1;
    }

  /* A trend comes from the library: one chart a region. */
  if (g_str_has_prefix (args->target, "compare:"))
    return rd_cli_library_export_compare (args->library, args->target + strlen ("compare:"), args->region,
                                          &options, output);
  if (g_str_has_prefix (args->target, "targets:"))
    return rd_cli_library_export_targets (args->library, args->target + strlen ("targets:"), args->region,
                                          &options, output);
  if (dataset == NULL)
    return rd_cli_library_export_trend (args->library, args->target + strlen ("trend:"), args->region,
                                        &options, output);

  written = export_interruptible (charts, rd_dataset_get_year (dataset), output, &options, &error);
  if (written == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      fail (_("The export was interrupted: no file was written."));
      return 130;
    }
  if (written == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        fail ("%s %s", error->message, _("Use --overwrite to replace it."));
      else
        fail ("%s", error->message);
      /* A size or scale out of range is a wrong command, not a failure. */
      return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT) ? EXIT_USAGE : 1;
    }

  for (guint i = 0; i < written->len; i++)
    g_print ("%s\n", (const char *) written->pdata[i]);
  return 0;
}

void
rd_cli_preset_language (char **argv)
{
  for (int i = 1; argv[i] != NULL; i++)
    {
      const char *lang = NULL;

      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_has_prefix (argv[i], "--language="))
        lang = argv[i] + strlen ("--language=");
      else if (g_str_equal (argv[i], "--language"))
        lang = argv[i + 1];
      if (lang != NULL && (g_str_equal (lang, "zh") || g_str_equal (lang, "en")))
        force_language (lang);
    }
}

/* The options of rd_cli_run(); any of them makes a terminal command. */
static const char * const cli_options[] = {
  "--check", "--export", "--list-charts", "--format", "--size", "--scale", "--output",
  "--background", "--caption", "--language", "--overwrite",
  "--import", "--list-reports", "--list-figures", "--remove-report", "--region", "--year",
  "--series", "--targets", "--list-indicators", NULL
};

gboolean
rd_cli_handles (char **argv)
{
  gboolean found = FALSE;

  for (int i = 1; argv[i] != NULL; i++)
    {
      g_autofree char *name = g_strndup (argv[i], strcspn (argv[i], "="));

      /* GApplication prints the help, which lists these options too. */
      if (g_str_has_prefix (argv[i], "--help") || g_str_equal (argv[i], "-h") || g_str_equal (argv[i], "-?"))
        return FALSE;
      if (g_str_equal (argv[i], "--"))
        break;
      found = found || g_strv_contains (cli_options, name);
    }
  return found;
}

int
rd_cli_run (char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) args = g_strdupv (argv);
  g_auto(GStrv) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  g_autofree char *format = NULL;
  g_autofree char *size = NULL;
  g_autofree char *output = NULL;
  g_autofree char *background = NULL;
  g_autofree char *language = NULL;
  g_autofree char *library = NULL;
  g_autofree char *region = NULL;
  g_autofree char *remove = NULL;
  g_autofree char *series = NULL;
  g_autofree char *targets = NULL;
  gboolean list_indicators = FALSE;
  gboolean check = FALSE, list = FALSE, caption = FALSE, overwrite = FALSE;
  gboolean import = FALSE, list_reports = FALSE, list_figures = FALSE;
  int scale = 1, year = 0;
  const char *dataset;
  GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, NULL, NULL },
    { "export", 0, 0, G_OPTION_ARG_STRING, &target, NULL, NULL },
    { "list-charts", 0, 0, G_OPTION_ARG_NONE, &list, NULL, NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, NULL, NULL },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, NULL, NULL },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, NULL, NULL },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, NULL, NULL },
    { "background", 0, 0, G_OPTION_ARG_STRING, &background, NULL, NULL },
    { "caption", 0, 0, G_OPTION_ARG_NONE, &caption, NULL, NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, NULL, NULL },
    { "overwrite", 0, 0, G_OPTION_ARG_NONE, &overwrite, NULL, NULL },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library, NULL, NULL },
    { "import", 0, 0, G_OPTION_ARG_NONE, &import, NULL, NULL },
    { "list-reports", 0, 0, G_OPTION_ARG_NONE, &list_reports, NULL, NULL },
    { "list-figures", 0, 0, G_OPTION_ARG_NONE, &list_figures, NULL, NULL },
    { "remove-report", 0, 0, G_OPTION_ARG_STRING, &remove, NULL, NULL },
    { "series", 0, 0, G_OPTION_ARG_STRING, &series, NULL, NULL },
    { "targets", 0, 0, G_OPTION_ARG_STRING, &targets, NULL, NULL },
    { "list-indicators", 0, 0, G_OPTION_ARG_NONE, &list_indicators, NULL, NULL },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, NULL, NULL },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      fail ("%s", error->message);
      return EXIT_USAGE;
    }

  if (target == NULL && (format || size || output || background || caption || overwrite || scale != 1))
    {
      fail (_("--format, --size, --scale, --output, --background, --caption and --overwrite go with --export."));
      return EXIT_USAGE;
    }
  if ((check ? 1 : 0) + (list ? 1 : 0) + (target ? 1 : 0) + (import ? 1 : 0) +
      (list_reports ? 1 : 0) + (list_figures ? 1 : 0) + (remove ? 1 : 0) + (series ? 1 : 0) + (targets ? 1 : 0) +
      (list_indicators ? 1 : 0) != 1)
    {
      fail (_("use one of --check, --export, --list-charts, --import, --list-reports, --list-figures, --remove-report, --series, --targets and --list-indicators."));
      return EXIT_USAGE;
    }
  if ((region != NULL || year != 0) && (check || list_reports || remove || list_indicators ||
                                        ((series || targets) && year != 0)))
    {
      fail (_("--region and --year go with --import, --list-figures, --list-charts or --export; --region also with --series and --targets."));
      return EXIT_USAGE;
    }
  if (year != 0 && (year < 1949 || year > 2200))
    {
      fail (_("“%d” is not a year: give four digits, such as 2019."), year);
      return EXIT_USAGE;
    }
  if (import)
    {
      if (files == NULL || files[0] == NULL)
        {
          fail (_("--import needs at least one file."));
          return EXIT_USAGE;
        }
      return rd_cli_library_import (library, files, region, year);
    }
  if (files != NULL && (g_strv_length (files) > 1 || library != NULL))
    {
      fail (library ? _("give either --library or a dataset, not both.") : _("give at most one dataset."));
      return EXIT_USAGE;
    }
  dataset = files != NULL ? files[0] : library;

  if (language != NULL)
    {
      if (!g_str_equal (language, "zh") && !g_str_equal (language, "en"))
        {
          fail (_("“%s” is not a language: use zh or en."), language);
          return EXIT_USAGE;
        }
      force_language (language);
    }

  if (list_reports)
    return rd_cli_library_list_reports (library);
  if (list_figures)
    return rd_cli_library_list_figures (library, region, year);
  if (remove != NULL)
    return rd_cli_library_remove_report (library, remove);
  if (series != NULL)
    return rd_cli_library_series (library, series, region);
  if (targets != NULL)
    return rd_cli_library_targets (library, targets, region);
  if (list_indicators)
    return rd_cli_library_list_indicators (library);
  if (check)
    return rd_cli_check (dataset);
  /* --region/--year name one report of the library for its charts. */
  if ((list || (target != NULL && !is_library_export (target))) && (region != NULL || year != 0))
    {
      int status;

      if (files != NULL)
        {
          fail (_("--region and --year choose a report of a library: give it with --library."));
          return EXIT_USAGE;
        }
      status = rd_cli_library_find_report (library, region, year, &chosen_report);
      if (status != 0)
        return status;
    }
  if (list)
    return list_charts (dataset);

  return export_charts (&(ExportArgs) {
    .target = target,
    .format = format,
    .size = size,
    .scale = scale,
    .output = output,
    .background = background,
    .caption = caption,
    .overwrite = overwrite,
    .dataset = dataset,
    .library = library,
    .region = region,
  });
}
