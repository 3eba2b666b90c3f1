/* test-charts.c: the dashboards generated for imported reports (importer, no display) */
#include "config.h"

#include <string.h>

#include "rd-charts.h"
#include "rd-format.h"
#include "rd-import.h"

static RdDraftFigure *
figure_of (const RdReportDraft *draft,
           const RdDraftChart  *chart,
           guint                i)
{
  return draft->figures->pdata[g_array_index (chart->figures, guint, i)];
}

/* The scale prefix a unit is printed with (亿元: 亿), read without the rules. */
static const char *
printed_prefix (const char *unit)
{
  static const char * const prefixes[] = { "万亿", "亿", "万", "千", "百" };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (unit, prefixes[i]) && strlen (unit) > strlen (prefixes[i]))
      return prefixes[i];
  return "";
}

static gboolean
is_type (const RdDraftChart *chart,
         const char         *type)
{
  return g_strcmp0 (chart->type, type) == 0;
}

/* What every generated dashboard must be; @where names the report. */
static void
check_charts (const RdReportDraft *draft,
              const char          *where)
{
  g_autofree guint *shown = g_new0 (guint, draft->figures->len + 1);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint c = 0; c < draft->charts->len; c++)
    {
      const RdDraftChart *chart = draft->charts->pdata[c];
      const RdDraftFigure *first;
      double first_scale;
      g_autofree char *first_kind = NULL;

      if (chart->figures->len == 0 || chart->title_zh == NULL || *chart->title_zh == '\0' ||
          chart->title_en == NULL || *chart->title_en == '\0' ||
          chart->sector == NULL || *chart->sector == '\0' ||
          !g_hash_table_add (ids, chart->id))
        g_error ("%s: chart %s (%s) is empty, untitled, of no sector or not unique",
                 where, chart->id, chart->title_zh);
      if (chart->figures->len > rd_charts_max_marks (chart->type))
        g_error ("%s: chart %s (%s) has %u marks, more than %u",
                 where, chart->id, chart->type, chart->figures->len,
                 rd_charts_max_marks (chart->type));

      for (guint i = 0; i < chart->figures->len; i++)
        {
          guint index = g_array_index (chart->figures, guint, i);

          g_assert_cmpuint (index, <, draft->figures->len);
          shown[index]++;
        }
      first = figure_of (draft, chart, 0);
      first_kind = rd_charts_unit_kind (first->unit, &first_scale);
      /* An English title names a unit in English when there is English
       * for it (万人, 件), never in Chinese. */
      if (first->unit != NULL && rd_format_unit_english (first->unit) != NULL)
        {
          g_autofree char *printed = g_strdup_printf ("(%s)", first->unit);

          if (strstr (chart->title_en, printed) != NULL)
            g_error ("%s: chart %s is titled \"%s\" in English", where, chart->id, chart->title_en);
        }

      if (is_type (chart, "fact"))
        continue;
      if (is_type (chart, "kpi"))
        {
          const RdDraftFigure *change;

          g_assert_cmpuint (chart->figures->len, <=, 2);
          if (chart->figures->len < 2)
            continue;
          /* The second figure is the tile's change: the growth of the first. */
          change = figure_of (draft, chart, 1);
          if (g_strcmp0 (change->measure, "growth") != 0 || g_strcmp0 (change->unit, "%") != 0 ||
              change->year != first->year || g_strcmp0 (change->basis, first->basis) != 0)
            g_error ("%s: kpi %s: %s is not the growth of %s", where, chart->id,
                     change->printed, first->printed);
          continue;
        }

      for (guint i = 0; i < chart->figures->len; i++)
        {
          const RdDraftFigure *figure = figure_of (draft, chart, i);
          g_autofree char *kind = NULL;
          double scale;

          kind = rd_charts_unit_kind (figure->unit, &scale);
          if (g_strcmp0 (kind, first_kind) != 0 || scale != first_scale ||
              g_strcmp0 (printed_prefix (figure->unit), printed_prefix (first->unit)) != 0 ||
              g_strcmp0 (figure->measure, first->measure) != 0)
            g_error ("%s: chart %s puts %s (%s, %s) on the axis of %s (%s, %s)", where, chart->id,
                     figure->printed, figure->unit, figure->measure,
                     first->printed, first->unit, first->measure);
          if (is_type (chart, "grouped"))
            {
              const RdDraftFigure *actual = figure_of (draft, chart, i - i % 2);

              /* Pairs: a result, then the target of the same indicator. */
              g_assert_cmpuint (chart->figures->len % 2, ==, 0);
              if (g_strcmp0 (figure->basis, i % 2 ? "target" : "actual") != 0 ||
                  figure->indicator == NULL ||
                  g_strcmp0 (figure->indicator, actual->indicator) != 0)
                g_error ("%s: grouped %s: %s is not a result or target of %s", where,
                         chart->id, figure->printed, actual->name_zh);
            }
          else if (g_strcmp0 (figure->basis, first->basis) != 0)
            g_error ("%s: chart %s mixes %s and %s", where, chart->id, figure->basis, first->basis);
          if ((is_type (chart, "donut") || is_type (chart, "bullet")) &&
              (figure->value < 0 || figure->value > 100))
            g_error ("%s: chart %s draws %s against 100%%", where, chart->id, figure->printed);
        }
    }

  for (guint i = 0; i < draft->figures->len; i++)
    if (shown[i] == 0)
      {
        const RdDraftFigure *figure = draft->figures->pdata[i];

        g_error ("%s: figure %u (%s, %s) is on no chart", where, i + 1, figure->printed,
                 figure->name_zh);
      }
}

