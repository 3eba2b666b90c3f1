/* rd-search.c
 *
 * Two ways to find a query, with the same ranking:
 *
 * - the dataset's FTS5 trigram index (indicator_fts), read-only, for
 *   queries of three or more characters: a trigram index cannot answer
 *   shorter ones;
 * - a scan of the loaded text: one lower-cased buffer of every figure's
 *   names and the report bodies, searched with memmem(); for one or two
 *   characters, and for datasets built without the index.
 *
 * Ranks are decided on the loaded text either way (rank_names()), so the
 * two agree; the index only narrows down which figures to look at.
 * Case is folded for ASCII only (GDP = gdp), which keeps byte offsets of
 * the lower-cased copies equal to those of the originals.
 */
#define G_LOG_DOMAIN "reportdash-search"

#include "config.h"

#define _GNU_SOURCE
#include <string.h>
#include <sqlite3.h>

#include "rd-dataset-private.h"
#include "rd-search.h"

#define NO_MATCH 255
#define FIELD_SEP '\x1f'
#define FIGURE_SEP '\x1e'

enum {
  RANK_EXACT,
  RANK_PREFIX,
  RANK_NAME,
  RANK_SECTOR,
  RANK_EXCERPT,
};

typedef struct
{
  guint          index;
  guint          length;  /* of the matched name, in characters */
  guint8         rank;
  RdSearchField  field;
} NameMatch;

struct _RdSearch
{
  GObject        parent_instance;

  RdDataset     *dataset;
  RdFigureStore *store;
  guint          n_figures;

  /* Per figure "name_zh \x1f name_en \x1f key words \x1e", lower-cased;
   * figure i is names[name_offsets[i] .. name_offsets[i + 1]). */
  char          *names;
  gsize         *name_offsets;
  /* Lower-cased bodies; NULL where the body has no upper case. */
  GPtrArray     *lower_bodies;
  guint         *report_first;  /* first figure of each report, plus n */
  guint16       *sector_of;
  guint16       *unit_of;
  GPtrArray     *sector_ids;    /* interned pointers of the store */
  GPtrArray     *unit_names;    /* interned unit pointers of the store */

  sqlite3       *db;
  sqlite3_stmt  *fts_names;
  sqlite3_stmt  *fts_excerpt;

  /* Scratch, per query. */
  guint8        *ranks;
  GArray        *hits;
};

G_DEFINE_FINAL_TYPE (RdSearch, rd_search, G_TYPE_OBJECT)

struct _RdMatchSet
{
  gatomicrefcount  ref_count;
  RdDataset       *dataset;
  guint8          *ranks;
  guint            n_figures;
  guint            size;
};

G_DEFINE_BOXED_TYPE (RdMatchSet, rd_match_set, rd_match_set_ref, rd_match_set_unref)

static void
rd_search_finalize (GObject *object)
{
  RdSearch *self = RD_SEARCH (object);

  sqlite3_finalize (self->fts_names);
  sqlite3_finalize (self->fts_excerpt);
  sqlite3_close (self->db);
  g_free (self->names);
  g_free (self->name_offsets);
  g_clear_pointer (&self->lower_bodies, g_ptr_array_unref);
  g_free (self->report_first);
  g_free (self->sector_of);
  g_free (self->unit_of);
  g_clear_pointer (&self->sector_ids, g_ptr_array_unref);
  g_clear_pointer (&self->unit_names, g_ptr_array_unref);
  g_free (self->ranks);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->store, rd_figure_store_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (rd_search_parent_class)->finalize (object);
}

static void
rd_search_class_init (RdSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_search_finalize;
}

static void
rd_search_init (RdSearch *self)
{
  self->hits = g_array_new (FALSE, FALSE, sizeof (gsize));
}

static void
append_lower (GString    *buffer,
              const char *text)
{
  gsize start = buffer->len;

  g_string_append (buffer, text ? text : "");
  for (gsize i = start; i < buffer->len; i++)
    {
      char c = buffer->str[i];

      /* The separators must never occur inside a field. */
      if (c == FIELD_SEP || c == FIGURE_SEP)
        buffer->str[i] = ' ';
      else
        buffer->str[i] = g_ascii_tolower (c);
    }
}

