/* rd-hbar-chart.c: horizontal bars and bullet charts, one row a label
 *
 * Labels sit in a column of their own on the left and wrap there, so long
 * Chinese names never run into each other or into the bars.
 */
#define G_LOG_DOMAIN "reportdash-hbar-chart"

#include "config.h"

#include <math.h>

#include "rd-format.h"
#include "rd-render-private.h"

static double
tick_row_height (const RdCanvas *c)
{
  return rd_canvas_line_height (c, 0.8 * c->em) + 0.3 * c->em;
}

void
rd_draw_hbars (const RdCanvas *c)
{
  double em = c->em;
  guint n = rd_canvas_n_items (c);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  double label_w = rd_canvas_label_column_width (c, 0.36, 16);
  double value_line = rd_canvas_line_height (c, 0.9 * em);
  double value_w = 0, rows_top, row_h, bar_t, x0, x1, zero_x, rows_bottom;
  int value_lines;
  RdAxis axis;

  rd_axis_init (&axis, c->data, 0);
  row_h = MIN ((c->h - tick_row_height (c)) / n, 4.2 * em);
  if (row_h < rd_canvas_line_height (c, 0.85 * em))
    return;
  value_lines = row_h >= 2 * value_line ? 2 : 1;

  for (guint i = 0; i < n; i++)
    {
      PangoLayout *layout = rd_canvas_layout (c, rd_canvas_item (c, i)->value_text, 0.9 * em,
                                              TRUE, c->w * 0.28, value_lines);

      value_w = MAX (value_w, rd_render_layout_width (layout));
      g_ptr_array_add (values, layout);
    }

  x0 = c->x + label_w + 0.6 * em;
  x1 = c->x + c->w - value_w - 0.4 * em;
  if (axis.lo < 0)
    x0 += value_w + 0.4 * em;
  if (x1 - x0 < 2 * em)
    return;

  rows_top = c->y + (c->h - n * row_h - tick_row_height (c)) / 2;
  rows_bottom = rows_top + n * row_h;
  rd_axis_draw (c, &axis, TRUE, x0, x1, rows_top, rows_bottom);
  zero_x = rd_axis_map (&axis, 0, x0, x1);
  bar_t = MIN (row_h * 0.6, 1.8 * em);

  for (guint i = 0; i < n; i++)
    {
      const RdChartItem *item = rd_canvas_item (c, i);
      PangoLayout *value = g_ptr_array_index (values, i);
      double cy = rows_top + (i + 0.5) * row_h;
      double vx = rd_axis_map (&axis, item->value, x0, x1);
      double left = MIN (vx, zero_x), len = MAX (fabs (vx - zero_x), 1);
      double vh = rd_render_layout_height (value);

      rd_canvas_row_label (c, item->label, 0.85 * em, label_w, row_h - 0.2 * em, cy, i);

      cairo_rectangle (c->cr, left, cy - bar_t / 2, len, bar_t);
      rd_canvas_paint_mark (c, i);
      rd_canvas_focus_rect (c, i, left, cy - bar_t / 2, len, bar_t);

      if (item->value >= 0)
        rd_canvas_show (c, value, left + len + 0.3 * em, cy - vh / 2, &c->style->foreground, i);
      else
        rd_canvas_show (c, value, left - 0.3 * em - rd_render_layout_width (value), cy - vh / 2,
                        &c->style->foreground, i);

      rd_canvas_add_hit (c, c->x, rows_top + i * row_h, c->w, row_h, i);
    }

  rd_render_set_color (c->cr, &c->style->muted);
  cairo_move_to (c->cr, round (zero_x) + 0.5, rows_top);
  cairo_line_to (c->cr, round (zero_x) + 0.5, rows_bottom);
  cairo_stroke (c->cr);
}

RD_DEFINE_CHART (rd_render_hbar_chart, rd_draw_hbars)

/* "… or more": the band from a target up belongs to it. */
static gboolean
is_floor (const RdChartItem *item)
{
  return item->qualifier != NULL &&
         (g_strstr_len (item->qualifier, -1, "以上") != NULL ||
          g_strstr_len (item->qualifier, -1, "超过") != NULL ||
          g_strstr_len (item->qualifier, -1, "突破") != NULL);
}

static char *
row_text (const RdChartItem *item)
{
  if (item->series != NULL)
    return g_strdup_printf ("%s  %s", item->series, item->value_text);
  return g_strdup (item->value_text);
}

