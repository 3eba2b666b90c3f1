/* rd-dataset-load.c: reading a dataset into memory
 *
 * Everything is read inside one read transaction, so that a writer cannot
 * change the file half-way through; the figures become plain rows of an
 * RdFigureStore, their strings interned in its GStringChunk.
 */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "rd-chart-spec-private.h"
#include "rd-dataset-struct-private.h"
#include "rd-format.h"
#include "rd-library.h"
#include "rd-section.h"
#include "rd-sector-private.h"

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_strdup ((const char *) text) : NULL;
}

static char *
column_dup_nonempty (sqlite3_stmt *stmt,
                     int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text && text[0] ? g_strdup ((const char *) text) : NULL;
}

static const char *
column_intern (RdFigureStore *store,
               sqlite3_stmt  *stmt,
               int            column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_string_chunk_insert_const (store->strings, (const char *) text) : NULL;
}

static const char *
column_insert (RdFigureStore *store,
               sqlite3_stmt  *stmt,
               int            column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_string_chunk_insert (store->strings, (const char *) text) : NULL;
}

typedef struct
{
  sqlite3    *db;
  const char *display_name;
  RdDataset  *self;
  GHashTable *report_by_id;   /* id -> report index + 1 */
  GHashTable *sections;       /* id -> title (in the store) */
  GHashTable *charts;         /* id -> RdChartSpec */
  guint       offsets_report; /* the report that offsets describes */
  GArray     *offsets;        /* byte offset of each code point, plus the end */
  gint64      only_report;    /* a library's report to show, or 0: all */
} Loader;

/* @key as a message may show it: valid UTF-8, one line, no control
 * characters (they would act on the terminal), at most 80 characters. */
static char *
shown_key (const char *key)
{
  g_autofree char *valid = g_utf8_make_valid (key ? key : "?", -1);
  GString *shown = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p && n < 80; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (shown, g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT
                                      ? 0xFFFD : c);
    }
  return g_string_free (shown, FALSE);
}

/* Text the charts draw: valid UTF-8, no control characters, and short
 * enough to be a label (a 100,000-character qualifier froze the window). */
gboolean
rd_dataset_is_label (const char *text,
                     glong       max_chars)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return FALSE;
  return g_utf8_strlen (text, -1) <= max_chars;
}

static gboolean
refuse_text (Loader      *loader,
             const char  *what,
             const char  *row,
             GError     **error)
{
  g_autofree char *shown = shown_key (row);

  /* Translators: the second %s is a kind of row (figure, sector, chart), the third its key. */
  g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
               _("“%s” is damaged: the text of %s %s is missing, not valid, has control characters or is too long."),
               loader->display_name, what, shown);
  return FALSE;
}

typedef gboolean (*RowFunc) (Loader        *loader,
                             sqlite3_stmt  *stmt,
                             GError       **error);

static gboolean
for_each_row (Loader      *loader,
              const char  *sql,
              RowFunc      func,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (loader->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      /* A missing table or column: someone else's database, or a file
       * that only looks like ours. */
      if ((rc & 0xff) == SQLITE_ERROR)
        {
          g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_DATASET,
                       _("“%s” is not a valid ReportDash dataset: %s."),
                       loader->display_name, sqlite3_errmsg (loader->db));
          return FALSE;
        }
      return rd_dataset_set_sqlite_error (error, loader->db, rc, loader->display_name);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!func (loader, stmt, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }

  if (rc != SQLITE_DONE)
    {
      rd_dataset_set_sqlite_error (error, loader->db, rc, loader->display_name);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
load_report (Loader        *loader,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  GPtrArray *reports = loader->self->store->reports;
  RdReportText *report;
  const char *body = (const char *) sqlite3_column_text (stmt, 6);

  if (body == NULL || !g_utf8_validate (body, -1, NULL))
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: the report text is missing or not valid UTF-8."),
                   loader->display_name);
      return FALSE;
    }

  for (int column = 1; column <= 4; column++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, column);

      if (text != NULL && !rd_dataset_is_label (text, 500))
        {
          g_autofree char *id = g_strdup_printf ("%lld", (long long) sqlite3_column_int64 (stmt, 0));
          return refuse_text (loader, _("report"), id, error);
        }
    }

  report = g_new0 (RdReportText, 1);
  report->id = sqlite3_column_int64 (stmt, 0);
  report->title_zh = column_dup (stmt, 1);
  report->title_en = column_dup (stmt, 2);
  report->region_zh = column_dup_nonempty (stmt, 3);
  report->region_en = column_dup_nonempty (stmt, 4);
  report->year = sqlite3_column_int (stmt, 5);
  report->body = g_strdup (body);
  report->body_len = strlen (body);
  g_ptr_array_add (reports, report);

  /* The window shows the first report; a dataset of many reports still
   * loads all their figures. */
  g_hash_table_insert (loader->report_by_id, GINT_TO_POINTER ((int) report->id),
                       GUINT_TO_POINTER (reports->len));
  return TRUE;
}

