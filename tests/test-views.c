/* test-views.c: the search view, the report reader and the actual-against-
 * target view, each alone in a window (Xvfb). */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-format.h"
#include "rd-pair-list.h"
#include "rd-pairs-view.h"
#include "rd-test-gtk.h"
#include "rd-report-view.h"
#include "rd-search-view.h"
#include "rd-test-util.h"

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
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
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
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
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

/* A row names the figure in the interface's language; a match in the
 * other language's name ("GDP" in Chinese) shows, in bold, in its details. */
static void
test_search_row_language (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdSearch) search = rd_search_new (dataset);
  const char *languages[] = { "zh", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GListModel) found = NULL;
      g_autoptr(RdSearchResult) first = NULL;
      g_autofree char *title = NULL;
      g_autofree char *details = NULL;

      rd_format_force_language (languages[i]);
      found = rd_search_query (search, "GDP", 10, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
      first = g_list_model_get_item (found, 0);
      g_assert_cmpint (rd_search_result_get_field (first), ==, RD_SEARCH_FIELD_NAME_EN);
      title = rd_search_view_title_markup (first);
      details = rd_search_view_details_markup (first);

      if (g_str_equal (languages[i], "zh"))
        {
          g_assert_cmpstr (title, ==, rd_indicator_get_name_zh (rd_search_result_get_indicator (first)));
          g_assert_nonnull (strstr (details, "<b>GDP</b>"));
        }
      else
        {
          g_assert_nonnull (strstr (title, "<b>GDP</b>"));
          g_assert_null (strstr (details, "GDP"));
        }
    }
  rd_format_force_language (NULL);
}

/* Whether the figure shown in the report view is on screen. */
static gboolean
shown_is_visible (gpointer data)
{
  RdReportView *view = data;
  GtkTextView *text_view = rd_report_view_get_text_view (view);
  RdIndicator *shown = rd_report_view_get_shown_indicator (view);
  GdkRectangle visible, location;
  GtkTextIter iter;
  int start, end;

  if (shown == NULL || gtk_widget_get_height (GTK_WIDGET (text_view)) == 0)
    return FALSE;
  rd_indicator_get_source_span (shown, &start, &end);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, start);
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* The text of @tag where it is applied first. */
static char *
tagged_text (GtkTextView *text_view,
             const char  *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter start, end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, tag) && !gtk_text_iter_forward_to_tag_toggle (&start, tag))
    return NULL;
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, tag);
  return gtk_text_iter_get_text (&start, &end);
}

/* Where the shown figure is, in report view coordinates. */
static void
figure_point (RdReportView     *view,
              graphene_point_t *point)
{
  GtkTextView *text_view = rd_report_view_get_text_view (view);
  GtkTextIter iter;
  GdkRectangle location;
  int start, end, x, y;

  rd_indicator_get_source_span (rd_report_view_get_shown_indicator (view), &start, &end);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, start + 1);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x + 1, location.y + location.height / 2, &x, &y);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (text_view), GTK_WIDGET (view),
                                           &GRAPHENE_POINT_INIT (x, y), point));
}

/* Whether the lines are laid out, so that the point of the shown figure
 * leads back to it. */
static gboolean
figure_point_ready (gpointer data)
{
  RdReportView *view = data;
  GtkTextView *text_view = rd_report_view_get_text_view (view);
  graphene_point_t point, in_text;
  GtkTextIter iter;
  int bx, by, start, end;

  if (!shown_is_visible (view))
    return FALSE;
  figure_point (view, &point);
  if (!gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (text_view), &point, &in_text))
    return FALSE;
  gtk_text_view_window_to_buffer_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) in_text.x, (int) in_text.y, &bx, &by);
  rd_indicator_get_source_span (rd_report_view_get_shown_indicator (view), &start, &end);
  return gtk_text_view_get_iter_at_location (text_view, &iter, bx, by) &&
         gtk_text_iter_get_offset (&iter) >= start && gtk_text_iter_get_offset (&iter) < end;
}

