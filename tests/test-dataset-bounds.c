/* test-dataset-bounds.c: files from elsewhere are opened within bounds
 * (issue 19, point 1) and read without writing beside them, whatever
 * journal or WAL they come with (point 5) */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-library.h"
#include "rd-test-util.h"

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* "name=sha256" of every file in @dir, sorted, one a line. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *sum = rd_test_checksum (path);

      g_ptr_array_add (lines, g_strdup_printf ("%s=%s", name, sum ? sum : "-"));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* The SQL makes the copy of the built-in dataset hostile; opening it is
 * refused, promptly, naming the cause, and changes nothing. */
static const struct {
  const char *sql;
  const char *message;
} hostile[] = {
  /* The reproducer of the issue: hung --check and the window for ever. */
  { "ALTER TABLE report RENAME TO r0; CREATE VIEW report AS WITH RECURSIVE c(x) AS "
    "(SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x id,'t' title,'t' title_en,'r' region,"
    "'r' region_en,2019 year,'b' body FROM c",
    "“report” is not a table of stored rows" },
  /* Millions of chart_figure rows from a view (9.3 GB in the issue). */
  { "ALTER TABLE chart_figure RENAME TO cf0; CREATE VIEW chart_figure AS WITH RECURSIVE "
    "c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 10000000) SELECT 'x' chart_id, "
    "1 indicator_id, x position, 'l' label_zh, 'l' label_en FROM c",
    "“chart_figure” is not a table of stored rows" },
  /* A plain view of the real rows is still not a table. */
  { "ALTER TABLE sector RENAME TO s0; CREATE VIEW sector AS SELECT * FROM s0",
    "“sector” is not a table of stored rows" },
  /* A virtual table computes its rows too. */
  { "DROP TABLE indicator_pair; CREATE VIRTUAL TABLE indicator_pair USING "
    "fts5(actual_id, target_id, note, note_en)",
    "“indicator_pair” is not a table of stored rows" },
  { "DROP TABLE unit", "it has no table “unit”" },
  { "ALTER TABLE chart DROP COLUMN title_en", "table “chart” has no column “title_en”" },
  { "ALTER TABLE indicator DROP COLUMN qualifier", "table “indicator” has no column “qualifier”" },
};

static void
test_hostile_tables (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *dir = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "hostile.sqlite");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;

  rd_test_exec_sql (path, hostile[i].sql);
  before = list_dir (dir);
  dataset = rd_dataset_open (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_DATASET);
  g_assert_nonnull (strstr (error->message, hostile[i].message));
  g_assert_null (strchr (error->message, '\n'));
  after = list_dir (dir);
  g_assert_cmpstr (before, ==, after);
  rd_test_remove_dir (dir);
}

/* A library with a view in place of a table is refused before it is
 * migrated or listed (the listing ran for ever). */
static void
test_hostile_library (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "library.sqlite");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  RdLibrary *library;

  rd_test_exec_sql (path, hostile[0].sql);
  before = list_dir (dir);
  library = rd_library_open (path, &error);
  g_assert_null (library);
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_NOT_DATASET);
  g_assert_nonnull (strstr (error->message, hostile[0].message));
  after = list_dir (dir);
  g_assert_cmpstr (before, ==, after);
  rd_test_remove_dir (dir);
}

/* Every text that is drawn or printed is checked, and the refusal shows
 * the row's key on one line without control characters (found by the
 * hostile files: a 100,000-character unit name made one export run for
 * more than 20 s, invalid UTF-8 in a bar label or a report title gave
 * Pango warnings, a key with a line break split the refusal). */
static void
test_text_of_every_column (void)
{
  static const char *const updates[] = {
    "UPDATE unit SET name_en = printf('%.*c', 100000, 'x')",
    "UPDATE unit SET kind = CAST(x'c328' AS TEXT)",
    "UPDATE chart_figure SET label_en = CAST(x'c328a0' AS TEXT)",
    "UPDATE report SET title_en = 'a' || char(27) || '[2J'",
    "UPDATE section SET title = printf('%.*c', 100000, 'x')",
    "UPDATE indicator_pair SET note_en = 'a' || char(7)",
    "PRAGMA foreign_keys = OFF; UPDATE chart_figure SET chart_id = 'a' || char(10) || char(27) || 'b' WHERE rowid = 1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
      g_autofree char *path = rd_test_copy_builtin (dir, "text.sqlite");
      g_autoptr(GError) error = NULL;
      g_autoptr(RdDataset) dataset = NULL;

      rd_test_exec_sql (path, updates[i]);
      dataset = rd_dataset_open (path, &error);
      g_assert_null (dataset);
      g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_CORRUPT);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_null (strchr (error->message, '\033'));
      rd_test_remove_dir (dir);
    }
}

/* A value longer than any a dataset holds is refused before it is read
 * into memory (SQLite's length limit). */
static void
test_value_too_long (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "long.sqlite");
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;

  rd_test_exec_sql (path, "UPDATE report SET body = body || zeroblob(70 * 1024 * 1024)");
  dataset = rd_dataset_open (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_TOO_COMPLEX);
  g_assert_nonnull (strstr (error->message, "too large or too complex to open"));
  g_assert_nonnull (rd_dataset_error_hint (error));
  rd_test_remove_dir (dir);
}

