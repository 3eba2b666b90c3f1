/* rd-search-view.h: a search entry with the figures it finds, as you type */
#pragma once

#include <gtk/gtk.h>

#include "rd-search.h"

G_BEGIN_DECLS

#define RD_TYPE_SEARCH_VIEW (rd_search_view_get_type ())
G_DECLARE_FINAL_TYPE (RdSearchView, rd_search_view, RD, SEARCH_VIEW, GtkWidget)

GtkWidget  *rd_search_view_new          (void);
/* Searches @dataset (a new RdSearch), or @search to share one. */
void        rd_search_view_set_dataset  (RdSearchView *self,
                                         RdDataset    *dataset);
void        rd_search_view_set_search   (RdSearchView *self,
                                         RdSearch     *search);
RdSearch   *rd_search_view_get_search   (RdSearchView *self);
/* The GtkSearchEntry, e.g. for gtk_search_entry_set_key_capture_widget(). */
GtkWidget  *rd_search_view_get_entry    (RdSearchView *self);
/* Focuses the entry with its text selected, ready to type. */
void        rd_search_view_start        (RdSearchView *self);
/* The results shown: RdSearchResult items, best first. Up to date with
 * the entry once rd_search_view_update() has run (typing waits a moment
 * before searching). */
GListModel *rd_search_view_get_results  (RdSearchView *self);
void        rd_search_view_update       (RdSearchView *self);
/* As Enter does: searches if the text changed, then emits
 * ::figure-activated for the selected result (the first one unless the
 * arrow keys moved). Returns FALSE when there is none. */
gboolean    rd_search_view_activate     (RdSearchView *self);

/* The two lines of a result's row, as Pango markup with the match in bold.
 * The first is always the figure's name in the interface's language; a
 * match in the other language's name shows in front of the second. */
char       *rd_search_view_title_markup   (RdSearchResult *result);
char       *rd_search_view_details_markup (RdSearchResult *result);

G_END_DECLS
