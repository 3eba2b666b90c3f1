/* rd-library-review.c: a person's corrections of a report's figures
 *
 * A correction is one transaction: the search row indexed with the old
 * values is deleted with those very values (a contentless FTS5 table
 * needs them), the figure is updated and marked corrected, and the row is
 * indexed again.
 */
#define G_LOG_DOMAIN "reportdash-library"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "rd-library-private.h"

static const char * const bases[] = { "actual", "target", "other" };

/* Whether @sql with @text as ?1 gives a row. */
static gboolean
row_exists (RdLibrary   *self,
            const char  *sql,
            const char  *text,
            gboolean    *exists,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  *exists = FALSE;
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, text ? text : "", -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      *exists = rc == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  return TRUE;
}

static gboolean
check_fields (RdLibrary            *self,
              const RdDraftFigure  *fields,
              GError              **error)
{
  static const char * const lists[] = {
    "SELECT 1 FROM measure WHERE id = ?1",
    "SELECT 1 FROM sector WHERE id = ?1",
    "SELECT 1 FROM unit WHERE unit = ?1",
  };
  const char *values[] = { fields->measure, fields->sector, fields->unit ? fields->unit : "" };

  if (!g_strv_contains (bases, fields->basis ? fields->basis : ""))
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("“%s” is not a basis: a figure is a result, a target or other."),
                   fields->basis ? fields->basis : "");
      return FALSE;
    }
  if (!isfinite (fields->value) || !isfinite (fields->value_max))
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("The value of a figure must be a number."));
      return FALSE;
    }
  if (fields->name_zh == NULL || fields->name_zh[0] == '\0')
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("A figure needs a Chinese name."));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      gboolean exists;

      const char *value = values[i] ? values[i] : "";

      /* A figure without a unit (a count the text gives bare) is fine. */
      if (i == 2 && value[0] == '\0')
        continue;
      if (!row_exists (self, lists[i], value, &exists, error))
        return FALSE;
      if (exists)
        continue;
      if (i == 0)
        g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                     _("“%s” is not a measure ReportDash knows."), value);
      else if (i == 1)
        g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                     _("“%s” is not a sector ReportDash knows."), value);
      else
        g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                     _("“%s” is not a unit ReportDash knows."), value);
      return FALSE;
    }
  return TRUE;
}

/* The report of figure @figure_id, or 0 and @error. */
static gint64
figure_report (RdLibrary  *self,
               gint64      figure_id,
               GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 report_id = 0;
  int rc = sqlite3_prepare_v2 (self->db, "SELECT report_id FROM indicator WHERE id = ?1", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, figure_id);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        report_id = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  else if (report_id == 0)
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND,
                 _("There is no figure %lld in the library “%s”."),
                 (long long) figure_id, self->display_name);
  return report_id;
}

