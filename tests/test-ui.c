/* test-ui.c: the window under Xvfb: sectors, a bar click, the excerpt panel,
 * the error state and remembered window state. */
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
#include "rd-window.h"
#include "rd-wrap-box.h"

/* Runs the main loop until @done or a few seconds have passed. */
static gboolean
wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return done (data);
}

static gboolean
chart_drawn (gpointer data)
{
  double x, y;
  return rd_chart_view_get_mark_center (data, 0, &x, &y);
}

static gboolean
expect_chinese (void)
{
  /* Set by meson for the zh_CN run, so that a missing translation fails
   * instead of quietly testing English twice. */
  return g_strcmp0 (g_getenv ("RD_TEST_LANGUAGE"), "zh") == 0;
}

static RdWindow *
open_window (GSettings *settings)
{
  RdWindow *window = rd_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
  return window;
}

static void
test_click_bar_shows_excerpt (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  RdChartView *view;
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);
  RdIndicator *indicator;
  double x, y;

  g_assert_cmpint (rd_format_use_chinese (), ==, expect_chinese ());

  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "industry");
  views = rd_window_get_chart_views (window);
  g_assert_cmpuint (views->len, >=, 1);
  view = g_ptr_array_index (views, 0);
  g_assert_cmpstr (rd_chart_spec_get_id (rd_chart_view_get_spec (view)), ==,
                   "industry-value-added-growth");

  g_assert_null (rd_excerpt_panel_get_indicator (panel));
  g_assert_true (wait_for (chart_drawn, view));
  g_assert_true (rd_chart_view_get_mark_center (view, 0, &x, &y));
  g_assert_cmpint (rd_chart_view_activate_at (view, x, y), ==, 0);

  indicator = rd_excerpt_panel_get_indicator (panel);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (rd_indicator_get_key (indicator), ==, "industrial-value-added-growth-2018");
  g_assert_nonnull (strstr (rd_excerpt_panel_get_excerpt_text (panel),
                            "全年实现规模工业增加值136亿元,增长7.9%"));
  g_assert_cmpstr (rd_excerpt_panel_get_value_text (panel), ==, "7.9%");
  g_assert_cmpint (rd_chart_view_get_selected (view), ==, 0);

  {
    g_autofree char *citation = rd_excerpt_panel_get_citation (panel);
    g_assert_nonnull (strstr (citation, rd_indicator_get_excerpt (indicator)));
    g_assert_nonnull (strstr (citation, rd_dataset_get_title (rd_window_get_dataset (window))));
  }

  /* Clicking outside every mark changes nothing. */
  g_assert_cmpint (rd_chart_view_activate_at (view, 1, 1), ==, -1);
  g_assert_true (rd_excerpt_panel_get_indicator (panel) == indicator);

  /* The keyboard path: the second mark, as Enter would. */
  rd_chart_view_activate_mark (view, 1);
  g_assert_cmpstr (rd_indicator_get_key (rd_excerpt_panel_get_indicator (panel)), ==,
                   "industrial-value-added-growth-2019");

  /* Another sector clears the selection. */
  g_assert_true (rd_window_select_sector (window, "environment"));
  g_assert_null (rd_excerpt_panel_get_indicator (panel));
  g_assert_false (rd_window_select_sector (window, "no-such-sector"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* gtk_test_accessible_assert_property() pastes the value into a format
 * string, which a "%" in a figure breaks. */
static void
assert_accessible_text (GtkWidget             *widget,
                        GtkAccessibleProperty  property,
                        const char            *expected)
{
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, expected);

  if (wrong != NULL)
    g_error ("accessible property %d is “%s”, expected “%s”", property, wrong, expected);
}

static void
test_keyboard_marks (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  RdChartView *view;
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);

  g_assert_true (rd_window_select_sector (window, "overview"));
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);

  /* Charts take the keyboard focus (Tab), their marks do not. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  g_assert_false (gtk_widget_get_focusable (rd_chart_view_get_mark_widget (view, 0)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));

  /* Right to the first mark, Right again, Enter selects it. */
  g_assert_cmpint (rd_chart_view_get_focused (view), ==, -1);
  g_assert_true (rd_test_press_key (GTK_WIDGET (view), GDK_KEY_Right));
  g_assert_cmpint (rd_chart_view_get_focused (view), ==, 0);
  g_assert_true (rd_test_press_key (GTK_WIDGET (view), GDK_KEY_Right));
  g_assert_cmpint (rd_chart_view_get_focused (view), ==, 1);
  g_assert_null (rd_excerpt_panel_get_indicator (panel));
  g_assert_true (rd_test_press_key (GTK_WIDGET (view), GDK_KEY_Return));
  g_assert_cmpint (rd_chart_view_get_selected (view), ==, 1);
  g_assert_true (rd_excerpt_panel_get_indicator (panel) ==
                 rd_chart_spec_get_figure (rd_chart_view_get_spec (view), 1));

  /* Left back; past the first mark the key is left to Tab navigation. */
  g_assert_true (rd_test_press_key (GTK_WIDGET (view), GDK_KEY_Left));
  g_assert_cmpint (rd_chart_view_get_focused (view), ==, 0);
  g_assert_false (rd_test_press_key (GTK_WIDGET (view), GDK_KEY_Left));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_find_figure (void)
{
  RdWindow *window = open_window (NULL);
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

static void start_application (RdApplication *app);

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
/* The folder Open Dataset shows first, then hides it again. */
static char *
chooser_folder (RdWindow *window)
{
  GtkFileChooser *chooser = rd_window_choose_dataset (window);
  g_autoptr(GFile) folder = NULL;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  folder = gtk_file_chooser_get_current_folder (chooser);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
  g_assert_nonnull (folder);
  return g_file_get_path (folder);
}

/* Open Dataset starts in the folder of the dataset on screen when the user
 * chose it, and in Documents (or home) with the built-in one. */
static void
test_open_starts_in_dataset_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "天元区2019.sqlite");
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *expected = g_strdup (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                        ? documents : g_get_home_dir ());
  RdWindow *window = open_window (NULL);
  g_autofree char *first = NULL;
  g_autofree char *then = NULL;

  first = chooser_folder (window);
  g_assert_cmpstr (first, ==, expected);
  g_assert_true (rd_window_open_path (window, path));
  then = chooser_folder (window);
  g_assert_cmpstr (then, ==, dir);

  gtk_window_destroy (GTK_WINDOW (window));
  rd_test_remove_dir (dir);
}

