/* rd-review-view.h: a report's text with its figures marked, beside the
 * list of the figures and a form to correct the one chosen
 *
 * Corrections stay in memory until rd_review_view_save() writes them to
 * the library, each figure then marked corrected by a person.
 */
#pragma once

#include <gtk/gtk.h>

#include "rd-draft.h"
#include "rd-library.h"

G_BEGIN_DECLS

/* Below this confidence a figure is marked for a second look. */
#define RD_REVIEW_LOW_CONFIDENCE 0.6

#define RD_TYPE_REVIEW_ITEM (rd_review_item_get_type ())
G_DECLARE_FINAL_TYPE (RdReviewItem, rd_review_item, RD, REVIEW_ITEM, GObject)

#define RD_TYPE_REVIEW_VIEW (rd_review_view_get_type ())
G_DECLARE_FINAL_TYPE (RdReviewView, rd_review_view, RD, REVIEW_VIEW, GtkWidget)

gint64               rd_review_item_get_id        (RdReviewItem *self);
/* The figure with the corrections made so far. */
const RdDraftFigure *rd_review_item_get_figure    (RdReviewItem *self);
/* Whether it was corrected, accepted or marked since the last Save. */
gboolean             rd_review_item_is_edited     (RdReviewItem *self);
/* Whether the library has it as a digit run that is not a figure. */
gboolean             rd_review_item_is_excluded   (RdReviewItem *self);
/* Whether it is a figure once saved (a figure not marked Not a Figure,
 * or a run marked Make Figure). */
gboolean             rd_review_item_is_figure     (RdReviewItem *self);

GtkWidget  *rd_review_view_new            (void);
/* Shows report @report_id of the library at @path; drops any edits. */
gboolean    rd_review_view_load           (RdReviewView  *self,
                                           const char    *path,
                                           gint64         report_id,
                                           GError       **error);
/* The RdReviewItems the list shows, as it is filtered and sorted (the
 * figures in text order at first); positions are in this model. */
GListModel *rd_review_view_get_figures    (RdReviewView  *self);
/* Makes the report's charts anew when figures are added or excluded on
 * Save (the shell passes the importer's rd_charts_generate). */
void        rd_review_view_set_charts_func (RdReviewView *self,
                                           RdLibraryChartsFunc charts);
/* Chooses the figure or excluded run at code point @offset of the text,
 * showing every item when the list hides it; FALSE when there is none. */
gboolean    rd_review_view_select_offset  (RdReviewView  *self,
                                           int            offset);
/* Make Figure (an excluded run chosen), Not a Figure (a figure chosen),
 * Accept (a figure chosen: checked as it is, then the next of low
 * confidence) and Undo of the last of these or of a correction; each
 * FALSE when it does not apply. Nothing is written before Save. */
gboolean    rd_review_view_make_figure    (RdReviewView  *self);
gboolean    rd_review_view_not_figure     (RdReviewView  *self);
gboolean    rd_review_view_accept         (RdReviewView  *self);
gboolean    rd_review_view_undo           (RdReviewView  *self);
GtkTextView *rd_review_view_get_text_view (RdReviewView  *self);
guint       rd_review_view_get_selected   (RdReviewView  *self);
void        rd_review_view_select         (RdReviewView  *self,
                                           guint          position);
/* Chooses the next (@forward) or previous figure of low confidence; FALSE
 * when there is none and the choice stays. */
gboolean    rd_review_view_move_low       (RdReviewView  *self,
                                           gboolean       forward);
/* The form's field @name (value, unit, measure, basis, year, qualifier,
 * sector, name_zh, name_en): a GtkEditable, or a GtkDropDown for measure,
 * basis and sector; the report's (title, region, level, report_year): a
 * GtkEditable, a GtkDropDown for level; the list's choices (show: figures,
 * excluded runs, all; filter_sector, filter_basis: all, then each; sort:
 * text order, confidence): GtkDropDowns. */
GtkWidget  *rd_review_view_get_field      (RdReviewView  *self,
                                           const char    *name);
gboolean    rd_review_view_has_changes    (RdReviewView  *self);
/* Writes every corrected figure; on an error, those before it are in. */
gboolean    rd_review_view_save           (RdReviewView  *self,
                                           GError       **error);
void        rd_review_view_discard        (RdReviewView  *self);

G_END_DECLS
