/* test-export-ui.c: the export dialog and printing, from the window (Xvfb) */
#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-print.h"
#include "rd-test-util.h"
#include "rd-window.h"

typedef struct
{
  gboolean  done;
  GError   *error;
} Outcome;

static void
on_done (RdExportDialog *dialog,
         const GError   *error,
         Outcome        *outcome)
{
  outcome->done = TRUE;
  g_clear_error (&outcome->error);
  outcome->error = error ? g_error_copy (error) : NULL;
}

static void
wait_done (Outcome *outcome)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!outcome->done && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (outcome->done);
}

static RdWindow *
open_window (GSettings *settings)
{
  RdWindow *window = rd_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_open_path (window, rd_test_builtin_dataset ()));
  return window;
}

static void
test_export_chart (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window;
  RdExportDialog *dialog;
  RdExportOptions options;
  Outcome outcome = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("rd-export-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;

  /* The dialog starts from the choices remembered last time. */
  g_settings_set_string (settings, "export-size", "slide-small");
  g_settings_set_int (settings, "export-scale", 2);
  g_settings_set_boolean (settings, "export-caption", TRUE);

  window = open_window (settings);
  g_assert_true (rd_window_select_sector (window, "fiscal"));
  dialog = rd_window_export (window, "chart");
  g_assert_nonnull (dialog);
  rd_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, RD_EXPORT_PNG);
  g_assert_cmpint (options.size, ==, RD_EXPORT_SIZE_SLIDE_SMALL);
  g_assert_cmpint (options.scale, ==, 2);
  g_assert_true (options.include_caption);

  g_signal_connect (dialog, "done", G_CALLBACK (on_done), &outcome);
  g_object_ref (dialog);
  rd_export_dialog_export_to (dialog, path, FALSE);
  wait_done (&outcome);
  g_assert_no_error (outcome.error);

  texture = gdk_texture_new_from_filename (path, NULL);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2560);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1440);

  /* Never replaced without asking. */
  outcome.done = FALSE;
  rd_export_dialog_export_to (dialog, path, FALSE);
  wait_done (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&outcome.error);
  g_object_unref (dialog);

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_sector_to_folder (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  RdWindow *window = open_window (settings);
  g_autoptr(GPtrArray) charts = NULL;
  RdExportDialog *dialog;
  Outcome outcome = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("rd-export-ui-XXXXXX", NULL);
  GPtrArray *written;

  g_settings_set_string (settings, "export-format", "svg");
  g_assert_true (rd_window_select_sector (window, "environment"));
  charts = rd_window_get_charts_for (window, "sector");
  g_assert_cmpuint (charts->len, >, 1);

  dialog = g_object_ref (rd_window_export (window, "sector"));
  g_signal_connect (dialog, "done", G_CALLBACK (on_done), &outcome);
  rd_export_dialog_export_to (dialog, dir, FALSE);
  wait_done (&outcome);
  g_assert_no_error (outcome.error);

  written = rd_export_dialog_get_written (dialog);
  g_assert_nonnull (written);
  g_assert_cmpuint (written->len, ==, charts->len);
  for (guint i = 0; i < written->len; i++)
    {
      g_assert_true (g_str_has_suffix (g_ptr_array_index (written, i), ".svg"));
      g_assert_true (g_file_test (g_ptr_array_index (written, i), G_FILE_TEST_IS_REGULAR));
    }
  {
    g_autofree char *folder = g_settings_get_string (settings, "export-folder");
    g_assert_cmpstr (folder, ==, dir);
  }
  g_object_unref (dialog);

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_cancel (void)
{
  RdWindow *window = open_window (NULL);
  RdExportDialog *dialog;
  Outcome outcome = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("rd-export-ui-XXXXXX", NULL);
  g_autoptr(GDir) listing = NULL;

  dialog = g_object_ref (rd_window_export (window, "all"));
  g_signal_connect (dialog, "done", G_CALLBACK (on_done), &outcome);
  rd_export_dialog_export_to (dialog, dir, FALSE);
  rd_export_dialog_cancel (dialog);
  wait_done (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);

  /* Nothing half-written is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_object_unref (dialog);

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_print_sector_to_pdf (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rd-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sector.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  guint pages = 0;

  g_assert_true (rd_window_select_sector (window, "industry"));
  charts = rd_window_get_charts_for (window, "sector");
  g_assert_cmpint (rd_print_charts (GTK_WINDOW (window), charts, "报告", pdf, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  /* One page a chart. */
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  /* Compressed streams hold NUL bytes: search the whole buffer. */
  for (const char *p = contents;
       (p = memmem (p, length - (p - contents), "/Type /Page", 11)) != NULL;
       p++)
    if (p + 11 < contents + length && p[11] != 's')
      pages++;
  g_assert_cmpuint (pages, ==, charts->len);

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-ui/chart", test_export_chart);
  g_test_add_func ("/export-ui/sector-to-folder", test_export_sector_to_folder);
  g_test_add_func ("/export-ui/cancel", test_export_cancel);
  g_test_add_func ("/export-ui/print-sector-to-pdf", test_print_sector_to_pdf);

  return g_test_run ();
}
