/* rd-render-text.h: the text and colour helpers of every drawing
 *
 * Public: the chart renderers, the slide view's captions and the export's
 * captions all set text with them, so a chart and the words around it share
 * one font, one size unit and one palette.
 */
#pragma once

#include <pango/pangocairo.h>

#include "rd-render.h"

G_BEGIN_DECLS

/* The text size unit of a chart: grows with the drawing so that an export
 * at 1920×1080 reads like the same chart on screen. */
double       rd_render_em           (double               width,
                                     double               height);
void         rd_render_set_color    (cairo_t             *cr,
                                     const RdColor       *color);
/* A layout of @text in the chart font, @size pixels high, wrapped to
 * @max_width (<= 0: no wrapping) in at most @max_lines lines (ellipsized). */
PangoLayout *rd_render_layout       (cairo_t             *cr,
                                     const RdRenderStyle *style,
                                     const char          *text,
                                     double               size,
                                     gboolean             bold,
                                     double               max_width,
                                     int                  max_lines);
/* Height in user units of @layout. */
double       rd_render_layout_height (PangoLayout        *layout);
double       rd_render_layout_width  (PangoLayout        *layout);

G_END_DECLS
