/* rd-targets-chart.c: "targets": each year's target (a hollow diamond, or
 * a band for a range) and the result a later report states for it, a
 * point coloured and shaped by the verdict (met: a round point in the
 * positive colour; missed: a triangle down in the negative one), joined
 * to its target by a thin line that shows the gap; a target with no
 * result yet is drawn dashed */
#define G_LOG_DOMAIN "reportdash-targets-chart"

#include "config.h"

#include <math.h>

#include "rd-render-private.h"

typedef struct
{
  int    first_year, n_years;
  double plot_x, plot_w, slot;
  double plot_top, plot_bottom;
  RdAxis axis;
  double r;
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

static const RdColor *
status_color (const RdCanvas *c,
              int             status)
{
  switch (status)
    {
    case RD_TARGET_MET:
      return &c->style->positive;
    case RD_TARGET_MISSED:
      return &c->style->negative;
    default:
      return &c->style->muted;
    }
}

/* A result: round when met, a triangle pointing down when missed. */
static void
result_path (cairo_t *cr,
             int      status,
             double   x,
             double   y,
             double   r)
{
  if (status == RD_TARGET_MISSED)
    {
      cairo_move_to (cr, x, y + 1.2 * r);
      cairo_line_to (cr, x + 1.15 * r, y - 0.85 * r);
      cairo_line_to (cr, x - 1.15 * r, y - 0.85 * r);
      cairo_close_path (cr);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
    }
}

static gboolean
is_range (const RdChartItem *item)
{
  return item->value_max > item->value;
}

/* The rectangle item @i's mark covers. */
static void
mark_box (const RdCanvas *c,
          const Layout   *l,
          guint           i,
          double         *x,
          double         *y,
          double         *w,
          double         *h)
{
  const RdChartItem *item = rd_canvas_item (c, i);
  double cx = year_x (l, item->year), cy = value_y (l, item->value);
  double half = !item->is_target ? 1.2 * l->r : is_range (item) ? MIN (1.5 * l->r, 0.3 * l->slot) : 1.3 * l->r;
  double top = item->is_target && is_range (item) ? value_y (l, item->value_max) : cy - half;
  double bottom = item->is_target && is_range (item) ? MAX (cy, top + 1) : cy + half;

  *x = cx - half;
  *y = top;
  *w = 2 * half;
  *h = bottom - top;
}

/* The target's outline: dashed while no result is known. */
static void
stroke_target (const RdCanvas *c,
               const RdColor  *color,
               gboolean        dashed)
{
  double u = MAX (1.5, c->em / 8);
  const double dash[] = { 2 * u, 1.5 * u };

  cairo_save (c->cr);
  cairo_set_source_rgba (c->cr, color->r, color->g, color->b, 0.18);
  cairo_fill_preserve (c->cr);
  rd_render_set_color (c->cr, color);
  cairo_set_line_width (c->cr, u);
  if (dashed)
    cairo_set_dash (c->cr, dash, 2, 0);
  cairo_stroke (c->cr);
  cairo_restore (c->cr);
}

static void
draw_item (const RdCanvas *c,
           const Layout   *l,
           guint           i)
{
  const RdChartItem *item = rd_canvas_item (c, i);
  gboolean lit = (int) i == c->state->hovered || (int) i == c->state->selected;
  double x, y, w, h;

  mark_box (c, l, i, &x, &y, &w, &h);
  if (item->is_target)
    {
      const RdColor *color = lit ? rd_canvas_mark_color (c, i) : &c->style->foreground;

      if (is_range (item))
        cairo_rectangle (c->cr, x, y, w, h);
      else
        rd_render_diamond_path (c->cr, x + w / 2, y + h / 2, w / 2);
      stroke_target (c, color, item->status == RD_TARGET_NO_RESULT);
    }
  else
    {
      result_path (c->cr, item->status, x + w / 2, y + h / 2,
                   lit ? 1.3 * l->r : l->r);
      rd_render_set_color (c->cr, status_color (c, item->status));
      cairo_fill_preserve (c->cr);
      rd_render_set_color (c->cr, (int) i == c->state->selected ? &c->style->foreground : &c->style->background);
      cairo_set_line_width (c->cr, MAX (1.0, l->r / 3));
      cairo_stroke (c->cr);
    }
  rd_canvas_focus_rect (c, i, x, y, w, h);
}

/* From each target to its result, in the verdict's colour: the gap. */
static void
draw_gaps (const RdCanvas *c,
           const Layout   *l)
{
  cairo_save (c->cr);
  /* An even width on a whole pixel: crisp. */
  cairo_set_line_width (c->cr, MAX (2.0, 2 * round (c->em / 16)));
  for (guint i = 0; i + 1 < rd_canvas_n_items (c); i++)
    {
      const RdChartItem *target = rd_canvas_item (c, i), *result = rd_canvas_item (c, i + 1);
      double x, top, bottom;

      if (!target->is_target || result->is_target || result->year != target->year)
        continue;
      x = round (year_x (l, target->year));
      top = value_y (l, MAX (result->value, is_range (target) ? target->value_max : target->value));
      bottom = value_y (l, MIN (result->value, target->value));
      rd_render_set_color (c->cr, status_color (c, result->status));
      cairo_move_to (c->cr, x, top);
      cairo_line_to (c->cr, x, bottom);
      cairo_stroke (c->cr);
    }
  cairo_restore (c->cr);
}

/* The marks answer first; then the year's column, shared by a target
 * and its result half-way between them. */
static void
add_hits (const RdCanvas *c,
          const Layout   *l)
{
  double pad = 0.15 * c->em;

  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    {
      double x, y, w, h, half;

      mark_box (c, l, i, &x, &y, &w, &h);
      half = MIN (w / 2 + pad, 0.45 * l->slot);
      rd_canvas_add_hit (c, x + w / 2 - half, y - pad, 2 * half, h + 2 * pad, i);
    }
  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);
      double x0 = l->plot_x + (item->year - l->first_year) * l->slot, split;
      const RdChartItem *next = i + 1 < rd_canvas_n_items (c) ? rd_canvas_item (c, i + 1) : NULL;

      if (!item->is_target)
        continue;
      if (next == NULL || next->is_target || next->year != item->year)
        {
          rd_canvas_add_hit (c, x0, l->plot_top, l->slot, l->plot_bottom - l->plot_top, i);
          continue;
        }
      split = (value_y (l, item->value) + value_y (l, next->value)) / 2;
      if (value_y (l, item->value) <= value_y (l, next->value))
        {
          rd_canvas_add_hit (c, x0, l->plot_top, l->slot, MAX (split - l->plot_top, 1), i);
          rd_canvas_add_hit (c, x0, split, l->slot, MAX (l->plot_bottom - split, 1), i + 1);
        }
      else
        {
          rd_canvas_add_hit (c, x0, l->plot_top, l->slot, MAX (split - l->plot_top, 1), i + 1);
          rd_canvas_add_hit (c, x0, split, l->slot, MAX (l->plot_bottom - split, 1), i);
        }
    }
}

