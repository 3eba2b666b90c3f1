/* rd-test-window.h: the main window, opened for a test */
#pragma once

#include "rd-window.h"

G_BEGIN_DECLS

/* A new window (with @settings, may be NULL) on screen, showing the
 * built-in dataset. */
RdWindow *rd_test_open_window     (GSettings *settings);
/* Whether @view (an RdChartView) has been drawn: its marks have places. */
gboolean  rd_test_chart_drawn     (gpointer   view);
/* Whether this run is the Chinese one (ui-zh): a missing translation
 * then fails instead of quietly testing English twice. */
gboolean  rd_test_expect_chinese  (void);

G_END_DECLS
