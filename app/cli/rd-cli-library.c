/* rd-cli-library.c: the library from a terminal; nothing here may
 * initialise GTK */
#define G_LOG_DOMAIN "reportdash-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rd-cli.h"
#include "rd-cli-library.h"
#include "rd-import.h"
#include "rd-catalog.h"
#include "rd-library.h"
#include "rd-format.h"
#include "rd-series.h"
#include "rd-targets.h"
#include "rd-trend.h"

static RdLibrary *
open_library (const char *path)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  RdLibrary *library;

  if (path == NULL)
    path = default_path = rd_library_get_default_path ();
  library = rd_library_open (path, &error);
  if (library == NULL)
    rd_cli_fail ("%s", error->message);
  return library;
}

/* @text as one TSV field: tabs, line breaks and other control characters
 * would break the row, so they become spaces. */
static void
append_field (GString    *line,
              const char *text)
{
  if (line->len > 0)
    g_string_append_c (line, '\t');
  rd_cli_append_safe (line, text);
}

static void
append_number (GString *line,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  append_field (line, g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

static void
append_int (GString *line,
            gint64   value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, value);
  append_field (line, buffer);
}

static void
print_line (GString *line)
{
  g_string_append_c (line, '\n');
  fputs (line->str, stdout);
  g_string_truncate (line, 0);
}

int
rd_cli_library_import (const char *path,
                       char      **files,
                       const char *region,
                       int         year)
{
  g_autoptr(RdLibrary) library = open_library (path);
  RdImportOptions options = { .region = region, .year = year };
  gboolean all_ok = TRUE;

  if (library == NULL)
    return 1;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *display = g_filename_display_name (files[i]);
      g_autoptr(RdReportDraft) draft = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 id = 0, existing = 0;

      draft = rd_import_file (files[i], &options, NULL, &error);
      if (draft != NULL)
        id = rd_library_add_draft (library, draft, &existing, &error);
      if (draft == NULL || id == 0)
        {
          if (g_error_matches (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_DUPLICATE))
            /* Translators: %s is a file name, %lld a report number. */
            g_print (_("%s: already in the library as report %lld (the same text); not imported again.\n"),
                     display, (long long) existing);
          else
            {
              rd_cli_fail ("%s: %s", display, error->message);
              all_ok = FALSE;
            }
          continue;
        }

      /* Translators: file, report number, region, year, number of figures, seconds. */
      g_print (_("%s: imported as report %lld: %s, %d, %u figures, %.2f s\n"),
               display, (long long) id, draft->region ? draft->region : "", draft->year,
               draft->figures->len, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
      fflush (stdout);
    }

  return all_ok ? 0 : 1;
}

/* The reports of the library at @path, or NULL after a sentence on stderr. */
static GPtrArray *
list_reports (const char *path)
{
  g_autoptr(RdLibrary) library = open_library (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *reports;

  if (library == NULL)
    return NULL;
  reports = rd_library_list_reports (library, &error);
  if (reports == NULL)
    rd_cli_fail ("%s", error->message);
  return reports;
}

int
rd_cli_library_list_reports (const char *path)
{
  g_autoptr(GPtrArray) reports = list_reports (path);
  g_autoptr(GString) line = g_string_new (NULL);

  if (reports == NULL)
    return 1;

  g_print ("id\tregion\tlevel\tyear\ttitle\tfigures\tsource_name\tformat\tchecksum\timported_at\n");
  for (guint i = 0; i < reports->len; i++)
    {
      RdLibraryReport *report = reports->pdata[i];

      append_int (line, report->id);
      append_field (line, report->region);
      append_field (line, report->level);
      append_int (line, report->year);
      append_field (line, report->title);
      append_int (line, report->n_figures);
      append_field (line, report->source_name);
      append_field (line, report->format);
      append_field (line, report->checksum);
      append_field (line, report->imported_at);
      print_line (line);
    }
  return 0;
}

int
rd_cli_library_list_figures (const char *path,
                             const char *region,
                             int         year)
{
  static const char * const found_by[] = { "curated", "extracted", "corrected" };
  g_autoptr(RdLibrary) library = open_library (path);
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (library == NULL)
    return 1;
  figures = rd_library_list_figures (library, region, year, &error);
  if (figures == NULL)
    {
      rd_cli_fail ("%s", error->message);
      return 1;
    }

  g_print ("report_id\tregion\treport_year\tkey\tsrc_start\tsrc_end\tprinted\tvalue\tunit\tmeasure\t"
           "basis\tyear\tqualifier\tsector\tname_zh\tname_en\tindicator\tfound_by\tconfidence\n");
  for (guint i = 0; i < figures->len; i++)
    {
      RdLibraryFigure *row = figures->pdata[i];
      RdDraftFigure *figure = row->figure;

      append_int (line, row->report_id);
      append_field (line, row->region);
      append_int (line, row->report_year);
      append_field (line, row->key);
      append_int (line, figure->src_start);
      append_int (line, figure->src_end);
      append_field (line, figure->printed);
      append_number (line, figure->value);
      append_field (line, figure->unit);
      append_field (line, figure->measure);
      append_field (line, figure->basis);
      append_int (line, figure->year);
      append_field (line, figure->qualifier);
      append_field (line, figure->sector);
      append_field (line, figure->name_zh);
      append_field (line, figure->name_en);
      append_field (line, figure->indicator);
      append_field (line, found_by[CLAMP (figure->found_by, 0, 2)]);
      append_number (line, figure->confidence);
      print_line (line);
    }
  return 0;
}

int
rd_cli_library_remove_report (const char *path,
                              const char *id_text)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!g_ascii_string_to_signed (id_text, 10, 1, G_MAXINT64, &id, NULL))
    {
      rd_cli_fail (_("“%s” is not a report number: run reportdash --list-reports to see them."), id_text);
      return RD_CLI_EXIT_USAGE;
    }

  library = open_library (path);
  if (library == NULL)
    return 1;
  if (!rd_library_remove_report (library, id, &error))
    {
      rd_cli_fail ("%s", error->message);
      return 1;
    }
  g_print (_("Removed report %lld.\n"), (long long) id);
  return 0;
}

