/* rd-share-chart.c: parts of a whole, as rings (donut) and as cells
 * (waffle: one cell a day of the year or a per cent) */
#define G_LOG_DOMAIN "reportdash-share-chart"

#include "config.h"

#include <math.h>

#include "rd-render-private.h"

static double
whole_of (const RdChartData *data,
          const RdChartItem *item)
{
  if (item->whole > 0)
    return item->whole;
  return g_strcmp0 (rd_chart_item_get_unit (data, item), "%") == 0 ? 100 : 0;
}

static gboolean
every_item_has_whole (const RdChartData *data)
{
  for (guint i = 0; i < data->items->len; i++)
    if (whole_of (data, &g_array_index (data->items, RdChartItem, i)) <= 0)
      return FALSE;
  return data->items->len > 0;
}

static void
annulus (cairo_t *cr,
         double   cx,
         double   cy,
         double   r_out,
         double   r_in,
         double   a0,
         double   a1)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, r_out, a0, a1);
  cairo_arc_negative (cr, cx, cy, r_in, a1, a0);
  cairo_close_path (cr);
}

void
rd_draw_donuts (const RdCanvas *c)
{
  double em = c->em;
  guint n = rd_canvas_n_items (c), cols, rows;
  double cell_w, cell_h;

  /* A ring needs a whole; amounts without one are bars. */
  if (!every_item_has_whole (c->data))
    {
      rd_draw_hbars (c);
      return;
    }

  rd_render_grid (n, c->w, c->h, 0.85, &cols, &rows);
  cell_w = c->w / cols;
  cell_h = c->h / rows;

  for (guint i = 0; i < n; i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);
      double x = c->x + (i % cols) * cell_w, y = c->y + (i / cols) * cell_h;
      g_autoptr(PangoLayout) label =
        rd_canvas_layout (c, item->label, 0.95 * em, FALSE, cell_w - 0.5 * em, 2);
      g_autoptr(PangoLayout) value = NULL;
      double label_h = rd_render_layout_height (label);
      double d = MIN (cell_w - 0.6 * em, cell_h - label_h - 0.5 * em);
      double r_out = d / 2, r_in = r_out * 0.72;
      double cx = x + cell_w / 2, cy = y + (cell_h - label_h - 0.4 * em) / 2;
      double frac = CLAMP (item->value / whole_of (c->data, item), 0, 1);
      double a0 = -G_PI / 2, size = MIN (d * 0.15, 3 * em);

      if (d < 3 * em)
        return;

      rd_render_set_color (c->cr, &c->style->track);
      annulus (c->cr, cx, cy, r_out, r_in, 0, 2 * G_PI);
      cairo_fill (c->cr);

      if (frac > 0)
        {
          annulus (c->cr, cx, cy, r_out, r_in, a0, a0 + 2 * G_PI * frac);
          rd_canvas_paint_mark (c, i);
        }
      rd_canvas_focus_rect (c, i, cx - r_out, cy - r_out, d, d);

      /* The figure as printed in the hole, hedge included: 超过60%. */
      for (guint tries = 0; tries < 4; tries++)
        {
          g_clear_object (&value);
          value = rd_canvas_layout (c, item->value_text, size, TRUE, 2 * r_in * 0.86, 2);
          pango_layout_set_alignment (value, PANGO_ALIGN_CENTER);
          if (!pango_layout_is_ellipsized (value) &&
              rd_render_layout_height (value) <= 2 * r_in * 0.8)
            break;
          size *= 0.82;
        }
      rd_canvas_show (c, value, cx - r_in * 0.86, cy - rd_render_layout_height (value) / 2,
                      &c->style->foreground, i);

      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      rd_canvas_show (c, label, x + 0.25 * em, cy + r_out + 0.4 * em, &c->style->foreground, i);

      rd_canvas_add_hit (c, x, y, cell_w, cell_h, i);
    }
}

RD_DEFINE_CHART (rd_render_donut_chart, rd_draw_donuts)

typedef struct
{
  PangoLayout *value, *label, *whole;
  double       width, height;
} TextBlock;

static void
text_block_init (const RdCanvas    *c,
                 TextBlock         *t,
                 const RdChartItem *item,
                 double             width)
{
  const char *full = item->value_full ? item->value_full : item->value_text;

  t->value = rd_canvas_layout (c, full, 1.7 * c->em, TRUE, width, 2);
  t->label = rd_canvas_layout (c, item->label, 0.9 * c->em, FALSE, width, 2);
  t->whole = item->whole_text ? rd_canvas_layout (c, item->whole_text, 0.8 * c->em, FALSE, width, 2)
                              : NULL;
  t->width = MAX (rd_render_layout_width (t->value), rd_render_layout_width (t->label));
  t->height = rd_render_layout_height (t->value) + rd_render_layout_height (t->label);
  if (t->whole != NULL)
    {
      t->width = MAX (t->width, rd_render_layout_width (t->whole));
      t->height += rd_render_layout_height (t->whole) + 0.2 * c->em;
    }
}

