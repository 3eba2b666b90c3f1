/* test-extract.c: the importer's hard cases, each on a sentence of a real report */
#include "config.h"

#include <string.h>

#include "rd-catalog.h"
#include "rd-extract.h"
#include "rd-import.h"
#include "rd-number.h"

/* A report of @year whose review part says @review and plan part @plan. */
static RdReportDraft *
import_parts (int year, const char *review, const char *plan)
{
  g_autofree char *text = g_strdup_printf ("政府工作报告\n\n——%d年1月10日在湖南省第十三届人民代表大会第二次会议上\n\n"
                                           "一、%d年工作回顾\n\n%s\n\n二、%d年工作安排\n\n%s\n",
                                           year, year - 1, review, year, plan ? plan : "");
  g_autoptr(GError) error = NULL;
  RdReportDraft *draft = rd_import_text (text, "t.txt", "txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (draft);
  return draft;
}

static const RdDraftFigure *
figure_printed (const RdReportDraft *draft, const char *printed, guint nth)
{
  for (guint i = 0; i < draft->figures->len; i++)
    {
      const RdDraftFigure *f = g_ptr_array_index (draft->figures, i);
      if (g_str_equal (f->printed, printed) && nth-- == 0)
        return f;
    }
  g_error ("no figure printed “%s”", printed);
  return NULL;
}

static gboolean
excluded (const RdReportDraft *draft, const char *printed, const char *reason_part)
{
  for (guint i = 0; i < draft->exclusions->len; i++)
    {
      const RdDraftExclusion *e = g_ptr_array_index (draft->exclusions, i);
      if (strstr (e->printed, printed) && strstr (e->reason, reason_part))
        return TRUE;
    }
  return FALSE;
}

static void
test_number_scan (void)
{
  static const struct { const char *text; double value; const char *unit; const char *printed; gboolean more; } cases[] = {
    { "80.2亿元，", 80.2, "亿元", "80.2亿元", FALSE },
    { "3.64万亿元", 3.64, "万亿元", "3.64万亿元", FALSE },
    { "2600多亩", 2600, "亩", "2600多亩", TRUE },
    { "1万多平方米", 1, "万平方米", "1万多平方米", TRUE },
    { "6500余人", 6500, "人", "6500余人", TRUE },
    { "７．８％", 7.8, "%", "７．８％", FALSE },
    { "1,234个", 1234, "个", "1,234个", FALSE },
    { "3.4个百分点", 3.4, "个百分点", "3.4个百分点", FALSE },
    { "42微克/立方米", 42, "微克/立方米", "42微克/立方米", FALSE },
    { "9,2019", 9, "", "9", FALSE },
    { "2400多村民", 2400, "", "2400多", TRUE },
    { "9.5 %，", 9.5, "%", "9.5 %", FALSE },
    { "1000亿台阶", 1000, "亿", "1000亿", FALSE },
    { "5 个百分点", 5, "个百分点", "5 个百分点", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      glong n;
      g_autofree gunichar *u = g_utf8_to_ucs4_fast (cases[i].text, -1, &n);
      g_autofree char *printed = NULL;
      RdNumber num;

      g_assert_true (rd_number_scan (u, (int) n, 0, &num));
      printed = rd_ucs4_slice (u, num.start, num.end);
      g_assert_cmpfloat_with_epsilon (num.value, cases[i].value, 1e-9);
      g_assert_cmpstr (num.unit, ==, cases[i].unit);
      g_assert_cmpstr (printed, ==, cases[i].printed);
      g_assert_cmpint (num.more, ==, cases[i].more);
      rd_number_clear (&num);
    }
}

static void
test_meta (void)
{
  g_autoptr(RdReportDraft) draft = rd_report_draft_new ();
  g_autoptr(RdReportDraft) december = rd_report_draft_new ();
  g_autoptr(RdReportDraft) headings = rd_report_draft_new ();

  rd_report_draft_set_text (draft, "政府工作报告\n\n——2014年1月10日在株洲市第十四届人民代表大会第三次会议上\n\n一、2013年工作回顾\n");
  rd_extract_meta (draft);
  g_assert_cmpint (draft->year, ==, 2014);
  g_assert_cmpstr (draft->region, ==, "株洲市");
  g_assert_cmpstr (draft->level, ==, "市");

  /* Delivered in December: the next year's report. */
  rd_report_draft_set_text (december, "——2024年12月25日在株洲市第十六届人民代表大会第四次会议上\n");
  rd_extract_meta (december);
  g_assert_cmpint (december->year, ==, 2025);

  /* No date line: the year from the part titles, the region from the text. */
  rd_report_draft_set_text (headings, "政府工作报告\n\n现在，我代表省人民政府向大会报告工作。\n\n一、2009年工作回顾\n\n"
                                      "湖南省经济增长。湖南省财政增收。湖南的发展。\n\n二、2010年面临的形势和主要目标任务\n");
  rd_extract_meta (headings);
  g_assert_cmpint (headings->year, ==, 2010);
  g_assert_cmpstr (headings->region, ==, "湖南省");
  g_assert_cmpstr (headings->level, ==, "省");
  g_assert_cmpuint (headings->sections->len, >=, 3);

  /* A district: kinds of places (示范区, 高新区) are not its name. */
  {
    g_autoptr(RdReportDraft) district = rd_report_draft_new ();

    rd_report_draft_set_text (district, "政府工作报告\n\n现在，我代表区人民政府向大会报告工作。\n\n2018年工作回顾\n\n在工委、区委的领导下，天元区、高新区经济增长9%。"
                                        "建设自主创新示范区，高新区营业收入增长10%，示范区建设加快，示范区扩容，"
                                        "天元区财政增收，高新区排名上升，示范区成效明显。\n");
    rd_extract_meta (district);
    g_assert_cmpint (district->year, ==, 2019);
    g_assert_cmpstr (district->region, ==, "天元区");
    g_assert_cmpstr (district->level, ==, "区");
  }
}


static void
test_basis_and_year (void)
{
  g_autoptr(RdReportDraft) d = import_parts (2019, "全省地区生产总值增长7.8%、达到3.64万亿元。",
                                             "全省地区生产总值增长7.5%—8%；确保2020年城区黑臭水体消除率达到90%以上。");
  const RdDraftFigure *f = figure_printed (d, "7.8%", 0);

  g_assert_cmpstr (f->basis, ==, "actual");
  g_assert_cmpint (f->year, ==, 2018);
  g_assert_cmpstr (f->measure, ==, "growth");
  g_assert_cmpstr (f->indicator, ==, "gdp_growth");
  g_assert_cmpstr (f->name_en, ==, "GDP growth");
  /* The level after it shares the subject. */
  f = figure_printed (d, "3.64万亿元", 0);
  g_assert_cmpstr (f->unit, ==, "万亿元");
  g_assert_cmpstr (f->indicator, ==, "gdp");
  g_assert_cmpstr (f->measure, ==, "level");
  /* A range is one figure, a target. */
  f = figure_printed (d, "7.5%—8%", 0);
  g_assert_cmpfloat (f->value, ==, 7.5);
  g_assert_cmpfloat (f->value_max, ==, 8);
  g_assert_cmpstr (f->basis, ==, "target");
  g_assert_cmpint (f->year, ==, 2019);
  g_assert_cmpstr (f->indicator, ==, "gdp_growth");
  /* A target for a stated later year, its qualifiers in printed order. */
  f = figure_printed (d, "90%", 0);
  g_assert_cmpint (f->year, ==, 2020);
  g_assert_cmpstr (f->basis, ==, "target");
  g_assert_cmpstr (f->qualifier, ==, "确保 以上");
}

static void
test_ratio_points_and_lists (void)
{
  g_autoptr(RdReportDraft) d = import_parts (2019,
    "三次产业结构调整为8.5∶39.7∶51.8。税收占比提高4.7个百分点。"
    "工业投资、技改投资、民间投资分别增长32.4%、38.1%和25.2%。城乡居民人均可支配收入分别增长8.1%和8.9%。"
    "城乡收入比缩小到2.1：1：3。出台政策，促进20个工业新兴优势产业链发展。引进6位院士在园区设立工作站。"
    "营业总收入、技工贸收入双双突破2200亿元。", NULL);
  const RdDraftFigure *f;
  guint shared = 0;

  f = figure_printed (d, "39.7", 0);
  g_assert_cmpstr (f->measure, ==, "share");
  g_assert_cmpstr (f->name_zh, ==, "第二产业占比");
  g_assert_cmpstr (figure_printed (d, "51.8", 0)->name_zh, ==, "第三产业占比");
  /* Parts of 100 are per cent; other ratios have no unit. */
  g_assert_cmpstr (f->unit, ==, "%");
  g_assert_cmpstr (figure_printed (d, "2.1", 0)->unit, ==, "");
  /* A bare verb before a count: what is counted follows it. */
  g_assert_cmpstr (figure_printed (d, "20个", 0)->name_zh, ==, "促进工业新兴优势产业链发展");
  /* 位 counts people unless a place is meant. */
  g_assert_cmpstr (figure_printed (d, "6位", 0)->measure, ==, "count");
  f = figure_printed (d, "4.7个百分点", 0);
  g_assert_cmpstr (f->unit, ==, "个百分点");
  g_assert_cmpstr (f->measure, ==, "change");
  g_assert_cmpstr (figure_printed (d, "32.4%", 0)->name_zh, ==, "工业投资增长");
  g_assert_cmpstr (figure_printed (d, "38.1%", 0)->name_zh, ==, "技改投资增长");
  g_assert_cmpstr (figure_printed (d, "25.2%", 0)->name_zh, ==, "民间投资增长");
  g_assert_cmpstr (figure_printed (d, "8.1%", 0)->indicator, ==, "urban_disposable_income_growth");
  g_assert_cmpstr (figure_printed (d, "8.9%", 0)->indicator, ==, "rural_disposable_income_growth");
  g_assert_cmpstr (figure_printed (d, "8.9%", 0)->measure, ==, "growth");
  /* One printed number, two things: two figures on one span. */
  for (guint i = 0; i < d->figures->len; i++)
    if (g_str_equal (((RdDraftFigure *) g_ptr_array_index (d->figures, i))->printed, "2200亿元"))
      shared++;
  g_assert_cmpuint (shared, ==, 2);
  g_assert_cmpstr (figure_printed (d, "2200亿元", 1)->name_zh, ==, "技工贸收入");
  g_assert_cmpstr (figure_printed (d, "2200亿元", 1)->qualifier, ==, "突破");
}

static void
test_exclusions (void)
{
  g_autoptr(RdReportDraft) d = import_parts (2019,
    "2018年是改革开放40周年。地铁4号线开通，5G基站建成1.2万个。打好“630攻坚”战，完善“1+7+4”政策体系，"
    "实施135工程。PM2.5平均浓度下降到42微克/立方米。引进50亿元以上项目2个。\n1、创业培训1.5万人。\n"
    "（1）新增就业6500人。培育10家主营业务收入过100亿元企业。1—11月，规模工业增加值增长8.1%。免费检查100万人。5.新改扩建供养机构。", NULL);
  const RdDraftFigure *f;

  g_assert_true (excluded (d, "2018", "year"));
  g_assert_true (excluded (d, "40", "anniversary"));
  g_assert_true (excluded (d, "4", "line"));
  g_assert_true (excluded (d, "5G", "letters"));
  g_assert_true (excluded (d, "630", "name"));
  g_assert_true (excluded (d, "1+7+4", "formula"));
  g_assert_true (excluded (d, "135", "name"));
  g_assert_true (excluded (d, "PM2.5", "letters"));
  g_assert_true (excluded (d, "50亿元", "threshold"));
  g_assert_true (excluded (d, "1", "list number"));
  g_assert_true (excluded (d, "（1）", "list number"));
  g_assert_true (excluded (d, "1月", "date"));
  g_assert_true (excluded (d, "11月", "date"));
  g_assert_true (excluded (d, "5.", "list number"));
  g_assert_true (excluded (d, "100亿元", "threshold"));
  g_assert_cmpstr (figure_printed (d, "10家", 0)->measure, ==, "count");
  g_assert_cmpstr (figure_printed (d, "100万人", 0)->unit, ==, "万人");
  g_assert_cmpstr (figure_printed (d, "8.1%", 0)->indicator, ==, "industrial_value_added_growth");
  f = figure_printed (d, "42微克/立方米", 0);
  g_assert_cmpstr (f->indicator, ==, "pm25");
  g_assert_cmpstr (figure_printed (d, "2个", 0)->measure, ==, "count");
  g_assert_cmpstr (figure_printed (d, "1.2万个", 0)->unit, ==, "万个");
  g_assert_cmpstr (figure_printed (d, "6500人", 0)->indicator, ==, "urban_new_jobs");
}

static void
test_chinese_numerals (void)
{
  g_autoptr(RdReportDraft) d = import_parts (2019, "综合实力保持全省园区前三，高新技术企业数量居全市第一，第一产业稳定。",
                                             "一般公共预算收入和税收收入力争两位数增长；经济总量翻一番。");
  const RdDraftFigure *f = figure_printed (d, "前三", 0);

  g_assert_cmpfloat (f->value, ==, 3);
  g_assert_cmpstr (f->measure, ==, "rank");
  f = figure_printed (d, "第一", 0);
  g_assert_cmpfloat (f->value, ==, 1);
  /* 第一产业 is a name, not a rank. */
  for (guint i = 0; i < d->figures->len; i++)
    g_assert_cmpint (((RdDraftFigure *) g_ptr_array_index (d->figures, i))->src_start, !=,
                     (int) g_utf8_pointer_to_offset (d->text, strstr (d->text, "第一产业")));
  f = figure_printed (d, "两位数", 0);
  g_assert_cmpfloat (f->value, ==, 10);
  g_assert_cmpstr (f->measure, ==, "growth");
  g_assert_cmpstr (f->qualifier, ==, "力争");
  g_assert_cmpstr (f->indicator, ==, "general_budget_revenue_growth");
  g_assert_cmpstr (figure_printed (d, "两位数", 1)->indicator, ==, "tax_revenue_growth");
  g_assert_cmpfloat (figure_printed (d, "翻一番", 0)->value, ==, 100);
}

static void
test_negative (void)
{
  g_autoptr(RdReportDraft) d = import_parts (2021, "全省进出口总额增长-2.5%，2019-2020年工业投资增长3%。", NULL);
  const RdDraftFigure *f = figure_printed (d, "-2.5%", 0);

  g_assert_cmpfloat (f->value, ==, -2.5);
  g_assert_cmpstr (f->indicator, ==, "foreign_trade_growth");
  g_assert_true (excluded (d, "2019", "year"));
  g_assert_cmpfloat (figure_printed (d, "3%", 0)->value, ==, 3);
}

static void
test_estimates_and_five_years (void)
{
  g_autoptr(RdReportDraft) d = import_parts (2021,
    "全省地区生产总值增长3.8%（预计数，下同）。“十三五”时期，地区生产总值年均增长7.2%。", NULL);
  const RdDraftFigure *f = figure_printed (d, "3.8%", 0);

  g_assert_cmpstr (f->qualifier, ==, "预计");
  g_assert_cmpstr (f->basis, ==, "actual");
  g_assert_cmpstr (f->indicator, ==, "gdp_growth");
  /* A five-year average is not last year's growth: no key, basis other. */
  f = figure_printed (d, "7.2%", 0);
  g_assert_cmpstr (f->basis, ==, "other");
  g_assert_null (f->indicator);
}

/* Every run of digits is in exactly one figure or one exclusion, and
 * every span is the text it claims, on every report in tests/data/reports. */
static void
test_coverage (void)
{
  const char *dir = g_test_get_filename (G_TEST_DIST, "data", "reports", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, ==, 32);
  for (guint k = 0; k < names->len; k++)
    {
      const char *const *files = (const char *const *) names->pdata;

      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RdReportDraft) d = NULL;
      glong n;
      g_autofree gunichar *u = NULL;
      g_autofree guint8 *covered = NULL;

      g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "reports", files[k], NULL),
                                          &text, NULL, &error));
      d = rd_import_text (text, files[k], "txt", NULL, &error);
      g_assert_no_error (error);
      u = g_utf8_to_ucs4_fast (text, -1, &n);
      covered = g_new0 (guint8, n);
      for (guint i = 0; i < d->figures->len; i++)
        {
          const RdDraftFigure *f = g_ptr_array_index (d->figures, i);
          g_autofree char *printed = rd_ucs4_slice (u, f->src_start, f->src_end);

          g_assert_cmpstr (printed, ==, f->printed);
          g_assert_cmpint (f->sentence_start, <=, f->src_start);
          g_assert_cmpint (f->sentence_end, >=, f->src_end);
          g_assert_true (f->confidence > 0 && f->confidence <= 1);
          g_assert_nonnull (f->name_zh);
          g_assert_nonnull (f->sector);
          for (int c = f->src_start; c < f->src_end; c++)
            covered[c] |= 1;
        }
      for (guint i = 0; i < d->exclusions->len; i++)
        {
          const RdDraftExclusion *e = g_ptr_array_index (d->exclusions, i);
          for (int c = e->start; c < e->end; c++)
            {
              g_assert_false (covered[c] & 1);
              covered[c] |= 2;
            }
        }
      for (int c = 0; c < n; c++)
        if (rd_is_digit (u[c]) && covered[c] == 0)
          {
            g_autofree char *around = rd_ucs4_slice (u, MAX (0, c - 8), MIN (n, c + 8));
            g_error ("%s: the digit at %d (…%s…) is neither a figure nor excluded", files[k], c, around);
          }
    }
}

