/* rd-line-chart.c: a "trend": actuals by year joined by a line, targets
 * as hollow diamonds (or a band for a range), gaps where a year is
 * missing; with several lines (regions compared), each its own colour,
 * dash pattern and point shape, named in the legend */
#define G_LOG_DOMAIN "reportdash-line-chart"

#include "config.h"

#include <math.h>

#include "rd-format.h"
#include "rd-render-private.h"

typedef struct
{
  int    first_year, n_years;
  guint  n_lines;
  double plot_x, plot_w, slot;
  double plot_top, plot_bottom;
  RdAxis axis;
} Layout;

static double
year_x (const Layout *l,
        int           year)
{
  return l->plot_x + (year - l->first_year + 0.5) * l->slot;
}

static double
value_y (const Layout *l,
         double        value)
{
  return rd_axis_map (&l->axis, value, l->plot_bottom, l->plot_top);
}

static gboolean
is_range (const RdChartItem *item)
{
  return item->value_max > item->value;
}

static guint
count_lines (const RdCanvas *c)
{
  return c->data->lines != NULL ? MAX (g_strv_length (c->data->lines), 1) : 1;
}

/* Okabe–Ito hues (and Tol's purple, darker than Okabe–Ito's) with 3:1 or
 * more on the background; a line's colour is never its only sign: its
 * dash pattern and point shape tell it apart in grey and in print. */
static const guint32 line_colors[2][5] = {
  { 0x0072b2, 0xd55e00, 0x007a5a, 0xaa4499, 0x5e5e5e },  /* light */
  { 0x56b4e9, 0xe69f00, 0x2bbd8f, 0xcc79a7, 0xf0e442 },  /* dark */
};

#define N_LINE_STYLES G_N_ELEMENTS (line_colors[0])

static RdColor
line_color (const RdCanvas *c,
            guint           line)
{
  guint32 rgb;

  if (count_lines (c) == 1)
    return c->style->mark;
  rgb = line_colors[c->style->dark ? 1 : 0][line % N_LINE_STYLES];
  return (RdColor) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, 1.0 };
}

/* Solid, dashed, dotted, dash-dot, long dashes. */
static void
set_line_dash (const RdCanvas *c,
               guint           line)
{
  double u = MAX (1.5, c->em / 7);
  double dashes[N_LINE_STYLES][4] = {
    { 0 },
    { 5 * u, 3 * u },
    { 0.01, 2.5 * u },
    { 6 * u, 2.5 * u, 0.01, 2.5 * u },
    { 10 * u, 3 * u },
  };
  static const int n_dashes[N_LINE_STYLES] = { 0, 2, 2, 4, 2 };

  line %= N_LINE_STYLES;
  cairo_set_dash (c->cr, dashes[line], n_dashes[line], 0);
}

/* The year's target item of @line, or -1. */
static int
target_of_year (const RdCanvas *c,
                guint           line,
                int             year)
{
  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    if (rd_canvas_item (c, i)->is_target && rd_canvas_item (c, i)->year == year &&
        rd_canvas_item (c, i)->line == line)
      return (int) i;
  return -1;
}

/* Every how many years a label fits: 1, 2, 5, 10, 20 … */
static int
label_step (const RdCanvas *c,
            double          slot,
            int             n_years,
            double          label_w)
{
  static const int steps[] = { 1, 2, 5, 10, 20, 50 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * slot >= label_w + 0.6 * c->em)
      return steps[i];
  return n_years;
}

double
rd_canvas_year_labels_height (const RdCanvas *c)
{
  g_autoptr(PangoLayout) year_label = rd_canvas_layout (c, "0000", 0.8 * c->em, FALSE, -1, 0);

  return rd_render_layout_height (year_label) + 0.4 * c->em;
}

