/* rd-extract-text.c: clauses, sentences and the names of figures */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <string.h>

#include "rd-catalog.h"
#include "rd-extract-private.h"

gboolean
rd_extract_is_ascii_letter (gunichar c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

gboolean
rd_extract_is_dash (gunichar c)
{
  return c == 0x2014 || c == 0x2013 || c == '-' || c == 0xFF0D || c == '~' || c == 0xFF5E || c == 0x81F3;
  /* — – - － ~ ～ 至 */
}

gboolean
rd_extract_is_ratio_colon (gunichar c)
{
  return c == ':' || c == 0xFF1A || c == 0x2236; /* : ： ∶ */
}

gboolean
rd_extract_is_list_separator (gunichar c)
{
  return c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E; /* 、和及与 */
}

static gboolean
is_clause_boundary (gunichar c)
{
  return rd_is_clause_end (c);
}

int
rd_extract_clause_start_of (const Ctx *ctx, int pos)
{
  while (pos > 0 && !is_clause_boundary (ctx->u[pos - 1]))
    pos--;
  return pos;
}

int
rd_extract_clause_end_of (const Ctx *ctx, int pos)
{
  while (pos < ctx->n && !is_clause_boundary (ctx->u[pos]))
    pos++;
  return pos;
}

void
rd_extract_sentence_of (const Ctx *ctx, int pos, int *start, int *end)
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

gboolean
rd_extract_has_word_between (const Ctx *ctx, int start, int end, const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  for (int i = MAX (start, 0); i + length <= end; i++)
    if (rd_ucs4_has_word (ctx->u, ctx->n, i, word))
      return TRUE;
  return FALSE;
}

int
rd_extract_find_word_between (const Ctx *ctx, int start, int end, const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  for (int i = MAX (start, 0); i + length <= end; i++)
    if (rd_ucs4_has_word (ctx->u, ctx->n, i, word))
      return i;
  return -1;
}

/* The digits (and letters) of a token such as PM2.5, 5G, G60, 1+7+4. */
int
rd_extract_token_end (const Ctx *ctx, int pos)
{
  while (pos < ctx->n && (rd_is_digit (ctx->u[pos]) || rd_extract_is_ascii_letter (ctx->u[pos]) || ctx->u[pos] == '+' ||
                          ctx->u[pos] == 0xFF0B || ctx->u[pos] == '.' || ctx->u[pos] == '-'))
    pos++;
  while (pos > 0 && (ctx->u[pos - 1] == '.' || ctx->u[pos - 1] == '-' || ctx->u[pos - 1] == '+'))
    pos--;
  return pos;
}

int
rd_extract_token_start (const Ctx *ctx, int pos)
{
  while (pos > 0 && (rd_extract_is_ascii_letter (ctx->u[pos - 1]) || rd_is_digit (ctx->u[pos - 1]) ||
                     ctx->u[pos - 1] == '+' || ctx->u[pos - 1] == 0xFF0B || ctx->u[pos - 1] == '.'))
    pos--;
  return pos;
}

static const char *const leading_words[] = {
  "其中", "预计", "要力争", "要确保", "要实现", "将力争", "力争", "确保", "争取", "等", "历史性", "首次", "稳步", "继续", "全年", "全省", "全市", "全区", "全县", "全州", "我省", "我市", "我区", "我县", "今年", "去年", "当年",
  "同比", "比上年", "较上年", "累计", "共计", "合计", "总计", "此外", "同时", "分别", "全面", "实现", "完成",
  "达到", "新增加", "并", "和", "及", "与", "使", "让", "其", "年末", "年底", "末", "共", "都", "均", "在",
};

static const char *const trailing_words[] = {
  "下降至", "下降到", "降至", "降到", "提高到", "提高至", "提升至", "提升到", "上升至", "上升到", "增加到", "增加至",
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
char *
rd_extract_clean_name (const char *raw)
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

const char *const rd_extract_after_words[5] = { "以上", "以内", "以下", "左右", "上下" };

/* The subject between @start and @end: verbs and fillers stripped. The
 * last verb stripped (增长, 下降 …) is returned in @verb. */
/* 新开工5000万元以上项目: the threshold is part of the name. */
static gboolean
in_threshold (const Ctx *ctx, int pos)
{
  for (guint i = ctx->draft->exclusions->len; i > 0; i--)
    {
      const RdDraftExclusion *e = g_ptr_array_index (ctx->draft->exclusions, i - 1);

      if (e->end <= pos)
        break;
      if (e->start <= pos && g_str_has_prefix (e->reason, "threshold"))
        return TRUE;
    }
  return FALSE;
}

char *
rd_extract_subject_of (const Ctx *ctx, int start, int end, char **verb)
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
    if (rd_is_digit (ctx->u[i]) && !in_threshold (ctx, i) &&
        !rd_extract_is_ascii_letter (ctx->u[rd_extract_token_start (ctx, i)]) &&
        !(rd_extract_token_start (ctx, i) > 0 && rd_extract_is_ascii_letter (ctx->u[rd_extract_token_start (ctx, i) - 1])) &&
        !(i + 1 < end && rd_extract_is_ascii_letter (ctx->u[i + 1])))
      {
        start = i + 1;
        break;
      }
  raw = rd_ucs4_slice (ctx->u, start, end);
  name = rd_extract_clean_name (raw);
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
char *
rd_extract_subject_of_clause_before (const Ctx *ctx, int clause_start, int sentence_start)
{
  static const char *const verbs[] = { "突破", "达到", "迈上", "跨上", "跨越", "实现", "增长", "超过", "跃上", "站上",
                                       "首次", "首破", "历史性", "稳居", "保持" };
  int start, end = clause_start - 1;
  g_autofree char *verb = NULL;

  if (end <= sentence_start)
    return g_strdup ("");
  start = rd_extract_clause_start_of (ctx, end);
  for (int i = start; i < end; i++)
    {
      if (rd_is_digit (ctx->u[i]))
        return g_strdup ("");
      for (guint k = 0; k < G_N_ELEMENTS (verbs); k++)
        if (rd_ucs4_has_word (ctx->u, ctx->n, i, verbs[k]))
          return rd_extract_subject_of (ctx, start, i, &verb);
    }
  return g_strdup ("");
}

/* Subjects of "A、B和C分别增长x%、y%和z%". */
GPtrArray *
rd_extract_split_subjects (const char *text,
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