/* A county's report, written here in the way county reports phrase things
 * (a text of our own, not a real report). */
static void
test_county_style (void)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdReportDraft) d = NULL;
  static const struct { const char *printed; const char *indicator; const char *basis; int year; const char *qualifier; } want[] = {
    { "312.5亿元", "gdp", "actual", 2023, NULL },
    { "5.6%", "gdp_growth", "actual", 2023, NULL },
    { "67.8%", "tax_share", "actual", 2023, NULL },
    { "42356元", "urban_disposable_income", "actual", 2023, NULL },
    { "7.3%", "rural_disposable_income_growth", "actual", 2023, NULL },
    { "31微克/立方米", "pm25", "actual", 2023, NULL },
    { "92.3%", "good_air_rate", "actual", 2023, NULL },
    { "6%", "gdp_growth", "target", 2024, "左右" },
    { "5.5%", "urban_unemployment_rate", "target", 2024, "以内" },
    { "3%", "cpi", "target", 2024, "左右" },
  };

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "import", "county-style-2024.txt", NULL),
                                      &text, NULL, NULL));
  d = rd_import_text (text, "county.txt", "txt", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d->region, ==, "某某县");
  g_assert_cmpstr (d->level, ==, "县");
  g_assert_cmpint (d->year, ==, 2024);
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const RdDraftFigure *f = figure_printed (d, want[i].printed, 0);

      g_assert_cmpstr (f->indicator, ==, want[i].indicator);
      g_assert_cmpstr (f->basis, ==, want[i].basis);
      g_assert_cmpint (f->year, ==, want[i].year);
      g_assert_cmpstr (f->qualifier, ==, want[i].qualifier);
    }
  g_assert_cmpstr (figure_printed (d, "31微克/立方米", 0)->measure, ==, "level");
  g_assert_cmpuint (d->figures->len, ==, 28);
}

