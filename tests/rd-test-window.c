/* rd-test-window.c */
#include "config.h"

#include "rd-test-util.h"
#include "rd-test-window.h"

RdWindow *
rd_test_open_window (GSettings *settings)
{
  RdWindow *window = rd_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
  return window;
}

gboolean
rd_test_chart_drawn (gpointer view)
{
  double x, y;

  return rd_chart_view_get_mark_center (view, 0, &x, &y);
}

gboolean
rd_test_expect_chinese (void)
{
  return g_strcmp0 (g_getenv ("RD_TEST_LANGUAGE"), "zh") == 0;
}
