/* test-ui-window.c: the window's layout and navigation under Xvfb: find a
 * figure, shortcuts, the source panel, tooltips, small windows, the
 * sidebar, focus on a switch of view, and the charts' zoom. */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-focus-ring.h"
#include "rd-format.h"
#include "rd-library.h"
#include "rd-pairs-view.h"
#include "rd-render.h"
#include "rd-renderer.h"
#include "rd-report-view.h"
#include "rd-search-view.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-window.h"
#include "rd-wrap-box.h"

static void
test_find_figure (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);
  GtkWidget *search = rd_window_get_search_view (window);
  RdIndicator *found;
  RdChartView *view;
  int selected;

  /* Ctrl+F, type 优良天数, Enter: the environment chart with the 290 days. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (gtk_widget_get_mapped (search));
  gtk_editable_set_text (GTK_EDITABLE (rd_search_view_get_entry (RD_SEARCH_VIEW (search))), "优良天数");
  g_assert_true (rd_search_view_activate (RD_SEARCH_VIEW (search)));

  found = rd_excerpt_panel_get_indicator (panel);
  g_assert_nonnull (found);
  g_assert_cmpstr (rd_indicator_get_key (found), ==, "good-air-days-2018");
  g_assert_cmpfloat (rd_indicator_get_value (found), ==, 290);
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "environment");
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");
  g_assert_false (gtk_widget_get_mapped (search));
  view = rd_window_get_current_chart (window);
  selected = rd_chart_view_get_selected (view);
  g_assert_cmpint (selected, >=, 0);
  g_assert_true (rd_chart_spec_get_figure (rd_chart_view_get_spec (view), selected) == found);

  /* Show in Report: the reader, at that sentence. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-in-report", NULL));
  g_assert_cmpstr (rd_window_get_view (window), ==, "report");
  g_assert_true (rd_report_view_get_shown_indicator (RD_REPORT_VIEW (rd_window_get_report_view (window))) == found);

  /* A figure chosen anywhere else comes back to its chart. */
  {
    RdIndicator *gdp = rd_dataset_find_indicator (rd_window_get_dataset (window), "gdp-growth-2018");
    g_assert_nonnull (rd_window_show_indicator (window, gdp));
    g_assert_cmpstr (rd_window_get_view (window), ==, "charts");
    g_assert_cmpstr (rd_window_get_sector_id (window), ==, rd_indicator_get_sector (gdp));
    g_assert_true (rd_excerpt_panel_get_indicator (panel) == gdp);
  }

  /* The view switcher's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table"));
  g_assert_cmpstr (rd_window_get_view (window), ==, "table");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  g_assert_cmpstr (rd_window_get_view (window), ==, "pairs");
  /* Picking a sector goes back to its charts. */
  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_cmpstr (rd_window_get_view (window), ==, "charts");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keys a shortcut shows (its GtkShortcutLabel's), or NULL. */
static const char *
shown_keys (GtkWidget *widget)
{
  if (GTK_IS_SHORTCUT_LABEL (widget))
    return gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *keys = shown_keys (child);

      if (keys != NULL)
        return keys;
    }
  return NULL;
}

/* Ctrl+? shows the keyboard shortcuts, each with its keys: those named by
 * an action show the keys the application gives it (Ctrl+O to open). */
