/* test-presentation.c: the slideshow driven by key events, through a deck
 * and back to the window (Xvfb). */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-pairs-view.h"
#include "rd-render.h"
#include "rd-slide-view.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-window.h"

static void
test_deck_and_back (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = rd_window_new (NULL, settings);
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GPtrArray) deck = NULL;
  RdPresentation *show;
  RdChartSpec *last;
  guint n;
  const char *wanted[] = { "overview", "environment", NULL };

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));

  /* The deck: the chosen sectors, remembered in the settings. */
  g_settings_set_strv (settings, "presentation-sectors", wanted);
  deck = rd_window_build_deck (window);
  n = deck->len;
  g_assert_cmpuint (n, >, 4);
  for (guint i = 0; i < n; i++)
    {
      const char *sector = rd_chart_spec_get_sector (g_ptr_array_index (deck, i));
      g_assert_true (g_str_equal (sector, "overview") || g_str_equal (sector, "environment"));
    }

  /* F5 from the second chart of the environment page starts there. */
  g_assert_true (rd_window_select_sector (window, "environment"));
  views = rd_window_get_chart_views (window);
  rd_chart_view_activate_mark (g_ptr_array_index (views, 1), 0);
  show = rd_window_present_slides (window);
  g_assert_nonnull (show);
  g_assert_true (rd_presentation_get_chart (show) == rd_chart_view_get_spec (g_ptr_array_index (views, 1)));
  g_assert_cmpuint (rd_presentation_get_n_slides (show), ==, n);
  {
    guint start = rd_presentation_get_index (show);
    /* The caption is the sentence of the figure chosen before F5. */
    const char *caption = rd_slide_view_get_caption (RD_SLIDE_VIEW (rd_presentation_get_slide_view (show)));
    RdIndicator *chosen = rd_excerpt_panel_get_indicator (rd_window_get_excerpt_panel (window));
    g_assert_nonnull (strstr (caption, rd_indicator_get_excerpt (chosen)));

    g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Right));
    g_assert_cmpuint (rd_presentation_get_index (show), ==, start + 1);
    g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_space));
    g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Page_Down));
    g_assert_cmpuint (rd_presentation_get_index (show), ==, MIN (start + 3, n - 1));
    g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Left));
    g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Page_Up));
    g_assert_cmpuint (rd_presentation_get_index (show), ==, MIN (start + 3, n - 1) - 2);
  }

  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Home));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, 0);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Left));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, 0);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_End));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, n - 1);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Right));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, n - 1);

  /* A number, then Enter: slide 3. A number out of range changes nothing. */
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_3));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Return));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, 2);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_9));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_9));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_9));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_KP_Enter));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, 2);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_1));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_0));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Return));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, MIN (9, n - 1));

  /* B blanks and unblanks. */
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_b));
  g_assert_true (rd_presentation_get_blank (show));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_b));
  g_assert_false (rd_presentation_get_blank (show));

  /* Esc leaves, back to the same chart in the window. */
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Home));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Right));
  last = rd_presentation_get_chart (show);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Escape));
  g_assert_cmpstr (rd_window_get_sector_id (window), ==, rd_chart_spec_get_sector (last));
  g_assert_true (rd_chart_view_get_spec (rd_window_get_current_chart (window)) == last);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_suggested_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_suggested_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static RdPresentation *find_presentation (void);


/* Choose Slides: a dialog with a header bar (its title and close button),
 * where checking a sector chooses it for the show, Escape leaves, and
 * Start Slideshow starts the show of the chosen sectors. */
