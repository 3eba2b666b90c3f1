/* test-cli-library.c: `reportdash --library LIB --import/--list-reports/
 * --list-figures/--remove-report` from a terminal with no display */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "rd-library.h"
#include "rd-test-util.h"

#define FIGURE_COLUMNS \
  "report_id\tregion\treport_year\tkey\tsrc_start\tsrc_end\tprinted\tvalue\tunit\tmeasure\t" \
  "basis\tyear\tqualifier\tsector\tname_zh\tname_en\tindicator\tfound_by\tconfidence"
#define REPORT_COLUMNS \
  "id\tregion\tlevel\tyear\ttitle\tfigures\tsource_name\tformat\tchecksum\timported_at"

typedef struct
{
  char *dir;
  char *library;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("rd-cli-library-XXXXXX", NULL);
  fixture->library = g_build_filename (fixture->dir, "library.sqlite", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  rd_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->library);
}

/* Runs `reportdash --library LIB @args…`. */
static int
run_library (Fixture     *fixture,
             char       **out,
             char       **err,
             ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (char *) "--library");
  g_ptr_array_add (args, fixture->library);
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return rd_test_run_app ((const char * const *) args->pdata, out, err);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* The rows of TSV @out; checks the header and that every row has as many
 * fields. */
static GPtrArray *
parse_tsv (const char *out,
           const char *header)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n_columns;

  g_assert_true (g_str_has_suffix (out, "\n"));
  g_assert_cmpstr (lines[0], ==, header);
  n_columns = g_strv_length (g_strsplit (header, "\t", -1));
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, n_columns);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

static void
add_draft (Fixture       *fixture,
           RdReportDraft *draft)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdLibrary) library = rd_library_open_full (fixture->library, rd_test_builtin_dataset (),
                                                       1000, &error);

  g_assert_no_error (error);
  g_assert_cmpint (rd_library_add_draft (library, draft, NULL, &error), >, 1);
  g_assert_no_error (error);
}

