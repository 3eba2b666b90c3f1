/* test-presentation.c: the slideshow driven by key events, through a deck
 * and back to the window (Xvfb). */
#include "config.h"

#include <gtk/gtk.h>

#include "rd-application.h"
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

static void
test_text_sizes (void)
{
  double title, caption;

  /* Read from the back of a meeting room on a 1080p projector. */
  rd_slide_view_text_sizes (1920, 1080, &title, &caption);
  g_assert_cmpfloat (title, >=, 48);
  g_assert_cmpfloat (caption, >=, 28);
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation/deck-and-back", test_deck_and_back);
  g_test_add_func ("/presentation/text-sizes", test_text_sizes);

  return g_test_run ();
}
