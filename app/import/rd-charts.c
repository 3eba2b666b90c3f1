/* rd-charts.c: the dashboard of an imported report, made from its figures
 *
 * In order: a KPI tile for each headline figure (with its growth of the
 * same year as the tile's change); a `grouped` chart of results beside the
 * targets of the same catalog indicator; one chart for each group of
 * figures sharing sector, basis, measure, unit kind and scale, split when
 * it has more marks than stay legible; a `fact` chart of each sector for
 * ranks and lone figures. data/chart-rules.tsv says which and how many.
 */
#define G_LOG_DOMAIN "reportdash-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "rd-catalog.h"
#include "rd-charts.h"
#include "rd-format.h"
#include "rd-import-resources.h"

typedef struct
{
  char   *kind;
  double  scale;
  char   *name_en;
} UnitRule;

typedef struct
{
  char   *word;
  double  factor;
} PrefixRule;

typedef struct
{
  char  *measure;  /* or "*" */
  char  *kind;     /* or "*" */
  char  *type;
  guint  at_most;  /* 0: any number of figures */
} TypeRule;

typedef struct
{
  GHashTable *units;       /* word → UnitRule */
  GPtrArray  *prefixes;    /* PrefixRule, longest first as in the file */
  GHashTable *word_kinds;  /* kinds shared only by the same word → "" */
  GPtrArray  *types;       /* TypeRule, first match wins */
  GHashTable *long_type;   /* type → type for long labels */
  GHashTable *long_chars;  /* type → guint */
  GHashTable *lone;        /* type → type of a lone figure */
  GHashTable *max;         /* type → guint */
  GPtrArray  *kpis;        /* char *: key, growth key, key, growth key… */
  GHashTable *words;       /* "measure:growth:zh", "basis:actual:en", "title:group:zh" → text */
  GHashTable *sectors;     /* "overview:zh" → 经济发展总览 */
} Rules;

/* The data rows of a TSV resource, split in fields: no comments, no blank
 * lines, no header. */
static GPtrArray *
read_rows (const char *name,
           guint       n_fields)
{
  g_autofree char *path = g_strconcat ("/com/example/ReportDash/import/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean header = TRUE;

  g_assert (bytes != NULL);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (header)
        {
          header = FALSE;
          continue;
        }
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) < n_fields)
        g_error ("%s: “%s” has fewer than %u fields", name, lines[i], n_fields);
      g_ptr_array_add (rows, g_steal_pointer (&fields));
    }
  return rows;
}