static void
test_choose_slides (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  const char *none[] = { NULL };
  RdWindow *window = rd_window_new (NULL, settings);
  GtkWindow *dialog;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *check, *start;
  RdPresentation *show;
  g_auto(GStrv) chosen = NULL;

  g_settings_set_strv (settings, "presentation-sectors", none);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));

  dialog = rd_window_choose_slides (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (GTK_IS_HEADER_BAR (gtk_window_get_titlebar (dialog)));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (rd_test_press_key (GTK_WIDGET (dialog), GDK_KEY_Escape));
  g_assert_null (dialog);

  /* Check the second sector. */
  dialog = rd_window_choose_slides (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  rd_test_collect (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >, 2);
  check = checks->pdata[1];
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  chosen = g_settings_get_strv (settings, "presentation-sectors");
  g_assert_cmpuint (g_strv_length (chosen), ==, 1);

  start = find_suggested_button (GTK_WIDGET (dialog));
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);
  show = find_presentation ();
  g_assert_nonnull (show);
  /* The chosen sector from its first chart, though another is on screen. */
  g_assert_cmpstr (rd_window_get_sector_id (window), !=, chosen[0]);
  g_assert_cmpstr (rd_chart_spec_get_sector (rd_presentation_get_chart (show)), ==, chosen[0]);
  g_assert_cmpuint (rd_presentation_get_index (show), ==, 0);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Escape));

  g_settings_set_strv (settings, "presentation-sectors", none);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
widget_allocated (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* How many pixels of @widget, as drawn now, are in the colour of the
 * charts' marks (the bars of the results). */
static guint
count_mark_pixels (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = NULL;
  RdRenderStyle style;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  guint n = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_new (guint32, (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture));
  gdk_texture_download (texture, (guchar *) pixels, gdk_texture_get_width (texture) * 4);

  rd_render_style_init (&style, FALSE);
  for (gsize i = 0; i < (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture); i++)
    {
      int r = (pixels[i] >> 16) & 0xff, g = (pixels[i] >> 8) & 0xff, b = pixels[i] & 0xff;

      if (ABS (r - style.mark.r * 255) <= 8 && ABS (g - style.mark.g * 255) <= 8 &&
          ABS (b - style.mark.b * 255) <= 8)
        n++;
    }
  return n;
}

/* Whether the slide, in its last frame, shows the bars of a chart; and
 * whether it shows none, blank. A frame is drawn some time after a key. */
static gboolean
draws_bars (gpointer slide)
{
  return count_mark_pixels (slide) > 1000;
}

static gboolean
draws_no_bars (gpointer slide)
{
  return count_mark_pixels (slide) == 0;
}

/* The presentation among the toplevels, as F5 opened it. */
static RdPresentation *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (RD_IS_PRESENTATION (window))
        return RD_PRESENTATION (window);
    }
  return NULL;
}

/* F5 in the Actual vs Target view shows that view's chart, as a show of
 * one slide; the figure chosen in its chart captions it. */
