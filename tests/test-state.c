/* test-state.c: one owner for the window's state. However a figure is
 * chosen (a mark, search, the table, the report, the pairs), it sets the
 * one selected-figure of RdWindowState, and the sidebar, the charts and
 * the source panel show it. */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-pairs-view.h"
#include "rd-report-view.h"
#include "rd-search-view.h"
#include "rd-table-view.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"

/* The state alone, no window. */
static void
test_state_alone (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (rd_test_builtin_dataset (), NULL);
  g_autoptr(RdWindowState) state = rd_window_state_new ();
  RdIndicator *days = rd_dataset_find_indicator (dataset, "good-air-days-2018");
  RdIndicator *gdp = rd_dataset_find_indicator (dataset, "gdp-growth-2018");
  RdSector *overview = rd_dataset_find_sector (dataset, "overview");
  RdChartSpec *overview_days = NULL;

  rd_window_state_set_dataset (state, dataset);
  g_assert_null (rd_window_state_get_sector (state));
  g_assert_false (rd_window_state_set_sector_id (state, "no-such-sector"));
  g_assert_true (rd_window_state_set_sector_id (state, "industry"));
  g_assert_cmpstr (rd_window_state_get_sector_id (state), ==, "industry");

  /* A figure of another sector takes the sector with it. */
  rd_window_state_set_selected_figure (state, days);
  g_assert_true (rd_window_state_get_selected_figure (state) == days);
  g_assert_cmpstr (rd_window_state_get_sector_id (state), ==, "environment");
  g_assert_cmpstr (rd_chart_spec_get_sector (rd_window_state_get_chart (state)), ==, "environment");

  /* Another sector clears it. */
  rd_window_state_set_sector (state, overview);
  g_assert_null (rd_window_state_get_selected_figure (state));
  g_assert_null (rd_window_state_get_chart (state));

  /* A mark of the overview's chart of that figure: the overview stays. */
  for (guint i = 0; i < g_list_model_get_n_items (rd_sector_get_charts (overview)) && !overview_days; i++)
    {
      g_autoptr(RdChartSpec) spec = g_list_model_get_item (rd_sector_get_charts (overview), i);

      for (guint k = 0; k < rd_chart_spec_get_n_figures (spec); k++)
        if (rd_chart_spec_get_figure (spec, k) == days)
          overview_days = spec;
    }
  g_assert_nonnull (overview_days);
  rd_window_state_select_in_chart (state, overview_days, days);
  g_assert_cmpstr (rd_window_state_get_sector_id (state), ==, "overview");
  g_assert_true (rd_window_state_get_chart (state) == overview_days);
  rd_window_state_set_selected_figure (state, gdp);
  g_assert_cmpstr (rd_window_state_get_sector_id (state), ==, rd_indicator_get_sector (gdp));

  /* Zoom in quarter steps from 1 to 2. */
  rd_window_state_set_zoom (state, 1.3);
  g_assert_cmpfloat (rd_window_state_get_zoom (state), ==, 1.25);
  rd_window_state_set_zoom (state, 5);
  g_assert_cmpfloat (rd_window_state_get_zoom (state), ==, 2.0);

  /* Another dataset: nothing chosen. */
  rd_window_state_set_dataset (state, NULL);
  g_assert_null (rd_window_state_get_sector (state));
  g_assert_null (rd_window_state_get_selected_figure (state));
}

/* Every follower shows @figure: the state holds it, the source panel shows
 * its sentence, the sidebar's row is the sector of its chart, the charts
 * that draw it mark it and the others mark nothing. */
