/* rd-presentation.h: a fullscreen slideshow of charts */
#pragma once

#include <gtk/gtk.h>

#include "rd-chart-data.h"
#include "rd-dataset.h"

G_BEGIN_DECLS

#define RD_TYPE_PRESENTATION (rd_presentation_get_type ())
G_DECLARE_FINAL_TYPE (RdPresentation, rd_presentation, RD, PRESENTATION, GtkWindow)

/* @deck: RdChartSpec items in order; the show starts at @start, with
 * @selected's sentence as the caption of that first slide. */
RdPresentation *rd_presentation_new        (GtkWindow   *parent,
                                            RdDataset   *dataset,
                                            GPtrArray   *deck,
                                            guint        start,
                                            RdIndicator *selected);
/* A show of one slide: @data (the presentation takes it), drawn as it is,
 * with @caption's sentence under it (NULL: none) and @section, the name
 * of where it comes from, in the footer. For a chart that is not one of
 * the dashboard's, such as the Actual vs Target view's. */
RdPresentation *rd_presentation_new_for_chart (GtkWindow   *parent,
                                               RdChartData *data,
                                               const char  *section,
                                               RdIndicator *caption);
guint           rd_presentation_get_index  (RdPresentation *self);
guint           rd_presentation_get_n_slides (RdPresentation *self);
/* The dashboard chart shown; NULL in a show of chart data
 * (rd_presentation_new_for_chart()), which ::finished also passes. */
RdChartSpec    *rd_presentation_get_chart  (RdPresentation *self);
/* The title of the chart shown, whatever the kind of slide. */
const char     *rd_presentation_get_chart_title (RdPresentation *self);
gboolean        rd_presentation_get_blank  (RdPresentation *self);
GtkWidget      *rd_presentation_get_slide_view (RdPresentation *self);

/* Which of @n_monitors (their geometries) a show goes on when the window
 * is on @window_monitor: with @other_screen and more than one, the
 * largest of the others (a projector, a second display); else the
 * window's own. */
guint           rd_presentation_pick_monitor (const GdkRectangle *monitors,
                                              guint               n_monitors,
                                              guint               window_monitor,
                                              gboolean            other_screen);
/* Shows the presentation fullscreen on @monitor (NULL: where the window
 * manager puts it). */
void            rd_presentation_show_on    (RdPresentation *self,
                                            GdkMonitor     *monitor);
/* The monitor given to rd_presentation_show_on(), or NULL. */
GdkMonitor     *rd_presentation_get_monitor (RdPresentation *self);

G_END_DECLS
