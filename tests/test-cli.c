/* test-cli.c: `reportdash --check` from a terminal with no display */
#include "config.h"

#include "rd-test-util.h"

static int
run_check (const char  *path,
           char       **out,
           char       **err)
{
  const char *bin = g_getenv ("REPORTDASH_BIN");
  const char *argv[] = { bin, "--check", path, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (bin);
  /* No display at all: --check must not need one. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static void
test_check_builtin (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_check (rd_test_builtin_dataset (), &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "OK"));
  g_assert_nonnull (strstr (out, "figures"));
  g_assert_cmpstr (err, ==, "");
}

static const struct {
  RdBadKind   kind;
  const char *message;
} cases[] = {
  { RD_BAD_MISSING,        "does not exist" },
  { RD_BAD_EMPTY_FILE,     "is empty" },
  { RD_BAD_EMPTY_DATABASE, "empty database" },
  { RD_BAD_NOT_SQLITE,     "not an SQLite database" },
  { RD_BAD_FOREIGN_SQLITE, "not a ReportDash dataset" },
  { RD_BAD_WRONG_VERSION,  "version 99" },
  { RD_BAD_CORRUPT,        "damaged" },
};

static void
test_check_bad (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
  g_autofree char *path = rd_test_make_bad_dataset (dir, cases[i].kind);
  g_autofree char *before = rd_test_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *newline;

  g_assert_cmpint (run_check (path, &out, &err), !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "reportdash: "));
  g_assert_nonnull (strstr (err, cases[i].message));
  /* One line: what is wrong, then what to do. */
  newline = strchr (err, '\n');
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");

  after = rd_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/builtin", test_check_builtin);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/check/bad-%u", i);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_check_bad);
    }

  return g_test_run ();
}
