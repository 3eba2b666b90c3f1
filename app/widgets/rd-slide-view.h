/* rd-slide-view.h: one chart as a slide: the chart, its caption, the slide
 * number and the sector, sized to be read from the back of a room */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-data.h"
#include "rd-chart-spec.h"

G_BEGIN_DECLS

#define RD_TYPE_SLIDE_VIEW (rd_slide_view_get_type ())
G_DECLARE_FINAL_TYPE (RdSlideView, rd_slide_view, RD, SLIDE_VIEW, GtkWidget)

GtkWidget   *rd_slide_view_new         (void);
/* Any chart as a slide: @data (the slide takes it) drawn by the shared
 * renderer, @caption's sentence under it (NULL: no caption), and
 * "@section  ·  @number / @total" in the footer. */
void         rd_slide_view_set_chart_data (RdSlideView *self,
                                           RdChartData *data,
                                           RdIndicator *caption,
                                           const char  *section,
                                           guint        number,
                                           guint        total);
/* A dashboard chart as a slide, under its sector's name.
 * @selected: the figure whose sentence is the caption, or NULL for the
 * chart's first figure. */
void         rd_slide_view_set_slide   (RdSlideView *self,
                                        RdChartSpec *spec,
                                        RdIndicator *selected,
                                        const char  *sector_name,
                                        const char  *report_title,
                                        guint        number,
                                        guint        total);
/* The dashboard chart shown, or NULL for a slide of chart data. */
RdChartSpec *rd_slide_view_get_spec    (RdSlideView *self);
/* What the slide draws, or NULL before the first slide. */
const RdChartData *rd_slide_view_get_chart_data (RdSlideView *self);
const char  *rd_slide_view_get_caption (RdSlideView *self);
/* "Section  ·  3 / 12" */
const char  *rd_slide_view_get_footer  (RdSlideView *self);
/* A blank (black) screen, as B does in presentation programs. */
void         rd_slide_view_set_blank   (RdSlideView *self,
                                        gboolean     blank);
gboolean     rd_slide_view_get_blank   (RdSlideView *self);
/* The magnification of the chart as last drawn (rd_slide_view_chart_zoom()
 * for the slide shown), or 0 before it is drawn: for tests. */
double       rd_slide_view_get_zoom    (RdSlideView *self);

/* The text sizes in pixels for a slide of @width × @height: what the
 * tests check against the 48 px title and 28 px caption of a 1080p room. */
void         rd_slide_view_text_sizes  (int          width,
                                        int          height,
                                        double      *title,
                                        double      *caption);

/* How much a slide magnifies @data drawn in @width × @height: until the
 * drawing's text unit is @text_px, unless that would leave out or
 * shorten figures that the chart prints whole at that size unmagnified. */
double       rd_slide_view_chart_zoom  (const RdChartData *data,
                                        double             width,
                                        double             height,
                                        double             text_px);

G_END_DECLS
