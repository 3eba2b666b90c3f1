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
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/number-scan", test_number_scan);
  g_test_add_func ("/extract/meta", test_meta);
  (void) import_parts;
  (void) figure_printed;
  (void) excluded;
  return g_test_run ();
}
