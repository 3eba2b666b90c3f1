/* test-export-ui.c: the export dialog and printing, from the window (Xvfb) */
#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-chart-view.h"
#include "rd-export.h"
#include "rd-pairs-view.h"
#include "rd-print.h"
#include "rd-test-gtk.h"
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

/* The pages of the PDF file @path. */
static guint
count_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Compressed streams hold NUL bytes: search the whole buffer. */
  for (const char *p = contents;
       (p = memmem (p, length - (p - contents), "/Type /Page", 11)) != NULL;
       p++)
    if (p + 11 < contents + length && p[11] != 's')
      pages++;
  return pages;
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

typedef struct { int x0, y0, x1, y1; } Box;

/* The preview drawn into a transparent PREVIEW_W × PREVIEW_H image, and
 * the box of what it painted (the page and its border). */
#define PREVIEW_W 392
#define PREVIEW_H 240

static cairo_surface_t *
draw_preview (RdExportDialog *dialog,
              Box            *box)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PREVIEW_W, PREVIEW_H);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;

  rd_export_dialog_draw_preview (dialog, cr, PREVIEW_W, PREVIEW_H);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  *box = (Box) { PREVIEW_W, PREVIEW_H, -1, -1 };
  for (int y = 0; y < PREVIEW_H; y++)
    for (int x = 0; x < PREVIEW_W; x++)
      if (((const guint32 *) (data + y * stride))[x] >> 24 != 0)
        {
          box->x0 = MIN (box->x0, x);
          box->y0 = MIN (box->y0, y);
          box->x1 = MAX (box->x1, x);
          box->y1 = MAX (box->y1, y);
        }
  return surface;
}