void
rd_canvas_year_axis (const RdCanvas *c,
                     int             first,
                     int             n_years,
                     double          plot_x,
                     double          plot_w,
                     double          bottom)
{
  double em = c->em, slot = plot_w / n_years;
  g_autoptr(PangoLayout) year_label = rd_canvas_layout (c, "0000", 0.8 * em, FALSE, -1, 0);
  int step = label_step (c, slot, n_years, rd_render_layout_width (year_label));

  /* Years: a tick for each, a label where it fits. */
  rd_render_set_color (c->cr, &c->style->muted);
  cairo_set_line_width (c->cr, MAX (1.0, em / 16));
  cairo_move_to (c->cr, plot_x, round (bottom) + 0.5);
  cairo_line_to (c->cr, plot_x + plot_w, round (bottom) + 0.5);
  for (int k = 0; k < n_years; k++)
    {
      double x = round (plot_x + (k + 0.5) * slot) + 0.5;

      cairo_move_to (c->cr, x, bottom);
      cairo_line_to (c->cr, x, bottom + ((first + k) % step == 0 ? 0.3 : 0.15) * em);
    }
  cairo_stroke (c->cr);
  for (int k = 0; k < n_years; k++)
    {
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double w;

      if ((first + k) % step != 0 && step < n_years)
        continue;
      text = g_strdup_printf ("%d", first + k);
      layout = rd_canvas_layout (c, text, 0.8 * em, FALSE, -1, 0);
      w = rd_render_layout_width (layout);
      rd_canvas_show (c, layout, CLAMP (plot_x + (k + 0.5) * slot - w / 2, c->x, c->x + c->w - w),
                      bottom + 0.4 * em, &c->style->muted, -1);
      if (step >= n_years)
        break;
    }
}

/* The actual of each line and year (line × n_years + year), or -1. */
static void
actual_of_years (const RdCanvas *c,
                 const Layout   *l,
                 int            *actual)
{
  for (guint k = 0; k < l->n_lines * (guint) l->n_years; k++)
    actual[k] = -1;
  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);
      int k = item->year - l->first_year;

      if (!item->is_target && k >= 0 && k < l->n_years && item->line < l->n_lines &&
          actual[item->line * l->n_years + k] < 0)
        actual[item->line * l->n_years + k] = (int) i;
    }
}

static void
draw_line (const RdCanvas *c,
           const Layout   *l,
           const int      *actual,
           guint           line)
{
  RdColor color = line_color (c, line);

  cairo_save (c->cr);
  rd_render_set_color (c->cr, &color);
  set_line_dash (c, line);
  cairo_set_line_width (c->cr, MAX (1.5, c->em / 7));
  cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_ROUND);
  /* Only between consecutive years: a missing year breaks the line. */
  for (int k = 0; k < l->n_years; k++)
    {
      if (actual[k] < 0)
        continue;
      if (k == 0 || actual[k - 1] < 0)
        cairo_move_to (c->cr, year_x (l, l->first_year + k),
                       value_y (l, rd_canvas_item (c, actual[k])->value));
      else
        cairo_line_to (c->cr, year_x (l, l->first_year + k),
                       value_y (l, rd_canvas_item (c, actual[k])->value));
    }
  cairo_stroke (c->cr);
  cairo_restore (c->cr);
}

void
rd_render_diamond_path (cairo_t *cr,
                        double   x,
                        double   y,
                        double   d)
{
  cairo_move_to (cr, x, y - d);
  cairo_line_to (cr, x + d, y);
  cairo_line_to (cr, x, y + d);
  cairo_line_to (cr, x - d, y);
  cairo_close_path (cr);
}

/* The rectangle item @i's mark covers. */
static void
mark_box (const RdCanvas *c,
          const Layout   *l,
          guint           i,
          double          r,
          double         *x,
          double         *y,
          double         *w,
          double         *h)
{
  const RdChartItem *item = rd_canvas_item (c, i);
  double cx = year_x (l, item->year), cy = value_y (l, item->value);
  double half = !item->is_target ? r : is_range (item) ? MIN (1.5 * r, 0.3 * l->slot) : 1.3 * r;
  double top = item->is_target && is_range (item) ? value_y (l, item->value_max) : cy - half;
  double bottom = item->is_target && is_range (item) ? MAX (cy, top + 1) : cy + half;

  *x = cx - half;
  *y = top;
  *w = 2 * half;
  *h = bottom - top;
}

/* A point of line @line: a circle, square, triangle up or down. */
static void
point_path (cairo_t *cr,
            guint    line,
            double   x,
            double   y,
            double   r)
{
  switch (line % N_LINE_STYLES)
    {
    case 1:
      cairo_rectangle (cr, x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
      break;
    case 2:
      cairo_move_to (cr, x, y - 1.15 * r);
      cairo_line_to (cr, x + 1.1 * r, y + 0.8 * r);
      cairo_line_to (cr, x - 1.1 * r, y + 0.8 * r);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y + 1.15 * r);
      cairo_line_to (cr, x + 1.1 * r, y - 0.8 * r);
      cairo_line_to (cr, x - 1.1 * r, y - 0.8 * r);
      cairo_close_path (cr);
      break;
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
    }
}

