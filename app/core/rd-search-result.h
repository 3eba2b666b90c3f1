/* rd-search-result.h: one figure found by RdSearch, and where it matched */
#pragma once

#include <glib-object.h>

#include "rd-indicator.h"

G_BEGIN_DECLS

/* Where the query was found, best first. */
typedef enum {
  RD_SEARCH_FIELD_NAME_ZH,
  RD_SEARCH_FIELD_NAME_EN,
  RD_SEARCH_FIELD_KEY,
  RD_SEARCH_FIELD_SECTOR,
  RD_SEARCH_FIELD_UNIT,
  RD_SEARCH_FIELD_YEAR,
  RD_SEARCH_FIELD_EXCERPT,
} RdSearchField;

#define RD_TYPE_SEARCH_RESULT (rd_search_result_get_type ())
G_DECLARE_FINAL_TYPE (RdSearchResult, rd_search_result, RD, SEARCH_RESULT, GObject)

RdSearchResult *rd_search_result_new           (RdIndicator    *indicator,
                                                RdSearchField   field,
                                                const char     *text,
                                                gssize          match_start,
                                                gssize          match_end,
                                                int             rank);
RdIndicator    *rd_search_result_get_indicator (RdSearchResult *self);
RdSearchField   rd_search_result_get_field     (RdSearchResult *self);
/* The text that matched (a name, the sector's name, the unit, the
 * sentence) and the byte range of the match in it; -1 when the match
 * could not be placed (the index matched a case variant). */
const char     *rd_search_result_get_text      (RdSearchResult *self);
void            rd_search_result_get_match     (RdSearchResult *self,
                                                gssize         *start,
                                                gssize         *end);
/* 0 an exact name, 1 a name (or key) that starts with the query, 2 a name
 * that contains it, 3 the sector or unit, 4 the sentence. */
int             rd_search_result_get_rank      (RdSearchResult *self);
/* The text cut to about @context characters each side of the match, with
 * "…" where it was cut, and the byte range of the match in it. */
char           *rd_search_result_get_snippet   (RdSearchResult *self,
                                                guint           context,
                                                gssize         *start,
                                                gssize         *end);
/* A figure of another report of the library (rd_search_query_others()):
 * its report's id and a label naming it ("湖南省 2019"); 0 and NULL for a
 * figure of the report the dataset shows. */
void            rd_search_result_set_report       (RdSearchResult *self,
                                                   gint64          report_id,
                                                   const char     *label);
gint64          rd_search_result_get_report_id    (RdSearchResult *self);
const char     *rd_search_result_get_report_label (RdSearchResult *self);

G_END_DECLS