static void
test_list_reports (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  char **row;

  g_assert_cmpint (run_library (fixture, &out, &err, "--list-reports", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  rows = parse_tsv (out, REPORT_COLUMNS);
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  g_assert_cmpstr (row[0], ==, "1");
  g_assert_cmpstr (row[1], ==, "株洲市天元区（株洲高新区）");
  g_assert_cmpstr (row[2], ==, "区");
  g_assert_cmpstr (row[3], ==, "2019");
  g_assert_cmpstr (row[5], ==, "151");
  g_assert_cmpuint (strlen (row[8]), ==, 64);
}

static void
test_list_figures (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gboolean found = FALSE;

  g_assert_cmpint (run_library (fixture, &out, &err, "--list-figures", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  rows = parse_tsv (out, FIGURE_COLUMNS);
  g_assert_cmpuint (rows->len, ==, 151);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      g_assert_cmpstr (row[0], ==, "1");
      g_assert_cmpstr (row[17], ==, "curated");
      if (g_str_equal (row[3], "gdp-growth-2018"))
        {
          found = TRUE;
          g_assert_cmpstr (row[6], ==, "9%");
          g_assert_cmpstr (row[7], ==, "9");
          g_assert_cmpstr (row[8], ==, "%");
          g_assert_cmpstr (row[9], ==, "growth");
          g_assert_cmpstr (row[10], ==, "actual");
          g_assert_cmpstr (row[11], ==, "2018");
        }
    }
  g_assert_true (found);

  /* The filters: region by part of its name, the report's year. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-figures", "--region", "天元区",
                                "--year", "2019", NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 152);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-figures", "--year", "2020", NULL), ==, 0);
  g_assert_cmpstr (out, ==, FIGURE_COLUMNS "\n");
}

static void
test_sanitized (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RdReportDraft) draft = rd_test_make_draft ("甲\t乙\n丙\x01丁", 2020, 2, NULL);
  RdDraftFigure *figure = draft->figures->pdata[1];
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  char **row;

  g_free (figure->name_zh);
  figure->name_zh = g_strdup ("名\r\n称\t");
  add_draft (fixture, draft);

  g_assert_cmpint (run_library (fixture, &out, &err, "--list-figures", "--region", "甲", NULL), ==, 0);
  rows = parse_tsv (out, FIGURE_COLUMNS);
  g_assert_cmpuint (rows->len, ==, 2);
  row = rows->pdata[1];
  g_assert_cmpstr (row[1], ==, "甲 乙 丙 丁");
  g_assert_cmpstr (row[14], ==, "名  称 ");
  g_assert_cmpstr (row[17], ==, "extracted");
  g_assert_cmpstr (row[18], ==, "0.75");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-reports", NULL), ==, 0);
  rows = parse_tsv (out, REPORT_COLUMNS);
  g_assert_cmpuint (rows->len, ==, 2);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RdReportDraft) draft = rd_test_make_draft ("测试区", 2020, 3, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  add_draft (fixture, draft);
  g_assert_cmpint (run_library (fixture, &out, &err, "--remove-report", "2", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-reports", NULL), ==, 0);
  rows = parse_tsv (out, REPORT_COLUMNS);
  g_assert_cmpuint (rows->len, ==, 1);

  /* Gone already: a failure, one line. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--remove-report", "2", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "reportdash: "));
  g_assert_cmpuint (count_lines (err), ==, 1);

  /* Not a number: a wrong command. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--remove-report", "two", NULL), ==, 2);
  g_assert_cmpuint (count_lines (err), ==, 1);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "reports", "hunan-2019.txt", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  g_assert_true (g_file_set_contents (bad, "Shopping list: milk, bread.\n", -1, NULL));
  g_assert_cmpint (run_library (fixture, &out, &err, "--import", bad, good, missing, NULL), ==, 1);
  lines = g_strsplit (err, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "reportdash: "));
  g_assert_nonnull (strstr (lines[0], "notes.txt: "));
  g_assert_nonnull (strstr (lines[0], "work report"));

  /* One line a failed file, the good one imported between them. */
  g_assert_cmpuint (count_lines (err), ==, 2);
  g_assert_nonnull (strstr (lines[1], "missing.txt: "));
  g_assert_cmpuint (count_lines (out), ==, 1);
  g_assert_nonnull (strstr (out, "hunan-2019.txt"));
  g_assert_nonnull (strstr (out, "湖南"));
  g_assert_nonnull (strstr (out, "2019"));

  /* Its figures point at what the text prints. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-figures", "--region", "湖南", NULL), ==, 0);
  rows = parse_tsv (out, FIGURE_COLUMNS);
  g_assert_cmpuint (rows->len, >, 50);
  g_assert_true (g_file_get_contents (good, &text, NULL, NULL));
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      int start = atoi (row[4]), end = atoi (row[5]);
      const char *from = g_utf8_offset_to_pointer (text, start);
      g_autofree char *printed = g_strndup (from, g_utf8_offset_to_pointer (from, end - start) - from);

      g_assert_cmpstr (row[2], ==, "2019");
      g_assert_cmpstr (row[17], ==, "extracted");
      /* A printed field with a control character was made a space. */
      if (strpbrk (printed, "\t\r\n") == NULL)
        {
          g_assert_cmpstr (row[6], ==, printed);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 50);

  /* The same text again: said, not stored twice, not a failure. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--import", good, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "already in the library"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-reports", NULL), ==, 0);
  rows = parse_tsv (out, REPORT_COLUMNS);
  g_assert_cmpuint (rows->len, ==, 2);
}

static void
test_import_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_library (fixture, &out, &err, "--import", missing, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_assert_nonnull (strstr (err, "missing.txt: "));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--import", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-reports", "--region", "湖南", NULL), ==, 2);
  g_assert_cmpuint (count_lines (err), ==, 1);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* Made by a first command, then read by --check and --list-charts. */
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-reports", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--check", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "OK, 151 figures"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-charts", NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), >, 50);

  /* Still the built-in report with another report in the library. */
  {
    g_autoptr(RdReportDraft) draft = rd_test_make_draft ("测试区", 2020, 3, NULL);

    add_draft (fixture, draft);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--check", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "OK, 151 figures"));
}

static void
test_default_library (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *args[] = { "--list-reports", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *data_home = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *library = g_build_filename (data_home, "reportdash", "library.sqlite", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_assert_cmpint (rd_test_run_app (args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, REPORT_COLUMNS "\n1\t"));
  g_assert_true (g_file_test (library, G_FILE_TEST_IS_REGULAR));
}

#define SERIES_COLUMNS \
  "region\tyear\tbasis\tvalue\tvalue_max\tunit\tqualifier\treport_year\treport_id\t" \
  "src_start\tsrc_end\tprinted\tname_zh"

/* Imports tests/data/reports/hunan-2018.txt, 2019 and 2020. */
static void
import_hunan (Fixture *fixture)
{
  for (int year = 2018; year <= 2020; year++)
    {
      g_autofree char *name = g_strdup_printf ("hunan-%d.txt", year);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "reports", name, NULL);
      g_autofree char *o = NULL;
      g_autofree char *e = NULL;

      g_assert_cmpint (run_library (fixture, &o, &e, "--import", path, NULL), ==, 0);
    }
}

/* Three years of 湖南省: each report's result for last year and target for
 * this year line up by the year they describe (values read from the reports). */
static void
test_series (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct { const char *year, *basis, *value, *value_max, *qualifier, *report_year; } expected[] = {
    { "2018", "actual", "7.8", "7.8", "", "2019" },   /* 2019年: 地区生产总值增长7.8% */
    { "2018", "target", "8", "8", "左右", "2018" },    /* 2018年: 增长8%左右 */
    { "2019", "actual", "7.6", "7.6", "", "2020" },   /* 2020年: 地区生产总值增长7.6% */
    { "2019", "target", "7.5", "8", "", "2019" },     /* 2019年: 经济增长7.5%—8% */
    { "2020", "target", "7.5", "7.5", "左右", "2020" }, /* 2020年: 增长7.5%左右 */
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint found = 0;

  import_hunan (fixture);
  g_assert_cmpint (run_library (fixture, &out, &err, "--series", "gdp_growth", "--region", "湖南", NULL), ==, 0);
  rows = parse_tsv (out, SERIES_COLUMNS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    for (guint k = 0; k < rows->len; k++)
      {
        char **row = rows->pdata[k];

        if (g_str_equal (row[1], expected[i].year) && g_str_equal (row[2], expected[i].basis) &&
            g_str_equal (row[7], expected[i].report_year))
          {
            g_assert_cmpstr (row[0], ==, "湖南省");
            g_assert_cmpstr (row[3], ==, expected[i].value);
            g_assert_cmpstr (row[4], ==, expected[i].value_max);
            g_assert_cmpstr (row[5], ==, "%");
            g_assert_cmpstr (row[6], ==, expected[i].qualifier);
            found++;
          }
      }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));

  /* Another region has none; an unknown key is a usage error. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--series", "gdp_growth", "--region", "株洲", NULL), ==, 0);
  g_assert_cmpstr (out, ==, SERIES_COLUMNS "\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--series", "no_such_thing", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--list-indicators"));

  /* The catalog, with the figures the library has of each. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_cmpint (run_library (fixture, &out, &err, "--list-indicators", NULL), ==, 0);
  rows = parse_tsv (out, "key\tmeasure\tsector\tname_zh\tname_en\tfigures");
  g_assert_cmpuint (rows->len, >=, 60);
  for (guint k = 0; k < rows->len; k++)
    {
      char **row = rows->pdata[k];

      g_assert_cmpstr (row[4], !=, "");
      if (g_str_equal (row[0], "gdp_growth"))
        g_assert_cmpint (atoi (row[5]), >=, 5);
    }
}

/* `--export trend:gdp_growth --region 湖南` from three reports: one file a
 * region, named after the key and the region, that decodes at its size. */
static void
test_export_trend (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *formats[] = { "png", "svg" };
  g_autofree char *output = g_build_filename (fixture->dir, "charts", NULL);

  import_hunan (fixture);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *name = g_strdup_printf ("trend-gdp_growth-湖南省.%s", formats[f]);
      g_autofree char *file = g_build_filename (output, name, NULL);
      g_autofree char *expected = g_strdup_printf ("%s\n", file);
      g_autoptr(GdkPixbuf) pixbuf = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (run_library (fixture, &out, &err, "--export", "trend:gdp_growth", "--region", "湖南",
                                    "--format", formats[f], "--size", "800x600", "--output", output,
                                    "--language", f == 0 ? "zh" : "en", NULL), ==, 0);
      g_assert_cmpstr (out, ==, expected);
      pixbuf = gdk_pixbuf_new_from_file (file, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 800);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 600);
    }

  /* An existing file is kept unless --overwrite. */
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "trend:gdp_growth", "--region", "湖南",
                                  "--size", "800x600", "--output", output, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "--overwrite"));
  }

  /* A wrong key is a wrong command, naming where the keys are; a region
   * with no figures is said. */
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "trend:no_such_thing", "--region", "湖南",
                                  "--output", output, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "--list-indicators"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "trend:gdp_growth", "--region", "株洲",
                                  "--output", output, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "gdp_growth"));
  }
}

