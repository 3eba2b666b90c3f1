/* test-export.c: PNG, SVG and PDF files of charts (no display) */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
/* cairo 1.16 (Debian 12) loses 768 bytes in each PDF with text: its leak,
 * not ours, so LeakSanitizer does not see the PDF exports. */
#define PDF_LEAKS_BEGIN() __lsan_disable ()
#define PDF_LEAKS_END()   __lsan_enable ()
#else
#define PDF_LEAKS_BEGIN()
#define PDF_LEAKS_END()
#endif

#include "rd-dataset.h"
#include "rd-export.h"
#include "rd-format.h"
#include "rd-png.h"
#include "rd-render.h"
#include "rd-test-util.h"

/* RdChartData of the charts of @sector (NULL: all), as the app builds them. */
static GPtrArray *
charts_of (RdDataset  *dataset,
           const char *sector)
{
  GListModel *sectors = rd_dataset_get_sectors (dataset);
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);

  for (guint s = 0; s < g_list_model_get_n_items (sectors); s++)
    {
      g_autoptr(RdSector) item = g_list_model_get_item (sectors, s);
      GListModel *specs = rd_sector_get_charts (item);

      if (sector != NULL && !g_str_equal (rd_sector_get_id (item), sector))
        continue;
      for (guint c = 0; c < g_list_model_get_n_items (specs); c++)
        {
          g_autoptr(RdChartSpec) spec = g_list_model_get_item (specs, c);
          g_ptr_array_add (charts, rd_chart_data_new_for_spec (spec, rd_dataset_get_title (dataset)));
        }
    }

  g_assert_cmpuint (charts->len, >, 0);
  return charts;
}

static RdChartData *
literal_chart (const char *title)
{
  RdChartData *data = rd_chart_data_new ("bar", title, "2018年 · 实际 · 单位：亿元", "亿元",
                                         "来源：2019年天元区（株洲高新区）政府工作报告");

  rd_chart_data_add_item (data, "一般公共预算收入", 80.2, NULL, NULL, FALSE, NULL);
  rd_chart_data_add_item (data, "税收收入", 70, NULL, NULL, FALSE, NULL);
  return data;
}

static GPtrArray *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  return names;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GPtrArray) names = list_dir (dir);
  return names->len;
}

static cairo_surface_t *
read_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *) (cairo_image_surface_get_data (surface) +
                       y * cairo_image_surface_get_stride (surface) + x * 4);
}

/* Decodes @png with gdk-pixbuf (libpng, which checks every CRC and the
 * Adler-32) and checks that each pixel is @drawn's exactly: RGB, or RGBA
 * un-premultiplied as the PNG stores it. */
static void
assert_png_pixels (GBytes          *png,
                   cairo_surface_t *drawn)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) error = NULL;
  gboolean alpha = cairo_image_surface_get_format (drawn) == CAIRO_FORMAT_ARGB32;
  int width = cairo_image_surface_get_width (drawn);
  int height = cairo_image_surface_get_height (drawn);
  GdkPixbuf *pixbuf;
  const guint8 *pixels;
  int rowstride;

  loader = gdk_pixbuf_loader_new_with_type ("png", &error);
  g_assert_no_error (error);
  gdk_pixbuf_loader_write_bytes (loader, png, &error);
  g_assert_no_error (error);
  gdk_pixbuf_loader_close (loader, &error);
  g_assert_no_error (error);
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  g_assert_nonnull (pixbuf);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, width);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, height);
  g_assert_cmpint (gdk_pixbuf_get_has_alpha (pixbuf), ==, alpha);
  g_assert_cmpint (gdk_pixbuf_get_bits_per_sample (pixbuf), ==, 8);

  pixels = gdk_pixbuf_read_pixels (pixbuf);
  rowstride = gdk_pixbuf_get_rowstride (pixbuf);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixel_at (drawn, x, y);
        guint a = alpha ? p >> 24 : 255;
        guint rgb[3] = { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };
        const guint8 *q = pixels + (gsize) y * rowstride + x * (alpha ? 4 : 3);

        for (int i = 0; i < 3; i++)
          {
            guint expected = a == 0 || a == 255 ? rgb[i] : (rgb[i] * 255 + a / 2) / a;

            if (q[i] != expected)
              g_error ("pixel %d,%d of %dx%d: channel %d is %u, drawn %u (premultiplied %08x)",
                       x, y, width, height, i, q[i], expected, p);
          }
        if (alpha && q[3] != a)
          g_error ("pixel %d,%d of %dx%d: alpha %u, drawn %u", x, y, width, height, q[3], a);
      }
}

