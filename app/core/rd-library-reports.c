/* rd-library-reports.c: adding, listing and removing reports
 *
 * Each write is one BEGIN IMMEDIATE … COMMIT: a crash, a full disk or a
 * figure the schema refuses leaves the library as it was.
 */
#define G_LOG_DOMAIN "reportdash-library"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-library-private.h"

static const char * const found_by_names[] = { "curated", "extracted", "corrected" };

void
rd_library_report_free (RdLibraryReport *report)
{
  if (report == NULL)
    return;
  g_free (report->title);
  g_free (report->region);
  g_free (report->region_en);
  g_free (report->level);
  g_free (report->source_name);
  g_free (report->format);
  g_free (report->checksum);
  g_free (report->imported_at);
  g_free (report);
}

void
rd_library_figure_free (RdLibraryFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->region);
  g_free (figure->key);
  rd_draft_figure_free (figure->figure);
  g_free (figure);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_strdup ((const char *) text) : NULL;
}

static char *
column_dup_nonempty (sqlite3_stmt *stmt,
                     int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text && text[0] ? g_strdup ((const char *) text) : NULL;
}

/* Prepares @sql with @id as ?1 and steps it to the end. */
static gboolean
exec_with_id (RdLibrary   *self,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;
    }
  if (rc != SQLITE_DONE)
    rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* The first row's first column of @sql with @text as ?1, or 0. */
