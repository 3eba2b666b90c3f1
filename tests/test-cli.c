/* test-cli.c: `reportdash --check`, `--list-charts` and `--export` from a
 * terminal with no display */
#include "config.h"

#include <signal.h>

#include <string.h>

#include <glib/gstdio.h>

#include "rd-test-util.h"

static int
run_check (const char  *path,
           char       **out,
           char       **err)
{
  const char *args[] = { "--check", path, NULL };

  return rd_test_run_app (args, out, err);
}

/* One line on stderr starting "reportdash: ", nothing on stdout. */
static void
assert_one_error_line (const char *out,
                       const char *err)
{
  const char *newline = strchr (err, '\n');

  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "reportdash: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
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

  g_assert_cmpint (run_check (path, &out, &err), !=, 0);
  /* One line: what is wrong, then what to do. */
  assert_one_error_line (out, err);
  g_assert_nonnull (strstr (err, cases[i].message));

  after = rd_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  rd_test_remove_dir (dir);
}

static char **
list_charts (const char *language)
{
  const char *args[] = { "--list-charts", "--language", language, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (rd_test_run_app (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_suffix (out, "\n"));
  out[strlen (out) - 1] = '\0';
  return g_strsplit (out, "\n", -1);
}

static void
test_list_charts (void)
{
  g_auto(GStrv) en = list_charts ("en");
  g_auto(GStrv) zh = list_charts ("zh");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *check[] = { "--check", NULL };
  guint n_charts = 0;

  /* As many as --check counts. */
  g_assert_cmpint (rd_test_run_app (check, &out, &err), ==, 0);
  g_assert_true (sscanf (strstr (out, "figures in ") + strlen ("figures in "), "%u", &n_charts) == 1);
  g_assert_cmpuint (g_strv_length (en), ==, n_charts);
  g_assert_cmpuint (g_strv_length (zh), ==, n_charts);

  for (guint i = 0; en[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (en[i], "\t", -1);
      g_auto(GStrv) fields_zh = g_strsplit (zh[i], "\t", -1);

      /* id, sector, type, title */
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_cmpstr (fields[0], ==, fields_zh[0]);
      g_assert_cmpstr (fields[1], ==, fields_zh[1]);
      g_assert_cmpstr (fields[2], ==, fields_zh[2]);
      g_assert_cmpstr (fields[3], !=, "");
    }
  g_assert_cmpstr (en[0], ==, "overview-growth-2018\toverview\tbar\tHeadline growth rates, 2018");
  g_assert_cmpstr (zh[0], ==, "overview-growth-2018\toverview\tbar\t2018年主要经济指标增速");
}

/* Width and height from a PNG's header. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree guchar *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, (char **) &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  *width = GUINT32_FROM_BE (*(guint32 *) (contents + 16));
  *height = GUINT32_FROM_BE (*(guint32 *) (contents + 20));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_remove (path);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  if (d == NULL)
    return 0;
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export_all (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "new", "folder", NULL);
  const char *args[] = { "--export", "all", "--format", "png", "--size", "160x90", "--scale", "2",
                         "--output", output, NULL };
  g_auto(GStrv) charts = list_charts ("en");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) written = NULL;

  /* The output folder is made. */
  g_assert_cmpint (rd_test_run_app (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  written = g_strsplit (g_strstrip (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (written), ==, g_strv_length (charts));
  g_assert_cmpuint (count_files (output), ==, g_strv_length (charts));

  for (guint i = 0; written[i] != NULL; i++)
    {
      guint width, height;

      g_assert_true (g_str_has_prefix (written[i], output));
      png_size (written[i], &width, &height);
      g_assert_cmpuint (width, ==, 320);
      g_assert_cmpuint (height, ==, 180);
    }

  remove_tree (dir);
}

/* `--export pairs` writes the chart of Actual vs Target: one file named
 * after its title, in the language asked for. */
static void
test_export_pairs (void)
{
  static const struct { const char *language, *title; } langs[] = {
    { "en", "2018 Results and the Targets Set for Them" },
    { "zh", "2018年实际完成与新一年目标" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (langs); c++)
    {
      g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
      const char *args[] = { "--export", "pairs", "--size", "1280x720", "--language", langs[c].language,
                             "--output", dir, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *name = NULL;
      guint width, height;

      g_assert_cmpint (rd_test_run_app (args, &out, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_strstrip (out);
      g_assert_null (strchr (out, '\n'));
      g_assert_cmpuint (count_files (dir), ==, 1);
      name = g_path_get_basename (out);
      if (!g_str_has_prefix (name, langs[c].title))
        g_error ("%s: the pairs chart was written as “%s”", langs[c].language, name);
      png_size (out, &width, &height);
      g_assert_cmpuint (width, ==, 1280);
      g_assert_cmpuint (height, ==, 720);
      remove_tree (dir);
    }
}

static void
test_export_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "file.txt", NULL);
  /* Under a regular file: fails even for root, unlike a read-only folder. */
  g_autofree char *under_file = g_build_filename (file, "out", NULL);
  g_autofree char *empty = rd_test_make_bad_dataset (dir, RD_BAD_EMPTY_FILE);
  g_autofree char *missing = g_build_filename (dir, "missing.sqlite", NULL);
  const struct {
    const char *args[12];
    const char *message;
  } errors[] = {
    { { "--export", "no-such-chart", "--output", dir }, "no chart or sector “no-such-chart”" },
    { { "--export", "all", "--size", "12by10", "--output", dir }, "is not a size" },
    { { "--export", "all", "--size", "10x10", "--output", dir }, "between 16 and 16384" },
    { { "--export", "all", "--format", "gif", "--output", dir }, "is not a format" },
    { { "--export", "all", "--scale", "4", "--output", dir }, "scale must be 1, 2 or 3" },
    { { "--export", "all", "--background", "red", "--output", dir }, "is not a background" },
    { { "--export", "all", "--language", "fr", "--output", dir }, "is not a language" },
    { { "--export", "fiscal", "--output", under_file }, "Cannot write to" },
    { { "--export", "fiscal", "--output", "/proc/reportdash-test" }, "Cannot write to" },
    { { "--export", "fiscal", "--output", dir, missing }, "does not exist" },
    { { "--export", "fiscal", "--output", dir, empty }, "is empty" },
    { { "--list-charts", empty }, "is empty" },
    { { "--format", "png", "--output", dir }, "go with --export" },
    { { "--export", "all", "--list-charts" }, "use one of" },
    { { "--export", "all", "--no-such-option" }, "--no-such-option" },
  };

  g_assert_true (g_file_set_contents (file, "not a folder", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("case %u: %s", i, errors[i].message);
      g_assert_cmpint (rd_test_run_app (errors[i].args, &out, &err), !=, 0);
      assert_one_error_line (out, err);
      g_assert_nonnull (strstr (err, errors[i].message));
      /* Nothing written: the file, the empty dataset, no temporary file. */
      g_assert_cmpuint (count_files (dir), ==, 2);
    }
  g_assert_false (g_file_test ("/proc/reportdash-test", G_FILE_TEST_EXISTS));

  /* A usage error creates no output folder (issue 19, point 8). */
  {
    g_autofree char *nested = g_build_filename (dir, "n", "a", "b", NULL);
    g_autofree char *top = g_build_filename (dir, "n", NULL);
    const char *const usage[][8] = {
      { "--export", "fiscal", "--size", "10x10", "--output", nested, NULL },
      { "--export", "fiscal", "--scale", "4", "--output", nested, NULL },
      { "--export", "fiscal", "--format", "gif", "--output", nested, NULL },
      { "--export", "no-such-chart", "--output", nested, NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
      {
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;

        g_assert_cmpint (rd_test_run_app (usage[i], &out, &err), ==, 2);
        g_assert_false (g_file_test (top, G_FILE_TEST_EXISTS));
      }
  }

  remove_tree (dir);
}

static void
test_export_overwrite (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
  const char *args[] = { "--export", "fiscal", "--format", "svg", "--output", dir, NULL };
  const char *again[] = { "--export", "fiscal", "--format", "svg", "--output", dir, "--overwrite", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) written = NULL;
  guint n;

  g_assert_cmpint (rd_test_run_app (args, &out, &err), ==, 0);
  written = g_strsplit (g_strstrip (out), "\n", -1);
  n = g_strv_length (written);
  g_assert_cmpuint (n, >, 1);
  g_assert_true (g_file_set_contents (written[1], "precious", -1, NULL));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Not replaced without --overwrite, and the command says how. */
  g_assert_cmpint (rd_test_run_app (args, &out, &err), ==, 1);
  assert_one_error_line (out, err);
  g_assert_nonnull (strstr (err, "already exists"));
  g_assert_nonnull (strstr (err, "--overwrite"));
  g_assert_true (g_file_get_contents (written[1], &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpuint (count_files (dir), ==, n);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rd_test_run_app (again, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (written[1], &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_cmpuint (count_files (dir), ==, n);

  remove_tree (dir);
}

static void
test_export_formats (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
  const char *pdf[] = { "--export", "fiscal-tax-share-2018", "--format", "pdf", "--size", "a4",
                        "--caption", "--background", "dark", "--language", "zh", "--output", dir, NULL };
  const char *svg[] = { "--export", "fiscal-tax-share-2018", "--format", "svg", "--size", "800x600",
                        "--background", "transparent", "--language", "en", "--output", dir, NULL };
  g_autofree char *pdf_path = g_build_filename (dir, "税收占比-2019.pdf", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "Tax share of revenue-2019.svg", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* The file names come from the title, in the language asked for, and the year. */
  g_assert_cmpint (rd_test_run_app (pdf, &out, &err), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, pdf_path);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (rd_test_contains_bytes (contents, length, "/MediaBox [ 0 0 595.28 841.89 ]"));
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rd_test_run_app (svg, &out, &err), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, svg_path);
  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<title>Tax share of revenue</title>"));
  g_assert_nonnull (strstr (contents, "width=\"800px\""));

  remove_tree (dir);
}
/* Titles come from the data: an escape sequence or a line break in one is
 * refused when the file is opened (issue 19, point 2), and what a title
 * may hold never reaches the terminal as a control (a right-to-left
 * override, point 6). */
static void
test_list_charts_hostile_titles (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
  g_autofree char *rlo = rd_test_copy_builtin (dir, "rlo.sqlite");
  g_autofree char *escape = rd_test_copy_builtin (dir, "escape.sqlite");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  const char *list_rlo[] = { "--list-charts", "--language", "en", rlo, NULL };
  const char *list_escape[] = { "--list-charts", "--language", "en", escape, NULL };
  guint n = 0;

  rd_test_exec_sql (rlo, "UPDATE chart SET title_en = 'Evil' || char(8238) || 'txt.exe'");
  rd_test_exec_sql (escape, "UPDATE chart SET title_en = 'Evil' || char(27) || ']0;owned' || char(7) || "
                            "char(27) || '[2J' || char(10) || 'next'");
  g_assert_cmpint (rd_test_run_app (list_rlo, &out, &err), ==, 0);
  g_assert_null (strstr (out, "\u202E"));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] && lines[i][0]; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_cmpstr (fields[3], ==, "Eviltxt.exe");
    }
  g_assert_cmpuint (n, >, 20);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rd_test_run_app (list_escape, &out, &err), ==, 1);
  g_assert_null (strchr (out, '\x1b'));
  g_assert_null (strchr (err, '\x1b'));
  g_assert_nonnull (strstr (err, "control characters"));
  remove_tree (dir);
}

/* SIGINT, SIGTERM or SIGHUP during an export: it stops, says so, and leaves
 * no temporary file (issue 19, point 7). */
static void
test_export_interrupted (void)
{
  static const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  for (guint k = 0; k < G_N_ELEMENTS (signals); k++)
    {
      g_autofree char *dir = g_dir_make_tmp ("rd-cli-XXXXXX", NULL);
      const char *argv[] = { g_getenv ("REPORTDASH_BIN"), "--export", "all", "--size", "6000x4000",
                             "--output", dir, NULL };
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;

      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
      process = g_subprocess_launcher_spawnv (launcher, argv, &error);
      g_assert_no_error (error);
      /* Inside the export: its first temporary file is there (at most 60 s). */
      for (guint wait = 0; wait < 6000 && count_files (dir) == 0; wait++)
        g_usleep (10 * 1000);
      g_assert_cmpuint (count_files (dir), >, 0);
      g_subprocess_send_signal (process, signals[k]);
      g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 130);
      g_assert_nonnull (strstr (err, "interrupted"));
      g_assert_cmpuint (count_files (dir), ==, 0);
      remove_tree (dir);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/builtin", test_check_builtin);
  g_test_add_func ("/cli/list-charts", test_list_charts);
  g_test_add_func ("/cli/export/all", test_export_all);
  g_test_add_func ("/cli/export/pairs", test_export_pairs);
  g_test_add_func ("/cli/export/errors", test_export_errors);
  g_test_add_func ("/cli/list-charts/hostile-titles", test_list_charts_hostile_titles);
  g_test_add_func ("/cli/export/interrupted", test_export_interrupted);
  g_test_add_func ("/cli/export/overwrite", test_export_overwrite);
  g_test_add_func ("/cli/export/formats", test_export_formats);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/check/bad-%u", i);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_check_bad);
    }

  return g_test_run ();
}