static void
draw_point (const RdCanvas *c,
            const Layout   *l,
            guint           i,
            double          r)
{
  const RdChartItem *item = rd_canvas_item (c, i);
  gboolean several = l->n_lines > 1;
  RdColor color = several ? line_color (c, item->line) : *rd_canvas_mark_color (c, i);
  double x, y, w, h;

  mark_box (c, l, i, r, &x, &y, &w, &h);
  if (!item->is_target)
    {
      /* Of several lines, a point keeps its line's colour and grows
       * when hovered or chosen. */
      double pr = several && ((int) i == c->state->hovered || (int) i == c->state->selected) ? 1.4 * r : r;

      point_path (c->cr, several ? item->line : 0, x + w / 2, y + h / 2, pr);
      rd_render_set_color (c->cr, &color);
      cairo_fill_preserve (c->cr);
      /* A ring of the background keeps the point apart from the line
       * (of the text colour on the point chosen of several lines). */
      rd_render_set_color (c->cr, several && (int) i == c->state->selected ? &c->style->foreground
                                                                          : &c->style->background);
      cairo_set_line_width (c->cr, MAX (1.0, r / 3));
      cairo_stroke (c->cr);
    }
  else
    {
      if (is_range (item))
        cairo_rectangle (c->cr, x, y, w, h);
      else
        rd_render_diamond_path (c->cr, x + w / 2, y + h / 2, w / 2);
      if (several)
        {
          cairo_set_source_rgba (c->cr, color.r, color.g, color.b, 0.22);
          cairo_fill_preserve (c->cr);
          rd_render_set_color (c->cr, &color);
          cairo_set_line_width (c->cr, MAX (1.5, c->em / 8));
          cairo_stroke (c->cr);
        }
      else
        rd_canvas_paint_mark (c, i);
    }
  rd_canvas_focus_rect (c, i, x, y, w, h);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Of several lines, the column of a year is shared by the lines' points
 * of that year, each answering from half-way to the point above to
 * half-way to the point below: the nearest point answers. */
static void
add_line_hits (const RdCanvas *c,
               const Layout   *l,
               const int      *actual,
               double          top,
               double          bottom)
{
  g_autofree double *ys = g_new (double, 2 * l->n_lines);

  for (int k = 0; k < l->n_years; k++)
    {
      guint n = 0;

      /* (y, item) pairs, sorted by y. */
      for (guint line = 0; line < l->n_lines; line++)
        if (actual[line * l->n_years + k] >= 0)
          {
            int item = actual[line * l->n_years + k];

            ys[2 * n] = value_y (l, rd_canvas_item (c, item)->value);
            ys[2 * n + 1] = item;
            n++;
          }
      g_qsort_with_data (ys, n, 2 * sizeof (double), compare_doubles, NULL);
      for (guint j = 0; j < n; j++)
        {
          double y0 = j == 0 ? top : (ys[2 * (j - 1)] + ys[2 * j]) / 2;
          double y1 = j + 1 == n ? bottom : (ys[2 * j] + ys[2 * (j + 1)]) / 2;

          rd_canvas_add_hit (c, l->plot_x + k * l->slot, y0, l->slot, MAX (y1 - y0, 1),
                             (guint) ys[2 * j + 1]);
        }
    }
}

/* The marks answer first, each within the middle half of its year (an
 * actual drawn over a target wins); then the whole column of a year, an
 * actual and a target of one year sharing it, the actual on the left. */
static void
add_hits (const RdCanvas *c,
          const Layout   *l,
          const int      *actual,
          double          r,
          double          top,
          double          bottom)
{
  double pad = 0.15 * c->em;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < rd_canvas_n_items (c); i++)
      {
        double x, y, w, h, half;

        if (rd_canvas_item (c, i)->is_target != (pass == 1))
          continue;
        mark_box (c, l, i, r, &x, &y, &w, &h);
        half = MIN (w / 2 + pad, 0.24 * l->slot);
        rd_canvas_add_hit (c, x + w / 2 - half, y - pad, 2 * half, h + 2 * pad, i);
      }

  if (l->n_lines > 1)
    {
      add_line_hits (c, l, actual, top, bottom);
      return;
    }
  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);
      int k = item->year - l->first_year;
      double x0 = l->plot_x + k * l->slot, w = l->slot;

      if (k < 0 || k >= l->n_years)
        continue;
      if (item->is_target && actual[k] >= 0)
        {
          x0 += l->slot / 2;
          w = l->slot / 2;
        }
      else if (!item->is_target && target_of_year (c, 0, item->year) >= 0)
        w = l->slot / 2;
      rd_canvas_add_hit (c, x0, top, w, bottom - top, i);
    }
}