/* Every chart of the dataset with every combination of title, source and
 * caption, on each background: drawn without a cairo error. */
static void
test_draw_every_chart (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 270);
  RdExportOptions options;

  rd_export_options_init (&options);
  for (guint i = 0; i < charts->len; i++)
    for (guint flags = 0; flags < 8; flags++)
      {
        cairo_t *cr = cairo_create (surface);

        options.include_title = flags & 1;
        options.include_source = flags & 2;
        options.include_caption = flags & 4;
        options.background = (i + flags) % 3;
        rd_export_draw (cr, charts->pdata[i], &options, 480, 270);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
      }
  cairo_surface_destroy (surface);
}

static void
test_png_size (void)
{
  g_autoptr(RdChartData) data = literal_chart ("规模工业增加值");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  RdExportOptions options;

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_CUSTOM;
  options.width = 320;
  options.height = 180;

  for (int scale = 1; scale <= 3; scale++)
    {
      g_autofree char *name = g_strdup_printf ("chart-%d.png", scale);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;
      cairo_surface_t *png;

      options.scale = scale;
      g_assert_true (rd_export_chart (data, &options, path, NULL, &error));
      g_assert_no_error (error);

      /* The title, for searches: an iTXt chunk. */
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (rd_test_contains_bytes (contents, length, "iTXtTitle"));
      g_assert_true (rd_test_contains_bytes (contents, length, "规模工业增加值"));
      g_clear_pointer (&contents, g_free);

      png = read_png (path);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, 320 * scale);
      g_assert_cmpint (cairo_image_surface_get_height (png), ==, 180 * scale);
      /* White and opaque: no alpha channel, a white corner. */
      g_assert_cmpint (cairo_image_surface_get_format (png), ==, CAIRO_FORMAT_RGB24);
      g_assert_cmphex (pixel_at (png, 0, 0) & 0xffffff, ==, 0xffffff);
      cairo_surface_destroy (png);
    }

  /* The slide preset. */
  options.size = RD_EXPORT_SIZE_SLIDE;
  options.scale = 1;
  {
    g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
    cairo_surface_t *png;

    g_assert_true (rd_export_chart (data, &options, path, NULL, NULL));
    png = read_png (path);
    g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
    g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080);
    cairo_surface_destroy (png);
  }

  g_assert_cmpuint (count_files (dir), ==, 4);
  rd_test_remove_dir (dir);
}

static void
test_png_backgrounds (void)
{
  g_autoptr(RdChartData) data = literal_chart ("税收占比");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autofree char *transparent = g_build_filename (dir, "transparent.png", NULL);
  g_autofree char *dark = g_build_filename (dir, "dark.png", NULL);
  RdExportOptions options;
  cairo_surface_t *png;

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_SLIDE_SMALL;
  options.scale = 2;

  options.background = RD_EXPORT_BACKGROUND_TRANSPARENT;
  g_assert_true (rd_export_chart (data, &options, transparent, NULL, NULL));
  png = read_png (transparent);
  g_assert_cmpint (cairo_image_surface_get_format (png), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2560);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1440);
  g_assert_cmphex (pixel_at (png, 0, 0) >> 24, ==, 0);
  g_assert_cmphex (pixel_at (png, 2559, 1439) >> 24, ==, 0);
  cairo_surface_destroy (png);

  options.background = RD_EXPORT_BACKGROUND_DARK;
  g_assert_true (rd_export_chart (data, &options, dark, NULL, NULL));
  png = read_png (dark);
  g_assert_cmphex (pixel_at (png, 0, 0) & 0xffffff, ==, 0x242424);
  cairo_surface_destroy (png);

  rd_test_remove_dir (dir);
}

