/* rd-extract.c: every run of digits of a report, a figure or an exclusion
 *
 * One pass over the text as code points. Each run of digits is first
 * tested against what is not a figure (a year, a date, a list number, a
 * name with digits in it…); what is left is read as a number with its
 * unit, its qualifiers, the words before it (its name), the verb that
 * says what it measures, and the part of the report it stands in (the
 * review of last year: an actual; this year's plan: a target).
 */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-catalog.h"
#include "rd-extract.h"
#include "rd-number.h"

typedef enum { PART_REVIEW, PART_PLAN } Part;

typedef struct
{
  int  start;
  Part part;
  gboolean multi_year;  /* a five-year review or plan */
} PartSpan;

typedef struct
{
  const gunichar *u;
  int             n;
  RdReportDraft  *draft;
  GArray         *parts;       /* PartSpan, by start */
  int             estimate_from; /* 预计数，下同: estimates from here on, or -1 */
  /* The figures of the clause being read, for lists that share a verb. */
  int             clause_start;
  int             clause_figures;
  char           *last_subject;
} Ctx;

/* ---- text helpers ------------------------------------------------------------------------ */

static gboolean
is_ascii_letter (gunichar c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

static gboolean
is_dash (gunichar c)
{
  return c == 0x2014 || c == 0x2013 || c == '-' || c == 0xFF0D || c == '~' || c == 0xFF5E || c == 0x81F3;
  /* — – - － ~ ～ 至 */
}

static gboolean
is_ratio_colon (gunichar c)
{
  return c == ':' || c == 0xFF1A || c == 0x2236; /* : ： ∶ */
}

static gboolean
is_list_separator (gunichar c)
{
  return c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E; /* 、和及与 */
}

static gboolean
is_clause_boundary (gunichar c)
{
  return rd_is_clause_end (c);
}

static int
clause_start_of (const Ctx *ctx, int pos)
{
  while (pos > 0 && !is_clause_boundary (ctx->u[pos - 1]))
    pos--;
  return pos;
}

static int
clause_end_of (const Ctx *ctx, int pos)
{
  while (pos < ctx->n && !is_clause_boundary (ctx->u[pos]))
    pos++;
  return pos;
}

static void
sentence_of (const Ctx *ctx, int pos, int *start, int *end)
{
  int s = pos, e = pos;

  while (s > 0 && !rd_is_sentence_end (ctx->u[s - 1]))
    s--;
  while (e < ctx->n && !rd_is_sentence_end (ctx->u[e]))
    e++;
  if (e < ctx->n && ctx->u[e] != '\n')
    e++;
  /* No leading blanks. */
  while (s < e && (ctx->u[s] == ' ' || ctx->u[s] == 0x3000 || ctx->u[s] == '\t'))
    s++;
  *start = s;
  *end = e;
}

static gboolean
has_word_between (const Ctx *ctx, int start, int end, const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  for (int i = MAX (start, 0); i + length <= end; i++)
    if (rd_ucs4_has_word (ctx->u, ctx->n, i, word))
      return TRUE;
  return FALSE;
}

static int
find_word_between (const Ctx *ctx, int start, int end, const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  for (int i = MAX (start, 0); i + length <= end; i++)
    if (rd_ucs4_has_word (ctx->u, ctx->n, i, word))
      return i;
  return -1;
}

/* ---- the parts of a report --------------------------------------------------------------- */

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

static void
find_parts (Ctx *ctx)
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

static const PartSpan *
part_at (const Ctx *ctx, int pos)
{
  const PartSpan *found = &g_array_index (ctx->parts, PartSpan, 0);

  for (guint i = 1; i < ctx->parts->len; i++)
    if (g_array_index (ctx->parts, PartSpan, i).start <= pos)
      found = &g_array_index (ctx->parts, PartSpan, i);
  return found;
}

static const char *
section_title_at (const Ctx *ctx, int pos)
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

/* ---- what is not a figure ---------------------------------------------------------------- */

static void
exclude (Ctx *ctx, int start, int end, const char *reason)
{
  g_autofree char *printed = rd_ucs4_slice (ctx->u, start, end);

  g_ptr_array_add (ctx->draft->exclusions, rd_draft_exclusion_new (start, end, printed, reason));
}

static gboolean
is_year_at (const Ctx *ctx, const RdNumber *num)
{
  const gunichar *u = ctx->u;
  int e = num->digits_end;

  if (num->digits_end - num->start != 4 || num->value < 1900 || num->value > 2100 || num->value != floor (num->value))
    return FALSE;
  if (e < ctx->n && u[e] == 0x5E74) /* 年 */
    return TRUE;
  /* 2018—2020年, 2019-2021 */
  if (e + 1 < ctx->n && is_dash (u[e]) && rd_is_digit (u[e + 1]))
    return TRUE;
  if (num->start >= 2 && is_dash (u[num->start - 1]) && rd_is_digit (u[num->start - 2]))
    return TRUE;
  return FALSE;
}

/* Inside “…” (or 《…》 「…」) that closes within a few characters: a name. */
static gboolean
in_quotes (const Ctx *ctx, int start, int end)
{
  int open = -1, close = -1;

  for (int i = start - 1; i >= 0 && start - i <= 12; i--)
    {
      gunichar c = ctx->u[i];
      if (c == 0x201D || c == 0x300B || c == 0x300D || rd_is_sentence_end (c))
        break;
      if (c == 0x201C || c == 0x300A || c == 0x300C)
        {
          open = i;
          break;
        }
    }
  if (open < 0)
    return FALSE;
  for (int i = end; i < ctx->n && i - end <= 12; i++)
    {
      gunichar c = ctx->u[i];
      if (c == 0x201C || rd_is_sentence_end (c))
        break;
      if (c == 0x201D || c == 0x300B || c == 0x300D)
        {
          close = i;
          break;
        }
    }
  return close > 0;
}

/* The digits (and letters) of a token such as PM2.5, 5G, G60, 1+7+4. */
static int
token_end (const Ctx *ctx, int pos)
{
  while (pos < ctx->n && (rd_is_digit (ctx->u[pos]) || is_ascii_letter (ctx->u[pos]) || ctx->u[pos] == '+' ||
                          ctx->u[pos] == 0xFF0B || ctx->u[pos] == '.' || ctx->u[pos] == '-'))
    pos++;
  while (pos > 0 && (ctx->u[pos - 1] == '.' || ctx->u[pos - 1] == '-' || ctx->u[pos - 1] == '+'))
    pos--;
  return pos;
}

static int
token_start (const Ctx *ctx, int pos)
{
  while (pos > 0 && (is_ascii_letter (ctx->u[pos - 1]) || rd_is_digit (ctx->u[pos - 1]) ||
                     ctx->u[pos - 1] == '+' || ctx->u[pos - 1] == 0xFF0B || ctx->u[pos - 1] == '.'))
    pos--;
  return pos;
}

/* Words after a number that make it part of a name or an ordinal. */
static const char *
name_suffix_reason (const Ctx *ctx, int pos)
{
  static const struct { const char *word; const char *reason; } suffixes[] = {
    { "周年", "anniversary" }, { "号线", "name (a line number)" }, { "号", "name (a number)" },
    { "路", "name (a road)" }, { "版", "name (a version)" }, { "代", "name (a generation)" },
    { "级", "name (a grade)" }, { "型", "name (a model)" }, { "届", "ordinal (a session)" },
    { "强", "name (a ranking list)" }, { "期", "name (a phase)" }, { "大", "name (a numbered list)" },
    { "中", "name (a school)" }, { "条措施", "name (a policy)" }, { "条意见", "name (a policy)" },
    { "工程", "name (a programme)" }, { "行动", "name (a programme)" }, { "计划", "name (a programme)" },
    { "热线", "name (a hotline)" }, { "英寸", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (rd_ucs4_has_word (ctx->u, ctx->n, pos, suffixes[i].word))
      return suffixes[i].reason;
  return NULL;
}

/* 50亿元以上项目2个: a threshold inside the name of a category. */
static gboolean
is_threshold (const Ctx *ctx, const RdNumber *num)
{
  int i = num->end;
  int clause_end;

  if (rd_ucs4_has_word (ctx->u, ctx->n, i, "及以上"))
    i += 3;
  else if (rd_ucs4_has_word (ctx->u, ctx->n, i, "以上") || rd_ucs4_has_word (ctx->u, ctx->n, i, "以下"))
    i += 2;
  else
    return FALSE;
  if (i >= ctx->n || !rd_is_han (ctx->u[i]) || is_list_separator (ctx->u[i]) || ctx->u[i] == 0x7684 /* 的 */)
    return ctx->u[i] == 0x7684 && i + 1 < ctx->n && rd_is_han (ctx->u[i + 1]) &&
           clause_end_of (ctx, i) > i + 1 &&
           has_word_between (ctx, i, clause_end_of (ctx, i), "个");
  /* A verb after it ends the figure (增长20%以上并…) — a noun starts a category. */
  if (rd_ucs4_has_word (ctx->u, ctx->n, i, "并") || rd_ucs4_has_word (ctx->u, ctx->n, i, "且"))
    return FALSE;
  clause_end = clause_end_of (ctx, i);
  for (int k = i; k < clause_end; k++)
    if (rd_is_digit (ctx->u[k]))
      return TRUE;
  /* 亿元以上项目 without a count after it is still a category (引进亿元以上项目). */
  return g_str_has_suffix (num->unit, "元");
}

/* ---- names, measures, qualifiers ---------------------------------------------------------- */

static const char *const leading_words[] = {
  "其中", "预计", "要力争", "要确保", "要实现", "将力争", "力争", "确保", "争取", "等", "历史性", "首次", "稳步", "继续", "全年", "全省", "全市", "全区", "全县", "全州", "我省", "我市", "我区", "我县", "今年", "去年", "当年",
  "同比", "比上年", "较上年", "累计", "共计", "合计", "总计", "此外", "同时", "分别", "全面", "实现", "完成",
  "达到", "新增加", "并", "和", "及", "与", "使", "让", "其", "年末", "年底", "末", "共", "都", "均", "在",
};

static const char *const trailing_words[] = {
  "同比增长", "比上年增长", "年均增长", "分别增长", "增长了", "增长", "增加了", "增加", "提高了", "提高", "提升",
  "上升", "下降了", "下降", "减少了", "减少", "降低了", "降低", "压减", "压降", "削减", "达到了", "达到", "达",
  "完成了", "完成", "实现了", "实现", "突破", "超过", "保持在", "保持", "控制在", "稳定在", "维持在", "为", "是",
  "约", "近", "接近", "分别", "同比", "比上年", "较上年", "年均", "均", "总计", "合计", "累计", "共", "了", "到",
  "至", "在", "超", "达", "增", "降", "逾", "有", "力争", "确保", "争取", "预计", "左右", "上涨", "涨幅为",
  "占", "新", "新建", "建成", "引进", "新引进", "培育", "办理", "办结", "解决", "整治", "改造", "开工",
};

static gboolean
strip_prefix (char **text, const char *word)
{
  if (g_str_has_prefix (*text, word))
    {
      memmove (*text, *text + strlen (word), strlen (*text + strlen (word)) + 1);
      return TRUE;
    }
  return FALSE;
}

static gboolean
strip_suffix (char *text, const char *word, char **stripped)
{
  gsize length = strlen (text), w = strlen (word);

  if (length >= w && g_str_has_suffix (text, word))
    {
      if (stripped && *stripped == NULL)
        *stripped = g_strdup (word);
      text[length - w] = '\0';
      return TRUE;
    }
  return FALSE;
}

/* Drops years, quotes, brackets and blanks from a name. */
static char *
clean_name (const char *raw)
{
  GString *out = g_string_new (NULL);

  int depth = 0;

  for (const char *p = raw; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* （预计数） is a note, not a name. */
      if (c == 0xFF08 || c == '(')
        depth++;
      if (depth > 0 || c == 0xFF09 || c == ')')
        {
          if ((c == 0xFF09 || c == ')') && depth > 0)
            depth--;
          continue;
        }
      if (c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == '"' || c == ' ' || c == 0x3000 ||
          c == '\t' || c == 0x300A || c == 0x300B || c == '*' || c == '?')
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *const after_words[] = { "以上", "以内", "以下", "左右", "上下" };

/* The subject between @start and @end: verbs and fillers stripped. The
 * last verb stripped (增长, 下降 …) is returned in @verb. */
static char *
subject_of (const Ctx *ctx, int start, int end, char **verb)
{
  g_autofree char *raw = NULL;
  char *name;
  gboolean changed = TRUE;

  /* Years and their 年 are not part of a name (2018年全省…). */
  for (int i = start; i + 4 < end; i++)
    if (rd_is_digit (ctx->u[i]) && ctx->u[i + 4] == 0x5E74 && (i + 5 >= end || ctx->u[i + 5] != 0x5EA6))
      start = MAX (start, i + 5);
  /* Only the words after the last digit: 投资70亿元的X → X. */
  for (int i = end - 1; i >= start; i--)
    if (rd_is_digit (ctx->u[i]) && !is_ascii_letter (ctx->u[token_start (ctx, i)]) &&
        !(token_start (ctx, i) > 0 && is_ascii_letter (ctx->u[token_start (ctx, i) - 1])) &&
        !(i + 1 < end && is_ascii_letter (ctx->u[i + 1])))
      {
        start = i + 1;
        break;
      }
  raw = rd_ucs4_slice (ctx->u, start, end);
  name = clean_name (raw);
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (trailing_words); i++)
        if (strip_suffix (name, trailing_words[i], verb))
          changed = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (leading_words); i++)
        if (strip_prefix (&name, leading_words[i]))
          changed = TRUE;
      if (g_str_has_prefix (name, "、") || g_str_has_prefix (name, "，"))
        memmove (name, name + 3, strlen (name + 3) + 1), changed = TRUE;
    }
  /* A name longer than a label: keep its end, where the noun is. */
  if (g_utf8_strlen (name, -1) > 20)
    {
      char *tail = g_strdup (g_utf8_offset_to_pointer (name, g_utf8_strlen (name, -1) - 20));
      g_free (name);
      name = tail;
    }
  /* One character is no name (年增长14.4%: 年). */
  if (g_utf8_strlen (name, -1) <= 1)
    name[0] = '\0';
  return name;
}

/* The noun at the head of the clause before @clause_start in the same
 * sentence, up to its first verb ("全省地区生产总值历史性迈上万亿元台阶"). */
static char *
subject_of_clause_before (const Ctx *ctx, int clause_start, int sentence_start)
{
  static const char *const verbs[] = { "突破", "达到", "迈上", "跨上", "跨越", "实现", "增长", "超过", "跃上", "站上",
                                       "首次", "首破", "历史性", "稳居", "保持" };
  int start, end = clause_start - 1;
  g_autofree char *verb = NULL;

  if (end <= sentence_start)
    return g_strdup ("");
  start = clause_start_of (ctx, end);
  for (int i = start; i < end; i++)
    {
      if (rd_is_digit (ctx->u[i]))
        return g_strdup ("");
      for (guint k = 0; k < G_N_ELEMENTS (verbs); k++)
        if (rd_ucs4_has_word (ctx->u, ctx->n, i, verbs[k]))
          return subject_of (ctx, start, i, &verb);
    }
  return g_strdup ("");
}

/* Whether the words before an indicator's name leave it the report's
 * own: nothing, the region's name (天元区地区生产总值) or a word for the whole. */
static gboolean
prefix_is_the_region (const Ctx *ctx, const char *prefix)
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
static gboolean
names_a_part_before (const Ctx *ctx, int sentence_start, int pos)
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

static const char *
measure_of (const char *unit, const char *subject, const char *verb, const char *clause, gboolean *sure)
{
  static const char *const growth_verbs[] = { "增长", "增", "上涨", "涨", "提高", "提升", "上升", NULL };
  static const char *const cut_verbs[] = { "下降", "减少", "降低", "压减", "压降", "削减", "降", NULL };
  static const char *const more_verbs[] = { "增加", NULL };
  const char *base = base_unit (unit);

  *sure = TRUE;
  if (g_str_equal (unit, "个百分点") || g_str_equal (unit, "百分点"))
    return "change";
  if (g_str_equal (unit, "%") || g_str_equal (unit, "‰"))
    {
      if (strstr (subject, "占") || strstr (subject, "比重") || strstr (subject, "贡献率") || strstr (clause, "比重"))
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
  if (is_count_unit (unit))
    return "count";
  if (*base == '\0')
    {
      *sure = FALSE;
      return g_str_equal (unit, "") ? "count" : "level";
    }
  return "level";
}

static const char *
before_qualifier (const Ctx *ctx, int start)
{
  static const char *const words[] = { "超过", "突破", "接近", "近", "约", "逾", "超" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (rd_ucs4_ends_with (ctx->u, start, words[i]))
      return g_str_equal (words[i], "接近") ? "近" : g_str_equal (words[i], "逾") || g_str_equal (words[i], "超") ? "超过" : words[i];
  return NULL;
}

static const char *
after_qualifier (const Ctx *ctx, int end, int *after)
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
static const char *
clause_qualifier (const Ctx *ctx, int clause_start, int pos)
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
static int
stated_year (const Ctx *ctx, int sentence_start, int pos, gboolean *by)
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

static gboolean
paragraph_opens_with (const Ctx *ctx, int pos, const char *word)
{
  while (pos > 0 && ctx->u[pos - 1] != '\n')
    pos--;
  while (pos < ctx->n && (ctx->u[pos] == ' ' || ctx->u[pos] == 0x3000))
    pos++;
  return rd_ucs4_has_word (ctx->u, ctx->n, pos, word);
}

/* "各位代表！2017年，我们…": a paragraph that opens with a year speaks of it. */
static int
paragraph_year (const Ctx *ctx, int pos)
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

static gboolean
is_multi_year (const Ctx *ctx, int sentence_start, int pos)
{
  static const char *const words[] = { "年均", "累计", "五年", "过去几年", "期间", "时期", "以来", "十三五", "十二五", "十四五", "十一五" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (has_word_between (ctx, sentence_start, pos, words[i]))
      return TRUE;
  return FALSE;
}

/* ---- figures ------------------------------------------------------------------------------ */

typedef struct
{
  int         start, end;
  double      value, value_max;
  const char *unit;
  gboolean    more;       /* 多 / 余 */
  const char *measure;    /* forced (rank, growth of 两位数), or NULL */
  double      confidence;
} Found;

/* Subjects of "A、B和C分别增长x%、y%和z%". */
static GPtrArray *
split_subjects (const char *text,
                gboolean    each)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E)
        {
          if (part->len > 0)
            g_ptr_array_add (parts, g_strdup (part->str));
          g_string_truncate (part, 0);
          if (c == 0)
            break;
          continue;
        }
      g_string_append_unichar (part, c);
    }
  g_string_free (part, TRUE);
  /* 城乡居民收入: 城镇居民收入 and 农村居民收入. */
  if (each && parts->len == 1 && g_str_has_prefix (g_ptr_array_index (parts, 0), "城乡"))
    {
      const char *rest = (const char *) g_ptr_array_index (parts, 0) + strlen ("城乡");
      char *urban = g_strconcat ("城镇", rest, NULL);
      char *rural = g_strconcat ("农村", rest, NULL);

      g_ptr_array_set_size (parts, 0);
      g_ptr_array_add (parts, urban);
      g_ptr_array_add (parts, rural);
    }
  /* 城镇和农村居民收入: the short ones share the last one's noun. */
  for (guint i = 0; parts->len > 1 && i + 1 < parts->len; i++)
    {
      const char *last = g_ptr_array_index (parts, parts->len - 1);
      glong short_len = g_utf8_strlen (g_ptr_array_index (parts, i), -1);

      if (short_len <= 2 && g_utf8_strlen (last, -1) > short_len + 2)
        {
          char *joined = g_strconcat (g_ptr_array_index (parts, i), g_utf8_offset_to_pointer (last, short_len), NULL);
          g_free (g_ptr_array_index (parts, i));
          parts->pdata[i] = joined;
        }
    }
  return parts;
}

static void
add_figure (Ctx *ctx, const Found *f, const char *name_override, gboolean shared)
{
  const gunichar *u = ctx->u;
  RdDraftFigure *figure = rd_draft_figure_new ();
  int clause_start = clause_start_of (ctx, f->start), sentence_start, sentence_end, after;
  const PartSpan *part = part_at (ctx, f->start);
  g_autofree char *verb = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *clause = NULL;
  g_autofree char *sentence = NULL;
  const char *q_clause, *q_before, *q_after;
  GString *qualifier = g_string_new (NULL);
  const RdCatalogEntry *entry = NULL;
  gboolean sure = TRUE, by_year, multi, this_year;
  int year;
  double confidence = f->confidence;
  int segment_start;

  sentence_of (ctx, f->start, &sentence_start, &sentence_end);
  clause = rd_ucs4_slice (u, clause_start, clause_end_of (ctx, f->end));
  sentence = rd_ucs4_slice (u, sentence_start, sentence_end);

  /* The words since the figure before it in this clause name it. */
  if (clause_start != ctx->clause_start)
    {
      ctx->clause_start = clause_start;
      ctx->clause_figures = 0;
    }
  segment_start = clause_start;
  for (guint i = ctx->draft->figures->len; i > 0; i--)
    {
      RdDraftFigure *before = g_ptr_array_index (ctx->draft->figures, i - 1);
      if (before->src_end <= f->start && before->src_end > clause_start)
        {
          segment_start = before->src_end;
          break;
        }
    }
  if (segment_start > clause_start)
    after_qualifier (ctx, segment_start, &segment_start);
  /* 投资70亿元的株洲信息港、投资50亿元的奇点汽车: the last item names it. */
  for (int i = f->start - 1; i > segment_start; i--)
    if (u[i] == 0x3001)
      {
        segment_start = i + 1;
        break;
      }

  subject = subject_of (ctx, segment_start, f->start, &verb);
  /* 奇点汽车等27个项目开工: what is counted follows the number. */
  if (name_override == NULL && f->start > 0 && u[f->start - 1] == 0x7B49)
    subject[0] = '\0', segment_start = clause_start;
  if (name_override != NULL)
    {
      g_free (subject);
      subject = g_strdup (name_override);
    }
  else if (*subject == '\0' && ctx->last_subject && segment_start > clause_start)
    {
      g_free (subject);
      subject = g_strdup (ctx->last_subject);
    }
  else if (*subject == '\0')
    {
      /* 23个重大产品创新项目竣工投产: the name follows the figure. */
      int e = f->end, stop = clause_end_of (ctx, f->end);
      g_autofree char *raw = NULL;

      while (e < stop && !rd_is_digit (u[e]) && u[e] != 0x3001 && e - f->end < 16)
        e++;
      raw = rd_ucs4_slice (u, f->end, e);
      g_free (subject);
      subject = clean_name (raw);
      /* 增长13%左右: only a qualifier follows, the name is the one before. */
      for (guint k = 0; k < G_N_ELEMENTS (after_words); k++)
        if (g_str_has_prefix (subject, after_words[k]))
          memmove (subject, subject + strlen (after_words[k]), strlen (subject + strlen (after_words[k])) + 1);
      if (g_str_has_prefix (subject, "的"))
        memmove (subject, subject + 3, strlen (subject + 3) + 1);
      confidence -= 0.15;
      if (*subject == '\0' && ctx->last_subject)
        subject = (g_free (subject), g_strdup (ctx->last_subject));
      /* 固定资产投资突破万亿，达到1.14万亿元: the clause before names it. */
      if (*subject == '\0')
        {
          g_free (subject);
          subject = subject_of_clause_before (ctx, clause_start, sentence_start);
        }
    }
  /* 地区生产总值迈上新台阶，总量突破5万亿元: 总量 is the clause before's. */
  if (name_override == NULL && (g_str_equal (subject, "总量") || g_str_equal (subject, "规模") ||
                                g_str_equal (subject, "总额") || g_str_equal (subject, "增速")))
    {
      g_autofree char *before = subject_of_clause_before (ctx, clause_start, sentence_start);

      if (*before)
        {
          char *named = g_strconcat (before, g_str_equal (subject, "增速") ? "" : subject, NULL);
          g_free (subject);
          subject = named;
        }
    }
  /* 投资70亿元的株洲信息港: the name follows 的. */
  if (name_override == NULL && f->end < ctx->n && u[f->end] == 0x7684 && g_utf8_strlen (subject, -1) <= 2)
    {
      int e = f->end + 1, stop = clause_end_of (ctx, f->end);
      g_autofree char *raw = NULL;
      g_autofree char *noun = NULL;

      while (e < stop && !is_list_separator (u[e]) && u[e] != 0x7B49 /* 等 */ && !rd_is_digit (u[e]) && e - f->end < 12)
        e++;
      raw = rd_ucs4_slice (u, f->end + 1, e);
      noun = clean_name (raw);
      if (*noun)
        {
          char *named = g_strconcat (noun, subject, NULL);
          g_free (subject);
          subject = named;
        }
    }
  if (*subject == '\0')
    confidence -= 0.3;
  if (name_override == NULL)
    {
      g_free (ctx->last_subject);
      ctx->last_subject = g_strdup (subject);
    }
  if (verb == NULL)
    {
      /* The verb may stand before the subject: 完成一般公共预算收入80.2亿元. */
      g_autofree char *segment = rd_ucs4_slice (u, segment_start, f->start);
      g_autofree char *head = rd_ucs4_slice (u, clause_start, f->start);
      static const char *const verbs[] = { "增长", "下降", "减少", "降低", "提高", "提升", "增加", "压减", NULL };

      /* Else the clause's: 分别增长8.1%和8.9%. */
      for (guint i = 0; verbs[i] && verb == NULL; i++)
        if (strstr (segment, verbs[i]))
          verb = g_strdup (verbs[i]);
      for (guint i = 0; verbs[i] && verb == NULL && name_override != NULL; i++)
        if (strstr (head, verbs[i]))
          verb = g_strdup (verbs[i]);
    }

  figure->src_start = f->start;
  figure->src_end = f->end;
  figure->sentence_start = sentence_start;
  figure->sentence_end = sentence_end;
  figure->printed = rd_ucs4_slice (u, f->start, f->end);
  figure->value = f->value;
  figure->value_max = f->value_max;
  figure->unit = g_strdup (f->unit);
  figure->measure = g_strdup (f->measure ? f->measure : measure_of (f->unit, subject, verb, clause, &sure));
  if (!sure)
    confidence -= 0.1;

  /* Qualifiers in printed order. */
  q_clause = clause_qualifier (ctx, clause_start, f->start);
  q_before = before_qualifier (ctx, f->start);
  q_after = after_qualifier (ctx, f->end, &after);
  if (q_clause)
    g_string_append_printf (qualifier, "%s ", q_clause);
  if (q_before)
    g_string_append_printf (qualifier, "%s ", q_before);
  if (f->more)
    g_string_append_printf (qualifier, "%s ", has_word_between (ctx, f->start, f->end, "余") ? "余" : "多");
  if (q_after)
    g_string_append_printf (qualifier, "%s ", q_after);

  /* Actual or target, and the year. */
  this_year = has_word_between (ctx, sentence_start, f->start, "今年") ||
              has_word_between (ctx, sentence_start, f->start, "预期目标") ||
              has_word_between (ctx, sentence_start, f->start, "主要目标") ||
              paragraph_opens_with (ctx, sentence_start, "今年");
  /* 今后五年…和今年的工作: this year's targets stand in a five-year part. */
  multi = (part->multi_year && !this_year) || is_multi_year (ctx, sentence_start, f->start) ||
          /* 连续三年达到两位数增长 (but 连续10年 is itself the figure) */
          (has_word_between (ctx, sentence_start, f->start, "连续") && !g_str_has_suffix (f->unit, "年"));
  year = stated_year (ctx, sentence_start, f->start, &by_year);
  if (year == 0)
    year = paragraph_year (ctx, sentence_start);
  if (year > 0)
    multi = multi && !by_year && year != ctx->draft->year - 1 ? multi : FALSE;
  if (year >= ctx->draft->year || by_year || q_clause || has_word_between (ctx, clause_start, f->start, "预期") ||
      has_word_between (ctx, clause_start, f->start, "目标") || (this_year && year == 0))
    {
      figure->basis = g_strdup (part->part == PART_REVIEW && year > 0 && year < ctx->draft->year && !q_clause ? "actual" : "target");
      figure->year = year > 0 ? year : ctx->draft->year;
    }
  else if (year > 0 && year < ctx->draft->year)
    {
      figure->basis = g_strdup ("actual");
      figure->year = year;
    }
  else if (part->part == PART_REVIEW)
    {
      figure->basis = g_strdup ("actual");
      figure->year = ctx->draft->year - 1;
    }
  else
    {
      figure->basis = g_strdup ("target");
      figure->year = ctx->draft->year;
    }
  if (multi && year == 0)
    {
      g_free (figure->basis);
      figure->basis = g_strdup ("other");
      confidence -= 0.1;
    }
  if (g_str_equal (figure->basis, "actual") && part->part == PART_REVIEW &&
      ((ctx->estimate_from >= 0 && f->start >= ctx->estimate_from) ||
       has_word_between (ctx, sentence_start, f->start, "预计")))
    g_string_append (qualifier, "预计 ");
  if (qualifier->len > 0)
    g_string_truncate (qualifier, qualifier->len - 1);
  figure->qualifier = qualifier->len ? g_string_free (qualifier, FALSE) : (g_string_free (qualifier, TRUE), NULL);

  /* Which indicator, which page. */
  if (!g_str_equal (figure->basis, "other"))
    {
      g_autofree char *prefix = NULL;

      entry = rd_catalog_match (subject, figure->measure, &prefix);
      /* 长株潭地区生产总值: a part of the region, not the region's own;
       * 一点一线地区…，实现GDP3420.9亿元: the same said a clause before. */
      if (entry != NULL && (!prefix_is_the_region (ctx, prefix) ||
                            names_a_part_before (ctx, sentence_start, f->start)))
        {
          entry = NULL;
          confidence -= 0.1;
        }
    }
  if (entry != NULL)
    {
      figure->indicator = g_strdup (entry->key);
      figure->name_en = g_strdup (entry->name_en);
      figure->sector = g_strdup (entry->sector);
      confidence += 0.05;
    }
  else
    {
      const char *sector = rd_catalog_sector_for (subject);

      if (sector == NULL)
        sector = rd_catalog_sector_for (sentence);
      if (sector == NULL)
        sector = rd_catalog_sector_for (section_title_at (ctx, f->start));
      figure->sector = g_strdup (sector ? sector : "overview");
    }
  if (g_str_equal (figure->measure, "growth") && *subject && !g_str_has_suffix (subject, "增长") &&
      !strstr (subject, "增速") && !strstr (subject, "增幅") && !strstr (subject, "涨幅"))
    figure->name_zh = g_strconcat (subject, "增长", NULL);
  else if (g_str_equal (figure->measure, "reduction") && *subject && verb && !g_str_has_suffix (subject, verb))
    figure->name_zh = g_strconcat (subject, verb, NULL);
  else
    figure->name_zh = g_strdup (*subject ? subject : figure->printed);
  if (*f->unit == '\0')
    confidence -= 0.2;
  if (shared)
    confidence -= 0.05;
  figure->confidence = CLAMP (confidence, 0.05, 1.0);
  g_ptr_array_add (ctx->draft->figures, figure);
  ctx->clause_figures++;
}

/* Adds @f once, or once a subject where "A、B分别/双双/均" share it. */
static void
add_found (Ctx *ctx, const Found *f)
{
  int clause_start = clause_start_of (ctx, f->start);
  int together = find_word_between (ctx, clause_start, f->start, "分别");
  int both = find_word_between (ctx, clause_start, f->start, "双双");

  if (both < 0)
    both = find_word_between (ctx, clause_start, f->start, "均");
  if (together >= 0 || both >= 0)
    {
      int mark = together >= 0 ? together : both;
      g_autofree char *verb = NULL;
      g_autofree char *list = subject_of (ctx, clause_start, mark, &verb);
      g_autoptr(GPtrArray) subjects = split_subjects (list, together >= 0);

      if (subjects->len >= 2 && together >= 0)
        {
          /* The k-th figure after 分别 in this clause is the k-th subject's. */
          guint k = 0;

          for (guint i = 0; i < ctx->draft->figures->len; i++)
            {
              RdDraftFigure *before = g_ptr_array_index (ctx->draft->figures, i);
              if (before->src_start > together && before->src_start < f->start)
                k++;
            }
          add_figure (ctx, f, g_ptr_array_index (subjects, MIN (k, subjects->len - 1)), FALSE);
          return;
        }
      if (subjects->len == 0 && together >= 0)
        {
          /* 城镇居民收入28663元、农民收入12398元，分别增长10.6%和13%: the figures
           * of the clause before name the ones after 分别, in order. */
          guint k = 0, after = 0, first = G_MAXUINT;
          int sentence_start, sentence_end, clause_end = clause_end_of (ctx, f->start);

          sentence_of (ctx, f->start, &sentence_start, &sentence_end);
          for (int i = together; i < clause_end; i++)
            if (rd_is_digit (ctx->u[i]) && !rd_is_digit (ctx->u[i - 1]) && ctx->u[i - 1] != '.' && ctx->u[i - 1] != 0xFF0E)
              after++;
          for (guint i = 0; i < ctx->draft->figures->len; i++)
            {
              RdDraftFigure *before = g_ptr_array_index (ctx->draft->figures, i);
              if (before->src_start > together && before->src_start < f->start)
                k++;
            }
          for (guint i = ctx->draft->figures->len; i > 0 && after > 0; i--)
            {
              RdDraftFigure *before = g_ptr_array_index (ctx->draft->figures, i - 1);
              if (before->src_end <= clause_start && before->src_start >= sentence_start)
                {
                  first = i - 1;
                  if (--after == 0)
                    break;
                }
            }
          if (first != G_MAXUINT && after == 0 && first + k < ctx->draft->figures->len)
            {
              g_autofree char *name = g_strdup (((RdDraftFigure *) g_ptr_array_index (ctx->draft->figures, first + k))->name_zh);
              add_figure (ctx, f, name, FALSE);
              return;
            }
        }
      if (subjects->len >= 2 && both >= 0)
        {
          for (guint i = 0; i < subjects->len; i++)
            add_figure (ctx, f, g_ptr_array_index (subjects, i), TRUE);
          return;
        }
    }
  /* 一般公共预算收入和税收收入力争两位数增长: one figure for each indicator named. */
  {
    g_autofree char *verb = NULL;
    int segment_start = clause_start;
    g_autofree char *list = NULL;
    g_autoptr(GPtrArray) subjects = NULL;
    gboolean sure;
    const char *measure;
    guint known = 0;

    for (guint i = 0; i < ctx->draft->figures->len; i++)
      {
        RdDraftFigure *before = g_ptr_array_index (ctx->draft->figures, i);
        if (before->src_end <= f->start && before->src_end > segment_start)
          segment_start = before->src_end;
      }
    list = subject_of (ctx, segment_start, f->start, &verb);
    subjects = split_subjects (list, FALSE);
    measure = f->measure ? f->measure : measure_of (f->unit, list, verb, list, &sure);
    for (guint i = 0; subjects->len >= 2 && i < subjects->len; i++)
      if (rd_catalog_match (g_ptr_array_index (subjects, i), measure, NULL) != NULL)
        known++;
    if (subjects->len >= 2 && known == subjects->len)
      {
        for (guint i = 0; i < subjects->len; i++)
          add_figure (ctx, f, g_ptr_array_index (subjects, i), TRUE);
        return;
      }
  }
  add_figure (ctx, f, NULL, FALSE);
}

/* 6.9：44.8：48.3 — each part its own share figure. Returns the end. */
static int
read_ratio (Ctx *ctx, const RdNumber *first)
{
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (RdNumber));
  int pos = first->digits_end, end;
  static const char *const industries[] = { "第一产业", "第二产业", "第三产业" };
  g_autofree char *verb = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *clause = NULL;

  g_array_append_val (parts, *first);
  while (pos + 1 < ctx->n && is_ratio_colon (ctx->u[pos]) && rd_is_digit (ctx->u[pos + 1]))
    {
      RdNumber next;

      rd_number_scan (ctx->u, ctx->n, pos + 1, &next);
      g_free (next.unit);
      next.unit = NULL;
      next.end = next.digits_end;
      g_array_append_val (parts, next);
      pos = next.digits_end;
    }
  subject = subject_of (ctx, clause_start_of (ctx, first->start), first->start, &verb);
  clause = rd_ucs4_slice (ctx->u, clause_start_of (ctx, first->start), first->start);
  if (parts->len < 3 && !strstr (subject, "比") && !strstr (subject, "结构"))
    {
      g_array_free (parts, TRUE);
      return -1;
    }
  for (guint i = 0; i < parts->len; i++)
    {
      const RdNumber *part = &g_array_index (parts, RdNumber, i);
      Found f = { part->start, part->digits_end, part->value, part->value, "", FALSE, "share", 0.8 };
      g_autofree char *name = NULL;

      if (parts->len == 3 && (strstr (subject, "产业") || strstr (clause, "三次产业") || strstr (clause, "产业结构")))
        name = g_strconcat (industries[i], "占比", NULL);
      else
        name = g_strdup_printf ("%s（%u/%u）", *subject ? subject : "比例", i + 1, parts->len);
      add_figure (ctx, &f, name, FALSE);
    }
  end = g_array_index (parts, RdNumber, parts->len - 1).digits_end;
  g_array_free (parts, TRUE);
  return end;
}

static gboolean
month_after_dash (const Ctx *ctx, int pos)
{
  int e = pos;

  while (e < ctx->n && e - pos < 2 && rd_is_digit (ctx->u[e]))
    e++;
  return e > pos && e < ctx->n && ctx->u[e] == 0x6708; /* 月 */
}

/* 居全市第一, 排名全省第3: a verb of ranking shortly before @pos, in its clause. */
static gboolean
ranked_before (const Ctx *ctx, int pos)
{
  static const char *const rank_verbs[] = { "居", "保持", "进入", "位列", "排名", "排", "跻身", "稳居", "跃居", "挺进", "列", "名列", "位次" };
  int clause_start = clause_start_of (ctx, pos);

  for (guint i = 0; i < G_N_ELEMENTS (rank_verbs); i++)
    for (int k = MAX (clause_start, pos - 10); k < pos; k++)
      if (rd_ucs4_has_word (ctx->u, ctx->n, k, rank_verbs[i]))
        return TRUE;
  return FALSE;
}

/* A run of digits at @pos: returns where reading goes on. */
static int
read_digits (Ctx *ctx, int pos)
{
  const gunichar *u = ctx->u;
  RdNumber num;
  int next_pos, line_start = pos;
  const char *reason;
  gunichar prev = pos > 0 ? u[pos - 1] : 0, next;

  rd_number_scan (u, ctx->n, pos, &num);
  next = num.digits_end < ctx->n ? u[num.digits_end] : 0;

  while (line_start > 0 && (u[line_start - 1] == ' ' || u[line_start - 1] == 0x3000 || u[line_start - 1] == '\t'))
    line_start--;

  /* GDP1960亿元 is a figure; G60, PM2.5, 5G are names. */
  if ((is_ascii_letter (prev) && *num.unit == '\0') || (is_ascii_letter (next) && *num.unit == '\0') || prev == '+' || prev == 0xFF0B ||
      next == '+' || next == 0xFF0B || (prev == '.' && pos >= 2 && is_ascii_letter (u[pos - 2])))
    {
      int s = token_start (ctx, pos), e = token_end (ctx, pos);
      exclude (ctx, s, MAX (e, num.digits_end), "name with letters or a formula (5G, PM2.5, 1+7+4)");
      next_pos = MAX (e, num.digits_end);
    }
  else if (is_year_at (ctx, &num) ||
           (*num.unit == '\0' && num.digits_end - pos == 4 && num.value >= 1949 && num.value <= 2100 &&
            (prev == 0x5230 || prev == 0x81F3))) /* 到2030 */
    {
      exclude (ctx, pos, num.digits_end, "year");
      next_pos = num.digits_end;
    }
  else if (*num.unit == '\0' && next != 0 && is_dash (next) && num.value >= 1 && num.value <= 12 &&
           month_after_dash (ctx, num.digits_end + 1))
    {
      /* 1—11月, 1至9月: months of the year. */
      exclude (ctx, pos, num.digits_end, "date");
      next_pos = num.digits_end;
    }
  else if ((next == 0x6708 && num.value >= 1 && num.value <= 12) || /* 月 */
           (next == 0x65E5 && num.value >= 1 && num.value <= 31 && prev == 0x6708)) /* 日 */
    {
      exclude (ctx, pos, num.digits_end + 1, "date");
      next_pos = num.digits_end + 1;
    }
  else if ((line_start == 0 || u[line_start - 1] == '\n') &&
           (next == 0x3001 || ((next == '.' || next == 0xFF0E) && !rd_is_digit (num.digits_end + 1 < ctx->n ? u[num.digits_end + 1] : 0))))
    {
      exclude (ctx, pos, num.digits_end + 1, "list number");
      next_pos = num.digits_end + 1;
    }
  else if (*num.unit == '\0' && (next == 0x3001 || next == '.' || next == 0xFF0E) && num.value < 100 &&
           num.value == (int) num.value && num.digits_end + 1 < ctx->n && rd_is_han (u[num.digits_end + 1]) &&
           !rd_is_digit (prev))
    {
      /* …。12、实施农村高速宽带网络覆盖工程: a list number inside a line. */
      exclude (ctx, pos, num.digits_end + 1, "list number");
      next_pos = num.digits_end + 1;
    }
  else if ((prev == 0xFF08 || prev == '(') && (next == 0xFF09 || next == ')') && num.value < 100)
    {
      exclude (ctx, pos - 1, num.digits_end + 1, "list number");
      next_pos = num.digits_end + 1;
    }
  else if (prev == 0x7B2C /* 第 */ && !g_str_has_suffix (num.unit, "位") && !g_str_has_suffix (num.unit, "名") &&
           !(*num.unit == '\0' && ranked_before (ctx, pos - 1)))
    {
      exclude (ctx, pos - 1, num.digits_end, "ordinal (第3届, 第2批)");
      next_pos = num.digits_end;
    }
  else if ((reason = name_suffix_reason (ctx, num.digits_end)) != NULL ||
           (*num.unit == '\0' && name_suffix_reason (ctx, num.end) != NULL))
    {
      exclude (ctx, pos, num.digits_end, reason ? reason : name_suffix_reason (ctx, num.end));
      next_pos = num.digits_end;
    }
  else if (*num.unit == '\0' && !num.more && rd_is_han (next) && next != 0x548C && next != 0x53CA &&
           next != 0x4E0E && next != 0x7684 && next != 0x81F3 && next != 0x5230 && next != 0x4EE5 &&
           next != 0x4E07 && next != 0x4EBF)
    {
      /* 630攻坚, 12345热线: digits that are part of a name. 和及与的至到以万亿 go on. */
      exclude (ctx, pos, num.digits_end, "name with digits (630攻坚)");
      next_pos = num.digits_end;
    }
  else if (in_quotes (ctx, pos, num.end))
    {
      exclude (ctx, pos, num.digits_end, "name in quotes (“5个100”)");
      next_pos = num.digits_end;
    }
  else if (is_threshold (ctx, &num))
    {
      exclude (ctx, pos, num.end, "threshold in the name of a category (50亿元以上项目)");
      next_pos = num.end;
    }
  else if (*num.unit == '\0' && next != 0 && is_ratio_colon (next) && num.digits_end + 1 < ctx->n &&
           rd_is_digit (u[num.digits_end + 1]) && (next_pos = read_ratio (ctx, &num)) > 0)
    ;
  else
    {
      Found f = { prev == 0x7B2C || prev == 0x524D ? pos - 1 : pos, num.end, num.value, num.value,
                  num.unit, num.more, NULL, 0.9 };
      g_autofree char *unit2 = NULL;

      if (prev == 0x7B2C || prev == 0x524D) /* 第3位, 前30位 */
        f.measure = "rank";
      /* 增长-2.5%: a minus sign after a word (not 2018-2019) is the figure's. */
      else if ((prev == '-' || prev == 0xFF0D || prev == 0x2212) && pos >= 2 && rd_is_han (u[pos - 2]))
        {
          f.start = pos - 1;
          f.value = f.value_max = -num.value;
        }
      /* A range: 7.5%—8%, 7—7.5%, 5%至6%. */
      if (num.end + 1 < ctx->n && is_dash (u[num.end]) && rd_is_digit (u[num.end + 1]))
        {
          RdNumber high;

          rd_number_scan (u, ctx->n, num.end + 1, &high);
          if (high.value > num.value && (*num.unit == '\0' || g_str_equal (num.unit, high.unit)) && *high.unit)
            {
              f.end = high.end;
              f.value_max = high.value;
              f.unit = unit2 = g_strdup (high.unit);
              f.more = f.more || high.more;
            }
          rd_number_clear (&high);
        }
      add_found (ctx, &f);
      next_pos = f.end;
    }
  rd_number_clear (&num);
  return next_pos;
}

/* 前三, 第一, 两位数, 翻一番, 百强: figures in Chinese numerals. */
static int
read_chinese (Ctx *ctx, int pos)
{
  const gunichar *u = ctx->u;
  int e, v;
  gboolean ranked = ranked_before (ctx, pos);

  if ((u[pos] == 0x524D || u[pos] == 0x7B2C) && ranked) /* 前 第 */
    {
      v = rd_chinese_numeral (u, ctx->n, pos + 1, &e);
      if (v > 0 && e > pos + 1)
        {
          gunichar after = e < ctx->n ? u[e] : 0;
          Found f = { pos, e, v, v, "位", FALSE, "rank", 0.75 };

          if (after == 0x4F4D || after == 0x540D) /* 位 名 */
            f.end = e + 1;
          else if (after == 0x7532) /* 甲 */
            f.end = e + 1;
          else if (rd_is_han (after) && after != 0x3001 && after != 0x7684 && after != 0x548C) /* a noun: 第一产业 */
            return pos + 1;
          add_found (ctx, &f);
          return f.end;
        }
    }
  if (rd_ucs4_has_word (u, ctx->n, pos, "两位数"))
    {
      Found f = { pos, pos + 3, 10, 10, "%", FALSE, "growth", 0.7 };
      add_found (ctx, &f);
      return f.end;
    }
  if (rd_ucs4_has_word (u, ctx->n, pos, "翻一番") || rd_ucs4_has_word (u, ctx->n, pos, "翻两番"))
    {
      Found f = { pos, pos + 3, u[pos + 1] == 0x4E00 ? 100 : 300, 0, "%", FALSE, "growth", 0.7 };
      f.value_max = f.value;
      add_found (ctx, &f);
      return f.end;
    }
  if (rd_ucs4_has_word (u, ctx->n, pos, "百强") &&
      (has_word_between (ctx, pos - 4, pos, "进") || has_word_between (ctx, pos - 4, pos, "入") ||
       has_word_between (ctx, pos - 4, pos, "跻身")) &&
      !(pos + 2 < ctx->n && rd_is_han (u[pos + 2]) && u[pos + 2] != 0x533A && u[pos + 2] != 0x53BF &&
        u[pos + 2] != 0x5E02 && u[pos + 2] != 0x884C)) /* 区 县 市 行(列) */
    {
      Found f = { pos, pos + 2, 100, 100, "位", FALSE, "rank", 0.7 };
      add_found (ctx, &f);
      return f.end;
    }
  return pos + 1;
}

/* A report states an indicator's value for a year once, in its headline
 * sentence; a later figure keyed the same with another value is a part's
 * (长株潭的龙头作用显现，实现GDP增长14％ after 全省增长12％): it keeps its name
 * but not the key, and its confidence drops. */
static void
keep_first_reading (RdReportDraft *draft)
{
  g_autoptr(GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < draft->figures->len; i++)
    {
      RdDraftFigure *f = g_ptr_array_index (draft->figures, i);
      g_autofree char *key = NULL;
      RdDraftFigure *before;

      if (f->indicator == NULL)
        continue;
      key = g_strdup_printf ("%s/%d/%s", f->indicator, f->year, f->basis);
      before = g_hash_table_lookup (first, key);
      if (before == NULL)
        g_hash_table_insert (first, g_steal_pointer (&key), f);
      else if (before->value != f->value || before->value_max != f->value_max)
        {
          g_clear_pointer (&f->indicator, g_free);
          g_clear_pointer (&f->name_en, g_free);
          f->confidence = MAX (0.05, f->confidence - 0.3);
        }
    }
}

void
rd_extract_figures (RdReportDraft *draft)
{
  glong n = 0;
  g_autofree gunichar *u = g_utf8_to_ucs4_fast (draft->text ? draft->text : "", -1, &n);
  Ctx ctx = { u, (int) n, draft, NULL, -1, -1, 0, NULL };
  int pos = 0;

  g_ptr_array_set_size (draft->figures, 0);
  g_ptr_array_set_size (draft->exclusions, 0);
  find_parts (&ctx);
  {
    /* 增长3.8%（预计数，下同）: from the sentence that says so. */
    int mark = find_word_between (&ctx, 0, ctx.n, "预计数"), end;

    if (mark >= 0)
      sentence_of (&ctx, mark, &ctx.estimate_from, &end);
  }

  while (pos < ctx.n)
    {
      gunichar c = u[pos];

      if (rd_is_digit (c))
        pos = read_digits (&ctx, pos);
      else if (c == 0x524D || c == 0x7B2C || c == 0x4E24 || c == 0x7FFB || c == 0x767E) /* 前 第 两 翻 百 */
        pos = read_chinese (&ctx, pos);
      else
        pos++;
      if (rd_is_sentence_end (c))
        {
          g_clear_pointer (&ctx.last_subject, g_free);
        }
    }
  g_array_free (ctx.parts, TRUE);
  g_free (ctx.last_subject);
  keep_first_reading (draft);
}
