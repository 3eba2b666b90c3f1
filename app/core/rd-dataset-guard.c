/* rd-dataset-guard.c: the bounds of opening a file from elsewhere
 *
 * A dataset file is untrusted input (issue 19, point 1): a view in place
 * of a table can yield rows for ever, a row can hold a gigabyte. Before
 * the loader reads anything, every table it reads must be a real table
 * (not a view, not a virtual table) with the columns it names; and every
 * statement on the connection runs under a budget of virtual-machine
 * steps, proportional to the size of the file (a file can only hold so
 * many rows), and under SQLite's limits on the size of a value. The
 * budget also answers a GCancellable, so that the window can stop an
 * open.
 *
 * A file with a hot rollback journal or in WAL mode (issue 19, point 5)
 * cannot be read through a read-only connection without writing beside
 * it: it is copied, with its journal or WAL, into a private temporary
 * folder and read there (data/SCHEMA.md, "Safety rules").
 */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rd-dataset-struct-private.h"
#include "rd-library.h"

/* SQLite calls the progress handler every this many VM instructions. */
#define STEPS_PER_CALL 1000
/* Checking and loading a legitimate dataset costs under 0.1 VM steps a
 * byte of file (the built-in one 22,000 steps for 388 kB; 200,000 figures
 * 18.6 million for 267 MB, BENCHMARKS.md): the budget is some 30 times
 * that, plus a floor of about a tenth of a second of work for small files. */
#define STEPS_FLOOR    ((guint64) 20 * 1000 * 1000)
#define STEPS_PER_BYTE 2
/* The longest value read: a report's text is some 100 kB. */
#define MAX_VALUE_BYTES (64 * 1024 * 1024)

static int
on_progress (void *data)
{
  RdDatasetGuard *guard = data;

  if (g_cancellable_is_cancelled (guard->cancellable))
    return 1;
  if (++guard->calls > guard->budget)
    {
      guard->exhausted = TRUE;
      return 1;
    }
  return 0;
}

void
rd_dataset_guard_connect (RdDatasetGuard *guard,
                          sqlite3        *db,
                          goffset         size,
                          GCancellable   *cancellable)
{
  guint64 steps = STEPS_FLOOR + (guint64) MAX (size, 0) * STEPS_PER_BYTE;

  g_set_object (&guard->cancellable, cancellable);
  guard->budget = steps / STEPS_PER_CALL;
  guard->calls = 0;
  guard->exhausted = FALSE;

  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit (db, SQLITE_LIMIT_EXPR_DEPTH, 200);
  sqlite3_limit (db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
  sqlite3_limit (db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
  sqlite3_limit (db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
  sqlite3_progress_handler (db, STEPS_PER_CALL, on_progress, guard);
}

void
rd_dataset_guard_reset (RdDatasetGuard *guard)
{
  guard->calls = 0;
  guard->exhausted = FALSE;
}

void
rd_dataset_guard_clear (RdDatasetGuard *guard)
{
  g_clear_object (&guard->cancellable);
}

/* Replaces @error, set by a statement that failed, when the guard stopped
 * it: the open was cancelled, or the file asked for too much work (a
 * statement that SQLite interrupted says so itself, but the loader may
 * have made another error of the interruption). */
gboolean
rd_dataset_guard_explain (RdDatasetGuard *guard,
                          const char     *display_name,
                          GError        **error)
{
  if (g_cancellable_is_cancelled (guard->cancellable))
    {
      g_clear_error (error);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   _("Opening “%s” was cancelled."), display_name);
    }
  else if (guard->exhausted)
    {
      g_clear_error (error);
      rd_dataset_set_sqlite_error (error, NULL, SQLITE_INTERRUPT, display_name);
    }
  return FALSE;
}

/* The tables and columns rd-dataset-load.c reads. */
static const struct {
  const char *table;
  const char *columns[18];
} expected[] = {
  { "report", { "id", "title", "title_en", "region", "region_en", "year", "body" } },
  { "section", { "id", "report_id", "level", "title", "start", "end" } },
  { "sector", { "id", "position", "name_zh", "name_en" } },
  { "unit", { "unit", "name_en", "kind" } },
  { "indicator", { "id", "key", "sector", "name_zh", "name_en", "value", "unit", "measure",
                   "year", "basis", "qualifier", "src_start", "src_end", "excerpt_start",
                   "excerpt_end", "section_id", "report_id" } },
  { "chart", { "id", "sector", "position", "type", "title_zh", "title_en" } },
  { "chart_figure", { "chart_id", "indicator_id", "position", "label_zh", "label_en" } },
  { "indicator_pair", { "actual_id", "target_id", "note", "note_en" } },
};

static gboolean
not_a_dataset (GError    **error,
               const char *display_name,
               const char *why)
{
  g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_DATASET,
               _("“%s” is not a valid ReportDash dataset: %s."), display_name, why);
  return FALSE;
}

/* Whether @table is a real table of @db; sets @error (a sentence) if not. */
static gboolean
check_table (sqlite3     *db,
             guint        index,
             const char  *display_name,
             GError     **error)
{
  const char *table = expected[index].table;
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *type = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT type, sql FROM sqlite_schema WHERE name = ?1 COLLATE NOCASE "
                               "AND type IN ('table', 'view') LIMIT 1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sql = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rd_dataset_set_sqlite_error (error, db, rc, display_name);

  if (type == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("it has no table “%s”"), table);
      return not_a_dataset (error, display_name, why);
    }
  /* A view or a virtual table computes its rows: a dataset stores them. */
  if (!g_str_equal (type, "table") || sql == NULL ||
      g_ascii_strncasecmp (sql, "CREATE TABLE", strlen ("CREATE TABLE")) != 0)
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not a table of stored rows"), table);
      return not_a_dataset (error, display_name, why);
    }

  rc = sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (name != NULL)
        g_hash_table_add (columns, g_ascii_strdown (name, -1));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return rd_dataset_set_sqlite_error (error, db, rc, display_name);

  for (guint i = 0; i < G_N_ELEMENTS (expected[index].columns) && expected[index].columns[i]; i++)
    if (!g_hash_table_contains (columns, expected[index].columns[i]))
      {
        /* Translators: the first %s is a table, the second a column. */
        g_autofree char *why = g_strdup_printf (_("table “%s” has no column “%s”"),
                                                table, expected[index].columns[i]);
        return not_a_dataset (error, display_name, why);
      }
  return TRUE;
}

