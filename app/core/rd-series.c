/* rd-series.c: one indicator across the years of a region's reports */
#define G_LOG_DOMAIN "reportdash-library"

#include "config.h"

#include "rd-library-private.h"
#include "rd-series.h"

void
rd_series_point_free (RdSeriesPoint *point)
{
  if (point == NULL)
    return;
  g_free (point->region);
  g_free (point->basis);
  g_free (point->unit);
  g_free (point->qualifier);
  g_free (point->printed);
  g_free (point->name_zh);
  g_free (point->measure);
  g_free (point->unit_en);
  g_free (point->level);
  g_free (point);
}

static char *
column_dup (sqlite3_stmt *stmt, int column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text && text[0] ? g_strdup (text) : NULL;
}

GPtrArray *
rd_library_get_series (RdLibrary   *library,
                       const char  *indicator,
                       const char  *region,
                       GError     **error)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (library != NULL && indicator != NULL, NULL);

  /* With a region, its reports first (a scan of the small report_region
   * index), then each one's figures of the indicator by index: a few rows
   * read instead of the indicator's rows in every report. A region some
   * report has is that region only (株洲市 is not 株洲市天元区); another
   * name is matched as a part of regions (湖南 for 湖南省). */
  rc = sqlite3_prepare_v2 (library->db,
                           region != NULL && region[0] != '\0'
                           ? "SELECT i.id, i.report_id, r.region, r.year, i.year, i.basis, i.value,"
                             " coalesce(i.value_max, i.value), i.unit, i.qualifier, i.printed,"
                             " i.src_start, i.src_end, i.name_zh, i.measure, u.name_en, r.level"
                             " FROM report r CROSS JOIN indicator i"
                             " ON i.catalog_key = ?1 AND i.report_id = r.id"
                             " LEFT JOIN unit u ON u.unit = i.unit"
                             " WHERE (r.region = ?2 OR (instr(r.region, ?2) > 0 AND"
                             "        NOT EXISTS (SELECT 1 FROM report WHERE region = ?2)))"
                             " ORDER BY r.region, i.year, i.basis, r.year, i.src_start"
                           : "SELECT i.id, i.report_id, r.region, r.year, i.year, i.basis, i.value,"
                             " coalesce(i.value_max, i.value), i.unit, i.qualifier, i.printed,"
                             " i.src_start, i.src_end, i.name_zh, i.measure, u.name_en, r.level"
                             " FROM indicator i JOIN report r ON r.id = i.report_id"
                             " LEFT JOIN unit u ON u.unit = i.unit"
                             " WHERE i.catalog_key = ?1"
                             " ORDER BY r.region, i.year, i.basis, r.year, i.src_start",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, library->db, rc, library->display_name);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, indicator, -1, SQLITE_TRANSIENT);
  if (region != NULL && region[0] != '\0')
    sqlite3_bind_text (stmt, 2, region, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RdSeriesPoint *point = g_new0 (RdSeriesPoint, 1);

      point->figure_id = sqlite3_column_int64 (stmt, 0);
      point->report_id = sqlite3_column_int64 (stmt, 1);
      point->region = column_dup (stmt, 2);
      point->report_year = sqlite3_column_int (stmt, 3);
      point->year = sqlite3_column_int (stmt, 4);
      point->basis = column_dup (stmt, 5);
      point->value = sqlite3_column_double (stmt, 6);
      point->value_max = sqlite3_column_double (stmt, 7);
      point->unit = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      point->qualifier = column_dup (stmt, 9);
      point->printed = column_dup (stmt, 10);
      point->src_start = sqlite3_column_int (stmt, 11);
      point->src_end = sqlite3_column_int (stmt, 12);
      point->name_zh = column_dup (stmt, 13);
      point->measure = column_dup (stmt, 14);
      point->unit_en = g_strdup ((const char *) sqlite3_column_text (stmt, 15));
      point->level = column_dup (stmt, 16);
      g_ptr_array_add (points, point);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      rd_library_set_sqlite_error (error, library->db, rc, library->display_name);
      return NULL;
    }
  return g_steal_pointer (&points);
}

GHashTable *
rd_library_count_indicators (RdLibrary  *library,
                             GError    **error)
{
  return rd_library_count_region_indicators (library, NULL, error);
}

GHashTable *
rd_library_count_region_indicators (RdLibrary   *library,
                                    const char  *region,
                                    GError     **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (library->db,
                           region != NULL
                           ? "SELECT i.catalog_key, count(*) FROM report r JOIN indicator i ON i.report_id = r.id"
                             " WHERE r.region = ?1 AND i.catalog_key IS NOT NULL GROUP BY i.catalog_key"
                           : "SELECT catalog_key, count(*) FROM indicator WHERE catalog_key IS NOT NULL"
                             " GROUP BY catalog_key", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rd_library_set_sqlite_error (error, library->db, rc, library->display_name);
      return NULL;
    }
  if (region != NULL)
    sqlite3_bind_text (stmt, 1, region, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (counts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         GUINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      rd_library_set_sqlite_error (error, library->db, rc, library->display_name);
      return NULL;
    }
  return g_steal_pointer (&counts);
}
