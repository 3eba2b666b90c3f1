/* test-format.c: numbers, units and axis scales (core, no display) */
#include "config.h"

#include <math.h>

#include <locale.h>

#include "rd-format.h"

static void
check_number (double value, int decimals, const char *expected)
{
  g_autofree char *text = rd_format_number (value, decimals);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_number_zh (void)
{
  rd_format_force_language ("zh");
  check_number (80.2, 2, "80.2");
  check_number (136, 2, "136");
  check_number (5588, 2, "5588");
  check_number (0.126, 2, "0.13");
  check_number (2.30, 2, "2.3");
  check_number (-0.001, 2, "0");
  check_number (12345.5, 1, "12345.5");
  rd_format_force_language (NULL);
}

static void
test_number_en (void)
{
  rd_format_force_language ("en");
  check_number (5588, 2, "5588");
  check_number (12345.5, 1, "12,345.5");
  check_number (1234567, 0, "1,234,567");
  check_number (-20000, 0, "-20,000");
  rd_format_force_language (NULL);
}

static void
test_number_ignores_lc_numeric (void)
{
  /* A comma decimal separator must never reach a chart. */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 locale not available");
      return;
    }
  check_number (80.2, 2, "80.2");
  setlocale (LC_NUMERIC, "C");
}

static void
test_quantity (void)
{
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *days = NULL;

  rd_format_force_language ("zh");
  zh = rd_format_quantity (80.2, "亿元", "100 million yuan");
  percent = rd_format_quantity (9, "%", "%");
  g_assert_cmpstr (zh, ==, "80.2亿元");
  g_assert_cmpstr (percent, ==, "9%");

  rd_format_force_language ("en");
  en = rd_format_quantity (80.2, "亿元", "100 million yuan");
  days = rd_format_quantity (290, "天", "days");
  g_assert_cmpstr (en, ==, "80.2 (100 million yuan)");
  g_assert_cmpstr (days, ==, "290 days");
  g_assert_cmpstr (rd_format_unit ("亿美元", "100 million US dollars"), ==, "100 million US dollars");
  rd_format_force_language (NULL);
}

static void
test_nice_scale (void)
{
  static const double maxima[] = { 0.7, 1, 9, 11.2, 87.4, 136, 290, 526, 5588, 9500 };

  for (guint i = 0; i < G_N_ELEMENTS (maxima); i++)
    {
      double nice_max, step, ticks;

      rd_format_nice_scale (maxima[i], &nice_max, &step);
      ticks = nice_max / step;
      g_assert_cmpfloat (nice_max, >=, maxima[i]);
      /* Never more than one step of empty headroom. */
      g_assert_cmpfloat (nice_max - maxima[i], <, step + 1e-9);
      g_assert_cmpfloat (ticks, >=, 2);
      g_assert_cmpfloat (ticks, <=, 7);
    }

  {
    double nice_max, step;
    rd_format_nice_scale (136, &nice_max, &step);
    g_assert_cmpfloat_with_epsilon (nice_max, 150, 1e-9);
  }
  {
    double nice_max, step;
    rd_format_nice_scale (0, &nice_max, &step);
    g_assert_cmpfloat (nice_max, >, 0);
  }
}

/* Any finite magnitude formats whole; what is no number says so (issue 19, point 3). */
static void
test_number_extremes (void)
{
  g_autofree char *huge = NULL;
  g_autofree char *tiny = NULL;
  g_autofree char *inf = NULL;
  g_autofree char *nan_text = NULL;
  g_autofree char *trillion = NULL;

  rd_format_force_language ("en");
  huge = rd_format_number (1e40, 1);
  tiny = rd_format_number (-1e300, 2);
  inf = rd_format_number (INFINITY, 1);
  nan_text = rd_format_number (NAN, 1);
  trillion = rd_format_number (123456789012345.0, 0);
  g_assert_cmpstr (huge, ==, "1e+40");
  g_assert_cmpstr (tiny, ==, "-1e+300");
  g_assert_cmpstr (inf, ==, "—");
  g_assert_cmpstr (nan_text, ==, "—");
  g_assert_cmpstr (trillion, ==, "123,456,789,012,345");
  rd_format_force_language (NULL);
}

/* Units of imported reports that the dataset names in Chinese only read
 * in English too: a multiplier and a noun, counters as bare numbers. */
static void
test_unit_english (void)
{
  const struct { const char *zh, *en; } cases[] = {
    { "万亿元", "trillion yuan" }, { "元", "yuan" }, { "万人", "10,000 people" },
    { "亿斤", "100 million jin" }, { "万千瓦", "10,000 kW" }, { "千瓦", "kW" },
    { "个百分点", "percentage points" }, { "万户", "10,000 households" },
    { "万", "10,000" }, { "个", "" }, { "万个", "10,000" }, { "万平方米", "10,000 m²" },
    { "亿立方米", "100 million m³" }, { "万美元", "10,000 US dollars" },
  };
  g_autofree char *trillion = NULL;
  g_autofree char *firms = NULL;

  rd_format_force_language ("en");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (rd_format_unit (cases[i].zh, NULL), ==, cases[i].en);
  /* A name the dataset gives wins; an unknown unit stays as printed. */
  g_assert_cmpstr (rd_format_unit ("万人", "10,000 persons"), ==, "10,000 persons");
  g_assert_cmpstr (rd_format_unit ("英亩", NULL), ==, "英亩");
  trillion = rd_format_quantity (3.64, "万亿元", NULL);
  firms = rd_format_quantity (20, "个", NULL);
  g_assert_cmpstr (trillion, ==, "3.64 trillion yuan");
  g_assert_cmpstr (firms, ==, "20");
  rd_format_force_language ("zh");
  g_assert_cmpstr (rd_format_unit ("万亿元", NULL), ==, "万亿元");
  rd_format_force_language (NULL);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/number/zh", test_number_zh);
  g_test_add_func ("/format/number/en", test_number_en);
  g_test_add_func ("/format/number/lc-numeric", test_number_ignores_lc_numeric);
  g_test_add_func ("/format/number/extremes", test_number_extremes);
  g_test_add_func ("/format/quantity", test_quantity);
  g_test_add_func ("/format/unit-english", test_unit_english);
  g_test_add_func ("/format/nice-scale", test_nice_scale);

  return g_test_run ();
}