static Rules *
load_rules (void)
{
  Rules *rules = g_new0 (Rules, 1);
  g_autoptr(GPtrArray) rows = read_rows ("chart-rules.tsv", 4);
  g_autoptr(GPtrArray) sectors = read_rows ("sectors.tsv", 4);

  rules->units = g_hash_table_new (g_str_hash, g_str_equal);
  rules->prefixes = g_ptr_array_new ();
  rules->word_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  rules->types = g_ptr_array_new ();
  rules->long_type = g_hash_table_new (g_str_hash, g_str_equal);
  rules->long_chars = g_hash_table_new (g_str_hash, g_str_equal);
  rules->lone = g_hash_table_new (g_str_hash, g_str_equal);
  rules->max = g_hash_table_new (g_str_hash, g_str_equal);
  rules->kpis = g_ptr_array_new ();
  rules->words = g_hash_table_new (g_str_hash, g_str_equal);
  rules->sectors = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->pdata[i];
      const char *rule = f[0], *key = f[1], *arg = f[2];
      double number = g_ascii_strtod (f[3], NULL);
      const char *zh = f[4] ? f[4] : "";
      const char *en = f[4] && f[5] ? f[5] : "";

      if (g_str_equal (rule, "unit"))
        {
          UnitRule *unit = g_new0 (UnitRule, 1);

          unit->kind = g_strdup (arg);
          unit->scale = number > 0 ? number : 1;
          unit->name_en = g_strdup (en);
          g_hash_table_insert (rules->units, g_strdup (key), unit);
        }
      else if (g_str_equal (rule, "prefix"))
        {
          PrefixRule *prefix = g_new0 (PrefixRule, 1);

          prefix->word = g_strdup (key);
          prefix->factor = number;
          g_ptr_array_add (rules->prefixes, prefix);
        }
      else if (g_str_equal (rule, "kind"))
        {
          if (g_str_equal (arg, "word"))
            g_hash_table_add (rules->word_kinds, g_strdup (key));
        }
      else if (g_str_equal (rule, "type"))
        {
          TypeRule *type = g_new0 (TypeRule, 1);
          const char *slash = strchr (key, '/');

          if (slash == NULL)
            g_error ("chart-rules.tsv: type rule “%s” is not measure/kind", key);
          type->measure = g_strndup (key, slash - key);
          type->kind = g_strdup (slash + 1);
          type->type = g_strdup (arg);
          type->at_most = (guint) number;
          g_ptr_array_add (rules->types, type);
        }
      else if (g_str_equal (rule, "long"))
        {
          g_hash_table_insert (rules->long_type, g_strdup (key), g_strdup (arg));
          g_hash_table_insert (rules->long_chars, g_strdup (key), GUINT_TO_POINTER ((guint) number));
        }
      else if (g_str_equal (rule, "lone"))
        g_hash_table_insert (rules->lone, g_strdup (key), g_strdup (arg));
      else if (g_str_equal (rule, "max"))
        g_hash_table_insert (rules->max, g_strdup (key), GUINT_TO_POINTER ((guint) number));
      else if (g_str_equal (rule, "kpi"))
        {
          g_ptr_array_add (rules->kpis, g_strdup (key));
          g_ptr_array_add (rules->kpis, g_strdup (arg));
        }
      else if (g_str_equal (rule, "measure") || g_str_equal (rule, "basis") ||
               g_str_equal (rule, "title"))
        {
          g_hash_table_insert (rules->words, g_strconcat (rule, ":", key, ":zh", NULL), g_strdup (zh));
          g_hash_table_insert (rules->words, g_strconcat (rule, ":", key, ":en", NULL), g_strdup (en));
        }
      else
        g_error ("chart-rules.tsv: unknown rule “%s”", rule);
    }

  for (guint i = 0; i < sectors->len; i++)
    {
      char **f = sectors->pdata[i];

      g_hash_table_insert (rules->sectors, g_strconcat (f[0], ":zh", NULL), g_strdup (f[2]));
      g_hash_table_insert (rules->sectors, g_strconcat (f[0], ":en", NULL), g_strdup (f[3]));
    }
  return rules;
}

/* Loaded once, never freed. */
static Rules *
get_rules (void)
{
  static gsize once = 0;
  static Rules *rules;

  if (g_once_init_enter (&once))
    {
      rules = load_rules ();
      g_once_init_leave (&once, 1);
    }
  return rules;
}

static const char *
word (const char *table,
      const char *key,
      const char *lang)
{
  g_autofree char *name = g_strconcat (table, ":", key ? key : "", ":", lang, NULL);
  const char *text = g_hash_table_lookup (get_rules ()->words, name);

  return text ? text : "";
}

static const char *
sector_name (const char *sector,
             const char *lang)
{
  g_autofree char *name = g_strconcat (sector ? sector : "", ":", lang, NULL);
  const char *text = g_hash_table_lookup (get_rules ()->sectors, name);

  return text ? text : (sector ? sector : "");
}

/* The rule of a unit word: exactly, or a scale prefix and a known word. */
static const UnitRule *
lookup_unit (const char  *unit,
             const char **base,
             double      *factor)
{
  Rules *rules = get_rules ();
  const UnitRule *found = g_hash_table_lookup (rules->units, unit);

  *base = unit;
  *factor = 1;
  if (found != NULL)
    return found;
  for (guint i = 0; i < rules->prefixes->len; i++)
    {
      const PrefixRule *prefix = rules->prefixes->pdata[i];

      if (g_str_has_prefix (unit, prefix->word))
        {
          const char *rest = unit + strlen (prefix->word);

          *factor = prefix->factor;
          *base = rest;
          if (*rest == '\0')
            return NULL;
          if ((found = g_hash_table_lookup (rules->units, rest)) != NULL)
            return found;
        }
    }
  *base = unit;
  *factor = 1;
  return NULL;
}

char *
rd_charts_unit_kind (const char *unit,
                     double     *scale)
{
  const UnitRule *rule;
  const char *base;
  double factor;

  if (unit == NULL || *unit == '\0')
    {
      *scale = 1;
      return g_strdup ("none");
    }
  rule = lookup_unit (unit, &base, &factor);
  if (rule == NULL)
    {
      *scale = factor;
      /* 亿 alone: a number of no unit, at a scale. */
      return *base == '\0' ? g_strdup ("none") : g_strconcat ("unit:", unit, NULL);
    }
  *scale = rule->scale * factor;
  if (g_hash_table_contains (get_rules ()->word_kinds, rule->kind))
    return g_strconcat (rule->kind, ":", base, NULL);
  return g_strdup (rule->kind);
}