static gboolean
load_section (Loader        *loader,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  RdFigureStore *store = loader->self->store;
  const char *title = column_intern (store, stmt, 3);
  RdReportText *first = g_ptr_array_index (store->reports, 0);

  if (title != NULL && !rd_dataset_is_label (title, 500))
    {
      g_autofree char *id = g_strdup_printf ("%d", sqlite3_column_int (stmt, 0));
      return refuse_text (loader, _("heading"), id, error);
    }
  g_hash_table_insert (loader->sections, GINT_TO_POINTER (sqlite3_column_int (stmt, 0)),
                       (gpointer) title);

  if (title != NULL && sqlite3_column_int64 (stmt, 1) == first->id)
    {
      g_autoptr(RdSection) section = rd_section_new (title,
                                                     sqlite3_column_int (stmt, 2),
                                                     sqlite3_column_int (stmt, 4),
                                                     sqlite3_column_int (stmt, 5));
      g_list_store_append (loader->self->sections, section);
    }
  return TRUE;
}

static gboolean
load_sector (Loader        *loader,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  RdSector *sector = rd_sector_new ();

  sector->id = column_dup (stmt, 0);
  sector->position = sqlite3_column_int (stmt, 1);
  sector->name_zh = column_dup (stmt, 2);
  sector->name_en = column_dup (stmt, 3);

  if (sector->id == NULL)
    {
      g_object_unref (sector);
      return TRUE;
    }
  if (!rd_dataset_is_label (sector->id, 100) || !rd_dataset_is_label (sector->name_zh, 100) || !rd_dataset_is_label (sector->name_en, 100))
    {
      g_autofree char *id = g_strdup (sector->id);

      g_object_unref (sector);
      return refuse_text (loader, _("sector"), id, error);
    }

  g_hash_table_replace (loader->self->sector_by_id, sector->id, sector);
  return TRUE;
}

/* Byte offsets of the code points of @report's body, computed once per
 * report: the figures come in report order. */
static GArray *
report_offsets (Loader *loader,
                guint   report)
{
  RdReportText *text = g_ptr_array_index (loader->self->store->reports, report);
  const char *p;

  if (loader->offsets != NULL && loader->offsets_report == report)
    return loader->offsets;

  if (loader->offsets == NULL)
    loader->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_set_size (loader->offsets, 0);
  for (p = text->body; *p; p = g_utf8_next_char (p))
    {
      gsize offset = p - text->body;
      g_array_append_val (loader->offsets, offset);
    }
  g_array_append_val (loader->offsets, text->body_len);
  loader->offsets_report = report;
  return loader->offsets;
}

