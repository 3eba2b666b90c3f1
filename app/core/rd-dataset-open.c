/* rd-dataset-open.c: checking a dataset file and opening it read-only
 *
 * The connection is opened with SQLITE_OPEN_READONLY and kept by the
 * dataset for its life: SQLite never writes through it, so neither the
 * file nor a -journal or -wal beside it is ever made or changed, and
 * between queries it holds no lock (data/SCHEMA.md, "Safety rules"). A
 * file in WAL mode or with a hot journal is read from a private copy
 * instead; every open is bounded (rd-dataset-guard.c).
 */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include <string.h>

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rd-dataset-struct-private.h"
#include "rd-library.h"

#define DEFAULT_BUSY_TIMEOUT_MS 2000
/* The window asks the kept connection for search results while the user
 * types: a writer that holds the lock then makes search fall back to the
 * loaded text rather than wait. */
#define QUERY_BUSY_TIMEOUT_MS 200

gboolean
rd_dataset_set_sqlite_error (GError     **error,
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
    case SQLITE_INTERRUPT:  /* the budget of rd-dataset-guard.c */
    case SQLITE_TOOBIG:
    case SQLITE_NOMEM:
      g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_TOO_COMPLEX,
                   _("“%s” is too large or too complex to open: reading it would take far more work or memory than a dataset of its size needs."),
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

/* SQLite's own check of the file's pages and indexes (issue 19, point 4): a
 * file with flipped bits can read as sound and show altered figures. Its
 * cost is in BENCHMARKS.md; the window opens files off the main thread. */
static gboolean
quick_check (sqlite3     *db,
             const char  *display_name,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *first = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* "*** in database main ***\nPage 27: …": one line, the finding. */
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      const char *found = text ? strstr (text, "***\n") : NULL;

      first = g_strdup (found ? found + 4 : text);
      if (first != NULL)
        g_strdelimit (first, "\n\r\t", ' ');
    }
  sqlite3_finalize (stmt);
  if (first != NULL && g_str_equal (first, "ok"))
    return TRUE;
  if (first == NULL && rc != SQLITE_ROW && rc != SQLITE_CORRUPT && rc != SQLITE_NOTADB)
    {
      rd_dataset_set_sqlite_error (error, db, rc, display_name);
      return FALSE;
    }
  g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT,
               _("“%s” is damaged: SQLite's check of the file found an error (%s)."),
               display_name, first ? first : sqlite3_errstr (rc));
  return FALSE;
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
    return rd_dataset_set_sqlite_error (error, db, rc, display_name);

  rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *n_tables = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return rd_dataset_set_sqlite_error (error, db, rc, display_name);

  return TRUE;
}

/* Opens @self's connection to @path, or to a private copy of it when
 * reading the file as it is would write beside it: a WAL-mode file, or a
 * hot journal that only a writer can roll back (data/SCHEMA.md, "Safety
 * rules"). The original is never opened for writing. */
static gboolean
connect_file (RdDataset     *self,
              const char    *path,
              gboolean       private_copy,
              int            busy_timeout_ms,
              GCancellable  *cancellable,
              const char    *display_name,
              int           *version,
              int           *n_tables,
              GError       **error)
{
  g_autofree char *copy = NULL;
  const char *open_path = path;
  int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
  goffset size = 0;
  GStatBuf st;
  int rc;

  if (private_copy)
    {
      copy = rd_dataset_make_private_copy (path, display_name, &self->private_dir, cancellable, error);
      if (copy == NULL)
        return FALSE;
      open_path = copy;
      g_debug ("Reading %s from a private copy, %s", display_name, copy);
      /* SQLite rolls the journal back, or the WAL in, in the copy. */
      flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    }

  if (g_stat (open_path, &st) == 0)
    size = st.st_size;
  {
    g_autofree char *wal = g_strconcat (open_path, "-wal", NULL);

    if (g_stat (wal, &st) == 0)
      size += st.st_size;
  }

  rc = sqlite3_open_v2 (open_path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    return rd_dataset_set_sqlite_error (error, self->db, rc, display_name);
  rd_dataset_guard_connect (&self->guard, self->db, size, cancellable);
  sqlite3_busy_timeout (self->db, busy_timeout_ms);
  if (private_copy)
    sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);

  return read_user_version (self->db, display_name, version, n_tables, error);
}