/* Every corpus report and the seed: every figure on a chart, no axis mixing. */
static void
test_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "reports", NULL);
  g_autoptr(GDir) reports = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_reports = 0;

  g_assert_nonnull (reports);
  while ((name = g_dir_read_name (reports)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(RdReportDraft) draft = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &text, NULL, &error));
      draft = rd_import_text (text, name, "txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (draft->charts->len, >, 0);
      check_charts (draft, name);
      g_test_message ("%s: %u figures, %u charts", name, draft->figures->len, draft->charts->len);
      n_reports++;
    }
  g_assert_cmpuint (n_reports, >=, 32);
}

static void
add_figure (RdReportDraft *draft,
            const char    *sector,
            const char    *name_zh,
            double         value,
            const char    *unit,
            const char    *measure,
            const char    *basis,
            int            year,
            const char    *indicator)
{
  RdDraftFigure *figure = rd_draft_figure_new ();

  figure->sector = g_strdup (sector);
  figure->name_zh = g_strdup (name_zh);
  figure->value = figure->value_max = value;
  figure->unit = g_strdup (unit);
  figure->measure = g_strdup (measure);
  figure->basis = g_strdup (basis);
  figure->year = year;
  figure->indicator = g_strdup (indicator);
  figure->printed = g_strdup_printf ("%g%s", value, unit);
  g_ptr_array_add (draft->figures, figure);
}

/* The charts that show figure @index. */
static GPtrArray *
charts_of (const RdReportDraft *draft,
           guint                index)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint c = 0; c < draft->charts->len; c++)
    {
      RdDraftChart *chart = draft->charts->pdata[c];

      for (guint i = 0; i < chart->figures->len; i++)
        if (g_array_index (chart->figures, guint, i) == index)
          g_ptr_array_add (found, chart);
    }
  return found;
}

static gboolean
share_chart (const RdReportDraft *draft,
             guint                a,
             guint                b,
             gboolean             axes_only)
{
  g_autoptr(GPtrArray) of_a = charts_of (draft, a);
  g_autoptr(GPtrArray) of_b = charts_of (draft, b);

  for (guint i = 0; i < of_a->len; i++)
    if (g_ptr_array_find (of_b, of_a->pdata[i], NULL) &&
        !(axes_only && is_type (of_a->pdata[i], "fact")))
      return TRUE;
  return FALSE;
}

/* 3亿元 is never drawn beside 5000万元 as if it were less. */
static void
test_scales (void)
{
  g_autoptr(RdReportDraft) draft = rd_report_draft_new ();
  g_autoptr(RdReportDraft) two = rd_report_draft_new ();
  double scale;
  g_autofree char *yi = rd_charts_unit_kind ("亿元", &scale);

  g_assert_cmpstr (yi, ==, "money-cny");
  g_assert_cmpfloat (scale, ==, 1e8);

  add_figure (draft, "fiscal", "税收收入", 3, "亿元", "level", "actual", 2019, NULL);
  add_figure (draft, "fiscal", "非税收入", 2, "亿元", "level", "actual", 2019, NULL);
  add_figure (draft, "fiscal", "土地出让收入", 5000, "万元", "level", "actual", 2019, NULL);
  add_figure (draft, "fiscal", "专项资金", 8000, "万元", "level", "actual", 2019, NULL);
  rd_charts_generate (draft);
  check_charts (draft, "scales");
  g_assert_false (share_chart (draft, 0, 2, FALSE));
  g_assert_false (share_chart (draft, 1, 3, FALSE));
  g_assert_true (share_chart (draft, 0, 1, FALSE));

  /* Alone, each is a fact in words, never a bar beside the other. */
  add_figure (two, "fiscal", "税收收入", 3, "亿元", "level", "actual", 2019, NULL);
  add_figure (two, "fiscal", "土地出让收入", 5000, "万元", "level", "actual", 2019, NULL);
  rd_charts_generate (two);
  check_charts (two, "two scales");
  g_assert_false (share_chart (two, 0, 1, TRUE));
}