guint
rd_charts_max_marks (const char *type)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (get_rules ()->max, type));
}

/* ---- generation ---------------------------------------------------------------------- */

typedef struct
{
  char      *sector;
  char      *type;
  char      *title;   /* a template key of chart-rules.tsv */
  char      *measure;
  char      *basis;
  char      *unit;
  GArray    *figures;
  guint      part, n_parts;
  int        stage;   /* 0 kpi, 1 grouped, 2 an axis, 3 fact: the order on a page */
  guint      order;   /* the text order of its group */
} Chart;

static void
chart_free (Chart *chart)
{
  g_free (chart->sector);
  g_free (chart->type);
  g_free (chart->title);
  g_free (chart->measure);
  g_free (chart->basis);
  g_free (chart->unit);
  g_array_unref (chart->figures);
  g_free (chart);
}

static Chart *
chart_new (const RdDraftFigure *first,
           const char          *type,
           const char          *title,
           int                  stage,
           guint                order)
{
  Chart *chart = g_new0 (Chart, 1);

  chart->sector = g_strdup (first->sector);
  chart->type = g_strdup (type);
  chart->title = g_strdup (title);
  chart->measure = g_strdup (first->measure);
  chart->basis = g_strdup (first->basis);
  chart->unit = g_strdup (first->unit);
  chart->figures = g_array_new (FALSE, FALSE, sizeof (guint));
  chart->part = chart->n_parts = 1;
  chart->stage = stage;
  chart->order = order;
  return chart;
}

typedef struct
{
  RdReportDraft *draft;
  gboolean      *used;
  GPtrArray     *charts;        /* Chart */
  GHashTable    *sector_order;  /* sector → first figure index + 1 */
  GHashTable    *facts;         /* sector → GArray of figure indexes */
  GPtrArray     *fact_sectors;  /* sectors with facts, in text order */
} Generator;

static RdDraftFigure *
figure_at (Generator *gen,
           guint      index)
{
  return gen->draft->figures->pdata[index];
}

static const char *
catalog_measure (const char *key)
{
  const RdCatalogEntry *entry = key ? rd_catalog_lookup (key) : NULL;

  return entry ? entry->measure : NULL;
}

static void
add_fact (Generator *gen,
          guint      index)
{
  const char *sector = figure_at (gen, index)->sector;
  GArray *facts = g_hash_table_lookup (gen->facts, sector);

  if (facts == NULL)
    {
      facts = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (gen->facts, (gpointer) sector, facts);
      g_ptr_array_add (gen->fact_sectors, (gpointer) sector);
    }
  g_array_append_val (facts, index);
  gen->used[index] = TRUE;
}

/* A tile for the first figure of each headline indicator, year and basis. */
static void
make_kpis (Generator *gen)
{
  GPtrArray *kpis = get_rules ()->kpis;
  GPtrArray *figures = gen->draft->figures;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      RdDraftFigure *figure = figures->pdata[i];
      const char *growth = NULL;
      g_autofree char *seen_key = NULL;
      Chart *chart;

      if (gen->used[i] || figure->indicator == NULL ||
          g_strcmp0 (figure->measure, catalog_measure (figure->indicator)) != 0)
        continue;
      for (guint k = 0; k + 1 < kpis->len && growth == NULL; k += 2)
        if (g_str_equal (kpis->pdata[k], figure->indicator))
          growth = kpis->pdata[k + 1];
      if (growth == NULL)
        continue;
      seen_key = g_strdup_printf ("%s %s %d", figure->indicator, figure->basis, figure->year);
      if (g_hash_table_contains (seen, seen_key))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&seen_key));

      chart = chart_new (figure, "kpi", "kpi", 0, i);
      g_array_append_val (chart->figures, i);
      gen->used[i] = TRUE;
      for (guint j = 0; j < figures->len && *growth != '\0'; j++)
        {
          RdDraftFigure *other = figures->pdata[j];

          if (!gen->used[j] && g_strcmp0 (other->indicator, growth) == 0 &&
              g_strcmp0 (other->measure, "growth") == 0 && g_strcmp0 (other->unit, "%") == 0 &&
              other->year == figure->year && g_strcmp0 (other->basis, figure->basis) == 0 &&
              g_strcmp0 (other->sector, figure->sector) == 0)
            {
              g_array_append_val (chart->figures, j);
              gen->used[j] = TRUE;
              break;
            }
        }
      g_ptr_array_add (gen->charts, chart);
    }
}