static void
test_renderer_names (void)
{
  g_assert_true (rd_gl_renderer_is_software ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (rd_gl_renderer_is_software ("softpipe"));
  g_assert_true (rd_gl_renderer_is_software ("Software Rasterizer"));
  g_assert_false (rd_gl_renderer_is_software ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  g_assert_false (rd_gl_renderer_is_software ("AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)"));
  g_assert_false (rd_gl_renderer_is_software ("NVIDIA GeForce GTX 1650/PCIe/SSE2"));
  g_assert_false (rd_gl_renderer_is_software ("virgl (Mesa Intel(R) UHD Graphics 620)"));
  g_assert_false (rd_gl_renderer_is_software (NULL));
}

/* Where OpenGL is drawn on the CPU (Xvfb's is Mesa's llvmpipe), the
 * app's windows are drawn by GTK's cairo renderer. */
static void
test_renderer_software_gl (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(RdApplication) app = NULL;
  RdGlKind by_context = rd_gl_probe_context (display);
  RdGlKind by_glx = rd_gl_probe_glx (display);
  GtkWidget *window;

  if (by_context != RD_GL_SOFTWARE)
    {
      g_test_skip ("needs OpenGL drawn in software, as under Xvfb");
      return;
    }
  /* The free GLX answer, where there is one, is the context's. */
  g_assert_true (by_glx == RD_GL_UNKNOWN || by_glx == by_context);

  app = rd_application_new ();
  start_application (app);
  g_application_activate (G_APPLICATION (app));
  window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (gtk_widget_get_realized (window));
  g_assert_true (GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* The About dialog's System page says so, for bug reports. */
  {
    g_autofree char *info = rd_application_get_system_information (app);
    const char *path = rd_dataset_get_path (rd_window_get_dataset (RD_WINDOW (window)));

    g_assert_nonnull (strstr (info, "GskCairoRenderer"));
    g_assert_nonnull (strstr (info, "OpenGL"));
    g_assert_nonnull (strstr (info, path));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* GSK_RENDERER, GTK's documented switch, is left to decide. */
static void
test_renderer_env_wins (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GtkWidget *window;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  /* A fresh process: GTK reads GSK_RENDERER when it makes its first renderer. */
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_null (rd_renderer_choose (display));
  g_assert_null (g_object_get_data (G_OBJECT (display), "gsk-renderer"));

  window = gtk_window_new ();
  gtk_widget_realize (window);
  g_assert_false (GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts_window (void)
{
  g_autoptr(RdApplication) app = rd_application_new ();
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
  GLogLevelFlags fatal;
  RdWindow *window;
  GtkWindow *overlay;
  guint named = 0;

  start_application (app);
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
test_accessible_names (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;

  g_assert_true (rd_window_select_sector (window, "industry"));
  views = rd_window_get_chart_views (window);

  for (guint v = 0; v < views->len; v++)
    {
      RdChartView *view = g_ptr_array_index (views, v);
      RdChartSpec *spec = rd_chart_view_get_spec (view);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_LIST);
      assert_accessible_text (GTK_WIDGET (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                              rd_chart_spec_get_title (spec));
      for (guint i = 0; i < rd_chart_spec_get_n_figures (spec); i++)
        {
          GtkWidget *mark = rd_chart_view_get_mark_widget (view, i);
          g_autofree char *describe = rd_indicator_describe (rd_chart_spec_get_figure (spec, i));

          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
          assert_accessible_text (mark, GTK_ACCESSIBLE_PROPERTY_LABEL, rd_chart_spec_get_label (spec, i));
          assert_accessible_text (mark, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, describe);
        }
    }

  /* Generated from the data, in the language of the interface. */
  {
    RdChartView *first = g_ptr_array_index (views, 0);
    GtkWidget *mark = rd_chart_view_get_mark_widget (first, 0);

    if (expect_chinese ())
      assert_accessible_text (mark, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                              "2018年规模工业增加值增长7.9%（实际）");
    else
      assert_accessible_text (mark, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                              "Growth of value added of industrial enterprises above designated size, 2018: 7.9% (actual)");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_charts_follow_dark_style (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = rd_window_get_chart_views (window);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));

  g_assert_cmpuint (views->len, >, 0);
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  for (guint i = 0; i < views->len; i++)
    g_assert_true (rd_chart_view_get_dark (g_ptr_array_index (views, i)));

  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  for (guint i = 0; i < views->len; i++)
    g_assert_false (rd_chart_view_get_dark (g_ptr_array_index (views, i)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_border_node (GskRenderNode *node,
                 const GdkRGBA *color)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_BORDER_NODE:
      return gdk_rgba_equal (&gsk_border_node_get_colors (node)[0], color);
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (has_border_node (gsk_container_node_get_child (node, i), color))
          return TRUE;
      return FALSE;
    case GSK_TRANSFORM_NODE:
      return has_border_node (gsk_transform_node_get_child (node), color);
    case GSK_CLIP_NODE:
      return has_border_node (gsk_clip_node_get_child (node), color);
    case GSK_ROUNDED_CLIP_NODE:
      return has_border_node (gsk_rounded_clip_node_get_child (node), color);
    case GSK_DEBUG_NODE:
      return has_border_node (gsk_debug_node_get_child (node), color);
    case GSK_OPACITY_NODE:
      return has_border_node (gsk_opacity_node_get_child (node), color);
    default:
      return FALSE;
    }
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* What the chart showed in the last frame drawn, after a few frames. */
static gboolean
chart_draws_focus_ring (GtkWidget *view)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (view);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  GdkRGBA color;

  g_timeout_add (300, quit_loop, loop);
  g_main_loop_run (loop);
  rd_widget_get_focus_ring_color (view, &color);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (view), gtk_widget_get_height (view));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL && has_border_node (node, &color);
}

static gboolean widget_allocated (gpointer data);

/* Whether @widget puts anything into a frame now. */
static gboolean
widget_draws (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL;
}

static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop, loop);
  g_main_loop_run (loop);
}

/* A page draws the charts in sight; the others are drawn when they scroll
 * into view, and answer for their figures before that. */
static void
test_charts_out_of_sight_wait (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  GtkWidget *first, *last;
  GtkAdjustment *adjustment;
  double x, y;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (rd_window_select_sector (window, "overview"));
  views = rd_window_get_chart_views (window);
  g_assert_cmpuint (views->len, >=, 6);
  first = g_ptr_array_index (views, 0);
  last = g_ptr_array_index (views, views->len - 1);
  g_assert_true (wait_for (widget_allocated, last));
  run_for (300);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (last, GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_true (widget_draws (first));
  g_assert_false (widget_draws (last));
  /* Its marks are there for a click or a test all the same. */
  g_assert_true (rd_chart_view_get_mark_center (RD_CHART_VIEW (last), 0, &x, &y));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  run_for (300);
  g_assert_true (widget_draws (last));

  gtk_window_destroy (GTK_WINDOW (window));
}

static graphene_rect_t
mark_bounds (RdChartView *view,
             guint        index)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (rd_chart_view_get_mark_widget (view, index),
                                            GTK_WIDGET (view), &bounds));
  return bounds;
}

/* Where the renderer puts item @index of @view's chart at the view's size
 * with the smallest text unit @min_em. */
static graphene_rect_t
rendered_bounds (RdWindow    *window,
                 RdChartView *view,
                 guint        index,
                 double       min_em)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  g_autoptr(RdChartData) data =
    rd_chart_data_new_for_spec (rd_chart_view_get_spec (view), rd_dataset_get_title (rd_window_get_dataset (window)));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) hits = rd_hit_regions_new ();
  RdRenderStyle style;

  rd_render_style_init (&style, FALSE);
  style.min_em = min_em;
  rd_render_chart (cr, data, &style, NULL, width, height, hits);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint i = 0; i < hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (hits, RdHitRegion, i);

      if (r->item == index)
        return GRAPHENE_RECT_INIT ((int) r->x, (int) r->y, (int) r->width, (int) r->height);
    }
  g_error ("item %u is not drawn at %d×%d (%u regions)", index, width, height, hits->len);
}

/* On screen a small chart's smallest text is 10 px or more (a file's
 * floor gives 9), and it grows with the desktop's text scaling ("Large
 * Text", 1.5: gtk-xft-dpi 144 dpi) as the interface's does: the marks are
 * where the renderer puts them with that text, the chart is taller; back
 * to 96 dpi, all is as before. */
static void
test_charts_follow_text_scaling (void)
{
  RdWindow *window = open_window (NULL);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  g_autoptr(GPtrArray) views = NULL;
  RdChartView *view;
  graphene_rect_t shown, expected, before;
  double min_em;
  int dpi = 0, height;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (rd_window_select_sector (window, "overview"));
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);
  g_assert_true (wait_for (widget_allocated, view));
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  run_for (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <, 600);   /* small: its text at the floor */

  /* The smallest text, 0.8 of the unit, is 10 px or more. */
  min_em = rd_chart_view_get_min_em (view);
  g_assert_cmpfloat (round (0.8 * min_em), >=, 10);
  before = mark_bounds (view, 0);
  g_assert_cmpfloat (before.size.height, >, 0);
  expected = rendered_bounds (window, view, 0, min_em);
  g_assert_true (graphene_rect_equal (&before, &expected));
  height = gtk_widget_get_height (GTK_WIDGET (view));

  g_object_set (settings, "gtk-xft-dpi", 144 * 1024, NULL);
  run_for (300);
  g_assert_cmpfloat (rd_chart_view_get_min_em (view), ==, 1.5 * min_em);
  shown = mark_bounds (view, 0);
  expected = rendered_bounds (window, view, 0, 1.5 * min_em);
  g_assert_true (graphene_rect_equal (&shown, &expected));
  g_assert_false (graphene_rect_equal (&shown, &before));
  /* Taller with larger text, for the same room to plot in. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >, height);

  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  run_for (300);
  g_assert_cmpfloat (rd_chart_view_get_min_em (view), ==, min_em);
  shown = mark_bounds (view, 0);
  g_assert_true (graphene_rect_equal (&shown, &before));

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A chart that has the keyboard focus shows it with a ring in the theme's
 * selection colour, and only while focus is visible (keyboard in use). */
static void
test_focus_ring (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = rd_window_get_chart_views (window);
  GtkWidget *view = g_ptr_array_index (views, 0);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_grab_focus (view));
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  g_assert_false (chart_draws_focus_ring (view));
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  g_assert_true (chart_draws_focus_ring (view));
  g_assert_false (chart_draws_focus_ring (g_ptr_array_index (views, 1)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every named colour that the application's stylesheet uses is one that
 * GTK 4.8's own theme defines, in light and dark: an unknown name makes GTK
 * drop the declaration without a word (libadwaita's @accent_color did). */
static void
test_css_colors_defined (void)
{
  RdWindow *window = rd_window_new (NULL, NULL);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  g_autoptr(GBytes) css = g_resources_lookup_data ("/com/example/ReportDash/style.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("@([a-z_]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n_names = 0;

  g_assert_nonnull (css);
  g_regex_match (regex, g_bytes_get_data (css, NULL), 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);

      for (int dark = 0; dark <= 1; dark++)
        {
          GdkRGBA color;

          g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (window)), name, &color))
            g_error ("style.css uses @%s, which the %s theme does not define", name, dark ? "dark" : "light");
          G_GNUC_END_IGNORE_DEPRECATIONS
        }
      n_names++;
    }
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  g_assert_cmpuint (n_names, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_copy_chart_as_image (void)
{
  RdWindow *window = open_window (NULL);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  GdkTexture *texture;
  g_autoptr(GPtrArray) views = NULL;

  g_assert_true (rd_window_select_sector (window, "fiscal"));
  views = rd_window_get_chart_views (window);
  /* With nothing chosen, the first chart; after a click, that chart. */
  g_assert_true (rd_window_get_current_chart (window) == g_ptr_array_index (views, 0));
  rd_chart_view_activate_mark (g_ptr_array_index (views, 1), 0);
  g_assert_true (rd_window_get_current_chart (window) == g_ptr_array_index (views, 1));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1920);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1080);
  /* Pastable as PNG, what office suites and chats ask for. */
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "image/png"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_value_text_follows_language (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);

  g_assert_true (rd_window_select_sector (window, "fiscal"));
  views = rd_window_get_chart_views (window);
  /* fiscal-revenue-2018: 80.2亿元 and 突破70亿元 */
  rd_chart_view_activate_mark (g_ptr_array_index (views, 0), 1);
  if (expect_chinese ())
    g_assert_cmpstr (rd_excerpt_panel_get_value_text (panel), ==, "突破70亿元");
  else
    g_assert_cmpstr (rd_excerpt_panel_get_value_text (panel), ==, "over 70 (100 million yuan)");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_error_state (void)
{
  RdWindow *window = open_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-XXXXXX", NULL);

  for (RdBadKind kind = 0; kind < RD_BAD_N_KINDS; kind++)
    {
      g_autofree char *path = rd_test_make_bad_dataset (dir, kind);
      g_autofree char *before = rd_test_checksum (path);
      g_autofree char *after = NULL;
      g_autofree char *basename = g_path_get_basename (path);

      g_assert_false (rd_window_open_path (window, path));
      g_assert_cmpstr (rd_window_get_page (window), ==, "error");
      g_assert_nonnull (strstr (rd_window_get_error_text (window), basename));
      /* The keyboard is on the page's way on, "Open Another Dataset…". */
      g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (window))));
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (gtk_root_get_focus (GTK_ROOT (window)))),
                       ==, "win.open");
      after = rd_test_checksum (path);
      g_assert_cmpstr (before, ==, after);

      /* The dataset that was open is still there to go back to. */
      g_assert_nonnull (rd_window_get_dataset (window));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
      g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
      g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (window))));
    }

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
any_stack_transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (any_stack_transition_running (child))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_with_css_class (GtkWidget  *widget,
                     const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_css_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The application loads the built-in dataset before it shows the window,
 * so the first frame is the finished dashboard: no page cross-fades in
 * from an empty window. */
/* Registers @app as the program does before it activates or opens. Each
 * test's application has its own ID: an earlier one in this process may
 * still have its actions exported on the session bus. */
static void
start_application (RdApplication *app)
{
  static guint n_started;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("com.example.ReportDash.Test%u", ++n_started);

  g_application_set_resource_base_path (G_APPLICATION (app), "/com/example/ReportDash");
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
}

/* The user's library (made from the built-in dataset on first use) is
 * opened on another thread while GTK starts; what the first window shows
 * is the same as opening it there: here, with no library yet, a built-in
 * dataset of the wrong version gives the error page, not a dashboard. */
static void
test_bad_builtin_on_start (void)
{
  g_autofree char *library = rd_library_get_default_path ();
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-XXXXXX", NULL);
  g_autofree char *bad = rd_test_make_bad_dataset (dir, RD_BAD_WRONG_VERSION);
  g_autofree char *builtin = g_build_filename (dir, "reportdash.sqlite", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("REPORTDASH_DATADIR"));
  g_autoptr(RdApplication) app = NULL;
  GtkWindow *window;

  g_assert_cmpint (g_rename (bad, builtin), ==, 0);
  g_unlink (library);
  g_setenv ("REPORTDASH_DATADIR", dir, TRUE);
  app = rd_application_new ();
  start_application (app);
  g_application_activate (G_APPLICATION (app));
  g_setenv ("REPORTDASH_DATADIR", saved, TRUE);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RD_IS_WINDOW (window));
  g_assert_cmpstr (rd_window_get_page (RD_WINDOW (window)), ==, "error");
  g_assert_null (rd_window_get_dataset (RD_WINDOW (window)));
  g_assert_false (g_file_test (library, G_FILE_TEST_EXISTS));

  gtk_window_destroy (window);
  rd_test_remove_dir (dir);
}

