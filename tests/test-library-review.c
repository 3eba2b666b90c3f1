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
  g_assert_true (rd_library_update_figure (fixture->library, id, fields, NULL, &error));
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
  g_assert_cmpfloat (row->figure->confidence, ==, 1);
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
      g_assert_false (rd_library_update_figure (fixture->library, row->id, row->figure, NULL, &error));
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

  g_assert_false (rd_library_update_figure (fixture->library, 999999, fields, NULL, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND);
}

/* A stand-in for the importer's rule book: one chart of every figure. */
static void
one_chart (RdReportDraft *draft)
{
  RdDraftChart *chart = rd_draft_chart_new ("overview-1", "overview", "fact");

  g_ptr_array_set_size (draft->charts, 0);
  for (guint i = 0; i < draft->figures->len; i++)
    g_array_append_val (chart->figures, i);
  g_ptr_array_add (draft->charts, chart);
}

static RdDraftFigure *
year_as_figure (void)
{
  RdDraftFigure *fields = rd_draft_figure_new ();

  /* The title's 2020, excluded as a year by the importer. */
  fields->src_start = 0;
  fields->src_end = 4;
  fields->value = fields->value_max = 2020;
  fields->unit = g_strdup ("");
  fields->measure = g_strdup ("level");
  fields->basis = g_strdup ("other");
  fields->sector = g_strdup ("overview");
  fields->name_zh = g_strdup ("报告年份");
  fields->year = 2020;
  return fields;
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDraftFigure) fields = year_as_figure ();
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GPtrArray) exclusions = NULL;
  g_autofree char *sql = NULL;
  gint64 id;

  id = rd_library_add_figure (fixture->library, fixture->report_id, fields, one_chart, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_assert_cmpuint (figures->len, ==, 5);
  g_assert_cmpint (nth_figure (figures, 0)->id, ==, id);
  g_assert_cmpint (nth_figure (figures, 0)->figure->found_by, ==, RD_FOUND_CORRECTED);
  g_assert_cmpstr (nth_figure (figures, 0)->figure->printed, ==, "2020");
  g_assert_cmpstr (nth_figure (figures, 0)->figure->name_zh, ==, "报告年份");
  /* The sentence found: the title's line. */
  g_assert_cmpint (nth_figure (figures, 0)->figure->sentence_start, ==, 0);
  g_assert_cmpint (nth_figure (figures, 0)->figure->sentence_end, >, 4);
  exclusions = rd_library_list_exclusions (fixture->library, fixture->report_id, &error);
  g_assert_cmpuint (exclusions->len, ==, 0);

  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH 'name_zh : \"报告年份\"'"), ==, 1);
  /* Every figure of the report on the chart made anew. */
  sql = g_strdup_printf ("SELECT count(*) FROM chart_figure f JOIN indicator i ON i.id = f.indicator_id"
                         " WHERE i.report_id = %" G_GINT64_FORMAT, fixture->report_id);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 5);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM chart_figure WHERE indicator_id ="
                                      " (SELECT max(id) FROM indicator)"), ==, 1);
  rd_test_assert_library_whole (fixture->path);
}