static guint16
intern_index (GPtrArray  *table,
              GHashTable *lookup,
              const char *value)
{
  gpointer index;

  if (!g_hash_table_lookup_extended (lookup, value, NULL, &index))
    {
      index = GUINT_TO_POINTER (table->len);
      g_ptr_array_add (table, (gpointer) value);
      g_hash_table_insert (lookup, (gpointer) value, index);
    }
  return GPOINTER_TO_UINT (index);
}

static void
build_text_index (RdSearch *self)
{
  GArray *figures = self->store->figures;
  GPtrArray *reports = self->store->reports;
  g_autoptr(GHashTable) sectors = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) units = g_hash_table_new (NULL, NULL);
  GString *names = g_string_sized_new (figures->len * 96 + 1);
  guint report = 0;

  self->n_figures = figures->len;
  self->name_offsets = g_new (gsize, figures->len + 1);
  self->report_first = g_new0 (guint, reports->len + 1);
  self->sector_of = g_new (guint16, figures->len);
  self->unit_of = g_new (guint16, figures->len);
  self->sector_ids = g_ptr_array_new ();
  self->unit_names = g_ptr_array_new ();
  self->ranks = g_new (guint8, MAX (figures->len, 1));

  for (guint i = 0; i < figures->len; i++)
    {
      const RdFigure *figure = rd_figure_store_get (self->store, i);
      gsize key_start;

      while (report < figure->report)
        self->report_first[++report] = i;

      self->name_offsets[i] = names->len;
      append_lower (names, figure->name_zh);
      g_string_append_c (names, FIELD_SEP);
      append_lower (names, figure->name_en);
      g_string_append_c (names, FIELD_SEP);
      key_start = names->len;
      append_lower (names, figure->key);
      g_strdelimit (names->str + key_start, "-", ' ');
      g_string_append_c (names, FIGURE_SEP);

      /* Sector ids and units are interned in the store: compare pointers. */
      self->sector_of[i] = intern_index (self->sector_ids, sectors, figure->sector);
      self->unit_of[i] = intern_index (self->unit_names, units, figure->unit);
    }
  while (report < reports->len)
    self->report_first[++report] = figures->len;
  self->name_offsets[figures->len] = names->len;
  self->names = g_string_free (names, FALSE);

  self->lower_bodies = g_ptr_array_new_with_free_func (g_free);
  for (guint r = 0; r < reports->len; r++)
    {
      RdReportText *text = g_ptr_array_index (reports, r);
      gboolean upper = FALSE;

      for (const char *p = text->body; *p && !upper; p++)
        upper = g_ascii_isupper (*p);
      g_ptr_array_add (self->lower_bodies, upper ? g_ascii_strdown (text->body, -1) : NULL);
    }
}

static void
open_index (RdSearch *self)
{
  const char *path = rd_dataset_get_path (self->dataset);
  const char *sql = "SELECT rowid FROM indicator_fts WHERE indicator_fts MATCH ?1";

  if (path == NULL ||
      sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    goto fail;
  sqlite3_busy_timeout (self->db, 200);

  /* A dataset built before the index existed has no such table: the
   * prepare fails and the loaded text serves every query. */
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &self->fts_names, NULL) != SQLITE_OK ||
      sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &self->fts_excerpt, NULL) != SQLITE_OK)
    goto fail;
  return;

fail:
  g_debug ("No full-text index in %s: %s", path ? path : "(none)",
           self->db ? sqlite3_errmsg (self->db) : "cannot open");
  g_clear_pointer (&self->fts_names, sqlite3_finalize);
  g_clear_pointer (&self->fts_excerpt, sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
}

RdSearch *
rd_search_new (RdDataset *dataset)
{
  RdSearch *self;

  g_return_val_if_fail (RD_IS_DATASET (dataset), NULL);

  self = g_object_new (RD_TYPE_SEARCH, NULL);
  self->dataset = g_object_ref (dataset);
  self->store = rd_figure_store_ref (rd_dataset_get_store (dataset));
  build_text_index (self);
  open_index (self);
  return self;
}

RdDataset *
rd_search_get_dataset (RdSearch *self)
{
  g_return_val_if_fail (RD_IS_SEARCH (self), NULL);
  return self->dataset;
}

