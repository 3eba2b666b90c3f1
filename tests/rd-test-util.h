/* rd-test-util.h: bad datasets and checksums shared by the tests */
#pragma once

#include <glib.h>

#include "rd-dataset.h"
#include "rd-draft.h"
#include "rd-series.h"

G_BEGIN_DECLS

typedef enum {
  RD_BAD_MISSING,
  RD_BAD_EMPTY_FILE,
  RD_BAD_EMPTY_DATABASE,
  RD_BAD_NOT_SQLITE,
  RD_BAD_FOREIGN_SQLITE,
  RD_BAD_WRONG_VERSION,
  RD_BAD_CORRUPT,
  RD_BAD_N_KINDS
} RdBadKind;

/* The dataset built with the project ($REPORTDASH_DATASET). */
const char *rd_test_builtin_dataset (void);
/* The built-in dataset, opened; fails the test if it cannot be. */
RdDataset  *rd_test_open_builtin     (void);
/* Makes a bad dataset of @kind in @dir and returns its path. */
char       *rd_test_make_bad_dataset (const char *dir,
                                      RdBadKind   kind);
char       *rd_test_copy_builtin     (const char *dir,
                                      const char *name);
void        rd_test_exec_sql         (const char *path,
                                      const char *sql);
/* SHA-256 of the file's contents, or NULL if it does not exist. */
char       *rd_test_checksum         (const char *path);
/* strstr() for a binary file: whether @needle is in @data[0..@length). */
gboolean    rd_test_contains_bytes   (const char *data,
                                      gsize       length,
                                      const char *needle);
/* A hand-made report of @region delivered in @year: a title line, a
 * heading, then one sentence a figure, "第N项指标达到N.5亿元。"; figure 1
 * has catalog key "gdp", every third one qualifier 力争 and basis target.
 * @salt (may be NULL) ends the text, so that two drafts differ. */
RdReportDraft *rd_test_make_draft (const char *region,
                                   int         year,
                                   guint       n_figures,
                                   const char *salt);
/* Runs $REPORTDASH_BIN with @args (NULL-terminated) and no display at
 * all: the terminal commands must not need one. Returns the exit status. */
int            rd_test_run_app    (const char * const  *args,
                                   char               **out,
                                   char               **err);
/* PRAGMA integrity_check of @path says ok, and its search index is
 * consistent with itself. */
void           rd_test_assert_library_whole (const char *path);
/* A figure of @region's series as rd_library_get_series() gives it
 * (measure growth for %, level otherwise; figure id @id). */
RdSeriesPoint *rd_test_series_point (gint64      id,
                                     const char *region,
                                     int         year,
                                     const char *basis,
                                     double      value,
                                     double      value_max,
                                     const char *unit,
                                     const char *qualifier,
                                     int         report_year);
/* Removes @dir and everything in it. */
void        rd_test_remove_dir       (const char *dir);
/* The first column of the first row of @sql on the SQLite file @path. */
gint64      rd_test_query_int        (const char *path,
                                      const char *sql);

G_END_DECLS
