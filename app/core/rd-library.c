/* rd-library.c: opening, creating and migrating the library
 *
 * A file is looked at byte by byte before SQLite opens it, so that one of
 * a newer version is refused without a journal ever being made beside it.
 */
#define G_LOG_DOMAIN "reportdash-library"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rd-dataset-private.h"
#include "rd-library-private.h"
#include "rd-paths.h"

G_DEFINE_QUARK (rd-library-error-quark, rd_library_error)

gboolean
rd_library_set_sqlite_error (GError     **error,
                             sqlite3     *db,
                             int          rc,
                             const char  *display_name)
{
  const char *reason = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_BUSY,
                   _("The library “%s” is busy: another program is writing to it. Try again when it has finished."),
                   display_name);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_LIBRARY,
                   _("“%s” is not a ReportDash library: it is not an SQLite database."),
                   display_name);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("The report does not fit the library “%s” (%s); nothing was changed."),
                   display_name, reason);
      break;
    default:
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                   _("The library “%s” could not be read or changed: %s."),
                   display_name, reason);
      break;
    }
  return FALSE;
}

gboolean
rd_library_exec (sqlite3     *db,
                 const char  *sql,
                 const char  *display_name,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return rd_library_set_sqlite_error (error, db, rc, display_name);
  return TRUE;
}

void
rd_library_rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
}

char *
rd_library_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "reportdash", "library.sqlite", NULL);
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           const char  *display_name,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return rd_library_set_sqlite_error (error, db, rc, display_name);
  return TRUE;
}

/* The level of a region: the last of 省 市 区 县 in its name before any
 * parenthesis (株洲市天元区（株洲高新区） is a 区). */
static char *
level_of_region (const char *region)
{
  const char *p;
  gunichar level = 0;

  for (p = region ? region : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFF08 /* （ */ || c == '(')
        break;
      if (c == 0x7701 /* 省 */ || c == 0x5E02 /* 市 */ || c == 0x533A /* 区 */ || c == 0x53BF /* 县 */)
        level = c;
    }
  if (level == 0)
    return NULL;
  return g_ucs4_to_utf8 (&level, 1, NULL, NULL, NULL);
}

