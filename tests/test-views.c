/* test-views.c: the search view, the report reader and the actual-against-
 * target view, each alone in a window (Xvfb). */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-format.h"
#include "rd-search-view.h"
#include "rd-test-util.h"

static RdDataset *
open_builtin (void)
{
  g_autoptr(GError) error = NULL;
  RdDataset *dataset = rd_dataset_open (rd_test_builtin_dataset (), &error);

  g_assert_no_error (error);
  return dataset;
}

static GtkWindow *
show_in_window (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 700, 600);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  return window;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
on_figure_activated (GtkWidget    *view,
                     RdIndicator  *indicator,
                     RdIndicator **out)
{
  g_set_object (out, indicator);
}

static void
on_stop (GtkWidget *view,
         gboolean  *stopped)
{
  *stopped = TRUE;
}

/* Acceptance: type 优良天数, Enter, and the 290-day figure is activated. */
static void
test_search_enter (void)
{
  g_autoptr(RdDataset) dataset = open_builtin ();
  GtkWidget *view = rd_search_view_new ();
  GtkWindow *window = show_in_window (view);
  GtkWidget *entry = rd_search_view_get_entry (RD_SEARCH_VIEW (view));
  g_autoptr(RdIndicator) activated = NULL;
  g_autoptr(RdSearchResult) first = NULL;
  gboolean stopped = FALSE;

  rd_search_view_set_dataset (RD_SEARCH_VIEW (view), dataset);
  g_signal_connect (view, "figure-activated", G_CALLBACK (on_figure_activated), &activated);
  g_signal_connect (view, "stop", G_CALLBACK (on_stop), &stopped);

  rd_search_view_start (RD_SEARCH_VIEW (view));
  iterate ();
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (gtk_widget_get_first_child (entry)) ||
                 gtk_widget_has_focus (gtk_widget_get_focus_child (entry)));

  gtk_editable_set_text (GTK_EDITABLE (entry), "优良天数");
  /* Enter right away: the search must not wait for the typing pause. */
  g_signal_emit_by_name (entry, "activate");

  g_assert_nonnull (activated);
  g_assert_cmpstr (rd_indicator_get_key (activated), ==, "good-air-days-2018");
  g_assert_cmpfloat (rd_indicator_get_value (activated), ==, 290);
  g_assert_cmpstr (rd_indicator_get_sector (activated), ==, "environment");

  first = g_list_model_get_item (rd_search_view_get_results (RD_SEARCH_VIEW (view)), 0);
  g_assert_nonnull (first);
  g_assert_true (rd_search_result_get_indicator (first) == activated);

  g_signal_emit_by_name (entry, "stop-search");
  g_assert_true (stopped);

  gtk_window_destroy (window);
}

/* Results follow the typing; nothing found and an empty entry. */
static void
test_search_as_you_type (void)
{
  g_autoptr(RdDataset) dataset = open_builtin ();
  GtkWidget *view = rd_search_view_new ();
  GtkWindow *window = show_in_window (view);
  GtkWidget *entry = rd_search_view_get_entry (RD_SEARCH_VIEW (view));
  GListModel *results = rd_search_view_get_results (RD_SEARCH_VIEW (view));
  g_autoptr(RdIndicator) activated = NULL;
  gint64 end;

  rd_search_view_set_dataset (RD_SEARCH_VIEW (view), dataset);
  g_signal_connect (view, "figure-activated", G_CALLBACK (on_figure_activated), &activated);

  gtk_editable_set_text (GTK_EDITABLE (entry), "专");
  end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (results) == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);

  gtk_editable_set_text (GTK_EDITABLE (entry), "没有这样的指标");
  rd_search_view_update (RD_SEARCH_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_false (rd_search_view_activate (RD_SEARCH_VIEW (view)));
  g_assert_null (activated);

  gtk_editable_set_text (GTK_EDITABLE (entry), "GDP");
  rd_search_view_update (RD_SEARCH_VIEW (view));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 3);
  g_assert_true (rd_search_view_activate (RD_SEARCH_VIEW (view)));
  g_assert_cmpstr (rd_indicator_get_key (activated), ==, "gdp-growth-2018");

  gtk_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/views/search/enter", test_search_enter);
  g_test_add_func ("/views/search/as-you-type", test_search_as_you_type);

  return g_test_run ();
}