static void
test_report_reader (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GtkWidget *view = rd_report_view_new ();
  GtkWindow *window = show_in_window (view);
  GtkTextView *text_view = rd_report_view_get_text_view (RD_REPORT_VIEW (view));
  RdIndicator *days = rd_dataset_find_indicator (dataset, "good-air-days-2018");
  RdIndicator *shared;
  g_autoptr(RdIndicator) activated = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *heading = NULL;
  graphene_point_t point;
  int start, end;

  rd_report_view_set_dataset (RD_REPORT_VIEW (view), dataset);
  g_signal_connect (view, "figure-activated", G_CALLBACK (on_figure_activated), &activated);

  /* The whole report, headings styled. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
    GtkTextIter a, b;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &a, &b);
    text = gtk_text_iter_get_text (&a, &b);
    g_assert_cmpstr (text, ==, rd_dataset_get_body (dataset));
  }
  heading = tagged_text (text_view, "h1");
  g_assert_cmpstr (heading, ==, "2018年工作回顾");

  /* Every figure is a link. */
  rd_indicator_get_source_span (days, &start, &end);
  g_assert_true (rd_report_view_get_indicator_at (RD_REPORT_VIEW (view), start) == days);
  g_assert_null (rd_report_view_get_indicator_at (RD_REPORT_VIEW (view), 0));
  shared = rd_dataset_find_indicator (dataset, "hitech-zone-iti-revenue-2018");
  rd_indicator_get_source_span (shared, &start, &end);
  g_assert_nonnull (rd_report_view_get_indicator_at (RD_REPORT_VIEW (view), start));

  /* Show in report: scrolled to, the sentence highlighted. */
  g_assert_true (rd_report_view_show_indicator (RD_REPORT_VIEW (view), days));
  g_assert_true (rd_test_wait_for (shown_is_visible, view));
  sentence = tagged_text (text_view, "sentence");
  g_assert_cmpstr (sentence, ==, rd_indicator_get_excerpt (days));
  figure = tagged_text (text_view, "current-figure");
  g_assert_cmpstr (figure, ==, "290天");

  /* A click on the figure goes to its chart. */
  g_assert_true (rd_test_wait_for (figure_point_ready, view));
  figure_point (RD_REPORT_VIEW (view), &point);
  g_assert_false (rd_report_view_activate_at (RD_REPORT_VIEW (view), 0, 0));
  g_assert_null (activated);
  g_assert_true (rd_report_view_activate_at (RD_REPORT_VIEW (view), point.x, point.y));
  g_assert_true (activated == days);

  gtk_window_destroy (window);
}

static gboolean
chart_drawn (gpointer data)
{
  double x, y;
  return rd_pairs_view_get_bar_center (data, 0, 1, &x, &y);
}

/* Whether the pairs chart's focused bar is inside the chart's pane. */
static gboolean
focused_bar_in_view (gpointer data)
{
  RdPairsView *view = data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (rd_pairs_view_get_chart (view), GTK_TYPE_SCROLLED_WINDOW);
  int focused = rd_pairs_view_get_focused (view);
  graphene_rect_t pane;
  double x, y;

  return focused >= 0 &&
         gtk_widget_compute_bounds (scrolled, GTK_WIDGET (view), &pane) &&
         rd_pairs_view_get_bar_center (view, focused / 2, focused % 2, &x, &y) &&
         y >= pane.origin.y && y <= pane.origin.y + pane.size.height;
}

