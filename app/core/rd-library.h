/* rd-library.h: the user's reports and their figures (schema version 2)
 *
 * One SQLite file holds many reports; data/SCHEMA.md, "Schema version 2:
 * the library", is the contract. Every write is one transaction, so a
 * crash leaves a report whole or absent; a library of version 1 is backed
 * up beside itself and migrated, one of a newer version is refused and
 * left untouched. GLib and SQLite only: no GTK.
 */
#pragma once

#include <glib.h>

#include "rd-draft.h"

G_BEGIN_DECLS

#define RD_LIBRARY_SCHEMA_VERSION 2
/* How long a write waits for another process (the window, a second
 * import) that holds the lock. */
#define RD_LIBRARY_BUSY_TIMEOUT_MS 5000

#define RD_LIBRARY_ERROR (rd_library_error_quark ())

typedef enum {
  RD_LIBRARY_ERROR_FAILED,       /* SQLite or the file system failed */
  RD_LIBRARY_ERROR_NOT_LIBRARY,  /* not a ReportDash file */
  RD_LIBRARY_ERROR_NEWER,        /* made by a newer ReportDash: left untouched */
  RD_LIBRARY_ERROR_BUSY,         /* another program kept it locked */
  RD_LIBRARY_ERROR_NO_BUILTIN,   /* the built-in dataset to start from is missing */
  RD_LIBRARY_ERROR_DUPLICATE,    /* the same text is already in the library */
  RD_LIBRARY_ERROR_INVALID,      /* the draft does not fit (spans, missing fields) */
  RD_LIBRARY_ERROR_NOT_FOUND,    /* no report of that id */
} RdLibraryError;

typedef struct _RdLibrary RdLibrary;

typedef struct
{
  gint64  id;
  char   *title;
  char   *region;
  char   *region_en;    /* the region in English, or NULL (imported reports have none) */
  char   *level;        /* 省, 市, 区, 县, or NULL */
  int     year;         /* the year the report was delivered */
  char   *source_name;
  char   *format;
  char   *checksum;     /* SHA-256 of the text as imported, hex */
  char   *imported_at;  /* ISO 8601, UTC */
  guint   n_figures;
} RdLibraryReport;

typedef struct
{
  gint64         id;
  gint64         report_id;
  char          *region;       /* of the report */
  int            report_year;  /* of the report */
  char          *key;
  RdDraftFigure *figure;       /* name_en and indicator NULL when empty */
} RdLibraryFigure;

/* Makes a draft's charts from its figures (app/import's rd_charts_generate:
 * the library does not depend on the importer, its caller passes it). */
typedef void (*RdLibraryChartsFunc) (RdReportDraft *draft);

/* The reason of an exclusion a person made starts with this word. */
#define RD_LIBRARY_EXCLUDED_BY_PERSON "person"

GQuark      rd_library_error_quark       (void);

/* $XDG_DATA_HOME/reportdash/library.sqlite */
char       *rd_library_get_default_path  (void);

/* Opens the library at @path for reading and writing: creates it from the
 * built-in dataset when it does not exist, migrates a version 1 file
 * (after a backup copy PATH.v1-backup), refuses a newer one. */
RdLibrary  *rd_library_open              (const char     *path,
                                          GError        **error);
/* The same, starting from @builtin (NULL: rd_paths_get_builtin_dataset())
 * and waiting at most @busy_timeout_ms for a lock. */
RdLibrary  *rd_library_open_full         (const char     *path,
                                          const char     *builtin,
                                          int             busy_timeout_ms,
                                          GError        **error);
void        rd_library_close             (RdLibrary      *self);
const char *rd_library_get_path          (RdLibrary      *self);

/* Stores @draft, its figures, sections and exclusions in one transaction
 * and returns the new report's id, or 0 and @error. When the same text
 * is in already, the error is RD_LIBRARY_ERROR_DUPLICATE and
 * @existing_id (may be NULL) is the report that has it. */
gint64      rd_library_add_draft         (RdLibrary            *self,
                                          const RdReportDraft  *draft,
                                          gint64               *existing_id,
                                          GError              **error);
