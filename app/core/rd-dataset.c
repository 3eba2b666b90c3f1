/* rd-dataset.c
 *
 * The only place that reads SQLite. The whole dataset is loaded at once
 * inside one read transaction and the connection is closed again, so the
 * app never holds a lock on the user's file and never writes to it.
 */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-format.h"
#include "rd-model-private.h"

#define DEFAULT_BUSY_TIMEOUT_MS 2000

typedef struct
{
  char   *body;
  GArray *offsets;  /* byte offset of each code point, plus the end */
} Report;

struct _RdDataset
{
  GObject     parent_instance;

  char       *path;
  char       *title_zh;
  char       *title_en;
  int         year;
  char       *body;
  GListStore *sectors;
  GListStore *indicators;
  GHashTable *sector_by_id;
  GHashTable *indicator_by_key;
  guint       n_charts;
};

G_DEFINE_FINAL_TYPE (RdDataset, rd_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (rd-dataset-error-quark, rd_dataset_error)

static void
report_free (gpointer data)
{
  Report *report = data;

  g_free (report->body);
  g_array_unref (report->offsets);
  g_free (report);
}

static void
rd_dataset_finalize (GObject *object)
{
  RdDataset *self = RD_DATASET (object);

  g_free (self->path);
  g_free (self->title_zh);
  g_free (self->title_en);
  g_free (self->body);
  g_clear_object (&self->sectors);
  g_clear_object (&self->indicators);
  g_clear_pointer (&self->sector_by_id, g_hash_table_unref);
  g_clear_pointer (&self->indicator_by_key, g_hash_table_unref);

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
  self->sectors = g_list_store_new (RD_TYPE_SECTOR);
  self->indicators = g_list_store_new (RD_TYPE_INDICATOR);
  self->sector_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->indicator_by_key = g_hash_table_new (g_str_hash, g_str_equal);
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

typedef struct
{
  sqlite3    *db;
  const char *display_name;
  RdDataset  *self;
  GHashTable *reports;        /* id -> Report */
  GHashTable *sections;       /* id -> title */
  GHashTable *indicator_by_id;
  GHashTable *charts;         /* id -> RdChartSpec */
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
  RdDataset *self = loader->self;
  Report *report = g_new0 (Report, 1);
  const char *p;

  report->body = column_dup (stmt, 6);
  if (report->body == NULL || !g_utf8_validate (report->body, -1, NULL))
    {
      report_free (report);
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: the report text is missing or not valid UTF-8."),
                   loader->display_name);
      return FALSE;
    }

  report->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (p = report->body; *p; p = g_utf8_next_char (p))
    {
      gsize offset = p - report->body;
      g_array_append_val (report->offsets, offset);
    }
  {
    gsize end = p - report->body;
    g_array_append_val (report->offsets, end);
  }

  /* The window shows the first report; a dataset of many reports still
   * loads all their figures. */
  if (self->body == NULL)
    {
      self->title_zh = column_dup (stmt, 1);
      self->title_en = column_dup (stmt, 2);
      self->year = sqlite3_column_int (stmt, 5);
      self->body = g_strdup (report->body);
    }

  g_hash_table_insert (loader->reports,
                       GINT_TO_POINTER (sqlite3_column_int (stmt, 0)),
                       report);
  return TRUE;
}

static gboolean
load_section (Loader        *loader,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_hash_table_insert (loader->sections,
                       GINT_TO_POINTER (sqlite3_column_int (stmt, 0)),
                       column_dup (stmt, 1));
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

static gboolean
load_indicator (Loader        *loader,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(RdIndicator) indicator = rd_indicator_new ();
  const char *basis = (const char *) sqlite3_column_text (stmt, 11);
  Report *report;
  int excerpt_start, excerpt_end, n_chars;
  gsize byte_start, byte_end;

  indicator->id = sqlite3_column_int64 (stmt, 0);
  indicator->key = column_dup (stmt, 1);
  indicator->sector = column_dup (stmt, 2);
  indicator->name_zh = column_dup (stmt, 3);
  indicator->name_en = column_dup (stmt, 4);
  indicator->value = sqlite3_column_double (stmt, 5);
  indicator->unit = column_dup (stmt, 6);
  indicator->unit_en = column_dup (stmt, 7);
  indicator->unit_kind = column_dup (stmt, 8);
  indicator->measure = column_dup (stmt, 9);
  indicator->year = sqlite3_column_int (stmt, 10);
  indicator->basis = g_strcmp0 (basis, "target") == 0 ? RD_BASIS_TARGET : RD_BASIS_ACTUAL;
  indicator->qualifier = column_dup_nonempty (stmt, 12);
  indicator->src_start = sqlite3_column_int (stmt, 13);
  indicator->src_end = sqlite3_column_int (stmt, 14);
  excerpt_start = sqlite3_column_int (stmt, 15);
  excerpt_end = sqlite3_column_int (stmt, 16);
  indicator->section_title =
    g_strdup (g_hash_table_lookup (loader->sections,
                                   GINT_TO_POINTER (sqlite3_column_int (stmt, 17))));

  report = g_hash_table_lookup (loader->reports,
                                GINT_TO_POINTER (sqlite3_column_int (stmt, 18)));
  n_chars = report ? (int) report->offsets->len - 1 : 0;

  if (indicator->key == NULL || indicator->name_zh == NULL ||
      indicator->name_en == NULL || indicator->unit == NULL ||
      report == NULL ||
      !(0 <= excerpt_start && excerpt_start <= indicator->src_start &&
        indicator->src_start < indicator->src_end &&
        indicator->src_end <= excerpt_end && excerpt_end <= n_chars))
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
                   _("“%s” is damaged: figure %s does not point into the text of its report."),
                   loader->display_name,
                   indicator->key ? indicator->key : "?");
      return FALSE;
    }

  if (indicator->unit_en == NULL)
    indicator->unit_en = g_strdup (indicator->unit);
  if (indicator->unit_kind == NULL)
    indicator->unit_kind = g_strdup (indicator->unit);

  byte_start = g_array_index (report->offsets, gsize, excerpt_start);
  byte_end = g_array_index (report->offsets, gsize, excerpt_end);
  indicator->excerpt = g_strndup (report->body + byte_start, byte_end - byte_start);
  indicator->highlight_start =
    g_array_index (report->offsets, gsize, indicator->src_start) - byte_start;
  indicator->highlight_end =
    g_array_index (report->offsets, gsize, indicator->src_end) - byte_start;
  indicator->printed = g_strndup (indicator->excerpt + indicator->highlight_start,
                                  indicator->highlight_end - indicator->highlight_start);

  g_hash_table_insert (loader->indicator_by_id, &indicator->id, indicator);
  g_hash_table_insert (loader->self->indicator_by_key, indicator->key, indicator);
  g_list_store_append (loader->self->indicators, indicator);
  return TRUE;
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
  gint64 indicator_id = sqlite3_column_int64 (stmt, 1);
  RdChartSpec *chart = chart_id ? g_hash_table_lookup (loader->charts, chart_id) : NULL;
  RdIndicator *indicator = g_hash_table_lookup (loader->indicator_by_id, &indicator_id);

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

static int
compare_sectors (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return rd_sector_get_position ((RdSector *) a) - rd_sector_get_position ((RdSector *) b);
}

static gboolean
load_all (Loader  *loader,
          GError **error)
{
  GHashTableIter iter;
  gpointer value;

  if (!for_each_row (loader,
                     "SELECT id, title, title_en, region, region_en, year, body "
                     "FROM report ORDER BY id",
                     load_report, error) ||
      !for_each_row (loader, "SELECT id, title FROM section", load_section, error) ||
      !for_each_row (loader,
                     "SELECT id, position, name_zh, name_en FROM sector",
                     load_sector, error) ||
      !for_each_row (loader,
                     "SELECT i.id, i.key, i.sector, i.name_zh, i.name_en, i.value, "
                     "       i.unit, u.name_en, u.kind, i.measure, i.year, i.basis, "
                     "       i.qualifier, i.src_start, i.src_end, i.excerpt_start, "
                     "       i.excerpt_end, i.section_id, i.report_id "
                     "FROM indicator i LEFT JOIN unit u ON u.unit = i.unit "
                     "ORDER BY i.report_id, i.src_start, i.id",
                     load_indicator, error) ||
      !for_each_row (loader,
                     "SELECT id, sector, type, title_zh, title_en FROM chart "
                     "ORDER BY sector, position, id",
                     load_chart, error) ||
      !for_each_row (loader,
                     "SELECT chart_id, indicator_id, label_zh, label_en FROM chart_figure "
                     "ORDER BY chart_id, position",
                     load_chart_figure, error))
    return FALSE;

  if (loader->self->body == NULL)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_EMPTY,
                   _("“%s” contains no report."), loader->display_name);
      return FALSE;
    }

  /* Only sectors with something to show become pages. */
  g_hash_table_iter_init (&iter, loader->self->sector_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      RdSector *sector = value;

      if (g_list_model_get_n_items (G_LIST_MODEL (sector->charts)) > 0)
        g_list_store_insert_sorted (loader->self->sectors, sector, compare_sectors, NULL);
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

  if (version != RD_DATASET_SCHEMA_VERSION)
    {
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_WRONG_VERSION,
                   _("“%s” is a dataset of format version %d; this ReportDash reads version %d."),
                   display_name, version, RD_DATASET_SCHEMA_VERSION);
      goto out;
    }

  self = g_object_new (RD_TYPE_DATASET, NULL);
  self->path = g_strdup (path);

  loader.db = db;
  loader.display_name = display_name;
  loader.self = self;
  loader.reports = g_hash_table_new_full (NULL, NULL, NULL, report_free);
  loader.sections = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  loader.indicator_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  loader.charts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  /* One read transaction, so that a writer cannot change the file
   * half-way through the load. */
  rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    set_sqlite_error (error, db, rc, display_name);
  else
    {
      ok = load_all (&loader, error);
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
    }

  g_hash_table_unref (loader.reports);
  g_hash_table_unref (loader.sections);
  g_hash_table_unref (loader.indicator_by_id);
  g_hash_table_unref (loader.charts);

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

const char *
rd_dataset_get_title (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  if (!rd_format_use_chinese () && self->title_en != NULL && self->title_en[0])
    return self->title_en;
  return self->title_zh;
}

const char *
rd_dataset_get_title_zh (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->title_zh;
}

int
rd_dataset_get_year (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return self->year;
}

const char *
rd_dataset_get_body (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->body;
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
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return key ? g_hash_table_lookup (self->indicator_by_key, key) : NULL;
}

guint
rd_dataset_get_n_charts (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return self->n_charts;
}
