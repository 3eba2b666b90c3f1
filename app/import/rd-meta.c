/* rd-meta.c: a report's year, region, title and headings from its text */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rd-extract.h"
#include "rd-number.h"

static const char *const provinces[] = {
  "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
  "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
  "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
};

static gboolean
is_level_char (gunichar c)
{
  return c == 0x7701 || c == 0x5E02 || c == 0x533A || c == 0x53BF || c == 0x5DDE || c == 0x65D7 || c == 0x76DF;
  /* 省 市 区 县 州 旗 盟 */
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0;
}

/* A number of 1-4 digits at @pos; sets @end. */
static int
read_int (const gunichar *u, int n, int pos, int *end)
{
  int v = 0, i = pos;

  while (i < n && i - pos < 4 && rd_is_digit (u[i]))
    v = v * 10 + rd_digit_value (u[i++]);
  *end = i;
  return i > pos ? v : -1;
}

/* "2019年1月26日在湖南省第十三届人民代表大会" or "…日长沙市第十五届人民代表大会":
 * the year of the session and the region. A session in December is
 * the next year's (株洲市's 2025 report was delivered on 2024-12-25). */
static gboolean
find_session (const gunichar *u, int n, int *year, char **region)
{
  int limit = MIN (n, 3000);

  for (int i = 0; i + 8 < limit; i++)
    {
      int e1, e2, e3, y, m, k, start;

      if (!rd_is_digit (u[i]) || (i > 0 && rd_is_digit (u[i - 1])))
        continue;
      y = read_int (u, n, i, &e1);
      if (y < 1949 || y > 2100 || e1 - i != 4 || e1 >= n || u[e1] != 0x5E74) /* 年 */
        continue;
      m = read_int (u, n, e1 + 1, &e2);
      if (m < 1 || m > 12 || e2 >= n || u[e2] != 0x6708) /* 月 */
        continue;
      if (read_int (u, n, e2 + 1, &e3) < 1 || e3 >= n || u[e3] != 0x65E5) /* 日 */
        continue;
      start = e3 + 1;
      if (start < n && u[start] == 0x5728) /* 在 */
        start++;
      for (k = start; k < MIN (n, start + 24); k++)
        if (rd_ucs4_has_word (u, n, k, "人民代表大会") || u[k] == '\n')
          break;
      if (k >= n || !rd_ucs4_has_word (u, n, k, "人民代表大会"))
        continue;
      /* Back over 第十三届 to the region. */
      {
        int r = k;

        while (r > start && u[r - 1] != 0x7B2C) /* 第 */
          r--;
        if (r > start)
          r--;
        else
          r = k;
        *year = m == 12 ? y + 1 : y;
        *region = r > start ? rd_ucs4_slice (u, start, r) : NULL;
        return TRUE;
      }
    }
  return FALSE;
}

static gboolean
is_review_title (const char *title)
{
  static const char *const words[] = { "回顾", "所做", "过去", "成效", "成就", "殊为不易" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (title, words[i]))
      return TRUE;
  return FALSE;
}

/* The first year of 4 digits in @title, or 0. */
static int
title_year (const gunichar *u, int n, int start, int end)
{
  for (int i = start; i + 4 <= end; i++)
    {
      int e, y = read_int (u, n, i, &e);

      if (e - i == 4 && y >= 1949 && y <= 2100 && (i == start || !rd_is_digit (u[i - 1])))
        return y;
      if (e > i)
        i = e - 1;
    }
  return 0;
}

static gboolean
starts_with_list_number (const gunichar *u, int n, int pos, gboolean paren, int *end)
{
  int e;

  if (paren)
    {
      if (pos >= n || (u[pos] != 0xFF08 && u[pos] != '('))
        return FALSE;
      if (rd_chinese_numeral (u, n, pos + 1, &e) < 0 || e >= n || (u[e] != 0xFF09 && u[e] != ')'))
        return FALSE;
      *end = e + 1;
      return TRUE;
    }
  if (rd_chinese_numeral (u, n, pos, &e) < 0 || e >= n || u[e] != 0x3001) /* 、 */
    return FALSE;
  *end = e + 1;
  return TRUE;
}

