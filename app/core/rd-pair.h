/* rd-pair.h: a 2018 result and the target set for the same quantity */
#pragma once

#include <glib-object.h>

#include "rd-indicator.h"

G_BEGIN_DECLS

#define RD_TYPE_PAIR (rd_pair_get_type ())
G_DECLARE_FINAL_TYPE (RdPair, rd_pair, RD, PAIR, GObject)

RdPair      *rd_pair_new               (RdIndicator *actual,
                                        RdIndicator *target,
                                        const char  *note);
RdIndicator *rd_pair_get_actual        (RdPair      *self);
RdIndicator *rd_pair_get_target        (RdPair      *self);
/* What differs in wording between the two, or NULL. */
const char  *rd_pair_get_note          (RdPair      *self);
/* Whether both are per cent, so that the change is in percentage points. */
gboolean     rd_pair_is_percent        (RdPair      *self);
/* target − actual, in the figures' unit (percentage points for per cent). */
double       rd_pair_get_change        (RdPair      *self);
/* "−0.5个百分点" / "−0.5 pp", "+5家" / "+5", "持平" / "no change". */
char        *rd_pair_format_change     (RdPair      *self);

G_END_DECLS