static void
test_shortcuts_window (void)
{
  g_autoptr(RdApplication) app = rd_application_new ();
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
  GLogLevelFlags fatal;
  RdWindow *window;
  GtkWindow *overlay;
  guint named = 0;

  rd_test_start_application (app);
  g_application_activate (G_APPLICATION (app));
  window = RD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (RD_IS_WINDOW (window));

  /* GTK 4.8's shortcuts window warns that a label measured -4 px when no
   * window manager is running: GTK's warning, not ours, so only criticals
   * stay fatal in this test. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = rd_window_show_shortcuts (window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (window));

  rd_test_collect (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT, shortcuts);
  g_assert_cmpuint (shortcuts->len, >, 10);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *title = NULL;
      const char *keys = shown_keys (shortcuts->pdata[i]);

      g_object_get (shortcuts->pdata[i], "action-name", &action, "title", &title, NULL);
      if (keys == NULL || keys[0] == '\0')
        g_error ("“%s” (%s) shows no keys", title, action ? action : "no action");
      if (g_strcmp0 (action, "win.open") == 0)
        g_assert_cmpstr (keys, ==, "<Control>o");
      if (g_strcmp0 (action, "win.present") == 0)
        g_assert_cmpstr (keys, ==, "F5");
      /* Not the keypad's copies of the same keys. */
      if (g_strcmp0 (action, "win.zoom-in") == 0)
        g_assert_cmpstr (keys, ==, "<Control>plus <Control>equal");
      if (g_strcmp0 (action, "win.zoom-reset") == 0)
        g_assert_cmpstr (keys, ==, "<Control>0");
      named += action != NULL;
    }
  g_assert_cmpuint (named, >=, 5);

  gtk_window_close (overlay);
  /* Closing hides it; the next Ctrl+? shows the same one. */
  g_assert_true (rd_window_show_shortcuts (window) == overlay);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_log_set_always_fatal (fatal);
}

static void
measure_width (GtkWidget *widget,
               int        for_height,
               int       *minimum,
               int       *natural)
{
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, for_height, minimum, natural, NULL, NULL);
}

/* The excerpt panel is a column of fixed width: a long sentence wraps in
 * it instead of widening it (and squeezing the charts), and its width does
 * not depend on the height it gets, so GTK never has to search for it by
 * laying out its wrapping labels at one width after another. */
static void
test_excerpt_panel_keeps_width (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);
  GtkWidget *widget = GTK_WIDGET (panel);
  GListModel *indicators = rd_dataset_get_indicators (rd_window_get_dataset (window));
  g_autoptr(RdIndicator) longest = NULL;
  int min, nat, min_short, nat_short, width;

  g_assert_cmpint (gtk_widget_get_request_mode (widget), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  measure_width (widget, -1, &min, &nat);
  g_assert_cmpint (nat, ==, min);
  g_assert_cmpint (min, >=, 260);
  measure_width (widget, 40, &min_short, &nat_short);
  g_assert_cmpint (min_short, ==, min);
  g_assert_cmpint (nat_short, ==, nat);

  g_assert_true (rd_test_wait_for (rd_test_widget_allocated, widget));
  width = gtk_widget_get_width (widget);
  g_assert_cmpint (width, ==, min);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(RdIndicator) indicator = g_list_model_get_item (indicators, i);

      if (longest == NULL ||
          g_utf8_strlen (rd_indicator_get_excerpt (indicator), -1) >
          g_utf8_strlen (rd_indicator_get_excerpt (longest), -1))
        g_set_object (&longest, indicator);
    }
  g_assert_cmpint (g_utf8_strlen (rd_indicator_get_excerpt (longest), -1), >, 100);
  rd_excerpt_panel_set_indicator (panel, longest, NULL, rd_dataset_get_title (rd_window_get_dataset (window)));
  measure_width (widget, -1, &min, &nat);
  g_assert_cmpint (nat, ==, width);
  measure_width (widget, 40, &min_short, &nat_short);
  g_assert_cmpint (nat_short, ==, width);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_trends_button (GtkWidget *widget)
{
  GVariant *target = GTK_IS_ACTIONABLE (widget) ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)) : NULL;

  return target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING) &&
         g_str_equal (g_variant_get_string (target, NULL), "trends");
}

/* Every button of the header bar and of the excerpt panel explains itself
 * in a tooltip (set in code, see rd_widget_set_tooltip()), and is shown. */