static RdDataset *
open_report (const char    *path,
             gint64         report_id,
             int            busy_timeout_ms,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(RdDataset) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;
  GStatBuf st;
  int version = 0, n_tables = 0;

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

  self = g_object_new (RD_TYPE_DATASET, NULL);
  self->path = g_strdup (path);

  if (!connect_file (self, path, rd_dataset_needs_private_copy (path), busy_timeout_ms,
                     cancellable, display_name, &version, &n_tables, &local_error))
    {
      /* A hot journal: a read-only connection cannot roll it back. */
      if (self->private_dir != NULL || self->db == NULL ||
          (sqlite3_errcode (self->db) & 0xff) != SQLITE_READONLY)
        goto out;
      g_clear_error (&local_error);
      g_clear_pointer (&self->db, sqlite3_close);
      if (!connect_file (self, path, TRUE, busy_timeout_ms, cancellable, display_name,
                         &version, &n_tables, &local_error))
        goto out;
    }

  if (version == 0 && n_tables == 0)
    {
      g_set_error (&local_error, RD_DATASET_ERROR, RD_DATASET_ERROR_EMPTY,
                   _("“%s” is an empty database: it contains no figures."), display_name);
      goto out;
    }

  if (version == 0)
    {
      g_set_error (&local_error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_DATASET,
                   _("“%s” is an SQLite database, but not a ReportDash dataset."),
                   display_name);
      goto out;
    }

  if (version != RD_DATASET_SCHEMA_VERSION && version != RD_LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (&local_error, RD_DATASET_ERROR, RD_DATASET_ERROR_WRONG_VERSION,
                   _("“%s” is a dataset of format version %d; this ReportDash reads versions %d and %d."),
                   display_name, version, RD_DATASET_SCHEMA_VERSION, RD_LIBRARY_SCHEMA_VERSION);
      goto out;
    }

  /* Before any row is read: views in place of tables yield rows for ever. */
  if (!rd_dataset_check_tables (self->db, display_name, &local_error) ||
      !quick_check (self->db, display_name, &local_error))
    goto out;

  self->version = version;
  if (!rd_dataset_load (self, self->db, version, report_id, display_name, &local_error))
    goto out;

  g_debug ("Opened %s: %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " thousand VM steps allowed",
           display_name, self->guard.calls, self->guard.budget);
  sqlite3_busy_timeout (self->db, QUERY_BUSY_TIMEOUT_MS);
  rd_dataset_guard_reset (&self->guard);
  return g_steal_pointer (&self);

out:
  rd_dataset_guard_explain (&self->guard, display_name, &local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

RdDataset *
rd_dataset_open_full (const char  *path,
                      int          busy_timeout_ms,
                      GError     **error)
{
  return open_report (path, 0, busy_timeout_ms, NULL, error);
}

RdDataset *
rd_dataset_open (const char  *path,
                 GError     **error)
{
  return open_report (path, 0, DEFAULT_BUSY_TIMEOUT_MS, NULL, error);
}

RdDataset *
rd_dataset_open_report (const char  *path,
                        gint64       report_id,
                        GError     **error)
{
  g_return_val_if_fail (report_id > 0, NULL);
  return open_report (path, report_id, DEFAULT_BUSY_TIMEOUT_MS, NULL, error);
}

RdDataset *
rd_dataset_open_cancellable (const char    *path,
                             gint64         report_id,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (report_id >= 0 || report_id == RD_DATASET_ALL_REPORTS, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  return open_report (path, report_id, DEFAULT_BUSY_TIMEOUT_MS, cancellable, error);
}

RdDataset *
rd_dataset_open_all_reports (const char  *path,
                             GError     **error)
{
  return open_report (path, RD_DATASET_ALL_REPORTS, DEFAULT_BUSY_TIMEOUT_MS, NULL, error);
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
    case RD_DATASET_ERROR_TOO_COMPLEX:
      return _("Open a dataset made for ReportDash (a .sqlite file).");
    case RD_DATASET_ERROR_WRONG_VERSION:
      return _("Open it with the version of ReportDash it was made for, or rebuild it with this version.");
    case RD_DATASET_ERROR_LOCKED:
      return _("Wait until the other program has finished, then open the dataset again.");
    case RD_DATASET_ERROR_CORRUPT:
      return _("Rebuild the dataset or restore it from a copy; the file was not changed.");
    case RD_DATASET_ERROR_NO_REPORT:
      return _("Choose another report of the library.");
    default:
      return NULL;
    }
}