static gboolean
load_indicator (Loader        *loader,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  RdFigureStore *store = loader->self->store;
  const char *basis = (const char *) sqlite3_column_text (stmt, 11);
  guint report = GPOINTER_TO_UINT (g_hash_table_lookup (loader->report_by_id,
                                                        GINT_TO_POINTER (sqlite3_column_int (stmt, 18))));
  GArray *offsets;
  RdFigure figure = { 0 };
  int n_chars;

  figure.id = sqlite3_column_int64 (stmt, 0);
  figure.key = column_insert (store, stmt, 1);
  figure.sector = column_intern (store, stmt, 2);
  figure.name_zh = column_intern (store, stmt, 3);
  figure.name_en = column_intern (store, stmt, 4);
  figure.value = sqlite3_column_double (stmt, 5);
  figure.unit = column_intern (store, stmt, 6);
  figure.unit_en = column_intern (store, stmt, 7);
  figure.unit_kind = column_intern (store, stmt, 8);
  figure.measure = column_intern (store, stmt, 9);
  figure.year = sqlite3_column_int (stmt, 10);
  figure.basis = g_strcmp0 (basis, "target") == 0 ? RD_BASIS_TARGET : RD_BASIS_ACTUAL;
  figure.qualifier = (const char *) sqlite3_column_text (stmt, 12);
  figure.qualifier = figure.qualifier && figure.qualifier[0]
    ? g_string_chunk_insert_const (store->strings, figure.qualifier) : NULL;
  figure.src_start = sqlite3_column_int (stmt, 13);
  figure.src_end = sqlite3_column_int (stmt, 14);
  figure.excerpt_start = sqlite3_column_int (stmt, 15);
  figure.excerpt_end = sqlite3_column_int (stmt, 16);
  figure.section_title = g_hash_table_lookup (loader->sections,
                                              GINT_TO_POINTER (sqlite3_column_int (stmt, 17)));

  offsets = report > 0 ? report_offsets (loader, report - 1) : NULL;
  n_chars = offsets ? (int) offsets->len - 1 : 0;

  if ((figure.key != NULL && !rd_dataset_is_label (figure.key, 200)) ||
      (figure.name_zh != NULL && !rd_dataset_is_label (figure.name_zh, 200)) ||
      (figure.name_en != NULL && !rd_dataset_is_label (figure.name_en, 300)) ||
      (figure.unit != NULL && !rd_dataset_is_label (figure.unit, 40)) ||
      (figure.qualifier != NULL && !rd_dataset_is_label (figure.qualifier, 40)) ||
      (figure.unit_en != NULL && !rd_dataset_is_label (figure.unit_en, 60)) ||
      (figure.unit_kind != NULL && !rd_dataset_is_label (figure.unit_kind, 40)) ||
      (figure.measure != NULL && !rd_dataset_is_label (figure.measure, 40)))
    return refuse_text (loader, _("figure"), figure.key, error);

  /* Say what is wrong with the row, not only that something is (issue 19, point 9). */
  if (figure.key == NULL)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: figure number %lld has no key."),
                   loader->display_name, (long long) figure.id);
      return FALSE;
    }
  if (figure.name_zh == NULL || figure.name_en == NULL || figure.unit == NULL)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: figure %s has no name or no unit."),
                   loader->display_name, figure.key);
      return FALSE;
    }

  /* inf or nan is no figure a report prints: refuse the file, name the row. */
  if (!isfinite (figure.value) || (sqlite3_column_type (stmt, 5) != SQLITE_INTEGER &&
                                   sqlite3_column_type (stmt, 5) != SQLITE_FLOAT))
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: the value of figure %s is not a number."),
                   loader->display_name, figure.key ? figure.key : "?");
      return FALSE;
    }

  if (figure.key == NULL || figure.name_zh == NULL ||
      figure.name_en == NULL || figure.unit == NULL ||
      offsets == NULL ||
      !(0 <= figure.excerpt_start && figure.excerpt_start <= figure.src_start &&
        figure.src_start < figure.src_end &&
        figure.src_end <= figure.excerpt_end && figure.excerpt_end <= n_chars))
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: figure %s does not point into the text of its report."),
                   loader->display_name,
                   figure.key ? figure.key : "?");
      return FALSE;
    }

  /* Units of imported reports have no English name in the file. */
  if (figure.unit_en == NULL)
    figure.unit_en = rd_format_unit_english (figure.unit);
  if (figure.unit_en == NULL)
    figure.unit_en = figure.unit;
  if (figure.unit_kind == NULL)
    figure.unit_kind = figure.unit;

  figure.report = report - 1;
  figure.src_byte_start = g_array_index (offsets, gsize, figure.src_start);
  figure.src_byte_end = g_array_index (offsets, gsize, figure.src_end);
  figure.excerpt_byte_start = g_array_index (offsets, gsize, figure.excerpt_start);
  figure.excerpt_byte_end = g_array_index (offsets, gsize, figure.excerpt_end);

  g_array_append_val (store->figures, figure);
  return TRUE;
}

static RdIndicator *
find_indicator_by_id (RdDataset *self,
                      gint64     id)
{
  int index = rd_dataset_find_figure (self, id);

  return index >= 0 ? rd_dataset_peek_indicator (self, index) : NULL;
}