/* Cuts @indexes in parts of at most @max, as even as can be, and adds a
 * chart for each; a lone figure goes where the `lone` rule says. */
static void
add_split (Generator  *gen,
           GArray     *indexes,
           const char *type,
           const char *title,
           int         stage,
           guint       step)
{
  Rules *rules = get_rules ();
  guint max = MAX (rd_charts_max_marks (type), step);
  guint n_units = indexes->len / step;
  guint n_parts, done = 0;

  max -= max % step;
  n_parts = (n_units + max / step - 1) / (max / step);
  for (guint part = 0; part < n_parts; part++)
    {
      guint size = step * ((n_units - done / step) / (n_parts - part) +
                           ((n_units - done / step) % (n_parts - part) ? 1 : 0));
      const char *lone = g_hash_table_lookup (rules->lone, type);
      Chart *chart;

      size = MIN (size, indexes->len - done);
      /* A fact chart takes lone figures itself. */
      if (size == 1 && lone != NULL && g_str_equal (lone, "fact") && !g_str_equal (type, "fact"))
        {
          add_fact (gen, g_array_index (indexes, guint, done));
          done++;
          continue;
        }
      chart = chart_new (figure_at (gen, g_array_index (indexes, guint, done)), type, title,
                         stage, g_array_index (indexes, guint, 0));
      g_array_append_vals (chart->figures, &g_array_index (indexes, guint, done), size);
      chart->part = part + 1;
      chart->n_parts = n_parts;
      for (guint k = done; k < done + size; k++)
        gen->used[g_array_index (indexes, guint, k)] = TRUE;
      g_ptr_array_add (gen->charts, chart);
      done += size;
    }
}

static char *
axis_key (const RdDraftFigure *figure,
          gboolean             with_basis)
{
  double scale;
  g_autofree char *kind = rd_charts_unit_kind (figure->unit, &scale);

  return g_strdup_printf ("%s|%s|%s|%s|%g", figure->sector, with_basis ? figure->basis : "",
                          figure->measure, kind, scale);
}

/* The group of figures of @key (taken), made when new; @order keeps the
 * keys in the order the groups were made. */
static GArray *
find_group (GHashTable *groups,
            GPtrArray  *order,
            char       *key)
{
  GArray *group = g_hash_table_lookup (groups, key);

  if (group == NULL)
    {
      group = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (order, key);
      g_hash_table_insert (groups, key, group);
    }
  else
    g_free (key);
  return group;
}

/* Results beside the targets of the same catalog indicator, in the same unit. */
static void
make_grouped (Generator *gen)
{
  GPtrArray *figures = gen->draft->figures;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();  /* keys of @groups */

  for (guint i = 0; i < figures->len; i++)
    {
      RdDraftFigure *actual = figures->pdata[i];
      GArray *group;

      if (gen->used[i] || actual->indicator == NULL || g_strcmp0 (actual->basis, "actual") != 0)
        continue;
      for (guint j = 0; j < figures->len; j++)
        {
          RdDraftFigure *target = figures->pdata[j];

          if (gen->used[j] || g_strcmp0 (target->basis, "target") != 0 ||
              g_strcmp0 (target->indicator, actual->indicator) != 0 ||
              g_strcmp0 (target->measure, actual->measure) != 0 ||
              g_strcmp0 (target->unit, actual->unit) != 0 ||
              g_strcmp0 (target->sector, actual->sector) != 0 ||
              (actual->year > 0 && target->year > 0 && target->year < actual->year))
            continue;

          group = find_group (groups, order, axis_key (actual, FALSE));
          g_array_append_val (group, i);
          g_array_append_val (group, j);
          gen->used[i] = gen->used[j] = TRUE;
          break;
        }
    }

  for (guint i = 0; i < order->len; i++)
    {
      GArray *group = g_hash_table_lookup (groups, order->pdata[i]);

      add_split (gen, group, "grouped", "grouped", 1, 2);
    }
}

