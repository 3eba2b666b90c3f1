/* rd-figure-table.c
 *
 * The decisions of the table view, without GTK: what each cell says and
 * how columns sort, shared by the screen, the clipboard and CSV files.
 */
#define G_LOG_DOMAIN "reportdash-figure-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-csv.h"
#include "rd-figure-table.h"
#include "rd-format.h"

const char *
rd_figure_column_get_title (RdFigureColumn column)
{
  switch (column)
    {
    case RD_FIGURE_COLUMN_REPORT:
      /* Translators: heading of the table's column naming each figure's
       * report (region and year) */
      return C_("table column", "Report");
    case RD_FIGURE_COLUMN_SECTOR:
      return _("Sector");
    case RD_FIGURE_COLUMN_NAME:
      return _("Figure");
    case RD_FIGURE_COLUMN_VALUE:
      return _("Value");
    case RD_FIGURE_COLUMN_UNIT:
      return _("Unit");
    case RD_FIGURE_COLUMN_MEASURE:
      return _("Measure");
    case RD_FIGURE_COLUMN_YEAR:
      return _("Year");
    case RD_FIGURE_COLUMN_BASIS:
      return _("Actual or Target");
    case RD_FIGURE_COLUMN_QUALIFIER:
      return _("Qualifier");
    case RD_FIGURE_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
rd_figure_measure_label (const char *measure)
{
  static const struct {
    const char *id;
    const char *label;
  } measures[] = {
    { "level",     NC_("measure", "Level") },
    { "growth",    NC_("measure", "Growth") },
    { "share",     NC_("measure", "Share") },
    { "rate",      NC_("measure", "Rate") },
    { "change",    NC_("measure", "Change") },
    { "count",     NC_("measure", "Count") },
    { "rank",      NC_("measure", "Rank") },
    { "duration",  NC_("measure", "Duration") },
    { "reduction", NC_("measure", "Reduction") },
  };

  for (guint i = 0; measure != NULL && i < G_N_ELEMENTS (measures); i++)
    if (g_str_equal (measure, measures[i].id))
      return g_dpgettext2 (GETTEXT_PACKAGE, "measure", measures[i].label);
  return measure ? measure : "";
}

const char *
rd_figure_basis_label (RdBasis basis)
{
  return basis == RD_BASIS_TARGET ? C_("basis", "Target") : C_("basis", "Actual");
}

static const char *
sector_name (RdDataset   *dataset,
             RdIndicator *indicator)
{
  RdSector *sector = rd_dataset_find_sector (dataset, rd_indicator_get_sector (indicator));

  return sector ? rd_sector_get_name (sector) : rd_indicator_get_sector (indicator);
}

char *
rd_figure_cell (RdDataset      *dataset,
                RdIndicator    *indicator,
                RdFigureColumn  column,
                gboolean        for_display)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *qualifier;
  const char *label = NULL;

  g_return_val_if_fail (RD_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (RD_IS_INDICATOR (indicator), NULL);

  switch (column)
    {
    case RD_FIGURE_COLUMN_REPORT:
      rd_dataset_get_figure_report (dataset, indicator, &label);
      return g_strdup (label ? label : "");
    case RD_FIGURE_COLUMN_SECTOR:
      return g_strdup (sector_name (dataset, indicator));
    case RD_FIGURE_COLUMN_NAME:
      return g_strdup (rd_indicator_get_name (indicator));
    case RD_FIGURE_COLUMN_VALUE:
      if (for_display)
        return rd_format_number (rd_indicator_get_value (indicator), 2);
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", rd_indicator_get_value (indicator)));
    case RD_FIGURE_COLUMN_UNIT:
      return g_strdup (rd_format_unit (rd_indicator_get_unit (indicator),
                                       rd_indicator_get_unit_en (indicator)));
    case RD_FIGURE_COLUMN_MEASURE:
      return g_strdup (rd_figure_measure_label (rd_indicator_get_measure (indicator)));
    case RD_FIGURE_COLUMN_YEAR:
      return g_strdup_printf ("%d", rd_indicator_get_year (indicator));
    case RD_FIGURE_COLUMN_BASIS:
      return g_strdup (rd_figure_basis_label (rd_indicator_get_basis (indicator)));
    case RD_FIGURE_COLUMN_QUALIFIER:
      qualifier = rd_indicator_get_qualifier (indicator);
      return qualifier ? rd_indicator_get_qualifier_label (indicator) : g_strdup ("");
    case RD_FIGURE_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char **
row_cells (RdDataset   *dataset,
           RdIndicator *indicator,
           gboolean     with_key)
{
  char **cells = g_new0 (char *, RD_FIGURE_N_COLUMNS + 2);

  for (guint c = 0; c < RD_FIGURE_N_COLUMNS; c++)
    cells[c] = rd_figure_cell (dataset, indicator, c, FALSE);
  if (with_key)
    cells[RD_FIGURE_N_COLUMNS] = g_strdup (rd_indicator_get_key (indicator));
  return cells;
}

char *
rd_figure_table_to_tsv (RdDataset *dataset,
                        GPtrArray *indicators)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (RD_IS_DATASET (dataset), NULL);

  for (guint i = 0; i < indicators->len; i++)
    {
      g_auto(GStrv) cells = row_cells (dataset, g_ptr_array_index (indicators, i), FALSE);

      rd_tsv_append_row (out, (const char **) cells, RD_FIGURE_N_COLUMNS);
    }
  return g_string_free (out, FALSE);
}

gboolean
rd_figure_table_write_csv (RdDataset   *dataset,
                           GListModel  *indicators,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **heading = g_new0 (char *, RD_FIGURE_N_COLUMNS + 2);
  guint n;

  g_return_val_if_fail (RD_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (indicators), FALSE);

  for (guint c = 0; c < RD_FIGURE_N_COLUMNS; c++)
    heading[c] = g_strdup (rd_figure_column_get_title (c));
  heading[RD_FIGURE_N_COLUMNS] = g_strdup (_("Key"));
  g_ptr_array_add (rows, heading);

  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (indicators, i);

      g_ptr_array_add (rows, row_cells (dataset, indicator, TRUE));
    }

  return rd_csv_write (path, rows, error);
}
