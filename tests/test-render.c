/* test-render.c: every chart renderer on image surfaces (cairo + Pango, no display) */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rd-dataset.h"
#include "rd-format.h"
#include "rd-render.h"
#include "rd-render-text.h"
#include "rd-test-render.h"

static RdChartData *
make_chart (const double *values,
            guint         n)
{
  RdChartData *data = rd_chart_data_new ("bar", "规模工业增加值与增速", "2018年 · 实际 · 单位：亿元",
                                         "亿元", "来源：2019年天元区（株洲高新区）政府工作报告");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("第%u项很长的中文标签需要换行显示", i + 1);
      rd_chart_data_add_item (data, label, values[i], NULL, label, FALSE, GUINT_TO_POINTER (i + 1));
    }

  return data;
}


static void
check_proportional (int width, int height)
{
  static const double values[] = { 10, 20, 40, 5 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  guint32 mark;
  int heights[G_N_ELEMENTS (values)];
  RdTestDrawn d;

  rd_test_draw (&d, data, NULL, width, height, FALSE);
  mark = rd_test_to_pixel (&d.style.mark);
  g_assert_cmpuint (d.hits->len, ==, G_N_ELEMENTS (values));

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      const RdHitRegion *r = &g_array_index (d.hits, RdHitRegion, i);
      g_assert_cmpuint (r->item, ==, i);
      heights[i] = rd_test_count_color (d.surface, (int) (r->x + r->width / 2), mark);
      g_assert_cmpint (heights[i], >, 0);
    }

  /* Height is proportional to value, to within a pixel of rounding. */
  for (guint i = 1; i < G_N_ELEMENTS (values); i++)
    {
      double expected = heights[0] * values[i] / values[0];
      g_assert_cmpfloat (fabs (heights[i] - expected), <=, 2.0 + expected * 0.02);
    }

  rd_test_drawn_clear (&d);
}

static void
test_bar_proportional_800 (void)
{
  check_proportional (800, 600);
}

static void
test_bar_proportional_1920 (void)
{
  check_proportional (1920, 1080);
}

static void
test_bar_hits (void)
{
  static const double values[] = { 136, 208.4, 10.1 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  RdTestDrawn d;

  rd_test_draw (&d, data, NULL, 640, 400, FALSE);
  for (guint i = 0; i < d.hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (d.hits, RdHitRegion, i);
      int item = rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2);

      g_assert_cmpint (item, ==, (int) i);
      g_assert_cmpfloat (r->x, >=, 0);
      g_assert_cmpfloat (r->x + r->width, <=, 640);
      g_assert_cmpfloat (r->y + r->height, <=, 400);
      g_assert_true (GPOINTER_TO_UINT (g_array_index (data->items, RdChartItem, item).user_data) == i + 1);
    }
  /* The title area and the corners answer for nothing. */
  g_assert_cmpint (rd_hit_regions_lookup (d.hits, 2, 2), ==, -1);
  g_assert_cmpint (rd_hit_regions_lookup (d.hits, 639, 399), ==, -1);
  rd_test_drawn_clear (&d);
}

static void
test_bar_selected_and_dark (void)
{
  static const double values[] = { 9, 5, 9.3 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  RdRenderState state = RD_RENDER_STATE_INIT;
  RdTestDrawn d;
  const RdHitRegion *r;

  state.selected = 1;
  rd_test_draw (&d, data, &state, 800, 600, TRUE);

  /* Dark background, and the selected bar in the selection colour. */
  g_assert_cmphex (rd_test_pixel_at (d.surface, 1, 1), ==, rd_test_to_pixel (&d.style.background));
  r = &g_array_index (d.hits, RdHitRegion, 1);
  g_assert_cmpint (rd_test_count_color (d.surface, (int) (r->x + r->width / 2), rd_test_to_pixel (&d.style.mark_selected)), >, 10);
  r = &g_array_index (d.hits, RdHitRegion, 0);
  g_assert_cmpint (rd_test_count_color (d.surface, (int) (r->x + r->width / 2), rd_test_to_pixel (&d.style.mark_selected)), ==, 0);
  rd_test_drawn_clear (&d);

  /* The light palette differs, and its text is dark on white. */
  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  g_assert_cmphex (rd_test_pixel_at (d.surface, 1, 1), ==, 0xffffffff);
  rd_test_drawn_clear (&d);
}

static void
test_bar_empty_and_tiny (void)
{
  g_autoptr(RdChartData) empty = rd_chart_data_new ("bar", "空", NULL, NULL, NULL);
  static const double values[] = { 1, 2 };
  g_autoptr(RdChartData) data = make_chart (values, G_N_ELEMENTS (values));
  RdTestDrawn d;

  rd_test_draw (&d, empty, NULL, 400, 300, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 0);
  rd_test_drawn_clear (&d);

  /* Too small to draw bars: no crash, no marks that cannot be seen. */
  rd_test_draw (&d, data, NULL, 60, 40, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 0);
  rd_test_drawn_clear (&d);
}

/* ---- helpers for the other chart types ------------------------------------------ */

static RdChartItem *
add (RdChartData *data, const char *label, double value, const char *text,
     const char *unit, gboolean is_target)
{
  RdChartItem *item = rd_chart_data_add_item (data, label, value, text, label, is_target, NULL);

  item->unit = g_strdup (unit);
  item->series = g_strdup (is_target ? "2019年目标" : "2018年实际");
  item->year = is_target ? 2019 : 2018;
  return item;
}

static RdChartData *
chart (const char *type, const char *unit)
{
  return rd_chart_data_new (type, "测试图表", "2018—2019年 · 实际与目标 · 单位：%", unit,
                            "来源：2019年天元区（株洲高新区）政府工作报告");
}


/* ---- palette --------------------------------------------------------------------- */

static double
luminance (const RdColor *c)
{
  double v[3] = { c->r, c->g, c->b };

  for (guint i = 0; i < 3; i++)
    v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

static double
contrast (const RdColor *a, const RdColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
test_palette_contrast (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      RdRenderStyle s;
      const RdColor *marks[] = { &s.mark, &s.mark_hover, &s.mark_selected, &s.focus,
                                 &s.positive, &s.negative };

      rd_render_style_init (&s, dark);
      /* WCAG 2.1: text 4.5:1 (1.4.3), graphical objects 3:1 (1.4.11). */
      g_assert_cmpfloat (contrast (&s.foreground, &s.background), >=, 4.5);
      g_assert_cmpfloat (contrast (&s.muted, &s.background), >=, 4.5);
      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        g_assert_cmpfloat (contrast (marks[i], &s.background), >=, 3.0);
    }
}

/* ---- horizontal bars ---------------------------------------------------------------- */

static void
test_hbar_proportional_and_wrapping (void)
{
  static const double values[] = { 300, 41, 40, 15, 4 };
  static const char *labels[] = {
    "自主创新园和自主创业园进驻企业数量（含已经毕业和新近入驻的全部企业）",
    "新增高新技术企业", "科技成果转化企业", "新增市级以上创新平台", "其中国家级平台" };
  g_autoptr(RdChartData) data = chart ("hbar", "家");
  int lengths[G_N_ELEMENTS (values)];
  RdTestDrawn d;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    add (data, labels[i], values[i], NULL, "家", FALSE);

  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  g_assert_cmpuint (d.hits->len, ==, G_N_ELEMENTS (values));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      const RdHitRegion *r = rd_test_first_hit (d.hits, i);

      lengths[i] = rd_test_count_in (d.surface, r->x, r->y + r->height / 2, r->width, 1, rd_test_to_pixel (&d.style.mark));
      g_assert_cmpint (rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2), ==, i);
    }
  for (guint i = 1; i < G_N_ELEMENTS (values); i++)
    g_assert_cmpfloat (fabs (lengths[i] - lengths[0] * values[i] / values[0]), <=, 2.0);

  /* The long label wraps in its column instead of running into the bar. */
  rd_test_assert_text_layout (&d, "hbar", 800, 600, FALSE);
  rd_test_drawn_clear (&d);
}