static gboolean
load_chart (Loader        *loader,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  g_autoptr(RdChartSpec) chart = rd_chart_spec_new ();
  RdSector *sector;

  chart->id = column_dup (stmt, 0);
  chart->sector = column_dup (stmt, 1);
  chart->chart_type = column_dup (stmt, 2);
  chart->title_zh = column_dup (stmt, 3);
  chart->title_en = column_dup (stmt, 4);

  if (chart->id != NULL && (!rd_dataset_is_label (chart->id, 200) || !rd_dataset_is_label (chart->title_zh, 300) ||
                            !rd_dataset_is_label (chart->title_en, 300)))
    return refuse_text (loader, _("chart"), chart->id, error);

  sector = chart->sector ? g_hash_table_lookup (loader->self->sector_by_id, chart->sector) : NULL;
  if (chart->id == NULL || sector == NULL)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: chart %s belongs to no known sector."),
                   loader->display_name, chart->id ? chart->id : "?");
      return FALSE;
    }

  g_list_store_append (sector->charts, chart);
  g_hash_table_insert (loader->charts, chart->id, g_object_ref (chart));
  loader->self->n_charts++;
  return TRUE;
}

static gboolean
load_chart_figure (Loader        *loader,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  const char *chart_id = (const char *) sqlite3_column_text (stmt, 0);
  RdChartSpec *chart = chart_id ? g_hash_table_lookup (loader->charts, chart_id) : NULL;
  RdIndicator *indicator = find_indicator_by_id (loader->self, sqlite3_column_int64 (stmt, 1));

  const char *label_zh = (const char *) sqlite3_column_text (stmt, 2);
  const char *label_en = (const char *) sqlite3_column_text (stmt, 3);

  if (chart == NULL || indicator == NULL)
    {
      g_autofree char *shown = shown_key (chart_id);

      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: chart %s lists a figure that does not exist."),
                   loader->display_name, shown);
      return FALSE;
    }
  if ((label_zh != NULL && !rd_dataset_is_label (label_zh, 200)) || (label_en != NULL && !rd_dataset_is_label (label_en, 300)))
    return refuse_text (loader, _("chart"), chart_id, error);

  rd_chart_spec_add_figure (chart, indicator, label_zh, label_en);
  return TRUE;
}

/* The pairs of an imported report (issue 16: Actual vs Target for every
 * report): for each indicator of the catalog, the result the report
 * states for the year before it was delivered and the target it sets for
 * its year, in the same unit and measure; the first of each in the text.
 * Columns as the indicator_pair query's. */
static char *
derived_pairs_sql (gint64 report_id)
{
  return g_strdup_printf (
    "SELECT a.id, t.id, NULL, NULL, min(a.src_start * 10000000 + t.src_start) AS place "
    "FROM indicator a JOIN indicator t ON t.report_id = a.report_id "
    "  AND t.catalog_key = a.catalog_key AND t.basis = 'target' AND t.unit = a.unit "
    "  AND t.measure = a.measure AND t.year = a.year + 1 "
    "WHERE a.report_id = %" G_GINT64_FORMAT " AND a.basis = 'actual' AND a.catalog_key IS NOT NULL "
    "  AND t.year = (SELECT year FROM report WHERE id = %" G_GINT64_FORMAT ") "
    "GROUP BY a.catalog_key ORDER BY place",
    report_id, report_id);
}

static gboolean
load_pair (Loader        *loader,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  RdDataset *self = loader->self;
  int actual = rd_dataset_find_figure (self, sqlite3_column_int64 (stmt, 0));
  int target = rd_dataset_find_figure (self, sqlite3_column_int64 (stmt, 1));
  PairRow row;

  if (actual < 0 || target < 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: a pair of figures names a figure that does not exist."),
                   loader->display_name);
      return FALSE;
    }

  for (int column = 2; column <= 3; column++)
    {
      const char *note = (const char *) sqlite3_column_text (stmt, column);

      if (note != NULL && !rd_dataset_is_label (note, 500))
        {
          return refuse_text (loader, _("pair"),
                              rd_indicator_get_key (rd_dataset_peek_indicator (self, actual)), error);
        }
    }

  row.actual = actual;
  row.target = target;
  row.note = column_dup_nonempty (stmt, 2);
  row.note_en = column_dup_nonempty (stmt, 3);
  g_array_append_val (self->pair_rows, row);
  return TRUE;
}