static gboolean
kind_matches (const char *pattern,
              const char *kind)
{
  g_autofree char *base = g_strdup (kind);
  char *colon = strchr (base, ':');

  if (g_str_equal (pattern, "*"))
    return TRUE;
  if (colon != NULL && !g_str_has_prefix (kind, "unit:"))
    *colon = '\0';
  return g_str_equal (pattern, base);
}

static const char *
choose_type (Generator *gen,
             GArray    *group)
{
  Rules *rules = get_rules ();
  const RdDraftFigure *first = figure_at (gen, g_array_index (group, guint, 0));
  double scale;
  g_autofree char *kind = rd_charts_unit_kind (first->unit, &scale);
  gboolean within_100 = TRUE;
  guint longest = 0;
  const char *type = "bar", *longer;

  for (guint i = 0; i < group->len; i++)
    {
      const RdDraftFigure *figure = figure_at (gen, g_array_index (group, guint, i));

      within_100 &= figure->value >= 0 && MAX (figure->value, figure->value_max) <= 100;
      longest = MAX (longest, (guint) g_utf8_strlen (figure->name_zh ? figure->name_zh : "", -1));
    }

  for (guint i = 0; i < rules->types->len; i++)
    {
      const TypeRule *rule = rules->types->pdata[i];

      if ((!g_str_equal (rule->measure, "*") && g_strcmp0 (rule->measure, first->measure) != 0) ||
          !kind_matches (rule->kind, kind) ||
          (rule->at_most > 0 && group->len > rule->at_most) ||
          ((g_str_equal (rule->type, "donut") || g_str_equal (rule->type, "bullet")) && !within_100))
        continue;
      type = rule->type;
      break;
    }

  longer = g_hash_table_lookup (rules->long_type, type);
  if (longer != NULL &&
      longest > GPOINTER_TO_UINT (g_hash_table_lookup (rules->long_chars, type)))
    type = longer;
  return type;
}

/* Every other figure, by sector, basis, measure, unit kind and scale. */
static void
make_axes (Generator *gen)
{
  GPtrArray *figures = gen->draft->figures;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();  /* keys of @groups */

  for (guint i = 0; i < figures->len; i++)
    {
      GArray *group;

      if (gen->used[i])
        continue;
      group = find_group (groups, order, axis_key (figures->pdata[i], TRUE));
      g_array_append_val (group, i);
    }

  for (guint i = 0; i < order->len; i++)
    {
      GArray *group = g_hash_table_lookup (groups, order->pdata[i]);
      const char *type = choose_type (gen, group);

      if (g_str_equal (type, "fact"))
        for (guint k = 0; k < group->len; k++)
          add_fact (gen, g_array_index (group, guint, k));
      else
        add_split (gen, group, type, "group", 2, 1);
    }
}

static void
make_facts (Generator *gen)
{
  for (guint i = 0; i < gen->fact_sectors->len; i++)
    {
      GArray *facts = g_hash_table_lookup (gen->facts, gen->fact_sectors->pdata[i]);

      add_split (gen, facts, "fact", "fact", 3, 1);
    }
}

static int
compare_charts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Chart *x = *(Chart * const *) a, *y = *(Chart * const *) b;
  GHashTable *sector_order = user_data;
  int sx = GPOINTER_TO_INT (g_hash_table_lookup (sector_order, x->sector));
  int sy = GPOINTER_TO_INT (g_hash_table_lookup (sector_order, y->sector));

  if (sx != sy)
    return sx - sy;
  if (x->stage != y->stage)
    return x->stage - y->stage;
  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return (int) x->part - (int) y->part;
}

static void
append_unit (GString    *out,
             const char *unit,
             gboolean    zh)
{
  const char *base;
  const char *english;
  double factor;
  const UnitRule *rule;

  if (unit == NULL || *unit == '\0')
    return;
  rule = lookup_unit (unit, &base, &factor);
  if (zh)
    g_string_append_printf (out, "（%s）", unit);
  else if (rule != NULL && *rule->name_en != '\0' && factor == 1)
    g_string_append_printf (out, " (%s)", rule->name_en);
  else if ((english = rd_format_unit_english (unit)) != NULL)
    {
      /* A counter (个, 件) names nothing in English. */
      if (*english != '\0')
        g_string_append_printf (out, " (%s)", english);
    }
  else
    g_string_append_printf (out, " (%s)", unit);
}

