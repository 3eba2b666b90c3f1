/* rd-catalog.h: the indicator catalog (data/indicators.tsv) and the sector
 * keywords (data/sector-keywords.tsv), compiled into the importer */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *key;
  char  *measure;
  char  *sector;
  char  *name_zh;
  char  *name_en;
  char **aliases;  /* name_zh first */
  gboolean lower_is_better;  /* a target is a ceiling (prices, unemployment, pollution) */
} RdCatalogEntry;

/* Every entry, in file order (loaded once, never freed). */
GPtrArray            *rd_catalog_get_entries (void);
const RdCatalogEntry *rd_catalog_lookup      (const char *key);
/* The entry of @measure whose name or alias is the longest one found in
 * @name, or NULL; @prefix (may be NULL) receives the words of @name
 * before that alias (长株潭 in 长株潭地区生产总值), to be freed. */
const RdCatalogEntry *rd_catalog_match       (const char *name,
                                              const char *measure,
                                              char      **prefix);
/* The sector of the first keyword found in @text, or NULL. */
const char           *rd_catalog_sector_for  (const char *text);

G_END_DECLS