/* The PNG writer keeps every pixel: the exported file decodes to the
 * drawing, on each background, at each scale, at the smallest size, an
 * odd width and a common one. */
static void
test_png_lossless (void)
{
  static const int sizes[][2] = { { 16, 16 }, { 333, 77 }, { 400, 300 } };
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, "fiscal");
  RdExportOptions options;

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_CUSTOM;
  options.include_caption = TRUE;

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (int scale = 1; scale <= 3; scale++)
      for (int background = 0; background < 3; background++)
        {
          gboolean alpha = background == RD_EXPORT_BACKGROUND_TRANSPARENT;
          int width = sizes[z][0] * scale, height = sizes[z][1] * scale;
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = NULL;
          cairo_surface_t *drawn = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                               width, height);
          cairo_t *cr = cairo_create (drawn);

          options.width = sizes[z][0];
          options.height = sizes[z][1];
          options.scale = scale;
          options.background = background;
          cairo_scale (cr, scale, scale);
          rd_export_draw (cr, charts->pdata[0], &options, options.width, options.height);
          cairo_destroy (cr);
          cairo_surface_flush (drawn);

          bytes = rd_export_to_bytes (charts->pdata[0], &options, &error);
          g_assert_no_error (error);
          assert_png_pixels (bytes, drawn);
          cairo_surface_destroy (drawn);
        }
}

static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

/* A chart of many lines of text (the report's 19 pairs at 1920×1080):
 * the export writer's file (zlib at level 1) stays within 1.25× the size
 * of cairo's (libpng's filters and zlib at level 6, which take several
 * times longer); the hand-written run-length deflate before it gave 1.6×. */
static void
test_png_text_size (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(RdChartData) data = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  RdRenderStyle style;
  gsize ours, cairo_size = 0;

  g_assert_nonnull (dataset);
  data = rd_chart_data_new_for_pairs (rd_dataset_get_pairs (dataset), NULL, rd_dataset_get_title (dataset));
  rd_render_style_init (&style, FALSE);
  rd_render_chart (cr, data, &style, NULL, 1920, 1080, NULL);
  cairo_destroy (cr);

  g_assert_true (rd_png_write (surface, 96, NULL, stream, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  ours = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, count_bytes, &cairo_size), ==, CAIRO_STATUS_SUCCESS);
  if (ours > 5 * cairo_size / 4)
    g_error ("the pairs chart's PNG is %zu bytes, cairo's %zu", ours, cairo_size);
  cairo_surface_destroy (surface);
}

/* The PNG writer on its own: noise (incompressible, several IDAT chunks),
 * one colour, runs of every length across rows, one pixel, translucent
 * and fully transparent pixels; gdk-pixbuf must read back the same pixels. */
