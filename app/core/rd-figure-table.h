/* rd-figure-table.h: the figures as a table: columns, cells, TSV and CSV */
#pragma once

#include <gio/gio.h>

#include "rd-dataset.h"

G_BEGIN_DECLS

typedef enum {
  RD_FIGURE_COLUMN_REPORT,   /* region and year; the table shows it for many reports */
  RD_FIGURE_COLUMN_SECTOR,
  RD_FIGURE_COLUMN_NAME,
  RD_FIGURE_COLUMN_VALUE,
  RD_FIGURE_COLUMN_UNIT,
  RD_FIGURE_COLUMN_MEASURE,
  RD_FIGURE_COLUMN_YEAR,
  RD_FIGURE_COLUMN_BASIS,
  RD_FIGURE_COLUMN_QUALIFIER,
  RD_FIGURE_N_COLUMNS
} RdFigureColumn;

/* The column heading, translated. */
const char *rd_figure_column_get_title (RdFigureColumn  column);
/* "Growth" / "增速" for the measure id "growth". */
const char *rd_figure_measure_label    (const char     *measure);
/* "Actual" / "Target", translated. */
const char *rd_figure_basis_label      (RdBasis         basis);
/* The text of a cell. For display the value is formatted for reading
 * ("5,588" in English); otherwise it is a plain number a spreadsheet
 * reads ("5588", "80.2"). */
char       *rd_figure_cell             (RdDataset      *dataset,
                                        RdIndicator    *indicator,
                                        RdFigureColumn  column,
                                        gboolean        for_display);
/* @indicators (RdIndicator items) as tab-separated lines, no heading. */
char       *rd_figure_table_to_tsv     (RdDataset      *dataset,
                                        GPtrArray      *indicators);
/* @indicators (a GListModel of RdIndicator) as CSV with a heading line
 * and a last "key" column, atomically, UTF-8 with a byte order mark. */
gboolean    rd_figure_table_write_csv  (RdDataset      *dataset,
                                        GListModel     *indicators,
                                        const char     *path,
                                        GError        **error);

G_END_DECLS
