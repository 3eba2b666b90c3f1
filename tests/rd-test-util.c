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
      g_unlink (path);
    }
  g_rmdir (dir);
}