/* Without a FILE the window shows the user's library, made on first use
 * with the built-in report in it. */
static void
test_library_on_start (void)
{
  g_autofree char *library = rd_library_get_default_path ();
  g_autoptr(RdApplication) app = NULL;
  GtkWindow *window;

  g_unlink (library);
  app = rd_application_new ();
  start_application (app);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RD_IS_WINDOW (window));
  g_assert_cmpstr (rd_window_get_page (RD_WINDOW (window)), ==, "dashboard");
  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (RD_WINDOW (window))), ==, library);
  g_assert_true (g_file_test (library, G_FILE_TEST_IS_REGULAR));
  /* Its own file: no file name under the title. */
  g_assert_null (rd_window_get_subtitle (RD_WINDOW (window)));

  gtk_window_destroy (window);
}

/* A file given on the command line is what the window shows, not the
 * built-in dataset opened meanwhile. */
static void
test_open_file_on_start (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "天元区2019.sqlite");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RdApplication) app = rd_application_new ();
  GtkWindow *window;

  start_application (app);
  g_application_open (G_APPLICATION (app), &file, 1, "");

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RD_IS_WINDOW (window));
  g_assert_cmpstr (rd_window_get_page (RD_WINDOW (window)), ==, "dashboard");
  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (RD_WINDOW (window))), ==, path);
  g_assert_cmpstr (rd_window_get_subtitle (RD_WINDOW (window)), ==, "天元区2019.sqlite");

  gtk_window_destroy (window);
  rd_test_remove_dir (dir);
}