static int
update_row (RdLibrary           *self,
            gint64               figure_id,
            const RdDraftFigure *fields)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db,
                               "UPDATE indicator SET value = ?2, value_max = ?3, unit = ?4, measure = ?5,"
                               " basis = ?6, year = ?7, qualifier = ?8, sector = ?9, name_zh = ?10,"
                               " name_en = ?11, found_by = 'corrected', confidence = 1 WHERE id = ?1",
                               -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (stmt, 1, figure_id);
  sqlite3_bind_double (stmt, 2, fields->value);
  if (fields->value_max > fields->value)
    sqlite3_bind_double (stmt, 3, fields->value_max);
  sqlite3_bind_text (stmt, 4, fields->unit ? fields->unit : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, fields->measure, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, fields->basis, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, fields->year);
  if (fields->qualifier != NULL && fields->qualifier[0] != '\0')
    sqlite3_bind_text (stmt, 8, fields->qualifier, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, fields->sector, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, fields->name_zh, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, fields->name_en ? fields->name_en : "", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

gboolean
rd_library_update_figure (RdLibrary            *self,
                          gint64                figure_id,
                          const RdDraftFigure  *fields,
                          RdLibraryChartsFunc   charts,
                          GError              **error)
{
  gint64 report_id = 0;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return FALSE;
  if ((report_id = figure_report (self, figure_id, error)) == 0)
    goto fail;
  if (!check_fields (self, fields, error) ||
      !rd_library_write_fts (self, report_id, figure_id, TRUE, error))
    goto fail;
  if ((rc = update_row (self, figure_id, fields)) != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  if (!rd_library_write_fts (self, report_id, figure_id, FALSE, error) ||
      (charts != NULL && !rd_library_regenerate_charts (self, report_id, charts, error)) ||
      !rd_library_exec (self->db, "COMMIT", self->display_name, error))
    goto fail;
  return TRUE;

fail:
  rd_library_rollback (self->db);
  return FALSE;
}

GPtrArray *
rd_library_list_exclusions (RdLibrary  *self,
                            gint64      report_id,
                            GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_draft_exclusion_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT start, end, printed, reason FROM exclusion WHERE report_id = ?1 ORDER BY start",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, report_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (rows, rd_draft_exclusion_new (sqlite3_column_int (stmt, 0),
                                                       sqlite3_column_int (stmt, 1),
                                                       (const char *) sqlite3_column_text (stmt, 2),
                                                       (const char *) sqlite3_column_text (stmt, 3)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Steps @stmt to its end and finalizes it; returns the SQLite code. */
static int
step_done (sqlite3_stmt *stmt)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 /* 。 */ || c == 0xff01 /* ！ */ || c == 0xff1f /* ？ */ ||
         c == 0xff1b /* ； */ || c == '\n';
}

/* The sentence of @text around code points @start..@end, in @from..@to. */
static void
find_sentence (const char *text,
               int         start,
               int         end,
               int        *from,
               int        *to)
{
  const char *p = text;
  int i = 0;

  *from = 0;
  for (; *p != '\0' && i < start; p = g_utf8_next_char (p), i++)
    if (is_sentence_end (g_utf8_get_char (p)))
      *from = i + 1;
  for (; *p != '\0' && i < end; p = g_utf8_next_char (p))
    i++;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        break;
      i++;
      if (is_sentence_end (c))
        break;
    }
  *to = i;
}

/* The code points @start..@end of @text, or NULL when they do not fit. */
static char *
dup_span (const char *text,
          int         start,
          int         end)
{
  glong n = g_utf8_strlen (text, -1);
  const char *from, *to;

  if (start < 0 || start >= end || end > n)
    return NULL;
  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (from, end - start);
  return g_strndup (from, to - from);
}

static int
insert_figure (RdLibrary           *self,
               gint64               report_id,
               const RdDraftFigure *fields,
               const char          *printed,
               int                  sentence_start,
               int                  sentence_end)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db,
                               "INSERT INTO indicator(key, report_id, sector, name_zh, name_en, value, unit,"
                               " measure, year, basis, qualifier, src_start, src_end, excerpt_start,"
                               " excerpt_end, section_id, printed, found_by, confidence, value_max)"
                               " VALUES ('import-' || ?1 || '-added-' ||"
                               " (SELECT coalesce(max(id), 0) + 1 FROM indicator), ?1, ?2, ?3, ?4, ?5, ?6,"
                               " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                               " (SELECT id FROM section WHERE report_id = ?1 AND start <= ?11"
                               " ORDER BY start DESC LIMIT 1), ?15, 'corrected', 1, ?16)",
                               -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_text (stmt, 2, fields->sector, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, fields->name_zh, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, fields->name_en ? fields->name_en : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 5, fields->value);
  sqlite3_bind_text (stmt, 6, fields->unit ? fields->unit : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, fields->measure, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, fields->year);
  sqlite3_bind_text (stmt, 9, fields->basis, -1, SQLITE_TRANSIENT);
  if (fields->qualifier != NULL && fields->qualifier[0] != '\0')
    sqlite3_bind_text (stmt, 10, fields->qualifier, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 11, fields->src_start);
  sqlite3_bind_int (stmt, 12, fields->src_end);
  sqlite3_bind_int (stmt, 13, sentence_start);
  sqlite3_bind_int (stmt, 14, sentence_end);
  sqlite3_bind_text (stmt, 15, printed, -1, SQLITE_TRANSIENT);
  if (fields->value_max > fields->value)
    sqlite3_bind_double (stmt, 16, fields->value_max);
  return step_done (stmt);
}

/* Prepares @sql, binds ?1 @report_id, ?2 @start and ?3 @end, and steps it;
 * @found: whether it gave a row. */
static int
exec_span (RdLibrary  *self,
           const char *sql,
           gint64      report_id,
           int         start,
           int         end,
           gboolean   *found)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int (stmt, 2, start);
  sqlite3_bind_int (stmt, 3, end);
  rc = sqlite3_step (stmt);
  if (found != NULL)
    *found = rc == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

gint64
rd_library_add_figure (RdLibrary            *self,
                       gint64                report_id,
                       const RdDraftFigure  *fields,
                       RdLibraryChartsFunc   charts,
                       GError              **error)
{
  g_autofree char *text = NULL, *printed = NULL;
  int sentence_start = fields ? fields->sentence_start : 0;
  int sentence_end = fields ? fields->sentence_end : 0;
  gboolean overlaps = FALSE;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (fields != NULL, 0);

  if ((text = rd_library_dup_report_text (self, report_id, error)) == NULL ||
      !check_fields (self, fields, error))
    return 0;
  if ((printed = dup_span (text, fields->src_start, fields->src_end)) == NULL)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("The figure does not point into the text of its report."));
      return 0;
    }
  if (!(sentence_start <= fields->src_start && fields->src_end <= sentence_end &&
        sentence_end <= (int) g_utf8_strlen (text, -1)))
    find_sentence (text, fields->src_start, fields->src_end, &sentence_start, &sentence_end);

  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return 0;
  rc = exec_span (self, "SELECT 1 FROM indicator WHERE report_id = ?1 AND src_start < ?3 AND src_end > ?2",
                  report_id, fields->src_start, fields->src_end, &overlaps);
  if (rc == SQLITE_OK && overlaps)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("“%s” overlaps a figure of the report."), printed);
      goto fail;
    }
  if (rc == SQLITE_OK)
    rc = exec_span (self, "DELETE FROM exclusion WHERE report_id = ?1 AND start < ?3 AND end > ?2",
                    report_id, fields->src_start, fields->src_end, NULL);
  if (rc == SQLITE_OK)
    rc = insert_figure (self, report_id, fields, printed, sentence_start, sentence_end);
  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  id = sqlite3_last_insert_rowid (self->db);
  if (!rd_library_write_fts (self, report_id, id, FALSE, error) ||
      !rd_library_regenerate_charts (self, report_id, charts, error) ||
      !rd_library_exec (self->db, "COMMIT", self->display_name, error))
    goto fail;
  return id;

