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
#include "rd-extract-private.h"
#include "rd-number.h"

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
  if (e + 1 < ctx->n && rd_extract_is_dash (u[e]) && rd_is_digit (u[e + 1]))
    return TRUE;
  if (num->start >= 2 && rd_extract_is_dash (u[num->start - 1]) && rd_is_digit (u[num->start - 2]))
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

  /* 培育10家主营业务收入过100亿元企业, 年销售过1000亿元的城市商圈: a category. */
  if (num->start > 0 && ctx->u[num->start - 1] == 0x8FC7 /* 过 */ && i < ctx->n && rd_is_han (ctx->u[i]) &&
      !rd_extract_is_list_separator (ctx->u[i]) && !rd_ucs4_has_word (ctx->u, ctx->n, i, "以上") &&
      !rd_ucs4_has_word (ctx->u, ctx->n, i, "左右"))
    return TRUE;
  if (rd_ucs4_has_word (ctx->u, ctx->n, i, "及以上"))
    i += 3;
  else if (rd_ucs4_has_word (ctx->u, ctx->n, i, "以上") || rd_ucs4_has_word (ctx->u, ctx->n, i, "以下"))
    i += 2;
  else
    return FALSE;
  if (i >= ctx->n || !rd_is_han (ctx->u[i]) || rd_extract_is_list_separator (ctx->u[i]) || ctx->u[i] == 0x7684 /* 的 */)
    return ctx->u[i] == 0x7684 && i + 1 < ctx->n && rd_is_han (ctx->u[i + 1]) &&
           rd_extract_clause_end_of (ctx, i) > i + 1 &&
           rd_extract_has_word_between (ctx, i, rd_extract_clause_end_of (ctx, i), "个");
  /* A verb after it ends the figure (增长20%以上并…) — a noun starts a category. */
  if (rd_ucs4_has_word (ctx->u, ctx->n, i, "并") || rd_ucs4_has_word (ctx->u, ctx->n, i, "且"))
    return FALSE;
  clause_end = rd_extract_clause_end_of (ctx, i);
  for (int k = i; k < clause_end; k++)
    if (rd_is_digit (ctx->u[k]))
      return TRUE;
  /* 亿元以上项目 without a count after it is still a category (引进亿元以上项目). */
  return g_str_has_suffix (num->unit, "元");
}

/* ---- names, measures, qualifiers ---------------------------------------------------------- */

/* ---- figures ------------------------------------------------------------------------------ */

/* The words after a figure, up to a digit, 、 or the clause's end: what a
 * count counts (23个重大产品创新项目). A qualifier or 的 first is not. */
static char *
noun_after (Ctx *ctx, const Found *f)
{
  const gunichar *u = ctx->u;
  int e = f->end, stop = rd_extract_clause_end_of (ctx, f->end);
  g_autofree char *raw = NULL;
  char *noun;

  while (e < stop && !rd_is_digit (u[e]) && u[e] != 0x3001 && e - f->end < 16)
    e++;
  raw = rd_ucs4_slice (u, f->end, e);
  noun = rd_extract_clean_name (raw);
  /* 增长13%左右: only a qualifier follows, the name is the one before. */
  for (guint k = 0; k < G_N_ELEMENTS (rd_extract_after_words); k++)
    if (g_str_has_prefix (noun, rd_extract_after_words[k]))
      memmove (noun, noun + strlen (rd_extract_after_words[k]), strlen (noun + strlen (rd_extract_after_words[k])) + 1);
  if (g_str_has_prefix (noun, "的"))
    memmove (noun, noun + 3, strlen (noun + 3) + 1);
  return noun;
}

/* A verb of action alone, whose object is what a count counts. */
static gboolean
is_bare_verb (const char *subject)
{
  static const char *const verbs[] = {
    "促进", "推动", "带动", "支持", "扶持", "培育", "打造", "建成", "新建", "建设", "实施", "出台",
    "落实", "开工", "引进", "组建", "认定", "创建", "获批", "帮助", "吸引", "举办", "开展", "新增",
    "新开工", "竣工", "淘汰", "关停", "整治", "改造", "招引", "培训", "安置", "资助", "救助", "签约",
  };

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (subject, verbs[i]))
      return TRUE;
  return FALSE;
}

