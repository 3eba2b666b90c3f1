/* rd-search.c
 *
 * What is searched, and how:
 *
 * - names: few distinct strings (every report names its GDP growth the same
 *   way), so the distinct (name_zh, name_en) pairs are kept once in one
 *   lower-cased buffer and scanned; a match ranks every figure of that name;
 * - keys: one buffer of "\x1e" + key words, so that a key that starts with
 *   the query is one scan for "\x1e" + query;
 * - sectors, units and years: a handful of values, compared directly;
 * - sentences, the bulk of the text: through the dataset's FTS5 trigram
 *   index (indicator_fts, read-only) for queries of three or more
 *   characters; by scanning the report bodies for shorter queries, which a
 *   trigram index cannot answer, and when the file has no index.
 *
 * Scans look for the needle's rarest byte with memchr() (find()), several
 * times faster than memmem() on UTF-8 Chinese text. Case is folded for
 * ASCII only (GDP = gdp), which keeps the byte offsets of the lower-cased
 * copies equal to those of the originals.
 */
#define G_LOG_DOMAIN "reportdash-search"
#define _GNU_SOURCE  /* memmem() */

#include "config.h"

#include <string.h>
#include <sqlite3.h>

#include "rd-dataset-private.h"
#include "rd-search.h"

#define NO_MATCH 255
#define FIELD_SEP '\x1f'
#define RECORD_SEP '\x1e'
#define MAX_LENGTH 255

enum {
  RANK_EXACT,
  RANK_PREFIX,
  RANK_NAME,
  RANK_SECTOR,
  RANK_EXCERPT,
};

typedef struct
{
  const char *zh;
  const char *en;
} NamePair;

typedef struct
{
  char   *text;
  gsize   len;
  gsize   rare;  /* the position of its rarest byte */
} Needle;

struct _RdSearch
{
  GObject        parent_instance;

  RdDataset     *dataset;
  RdFigureStore *store;
  guint          n_figures;

  /* Distinct names: "name_zh \x1f name_en \x1e", lower-cased; name n is
   * names[name_offsets[n] .. name_offsets[n + 1]) and its figures are
   * name_figures[name_first[n] .. name_first[n + 1]). */
  guint          n_names;
  char          *names;
  gsize         *name_offsets;
  guint         *name_first;
  guint         *name_figures;
  /* "\x1e" + key words of figure i at key_offsets[i], then a final "\x1e". */
  char          *keys;
  gsize         *key_offsets;
  /* Lower-cased bodies; NULL where the body has no upper case. */
  GPtrArray     *lower_bodies;
  guint         *report_first;  /* first figure of each report, plus n */
  guint16       *sector_of;
  guint16       *unit_of;
  GPtrArray     *sector_ids;    /* interned pointers of the store */
  GPtrArray     *unit_names;    /* interned unit pointers of the store */
  guint32        byte_counts[256];

  sqlite3       *db;
  sqlite3_stmt  *fts;

  /* Scratch, per query. */
  guint8        *ranks;
  guint8        *lengths;
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

  sqlite3_finalize (self->fts);
  sqlite3_close (self->db);
  g_free (self->names);
  g_free (self->name_offsets);
  g_free (self->name_first);
  g_free (self->name_figures);
  g_free (self->keys);
  g_free (self->key_offsets);
  g_clear_pointer (&self->lower_bodies, g_ptr_array_unref);
  g_free (self->report_first);
  g_free (self->sector_of);
  g_free (self->unit_of);
  g_clear_pointer (&self->sector_ids, g_ptr_array_unref);
  g_clear_pointer (&self->unit_names, g_ptr_array_unref);
  g_free (self->ranks);
  g_free (self->lengths);
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
      if (c == FIELD_SEP || c == RECORD_SEP)
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

static guint
name_pair_hash (gconstpointer key)
{
  const NamePair *pair = key;

  return g_direct_hash (pair->zh) * 31 + g_direct_hash (pair->en);
}

static gboolean
name_pair_equal (gconstpointer a,
                 gconstpointer b)
{
  const NamePair *x = a, *y = b;

  return x->zh == y->zh && x->en == y->en;
}

static void
count_bytes (RdSearch   *self,
             const char *text,
             gsize       len)
{
  for (gsize i = 0; i < len; i++)
    self->byte_counts[(guchar) text[i]]++;
}

/* Names and strings are interned in the store, so equal names are equal
 * pointers. */
static void
build_name_index (RdSearch *self)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (name_pair_hash, name_pair_equal, g_free, NULL);
  g_autofree guint *name_of = g_new (guint, MAX (self->n_figures, 1));
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  GString *names = g_string_new (NULL);
  guint *fill;

