/* rd-extract-classify.c: what a figure measures, how firm it is, which year and part */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <string.h>

#include "rd-catalog.h"
#include "rd-extract-private.h"

static gboolean
title_is_review (const char *title)
{
  static const char *const words[] = { "回顾", "所做", "过去", "成效", "成就", "殊为不易" };

  if (strstr (title, "关于") || strstr (title, "安排") || strstr (title, "目标"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (title, words[i]))
      return TRUE;
  return FALSE;
}

void
rd_extract_find_parts (Ctx *ctx)
{
  PartSpan first = { 0, PART_REVIEW, FALSE };
  int year = ctx->draft->year;
  g_autofree char *last_year = g_strdup_printf ("%d年", year - 1);
  g_autofree char *this_year = g_strdup_printf ("%d年", year);

  ctx->parts = g_array_new (FALSE, FALSE, sizeof (PartSpan));
  g_array_append_val (ctx->parts, first);
  for (guint i = 0; i < ctx->draft->sections->len; i++)
    {
      RdDraftSection *section = g_ptr_array_index (ctx->draft->sections, i);
      PartSpan span = { section->start, PART_PLAN, FALSE };
      const char *t = section->title;

      if (section->level != 1)
        continue;
      /* Parts review first, then plan: once a plan, the rest too. */
      if ((strstr (t, last_year) || title_is_review (t)) &&
          g_array_index (ctx->parts, PartSpan, ctx->parts->len - 1).part == PART_REVIEW)
        span.part = PART_REVIEW;
      else if (strstr (t, this_year))
        span.part = PART_PLAN;
      span.multi_year = strstr (t, "五年") || strstr (t, "十三五") || strstr (t, "十四五") ||
                        strstr (t, "十五五") || strstr (t, "十二五") || strstr (t, "十一五") ||
                        strstr (t, "“十五”") || strstr (t, "本届");
      /* "2015年及“十二五”时期工作回顾", "过去一年和五年工作回顾": the year's figures come first. */
      if (strstr (t, last_year) || strstr (t, "一年"))
        span.multi_year = FALSE;
      g_array_append_val (ctx->parts, span);
    }
}

const PartSpan *
rd_extract_part_at (const Ctx *ctx, int pos)
{
  const PartSpan *found = &g_array_index (ctx->parts, PartSpan, 0);

  for (guint i = 1; i < ctx->parts->len; i++)
    if (g_array_index (ctx->parts, PartSpan, i).start <= pos)
      found = &g_array_index (ctx->parts, PartSpan, i);
  return found;
}

const char *
rd_extract_section_title_at (const Ctx *ctx, int pos)
{
  const char *title = NULL;

  for (guint i = 0; i < ctx->draft->sections->len; i++)
    {
      RdDraftSection *section = g_ptr_array_index (ctx->draft->sections, i);

      if (section->start <= pos)
        title = section->title;
    }
  return title;
}

/* Whether the words before an indicator's name leave it the report's
 * own: nothing, the region's name (天元区地区生产总值) or a word for the whole. */
gboolean
rd_extract_prefix_is_the_region (const Ctx *ctx, const char *prefix)
{
  static const char *const whole[] = { "全省", "全市", "全区", "全县", "全州", "我省", "我市", "我区", "我县", "全",
                                       "全社会", "全体", "全口径", "同口径", "地方", "本级", "全年", "当年", "历年",
                                       "总", "实际" };
  g_autofree char *rest = g_strdup (prefix ? prefix : "");
  gboolean changed = TRUE;

  while (changed && *rest)
    {
      changed = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
        if (g_str_has_prefix (rest, whole[i]))
          {
            memmove (rest, rest + strlen (whole[i]), strlen (rest + strlen (whole[i])) + 1);
            changed = TRUE;
          }
    }
  if (*rest == '\0')
    return TRUE;
  return ctx->draft->region != NULL && (strstr (ctx->draft->region, rest) != NULL || strstr (rest, ctx->draft->region) != NULL);
}

/* "XX地区", "XX城市群", "XX片区" before @pos in its sentence: the figure is
 * that part's (地区生产总值 itself is not a place). */
gboolean
rd_extract_names_a_part_before (const Ctx *ctx, int sentence_start, int pos)
{
  static const char *const parts[] = { "地区", "城市群", "片区", "经济区", "经济带" };

  for (int i = sentence_start + 2; i < pos; i++)
    for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
      if (rd_ucs4_has_word (ctx->u, ctx->n, i, parts[k]) && rd_is_han (ctx->u[i - 1]) && rd_is_han (ctx->u[i - 2]) &&
          !rd_ucs4_has_word (ctx->u, ctx->n, i, "地区生产总值") && !rd_ucs4_ends_with (ctx->u, i, "全省") &&
          !rd_ucs4_ends_with (ctx->u, i, "全市") && !rd_ucs4_ends_with (ctx->u, i, "我省") &&
          !rd_ucs4_ends_with (ctx->u, i, "中部") && !rd_ucs4_ends_with (ctx->u, i, "贫困"))
        return TRUE;
  return FALSE;
}

static const char *const count_units[] = {
  "个", "家", "项", "件", "条", "座", "所", "套", "处", "名", "人", "户", "人次", "辆", "台", "张", "床", "间", "栋",
  "批", "次", "场", "部", "册", "只", "头", "篇", "份", "片", "株", "棵", "列", "艘", "架", "对", "起", "宗", "例",
  "颗", "本", "门", "支", "根",
};

/* The unit without its scale: 万人 → 人, 亿元 → 元. */
static const char *
base_unit (const char *unit)
{
  static const char *const scales[] = { "万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千" };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (g_str_has_prefix (unit, scales[i]))
      return unit + strlen (scales[i]);
  return unit;
}

static gboolean
is_count_unit (const char *unit)
{
  const char *base = base_unit (unit);

  for (guint i = 0; i < G_N_ELEMENTS (count_units); i++)
    if (g_str_equal (base, count_units[i]))
      return TRUE;
  return FALSE;
}

static gboolean
word_in (const char *verb, const char *const *words)
{
  for (guint i = 0; verb && words[i]; i++)
    if (strstr (verb, words[i]))
      return TRUE;
  return FALSE;
}

const char *
rd_extract_measure_of (const char *unit, const char *subject, const char *verb, const char *clause, gboolean *sure)
{
  static const char *const growth_verbs[] = { "增长", "增", "上涨", "涨", "提高", "提升", "上升", NULL };
  static const char *const cut_verbs[] = { "下降", "减少", "降低", "压减", "压降", "削减", "降", NULL };
  static const char *const more_verbs[] = { "增加", NULL };
  const char *base = base_unit (unit);

  *sure = TRUE;
  if (g_str_equal (unit, "个百分点") || g_str_equal (unit, "百分点"))
    return "change";
  /* 下降至31微克, 降到4.5%, 提高到90%: the level reached, not the change. */
  if (verb != NULL && (g_str_has_suffix (verb, "至") || g_str_has_suffix (verb, "到")) &&
      (word_in (verb, cut_verbs) || word_in (verb, growth_verbs) || word_in (verb, more_verbs)))
    verb = NULL;
  if (g_str_equal (unit, "%") || g_str_equal (unit, "‰"))
    {
      if (strstr (subject, "占") || strstr (subject, "比重") || strstr (subject, "贡献率") || strstr (clause, "比重") ||
          strstr (subject, "投入强度"))
        return "share";
      if (word_in (verb, cut_verbs))
        return "reduction";
      if (word_in (verb, growth_verbs) || strstr (subject, "增速") || strstr (subject, "增幅") ||
          strstr (subject, "涨幅") || strstr (subject, "增长"))
        return "growth";
      if (strstr (subject, "率") || strstr (subject, "比例") || strstr (subject, "覆盖") || strstr (subject, "占比"))
        return "rate";
      if (verb && strstr (verb, "增加"))
        return "growth";
      *sure = FALSE;
      return "rate";
    }
  if (g_str_equal (base, "位") && (strstr (clause, "前移") || strstr (clause, "后移") || strstr (clause, "进位") ||
                                   strstr (clause, "上升") || strstr (clause, "提升") || strstr (clause, "跃升")) &&
      !strstr (clause, "第"))
    return "change";  /* 前移3位: places gained, not a place */
  /* 居全省第3位, 前10位: a place; 引进6位院士: people counted. */
  if (g_str_equal (base, "位") && !strstr (clause, "第") && !strstr (clause, "居") && !strstr (clause, "排") &&
      !strstr (clause, "列") && !strstr (clause, "前"))
    return "count";
  if (g_str_equal (base, "位"))
    return "rank";
  if (g_str_equal (base, "倍"))
    return "rate";
  if (word_in (verb, cut_verbs))
    return "reduction";
  if (g_str_equal (base, "天") && (word_in (verb, more_verbs) || strstr (clause, "增加")))
    return "change";
  if (g_str_equal (base, "天") && (strstr (subject, "优良") || strstr (subject, "天数")))
    return "level";
  if (g_str_equal (base, "天") || g_str_equal (base, "年") || g_str_equal (base, "个月") ||
      g_str_equal (base, "个工作日") || g_str_equal (base, "小时") || g_str_equal (base, "分钟"))
    return "duration";
  /* 每万人口发明专利拥有量12.3件: a density, not a count. */
  if (is_count_unit (unit) && (g_str_has_prefix (subject, "每万人") || g_str_has_prefix (subject, "万人")))
    return "rate";
  if (is_count_unit (unit))
    return "count";
  if (*base == '\0')
    {
      *sure = FALSE;
      return g_str_equal (unit, "") ? "count" : "level";
    }
  return "level";
}

const char *
rd_extract_before_qualifier (const Ctx *ctx, int start)
{
  static const char *const words[] = { "超过", "突破", "接近", "近", "约", "逾", "超" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (rd_ucs4_ends_with (ctx->u, start, words[i]))
      return g_str_equal (words[i], "接近") ? "近" : g_str_equal (words[i], "逾") || g_str_equal (words[i], "超") ? "超过" : words[i];
  return NULL;
}

const char *
rd_extract_after_qualifier (const Ctx *ctx, int end, int *after)
{
  static const char *const words[] = { "以上", "以内", "以下", "左右" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (rd_ucs4_has_word (ctx->u, ctx->n, end, words[i]))
      {
        *after = end + 2;
        return words[i];
      }
  *after = end;
  return NULL;
}

/* 力争 and 确保 hold from the word to the end of its clause. */
const char *
rd_extract_clause_qualifier (const Ctx *ctx, int clause_start, int pos)
{
  for (int i = pos - 2; i >= clause_start; i--)
    {
      if (rd_ucs4_has_word (ctx->u, ctx->n, i, "力争") && !(i > 0 && ctx->u[i - 1] == 0x5168 /* 全 */))
        return "力争";
      if (rd_ucs4_has_word (ctx->u, ctx->n, i, "确保"))
        return "确保";
    }
  return NULL;
}

/* "2018年" or "到2020年" in the sentence before @pos: the year it speaks of. */
int
rd_extract_stated_year (const Ctx *ctx, int sentence_start, int pos, gboolean *by)
{
  int year = 0;

  *by = FALSE;
  for (int i = sentence_start; i + 4 < pos; i++)
    {
      int y = 0, k;

      for (k = i; k < i + 4 && rd_is_digit (ctx->u[k]); k++)
        y = y * 10 + rd_digit_value (ctx->u[k]);
      if (k == i + 4 && ctx->u[k] == 0x5E74 && y >= 1949 && y <= 2100 && (i == 0 || !rd_is_digit (ctx->u[i - 1])))
        {
          gunichar before = i > 0 ? ctx->u[i - 1] : 0, after = k + 1 < ctx->n ? ctx->u[k + 1] : 0;

          /* 比2010年翻一番: the base of a comparison, not the year described. */
          if (before == 0x6BD4 /* 比 */ || before == 0x8F83 /* 较 */)
            continue;
          /* 2018—2020年: the end of the range; 到2020年, 2020年前: a deadline. */
          year = y;
          *by = before == 0x5230 /* 到 */ || before == 0x81F3 /* 至 */ || after == 0x524D /* 前 */;
        }
    }
  return year;
}

gboolean
rd_extract_paragraph_opens_with (const Ctx *ctx, int pos, const char *word)
{
  while (pos > 0 && ctx->u[pos - 1] != '\n')
    pos--;
  while (pos < ctx->n && (ctx->u[pos] == ' ' || ctx->u[pos] == 0x3000))
    pos++;
  return rd_ucs4_has_word (ctx->u, ctx->n, pos, word);
}

/* "各位代表！2017年，我们…": a paragraph that opens with a year speaks of it. */
int
rd_extract_paragraph_year (const Ctx *ctx, int pos)
{
  int start = pos;

  while (start > 0 && ctx->u[start - 1] != '\n')
    start--;
  for (int i = start; i + 5 < ctx->n && i < start + 12; i++)
    {
      int y = 0, k;

      for (k = i; k < i + 4 && rd_is_digit (ctx->u[k]); k++)
        y = y * 10 + rd_digit_value (ctx->u[k]);
      if (k == i + 4 && ctx->u[k] == 0x5E74 && (ctx->u[k + 1] == 0xFF0C || ctx->u[k + 1] == ',') &&
          y >= 1949 && y <= 2100 && (i == start || !rd_is_digit (ctx->u[i - 1])))
        return y;
    }
  return 0;
}

gboolean
rd_extract_is_multi_year (const Ctx *ctx, int sentence_start, int pos)
{
  static const char *const words[] = { "年均", "累计", "五年", "过去几年", "期间", "时期", "以来", "十三五", "十二五", "十四五", "十一五" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (rd_extract_has_word_between (ctx, sentence_start, pos, words[i]))
      return TRUE;
  return FALSE;
}