static void
test_pairs (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  GtkWidget *view = rd_pairs_view_new ();
  GtkWindow *window = show_in_window (view);
  g_autoptr(RdIndicator) activated = NULL;
  GListModel *pairs;
  const struct {
    const char *actual;
    const char *result;
    const char *target;
    const char *change;
  } expected[] = {
    { "gdp-growth-2018", "9%", "8.5% (2019)", "−0.5 pp" },
    { "industrial-value-added-growth-2018", "7.9%", "8% (2019)", "+0.1 pp" },
    { "retail-sales-growth-2018", "9.3%", "10% (2019)", "+0.7 pp" },
    { "good-air-rate-2018", "80.5%", "ensuring at least 80% (2019)", "−0.5 pp" },
  };
  double x, y;

  rd_format_force_language ("en");
  rd_pairs_view_set_dataset (RD_PAIRS_VIEW (view), dataset);
  g_signal_connect (view, "figure-activated", G_CALLBACK (on_figure_activated), &activated);
  pairs = rd_pairs_view_get_pairs (RD_PAIRS_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, 19);

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
        {
          g_autoptr(RdPair) pair = g_list_model_get_item (pairs, i);
          g_autofree char *result = NULL;
          g_autofree char *target = NULL;
          g_autofree char *change = NULL;

          if (!g_str_equal (rd_indicator_get_key (rd_pair_get_actual (pair)), expected[e].actual))
            continue;
          found = TRUE;
          result = rd_pairs_view_cell_text (pair, 1);
          target = rd_pairs_view_cell_text (pair, 2);
          change = rd_pairs_view_cell_text (pair, 3);
          g_assert_cmpstr (result, ==, expected[e].result);
          g_assert_cmpstr (target, ==, expected[e].target);
          g_assert_cmpstr (change, ==, expected[e].change);
        }
      g_assert_true (found);
    }

  /* A bar of the chart goes to its figure: the first row's target. */
  g_assert_true (rd_test_wait_for (chart_drawn, view));
  g_assert_true (rd_pairs_view_get_bar_center (RD_PAIRS_VIEW (view), 0, 1, &x, &y));
  g_assert_true (rd_pairs_view_activate_at (RD_PAIRS_VIEW (view), x, y));
  g_assert_cmpstr (rd_indicator_get_key (activated), ==, "gdp-growth-2019");

  /* The keyboard goes down the bars and the pane follows: the focused bar
   * stays in view (the chart is taller than its pane). */
  {
    GtkWidget *chart = rd_pairs_view_get_chart (RD_PAIRS_VIEW (view));
    GtkWidget *scrolled = gtk_widget_get_ancestor (chart, GTK_TYPE_SCROLLED_WINDOW);
    guint n_bars = 2 * g_list_model_get_n_items (pairs);

    g_assert_true (gtk_widget_grab_focus (chart));
    for (guint i = 0; i < n_bars; i++)
      rd_test_press_key (chart, GDK_KEY_Down);
    g_assert_cmpint (rd_pairs_view_get_focused (RD_PAIRS_VIEW (view)), ==, (int) n_bars - 1);
    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))), >, 0);
    g_assert_true (rd_test_wait_for (focused_bar_in_view, view));

    for (guint i = 0; i < n_bars; i++)
      rd_test_press_key (chart, GDK_KEY_Up);
    g_assert_cmpint (rd_pairs_view_get_focused (RD_PAIRS_VIEW (view)), ==, 0);
    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))), ==, 0);
  }

  rd_format_force_language (NULL);
  gtk_window_destroy (window);
}

/* The actual of the pair the chart of @view draws first. */
static RdIndicator *
first_charted (RdPairsView *view)
{
  g_autoptr(RdChartData) data = rd_pairs_view_new_chart_data (view);

  g_assert_nonnull (data);
  g_assert_cmpuint (data->items->len, >, 0);
  return g_array_index (data->items, RdChartItem, 0).user_data;
}

/* Issue 19, point 12: with many pairs the chart draws a page of them, the
 * one around the table's chosen row, and pairs become objects only when
 * shown. 1,019 pairs: the built-in 19 and 1,000 more made by pairing
 * results with targets. */
