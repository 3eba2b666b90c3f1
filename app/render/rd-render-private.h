/* rd-render-private.h: helpers shared by the chart renderers */
#pragma once

#include <pango/pangocairo.h>

#include "rd-render.h"
#include "rd-render-text.h"

G_BEGIN_DECLS

/* One drawing in progress: what every renderer needs, and the plot
 * rectangle that the frame (title, subtitle, source) leaves. */
typedef struct
{
  cairo_t             *cr;
  const RdChartData   *data;
  const RdRenderStyle *style;
  const RdRenderState *state;
  GArray              *hits;
  GArray              *boxes;
  double               width, height, em;
  double               x, y, w, h;      /* the plot */
} RdCanvas;

/* Saves @cr, draws the frame and fills @c. FALSE when there is nothing
 * to plot (no items, or too small): the frame is drawn, no marks. Call
 * rd_canvas_end() in both cases. */
gboolean     rd_canvas_begin        (RdCanvas            *c,
                                     cairo_t             *cr,
                                     const RdChartData   *data,
                                     const RdRenderStyle *style,
                                     const RdRenderState *state,
                                     double               width,
                                     double               height,
                                     GArray              *hits);
void         rd_canvas_end          (RdCanvas            *c);

const RdChartItem *rd_canvas_item   (const RdCanvas      *c,
                                     guint                index);
guint        rd_canvas_n_items      (const RdCanvas      *c);
PangoLayout *rd_canvas_layout       (const RdCanvas      *c,
                                     const char          *text,
                                     double               size,
                                     gboolean             bold,
                                     double               max_width,
                                     int                  max_lines);
/* As rd_canvas_layout(), down to 70% of @size to keep @text on one line. */
PangoLayout *rd_canvas_fit_layout   (const RdCanvas      *c,
                                     const char          *text,
                                     double               size,
                                     gboolean             bold,
                                     double               max_width,
                                     int                  max_lines);
/* Draws @layout with its top-left at (@x, @y) and records its box. */
void         rd_canvas_show         (const RdCanvas      *c,
                                     PangoLayout         *layout,
                                     double               x,
                                     double               y,
                                     const RdColor       *color,
                                     int                  item);
/* The height of a line of text @size pixels high. */
double       rd_canvas_line_height  (const RdCanvas      *c,
                                     double               size);
/* The width of a column of row labels on the left: @share of the plot,
 * within 4 and @most em, and never more than 45% of it. */
double       rd_canvas_label_column_width (const RdCanvas *c,
                                           double          share,
                                           double          most);
/* A row's label, @size pixels high, right-aligned in the left column of
 * @width and centred on @cy; it wraps in as many lines (up to three) as
 * @room holds, so long names never run into each other or into the bars. */
void         rd_canvas_row_label    (const RdCanvas      *c,
                                     const char          *text,
                                     double               size,
                                     double               width,
                                     double               room,
                                     double               cy,
                                     int                  item);
/* A triangle @size wide standing on @bottom from @x: up in the positive
 * colour for @trend > 0, else down in the negative one. */
void         rd_canvas_arrow        (const RdCanvas      *c,
                                     int                  trend,
                                     double               x,
                                     double               bottom,
                                     double               size);
void         rd_canvas_add_hit      (const RdCanvas      *c,
                                     double x, double y, double w, double h,
                                     guint                item);
/* The fill of item @index: selected, hovered or plain. */
const RdColor *rd_canvas_mark_color (const RdCanvas      *c,
                                     guint                index);
/* Fills the current path as the mark of item @index: solid for an actual
 * result, light with an outline for a target. Clears the path. */
void         rd_canvas_paint_mark   (const RdCanvas      *c,
                                     guint                index);
/* A dashed ring around a rectangle when item @index has the focus. */
void         rd_canvas_focus_rect   (const RdCanvas      *c,
                                     guint                index,
                                     double x, double y, double w, double h);
/* A swatch and a word for each of @n entries in a row that wraps, from
 * (@x, @y) within @w; returns the height used (0 when @draw is FALSE
 * measures only). */
double       rd_canvas_legend       (const RdCanvas      *c,
                                     const char         **words,
                                     const gboolean      *outlined,
                                     guint                n,
                                     double x, double y, double w,
                                     gboolean             draw);

