/* rd-figure-store.c */
#define G_LOG_DOMAIN "reportdash-dataset"

#include "config.h"

#include "rd-figure-store.h"

static void
report_text_free (gpointer data)
{
  RdReportText *report = data;

  g_free (report->title_zh);
  g_free (report->title_en);
  g_free (report->region_zh);
  g_free (report->region_en);
  g_free (report->body);
  g_free (report->label);
  g_free (report);
}

RdFigureStore *
rd_figure_store_new (void)
{
  RdFigureStore *store = g_atomic_rc_box_new0 (RdFigureStore);

  store->strings = g_string_chunk_new (64 * 1024);
  store->figures = g_array_new (FALSE, TRUE, sizeof (RdFigure));
  store->reports = g_ptr_array_new_with_free_func (report_text_free);
  return store;
}

RdFigureStore *
rd_figure_store_ref (RdFigureStore *store)
{
  return g_atomic_rc_box_acquire (store);
}

static void
figure_store_clear (RdFigureStore *store)
{
  g_string_chunk_free (store->strings);
  g_array_unref (store->figures);
  g_ptr_array_unref (store->reports);
}

void
rd_figure_store_unref (RdFigureStore *store)
{
  g_atomic_rc_box_release_full (store, (GDestroyNotify) figure_store_clear);
}