gboolean
rd_search_has_index (RdSearch *self)
{
  g_return_val_if_fail (RD_IS_SEARCH (self), FALSE);
  return self->db != NULL;
}

/* Trimmed, ASCII lower-cased, without control characters; NULL when
 * nothing is left. */
static char *
normalize_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    if ((guchar) *p >= 0x20)
      g_string_append_c (query, g_ascii_tolower (*p));
  g_strstrip (query->str);
  query->len = strlen (query->str);

  return query->len > 0 && g_utf8_validate (query->str, -1, NULL)
    ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

/* Ranks figure @index on its names alone; FALSE when none matches. */
static gboolean
rank_names (RdSearch   *self,
            guint       index,
            const char *query,
            gsize       query_len,
            NameMatch  *match)
{
  const char *field = self->names + self->name_offsets[index];
  const char *end = self->names + self->name_offsets[index + 1] - 1;
  static const RdSearchField fields[] = {
    RD_SEARCH_FIELD_NAME_ZH, RD_SEARCH_FIELD_NAME_EN, RD_SEARCH_FIELD_KEY
  };

  match->rank = NO_MATCH;
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      const char *stop = memchr (field, f < 2 ? FIELD_SEP : FIGURE_SEP, end + 1 - field);
      gsize len = stop - field;
      guint8 rank = NO_MATCH;

      if (len == query_len && memcmp (field, query, len) == 0)
        rank = RANK_EXACT;
      else if (fields[f] == RD_SEARCH_FIELD_KEY)
        {
          /* Keys name the quantity first (gdp-growth-2018): a query that is
           * their first words is as good as a name that starts with it. */
          if (len > query_len && memcmp (field, query, query_len) == 0 && field[query_len] == ' ')
            rank = RANK_PREFIX;
        }
      else if (len > query_len && memcmp (field, query, query_len) == 0)
        rank = RANK_PREFIX;
      else if (memmem (field, len, query, query_len) != NULL)
        rank = RANK_NAME;

      if (rank < match->rank)
        {
          match->rank = rank;
          match->field = fields[f];
          match->length = g_utf8_strlen (field, len);
        }
      field = stop + 1;
    }

  match->index = index;
  return match->rank != NO_MATCH;
}

static void
add_name_match (RdSearch   *self,
                GArray     *matches,
                guint       index,
                const char *query,
                gsize       query_len)
{
  NameMatch match;

  if (self->ranks[index] != NO_MATCH)
    return;
  if (rank_names (self, index, query, query_len, &match))
    {
      self->ranks[index] = match.rank;
      g_array_append_val (matches, match);
    }
}