static void
test_first_frame_is_final (void)
{
  g_autoptr(RdApplication) app = rd_application_new ();
  GtkWindow *window;

  start_application (app);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RD_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (rd_window_get_page (RD_WINDOW (window)), ==, "dashboard");
  g_assert_nonnull (rd_window_get_sector_id (RD_WINDOW (window)));
  g_assert_false (any_stack_transition_running (GTK_WIDGET (window)));
  /* The keyboard starts on the content, the selected sector, not on the
   * header bar's first button. */
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (window)))));
  /* The application's stylesheet is loaded: the selected figure's value
   * is in the theme's selection colour (style.css). */
  {
    GtkWidget *value = find_with_css_class (GTK_WIDGET (rd_window_get_excerpt_panel (RD_WINDOW (window))),
                                            "figure-value");
    GdkRGBA color, expected;

    g_assert_nonnull (value);
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    gtk_style_context_get_color (gtk_widget_get_style_context (value), &color);
    G_GNUC_END_IGNORE_DEPRECATIONS
    rd_widget_get_focus_ring_color (value, &expected);
    g_assert_true (gdk_rgba_equal (&color, &expected));
  }
  /* The built-in dataset is not named by its file. */
  g_assert_null (rd_window_get_subtitle (RD_WINDOW (window)));
  /* The sector rows carry no tooltip: it would repeat their label, which
   * wraps rather than being cut short. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (rd_window_get_sector_list (RD_WINDOW (window))));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_assert_false (gtk_widget_get_has_tooltip (row));
      g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
      g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);
    }
  /* The application's icons come from its resource bundle. */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window))),
                                          "com.example.ReportDash"));
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window))),
                                          "com.example.ReportDash-symbolic"));

  gtk_window_destroy (window);
}