static void
test_png_writer (void)
{
  static const struct {
    int            width, height;
    cairo_format_t format;
    int            kind;   /* 0 noise, 1 one colour, 2 runs of growing length, 3 short runs */
  } cases[] = {
    { 1, 1, CAIRO_FORMAT_RGB24, 1 },
    { 1, 1, CAIRO_FORMAT_ARGB32, 0 },
    { 1, 1, CAIRO_FORMAT_ARGB32, 1 },
    { 7, 5, CAIRO_FORMAT_RGB24, 0 },
    { 301, 97, CAIRO_FORMAT_ARGB32, 0 },
    { 300, 3, CAIRO_FORMAT_RGB24, 1 },
    { 1200, 40, CAIRO_FORMAT_RGB24, 2 },
    { 333, 40, CAIRO_FORMAT_RGB24, 3 },
    { 33, 17, CAIRO_FORMAT_ARGB32, 0 },
    { 1200, 40, CAIRO_FORMAT_ARGB32, 2 },
    { 333, 40, CAIRO_FORMAT_ARGB32, 3 },
  };
  GRand *rand = g_rand_new_with_seed (2019);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      gboolean alpha = cases[c].format == CAIRO_FORMAT_ARGB32;
      cairo_surface_t *surface = cairo_image_surface_create (cases[c].format, cases[c].width, cases[c].height);
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      guint32 colour = 0;
      int left = 0;

      cairo_surface_flush (surface);
      for (int y = 0; y < cases[c].height; y++)
        for (int x = 0; x < cases[c].width; x++)
          {
            guint32 *p = (guint32 *) (cairo_image_surface_get_data (surface) +
                                      y * cairo_image_surface_get_stride (surface)) + x;

            if (cases[c].kind == 1)
              colour = 0x00336699;
            else if (cases[c].kind == 0 || left-- <= 0)
              {
                colour = g_rand_int (rand);
                left = g_rand_int_range (rand, 0, cases[c].kind == 3 ? 6 : 700);
              }
            if (alpha)
              {
                /* Premultiplied: no channel above alpha. */
                guint a = colour >> 24;
                guint r = ((colour >> 16) & 0xff) * a / 255, g = ((colour >> 8) & 0xff) * a / 255,
                      b = (colour & 0xff) * a / 255;
                *p = a << 24 | r << 16 | g << 8 | b;
              }
            else
              *p = 0xff000000u | (colour & 0xffffff);
          }
      cairo_surface_mark_dirty (surface);

      g_assert_true (rd_png_write (surface, 96, "标题 Title", stream, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_output_stream_close (stream, NULL, NULL));
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
      assert_png_pixels (bytes, surface);
      cairo_surface_destroy (surface);
    }
  g_rand_free (rand);
}

typedef struct
{
  gboolean in_svg;
  gboolean in_title;
  GString *title;
  gboolean has_title;
  char    *width;
} SvgScan;

static void
svg_start (GMarkupParseContext *context, const char *element, const char **names,
           const char **values, gpointer user_data, GError **error)
{
  SvgScan *scan = user_data;

  if (g_str_equal (element, "svg") && scan->width == NULL)
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "width"))
        scan->width = g_strdup (values[i]);
  /* The first child of the root. */
  if (g_str_equal (element, "title") && g_markup_parse_context_get_element_stack (context)->next != NULL &&
      g_str_equal (g_markup_parse_context_get_element_stack (context)->next->data, "svg"))
    scan->in_title = scan->has_title = TRUE;
}

static void
svg_end (GMarkupParseContext *context, const char *element, gpointer user_data, GError **error)
{
  ((SvgScan *) user_data)->in_title = FALSE;
}

static void
svg_text (GMarkupParseContext *context, const char *text, gsize length, gpointer user_data, GError **error)
{
  SvgScan *scan = user_data;

  if (scan->in_title)
    g_string_append_len (scan->title, text, length);
}