/* --region/--year name one imported report for --list-charts and --export,
 * headless: every chart of it is written. */
static void
test_export_report (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "charts", NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_charts = 0, n_files = 0;

  import_hunan (fixture);
  g_assert_cmpint (run_library (fixture, &out, &err, "--region", "湖南省", "--year", "2019", "--list-charts", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] && lines[i][0]; i++, n_charts++)
    g_assert_true (g_str_has_prefix (lines[i], "r"));  /* generated: r<report>-<sector>-<n> */
  g_assert_cmpuint (n_charts, >, 10);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--region", "湖南省", "--year", "2019", "--export", "all",
                                "--format", "png", "--size", "800x600", "--output", folder, NULL), ==, 0);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, n_charts);

  /* Three reports of 湖南省 match without a year; none of 长沙市. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--region", "湖南省", "--list-charts", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--year"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_library (fixture, &out, &err, "--region", "长沙", "--list-charts", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--list-reports"));
}

/* Targets kept: 湖南省's GDP growth targets of 2018 and 2019 against the
 * results the next reports state (values read from the reports). */
static void
test_targets (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint checked = 0;

  import_hunan (fixture);  /* 2018, 2019, 2020 */
  g_assert_cmpint (run_library (fixture, &out, &err, "--targets", "gdp_growth", "--region", "湖南", NULL), ==, 0);
  rows = parse_tsv (out, "region\tyear\ttarget\ttarget_max\tunit\tqualifier\ttarget_report\tactual\t"
                         "actual_report\tstatus\tgap");
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      if (g_str_equal (row[1], "2018"))
        {
          /* 8%左右 (2018 report) against 7.8% (2019 report): about, met. */
          g_assert_cmpstr (row[2], ==, "8");
          g_assert_cmpstr (row[5], ==, "左右");
          g_assert_cmpstr (row[7], ==, "7.8");
          g_assert_cmpstr (row[8], ==, "2019");
          g_assert_cmpstr (row[9], ==, "met");
          checked++;
        }
      else if (g_str_equal (row[1], "2019"))
        {
          /* 7.5%—8% against 7.6%: within the range, met. */
          g_assert_cmpstr (row[3], ==, "8");
          g_assert_cmpstr (row[7], ==, "7.6");
          g_assert_cmpstr (row[9], ==, "met");
          checked++;
        }
      else if (g_str_equal (row[1], "2020"))
        {
          /* 7.5%左右, and the 2021 report is not in this library. */
          g_assert_cmpstr (row[9], ==, "no-result");
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 3);
}

