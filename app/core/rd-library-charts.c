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
  g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt = NULL, *figure = NULL;
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