/* A city's report in other phrasings (our own text): a threshold then the
 * exact figure, a unit shared by a list, places gained, a stretch target. */
static void
test_city_style (void)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdReportDraft) d = NULL;
  const RdDraftFigure *f;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "import", "city-style-2024.txt", NULL),
                                      &text, NULL, NULL));
  d = rd_import_text (text, "city.txt", "txt", NULL, &error);
  g_assert_no_error (error);
  /* 突破5000亿元，达到5123.4亿元: the exact one is the GDP. */
  g_assert_null (figure_printed (d, "5000亿元", 0)->indicator);
  g_assert_cmpstr (figure_printed (d, "5123.4亿元", 0)->indicator, ==, "gdp");
  /* 高1.0和0.6个百分点 */
  f = figure_printed (d, "1.0", 0);
  g_assert_cmpstr (f->unit, ==, "个百分点");
  g_assert_cmpstr (f->measure, ==, "change");
  g_assert_cmpstr (figure_printed (d, "3位", 0)->measure, ==, "change");
  g_assert_cmpstr (figure_printed (d, "第2位", 0)->measure, ==, "rank");
  /* 人均预期寿命 is no 预期目标. */
  f = figure_printed (d, "78.6岁", 0);
  g_assert_cmpstr (f->basis, ==, "actual");
  g_assert_cmpint (f->year, ==, 2023);
  g_assert_cmpstr (figure_printed (d, "2.8%", 0)->indicator, ==, "rd_spending_share");
  g_assert_cmpstr (figure_printed (d, "12.3件", 0)->indicator, ==, "invention_patents_per_10k");
  g_assert_cmpstr (figure_printed (d, "120个", 0)->name_zh, ==, "新开工5000万元以上项目");
  /* 增长6.5%左右，力争7%: the target, then the stretch. */
  g_assert_cmpstr (figure_printed (d, "6.5%", 0)->indicator, ==, "gdp_growth");
  f = figure_printed (d, "7%", 0);
  g_assert_cmpstr (f->measure, ==, "growth");
  g_assert_cmpstr (f->qualifier, ==, "力争");
  g_assert_null (f->indicator);
}

