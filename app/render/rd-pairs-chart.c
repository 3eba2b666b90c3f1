/* rd-pairs-chart.c: each result against the target set for it, one row a pair
 *
 * Units differ from row to row (per cent, firms, mu ...), so each row is
 * scaled to its own larger figure, and the subtitle says so: the bars
 * compare a result with its target, never one row with another. The
 * result's bar is drawn over the target's, each with its value (unit and
 * hedge as printed) after it; the change from the result to the target
 * stands in a column of its own on the right, with an arrow.
 *
 * Rows are as tall as their text needs: a drawing with little room for
 * many rows first shrinks the text, then prints the two values of a row
 * on one line ("9% · 8.5%"), then leaves them to the tooltips. A narrow
 * drawing (on screen, where the text size is fixed) puts each name over
 * its bars, with the change at the right of it, rather than in a column
 * too narrow to read.
 */
#define G_LOG_DOMAIN "reportdash-pairs-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-render-private.h"

/* How the values of a row are printed. */
typedef enum {
  VALUES_BESIDE_BARS,   /* each after its bar */
  VALUES_ON_ONE_LINE,   /* "9% · 8.5%" after the longer bar */
  VALUES_NONE,          /* in the tooltips only */
} ValueMode;

typedef struct
{
  guint     *starts;      /* n_rows + 1 item offsets */
  guint      n_rows;
  guint      per_row;     /* the most bars in a row */
  gboolean   stacked;     /* names over their bars, in a narrow drawing */
  ValueMode  mode;
  double     value_size;
  double     label_size;
  double     legend_h;
  double     row_h;       /* a row's bars, under its name when stacked */
  double    *names_h;     /* stacked: the top of each row, for its name; else 0 */
  double    *change_y;    /* stacked: the top of each row's change, from the row's */
  double     names_total;
  double     pitch;       /* from one bar of a row to the next */
  double     bar_t;       /* thickness of a bar */
  double     label_w;
  double     value_w;
  double     change_w;
  double     arrow;
  double     x0, x1;      /* where bars start, and where the longest ends */
  double     change_x;
} Layout;

/* The change of row @row, on its last target, or NULL. */
static const RdChartItem *
row_change (const RdCanvas *c,
            const Layout   *l,
            guint           row,
            guint          *index)
{
  for (guint i = l->starts[row + 1]; i > l->starts[row]; i--)
    {
      const RdChartItem *item = rd_canvas_item (c, i - 1);

      if (item->change_text != NULL)
        {
          if (index != NULL)
            *index = i - 1;
          return item;
        }
    }
  return NULL;
}

