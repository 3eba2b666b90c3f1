/* rd-indicator-list.h: a GListModel of RdIndicator made on demand */
#pragma once

#include <gio/gio.h>

#include "rd-figure-store.h"

G_BEGIN_DECLS

#define RD_TYPE_INDICATOR_LIST (rd_indicator_list_get_type ())
G_DECLARE_FINAL_TYPE (RdIndicatorList, rd_indicator_list, RD, INDICATOR_LIST, GObject)

/* A new RdIndicator with copies of the figure's fields. */
RdIndicator   *rd_figure_make_indicator (RdFigureStore  *store,
                                         const RdFigure *figure);

/* Every figure of @store, in store order. */
RdIndicatorList *rd_indicator_list_new  (RdFigureStore   *store);
/* The item at @position (transfer none), made and kept on first use. */
RdIndicator     *rd_indicator_list_peek (RdIndicatorList *self,
                                         guint            position);

/* How many items have been made so far (for the benchmarks). */
guint            rd_indicator_list_get_n_made (RdIndicatorList *self);

G_END_DECLS