fail:
  rd_library_rollback (self->db);
  return 0;
}

gboolean
rd_library_exclude_figure (RdLibrary            *self,
                           gint64                figure_id,
                           const char           *reason,
                           RdLibraryChartsFunc   charts,
                           GError              **error)
{
  static const char * const steps[] = {
    "INSERT INTO exclusion(report_id, start, end, printed, reason)"
    " SELECT report_id, src_start, src_end, printed, ?2 FROM indicator WHERE id = ?1",
    "DELETE FROM chart_figure WHERE indicator_id = ?1",
    "DELETE FROM indicator_pair WHERE actual_id = ?1 OR target_id = ?1",
    "DELETE FROM indicator WHERE id = ?1",
  };
  g_autofree char *why = reason && reason[0] ? g_strdup_printf (RD_LIBRARY_EXCLUDED_BY_PERSON ": %s", reason)
                                             : g_strdup (RD_LIBRARY_EXCLUDED_BY_PERSON);
  sqlite3_stmt *stmt = NULL;
  gint64 report_id = 0;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return FALSE;
  if ((report_id = figure_report (self, figure_id, error)) == 0)
    goto fail;
  if (!rd_library_write_fts (self, report_id, figure_id, TRUE, error))
    goto fail;
  rc = SQLITE_OK;
  for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (steps); i++)
    {
      rc = sqlite3_prepare_v2 (self->db, steps[i], -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        break;
      sqlite3_bind_int64 (stmt, 1, figure_id);
      if (i == 0)
        sqlite3_bind_text (stmt, 2, why, -1, SQLITE_TRANSIENT);
      rc = step_done (stmt);
    }
  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  if (!rd_library_regenerate_charts (self, report_id, charts, error) ||
      !rd_library_exec (self->db, "COMMIT", self->display_name, error))
    goto fail;
  return TRUE;

fail:
  rd_library_rollback (self->db);
  return FALSE;
}

gboolean
rd_library_update_report (RdLibrary   *self,
                          gint64       id,
                          const char  *title,
                          const char  *region,
                          const char  *level,
                          int          year,
                          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  if (title == NULL || title[0] == '\0' || region == NULL || region[0] == '\0')
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_INVALID,
                   _("A report needs a title and a region."));
      return FALSE;
    }
  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return FALSE;
  rc = sqlite3_prepare_v2 (self->db, "UPDATE report SET title = ?2, region = ?3, level = ?4, year = ?5"
                                     " WHERE id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, region, -1, SQLITE_TRANSIENT);
      if (level != NULL && level[0] != '\0')
        sqlite3_bind_text (stmt, 4, level, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 5, year);
      rc = step_done (stmt);
    }
  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND,
                   _("There is no report %lld in the library “%s”."),
                   (long long) id, self->display_name);
      goto fail;
    }
  if (!rd_library_exec (self->db, "COMMIT", self->display_name, error))
    goto fail;
  return TRUE;

fail:
  rd_library_rollback (self->db);
  return FALSE;
}

GStrv
rd_library_list_terms (RdLibrary   *self,
                       const char  *list,
                       GStrv       *names_zh,
                       GStrv       *names_en,
                       GError     **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) zh = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) en = g_strv_builder_new ();
  gboolean sectors = g_strcmp0 (list, "sector") == 0;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (sectors || g_strcmp0 (list, "measure") == 0, NULL);

  rc = sqlite3_prepare_v2 (self->db,
                           sectors ? "SELECT id, name_zh, name_en FROM sector ORDER BY position, id"
                                   : "SELECT id, id, id FROM measure ORDER BY rowid",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (zh, (const char *) sqlite3_column_text (stmt, 1));
      g_strv_builder_add (en, (const char *) sqlite3_column_text (stmt, 2));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      return NULL;
    }
  if (names_zh != NULL)
    *names_zh = g_strv_builder_end (zh);
  if (names_en != NULL)
    *names_en = g_strv_builder_end (en);
  return g_strv_builder_end (ids);
}
