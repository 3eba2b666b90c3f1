/* rd-search-others.c: figures of the library's other reports
 *
 * The window shows one report of a library, and RdSearch ranks that
 * report's figures from the text it has loaded. A query is also asked of
 * the library itself for the figures of every other report (issue 16:
 * search across all reports, each result naming its report): first those
 * whose name contains it, then, for three or more characters, those whose
 * sentence does, through the full-text index every library has
 * (data/SCHEMA.md, indicator_fts). Statements run on the dataset's own
 * read-only connection and are finalized before returning, so no lock is
 * kept between keystrokes. A name query of one or two characters cannot
 * use the trigram index: it scans the figures, stopping at @limit.
 */
#define G_LOG_DOMAIN "reportdash-search"

#include "config.h"

#include <string.h>

#include "rd-format.h"
#include "rd-indicator-private.h"
#include "rd-search-private.h"

/* A row of OTHERS_SQL: the figure, its report and its sentence. */
#define OTHERS_COLUMNS                                                         \
  "SELECT i.id, i.key, i.sector, i.name_zh, i.name_en, i.value, i.unit, "      \
  "       u.name_en, u.kind, i.measure, i.year, i.basis, i.qualifier, "        \
  "       i.src_start, i.src_end, i.report_id, r.region, r.year, "             \
  "       substr(r.body, i.excerpt_start + 1, i.excerpt_end - i.excerpt_start), " \
  "       i.src_start - i.excerpt_start, i.src_end - i.excerpt_start "         \
  "FROM indicator i JOIN report r ON r.id = i.report_id "                      \
  "LEFT JOIN unit u ON u.unit = i.unit "

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? g_strdup (text) : NULL;
}

/* An indicator of the row, or NULL when a text of it could not be drawn
 * (a damaged row elsewhere in the library does not stop a search). */
static RdIndicator *
indicator_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(RdIndicator) indicator = NULL;
  const char *excerpt = (const char *) sqlite3_column_text (stmt, 18);
  const char *basis = (const char *) sqlite3_column_text (stmt, 11);
  glong n_chars, from, to;

  for (int c = 1; c <= 12; c++)
    if (sqlite3_column_type (stmt, c) == SQLITE_TEXT &&
        !rd_dataset_is_label ((const char *) sqlite3_column_text (stmt, c), 300))
      return NULL;
  if (excerpt == NULL || !g_utf8_validate (excerpt, -1, NULL) ||
      sqlite3_column_type (stmt, 3) != SQLITE_TEXT)
    return NULL;

  indicator = rd_indicator_new ();
  indicator->id = sqlite3_column_int64 (stmt, 0);
  indicator->key = column_text (stmt, 1);
  indicator->sector = column_text (stmt, 2);
  indicator->name_zh = column_text (stmt, 3);
  indicator->name_en = column_text (stmt, 4);
  indicator->value = sqlite3_column_double (stmt, 5);
  indicator->unit = column_text (stmt, 6);
  indicator->unit_en = column_text (stmt, 7);
  indicator->unit_kind = column_text (stmt, 8);
  indicator->measure = column_text (stmt, 9);
  indicator->year = sqlite3_column_int (stmt, 10);
  indicator->basis = g_strcmp0 (basis, "target") == 0 ? RD_BASIS_TARGET : RD_BASIS_ACTUAL;
  indicator->qualifier = column_text (stmt, 12);
  indicator->src_start = sqlite3_column_int (stmt, 13);
  indicator->src_end = sqlite3_column_int (stmt, 14);
  indicator->excerpt = g_strdup (excerpt);

  /* The figure inside its sentence, from characters to bytes. */
  n_chars = g_utf8_strlen (excerpt, -1);
  from = CLAMP (sqlite3_column_int64 (stmt, 19), 0, n_chars);
  to = CLAMP (sqlite3_column_int64 (stmt, 20), from, n_chars);
  indicator->highlight_start = g_utf8_offset_to_pointer (excerpt, from) - excerpt;
  indicator->highlight_end = g_utf8_offset_to_pointer (excerpt, to) - excerpt;
  indicator->printed = g_strndup (excerpt + indicator->highlight_start,
                                  indicator->highlight_end - indicator->highlight_start);
  return g_steal_pointer (&indicator);
}

static char *
report_label (sqlite3_stmt *stmt)
{
  const char *region = (const char *) sqlite3_column_text (stmt, 16);

  return rd_format_report_label (rd_dataset_is_label (region, 100) ? region : NULL,
                                 sqlite3_column_int (stmt, 17));
}

/* The result for the row: where in it @query matched (the name in either
 * language, else the sentence). */