char *
rd_library_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Fills the new columns of the reports that a version 1 file has. */
static gboolean
describe_old_reports (sqlite3     *db,
                      const char  *display_name,
                      GError     **error)
{
  sqlite3_stmt *select = NULL, *update = NULL;
  g_autofree char *now = rd_library_now ();
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT id, original, region FROM report", -1, &select, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "UPDATE report SET checksum = ?2, level = ?3, source_name = ?4, "
                             "format = 'txt', imported_at = ?5 WHERE id = ?1",
                             -1, &update, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      const char *original = (const char *) sqlite3_column_text (select, 1);
      g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                                 original ? original : "", -1);
      g_autofree char *level = level_of_region ((const char *) sqlite3_column_text (select, 2));

      sqlite3_bind_int64 (update, 1, sqlite3_column_int64 (select, 0));
      sqlite3_bind_text (update, 2, checksum, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (update, 3, level, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (update, 4, "report-original.txt", -1, SQLITE_STATIC);
      sqlite3_bind_text (update, 5, now, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (update);
      sqlite3_reset (update);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_OK)
    rd_library_set_sqlite_error (error, db, rc, display_name);
  sqlite3_finalize (select);
  sqlite3_finalize (update);
  return rc == SQLITE_OK;
}

/* Version 1 to 2, inside the caller's transaction (foreign keys off, as
 * SQLite asks for a table rebuild): a CHECK cannot be altered, so the
 * indicator table is made anew with the added columns and basis 'other',
 * and without the foreign key on unit (imported units are as printed). */
static gboolean
migrate_v1 (sqlite3     *db,
            const char  *display_name,
            GError     **error)
{
  int has_printed = 0, has_fts = 0;
  g_autofree char *copy = NULL;

  if (!query_int (db, "SELECT count(*) FROM pragma_table_info('indicator') WHERE name = 'printed'",
                  &has_printed, display_name, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'indicator_fts'",
                  &has_fts, display_name, error))
    return FALSE;

  if (!rd_library_exec (db,
                        "ALTER TABLE report ADD COLUMN level TEXT;"
                        "ALTER TABLE report ADD COLUMN source_name TEXT;"
                        "ALTER TABLE report ADD COLUMN format TEXT;"
                        "ALTER TABLE report ADD COLUMN checksum TEXT;"
                        "ALTER TABLE report ADD COLUMN imported_at TEXT;"
                        "CREATE TABLE indicator_v2("
                        " id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
                        " report_id INTEGER NOT NULL REFERENCES report(id),"
                        " sector TEXT NOT NULL REFERENCES sector(id),"
                        " name_zh TEXT NOT NULL, name_en TEXT NOT NULL, value REAL NOT NULL, value_max REAL,"
                        " unit TEXT NOT NULL, measure TEXT NOT NULL REFERENCES measure(id),"
                        " year INTEGER NOT NULL,"
                        " basis TEXT NOT NULL CHECK (basis IN ('actual','target','other')),"
                        " qualifier TEXT, src_start INTEGER NOT NULL, src_end INTEGER NOT NULL,"
                        " excerpt_start INTEGER NOT NULL, excerpt_end INTEGER NOT NULL,"
                        " section_id INTEGER REFERENCES section(id), printed TEXT NOT NULL,"
                        " found_by TEXT NOT NULL DEFAULT 'curated'"
                        "  CHECK (found_by IN ('curated','extracted','corrected')),"
                        " confidence REAL NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),"
                        " catalog_key TEXT,"
                        " CHECK (0 <= excerpt_start AND excerpt_start <= src_start AND"
                        "        src_start < src_end AND src_end <= excerpt_end));",
                        display_name, error))
    return FALSE;

  copy = g_strdup_printf ("INSERT INTO indicator_v2(id, key, report_id, sector, name_zh, name_en,"
                          " value, unit, measure, year, basis, qualifier, src_start, src_end,"
                          " excerpt_start, excerpt_end, section_id, printed, found_by, confidence)"
                          " SELECT i.id, i.key, i.report_id, i.sector, i.name_zh, i.name_en, i.value,"
                          " i.unit, i.measure, i.year, i.basis, i.qualifier, i.src_start, i.src_end,"
                          " i.excerpt_start, i.excerpt_end, i.section_id, %s, 'curated', 1"
                          " FROM indicator i JOIN report r ON r.id = i.report_id",
                          has_printed ? "i.printed"
                                      : "substr(r.body, i.src_start + 1, i.src_end - i.src_start)");
  if (!rd_library_exec (db, copy, display_name, error) ||
      !rd_library_exec (db,
                        "DROP TABLE indicator;"
                        "ALTER TABLE indicator_v2 RENAME TO indicator;"
                        "CREATE INDEX indicator_sector ON indicator(sector, src_start);"
                        "CREATE INDEX indicator_report ON indicator(report_id, src_start);"
                        "CREATE INDEX section_report ON section(report_id, start);"
                        "CREATE INDEX exclusion_report ON exclusion(report_id, start);"
                        "CREATE INDEX report_region ON report(region, year);",
                        display_name, error) ||
      !describe_old_reports (db, display_name, error) ||
      !rd_library_exec (db, "CREATE UNIQUE INDEX report_checksum ON report(checksum);",
                        display_name, error))
    return FALSE;

  if (!has_fts &&
      !rd_library_exec (db,
                        "CREATE VIRTUAL TABLE indicator_fts USING fts5(key, name_zh, name_en, unit,"
                        " unit_en, sector_zh, sector_en, excerpt, content='', tokenize='trigram');"
                        "INSERT INTO indicator_fts(" RD_LIBRARY_FTS_COLUMNS ") "
                        "SELECT " RD_LIBRARY_FTS_VALUES RD_LIBRARY_FTS_FROM ";",
                        display_name, error))
    return FALSE;

  {
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);

    if (rc == SQLITE_OK)
      rc = sqlite3_step (stmt);
    sqlite3_finalize (stmt);
    if (rc == SQLITE_ROW)
      {
        g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                     _("The library “%s” could not be brought up to date: its figures point at rows that do not exist."),
                     display_name);
        return FALSE;
      }
    if (rc != SQLITE_DONE)
      return rd_library_set_sqlite_error (error, db, rc, display_name);
  }

  return rd_library_exec (db, "PRAGMA user_version = 2", display_name, error);
}

