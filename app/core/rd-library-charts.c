/* rd-library-charts.c: storing the generated charts of a report
 *
 * A draft's charts (app/import/rd-charts.h) go into `chart` and
 * `chart_figure` in the transaction that adds the report. `chart.id` is
 * the table's key across every report, so each id gets the prefix
 * r<report id>-. rd_library_remove_report() deletes them with the figures.
 */
#define G_LOG_DOMAIN "reportdash-library"

#include "config.h"

#include "rd-library-private.h"

int
rd_library_insert_charts (RdLibrary           *self,
                          const RdReportDraft *draft,
                          gint64               id)
{
  g_autoptr(GArray) figure_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (draft->charts == NULL || draft->charts->len == 0)
    return SQLITE_OK;
  for (guint c = 0; c < draft->charts->len; c++)
    {
      const RdDraftChart *chart = draft->charts->pdata[c];

      for (guint i = 0; i < chart->figures->len; i++)
        if (g_array_index (chart->figures, guint, i) >= draft->figures->len)
          return SQLITE_MISUSE;
    }

  /* The figures were inserted in draft order, so their ids ascend. */
  rc = sqlite3_prepare_v2 (self->db, "SELECT id FROM indicator WHERE report_id = ?1 ORDER BY id",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 figure_id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (figure_ids, figure_id);
        }
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc != SQLITE_OK)
    return rc;
  if (figure_ids->len != draft->figures->len)
    return SQLITE_CORRUPT;
  return rd_library_insert_chart_rows (self, draft, id, figure_ids);
}

int
rd_library_insert_chart_rows (RdLibrary           *self,
                              const RdReportDraft *draft,
                              gint64               id,
                              GArray              *figure_ids)
{
  g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt = NULL, *figure = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO chart(id, sector, position, type, title_zh, title_en)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db,
                             "INSERT INTO chart_figure(chart_id, position, indicator_id, label_zh, label_en)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)", -1, &figure, NULL);

  for (guint c = 0; rc == SQLITE_OK && c < draft->charts->len; c++)
    {
      const RdDraftChart *chart = draft->charts->pdata[c];
      g_autofree char *chart_id = g_strdup_printf ("r%" G_GINT64_FORMAT "-%s", id, chart->id);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, chart->sector)) + 1;

      g_hash_table_insert (positions, chart->sector, GUINT_TO_POINTER (position));
      sqlite3_bind_text (stmt, 1, chart_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, chart->sector, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, position);
      sqlite3_bind_text (stmt, 4, chart->type, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, chart->title_zh ? chart->title_zh : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, chart->title_en ? chart->title_en : "", -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (self->db);
      sqlite3_reset (stmt);

      for (guint i = 0; rc == SQLITE_OK && i < chart->figures->len; i++)
        {
          guint index = g_array_index (chart->figures, guint, i);
          const RdDraftFigure *shown = draft->figures->pdata[index];
          sqlite3_bind_text (figure, 1, chart_id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (figure, 2, i + 1);
          sqlite3_bind_int64 (figure, 3, g_array_index (figure_ids, gint64, index));
          sqlite3_bind_text (figure, 4, shown->name_zh ? shown->name_zh : "", -1, SQLITE_TRANSIENT);
          /* Imported figures often have no English name: the Chinese one, not nothing. */
          sqlite3_bind_text (figure, 5, shown->name_en && shown->name_en[0] ? shown->name_en
                                        : shown->name_zh ? shown->name_zh : "", -1, SQLITE_TRANSIENT);
          rc = sqlite3_step (figure) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (self->db);
          sqlite3_reset (figure);
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_finalize (figure);
  return rc;
}

/* Whether report @report_id has a figure written up by hand: the built-in
 * report keeps its curated charts. */
static int
has_curated (RdLibrary *self,
             gint64     report_id,
             gboolean  *curated)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db,
                               "SELECT 1 FROM indicator WHERE report_id = ?1 AND found_by = 'curated' LIMIT 1",
                               -1, &stmt, NULL);

  *curated = FALSE;
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, report_id);
      rc = sqlite3_step (stmt);
      *curated = rc == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
exec_id (RdLibrary  *self,
         const char *sql,
         gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

gboolean
rd_library_regenerate_charts (RdLibrary            *self,
                              gint64                report_id,
                              RdLibraryChartsFunc   charts,
                              GError              **error)
{
  g_autoptr(RdReportDraft) draft = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) figure_ids = NULL;
  gboolean curated;
  int rc;

  /* Charts left without figures go in any case. */
  rc = has_curated (self, report_id, &curated);
  if (rc == SQLITE_OK && charts != NULL && !curated)
    rc = exec_id (self, "DELETE FROM chart_figure WHERE indicator_id IN"
                        " (SELECT id FROM indicator WHERE report_id = ?1)", report_id);
  if (rc == SQLITE_OK)
    rc = exec_id (self, "DELETE FROM chart WHERE ?1 > 0 AND id NOT IN (SELECT chart_id FROM chart_figure)",
                  report_id);
  if (rc != SQLITE_OK)
    return rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  if (charts == NULL || curated)
    return TRUE;

  if ((rows = rd_library_list_report_figures (self, report_id, error)) == NULL)
    return FALSE;
  draft = rd_report_draft_new ();
  figure_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      RdLibraryFigure *row = rows->pdata[i];

      g_array_append_val (figure_ids, row->id);
      g_ptr_array_add (draft->figures, g_steal_pointer (&row->figure));
    }
  charts (draft);
  for (guint c = 0; c < draft->charts->len; c++)
    {
      const RdDraftChart *chart = draft->charts->pdata[c];

      for (guint i = 0; i < chart->figures->len; i++)
        if (g_array_index (chart->figures, guint, i) >= figure_ids->len)
          return rd_library_set_sqlite_error (error, self->db, SQLITE_MISUSE, self->display_name);
    }
  rc = rd_library_insert_chart_rows (self, draft, report_id, figure_ids);
  if (rc != SQLITE_OK)
    return rd_library_set_sqlite_error (error, self->db, rc, self->display_name);
  return TRUE;
}