/* ---- grouped bars ------------------------------------------------------------------- */

/* Height of the bar standing on the baseline at column @x: from the
 * baseline up to the first pixel of background. */
static int
bar_height (const RdTestDrawn *d, int x)
{
  int height = cairo_image_surface_get_height (d->surface), y = height - 1, top;

  while (y > 0 && rd_test_pixel_at (d->surface, x, y) != rd_test_to_pixel (&d->style.muted))
    y--;
  top = y - 1;
  while (top > 0 && rd_test_pixel_at (d->surface, x, top) != rd_test_to_pixel (&d->style.background))
    top--;
  return y - top - 1;
}

static void
test_grouped_actual_against_target (void)
{
  g_autoptr(RdChartData) data = chart ("grouped", "%");
  const double values[] = { 9, 8.5, 9.3, 10 };
  int heights[4];
  RdTestDrawn d;

  add (data, "地区生产总值", 9, "9%", "%", FALSE);
  add (data, "地区生产总值", 8.5, "8.5%", "%", TRUE);
  add (data, "社会消费品零售总额", 9.3, "9.3%", "%", FALSE);
  add (data, "社会消费品零售总额", 10, "10%", "%", TRUE);

  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const RdHitRegion *r = rd_test_first_hit (d.hits, i);
      double cx = r->x + r->width / 2;
      int solid;

      g_assert_cmpint (rd_hit_regions_lookup (d.hits, cx, r->y + r->height / 2), ==, i);
      heights[i] = bar_height (&d, (int) cx);
      /* An actual result is solid; a target is outlined and light: only its
       * top edge in the mark colour down its middle. */
      solid = rd_test_count_color (d.surface, (int) cx, rd_test_to_pixel (&d.style.mark));
      if (i % 2 == 0)
        g_assert_cmpint (solid, >=, heights[i] - 3);
      else
        g_assert_cmpint (solid, <, 8);
    }
  /* Bar heights follow the values, actual and target alike. */
  for (guint i = 1; i < 4; i++)
    g_assert_cmpfloat (fabs (heights[i] - heights[0] * values[i] / values[0]), <=, 3.0);

  /* The two bars of a pair sit closer than two pairs. */
  {
    const RdHitRegion *r = rd_test_first_hit (d.hits, 0);
    int y = (int) (r->y + r->height) - 1, starts[8], ends[8], n = 0;
    gboolean in = FALSE;

    while (rd_test_pixel_at (d.surface, (int) (r->x + r->width / 2), y) != rd_test_to_pixel (&d.style.muted))
      y--;
    y -= 3;
    for (int x = (int) r->x; x < 800 && n < 8; x++)
      {
        gboolean bar = rd_test_pixel_at (d.surface, x, y) != rd_test_to_pixel (&d.style.background);

        if (bar && !in)
          starts[n] = x;
        if (!bar && in)
          ends[n++] = x;
        in = bar;
      }
    g_assert_cmpint (n, ==, 4);
    g_assert_cmpint (starts[1] - ends[0], <, starts[2] - ends[1]);
  }

  rd_test_assert_text_layout (&d, "grouped", 800, 600, FALSE);
  g_assert_true (rd_test_has_text (&d, "地区生产总值"));
  g_assert_true (rd_test_has_text (&d, "2019年目标"));
  rd_test_drawn_clear (&d);
}

/* A hedged value too wide for its bar even when smaller goes on two lines
 * broken beside the figure: "力争" over "20%以上", never "力争20%以" over "上". */
static void
test_grouped_hedge_breaks_beside_figure (void)
{
  g_autoptr(RdChartData) data = chart ("grouped", "%");
  RdChartItem *item;
  RdTestDrawn d;

  add (data, "地区生产总值", 9, "9%", "%", FALSE);
  add (data, "地区生产总值", 8.5, "8.5%", "%", TRUE);
  add (data, "社会消费品零售总额", 9.3, "9.3%", "%", FALSE);
  add (data, "社会消费品零售总额", 10, "10%", "%", TRUE);
  add (data, "规模工业增加值", 7.9, "7.9%", "%", FALSE);
  add (data, "规模工业增加值", 8, "8%", "%", TRUE);
  add (data, "外贸进出口", 35, "35%", "%", FALSE);
  item = add (data, "外贸进出口", 20, "力争20%以上", "%", TRUE);
  item->qualifier = g_strdup ("力争 以上");

  rd_test_draw (&d, data, NULL, 384, 256, FALSE);
  g_assert_true (rd_test_has_text (&d, "力争\n20%以上"));
  g_assert_true (rd_test_has_text (&d, "35%"));
  rd_test_assert_text_layout (&d, "grouped", 384, 256, FALSE);
  rd_test_drawn_clear (&d);

  /* With room, one line as printed. */
  rd_test_draw (&d, data, NULL, 1920, 1080, FALSE);
  g_assert_true (rd_test_has_text (&d, "力争20%以上"));
  rd_test_drawn_clear (&d);
}

/* ---- bullet ------------------------------------------------------------------------ */

static void
test_bullet_positions (void)
{
  g_autoptr(RdChartData) data = chart ("bullet", "%");
  RdChartItem *target;
  const RdHitRegion *r;
  int first = -1, last = -1, track_end = -1, tick_sum = 0, tick_n = 0;
  double mid;
  RdTestDrawn d;

  add (data, "空气质量优良率", 60, "60%", "%", FALSE)->whole = 100;
  target = add (data, "空气质量优良率", 80, "确保80%以上", "%", TRUE);
  target->whole = 100;
  target->qualifier = g_strdup ("确保 以上");

  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 2);
  /* The actual answers above the middle of the track, the target below. */
  r = rd_test_first_hit (d.hits, 0);
  mid = r->y + r->height;
  g_assert_cmpint (rd_hit_regions_lookup (d.hits, 400, mid - 2), ==, 0);
  g_assert_cmpint (rd_hit_regions_lookup (d.hits, 400, mid + 2), ==, 1);

  for (int x = 0; x < 800; x++)
    {
      guint32 p = rd_test_pixel_at (d.surface, x, (int) mid);

      if (p == rd_test_to_pixel (&d.style.mark))
        {
          if (first < 0)
            first = x;
          last = x;
        }
      if (p == rd_test_to_pixel (&d.style.foreground) && first >= 0)
        {
          tick_sum += x;
          tick_n++;
        }
      if (p != 0xffffffff)
        track_end = x;
    }
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (tick_n, >, 0);
  /* Bar to 60% of the track, tick at 80%. */
  g_assert_cmpfloat (fabs ((last + 1 - first) / (double) (track_end + 1 - first) - 0.6), <, 0.01);
  g_assert_cmpfloat (fabs ((tick_sum / (double) tick_n + 0.5 - first) / (track_end + 1 - first) - 0.8), <, 0.01);

  rd_test_assert_text_layout (&d, "bullet", 800, 600, FALSE);
  rd_test_drawn_clear (&d);
}