static void
test_pairs_view (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = rd_window_new (NULL, settings);
  g_autoptr(RdChartData) pairs_chart = NULL;
  g_autofree char *counter = g_strdup_printf (_("%u / %u"), 1, 1);
  RdPairsView *pairs;
  RdPresentation *show;
  RdSlideView *slide;
  RdIndicator *chosen;
  GtkWidget *chart;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  g_assert_cmpstr (rd_window_get_view (window), ==, "pairs");
  pairs = RD_PAIRS_VIEW (rd_window_get_pairs_view (window));
  pairs_chart = rd_pairs_view_new_chart_data (pairs);
  g_assert_nonnull (pairs_chart);

  /* F5 (win.present): the chart on screen, alone, under the view's name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  show = find_presentation ();
  g_assert_nonnull (show);
  g_object_add_weak_pointer (G_OBJECT (show), (gpointer *) &show);
  slide = RD_SLIDE_VIEW (rd_presentation_get_slide_view (show));
  g_assert_cmpuint (rd_presentation_get_n_slides (show), ==, 1);
  g_assert_null (rd_presentation_get_chart (show));
  g_assert_cmpstr (rd_presentation_get_chart_title (show), ==, pairs_chart->title);
  g_assert_cmpstr (rd_slide_view_get_chart_data (slide)->chart_type, ==, "pairs");
  g_assert_cmpuint (rd_slide_view_get_chart_data (slide)->items->len, ==, pairs_chart->items->len);
  g_assert_nonnull (strstr (rd_slide_view_get_footer (slide), _("Actual vs Target")));
  g_assert_true (g_str_has_suffix (rd_slide_view_get_footer (slide), counter));
  /* Nothing chosen: no caption. */
  g_assert_null (rd_slide_view_get_caption (slide));

  /* It draws the chart: the bars of the results, in the marks' colour. */
  g_assert_true (rd_test_wait_for (widget_allocated, slide));
  g_assert_true (rd_test_wait_for (draws_bars, slide));

  /* One slide: the keys that move stay on it; B blanks it; Esc leaves,
   * back to the window in the same view. */
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Right));
  g_assert_cmpuint (rd_presentation_get_index (show), ==, 0);
  g_assert_cmpstr (rd_presentation_get_chart_title (show), ==, pairs_chart->title);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_b));
  g_assert_true (rd_presentation_get_blank (show));
  g_assert_true (rd_test_wait_for (draws_no_bars, slide));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Home));
  g_assert_false (rd_presentation_get_blank (show));
  g_assert_true (rd_test_wait_for (draws_bars, slide));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Escape));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (show);
  g_assert_cmpstr (rd_window_get_view (window), ==, "pairs");

  /* A bar chosen with the keyboard (the second: the first row's target)
   * captions the slide with its figure's sentence. */
  chart = rd_pairs_view_get_chart (pairs);
  g_assert_true (gtk_widget_grab_focus (chart));
  g_assert_true (rd_test_press_key (chart, GDK_KEY_Down));
  g_assert_true (rd_test_press_key (chart, GDK_KEY_Down));
  g_assert_cmpint (rd_pairs_view_get_focused (pairs), ==, 1);
  chosen = g_array_index (pairs_chart->items, RdChartItem, 1).user_data;
  g_assert_true (RD_IS_INDICATOR (chosen));
  show = rd_window_present_slides (window);
  g_assert_nonnull (show);
  g_object_add_weak_pointer (G_OBJECT (show), (gpointer *) &show);
  slide = RD_SLIDE_VIEW (rd_presentation_get_slide_view (show));
  g_assert_cmpuint (rd_presentation_get_n_slides (show), ==, 1);
  g_assert_nonnull (rd_slide_view_get_caption (slide));
  g_assert_nonnull (strstr (rd_slide_view_get_caption (slide), rd_indicator_get_excerpt (chosen)));
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Escape));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (show);
  g_assert_cmpstr (rd_window_get_view (window), ==, "pairs");

  /* Back in the charts view, F5 shows the sector's charts again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "charts"));
  show = rd_window_present_slides (window);
  g_assert_nonnull (show);
  g_assert_cmpuint (rd_presentation_get_n_slides (show), >, 1);
  g_assert_nonnull (rd_presentation_get_chart (show));
  g_assert_cmpstr (rd_presentation_get_chart_title (show), !=, pairs_chart->title);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Escape));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Counts the texts of figures (those of an item) that @data draws whole
 * at @width × @height. */
static guint
figure_texts (const RdChartData *data,
              double             width,
              double             height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) boxes = rd_text_boxes_new ();
  RdRenderStyle style;
  guint n = 0;

  rd_render_style_init (&style, FALSE);
  rd_render_collect_text_boxes (cr, boxes);
  rd_render_chart (cr, data, &style, NULL, width, height, NULL);
  rd_render_collect_text_boxes (cr, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint i = 0; i < boxes->len; i++)
    if (g_array_index (boxes, RdTextBox, i).item >= 0 && !g_array_index (boxes, RdTextBox, i).ellipsized)
      n++;
  return n;
}

/* A slide magnifies a chart for the room, but keeps every figure that
 * the chart prints at the slide's size: the many rows of the pairs chart
 * would otherwise lose their values. */