static void
text_block_clear (TextBlock *t)
{
  g_clear_object (&t->value);
  g_clear_object (&t->label);
  g_clear_object (&t->whole);
}

static void
text_block_show (const RdCanvas *c,
                 TextBlock      *t,
                 double          x,
                 double          y,
                 guint           item)
{
  rd_canvas_show (c, t->value, x, y, &c->style->mark, item);
  y += rd_render_layout_height (t->value);
  rd_canvas_show (c, t->label, x, y, &c->style->foreground, item);
  y += rd_render_layout_height (t->label) + 0.2 * c->em;
  if (t->whole != NULL)
    rd_canvas_show (c, t->whole, x, y, &c->style->muted, item);
}

/* The columns that make @n square cells largest in @w × @h, and their
 * side. */
static double
best_cells (guint   n,
            double  w,
            double  h,
            guint  *cols)
{
  double best = 0;

  *cols = 1;
  for (guint k = 1; k <= n; k++)
    {
      double side = MIN (w / k, h / ((n + k - 1) / k));

      if (side > best)
        {
          best = side;
          *cols = k;
        }
    }
  return best;
}

static void
draw_waffle (const RdCanvas    *c,
             guint              i,
             double x, double y, double w, double h)
{
  double em = c->em;
  const RdChartItem *item = rd_canvas_item (c, i);
  guint n_cells = (guint) ceil (whole_of (c->data, item));
  double filled = CLAMP (item->value, 0, n_cells);
  TextBlock side = { 0 }, top = { 0 };
  double side_w = MIN (w * 0.34, 12 * em), side_cell, top_cell, step, cell, gx, gy;
  guint side_cols = 1, top_cols = 1, cols, rows;
  gboolean beside;

  text_block_init (c, &side, item, side_w);
  text_block_init (c, &top, item, w);
  side_cell = side.height <= h ? best_cells (n_cells, w - side_w - 0.8 * em, h, &side_cols) : 0;
  top_cell = best_cells (n_cells, w, h - top.height - 0.5 * em, &top_cols);
  beside = side_cell >= top_cell;
  cols = beside ? side_cols : top_cols;
  rows = (n_cells + cols - 1) / cols;

  /* Whole pixels, so that every cell has the same area. */
  step = floor (beside ? side_cell : top_cell);
  cell = step - MAX (1, round (step * 0.16));
  if (cell < 2)
    goto out;

  if (beside)
    {
      gx = round (x + side_w + 0.8 * em + (w - side_w - 0.8 * em - cols * step) / 2);
      gy = round (y + (h - rows * step) / 2);
    }
  else
    {
      gx = round (x + (w - cols * step) / 2);
      gy = round (y + top.height + 0.5 * em);
    }

  rd_render_set_color (c->cr, &c->style->track);
  for (guint k = (guint) ceil (filled); k < n_cells; k++)
    cairo_rectangle (c->cr, gx + (k % cols) * step, gy + (k / cols) * step, cell, cell);
  cairo_fill (c->cr);

  for (guint k = 0; k < (guint) ceil (filled); k++)
    {
      double part = MIN (filled - k, 1.0);
      cairo_rectangle (c->cr, gx + (k % cols) * step, gy + (k / cols) * step, cell * part, cell);
    }
  rd_canvas_paint_mark (c, i);
  rd_canvas_focus_rect (c, i, gx, gy, cols * step, rows * step);

  /* The grid answers first: tests count its cells there. */
  rd_canvas_add_hit (c, gx, gy, cols * step, rows * step, i);
  if (beside)
    {
      text_block_show (c, &side, x, y + (h - side.height) / 2, i);
      rd_canvas_add_hit (c, x, y, side_w, h, i);
    }
  else
    {
      pango_layout_set_alignment (top.value, PANGO_ALIGN_CENTER);
      pango_layout_set_alignment (top.label, PANGO_ALIGN_CENTER);
      if (top.whole != NULL)
        pango_layout_set_alignment (top.whole, PANGO_ALIGN_CENTER);
      text_block_show (c, &top, x, y, i);
      rd_canvas_add_hit (c, x, y, w, top.height, i);
    }

out:
  text_block_clear (&side);
  text_block_clear (&top);
}

void
rd_draw_waffles (const RdCanvas *c)
{
  guint n = rd_canvas_n_items (c), cols, rows;
  double cell_w, cell_h;

  /* Cells need a whole; amounts without one are columns. */
  if (!every_item_has_whole (c->data))
    {
      rd_draw_columns (c);
      return;
    }

  rd_render_grid (n, c->w, c->h, 1.6, &cols, &rows);
  cell_w = c->w / cols;
  cell_h = c->h / rows;
  for (guint i = 0; i < n; i++)
    draw_waffle (c, i, c->x + (i % cols) * cell_w + (i % cols ? 0.5 * c->em : 0),
                 c->y + (i / cols) * cell_h, cell_w - (cols > 1 ? 0.5 * c->em : 0),
                 cell_h - (rows > 1 ? 0.5 * c->em : 0));
}

RD_DEFINE_CHART (rd_render_waffle_chart, rd_draw_waffles)