static void
assert_followers (RdWindow    *window,
                  RdIndicator *figure)
{
  RdWindowState *state = rd_window_get_state (window);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (rd_window_get_sector_list (window));
  g_autoptr(GPtrArray) views = rd_window_get_chart_views (window);
  RdChartSpec *chart = rd_window_state_get_chart (state);
  gboolean marked = FALSE;

  g_assert_nonnull (figure);
  g_assert_true (rd_window_state_get_selected_figure (state) == figure);
  g_assert_true (rd_excerpt_panel_get_indicator (rd_window_get_excerpt_panel (window)) == figure);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (rd_window_get_excerpt_panel (window))));

  g_assert_nonnull (row);
  g_assert_true (g_object_get_data (G_OBJECT (row), "sector") == rd_window_state_get_sector (state));
  if (chart != NULL)
    g_assert_cmpstr (rd_chart_spec_get_sector (chart), ==, rd_window_get_sector_id (window));

  for (guint i = 0; i < views->len; i++)
    {
      RdChartView *view = g_ptr_array_index (views, i);
      RdChartSpec *spec = rd_chart_view_get_spec (view);
      int selected = rd_chart_view_get_selected (view);
      gboolean draws = FALSE;

      for (guint k = 0; k < rd_chart_spec_get_n_figures (spec); k++)
        draws |= rd_chart_spec_get_figure (spec, k) == figure;
      g_assert_true (rd_chart_view_get_selected_figure (view) == figure);
      if (draws)
        g_assert_true (rd_chart_spec_get_figure (spec, selected) == figure);
      else
        g_assert_cmpint (selected, ==, -1);
      marked |= draws;
    }
  g_assert_true (marked == (chart != NULL));
  if (chart != NULL)
    g_assert_true (rd_chart_view_get_spec (rd_window_get_current_chart (window)) == chart);
}

static void
on_activated (GtkWidget    *view,
              RdIndicator  *indicator,
              RdIndicator **activated)
{
  g_set_object (activated, indicator);
}

static void
test_from_mark (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  RdChartView *view;
  RdIndicator *figure;

  g_assert_true (rd_window_select_sector (window, "overview"));
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);
  rd_chart_view_activate_mark (view, 0);
  figure = rd_chart_spec_get_figure (rd_chart_view_get_spec (view), 0);
  assert_followers (window, figure);
  /* The overview draws it: the overview stays, though it is another
   * sector's figure. */
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "overview");

  /* Another sector: nothing chosen, nothing marked. */
  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_null (rd_window_state_get_selected_figure (rd_window_get_state (window)));
  g_assert_null (rd_excerpt_panel_get_indicator (rd_window_get_excerpt_panel (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
table_idle (gpointer view)
{
  return !rd_table_view_is_busy (view);
}

/* The figure of the table's selected row, or NULL. */
static RdIndicator *
table_selected (RdTableView *table)
{
  GtkSelectionModel *selection = rd_table_view_get_selection (table);
  g_autoptr(GtkBitset) rows = gtk_selection_model_get_selection (selection);
  g_autoptr(RdIndicator) figure = NULL;

  if (gtk_bitset_is_empty (rows))
    return NULL;
  figure = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_minimum (rows));
  return figure;
}

static void
test_from_search (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  RdTableView *table;
  GtkWidget *search = rd_window_get_search_view (window);
  RdIndicator *days = rd_dataset_find_indicator (rd_window_get_dataset (window), "good-air-days-2018");

  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (rd_search_view_get_entry (RD_SEARCH_VIEW (search))), "优良天数");
  g_assert_true (rd_search_view_activate (RD_SEARCH_VIEW (search)));

  assert_followers (window, days);
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "environment");
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (rd_window_get_current_chart (window))));

  /* The table, shown after, has its row selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table"));
  table = RD_TABLE_VIEW (rd_window_get_table_view (window));
  g_assert_true (rd_test_wait_for (table_idle, table));
  g_assert_true (table_selected (table) == days);
  assert_followers (window, days);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A row selected shows the figure in the background; a row activated
 * goes to its chart. */
static void
test_from_table (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  RdTableView *table;
  RdDataset *dataset = rd_window_get_dataset (window);
  RdIndicator *days = rd_dataset_find_indicator (dataset, "good-air-days-2018");
  RdIndicator *gdp = rd_dataset_find_indicator (dataset, "gdp-growth-2018");
  g_autoptr(GPtrArray) column_views = g_ptr_array_new ();
  g_autoptr(GtkBitset) selected = NULL;

  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table"));
  table = RD_TABLE_VIEW (rd_window_get_table_view (window));
  g_assert_true (rd_test_wait_for (table_idle, table));

  g_assert_true (rd_table_view_select_indicator (table, days));
  assert_followers (window, days);
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "environment");
  g_assert_cmpstr (rd_window_get_view (window), ==, "table");

  g_assert_true (rd_table_view_select_indicator (table, gdp));
  assert_followers (window, gdp);
  rd_test_collect (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW, column_views);
  g_assert_cmpuint (column_views->len, ==, 1);
  selected = gtk_selection_model_get_selection (rd_table_view_get_selection (table));
  g_signal_emit_by_name (column_views->pdata[0], "activate", gtk_bitset_get_minimum (selected));
  assert_followers (window, gdp);
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");

  /* A mark chosen in a chart: the table follows. */
  {
    g_autoptr(GPtrArray) views = rd_window_get_chart_views (window);
    RdChartView *view = g_ptr_array_index (views, 0);

    rd_chart_view_activate_mark (view, 1);
    assert_followers (window, rd_chart_spec_get_figure (rd_chart_view_get_spec (view), 1));
    g_assert_true (table_selected (table) == rd_chart_spec_get_figure (rd_chart_view_get_spec (view), 1));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
report_figure_visible (gpointer data)
{
  GtkTextView *text_view = rd_report_view_get_text_view (data);
  RdIndicator *shown = rd_report_view_get_shown_indicator (data);
  GdkRectangle visible, location;
  GtkTextIter iter;
  int start, end;

  if (shown == NULL || gtk_widget_get_height (GTK_WIDGET (text_view)) == 0)
    return FALSE;
  rd_indicator_get_source_span (shown, &start, &end);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, start + 1);
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  return location.height > 0 && location.y >= visible.y &&
         location.y + location.height <= visible.y + visible.height;
}