static RdSearchResult *
result_from_row (sqlite3_stmt *stmt,
                 const char   *query)
{
  g_autoptr(RdIndicator) indicator = indicator_from_row (stmt);
  g_autofree char *label = NULL;
  g_autofree char *lower_query = NULL;
  const char *fields[] = { indicator ? indicator->name_zh : NULL,
                           indicator ? indicator->name_en : NULL,
                           indicator ? indicator->excerpt : NULL };
  const RdSearchField kinds[] = { RD_SEARCH_FIELD_NAME_ZH, RD_SEARCH_FIELD_NAME_EN,
                                  RD_SEARCH_FIELD_EXCERPT };
  RdSearchResult *result;

  if (indicator == NULL)
    return NULL;

  lower_query = g_utf8_strdown (query, -1);
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      g_autofree char *lower = NULL;
      const char *found;

      if (fields[f] == NULL)
        continue;
      lower = g_utf8_strdown (fields[f], -1);
      found = strstr (lower, lower_query);
      /* Lower case has the same byte lengths for what a report holds
       * (ASCII and CJK); when it does not, the match is not placed. */
      if (found != NULL || f == G_N_ELEMENTS (fields) - 1)
        {
          gboolean placed = found != NULL && strlen (lower) == strlen (fields[f]);

          result = rd_search_result_new (indicator, kinds[f], fields[f],
                                         placed ? found - lower : -1,
                                         placed ? found - lower + (gssize) strlen (lower_query) : -1,
                                         f < 2 ? RANK_NAME : RANK_EXCERPT);
          label = report_label (stmt);
          rd_search_result_set_report (result, sqlite3_column_int64 (stmt, 15), label);
          return result;
        }
    }
  return NULL;
}

/* Appends to @results the rows of @sql (?1 the report shown, ?2 the
 * query or its phrase, ?3 how many) not found already. */
static void
collect (sqlite3     *db,
         const char  *sql,
         gint64       shown,
         const char  *bound,
         const char  *query,
         guint        limit,
         GHashTable  *seen,
         GPtrArray   *results)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (results->len >= limit)
    return;
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("Searching the library's other reports: %s", sqlite3_errmsg (db));
      return;
    }
  sqlite3_bind_int64 (stmt, 1, shown);
  sqlite3_bind_text (stmt, 2, bound, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, (int) (limit - results->len));
  while (results->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      RdSearchResult *result;

      if (g_hash_table_contains (seen, &id))
        continue;
      result = result_from_row (stmt, query);
      if (result == NULL)
        continue;
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
      g_ptr_array_add (results, result);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    g_debug ("Searching the library's other reports: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

/* Names before sentences; then by report (a region's newest first) and
 * in text order. */
static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  RdSearchResult *x = *(RdSearchResult **) a, *y = *(RdSearchResult **) b;
  int by_rank = rd_search_result_get_rank (x) - rd_search_result_get_rank (y);
  int by_label = g_strcmp0 (rd_search_result_get_report_label (y), rd_search_result_get_report_label (x));

  if (by_rank != 0)
    return by_rank;
  return by_label != 0 ? by_label
                       : (rd_search_result_get_indicator (x)->src_start >
                          rd_search_result_get_indicator (y)->src_start) -
                         (rd_search_result_get_indicator (x)->src_start <
                          rd_search_result_get_indicator (y)->src_start);
}

GListModel *
rd_search_query_others (RdSearch   *self,
                        const char *text,
                        guint       limit)
{
  GListStore *store = g_list_store_new (RD_TYPE_SEARCH_RESULT);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *query = NULL;
  sqlite3 *db;
  gint64 shown;

  g_return_val_if_fail (RD_IS_SEARCH (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  db = rd_dataset_get_connection (self->dataset);
  query = g_strstrip (g_strdup (text));
  if (db == NULL || !rd_dataset_is_library (self->dataset) || query[0] == '\0' ||
      !g_utf8_validate (query, -1, NULL))
    return G_LIST_MODEL (store);
  limit = MAX (limit, 1);
  shown = rd_dataset_get_report_id (self->dataset);

  if (g_utf8_strlen (query, -1) >= 3)
    {
      g_autofree char *names = rd_search_fts_phrase ("{name_zh name_en}", query);
      g_autofree char *excerpts = rd_search_fts_phrase ("excerpt", query);
      const char *sql = OTHERS_COLUMNS
                        "WHERE i.id IN (SELECT rowid FROM indicator_fts WHERE indicator_fts MATCH ?2) "
                        "AND i.report_id != ?1 ORDER BY r.year DESC, i.report_id, i.src_start LIMIT ?3";

      collect (db, sql, shown, names, query, limit, seen, results);
      collect (db, sql, shown, excerpts, query, limit, seen, results);
    }
  else
    {
      /* instr() of lower(): ASCII case only, as a report's Latin letters. */
      g_autofree char *lower = g_utf8_strdown (query, -1);

      collect (db, OTHERS_COLUMNS
                   "WHERE i.report_id != ?1 AND (instr(lower(i.name_zh), ?2) > 0 "
                   "OR instr(lower(i.name_en), ?2) > 0) LIMIT ?3",
               shown, lower, query, limit, seen, results);
    }

  g_ptr_array_sort (results, compare_results);
  g_list_store_splice (store, 0, 0, results->pdata, results->len);
  return G_LIST_MODEL (store);
}
