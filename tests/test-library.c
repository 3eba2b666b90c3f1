/* test-library.c: the library of many reports (schema version 2; core, no display) */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-library.h"
#include "rd-series.h"
#include "rd-test-util.h"

#define REGION "测试市样例区"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("rd-library-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "library.sqlite", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  rd_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static RdLibrary *
open_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  RdLibrary *library = rd_library_open_full (path, rd_test_builtin_dataset (), 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);
  return library;
}

/* Every row of every table of @path, the columns @columns_of gives
 * (NULL: the file's own), as one text. */
static char *
dump_tables (const char *path,
             const char *columns_of)
{
  GString *dump = g_string_new (NULL);
  sqlite3 *db = NULL, *schema = NULL;
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_open_v2 (columns_of ? columns_of : path, &schema, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (schema,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *columns_sql = g_strdup_printf ("SELECT group_concat('quote(\"' || name || '\")', ' || char(9) || ') "
                                                  "FROM pragma_table_info('%s')", table);
      sqlite3_stmt *columns = NULL, *rows = NULL;
      g_autofree char *rows_sql = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (schema, columns_sql, -1, &columns, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (columns), ==, SQLITE_ROW);
      rows_sql = g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY 1",
                                  sqlite3_column_text (columns, 0), table);
      if (sqlite3_prepare_v2 (db, rows_sql, -1, &rows, NULL) != SQLITE_OK)
        g_error ("%s: %s", rows_sql, sqlite3_errmsg (db));
      g_string_append_printf (dump, "[%s]\n", table);
      while (sqlite3_step (rows) == SQLITE_ROW)
        g_string_append_printf (dump, "%s\n", sqlite3_column_text (rows, 0));
      sqlite3_finalize (rows);
      sqlite3_finalize (columns);
    }
  sqlite3_finalize (tables);
  sqlite3_close (schema);
  sqlite3_close (db);
  return g_string_free (dump, FALSE);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;
  RdLibraryReport *report;
  gint64 n_builtin = rd_test_query_int (rd_test_builtin_dataset (), "SELECT count(*) FROM indicator");

  g_assert_cmpint (rd_test_query_int (fixture->path, "PRAGMA user_version"), ==, 2);
  /* No temporary file or journal left beside it. */
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);

  reports = rd_library_list_reports (library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 1);
  report = reports->pdata[0];
  g_assert_cmpint (report->id, ==, 1);
  g_assert_cmpstr (report->region, ==, "株洲市天元区（株洲高新区）");
  g_assert_cmpstr (report->level, ==, "区");
  g_assert_cmpint (report->year, ==, 2019);
  g_assert_cmpuint (report->n_figures, ==, n_builtin);
  g_assert_cmpuint (strlen (report->checksum), ==, 64);
  g_assert_nonnull (report->imported_at);

  figures = rd_library_list_figures (library, "天元区", 2019, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (figures->len, ==, n_builtin);
  for (guint i = 0; i < figures->len; i++)
    {
      RdLibraryFigure *figure = figures->pdata[i];

      g_assert_cmpint (figure->figure->found_by, ==, RD_FOUND_CURATED);
      g_assert_cmpfloat (figure->figure->confidence, ==, 1.0);
    }
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM chart"), ==,
                   rd_test_query_int (rd_test_builtin_dataset (), "SELECT count(*) FROM chart"));
  rd_test_assert_library_whole (fixture->path);
}

static gint64
add_draft (RdLibrary     *library,
           RdReportDraft *draft)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rd_library_add_draft (library, draft, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 1);
  return id;
}