  for (guint i = 0; i < self->n_figures; i++)
    {
      const RdFigure *figure = rd_figure_store_get (self->store, i);
      NamePair pair = { figure->name_zh, figure->name_en };
      gpointer id;

      if (!g_hash_table_lookup_extended (ids, &pair, NULL, &id))
        {
          id = GUINT_TO_POINTER (offsets->len);
          g_hash_table_insert (ids, g_memdup2 (&pair, sizeof pair), id);
          g_array_append_val (offsets, names->len);
          append_lower (names, pair.zh);
          g_string_append_c (names, FIELD_SEP);
          append_lower (names, pair.en);
          g_string_append_c (names, RECORD_SEP);
        }
      name_of[i] = GPOINTER_TO_UINT (id);
    }
  g_array_append_val (offsets, names->len);

  self->n_names = offsets->len - 1;
  self->name_offsets = (gsize *) (gpointer) g_array_free (g_steal_pointer (&offsets), FALSE);
  self->names = g_string_free (names, FALSE);

  /* The figures of each name, in report order. */
  self->name_first = g_new0 (guint, self->n_names + 1);
  self->name_figures = g_new (guint, MAX (self->n_figures, 1));
  for (guint i = 0; i < self->n_figures; i++)
    self->name_first[name_of[i] + 1]++;
  for (guint n = 0; n < self->n_names; n++)
    self->name_first[n + 1] += self->name_first[n];
  fill = g_memdup2 (self->name_first, sizeof (guint) * (self->n_names + 1));
  for (guint i = 0; i < self->n_figures; i++)
    self->name_figures[fill[name_of[i]]++] = i;
  g_free (fill);

  count_bytes (self, self->names, self->name_offsets[self->n_names]);
}

static void
build_text_index (RdSearch *self)
{
  GArray *figures = self->store->figures;
  GPtrArray *reports = self->store->reports;
  g_autoptr(GHashTable) sectors = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) units = g_hash_table_new (NULL, NULL);
  GString *keys = g_string_sized_new (figures->len * 32 + 1);
  guint report = 0;

  self->n_figures = figures->len;
  self->key_offsets = g_new (gsize, figures->len + 1);
  self->report_first = g_new0 (guint, reports->len + 1);
  self->sector_of = g_new (guint16, MAX (figures->len, 1));
  self->unit_of = g_new (guint16, MAX (figures->len, 1));
  self->sector_ids = g_ptr_array_new ();
  self->unit_names = g_ptr_array_new ();
  self->ranks = g_new (guint8, MAX (figures->len, 1));
  self->lengths = g_new (guint8, MAX (figures->len, 1));

  for (guint i = 0; i < figures->len; i++)
    {
      const RdFigure *figure = rd_figure_store_get (self->store, i);
      gsize start;

      while (report < figure->report)
        self->report_first[++report] = i;

      self->key_offsets[i] = keys->len;
      g_string_append_c (keys, RECORD_SEP);
      start = keys->len;
      append_lower (keys, figure->key);
      g_strdelimit (keys->str + start, "-", ' ');

      /* Sector ids and units are interned in the store: compare pointers. */
      self->sector_of[i] = intern_index (self->sector_ids, sectors, figure->sector);
      self->unit_of[i] = intern_index (self->unit_names, units, figure->unit);
    }
  while (report < reports->len)
    self->report_first[++report] = figures->len;
  self->key_offsets[figures->len] = keys->len;
  g_string_append_c (keys, RECORD_SEP);
  self->keys = g_string_free (keys, FALSE);
  count_bytes (self, self->keys, MIN (self->key_offsets[figures->len], 1 << 20));

  build_name_index (self);

  self->lower_bodies = g_ptr_array_new_with_free_func (g_free);
  for (guint r = 0; r < reports->len; r++)
    {
      RdReportText *text = g_ptr_array_index (reports, r);
      gboolean upper = FALSE;
      char *lower;

      for (const char *p = text->body; *p && !upper; p++)
        upper = g_ascii_isupper (*p);
      lower = upper ? g_ascii_strdown (text->body, text->body_len) : NULL;
      g_ptr_array_add (self->lower_bodies, lower);
      /* How common each byte is, from a sample of the text. */
      if (r < 8)
        count_bytes (self, lower ? lower : text->body, MIN (text->body_len, 1 << 18));
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
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &self->fts, NULL) != SQLITE_OK)
    goto fail;
  return;

