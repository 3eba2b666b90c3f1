/* rd-pair-list.h: a GListModel of RdPair made on demand */
#pragma once

#include <gio/gio.h>

#include "rd-indicator-list.h"
#include "rd-pair.h"

G_BEGIN_DECLS

#define RD_TYPE_PAIR_LIST (rd_pair_list_get_type ())
G_DECLARE_FINAL_TYPE (RdPairList, rd_pair_list, RD, PAIR_LIST, GObject)

/* How many pairs have been made into objects so far (for the benchmarks
 * and the tests). */
guint rd_pair_list_get_n_made (RdPairList *self);

G_END_DECLS