static void
find_sections (RdReportDraft *draft, const gunichar *u, int n)
{
  int line = 0;

  while (line < n)
    {
      int end = line, s, e, title_end, mark;
      gboolean has_stop = FALSE, has_inner_space = FALSE;

      while (end < n && u[end] != '\n')
        end++;
      s = line, e = end;
      while (s < e && is_space (u[s]))
        s++;
      while (e > s && is_space (u[e - 1]))
        e--;
      for (int i = s; i < e; i++)
        {
          if (rd_is_sentence_end (u[i]) || u[i] == ':' || u[i] == 0xFF1A)
            has_stop = TRUE;
          if (is_space (u[i]) && i > s && rd_is_han (u[i - 1]) && i + 1 < e && rd_is_han (u[i + 1]))
            has_inner_space = TRUE;
        }

      title_end = e;
      if (e > s && starts_with_list_number (u, n, s, FALSE, &mark))
        {
          if (e - s <= 60 && !has_stop)
            g_ptr_array_add (draft->sections, rd_draft_section_new (s, e, 1, rd_ucs4_slice (u, s, e)));
        }
      else if (e > s && starts_with_list_number (u, n, s, TRUE, &mark))
        {
          /* （一）实体经济不断壮大。出台…: the heading is the first sentence. */
          for (int i = mark; i < e; i++)
            if (rd_is_sentence_end (u[i]))
              {
                title_end = i;
                break;
              }
          if (title_end - s <= 60)
            {
              g_autofree char *title = rd_ucs4_slice (u, s, title_end);
              g_ptr_array_add (draft->sections, rd_draft_section_new (s, title_end, 2, title));
            }
        }
      else if (e > s && e - s <= 25 && !has_stop && !has_inner_space && !rd_ucs4_has_word (u, n, s, "——") &&
               !rd_ucs4_has_word (u, n, s, "—"))
        {
          g_autofree char *title = rd_ucs4_slice (u, s, e);
          int level = 2;

          if (draft->sections->len == 0 && strstr (title, "工作报告"))
            level = 0;
          else if (title_year (u, n, s, e) > 0 || strstr (title, "回顾") || strstr (title, "工作安排") ||
                   strstr (title, "目标") || strstr (title, "重点工作") || strstr (title, "落实"))
            level = 1;
          g_ptr_array_add (draft->sections, rd_draft_section_new (s, e, level, title));
        }
      line = end + 1;
    }
}

/* The year from the part titles: "2018年工作回顾" is the 2019 report's. */
static int
year_from_sections (RdReportDraft *draft, const gunichar *u, int n)
{
  guint part = 0;

  for (guint i = 0; i < draft->sections->len; i++)
    {
      RdDraftSection *section = g_ptr_array_index (draft->sections, i);
      const char *t = section->title;
      int y;

      if (section->level != 1)
        continue;
      y = title_year (u, n, section->start, section->end);
      /* The first part reviews last year ("一、2011年，全省上下…"). */
      if (y > 0)
        return is_review_title (t) || (part == 0 && !strstr (t, "关于") && !strstr (t, "安排") &&
                                       !strstr (t, "目标") && !strstr (t, "任务") && !strstr (t, "部署"))
               ? y + 1 : y;
      part++;
    }
  return 0;
}

/* 示范区, 高新区, 贫困县, 文明城市: kinds of places, not the report's region. */
static gboolean
is_generic_place (const char *name)
{
  static const char *const generic[] = {
    "示范区", "高新区", "开发区", "功能区", "试验区", "实验区", "保护区", "风景区", "旅游区", "工业区", "产业区",
    "商业区", "核心区", "中心区", "自贸区", "集聚区", "聚集区", "先行区", "新城区", "老城区", "主城区", "片区",
    "县市区", "市州区", "园区", "城区", "景区", "社区", "山区", "库区", "老区", "矿区", "街区", "辖区", "省园区",
    "向园区", "助园区", "旧小区", "百强区", "百强县", "困县", "贫困县", "范县", "强县", "点县", "城市", "超市",
    "股市", "楼市", "上市", "同城市", "明城市", "个市", "地市", "县市", "省市", "州市", "市县", "兄弟省", "外省",
  };

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    if (g_str_has_suffix (name, generic[i]))
      return TRUE;
  return FALSE;
}