/* @path's schema version from its header, without SQLite: 0 for an
 * SQLite file of no version, -1 (and no error) when it does not exist. */
static gboolean
read_header_version (const char  *path,
                     const char  *display_name,
                     int         *version,
                     GError     **error)
{
  guchar header[100];
  ssize_t n;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *version = -1;
          return TRUE;
        }
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                   _("The library “%s” cannot be read: %s."), display_name, g_strerror (saved_errno));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_LIBRARY,
                   _("“%s” is not a ReportDash library: it is not an SQLite database."),
                   display_name);
      return FALSE;
    }
  *version = (int) ((guint32) header[60] << 24 | (guint32) header[61] << 16 |
                    (guint32) header[62] << 8 | header[63]);
  return TRUE;
}

static gboolean
refuse_version (int          version,
                const char  *display_name,
                GError     **error)
{
  if (version > RD_LIBRARY_SCHEMA_VERSION)
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NEWER,
                 _("The library “%s” was made by a newer ReportDash (format version %d; this one reads up to %d). It was not changed: open it with that version."),
                 display_name, version, RD_LIBRARY_SCHEMA_VERSION);
  else
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_LIBRARY,
                 _("“%s” is an SQLite database, but not a ReportDash library."), display_name);
  return FALSE;
}

static gboolean
fsync_path (const char *path,
            gboolean    directory)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

static gboolean
copy_file_atomically (const char  *from,
                      const char  *to,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (from, &contents, &length, error) &&
         g_file_set_contents_full (to, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0644, error);
}

/* Brings the open @db up to version 2: a version 1 file is copied to
 * PATH.v1-backup first, under the write lock, so the copy is exactly the
 * file that is migrated. */
static gboolean
upgrade (sqlite3     *db,
         const char  *path,
         const char  *display_name,
         gboolean     backup,
         GError     **error)
{
  int version = 0;

  if (!query_int (db, "PRAGMA user_version", &version, display_name, error))
    return FALSE;
  if (version == RD_LIBRARY_SCHEMA_VERSION)
    return TRUE;
  if (version != 1)
    return refuse_version (version, display_name, error);

  if (!rd_library_exec (db, "BEGIN IMMEDIATE", display_name, error))
    return FALSE;
  /* Another process may have migrated it while we waited for the lock. */
  if (!query_int (db, "PRAGMA user_version", &version, display_name, error))
    goto fail;
  if (version == 1)
    {
      if (backup)
        {
          g_autofree char *backup_path = g_strconcat (path, ".v1-backup", NULL);
          g_autoptr(GError) local_error = NULL;

          if (!copy_file_atomically (path, backup_path, &local_error))
            {
              g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                           _("The library “%s” was not brought up to date, because a backup copy could not be made: %s"),
                           display_name, local_error->message);
              goto fail;
            }
        }
      if (!migrate_v1 (db, display_name, error))
        goto fail;
    }
  else if (version != RD_LIBRARY_SCHEMA_VERSION)
    {
      refuse_version (version, display_name, error);
      goto fail;
    }
  if (!rd_library_exec (db, "COMMIT", display_name, error))
    goto fail;
  return TRUE;

fail:
  rd_library_rollback (db);
  return FALSE;
}