/* ---- donut ------------------------------------------------------------------------- */

static void
check_donut (double value, gboolean dark)
{
  g_autoptr(RdChartData) data = chart ("donut", "%");
  g_autofree char *text = g_strdup_printf ("%g%%", value);
  const RdHitRegion *r;
  int on, off;
  RdTestDrawn d;

  add (data, "税收占比", value, text, "%", FALSE)->whole = 100;
  rd_test_draw (&d, data, NULL, 800, 600, dark);
  g_assert_cmpuint (d.hits->len, ==, 1);
  r = rd_test_first_hit (d.hits, 0);
  on = rd_test_count_in (d.surface, r->x, r->y, r->width, r->height, rd_test_to_pixel (&d.style.mark));
  off = rd_test_count_in (d.surface, r->x, r->y, r->width, r->height, rd_test_to_pixel (&d.style.track));
  /* Equal-width ring: area is proportional to the angle. */
  g_assert_cmpfloat (fabs (on / (double) (on + off) - value / 100), <, 0.01);
  g_assert_true (rd_test_has_text (&d, text));
  rd_test_assert_text_layout (&d, "donut", 800, 600, FALSE);
  rd_test_drawn_clear (&d);
}

static void
test_donut_angle (void)
{
  check_donut (87.4, FALSE);
  check_donut (80.5, TRUE);
  check_donut (25, FALSE);
}

/* ---- waffle ------------------------------------------------------------------------ */

/* Cells of @color in a rectangle: the pixels whose left and upper
 * neighbours are another colour. */
static int
count_cells (cairo_surface_t *surface, const RdHitRegion *r, guint32 color)
{
  int n = 0;

  for (int y = (int) r->y; y < (int) (r->y + r->height); y++)
    for (int x = (int) r->x; x < (int) (r->x + r->width); x++)
      if (rd_test_pixel_at (surface, x, y) == color &&
          (x == 0 || rd_test_pixel_at (surface, x - 1, y) != color) &&
          (y == 0 || rd_test_pixel_at (surface, x, y - 1) != color))
        n++;
  return n;
}

static void
test_waffle_days (void)
{
  static const int sizes[][2] = { { 800, 600 }, { 1920, 1080 }, { 320, 240 } };

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (int dark = 0; dark <= 1; dark++)
      {
        g_autoptr(RdChartData) data = chart ("waffle", "天");
        RdChartItem *item = add (data, "优良天数", 290, "290", "天", FALSE);
        const RdHitRegion *r;
        RdTestDrawn d;

        item->whole = 365;
        item->whole_text = g_strdup ("全年365天");
        item->value_full = g_strdup ("290天");
        rd_test_draw (&d, data, NULL, sizes[z][0], sizes[z][1], dark);
        r = rd_test_first_hit (d.hits, 0);
        g_assert_cmpint (count_cells (d.surface, r, rd_test_to_pixel (&d.style.mark)), ==, 290);
        g_assert_cmpint (count_cells (d.surface, r, rd_test_to_pixel (&d.style.track)), ==, 365 - 290);
        rd_test_assert_text_layout (&d, "waffle", sizes[z][0], sizes[z][1], sizes[z][0] < 800);
        rd_test_drawn_clear (&d);
      }
}

/* ---- KPI tiles and fact cards --------------------------------------------------------- */

static void
test_kpi_value_and_change (void)
{
  g_autoptr(RdChartData) data = chart ("kpi", "亿元");
  RdChartItem *item;
  RdTestDrawn d;

  item = add (data, "规模工业增加值", 136, "136", "亿元", FALSE);
  item->value_full = g_strdup ("136亿元");
  item = add (data, "增长", 7.9, "7.9%", "%", FALSE);
  item->value_full = g_strdup ("7.9%");
  item->trend = 1;
  g_assert_true (rd_chart_data_is_change_of_previous (data, 1));

  for (int dark = 0; dark <= 1; dark++)
    {
      rd_test_draw (&d, data, NULL, 800, 600, dark);
      /* One tile: the amount, and under it its growth with an arrow. */
      g_assert_cmpuint (d.hits->len, ==, 2);
      for (guint i = 0; i < 2; i++)
        {
          const RdHitRegion *r = rd_test_first_hit (d.hits, i);
          g_assert_cmpint (rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2), ==, i);
        }
      g_assert_true (rd_test_has_text (&d, "136亿元"));
      g_assert_true (rd_test_has_text (&d, "7.9%  增长"));
      g_assert_cmpint (rd_test_count_in (d.surface, 0, 0, 800, 600, rd_test_to_pixel (&d.style.positive)), >, 20);
      g_assert_cmpint (rd_test_count_in (d.surface, 0, 0, 800, 600, rd_test_to_pixel (&d.style.negative)), ==, 0);
      rd_test_assert_text_layout (&d, "kpi", 800, 600, FALSE);
      rd_test_drawn_clear (&d);
    }

  /* The change is a figure of its own: selected alone. */
  {
    RdRenderState state = RD_RENDER_STATE_INIT;
    const RdHitRegion *r;

    state.selected = 1;
    rd_test_draw (&d, data, &state, 800, 600, FALSE);
    r = rd_test_first_hit (d.hits, 1);
    g_assert_cmpint (rd_test_count_in (d.surface, r->x, r->y, r->width, r->height,
                               rd_test_to_pixel (&d.style.mark_selected)), >, 20);
    r = rd_test_first_hit (d.hits, 0);
    g_assert_cmpint (rd_test_count_in (d.surface, r->x, r->y, r->width, r->height,
                               rd_test_to_pixel (&d.style.mark_selected)), ==, 0);
    rd_test_drawn_clear (&d);
  }
}

static void
test_kpi_cut_and_hedge (void)
{
  g_autoptr(RdChartData) data = chart ("kpi", "%");
  RdChartItem *item;
  RdTestDrawn d;

  item = add (data, "政府性投资金额", 50, "50%", "%", TRUE);
  item->trend = -1;
  item = add (data, "研发投入增速", 15, "力争15%以上", "%", TRUE);
  item->trend = 1;
  item->qualifier = g_strdup ("力争 以上");

  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  /* Two tiles of the same unit: neither is the other's change. */
  g_assert_cmpuint (d.hits->len, ==, 2);
  g_assert_cmpint (rd_test_count_in (d.surface, 0, 0, 800, 600, rd_test_to_pixel (&d.style.negative)), >, 20);
  g_assert_cmpint (rd_test_count_in (d.surface, 0, 0, 800, 600, rd_test_to_pixel (&d.style.positive)), >, 20);
  /* The hedge is shown with the figure, as printed. */
  g_assert_true (rd_test_has_text (&d, "力争15%以上"));
  rd_test_assert_text_layout (&d, "kpi", 800, 600, FALSE);
  rd_test_drawn_clear (&d);
}

/* @data's one tile reads @whole on one line at slide size and @broken,
 * with its line breaks, at @width × @height; its text in bounds at both. */
static void
assert_tile_breaks (const RdChartData *data,
                    const char        *whole,
                    const char        *broken,
                    int                width,
                    int                height)
{
  RdTestDrawn d;

  rd_test_draw (&d, data, NULL, 1920, 1080, FALSE);
  g_assert_true (rd_test_has_text (&d, whole));
  rd_test_assert_text_layout (&d, "kpi", 1920, 1080, FALSE);
  rd_test_drawn_clear (&d);

  rd_test_draw (&d, data, NULL, width, height, FALSE);
  g_assert_true (rd_test_has_text (&d, broken));
  rd_test_assert_text_layout (&d, "kpi", width, height, FALSE);
  rd_test_drawn_clear (&d);
}

