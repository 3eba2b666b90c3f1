/* rd-render.h: drawing charts into any cairo_t (cairo + Pango only)
 *
 * Screen, export, print and tests call the same functions, so what an
 * official sees is what they export.
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
  RdColor  foreground;
  RdColor  muted;
  RdColor  grid;
  RdColor  mark;
  RdColor  mark_hover;
  RdColor  mark_selected;
  RdColor  focus;
  const char *font_family;
} RdRenderStyle;

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

/* A colour-blind-safe palette (Okabe–Ito) with enough contrast on the
 * chosen background. */
void  rd_render_style_init     (RdRenderStyle     *style,
                                gboolean           dark);

/* Draws @data as its chart type at @width × @height user units from the
 * origin of @cr. @hits, if not NULL, receives one RdHitRegion for each
 * mark, in the same units. */
void  rd_render_chart          (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

void  rd_render_bar_chart      (cairo_t             *cr,
                                const RdChartData   *data,
                                const RdRenderStyle *style,
                                const RdRenderState *state,
                                double               width,
                                double               height,
                                GArray              *hits);

/* A new array for rd_render_chart()'s @hits. */
GArray *rd_hit_regions_new     (void);
/* The item under (@x, @y), or -1. */
int     rd_hit_regions_lookup  (GArray *hits,
                                double  x,
                                double  y);

G_END_DECLS