static gboolean
widget_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
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
  RdWindow *window = open_window (NULL);
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

  g_assert_true (wait_for (widget_allocated, widget));
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
      g_assert_true (gtk_widget_get_visible (widget));
      if (expect_chinese ())
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
  RdWindow *window = open_window (NULL);
  guint n_header = 0, n_panel = 0;

  check_button_tooltips (gtk_window_get_titlebar (GTK_WINDOW (window)), &n_header);
  g_assert_cmpuint (n_header, ==, 9);
  check_button_tooltips (GTK_WIDGET (rd_window_get_excerpt_panel (window)), &n_panel);
  g_assert_cmpuint (n_panel, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dataset the user chose is named by its file under the report's title;
 * the built-in one is not. */
static void
test_subtitle_names_chosen_file (void)
{
  RdWindow *window = rd_window_new (NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-XXXXXX", NULL);
  g_autofree char *path = rd_test_copy_builtin (dir, "天元区2019.sqlite");

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, path));
  g_assert_cmpstr (rd_window_get_subtitle (window), ==, "天元区2019.sqlite");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
  g_assert_null (rd_window_get_subtitle (window));

  rd_test_remove_dir (dir);
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
  RdWindow *window = open_window (NULL);
  GtkListBox *list = rd_window_get_sector_list (window);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GListModel *sectors = rd_dataset_get_sectors (rd_window_get_dataset (window));
  guint n = g_list_model_get_n_items (sectors);
  g_autoptr(RdSector) last = g_list_model_get_item (sectors, n - 1);
  GtkWidget *row;
  graphene_rect_t bounds;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  run_for (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));

  g_assert_true (rd_window_select_sector (window, rd_sector_get_id (last)));
  run_for (300);
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
  RdWindow *window = open_window (NULL);

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
  RdWindow *window = open_window (NULL);
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