/* A long English unit goes under the figure as a whole when both do not
 * fit on one line; it is never broken in the middle. */
static void
test_kpi_unit_on_its_own_line (void)
{
  g_autoptr(RdChartData) data = chart ("kpi", "100 million yuan");
  RdChartItem *item;

  item = add (data, "General public budget revenue", 80.2, "80.2", "100 million yuan", FALSE);
  item->value_full = g_strdup ("80.2 (100 million yuan)");
  assert_tile_breaks (data, "80.2 (100 million yuan)", "80.2\n(100 million yuan)", 300, 260);
}

/* A hedge and a figure in words that do not fit on one line break between
 * them: "striving for" over "double digits", not "double" over "digits". */
static void
test_kpi_hedge_on_its_own_line (void)
{
  g_autoptr(RdChartData) data = chart ("kpi", "%");
  RdChartItem *item;

  item = add (data, "Growth of general public budget revenue", 10, "striving for double digits", "%", TRUE);
  item->value_full = g_strdup ("striving for double digits");
  item->hedge = g_strdup ("striving for");
  item->trend = 1;
  assert_tile_breaks (data, "striving for double digits", "striving for\ndouble digits", 300, 260);

  /* The trend arrow stands beside the figure's line, not the hedge's. */
  {
    RdTestDrawn d;
    const RdTextBox *value = NULL;

    rd_test_draw (&d, data, NULL, 300, 260, FALSE);
    for (guint i = 0; i < d.boxes->len; i++)
      if (g_strcmp0 (g_array_index (d.boxes, RdTextBox, i).text, "striving for\ndouble digits") == 0)
        value = &g_array_index (d.boxes, RdTextBox, i);
    g_assert_nonnull (value);
    /* Not on the small hedge's line at the top of the value, but lower. */
    g_assert_cmpint (rd_test_count_in (d.surface, 0, value->y, 300, value->height / 5,
                               rd_test_to_pixel (&d.style.positive)), ==, 0);
    g_assert_cmpint (rd_test_count_in (d.surface, 0, value->y + value->height / 5, 300, value->height * 4 / 5,
                               rd_test_to_pixel (&d.style.positive)), >, 20);
    rd_test_drawn_clear (&d);
  }
}

static void
assert_span (const RdChartItem *item,
             const char        *text,
             const char        *figure)
{
  gsize start = 0, end = 0;

  if (figure == NULL)
    {
      g_assert_false (rd_tile_figure_span (item, text, &start, &end));
      return;
    }
  g_assert_true (rd_tile_figure_span (item, text, &start, &end));
  g_assert_cmpint (end - start, ==, strlen (figure));
  g_assert_cmpint (strncmp (text + start, figure, end - start), ==, 0);
}

/* What a tile draws big: the number with its %, or for a figure printed in
 * words the words after the hedge, which stays small as it does beside a
 * number. */
static void
test_kpi_figure_span (void)
{
  RdChartItem item = { 0 };

  item.value = 10;
  assert_span (&item, "力争10%以上", "10%");
  item.value = 80.2;
  assert_span (&item, "80.2 (100 million yuan)", "80.2");

  item.value = 10;
  item.hedge = (char *) "力争";
  assert_span (&item, "力争两位数", "两位数");
  item.hedge = (char *) "striving for";
  assert_span (&item, "striving for double digits", "double digits");
  /* Words without a hedge, or a hedge alone, are all figure. */
  item.hedge = NULL;
  assert_span (&item, "前三", NULL);
  item.hedge = (char *) "力争";
  assert_span (&item, "力争", NULL);
}

static void
test_fact_ranks_are_not_bars (void)
{
  g_autoptr(RdChartData) data = chart ("fact", "位");
  int marks[2];
  RdTestDrawn d;

  add (data, "全省园区综合实力", 3, "前三", "位", FALSE);
  add (data, "国家级高新区排名", 30, "前30位", "位", TRUE);
  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  g_assert_cmpuint (d.hits->len, ==, 2);
  g_assert_true (rd_test_has_text (&d, "前三"));
  g_assert_true (rd_test_has_text (&d, "前30位"));
  /* The place is words: the same amount of colour for 3rd and 30th. */
  for (guint i = 0; i < 2; i++)
    {
      const RdHitRegion *r = rd_test_first_hit (d.hits, i);
      marks[i] = rd_test_count_in (d.surface, r->x, r->y, r->width, r->height, rd_test_to_pixel (&d.style.mark));
    }
  g_assert_cmpint (abs (marks[0] - marks[1]), <=, marks[0] / 20 + 2);
  rd_test_assert_text_layout (&d, "fact", 800, 600, FALSE);
  rd_test_drawn_clear (&d);
}

/* ---- actual against target, a row a pair ------------------------------------------------ */

static const struct {
  const char *label;
  double      actual, target;
  const char *actual_text, *target_text, *unit, *change;
} test_pairs[] = {
  { "地区生产总值增长", 9, 8.5, "9%", "8.5%", "%", "−0.5个百分点" },
  { "新增市级以上创新平台", 15, 20, "15家", "20家", "家", "+5家" },
  { "征地拆迁交地", 9500, 6000, "9500亩", "6000亩", "亩", "−3500亩" },
  { "自主创新园和自主创业园进驻企业数量（含已经毕业和新近入驻的全部企业）", 300, 400,
    "300个", "力争400个以上", "个", "+100个" },
  { "综合实力全省园区排名", 3, 3, "前三", "前三甲", "位", "持平" },
};

/* Each row in its own unit: a result, then its target with its change. */
static RdChartData *
pairs_chart (void)
{
  RdChartData *data = rd_chart_data_new ("pairs", "2018年实际完成与新一年目标",
                                         "2018—2019年 · 实际与目标 · 各行单位不同，各按本行较大值缩放",
                                         NULL, "来源：2019年天元区（株洲高新区）政府工作报告");

  g_free (data->actual_text);
  data->actual_text = g_strdup ("2018年实际");
  g_free (data->target_text);
  data->target_text = g_strdup ("2019年目标");
  data->change_title = g_strdup ("变化");
  for (guint i = 0; i < G_N_ELEMENTS (test_pairs); i++)
    {
      add (data, test_pairs[i].label, test_pairs[i].actual, test_pairs[i].actual_text,
           test_pairs[i].unit, FALSE);
      add (data, test_pairs[i].label, test_pairs[i].target, test_pairs[i].target_text,
           test_pairs[i].unit, TRUE)->change_text = g_strdup (test_pairs[i].change);
    }
  return data;
}

/* The length of the bar that item @i's first region (its bar) stands for,
 * in pixels: from its start, what differs from the row's background (left
 * of the bar, clear of a target's outline). */
static int
bar_length (const RdTestDrawn *d, guint i)
{
  const RdHitRegion *r = rd_test_first_hit (d->hits, i);
  int y = (int) (r->y + r->height / 2), x = (int) r->x;
  guint32 background = rd_test_pixel_at (d->surface, x - 5, y);
  int width = cairo_image_surface_get_width (d->surface);

  while (x < width && rd_test_pixel_at (d->surface, x, y) != background)
    x++;
  return x - (int) r->x;
}

