/* rd-bar-chart.c: vertical bars, alone or in groups of actual and target */
#define G_LOG_DOMAIN "reportdash-bar-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rd-format.h"
#include "rd-render-private.h"

void
rd_render_no_figures (const RdCanvas *c)
{
  g_autoptr(PangoLayout) layout =
    rd_canvas_layout (c, _("No figures"), c->em, FALSE, c->w, 2);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  rd_canvas_show (c, layout, c->x, c->y + (c->h - rd_render_layout_height (layout)) / 2,
                  &c->style->muted, -1);
}

/* The words of the legend: the series (year and basis) of grouped bars,
 * or "actual" and "target" when single bars mix them. */
static guint
legend_entries (const RdCanvas *c,
                gboolean        grouped,
                const char    **words,
                gboolean       *outlined)
{
  guint n = 0, n_targets = 0;

  for (guint i = 0; i < rd_canvas_n_items (c); i++)
    n_targets += rd_canvas_item (c, i)->is_target;

  if (grouped)
    {
      for (guint i = 0; i < rd_canvas_n_items (c); i++)
        {
          const RdChartItem *item = rd_canvas_item (c, i);
          const char *word = item->series ? item->series
                             : item->is_target ? c->data->target_text : c->data->actual_text;
          gboolean seen = FALSE;

          for (guint k = 0; k < n; k++)
            seen |= g_str_equal (words[k], word);
          if (!seen)
            {
              words[n] = word;
              outlined[n++] = item->is_target;
            }
        }
    }
  else if (n_targets > 0 && n_targets < rd_canvas_n_items (c))
    {
      words[n] = c->data->actual_text;
      outlined[n++] = FALSE;
      words[n] = c->data->target_text;
      outlined[n++] = TRUE;
    }

  return n;
}