static void
test_add_and_read (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 4, NULL);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RdLibraryReport *report;
  gint64 id;

  id = add_draft (library, draft);

  reports = rd_library_list_reports (library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 2);
  report = reports->pdata[1];
  g_assert_cmpint (report->id, ==, id);
  g_assert_cmpstr (report->title, ==, draft->title);
  g_assert_cmpstr (report->region, ==, REGION);
  g_assert_cmpstr (report->level, ==, "区");
  g_assert_cmpint (report->year, ==, 2020);
  g_assert_cmpstr (report->source_name, ==, "hand-made.txt");
  g_assert_cmpstr (report->format, ==, "txt");
  g_assert_cmpstr (report->checksum, ==, draft->checksum);
  g_assert_cmpuint (report->n_figures, ==, 4);

  text = rd_library_dup_report_text (library, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, draft->text);

  figures = rd_library_list_figures (library, "样例", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (figures->len, ==, 4);
  for (guint i = 0; i < figures->len; i++)
    {
      RdLibraryFigure *row = figures->pdata[i];
      RdDraftFigure *got = row->figure;
      RdDraftFigure *want = draft->figures->pdata[i];

      g_assert_cmpint (row->report_id, ==, id);
      g_assert_cmpstr (row->region, ==, REGION);
      g_assert_cmpint (row->report_year, ==, 2020);
      g_assert_true (g_str_has_prefix (row->key, "import-"));
      g_assert_cmpint (got->src_start, ==, want->src_start);
      g_assert_cmpint (got->src_end, ==, want->src_end);
      g_assert_cmpint (got->sentence_start, ==, want->sentence_start);
      g_assert_cmpint (got->sentence_end, ==, want->sentence_end);
      g_assert_cmpstr (got->printed, ==, want->printed);
      g_assert_cmpfloat (got->value, ==, want->value);
      g_assert_cmpfloat (got->value_max, ==, want->value_max);
      g_assert_cmpstr (got->unit, ==, want->unit);
      g_assert_cmpstr (got->measure, ==, want->measure);
      g_assert_cmpstr (got->basis, ==, want->basis);
      g_assert_cmpint (got->year, ==, want->year);
      g_assert_cmpstr (got->qualifier, ==, want->qualifier);
      g_assert_cmpstr (got->sector, ==, want->sector);
      g_assert_cmpstr (got->name_zh, ==, want->name_zh);
      g_assert_cmpstr (got->name_en, ==, want->name_en);
      g_assert_cmpstr (got->indicator, ==, want->indicator);
      g_assert_cmpint (got->found_by, ==, RD_FOUND_EXTRACTED);
      g_assert_cmpfloat (got->confidence, ==, 0.75);
    }

  /* Filters: another year, another region. */
  g_clear_pointer (&figures, g_ptr_array_unref);
  figures = rd_library_list_figures (library, REGION, 2019, &error);
  g_assert_cmpuint (figures->len, ==, 0);

  /* Its heading, its excluded year and the search index have it too. */
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM section WHERE report_id = 2 AND title = '一、工作回顾'"), ==, 1);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM exclusion WHERE report_id = 2 AND printed = '2020'"), ==, 1);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator WHERE report_id = 2 AND section_id IS NOT NULL"), ==, 4);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH '\"第3项指标\"'"), ==, 1);
  rd_test_assert_library_whole (fixture->path);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 3, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id, existing = -1;

  id = add_draft (library, draft);
  g_assert_cmpint (rd_library_add_draft (library, draft, &existing, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_DUPLICATE);
  g_assert_cmpint (existing, ==, id);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM report"), ==, 2);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator WHERE report_id > 1"), ==, 3);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 5, NULL);
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_draft (library, draft);

  g_assert_true (rd_library_remove_report (library, id, &error));
  g_assert_no_error (error);
  figures = rd_library_list_figures (library, REGION, 0, &error);
  g_assert_cmpuint (figures->len, ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM report"), ==, 1);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM section WHERE report_id = 2"), ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM exclusion WHERE report_id = 2"), ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH '\"第3项指标\"'"), ==, 0);
  rd_test_assert_library_whole (fixture->path);

  g_assert_false (rd_library_remove_report (library, id, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The built-in report goes too, with its charts and pairs; the search
   * index stays whole (its rows are deleted with the values it holds). */
  g_assert_true (rd_library_remove_report (library, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator"), ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM chart_figure"), ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_pair"), ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH '\"生产总值\"'"), ==, 0);
  rd_test_assert_library_whole (fixture->path);
}

