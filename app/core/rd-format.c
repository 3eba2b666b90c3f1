/* rd-format.c
 *
 * Formatting lives in core so that the widgets, the exports and the tests
 * print the same number the same way.
 */
#define G_LOG_DOMAIN "reportdash-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rd-format.h"

static int forced_chinese = -1;

void
rd_format_force_language (const char *lang)
{
  if (lang == NULL)
    forced_chinese = -1;
  else
    forced_chinese = g_str_has_prefix (lang, "zh") ? 1 : 0;
}

gboolean
rd_format_use_chinese (void)
{
  if (forced_chinese >= 0)
    return forced_chinese == 1;

  /* The figures follow the language the interface is translated into, so
   * that a Chinese label never sits beside an English name. */
  /* Translators: "zh" if the names of figures (which the dataset has in
   * Chinese and English) should be shown in Chinese, "en" otherwise. */
  return g_str_equal (C_("figure-language", "en"), "zh");
}

static char *
group_thousands (const char *digits)
{
  const char *dot = strchr (digits, '.');
  gsize int_len = dot ? (gsize) (dot - digits) : strlen (digits);
  gboolean negative = digits[0] == '-';
  GString *out = g_string_new (NULL);
  gsize start = negative ? 1 : 0;

  if (negative)
    g_string_append_c (out, '-');

  for (gsize i = start; i < int_len; i++)
    {
      g_string_append_c (out, digits[i]);
      if (i + 1 < int_len && (int_len - i - 1) % 3 == 0)
        g_string_append_c (out, ',');
    }
  if (dot != NULL)
    g_string_append (out, dot);

  return g_string_free (out, FALSE);
}

char *
rd_format_number (double value,
                  int    max_decimals)
{
  /* Room for any finite double in %f (309 digits and the decimals). */
  char buf[512];
  char *p;

  char fmt[8];

  /* A value no report prints (inf, nan from a damaged file) is not a number. */
  if (!isfinite (value))
    return g_strdup ("—");
  /* g_ascii_formatd: the decimal point must not follow LC_NUMERIC.
   * Beyond a thousand trillion, digits say nothing a reader can use. */
  if (fabs (value) >= 1e15)
    return g_ascii_formatd (g_malloc (G_ASCII_DTOSTR_BUF_SIZE), G_ASCII_DTOSTR_BUF_SIZE, "%.6g", value);
  g_snprintf (fmt, sizeof fmt, "%%.%df", CLAMP (max_decimals, 0, 6));
  g_ascii_formatd (buf, sizeof buf, fmt, value);

  if (strchr (buf, '.') != NULL)
    {
      p = buf + strlen (buf) - 1;
      while (*p == '0')
        *p-- = '\0';
      if (*p == '.')
        *p = '\0';
    }

  if (g_str_equal (buf, "-0"))
    strcpy (buf, "0");

  if (!rd_format_use_chinese () && fabs (value) >= 10000)
    return group_thousands (buf);

  return g_strdup (buf);
}

/* English for a unit the dataset has no English name of: imported
 * reports print units the built-in one never did (万人, 万亿元, 亿斤,
 * 个百分点). A unit is a multiplier (万, 亿, 万亿, 千) and a noun; a
 * counter (个, 项, 座 …) reads as the bare number. NULL when unknown. */