static void
test_svg (void)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  const char *title = "2018年财政收入 & <税收> \"占比\"";
  g_autoptr(RdChartData) data = literal_chart (title);
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  SvgScan scan = { .title = g_string_new (NULL) };
  RdExportOptions options;
  gsize length;

  rd_export_options_init (&options);
  options.format = RD_EXPORT_SVG;
  options.scale = 3;    /* ignored: user units are the size */
  g_assert_true (rd_export_chart (data, &options, path, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  g_assert_true (scan.has_title);
  g_assert_cmpstr (scan.title->str, ==, title);
  g_assert_cmpstr (scan.width, ==, "1920px");
  g_string_free (scan.title, TRUE);
  g_free (scan.width);
  rd_test_remove_dir (dir);
}

/* The page size of a PDF, from its /MediaBox. */
static void
pdf_media_box (const char *path,
               double     *width,
               double     *height)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]",
                                         G_REGEX_RAW, 0, NULL);
  g_autofree char *x0 = NULL, *y0 = NULL, *x1 = NULL, *y1 = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (g_regex_match_full (regex, contents, length, 0, 0, &match, NULL));
  x0 = g_match_info_fetch (match, 1);
  y0 = g_match_info_fetch (match, 2);
  x1 = g_match_info_fetch (match, 3);
  y1 = g_match_info_fetch (match, 4);
  *width = g_ascii_strtod (x1, NULL) - g_ascii_strtod (x0, NULL);
  *height = g_ascii_strtod (y1, NULL) - g_ascii_strtod (y0, NULL);
}

static void
test_pdf (void)
{
  static const struct {
    RdExportSize size;
    double       width, height;
  } cases[] = {
    { RD_EXPORT_SIZE_A4_PORTRAIT,  595.28, 841.89 },
    { RD_EXPORT_SIZE_A4_LANDSCAPE, 841.89, 595.28 },
    { RD_EXPORT_SIZE_SLIDE,        1920, 1080 },
    { RD_EXPORT_SIZE_CUSTOM,       400, 300 },
  };
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, "overview");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  RdExportOptions options;

  rd_export_options_init (&options);
  options.format = RD_EXPORT_PDF;
  options.include_caption = TRUE;
  options.width = 400;
  options.height = 300;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      double width, height;

      options.size = cases[i].size;
      PDF_LEAKS_BEGIN ();
      g_assert_true (rd_export_chart (charts->pdata[0], &options, path, NULL, &error));
      PDF_LEAKS_END ();
      g_assert_no_error (error);
      pdf_media_box (path, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, cases[i].width, 0.01);
      g_assert_cmpfloat_with_epsilon (height, cases[i].height, 0.01);
    }

  rd_test_remove_dir (dir);
}

/* A full disk: the stream's error comes back as it is. */
static void
test_stream_full (void)
{
  g_autoptr(RdChartData) data = literal_chart ("规模工业增加值");
  static guint8 buffer[4096];
  RdExportOptions options;

  rd_export_options_init (&options);
  for (int format = RD_EXPORT_PNG; format <= RD_EXPORT_PDF; format++)
    {
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new (buffer, sizeof buffer, NULL, NULL);
      g_autoptr(GError) error = NULL;

      options.format = format;
      PDF_LEAKS_BEGIN ();
      g_assert_false (rd_export_to_stream (data, &options, stream, NULL, &error));
      PDF_LEAKS_END ();
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    }
}

static void
test_unwritable (void)
{
  g_autoptr(RdChartData) data = literal_chart ("规模工业增加值");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "file.txt", NULL);
  /* Under a regular file: fails even for root, unlike a read-only folder. */
  g_autofree char *under_file = g_build_filename (file, "out", "chart.png", NULL);
  g_autofree char *folder_under_file = g_build_filename (file, "out", NULL);
  const char *paths[] = { under_file, "/proc/reportdash-test.png" };
  RdExportOptions options;

  g_assert_true (g_file_set_contents (file, "not a folder", -1, NULL));
  rd_export_options_init (&options);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    for (int format = RD_EXPORT_PNG; format <= RD_EXPORT_PDF; format++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *display = g_filename_display_name (paths[i]);
        g_autofree char *expected = g_strdup_printf ("Cannot write to “%s”: ", display);

        options.format = format;
        g_assert_false (rd_export_chart (data, &options, paths[i], NULL, &error));
        g_assert_error (error, G_IO_ERROR, error->code);
        g_assert_true (g_str_has_prefix (error->message, expected));
        g_assert_nonnull (strstr (error->message, "Choose another folder"));
        g_assert_false (g_file_test (paths[i], G_FILE_TEST_EXISTS));
      }

  /* Nothing beside the file either: no temporary file left. */
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A folder export into it. */
  {
    g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
    g_autoptr(GError) error = NULL;

    g_ptr_array_add (charts, literal_chart ("一"));
    g_assert_null (rd_export_charts (charts, 2019, folder_under_file, &options, NULL, NULL, NULL, &error));
    g_assert_nonnull (error);
    g_assert_true (g_str_has_prefix (error->message, "Cannot write to"));
    g_assert_cmpuint (count_files (dir), ==, 1);
  }

  rd_test_remove_dir (dir);
}