/* Grey level (0..1) of the preview at (@x, @y). */
static double
grey_at (cairo_surface_t *surface,
         int              x,
         int              y)
{
  guint32 pixel = ((const guint32 *) (cairo_image_surface_get_data (surface) +
                                      y * cairo_image_surface_get_stride (surface)))[x];

  return (((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / (3.0 * 255);
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 cairo_image_surface_get_stride (a) * PREVIEW_H) == 0;
}

/* The export dialog previews the file: the page's shape follows the size,
 * its background the choice, and it changes with what is included. */
static void
test_export_preview (void)
{
  g_autoptr(GSettings) settings = rd_application_create_settings ();
  g_autoptr(GPtrArray) drops = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  RdWindow *window;
  RdExportDialog *dialog;
  cairo_surface_t *slide, *portrait, *dark, *captioned;
  Box box;

  g_settings_set_string (settings, "export-size", "slide");
  g_settings_set_string (settings, "export-background", "white");
  g_settings_set_boolean (settings, "export-caption", FALSE);
  window = open_window (settings);
  g_assert_true (rd_window_select_sector (window, "fiscal"));
  dialog = rd_window_export (window, "chart");
  g_assert_nonnull (dialog);

  /* A slide: 16:9 across the preview's width, on white. */
  slide = draw_preview (dialog, &box);
  g_assert_cmpint (box.x1 - box.x0, >=, PREVIEW_W - 4);
  g_assert_cmpfloat_with_epsilon ((double) (box.x1 - box.x0) / (box.y1 - box.y0), 16.0 / 9, 0.05);
  g_assert_cmpfloat (grey_at (slide, box.x0 + 4, box.y0 + 4), >, 0.95);

  rd_test_collect (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, drops);
  rd_test_collect (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  rd_test_collect (GTK_WIDGET (dialog), GTK_TYPE_DRAWING_AREA, areas);
  g_assert_cmpuint (drops->len, ==, 4);   /* format, size, scale, background */
  g_assert_cmpuint (checks->len, ==, 3);  /* title, source, caption */
  g_assert_cmpuint (areas->len, ==, 1);
  g_assert_cmpint (gtk_drawing_area_get_content_height (areas->pdata[0]), <=,
                   (gtk_drawing_area_get_content_width (areas->pdata[0]) * 9) / 16 + 4);

  /* A4 portrait: taller than wide, and the preview grows to show it. */
  gtk_drop_down_set_selected (drops->pdata[1], 2);
  portrait = draw_preview (dialog, &box);
  g_assert_cmpfloat_with_epsilon ((double) (box.x1 - box.x0) / (box.y1 - box.y0), 210.0 / 297, 0.05);
  g_assert_cmpint (gtk_drawing_area_get_content_height (areas->pdata[0]), ==, 240);
  g_assert_false (same_pixels (slide, portrait));

  /* The dark background. */
  gtk_drop_down_set_selected (drops->pdata[1], 0);
  gtk_drop_down_set_selected (drops->pdata[3], 2);
  dark = draw_preview (dialog, &box);
  g_assert_cmpfloat (grey_at (dark, box.x0 + 4, box.y0 + 4), <, 0.3);

  /* The report's sentence as a caption changes the page. */
  gtk_drop_down_set_selected (drops->pdata[3], 0);
  gtk_check_button_set_active (checks->pdata[2], TRUE);
  captioned = draw_preview (dialog, &box);
  g_assert_false (same_pixels (slide, captioned));

  cairo_surface_destroy (slide);
  cairo_surface_destroy (portrait);
  cairo_surface_destroy (dark);
  cairo_surface_destroy (captioned);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the actual-against-target view, export acts on its chart: the file is
 * the pairs chart, drawn by rd_export like any other (the same bytes as
 * rd_export_to_bytes() of the view's chart data), not a dashboard chart. */
static void
test_export_pairs_view (void)
{
  RdWindow *window = open_window (NULL);
  RdExportDialog *dialog;
  RdExportOptions options;
  Outcome outcome = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("rd-export-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pairs.png", NULL);
  g_autofree char *written = NULL;
  gsize length = 0;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(RdChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  g_assert_cmpstr (rd_window_get_view (window), ==, "pairs");
  view = rd_window_get_pairs_view (window);
  data = rd_pairs_view_new_chart_data (RD_PAIRS_VIEW (view));
  g_assert_nonnull (data);
  g_assert_cmpstr (data->chart_type, ==, "pairs");

  dialog = rd_window_export (window, "chart");
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (dialog)), "”"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (dialog)), data->title));
  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (on_done), &outcome);
  rd_export_dialog_export_to (dialog, path, FALSE);
  wait_done (&outcome);
  g_assert_no_error (outcome.error);

  rd_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, RD_EXPORT_PNG);
  expected = rd_export_to_bytes (data, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  /* "Export Sector" there is the page shown: the same one chart. */
  {
    RdExportDialog *sector = rd_window_export (window, "sector");

    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sector)), ==, gtk_window_get_title (GTK_WINDOW (dialog)));
    gtk_window_destroy (GTK_WINDOW (sector));
  }
  g_object_unref (dialog);

  /* Copy puts the chart on the clipboard there too. */
  {
    GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));

    gdk_clipboard_set_text (clipboard, "");
    g_assert_false (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
    g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));

    /* The pairs chart, drawn as the dashboard's charts are for the
     * clipboard. */
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GdkTexture) expected_texture = rd_chart_texture_new (data, 1920, 1080);
      GdkTexture *copied;
      g_autofree guchar *a = g_malloc (1920 * 1080 * 4);
      g_autofree guchar *b = g_malloc (1920 * 1080 * 4);

      g_value_init (&value, GDK_TYPE_TEXTURE);
      g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value, NULL));
      copied = g_value_get_object (&value);
      g_assert_cmpint (gdk_texture_get_width (copied), ==, 1920);
      g_assert_cmpint (gdk_texture_get_height (copied), ==, 1080);
      gdk_texture_download (copied, a, 1920 * 4);
      gdk_texture_download (expected_texture, b, 1920 * 4);
      g_assert_true (memcmp (a, b, 1920 * 1080 * 4) == 0);
    }
  }

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Printing from the pairs view prints its chart: one page. */
static void
test_print_pairs_to_pdf (void)
{
  RdWindow *window = open_window (NULL);
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
  g_autofree char *dir = g_dir_make_tmp ("rd-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "pairs.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pairs"));
  view = rd_window_get_pairs_view (window);
  g_ptr_array_add (charts, rd_pairs_view_new_chart_data (RD_PAIRS_VIEW (view)));
  g_assert_cmpint (rd_print_chart_data (GTK_WINDOW (window), charts, "报告", pdf, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (pdf), ==, 1);

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
  g_autoptr(GError) error = NULL;

  g_assert_true (rd_window_select_sector (window, "industry"));
  charts = rd_window_get_charts_for (window, "sector");
  g_assert_cmpint (rd_print_charts (GTK_WINDOW (window), charts, "报告", pdf, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  /* One page a chart. */
  g_assert_cmpuint (count_pages (pdf), ==, charts->len);

  rd_test_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  rd_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-ui/chart", test_export_chart);
  g_test_add_func ("/export-ui/preview", test_export_preview);
  g_test_add_func ("/export-ui/pairs-view", test_export_pairs_view);
  g_test_add_func ("/export-ui/print-pairs-to-pdf", test_print_pairs_to_pdf);
  g_test_add_func ("/export-ui/sector-to-folder", test_export_sector_to_folder);
  g_test_add_func ("/export-ui/cancel", test_export_cancel);
  g_test_add_func ("/export-ui/print-sector-to-pdf", test_print_sector_to_pdf);

  return g_test_run ();
}
