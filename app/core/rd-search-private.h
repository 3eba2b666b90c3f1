/* rd-search-private.h: what rd-search.c (queries and results),
 * rd-search-scan.c (matching the loaded text), rd-search-fts.c (the
 * file's full-text index) and rd-search-others.c (the library's other
 * reports) share; no other file includes it */
#pragma once

#include <sqlite3.h>

#include "rd-dataset-private.h"
#include "rd-search.h"

G_BEGIN_DECLS

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
  guint         *sector_of;   /* 32 bits: a file may hold 70,000 units */
  guint         *unit_of;
  GPtrArray     *sector_ids;    /* interned pointers of the store */
  GPtrArray     *unit_names;    /* interned unit pointers of the store */
  guint32        byte_counts[256];

  /* On the dataset's connection; NULL when its file has no index. */
  sqlite3_stmt  *fts;

  /* Scratch, per query. */
  guint8        *ranks;
  guint8        *lengths;
  GArray        *hits;
};

/* Builds the in-memory index of the store's names, keys and texts. */
void     rd_search_build_text_index (RdSearch     *self);
void     rd_search_needle_init      (RdSearch     *self,
                                     Needle       *needle,
                                     const char   *prefix,
                                     const char   *query);
guint8   rd_search_rank_text        (const char   *text,
                                     gsize         len,
                                     const char   *query,
                                     gsize         query_len);
/* Each lowers self->ranks of the figures it finds @query in. */
void     rd_search_scan_names       (RdSearch     *self,
                                     const Needle *query);
void     rd_search_scan_keys        (RdSearch     *self,
                                     const char   *query);
void     rd_search_rank_attributes  (RdSearch     *self,
                                     const char   *query);
void     rd_search_scan_excerpts    (RdSearch     *self,
                                     const Needle *query,
                                     guint         wanted);

/* Prepares the full-text query on the dataset's connection, if the file
 * has an index. */
void     rd_search_fts_open         (RdSearch     *self);
gboolean rd_search_fts_excerpts     (RdSearch     *self,
                                     const char   *query);
/* The FTS5 query of the phrase @query in @columns ("excerpt",
 * "{name_zh name_en}"), its quotes doubled. */
char    *rd_search_fts_phrase       (const char   *columns,
                                     const char   *query);

G_END_DECLS
