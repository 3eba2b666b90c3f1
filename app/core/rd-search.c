/* rd-search.c: queries and their results
 *
 * A query is normalized (normalize_query()), every figure gets a rank from
 * the in-memory scans (rd-search-scan.c) and the full-text index
 * (rd-search-fts.c), and the best ones become RdSearchResult items or an
 * RdMatchSet.
 */
#define G_LOG_DOMAIN "reportdash-search"

#include "config.h"

#include <string.h>

#include "rd-search-private.h"

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

RdSearch *
rd_search_new (RdDataset *dataset)
{
  RdSearch *self;

  g_return_val_if_fail (RD_IS_DATASET (dataset), NULL);

  self = g_object_new (RD_TYPE_SEARCH, NULL);
  self->dataset = g_object_ref (dataset);
  self->store = rd_figure_store_ref (rd_dataset_get_store (dataset));
  rd_search_build_text_index (self);
  rd_search_fts_open (self);
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
  return self->fts != NULL;
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
  rd_search_needle_init (self, &needle, "", query);

  rd_search_scan_names (self, &needle);
  rd_search_scan_keys (self, query);
  rd_search_rank_attributes (self, query);

  if (wanted != G_MAXUINT)
    {
      for (guint i = 0; i < self->n_figures; i++)
        better += self->ranks[i] != NO_MATCH;
      wanted = better >= wanted ? 0 : wanted - better;
    }

  if (wanted > 0 &&
      (self->fts == NULL || g_utf8_strlen (query, -1) < 3 || !rd_search_fts_excerpts (self, query)))
    rd_search_scan_excerpts (self, &needle, wanted);

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
      guint8 rank_zh = rd_search_rank_text (zh_lower, strlen (zh_lower), query, query_len);
      guint8 rank_en = rd_search_rank_text (en_lower, strlen (en_lower), query, query_len);

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