static void
check_button_tooltips (GtkWidget *widget,
                       guint     *n_buttons)
{
  if (GTK_IS_WINDOW_CONTROLS (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      g_assert_nonnull (tooltip);
      g_assert_cmpstr (tooltip, !=, "");
      /* Trends are of a library's reports: hidden for a dataset file. */
      g_assert_true (gtk_widget_get_visible (widget) || is_trends_button (widget));
      if (rd_test_expect_chinese ())
        g_assert_true (g_utf8_get_char (tooltip) > 0x2000 || g_ascii_isdigit (tooltip[0]));
      *n_buttons += 1;
      if (GTK_IS_MENU_BUTTON (widget))
        return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_button_tooltips (child, n_buttons);
}

static void
test_tooltips (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  guint n_header = 0, n_panel = 0;

  check_button_tooltips (gtk_window_get_titlebar (GTK_WINDOW (window)), &n_header);
  g_assert_cmpuint (n_header, ==, 10);  /* Trends included, hidden here */
  check_button_tooltips (GTK_WIDGET (rd_window_get_excerpt_panel (window)), &n_panel);
  g_assert_cmpuint (n_panel, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Switching the view from the keyboard (Alt+2, Alt+3...) takes the focus
 * into the view shown, instead of leaving it on a hidden page. */
static GtkWidget *
sized_child (int width)
{
  GtkWidget *child = gtk_label_new (NULL);

  gtk_widget_set_size_request (child, width, 20);
  return child;
}

/* Children in a row while they fit, wrapped onto more rows when not; the
 * room left in a row goes to those that expand. */
static void
test_wrap_box (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = g_object_new (RD_TYPE_WRAP_BOX, NULL);
  GtkWidget *a = sized_child (100), *b = sized_child (60), *c = sized_child (80);
  graphene_rect_t ra, rb, rc;
  int min, nat;

  gtk_widget_set_hexpand (a, TRUE);
  gtk_widget_set_parent (a, box);
  gtk_widget_set_parent (b, box);
  gtk_widget_set_parent (c, box);
  gtk_window_set_child (GTK_WINDOW (window), box);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 100);
  g_assert_cmpint (nat, ==, 100 + 6 + 60 + 6 + 80);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 252, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, ==, 20);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 200, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, ==, 20 + 6 + 20);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 100, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, ==, 20 + 6 + 20 + 6 + 20);

  /* Wide: one row, the expanding child takes what is left. */
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 400, 20 }, -1);
  g_assert_true (gtk_widget_compute_bounds (a, box, &ra));
  g_assert_true (gtk_widget_compute_bounds (b, box, &rb));
  g_assert_true (gtk_widget_compute_bounds (c, box, &rc));
  g_assert_cmpfloat (ra.origin.y, ==, 0);
  g_assert_cmpfloat (rb.origin.y, ==, 0);
  g_assert_cmpfloat (rc.origin.y, ==, 0);
  g_assert_cmpfloat (ra.size.width, ==, 400 - 6 - 60 - 6 - 80);
  g_assert_cmpfloat (rc.origin.x + rc.size.width, ==, 400);

  /* Narrow: the third child starts a second row at the left edge. */
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 200, 46 }, -1);
  g_assert_true (gtk_widget_compute_bounds (a, box, &ra));
  g_assert_true (gtk_widget_compute_bounds (b, box, &rb));
  g_assert_true (gtk_widget_compute_bounds (c, box, &rc));
  g_assert_cmpfloat (rb.origin.y, ==, 0);
  g_assert_cmpfloat (rc.origin.x, ==, 0);
  g_assert_cmpfloat (rc.origin.y, ==, 26);
  g_assert_cmpfloat (ra.size.width + 6 + rb.size.width, ==, 200);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In a narrow window the report's outline gives the text room; the
 * divider stays where the user puts it. */
