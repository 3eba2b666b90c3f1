/* test-compare-chart.c: regions compared on one "trend" chart of several
 * lines (rd_chart_data_new_for_trends(), app/render/rd-line-chart.c):
 * each line in its own colour, gaps per line, the legend naming each
 * region with its level, hits carrying the region and the year, and text
 * at every size in both languages */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-format.h"
#include "rd-series.h"
#include "rd-test-render.h"
#include "rd-test-util.h"
#include "rd-trend.h"

static const struct {
  const char *region, *level;
} regions[] = {
  { "湖南省", "省" }, { "株洲市", "市" }, { "天元区", "区" }, { "攸县", "县" },
};

/* The light style's line colours (rd-line-chart.c). */
static const guint32 colors[] = { 0x0072b2, 0xd55e00, 0x007a5a, 0xaa4499 };

static void
add (GPtrArray *points,
     guint      r,
     int        year,
     double     value)
{
  RdSeriesPoint *point = rd_test_series_point (points->len + 1, regions[r].region, year, "actual",
                                               value, value, "%", NULL, year + 1);

  point->level = g_strdup (regions[r].level);
  g_ptr_array_add (points, point);
}

/* @n regions, 2010–2016: region r's growth 4 + 2r + a wave, each line
 * missing a year of its own (2011 + r), and a target the chart leaves out. */
static RdChartData *
sample_compare (guint n)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  g_autoptr(GPtrArray) trends = NULL;
  g_autoptr(GError) error = NULL;

  for (guint r = 0; r < n; r++)
    for (int year = 2010; year <= 2016; year++)
      if (year != 2011 + (int) r)
        add (points, r, year, 4 + 2.5 * r + (year % 3));
  g_ptr_array_add (points, rd_test_series_point (99, regions[0].region, 2016, "target", 7, 7, "%", NULL, 2016));
  trends = rd_trend_new_for_regions (points, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trends->len, ==, n);
  g_assert_true (rd_trends_share_axis (trends));
  return rd_chart_data_new_for_trends (trends, "地区生产总值增长");
}

static int
item_of (const RdChartData *data, guint line, int year)
{
  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);

      if (item->year == year && item->line == line)
        return (int) i;
    }
  return -1;
}

static guint32
pixel_of (guint32 rgb)
{
  RdColor color = { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, 1 };

  return rd_test_to_pixel (&color);
}

/* Each line's points in its colour at their hit regions, which answer
 * with the item of that line and year; no line of a region across its
 * missing year; a line drawn between consecutive years. */
static void
check_lines (guint n, int width, int height)
{
  g_autoptr(RdChartData) data = NULL;
  RdTestDrawn d;

  rd_format_force_language ("zh");
  data = sample_compare (n);
  g_assert_cmpuint (g_strv_length (data->lines), ==, n);
  rd_test_draw (&d, data, NULL, width, height, FALSE);

  for (guint line = 0; line < n; line++)
    {
      guint32 color = pixel_of (colors[line]);
      int missing = 2011 + (int) line;
      int before = item_of (data, line, missing - 1), after = item_of (data, line, missing + 1);
      const RdHitRegion *a, *b;
      double ax, ay, bx, by;

      g_assert_cmpint (item_of (data, line, missing), ==, -1);
      for (int year = 2010; year <= 2016; year++)
        {
          int i = item_of (data, line, year);
          const RdHitRegion *r;
          double x, y;
          int found;

          if (i < 0)
            continue;
          r = rd_test_first_hit (d.hits, (guint) i);
          x = r->x + r->width / 2;
          y = r->y + r->height / 2;
          /* The region and the year of the point under the pointer. */
          found = rd_hit_regions_lookup (d.hits, x, y);
          g_assert_cmpint (found, >=, 0);
          g_assert_cmpuint (g_array_index (data->items, RdChartItem, found).line, ==, line);
          g_assert_cmpint (g_array_index (data->items, RdChartItem, found).year, ==, year);
          g_assert_cmpint (rd_test_count_in (d.surface, x - 2, y - 2, 4, 4, color), >, 0);
        }

      /* The gap: nothing of this line's colour between the two points
       * around the missing year, away from the points themselves. */
      a = rd_test_first_hit (d.hits, (guint) before);
      b = rd_test_first_hit (d.hits, (guint) after);
      ax = a->x + a->width / 2, ay = a->y + a->height / 2;
      bx = b->x + b->width / 2, by = b->y + b->height / 2;
      g_assert_cmpint (rd_test_count_in (d.surface, ax + 0.25 * (bx - ax), MIN (ay, by) - 6,
                                         0.5 * (bx - ax), fabs (by - ay) + 12, color), ==, 0);
    }

  /* The first line is solid: drawn half-way between 2012 and 2013. */
  {
    const RdHitRegion *a = rd_test_first_hit (d.hits, (guint) item_of (data, 0, 2012));
    const RdHitRegion *b = rd_test_first_hit (d.hits, (guint) item_of (data, 0, 2013));
    double mx = (a->x + a->width / 2 + b->x + b->width / 2) / 2;
    double my = (a->y + a->height / 2 + b->y + b->height / 2) / 2;

    g_assert_cmpint (rd_test_count_in (d.surface, mx - 2, my - 5, 4, 10, pixel_of (colors[0])), >, 0);
  }
  rd_test_drawn_clear (&d);
}