/* `--export compare:KEY --region 株洲,湖南`: growth rates of two regions on
 * one chart, named after both; levels (GDP) one chart a region; a region
 * the library lacks is said. */
static void
test_export_compare (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "compare", NULL);
  g_autofree char *zhuzhou = g_test_build_filename (G_TEST_DIST, "data", "reports", "zhuzhou-2020.txt", NULL);
  g_autofree char *zhuzhou2 = g_test_build_filename (G_TEST_DIST, "data", "reports", "zhuzhou-2021.txt", NULL);

  import_hunan (fixture);
  {
    g_autofree char *o = NULL;
    g_autofree char *e = NULL;

    g_assert_cmpint (run_library (fixture, &o, &e, "--import", zhuzhou, zhuzhou2, NULL), ==, 0);
  }

  /* One chart of two lines, the regions in the order named. */
  for (guint f = 0; f < 3; f++)
    {
      static const char *formats[] = { "png", "svg", "pdf" };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *name = g_strdup_printf ("compare-gdp_growth-株洲市-湖南省.%s", formats[f]);
      g_autofree char *file = g_build_filename (output, name, NULL);
      g_autofree char *expected = g_strdup_printf ("%s\n", file);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_cmpint (run_library (fixture, &out, &err, "--export", "compare:gdp_growth", "--region", "株洲,湖南",
                                    "--format", formats[f], "--size", "800x600", "--output", output,
                                    "--language", "zh", NULL), ==, 0);
      g_assert_cmpstr (out, ==, expected);
      g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      if (f == 0)
        {
          g_autoptr(GdkPixbuf) pixbuf = NULL;
          g_autoptr(GError) error = NULL;

          pixbuf = gdk_pixbuf_new_from_file (file, &error);
          g_assert_no_error (error);
          g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 800);
          g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 600);
        }
      else if (f == 1)
        {
          /* An SVG document. */
          g_assert_nonnull (strstr (contents, "<svg"));
        }
    }

  /* Levels: one chart a region, never one axis. */
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *a = g_build_filename (output, "compare-gdp-株洲市.png", NULL);
    g_autofree char *b = g_build_filename (output, "compare-gdp-湖南省.png", NULL);
    g_autofree char *expected = g_strdup_printf ("%s\n%s\n", a, b);

    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "compare:gdp", "--region", "株洲，湖南",
                                  "--size", "800x600", "--output", output, NULL), ==, 0);
    g_assert_cmpstr (out, ==, expected);
  }

  /* No such region; no such key. */
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "compare:gdp_growth", "--region", "北京",
                                  "--output", output, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "北京"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "compare:no_such_thing", "--region", "湖南",
                                  "--output", output, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "--list-indicators"));
  }
}