/* The catalog: the keys the issue names, 60 indicators or more, each with
 * an English name, a known measure and sector, no key twice. */
static void
test_catalog (void)
{
  static const char *const required[] = {
    "gdp", "gdp_growth", "industrial_value_added_growth", "fixed_asset_investment_growth",
    "retail_sales_growth", "general_budget_revenue", "general_budget_revenue_growth", "foreign_trade",
    "per_capita_disposable_income_growth", "urban_disposable_income_growth",
    "rural_disposable_income_growth", "cpi", "urban_new_jobs", "urban_unemployment_rate",
    "good_air_days", "good_air_rate", "pm25",
  };
  static const char *const measures[] = { "level", "growth", "share", "rate", "change", "count", "rank",
                                           "duration", "reduction" };
  static const char *const sectors[] = {
    "overview", "fiscal", "industry", "services", "agriculture", "projects", "land", "innovation", "talent",
    "investment", "trade", "reform", "debt", "environment", "poverty", "urban", "rural", "transport",
    "employment", "social-security", "education", "health", "culture", "governance",
  };
  GPtrArray *entries = rd_catalog_get_entries ();
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (entries->len, >=, 60);
  for (guint i = 0; i < entries->len; i++)
    {
      const RdCatalogEntry *e = entries->pdata[i];

      g_assert_false (g_hash_table_contains (keys, e->key));
      g_hash_table_add (keys, e->key);
      g_assert_cmpstr (e->name_en, !=, "");
      g_assert_true (g_strv_contains (measures, e->measure));
      g_assert_true (g_strv_contains (sectors, e->sector));
      g_assert_nonnull (e->aliases[0]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_nonnull (rd_catalog_lookup (required[i]));
  /* Names across the decades reach the same key. */
  g_assert_cmpstr (rd_catalog_match ("国内生产总值", "growth", NULL)->key, ==, "gdp_growth");
  g_assert_cmpstr (rd_catalog_match ("地方财政一般预算收入", "level", NULL)->key, ==, "general_budget_revenue");
  g_assert_cmpstr (rd_catalog_match ("公共财政预算收入", "growth", NULL)->key, ==, "general_budget_revenue_growth");
  g_assert_cmpstr (rd_catalog_match ("规模工业增加值", "growth", NULL)->key, ==, "industrial_value_added_growth");
  g_assert_cmpstr (rd_catalog_match ("农民人均纯收入", "growth", NULL)->key, ==, "rural_disposable_income_growth");
  g_assert_null (rd_catalog_match ("地区生产总值", "rank", NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/number-scan", test_number_scan);
  g_test_add_func ("/extract/catalog", test_catalog);
  g_test_add_func ("/extract/meta", test_meta);
  g_test_add_func ("/extract/basis-and-year", test_basis_and_year);
  g_test_add_func ("/extract/ratio-points-lists", test_ratio_points_and_lists);
  g_test_add_func ("/extract/exclusions", test_exclusions);
  g_test_add_func ("/extract/chinese-numerals", test_chinese_numerals);
  g_test_add_func ("/extract/estimates-and-five-years", test_estimates_and_five_years);
  g_test_add_func ("/extract/negative", test_negative);
  g_test_add_func ("/extract/coverage", test_coverage);
  g_test_add_func ("/extract/county-style", test_county_style);
  g_test_add_func ("/extract/city-style", test_city_style);
  return g_test_run ();
}