static void
test_from_report (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  RdIndicator *days = rd_dataset_find_indicator (rd_window_get_dataset (window), "good-air-days-2018");
  GtkWidget *report;
  GtkTextView *text_view;
  GtkTextIter iter;
  GdkRectangle location;
  graphene_point_t point;
  int start, end, x, y;

  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "report"));
  report = rd_window_get_report_view (window);
  text_view = rd_report_view_get_text_view (RD_REPORT_VIEW (report));
  /* Scrolled there as Show in Report does, then clicked. */
  g_assert_true (rd_report_view_show_indicator (RD_REPORT_VIEW (report), days));
  g_assert_true (rd_test_wait_for (report_figure_visible, report));
  rd_indicator_get_source_span (days, &start, &end);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, start + 1);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x + 1, location.y + location.height / 2, &x, &y);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (text_view), report, &GRAPHENE_POINT_INIT (x, y), &point));
  g_assert_true (rd_report_view_activate_at (RD_REPORT_VIEW (report), point.x, point.y));

  assert_followers (window, days);
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "environment");
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
pairs_drawn (gpointer view)
{
  double x, y;

  return rd_pairs_view_get_bar_center (view, 0, 0, &x, &y);
}

static void
test_from_pairs (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  g_autoptr(RdIndicator) activated = NULL;
  GtkWidget *pairs;
  double x, y;

  g_assert_true (rd_window_select_sector (window, "debt"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  pairs = rd_window_get_pairs_view (window);
  g_signal_connect (pairs, "figure-activated", G_CALLBACK (on_activated), &activated);
  g_assert_true (rd_test_wait_for (pairs_drawn, pairs));
  g_assert_true (rd_pairs_view_get_bar_center (RD_PAIRS_VIEW (pairs), 0, 0, &x, &y));
  g_assert_true (rd_pairs_view_activate_at (RD_PAIRS_VIEW (pairs), x, y));

  g_assert_nonnull (activated);
  assert_followers (window, activated);
  g_assert_cmpstr (rd_window_get_sector_id (window), !=, "debt");
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's sources set the state and follow it: none reads a choice
 * back out of a widget. */
static void
test_window_reads_no_widget (void)
{
  const char *files[] = { "rd-window.c", "rd-window-actions.c", "rd-window-present.c", "rd-window-views.c" };
  const char *reads[] = {
    "rd_excerpt_panel_get_indicator", "gtk_list_box_get_selected_row", "rd_chart_view_get_selected",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "app", "shell", files[i], NULL);
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      for (guint j = 0; j < G_N_ELEMENTS (reads); j++)
        if (strstr (text, reads[j]) != NULL)
          g_error ("%s reads “%s”", files[i], reads[j]);
    }
}

int
main (int argc, char *argv[])
{
  rd_test_window_init (&argc, &argv);

  g_test_add_func ("/state/alone", test_state_alone);
  g_test_add_func ("/state/from-mark", test_from_mark);
  g_test_add_func ("/state/from-search", test_from_search);
  g_test_add_func ("/state/from-table", test_from_table);
  g_test_add_func ("/state/from-report", test_from_report);
  g_test_add_func ("/state/from-pairs", test_from_pairs);
  g_test_add_func ("/state/window-reads-no-widget", test_window_reads_no_widget);
  return g_test_run ();
}
