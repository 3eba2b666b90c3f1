/* rd-bar-chart.c: vertical bars with values on the marks */
#define G_LOG_DOMAIN "reportdash-bar-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rd-format.h"
#include "rd-render-private.h"

static void
draw_no_figures (cairo_t             *cr,
                 const RdRenderStyle *style,
                 double x, double y, double w, double h, double em)
{
  g_autoptr(PangoLayout) layout =
    rd_render_layout (cr, style, _("No figures"), em, FALSE, w, 2);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  rd_render_set_color (cr, &style->muted);
  cairo_move_to (cr, x, y + (h - rd_render_layout_height (layout)) / 2);
  pango_cairo_show_layout (cr, layout);
}

void
rd_render_bar_chart (cairo_t             *cr,
                     const RdChartData   *data,
                     const RdRenderStyle *style,
                     const RdRenderState *state,
                     double               width,
                     double               height,
                     GArray              *hits)
{
  double em = rd_render_em (width, height);
  double px, py, pw, ph;
  double lo = 0, hi = 0, nice_hi, nice_lo = 0, step;
  double axis_width = 0, label_height = 0, slot, bar_width;
  double plot_x, plot_top, plot_bottom, plot_w, zero_y;
  guint n = data->items->len;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);

  cairo_save (cr);
  rd_render_frame (cr, data, style, width, height, &px, &py, &pw, &ph);

  if (n == 0 || ph < 2 * em)
    {
      if (n == 0)
        draw_no_figures (cr, style, px, py, pw, ph, em);
      cairo_restore (cr);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
      hi = MAX (hi, item->value);
      lo = MIN (lo, item->value);
    }

  rd_format_nice_scale (hi - lo > 0 ? MAX (hi, -lo) : 1, &nice_hi, &step);
  if (hi <= 0)
    nice_hi = 0;
  if (lo < 0)
    nice_lo = -ceil (-lo / step - 1e-9) * step;
  if (nice_hi - nice_lo <= 0)
    nice_hi = nice_lo + step;

  /* Axis labels on the left: as wide as the widest tick. */
  for (double t = nice_lo; t <= nice_hi + step / 2; t += step)
    {
      g_autofree char *text = rd_format_number (t, 2);
      g_autoptr(PangoLayout) layout = rd_render_layout (cr, style, text, 0.8 * em, FALSE, -1, 0);
      axis_width = MAX (axis_width, rd_render_layout_width (layout));
    }
  axis_width += 0.6 * em;

  plot_x = px + axis_width;
  plot_w = MAX (pw - axis_width, 1);
  slot = plot_w / n;
  bar_width = MIN (slot * 0.62, 6 * em);

  /* Category labels wrap inside their slot, up to three lines. */
  for (guint i = 0; i < n; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
      PangoLayout *layout = rd_render_layout (cr, style, item->label, 0.9 * em, FALSE,
                                              MAX (slot - 0.4 * em, em), 3);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      label_height = MAX (label_height, rd_render_layout_height (layout));
      g_ptr_array_add (labels, layout);
    }

  /* Leave room above the tallest bar for its value. */
  plot_top = py + 1.6 * em;
  plot_bottom = py + ph - label_height - 0.5 * em;
  if (plot_bottom - plot_top < em)
    plot_bottom = plot_top + em;
  zero_y = plot_bottom - (0 - nice_lo) / (nice_hi - nice_lo) * (plot_bottom - plot_top);

  /* Grid and ticks */
  cairo_set_line_width (cr, MAX (1.0, em / 16));
  for (double t = nice_lo; t <= nice_hi + step / 2; t += step)
    {
      double y = plot_bottom - (t - nice_lo) / (nice_hi - nice_lo) * (plot_bottom - plot_top);
      g_autofree char *text = rd_format_number (t, 2);
      g_autoptr(PangoLayout) layout = rd_render_layout (cr, style, text, 0.8 * em, FALSE, -1, 0);
      double lh = rd_render_layout_height (layout);

      rd_render_set_color (cr, &style->grid);
      cairo_move_to (cr, plot_x, round (y) + 0.5);
      cairo_line_to (cr, plot_x + plot_w, round (y) + 0.5);
      cairo_stroke (cr);

      rd_render_set_color (cr, &style->muted);
      cairo_move_to (cr, plot_x - 0.5 * em - rd_render_layout_width (layout), y - lh / 2);
      pango_cairo_show_layout (cr, layout);
    }

  for (guint i = 0; i < n; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
      double cx = plot_x + slot * (i + 0.5);
      double value_y = plot_bottom - (item->value - nice_lo) / (nice_hi - nice_lo) * (plot_bottom - plot_top);
      double top = MIN (value_y, zero_y);
      double bar_h = fabs (zero_y - value_y);
      const RdColor *fill = &style->mark;
      PangoLayout *label = g_ptr_array_index (labels, i);
      g_autoptr(PangoLayout) value = NULL;

      if ((int) i == state->selected)
        fill = &style->mark_selected;
      else if ((int) i == state->hovered)
        fill = &style->mark_hover;

      /* A target is a promise, not a result: outlined, lightly filled. */
      cairo_rectangle (cr, cx - bar_width / 2, top, bar_width, MAX (bar_h, 1));
      if (item->is_target)
        {
          cairo_set_source_rgba (cr, fill->r, fill->g, fill->b, 0.25);
          cairo_fill_preserve (cr);
          rd_render_set_color (cr, fill);
          cairo_set_line_width (cr, MAX (1.5, em / 8));
          cairo_stroke (cr);
        }
      else
        {
          rd_render_set_color (cr, fill);
          cairo_fill (cr);
        }

      if ((int) i == state->focused)
        {
          double inset = 0.25 * em;
          const double dash[] = { 0.3 * em, 0.2 * em };

          cairo_save (cr);
          rd_render_set_color (cr, &style->focus);
          cairo_set_line_width (cr, MAX (2.0, em / 8));
          cairo_set_dash (cr, dash, 2, 0);
          cairo_rectangle (cr, cx - bar_width / 2 - inset, top - inset,
                           bar_width + 2 * inset, MAX (bar_h, 1) + 2 * inset);
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      value = rd_render_layout (cr, style, item->value_text, em, TRUE, slot, 2);
      pango_layout_set_alignment (value, PANGO_ALIGN_CENTER);
      rd_render_set_color (cr, &style->foreground);
      if (item->value >= 0)
        cairo_move_to (cr, cx - slot / 2, top - rd_render_layout_height (value) - 0.2 * em);
      else
        cairo_move_to (cr, cx - slot / 2, top + bar_h + 0.2 * em);
      pango_cairo_show_layout (cr, value);

      rd_render_set_color (cr, &style->foreground);
      cairo_move_to (cr, cx - MAX (slot - 0.4 * em, em) / 2, plot_bottom + 0.5 * em);
      pango_cairo_show_layout (cr, label);

      if (hits != NULL)
        {
          /* The whole column answers, so a short bar is easy to hit. */
          RdHitRegion region = {
            .x = plot_x + slot * i,
            .y = py,
            .width = slot,
            .height = plot_bottom + 0.5 * em + label_height - py,
            .item = i,
          };
          g_array_append_val (hits, region);
        }
    }

  /* Baseline */
  rd_render_set_color (cr, &style->muted);
  cairo_move_to (cr, plot_x, round (zero_y) + 0.5);
  cairo_line_to (cr, plot_x + plot_w, round (zero_y) + 0.5);
  cairo_stroke (cr);

  cairo_restore (cr);
}
