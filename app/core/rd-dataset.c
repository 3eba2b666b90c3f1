/* rd-dataset.c
 *
 * The only place that reads SQLite. The whole dataset is loaded at once
 * inside one read transaction and the connection is closed again, so the
 * app never holds a lock on the user's file and never writes to it.
 * Figures are kept as plain rows (rd-dataset-private.h) and become
 * RdIndicator objects only when asked for: a dataset of 200,000 figures
 * opens in well under a second.
 */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rd-dataset-private.h"
#include "rd-format.h"
#include "rd-indicator-list.h"
#include "rd-library.h"
#include "rd-model-private.h"
#include "rd-pair.h"
#include "rd-section.h"

#define DEFAULT_BUSY_TIMEOUT_MS 2000

typedef struct
{
  guint  actual;
  guint  target;
  char  *note;     /* Chinese */
  char  *note_en;
} PairRow;

struct _RdDataset
{
  GObject          parent_instance;

  char            *path;
  RdFigureStore   *store;
  RdIndicatorList *indicators;
  GHashTable      *figure_by_key;   /* key -> index + 1 */
  GHashTable      *figure_by_id;    /* &figure.id -> index + 1 */
  GListStore      *sectors;
  GHashTable      *sector_by_id;
  GListStore      *sections;        /* of the first report */
  GArray          *pair_rows;
  GListStore      *pairs;           /* made on first use */
  GListStore      *report_indicators;
  guint            n_charts;
};

G_DEFINE_FINAL_TYPE (RdDataset, rd_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (rd-dataset-error-quark, rd_dataset_error)

static void
report_text_free (gpointer data)
{
  RdReportText *report = data;

  g_free (report->title_zh);
  g_free (report->title_en);
  g_free (report->body);
  g_free (report);
}

RdFigureStore *
rd_figure_store_new (void)
{
  RdFigureStore *store = g_atomic_rc_box_new0 (RdFigureStore);

  store->strings = g_string_chunk_new (64 * 1024);
  store->figures = g_array_new (FALSE, TRUE, sizeof (RdFigure));
  store->reports = g_ptr_array_new_with_free_func (report_text_free);
  return store;
}

RdFigureStore *
rd_figure_store_ref (RdFigureStore *store)
{
  return g_atomic_rc_box_acquire (store);
}

static void
figure_store_clear (RdFigureStore *store)
{
  g_string_chunk_free (store->strings);
  g_array_unref (store->figures);
  g_ptr_array_unref (store->reports);
}

void
rd_figure_store_unref (RdFigureStore *store)
{
  g_atomic_rc_box_release_full (store, (GDestroyNotify) figure_store_clear);
}

static void
pair_row_clear (gpointer data)
{
  g_free (((PairRow *) data)->note);
  g_free (((PairRow *) data)->note_en);
}

static void
rd_dataset_finalize (GObject *object)
{
  RdDataset *self = RD_DATASET (object);

  g_free (self->path);
  g_clear_object (&self->indicators);
  g_clear_pointer (&self->figure_by_key, g_hash_table_unref);
  g_clear_pointer (&self->figure_by_id, g_hash_table_unref);
  g_clear_object (&self->sectors);
  g_clear_pointer (&self->sector_by_id, g_hash_table_unref);
  g_clear_object (&self->sections);
  g_clear_pointer (&self->pair_rows, g_array_unref);
  g_clear_object (&self->pairs);
  g_clear_object (&self->report_indicators);
  g_clear_pointer (&self->store, rd_figure_store_unref);

  G_OBJECT_CLASS (rd_dataset_parent_class)->finalize (object);
}

static void
rd_dataset_class_init (RdDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_dataset_finalize;
}

static void
rd_dataset_init (RdDataset *self)
{
  self->store = rd_figure_store_new ();
  self->sectors = g_list_store_new (RD_TYPE_SECTOR);
  self->sector_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->sections = g_list_store_new (RD_TYPE_SECTION);
  self->pair_rows = g_array_new (FALSE, TRUE, sizeof (PairRow));
  g_array_set_clear_func (self->pair_rows, pair_row_clear);
}

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *display_name)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_SQLITE,
                   _("“%s” is not a ReportDash dataset: it is not an SQLite database."),
                   display_name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_LOCKED,
                   _("“%s” is locked by another program that is writing to it."),
                   display_name);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s."),
                   display_name, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    default:
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged or incomplete: %s."),
                   display_name, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }

  return FALSE;
}

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
      return set_sqlite_error (error, loader->db, rc, loader->display_name);
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
      set_sqlite_error (error, loader->db, rc, loader->display_name);
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

  report = g_new0 (RdReportText, 1);
  report->id = sqlite3_column_int64 (stmt, 0);
  report->title_zh = column_dup (stmt, 1);
  report->title_en = column_dup (stmt, 2);
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

  if (chart == NULL || indicator == NULL)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: chart %s lists a figure that does not exist."),
                   loader->display_name, chart_id ? chart_id : "?");
      return FALSE;
    }

  rd_chart_spec_add_figure (chart, indicator,
                            (const char *) sqlite3_column_text (stmt, 2),
                            (const char *) sqlite3_column_text (stmt, 3));
  return TRUE;
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
  return rd_sector_get_position ((RdSector *) a) - rd_sector_get_position ((RdSector *) b);
}