static void
check_pairs (int width, int height)
{
  g_autoptr(RdChartData) data = pairs_chart ();
  int lengths[2 * G_N_ELEMENTS (test_pairs)];
  int longest = 0;
  RdTestDrawn d;

  /* Units differ from row to row: still one chart of bars, not tiles. */
  g_assert_false (rd_chart_data_units_comparable (data));
  rd_test_draw (&d, data, NULL, width, height, FALSE);

  for (guint i = 0; i < data->items->len; i++)
    {
      const RdHitRegion *r = rd_test_first_hit (d.hits, i);

      /* An item's first region is its bar, and answers for it. */
      g_assert_cmpint (rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2), ==, i);
      g_assert_cmpfloat (r->height, <, 2.5 * rd_render_em (width, height));
      lengths[i] = bar_length (&d, i);
      g_assert_cmpint (lengths[i], >, 0);
    }

  for (guint p = 0; p < G_N_ELEMENTS (test_pairs); p++)
    {
      double most = MAX (test_pairs[p].actual, test_pairs[p].target);
      int row_longest = MAX (lengths[2 * p], lengths[2 * p + 1]);

      /* Within a row, lengths follow the values (the target's outline
       * adds a pixel or two); the larger figure of each row fills the
       * same length: every row has its own scale. */
      g_assert_cmpfloat (fabs (lengths[2 * p] - row_longest * test_pairs[p].actual / most), <=, 3);
      g_assert_cmpfloat (fabs (lengths[2 * p + 1] - row_longest * test_pairs[p].target / most), <=, 3);
      if (p == 0)
        longest = row_longest;
      g_assert_cmpint (abs (row_longest - longest), <=, 3);

      g_assert_true (rd_test_has_text (&d, test_pairs[p].change));
    }

  /* The long name wraps in its column instead of running into the bars;
   * no text over a bar either. */
  rd_test_assert_text_layout (&d, "pairs", width, height, FALSE);
  for (guint b = 0; b < d.boxes->len; b++)
    for (guint i = 0; i < data->items->len; i++)
      {
        const RdHitRegion *r = rd_test_first_hit (d.hits, i);
        RdTextBox bar = { r->x, r->y, r->width, r->height, (int) i, FALSE, NULL };

        if (rd_test_boxes_overlap (&g_array_index (d.boxes, RdTextBox, b), &bar))
          g_error ("pairs %dx%d: “%s” overlaps the bar of item %u", width, height,
                   g_array_index (d.boxes, RdTextBox, b).text, i);
      }
  g_assert_true (rd_test_has_text (&d, data->title));
  g_assert_true (rd_test_has_text (&d, data->subtitle));
  g_assert_true (rd_test_has_text (&d, data->source));
  g_assert_true (rd_test_has_text (&d, "2019年目标"));
  g_assert_true (rd_test_has_text (&d, "变化"));
  /* The result in the mark's colour, and no other chart's style. */
  g_assert_cmpint (rd_test_count_in (d.surface, 0, 0, width, height, rd_test_to_pixel (&d.style.mark)), >, 100);
  g_assert_cmphex (rd_test_pixel_at (d.surface, 1, 1), ==, rd_test_to_pixel (&d.style.background));
  rd_test_drawn_clear (&d);

  /* The dark palette: its own background and marks, none of the light. */
  {
    RdRenderStyle light;
    RdTestDrawn dark;

    rd_render_style_init (&light, FALSE);
    rd_test_draw (&dark, data, NULL, width, height, TRUE);
    g_assert_cmphex (rd_test_pixel_at (dark.surface, 1, 1), ==, rd_test_to_pixel (&dark.style.background));
    g_assert_cmphex (rd_test_to_pixel (&dark.style.background), !=, rd_test_to_pixel (&light.background));
    g_assert_cmpint (rd_test_count_in (dark.surface, 0, 0, width, height, rd_test_to_pixel (&dark.style.mark)), >, 100);
    g_assert_cmpint (rd_test_count_in (dark.surface, 0, 0, width, height, rd_test_to_pixel (&light.mark)), ==, 0);
    g_assert_cmpint (rd_test_count_in (dark.surface, 0, 0, width, height, rd_test_to_pixel (&light.background)), ==, 0);
    rd_test_drawn_clear (&dark);
  }
}

static void
test_pairs_800 (void)
{
  check_pairs (800, 600);
}

static void
test_pairs_1920 (void)
{
  check_pairs (1920, 1080);
}

/* On screen the text size is fixed (RdRenderStyle.em) and the chart as tall
 * as its rows need: names over the bars in a narrow pane, beside them in a
 * wide one; every value on its own beside its bar. */
static void
test_pairs_screen (void)
{
  static const int widths[] = { 300, 520, 806, 2000 };
  g_autoptr(RdChartData) data = pairs_chart ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      RdRenderStyle style;
      double height;
      RdTestDrawn d;

      rd_render_style_init (&style, FALSE);
      style.em = 17;
      height = rd_render_chart_height_for_width (data, &style, widths[w]);
      g_assert_cmpfloat (height, >=, G_N_ELEMENTS (test_pairs) * 2 * 17);
      g_assert_cmpfloat (height, <=, 200 + G_N_ELEMENTS (test_pairs) * 6 * 17);

      rd_test_draw_styled (&d, data, NULL, widths[w], (int) ceil (height), &style);
      rd_test_assert_text_layout (&d, "pairs on screen", widths[w], (int) ceil (height), FALSE);
      for (guint p = 0; p < G_N_ELEMENTS (test_pairs); p++)
        {
          g_assert_true (rd_test_has_text (&d, test_pairs[p].label));
          g_assert_true (rd_test_has_text (&d, test_pairs[p].actual_text));
          g_assert_true (rd_test_has_text (&d, test_pairs[p].target_text));
        }
      /* The same size of text at every width. */
      for (guint i = 0; i < d.boxes->len; i++)
        if (g_strcmp0 (g_array_index (d.boxes, RdTextBox, i).text, "9%") == 0)
          g_assert_cmpfloat (g_array_index (d.boxes, RdTextBox, i).height, <, 1.5 * 17);
      rd_test_drawn_clear (&d);
    }
}

/* The report's nineteen pairs, in both languages: at slide and export sizes
 * and on screen, laid out, each figure with a region at its bar. */
