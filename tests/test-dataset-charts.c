/* test-dataset-charts.c: which chart shows a figure (core, no display) */
#include "config.h"

#include <glib/gstdio.h>

#include "rd-dataset.h"
#include "rd-test-util.h"

/* In the built-in dataset every figure is drawn in its own sector; the
 * overview repeats some of them, and its charts come first. */
static void
test_own_sector_first (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (rd_test_builtin_dataset (), NULL);
  RdIndicator *days = rd_dataset_find_indicator (dataset, "good-air-days-2018");
  RdSector *sector = NULL;
  RdChartSpec *chart;

  g_assert_nonnull (days);
  chart = rd_dataset_find_chart_for_figure (dataset, days, &sector);
  g_assert_nonnull (chart);
  g_assert_cmpstr (rd_chart_spec_get_id (chart), ==, "environment-good-air-days-2018");
  g_assert_cmpstr (rd_sector_get_id (sector), ==, "environment");
  g_assert_cmpstr (rd_chart_spec_get_sector (chart), ==, "environment");

  /* Every figure: the chart found draws it, in the sector it names. */
  for (guint i = 0; i < g_list_model_get_n_items (rd_dataset_get_indicators (dataset)); i++)
    {
      g_autoptr(RdIndicator) figure = g_list_model_get_item (rd_dataset_get_indicators (dataset), i);
      gboolean drawn = FALSE;

      chart = rd_dataset_find_chart_for_figure (dataset, figure, &sector);
      if (chart == NULL)
        {
          g_assert_null (sector);
          continue;
        }
      g_assert_cmpstr (rd_chart_spec_get_sector (chart), ==, rd_sector_get_id (sector));
      for (guint k = 0; k < rd_chart_spec_get_n_figures (chart); k++)
        drawn |= rd_chart_spec_get_figure (chart, k) == figure;
      g_assert_true (drawn);
    }

  g_assert_null (rd_dataset_find_chart_for_figure (dataset, NULL, &sector));
  g_assert_null (sector);
}

/* A figure its own sector does not draw is found where it is drawn; one
 * that no chart draws has no chart. */
static void
test_elsewhere_and_nowhere (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-charts-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "charts.sqlite");
  g_autoptr(RdDataset) dataset = NULL;
  RdSector *sector = (RdSector *) 0x1;
  RdChartSpec *chart;

  rd_test_exec_sql (path,
                    "DELETE FROM chart_figure WHERE chart_id = 'environment-good-air-days-2018';"
                    "DELETE FROM chart WHERE id = 'environment-good-air-days-2018';"
                    "DELETE FROM chart_figure WHERE indicator_id ="
                    " (SELECT id FROM indicator WHERE key = 'tax-share-2018');");
  dataset = rd_dataset_open (path, NULL);
  g_assert_nonnull (dataset);

  chart = rd_dataset_find_chart_for_figure (dataset, rd_dataset_find_indicator (dataset, "good-air-days-2018"),
                                            &sector);
  g_assert_nonnull (chart);
  g_assert_cmpstr (rd_chart_spec_get_id (chart), ==, "overview-good-air-days-2018");
  g_assert_cmpstr (rd_sector_get_id (sector), ==, "overview");

  g_assert_null (rd_dataset_find_chart_for_figure (dataset, rd_dataset_find_indicator (dataset, "tax-share-2018"),
                                                   &sector));
  g_assert_null (sector);
  /* @sector may be NULL. */
  g_assert_nonnull (rd_dataset_find_chart_for_figure (dataset, rd_dataset_find_indicator (dataset, "gdp-growth-2018"),
                                                      NULL));

  g_clear_object (&dataset);
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dataset-charts/own-sector-first", test_own_sector_first);
  g_test_add_func ("/dataset-charts/elsewhere-and-nowhere", test_elsewhere_and_nowhere);
  return g_test_run ();
}