/* The legend: the target, then each verdict shown. Returns its height
 * (0 when @draw is FALSE measures only). */
static double
draw_legend (const RdCanvas *c,
             const gboolean *present,
             double          x,
             double          y,
             double          w,
             gboolean        draw)
{
  static const int order[] = { -1, RD_TARGET_MET, RD_TARGET_MISSED, RD_TARGET_NO_RESULT };
  double em = c->em, size = 0.8 * em, swatch = 1.2 * em, gap = 0.35 * em, r = 0.32 * em;
  double cx = x, line_top = y, line_h = 0;

  for (guint e = 0; e < G_N_ELEMENTS (order); e++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      const char *word;
      double tw, th, entry, my, mx;

      if (order[e] >= 0 && (!present[order[e]] || c->data->status_texts == NULL))
        continue;
      word = order[e] < 0 ? c->data->target_text : c->data->status_texts[order[e]];
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
      mx = cx + swatch / 2;
      if (draw && (order[e] < 0 || order[e] == RD_TARGET_NO_RESULT))
        {
          rd_render_diamond_path (c->cr, mx, my, 1.3 * r);
          stroke_target (c, order[e] < 0 ? &c->style->foreground : &c->style->muted, order[e] >= 0);
        }
      else if (draw)
        {
          result_path (c->cr, order[e], mx, my, r);
          rd_render_set_color (c->cr, status_color (c, order[e]));
          cairo_fill (c->cr);
        }
      if (draw)
        rd_canvas_show (c, layout, cx + swatch + gap, line_top, &c->style->foreground, -1);
      cx += entry + 1.1 * em;
    }
  return line_top + line_h - y;
}

static void
draw_targets (const RdCanvas *c)
{
  double em = c->em;
  int first = G_MAXINT, last = G_MININT;
  gboolean present[3] = { FALSE, FALSE, FALSE };
  g_autoptr(PangoLayout) unit = NULL;
  double tick_w, tick_h, header_h, legend_x, legend_h;
  Layout l;

  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);

      first = MIN (first, item->year);
      last = MAX (last, item->year);
      if (item->is_target && item->status >= 0 && item->status < 3)
        present[item->status] = TRUE;
    }
  if (last < first || last - first > 500)
    {
      rd_render_no_figures (c);
      return;
    }

  l.first_year = first;
  l.n_years = last - first + 1;
  rd_axis_init (&l.axis, c->data, 0);
  rd_axis_label_extents (c, &l.axis, &tick_w, &tick_h);

  unit = rd_canvas_layout (c, c->data->unit, 0.8 * em, FALSE, 0.45 * c->w, 1);
  legend_x = c->x + (c->data->unit[0] ? rd_render_layout_width (unit) + em : 0);
  legend_h = draw_legend (c, present, legend_x, c->y, c->x + c->w - legend_x, FALSE);
  header_h = MAX (legend_h, c->data->unit[0] ? rd_render_layout_height (unit) : 0) + 0.6 * em;

  l.plot_x = c->x + tick_w + 0.5 * em;
  l.plot_w = MAX (c->x + c->w - l.plot_x, 1);
  l.slot = l.plot_w / l.n_years;
  l.r = CLAMP (0.3 * l.slot, 2.0, 0.34 * em);
  l.plot_top = c->y + header_h + 0.4 * em;
  l.plot_bottom = c->y + c->h - rd_canvas_year_labels_height (c);
  if (l.plot_bottom - l.plot_top < em)
    return;

  if (c->data->unit[0])
    rd_canvas_show (c, unit, c->x, c->y, &c->style->muted, -1);
  draw_legend (c, present, legend_x, c->y, c->x + c->w - legend_x, TRUE);
  rd_axis_draw (c, &l.axis, FALSE, l.plot_bottom, l.plot_top, l.plot_x, l.plot_x + l.plot_w);
  rd_canvas_year_axis (c, first, l.n_years, l.plot_x, l.plot_w, l.plot_bottom);

  draw_gaps (c, &l);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < rd_canvas_n_items (c); i++)
      if (rd_canvas_item (c, i)->is_target == (pass == 0))
        draw_item (c, &l, i);
  add_hits (c, &l);
}

void
rd_draw_targets (const RdCanvas *c)
{
  draw_targets (c);
}

RD_DEFINE_CHART (rd_render_targets_chart, rd_draw_targets)
