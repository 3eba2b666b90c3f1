/* rd-search-fts.c: the sentences that contain a query, from the file's
 * full-text index
 *
 * The FTS5 trigram index (indicator_fts, data/SCHEMA.md) answers queries
 * of three or more characters. It is read through the dataset's own
 * read-only connection (rd_dataset_get_connection()), never by opening the
 * file again: the statement is reset after each query, so the connection
 * holds no lock between them.
 */
#define G_LOG_DOMAIN "reportdash-search"

#include "config.h"

#include "rd-search-private.h"

void
rd_search_fts_open (RdSearch *self)
{
  sqlite3 *db = rd_dataset_get_connection (self->dataset);
  const char *sql = "SELECT rowid FROM indicator_fts WHERE indicator_fts MATCH ?1";

  if (db == NULL)
    return;

  /* A dataset built before the index existed has no such table: the
   * prepare fails and the loaded text serves every query. */
  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &self->fts, NULL) != SQLITE_OK)
    {
      g_debug ("No full-text index in %s: %s", rd_dataset_get_path (self->dataset), sqlite3_errmsg (db));
      g_clear_pointer (&self->fts, sqlite3_finalize);
    }
}

char *
rd_search_fts_phrase (const char *columns,
                      const char *query)
{
  g_auto(GStrv) parts = g_strsplit (query, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("%s : \"%s\"", columns, quoted);
}

/* The sentences that contain @query, from the full-text index; FALSE on
 * an error, so that the caller scans the text instead. */
gboolean
rd_search_fts_excerpts (RdSearch   *self,
                        const char *query)
{
  g_autofree char *match = rd_search_fts_phrase ("excerpt", query);
  int rc;

  rd_dataset_begin_query (self->dataset);
  sqlite3_bind_text (self->fts, 1, match, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (self->fts)) == SQLITE_ROW)
    {
      int index = rd_dataset_find_figure (self->dataset, sqlite3_column_int64 (self->fts, 0));

      /* A rowid the loaded dataset does not know: the file changed since. */
      if (index >= 0 && self->ranks[index] > RANK_EXCERPT)
        self->ranks[index] = RANK_EXCERPT;
    }
  sqlite3_reset (self->fts);
  sqlite3_clear_bindings (self->fts);

  if (rc != SQLITE_DONE)
    {
      g_warning ("Full-text query %s failed: %s", match, sqlite3_errmsg (sqlite3_db_handle (self->fts)));
      return FALSE;
    }
  return TRUE;
}