/* A unit that only counts (个, 项, 家 …): the thing counted follows it. */
static gboolean
is_counter (const char *unit)
{
  static const char *const counters[] = {
    "个", "项", "家", "条", "座", "所", "批", "处", "台", "套", "部", "场", "名", "户", "支", "只",
  };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (counters); i++)
    if (g_str_equal (unit, counters[i]))
      return TRUE;
  return FALSE;
}

static gboolean names_a_measure (const char *verb);

static void
add_figure (Ctx *ctx, const Found *f, const char *name_override, gboolean shared)
{
  const gunichar *u = ctx->u;
  RdDraftFigure *figure = rd_draft_figure_new ();
  int clause_start = rd_extract_clause_start_of (ctx, f->start), sentence_start, sentence_end, after;
  const PartSpan *part = rd_extract_part_at (ctx, f->start);
  g_autofree char *verb = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *clause = NULL;
  g_autofree char *sentence = NULL;
  const char *q_clause, *q_before, *q_after;
  GString *qualifier = g_string_new (NULL);
  const RdCatalogEntry *entry = NULL;
  gboolean sure = TRUE, by_year, multi, this_year, inherited = FALSE;
  int year;
  double confidence = f->confidence;
  int segment_start;

  rd_extract_sentence_of (ctx, f->start, &sentence_start, &sentence_end);
  clause = rd_ucs4_slice (u, clause_start, rd_extract_clause_end_of (ctx, f->end));
  sentence = rd_ucs4_slice (u, sentence_start, sentence_end);

  /* The words since the figure before it in this clause name it. */
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
    rd_extract_after_qualifier (ctx, segment_start, &segment_start);
  /* 投资70亿元的株洲信息港、投资50亿元的奇点汽车: the last item names it. */
  for (int i = f->start - 1; i > segment_start; i--)
    if (u[i] == 0x3001)
      {
        segment_start = i + 1;
        break;
      }

  subject = rd_extract_subject_of (ctx, segment_start, f->start, &verb);
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
      inherited = TRUE;
    }
  else if (*subject == '\0' || (is_bare_verb (subject) && is_counter (f->unit)))
    {
      /* 23个重大产品创新项目竣工投产: the name follows the figure. So does
       * the object of a bare verb: 促进20个工业新兴优势产业链. */
      g_autofree char *bare_verb = *subject ? g_strdup (subject) : NULL;
      g_autofree char *object = noun_after (ctx, f);

      g_free (subject);
      if (bare_verb == NULL)
        subject = g_steal_pointer (&object);
      else
        subject = *object ? g_strconcat (bare_verb, object, NULL) : g_steal_pointer (&bare_verb);
      confidence -= 0.15;
      if (*subject == '\0' && ctx->last_subject)
        subject = (g_free (subject), g_strdup (ctx->last_subject)), inherited = TRUE;
      /* 固定资产投资突破万亿，达到1.14万亿元: the clause before names it. */
      if (*subject == '\0')
        {
          g_free (subject);
          subject = rd_extract_subject_of_clause_before (ctx, clause_start, sentence_start);
        }
    }
  /* 地区生产总值迈上新台阶，总量突破5万亿元: 总量 is the clause before's. */
  /* 税收收入10.3亿元，占比67.8%: the share is of the figure before. */
  if (name_override == NULL && (g_str_equal (subject, "占比") || g_str_equal (subject, "比重")) && ctx->last_subject &&
      *ctx->last_subject)
    {
      char *named = g_strconcat (ctx->last_subject, subject, NULL);
      g_free (subject);
      subject = named;
    }
  if (name_override == NULL && (g_str_equal (subject, "总量") || g_str_equal (subject, "规模") ||
                                g_str_equal (subject, "总额") || g_str_equal (subject, "增速")))
    {
      g_autofree char *before = rd_extract_subject_of_clause_before (ctx, clause_start, sentence_start);

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
      int e = f->end + 1, stop = rd_extract_clause_end_of (ctx, f->end);
      g_autofree char *raw = NULL;
      g_autofree char *noun = NULL;

      while (e < stop && !rd_extract_is_list_separator (u[e]) && u[e] != 0x7B49 /* 等 */ && !rd_is_digit (u[e]) && e - f->end < 12)
        e++;
      raw = rd_ucs4_slice (u, f->end + 1, e);
      noun = rd_extract_clean_name (raw);
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
  /* 增长6.5%左右，力争7%: the second shares the first's name and measure. */
  if (f->measure == NULL && !names_a_measure (verb) && inherited && ctx->last_measure != NULL &&
      g_strcmp0 (ctx->last_unit, f->unit) == 0)
    figure->measure = g_strdup (ctx->last_measure);
  else
    figure->measure = g_strdup (f->measure ? f->measure : rd_extract_measure_of (f->unit, subject, verb, clause, &sure));
  if (name_override == NULL)
    {
      g_free (ctx->last_measure);
      g_free (ctx->last_unit);
      ctx->last_measure = g_strdup (figure->measure);
      ctx->last_unit = g_strdup (f->unit);
    }
  if (!sure)
    confidence -= 0.1;

  /* Qualifiers in printed order. */
  q_clause = rd_extract_clause_qualifier (ctx, clause_start, f->start);
  q_before = rd_extract_before_qualifier (ctx, f->start);
  q_after = rd_extract_after_qualifier (ctx, f->end, &after);
  if (q_clause)
    g_string_append_printf (qualifier, "%s ", q_clause);
  if (q_before)
    g_string_append_printf (qualifier, "%s ", q_before);
  if (f->more)
    g_string_append_printf (qualifier, "%s ", rd_extract_has_word_between (ctx, f->start, f->end, "余") ? "余" : "多");
  if (q_after)
    g_string_append_printf (qualifier, "%s ", q_after);

  /* Actual or target, and the year. */
  this_year = rd_extract_has_word_between (ctx, sentence_start, f->start, "今年") ||
              rd_extract_has_word_between (ctx, sentence_start, f->start, "预期目标") ||
              rd_extract_has_word_between (ctx, sentence_start, f->start, "主要目标") ||
              rd_extract_paragraph_opens_with (ctx, sentence_start, "今年");
  /* 今后五年…和今年的工作: this year's targets stand in a five-year part. */
  multi = (part->multi_year && !this_year) || rd_extract_is_multi_year (ctx, sentence_start, f->start) ||
          /* 连续三年达到两位数增长 (but 连续10年 is itself the figure) */
          (rd_extract_has_word_between (ctx, sentence_start, f->start, "连续") && !g_str_has_suffix (f->unit, "年"));
  year = rd_extract_stated_year (ctx, sentence_start, f->start, &by_year);
  if (year == 0)
    year = rd_extract_paragraph_year (ctx, sentence_start);
  if (year > 0)
    multi = multi && !by_year && year != ctx->draft->year - 1 ? multi : FALSE;
  if (year >= ctx->draft->year || by_year || q_clause || rd_extract_has_word_between (ctx, clause_start, f->start, "预期目标") ||
      rd_extract_has_word_between (ctx, clause_start, f->start, "目标") || (this_year && year == 0))
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
       rd_extract_has_word_between (ctx, sentence_start, f->start, "预计")))
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
      if (entry != NULL && (!rd_extract_prefix_is_the_region (ctx, prefix) ||
                            rd_extract_names_a_part_before (ctx, sentence_start, f->start)))
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
        sector = rd_catalog_sector_for (rd_extract_section_title_at (ctx, f->start));
      figure->sector = g_strdup (sector ? sector : "overview");
    }
  if (g_str_equal (figure->measure, "growth") && *subject && !g_str_has_suffix (subject, "增长") &&
      !strstr (subject, "增速") && !strstr (subject, "增幅") && !strstr (subject, "涨幅"))
    figure->name_zh = g_strconcat (subject, "增长", NULL);
  else if (g_str_equal (figure->measure, "reduction") && *subject && verb && strstr (subject, verb) == NULL)
    figure->name_zh = g_strconcat (subject, verb, NULL);
  else
    figure->name_zh = g_strdup (*subject ? subject : figure->printed);
  if (*f->unit == '\0')
    confidence -= 0.2;
  if (shared)
    confidence -= 0.05;
  figure->confidence = CLAMP (confidence, 0.05, 1.0);
  g_ptr_array_add (ctx->draft->figures, figure);
}

