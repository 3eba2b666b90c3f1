/* rd-review-private.h: the review screen's items and undo steps, shared by
 * rd-review-view.c and rd-review-item.c */
#pragma once

#include "rd-review-view.h"

G_BEGIN_DECLS

struct _RdReviewItem
{
  GObject        parent_instance;
  gint64         id;        /* the figure's; 0 for a digit run excluded */
  RdDraftFigure *figure;    /* with the corrections made so far; an excluded
                             * run: its span and the fields it gets as a figure */
  char          *reason;    /* why an excluded run is not a figure */
  gboolean       excluded;  /* in the library as a digit run, not a figure */
  gboolean       toggled;   /* to be made a figure (a run) or a non-figure (a figure) */
  gboolean       edited;
};

/* What the list shows (the Show choice). */
typedef enum {
  RD_REVIEW_SHOW_FIGURES,
  RD_REVIEW_SHOW_EXCLUDED,
  RD_REVIEW_SHOW_ALL,
} RdReviewShow;

/* A step Undo takes back: the item as it was before. */
typedef struct
{
  RdReviewItem  *item;
  RdDraftFigure *figure;
  gboolean       edited;
  gboolean       toggled;
} RdReviewUndo;

/* Takes @figure. */
RdReviewItem *rd_review_item_new_figure   (gint64                  id,
                                           RdDraftFigure          *figure);
/* A run the library has as excluded; @text is the report's, @before the
 * figure before it in the text (its sector and year are the guess), or NULL. */
RdReviewItem *rd_review_item_new_excluded (const RdDraftExclusion *exclusion,
                                           const char             *text,
                                           const RdDraftFigure    *before);
gboolean      rd_review_item_matches      (RdReviewItem           *item,
                                           RdReviewShow            show,
                                           const char             *sector,
                                           const char             *basis);
/* Text order, or confidence (lowest first) then text order. */
int           rd_review_item_compare      (RdReviewItem           *a,
                                           RdReviewItem           *b,
                                           gboolean                by_confidence);

RdReviewUndo *rd_review_undo_new          (RdReviewItem           *item);
/* Puts the item back as it was. */
void          rd_review_undo_restore      (RdReviewUndo           *undo);
void          rd_review_undo_free         (RdReviewUndo           *undo);

/* The position of @id in @ids, or GTK_INVALID_LIST_POSITION. */
guint         rd_review_index_of          (GStrv                   ids,
                                           const char             *id);
/* A measure's name in the language of the interface. */
const char   *rd_review_measure_label     (const char             *measure);
/* A list item's label, cut short with an ellipsis when narrow. */
void          rd_review_setup_label       (GtkSignalListItemFactory *factory,
                                           GtkListItem              *list_item);
/* Long choices (sector names) cut short in a narrow window. */
void          rd_review_ellipsize_choices (GtkWidget              *drop_down);
/* @first (may be NULL), then @names, as @drop_down's choices. */
void          rd_review_set_strings       (GtkWidget              *drop_down,
                                           const char             *first,
                                           GStrv                   names);

G_END_DECLS