static void
unref_layout (gpointer layout)
{
  g_clear_object (&layout);
}

/* The actuals' values beside their points when every one fits its year
 * (else none: the axis and the hover tell them), above the point or
 * below it when the year's target is above. */
static void
draw_values (const RdCanvas *c,
             const Layout   *l,
             const int      *actual,
             double          r)
{
  double size = 0.75 * c->em;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (unref_layout);

  /* Several lines' values would run into one another. */
  if (l->n_lines > 1)
    return;

  for (int k = 0; k < l->n_years; k++)
    {
      PangoLayout *layout = NULL;

      if (actual[k] >= 0)
        {
          layout = rd_canvas_layout (c, rd_canvas_item (c, actual[k])->value_text, size, FALSE, -1, 0);
          if (rd_render_layout_width (layout) + 0.3 * c->em > l->slot)
            return;
        }
      g_ptr_array_add (layouts, layout);
    }

  for (int k = 0; k < l->n_years; k++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, k);
      const RdChartItem *item;
      int target;
      double x, y, w, h, vy;

      if (layout == NULL)
        continue;
      item = rd_canvas_item (c, actual[k]);
      target = target_of_year (c, 0, item->year);
      w = rd_render_layout_width (layout);
      h = rd_render_layout_height (layout);
      vy = value_y (l, item->value);
      x = CLAMP (year_x (l, item->year) - w / 2, c->x, c->x + c->w - w);
      if (target >= 0 && rd_canvas_item (c, target)->value > item->value &&
          vy + 1.3 * r + 0.15 * c->em + h <= l->plot_bottom)
        y = vy + 1.3 * r + 0.15 * c->em;
      else
        y = MAX (vy - 1.3 * r - 0.15 * c->em - h, l->plot_top - h - 0.1 * c->em);
      rd_canvas_show (c, layout, x, y, &c->style->foreground, actual[k]);
    }
}

/* The legend with the marks' own shapes: a point on a line (one a line
 * of several, with its colour, dash and point, named), a diamond.
 * Returns its height (0 when @draw is FALSE measures only). */
static double
draw_legend (const RdCanvas *c,
             const Layout   *l,
             gboolean        has_actual,
             gboolean        has_target,
             double          x,
             double          y,
             double          w,
             gboolean        draw)
{
  gboolean several = l->n_lines > 1;
  guint n_line_entries = several ? l->n_lines : has_actual ? 1 : 0;
  double em = c->em, size = 0.8 * em, swatch = (several ? 2.2 : 1.4) * em, gap = 0.35 * em;
  double cx = x, line_top = y, line_h = 0;

  for (guint e = 0; e < n_line_entries + (has_target ? 1 : 0); e++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      gboolean is_line = e < n_line_entries;
      const char *word = !is_line ? c->data->target_text : several ? c->data->lines[e] : c->data->actual_text;
      double tw, th, entry, my, r = 0.3 * em;

      layout = rd_canvas_layout (c, word, size, FALSE, MAX (w - swatch - gap, em), 1);
      tw = rd_render_layout_width (layout);
      th = rd_render_layout_height (layout);
      entry = swatch + gap + tw;
      if (cx > x && cx + entry > x + w)
        {
          cx = x;
          line_top += line_h + 0.2 * em;
          line_h = 0;
        }
      line_h = MAX (line_h, th);
      my = line_top + th / 2;
      if (draw && is_line)
        {
          RdColor color = line_color (c, e);

          cairo_save (c->cr);
          rd_render_set_color (c->cr, &color);
          set_line_dash (c, several ? e : 0);
          cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_line_width (c->cr, MAX (1.5, em / 7));
          cairo_move_to (c->cr, cx, my);
          cairo_line_to (c->cr, cx + swatch, my);
          cairo_stroke (c->cr);
          cairo_restore (c->cr);
          point_path (c->cr, several ? e : 0, cx + swatch / 2, my, r);
          rd_render_set_color (c->cr, &color);
          cairo_fill (c->cr);
        }
      else if (draw)
        {
          double d = 1.3 * r, mx = cx + swatch / 2;
          RdColor color = several ? c->style->muted : c->style->mark;

          rd_render_diamond_path (c->cr, mx, my, d);
          cairo_set_source_rgba (c->cr, color.r, color.g, color.b, 0.22);
          cairo_fill_preserve (c->cr);
          rd_render_set_color (c->cr, &color);
          cairo_set_line_width (c->cr, MAX (1.5, em / 8));
          cairo_stroke (c->cr);
        }
      if (draw)
        rd_canvas_show (c, layout, cx + swatch + gap, line_top, &c->style->foreground, -1);
      cx += entry + 1.1 * em;
    }
  return line_top + line_h - y;
}