/* Fills the template of @chart's title kind in @lang. */
static char *
make_title (Generator   *gen,
            const Chart *chart,
            const char  *lang)
{
  gboolean zh = g_str_equal (lang, "zh");
  gboolean single = chart->figures->len == 1 && g_str_equal (chart->title, "group");
  const char *template = word ("title", single ? "single" : chart->title, lang);
  const RdDraftFigure *first = figure_at (gen, g_array_index (chart->figures, guint, 0));
  const RdCatalogEntry *entry = first->indicator ? rd_catalog_lookup (first->indicator) : NULL;
  GString *out = g_string_new (NULL);
  int year = first->year;

  for (guint i = 1; i < chart->figures->len; i++)
    if (figure_at (gen, g_array_index (chart->figures, guint, i))->year != year)
      year = 0;

  for (const char *p = template; *p != '\0'; )
    {
      const char *end = *p == '{' ? strchr (p, '}') : NULL;
      g_autofree char *name = end ? g_strndup (p + 1, end - p - 1) : NULL;

      if (name == NULL)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
          continue;
        }
      p = end + 1;
      if (g_str_equal (name, "sector"))
        g_string_append (out, sector_name (chart->sector, lang));
      else if (g_str_equal (name, "measure"))
        g_string_append (out, word ("measure", chart->measure, lang));
      else if (g_str_equal (name, "basis"))
        g_string_append (out, word ("basis", chart->basis, lang));
      else if (g_str_equal (name, "unit"))
        append_unit (out, chart->unit, zh);
      else if (g_str_equal (name, "year") && year > 0)
        g_string_append_printf (out, zh ? "%d年" : ", %d", year);
      else if (g_str_equal (name, "part") && chart->n_parts > 1)
        g_string_append_printf (out, zh ? "（%u/%u）" : " (%u/%u)", chart->part, chart->n_parts);
      else if (g_str_equal (name, "name"))
        {
          const char *text = zh ? first->name_zh : first->name_en;

          if ((text == NULL || *text == '\0') && entry != NULL)
            text = zh ? entry->name_zh : entry->name_en;
          if (text == NULL || *text == '\0')
            text = word ("measure", chart->measure, lang);
          g_string_append (out, text);
        }
    }

  /* Sentence case in English: the first word starts with a capital. */
  if (!zh && out->len > 0 && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}

void
rd_charts_generate (RdReportDraft *draft)
{
  Generator gen = { draft, NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *figures;

  g_return_if_fail (draft != NULL);

  figures = draft->figures;
  g_ptr_array_set_size (draft->charts, 0);
  gen.used = g_new0 (gboolean, figures->len + 1);
  gen.charts = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_free);
  gen.sector_order = g_hash_table_new (g_str_hash, g_str_equal);
  gen.facts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  gen.fact_sectors = g_ptr_array_new ();

  for (guint i = 0; i < figures->len; i++)
    {
      RdDraftFigure *figure = figures->pdata[i];

      /* Every figure has a page; the importer always gives one. */
      if (figure->sector == NULL || *figure->sector == '\0')
        {
          g_free (figure->sector);
          figure->sector = g_strdup ("overview");
        }
      if (!g_hash_table_contains (gen.sector_order, figure->sector))
        g_hash_table_insert (gen.sector_order, figure->sector, GINT_TO_POINTER (i + 1));
    }

  make_kpis (&gen);
  make_grouped (&gen);
  make_axes (&gen);
  make_facts (&gen);

  g_ptr_array_sort_with_data (gen.charts, compare_charts, gen.sector_order);
  for (guint i = 0; i < gen.charts->len; i++)
    {
      Chart *chart = gen.charts->pdata[i];
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, chart->sector)) + 1;
      g_autofree char *id = g_strdup_printf ("%s-%u", chart->sector, position);
      RdDraftChart *out = rd_draft_chart_new (id, chart->sector, chart->type);

      g_hash_table_insert (positions, chart->sector, GUINT_TO_POINTER (position));
      out->title_zh = make_title (&gen, chart, "zh");
      out->title_en = make_title (&gen, chart, "en");
      g_array_append_vals (out->figures, chart->figures->data, chart->figures->len);
      g_ptr_array_add (draft->charts, out);
    }

  g_free (gen.used);
  g_ptr_array_unref (gen.charts);
  g_hash_table_unref (gen.sector_order);
  g_hash_table_unref (gen.facts);
  g_ptr_array_unref (gen.fact_sectors);
}