static int
compare_sectors (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  int x = rd_sector_get_position ((RdSector *) a), y = rd_sector_get_position ((RdSector *) b);

  /* Not x - y: a damaged file's -2147483648 would overflow. */
  return (x > y) - (x < y);
}

/* The figures by key and id; a key or an id twice is a damaged file, said
 * as such (issue 19, point 9), not later as a chart's missing figure. */
static gboolean
index_figures (Loader  *loader,
               GError **error)
{
  RdDataset *self = loader->self;
  GArray *figures = self->store->figures;

  self->figure_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->figure_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < figures->len; i++)
    {
      RdFigure *figure = &g_array_index (figures, RdFigure, i);

      if (!g_hash_table_insert (self->figure_by_key, (gpointer) figure->key, GUINT_TO_POINTER (i + 1)) ||
          !g_hash_table_insert (self->figure_by_id, &figure->id, GUINT_TO_POINTER (i + 1)))
        {
          g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                       _("“%s” is damaged: figure %s (number %lld) is listed twice."),
                       loader->display_name, figure->key, (long long) figure->id);
          return FALSE;
        }
    }
  self->indicators = rd_indicator_list_new (self->store);
  return TRUE;
}

static gboolean
load_all (Loader  *loader,
          GError **error)
{
  RdDataset *self = loader->self;
  GHashTableIter iter;
  gpointer value;

  g_autofree char *reports_sql = NULL;
  g_autofree char *sections_sql = NULL;
  g_autofree char *indicators_sql = NULL;
  g_autofree char *report_filter = NULL;
  g_autofree char *filter = NULL;
  g_autofree char *figure_filter = NULL;
  g_autofree char *chart_filter = NULL;
  g_autofree char *charts_sql = NULL;
  g_autofree char *chart_figures_sql = NULL;
  g_autofree char *pairs_sql = NULL;

  /* A library (version 2) holds many reports: the window shows one, the
   * first (the built-in report, unless it was removed) or the one asked
   * for. */
  if (loader->only_report > 0)
    {
      report_filter = g_strdup_printf ("WHERE id = %" G_GINT64_FORMAT " ", loader->only_report);
      filter = g_strdup_printf ("WHERE report_id = %" G_GINT64_FORMAT " ", loader->only_report);
      figure_filter = g_strdup_printf ("WHERE i.report_id = %" G_GINT64_FORMAT " ", loader->only_report);
      /* A library holds the charts of every report: only this one's. */
      chart_filter = g_strdup_printf ("indicator_id IN (SELECT id FROM indicator WHERE report_id = %"
                                      G_GINT64_FORMAT ") ", loader->only_report);
    }
  charts_sql = g_strconcat ("SELECT id, sector, type, title_zh, title_en FROM chart ",
                            chart_filter ? "WHERE id IN (SELECT chart_id FROM chart_figure WHERE " : "",
                            chart_filter ? chart_filter : "", chart_filter ? ") " : "",
                            "ORDER BY sector, position, id", NULL);
  chart_figures_sql = g_strconcat ("SELECT chart_id, indicator_id, label_zh, label_en FROM chart_figure ",
                                   chart_filter ? "WHERE " : "", chart_filter ? chart_filter : "",
                                   "ORDER BY chart_id, position", NULL);
  /* Pairs of another report name figures that are not loaded. */
  if (loader->only_report > 0)
    pairs_sql = g_strdup_printf ("SELECT actual_id, target_id, note, note_en FROM indicator_pair "
                                 "WHERE actual_id IN (SELECT id FROM indicator WHERE report_id = %"
                                 G_GINT64_FORMAT ") ORDER BY rowid", loader->only_report);
  else
    pairs_sql = g_strdup ("SELECT actual_id, target_id, note, note_en FROM indicator_pair ORDER BY rowid");
  reports_sql = g_strconcat ("SELECT id, title, title_en, region, region_en, year, body FROM report ",
                             report_filter ? report_filter : "", "ORDER BY id", NULL);
  sections_sql = g_strconcat ("SELECT id, report_id, level, title, start, end FROM section ",
                              filter ? filter : "", "ORDER BY report_id, start, id", NULL);
  indicators_sql = g_strconcat ("SELECT i.id, i.key, i.sector, i.name_zh, i.name_en, i.value, "
                                "       i.unit, u.name_en, u.kind, i.measure, i.year, i.basis, "
                                "       i.qualifier, i.src_start, i.src_end, i.excerpt_start, "
                                "       i.excerpt_end, i.section_id, i.report_id "
                                "FROM indicator i LEFT JOIN unit u ON u.unit = i.unit ",
                                figure_filter ? figure_filter : "",
                                "ORDER BY i.report_id, i.src_start, i.id", NULL);

  if (!for_each_row (loader, reports_sql, load_report, error))
    return FALSE;

  if (self->store->reports->len == 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_EMPTY,
                   _("“%s” contains no report."), loader->display_name);
      return FALSE;
    }

  if (!for_each_row (loader, sections_sql, load_section, error) ||
      !for_each_row (loader,
                     "SELECT id, position, name_zh, name_en FROM sector",
                     load_sector, error) ||
      !for_each_row (loader, indicators_sql, load_indicator, error))
    return FALSE;

  if (!index_figures (loader, error))
    return FALSE;

  if (!for_each_row (loader, charts_sql, load_chart, error) ||
      !for_each_row (loader, chart_figures_sql, load_chart_figure, error) ||
      !for_each_row (loader, pairs_sql, load_pair, error))
    return FALSE;
  /* An imported report has no curated pairs: its own are derived. */
  if (loader->only_report > 0 && self->pair_rows->len == 0)
    {
      g_autofree char *derived_sql = derived_pairs_sql (loader->only_report);

      if (!for_each_row (loader, derived_sql, load_pair, error))
        return FALSE;
    }

  /* Only sectors with something to show become pages. */
  g_hash_table_iter_init (&iter, self->sector_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      RdSector *sector = value;

      if (g_list_model_get_n_items (G_LIST_MODEL (sector->charts)) > 0)
        g_list_store_insert_sorted (self->sectors, sector, compare_sectors, NULL);
    }

  return TRUE;
}