static void
test_no_overwrite (void)
{
  g_autoptr(RdChartData) data = literal_chart ("规模工业增加值");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  RdExportOptions options;

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  rd_export_options_init (&options);

  for (int format = RD_EXPORT_PNG; format <= RD_EXPORT_PDF; format++)
    {
      options.format = format;
      g_assert_false (rd_export_chart (data, &options, path, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_clear_error (&error);
    }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_clear_pointer (&contents, g_free);

  options.format = RD_EXPORT_PNG;
  options.overwrite = TRUE;
  g_assert_true (rd_export_chart (data, &options, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\x89PNG"));
  g_assert_cmpuint (count_files (dir), ==, 1);

  rd_test_remove_dir (dir);
}

static void
test_folder_no_overwrite (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, "fiscal");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autofree char *name = rd_export_default_filename (charts->pdata[2], 2019, RD_EXPORT_PNG);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  RdExportOptions options;

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_SLIDE_SMALL;
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));

  /* One name exists: nothing is written, and the message names it. */
  g_assert_null (rd_export_charts (charts, 2019, dir, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");

  rd_test_remove_dir (dir);
}

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;
  GArray       *seen;
  GThread      *thread;
  gboolean      finished;
  GPtrArray    *paths;
  GError       *error;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *p = user_data;

  /* Always in the thread (and main context) of the caller, before the end. */
  g_assert_true (g_thread_self () == p->thread);
  g_assert_false (p->finished);
  g_assert_cmpuint (done, ==, p->seen->len);
  g_array_append_val (p->seen, total);
  if (p->cancel_at > 0 && done == p->cancel_at)
    g_cancellable_cancel (p->cancellable);
}

static void
test_folder (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, NULL);
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  Progress p = { .seen = g_array_new (FALSE, FALSE, sizeof (guint)), .thread = g_thread_self () };
  RdExportOptions options;

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_CUSTOM;
  options.width = 320;
  options.height = 180;
  paths = rd_export_charts (charts, 2019, dir, &options, on_progress, &p, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (paths);

  /* 0, 1, … n of n */
  g_assert_cmpuint (p.seen->len, ==, charts->len + 1);
  g_assert_cmpuint (g_array_index (p.seen, guint, 0), ==, charts->len);
  g_assert_cmpuint (paths->len, ==, charts->len);
  g_assert_cmpuint (count_files (dir), ==, charts->len);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);

      g_assert_true (g_file_test (paths->pdata[i], G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_str_has_suffix (base, ".png"));
      g_assert_false (g_hash_table_contains (names, paths->pdata[i]));
      g_hash_table_add (names, paths->pdata[i]);
    }

  g_array_unref (p.seen);
  rd_test_remove_dir (dir);
}

static void
test_folder_cancel (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  Progress p = {
    .cancellable = cancellable, .cancel_at = 3,
    .seen = g_array_new (FALSE, FALSE, sizeof (guint)), .thread = g_thread_self (),
  };
  RdExportOptions options;

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_SLIDE_SMALL;
  g_assert_null (rd_export_charts (charts, 2019, dir, &options, on_progress, &p, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* No partial file, no temporary file, and no file at all. */
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_assert_cmpuint (p.seen->len, <, charts->len + 1);

  /* Cancelled before it starts. */
  g_clear_error (&error);
  g_assert_null (rd_export_charts (charts, 2019, dir, &options, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (dir), ==, 0);

  g_array_unref (p.seen);
  rd_test_remove_dir (dir);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Progress *p = user_data;

  p->paths = rd_export_charts_finish (result, &p->error);
  p->finished = TRUE;
}

static void
test_folder_async (void)
{
  g_autoptr(RdDataset) dataset = rd_test_open_builtin ();
  g_autoptr(GPtrArray) charts = charts_of (dataset, "fiscal");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  Progress p = { .seen = g_array_new (FALSE, FALSE, sizeof (guint)), .thread = g_thread_self () };
  RdExportOptions options;

  rd_export_options_init (&options);
  options.format = RD_EXPORT_SVG;
  rd_export_charts_async (charts, 2019, dir, &options, on_progress, &p, NULL, on_exported, &p);
  while (!p.finished)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (p.error);
  g_assert_cmpuint (p.paths->len, ==, charts->len);
  g_assert_cmpuint (p.seen->len, ==, charts->len + 1);
  g_assert_cmpuint (count_files (dir), ==, charts->len);

  g_ptr_array_unref (p.paths);
  g_array_unref (p.seen);
  rd_test_remove_dir (dir);
}

static void
test_default_filename (void)
{
  static const struct {
    const char *title;
    int         year;
    const char *expected;
  } cases[] = {
    { "2018年财政收入", 2019, "2018年财政收入-2019.png" },
    { "Annual investment in key projects, 2019", 2019, "Annual investment in key projects, 2019.png" },
    { "增速:2018年实绩与2019年目标", 2019, "增速_2018年实绩与2019年目标.png" },
    { "a/b\\c:d*e?f\"g<h>i|j", 2019, "a_b_c_d_e_f_g_h_i_j-2019.png" },
    { "tab\there\nline\x01", 0, "tab_here_line.png" },
    { "../..", 2019, "chart-2019.png" },
    { ".hidden. ", 2019, "hidden-2019.png" },
    { "", 2019, "chart-2019.png" },
    { "“营销帮扶”增加销售收入", 2019, "“营销帮扶”增加销售收入-2019.png" },
    /* A right-to-left override would show "gnp.exe" as "exe.png" (issue 19, point 6). */
    { "report\u202Egnp.exe", 0, "report_gnp.exe.png" },
    { "a\u200Bb\u2066c", 0, "a_b_c.png" },
  };
  g_autoptr(GString) long_title = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RdChartData) data = rd_chart_data_new ("bar", cases[i].title, NULL, NULL, NULL);
      g_autofree char *name = rd_export_default_filename (data, cases[i].year, RD_EXPORT_PNG);

      g_assert_cmpstr (name, ==, cases[i].expected);
    }

  for (guint i = 0; i < 200; i++)
    g_string_append (long_title, "高新区");
  {
    g_autoptr(RdChartData) data = rd_chart_data_new ("bar", long_title->str, NULL, NULL, NULL);
    g_autofree char *svg = rd_export_default_filename (data, 2019, RD_EXPORT_SVG);
    g_autofree char *pdf = rd_export_default_filename (data, 2019, RD_EXPORT_PDF);

    /* Within a file name's 255 bytes, with room for a temporary name. */
    g_assert_cmpuint (strlen (svg), <=, 200);
    g_assert_true (g_utf8_validate (svg, -1, NULL));
    g_assert_true (g_str_has_suffix (svg, "-2019.svg"));
    g_assert_true (g_str_has_suffix (pdf, "-2019.pdf"));
  }
}

static void
test_caption (void)
{
  g_autoptr(RdDataset) dataset = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *source_only = NULL;
  g_autofree char *excerpt_only = NULL;
  RdIndicator *indicator;
  RdExportOptions options;

  rd_format_force_language ("en");
  dataset = rd_test_open_builtin ();
  charts = charts_of (dataset, "overview");
  indicator = g_array_index (((RdChartData *) charts->pdata[0])->items, RdChartItem, 0).user_data;

  rd_export_options_init (&options);
  options.include_caption = TRUE;
  caption = rd_export_get_caption (charts->pdata[0], &options);
  g_assert_true (g_str_has_prefix (caption, "Source: "));
  g_assert_nonnull (strstr (caption, rd_dataset_get_title (dataset)));
  g_assert_nonnull (strstr (caption, "; Report text: "));
  g_assert_nonnull (strstr (caption, rd_indicator_get_excerpt (indicator)));

  options.include_source = FALSE;
  excerpt_only = rd_export_get_caption (charts->pdata[0], &options);
  g_assert_true (g_str_has_prefix (excerpt_only, "Report text: "));

  /* Literal charts have no sentences: the source alone. */
  {
    g_autoptr(RdChartData) data = literal_chart ("一");

    options.include_source = TRUE;
    source_only = rd_export_get_caption (data, &options);
    g_assert_cmpstr (source_only, ==, data->source);
    options.include_source = FALSE;
    g_assert_null (rd_export_get_caption (data, &options));
  }
  /* The sentence comes with the chart's data, not from a model object. */
  {
    g_autoptr(RdChartData) data = literal_chart ("一");
    RdChartItem *item = &g_array_index (data->items, RdChartItem, 0);
    g_autofree char *with_sentence = NULL;

    g_assert_null (item->user_data);
    item->excerpt = g_strdup ("全年地区生产总值增长9%。");
    item->highlight_start = strlen ("全年地区生产总值增长");
    item->highlight_end = item->highlight_start + 2;
    options.include_source = FALSE;
    with_sentence = rd_export_get_caption (data, &options);
    g_assert_cmpstr (with_sentence, ==, "Report text: 全年地区生产总值增长9%。");
  }
  rd_format_force_language (NULL);
}

static void
test_bad_size (void)
{
  g_autoptr(RdChartData) data = literal_chart ("一");
  g_autofree char *dir = g_dir_make_tmp ("rd-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  RdExportOptions options;
  const double sizes[][2] = { { 0, 100 }, { 100, -1 }, { 20000, 100 }, { 12000, 12000 } };

  rd_export_options_init (&options);
  options.size = RD_EXPORT_SIZE_CUSTOM;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;

      options.width = sizes[i][0];
      options.height = sizes[i][1];
      options.scale = i == 3 ? 3 : 1;
      g_assert_false (rd_export_chart (data, &options, path, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }

  options.width = options.height = 100;
  options.scale = 4;
  g_assert_false (rd_export_chart (data, &options, path, NULL, NULL));
  g_assert_cmpuint (count_files (dir), ==, 0);
  rd_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/draw-every-chart", test_draw_every_chart);
  g_test_add_func ("/export/png/size", test_png_size);
  g_test_add_func ("/export/png/backgrounds", test_png_backgrounds);
  g_test_add_func ("/export/png/text-size", test_png_text_size);
  g_test_add_func ("/export/png/lossless", test_png_lossless);
  g_test_add_func ("/export/png/writer", test_png_writer);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/unwritable", test_unwritable);
  g_test_add_func ("/export/disk-full", test_stream_full);
  g_test_add_func ("/export/no-overwrite", test_no_overwrite);
  g_test_add_func ("/export/bad-size", test_bad_size);
  g_test_add_func ("/export/default-filename", test_default_filename);
  g_test_add_func ("/export/caption", test_caption);
  g_test_add_func ("/export/folder/all", test_folder);
  g_test_add_func ("/export/folder/no-overwrite", test_folder_no_overwrite);
  g_test_add_func ("/export/folder/cancel", test_folder_cancel);
  g_test_add_func ("/export/folder/async", test_folder_async);

  return g_test_run ();
}