fail:
  g_debug ("No full-text index in %s: %s", path ? path : "(none)",
           self->db ? sqlite3_errmsg (self->db) : "cannot open");
  g_clear_pointer (&self->fts, sqlite3_finalize);
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

static void
needle_init (RdSearch   *self,
             Needle     *needle,
             const char *prefix,
             const char *query)
{
  needle->text = g_strconcat (prefix, query, NULL);
  needle->len = strlen (needle->text);
  needle->rare = 0;
  for (gsize i = 1; i < needle->len; i++)
    if (self->byte_counts[(guchar) needle->text[i]] <
        self->byte_counts[(guchar) needle->text[needle->rare]])
      needle->rare = i;
}

/* The first occurrence of @needle in @haystack, or NULL: memchr() for the
 * needle's rarest byte, then a compare. */
static const char *
find (const char   *haystack,
      gsize         len,
      const Needle *needle)
{
  const char *end = haystack + len;
  const char *p = haystack + needle->rare;
  guchar c = needle->text[needle->rare];

  if (needle->len > len)
    return NULL;

  while (p < end && (p = memchr (p, c, end - p)) != NULL)
    {
      const char *start = p - needle->rare;

      if (start + needle->len <= end && memcmp (start, needle->text, needle->len) == 0)
        return start;
      p++;
    }
  return NULL;
}

static guint8
rank_text (const char *text,
           gsize       len,
           const char *query,
           gsize       query_len)
{
  if (len == query_len && memcmp (text, query, len) == 0)
    return RANK_EXACT;
  if (len > query_len && memcmp (text, query, query_len) == 0)
    return RANK_PREFIX;
  if (len > query_len && memmem (text, len, query, query_len) != NULL)
    return RANK_NAME;
  return NO_MATCH;
}

/* The index of the last entry of @offsets (sorted, @n entries) that is
 * at or before @offset. */