static void
test_pairs_many (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-pairs-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "many.sqlite");
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view = rd_pairs_view_new ();
  GtkWindow *window = show_in_window (view);
  GListModel *pairs;
  RdPairList *list;
  g_autoptr(RdChartData) data = NULL;
  g_autoptr(RdPair) chosen = NULL;

  rd_test_exec_sql (path, "INSERT OR IGNORE INTO indicator_pair (actual_id, target_id) "
                          "SELECT a.id, t.id FROM indicator a, indicator t "
                          "WHERE a.basis = 'actual' AND t.basis = 'target' "
                          "AND (a.id, t.id) NOT IN (SELECT actual_id, target_id FROM indicator_pair) "
                          "ORDER BY a.id, t.id LIMIT 1000");
  dataset = rd_dataset_open (path, &error);
  g_assert_no_error (error);
  list = RD_PAIR_LIST (rd_dataset_get_pairs (dataset));

  rd_pairs_view_set_dataset (RD_PAIRS_VIEW (view), dataset);
  pairs = rd_pairs_view_get_pairs (RD_PAIRS_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, 1019);
  g_assert_true (rd_test_wait_for (chart_drawn, view));

  /* The first page: 25 pairs, two bars each. */
  data = rd_pairs_view_new_chart_data (RD_PAIRS_VIEW (view));
  g_assert_cmpuint (data->items->len, ==, 2 * 25);
  {
    g_autoptr(RdPair) first = g_list_model_get_item (pairs, 0);
    g_assert_true (first_charted (RD_PAIRS_VIEW (view)) == rd_pair_get_actual (first));
  }

  /* Row 130 chosen in the table: the chart draws rows 125–149. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (pairs), 130, TRUE);
  chosen = g_list_model_get_item (pairs, 125);
  g_assert_true (first_charted (RD_PAIRS_VIEW (view)) == rd_pair_get_actual (chosen));
  g_assert_true (rd_test_wait_for (chart_drawn, view));

  /* The last row: a short last page (1000–1018). */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (pairs), 1018, TRUE);
  g_clear_pointer (&data, rd_chart_data_free);
  data = rd_pairs_view_new_chart_data (RD_PAIRS_VIEW (view));
  g_assert_cmpuint (data->items->len, ==, 2 * 19);

  /* The chart of them all, as exported from the command line: the first
   * 25, said in its subtitle, not 1,019 rows too thin to see. */
  {
    g_autoptr(RdChartData) all = NULL;

    rd_format_force_language ("en");
    all = rd_chart_data_new_for_pairs (rd_dataset_get_pairs (dataset), NULL, "t");
    rd_format_force_language (NULL);

    g_assert_cmpuint (all->items->len, ==, 2 * 25);
    g_assert_nonnull (strstr (all->subtitle, "25"));
    g_assert_nonnull (strstr (all->subtitle, "of 1019"));
  }

  /* Three pages charted and the rows the table keeps (GTK 4.8's list
   * views keep up to 200): far from all 1,019. */
  iterate ();
  g_assert_cmpuint (rd_pair_list_get_n_made (list), <, 350);

  gtk_window_destroy (window);
  iterate ();
  rd_test_remove_dir (dir);
}

/* A report without a result beside a target says so, not a blank page. */
static void
test_pairs_none (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-pairs-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "none.sqlite");
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *view = rd_pairs_view_new ();
  GtkWindow *window = show_in_window (view);
  gboolean said = FALSE;

  rd_test_exec_sql (path, "DELETE FROM indicator_pair");
  dataset = rd_dataset_open (path, NULL);
  g_assert_nonnull (dataset);
  rd_format_force_language ("en");
  rd_pairs_view_set_dataset (RD_PAIRS_VIEW (view), dataset);
  rd_format_force_language (NULL);
  rd_test_collect (view, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_visible (labels->pdata[i]) &&
        strstr (gtk_label_get_text (labels->pdata[i]), "nothing to compare") != NULL)
      said = TRUE;
  g_assert_true (said);

  gtk_window_destroy (window);
  iterate ();
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/views/search/enter", test_search_enter);
  g_test_add_func ("/views/search/as-you-type", test_search_as_you_type);
  g_test_add_func ("/views/search/row-language", test_search_row_language);
  g_test_add_func ("/views/report/reader", test_report_reader);
  g_test_add_func ("/views/pairs", test_pairs);
  g_test_add_func ("/views/pairs/many", test_pairs_many);
  g_test_add_func ("/views/pairs/none", test_pairs_none);

  return g_test_run ();
}
