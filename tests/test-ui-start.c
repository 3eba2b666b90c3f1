/* test-ui-start.c: the window as it starts and opens datasets under Xvfb:
 * the renderer, the first frame, the error page, the chosen file and the
 * remembered window state. */
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

/* The folder Open Dataset shows first, then hides it again. */

static gboolean
window_not_busy (gpointer window)
{
  return !rd_window_is_busy (window);
}

/* Open Built-in Dataset reads the file in a thread. */
static void
wait_opened (RdWindow *window)
{
  g_assert_true (rd_test_wait_for (window_not_busy, window));
}

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
  RdWindow *window = rd_test_open_window (NULL);
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
  rd_test_start_application (app);
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
test_error_state (void)
{
  RdWindow *window = rd_test_open_window (NULL);
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
  rd_test_start_application (app);
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
  rd_test_start_application (app);
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

  rd_test_start_application (app);
  g_application_open (G_APPLICATION (app), &file, 1, "");

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RD_IS_WINDOW (window));
  g_assert_cmpstr (rd_window_get_page (RD_WINDOW (window)), ==, "dashboard");
  g_assert_cmpstr (rd_dataset_get_path (rd_window_get_dataset (RD_WINDOW (window))), ==, path);
  g_assert_cmpstr (rd_window_get_subtitle (RD_WINDOW (window)), ==, "天元区2019.sqlite");

  gtk_window_destroy (window);
  rd_test_remove_dir (dir);
}

/* The application loads the built-in dataset before it shows the window,
 * so the first frame is the finished dashboard: no page cross-fades in
 * from an empty window. */
static void
test_first_frame_is_final (void)
{
  g_autoptr(RdApplication) app = rd_application_new ();
  GtkWindow *window;

  rd_test_start_application (app);
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
  wait_opened (window);
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");
  g_assert_null (rd_window_get_subtitle (window));

  rd_test_remove_dir (dir);
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
  wait_opened (window);
  g_assert_cmpstr (rd_window_get_page (window), ==, "dashboard");

  rd_test_remove_dir (dir);
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

  window = rd_test_open_window (settings);
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
  rd_test_window_init (&argc, &argv);

  g_test_add_func ("/ui/first-frame-is-final", test_first_frame_is_final);
  g_test_add_func ("/ui/bad-builtin-on-start", test_bad_builtin_on_start);
  g_test_add_func ("/ui/library-on-start", test_library_on_start);
  g_test_add_func ("/ui/open-file-on-start", test_open_file_on_start);
  g_test_add_func ("/ui/renderer/names", test_renderer_names);
  g_test_add_func ("/ui/renderer/software-gl", test_renderer_software_gl);
  g_test_add_func ("/ui/renderer/gsk-renderer-wins", test_renderer_env_wins);
  g_test_add_func ("/ui/open-starts-in-dataset-folder", test_open_starts_in_dataset_folder);
  g_test_add_func ("/ui/error-state", test_error_state);
  g_test_add_func ("/ui/error-state-on-start", test_error_state_on_start);
  g_test_add_func ("/ui/subtitle-names-chosen-file", test_subtitle_names_chosen_file);
  g_test_add_func ("/ui/window-state-remembered", test_window_state_remembered);

  return g_test_run ();
}