/* Adds @f once, or once a subject where "A、B分别/双双/均" share it. */
static void
add_found (Ctx *ctx, const Found *f)
{
  int clause_start = rd_extract_clause_start_of (ctx, f->start);
  int together = rd_extract_find_word_between (ctx, clause_start, f->start, "分别");
  int both = rd_extract_find_word_between (ctx, clause_start, f->start, "双双");

  if (both < 0)
    both = rd_extract_find_word_between (ctx, clause_start, f->start, "均");
  if (together >= 0 || both >= 0)
    {
      int mark = together >= 0 ? together : both;
      g_autofree char *verb = NULL;
      g_autofree char *list = rd_extract_subject_of (ctx, clause_start, mark, &verb);
      g_autoptr(GPtrArray) subjects = rd_extract_split_subjects (list, together >= 0);

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
          int sentence_start, sentence_end, clause_end = rd_extract_clause_end_of (ctx, f->start);

          rd_extract_sentence_of (ctx, f->start, &sentence_start, &sentence_end);
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
    list = rd_extract_subject_of (ctx, segment_start, f->start, &verb);
    subjects = rd_extract_split_subjects (list, FALSE);
    measure = f->measure ? f->measure : rd_extract_measure_of (f->unit, list, verb, list, &sure);
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
  double total = 0;

  g_array_append_val (parts, *first);
  while (pos + 1 < ctx->n && rd_extract_is_ratio_colon (ctx->u[pos]) && rd_is_digit (ctx->u[pos + 1]))
    {
      RdNumber next;

      rd_number_scan (ctx->u, ctx->n, pos + 1, &next);
      g_free (next.unit);
      next.unit = NULL;
      next.end = next.digits_end;
      g_array_append_val (parts, next);
      pos = next.digits_end;
    }
  subject = rd_extract_subject_of (ctx, rd_extract_clause_start_of (ctx, first->start), first->start, &verb);
  clause = rd_ucs4_slice (ctx->u, rd_extract_clause_start_of (ctx, first->start), first->start);
  if (parts->len < 3 && !strstr (subject, "比") && !strstr (subject, "结构"))
    {
      g_array_free (parts, TRUE);
      return -1;
    }
  /* Parts that add up to 100 are per cent of the whole: 8.5∶39.7∶51.8. */
  for (guint i = 0; i < parts->len; i++)
    total += g_array_index (parts, RdNumber, i).value;
  for (guint i = 0; i < parts->len; i++)
    {
      const RdNumber *part = &g_array_index (parts, RdNumber, i);
      Found f = { part->start, part->digits_end, part->value, part->value,
                  fabs (total - 100) <= 0.5 ? "%" : "", FALSE, "share", 0.8 };
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
  int clause_start = rd_extract_clause_start_of (ctx, pos);

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
  if ((rd_extract_is_ascii_letter (prev) && *num.unit == '\0') || (rd_extract_is_ascii_letter (next) && *num.unit == '\0') || prev == '+' || prev == 0xFF0B ||
      next == '+' || next == 0xFF0B || (prev == '.' && pos >= 2 && rd_extract_is_ascii_letter (u[pos - 2])))
    {
      int s = rd_extract_token_start (ctx, pos), e = rd_extract_token_end (ctx, pos);
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
  else if (*num.unit == '\0' && next != 0 && rd_extract_is_dash (next) && num.value >= 1 && num.value <= 12 &&
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
  else if (*num.unit == '\0' && next != 0 && rd_extract_is_ratio_colon (next) && num.digits_end + 1 < ctx->n &&
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
      /* 高1.0和0.6个百分点, 3、4、5个: a bare number takes the unit the list ends with. */
      if (*num.unit == '\0' && !num.more && num.digits_end + 1 < ctx->n &&
          (u[num.digits_end] == 0x548C || u[num.digits_end] == 0x3001 || u[num.digits_end] == 0x53CA) &&
          rd_is_digit (u[num.digits_end + 1]))
        {
          int k = num.digits_end + 1;
          RdNumber other;

          while (rd_number_scan (u, ctx->n, k, &other))
            {
              gboolean last = *other.unit != '\0';

              if (last)
                {
                  g_free (unit2);
                  f.unit = unit2 = g_strdup (other.unit);
                  f.confidence -= 0.1;
                }
              k = other.end;
              rd_number_clear (&other);
              if (last || k + 1 >= ctx->n || !(u[k] == 0x548C || u[k] == 0x3001 || u[k] == 0x53CA) ||
                  !rd_is_digit (u[k + 1]))
                break;
              k++;
            }
        }
      /* A range: 7.5%—8%, 7—7.5%, 5%至6%. */
      if (num.end + 1 < ctx->n && rd_extract_is_dash (u[num.end]) && rd_is_digit (u[num.end + 1]))
        {
          RdNumber high;

          rd_number_scan (u, ctx->n, num.end + 1, &high);
          if (high.value > num.value && (*num.unit == '\0' || g_str_equal (num.unit, high.unit)) && *high.unit)
            {
              f.end = high.end;
              f.value_max = high.value;
              g_free (unit2);
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
      (rd_extract_has_word_between (ctx, pos - 4, pos, "进") || rd_extract_has_word_between (ctx, pos - 4, pos, "入") ||
       rd_extract_has_word_between (ctx, pos - 4, pos, "跻身")) &&
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
/* A verb that says what a figure measures (增长, 下降, 提高 …), not 力争 or 达到. */
static gboolean
names_a_measure (const char *verb)
{
  static const char *const stems[] = { "增", "降", "减", "提", "升", "涨", "压", "削" };

  for (guint i = 0; verb != NULL && i < G_N_ELEMENTS (stems); i++)
    if (strstr (verb, stems[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_hedged (const RdDraftFigure *f)
{
  static const char *const hedges[] = { "突破", "超过", "近", "约", "多", "余", "左右", "以上", "以内", "以下" };

  for (guint i = 0; f->qualifier != NULL && i < G_N_ELEMENTS (hedges); i++)
    if (strstr (f->qualifier, hedges[i]) != NULL)
      return TRUE;
  return FALSE;
}

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
          /* 突破5000亿元，达到5123.4亿元: the exact figure is the reading. */
          RdDraftFigure *loser = f;

          if (g_str_equal (f->basis, "actual") && is_hedged (before) && !is_hedged (f))
            {
              loser = before;
              g_hash_table_insert (first, g_steal_pointer (&key), f);
            }
          g_clear_pointer (&loser->indicator, g_free);
          g_clear_pointer (&loser->name_en, g_free);
          loser->confidence = MAX (0.05, loser->confidence - 0.3);
        }
    }
}

void
rd_extract_figures (RdReportDraft *draft)
{
  glong n = 0;
  g_autofree gunichar *u = g_utf8_to_ucs4_fast (draft->text ? draft->text : "", -1, &n);
  Ctx ctx = { u, (int) n, draft, NULL, -1, NULL, NULL, NULL };
  int pos = 0;

  g_ptr_array_set_size (draft->figures, 0);
  g_ptr_array_set_size (draft->exclusions, 0);
  rd_extract_find_parts (&ctx);
  {
    /* 增长3.8%（预计数，下同）: from the sentence that says so. */
    int mark = rd_extract_find_word_between (&ctx, 0, ctx.n, "预计数"), end;

    if (mark >= 0)
      rd_extract_sentence_of (&ctx, mark, &ctx.estimate_from, &end);
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
          g_clear_pointer (&ctx.last_measure, g_free);
          g_clear_pointer (&ctx.last_unit, g_free);
        }
    }
  g_array_free (ctx.parts, TRUE);
  g_free (ctx.last_subject);
  g_free (ctx.last_measure);
  g_free (ctx.last_unit);
  keep_first_reading (draft);
}