/* The window's Cancel: the open stops at SQLite's next progress call. */
static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;

  dataset = rd_dataset_open_cancellable (rd_test_builtin_dataset (), 0, cancellable, &error);
  g_assert_nonnull (dataset);
  g_clear_object (&dataset);

  g_cancellable_cancel (cancellable);
  dataset = rd_dataset_open_cancellable (rd_test_builtin_dataset (), 0, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Journals and WAL (point 5, data/SCHEMA.md "Safety rules") */

static char *
first_name (RdDataset *dataset)
{
  g_autoptr(RdIndicator) first = g_list_model_get_item (rd_dataset_get_indicators (dataset), 0);

  return g_strdup (rd_indicator_get_name_en (first));
}

/* The private copies in the temporary folder (this test's own). */
static guint
count_private_copies (void)
{
  g_autoptr(GDir) listing = g_dir_open (g_get_tmp_dir (), 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_prefix (name, "reportdash-open-");
  return n;
}

/* Opens @path; the files of its folder are byte-identical afterwards, no
 * file is added, and nothing is left once the dataset is gone. Returns
 * the English name of the first figure. */
static char *
open_untouched (const char *dir,
                const char *path)
{
  g_autofree char *before = list_dir (dir);
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  char *name;

  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rd_dataset_get_path (dataset), ==, path);
  name = first_name (dataset);
  during = list_dir (dir);
  g_assert_cmpstr (before, ==, during);
  g_assert_cmpuint (count_private_copies (), ==, 1);
  g_clear_object (&dataset);
  after = list_dir (dir);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_private_copies (), ==, 0);
  return name;
}

/* Copies @path and the files beside it while @writer is in the middle of
 * its change: the copy is what a crash at that moment leaves. */
static char *
copy_mid_change (const char *path,
                 const char *dir,
                 const char *suffix)
{
  g_autofree char *contents = NULL;
  g_autofree char *side = g_strconcat (path, suffix, NULL);
  g_autofree char *copy = g_build_filename (dir, "crashed.sqlite", NULL);
  g_autofree char *copy_side = g_strconcat (copy, suffix, NULL);
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (side, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_file_set_contents (copy_side, contents, length, NULL));
  return g_steal_pointer (&copy);
}

/* A leftover hot journal: read as SQLite rolls it back, in a private
 * copy; the file and its journal stay as they were. */
static void
test_hot_journal (void)
{
  g_autofree char *work = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (work, "live.sqlite");
  g_autofree char *crashed = NULL;
  g_autofree char *name = NULL;
  g_autofree char *journal = NULL;
  sqlite3 *writer = NULL;

  g_assert_cmpint (sqlite3_open (path, &writer), ==, SQLITE_OK);
  /* A cache of one page: the change reaches the file before the commit. */
  g_assert_cmpint (sqlite3_exec (writer, "PRAGMA cache_size = 1; BEGIN;"
                                 "UPDATE indicator SET name_en = 'half-written ' || name_en;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  crashed = copy_mid_change (path, dir, "-journal");
  sqlite3_exec (writer, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (writer);

  journal = g_strconcat (crashed, "-journal", NULL);
  name = open_untouched (dir, crashed);
  g_assert_false (g_str_has_prefix (name, "half-written"));
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  rd_test_remove_dir (work);
  rd_test_remove_dir (dir);
}

/* A WAL-mode file with committed changes still in its -wal: read with
 * them, in a private copy; no -shm appears, nothing is checkpointed. */
static void
wal_case (gboolean read_only_folder)
{
  g_autofree char *work = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-bounds-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (work, "live.sqlite");
  g_autofree char *crashed = NULL;
  g_autofree char *name = NULL;
  sqlite3 *writer = NULL;

  g_assert_cmpint (sqlite3_open (path, &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                 "UPDATE indicator SET name_en = 'committed ' || name_en;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  crashed = copy_mid_change (path, dir, "-wal");
  sqlite3_close (writer);

  if (read_only_folder)
    g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  name = open_untouched (dir, crashed);
  g_assert_true (g_str_has_prefix (name, "committed "));
  g_chmod (dir, 0755);

  /* Without its -wal (checkpointed, then the -wal removed), the same. */
  {
    g_autofree char *wal = g_strconcat (crashed, "-wal", NULL);
    g_autofree char *again = NULL;

    /* The last connection to close checkpoints and removes -wal and -shm;
     * the header still says WAL. */
    rd_test_exec_sql (crashed, "PRAGMA wal_checkpoint(TRUNCATE)");
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    if (read_only_folder)
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
    again = open_untouched (dir, crashed);
    g_assert_true (g_str_has_prefix (again, "committed "));
    g_chmod (dir, 0755);
  }
  rd_test_remove_dir (work);
  rd_test_remove_dir (dir);
}

static void
test_wal_writable_folder (void)
{
  wal_case (FALSE);
}

static void
test_wal_read_only_folder (void)
{
  wal_case (TRUE);
}

int
main (int argc, char *argv[])
{
  const char *outer = g_getenv ("TMPDIR");
  g_autofree char *tmp = g_build_filename (outer && outer[0] ? outer : "/tmp", "rd-bounds-tmp-XXXXXX", NULL);
  int status;

  g_assert_nonnull (g_mkdtemp (tmp));
  /* Before GLib reads it: the private copies are made here, alone. */
  g_setenv ("TMPDIR", tmp, TRUE);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("/dataset-bounds/hostile-tables/%u", i);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_hostile_tables);
    }
  g_test_add_func ("/dataset-bounds/hostile-library", test_hostile_library);
  g_test_add_func ("/dataset-bounds/text-of-every-column", test_text_of_every_column);
  g_test_add_func ("/dataset-bounds/value-too-long", test_value_too_long);
  g_test_add_func ("/dataset-bounds/cancelled", test_cancelled);
  g_test_add_func ("/dataset-bounds/hot-journal", test_hot_journal);
  g_test_add_func ("/dataset-bounds/wal-writable-folder", test_wal_writable_folder);
  g_test_add_func ("/dataset-bounds/wal-read-only-folder", test_wal_read_only_folder);

  status = g_test_run ();
  rd_test_remove_dir (tmp);
  return status;
}