static guint
find_offset (const gsize *offsets,
             guint        n,
             gsize        offset)
{
  guint lo = 0, hi = n;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (offsets[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static void
set_rank (RdSearch *self,
          guint     index,
          guint8    rank,
          gsize     length)
{
  length = MIN (length, MAX_LENGTH);
  if (rank < self->ranks[index] ||
      (rank == self->ranks[index] && length < self->lengths[index]))
    {
      self->ranks[index] = rank;
      self->lengths[index] = length;
    }
}

static void
scan_names (RdSearch     *self,
            const Needle *query)
{
  gsize total = self->name_offsets[self->n_names];
  gsize from = 0;
  const char *hit;

  while (from < total && (hit = find (self->names + from, total - from, query)) != NULL)
    {
      guint name = find_offset (self->name_offsets, self->n_names, hit - self->names);
      const char *zh = self->names + self->name_offsets[name];
      const char *en = strchr (zh, FIELD_SEP) + 1;
      const char *end = strchr (en, RECORD_SEP);
      guint8 rank_zh = rank_text (zh, en - 1 - zh, query->text, query->len);
      guint8 rank_en = rank_text (en, end - en, query->text, query->len);
      guint8 rank = MIN (rank_zh, rank_en);
      glong length = rank_zh <= rank_en ? g_utf8_strlen (zh, en - 1 - zh) : g_utf8_strlen (en, end - en);

      for (guint f = self->name_first[name]; rank != NO_MATCH && f < self->name_first[name + 1]; f++)
        set_rank (self, self->name_figures[f], rank, length);
      from = self->name_offsets[name + 1];
    }
}

/* Keys name the quantity first (gdp-growth-2018): a query that is their
 * first words is as good as a name that starts with it. */
static void
scan_keys (RdSearch   *self,
           const char *query)
{
  Needle needle;
  gsize total = self->key_offsets[self->n_figures];
  gsize from = 0;
  const char *hit;

  needle_init (self, &needle, "\x1e", query);
  while (from < total && (hit = find (self->keys + from, total - from, &needle)) != NULL)
    {
      guint index = find_offset (self->key_offsets, self->n_figures, hit - self->keys);
      char after = hit[needle.len];

      if (after == RECORD_SEP || after == ' ')
        {
          const char *end = strchr (hit + 1, RECORD_SEP);
          set_rank (self, index, after == RECORD_SEP ? RANK_EXACT : RANK_PREFIX,
                    g_utf8_strlen (hit + 1, end - hit - 1));
        }
      from = hit - self->keys + 1;
    }
  g_free (needle.text);
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
   * found through the first figure that uses it. */
  for (guint i = 0; i < self->n_figures; i++)
    {
      guint16 u = self->unit_of[i];

      if (unit_hit[u] == 0)
        {
          const RdFigure *figure = rd_figure_store_get (self->store, i);
          g_autofree char *en = g_ascii_strdown (figure->unit_en, -1);

          unit_hit[u] = strstr (figure->unit, query) || strstr (en, query) ? 1 : 2;
          any |= unit_hit[u] == 1;
        }
    }

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

static char *
fts_phrase (const char *query)
{
  g_auto(GStrv) parts = g_strsplit (query, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("excerpt : \"%s\"", quoted);
}

/* The sentences that contain @query, from the full-text index; FALSE on
 * an error, so that the caller scans the text instead. */
static gboolean
fts_excerpts (RdSearch   *self,
              const char *query)
{
  g_autofree char *match = fts_phrase (query);
  int rc;

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
      g_warning ("Full-text query %s failed: %s", match, sqlite3_errmsg (self->db));
      return FALSE;
    }
  return TRUE;
}

/* Marks the figures whose sentence contains @query, report by report,
 * until @wanted of them are found (G_MAXUINT for all): sentences rank in
 * report order, so later reports cannot make the first @wanted. */
static void
scan_excerpts (RdSearch     *self,
               const Needle *query,
               guint         wanted)
{
  GPtrArray *reports = self->store->reports;
  guint found = 0;

  for (guint r = 0; r < reports->len && found < wanted; r++)
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
      while (from < text->body_len && (hit = find (body + from, text->body_len - from, query)) != NULL)
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
          if (lo < n_hits && hits[lo] + query->len <= figure->excerpt_byte_end)
            {
              self->ranks[i] = RANK_EXCERPT;
              found++;
            }
        }
    }
}

/* Fills self->ranks (and self->lengths) for @query. With @wanted below
 * G_MAXUINT only the best @wanted are sure to be found. */
static void
run_query (RdSearch   *self,
           const char *query,
           guint       wanted)
{
  Needle needle;
  guint better = 0;

  memset (self->ranks, NO_MATCH, self->n_figures);
  needle_init (self, &needle, "", query);

  scan_names (self, &needle);
  scan_keys (self, query);
  rank_attributes (self, query);

  if (wanted != G_MAXUINT)
    {
      for (guint i = 0; i < self->n_figures; i++)
        better += self->ranks[i] != NO_MATCH;
      wanted = better >= wanted ? 0 : wanted - better;
    }

  if (wanted > 0 &&
      (self->db == NULL || g_utf8_strlen (query, -1) < 3 || !fts_excerpts (self, query)))
    scan_excerpts (self, &needle, wanted);

  g_free (needle.text);
}

/* The figures with a rank, best first: by rank, then by the length of the
 * matched name (ranks 0 to 2), then in report order. A counting sort: the
 * keys are small. */
static GArray *
sorted_matches (RdSearch *self,
                guint     limit)
{
  enum { N_KEYS = (RANK_EXCERPT + 1) * (MAX_LENGTH + 1) };
  g_autofree guint *starts = g_new0 (guint, N_KEYS + 1);
  GArray *order;
  guint n = 0;

  for (guint i = 0; i < self->n_figures; i++)
    if (self->ranks[i] != NO_MATCH)
      {
        guint key = self->ranks[i] * (MAX_LENGTH + 1) + (self->ranks[i] <= RANK_NAME ? self->lengths[i] : 0);

        starts[key + 1]++;
        n++;
      }
  for (guint k = 0; k < N_KEYS; k++)
    starts[k + 1] += starts[k];

  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_array_set_size (order, n);
  for (guint i = 0; i < self->n_figures; i++)
    if (self->ranks[i] != NO_MATCH)
      {
        guint key = self->ranks[i] * (MAX_LENGTH + 1) + (self->ranks[i] <= RANK_NAME ? self->lengths[i] : 0);

        g_array_index (order, guint, starts[key]++) = i;
      }

  if (order->len > limit)
    g_array_set_size (order, limit);
  return order;
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
             const char *query)
{
  RdIndicator *indicator = rd_dataset_peek_indicator (self->dataset, index);
  guint8 rank = self->ranks[index];
  RdSearchField field = RD_SEARCH_FIELD_EXCERPT;
  const char *text = NULL;
  gssize start = -1, end = -1;

  if (rank <= RANK_NAME)
    {
      const char *zh = rd_indicator_get_name_zh (indicator);
      const char *en = rd_indicator_get_name_en (indicator);
      g_autofree char *zh_lower = lower_dup (zh);
      g_autofree char *en_lower = lower_dup (en);
      gsize query_len = strlen (query);
      guint8 rank_zh = rank_text (zh_lower, strlen (zh_lower), query, query_len);
      guint8 rank_en = rank_text (en_lower, strlen (en_lower), query, query_len);

      /* Show the name that matched; a key match shows a name too when one
       * contains the query. */
      if (rank_zh != NO_MATCH || rank_en != NO_MATCH)
        {
          field = rank_zh <= rank_en ? RD_SEARCH_FIELD_NAME_ZH : RD_SEARCH_FIELD_NAME_EN;
          text = field == RD_SEARCH_FIELD_NAME_ZH ? zh : en;
          find_in (text, query, &start, &end);
        }
      else
        {
          g_autofree char *words = g_strdelimit (g_strdup (rd_indicator_get_key (indicator)), "-", ' ');

          field = RD_SEARCH_FIELD_KEY;
          text = rd_indicator_get_key (indicator);
          find_in (words, query, &start, &end);
        }
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
        return rd_search_result_new (indicator, RD_SEARCH_FIELD_YEAR, year, 0, strlen (year), rank);
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
  g_autoptr(GArray) order = NULL;

  g_return_val_if_fail (RD_IS_SEARCH (self), NULL);

  results = g_list_store_new (RD_TYPE_SEARCH_RESULT);
  query = normalize_query (text);
  if (n_matches)
    *n_matches = 0;
  if (query == NULL || self->n_figures == 0)
    return G_LIST_MODEL (results);

  if (limit == 0)
    limit = G_MAXUINT;

  /* Counting every match costs a full scan of the text. */
  run_query (self, query, n_matches ? G_MAXUINT : limit);
  order = sorted_matches (self, limit);

  for (guint m = 0; m < order->len; m++)
    {
      g_autoptr(RdSearchResult) result = make_result (self, g_array_index (order, guint, m), query);

      g_list_store_append (results, result);
    }

  if (n_matches)
    for (guint i = 0; i < self->n_figures; i++)
      *n_matches += self->ranks[i] != NO_MATCH;

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

  query = normalize_query (text);
  if (query == NULL)
    {
      set->ranks = g_malloc0 (MAX (self->n_figures, 1));
      set->size = self->n_figures;
      return set;
    }

  run_query (self, query, G_MAXUINT);
  set->ranks = g_memdup2 (self->ranks, MAX (self->n_figures, 1));
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