void
rd_draw_bullets (const RdCanvas *c)
{
  double em = c->em;
  guint n = rd_canvas_n_items (c);
  g_autofree guint *starts = g_new (guint, n + 1);
  guint n_groups = rd_chart_groups (c->data, starts);
  double label_w = rd_canvas_label_column_width (c, 0.3, 14);
  double x0 = c->x + label_w + 0.6 * em, x1 = c->x + c->w - 0.6 * em;
  double text_size = 0.85 * em, text_h, track_h = 1.3 * em, need, row_h, whole = 0, top;
  gboolean compact, bare;
  RdAxis axis;

  if (x1 - x0 < 3 * em)
    return;

  for (guint i = 0; i < n; i++)
    whole = MAX (whole, rd_canvas_item (c, i)->whole);
  rd_axis_init (&axis, c->data, whole);

  /* Shrink the texts and the track until every row fits; when even that
   * fails, one line of values under the track (compact). */
  for (;;)
    {
      text_h = rd_canvas_line_height (c, text_size);
      need = 2 * text_h + track_h + 0.6 * em;
      if (n_groups * need <= c->h - tick_row_height (c) || text_size <= 8.5)
        break;
      text_size *= 0.9;
      track_h = MAX (track_h * 0.9, 0.6 * em);
    }
  compact = n_groups * need > c->h - tick_row_height (c);
  if (compact)
    need = text_h + track_h + 0.5 * em;
  /* Smaller still: the tracks alone; the values are in the hit regions'
   * descriptions and the tooltips. */
  bare = compact && n_groups * need > c->h - tick_row_height (c);
  if (bare)
    need = track_h + 0.4 * em;
  row_h = MIN ((c->h - tick_row_height (c)) / n_groups, need * 1.5);
  if (row_h < need * 0.95)
    return;
  /* Few rows: a thicker track rather than air. */
  if (!compact)
    {
      track_h = MAX (track_h, MIN (2 * em, row_h - 2 * text_h - 0.9 * em));
      need = 2 * text_h + track_h + 0.6 * em;
    }

  top = c->y + (c->h - n_groups * row_h - tick_row_height (c)) / 2;
  rd_axis_draw (c, &axis, TRUE, x0, x1, top, top + n_groups * row_h);

  for (guint g = 0; g < n_groups; g++)
    {
      double row_top = top + g * row_h;
      double track_y = row_top + (row_h - need) / 2 + (compact ? 0.1 * em : 0.3 * em + text_h);
      double mid = track_y + track_h / 2;
      g_autofree char *label = rd_chart_group_label (c->data, starts[g], starts[g + 1]);
      guint k = starts[g + 1] - starts[g];

      rd_canvas_row_label (c, label, 0.85 * em, label_w, row_h - 0.2 * em, mid, -1);

      rd_render_set_color (c->cr, &c->style->grid);
      cairo_rectangle (c->cr, x0, track_y, x1 - x0, track_h);
      cairo_fill (c->cr);

      /* Bands first, then bars, then ticks on top. */
      for (guint i = starts[g]; i < starts[g + 1]; i++)
        {
          const RdChartItem *item = rd_canvas_item (c, i);
          const RdColor *color = rd_canvas_mark_color (c, i);
          double tx = rd_axis_map (&axis, item->value, x0, x1);

          if (item->is_target && is_floor (item))
            {
              cairo_set_source_rgba (c->cr, color->r, color->g, color->b, 0.25);
              cairo_rectangle (c->cr, tx, track_y, x1 - tx, track_h);
              cairo_fill (c->cr);
            }
        }

      for (guint i = starts[g]; i < starts[g + 1]; i++)
        {
          const RdChartItem *item = rd_canvas_item (c, i);
          double vx = rd_axis_map (&axis, item->value, x0, x1);
          double zero_x = rd_axis_map (&axis, 0, x0, x1);
          g_autofree char *text = row_text (item);
          g_autoptr(PangoLayout) layout = rd_canvas_layout (c, text, text_size, !item->is_target,
                                                            x1 - x0, 1);
          double tw = rd_render_layout_width (layout);
          double hit_y = k == 1 ? row_top : item->is_target ? mid : row_top;
          double hit_h = k == 1 ? row_h : item->is_target ? row_top + row_h - mid : mid - row_top;

          if (!item->is_target)
            {
              double bar_h = track_h * 0.5;
              double left = MIN (vx, zero_x), len = MAX (fabs (vx - zero_x), 1);

              cairo_rectangle (c->cr, left, mid - bar_h / 2, len, bar_h);
              rd_canvas_paint_mark (c, i);
              rd_canvas_focus_rect (c, i, left, mid - bar_h / 2, len, bar_h);
              if (!compact)
                rd_canvas_show (c, layout, CLAMP (vx - tw, x0, x1 - tw),
                                track_y - 0.15 * em - rd_render_layout_height (layout),
                                &c->style->foreground, i);
            }
          else
            {
              const RdColor *color = (int) i == c->state->selected || (int) i == c->state->hovered
                                     ? rd_canvas_mark_color (c, i) : &c->style->foreground;
              double tick_w = MAX (2.0, 0.18 * em);

              rd_render_set_color (c->cr, color);
              cairo_rectangle (c->cr, vx - tick_w / 2, track_y - 0.1 * em, tick_w, track_h + 0.2 * em);
              cairo_fill (c->cr);
              rd_canvas_focus_rect (c, i, vx - tick_w / 2, track_y - 0.1 * em, tick_w,
                                    track_h + 0.2 * em);
              if (!compact)
                rd_canvas_show (c, layout, CLAMP (vx - tw / 2, x0, x1 - tw),
                                track_y + track_h + 0.15 * em, &c->style->foreground, i);
            }

          rd_canvas_add_hit (c, c->x, hit_y, c->w, hit_h, i);
        }

      if (compact && !bare)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(PangoLayout) layout = NULL;

          for (guint i = starts[g]; i < starts[g + 1]; i++)
            {
              if (i > starts[g])
                g_string_append (text, " · ");
              g_string_append (text, rd_canvas_item (c, i)->value_text);
            }
          layout = rd_canvas_layout (c, text->str, text_size, FALSE, x1 - x0, 1);
          rd_canvas_show (c, layout, x0, track_y + track_h + 0.1 * em, &c->style->foreground,
                          starts[g]);
        }
    }
}

RD_DEFINE_CHART (rd_render_bullet_chart, rd_draw_bullets)