/* The figure whose names segment holds byte @offset of self->names. */
static guint
figure_at_name_offset (RdSearch *self,
                       gsize     offset)
{
  guint lo = 0, hi = self->n_figures;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->name_offsets[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static void
scan_names (RdSearch   *self,
            GArray     *matches,
            const char *query,
            gsize       query_len)
{
  const char *names = self->names;
  gsize total = self->name_offsets[self->n_figures];
  gsize from = 0;
  const char *hit;

  while (from < total && (hit = memmem (names + from, total - from, query, query_len)) != NULL)
    {
      guint index = figure_at_name_offset (self, hit - names);

      add_name_match (self, matches, index, query, query_len);
      from = self->name_offsets[index + 1];
    }
}

static char *
fts_phrase (const char *columns,
            const char *query)
{
  g_autofree char *quoted = NULL;
  g_auto(GStrv) parts = g_strsplit (query, "\"", -1);

  quoted = g_strjoinv ("\"\"", parts);
  return g_strdup_printf ("{%s} : \"%s\"", columns, quoted);
}

/* Runs an index query and calls @func on each figure it names; FALSE on
 * an error, so that the caller scans the text instead. */
static gboolean
fts_each (RdSearch     *self,
          sqlite3_stmt *stmt,
          const char   *columns,
          const char   *query,
          void        (*func) (RdSearch *, guint, gpointer),
          gpointer      data)
{
  g_autofree char *match = fts_phrase (columns, query);
  int rc;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int index = rd_dataset_find_figure (self->dataset, sqlite3_column_int64 (stmt, 0));

      /* A rowid the loaded dataset does not know: the file changed since. */
      if (index >= 0)
        func (self, index, data);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      g_warning ("Full-text query %s failed: %s", match, sqlite3_errmsg (self->db));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GArray     *matches;
  const char *query;
  gsize       query_len;
} NameQuery;

static void
on_fts_name (RdSearch *self,
             guint     index,
             gpointer  data)
{
  NameQuery *q = data;

  add_name_match (self, q->matches, index, q->query, q->query_len);
}

static void
on_fts_excerpt (RdSearch *self,
                guint     index,
                gpointer  data)
{
  if (self->ranks[index] > RANK_EXCERPT)
    self->ranks[index] = RANK_EXCERPT;
}

static void
rank_attributes (RdSearch   *self,
                        const char *query)
{
  g_autofree gboolean *sector_hit = g_new0 (gboolean, self->sector_ids->len);
  /* 0 not looked at yet, 1 matches, 2 does not */
  g_autofree guint8 *unit_hit = g_new0 (guint8, self->unit_names->len);
  guint64 year = 0;
  gboolean any = FALSE;

  for (guint s = 0; s < self->sector_ids->len; s++)
    {
      RdSector *sector = rd_dataset_find_sector (self->dataset, g_ptr_array_index (self->sector_ids, s));
      g_autofree char *zh = sector ? g_ascii_strdown (rd_sector_get_name_zh (sector), -1) : NULL;
      g_autofree char *en = sector ? g_ascii_strdown (rd_sector_get_name_en (sector), -1) : NULL;

      sector_hit[s] = (zh && strstr (zh, query)) || (en && strstr (en, query));
      any |= sector_hit[s];
    }

  /* A unit matches on its printed or English name: the English name is
   * found through the figures that use it. */
  for (guint i = 0; i < self->n_figures; i++)
    {
      const RdFigure *figure = rd_figure_store_get (self->store, i);
      guint16 u = self->unit_of[i];

      if (!unit_hit[u])
        {
          g_autofree char *en = g_ascii_strdown (figure->unit_en, -1);
          unit_hit[u] = strstr (figure->unit, query) || strstr (en, query) ? 1 : 2;
        }
    }
  for (guint u = 0; u < self->unit_names->len; u++)
    any |= unit_hit[u] == 1;

  /* A year matches the figures that describe it. */
  if (strlen (query) == 4 && g_ascii_string_to_unsigned (query, 10, 1000, 9999, &year, NULL))
    any = TRUE;

  if (!any)
    return;

  for (guint i = 0; i < self->n_figures; i++)
    if (self->ranks[i] > RANK_SECTOR &&
        (sector_hit[self->sector_of[i]] || unit_hit[self->unit_of[i]] == 1 ||
         (guint64) rd_figure_store_get (self->store, i)->year == year))
      self->ranks[i] = RANK_SECTOR;
}

static void
scan_excerpts (RdSearch   *self,
               const char *query,
               gsize       query_len)
{
  GPtrArray *reports = self->store->reports;

  for (guint r = 0; r < reports->len; r++)
    {
      RdReportText *text = g_ptr_array_index (reports, r);
      const char *body = g_ptr_array_index (self->lower_bodies, r);
      const char *hit;
      gsize from = 0;
      gsize *hits;
      guint n_hits;

      if (body == NULL)
        body = text->body;

      g_array_set_size (self->hits, 0);
      while (from < text->body_len &&
             (hit = memmem (body + from, text->body_len - from, query, query_len)) != NULL)
        {
          gsize offset = hit - body;

          g_array_append_val (self->hits, offset);
          from = offset + 1;
        }
      if (self->hits->len == 0)
        continue;

      hits = (gsize *) (gpointer) self->hits->data;
      n_hits = self->hits->len;
      for (guint i = self->report_first[r]; i < self->report_first[r + 1]; i++)
        {
          const RdFigure *figure = rd_figure_store_get (self->store, i);
          guint lo = 0, hi = n_hits;

          if (self->ranks[i] <= RANK_EXCERPT)
            continue;
          /* The first hit at or after the sentence start. */
          while (lo < hi)
            {
              guint mid = lo + (hi - lo) / 2;

              if (hits[mid] < figure->excerpt_byte_start)
                lo = mid + 1;
              else
                hi = mid;
            }
          if (lo < n_hits && hits[lo] + query_len <= figure->excerpt_byte_end)
            self->ranks[i] = RANK_EXCERPT;
        }
    }
}

static int
compare_name_matches (gconstpointer a,
                      gconstpointer b)
{
  const NameMatch *x = a;
  const NameMatch *y = b;

  if (x->rank != y->rank)
    return x->rank - y->rank;
  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Fills self->ranks for @query; returns the name matches, best first. */
static GArray *
run_query (RdSearch   *self,
           const char *query)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (NameMatch));
  gsize query_len = strlen (query);
  gboolean indexed = self->db != NULL && g_utf8_strlen (query, -1) >= 3;
  NameQuery name_query = { matches, query, query_len };

  memset (self->ranks, NO_MATCH, self->n_figures);

  if (!indexed ||
      !fts_each (self, self->fts_names, "key name_zh name_en", query, on_fts_name, &name_query))
    {
      indexed = FALSE;
      scan_names (self, matches, query, query_len);
    }

  rank_attributes (self, query);

  if (!indexed || !fts_each (self, self->fts_excerpt, "excerpt", query, on_fts_excerpt, NULL))
    scan_excerpts (self, query, query_len);

  g_array_sort (matches, compare_name_matches);
  return matches;
}

static char *
lower_dup (const char *text)
{
  return g_ascii_strdown (text ? text : "", -1);
}

/* Where @query is in @text, as byte offsets; FALSE if it is not. */
static gboolean
find_in (const char *text,
         const char *query,
         gssize     *start,
         gssize     *end)
{
  g_autofree char *lower = lower_dup (text);
  const char *hit = strstr (lower, query);

  if (hit == NULL)
    {
      *start = *end = -1;
      return FALSE;
    }
  *start = hit - lower;
  *end = *start + strlen (query);
  return TRUE;
}

static RdSearchResult *
make_result (RdSearch   *self,
             guint       index,
             guint8      rank,
             const char *query)
{
  RdIndicator *indicator = rd_dataset_peek_indicator (self->dataset, index);
  NameMatch match = { 0 };
  RdSearchField field = RD_SEARCH_FIELD_EXCERPT;
  const char *text = NULL;
  gssize start = -1, end = -1;

  if (rank <= RANK_NAME)
    {
      rank_names (self, index, query, strlen (query), &match);
      field = match.field;
      /* Show a name rather than the key when one contains the query. */
      if (field == RD_SEARCH_FIELD_KEY)
        {
          if (find_in (rd_indicator_get_name_en (indicator), query, &start, &end))
            field = RD_SEARCH_FIELD_NAME_EN;
          else if (find_in (rd_indicator_get_name_zh (indicator), query, &start, &end))
            field = RD_SEARCH_FIELD_NAME_ZH;
        }
      text = field == RD_SEARCH_FIELD_NAME_ZH ? rd_indicator_get_name_zh (indicator)
           : field == RD_SEARCH_FIELD_NAME_EN ? rd_indicator_get_name_en (indicator)
           : rd_indicator_get_key (indicator);
      if (field == RD_SEARCH_FIELD_KEY)
        {
          /* Matched as words: gdp-growth-2018 is "gdp growth 2018". */
          g_autofree char *words = g_strdelimit (g_strdup (text), "-", ' ');
          find_in (words, query, &start, &end);
        }
      else
        find_in (text, query, &start, &end);
    }
  else if (rank == RANK_SECTOR)
    {
      RdSector *sector = rd_dataset_find_sector (self->dataset, rd_indicator_get_sector (indicator));
      const char *candidates[] = {
        sector ? rd_sector_get_name_zh (sector) : NULL,
        sector ? rd_sector_get_name_en (sector) : NULL,
        rd_indicator_get_unit (indicator),
        rd_indicator_get_unit_en (indicator),
      };

      g_autofree char *year = g_strdup_printf ("%d", rd_indicator_get_year (indicator));

      for (guint c = 0; c < G_N_ELEMENTS (candidates) && text == NULL; c++)
        if (candidates[c] && find_in (candidates[c], query, &start, &end))
          {
            text = candidates[c];
            field = c < 2 ? RD_SEARCH_FIELD_SECTOR : RD_SEARCH_FIELD_UNIT;
          }
      if (text == NULL && g_str_equal (year, query))
        {
          field = RD_SEARCH_FIELD_YEAR;
          return rd_search_result_new (indicator, field, year, 0, strlen (year), rank);
        }
    }
  else
    {
      text = rd_indicator_get_excerpt (indicator);
      find_in (text, query, &start, &end);
    }

  return rd_search_result_new (indicator, field, text, start, end, rank);
}

GListModel *
rd_search_query (RdSearch   *self,
                 const char *text,
                 guint       limit,
                 guint      *n_matches)
{
  GListStore *results;
  g_autofree char *query = NULL;
  g_autoptr(GArray) matches = NULL;
  guint count = 0;

  g_return_val_if_fail (RD_IS_SEARCH (self), NULL);

  results = g_list_store_new (RD_TYPE_SEARCH_RESULT);
  query = normalize_query (text);
  if (query == NULL || self->n_figures == 0)
    {
      if (n_matches)
        *n_matches = 0;
      return G_LIST_MODEL (results);
    }

  if (limit == 0)
    limit = G_MAXUINT;

  matches = run_query (self, query);

  for (guint m = 0; m < matches->len && count < limit; m++, count++)
    {
      NameMatch *match = &g_array_index (matches, NameMatch, m);
      g_autoptr(RdSearchResult) result = make_result (self, match->index, match->rank, query);

      g_list_store_append (results, result);
    }

  /* Then sector and unit matches, then sentences, in report order. */
  for (guint8 rank = RANK_SECTOR; rank <= RANK_EXCERPT; rank++)
    for (guint i = 0; i < self->n_figures && count < limit; i++)
      if (self->ranks[i] == rank)
        {
          g_autoptr(RdSearchResult) result = make_result (self, i, rank, query);

          g_list_store_append (results, result);
          count++;
        }

  if (n_matches)
    {
      *n_matches = 0;
      for (guint i = 0; i < self->n_figures; i++)
        *n_matches += self->ranks[i] != NO_MATCH;
    }

  return G_LIST_MODEL (results);
}

RdMatchSet *
rd_search_match_all (RdSearch   *self,
                     const char *text)
{
  RdMatchSet *set;
  g_autofree char *query = NULL;

  g_return_val_if_fail (RD_IS_SEARCH (self), NULL);

  set = g_new0 (RdMatchSet, 1);
  g_atomic_ref_count_init (&set->ref_count);
  set->dataset = g_object_ref (self->dataset);
  set->n_figures = self->n_figures;
  set->ranks = g_new (guint8, MAX (self->n_figures, 1));

  query = normalize_query (text);
  if (query == NULL)
    memset (set->ranks, RANK_EXACT, self->n_figures);
  else
    {
      g_autoptr(GArray) matches = run_query (self, query);

      memcpy (set->ranks, self->ranks, self->n_figures);
    }

  for (guint i = 0; i < set->n_figures; i++)
    set->size += set->ranks[i] != NO_MATCH;
  return set;
}

RdMatchSet *
rd_match_set_ref (RdMatchSet *set)
{
  g_return_val_if_fail (set != NULL, NULL);
  g_atomic_ref_count_inc (&set->ref_count);
  return set;
}

void
rd_match_set_unref (RdMatchSet *set)
{
  g_return_if_fail (set != NULL);

  if (g_atomic_ref_count_dec (&set->ref_count))
    {
      g_object_unref (set->dataset);
      g_free (set->ranks);
      g_free (set);
    }
}

gboolean
rd_match_set_contains (RdMatchSet  *set,
                       RdIndicator *indicator)
{
  int index;

  g_return_val_if_fail (set != NULL, FALSE);
  g_return_val_if_fail (RD_IS_INDICATOR (indicator), FALSE);

  index = rd_dataset_find_figure (set->dataset, rd_indicator_get_id (indicator));
  return index >= 0 && (guint) index < set->n_figures && set->ranks[index] != NO_MATCH;
}

guint
rd_match_set_get_size (RdMatchSet *set)
{
  g_return_val_if_fail (set != NULL, 0);
  return set->size;
}