static void
test_report_view_narrow (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rd_report_view_new ();
  GtkPaned *paned = GTK_PANED (gtk_widget_get_first_child (view));
  GtkTextView *text = rd_report_view_get_text_view (RD_REPORT_VIEW (view));

  gtk_window_set_child (GTK_WINDOW (window), view);

  gtk_widget_size_allocate (view, &(GtkAllocation) { 0, 0, 1000, 600 }, -1);
  g_assert_cmpint (gtk_paned_get_position (paned), ==, 220);
  g_assert_cmpint (gtk_text_view_get_left_margin (text), ==, 36);

  gtk_widget_size_allocate (view, &(GtkAllocation) { 0, 0, 340, 600 }, -1);
  g_assert_cmpint (gtk_paned_get_position (paned), <=, 340 * 0.35);
  g_assert_cmpint (gtk_text_view_get_left_margin (text), <, 36);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (text)), >=, 200);

  gtk_widget_size_allocate (view, &(GtkAllocation) { 0, 0, 1000, 600 }, -1);
  g_assert_cmpint (gtk_paned_get_position (paned), ==, 220);
  g_assert_cmpint (gtk_text_view_get_left_margin (text), ==, 36);

  gtk_paned_set_position (paned, 300);
  gtk_widget_size_allocate (view, &(GtkAllocation) { 0, 0, 1100, 600 }, -1);
  g_assert_cmpint (gtk_paned_get_position (paned), ==, 300);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A sector chosen out of sight (by the last session, a search, Ctrl+Page
 * Down) scrolls into the sidebar's view. */
