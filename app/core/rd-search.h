/* rd-search.h: finding figures by name, unit, sector or sentence */
#pragma once

#include <gio/gio.h>

#include "rd-dataset.h"
#include "rd-search-result.h"

G_BEGIN_DECLS

#define RD_TYPE_SEARCH (rd_search_get_type ())
G_DECLARE_FINAL_TYPE (RdSearch, rd_search, RD, SEARCH, GObject)

typedef struct _RdMatchSet RdMatchSet;
#define RD_TYPE_MATCH_SET (rd_match_set_get_type ())

/* Searches @dataset: through its file's full-text index (table
 * indicator_fts, read on the dataset's own read-only connection, never by
 * opening the file again) for queries of three or more characters, through
 * the loaded text otherwise or when the file has no index. */
RdSearch    *rd_search_new            (RdDataset   *dataset);
RdDataset   *rd_search_get_dataset    (RdSearch    *self);
/* Whether the dataset's full-text index is in use. */
gboolean     rd_search_has_index      (RdSearch    *self);

/* The best @limit matches of @text (0 for all) as RdSearchResult items:
 * exact names, then names that start with it, then names that contain it
 * (shorter names first), then the sector, unit or year, then the
 * sentence;
 * ties in report order. Case is ignored. @n_matches, if not NULL, is set
 * to the number of figures that match. */
GListModel  *rd_search_query          (RdSearch    *self,
                                       const char  *text,
                                       guint        limit,
                                       guint       *n_matches);
/* The best @limit (at least 1) figures of the library's other reports
 * whose name matches @text, then (for three or more characters) whose
 * sentence does, newest report first, as RdSearchResult items that name
 * their report (rd_search_result_get_report_id()); their indicators are
 * made for the result and are not the dataset's. Empty when the dataset
 * is not a library. Read on the dataset's connection; a library changed
 * or locked meanwhile gives fewer results, never an error. */
GListModel  *rd_search_query_others   (RdSearch    *self,
                                       const char  *text,
                                       guint        limit);
/* Every figure that matches @text, for filtering; an empty @text
 * matches every figure. */
RdMatchSet  *rd_search_match_all      (RdSearch    *self,
                                       const char  *text);

GType        rd_match_set_get_type    (void) G_GNUC_CONST;
RdMatchSet  *rd_match_set_ref         (RdMatchSet  *set);
void         rd_match_set_unref       (RdMatchSet  *set);
gboolean     rd_match_set_contains    (RdMatchSet  *set,
                                       RdIndicator *indicator);
guint        rd_match_set_get_size    (RdMatchSet  *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdMatchSet, rd_match_set_unref)

G_END_DECLS