static void
index_figures (RdDataset *self)
{
  GArray *figures = self->store->figures;

  self->figure_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->figure_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < figures->len; i++)
    {
      RdFigure *figure = &g_array_index (figures, RdFigure, i);

      g_hash_table_insert (self->figure_by_key, (gpointer) figure->key, GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (self->figure_by_id, &figure->id, GUINT_TO_POINTER (i + 1));
    }
  self->indicators = rd_indicator_list_new (self->store);
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

  /* A library (version 2) holds many reports: the window shows one, the
   * first (the built-in report, unless it was removed). */
  if (loader->only_report > 0)
    {
      report_filter = g_strdup_printf ("WHERE id = %" G_GINT64_FORMAT " ", loader->only_report);
      filter = g_strdup_printf ("WHERE report_id = %" G_GINT64_FORMAT " ", loader->only_report);
      figure_filter = g_strdup_printf ("WHERE i.report_id = %" G_GINT64_FORMAT " ", loader->only_report);
    }
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

  index_figures (self);

  if (!for_each_row (loader,
                     "SELECT id, sector, type, title_zh, title_en FROM chart "
                     "ORDER BY sector, position, id",
                     load_chart, error) ||
      !for_each_row (loader,
                     "SELECT chart_id, indicator_id, label_zh, label_en FROM chart_figure "
                     "ORDER BY chart_id, position",
                     load_chart_figure, error) ||
      !for_each_row (loader,
                     "SELECT actual_id, target_id, note, note_en FROM indicator_pair "
                     "ORDER BY rowid",
                     load_pair, error))
    return FALSE;

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

static gboolean
read_user_version (sqlite3     *db,
                   const char  *display_name,
                   int         *version,
                   int         *n_tables,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, db, rc, display_name);

  rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *n_tables = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, db, rc, display_name);

  return TRUE;
}

static gboolean
first_report_id (sqlite3     *db,
                 const char  *display_name,
                 gint64      *id,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT min(id) FROM report", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, db, rc, display_name);
  return TRUE;
}