static void
test_selected_sector_in_view (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  GtkListBox *list = rd_window_get_sector_list (window);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GListModel *sectors = rd_dataset_get_sectors (rd_window_get_dataset (window));
  guint n = g_list_model_get_n_items (sectors);
  g_autoptr(RdSector) last = g_list_model_get_item (sectors, n - 1);
  GtkWidget *row;
  graphene_rect_t bounds;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  rd_test_run_for (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));

  g_assert_true (rd_window_select_sector (window, rd_sector_get_id (last)));
  rd_test_run_for (300);
  row = GTK_WIDGET (gtk_list_box_get_selected_row (list));
  g_assert_true (gtk_widget_compute_bounds (row, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every view of every sector fits an 800×600 window: nothing asks for
 * more, so nothing is cut off at the window's edge. */
static void
test_views_fit_small_window (void)
{
  static const char *views[] = { "charts", "table", "report", "pairs" };
  static const char *sectors[] = { "overview", "industry", "environment" };
  RdWindow *window = rd_test_open_window (NULL);

  for (guint s = 0; s < G_N_ELEMENTS (sectors); s++)
    {
      g_assert_true (rd_window_select_sector (window, sectors[s]));
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          int min_width, min_height;

          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[v]));
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 800, &min_height, NULL, NULL, NULL);
          if (min_width > 800 || min_height > 600)
            g_error ("%s / %s needs %d×%d", sectors[s], views[v], min_width, min_height);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_switch_moves_focus (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  g_autoptr(GPtrArray) views = rd_window_get_chart_views (window);
  GtkWidget *focus;

  g_assert_true (gtk_widget_grab_focus (g_ptr_array_index (views, 0)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table"));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, rd_window_get_table_view (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "report"));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == rd_window_get_report_view (window) ||
                 gtk_widget_is_ancestor (focus, rd_window_get_report_view (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "charts"));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (RD_IS_CHART_VIEW (focus));

  /* Tab on the sectors goes to the charts, and does not pick the next
   * sector as GtkListBox would. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (rd_window_get_sector_list (window)))));
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "overview");
  g_assert_true (rd_test_press_key (GTK_WIDGET (rd_window_get_sector_list (window)), GDK_KEY_Tab));
  g_assert_true (RD_IS_CHART_VIEW (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "overview");

  /* Focus on the header bar stays there: the user is working its buttons. */
  g_assert_true (gtk_widget_child_focus (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct { GtkWidget *widget; int width; } WidthWait;

static gboolean
width_changed (gpointer data)
{
  WidthWait *wait = data;
  return gtk_widget_get_width (wait->widget) != wait->width;
}

static GtkToggleButton *
source_button (RdWindow *window)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  rd_test_collect (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (toggles->pdata[i]), "win.show-source") == 0)
      return toggles->pdata[i];
  g_error ("no header button for win.show-source");
}

/* F9 (win.show-source) hides the excerpt panel and gives its width to the
 * charts; it is remembered; choosing a figure brings the panel back. */
static void
test_source_panel_toggle (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  g_autoptr(GPtrArray) views = NULL;
  RdWindow *window;
  GtkWidget *panel;
  RdChartView *view;
  WidthWait wait;
  double x, y;

  g_settings_set_int (settings, "window-width", 800);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_boolean (settings, "show-source", TRUE);
  window = rd_test_open_window (settings);
  panel = GTK_WIDGET (rd_window_get_excerpt_panel (window));
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);
  g_assert_true (rd_test_wait_for (rd_test_chart_drawn, view));
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_true (gtk_toggle_button_get_active (source_button (window)));

  wait.widget = GTK_WIDGET (view);
  wait.width = gtk_widget_get_width (wait.widget);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-source", NULL));
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_false (gtk_toggle_button_get_active (source_button (window)));
  g_assert_false (g_settings_get_boolean (settings, "show-source"));
  g_assert_true (rd_test_wait_for (width_changed, &wait));
  g_assert_cmpint (gtk_widget_get_width (wait.widget), >=, wait.width + 200);

  /* Choosing a figure shows its sentence. */
  g_assert_true (rd_test_wait_for (rd_test_chart_drawn, view));
  g_assert_true (rd_chart_view_get_mark_center (view, 0, &x, &y));
  g_assert_cmpint (rd_chart_view_activate_at (view, x, y), ==, 0);
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_nonnull (rd_excerpt_panel_get_indicator (RD_EXCERPT_PANEL (panel)));
  g_assert_true (g_settings_get_boolean (settings, "show-source"));

  /* Hidden when the window closes: the next window starts without it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-source", NULL));
  gtk_window_close (GTK_WINDOW (window));
  window = rd_test_open_window (settings);
  panel = GTK_WIDGET (rd_window_get_excerpt_panel (window));
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_false (gtk_toggle_button_get_active (source_button (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The empty excerpt panel says how a figure is chosen in the view shown. */
static void
test_excerpt_hint_follows_view (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);
  const char *views[] = { "table", "report", "pairs", "charts" };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *charts_hint = g_strdup (rd_excerpt_panel_get_hint (panel));

  g_assert_true (g_utf8_strlen (charts_hint, -1) > 10);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      const char *hint;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i]));
      hint = rd_excerpt_panel_get_hint (panel);
      g_assert_true (g_utf8_strlen (hint, -1) > 10);
      if (rd_test_expect_chinese ())
        g_assert_true (g_utf8_get_char (hint) > 0x2000);
      g_hash_table_add (seen, g_strdup (hint));
    }
  /* Four views, four sentences; back in the charts, the first one. */
  g_assert_cmpuint (g_hash_table_size (seen), ==, 4);
  g_assert_cmpstr (rd_excerpt_panel_get_hint (panel), ==, charts_hint);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
widths_settled (gpointer data)
{
  WidthWait *wait = data;
  return gtk_widget_get_width (wait->widget) > wait->width;
}

/* Ctrl+plus magnifies the charts (text and width: fewer in a row), in
 * quarter steps from 1 to 2; it is remembered and new sectors' charts
 * follow it; Ctrl+0 goes back. */
