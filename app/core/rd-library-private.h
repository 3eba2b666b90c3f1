/* rd-library-private.h: shared by rd-library.c (opening, migrating) and
 * rd-library-reports.c (adding, listing, removing) */
#pragma once

#include <sqlite3.h>

#include "rd-library.h"

G_BEGIN_DECLS

struct _RdLibrary
{
  sqlite3 *db;
  char    *path;
  char    *display_name;
};

/* Sets @error from SQLite's @rc on @db; returns FALSE. */
gboolean rd_library_set_sqlite_error (GError     **error,
                                      sqlite3     *db,
                                      int          rc,
                                      const char  *display_name);
gboolean rd_library_exec             (sqlite3     *db,
                                      const char  *sql,
                                      const char  *display_name,
                                      GError     **error);
/* Rolls back the open transaction, keeping the first error. */
void     rd_library_rollback         (sqlite3     *db);
/* The time now, ISO 8601 in UTC. */
char    *rd_library_now              (void);
/* Stores @draft's charts for report @id, whose figures are in (inside the
 * open transaction); returns the SQLite code (rd-library-charts.c). */
int      rd_library_insert_charts    (RdLibrary           *self,
                                      const RdReportDraft *draft,
                                      gint64               id);
/* The same with the id of each of @draft's figures in @figure_ids. */
int      rd_library_insert_chart_rows (RdLibrary           *self,
                                       const RdReportDraft *draft,
                                       gint64               id,
                                       GArray              *figure_ids);
/* Inside the open transaction: drops the charts left without figures and,
 * when @charts is not NULL and the report has no curated figure, makes
 * report @report_id's charts anew from its figures (rd-library-charts.c). */
gboolean rd_library_regenerate_charts (RdLibrary            *self,
                                       gint64                report_id,
                                       RdLibraryChartsFunc   charts,
                                       GError              **error);
/* Adds (or, @delete, removes) the search rows of report @id's figures,
 * only figure @figure_id's when not 0 (rd-library-reports.c). */
gboolean rd_library_write_fts        (RdLibrary           *self,
                                      gint64               id,
                                      gint64               figure_id,
                                      gboolean             delete,
                                      GError             **error);

G_END_DECLS

G_BEGIN_DECLS

/* The text indexed for search for each figure (data/SCHEMA.md,
 * indicator_fts), the same values build-dataset.py inserts: a contentless
 * FTS5 table can only delete a row given the very values it indexed. */
#define RD_LIBRARY_FTS_COLUMNS \
  "rowid, key, name_zh, name_en, unit, unit_en, sector_zh, sector_en, excerpt"
#define RD_LIBRARY_FTS_VALUES \
  "i.id, replace(i.key, '-', ' '), i.name_zh, i.name_en, i.unit, " \
  "coalesce(u.name_en, ''), coalesce(s.name_zh, ''), coalesce(s.name_en, ''), " \
  "substr(r.body, i.excerpt_start + 1, i.excerpt_end - i.excerpt_start) "
#define RD_LIBRARY_FTS_FROM \
  "FROM indicator i JOIN report r ON r.id = i.report_id " \
  "LEFT JOIN unit u ON u.unit = i.unit LEFT JOIN sector s ON s.id = i.sector "

G_END_DECLS