/* 我代表省人民政府 / 市人民政府: the level; the region is the name most
 * often printed before that level (湖南省), or a province's name. */
static char *
region_from_text (const gunichar *u, int n, char **level)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gunichar level_char = 0;
  const char *best = NULL;
  guint best_count = 0;
  static const char *const bad = "全我本各外该两等和及与省市区县城地分个的在为是了新老大各州乡镇村内上下";

  for (int i = 0; i + 6 < n && level_char == 0; i++)
    if (rd_ucs4_has_word (u, n, i, "我代表") && is_level_char (u[i + 3]))
      level_char = u[i + 3];
  if (level_char == 0)
    for (int i = 0; i + 5 < n && level_char == 0; i++)
      if (is_level_char (u[i]) && rd_ucs4_has_word (u, n, i + 1, "人民政府"))
        level_char = u[i];

  for (int i = 2; i < n && level_char != 0; i++)
    {
      g_autofree char *name = NULL;
      gboolean ok = TRUE;

      if (u[i] != level_char)
        continue;
      for (int k = i - 2; k < i; k++)
        {
          char buf[8];
          buf[g_unichar_to_utf8 (u[k], buf)] = '\0';
          if (!rd_is_han (u[k]) || strstr (bad, buf))
            ok = FALSE;
        }
      if (!ok)
        continue;
      name = rd_ucs4_slice (u, i - 2, i + 1);
      if (is_generic_place (name))
        continue;
      g_hash_table_insert (counts, g_strdup (name),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
    }
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, counts);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (GPOINTER_TO_UINT (value) > best_count ||
          (GPOINTER_TO_UINT (value) == best_count && best && strcmp (key, best) < 0))
        best = key, best_count = GPOINTER_TO_UINT (value);
  }
  if (level_char != 0)
    {
      char buf[8];
      buf[g_unichar_to_utf8 (level_char, buf)] = '\0';
      *level = g_strdup (buf);
    }
  /* A province is named often, also without its 省 (湖南制造). */
  if (level_char == 0x7701)
    {
      g_autofree char *text = g_ucs4_to_utf8 (u, n, NULL, NULL, NULL);
      guint most = 0;
      const char *found = NULL;

      for (guint p = 0; text && p < G_N_ELEMENTS (provinces); p++)
        {
          guint count = 0;

          for (const char *s = strstr (text, provinces[p]); s; s = strstr (s + 1, provinces[p]))
            count++;
          if (count > most)
            most = count, found = provinces[p];
        }
      if (found && most >= 3)
        return g_strconcat (found, "省", NULL);
    }
  if (best != NULL && best_count >= 2)
    return g_strdup (best);
  return NULL;
}

void
rd_extract_meta (RdReportDraft *draft)
{
  glong n = 0;
  g_autofree gunichar *u = g_utf8_to_ucs4_fast (draft->text ? draft->text : "", -1, &n);
  int year = 0;
  g_autofree char *region = NULL;
  g_autofree char *level = NULL;

  g_ptr_array_set_size (draft->sections, 0);
  find_sections (draft, u, (int) n);

  if (!find_session (u, (int) n, &year, &region))
    year = year_from_sections (draft, u, (int) n);
  if (region == NULL)
    region = region_from_text (u, (int) n, &level);

  if (draft->year <= 0)
    draft->year = year;
  if (draft->region == NULL && region != NULL)
    draft->region = g_strdup (region);
  if (draft->level == NULL && draft->region != NULL)
    {
      const char *last = g_utf8_offset_to_pointer (draft->region, g_utf8_strlen (draft->region, -1) - 1);

      if (is_level_char (g_utf8_get_char (last)))
        draft->level = g_strdup (last);
    }
  if (draft->level == NULL && level != NULL)
    draft->level = g_strdup (level);
  if (draft->title == NULL && draft->year > 0)
    draft->title = g_strdup_printf ("%d年%s政府工作报告", draft->year, draft->region ? draft->region : "");
}
