/* rd-number.c: numbers and units as Chinese reports print them */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rd-number.h"

/* Longest first within a shared beginning: the scan takes the first match. */
static const char *const units[] = {
  "个百分点", "百分点", "个工作日", "个月", "个", "平方公里", "平方千米", "平方米", "平米",
  "微克/立方米", "毫克/立方米", "立方米", "千瓦时", "千瓦", "千伏安", "千伏", "兆瓦", "千米", "公里", "公顷", "公斤", "千克",
  "标准箱", "标箱", "人次", "美元", "元", "人", "户", "家", "项", "件", "条", "座", "所", "套", "处",
  "名", "位", "亩", "天", "年", "倍", "辆", "台", "张", "床", "间", "栋", "批", "次", "场", "部",
  "册", "只", "头", "篇", "份", "片区", "片", "株", "棵", "斤", "吨", "米", "度", "小时", "分钟", "岁",
  "列", "艘", "架", "对", "英寸", "克", "升", "起", "宗", "例", "颗", "本", "门", "支", "根",
  "%", "％", "‰",
};

static const char *const scales[] = { "万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千" };

gboolean
rd_is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

int
rd_digit_value (gunichar c)
{
  return c >= 0xFF10 ? (int) (c - 0xFF10) : (int) (c - '0');
}

gboolean
rd_is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

gboolean
rd_ucs4_has_word (const gunichar *text,
                  int             length,
                  int             pos,
                  const char     *word)
{
  for (const char *w = word; *w; w = g_utf8_next_char (w), pos++)
    if (pos < 0 || pos >= length || text[pos] != g_utf8_get_char (w))
      return FALSE;
  return TRUE;
}

gboolean
rd_ucs4_ends_with (const gunichar *text,
                   int             pos,
                   const char     *word)
{
  glong n = g_utf8_strlen (word, -1);

  if (pos - n < 0)
    return FALSE;
  return rd_ucs4_has_word (text, pos, (int) (pos - n), word);
}

const char *
rd_unit_at (const gunichar *text,
            int             length,
            int             pos,
            int            *end)
{
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (rd_ucs4_has_word (text, length, pos, units[i]))
      {
        *end = pos + (int) g_utf8_strlen (units[i], -1);
        return units[i];
      }
  return NULL;
}

static gboolean
is_point (gunichar c)
{
  return c == '.' || c == 0xFF0E;
}

int
rd_chinese_numeral (const gunichar *text,
                    int             length,
                    int             pos,
                    int            *end)
{
  static const gunichar digits[] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };
  int total = 0, current = -1, i = pos;

  for (; i < length && i - pos < 6; i++)
    {
      gunichar c = text[i];
      int d = c == 0x4E24 ? 2 : -1; /* 两 */

      for (int k = 0; d < 0 && k < 10; k++)
        if (c == digits[k])
          d = k;
      if (d >= 0)
        current = d;
      else if (c == 0x5341) /* 十 */
        total += (current < 0 ? 1 : current) * 10, current = -1;
      else if (c == 0x767E) /* 百 */
        total += (current < 0 ? 1 : current) * 100, current = -1;
      else
        break;
    }
  *end = i;
  if (i == pos)
    return -1;
  return total + (current < 0 ? 0 : current);
}

gboolean
rd_number_scan (const gunichar *text,
                int             length,
                int             pos,
                RdNumber       *number)
{
  GString *digits = g_string_new (NULL);
  GString *unit = g_string_new (NULL);
  int i = pos;
  const char *word;
  int end;

  memset (number, 0, sizeof *number);
  if (pos >= length || !rd_is_digit (text[pos]))
    {
      g_string_free (digits, TRUE);
      g_string_free (unit, TRUE);
      return FALSE;
    }

  number->start = pos;
  while (i < length)
    {
      if (rd_is_digit (text[i]))
        g_string_append_c (digits, (char) ('0' + rd_digit_value (text[i++])));
      /* 1,234 but not "增长9,2019年": three digits and then no digit. */
      else if (text[i] == ',' && i - pos <= 3 && !strchr (digits->str, '.') && i + 3 < length &&
               rd_is_digit (text[i + 1]) && rd_is_digit (text[i + 2]) && rd_is_digit (text[i + 3]) &&
               (i + 4 >= length || !rd_is_digit (text[i + 4])))
        i++;
      else if (is_point (text[i]) && !strchr (digits->str, '.') && i + 1 < length && rd_is_digit (text[i + 1]))
        {
          g_string_append_c (digits, '.');
          i++;
        }
      else
        break;
    }
  number->digits_end = i;
  number->value = g_ascii_strtod (digits->str, NULL);
  g_string_free (digits, TRUE);

  /* "增长9.5 %": one blank before a unit is part of the figure. */
  if (i + 1 < length && (text[i] == ' ' || text[i] == 0x3000 || text[i] == 0xA0))
    {
      int unit_end;

      if (text[i + 1] == '%' || text[i + 1] == 0xFF05 || text[i + 1] == 0x4E07 || text[i + 1] == 0x4EBF ||
          rd_unit_at (text, length, i + 1, &unit_end) != NULL)
        i++;
    }

  if (i < length && (text[i] == 0x591A || text[i] == 0x4F59)) /* 多 余 */
    number->more = TRUE, i++;
  for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
    if (rd_ucs4_has_word (text, length, i, scales[k]))
      {
        g_string_append (unit, scales[k]);
        i += (int) g_utf8_strlen (scales[k], -1);
        break;
      }
  if (!number->more && unit->len > 0 && i < length && (text[i] == 0x591A || text[i] == 0x4F59))
    number->more = TRUE, i++;
  word = rd_unit_at (text, length, i, &end);
  /* 迈上1000亿台阶: a step, not machines. */
  if (word != NULL && g_str_equal (word, "台") && end < length && text[end] == 0x9636)
    word = NULL;
  if (word != NULL)
    {
      g_string_append (unit, g_str_equal (word, "％") ? "%" : word);
      i = end;
    }
  number->unit = g_string_free (unit, FALSE);
  number->end = i;
  return TRUE;
}

void
rd_number_clear (RdNumber *number)
{
  g_clear_pointer (&number->unit, g_free);
}

char *
rd_ucs4_slice (const gunichar *text,
               int             start,
               int             end)
{
  char *s;

  if (end <= start)
    return g_strdup ("");
  s = g_ucs4_to_utf8 (text + start, end - start, NULL, NULL, NULL);
  return s ? s : g_strdup ("");
}

gboolean
rd_is_sentence_end (gunichar c)
{
  switch (c)
    {
    case '!': case '?': case ';': case '\n':
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: /* 。！？； */
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
rd_is_clause_end (gunichar c)
{
  return rd_is_sentence_end (c) || c == ',' || c == ':' || c == 0xFF0C || c == 0xFF1A;
}
