/* rd-slide-view.h: one chart as a slide: the chart, its caption, the slide
 * number and the sector, sized to be read from the back of a room */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-spec.h"

G_BEGIN_DECLS

#define RD_TYPE_SLIDE_VIEW (rd_slide_view_get_type ())
G_DECLARE_FINAL_TYPE (RdSlideView, rd_slide_view, RD, SLIDE_VIEW, GtkWidget)

GtkWidget   *rd_slide_view_new         (void);
/* @selected: the figure whose sentence is the caption, or NULL for the
 * chart's first figure. */
void         rd_slide_view_set_slide   (RdSlideView *self,
                                        RdChartSpec *spec,
                                        RdIndicator *selected,
                                        const char  *sector_name,
                                        const char  *report_title,
                                        guint        number,
                                        guint        total);
RdChartSpec *rd_slide_view_get_spec    (RdSlideView *self);
const char  *rd_slide_view_get_caption (RdSlideView *self);
/* A blank (black) screen, as B does in presentation programs. */
void         rd_slide_view_set_blank   (RdSlideView *self,
                                        gboolean     blank);
gboolean     rd_slide_view_get_blank   (RdSlideView *self);

/* The text sizes in pixels for a slide of @width × @height: what the
 * tests check against the 48 px title and 28 px caption of a 1080p room. */
void         rd_slide_view_text_sizes  (int          width,
                                        int          height,
                                        double      *title,
                                        double      *caption);

G_END_DECLS