static void
test_zoom_keeps_figures (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (rd_test_builtin_dataset (), NULL);
  g_autoptr(RdChartData) pairs = NULL;
  g_autoptr(RdChartData) dashboard = NULL;
  g_autoptr(RdChartSpec) spec = NULL;
  double title, caption, text_px, zoom;
  const int sizes[][2] = { { 1920, 1000 }, { 1280, 740 } };

  g_assert_nonnull (dataset);
  pairs = rd_chart_data_new_for_pairs (rd_dataset_get_pairs (dataset), NULL, rd_dataset_get_title (dataset));
  spec = g_list_model_get_item (rd_sector_get_charts (rd_dataset_find_sector (dataset, "overview")), 0);
  dashboard = rd_chart_data_new_for_spec (spec, rd_dataset_get_title (dataset));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double w = sizes[s][0], h = sizes[s][1];

      rd_slide_view_text_sizes (sizes[s][0], sizes[s][1] + 80, &title, &caption);
      text_px = title / 1.35;

      zoom = rd_slide_view_chart_zoom (pairs, w, h, text_px);
      g_assert_cmpfloat (zoom, >=, 1.0);
      g_assert_cmpuint (figure_texts (pairs, w, h), >=, pairs->items->len);
      g_assert_cmpuint (figure_texts (pairs, w / zoom, h / zoom), ==, figure_texts (pairs, w, h));

      /* A dashboard chart is magnified until its text reads in the room. */
      zoom = rd_slide_view_chart_zoom (dashboard, w, h, text_px);
      g_assert_cmpfloat (zoom, >, 1.0);
      g_assert_cmpuint (figure_texts (dashboard, w / zoom, h / zoom), ==, figure_texts (dashboard, w, h));
    }
}

static gboolean
slide_drawn (gpointer data)
{
  return rd_slide_view_get_zoom (data) > 0;
}

/* The magnification follows the slide shown: after the pairs chart (held
 * back to keep its figures) a dashboard chart in the same room is
 * magnified as far as its own text needs, not as the pairs chart was. */