/* The figures of catalog indicator @key in the reports of @region, or
 * NULL with *@status set (a usage error for an unknown key). */
static GPtrArray *
get_series (const char *path,
            const char *key,
            const char *region,
            int        *status)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *points;

  *status = 1;
  if (rd_catalog_lookup (key) == NULL)
    {
      rd_cli_fail (_("“%s” is not an indicator: run reportdash --list-indicators to see them."), key);
      *status = RD_CLI_EXIT_USAGE;
      return NULL;
    }
  library = open_library (path);
  if (library == NULL)
    return NULL;
  points = rd_library_get_series (library, key, region, &error);
  if (points == NULL)
    rd_cli_fail ("%s", error->message);
  return points;
}

int
rd_cli_library_series (const char *path,
                       const char *key,
                       const char *region)
{
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  int status;

  points = get_series (path, key, region, &status);
  if (points == NULL)
    return status;

  g_print ("region\tyear\tbasis\tvalue\tvalue_max\tunit\tqualifier\treport_year\treport_id\t"
           "src_start\tsrc_end\tprinted\tname_zh\n");
  for (guint i = 0; i < points->len; i++)
    {
      RdSeriesPoint *point = points->pdata[i];

      append_field (line, point->region);
      append_int (line, point->year);
      append_field (line, point->basis);
      append_number (line, point->value);
      append_number (line, point->value_max);
      append_field (line, point->unit);
      append_field (line, point->qualifier);
      append_int (line, point->report_year);
      append_int (line, point->report_id);
      append_int (line, point->src_start);
      append_int (line, point->src_end);
      append_field (line, point->printed);
      append_field (line, point->name_zh);
      print_line (line);
    }
  return 0;
}

int
rd_cli_library_list_indicators (const char *path)
{
  g_autoptr(RdLibrary) library = open_library (path);
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = rd_catalog_get_entries ();

  if (library == NULL)
    return 1;
  counts = rd_library_count_indicators (library, &error);
  if (counts == NULL)
    {
      rd_cli_fail ("%s", error->message);
      return 1;
    }
  g_print ("key\tmeasure\tsector\tname_zh\tname_en\tfigures\n");
  for (guint i = 0; i < entries->len; i++)
    {
      const RdCatalogEntry *entry = entries->pdata[i];

      append_field (line, entry->key);
      append_field (line, entry->measure);
      append_field (line, entry->sector);
      append_field (line, entry->name_zh);
      append_field (line, entry->name_en);
      append_int (line, GPOINTER_TO_UINT (g_hash_table_lookup (counts, entry->key)));
      print_line (line);
    }
  return 0;
}

/* "trend-gdp_growth-湖南省.png": the regions as safe file name parts,
 * after @prefix and @key. */