RdDataset *
rd_dataset_open_full (const char  *path,
                      int          busy_timeout_ms,
                      GError     **error)
{
  g_autoptr(RdDataset) self = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  GStatBuf st;
  Loader loader = { 0 };
  gboolean ok = FALSE;
  int version = 0, n_tables = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_FOUND,
                     _("The dataset “%s” does not exist."), display_name);
      else
        g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_UNREADABLE,
                     _("“%s” cannot be read: %s."), display_name, g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_SQLITE,
                   _("“%s” is not a ReportDash dataset: it is not a file."), display_name);
      return NULL;
    }

  if (st.st_size == 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_EMPTY,
                   _("“%s” is empty."), display_name);
      return NULL;
    }

  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s."), display_name, g_strerror (errno));
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, display_name);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, busy_timeout_ms);

  if (!read_user_version (db, display_name, &version, &n_tables, error))
    goto out;

  if (version == 0 && n_tables == 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_EMPTY,
                   _("“%s” is an empty database: it contains no figures."), display_name);
      goto out;
    }

  if (version == 0)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_DATASET,
                   _("“%s” is an SQLite database, but not a ReportDash dataset."),
                   display_name);
      goto out;
    }

  if (version != RD_DATASET_SCHEMA_VERSION && version != RD_LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_WRONG_VERSION,
                   _("“%s” is a dataset of format version %d; this ReportDash reads versions %d and %d."),
                   display_name, version, RD_DATASET_SCHEMA_VERSION, RD_LIBRARY_SCHEMA_VERSION);
      goto out;
    }

  self = g_object_new (RD_TYPE_DATASET, NULL);
  self->path = g_strdup (path);

  loader.db = db;
  loader.display_name = display_name;
  loader.self = self;
  loader.report_by_id = g_hash_table_new (NULL, NULL);
  loader.sections = g_hash_table_new (NULL, NULL);
  loader.charts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  /* One read transaction, so that a writer cannot change the file
   * half-way through the load. */
  rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    set_sqlite_error (error, db, rc, display_name);
  else if (version == RD_LIBRARY_SCHEMA_VERSION &&
           !first_report_id (db, display_name, &loader.only_report, error))
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  else
    {
      ok = load_all (&loader, error);
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
    }

  g_hash_table_unref (loader.report_by_id);
  g_hash_table_unref (loader.sections);
  g_hash_table_unref (loader.charts);
  g_clear_pointer (&loader.offsets, g_array_unref);

out:
  sqlite3_close (db);
  return ok ? g_steal_pointer (&self) : NULL;
}

RdDataset *
rd_dataset_open (const char  *path,
                 GError     **error)
{
  return rd_dataset_open_full (path, DEFAULT_BUSY_TIMEOUT_MS, error);
}

const char *
rd_dataset_error_hint (const GError *error)
{
  if (error == NULL || error->domain != RD_DATASET_ERROR)
    return NULL;

  switch ((RdDatasetError) error->code)
    {
    case RD_DATASET_ERROR_NOT_FOUND:
      return _("Check the file name, or open another dataset.");
    case RD_DATASET_ERROR_UNREADABLE:
      return _("Check that you may read the file, or open another dataset.");
    case RD_DATASET_ERROR_EMPTY:
    case RD_DATASET_ERROR_NOT_SQLITE:
    case RD_DATASET_ERROR_NOT_DATASET:
      return _("Open a dataset made for ReportDash (a .sqlite file).");
    case RD_DATASET_ERROR_WRONG_VERSION:
      return _("Open it with the version of ReportDash it was made for, or rebuild it with this version.");
    case RD_DATASET_ERROR_LOCKED:
      return _("Wait until the other program has finished, then open the dataset again.");
    case RD_DATASET_ERROR_CORRUPT:
      return _("Rebuild the dataset or restore it from a copy; the file was not changed.");
    default:
      return NULL;
    }
}

const char *
rd_dataset_get_path (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->path;
}

static RdReportText *
first_report (RdDataset *self)
{
  return g_ptr_array_index (self->store->reports, 0);
}

const char *
rd_dataset_get_title (RdDataset *self)
{
  RdReportText *report;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  report = first_report (self);
  if (!rd_format_use_chinese () && report->title_en != NULL && report->title_en[0])
    return report->title_en;
  return report->title_zh;
}

const char *
rd_dataset_get_title_zh (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return first_report (self)->title_zh;
}

int
rd_dataset_get_year (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return first_report (self)->year;
}

const char *
rd_dataset_get_body (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return first_report (self)->body;
}

GListModel *
rd_dataset_get_sectors (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sectors);
}

