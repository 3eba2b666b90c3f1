/* rd-catalog.c: the indicator catalog and the sector keywords */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "rd-catalog.h"
#include "rd-import-resources.h"

typedef struct
{
  GPtrArray  *entries;   /* RdCatalogEntry */
  GHashTable *by_key;
  GPtrArray  *keywords;  /* char *: keyword, sector, keyword, sector … */
} Catalog;

/* The data rows of a TSV resource: no comments, no blank lines, no header. */
static char **
read_rows (const char *name)
{
  g_autofree char *path = g_strconcat ("/com/example/ReportDash/import/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new ();
  gboolean header = TRUE;

  g_assert (bytes != NULL);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (header)
        {
          header = FALSE;
          continue;
        }
      g_ptr_array_add (rows, g_strdup (lines[i]));
    }
  g_ptr_array_add (rows, NULL);
  return (char **) g_ptr_array_free (rows, FALSE);
}

static Catalog *
load (void)
{
  Catalog *catalog = g_new0 (Catalog, 1);
  g_auto(GStrv) rows = read_rows ("indicators.tsv");
  g_auto(GStrv) keywords = read_rows ("sector-keywords.tsv");

  catalog->entries = g_ptr_array_new ();
  catalog->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (rows[i], "\t", -1);
      RdCatalogEntry *entry;
      g_autofree char *names = NULL;

      if (g_strv_length (f) != 7)
        g_error ("indicators.tsv: row %u has %u fields, not 7", i + 1, g_strv_length (f));
      entry = g_new0 (RdCatalogEntry, 1);
      entry->key = g_strdup (f[0]);
      entry->measure = g_strdup (f[1]);
      entry->sector = g_strdup (f[2]);
      entry->name_zh = g_strdup (f[3]);
      entry->name_en = g_strdup (f[4]);
      entry->lower_is_better = g_str_equal (f[6], "lower");
      names = g_strconcat (f[3], *f[5] ? "," : "", f[5], NULL);
      /* 一般公共预算收入增长: its stem names it too. */
      if (g_str_has_suffix (f[3], "增长"))
        {
          g_autofree char *stem = g_strndup (f[3], strlen (f[3]) - strlen ("增长"));
          char *more = g_strconcat (names, ",", stem, NULL);
          g_free (names);
          names = more;
        }
      entry->aliases = g_strsplit (names, ",", -1);
      g_ptr_array_add (catalog->entries, entry);
      g_hash_table_insert (catalog->by_key, entry->key, entry);
    }

  catalog->keywords = g_ptr_array_new ();
  for (guint i = 0; keywords[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (keywords[i], "\t", -1);

      if (g_strv_length (f) != 2)
        g_error ("sector-keywords.tsv: row %u has %u fields, not 2", i + 1, g_strv_length (f));
      g_ptr_array_add (catalog->keywords, g_strdup (f[0]));
      g_ptr_array_add (catalog->keywords, g_strdup (f[1]));
    }
  return catalog;
}

static Catalog *
get_catalog (void)
{
  static gsize once = 0;
  static Catalog *catalog;

  if (g_once_init_enter (&once))
    {
      /* A static library's resource constructor may be dropped by the linker. */
      if (!g_resources_get_info ("/com/example/ReportDash/import/indicators.tsv", 0, NULL, NULL, NULL))
        g_resources_register (rd_import_get_resource ());
      catalog = load ();
      g_once_init_leave (&once, 1);
    }
  return catalog;
}

GPtrArray *
rd_catalog_get_entries (void)
{
  return get_catalog ()->entries;
}

const RdCatalogEntry *
rd_catalog_lookup (const char *key)
{
  return key ? g_hash_table_lookup (get_catalog ()->by_key, key) : NULL;
}

/* 规模以上工业企业实现净利润: 规模以上工业 is named, but the quantity is 利润. */
static gboolean
names_another_quantity (const char *name,
                        const char *alias)
{
  static const char *const nouns[] = { "利润", "产值", "营业收入", "主营业务收入", "税", "投资", "企业", "户数", "个数",
                                       "用电量", "能耗", "出口", "进口", "贷款", "存款" };
  const char *after = strstr (name, alias) + strlen (alias);

  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (strstr (after, nouns[i]) != NULL && strstr (alias, nouns[i]) == NULL)
      return TRUE;
  return FALSE;
}

const RdCatalogEntry *
rd_catalog_match (const char  *name,
                  const char  *measure,
                  char       **prefix)
{
  GPtrArray *entries = get_catalog ()->entries;
  const RdCatalogEntry *best = NULL;
  const char *best_at = NULL;
  gsize best_length = 0;

  if (prefix != NULL)
    *prefix = NULL;
  if (name == NULL || measure == NULL)
    return NULL;
  for (guint i = 0; i < entries->len; i++)
    {
      const RdCatalogEntry *entry = g_ptr_array_index (entries, i);

      if (!g_str_equal (entry->measure, measure))
        continue;
      for (guint k = 0; entry->aliases[k] != NULL; k++)
        {
          gsize length = strlen (entry->aliases[k]);

          const char *at = strstr (name, entry->aliases[k]);

          if (length > best_length && at != NULL && !names_another_quantity (name, entry->aliases[k]))
            best = entry, best_length = length, best_at = at;
        }
    }
  if (prefix != NULL)
    *prefix = best ? g_strndup (name, best_at - name) : NULL;
  return best;
}

const char *
rd_catalog_sector_for (const char *text)
{
  GPtrArray *keywords = get_catalog ()->keywords;

  if (text == NULL)
    return NULL;
  for (guint i = 0; i + 1 < keywords->len; i += 2)
    if (strstr (text, g_ptr_array_index (keywords, i)) != NULL)
      return g_ptr_array_index (keywords, i + 1);
  return NULL;
}
