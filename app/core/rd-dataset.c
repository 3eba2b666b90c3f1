/* rd-dataset.c
 *
 * A dataset is loaded into memory at once (rd-dataset-load.c) after its
 * file was checked and opened read-only (rd-dataset-open.c); this file
 * holds the object and the models it hands out. Figures are kept as plain
 * rows (rd-figure-store.h) and become RdIndicator objects only when
 * asked for: a dataset of 200,000 figures opens in well under a second.
 */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include "rd-chart-spec-private.h"
#include "rd-dataset-struct-private.h"
#include "rd-format.h"
#include "rd-library.h"
#include "rd-indicator-private.h"
#include "rd-pair.h"
#include "rd-section.h"
#include "rd-sector-private.h"

G_DEFINE_FINAL_TYPE (RdDataset, rd_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (rd-dataset-error-quark, rd_dataset_error)

static void
pair_row_clear (gpointer data)
{
  g_free (((PairRow *) data)->note);
  g_free (((PairRow *) data)->note_en);
}

static void
rd_dataset_finalize (GObject *object)
{
  RdDataset *self = RD_DATASET (object);

  g_free (self->path);
  g_clear_object (&self->indicators);
  g_clear_pointer (&self->figure_by_key, g_hash_table_unref);
  g_clear_pointer (&self->figure_by_id, g_hash_table_unref);
  g_clear_object (&self->sectors);
  g_clear_pointer (&self->sector_by_id, g_hash_table_unref);
  g_clear_object (&self->sections);
  g_clear_pointer (&self->pair_rows, g_array_unref);
  g_clear_object (&self->pairs);
  g_clear_object (&self->report_indicators);
  g_clear_pointer (&self->store, rd_figure_store_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  rd_dataset_guard_clear (&self->guard);
  rd_dataset_remove_private_copy (self->private_dir);
  g_free (self->private_dir);

  G_OBJECT_CLASS (rd_dataset_parent_class)->finalize (object);
}

static void
rd_dataset_class_init (RdDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_dataset_finalize;
}

static void
rd_dataset_init (RdDataset *self)
{
  self->store = rd_figure_store_new ();
  self->sectors = g_list_store_new (RD_TYPE_SECTOR);
  self->sector_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->sections = g_list_store_new (RD_TYPE_SECTION);
  self->pair_rows = g_array_new (FALSE, TRUE, sizeof (PairRow));
  g_array_set_clear_func (self->pair_rows, pair_row_clear);
}

const char *
rd_dataset_get_path (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->path;
}

static RdReportText *
first_report (RdDataset *self)
{
  return g_ptr_array_index (self->store->reports, 0);
}

guint
rd_dataset_get_n_reports (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return self->store->reports->len;
}

static gint64
report_of (RdReportText  *report,
           const char   **label)
{
  if (label != NULL)
    {
      if (report->label == NULL)
        report->label = rd_format_report_label (rd_format_use_chinese () || report->region_en == NULL
                                                  ? report->region_zh : report->region_en,
                                                report->year);
      *label = report->label;
    }
  return report->id;
}

gint64
rd_dataset_get_nth_report (RdDataset   *self,
                           guint        index,
                           const char **label)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  g_return_val_if_fail (index < self->store->reports->len, 0);

  return report_of (g_ptr_array_index (self->store->reports, index), label);
}

gint64
rd_dataset_get_figure_report (RdDataset    *self,
                              RdIndicator  *figure,
                              const char  **label)
{
  int index;

  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  g_return_val_if_fail (RD_IS_INDICATOR (figure), 0);

  index = rd_dataset_find_figure (self, rd_indicator_get_id (figure));
  if (label != NULL)
    *label = NULL;
  if (index < 0)
    return 0;
  return report_of (g_ptr_array_index (self->store->reports,
                                       rd_figure_store_get (self->store, index)->report),
                    label);
}

const char *
rd_dataset_get_title (RdDataset *self)
{
  RdReportText *report;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  report = first_report (self);
  if (!rd_format_use_chinese () && report->title_en != NULL && report->title_en[0])
    return report->title_en;
  return report->title_zh;
}

const char *
rd_dataset_get_region (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return first_report (self)->region_zh;
}

gint64
rd_dataset_get_report_id (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return first_report (self)->id;
}

gboolean
rd_dataset_is_library (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), FALSE);
  return self->version == RD_LIBRARY_SCHEMA_VERSION;
}

const char *
rd_dataset_get_title_zh (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return first_report (self)->title_zh;
}