/* A value axis from zero (or below it) to a nice maximum. */
typedef struct
{
  double lo, hi, step;
  guint  n_ticks;
} RdAxis;

void         rd_axis_init           (RdAxis              *axis,
                                     const RdChartData   *data,
                                     double               at_least);
/* Where @value falls between @start (for lo) and @end (for hi). */
double       rd_axis_map            (const RdAxis        *axis,
                                     double               value,
                                     double               start,
                                     double               end);
double       rd_axis_tick           (const RdAxis        *axis,
                                     guint                i);
/* The widest and the tallest tick label. */
void         rd_axis_label_extents  (const RdCanvas      *c,
                                     const RdAxis        *axis,
                                     double              *width,
                                     double              *height);

/* Grid lines across [@across0, @across1] at the ticks from @start (lo) to
 * @end (hi), labelled left of them (values up) or below (@horizontal). */
void         rd_axis_draw           (const RdCanvas      *c,
                                     const RdAxis        *axis,
                                     gboolean             horizontal,
                                     double               start,
                                     double               end,
                                     double               across0,
                                     double               across1);

/* Items in groups: an actual result and the targets right after it.
 * Fills @starts with n_groups + 1 offsets; returns n_groups. */
guint        rd_chart_groups        (const RdChartData   *data,
                                     guint               *starts);
/* A label for the items [@start, @end): their common leading words. */
char        *rd_chart_group_label   (const RdChartData   *data,
                                     guint                start,
                                     guint                end);

/* @n cells of aspect about @aspect (width / height) in a @w × @h area:
 * the columns and rows that make them largest. */
void         rd_render_grid         (guint                n,
                                     double               w,
                                     double               h,
                                     double               aspect,
                                     guint               *cols,
                                     guint               *rows);

/* A diamond (a target's mark) centred on (@x, @y), @d from centre to tip. */
void         rd_render_diamond_path (cairo_t             *cr,
                                     double               x,
                                     double               y,
                                     double               d);

/* Years along [@plot_x, @plot_x + @plot_w), @n_years slots from @first:
 * a baseline at @bottom, a tick a year, a label where it fits under it. */
void         rd_canvas_year_axis    (const RdCanvas      *c,
                                     int                  first,
                                     int                  n_years,
                                     double               plot_x,
                                     double               plot_w,
                                     double               bottom);
/* The height the year labels take under the baseline. */
double       rd_canvas_year_labels_height (const RdCanvas *c);

/* Draws "No figures" in the plot. */
void         rd_render_no_figures   (const RdCanvas      *c);

/* What a chart type draws inside the frame. */
typedef void (*RdDrawFunc) (const RdCanvas *c);

void         rd_draw_bars           (const RdCanvas      *c);
void         rd_draw_columns        (const RdCanvas      *c);
void         rd_draw_grouped        (const RdCanvas      *c);
void         rd_draw_hbars          (const RdCanvas      *c);
void         rd_draw_bullets        (const RdCanvas      *c);
void         rd_draw_donuts         (const RdCanvas      *c);
void         rd_draw_waffles        (const RdCanvas      *c);
void         rd_draw_kpis           (const RdCanvas      *c);
void         rd_draw_facts          (const RdCanvas      *c);
void         rd_draw_pairs          (const RdCanvas      *c);
void         rd_draw_trend          (const RdCanvas      *c);
void         rd_draw_targets        (const RdCanvas      *c);
/* The height of the plot a "pairs" chart reads best in, at @c's em. */
double       rd_pairs_natural_height (const RdCanvas     *c);

/* The frame, then @draw when there is room for marks. */
void         rd_canvas_draw         (cairo_t             *cr,
                                     const RdChartData   *data,
                                     const RdRenderStyle *style,
                                     const RdRenderState *state,
                                     double               width,
                                     double               height,
                                     GArray              *hits,
                                     RdDrawFunc           draw);

/* Defines the public renderer @name (see rd-render.h) as @draw. */
#define RD_DEFINE_CHART(name, draw)                                              \
  void                                                                           \
  name (cairo_t *cr, const RdChartData *data, const RdRenderStyle *style,        \
        const RdRenderState *state, double width, double height, GArray *hits)   \
  {                                                                              \
    rd_canvas_draw (cr, data, style, state, width, height, hits, draw);          \
  }

G_END_DECLS
