/* rd-presentation.h: a fullscreen slideshow of charts */
#pragma once

#include <gtk/gtk.h>

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
guint           rd_presentation_get_index  (RdPresentation *self);
guint           rd_presentation_get_n_slides (RdPresentation *self);
RdChartSpec    *rd_presentation_get_chart  (RdPresentation *self);
gboolean        rd_presentation_get_blank  (RdPresentation *self);
GtkWidget      *rd_presentation_get_slide_view (RdPresentation *self);

G_END_DECLS