static void
test_zoom_follows_slide (void)
{
  g_autoptr(RdDataset) dataset = rd_dataset_open (rd_test_builtin_dataset (), NULL);
  g_autoptr(RdChartSpec) spec = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rd_slide_view_new ();
  double pairs_zoom, dashboard_zoom;

  g_assert_nonnull (dataset);
  spec = g_list_model_get_item (rd_sector_get_charts (rd_dataset_find_sector (dataset, "overview")), 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  rd_slide_view_set_chart_data (RD_SLIDE_VIEW (view),
                                rd_chart_data_new_for_pairs (rd_dataset_get_pairs (dataset), NULL,
                                                             rd_dataset_get_title (dataset)),
                                NULL, "pairs", 1, 2);
  g_assert_true (rd_test_wait_for (slide_drawn, view));
  pairs_zoom = rd_slide_view_get_zoom (RD_SLIDE_VIEW (view));

  rd_slide_view_set_slide (RD_SLIDE_VIEW (view), spec, NULL, "overview", rd_dataset_get_title (dataset), 2, 2);
  g_assert_cmpfloat (rd_slide_view_get_zoom (RD_SLIDE_VIEW (view)), ==, 0);
  g_assert_true (rd_test_wait_for (slide_drawn, view));
  dashboard_zoom = rd_slide_view_get_zoom (RD_SLIDE_VIEW (view));
  g_assert_cmpfloat (dashboard_zoom, >, pairs_zoom);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_text_sizes (void)
{
  double title, caption;

  /* Read from the back of a meeting room on a 1080p projector. */
  rd_slide_view_text_sizes (1920, 1080, &title, &caption);
  g_assert_cmpfloat (title, >=, 48);
  g_assert_cmpfloat (caption, >=, 28);
}

/* A show goes on another screen than the window's when there is one (the
 * largest of the others), unless asked for the window's own. */
static void
test_pick_monitor (void)
{
  const GdkRectangle one[] = { { 0, 0, 1366, 768 } };
  const GdkRectangle two[] = { { 0, 0, 1366, 768 }, { 1366, 0, 1024, 768 } };
  const GdkRectangle three[] = { { 0, 0, 1920, 1080 }, { 1920, 0, 1280, 720 }, { 3200, 0, 1920, 1080 } };

  g_assert_cmpuint (rd_presentation_pick_monitor (one, 1, 0, TRUE), ==, 0);
  g_assert_cmpuint (rd_presentation_pick_monitor (one, 1, 0, FALSE), ==, 0);
  /* A laptop and a projector: the projector, wherever the window is. */
  g_assert_cmpuint (rd_presentation_pick_monitor (two, 2, 0, TRUE), ==, 1);
  g_assert_cmpuint (rd_presentation_pick_monitor (two, 2, 1, TRUE), ==, 0);
  g_assert_cmpuint (rd_presentation_pick_monitor (two, 2, 0, FALSE), ==, 0);
  g_assert_cmpuint (rd_presentation_pick_monitor (two, 2, 1, FALSE), ==, 1);
  /* Of several others, the largest; the first of equals. */
  g_assert_cmpuint (rd_presentation_pick_monitor (three, 3, 0, TRUE), ==, 2);
  g_assert_cmpuint (rd_presentation_pick_monitor (three, 3, 2, TRUE), ==, 0);
  g_assert_cmpuint (rd_presentation_pick_monitor (three, 3, 1, TRUE), ==, 0);
  /* A window on no known monitor: the first. */
  g_assert_cmpuint (rd_presentation_pick_monitor (two, 2, 7, TRUE), ==, 0);
}

/* F5 puts the show fullscreen on the chosen monitor (Xvfb has one: the
 * window's); Choose Slides remembers which screen. */
static void
test_show_on_monitor (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  g_autoptr(GPtrArray) drops = g_ptr_array_new ();
  RdWindow *window = rd_window_new (NULL, settings);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GtkWindow *dialog;
  RdPresentation *show;
  GdkMonitor *own;
  g_autofree char *screen = NULL;

  g_settings_set_string (settings, "presentation-screen", "other");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));
  own = gdk_display_get_monitor_at_surface (display, gtk_native_get_surface (GTK_NATIVE (window)));
  g_assert_nonnull (own);
  g_assert_true (rd_window_get_presentation_monitor (window) == own);

  show = rd_window_present_slides (window);
  g_assert_nonnull (show);
  g_assert_true (rd_presentation_get_monitor (show) == own);
  g_assert_true (rd_test_press_key (GTK_WIDGET (show), GDK_KEY_Escape));

  dialog = rd_window_choose_slides (window);
  rd_test_collect (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, drops);
  g_assert_cmpuint (drops->len, ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (drops->pdata[0]), ==, 0);
  gtk_drop_down_set_selected (drops->pdata[0], 1);
  screen = g_settings_get_string (settings, "presentation-screen");
  g_assert_cmpstr (screen, ==, "window");
  gtk_window_destroy (dialog);
  g_assert_true (rd_window_get_presentation_monitor (window) == own);

  g_settings_reset (settings, "presentation-screen");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation/deck-and-back", test_deck_and_back);
  g_test_add_func ("/presentation/pairs-view", test_pairs_view);
  g_test_add_func ("/presentation/choose-slides", test_choose_slides);
  g_test_add_func ("/presentation/pick-monitor", test_pick_monitor);
  g_test_add_func ("/presentation/show-on-monitor", test_show_on_monitor);
  g_test_add_func ("/presentation/zoom-keeps-figures", test_zoom_keeps_figures);
  g_test_add_func ("/presentation/zoom-follows-slide", test_zoom_follows_slide);
  g_test_add_func ("/presentation/text-sizes", test_text_sizes);

  return g_test_run ();
}