static gboolean
find_id (RdLibrary   *self,
         const char  *sql,
         const char  *text,
         gint64       id,
         gint64      *found,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  *found = 0;
  if (rc == SQLITE_OK)
    {
      if (text != NULL)
        sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *found = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  return TRUE;
}

static gboolean
span_fits (int start,
           int end,
           int n_chars)
{
  return 0 <= start && start <= end && end <= n_chars;
}

/* What SQLite cannot check itself: spans inside the text. */
static gboolean
check_draft (const RdReportDraft  *draft,
             GError              **error)
{
  int n_chars;

  if (draft->text == NULL || !g_utf8_validate (draft->text, -1, NULL))
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("The report cannot be stored: its text is missing or not UTF-8."));
      return FALSE;
    }
  n_chars = g_utf8_strlen (draft->text, -1);

  for (guint i = 0; i < draft->figures->len; i++)
    {
      const RdDraftFigure *figure = draft->figures->pdata[i];

      if (!span_fits (figure->src_start, figure->src_end, n_chars) ||
          !span_fits (figure->sentence_start, figure->sentence_end, n_chars))
        {
          g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                       _("The report cannot be stored: figure %u does not point into its text."), i + 1);
          return FALSE;
        }
    }
  for (guint i = 0; i < draft->sections->len; i++)
    {
      const RdDraftSection *section = draft->sections->pdata[i];

      if (!span_fits (section->start, section->end, n_chars))
        {
          g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                       _("The report cannot be stored: heading %u does not point into its text."), i + 1);
          return FALSE;
        }
    }
  for (guint i = 0; i < draft->exclusions->len; i++)
    {
      const RdDraftExclusion *exclusion = draft->exclusions->pdata[i];

      if (!span_fits (exclusion->start, exclusion->end, n_chars))
        {
          g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                       _("The report cannot be stored: excluded number %u does not point into its text."), i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* The byte offset of each code point of @text, and of its end. */
static GArray *
code_point_offsets (const char *text)
{
  GArray *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text ? text : ""; ; p = g_utf8_next_char (p))
    {
      gsize offset = p - text;

      g_array_append_val (offsets, offset);
      if (*p == '\0')
        break;
    }
  return offsets;
}

/* @text[@start, @end) in code points; the span was checked. */
static char *
substring (const char *text,
           GArray     *offsets,
           int         start,
           int         end)
{
  gsize from = g_array_index (offsets, gsize, start);

  return g_strndup (text + from, g_array_index (offsets, gsize, end) - from);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           column,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

/* Steps @stmt once (an INSERT) and resets it; returns the SQLite code. */
static int
step_reset (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
insert_report (RdLibrary           *self,
               const RdReportDraft *draft,
               const char          *checksum,
               gint64              *id)
{
  g_autofree char *now = rd_library_now ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO report(title, title_en, region, region_en, year, body, original,"
                           " level, source_name, format, checksum, imported_at)"
                           " VALUES (?1, '', ?2, '', ?3, ?4, ?4, ?5, ?6, ?7, ?8, ?9)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_text (stmt, 1, draft->title ? draft->title : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, draft->region ? draft->region : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, draft->year);
  sqlite3_bind_text (stmt, 4, draft->text, -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 5, draft->level);
  bind_text_or_null (stmt, 6, draft->source_name);
  bind_text_or_null (stmt, 7, draft->format);
  sqlite3_bind_text (stmt, 8, checksum, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  rc = step_reset (stmt);
  sqlite3_finalize (stmt);
  *id = sqlite3_last_insert_rowid (self->db);
  return rc;
}

/* The sections and exclusions of report @id; @section_ids gets the new
 * id of each section. */
static int
insert_sections (RdLibrary           *self,
                 const RdReportDraft *draft,
                 GArray              *offsets,
                 gint64               id,
                 GArray              *section_ids)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO section(report_id, level, title, start, end) VALUES (?1, ?2, ?3, ?4, ?5)",
                           -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < draft->sections->len; i++)
    {
      const RdDraftSection *section = draft->sections->pdata[i];
      gint64 section_id;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, section->level);
      sqlite3_bind_text (stmt, 3, section->title ? section->title : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, section->start);
      sqlite3_bind_int (stmt, 5, section->end);
      rc = step_reset (stmt);
      section_id = sqlite3_last_insert_rowid (self->db);
      g_array_append_val (section_ids, section_id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO exclusion(report_id, start, end, printed, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
                           -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < draft->exclusions->len; i++)
    {
      const RdDraftExclusion *exclusion = draft->exclusions->pdata[i];
      g_autofree char *printed = exclusion->printed ? NULL
                               : substring (draft->text, offsets, exclusion->start, exclusion->end);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, exclusion->start);
      sqlite3_bind_int (stmt, 3, exclusion->end);
      sqlite3_bind_text (stmt, 4, exclusion->printed ? exclusion->printed : printed, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, exclusion->reason ? exclusion->reason : "", -1, SQLITE_TRANSIENT);
      rc = step_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return rc;
}

static int
insert_figures (RdLibrary           *self,
                const RdReportDraft *draft,
                GArray              *offsets,
                gint64               id,
                GArray              *section_ids)
{
  sqlite3_stmt *stmt = NULL;
  guint section = 0;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO indicator(key, report_id, sector, name_zh, name_en, value, unit,"
                           " measure, year, basis, qualifier, src_start, src_end, excerpt_start,"
                           " excerpt_end, section_id, printed, found_by, confidence, catalog_key,"
                           " value_max)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                           " ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
                           -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < draft->figures->len; i++)
    {
      const RdDraftFigure *figure = draft->figures->pdata[i];
      g_autofree char *key = g_strdup_printf ("import-%" G_GINT64_FORMAT "-%u", id, i + 1);
      g_autofree char *printed = figure->printed ? NULL
                               : substring (draft->text, offsets, figure->src_start, figure->src_end);

      /* The last heading that starts before the figure. */
      while (section < draft->sections->len &&
             ((RdDraftSection *) draft->sections->pdata[section])->start <= figure->src_start)
        section++;

      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, id);
      bind_text_or_null (stmt, 3, figure->sector);
      bind_text_or_null (stmt, 4, figure->name_zh);
      sqlite3_bind_text (stmt, 5, figure->name_en ? figure->name_en : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (stmt, 6, figure->value);
      sqlite3_bind_text (stmt, 7, figure->unit ? figure->unit : "", -1, SQLITE_TRANSIENT);
      bind_text_or_null (stmt, 8, figure->measure);
      sqlite3_bind_int (stmt, 9, figure->year);
      bind_text_or_null (stmt, 10, figure->basis);
      bind_text_or_null (stmt, 11, figure->qualifier && figure->qualifier[0] ? figure->qualifier : NULL);
      sqlite3_bind_int (stmt, 12, figure->src_start);
      sqlite3_bind_int (stmt, 13, figure->src_end);
      sqlite3_bind_int (stmt, 14, figure->sentence_start);
      sqlite3_bind_int (stmt, 15, figure->sentence_end);
      if (section > 0)
        sqlite3_bind_int64 (stmt, 16, g_array_index (section_ids, gint64, section - 1));
      sqlite3_bind_text (stmt, 17, figure->printed ? figure->printed : printed, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 18, found_by_names[CLAMP (figure->found_by, 0, 2)], -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 19, figure->confidence);
      bind_text_or_null (stmt, 20, figure->indicator && figure->indicator[0] ? figure->indicator : NULL);
      /* Only a range has a high end. */
      if (figure->value_max > figure->value)
        sqlite3_bind_double (stmt, 21, figure->value_max);
      rc = step_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* Adds (or, @delete, removes) the search rows of report @id's figures
 * (only figure @figure_id's when not 0). The sentences are cut out here:
 * SQLite's substr() walks the text from its start for every figure,
 * which made a big report quadratic. */
gboolean
rd_library_write_fts (RdLibrary  *self,
                      gint64      id,
                      gint64      figure_id,
                      gboolean    delete,
                      GError    **error)
{
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *body = NULL;
  sqlite3_stmt *select = NULL, *insert = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "SELECT body FROM report WHERE id = ?1", -1, &select, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (select, 1, id);
      if ((rc = sqlite3_step (select)) == SQLITE_ROW)
        body = column_dup (select, 0);
    }
  sqlite3_finalize (select);
  select = NULL;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  offsets = code_point_offsets (body);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT i.id, replace(i.key, '-', ' '), i.name_zh, i.name_en, i.unit,"
                           " coalesce(u.name_en, ''), coalesce(s.name_zh, ''), coalesce(s.name_en, ''),"
                           " i.excerpt_start, i.excerpt_end"
                           " FROM indicator i LEFT JOIN unit u ON u.unit = i.unit"
                           " LEFT JOIN sector s ON s.id = i.sector WHERE i.report_id = ?1 AND (?2 = 0 OR i.id = ?2)",
                           -1, &select, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db,
                             delete ? "INSERT INTO indicator_fts(indicator_fts, " RD_LIBRARY_FTS_COLUMNS ")"
                                      " VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                                    : "INSERT INTO indicator_fts(" RD_LIBRARY_FTS_COLUMNS ")"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                             -1, &insert, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (select, 1, id);
      sqlite3_bind_int64 (select, 2, figure_id);
    }
  while (rc == SQLITE_OK && (rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      guint start = CLAMP (sqlite3_column_int (select, 8), 0, (int) offsets->len - 1);
      guint end = CLAMP (sqlite3_column_int (select, 9), (int) start, (int) offsets->len - 1);
      gsize from = g_array_index (offsets, gsize, start);

      for (int column = 0; column < 8; column++)
        sqlite3_bind_value (insert, column + 1, sqlite3_column_value (select, column));
      sqlite3_bind_text (insert, 9, body + from, g_array_index (offsets, gsize, end) - from,
                         SQLITE_STATIC);
      rc = step_reset (insert);
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  sqlite3_finalize (select);
  sqlite3_finalize (insert);
  if (rc != SQLITE_OK)
    return rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  return TRUE;
}

gint64
rd_library_add_draft (RdLibrary            *self,
                      const RdReportDraft  *draft,
                      gint64               *existing_id,
                      GError              **error)
{
  g_autoptr(GArray) section_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *checksum = NULL;
  gint64 id = 0, existing = 0;
  int rc;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (existing_id != NULL)
    *existing_id = 0;
  if (!check_draft (draft, error))
    return 0;
  offsets = code_point_offsets (draft->text);
  checksum = draft->checksum ? g_strdup (draft->checksum)
                             : g_compute_checksum_for_string (G_CHECKSUM_SHA256, draft->text, -1);

  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return 0;
  if (!find_id (self, "SELECT id FROM report WHERE checksum = ?1", checksum, 0, &existing, error))
    goto fail;
  if (existing != 0)
    {
      if (existing_id != NULL)
        *existing_id = existing;
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_DUPLICATE,
                   _("This text is already in the library as report %lld; it was not imported again."),
                   (long long) existing);
      goto fail;
    }

  rc = insert_report (self, draft, checksum, &id);
  if (rc == SQLITE_OK)
    rc = insert_sections (self, draft, offsets, id, section_ids);
  if (rc == SQLITE_OK)
    rc = insert_figures (self, draft, offsets, id, section_ids);
  if (rc == SQLITE_OK)
    rc = rd_library_insert_charts (self, draft, id);
  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  if (!rd_library_write_fts (self, id, 0, FALSE, error) ||
      !rd_library_exec (self->db, "COMMIT", self->display_name, error))
    goto fail;
  return id;

fail:
  rd_library_rollback (self->db);
  return 0;
}

gboolean
rd_library_remove_report (RdLibrary  *self,
                          gint64      id,
                          GError    **error)
{
  static const char * const steps[] = {
    "DELETE FROM chart_figure WHERE indicator_id IN (SELECT id FROM indicator WHERE report_id = ?1)",
    "DELETE FROM chart WHERE ?1 > 0 AND id NOT IN (SELECT chart_id FROM chart_figure)",
    "DELETE FROM indicator_pair WHERE actual_id IN (SELECT id FROM indicator WHERE report_id = ?1)"
    " OR target_id IN (SELECT id FROM indicator WHERE report_id = ?1)",
    "DELETE FROM indicator WHERE report_id = ?1",
    "DELETE FROM exclusion WHERE report_id = ?1",
    "DELETE FROM section WHERE report_id = ?1",
    "DELETE FROM report WHERE id = ?1",
  };
  gint64 found = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return FALSE;
  if (!find_id (self, "SELECT id FROM report WHERE id = ?1", NULL, id, &found, error))
    goto fail;
  if (found == 0)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND,
                   _("There is no report %lld in the library “%s”."),
                   (long long) id, self->display_name);
      goto fail;
    }
  if (!rd_library_write_fts (self, id, 0, TRUE, error))
    goto fail;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (!exec_with_id (self, steps[i], id, error))
      goto fail;
  if (!rd_library_exec (self->db, "COMMIT", self->display_name, error))
    goto fail;
  return TRUE;

fail:
  rd_library_rollback (self->db);
  return FALSE;
}

typedef gpointer (*RowFunc) (sqlite3_stmt *stmt);

/* The rows of @sql (?1 text, ?2 int) as a new array of RowFunc's items. */
static GPtrArray *
collect_rows (RdLibrary       *self,
              const char      *sql,
              const char      *text,
              int              number,
              RowFunc          func,
              GDestroyNotify   free_func,
              GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      bind_text_or_null (stmt, 1, text);
      sqlite3_bind_int (stmt, 2, number);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (rows, func (stmt));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gpointer
report_from_row (sqlite3_stmt *stmt)
{
  RdLibraryReport *report = g_new0 (RdLibraryReport, 1);

  report->id = sqlite3_column_int64 (stmt, 0);
  report->title = column_dup (stmt, 1);
  report->region = column_dup (stmt, 2);
  report->level = column_dup_nonempty (stmt, 3);
  report->year = sqlite3_column_int (stmt, 4);
  report->source_name = column_dup (stmt, 5);
  report->format = column_dup (stmt, 6);
  report->checksum = column_dup (stmt, 7);
  report->imported_at = column_dup (stmt, 8);
  report->n_figures = sqlite3_column_int (stmt, 9);
  report->region_en = column_dup_nonempty (stmt, 10);
  return report;
}

GPtrArray *
rd_library_list_reports (RdLibrary  *self,
                         GError    **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return collect_rows (self,
                       "SELECT r.id, r.title, r.region, r.level, r.year, r.source_name, r.format,"
                       " r.checksum, r.imported_at,"
                       " (SELECT count(*) FROM indicator i WHERE i.report_id = r.id), r.region_en"
                       " FROM report r ORDER BY r.id",
                       NULL, 0, report_from_row, (GDestroyNotify) rd_library_report_free, error);
}

/* The columns figure_from_row() reads. */
#define FIGURE_SELECT \
  "SELECT i.id, i.report_id, r.region, r.year, i.key, i.src_start, i.src_end," \
  " i.excerpt_start, i.excerpt_end, i.printed, i.value, i.unit, i.measure," \
  " i.basis, i.year, i.qualifier, i.sector, i.name_zh, i.name_en," \
  " i.catalog_key, i.found_by, i.confidence, coalesce(i.value_max, i.value)" \
  " FROM indicator i JOIN report r ON r.id = i.report_id"

static gpointer
figure_from_row (sqlite3_stmt *stmt)
{
  RdLibraryFigure *row = g_new0 (RdLibraryFigure, 1);
  RdDraftFigure *figure = rd_draft_figure_new ();
  const char *found_by = (const char *) sqlite3_column_text (stmt, 20);

  row->id = sqlite3_column_int64 (stmt, 0);
  row->report_id = sqlite3_column_int64 (stmt, 1);
  row->region = column_dup (stmt, 2);
  row->report_year = sqlite3_column_int (stmt, 3);
  row->key = column_dup (stmt, 4);
  figure->src_start = sqlite3_column_int (stmt, 5);
  figure->src_end = sqlite3_column_int (stmt, 6);
  figure->sentence_start = sqlite3_column_int (stmt, 7);
  figure->sentence_end = sqlite3_column_int (stmt, 8);
  figure->printed = column_dup (stmt, 9);
  figure->value = sqlite3_column_double (stmt, 10);
  figure->unit = column_dup (stmt, 11);
  figure->measure = column_dup (stmt, 12);
  figure->basis = column_dup (stmt, 13);
  figure->year = sqlite3_column_int (stmt, 14);
  figure->qualifier = column_dup_nonempty (stmt, 15);
  figure->sector = column_dup (stmt, 16);
  figure->name_zh = column_dup (stmt, 17);
  figure->name_en = column_dup_nonempty (stmt, 18);
  figure->indicator = column_dup_nonempty (stmt, 19);
  for (guint i = 0; i < G_N_ELEMENTS (found_by_names); i++)
    if (g_strcmp0 (found_by, found_by_names[i]) == 0)
      figure->found_by = i;
  figure->confidence = sqlite3_column_double (stmt, 21);
  figure->value_max = sqlite3_column_double (stmt, 22);
  row->figure = figure;
  return row;
}

GPtrArray *
rd_library_list_figures (RdLibrary   *self,
                         const char  *region,
                         int          year,
                         GError     **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return collect_rows (self,
                       FIGURE_SELECT
                       " WHERE (?1 IS NULL OR instr(r.region, ?1) > 0) AND (?2 = 0 OR r.year = ?2)"
                       " ORDER BY i.report_id, i.src_start, i.id",
                       region && region[0] ? region : NULL, year,
                       figure_from_row, (GDestroyNotify) rd_library_figure_free, error);
}

GPtrArray *
rd_library_list_report_figures (RdLibrary  *self,
                                gint64      report_id,
                                GError    **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return collect_rows (self,
                       FIGURE_SELECT
                       " WHERE ?1 IS NULL AND i.report_id = ?2"
                       " ORDER BY i.src_start, i.id",
                       NULL, (int) report_id,
                       figure_from_row, (GDestroyNotify) rd_library_figure_free, error);
}

char *
rd_library_dup_report_text (RdLibrary  *self,
                            gint64      id,
                            GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  rc = sqlite3_prepare_v2 (self->db, "SELECT original FROM report WHERE id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        text = column_dup (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND,
                 _("There is no report %lld in the library “%s”."),
                 (long long) id, self->display_name);
  else if (rc != SQLITE_ROW)
    rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  return text;
}