/* Removes a report with its figures, sections, exclusions, search rows
 * and the chart entries that showed its figures, in one transaction. */
gboolean    rd_library_remove_report     (RdLibrary      *self,
                                          gint64          id,
                                          GError        **error);
/* RdLibraryReport items by id. */
GPtrArray  *rd_library_list_reports      (RdLibrary      *self,
                                          GError        **error);
/* RdLibraryFigure items of the reports whose region contains @region
 * (NULL: any) and that were delivered in @year (0: any), by report and
 * text order. */
GPtrArray  *rd_library_list_figures      (RdLibrary      *self,
                                          const char     *region,
                                          int             year,
                                          GError        **error);
/* RdLibraryFigure items of report @report_id, in text order. */
GPtrArray  *rd_library_list_report_figures (RdLibrary   *self,
                                          gint64          report_id,
                                          GError        **error);
/* RdDraftExclusion items of report @report_id, in text order. */
GPtrArray  *rd_library_list_exclusions   (RdLibrary      *self,
                                          gint64          report_id,
                                          GError        **error);
/* Replaces the fields of figure @figure_id by those of @fields (value,
 * value_max, unit, measure, basis, year, qualifier, sector, name_zh,
 * name_en; not its span) and marks it corrected by a person (confidence
 * 1: a person checked it), with its
 * search row, in one transaction. Refuses a basis, measure or sector off
 * the closed lists and a value that is not finite (RD_LIBRARY_ERROR_INVALID).
 * With @charts (may be NULL) the report's generated charts are made anew
 * in the same transaction: a new sector, basis or unit may move it. */
gboolean    rd_library_update_figure     (RdLibrary            *self,
                                          gint64                figure_id,
                                          const RdDraftFigure  *fields,
                                          RdLibraryChartsFunc   charts,
                                          GError              **error);
/* Adds a figure a person found at @fields' src_start..src_end of report
 * @report_id's text (the sentence is found when @fields' does not hold
 * the span), with the fields of rd_library_update_figure(), marked
 * corrected, with its search row; drops the exclusions it overlaps and
 * refuses a span that overlaps another figure. With @charts the report's
 * generated charts are made anew, so the figure is on one. One
 * transaction; returns the new figure's id or 0 and @error. */
gint64      rd_library_add_figure        (RdLibrary            *self,
                                          gint64                report_id,
                                          const RdDraftFigure  *fields,
                                          RdLibraryChartsFunc   charts,
                                          GError              **error);
/* Turns figure @figure_id into a digit run that is not a figure: removes
 * it with its search row, pairs and chart entries (charts left empty go;
 * with @charts the report's charts are made anew) and records an
 * exclusion of its span whose reason is "person: @reason" (or "person"),
 * so that it is known as a person's decision. One transaction. */
gboolean    rd_library_exclude_figure    (RdLibrary            *self,
                                          gint64                figure_id,
                                          const char           *reason,
                                          RdLibraryChartsFunc   charts,
                                          GError              **error);
/* Sets report @id's title, region, level (NULL or "": none) and year,
 * in one transaction. Refuses an empty title or region. */
gboolean    rd_library_update_report     (RdLibrary            *self,
                                          gint64                id,
                                          const char           *title,
                                          const char           *region,
                                          const char           *level,
                                          int                   year,
                                          GError              **error);
/* The ids of the closed list @list, "measure" or "sector" (sectors in
 * dashboard order); @names_zh and @names_en (may be NULL) get each one's
 * names (a measure's: its id). */
GStrv       rd_library_list_terms        (RdLibrary            *self,
                                          const char           *list,
                                          GStrv                *names_zh,
                                          GStrv                *names_en,
                                          GError              **error);
/* The text of report @id as imported, or NULL and @error. */
char       *rd_library_dup_report_text   (RdLibrary      *self,
                                          gint64          id,
                                          GError        **error);

void        rd_library_report_free       (RdLibraryReport *report);
void        rd_library_figure_free       (RdLibraryFigure *figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdLibrary, rd_library_close)

G_END_DECLS
