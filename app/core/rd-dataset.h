/* rd-dataset.h: opening and checking an indicator dataset (SQLite) */
#pragma once

#include <gio/gio.h>

#include "rd-chart-spec.h"
#include "rd-indicator.h"
#include "rd-pair.h"
#include "rd-section.h"
#include "rd-sector.h"

G_BEGIN_DECLS

/* The PRAGMA user_version this build reads; see data/SCHEMA.md. */
#define RD_DATASET_SCHEMA_VERSION 1

#define RD_DATASET_ERROR (rd_dataset_error_quark ())

typedef enum {
  RD_DATASET_ERROR_NOT_FOUND,
  RD_DATASET_ERROR_UNREADABLE,
  RD_DATASET_ERROR_EMPTY,
  RD_DATASET_ERROR_NOT_SQLITE,
  RD_DATASET_ERROR_NOT_DATASET,
  RD_DATASET_ERROR_WRONG_VERSION,
  RD_DATASET_ERROR_LOCKED,
  RD_DATASET_ERROR_CORRUPT,
  RD_DATASET_ERROR_NO_REPORT,  /* a library without the report asked for */
  RD_DATASET_ERROR_TOO_COMPLEX, /* reading it would take unbounded work */
} RdDatasetError;

#define RD_TYPE_DATASET (rd_dataset_get_type ())
G_DECLARE_FINAL_TYPE (RdDataset, rd_dataset, RD, DATASET, GObject)

GQuark       rd_dataset_error_quark     (void);

/* Opens @path read-only, checks it and loads it into memory in one read
 * transaction. The read-only connection stays open for the dataset's life,
 * for its full-text search (RdSearch), and holds no lock between queries:
 * the file is never changed, no -journal or -wal appears beside it, and a
 * writer may change the file meanwhile (what is loaded stays as it was).
 * Renaming the file after it was opened changes nothing for the dataset.
 * Errors are RD_DATASET_ERROR with a message fit for the user. */
RdDataset   *rd_dataset_open            (const char    *path,
                                         GError       **error);
/* As rd_dataset_open(), waiting at most @busy_timeout_ms for a writer
 * that holds a lock. */
RdDataset   *rd_dataset_open_full       (const char    *path,
                                         int            busy_timeout_ms,
                                         GError       **error);
/* As rd_dataset_open(), but report @report_id of a library (a version 1
 * dataset has report 1 only); RD_DATASET_ERROR_NO_REPORT when the file
 * has no such report. */
RdDataset   *rd_dataset_open_report     (const char    *path,
                                         gint64         report_id,
                                         GError       **error);
/* As rd_dataset_open(), with the figures of every report of a library
 * (the table across reports); the first report is the one "shown". */
#define RD_DATASET_ALL_REPORTS ((gint64) -1)
RdDataset   *rd_dataset_open_all_reports (const char  *path,
                                          GError     **error);
/* How many reports the dataset has loaded figures of. */
guint        rd_dataset_get_n_reports   (RdDataset     *self);
/* Report @index (below rd_dataset_get_n_reports()) of those loaded, in
 * the file's order: its id, and its label as below. */
gint64       rd_dataset_get_nth_report  (RdDataset     *self,
                                         guint          index,
                                         const char   **label);
/* The report of @figure, a figure of this dataset: its id and a label
 * naming it ("湖南省 2019"; the title when it has no region), or 0 and
 * NULL when @figure is not the dataset's. */
gint64       rd_dataset_get_figure_report (RdDataset   *self,
                                           RdIndicator *figure,
                                           const char **label);
/* As rd_dataset_open_report() (@report_id 0: the first report;
 * RD_DATASET_ALL_REPORTS: every report), or
 * G_IO_ERROR_CANCELLED soon after @cancellable is cancelled. Every open is
 * bounded: a file that asks for far more work than its size explains (a
 * view in place of a table) is refused with RD_DATASET_ERROR_TOO_COMPLEX. */
RdDataset   *rd_dataset_open_cancellable (const char   *path,
                                          gint64        report_id,
                                          GCancellable *cancellable,
                                          GError      **error);
/* What the user can do about @error (one sentence), or NULL. */
const char  *rd_dataset_error_hint      (const GError  *error);

const char  *rd_dataset_get_path        (RdDataset     *self);
/* In the display language. */
const char  *rd_dataset_get_title       (RdDataset     *self);
const char  *rd_dataset_get_title_zh    (RdDataset     *self);
int          rd_dataset_get_year        (RdDataset     *self);
/* The region the report is of (Chinese), or NULL when the file does not
 * say. */
const char  *rd_dataset_get_region      (RdDataset     *self);
/* The id of the report shown: in a library, that of its report table. */
gint64       rd_dataset_get_report_id   (RdDataset     *self);
/* Whether the file is a library (schema version 2) of many reports. */
gboolean     rd_dataset_is_library      (RdDataset     *self);
/* The clean display text of the report. */
const char  *rd_dataset_get_body        (RdDataset     *self);

/* RdSector items that have at least one chart, in dashboard order. */
GListModel  *rd_dataset_get_sectors     (RdDataset     *self);
/* Every RdIndicator, in report order. Items are made on first use, so a
 * large dataset costs only what is looked at. */
GListModel  *rd_dataset_get_indicators  (RdDataset     *self);
/* The RdIndicator items of the report rd_dataset_get_body() shows, in
 * text order. */
GListModel  *rd_dataset_get_report_indicators (RdDataset *self);
/* RdSection items: the headings of that report, in text order. */
GListModel  *rd_dataset_get_sections    (RdDataset     *self);
/* RdPair items: each 2018 result with its target, in dataset order. */
GListModel  *rd_dataset_get_pairs       (RdDataset     *self);
/* The years the figures describe, ascending (a new GArray of int). */
GArray      *rd_dataset_get_years       (RdDataset     *self);
RdSector    *rd_dataset_find_sector     (RdDataset     *self,
                                         const char    *id);
RdIndicator *rd_dataset_find_indicator  (RdDataset     *self,
                                         const char    *key);
guint        rd_dataset_get_n_charts    (RdDataset     *self);
/* The first chart that draws @figure: in the figure's own sector if it is
 * drawn there, else wherever it is; NULL when no chart draws it. Sets
 * @sector (borrowed, may be NULL) to the chart's sector. */
RdChartSpec *rd_dataset_find_chart_for_figure (RdDataset   *self,
                                               RdIndicator *figure,
                                               RdSector   **sector);

G_END_DECLS
