/* test-ui-charts.c: the charts in the window under Xvfb: a bar click and
 * the keyboard, accessible names, dark style, text scaling, the focus
 * ring, drawing out of sight, copying as an image. */
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
test_click_bar_shows_excerpt (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  RdChartView *view;
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);
  RdIndicator *indicator;
  double x, y;

  g_assert_cmpint (rd_format_use_chinese (), ==, rd_test_expect_chinese ());

  g_assert_true (rd_window_select_sector (window, "industry"));
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, "industry");
  views = rd_window_get_chart_views (window);
  g_assert_cmpuint (views->len, >=, 1);
  view = g_ptr_array_index (views, 0);
  g_assert_cmpstr (rd_chart_spec_get_id (rd_chart_view_get_spec (view)), ==,
                   "industry-value-added-growth");

  g_assert_null (rd_excerpt_panel_get_indicator (panel));
  g_assert_true (rd_test_wait_for (rd_test_chart_drawn, view));
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
  RdWindow *window = rd_test_open_window (NULL);
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
test_accessible_names (void)
{
  RdWindow *window = rd_test_open_window (NULL);
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

    if (rd_test_expect_chinese ())
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
  RdWindow *window = rd_test_open_window (NULL);
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

/* The pairs view's chart is the same interactive chart as the dashboard's:
 * it follows the dark style, the zoom and the window's chosen figure, and
 * shows the sentence of a bar in its tooltip. */
static void
test_pairs_chart_is_a_chart (void)
{
  RdWindow *window = rd_test_open_window (NULL);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  RdChartWidget *chart;
  RdIndicator *figure;
  double em;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  chart = RD_CHART_WIDGET (rd_pairs_view_get_chart (RD_PAIRS_VIEW (rd_window_get_pairs_view (window))));
  g_assert_true (RD_IS_CHART_WIDGET (chart));
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (chart)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  g_assert_true (rd_chart_widget_get_dark (chart));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  g_assert_false (rd_chart_widget_get_dark (chart));

  em = rd_chart_widget_get_min_em (chart);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (rd_chart_widget_get_zoom (chart), ==, 1.25);
  g_assert_cmpfloat_with_epsilon (rd_chart_widget_get_min_em (chart), em * 1.25, 1e-9);

  /* A figure chosen elsewhere is marked on it too when it has a bar. */
  figure = g_array_index (rd_chart_widget_get_data (chart)->items, RdChartItem, 0).user_data;
  rd_window_state_set_selected_figure (rd_window_get_state (window), figure);
  g_assert_cmpint (rd_chart_widget_get_selected (chart), ==, 0);

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

/* What the chart showed in the last frame drawn, after a few frames. */
static gboolean
chart_draws_focus_ring (GtkWidget *view)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (view);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GdkRGBA color;

  rd_test_run_for (300);
  rd_widget_get_focus_ring_color (view, &color);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (view), gtk_widget_get_height (view));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL && has_border_node (node, &color);
}

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

/* A page draws the charts in sight; the others are drawn when they scroll
 * into view, and answer for their figures before that. */
static void
test_charts_out_of_sight_wait (void)
{
  RdWindow *window = rd_test_open_window (NULL);
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
  g_assert_true (rd_test_wait_for (rd_test_widget_allocated, last));
  rd_test_run_for (300);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (last, GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_true (widget_draws (first));
  g_assert_false (widget_draws (last));
  /* Its marks are there for a click or a test all the same. */
  g_assert_true (rd_chart_view_get_mark_center (RD_CHART_VIEW (last), 0, &x, &y));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  rd_test_run_for (300);
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
  RdWindow *window = rd_test_open_window (NULL);
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
  g_assert_true (rd_test_wait_for (rd_test_widget_allocated, view));
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  rd_test_run_for (300);
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
  rd_test_run_for (300);
  g_assert_cmpfloat (rd_chart_view_get_min_em (view), ==, 1.5 * min_em);
  shown = mark_bounds (view, 0);
  expected = rendered_bounds (window, view, 0, 1.5 * min_em);
  g_assert_true (graphene_rect_equal (&shown, &expected));
  g_assert_false (graphene_rect_equal (&shown, &before));
  /* Taller with larger text, for the same room to plot in. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >, height);

  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  rd_test_run_for (300);
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
  RdWindow *window = rd_test_open_window (NULL);
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
  RdWindow *window = rd_test_open_window (NULL);
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
  RdWindow *window = rd_test_open_window (NULL);
  g_autoptr(GPtrArray) views = NULL;
  RdExcerptPanel *panel = rd_window_get_excerpt_panel (window);

  g_assert_true (rd_window_select_sector (window, "fiscal"));
  views = rd_window_get_chart_views (window);
  /* fiscal-revenue-2018: 80.2亿元 and 突破70亿元 */
  rd_chart_view_activate_mark (g_ptr_array_index (views, 0), 1);
  if (rd_test_expect_chinese ())
    g_assert_cmpstr (rd_excerpt_panel_get_value_text (panel), ==, "突破70亿元");
  else
    g_assert_cmpstr (rd_excerpt_panel_get_value_text (panel), ==, "over 70 (100 million yuan)");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  rd_test_window_init (&argc, &argv);

  g_test_add_func ("/ui/click-bar-shows-excerpt", test_click_bar_shows_excerpt);
  g_test_add_func ("/ui/keyboard-marks", test_keyboard_marks);
  g_test_add_func ("/ui/accessible-names", test_accessible_names);
  g_test_add_func ("/ui/charts-follow-dark-style", test_charts_follow_dark_style);
  g_test_add_func ("/ui/pairs-chart-is-a-chart", test_pairs_chart_is_a_chart);
  g_test_add_func ("/ui/charts-follow-text-scaling", test_charts_follow_text_scaling);
  g_test_add_func ("/ui/copy-chart-as-image", test_copy_chart_as_image);
  g_test_add_func ("/ui/css-colors-defined", test_css_colors_defined);
  g_test_add_func ("/ui/focus-ring", test_focus_ring);
  g_test_add_func ("/ui/charts-out-of-sight-wait", test_charts_out_of_sight_wait);
  g_test_add_func ("/ui/value-text-follows-language", test_value_text_follows_language);

  return g_test_run ();
}
