/* rd-render.h: drawing charts into any cairo_t (cairo + Pango only)
 *
 * Screen, export, print and tests call the same functions, so what an
 * official sees is what they export. Every chart states its title, years,
 * basis, unit and source inside the drawing.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rd-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} RdColor;

typedef struct
{
  gboolean dark;
  RdColor  background;    /* a = 0 draws no background */
  RdColor  foreground;    /* text: contrast >= 4.5 on background */
  RdColor  muted;         /* secondary text: contrast >= 4.5 */
  RdColor  grid;
  RdColor  mark;          /* marks: contrast >= 3 */
  RdColor  mark_hover;
  RdColor  mark_selected;
  RdColor  focus;
  const char *font_family;
  RdColor  track;         /* the rest of a whole: donut remainder, empty waffle cells */
  RdColor  positive;      /* the arrow of an increase */
  RdColor  negative;      /* the arrow of a decrease or cut */
  /* The text size unit in pixels, whatever the size of the drawing: on
   * screen, where text follows the desktop's font and a larger view shows
   * more rather than larger text. 0 (rd_render_style_init()): it grows
   * with the drawing, as in files and print (see rd_render_em()). */
  double   em;
  /* The smallest text size unit in pixels when @em is 0 (0:
   * RD_RENDER_MIN_EM, the floor of rd_render_em()). On screen it is
   * larger and follows the desktop's text scaling ("Large Text"), so that
   * small charts read like the rest of the interface; files and print keep
   * 0 and read the same anywhere. */
  double   min_em;
} RdRenderStyle;

/* The floor of a drawing's text size unit in pixels, whatever its size
 * (its labels are 0.85 of it, its smallest text 0.8). */
#define RD_RENDER_MIN_EM 11.0

/* Which marks are hovered, selected or focused; -1 for none. */
typedef struct
{
  int hovered;
  int selected;
  int focused;
} RdRenderState;

#define RD_RENDER_STATE_INIT { -1, -1, -1 }

/* A rectangle that answers for one item of the chart. */
typedef struct
{
  double x, y, width, height;
  guint  item;
} RdHitRegion;

/* A piece of text as drawn, in device units of the cairo_t (its logical
 * extents): for tests and layout checks. */
typedef struct
{
  double    x, y, width, height;
  int       item;         /* the item it belongs to, or -1 (title, axis, ...) */
  gboolean  ellipsized;   /* Pango had to shorten it */
  char     *text;
} RdTextBox;

/* A colour-blind-safe palette (Okabe–Ito) with enough contrast on the
 * chosen background. */
void  rd_render_style_init     (RdRenderStyle     *style,
                                gboolean           dark);

/* Draws @data as its chart type at @width × @height user units from the
 * origin of @cr. @hits, if not NULL, is cleared and receives at least one
 * RdHitRegion for each item drawn, in the same units (none when the area
 * is too small to draw marks).
 *
 * Types: "column" (vertical bars), "bar" (vertical, or horizontal when the
 * labels are too long for columns), "hbar", "grouped" (actual against
 * target), "bullet", "donut", "waffle", "kpi", "fact", "pairs", "trend"
 * (a line by year) and "targets" (targets and results by year). Figures
 * whose units differ are never put on one axis: such a chart is drawn as
 * KPI tiles, one figure with its own unit each (a "pairs" chart scales
 * each row on its own instead). */
void  rd_render_chart          (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

/* One function a type, with the same arguments as rd_render_chart(). */
void  rd_render_bar_chart      (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
void  rd_render_column_chart   (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
void  rd_render_hbar_chart     (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
/* Actual results next to targets: an actual item and the target items
 * that follow it form a group; targets are drawn outlined and light. */
void  rd_render_grouped_chart  (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
/* One row a group: the actual as a bar on a track, the target as a tick
 * (with the band above it for "… or more"). */
void  rd_render_bullet_chart   (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
/* One ring a share, the arc proportional to value / whole (100 for %). */
void  rd_render_donut_chart    (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
/* One cell a unit of the whole (a day of the year, a per cent), the
 * first value cells filled. */
void  rd_render_waffle_chart   (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
/* One tile a figure: big value with its hedge and unit, an arrow for a
 * change; an item with a trend right after a figure of another unit is
 * drawn as the change of that figure. */
void  rd_render_kpi_chart      (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);
/* One card a rank or statement, drawn as text, never as a bar. */
void  rd_render_fact_chart     (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

/* One row a result and the targets after it, each row in its own unit and
 * scaled to its own larger figure: the result's bar over the target's,
 * values beside the bars, and the targets' change_text in a column. */
void  rd_render_pairs_chart    (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

/* A "trend" (rd_chart_data_new_for_trend()): years along, the actuals as
 * round points joined by a line only between consecutive years (a
 * missing year breaks it), each target a hollow diamond, or a band from
 * value to value_max for a range. */
void  rd_render_line_chart     (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

/* A "targets" chart (rd_chart_data_new_for_targets()): years along, each
 * target a hollow diamond (a band for a range; dashed while no result is
 * known), its result a point joined to it: round in the positive colour
 * when met, a triangle down in the negative one when missed. */
void  rd_render_targets_chart  (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

/* Sizes in pixels for a widget's measure(): the narrowest width the chart
 * reads at, and the size it reads best at on screen. */
void  rd_render_chart_size_hint (const RdChartData *data,
                                 int               *min_width,
                                 int               *natural_width,
                                 int               *natural_height);

/* The height at which @data, drawn @width wide in @style, reads best:
 * for a view that scrolls. A "pairs" chart grows with its rows; the other
 * types answer the natural height of rd_render_chart_size_hint(). */
double  rd_render_chart_height_for_width (const RdChartData   *data,
                                          const RdRenderStyle *style,
                                          double               width);

/* A new array for rd_render_chart()'s @hits. */
GArray *rd_hit_regions_new     (void);
/* The item under (@x, @y), or -1. */
int     rd_hit_regions_lookup  (GArray *hits,
                                double  x,
                                double  y);

/* A new array of RdTextBox (freeing the texts when cleared). */
GArray *rd_text_boxes_new      (void);
/* Until called again with NULL, every text the renderers draw on @cr is
 * appended to @boxes. @boxes must outlive that. */
void    rd_render_collect_text_boxes (cairo_t *cr,
                                      GArray  *boxes);

/* The part of @text (an item's value as shown) that is the figure and is
 * drawn big on a tile: the number with its % ("力争" 10% "以上"), or the
 * words after the hedge when the report printed the figure in words
 * ("striving for" double digits). FALSE when @text is all figure. */
gboolean     rd_tile_figure_span    (const RdChartItem   *item,
                                     const char          *text,
                                     gsize               *start,
                                     gsize               *end);

G_END_DECLS