static void
test_two_lines (void)
{
  check_lines (2, 800, 600);
}

static void
test_three_lines (void)
{
  check_lines (3, 1280, 720);
}

static void
test_four_lines (void)
{
  check_lines (4, 1920, 1080);
}

/* Every point answers at the middle of a region of its own; the target
 * is left out; the legend names each line. */
static void
test_hits_and_legend (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      g_autoptr(RdChartData) data = sample_compare (3);
      RdRenderState state = RD_RENDER_STATE_INIT;
      RdTestDrawn d;

      for (guint i = 0; i < data->items->len; i++)
        g_assert_false (g_array_index (data->items, RdChartItem, i).is_target);
      state.selected = 0;
      state.hovered = 1;
      rd_test_draw (&d, data, &state, 800, 600, dark);
      for (guint i = 0; i < data->items->len; i++)
        {
          gboolean answered = FALSE;

          for (guint k = 0; k < d.hits->len; k++)
            {
              const RdHitRegion *r = &g_array_index (d.hits, RdHitRegion, k);

              if (r->item == i)
                answered |= rd_hit_regions_lookup (d.hits, r->x + r->width / 2, r->y + r->height / 2) == (int) i;
            }
          if (!answered)
            g_error ("item %u: no region answers it at its middle", i);
        }
      for (guint line = 0; line < 3; line++)
        g_assert_true (rd_test_has_text (&d, data->lines[line]));
      rd_test_drawn_clear (&d);
    }
}

static void
check_layout (const char *lang)
{
  static const int sizes[][2] = { { 280, 220 }, { 320, 240 }, { 480, 360 }, { 800, 600 }, { 1280, 720 },
                                  { 1920, 1080 }, { 2560, 1440 } };

  rd_format_force_language (lang);
  for (guint n = 2; n <= 4; n++)
    {
      g_autoptr(RdChartData) data = sample_compare (n);

      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          int w = sizes[z][0], h = sizes[z][1];
          g_autofree char *what = g_strdup_printf ("compare %u (%s) %dx%d", n, lang, w, h);
          RdTestDrawn d;

          rd_test_draw_layout (&d, data, w, h, z % 2 == 1);
          rd_test_assert_text_layout (&d, what, w, h, w < 800);
          g_assert_true (rd_test_has_text (&d, data->source));
          for (guint line = 0; line < n && w >= 800; line++)
            g_assert_true (rd_test_has_text (&d, data->lines[line]));
          rd_test_assert_hits_inside (&d, data, w, h);
          rd_test_drawn_clear (&d);
        }
    }
  rd_format_force_language ("zh");
}

static void
test_layout_zh (void)
{
  check_layout ("zh");
}

static void
test_layout_en (void)
{
  check_layout ("en");
}

/* Each region's level named; the source names the regions; the point's
 * description names its region. */
static void
test_words (void)
{
  g_autoptr(RdChartData) zh = NULL;
  g_autoptr(RdChartData) en = NULL;
  g_autofree char *plain = rd_chart_data_region_name ("某地", NULL);
  const RdChartItem *item;

  rd_format_force_language ("zh");
  zh = sample_compare (2);
  g_assert_cmpstr (zh->lines[0], ==, "湖南省（省）");
  g_assert_cmpstr (zh->lines[1], ==, "株洲市（市）");
  g_assert_nonnull (strstr (zh->source, "湖南省"));
  g_assert_nonnull (strstr (zh->source, "株洲市"));
  item = &g_array_index (zh->items, RdChartItem, item_of (zh, 1, 2014));
  g_assert_nonnull (strstr (item->description, "株洲市（市）"));
  g_assert_nonnull (strstr (item->description, "2014"));

  rd_format_force_language ("en");
  en = sample_compare (4);
  g_assert_cmpstr (en->lines[0], ==, "湖南省 (province)");
  g_assert_cmpstr (en->lines[2], ==, "天元区 (district)");
  g_assert_cmpstr (en->lines[3], ==, "攸县 (county)");
  rd_format_force_language ("zh");
  g_assert_cmpstr (plain, ==, "某地");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rd_format_force_language ("zh");

  g_test_add_func ("/compare-chart/two-lines", test_two_lines);
  g_test_add_func ("/compare-chart/three-lines", test_three_lines);
  g_test_add_func ("/compare-chart/four-lines", test_four_lines);
  g_test_add_func ("/compare-chart/hits-and-legend", test_hits_and_legend);
  g_test_add_func ("/compare-chart/layout-zh", test_layout_zh);
  g_test_add_func ("/compare-chart/layout-en", test_layout_en);
  g_test_add_func ("/compare-chart/words", test_words);
  return g_test_run ();
}