static void
check_dataset_pairs (const char *lang)
{
  static const int sizes[][2] = { { 800, 600 }, { 1280, 720 }, { 1920, 1080 }, { 2480, 3508 },
                                  { 300, 0 }, { 806, 0 }, { 2000, 0 } };
  const char *path = g_getenv ("REPORTDASH_DATASET");
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(RdChartData) data = NULL;

  if (path == NULL)
    {
      g_test_skip ("REPORTDASH_DATASET is not set");
      return;
    }
  rd_format_force_language (lang);
  dataset = rd_dataset_open (path, NULL);
  g_assert_nonnull (dataset);
  data = rd_chart_data_new_for_pairs (rd_dataset_get_pairs (dataset), NULL, rd_dataset_get_title (dataset));
  g_assert_cmpstr (data->chart_type, ==, "pairs");
  g_assert_cmpuint (data->items->len, ==, 2 * g_list_model_get_n_items (rd_dataset_get_pairs (dataset)));

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      RdRenderStyle style;
      int w = sizes[z][0], h = sizes[z][1];
      g_autofree char *what = g_strdup_printf ("pairs (%s)", lang);
      RdTestDrawn d;

      rd_render_style_init (&style, z % 2 == 1);
      /* 0: on screen, as tall as the rows need. */
      if (h == 0)
        {
          style.em = 17;
          h = (int) ceil (rd_render_chart_height_for_width (data, &style, w));
        }
      rd_test_draw_full (&d, data, NULL, w, h, &style, TRUE);
      /* English names are long: shortened where nineteen rows leave a
       * line each; the frame's subtitle and source in a narrow pane. */
      rd_test_assert_text_layout (&d, what, w, h, (g_str_equal (lang, "en") && sizes[z][1] != 0) || w < 800);
      /* On screen every name, value and change reads whole. */
      for (guint i = 0; i < d.boxes->len && sizes[z][1] == 0; i++)
        {
          const RdTextBox *box = &g_array_index (d.boxes, RdTextBox, i);

          if (box->ellipsized && g_strcmp0 (box->text, data->subtitle) != 0 &&
              g_strcmp0 (box->text, data->source) != 0)
            g_error ("%s %dx%d: “%s” is shortened", what, w, h, box->text);
        }
      g_assert_true (rd_test_has_text (&d, data->title));
      g_assert_true (rd_test_has_text (&d, data->source));
      for (guint i = 0; i < data->items->len; i++)
        {
          const RdHitRegion *r = rd_test_first_hit (d.hits, i);

          g_assert_cmpfloat (r->x, >=, 0);
          g_assert_cmpfloat (r->x + r->width, <=, w);
          g_assert_cmpfloat (r->y + r->height, <=, h);
          g_assert_cmpint (rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2), ==, i);
        }
      rd_test_drawn_clear (&d);
    }
  rd_format_force_language ("zh");
}

static void
test_pairs_dataset_zh (void)
{
  check_dataset_pairs ("zh");
}

static void
test_pairs_dataset_en (void)
{
  check_dataset_pairs ("en");
}

/* ---- units ------------------------------------------------------------------------ */

static void
test_mixed_units_never_share_an_axis (void)
{
  g_autoptr(RdChartData) data = chart ("column", "亿元");
  RdChartItem *item;
  RdTestDrawn d;

  item = add (data, "规模工业增加值", 136, "136", "亿元", FALSE);
  item->value_full = g_strdup ("136亿元");
  item = add (data, "规模工业增加值增长", 7.9, "7.9%", "%", FALSE);
  item->value_full = g_strdup ("7.9%");
  g_assert_false (rd_chart_data_units_comparable (data));

  rd_test_draw (&d, data, NULL, 800, 600, FALSE);
  /* RdTestDrawn as one tile a figure, each stating its own unit; no axis. */
  g_assert_cmpuint (d.hits->len, ==, 2);
  g_assert_true (rd_test_has_text (&d, "136亿元"));
  g_assert_true (rd_test_has_text (&d, "7.9%"));
  g_assert_false (rd_test_has_text (&d, "0"));
  g_assert_cmpfloat (rd_test_first_hit (d.hits, 0)->height, ==, rd_test_first_hit (d.hits, 1)->height);
  rd_test_drawn_clear (&d);
}

/* A cut below zero, and shares or days without a whole: still laid out,
 * drawn as bars rather than as rings or cells that would mean nothing. */
static void
test_negative_and_fallbacks (void)
{
  static const char *types[] = { "column", "hbar", "grouped", "bullet", "donut", "waffle", "pairs" };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(RdChartData) data = chart (types[t], "亿元");
      RdTestDrawn d;

      add (data, "偿还政府性债务", 54, NULL, "亿元", FALSE);
      add (data, "压减建设投资规模", -154, NULL, "亿元", FALSE);
      add (data, "合同引资", 420, "力争420", "亿元", TRUE);
      rd_test_draw (&d, data, NULL, 800, 600, FALSE);
      g_assert_cmpuint (d.hits->len, >=, 3);
      rd_test_assert_text_layout (&d, types[t], 800, 600, FALSE);
      /* Without a whole, no ring and no cells: next to no track colour
       * (a ring would be thousands of pixels; edges of text give a few). */
      if (g_str_equal (types[t], "donut") || g_str_equal (types[t], "waffle"))
        g_assert_cmpint (rd_test_count_in (d.surface, 0, 0, 800, 600, rd_test_to_pixel (&d.style.track)), <, 300);
      rd_test_drawn_clear (&d);
    }
}

/* ---- state: hover, selection, focus for every type ---------------------------------------- */

static RdChartData *
sample_chart (const char *type)
{
  g_autoptr(RdChartData) data = chart (type, "%");
  RdChartItem *item;

  item = add (data, "空气质量优良率", 80.5, "80.5%", "%", FALSE);
  item->whole = 100;
  item = add (data, "空气质量优良率", 80, "确保80%以上", "%", TRUE);
  item->whole = 100;
  item->qualifier = g_strdup ("确保 以上");
  item = add (data, "饮用水源水质达标率", 100, "100%", "%", FALSE);
  item->whole = 100;
  return g_steal_pointer (&data);
}

/* The height of the box of @text as drawn (its first line if wrapped is
 * no taller than the whole). */
static double
text_height (const RdTestDrawn *d, const char *text)
{
  for (guint i = 0; i < d->boxes->len; i++)
    if (g_strcmp0 (g_array_index (d->boxes, RdTextBox, i).text, text) == 0)
      return g_array_index (d->boxes, RdTextBox, i).height;
  g_error ("“%s” is not drawn", text);
}

/* The desktop's text scaling (RdRenderStyle.min_em) raises the smallest
 * text of a small chart, still laid out inside it without overlaps, and
 * leaves a chart whose text is larger anyway as it was. */
static void
test_min_em_follows_text_scaling (void)
{
  static const char *types[] = { "bar", "column", "hbar", "grouped", "bullet", "donut", "waffle", "kpi", "fact",
                                 "pairs" };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(RdChartData) data = sample_chart (types[t]);
      RdRenderStyle style;
      RdTestDrawn plain, scaled, large, large_scaled;
      double ratio;

      rd_render_style_init (&style, FALSE);
      rd_test_draw_styled (&plain, data, NULL, 380, 300, &style);
      style.min_em = 1.5 * 11;
      rd_test_draw_styled (&scaled, data, NULL, 380, 300, &style);
      ratio = text_height (&scaled, "测试图表") / text_height (&plain, "测试图表");
      if (ratio < 1.3)
        g_error ("%s: text 1.5× larger on the desktop grew the chart's text %.2f×", types[t], ratio);
      rd_test_assert_text_layout (&scaled, types[t], 380, 300, TRUE);

      /* At slide size the text is larger than the floor: nothing changes. */
      rd_render_style_init (&style, FALSE);
      rd_test_draw_styled (&large, data, NULL, 1920, 1080, &style);
      style.min_em = 1.5 * 11;
      rd_test_draw_styled (&large_scaled, data, NULL, 1920, 1080, &style);
      g_assert_cmpmem (cairo_image_surface_get_data (large.surface), 1920 * 1080 * 4,
                       cairo_image_surface_get_data (large_scaled.surface), 1920 * 1080 * 4);

      rd_test_drawn_clear (&plain);
      rd_test_drawn_clear (&scaled);
      rd_test_drawn_clear (&large);
      rd_test_drawn_clear (&large_scaled);
    }
}

