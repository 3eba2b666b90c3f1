/* rd-figure-store.h: the figures as plain rows, for core code only
 *
 * A dataset may hold hundreds of thousands of figures, so they are loaded
 * as plain structs whose strings live in one GStringChunk; RdIndicator
 * objects are made only for the figures someone asks for
 * (rd-indicator-list.h). The dataset fills a store, search and the
 * indicator list read it.
 */
#pragma once

#include "rd-indicator.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;
  char       *title_zh;
  char       *title_en;
  char       *region_zh;
  char       *region_en;
  int         year;
  char       *body;
  gsize       body_len;
  char       *label;    /* rd_format_report_label(), made on first use */
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

G_END_DECLS
