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

static int
update_row (RdLibrary           *self,
            gint64               figure_id,
            const RdDraftFigure *fields)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db,
                               "UPDATE indicator SET value = ?2, value_max = ?3, unit = ?4, measure = ?5,"
                               " basis = ?6, year = ?7, qualifier = ?8, sector = ?9, name_zh = ?10,"
                               " name_en = ?11, found_by = 'corrected' WHERE id = ?1",
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
                          GError              **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 report_id = 0;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!rd_library_exec (self->db, "BEGIN IMMEDIATE", self->display_name, error))
    return FALSE;
  rc = sqlite3_prepare_v2 (self->db, "SELECT report_id FROM indicator WHERE id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, figure_id);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        report_id = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  if (report_id == 0)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND,
                   _("There is no figure %lld in the library “%s”."),
                   (long long) figure_id, self->display_name);
      goto fail;
    }
  if (!check_fields (self, fields, error) ||
      !rd_library_write_fts (self, report_id, figure_id, TRUE, error))
    goto fail;
  if ((rc = update_row (self, figure_id, fields)) != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
      goto fail;
    }
  if (!rd_library_write_fts (self, report_id, figure_id, FALSE, error) ||
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