static void
test_error_state_on_start (void)
{
  RdWindow *window = rd_window_new (NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-ui-XXXXXX", NULL);
  g_autofree char *path = rd_test_make_bad_dataset (dir, RD_BAD_WRONG_VERSION);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (rd_window_open_path (window, path));
  g_assert_cmpstr (rd_window_get_page (window), ==, "error");
  g_assert_null (rd_window_get_dataset (window));
  /* Nothing to go back to. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL) &&
                  g_str_equal (rd_window_get_page (window), "dashboard"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");

  rd_test_remove_dir (dir);
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
  window = open_window (settings);
  panel = GTK_WIDGET (rd_window_get_excerpt_panel (window));
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);
  g_assert_true (wait_for (chart_drawn, view));
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_true (gtk_toggle_button_get_active (source_button (window)));

  wait.widget = GTK_WIDGET (view);
  wait.width = gtk_widget_get_width (wait.widget);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-source", NULL));
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_false (gtk_toggle_button_get_active (source_button (window)));
  g_assert_false (g_settings_get_boolean (settings, "show-source"));
  g_assert_true (wait_for (width_changed, &wait));
  g_assert_cmpint (gtk_widget_get_width (wait.widget), >=, wait.width + 200);

  /* Choosing a figure shows its sentence. */
  g_assert_true (wait_for (chart_drawn, view));
  g_assert_true (rd_chart_view_get_mark_center (view, 0, &x, &y));
  g_assert_cmpint (rd_chart_view_activate_at (view, x, y), ==, 0);
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_nonnull (rd_excerpt_panel_get_indicator (RD_EXCERPT_PANEL (panel)));
  g_assert_true (g_settings_get_boolean (settings, "show-source"));

  /* Hidden when the window closes: the next window starts without it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-source", NULL));
  gtk_window_close (GTK_WINDOW (window));
  window = open_window (settings);
  panel = GTK_WIDGET (rd_window_get_excerpt_panel (window));
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_false (gtk_toggle_button_get_active (source_button (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The empty excerpt panel says how a figure is chosen in the view shown. */
static void
test_excerpt_hint_follows_view (void)
{
  RdWindow *window = open_window (NULL);
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
      if (expect_chinese ())
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
  window = open_window (settings);
  views = rd_window_get_chart_views (window);
  view = g_ptr_array_index (views, 0);
  g_assert_true (wait_for (chart_drawn, view));
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
  g_assert_true (wait_for (widths_settled, &wait));
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
  window = open_window (settings);
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (rd_window_get_zoom (window), ==, 1.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "chart-zoom"), ==, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_state_remembered (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window;
  int width, height;

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_string (settings, "last-sector", "environment");

  window = open_window (settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "environment");

  g_assert_true (rd_window_select_sector (window, "industry"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  {
    g_autofree char *last = g_settings_get_string (settings, "last-sector");
    g_assert_cmpstr (last, ==, "industry");
  }
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  /* GTK's renderer as the application chooses it (cairo where OpenGL is
   * software, as under Xvfb), before any window: the tests that start the
   * application would otherwise switch renderers halfway, which GTK 4.8
   * does not expect (a 16 kB buffer leaks when a popover opens after). A
   * subprocess test chooses for itself. */
  if (!g_test_subprocess ())
    rd_renderer_choose (gdk_display_get_default ());

  g_test_add_func ("/ui/click-bar-shows-excerpt", test_click_bar_shows_excerpt);
  g_test_add_func ("/ui/first-frame-is-final", test_first_frame_is_final);
  g_test_add_func ("/ui/excerpt-panel-keeps-width", test_excerpt_panel_keeps_width);
  g_test_add_func ("/ui/bad-builtin-on-start", test_bad_builtin_on_start);
  g_test_add_func ("/ui/library-on-start", test_library_on_start);
  g_test_add_func ("/ui/open-file-on-start", test_open_file_on_start);
  g_test_add_func ("/ui/tooltips", test_tooltips);
  g_test_add_func ("/ui/keyboard-marks", test_keyboard_marks);
  g_test_add_func ("/ui/find-figure", test_find_figure);
  g_test_add_func ("/ui/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/ui/source-panel-toggle", test_source_panel_toggle);
  g_test_add_func ("/ui/chart-zoom", test_chart_zoom);
  g_test_add_func ("/ui/excerpt-hint-follows-view", test_excerpt_hint_follows_view);
  g_test_add_func ("/ui/renderer/names", test_renderer_names);
  g_test_add_func ("/ui/renderer/software-gl", test_renderer_software_gl);
  g_test_add_func ("/ui/renderer/gsk-renderer-wins", test_renderer_env_wins);
  g_test_add_func ("/ui/open-starts-in-dataset-folder", test_open_starts_in_dataset_folder);
  g_test_add_func ("/ui/accessible-names", test_accessible_names);
  g_test_add_func ("/ui/charts-follow-dark-style", test_charts_follow_dark_style);
  g_test_add_func ("/ui/charts-follow-text-scaling", test_charts_follow_text_scaling);
  g_test_add_func ("/ui/copy-chart-as-image", test_copy_chart_as_image);
  g_test_add_func ("/ui/css-colors-defined", test_css_colors_defined);
  g_test_add_func ("/ui/focus-ring", test_focus_ring);
  g_test_add_func ("/ui/charts-out-of-sight-wait", test_charts_out_of_sight_wait);
  g_test_add_func ("/ui/value-text-follows-language", test_value_text_follows_language);
  g_test_add_func ("/ui/error-state", test_error_state);
  g_test_add_func ("/ui/error-state-on-start", test_error_state_on_start);
  g_test_add_func ("/ui/subtitle-names-chosen-file", test_subtitle_names_chosen_file);
  g_test_add_func ("/ui/view-switch-moves-focus", test_view_switch_moves_focus);
  g_test_add_func ("/ui/views-fit-small-window", test_views_fit_small_window);
  g_test_add_func ("/ui/wrap-box", test_wrap_box);
  g_test_add_func ("/ui/report-view-narrow", test_report_view_narrow);
  g_test_add_func ("/ui/selected-sector-in-view", test_selected_sector_in_view);
  g_test_add_func ("/ui/window-state-remembered", test_window_state_remembered);

  return g_test_run ();
}
