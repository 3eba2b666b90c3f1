/* rd-test-window.c */
#include "config.h"

#include <glib/gstdio.h>

#include "rd-import.h"
#include "rd-library.h"
#include "rd-renderer.h"
#include "rd-test-util.h"
#include "rd-test-window.h"

void
rd_test_window_init (int    *argc,
                     char ***argv)
{
  rd_application_init_i18n ();
  gtk_test_init (argc, argv, NULL);
  /* GTK's renderer as the application chooses it (cairo where OpenGL is
   * software, as under Xvfb), before any window: the tests that start the
   * application would otherwise switch renderers halfway, which GTK 4.8
   * does not expect (a 16 kB buffer leaks when a popover opens after). A
   * subprocess test chooses for itself. */
  if (!g_test_subprocess ())
    rd_renderer_choose (gdk_display_get_default ());
}

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

void
rd_test_start_application (RdApplication *app)
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

char *
rd_test_new_library (void)
{
  char *path = rd_library_get_default_path ();
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GError) error = NULL;

  g_unlink (path);
  library = rd_library_open_full (path, rd_test_builtin_dataset (), 1000, &error);
  g_assert_no_error (error);
  return path;
}

gint64
rd_test_add_corpus_report (const char *path,
                           const char *name)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "reports", name, NULL);
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(RdReportDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft = rd_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  library = rd_library_open_full (path, NULL, 1000, &error);
  g_assert_no_error (error);
  id = rd_library_add_draft (library, draft, NULL, &error);
  g_assert_no_error (error);
  return id;
}

GtkDialog *
rd_test_find_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_DIALOG (window);
    }
  return NULL;
}

RdReviewItem *
rd_test_review_item_at (RdReviewView *view,
                        guint         position)
{
  RdReviewItem *item = g_list_model_get_item (rd_review_view_get_figures (view), position);

  g_assert_nonnull (item);
  g_object_unref (item);
  return item;
}