static sqlite3 *
open_db (const char  *path,
         const char  *display_name,
         int          busy_timeout_ms,
         GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, db, rc, display_name);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, busy_timeout_ms);
  sqlite3_extended_result_codes (db, 1);
  return db;
}

/* A copy of the built-in dataset, migrated beside @path under a temporary
 * name, then linked in place: a crash leaves no library or a whole one,
 * and a second process creating it at the same time keeps the first. */
static gboolean
create_from_builtin (const char  *path,
                     const char  *builtin,
                     const char  *display_name,
                     int          busy_timeout_ms,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_strconcat (path, ".new-XXXXXX", NULL);
  g_autofree char *tmp_display = NULL;
  sqlite3 *db;
  gboolean ok;
  int fd;

  if (!g_file_test (builtin, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *builtin_display = g_filename_display_name (builtin);

      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NO_BUILTIN,
                   _("The library “%s” cannot be made: the built-in report “%s” is missing. Reinstall ReportDash."),
                   display_name, builtin_display);
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0 || (fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0644)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                   _("The library “%s” cannot be made: %s."), display_name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  tmp_display = g_filename_display_name (tmp);
  ok = copy_file_atomically (builtin, tmp, error);
  if (ok)
    {
      db = open_db (tmp, tmp_display, busy_timeout_ms, error);
      ok = db != NULL && upgrade (db, tmp, display_name, FALSE, error);
      if (db != NULL && sqlite3_close (db) != SQLITE_OK)
        ok = FALSE;
    }
  if (ok && !fsync_path (tmp, FALSE))
    {
      int saved_errno = errno;

      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                   _("The library “%s” cannot be made: %s."), display_name, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (ok && link (tmp, path) != 0 && errno != EEXIST)
    {
      /* A file system without hard links. */
      if (g_rename (tmp, path) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FAILED,
                       _("The library “%s” cannot be made: %s."), display_name, g_strerror (saved_errno));
          ok = FALSE;
        }
    }
  g_unlink (tmp);
  if (ok)
    fsync_path (dir, TRUE);
  return ok;
}

RdLibrary *
rd_library_open_full (const char  *path,
                      const char  *builtin,
                      int          busy_timeout_ms,
                      GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *default_builtin = NULL;
  RdLibrary *self;
  sqlite3 *db;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);
  if (!read_header_version (path, display_name, &version, error))
    return NULL;

  if (version < 0)
    {
      if (builtin == NULL)
        builtin = default_builtin = rd_paths_get_builtin_dataset ();
      if (!create_from_builtin (path, builtin, display_name, busy_timeout_ms, error))
        return NULL;
    }
  else if (version != 1 && version != RD_LIBRARY_SCHEMA_VERSION)
    {
      refuse_version (version, display_name, error);
      return NULL;
    }

  db = open_db (path, display_name, busy_timeout_ms, error);
  if (db == NULL)
    return NULL;
  /* A library from elsewhere: a view in place of a table would make any
   * listing run for ever (issue 19, point 1). */
  if (!rd_dataset_check_tables (db, display_name, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  /* Series across years look figures up by indicator (added within version 2). */
  if (!upgrade (db, path, display_name, TRUE, error) ||
      !rd_library_exec (db, "CREATE INDEX IF NOT EXISTS indicator_catalog ON indicator(catalog_key, report_id)",
                        display_name, error) ||
      !rd_library_exec (db, "PRAGMA foreign_keys = ON", display_name, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  self = g_new0 (RdLibrary, 1);
  self->db = db;
  self->path = g_strdup (path);
  self->display_name = g_steal_pointer (&display_name);
  return self;
}

RdLibrary *
rd_library_open (const char  *path,
                 GError     **error)
{
  return rd_library_open_full (path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, error);
}

void
rd_library_close (RdLibrary *self)
{
  if (self == NULL)
    return;
  sqlite3_close (self->db);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self);
}

const char *
rd_library_get_path (RdLibrary *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}