static void
draw_trend (const RdCanvas *c)
{
  double em = c->em;
  int first = G_MAXINT, last = G_MININT;
  g_autofree int *actual = NULL;
  g_autoptr(PangoLayout) unit = NULL;
  gboolean has_target = FALSE, has_actual = FALSE;
  double tick_w, tick_h, header_h, legend_x, legend_h, label_h, value_h, r;
  Layout l;

  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);

      first = MIN (first, item->year);
      last = MAX (last, item->year);
      has_target |= item->is_target;
      has_actual |= !item->is_target;
    }
  if (last < first || last - first > 500)
    {
      rd_render_no_figures (c);
      return;
    }

  l.first_year = first;
  l.n_years = last - first + 1;
  l.n_lines = count_lines (c);
  rd_axis_init (&l.axis, c->data, 0);
  rd_axis_label_extents (c, &l.axis, &tick_w, &tick_h);

  /* The unit above the value axis, the legend beside it. */
  unit = rd_canvas_layout (c, c->data->unit, 0.8 * em, FALSE, 0.45 * c->w, 1);
  legend_x = c->x + (c->data->unit[0] ? rd_render_layout_width (unit) + em : 0);
  legend_h = draw_legend (c, &l, has_actual, has_target, legend_x, c->y, c->x + c->w - legend_x, FALSE);
  header_h = MAX (legend_h, c->data->unit[0] ? rd_render_layout_height (unit) : 0) + 0.6 * em;

  l.plot_x = c->x + tick_w + 0.5 * em;
  l.plot_w = MAX (c->x + c->w - l.plot_x, 1);
  l.slot = l.plot_w / l.n_years;
  r = CLAMP (0.3 * l.slot, 2.0, 0.32 * em);

  label_h = rd_canvas_year_labels_height (c);
  value_h = rd_canvas_line_height (c, 0.75 * em);

  l.plot_top = c->y + header_h + value_h + 0.2 * em;
  l.plot_bottom = c->y + c->h - label_h;
  if (l.plot_bottom - l.plot_top < em)
    return;

  if (c->data->unit[0])
    rd_canvas_show (c, unit, c->x, c->y, &c->style->muted, -1);
  draw_legend (c, &l, has_actual, has_target, legend_x, c->y, c->x + c->w - legend_x, TRUE);
  rd_axis_draw (c, &l.axis, FALSE, l.plot_bottom, l.plot_top, l.plot_x, l.plot_x + l.plot_w);

  rd_canvas_year_axis (c, first, l.n_years, l.plot_x, l.plot_w, l.plot_bottom);

  actual = g_new (int, l.n_lines * l.n_years);
  actual_of_years (c, &l, actual);
  for (guint line = 0; line < l.n_lines; line++)
    draw_line (c, &l, actual + line * l.n_years, line);
  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    if (rd_canvas_item (c, i)->is_target)
      draw_point (c, &l, i, r);
  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    if (!rd_canvas_item (c, i)->is_target)
      draw_point (c, &l, i, r);
  draw_values (c, &l, actual, r);
  add_hits (c, &l, actual, r, c->y + header_h, l.plot_bottom);
}

void
rd_draw_trend (const RdCanvas *c)
{
  draw_trend (c);
}

RD_DEFINE_CHART (rd_render_line_chart, rd_draw_trend)
