/* rd-indicator.h: one figure of the report */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  RD_BASIS_ACTUAL,
  RD_BASIS_TARGET,
} RdBasis;

#define RD_TYPE_INDICATOR (rd_indicator_get_type ())
G_DECLARE_FINAL_TYPE (RdIndicator, rd_indicator, RD, INDICATOR, GObject)

gint64      rd_indicator_get_id            (RdIndicator *self);
const char *rd_indicator_get_key           (RdIndicator *self);
const char *rd_indicator_get_sector        (RdIndicator *self);
/* In the display language (see rd_format_use_chinese()). */
const char *rd_indicator_get_name          (RdIndicator *self);
const char *rd_indicator_get_name_zh       (RdIndicator *self);
const char *rd_indicator_get_name_en       (RdIndicator *self);
double      rd_indicator_get_value         (RdIndicator *self);
/* As printed (亿元); the English name and the unit kind come from the
 * dataset's unit table. */
const char *rd_indicator_get_unit          (RdIndicator *self);
const char *rd_indicator_get_unit_en       (RdIndicator *self);
const char *rd_indicator_get_unit_kind     (RdIndicator *self);
const char *rd_indicator_get_measure       (RdIndicator *self);
int         rd_indicator_get_year          (RdIndicator *self);
RdBasis     rd_indicator_get_basis         (RdIndicator *self);
/* As printed (超过, 以上, ...) or NULL. */
const char *rd_indicator_get_qualifier     (RdIndicator *self);
/* The hedge in the display language ("more than"), or NULL. */
char       *rd_indicator_get_qualifier_label (RdIndicator *self);
/* The figure as printed in the report ("80.2亿元"). */
const char *rd_indicator_get_printed       (RdIndicator *self);
/* The sentence that states the figure, and the byte range of the figure
 * inside it. */
const char *rd_indicator_get_excerpt       (RdIndicator *self);
void        rd_indicator_get_highlight     (RdIndicator *self,
                                            gsize       *start,
                                            gsize       *end);
/* Code point offsets into the report body, end exclusive. */
void        rd_indicator_get_source_span   (RdIndicator *self,
                                            int         *start,
                                            int         *end);
const char *rd_indicator_get_section_title (RdIndicator *self);

/* "80.2亿元" / "80.2 (100 million yuan)" with the qualifier where one is
 * printed: "超过60%" / "more than 60%". */
char       *rd_indicator_format_value      (RdIndicator *self);
/* The same without the unit, which a chart states on its axis:
 * "超过60%" / "突破70" / "over 70". */
char       *rd_indicator_format_mark       (RdIndicator *self);
/* One line for assistive technologies and tooltips:
 * "2018年 规模工业增加值 136亿元（实际）". */
char       *rd_indicator_describe          (RdIndicator *self);

G_END_DECLS