GListModel *
rd_dataset_get_indicators (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

GListModel *
rd_dataset_get_report_indicators (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  if (self->report_indicators == NULL)
    {
      GArray *figures = self->store->figures;

      /* The figures are in report order, the first report's first. */
      self->report_indicators = g_list_store_new (RD_TYPE_INDICATOR);
      for (guint i = 0; i < figures->len && g_array_index (figures, RdFigure, i).report == 0; i++)
        g_list_store_append (self->report_indicators, rd_dataset_peek_indicator (self, i));
    }

  return G_LIST_MODEL (self->report_indicators);
}

GListModel *
rd_dataset_get_sections (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sections);
}

GListModel *
rd_dataset_get_pairs (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  if (self->pairs == NULL)
    {
      self->pairs = g_list_store_new (RD_TYPE_PAIR);
      for (guint i = 0; i < self->pair_rows->len; i++)
        {
          PairRow *row = &g_array_index (self->pair_rows, PairRow, i);
          g_autoptr(RdPair) pair = rd_pair_new (rd_dataset_peek_indicator (self, row->actual),
                                                rd_dataset_peek_indicator (self, row->target),
                                                rd_format_use_chinese () || row->note_en == NULL
                                                  ? row->note : row->note_en);

          g_list_store_append (self->pairs, pair);
        }
    }

  return G_LIST_MODEL (self->pairs);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

GArray *
rd_dataset_get_years (RdDataset *self)
{
  GArray *figures;
  GArray *years;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  figures = self->store->figures;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < figures->len; i++)
    {
      int year = g_array_index (figures, RdFigure, i).year;
      gboolean seen = FALSE;

      for (guint y = 0; y < years->len && !seen; y++)
        seen = g_array_index (years, int, y) == year;
      if (!seen)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_ints);
  return years;
}

RdSector *
rd_dataset_find_sector (RdDataset  *self,
                        const char *id)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->sector_by_id, id) : NULL;
}

RdIndicator *
rd_dataset_find_indicator (RdDataset  *self,
                           const char *key)
{
  guint index;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  index = key ? GPOINTER_TO_UINT (g_hash_table_lookup (self->figure_by_key, key)) : 0;
  return index > 0 ? rd_dataset_peek_indicator (self, index - 1) : NULL;
}

guint
rd_dataset_get_n_charts (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return self->n_charts;
}

RdFigureStore *
rd_dataset_get_store (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->store;
}

RdIndicator *
rd_dataset_peek_indicator (RdDataset *self,
                           guint      index)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return rd_indicator_list_peek (self->indicators, index);
}

int
rd_dataset_find_figure (RdDataset *self,
                        gint64     id)
{
  g_return_val_if_fail (RD_IS_DATASET (self), -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->figure_by_id, &id)) - 1;
}

static RdChartSpec *
find_chart_in_sector (RdSector    *sector,
                      RdIndicator *figure)
{
  GListModel *charts = rd_sector_get_charts (sector);

  for (guint j = 0; j < g_list_model_get_n_items (charts); j++)
    {
      g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, j);

      for (guint k = 0; k < rd_chart_spec_get_n_figures (spec); k++)
        if (rd_chart_spec_get_figure (spec, k) == figure)
          return spec;
    }

  return NULL;
}

RdChartSpec *
rd_dataset_find_chart_for_figure (RdDataset   *self,
                                  RdIndicator *figure,
                                  RdSector   **sector)
{
  RdSector *own;
  GListModel *sectors;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  g_return_val_if_fail (figure == NULL || RD_IS_INDICATOR (figure), NULL);

  if (sector != NULL)
    *sector = NULL;
  if (figure == NULL)
    return NULL;

  /* The sectors and their charts outlive the call: the dataset holds them. */
  own = rd_dataset_find_sector (self, rd_indicator_get_sector (figure));
  sectors = rd_dataset_get_sectors (self);
  for (guint i = 0; i <= g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) other = i > 0 ? g_list_model_get_item (sectors, i - 1) : NULL;
      RdSector *candidate = i == 0 ? own : other;
      RdChartSpec *spec;

      if (candidate == NULL || (i > 0 && candidate == own))
        continue;
      if ((spec = find_chart_in_sector (candidate, figure)) != NULL)
        {
          if (sector != NULL)
            *sector = candidate;
          return spec;
        }
    }

  return NULL;
}