gboolean
rd_dataset_check_tables (sqlite3     *db,
                         const char  *display_name,
                         GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!check_table (db, i, display_name, error))
      return FALSE;
  return TRUE;
}

/* Hot journals and WAL */

/* Whether the file at @path is in WAL mode: bytes 18 and 19 of its
 * header are the read and write versions, 2 for WAL. */
static gboolean
header_says_wal (const char *path)
{
  guint8 header[20] = { 0 };
  FILE *file = g_fopen (path, "rb");
  gboolean wal = FALSE;

  if (file == NULL)
    return FALSE;
  if (fread (header, 1, sizeof header, file) == sizeof header &&
      memcmp (header, "SQLite format 3", 16) == 0)
    wal = header[18] == 2 || header[19] == 2;
  fclose (file);
  return wal;
}

gboolean
rd_dataset_needs_private_copy (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return header_says_wal (path) || g_file_test (wal, G_FILE_TEST_EXISTS);
}

static gboolean
copy_one (const char    *from,
          const char    *to,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);

  return g_file_copy (source, target, G_FILE_COPY_NONE, cancellable, NULL, NULL, error);
}

void
rd_dataset_remove_private_copy (const char *dir)
{
  g_autoptr(GDir) listing = NULL;
  const char *name;

  if (dir == NULL)
    return;
  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

/* Copies @path with its -journal and -wal (never its -shm: SQLite builds
 * one) into a new private folder, and returns the copy's path; sets
 * *@dir to the folder, removed with rd_dataset_remove_private_copy(). */
char *
rd_dataset_make_private_copy (const char    *path,
                              const char    *display_name,
                              char         **dir,
                              GCancellable  *cancellable,
                              GError       **error)
{
  static const char *const suffixes[] = { "", "-journal", "-wal" };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("reportdash-open-XXXXXX", &local_error);
  g_autofree char *copy = NULL;

  if (tmp == NULL)
    goto failed;
  copy = g_build_filename (tmp, "dataset.sqlite", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (copy, suffixes[i], NULL);

      if (i > 0 && !g_file_test (from, G_FILE_TEST_EXISTS))
        continue;
      if (!copy_one (from, to, cancellable, &local_error))
        goto failed;
    }
  *dir = g_steal_pointer (&tmp);
  return g_steal_pointer (&copy);

failed:
  rd_dataset_remove_private_copy (tmp);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_UNREADABLE,
                 _("“%s” has an unfinished change beside it (a journal or WAL file) and could not be copied to be read safely: %s."),
                 display_name, local_error->message);
  return NULL;
}
