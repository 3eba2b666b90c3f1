/* test-library-review.c: a person's corrections of figures (core, no display) */
#include "config.h"

#include <math.h>

#include "rd-library.h"
#include "rd-test-util.h"

#define REGION "测试市样例区"

typedef struct
{
  char      *dir;
  char      *path;
  RdLibrary *library;
  gint64     report_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RdReportDraft) draft = rd_test_make_draft (REGION, 2020, 4, NULL);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("rd-review-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "library.sqlite", NULL);
  fixture->library = rd_library_open_full (fixture->path, rd_test_builtin_dataset (), 1000, &error);
  g_assert_no_error (error);
  fixture->report_id = rd_library_add_draft (fixture->library, draft, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->report_id, >, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->library, rd_library_close);
  rd_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static RdLibraryFigure *
nth_figure (GPtrArray *figures,
            guint      n)
{
  g_assert_cmpuint (n, <, figures->len);
  return figures->pdata[n];
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_autoptr(GPtrArray) exclusions = rd_library_list_exclusions (fixture->library, fixture->report_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (figures->len, ==, 4);
  for (guint i = 1; i < figures->len; i++)
    g_assert_cmpint (nth_figure (figures, i - 1)->figure->src_start, <, nth_figure (figures, i)->figure->src_start);
  g_assert_cmpuint (exclusions->len, >=, 1);
}

static void
test_correct (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_autoptr(GPtrArray) again = NULL;
  RdLibraryFigure *row = nth_figure (figures, 1);
  RdDraftFigure *fields = row->figure;
  gint64 id = row->id;

  g_assert_cmpint (fields->found_by, ==, RD_FOUND_EXTRACTED);
  g_free (fields->name_zh);
  fields->name_zh = g_strdup ("校正后指标");
  g_free (fields->basis);
  fields->basis = g_strdup ("target");
  fields->value = 42.5;
  fields->year = 2021;
  g_assert_true (rd_library_update_figure (fixture->library, id, fields, &error));
  g_assert_no_error (error);

  again = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_assert_no_error (error);
  row = nth_figure (again, 1);
  g_assert_cmpint (row->id, ==, id);
  g_assert_cmpint (row->figure->found_by, ==, RD_FOUND_CORRECTED);
  g_assert_cmpstr (row->figure->name_zh, ==, "校正后指标");
  g_assert_cmpstr (row->figure->basis, ==, "target");
  g_assert_cmpfloat (row->figure->value, ==, 42.5);
  g_assert_cmpint (row->figure->year, ==, 2021);
  /* The others are as they were. */
  g_assert_cmpint (nth_figure (again, 0)->figure->found_by, ==, RD_FOUND_EXTRACTED);

  /* Search finds the new name, not the old one. */
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH 'name_zh : \"校正后指标\"'"), ==, 1);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH 'name_zh : \"第2项指标\"'"), ==, 0);
  rd_test_assert_library_whole (fixture->path);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  const char *bad[][2] = { { "basis", "guess" }, { "measure", "nonsense" }, { "sector", "nowhere" },
                           { "unit", "斤两" }, { "value", "nan" } };
  g_autofree char *before = rd_test_checksum (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
      RdLibraryFigure *row = nth_figure (figures, 0);
      g_autofree char *after = NULL;
      char **field = NULL;

      if (g_str_equal (bad[i][0], "basis"))
        field = &row->figure->basis;
      else if (g_str_equal (bad[i][0], "measure"))
        field = &row->figure->measure;
      else if (g_str_equal (bad[i][0], "sector"))
        field = &row->figure->sector;
      else if (g_str_equal (bad[i][0], "unit"))
        field = &row->figure->unit;
      if (field != NULL)
        {
          g_free (*field);
          *field = g_strdup (bad[i][1]);
        }
      else
        row->figure->value = NAN;
      g_assert_false (rd_library_update_figure (fixture->library, row->id, row->figure, &error));
      g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
      after = rd_test_checksum (fixture->path);
      g_assert_cmpstr (before, ==, after);
    }
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator WHERE found_by = 'corrected'"), ==, 0);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDraftFigure) fields = rd_draft_figure_new ();

  g_assert_false (rd_library_update_figure (fixture->library, 999999, fields, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/library-review/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("correct", test_correct);
  ADD ("refused", test_refused);
  ADD ("missing", test_missing);
  return g_test_run ();
}