static void
test_state_every_type (void)
{
  static const char *types[] = { "bar", "column", "hbar", "grouped", "bullet", "donut", "waffle", "kpi", "fact",
                                 "pairs" };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    for (int dark = 0; dark <= 1; dark++)
      {
        g_autoptr(RdChartData) data = sample_chart (types[t]);
        RdRenderState state = RD_RENDER_STATE_INIT;
        RdTestDrawn plain, selected, focused;
        guint32 selection;

        rd_test_draw (&plain, data, NULL, 800, 600, dark);
        g_assert_cmpuint (plain.hits->len, >=, 3);
        g_assert_cmphex (rd_test_pixel_at (plain.surface, 1, 1), ==, rd_test_to_pixel (&plain.style.background));
        selection = rd_test_to_pixel (&plain.style.mark_selected);
        g_assert_cmpint (rd_test_count_in (plain.surface, 0, 0, 800, 600, selection), ==, 0);

        for (guint i = 0; i < 3; i++)
          {
            const RdHitRegion *r = rd_test_first_hit (plain.hits, i);
            double cx = r->x + r->width / 2, cy = r->y + r->height / 2;

            /* Hit tests return the right figure. */
            if (rd_hit_regions_lookup (plain.hits, cx, cy) != (int) i)
              g_error ("%s: the middle of item %u's region answers %d", types[t], i,
                       rd_hit_regions_lookup (plain.hits, cx, cy));
          }

        /* The selected mark, and only it, in the selection colour. */
        state.selected = 2;
        rd_test_draw (&selected, data, &state, 800, 600, dark);
        for (guint i = 0; i < 3; i++)
          {
            const RdHitRegion *r = rd_test_first_hit (selected.hits, i);
            int n = rd_test_count_in (selected.surface, r->x, r->y, r->width, r->height, selection);

            if ((i == 2) != (n > 0))
              g_error ("%s: item %u has %d pixels of the selection colour", types[t], i, n);
          }

        /* The focused mark gets a ring: pixels change in its region only. */
        state.selected = -1;
        state.focused = 1;
        rd_test_draw (&focused, data, &state, 800, 600, dark);
        {
          const RdHitRegion *r = rd_test_first_hit (focused.hits, 1);
          int changed = 0;

          /* The ring may stand just outside the region. */
          for (int y = MAX ((int) r->y - 12, 0); y < MIN ((int) (r->y + r->height) + 12, 600); y++)
            for (int x = MAX ((int) r->x - 12, 0); x < MIN ((int) (r->x + r->width) + 12, 800); x++)
              changed += rd_test_pixel_at (focused.surface, x, y) != rd_test_pixel_at (plain.surface, x, y);
          if (changed == 0)
            g_error ("%s: focusing item 1 changes nothing", types[t]);
        }

        rd_test_drawn_clear (&plain);
        rd_test_drawn_clear (&selected);
        rd_test_drawn_clear (&focused);
      }
}

/* Each type's own function draws that type whatever data->chart_type says. */
static void
test_per_type_functions (void)
{
  typedef void (*Renderer) (cairo_t *, const RdChartData *, const RdRenderStyle *,
                            const RdRenderState *, double, double, GArray *);
  static const Renderer renderers[] = {
    rd_render_bar_chart, rd_render_column_chart, rd_render_hbar_chart, rd_render_grouped_chart,
    rd_render_bullet_chart, rd_render_donut_chart, rd_render_waffle_chart, rd_render_kpi_chart,
    rd_render_fact_chart, rd_render_pairs_chart,
  };
  g_autoptr(RdChartData) data = sample_chart ("unknown-type");
  guint32 first_pixels[G_N_ELEMENTS (renderers)];

  for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 480);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GArray) hits = rd_hit_regions_new ();
      RdRenderStyle style;
      guint32 sum = 0;

      rd_render_style_init (&style, FALSE);
      renderers[r] (cr, data, &style, NULL, 640, 480, hits);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_assert_cmpuint (hits->len, >=, 3);

      for (int y = 0; y < 480; y += 3)
        for (int x = 0; x < 640; x += 3)
          sum = sum * 31 + rd_test_pixel_at (surface, x, y);
      first_pixels[r] = sum;
      cairo_surface_destroy (surface);
    }

  /* Ten different drawings. */
  for (guint a = 0; a < G_N_ELEMENTS (renderers); a++)
    for (guint b = a + 1; b < G_N_ELEMENTS (renderers); b++)
      if (renderers[a] != rd_render_bar_chart || renderers[b] != rd_render_column_chart)
        g_assert_cmphex (first_pixels[a], !=, first_pixels[b]);
}

/* ---- the real dataset: every chart, both languages, three sizes ------------------------------ */

static void
check_dataset (const char *lang)
{
  /* From the smallest dashboard tile to a 1440p screen. */
  static const int sizes[][2] = { { 280, 220 }, { 320, 240 }, { 800, 600 }, { 1920, 1080 }, { 2560, 1440 } };
  const char *path = g_getenv ("REPORTDASH_DATASET");
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sectors;
  guint n_charts = 0;
  guint n_mixed = 0;

  if (path == NULL)
    {
      g_test_skip ("REPORTDASH_DATASET is not set");
      return;
    }
  rd_format_force_language (lang);
  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);

  sectors = rd_dataset_get_sectors (dataset);
  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, s);
      GListModel *charts = rd_sector_get_charts (sector);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, c);
          g_autoptr(RdChartData) data = rd_chart_data_new_for_spec (spec, rd_dataset_get_title (dataset));
          g_autofree char *what = g_strdup_printf ("%s (%s, %s)", rd_chart_spec_get_id (spec),
                                                   data->chart_type, lang);
          int min_w, nat_w, nat_h;

          /* Never two units on one axis, unless drawn as tiles. */
          if (!g_str_equal (data->chart_type, "kpi") && !g_str_equal (data->chart_type, "fact"))
            g_assert_true (rd_chart_data_units_comparable (data));
          /* The subtitle names a unit only when every figure has it. */
          if (!rd_chart_data_units_comparable (data))
            {
              g_autofree char *unit_label = g_strdup_printf (_("Unit: %s"), "");

              g_assert_null (strstr (data->subtitle, unit_label));
              n_mixed++;
            }

          rd_render_chart_size_hint (data, &min_w, &nat_w, &nat_h);
          g_assert_cmpint (min_w, >=, 200);
          g_assert_cmpint (nat_w, >=, min_w);
          g_assert_cmpint (nat_h, >=, 180);
          /* The sizes it asks for lay out: nothing shortened at the natural one. */
          {
            RdTestDrawn d;

            rd_test_draw_layout (&d, data, min_w, nat_h, FALSE);
            rd_test_assert_text_layout (&d, what, min_w, nat_h, TRUE);
            rd_test_drawn_clear (&d);
            rd_test_draw_layout (&d, data, nat_w, nat_h, FALSE);
            rd_test_assert_text_layout (&d, what, nat_w, nat_h, FALSE);
            rd_test_drawn_clear (&d);
          }

          for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
            {
              int w = sizes[z][0], h = sizes[z][1];
              RdTestDrawn d;

              rd_test_draw_layout (&d, data, w, h, z % 2 == 1);
              rd_test_assert_text_layout (&d, what, w, h, w < 800);

              /* The title, and the source, are in the drawing. */
              g_assert_true (rd_test_has_text (&d, data->title) || w < 800);
              g_assert_true (rd_test_has_text (&d, data->source));

              for (guint i = 0; i < data->items->len; i++)
                {
                  const RdHitRegion *r = NULL;

                  for (guint k = 0; k < d.hits->len && r == NULL; k++)
                    if (g_array_index (d.hits, RdHitRegion, k).item == i)
                      r = &g_array_index (d.hits, RdHitRegion, k);
                  if (r == NULL)
                    g_error ("%s %dx%d: item %u has no hit region", what, w, h, i);

                  g_assert_cmpfloat (r->x, >=, 0);
                  g_assert_cmpfloat (r->y, >=, 0);
                  g_assert_cmpfloat (r->x + r->width, <=, w + 0.01);
                  g_assert_cmpfloat (r->y + r->height, <=, h + 0.01);
                  if (rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2) != (int) i)
                    g_error ("%s %dx%d: item %u is not hit at the middle of its region", what, w, h, i);
                }
              rd_test_drawn_clear (&d);
            }
          n_charts++;
        }
    }

  g_assert_cmpuint (n_charts, ==, rd_dataset_get_n_charts (dataset));
  /* Tiles of mixed units were there to check. */
  g_assert_cmpuint (n_mixed, >, 0);
  rd_format_force_language ("zh");
}

