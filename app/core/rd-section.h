/* rd-section.h: a heading of the report */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RD_TYPE_SECTION (rd_section_get_type ())
G_DECLARE_FINAL_TYPE (RdSection, rd_section, RD, SECTION, GObject)

RdSection  *rd_section_new       (const char *title,
                                  int         level,
                                  int         start,
                                  int         end);
const char *rd_section_get_title (RdSection  *self);
/* 0 the document title, 1 a part title, 2 a section title. */
int         rd_section_get_level (RdSection  *self);
/* Code point offsets of the heading in the report body, end exclusive. */
void        rd_section_get_span  (RdSection  *self,
                                  int        *start,
                                  int        *end);

G_END_DECLS