static void
draw_columns (const RdCanvas *c,
              gboolean        grouped)
{
  double em = c->em;
  guint n = rd_canvas_n_items (c);
  g_autofree guint *starts = g_new (guint, n + 1);
  g_autofree const char **words = g_new0 (const char *, n + 2);
  g_autofree gboolean *outlined = g_new0 (gboolean, n + 2);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_groups, n_legend, max_k = 1;
  double legend_h = 0, label_h = 0, value_h = 0;
  double plot_x, plot_w, group_w, bar_slot, bar_w, top, plot_top, plot_bottom, label_y, zero_y;
  double value_size = grouped ? 0.85 * em : 0.95 * em, tick_w, tick_h;
  RdAxis axis;

  if (grouped)
    n_groups = rd_chart_groups (c->data, starts);
  else
    {
      for (guint i = 0; i <= n; i++)
        starts[i] = i;
      n_groups = n;
    }
  for (guint g = 0; g < n_groups; g++)
    max_k = MAX (max_k, starts[g + 1] - starts[g]);

  rd_axis_init (&axis, c->data, 0);
  rd_axis_label_extents (c, &axis, &tick_w, &tick_h);
  plot_x = c->x + tick_w + 0.5 * em;
  plot_w = MAX (c->x + c->w - plot_x, 1);
  group_w = plot_w / n_groups;
  if (grouped)
    {
      /* The bars of a group touch but for a sliver, so the pair reads as
       * one; their values need the room of one line each if there is. */
      double widest = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PangoLayout) layout =
            rd_canvas_layout (c, rd_canvas_item (c, i)->value_text, value_size, TRUE, -1, 0);
          widest = MAX (widest, rd_render_layout_width (layout));
        }
      bar_w = MIN (group_w * 0.7 / max_k, 3.5 * em);
      bar_slot = CLAMP (widest + 0.3 * em, bar_w * 1.12, group_w * 0.94 / max_k);
    }
  else
    {
      bar_slot = group_w;
      bar_w = MIN (group_w * 0.62, 5 * em);
    }

  n_legend = legend_entries (c, grouped, words, outlined);
  if (n_legend > 0)
    legend_h = rd_canvas_legend (c, words, outlined, n_legend, plot_x, c->y, plot_w, FALSE) + 0.5 * em;

  for (guint g = 0; g < n_groups; g++)
    {
      g_autofree char *text = rd_chart_group_label (c->data, starts[g], starts[g + 1]);
      PangoLayout *layout = rd_canvas_layout (c, text, 0.85 * em, FALSE,
                                              MAX (group_w - 0.3 * em, em), 3);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      label_h = MAX (label_h, rd_render_layout_height (layout));
      g_ptr_array_add (labels, layout);
    }

  for (guint i = 0; i < n; i++)
    {
      PangoLayout *layout = rd_canvas_fit_layout (c, rd_canvas_item (c, i)->value_text, value_size,
                                                  TRUE, MAX (bar_slot - 0.1 * em, em), 2);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      value_h = MAX (value_h, rd_render_layout_height (layout));
      g_ptr_array_add (values, layout);
    }

  top = c->y + legend_h;
  plot_top = top + value_h + 0.25 * em;
  plot_bottom = c->y + c->h - label_h - 0.4 * em;
  if (axis.lo < 0)
    plot_bottom -= value_h + 0.25 * em;
  label_y = c->y + c->h - label_h;
  if (plot_bottom - plot_top < em)
    return;

  if (n_legend > 0)
    rd_canvas_legend (c, words, outlined, n_legend, plot_x, c->y, plot_w, TRUE);
  rd_axis_draw (c, &axis, FALSE, plot_bottom, plot_top, plot_x, plot_x + plot_w);
  zero_y = rd_axis_map (&axis, 0, plot_bottom, plot_top);

  for (guint g = 0; g < n_groups; g++)
    {
      double gx = plot_x + g * group_w;
      guint k = starts[g + 1] - starts[g];
      double inner_x = gx + (group_w - k * bar_slot) / 2;

      for (guint j = 0; j < k; j++)
        {
          guint i = starts[g] + j;
          const RdChartItem *item = rd_canvas_item (c, i);
          PangoLayout *value = g_ptr_array_index (values, i);
          double sx = inner_x + j * bar_slot;
          double cx = sx + bar_slot / 2;
          double vy = rd_axis_map (&axis, item->value, plot_bottom, plot_top);
          double bar_top = MIN (vy, zero_y);
          double bar_h = MAX (fabs (zero_y - vy), 1);
          double value_w = pango_layout_get_width (value) / (double) PANGO_SCALE;
          double hit_x0, hit_x1;

          cairo_rectangle (c->cr, cx - bar_w / 2, bar_top, bar_w, bar_h);
          rd_canvas_paint_mark (c, i);
          rd_canvas_focus_rect (c, i, cx - bar_w / 2, bar_top, bar_w, bar_h);

          if (item->value >= 0)
            rd_canvas_show (c, value, cx - value_w / 2,
                            bar_top - rd_render_layout_height (value) - 0.15 * em,
                            &c->style->foreground, i);
          else
            rd_canvas_show (c, value, cx - value_w / 2, bar_top + bar_h + 0.15 * em,
                            &c->style->foreground, i);

          /* The whole column answers, so a short bar is easy to hit; in a
           * group the columns meet halfway between the bars. */
          hit_x0 = j == 0 ? gx : sx;
          hit_x1 = j + 1 == k ? gx + group_w : sx + bar_slot;
          rd_canvas_add_hit (c, hit_x0, top, hit_x1 - hit_x0, c->y + c->h - top, i);
        }

      rd_canvas_show (c, g_ptr_array_index (labels, g), gx + 0.15 * em, label_y,
                      &c->style->foreground, grouped ? -1 : (int) starts[g]);
    }

  rd_render_set_color (c->cr, &c->style->muted);
  cairo_set_line_width (c->cr, MAX (1.0, em / 16));
  cairo_move_to (c->cr, plot_x, round (zero_y) + 0.5);
  cairo_line_to (c->cr, plot_x + plot_w, round (zero_y) + 0.5);
  cairo_stroke (c->cr);
}

void
rd_draw_columns (const RdCanvas *c)
{
  draw_columns (c, FALSE);
}

void
rd_draw_grouped (const RdCanvas *c)
{
  draw_columns (c, TRUE);
}

/* Columns while every label fits its column in three lines, else
 * horizontal bars, whose labels have the room of a whole row. */
void
rd_draw_bars (const RdCanvas *c)
{
  double slot = (c->w - 3 * c->em) / rd_canvas_n_items (c);

  for (guint i = 0; i < rd_canvas_n_items (c) && slot >= 3 * c->em; i++)
    {
      g_autoptr(PangoLayout) layout =
        rd_canvas_layout (c, rd_canvas_item (c, i)->label, 0.85 * c->em, FALSE, slot - 0.3 * c->em, 8);

      if (pango_layout_get_line_count (layout) > 3)
        slot = 0;
    }

  if (slot >= 3 * c->em)
    draw_columns (c, FALSE);
  else
    rd_draw_hbars (c);
}

RD_DEFINE_CHART (rd_render_bar_chart, rd_draw_bars)
RD_DEFINE_CHART (rd_render_column_chart, rd_draw_columns)
RD_DEFINE_CHART (rd_render_grouped_chart, rd_draw_grouped)
