/* rd-search-scan.c: matching a query against the loaded text
 *
 * - names: few distinct strings (every report names its GDP growth the same
 *   way), so the distinct (name_zh, name_en) pairs are kept once in one
 *   lower-cased buffer and scanned; a match ranks every figure of that name;
 * - keys: one buffer of "\x1e" + key words, so that a key that starts with
 *   the query is one scan for "\x1e" + query;
 * - sectors, units and years: a handful of values, compared directly;
 * - sentences: by scanning the report bodies, for queries the full-text
 *   index (rd-search-fts.c) cannot answer.
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

#include "rd-search-private.h"

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

static guint
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

void
rd_search_build_text_index (RdSearch *self)
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
  self->sector_of = g_new (guint, MAX (figures->len, 1));
  self->unit_of = g_new (guint, MAX (figures->len, 1));
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

void
rd_search_needle_init (RdSearch   *self,
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

guint8
rd_search_rank_text (const char *text,
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

void
rd_search_scan_names (RdSearch     *self,
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
      guint8 rank_zh = rd_search_rank_text (zh, en - 1 - zh, query->text, query->len);
      guint8 rank_en = rd_search_rank_text (en, end - en, query->text, query->len);
      guint8 rank = MIN (rank_zh, rank_en);
      glong length = rank_zh <= rank_en ? g_utf8_strlen (zh, en - 1 - zh) : g_utf8_strlen (en, end - en);

      for (guint f = self->name_first[name]; rank != NO_MATCH && f < self->name_first[name + 1]; f++)
        set_rank (self, self->name_figures[f], rank, length);
      from = self->name_offsets[name + 1];
    }
}

/* Keys name the quantity first (gdp-growth-2018): a query that is their
 * first words is as good as a name that starts with it. */
void
rd_search_scan_keys (RdSearch   *self,
                     const char *query)
{
  Needle needle;
  gsize total = self->key_offsets[self->n_figures];
  gsize from = 0;
  const char *hit;

  rd_search_needle_init (self, &needle, "\x1e", query);
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

void
rd_search_rank_attributes (RdSearch   *self,
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
      guint u = self->unit_of[i];

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

/* Marks the figures whose sentence contains @query, report by report,
 * until @wanted of them are found (G_MAXUINT for all): sentences rank in
 * report order, so later reports cannot make the first @wanted. */
void
rd_search_scan_excerpts (RdSearch     *self,
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