/* `--export targets:gdp_growth --region 湖南` as PNG, SVG and PDF: one file
 * a region, named after the key and the region; a region with no target
 * is said. */
static void
test_export_targets (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char *formats[] = { "png", "svg", "pdf" };
  static const char *magic[] = { "\x89PNG", "<?xml", "%PDF" };
  g_autofree char *output = g_build_filename (fixture->dir, "targets", NULL);

  import_hunan (fixture);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *name = g_strdup_printf ("targets-gdp_growth-湖南省.%s", formats[f]);
      g_autofree char *file = g_build_filename (output, name, NULL);
      g_autofree char *expected = g_strdup_printf ("%s\n", file);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_cmpint (run_library (fixture, &out, &err, "--export", "targets:gdp_growth", "--region", "湖南",
                                    "--format", formats[f], "--size", "800x600", "--output", output,
                                    "--language", f == 1 ? "en" : "zh", NULL), ==, 0);
      g_assert_cmpstr (out, ==, expected);
      g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, magic[f]));
      if (f == 0)
        {
          g_autoptr(GdkPixbuf) pixbuf = NULL;
          g_autoptr(GError) error = NULL;

          pixbuf = gdk_pixbuf_new_from_file (file, &error);
          g_assert_no_error (error);
          g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 800);
          g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 600);
        }
    }

  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_library (fixture, &out, &err, "--export", "targets:gdp_growth", "--region", "株洲",
                                  "--output", output, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "gdp_growth"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cli-library/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list-reports", test_list_reports);
  ADD ("list-figures", test_list_figures);
  ADD ("sanitized", test_sanitized);
  ADD ("remove", test_remove);
  ADD ("import", test_import);
  ADD ("import-nothing", test_import_nothing);
  ADD ("check", test_check);
  ADD ("default-library", test_default_library);
  ADD ("series", test_series);
  ADD ("export-report", test_export_report);
  ADD ("targets", test_targets);
  ADD ("export-trend", test_export_trend);
  ADD ("export-compare", test_export_compare);
  ADD ("export-targets", test_export_targets);
#undef ADD

  return g_test_run ();
}
