/* rd-test-util.c */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "rd-test-util.h"

const char *
rd_test_builtin_dataset (void)
{
  const char *path = g_getenv ("REPORTDASH_DATASET");

  g_assert_nonnull (path);
  return path;
}

RdDataset *
rd_test_open_builtin (void)
{
  g_autoptr(GError) error = NULL;
  RdDataset *dataset = rd_dataset_open (rd_test_builtin_dataset (), &error);

  g_assert_no_error (error);
  return dataset;
}

char *
rd_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

char *
rd_test_copy_builtin (const char *dir,
                      const char *name)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_get_contents (rd_test_builtin_dataset (), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

void
rd_test_exec_sql (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

char *
rd_test_make_bad_dataset (const char *dir,
                          RdBadKind   kind)
{
  char *path = NULL;

  switch (kind)
    {
    case RD_BAD_MISSING:
      path = g_build_filename (dir, "missing.sqlite", NULL);
      break;

    case RD_BAD_EMPTY_FILE:
      path = g_build_filename (dir, "empty.sqlite", NULL);
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      break;

    case RD_BAD_EMPTY_DATABASE:
      /* A valid SQLite file with no tables at all. */
      path = g_build_filename (dir, "empty-db.sqlite", NULL);
      rd_test_exec_sql (path, "PRAGMA page_size = 4096; VACUUM;");
      break;

    case RD_BAD_NOT_SQLITE:
      {
        g_autofree char *text = g_strnfill (8192, 'x');
        path = g_build_filename (dir, "report.sqlite", NULL);
        g_assert_true (g_file_set_contents (path, text, -1, NULL));
      }
      break;

    case RD_BAD_FOREIGN_SQLITE:
      path = g_build_filename (dir, "contacts.sqlite", NULL);
      rd_test_exec_sql (path, "CREATE TABLE contacts(name TEXT, phone TEXT);");
      break;

    case RD_BAD_WRONG_VERSION:
      path = rd_test_copy_builtin (dir, "future.sqlite");
      rd_test_exec_sql (path, "PRAGMA user_version = 99;");
      break;

    case RD_BAD_CORRUPT:
      {
        g_autofree char *contents = NULL;
        gsize length = 0;

        /* Keep the header, scribble over every page after the first. */
        path = rd_test_copy_builtin (dir, "damaged.sqlite");
        g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
        g_assert_cmpuint (length, >, 8192);
        for (gsize i = 4096; i < length; i++)
          contents[i] = (char) (i * 7919 % 251);
        g_assert_true (g_file_set_contents (path, contents, length, NULL));
      }
      break;

    case RD_BAD_N_KINDS:
    default:
      g_assert_not_reached ();
    }

  return path;
}

gboolean
rd_test_contains_bytes (const char *data,
                        gsize       length,
                        const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

void
rd_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        rd_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
append_counted (GString    *text,
                int        *n_chars,
                const char *piece)
{
  g_string_append (text, piece);
  *n_chars += g_utf8_strlen (piece, -1);
}

RdReportDraft *
rd_test_make_draft (const char *region,
                    int         year,
                    guint       n_figures,
                    const char *salt)
{
  RdReportDraft *draft = rd_report_draft_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf ("%d年%s政府工作报告", year, region);
  int n_chars = 0;

  append_counted (text, &n_chars, title);
  append_counted (text, &n_chars, "\n");
  g_ptr_array_add (draft->exclusions, rd_draft_exclusion_new (0, 4, NULL, "a year"));
  g_ptr_array_add (draft->sections, rd_draft_section_new (n_chars, n_chars + 6, 1, "一、工作回顾"));
  append_counted (text, &n_chars, "一、工作回顾\n");

  for (guint i = 0; i < n_figures; i++)
    {
      RdDraftFigure *figure = rd_draft_figure_new ();
      g_autofree char *prefix = g_strdup_printf ("第%u项指标达到", i + 1);

      figure->sentence_start = n_chars;
      append_counted (text, &n_chars, prefix);
      figure->src_start = n_chars;
      figure->printed = g_strdup_printf ("%u.5亿元", i + 1);
      append_counted (text, &n_chars, figure->printed);
      figure->src_end = n_chars;
      append_counted (text, &n_chars, "。");
      figure->sentence_end = n_chars;
      append_counted (text, &n_chars, "\n");

      figure->value = i + 1.5;
      /* Figure 2 a range (2.5 to 3), as the extractor gives 7.5%—8%. */
      figure->value_max = i == 1 ? figure->value + 0.5 : figure->value;
      figure->unit = g_strdup ("亿元");
      figure->measure = g_strdup ("level");
      figure->basis = g_strdup (i % 3 == 2 ? "target" : "actual");
      figure->year = i % 3 == 2 ? year : year - 1;
      figure->qualifier = i % 3 == 2 ? g_strdup ("力争") : NULL;
      figure->sector = g_strdup ("overview");
      figure->name_zh = g_strdup_printf ("第%u项指标", i + 1);
      figure->name_en = g_strdup_printf ("Indicator %u", i + 1);
      figure->indicator = i == 0 ? g_strdup ("gdp") : NULL;
      figure->found_by = RD_FOUND_EXTRACTED;
      figure->confidence = 0.75;
      g_ptr_array_add (draft->figures, figure);
    }
  if (salt != NULL)
    g_string_append (text, salt);

  draft->title = g_steal_pointer (&title);
  draft->region = g_strdup (region);
  draft->level = g_strdup ("区");
  draft->year = year;
  draft->source_name = g_strdup ("hand-made.txt");
  draft->format = g_strdup ("txt");
  rd_report_draft_set_text (draft, text->str);
  return draft;
}

int
rd_test_run_app (const char * const  *args,
                 char               **out,
                 char               **err)
{
  const char *bin = g_getenv ("REPORTDASH_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (char *) bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

void
rd_test_assert_library_whole (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  /* The search index still matches the figures it indexes. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO indicator_fts(indicator_fts) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

gint64
rd_test_query_int (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

RdSeriesPoint *
rd_test_series_point (gint64      id,
                      const char *region,
                      int         year,
                      const char *basis,
                      double      value,
                      double      value_max,
                      const char *unit,
                      const char *qualifier,
                      int         report_year)
{
  RdSeriesPoint *point = g_new0 (RdSeriesPoint, 1);

  point->figure_id = id;
  point->report_id = report_year - 2000;
  point->region = g_strdup (region);
  point->report_year = report_year;
  point->year = year;
  point->basis = g_strdup (basis);
  point->value = value;
  point->value_max = value_max;
  point->unit = g_strdup (unit);
  point->unit_en = g_strdup (g_str_equal (unit, "亿元") ? "100 million yuan" : g_str_equal (unit, "%") ? "%" : NULL);
  point->qualifier = g_strdup (qualifier);
  point->printed = g_strdup_printf ("%g%s", value, unit);
  point->src_start = 100 * (int) id;
  point->src_end = point->src_start + 4;
  point->name_zh = g_strdup ("地区生产总值增长");
  point->measure = g_strdup (g_str_equal (unit, "%") ? "growth" : "level");
  return point;
}