static void
test_migrate_v1 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *v1 = rd_test_copy_builtin (fixture->dir, "library.sqlite");
  g_autofree char *before = rd_test_checksum (v1);
  g_autofree char *backup = g_strconcat (v1, ".v1-backup", NULL);
  g_autofree char *backup_sum = NULL;
  g_autofree char *old_rows = dump_tables (v1, NULL);
  g_autofree char *new_rows = NULL;
  g_autoptr(RdLibrary) library = open_library (v1);

  g_assert_cmpint (rd_test_query_int (v1, "PRAGMA user_version"), ==, 2);
  backup_sum = rd_test_checksum (backup);
  g_assert_cmpstr (backup_sum, ==, before);
  /* Every v1 row is there, with every v1 column as it was. */
  new_rows = dump_tables (v1, backup);
  g_assert_cmpstr (new_rows, ==, old_rows);
  g_assert_cmpint (rd_test_query_int (v1, "SELECT count(*) FROM indicator WHERE found_by = 'curated'"), ==,
                   rd_test_query_int (backup, "SELECT count(*) FROM indicator"));
  rd_test_assert_library_whole (v1);

  /* Opening it again changes nothing. */
  rd_library_close (g_steal_pointer (&library));
  library = open_library (v1);
  g_assert_cmpint (rd_test_query_int (v1, "PRAGMA user_version"), ==, 2);
}

static void
expect_refused (const char *dir,
                const char *path,
                int         code)
{
  g_autofree char *before = rd_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_files = count_files (dir);
  RdLibrary *library = rd_library_open_full (path, rd_test_builtin_dataset (), 100, &error);

  g_assert_null (library);
  g_assert_error (error, RD_LIBRARY_ERROR, code);
  after = rd_test_checksum (path);
  g_assert_cmpstr (after, ==, before);
  /* Not even a journal beside it. */
  g_assert_cmpuint (count_files (dir), ==, n_files);
}

static void
test_newer_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = rd_test_copy_builtin (fixture->dir, "library.sqlite");
  g_autoptr(GError) error = NULL;

  rd_test_exec_sql (path, "PRAGMA user_version = 3;");
  expect_refused (fixture->dir, path, RD_LIBRARY_ERROR_NEWER);

  g_assert_null (rd_library_open_full (path, rd_test_builtin_dataset (), 100, &error));
  g_assert_nonnull (strstr (error->message, "newer"));
}

static void
test_not_library (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "text.sqlite", NULL);
  g_autofree char *foreign = rd_test_make_bad_dataset (fixture->dir, RD_BAD_FOREIGN_SQLITE);

  g_assert_true (g_file_set_contents (text, "not a database at all, not at all, no. "
                                     "not a database at all, not at all, no. "
                                     "not a database at all, not at all, no.", -1, NULL));
  expect_refused (fixture->dir, text, RD_LIBRARY_ERROR_NOT_LIBRARY);
  expect_refused (fixture->dir, foreign, RD_LIBRARY_ERROR_NOT_LIBRARY);
}

static gpointer
release_lock (gpointer data)
{
  sqlite3 *db = data;

  g_usleep (300 * 1000);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  return NULL;
}

static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 3, NULL);
  g_autoptr(GError) error = NULL;
  RdLibrary *library;
  GThread *thread;
  sqlite3 *other = NULL;
  gint64 start, id;

  rd_library_close (open_library (fixture->path));
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  /* A short wait gives up with a sentence for the user. */
  library = rd_library_open_full (fixture->path, rd_test_builtin_dataset (), 100, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_cmpint (rd_library_add_draft (library, draft, NULL, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_BUSY);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 80 * 1000);
  g_clear_error (&error);
  rd_library_close (library);

  /* The default wait outlasts the other writer. */
  library = rd_library_open_full (fixture->path, rd_test_builtin_dataset (),
                                  RD_LIBRARY_BUSY_TIMEOUT_MS, &error);
  g_assert_no_error (error);
  thread = g_thread_new ("release-lock", release_lock, other);
  start = g_get_monotonic_time ();
  id = rd_library_add_draft (library, draft, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 200 * 1000);
  g_thread_join (thread);
  sqlite3_close (other);
  rd_library_close (library);
}