const char *
rd_format_unit_english (const char *unit)
{
  static const struct { const char *zh, *en; } whole[] = {
    { "个百分点", "percentage points" }, { "百分点", "percentage points" },
    { "‰", "‰" }, { "倍", "times" }, { "岁", "years old" }, { "英寸", "inches" },
    { "个工作日", "working days" }, { "工作日", "working days" },
  };
  static const struct { const char *zh, *en; } multipliers[] = {
    { "万亿", "trillion" }, { "亿", "100 million" }, { "万", "10,000" }, { "千", "thousand" },
  };
  static const struct { const char *zh, *en; } nouns[] = {
    { "元", "yuan" }, { "美元", "US dollars" }, { "人次", "person-times" }, { "人", "people" },
    { "名", "people" }, { "户", "households" }, { "家", "firms" }, { "吨", "tonnes" },
    { "斤", "jin" }, { "公斤", "kg" }, { "亩", "mu" }, { "千瓦时", "kWh" }, { "千瓦", "kW" },
    { "平方米", "m²" }, { "平方公里", "km²" }, { "立方米", "m³" }, { "公里", "km" },
    { "米", "m" }, { "辆", "vehicles" }, { "套", "units" }, { "件", "items" }, { "张", "" },
    { "个", "" }, { "项", "" }, { "条", "" }, { "座", "" }, { "所", "" }, { "处", "" },
    { "批", "" }, { "部", "" }, { "对", "" }, { "列", "" }, { "次", "" }, { "台", "" },
    { "天", "days" }, { "年", "years" }, { "", "" },
  };
  const char *multiplier = NULL;
  const char *noun = unit;

  if (unit == NULL || unit[0] == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    if (g_str_equal (unit, whole[i].zh))
      return whole[i].en;
  for (guint i = 0; i < G_N_ELEMENTS (multipliers) && multiplier == NULL; i++)
    if (g_str_has_prefix (unit, multipliers[i].zh) && !g_str_equal (unit, "千瓦") &&
        !g_str_equal (unit, "千瓦时"))
      {
        multiplier = multipliers[i].en;
        noun = unit + strlen (multipliers[i].zh);
      }
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (g_str_equal (noun, nouns[i].zh))
      {
        g_autofree char *en = NULL;

        /* A bare multiplier (万, 亿) is a number, not a unit. */
        if (multiplier == NULL || nouns[i].en[0] == '\0')
          en = g_strdup (multiplier ? multiplier : nouns[i].en);
        else
          en = g_strdup_printf ("%s %s", multiplier, nouns[i].en);
        return g_intern_string (en);
      }
  return NULL;
}

const char *
rd_format_unit (const char *unit_zh,
                const char *unit_en)
{
  if (!rd_format_use_chinese () && unit_en == NULL)
    unit_en = rd_format_unit_english (unit_zh);
  if (rd_format_use_chinese () || unit_en == NULL)
    return unit_zh ? unit_zh : "";
  return unit_en;
}

char *
rd_format_quantity (double      value,
                    const char *unit_zh,
                    const char *unit_en)
{
  g_autofree char *number = rd_format_number (value, 2);
  const char *unit = rd_format_unit (unit_zh, unit_en);

  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);

  if (g_str_equal (unit, "%"))
    return g_strconcat (number, "%", NULL);

  if (rd_format_use_chinese ())
    return g_strconcat (number, unit, NULL);

  /* Multiplier units read better in brackets: "80.2 (100 million yuan)". */
  if (g_ascii_isdigit (unit[0]))
    return g_strdup_printf ("%s (%s)", number, unit);

  return g_strdup_printf ("%s %s", number, unit);
}

void
rd_format_nice_scale (double  max,
                      double *nice_max,
                      double *step)
{
  static const double steps[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double magnitude, s = 1.0;

  if (!(max > 0) || !isfinite (max))
    {
      *nice_max = 1.0;
      *step = 0.25;
      return;
    }

  /* Aim for about five intervals. */
  magnitude = pow (10.0, floor (log10 (max / 5.0)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      s = steps[i] * magnitude;
      if (max / s <= 6.0)
        break;
    }

  *step = s;
  *nice_max = ceil (max / s - 1e-9) * s;
  if (*nice_max < max)
    *nice_max += s;
}

/* The sentence of the report's text around code points @start..@end. */
char *
rd_format_sentence_markup (const char *text,
                           int         start,
                           int         end)
{
  static const char *stops = "。！？；\n";
  glong n = g_utf8_strlen (text, -1);
  glong from = CLAMP (start, 0, n), to = CLAMP (end, from, n);
  g_autofree char *before = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *after = NULL;
  const char *p;

  while (from > 0)
    {
      gunichar c = g_utf8_get_char (g_utf8_offset_to_pointer (text, from - 1));
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      if (strstr (stops, buf) != NULL)
        break;
      from--;
    }
  for (p = g_utf8_offset_to_pointer (text, to); *p != '\0'; p = g_utf8_next_char (p))
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), buf);
      to++;
      if (strstr (stops, buf) != NULL)
        break;
    }
  before = g_utf8_substring (text, from, CLAMP (start, from, n));
  figure = g_utf8_substring (text, CLAMP (start, from, n), CLAMP (end, start, n));
  after = g_utf8_substring (text, CLAMP (end, start, n), to);
  g_strstrip (before);
  g_strchomp (after);
  return g_markup_printf_escaped ("%s<b>%s</b>%s", before, figure, after);
}

char *
rd_format_report_label (const char *region,
                        int         year)
{
  if (region == NULL || region[0] == '\0')
    return g_strdup_printf ("%d", year);
  /* Translators: names a report in search results and the table: its
   * region and the year it was delivered, e.g. "湖南省 2019" */
  return g_strdup_printf (_("%s %d"), region, year);
}