static void
test_dataset_zh (void)
{
  check_dataset ("zh");
}

static void
test_dataset_en (void)
{
  check_dataset ("en");
}

/* Units follow the language: 亿元 in Chinese, "100 million yuan" in English. */
static void
test_dataset_units_language (void)
{
  const char *path = g_getenv ("REPORTDASH_DATASET");
  g_autoptr(RdDataset) dataset = NULL;
  RdIndicator *indicator;
  g_autoptr(RdSector) sector = NULL;
  GListModel *charts;

  if (path == NULL)
    {
      g_test_skip ("REPORTDASH_DATASET is not set");
      return;
    }
  dataset = rd_dataset_open (path, NULL);
  g_assert_nonnull (dataset);
  indicator = rd_dataset_find_indicator (dataset, "industrial-value-added-2018");
  g_assert_nonnull (indicator);
  sector = g_object_ref (rd_dataset_find_sector (dataset, "industry"));
  charts = rd_sector_get_charts (sector);

  for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
    {
      g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, c);

      if (rd_chart_spec_get_figure (spec, 0) == indicator)
        {
          g_autoptr(RdChartData) zh = NULL;
          g_autoptr(RdChartData) en = NULL;

          rd_format_force_language ("zh");
          zh = rd_chart_data_new_for_spec (spec, "报告");
          rd_format_force_language ("en");
          en = rd_chart_data_new_for_spec (spec, "Report");
          rd_format_force_language ("zh");

          g_assert_cmpstr (zh->unit, ==, "亿元");
          g_assert_cmpstr (en->unit, ==, "100 million yuan");
          g_assert_cmpstr (g_array_index (zh->items, RdChartItem, 0).value_full, ==, "136亿元");
          g_assert_cmpstr (g_array_index (en->items, RdChartItem, 0).value_full, ==, "136 (100 million yuan)");
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_size_hints (void)
{
  g_autoptr(RdChartData) kpi = chart ("kpi", "亿元");
  g_autoptr(RdChartData) hbar = chart ("hbar", "家");
  g_autoptr(RdChartData) few = chart ("hbar", "家");
  int kpi_min, kpi_w, kpi_h, hbar_min, hbar_w, hbar_h, few_min, few_w, few_h;

  add (kpi, "规模工业增加值", 136, NULL, "亿元", FALSE);
  for (guint i = 0; i < 8; i++)
    add (hbar, "标签", i + 1, NULL, "家", FALSE);
  add (few, "标签", 1, NULL, "家", FALSE);

  rd_render_chart_size_hint (kpi, &kpi_min, &kpi_w, &kpi_h);
  rd_render_chart_size_hint (hbar, &hbar_min, &hbar_w, &hbar_h);
  rd_render_chart_size_hint (few, &few_min, &few_w, &few_h);
  g_assert_cmpint (kpi_min, <=, hbar_min);
  g_assert_cmpint (kpi_w, <, hbar_w);
  g_assert_cmpint (kpi_h, <, hbar_h);
  g_assert_cmpint (few_h, <, hbar_h);
  /* The smallest tile a dashboard uses still lays out. */
  {
    RdTestDrawn d;

    rd_test_draw (&d, kpi, NULL, 280, 220, FALSE);
    g_assert_cmpuint (d.hits->len, ==, 1);
    rd_test_assert_text_layout (&d, "kpi", 280, 220, TRUE);
    rd_test_drawn_clear (&d);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rd_format_force_language ("zh");

  g_test_add_func ("/render/bar/proportional-800x600", test_bar_proportional_800);
  g_test_add_func ("/render/bar/proportional-1920x1080", test_bar_proportional_1920);
  g_test_add_func ("/render/bar/hits", test_bar_hits);
  g_test_add_func ("/render/bar/selected-dark", test_bar_selected_and_dark);
  g_test_add_func ("/render/bar/empty-tiny", test_bar_empty_and_tiny);
  g_test_add_func ("/render/palette/contrast", test_palette_contrast);
  g_test_add_func ("/render/hbar/proportional-wrapping", test_hbar_proportional_and_wrapping);
  g_test_add_func ("/render/grouped/actual-against-target", test_grouped_actual_against_target);
  g_test_add_func ("/render/grouped/hedge-breaks-beside-figure", test_grouped_hedge_breaks_beside_figure);
  g_test_add_func ("/render/bullet/positions", test_bullet_positions);
  g_test_add_func ("/render/donut/angle", test_donut_angle);
  g_test_add_func ("/render/waffle/days", test_waffle_days);
  g_test_add_func ("/render/kpi/value-and-change", test_kpi_value_and_change);
  g_test_add_func ("/render/kpi/cut-and-hedge", test_kpi_cut_and_hedge);
  g_test_add_func ("/render/kpi/unit-on-its-own-line", test_kpi_unit_on_its_own_line);
  g_test_add_func ("/render/kpi/figure-span", test_kpi_figure_span);
  g_test_add_func ("/render/kpi/hedge-on-its-own-line", test_kpi_hedge_on_its_own_line);
  g_test_add_func ("/render/fact/ranks-are-not-bars", test_fact_ranks_are_not_bars);
  g_test_add_func ("/render/pairs/rows-800x600", test_pairs_800);
  g_test_add_func ("/render/pairs/rows-1920x1080", test_pairs_1920);
  g_test_add_func ("/render/pairs/screen", test_pairs_screen);
  g_test_add_func ("/render/pairs/dataset-zh", test_pairs_dataset_zh);
  g_test_add_func ("/render/pairs/dataset-en", test_pairs_dataset_en);
  g_test_add_func ("/render/units/never-mixed-on-an-axis", test_mixed_units_never_share_an_axis);
  g_test_add_func ("/render/units/negative-and-fallbacks", test_negative_and_fallbacks);
  g_test_add_func ("/render/state/every-type", test_state_every_type);
  g_test_add_func ("/render/style/min-em-follows-text-scaling", test_min_em_follows_text_scaling);
  g_test_add_func ("/render/size-hint", test_size_hints);
  g_test_add_func ("/render/api/per-type-functions", test_per_type_functions);
  g_test_add_func ("/render/dataset/units-follow-language", test_dataset_units_language);
  g_test_add_func ("/render/dataset/every-chart-zh", test_dataset_zh);
  g_test_add_func ("/render/dataset/every-chart-en", test_dataset_en);

  return g_test_run ();
}