static void
test_chart_zoom (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GPtrArray) others = NULL;
  RdWindow *window;
  RdChartView *view;
  WidthWait wait;
  double em;

  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_settings_reset (settings, "chart-zoom");
  window = rd_test_open_window (settings);
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);
  g_assert_true (rd_test_wait_for (rd_test_chart_drawn, view));
  em = rd_chart_view_get_min_em (view);
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 1.0);

  /* Not below the normal size. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 1.0);

  wait.widget = GTK_WIDGET (view);
  wait.width = gtk_widget_get_width (wait.widget);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 1.5);
  for (guint i = 0; i < views->len; i++)
    g_assert_cmpfloat_with_epsilon (rd_chart_view_get_min_em (g_ptr_array_index (views, i)), em * 1.5, 1e-9);
  g_assert_cmpfloat (g_settings_get_double (settings, "chart-zoom"), ==, 1.5);
  /* The main menu shows it: − 150% + */
  {
    g_autoptr(GPtrArray) menus = g_ptr_array_new ();
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkMenuButton *menu = NULL;
    gboolean shown = FALSE;

    rd_test_collect (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_TYPE_MENU_BUTTON, menus);
    for (guint i = 0; i < menus->len; i++)
      if (gtk_menu_button_get_primary (menus->pdata[i]))
        menu = menus->pdata[i];
    g_assert_nonnull (menu);
    gtk_menu_button_popup (menu);
    rd_test_collect (GTK_WIDGET (gtk_menu_button_get_popover (menu)), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      shown |= g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "150%") == 0;
    g_assert_true (shown);
    gtk_menu_button_popdown (menu);
  }
  /* Wider: at 1280 pixels two charts a row became one. */
  g_assert_true (rd_test_wait_for (widths_settled, &wait));
  g_assert_cmpint (gtk_widget_get_width (wait.widget), >=, wait.width * 3 / 2);

  /* Not beyond twice. */
  for (int i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 2.0);

  /* So do the views made after (Actual vs Target, made when first shown). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  g_assert_cmpfloat (rd_pairs_view_get_zoom (RD_PAIRS_VIEW (rd_window_get_pairs_view (window))), ==, 2.0);
  {
    GtkWidget *pairs = rd_pairs_view_get_chart (RD_PAIRS_VIEW (rd_window_get_pairs_view (window)));
    int zoomed, less;

    /* Larger text, taller rows at the same width. */
    gtk_widget_measure (pairs, GTK_ORIENTATION_VERTICAL, 700, &zoomed, NULL, NULL, NULL);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
    g_assert_cmpfloat (rd_pairs_view_get_zoom (RD_PAIRS_VIEW (rd_window_get_pairs_view (window))), ==, 1.75);
    gtk_widget_measure (pairs, GTK_ORIENTATION_VERTICAL, 700, &less, NULL, NULL, NULL);
    g_assert_cmpint (less, <, zoomed);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "charts"));

  /* Another sector's charts come zoomed. */
  g_assert_true (rd_window_select_sector (window, "environment"));
  others = rd_window_get_chart_views (window);
  g_assert_cmpuint (others->len, >, 0);
  g_assert_cmpfloat (rd_chart_view_get_zoom (g_ptr_array_index (others, 0)), ==, 2.0);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The next window starts zoomed; Ctrl+0 goes back. */
  window = rd_test_open_window (settings);
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 1.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "chart-zoom"), ==, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  rd_test_window_init (&argc, &argv);

  g_test_add_func ("/ui/excerpt-panel-keeps-width", test_excerpt_panel_keeps_width);
  g_test_add_func ("/ui/tooltips", test_tooltips);
  g_test_add_func ("/ui/find-figure", test_find_figure);
  g_test_add_func ("/ui/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/ui/source-panel-toggle", test_source_panel_toggle);
  g_test_add_func ("/ui/chart-zoom", test_chart_zoom);
  g_test_add_func ("/ui/excerpt-hint-follows-view", test_excerpt_hint_follows_view);
  g_test_add_func ("/ui/view-switch-moves-focus", test_view_switch_moves_focus);
  g_test_add_func ("/ui/views-fit-small-window", test_views_fit_small_window);
  g_test_add_func ("/ui/wrap-box", test_wrap_box);
  g_test_add_func ("/ui/report-view-narrow", test_report_view_narrow);
  g_test_add_func ("/ui/selected-sector-in-view", test_selected_sector_in_view);

  return g_test_run ();
}
