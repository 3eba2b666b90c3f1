/* test-library-crash.c: an import killed (SIGKILL) at random moments
 * leaves the library whole, with the report whole or absent
 *
 * The test runs itself as the child (`--child LIBRARY`) that stores a big
 * hand-made draft; no hook in the app's code is needed.
 */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include <sqlite3.h>

#include "rd-library.h"
#include "rd-test-util.h"

#define REGION    "崩溃测试区"
#define N_FIGURES 8000
#define N_KILLS   20

static int
run_child (const char *path)
{
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2021, N_FIGURES, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RdLibrary) library = rd_library_open (path, &error);

  if (library == NULL || rd_library_add_draft (library, draft, NULL, &error) == 0)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Opens the library as the app does (which rolls back what a killed
 * writer left), checks it and removes the report if it is there.
 * Returns whether it was. */
static gboolean
check_and_reset (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdLibrary) library = rd_library_open (path, &error);
  sqlite3 *db = NULL;
  gint64 id;

  g_assert_no_error (error);
  rd_test_assert_library_whole (path);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM report WHERE region = '" REGION "'"), <=, 1);
  id = query_int (db, "SELECT coalesce(max(id), 0) FROM report WHERE region = '" REGION "'");
  if (id != 0)
    {
      g_autofree char *figures = g_strdup_printf ("SELECT count(*) FROM indicator WHERE report_id = %" G_GINT64_FORMAT, id);
      g_autofree char *sections = g_strdup_printf ("SELECT count(*) FROM section WHERE report_id = %" G_GINT64_FORMAT, id);
      g_autofree char *exclusions = g_strdup_printf ("SELECT count(*) FROM exclusion WHERE report_id = %" G_GINT64_FORMAT, id);

      g_assert_cmpint (query_int (db, figures), ==, N_FIGURES);
      g_assert_cmpint (query_int (db, sections), ==, 1);
      g_assert_cmpint (query_int (db, exclusions), ==, 1);
    }
  /* Nothing of it anywhere else. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator WHERE report_id NOT IN (SELECT id FROM report)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator"), ==,
                   query_int (db, "SELECT count(*) FROM report r JOIN indicator i ON i.report_id = r.id"));
  sqlite3_close (db);

  if (id != 0)
    {
      g_assert_true (rd_library_remove_report (library, id, &error));
      g_assert_no_error (error);
    }
  return id != 0;
}

static GPid
spawn_child (const char *self,
             const char *path)
{
  const char *argv[] = { self, "--child", path, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  return pid;
}

static void
test_crash (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  guint whole = 0, absent = 0;
  gint64 start, duration;
  GPid pid;
  int status;

  rd_library_close (rd_library_open_full (path, rd_test_builtin_dataset (), 1000, &error));
  g_assert_no_error (error);

  /* One run to the end: how long an import takes here. */
  start = g_get_monotonic_time ();
  pid = spawn_child (self, path);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  duration = g_get_monotonic_time () - start;
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (check_and_reset (path));
  g_test_message ("an import of %d figures takes %.0f ms", N_FIGURES, duration / 1000.0);

  for (guint i = 0; i < N_KILLS; i++)
    {
      gint64 delay = g_test_rand_int_range (0, (int) (duration * 11 / 10) + 1);

      pid = spawn_child (self, path);
      g_usleep (delay);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (check_and_reset (path))
        whole++;
      else
        absent++;
    }
  g_test_message ("%u killed runs: %u left the report whole, %u left it out", N_KILLS, whole, absent);
  g_assert_cmpuint (whole + absent, ==, N_KILLS);

  rd_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/crash", test_crash);
  return g_test_run ();
}