int
rd_dataset_get_year (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return first_report (self)->year;
}

const char *
rd_dataset_get_body (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return first_report (self)->body;
}

GListModel *
rd_dataset_get_sectors (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sectors);
}

GListModel *
rd_dataset_get_indicators (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

GListModel *
rd_dataset_get_report_indicators (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  if (self->report_indicators == NULL)
    {
      GArray *figures = self->store->figures;

      /* The figures are in report order, the first report's first. */
      self->report_indicators = g_list_store_new (RD_TYPE_INDICATOR);
      for (guint i = 0; i < figures->len && g_array_index (figures, RdFigure, i).report == 0; i++)
        g_list_store_append (self->report_indicators, rd_dataset_peek_indicator (self, i));
    }

  return G_LIST_MODEL (self->report_indicators);
}

GListModel *
rd_dataset_get_sections (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sections);
}

GListModel *
rd_dataset_get_pairs (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  if (self->pairs == NULL)
    self->pairs = rd_pair_list_new (self->indicators, self->pair_rows);

  return G_LIST_MODEL (self->pairs);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  /* Not x - y: a damaged file's -2147483648 would overflow. */
  return (x > y) - (x < y);
}

GArray *
rd_dataset_get_years (RdDataset *self)
{
  GArray *figures;
  GArray *years;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  figures = self->store->figures;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < figures->len; i++)
    {
      int year = g_array_index (figures, RdFigure, i).year;
      gboolean seen = FALSE;

      for (guint y = 0; y < years->len && !seen; y++)
        seen = g_array_index (years, int, y) == year;
      if (!seen)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_ints);
  return years;
}

RdSector *
rd_dataset_find_sector (RdDataset  *self,
                        const char *id)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->sector_by_id, id) : NULL;
}

RdIndicator *
rd_dataset_find_indicator (RdDataset  *self,
                           const char *key)
{
  guint index;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);

  index = key ? GPOINTER_TO_UINT (g_hash_table_lookup (self->figure_by_key, key)) : 0;
  return index > 0 ? rd_dataset_peek_indicator (self, index - 1) : NULL;
}

guint
rd_dataset_get_n_charts (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), 0);
  return self->n_charts;
}

RdFigureStore *
rd_dataset_get_store (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->store;
}

RdIndicator *
rd_dataset_peek_indicator (RdDataset *self,
                           guint      index)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return rd_indicator_list_peek (self->indicators, index);
}

int
rd_dataset_find_figure (RdDataset *self,
                        gint64     id)
{
  g_return_val_if_fail (RD_IS_DATASET (self), -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->figure_by_id, &id)) - 1;
}

sqlite3 *
rd_dataset_get_connection (RdDataset *self)
{
  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  return self->db;
}

void
rd_dataset_begin_query (RdDataset *self)
{
  g_return_if_fail (RD_IS_DATASET (self));
  rd_dataset_guard_reset (&self->guard);
}

static RdChartSpec *
find_chart_in_sector (RdSector    *sector,
                      RdIndicator *figure)
{
  GListModel *charts = rd_sector_get_charts (sector);

  for (guint j = 0; j < g_list_model_get_n_items (charts); j++)
    {
      g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, j);

      for (guint k = 0; k < rd_chart_spec_get_n_figures (spec); k++)
        if (rd_chart_spec_get_figure (spec, k) == figure)
          return spec;
    }

  return NULL;
}

RdChartSpec *
rd_dataset_find_chart_for_figure (RdDataset   *self,
                                  RdIndicator *figure,
                                  RdSector   **sector)
{
  RdSector *own;
  GListModel *sectors;

  g_return_val_if_fail (RD_IS_DATASET (self), NULL);
  g_return_val_if_fail (figure == NULL || RD_IS_INDICATOR (figure), NULL);

  if (sector != NULL)
    *sector = NULL;
  if (figure == NULL)
    return NULL;

  /* The sectors and their charts outlive the call: the dataset holds them. */
  own = rd_dataset_find_sector (self, rd_indicator_get_sector (figure));
  sectors = rd_dataset_get_sectors (self);
  for (guint i = 0; i <= g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) other = i > 0 ? g_list_model_get_item (sectors, i - 1) : NULL;
      RdSector *candidate = i == 0 ? own : other;
      RdChartSpec *spec;

      if (candidate == NULL || (i > 0 && candidate == own))
        continue;
      if ((spec = find_chart_in_sector (candidate, figure)) != NULL)
        {
          if (sector != NULL)
            *sector = candidate;
          return spec;
        }
    }

  return NULL;
}