static char *
chart_filename (const char         *prefix,
                const char         *key,
                const char * const *regions,
                RdExportFormat      format)
{
  g_autoptr(GString) name = g_string_new (NULL);

  g_string_printf (name, "%s-%s", prefix, key);
  for (guint i = 0; regions[i] != NULL; i++)
    {
      g_string_append_c (name, '-');
      for (const char *p = regions[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>| ", (int) MIN (c, 0x7f)) != NULL)
            g_string_append_c (name, '_');
          else
            g_string_append_unichar (name, c);
        }
    }
  g_string_append_printf (name, ".%s", rd_export_format_get_extension (format));
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* Writes @data as @name in @folder and prints its path; else a sentence
 * and the exit status. */
static int
write_chart (const RdChartData     *data,
             const char            *name,
             const RdExportOptions *options,
             const char            *folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (folder, name, NULL);

  if (!rd_export_chart (data, options, file, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        rd_cli_fail ("%s %s", error->message, _("Use --overwrite to replace it."));
      else
        rd_cli_fail ("%s", error->message);
      return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT) ? RD_CLI_EXIT_USAGE : 1;
    }
  g_print ("%s\n", file);
  return 0;
}

/* "湖南省 · 地区生产总值增长": @region (NULL: none) and the indicator's name. */
static char *
chart_title (const RdCatalogEntry *entry,
             const char           *region)
{
  const char *name = rd_format_use_chinese () ? entry->name_zh : entry->name_en;

  return region != NULL ? g_strdup_printf ("%s · %s", region, name) : g_strdup (name);
}

int
rd_cli_library_export_trend (const char            *path,
                             const char            *key,
                             const char            *region,
                             const RdExportOptions *options,
                             const char            *folder)
{
  const RdCatalogEntry *entry = rd_catalog_lookup (key);
  g_autoptr(GPtrArray) points = NULL;
  g_auto(GStrv) regions = NULL;
  int status;

  points = get_series (path, key, region, &status);
  if (points == NULL)
    return status;
  regions = rd_trend_list_regions (points);
  if (regions[0] == NULL)
    {
      if (region != NULL)
        rd_cli_fail (_("The library has no figures of “%s” in a region whose name contains “%s”."), key, region);
      else
        rd_cli_fail (_("The library has no figures of “%s”."), key);
      return 1;
    }

  for (guint i = 0; regions[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RdTrend) trend = rd_trend_new (points, regions[i], &error);
      g_autoptr(RdChartData) data = NULL;
      g_autofree char *title = NULL;
      g_autofree char *name = NULL;

      if (trend == NULL)
        {
          rd_cli_fail ("%s: %s", regions[i], error->message);
          return 1;
        }
      title = chart_title (entry, regions[i]);
      data = rd_chart_data_new_for_trend (trend, title);
      name = chart_filename ("trend", key, (const char *[]) { regions[i], NULL }, options->format);
      if ((status = write_chart (data, name, options, folder)) != 0)
        return status;
    }
  return 0;
}

int
rd_cli_library_export_compare (const char            *path,
                               const char            *key,
                               const char            *names,
                               const RdExportOptions *options,
                               const char            *folder)
{
  const RdCatalogEntry *entry = rd_catalog_lookup (key);
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GPtrArray) trends = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) wanted = NULL;
  g_auto(GStrv) regions = NULL;
  int status;

  points = get_series (path, key, NULL, &status);
  if (points == NULL)
    return status;
  if (names != NULL)
    {
      g_autoptr(GString) list = g_string_new (names);

      /* A Chinese comma separates regions too. */
      g_string_replace (list, "，", ",", 0);
      wanted = g_strsplit (list->str, ",", -1);
      for (guint i = 0; wanted[i] != NULL; i++)
        g_strstrip (wanted[i]);
      regions = rd_trend_match_regions (points, (const char * const *) wanted);
    }
  else
    regions = rd_trend_list_regions (points);
  if (regions[0] == NULL)
    {
      if (names != NULL)
        rd_cli_fail (_("The library has no figures of “%s” in a region whose name contains “%s”."), key, names);
      else
        rd_cli_fail (_("The library has no figures of “%s”."), key);
      return 1;
    }

  trends = rd_trend_new_for_regions (points, (const char * const *) regions, &error);
  if (trends == NULL)
    {
      rd_cli_fail ("%s", error->message);
      return 1;
    }

  /* Rates on one axis; levels, whatever their scale, a chart a region. */
  if (rd_trends_share_axis (trends))
    {
      g_autoptr(RdChartData) data = NULL;
      g_autofree char *title = chart_title (entry, NULL);
      g_autofree char *name = chart_filename ("compare", key, (const char * const *) regions, options->format);

      data = rd_chart_data_new_for_trends (trends, title);
      return write_chart (data, name, options, folder);
    }
  for (guint i = 0; i < trends->len; i++)
    {
      RdTrend *trend = trends->pdata[i];
      g_autofree char *region = rd_chart_data_region_name (trend->region, trend->level);
      g_autofree char *title = chart_title (entry, region);
      g_autoptr(RdChartData) data = rd_chart_data_new_for_trend (trend, title);
      g_autofree char *name = chart_filename ("compare", key, (const char *[]) { trend->region, NULL },
                                              options->format);

      if ((status = write_chart (data, name, options, folder)) != 0)
        return status;
    }
  return 0;
}