static void
test_failing_insert (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 50, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_after = NULL;
  RdDraftFigure *bad = draft->figures->pdata[30];

  before = rd_test_checksum (fixture->path);
  rows_before = dump_tables (fixture->path, NULL);

  /* Figure 31 of 50 breaks the basis CHECK after 30 were inserted. */
  g_free (bad->basis);
  bad->basis = g_strdup ("forecast");
  g_assert_cmpint (rd_library_add_draft (library, draft, NULL, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
  g_clear_error (&error);

  after = rd_test_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);
  rows_after = dump_tables (fixture->path, NULL);
  g_assert_cmpstr (rows_after, ==, rows_before);

  /* A span outside the text is refused before anything is written. */
  g_free (bad->basis);
  bad->basis = g_strdup ("other");
  bad->src_end = 100000;
  g_assert_cmpint (rd_library_add_draft (library, draft, NULL, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = rd_test_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* Fixed, it goes in whole; basis 'other' is allowed. */
  bad->src_end = bad->src_start + g_utf8_strlen (bad->printed, -1);
  g_assert_cmpint (add_draft (library, draft), >, 1);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator WHERE report_id > 1"), ==, 50);
}

/* The window's RdDataset reads a library: its first report only, as it
 * shows the built-in dataset; without report 1, the next one. */
static void
test_dataset_reads_library (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 7, NULL);
  g_autoptr(RdDataset) builtin = rd_test_open_builtin ();
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  add_draft (library, draft);
  dataset = rd_dataset_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rd_dataset_get_body (dataset), ==, rd_dataset_get_body (builtin));
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_indicators (dataset)), ==,
                    g_list_model_get_n_items (rd_dataset_get_indicators (builtin)));
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_sections (dataset)), ==,
                    g_list_model_get_n_items (rd_dataset_get_sections (builtin)));
  g_assert_cmpuint (rd_dataset_get_n_charts (dataset), ==, rd_dataset_get_n_charts (builtin));
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_pairs (dataset)), ==,
                    g_list_model_get_n_items (rd_dataset_get_pairs (builtin)));
  g_clear_object (&dataset);

  g_assert_true (rd_library_remove_report (library, 1, &error));
  dataset = rd_dataset_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rd_dataset_get_title_zh (dataset), ==, draft->title);
  g_assert_cmpuint (g_list_model_get_n_items (rd_dataset_get_report_indicators (dataset)), ==, 7);
  g_assert_cmpuint (rd_dataset_get_n_charts (dataset), ==, 0);
  g_clear_object (&dataset);

  /* No report at all: a clear error. */
  g_assert_true (rd_library_remove_report (library, 2, &error));
  g_assert_null (rd_dataset_open (fixture->path, &error));
  g_assert_error (error, RD_DATASET_ERROR, RD_DATASET_ERROR_EMPTY);
}

/* A region's series is of that region's reports: 株洲市's are not
 * 株洲市天元区's, though one name contains the other. A name no report
 * has is matched as a part (湖南 for 湖南省). */
static void
test_series_region (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RdLibrary) library = open_library (fixture->path);
  g_autoptr(RdReportDraft) city = rd_test_make_draft ("株洲市", 2024, 3, "city");
  g_autoptr(RdReportDraft) district = rd_test_make_draft ("株洲市天元区", 2024, 3, "district");
  g_autoptr(GPtrArray) exact = NULL;
  g_autoptr(GPtrArray) part = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen_district = FALSE;

  g_assert_cmpint (rd_library_add_draft (library, city, NULL, &error), >, 0);
  g_assert_cmpint (rd_library_add_draft (library, district, NULL, &error), >, 0);
  g_assert_no_error (error);

  exact = rd_library_get_series (library, "gdp", "株洲市", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exact->len, ==, 1);
  g_assert_cmpstr (((RdSeriesPoint *) exact->pdata[0])->region, ==, "株洲市");

  /* The indicators the Trends view offers for 株洲市: its own. */
  {
    g_autoptr(GHashTable) keys = rd_library_count_region_indicators (library, "株洲市", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (keys), ==, 1);
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (keys, "gdp")), ==, 1);
  }

  part = rd_library_get_series (library, "gdp", "株洲", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (part->len, ==, 2);
  for (guint i = 0; i < part->len; i++)
    seen_district |= g_strcmp0 (((RdSeriesPoint *) part->pdata[i])->region, "株洲市天元区") == 0;
  g_assert_true (seen_district);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/library/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create", test_create);
  ADD ("add-and-read", test_add_and_read);
  ADD ("duplicate", test_duplicate);
  ADD ("remove", test_remove);
  ADD ("migrate-v1", test_migrate_v1);
  ADD ("newer-refused", test_newer_refused);
  ADD ("not-library", test_not_library);
  ADD ("busy", test_busy);
  ADD ("failing-insert", test_failing_insert);
  ADD ("dataset-reads-library", test_dataset_reads_library);
  ADD ("series-region", test_series_region);
#undef ADD

  return g_test_run ();
}