/* The values of a row on one line, in the order of its bars. */
static char *
row_values (const RdCanvas *c,
            const Layout   *l,
            guint           row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = l->starts[row]; i < l->starts[row + 1]; i++)
    {
      if (i > l->starts[row])
        g_string_append (text, " · ");
      g_string_append (text, rd_canvas_item (c, i)->value_text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Below this width in em, names stand over their bars rather than in a
 * column beside them. Only a drawing with a fixed em (on screen) gets so
 * narrow; rd_render_em() keeps 46 em across any other. */
#define STACK_BELOW_EM 26

/* The height a row reads best at: a line of value text a bar, under the
 * name when stacked; else that or two lines of its name, whichever is
 * more. */
static double
natural_row_height (const RdCanvas *c,
                    const Layout   *l)
{
  double em = c->em, bars = l->per_row * rd_canvas_line_height (c, 0.8 * em);

  if (l->stacked)
    return bars + 0.4 * em;
  return MAX (bars + 0.6 * em, 2 * rd_canvas_line_height (c, 0.85 * em) + 0.4 * em);
}

/* The most of the width the change column takes: more when it shares the
 * line of the names (stacked) rather than that of the bars. */
static double
change_share (const Layout *l)
{
  return l->stacked ? 0.45 : 0.28;
}

/* The legend's height in the least room draw_legend() may give it: from
 * the left edge to the heading of the changes, at the right edge when
 * stacked, else before the widest change column. */
static double
legend_height (const RdCanvas *c,
               const Layout   *l)
{
  const char *words[] = { c->data->actual_text, c->data->target_text };
  const gboolean outlined[] = { FALSE, TRUE };
  double room = c->w * (1 - change_share (l));

  if (l->stacked && l->change_w > 0 && c->data->change_title != NULL)
    {
      g_autoptr(PangoLayout) heading =
        rd_canvas_layout (c, c->data->change_title, 0.8 * c->em, FALSE, l->change_w, 1);

      room = c->w - rd_render_layout_width (heading);
    }
  return rd_canvas_legend (c, words, outlined, 2, c->x, c->y, room - 0.5 * c->em, FALSE) + 0.4 * c->em;
}

static void
draw_legend (const RdCanvas *c,
             const Layout   *l,
             double          top)
{
  const char *words[] = { c->data->actual_text, c->data->target_text };
  const gboolean outlined[] = { FALSE, TRUE };
  g_autoptr(PangoLayout) heading = NULL;
  /* The heading over the changes: at the right edge, as they are, when
   * stacked. */
  double heading_x = l->change_x, x = l->x0, room;

  if (c->data->change_title != NULL && l->change_w > 0)
    {
      heading = rd_canvas_layout (c, c->data->change_title, 0.8 * c->em, FALSE, l->change_w, 1);
      if (l->stacked)
        heading_x = c->x + c->w - rd_render_layout_width (heading);
      rd_canvas_show (c, heading, heading_x, top, &c->style->foreground, -1);
    }

  /* Over the bars, or from the left edge if it needs the names' room too. */
  room = heading_x - 0.5 * c->em - x;
  if (rd_canvas_legend (c, words, outlined, 2, x, top, room, FALSE) >
      rd_canvas_line_height (c, 0.8 * c->em) + 1)
    {
      x = c->x;
      room = heading_x - 0.5 * c->em - c->x;
    }
  rd_canvas_legend (c, words, outlined, 2, x, top, room, TRUE);
}

/* The widest of the texts drawn with rd_canvas_layout (@size, @bold). */
static double
widest (const RdCanvas *c,
        const char     *text,
        double          size,
        gboolean        bold,
        double          so_far)
{
  g_autoptr(PangoLayout) layout = rd_canvas_layout (c, text, size, bold, -1, 0);

  return MAX (so_far, rd_render_layout_width (layout));
}

/* A change's text with its arrow before it. */
static double
change_width (const RdCanvas    *c,
              const Layout      *l,
              const RdChartItem *change)
{
  return widest (c, change->change_text, l->label_size, FALSE, 0) + l->arrow + 0.3 * l->label_size;
}

/* Stacked: a name over its bars, in at most three lines across the
 * drawing. */
static PangoLayout *
stacked_name (const RdCanvas *c,
              const Layout   *l,
              guint           row)
{
  g_autofree char *label = rd_chart_group_label (c->data, l->starts[row], l->starts[row + 1]);

  return rd_canvas_layout (c, label, l->label_size, FALSE, c->w, 3);
}

/* Stacked: the room of each name with the space around it, and where its
 * change goes: at the right of the name's first line, or of a line of its
 * own under the name when the name leaves too little room. */
static void
measure_stacked_names (const RdCanvas *c,
                       Layout         *l)
{
  l->names_total = 0;
  for (guint r = 0; r < l->n_rows; r++)
    {
      g_autoptr(PangoLayout) name = stacked_name (c, l, r);
      const RdChartItem *change = row_change (c, l, r, NULL);
      double height = rd_render_layout_height (name);

      l->change_y[r] = 0.25 * c->em;
      if (change != NULL &&
          rd_render_layout_width (name) + 0.8 * c->em + change_width (c, l, change) > c->w)
        {
          l->change_y[r] += height;
          height += rd_canvas_line_height (c, l->label_size);
        }
      l->names_h[r] = height + 0.35 * c->em;
      l->names_total += l->names_h[r];
    }
}

/* How many lines of text @size high a row's label has room for. */
static int
label_lines (const RdCanvas *c,
             const Layout   *l,
             double          size)
{
  return CLAMP ((int) floor ((l->row_h - 0.1 * c->em) / rd_canvas_line_height (c, size)), 1, 3);
}

/* About the width the longest label needs in the lines it has. */
static double
labels_need (const RdCanvas *c,
             const Layout   *l,
             double          size)
{
  double need = 0;

  for (guint r = 0; r < l->n_rows; r++)
    {
      g_autofree char *label = rd_chart_group_label (c->data, l->starts[r], l->starts[r + 1]);

      need = widest (c, label, size, FALSE, need);
    }
  /* Lines break between words, not anywhere. */
  return need * 1.15 / label_lines (c, l, size) + 1;
}

/* Whether every label reads whole at @size in the label column. */
static gboolean
labels_fit (const RdCanvas *c,
            const Layout   *l,
            double          size)
{
  for (guint r = 0; r < l->n_rows; r++)
    {
      g_autofree char *label = rd_chart_group_label (c->data, l->starts[r], l->starts[r + 1]);
      g_autoptr(PangoLayout) layout =
        rd_canvas_layout (c, label, size, FALSE, l->label_w, label_lines (c, l, size));

      if (pango_layout_is_ellipsized (layout))
        return FALSE;
    }
  return TRUE;
}

/* The change column, its texts @size high, at the right. */
static void
measure_changes (const RdCanvas *c,
                 Layout         *l,
                 double          size)
{
  double changes_w = 0, header_w = 0;

  for (guint r = 0; r < l->n_rows; r++)
    {
      const RdChartItem *change = row_change (c, l, r, NULL);

      if (change != NULL)
        changes_w = widest (c, change->change_text, size, FALSE, changes_w);
    }

  l->arrow = changes_w > 0 ? 0.55 * size : 0;
  if (c->data->change_title != NULL && changes_w > 0)
    header_w = widest (c, c->data->change_title, 0.8 * c->em, FALSE, 0);
  /* A pixel more than measured: Pango shortens a text laid out in exactly
   * its own width. */
  l->change_w = changes_w > 0 ? MIN (MAX (changes_w + l->arrow + 0.3 * size, header_w) + 1,
                                     change_share (l) * c->w) : 0;
  l->change_x = c->x + c->w - l->change_w;
}

/* Chooses the text sizes and how values are printed for rows @row_h
 * tall, then the columns; FALSE when the bars have no room. */
static gboolean
layout_columns (const RdCanvas *c,
                Layout         *l)
{
  double em = c->em, v = 0.8 * em, one = 0.8 * em, t = 0.85 * em;
  double values_w = 0, spare;
  double room = l->row_h;

  /* Values beside their bars need a line each; on one line, one a row. */
  while (l->per_row * rd_canvas_line_height (c, v) + 0.2 * em > room && v > 9)
    v *= 0.92;
  while (rd_canvas_line_height (c, one) + MAX (0.1 * em, 2) > room && one > 8.5)
    one *= 0.92;
  /* Beside the bars unless that takes much smaller text than one line. */
  if (l->per_row * rd_canvas_line_height (c, v) + 0.1 * em <= room && v >= 0.75 * one)
    {
      l->mode = VALUES_BESIDE_BARS;
      l->value_size = v;
    }
  else if (rd_canvas_line_height (c, one) <= room)
    {
      l->mode = VALUES_ON_ONE_LINE;
      l->value_size = one;
    }
  else
    {
      l->mode = VALUES_NONE;
      l->value_size = one;
    }
  /* The names no larger than the figures they stand for. */
  if (!l->stacked)
    t = MIN (t, 1.1 * l->value_size);
  while (!l->stacked && rd_canvas_line_height (c, t) > l->row_h && t > 8.5)
    t *= 0.92;
  l->label_size = t;

  /* The bars in the middle of the row, a line of text each if beside. */
  l->pitch = l->mode == VALUES_BESIDE_BARS ? rd_canvas_line_height (c, v)
                                           : MIN ((room - 0.15 * em) / l->per_row, 1.2 * em);
  l->bar_t = MAX (MIN (l->pitch * 0.72, 1.1 * em), 1);

  for (guint r = 0; r < l->n_rows; r++)
    {
      if (l->mode == VALUES_ON_ONE_LINE)
        {
          g_autofree char *text = row_values (c, l, r);
          values_w = widest (c, text, one, FALSE, values_w);
        }
      for (guint i = l->starts[r]; l->mode == VALUES_BESIDE_BARS && i < l->starts[r + 1]; i++)
        values_w = widest (c, rd_canvas_item (c, i)->value_text, v, !rd_canvas_item (c, i)->is_target,
                           values_w);
    }
  /* Wider ones are drawn smaller (rd_canvas_fit_layout()). */
  l->value_w = values_w > 0 ? MIN (values_w + 1, (l->stacked ? 0.6 : 0.3) * c->w) : 0;

  /* Stacked: the bars have the whole width but for their values; the
   * changes are on the names' line. */
  if (l->stacked)
    {
      l->label_w = c->w;
      l->x0 = c->x;
      l->x1 = c->x + c->w - (l->value_w > 0 ? l->value_w + 0.3 * em : 0);
      return l->x1 - l->x0 >= em;
    }

  measure_changes (c, l, t);
  spare = l->change_x - c->x - 0.6 * em - (l->change_w > 0 ? 0.8 * em : 0) -
          (l->value_w > 0 ? l->value_w + 0.3 * em : 0);

  /* The names as wide as the longest needs in the lines a row holds, from
   * 30% of the row up to 65% of what the values and changes leave; less
   * when the bars would have no room. */
  l->label_w = MAX (rd_canvas_label_column_width (c, 0.3, 14), MIN (labels_need (c, l, t), 0.65 * spare));
  while (spare - l->label_w < 3 * em && l->label_w > 0.2 * c->w)
    l->label_w = MAX (l->label_w - 0.05 * c->w, 0.2 * c->w);
  l->x0 = c->x + l->label_w + 0.6 * em;
  l->x1 = l->x0 + spare - l->label_w;
  if (l->x1 - l->x0 < em)
    return FALSE;

  /* Smaller names rather than shortened ones, within reason. */
  for (double size = t; size >= MAX (0.7 * t, 9); size *= 0.92)
    if (labels_fit (c, l, size))
      {
        l->label_size = size;
        break;
      }
  return TRUE;
}

static gboolean
layout_init (const RdCanvas *c,
             Layout         *l)
{
  guint n = rd_canvas_n_items (c);

  *l = (Layout) { .starts = g_new (guint, n + 1), .names_h = g_new0 (double, n),
                  .change_y = g_new0 (double, n) };
  l->n_rows = rd_chart_groups (c->data, l->starts);
  for (guint r = 0; r < l->n_rows; r++)
    l->per_row = MAX (l->per_row, l->starts[r + 1] - l->starts[r]);

  l->stacked = c->w < STACK_BELOW_EM * c->em;
  if (l->stacked)
    {
      l->label_size = 0.85 * c->em;
      measure_changes (c, l, l->label_size);
      measure_stacked_names (c, l);
    }
  l->legend_h = legend_height (c, l);
  l->row_h = MIN ((c->h - l->legend_h - l->names_total) / l->n_rows, natural_row_height (c, l) * 1.25);
  /* No room for the names over the bars: beside them, smaller. */
  if (l->stacked && l->row_h < natural_row_height (c, l) * 0.95)
    {
      l->stacked = FALSE;
      l->change_w = 0;
      memset (l->names_h, 0, n * sizeof (double));
      l->names_total = 0;
      l->legend_h = legend_height (c, l);
      l->row_h = MIN ((c->h - l->legend_h) / l->n_rows, natural_row_height (c, l) * 1.25);
    }
  if (l->row_h < 2 * l->per_row + 2)
    return FALSE;

  return layout_columns (c, l);
}

/* The change of a target from its result (item @index) with its arrow,
 * from @top: in the change column, or (stacked) at the right edge. */
static void
draw_change (const RdCanvas    *c,
             const Layout      *l,
             const RdChartItem *change,
             guint              index,
             double             top)
{
  const RdChartItem *result = rd_canvas_item (c, index - 1);
  /* As printed: differences below a hundredth are no change. */
  double difference = round ((change->value - result->value) * 100) / 100;
  double x = l->stacked ? c->x + c->w - change_width (c, l, change) : l->change_x;
  double tx = x + l->arrow + 0.3 * l->label_size;
  g_autoptr(PangoLayout) layout =
    rd_canvas_layout (c, change->change_text, l->label_size, FALSE, c->x + c->w - tx + 1, 1);

  if (difference != 0)
    rd_canvas_arrow (c, difference > 0 ? 1 : -1, x,
                     top + pango_layout_get_baseline (layout) / (double) PANGO_SCALE, l->arrow);
  rd_canvas_show (c, layout, tx, top, &c->style->foreground, (int) index);
}

/* Draws row @r from @top; returns its height. */
static double
draw_row (const RdCanvas *c,
          const Layout   *l,
          guint           r,
          double          top)
{
  double em = c->em, most = 0, longest = 0, height = l->names_h[r] + l->row_h;
  /* The middle of the bars: under the name when stacked. */
  double cy = top + l->names_h[r] + l->row_h / 2;
  guint k = l->starts[r + 1] - l->starts[r], index;
  g_autofree char *label = rd_chart_group_label (c->data, l->starts[r], l->starts[r + 1]);
  const RdChartItem *change;

  /* Every other row shaded, to lead the eye along the long rows. */
  if (r % 2 == 1)
    {
      const RdColor *fg = &c->style->foreground;

      cairo_set_source_rgba (c->cr, fg->r, fg->g, fg->b, 0.05);
      cairo_rectangle (c->cr, c->x - 0.5 * em, top, c->w + em, height);
      cairo_fill (c->cr);
    }

  if (l->stacked)
    {
      g_autoptr(PangoLayout) name = stacked_name (c, l, r);

      rd_canvas_show (c, name, c->x, top + 0.25 * em, &c->style->foreground, -1);
    }
  else
    rd_canvas_row_label (c, label, l->label_size, l->label_w, l->row_h - 0.1 * em, cy, -1);

  /* The row's own scale: its larger figure fills the bars' room. */
  for (guint i = l->starts[r]; i < l->starts[r + 1]; i++)
    most = MAX (most, rd_canvas_item (c, i)->value);

  for (guint j = 0; j < k; j++)
    {
      guint i = l->starts[r] + j;
      const RdChartItem *item = rd_canvas_item (c, i);
      double mid = cy + (j - (k - 1) / 2.0) * l->pitch;
      double len = most > 0 ? MAX (item->value, 0) / most * (l->x1 - l->x0) : 0;
      double by = mid - l->bar_t / 2;

      len = MAX (len, 1);
      longest = MAX (longest, len);
      cairo_rectangle (c->cr, l->x0, by, len, l->bar_t);
      rd_canvas_paint_mark (c, i);
      rd_canvas_focus_rect (c, i, l->x0, by, len, l->bar_t);

      if (l->mode == VALUES_BESIDE_BARS)
        {
          g_autoptr(PangoLayout) value =
            rd_canvas_fit_layout (c, item->value_text, l->value_size, !item->is_target, l->value_w, 1);

          rd_canvas_show (c, value, l->x0 + len + 0.3 * em, mid - rd_render_layout_height (value) / 2,
                          &c->style->foreground, i);
        }

      /* The bar itself, then its share of the row across the chart, so
       * that a short bar is as easy to point at as a long one. */
      rd_canvas_add_hit (c, l->x0, by, len, l->bar_t, i);
      rd_canvas_add_hit (c, c->x, top + j * height / k, c->w, height / k, i);
    }

  if (l->mode == VALUES_ON_ONE_LINE)
    {
      g_autofree char *text = row_values (c, l, r);
      g_autoptr(PangoLayout) values = rd_canvas_fit_layout (c, text, l->value_size, FALSE, l->value_w, 1);

      rd_canvas_show (c, values, l->x0 + longest + 0.3 * em, cy - rd_render_layout_height (values) / 2,
                      &c->style->foreground, (int) l->starts[r]);
    }

  /* The change beside the bars, or stacked by the name. */
  change = row_change (c, l, r, &index);
  if (change != NULL && index > l->starts[r] && l->change_w > 0)
    draw_change (c, l, change, index,
                 l->stacked ? top + l->change_y[r] : cy - rd_canvas_line_height (c, l->label_size) / 2);
  return height;
}

static void
layout_clear (Layout *l)
{
  g_free (l->starts);
  g_free (l->names_h);
  g_free (l->change_y);
}

void
rd_draw_pairs (const RdCanvas *c)
{
  Layout l;

  /* Few rows: at the top, under the title, not adrift in the middle. */
  if (layout_init (c, &l))
    {
      double top = c->y;

      draw_legend (c, &l, top);
      top += l.legend_h;
      for (guint r = 0; r < l.n_rows; r++)
        top += draw_row (c, &l, r, top);
    }
  layout_clear (&l);
}

double
rd_pairs_natural_height (const RdCanvas *c)
{
  Layout l;
  double height;

  layout_init (c, &l);
  height = l.legend_h + l.names_total + l.n_rows * natural_row_height (c, &l);
  layout_clear (&l);
  return height;
}

RD_DEFINE_CHART (rd_render_pairs_chart, rd_draw_pairs)