int
rd_cli_library_find_report (const char  *path,
                            const char  *region,
                            int          year,
                            gint64      *id)
{
  g_autoptr(GPtrArray) reports = list_reports (path);
  g_autoptr(GString) found = g_string_new (NULL);
  guint n = 0;

  if (reports == NULL)
    return 1;
  for (guint i = 0; i < reports->len; i++)
    {
      const RdLibraryReport *report = reports->pdata[i];

      if ((region != NULL && strstr (report->region ? report->region : "", region) == NULL) ||
          (year != 0 && report->year != year))
        continue;
      *id = report->id;
      g_string_append_printf (found, "%s%d %s", n > 0 ? ", " : "", report->year, report->region);
      n++;
    }
  if (n == 0)
    {
      rd_cli_fail (_("No report of the library matches: run reportdash --list-reports to see them."));
      return 1;
    }
  if (n > 1)
    {
      /* Translators: %u counts reports, %s lists them ("2018 湖南省, 2019 湖南省"). */
      rd_cli_fail (_("%u reports match (%s): name one with --region and --year."), n, found->str);
      return RD_CLI_EXIT_USAGE;
    }
  return 0;
}

int
rd_cli_library_targets (const char *path,
                        const char *key,
                        const char *region)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const RdCatalogEntry *entry = rd_catalog_lookup (key);

  if (entry == NULL)
    {
      rd_cli_fail (_("“%s” is not an indicator: run reportdash --list-indicators to see them."), key);
      return RD_CLI_EXIT_USAGE;
    }
  library = open_library (path);
  if (library == NULL)
    return 1;
  series = rd_library_get_series (library, key, region, &error);
  if (series == NULL)
    {
      rd_cli_fail ("%s", error->message);
      return 1;
    }
  checks = rd_targets_check (series, entry->lower_is_better);

  g_print ("region\tyear\ttarget\ttarget_max\tunit\tqualifier\ttarget_report\tactual\tactual_report\t"
           "status\tgap\n");
  for (guint i = 0; i < checks->len; i++)
    {
      const RdTargetCheck *check = &g_array_index (checks, RdTargetCheck, i);
      const RdSeriesPoint *t = check->target;

      append_field (line, t->region);
      append_int (line, t->year);
      append_number (line, t->value);
      append_number (line, t->value_max);
      append_field (line, t->unit);
      append_field (line, t->qualifier);
      append_int (line, t->report_year);
      if (check->actual != NULL)
        {
          append_number (line, check->actual->value);
          append_int (line, check->actual->report_year);
        }
      else
        {
          append_field (line, "");
          append_field (line, "");
        }
      append_field (line, rd_target_status_name (check->status));
      if (check->status == RD_TARGET_MISSED)
        append_number (line, check->gap);
      else
        append_field (line, "");
      print_line (line);
    }
  return 0;
}

int
rd_cli_library_export_targets (const char            *path,
                               const char            *key,
                               const char            *region,
                               const RdExportOptions *options,
                               const char            *folder)
{
  const RdCatalogEntry *entry = rd_catalog_lookup (key);
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GArray) checks = NULL;
  g_auto(GStrv) regions = NULL;
  guint written = 0;
  int status;

  points = get_series (path, key, region, &status);
  if (points == NULL)
    return status;
  checks = rd_targets_check (points, entry->lower_is_better);
  regions = rd_trend_list_regions (points);
  for (guint i = 0; regions[i] != NULL; i++)
    {
      g_autoptr(RdChartData) data = NULL;
      g_autofree char *title = chart_title (entry, regions[i]);
      g_autofree char *name = NULL;
      gboolean any = FALSE;

      for (guint k = 0; k < checks->len && !any; k++)
        any = g_strcmp0 (g_array_index (checks, RdTargetCheck, k).target->region, regions[i]) == 0;
      if (!any)
        continue;
      data = rd_chart_data_new_for_targets (checks, regions[i], title);
      if (data == NULL)
        {
          rd_cli_fail (_("%s: the targets of “%s” and their results are in units that do not convert."),
                       regions[i], key);
          return 1;
        }
      name = chart_filename ("targets", key, (const char *[]) { regions[i], NULL }, options->format);
      if ((status = write_chart (data, name, options, folder)) != 0)
        return status;
      written++;
    }
  if (written == 0)
    {
      if (region != NULL)
        rd_cli_fail (_("The library has no target of “%s” in a region whose name contains “%s”."), key, region);
      else
        rd_cli_fail (_("The library has no target of “%s”."), key);
      return 1;
    }
  return 0;
}