/* The report to show: @id when the library has it, else its first one
 * when @id is 0. A report removed meanwhile is not an empty library. */
static gboolean
find_report_id (sqlite3     *db,
                const char  *display_name,
                gint64      *id,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT id FROM report WHERE ?1 = 0 OR id = ?1 ORDER BY id LIMIT 1", -1, &stmt, NULL);
  gint64 asked = *id;

  *id = 0;
  if (rc == SQLITE_OK)
    sqlite3_bind_int64 (stmt, 1, asked);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rd_dataset_set_sqlite_error (error, db, rc, display_name);
  if (asked > 0 && *id == 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NO_REPORT,
                   /* Translators: %s is a file name, %lld a report number. */
                   _("“%s” has no report %lld: it was removed."), display_name, (long long) asked);
      return FALSE;
    }
  return TRUE;
}

gboolean
rd_dataset_load (RdDataset   *self,
                 sqlite3     *db,
                 int          version,
                 gint64       report_id,
                 const char  *display_name,
                 GError     **error)
{
  Loader loader = { 0 };
  gboolean ok = FALSE;
  int rc;

  loader.db = db;
  loader.display_name = display_name;
  loader.self = self;
  loader.report_by_id = g_hash_table_new (NULL, NULL);
  loader.sections = g_hash_table_new (NULL, NULL);
  loader.charts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    rd_dataset_set_sqlite_error (error, db, rc, display_name);
  else
    {
      ok = report_id == RD_DATASET_ALL_REPORTS ||
           (version != RD_LIBRARY_SCHEMA_VERSION && report_id == 0) ||
           find_report_id (db, display_name, &report_id, error);
      /* A dataset of version 1 has one report: all of it is loaded. */
      loader.only_report = version == RD_LIBRARY_SCHEMA_VERSION && report_id > 0 ? report_id : 0;
      ok = ok && load_all (&loader, error);
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
    }

  g_hash_table_unref (loader.report_by_id);
  g_hash_table_unref (loader.sections);
  g_hash_table_unref (loader.charts);
  g_clear_pointer (&loader.offsets, g_array_unref);
  return ok;
}