/* Units of one measure word only: 家 with 家, never 家 with 个. */
static void
test_unit_kinds (void)
{
  static const struct { const char *unit, *kind; double scale; } cases[] = {
    { "万元", "money-cny", 1e4 },
    { "万亿元", "money-cny", 1e12 },
    { "亿美元", "money-usd", 1e8 },
    { "%", "percent", 1 },
    { "个百分点", "points", 1 },
    { "万人", "people", 1e4 },
    { "家", "count-of-things:家", 1 },
    { "万家", "count-of-things:家", 1e4 },
    { "个", "count-of-things:个", 1 },
    { "万亩", "area-mu", 1e4 },
    { "公里", "length", 1e3 },
    { "万千瓦", "power", 1e7 },
    { "亿", "none", 1e8 },
    { "", "none", 1 },
    { "英寸", "unit:英寸", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double scale = 0;
      g_autofree char *kind = rd_charts_unit_kind (cases[i].unit, &scale);

      g_assert_cmpstr (kind, ==, cases[i].kind);
      g_assert_cmpfloat (scale, ==, cases[i].scale);
    }
  g_assert_cmpuint (rd_charts_max_marks ("bar"), >, 0);
  g_assert_cmpuint (rd_charts_max_marks ("no-such-type"), ==, 0);
}

/* Twelve growth rates: two charts of six, numbered in both languages. */
static void
test_split (void)
{
  g_autoptr(RdReportDraft) draft = rd_report_draft_new ();
  guint max = rd_charts_max_marks ("bar");

  g_assert_cmpuint (max, <, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("行业%u", i + 1);

      add_figure (draft, "industry", name, 5 + i, "%", "growth", "actual", 2019, NULL);
    }
  rd_charts_generate (draft);
  check_charts (draft, "split");
  g_assert_cmpuint (draft->charts->len, ==, (12 + max - 1) / max);
  for (guint c = 0; c < draft->charts->len; c++)
    {
      RdDraftChart *chart = draft->charts->pdata[c];
      g_autofree char *part_zh = g_strdup_printf ("（%u/%u）", c + 1, draft->charts->len);
      g_autofree char *part_en = g_strdup_printf ("(%u/%u)", c + 1, draft->charts->len);

      g_assert_cmpstr (chart->type, ==, "bar");
      g_assert_cmpuint (chart->figures->len, ==, 12 / draft->charts->len);
      g_assert_nonnull (strstr (chart->title_zh, part_zh));
      g_assert_nonnull (strstr (chart->title_en, part_en));
      g_assert_nonnull (strstr (chart->title_zh, "工业经济"));
      g_assert_true (g_str_has_prefix (chart->title_en, "Industry"));
    }
}

/* A lone rank is a fact; results and targets of one indicator are grouped;
 * GDP is a tile with its growth. */
static void
test_kinds_of_chart (void)
{
  g_autoptr(RdReportDraft) draft = rd_report_draft_new ();
  RdDraftChart *chart;

  add_figure (draft, "overview", "地区生产总值", 1200, "亿元", "level", "actual", 2018, "gdp");
  add_figure (draft, "overview", "地区生产总值增长", 8, "%", "growth", "actual", 2018, "gdp_growth");
  add_figure (draft, "overview", "全省排名", 3, "位", "rank", "actual", 2018, NULL);
  add_figure (draft, "fiscal", "税收收入增长", 9, "%", "growth", "actual", 2018, "tax_revenue_growth");
  add_figure (draft, "fiscal", "税收收入增长", 8, "%", "growth", "target", 2019, "tax_revenue_growth");
  rd_charts_generate (draft);
  check_charts (draft, "kinds");
  g_assert_cmpuint (draft->charts->len, ==, 3);

  chart = draft->charts->pdata[0];
  g_assert_cmpstr (chart->type, ==, "kpi");
  g_assert_cmpstr (chart->id, ==, "overview-1");
  g_assert_cmpuint (chart->figures->len, ==, 2);
  g_assert_cmpstr (chart->title_zh, ==, "2018年地区生产总值（实绩）");
  g_assert_cmpstr (chart->title_en, ==, "Gross domestic product (GDP), results, 2018");

  chart = draft->charts->pdata[1];
  g_assert_cmpstr (chart->type, ==, "fact");
  g_assert_cmpstr (chart->id, ==, "overview-2");
  g_assert_cmpuint (g_array_index (chart->figures, guint, 0), ==, 2);

  chart = draft->charts->pdata[2];
  g_assert_cmpstr (chart->type, ==, "grouped");
  g_assert_cmpstr (chart->id, ==, "fiscal-1");
  g_assert_cmpstr (chart->title_zh, ==, "财政收支：增速实绩与目标（%）");
  g_assert_cmpstr (chart->title_en, ==, "Public Finance: growth rates, results against targets (%)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/corpus", test_corpus);
  g_test_add_func ("/charts/scales", test_scales);
  g_test_add_func ("/charts/unit-kinds", test_unit_kinds);
  g_test_add_func ("/charts/split", test_split);
  g_test_add_func ("/charts/kinds-of-chart", test_kinds_of_chart);
  return g_test_run ();
}
