/* rd-window-state.h: what a window shows: the report, the sector and the
 * chosen figure, one owner each; the widgets follow it */
#pragma once

#include <glib-object.h>

#include "rd-dataset.h"

G_BEGIN_DECLS

#define RD_TYPE_WINDOW_STATE (rd_window_state_get_type ())
G_DECLARE_FINAL_TYPE (RdWindowState, rd_window_state, RD, WINDOW_STATE, GObject)

#define RD_ZOOM_MIN  1.0
#define RD_ZOOM_MAX  2.0
#define RD_ZOOM_STEP 0.25

RdWindowState *rd_window_state_new                 (void);
/* A new dataset clears the sector and the figure. */
void           rd_window_state_set_dataset         (RdWindowState *self,
                                                    RdDataset     *dataset);
RdDataset     *rd_window_state_get_dataset         (RdWindowState *self);
/* Another sector clears the chosen figure. */
void           rd_window_state_set_sector          (RdWindowState *self,
                                                    RdSector      *sector);
gboolean       rd_window_state_set_sector_id       (RdWindowState *self,
                                                    const char    *sector_id);
RdSector      *rd_window_state_get_sector          (RdWindowState *self);
const char    *rd_window_state_get_sector_id       (RdWindowState *self);
/* Chooses @figure (NULL for none); the sector becomes that of the chart
 * that draws it (rd_dataset_find_chart_for_figure()) unless no chart
 * does. */
void           rd_window_state_set_selected_figure (RdWindowState *self,
                                                    RdIndicator   *figure);
/* Chooses @figure where @chart, a chart of the sector shown, draws it (a
 * click on its mark): the sector stays, though @figure's own sector may
 * draw it too. */
void           rd_window_state_select_in_chart     (RdWindowState *self,
                                                    RdChartSpec   *chart,
                                                    RdIndicator   *figure);
RdIndicator   *rd_window_state_get_selected_figure (RdWindowState *self);
/* The chart of the sector that draws the chosen figure, or NULL. */
RdChartSpec   *rd_window_state_get_chart           (RdWindowState *self);
/* The charts' magnification: RD_ZOOM_MIN to RD_ZOOM_MAX in steps of
 * RD_ZOOM_STEP (other values are rounded and clamped). */
void           rd_window_state_set_zoom            (RdWindowState *self,
                                                    double         zoom);
double         rd_window_state_get_zoom            (RdWindowState *self);

G_END_DECLS