static void
test_add_refused (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = rd_test_checksum (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_autoptr(RdDraftFigure) fields = year_as_figure ();

  /* Over a figure. */
  fields->src_start = nth_figure (figures, 1)->figure->src_start;
  fields->src_end = fields->src_start + 1;
  g_assert_cmpint (rd_library_add_figure (fixture->library, fixture->report_id, fields, one_chart, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
  g_clear_error (&error);
  /* Outside the text. */
  fields->src_start = 100000;
  fields->src_end = 100004;
  g_assert_cmpint (rd_library_add_figure (fixture->library, fixture->report_id, fields, one_chart, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
  g_clear_error (&error);
  /* Off the closed lists. */
  fields->src_start = 0;
  fields->src_end = 4;
  g_free (fields->measure);
  fields->measure = g_strdup ("nonsense");
  g_assert_cmpint (rd_library_add_figure (fixture->library, fixture->report_id, fields, one_chart, &error), ==, 0);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
  after = rd_test_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_exclude (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) exclusions = NULL;
  RdLibraryFigure *row = nth_figure (figures, 1);
  RdDraftExclusion *exclusion;

  g_assert_true (rd_library_exclude_figure (fixture->library, row->id, "a programme's name", one_chart, &error));
  g_assert_no_error (error);
  again = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_assert_cmpuint (again->len, ==, 3);
  exclusions = rd_library_list_exclusions (fixture->library, fixture->report_id, &error);
  g_assert_cmpuint (exclusions->len, ==, 2);
  exclusion = exclusions->pdata[1];
  g_assert_cmpint (exclusion->start, ==, row->figure->src_start);
  g_assert_cmpint (exclusion->end, ==, row->figure->src_end);
  g_assert_cmpstr (exclusion->printed, ==, row->figure->printed);
  g_assert_cmpstr (exclusion->reason, ==, RD_LIBRARY_EXCLUDED_BY_PERSON ": a programme's name");
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM indicator_fts WHERE indicator_fts MATCH 'name_zh : \"第2项指标\"'"), ==, 0);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM chart_figure f JOIN indicator i"
                                      " ON i.id = f.indicator_id WHERE i.name_zh = '第1项指标'"), ==, 1);
  rd_test_assert_library_whole (fixture->path);

  /* Without a chart maker: the entries of the figure go, the charts stay. */
  g_assert_true (rd_library_exclude_figure (fixture->library, nth_figure (figures, 0)->id, NULL, NULL, &error));
  g_clear_pointer (&exclusions, g_ptr_array_unref);
  exclusions = rd_library_list_exclusions (fixture->library, fixture->report_id, &error);
  g_assert_cmpstr (((RdDraftExclusion *) exclusions->pdata[1])->reason, ==, RD_LIBRARY_EXCLUDED_BY_PERSON);
  g_assert_cmpint (rd_test_query_int (fixture->path, "SELECT count(*) FROM chart_figure f JOIN indicator i"
                                      " ON i.id = f.indicator_id WHERE i.name_zh = '第1项指标'"), ==, 0);
  g_assert_false (rd_library_exclude_figure (fixture->library, 999999, NULL, NULL, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND);
  rd_test_assert_library_whole (fixture->path);
}

/* A correction with a chart maker: the report's charts made anew with it. */
static void
test_correct_charts (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = rd_library_list_report_figures (fixture->library, fixture->report_id, &error);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM chart_figure f JOIN indicator i ON i.id = f.indicator_id"
                                          " WHERE i.report_id = %" G_GINT64_FORMAT, fixture->report_id);
  RdLibraryFigure *row = nth_figure (figures, 2);

  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 0);
  g_free (row->figure->sector);
  row->figure->sector = g_strdup ("environment");
  g_assert_true (rd_library_update_figure (fixture->library, row->id, row->figure, one_chart, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 4);
  rd_test_assert_library_whole (fixture->path);
}

static void
test_update_report (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM report WHERE id = %" G_GINT64_FORMAT
                                          " AND title = '新标题' AND region = '测试县' AND level = '县'"
                                          " AND year = 2021", fixture->report_id);

  g_assert_true (rd_library_update_report (fixture->library, fixture->report_id, "新标题", "测试县", "县", 2021, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
  g_assert_false (rd_library_update_report (fixture->library, fixture->report_id, "", "测试县", NULL, 2021, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rd_library_update_report (fixture->library, 999999, "题", "县", NULL, 2021, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
}

static void
test_terms (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names_zh = NULL;
  g_auto(GStrv) sectors = rd_library_list_terms (fixture->library, "sector", &names_zh, NULL, &error);
  g_auto(GStrv) measures = rd_library_list_terms (fixture->library, "measure", NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sectors[0], ==, "overview");
  g_assert_cmpstr (names_zh[0], ==, "经济发展总览");
  g_assert_cmpuint (g_strv_length (sectors), ==, g_strv_length (names_zh));
  g_assert_true (g_strv_contains ((const char * const *) sectors, "environment"));
  g_assert_true (g_strv_contains ((const char * const *) measures, "growth"));
  g_assert_false (g_strv_contains ((const char * const *) measures, "environment"));
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
  ADD ("add", test_add);
  ADD ("add-refused", test_add_refused);
  ADD ("exclude", test_exclude);
  ADD ("update-report", test_update_report);
  ADD ("correct-charts", test_correct_charts);
  ADD ("terms", test_terms);
  return g_test_run ();
}
