/* rd-dataset-private.h: the dataset's plain rows, for core code only
 *
 * A dataset may hold hundreds of thousands of figures, so they are loaded
 * as plain structs whose strings live in one GStringChunk; RdIndicator
 * objects are made only for the figures someone asks for.
 */
#pragma once

#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-indicator.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;
  char       *title_zh;
  char       *title_en;
  int         year;
  char       *body;
  gsize       body_len;
} RdReportText;

typedef struct
{
  gint64      id;
  const char *key;
  const char *sector;
  const char *name_zh;
  const char *name_en;
  const char *unit;
  const char *unit_en;
  const char *unit_kind;
  const char *measure;
  const char *qualifier;      /* NULL when none is printed */
  const char *section_title;  /* NULL when before the first heading */
  double      value;
  int         year;
  RdBasis     basis;
  guint       report;         /* index into RdFigureStore.reports */
  int         src_start;      /* code points into the body, end exclusive */
  int         src_end;
  int         excerpt_start;
  int         excerpt_end;
  gsize       src_byte_start; /* the same, in bytes */
  gsize       src_byte_end;
  gsize       excerpt_byte_start;
  gsize       excerpt_byte_end;
} RdFigure;

typedef struct
{
  GStringChunk *strings;
  GArray       *figures;  /* of RdFigure, in report order */
  GPtrArray    *reports;  /* of RdReportText, the first one is shown */
} RdFigureStore;

RdFigureStore *rd_figure_store_new   (void);
RdFigureStore *rd_figure_store_ref   (RdFigureStore *store);
void           rd_figure_store_unref (RdFigureStore *store);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdFigureStore, rd_figure_store_unref)

static inline const RdFigure *
rd_figure_store_get (RdFigureStore *store,
                     guint          index)
{
  return &g_array_index (store->figures, RdFigure, index);
}

/* A new RdIndicator with copies of the figure's fields. */
RdIndicator   *rd_figure_make_indicator (RdFigureStore  *store,
                                         const RdFigure *figure);

RdFigureStore *rd_dataset_get_store        (RdDataset   *self);
/* The indicator of figure @index (transfer none), made on first use. */
RdIndicator   *rd_dataset_peek_indicator   (RdDataset   *self,
                                            guint        index);
/* The index of the figure with indicator.id @id, or -1. */
int            rd_dataset_find_figure      (RdDataset   *self,
                                            gint64       id);
/* The dataset's own connection to its file (transfer none): opened
 * read-only by rd_dataset_open(), idle between queries, closed when the
 * dataset is finalized. Whoever prepares a statement on it finalizes it
 * before dropping the dataset, resets it after each use (a statement left
 * running keeps a read lock) and uses it from one thread at a time, as the
 * dataset's models. */
sqlite3       *rd_dataset_get_connection   (RdDataset   *self);

G_END_DECLS
