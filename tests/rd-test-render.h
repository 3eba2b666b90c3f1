/* rd-test-render.h: drawing a chart for a test, and the checks every
 * renderer's test shares (pixels, hit regions, text boxes) */
#pragma once

#include <cairo.h>

#include "rd-render.h"

G_BEGIN_DECLS

typedef struct
{
  cairo_surface_t *surface;
  GArray          *hits;
  GArray          *boxes;
  RdRenderStyle    style;
} RdTestDrawn;

/* The pixel at (@x, @y) of an ARGB32 image surface, and @c as one. */
guint32  rd_test_pixel_at      (cairo_surface_t *surface, int x, int y);
guint32  rd_test_to_pixel      (const RdColor *c);
/* Rows of column @x painted exactly in @color. */
int      rd_test_count_color   (cairo_surface_t *surface, int x, guint32 color);
/* Pixels of exactly @color in a rectangle. */
int      rd_test_count_in      (cairo_surface_t *surface, double x, double y, double w, double h,
                                guint32 color);

/* Draws @data with rd_render_chart() into @d (@layout_only: on a
 * recording surface, for text boxes and hits only, no pixels). */
void     rd_test_draw_full     (RdTestDrawn *d, const RdChartData *data, const RdRenderState *state,
                                int width, int height, const RdRenderStyle *style, gboolean layout_only);
void     rd_test_draw_styled   (RdTestDrawn *d, const RdChartData *data, const RdRenderState *state,
                                int width, int height, const RdRenderStyle *style);
void     rd_test_draw_layout   (RdTestDrawn *d, const RdChartData *data, int width, int height,
                                gboolean dark);
void     rd_test_draw          (RdTestDrawn *d, const RdChartData *data, const RdRenderState *state,
                                int width, int height, gboolean dark);
void     rd_test_drawn_clear   (RdTestDrawn *d);

/* The first hit region of @item; fails the test when there is none. */
const RdHitRegion *rd_test_first_hit (GArray *hits, guint item);
gboolean rd_test_boxes_overlap (const RdTextBox *a, const RdTextBox *b);
/* Every text inside the surface, no two overlapping; none shortened
 * unless @allow_ellipsis. */
void     rd_test_assert_text_layout (const RdTestDrawn *d, const char *what, int width, int height,
                                     gboolean allow_ellipsis);
gboolean rd_test_has_text      (const RdTestDrawn *d, const char *text);
/* Every item of @data has a hit region, the first inside @width × @height. */
void     rd_test_assert_hits_inside (const RdTestDrawn *d, const RdChartData *data, int width, int height);

G_END_DECLS
