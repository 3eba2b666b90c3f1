/* rd-export.c: PNG, SVG and PDF files of a chart, written atomically */
#define G_LOG_DOMAIN "reportdash-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rd-export.h"
#include "rd-indicator.h"
#include "rd-png.h"
#include "rd-render-text.h"

/* Each side of the drawing, in user units; and the largest PNG. */
#define MIN_SIDE    16.0
#define MAX_SIDE    16384.0
#define MAX_PIXELS  (1 << 27)
#define TEMP_NAME   ".reportdash-XXXXXX.tmp"

static const struct {
  double width, height;         /* pixels (PNG, SVG) */
  double pdf_width, pdf_height; /* points */
} sizes[] = {
  [RD_EXPORT_SIZE_CUSTOM]       = { 0, 0, 0, 0 },
  [RD_EXPORT_SIZE_SLIDE]        = { 1920, 1080, 1920, 1080 },
  [RD_EXPORT_SIZE_SLIDE_SMALL]  = { 1280, 720, 1280, 720 },
  [RD_EXPORT_SIZE_A4_PORTRAIT]  = { 2480, 3508, 595.28, 841.89 },
  [RD_EXPORT_SIZE_A4_LANDSCAPE] = { 3508, 2480, 841.89, 595.28 },
};

void
rd_export_options_init (RdExportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (RdExportOptions) {
    .format = RD_EXPORT_PNG,
    .size = RD_EXPORT_SIZE_SLIDE,
    .width = 1920,
    .height = 1080,
    .scale = 1,
    .background = RD_EXPORT_BACKGROUND_WHITE,
    .include_title = TRUE,
    .include_source = TRUE,
    .include_caption = FALSE,
    .overwrite = FALSE,
  };
}

void
rd_export_options_get_size (const RdExportOptions *options,
                            double                *width,
                            double                *height)
{
  RdExportSize size = options->size;

  if (size == RD_EXPORT_SIZE_CUSTOM || (guint) size >= G_N_ELEMENTS (sizes))
    {
      *width = options->width;
      *height = options->height;
    }
  else if (options->format == RD_EXPORT_PDF)
    {
      *width = sizes[size].pdf_width;
      *height = sizes[size].pdf_height;
    }
  else
    {
      *width = sizes[size].width;
      *height = sizes[size].height;
    }
}

const char *
rd_export_format_get_extension (RdExportFormat format)
{
  switch (format)
    {
    case RD_EXPORT_SVG: return "svg";
    case RD_EXPORT_PDF: return "pdf";
    case RD_EXPORT_PNG:
    default:            return "png";
    }
}

const char *
rd_export_format_get_mime_type (RdExportFormat format)
{
  switch (format)
    {
    case RD_EXPORT_SVG: return "image/svg+xml";
    case RD_EXPORT_PDF: return "application/pdf";
    case RD_EXPORT_PNG:
    default:            return "image/png";
    }
}

/* What Windows, macOS and Linux file systems refuse or misread. */
static gboolean
is_unsafe (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
         /* invisible formatting: a right-to-left override would turn a name around */
         g_unichar_type (c) == G_UNICODE_FORMAT ||
         (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL);
}

char *
rd_export_default_filename (const RdChartData *data,
                            int                year,
                            RdExportFormat     format)
{
  g_autofree char *title = g_utf8_make_valid (data && data->title ? data->title : "", -1);
  g_autoptr(GString) name = g_string_new (NULL);
  gsize keep = 0;

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char last = name->len > 0 ? name->str[name->len - 1] : '\0';

      if (is_unsafe (c))
        {
          if (last != '_')
            g_string_append_c (name, '_');
        }
      else if (g_unichar_isspace (c))
        {
          if (last != ' ' && last != '\0')
            g_string_append_c (name, ' ');
        }
      else
        g_string_append_unichar (name, c);
    }

  /* No hidden file (a leading dot), no trailing dot or space (Windows),
   * and room for the year, the extension and a temporary prefix within
   * the 255 bytes of a name. */
  while (name->len > 0 && strchr (". _", name->str[0]) != NULL)
    g_string_erase (name, 0, 1);
  for (const char *p = name->str; *p != '\0' && p - name->str <= 180; p = g_utf8_next_char (p))
    keep = p - name->str;
  if (name->len <= 180)
    keep = name->len;
  g_string_truncate (name, keep);
  while (name->len > 0 && strchr (". _", name->str[name->len - 1]) != NULL)
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_append (name, "chart");
  /* "2018年财政收入-2019", but never "…, 2019-2019". */
  if (year > 0)
    {
      g_autofree char *digits = g_strdup_printf ("%d", year);

      if (strstr (name->str, digits) == NULL)
        g_string_append_printf (name, "-%s", digits);
    }
  g_string_append_printf (name, ".%s", rd_export_format_get_extension (format));

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The caption's text; @attrs, if not NULL, receives the figures in bold. */
static char *
build_caption (const RdChartData     *data,
               const RdExportOptions *options,
               PangoAttrList         *attrs)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) excerpts = g_ptr_array_new ();
  guint n = data->items->len;

  for (guint i = 0; i < n; i++)
    {
      const char *excerpt = g_array_index (data->items, RdChartItem, i).excerpt;
      gboolean seen = FALSE;

      if (excerpt == NULL || excerpt[0] == '\0')
        continue;
      for (guint e = 0; e < excerpts->len && !seen; e++)
        seen = g_str_equal (excerpts->pdata[e], excerpt);
      if (!seen)
        g_ptr_array_add (excerpts, (gpointer) excerpt);
    }

  if (options->include_source && data->source != NULL)
    g_string_append (text, data->source);

  for (guint e = 0; e < excerpts->len; e++)
    {
      const char *excerpt = excerpts->pdata[e];
      gsize base;

      if (e == 0)
        {
          if (text->len > 0)
            /* Translators: between the source and the report's sentences in
             * the caption of an exported chart. */
            g_string_append (text, C_("caption", "; "));
          /* Translators: before the report's own sentences in the caption
           * of an exported chart: "Source: …; Report text: …". */
          g_string_append (text, _("Report text: "));
        }
      else
        g_string_append_c (text, ' ');

      base = text->len;
      g_string_append (text, excerpt);

      for (guint i = 0; i < n && attrs != NULL; i++)
        {
          const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);
          gsize start = item->highlight_start, end = item->highlight_end;
          PangoAttribute *bold;

          if (g_strcmp0 (item->excerpt, excerpt) != 0)
            continue;
          if (end <= start || end > strlen (excerpt))
            continue;
          bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          bold->start_index = (guint) (base + start);
          bold->end_index = (guint) (base + end);
          pango_attr_list_insert (attrs, bold);
        }
    }

  if (text->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
rd_export_get_caption (const RdChartData     *data,
                       const RdExportOptions *options)
{
  g_return_val_if_fail (data != NULL && options != NULL, NULL);
  return build_caption (data, options, NULL);
}

void
rd_export_draw (cairo_t               *cr,
                const RdChartData     *data,
                const RdExportOptions *options,
                double                 width,
                double                 height)
{
  RdRenderStyle style;
  /* A shallow copy: the renderer shows whatever title and source it has. */
  RdChartData shown;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *caption = NULL;
  double chart_height = height;

  g_return_if_fail (cr != NULL && data != NULL && options != NULL);

  shown = *data;
  rd_render_style_init (&style, options->background == RD_EXPORT_BACKGROUND_DARK);
  if (options->background == RD_EXPORT_BACKGROUND_TRANSPARENT)
    style.background.a = 0;
  if (!options->include_title)
    shown.title = (char *) "";
  /* With a caption, the source leads the caption instead. */
  if (!options->include_source || options->include_caption)
    shown.source = (char *) "";
  if (options->include_caption)
    caption = build_caption (data, options, attrs);

  cairo_save (cr);

  if (style.background.a > 0)
    {
      rd_render_set_color (cr, &style.background);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  if (caption != NULL)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double em = rd_render_em (width, height);
      double caption_height = 0;

      /* In the text size and margins of the chart above it, which depend
       * on the height the caption leaves. */
      for (int pass = 0; pass < 2; pass++)
        {
          double size = 0.8 * em;
          /* At most about a third of the page, ellipsized beyond. */
          int max_lines = MAX (1, (int) (height / 3 / (1.4 * size)));

          g_clear_object (&layout);
          layout = rd_render_layout (cr, &style, caption, size, FALSE, MAX (width - 2 * em, 1), max_lines);
          pango_layout_set_attributes (layout, attrs);
          caption_height = rd_render_layout_height (layout);
          chart_height = MAX (height - caption_height - em, 0);
          em = rd_render_em (width, chart_height);
        }

      rd_render_set_color (cr, &style.foreground);
      cairo_move_to (cr, em, height - em - caption_height);
      pango_cairo_show_layout (cr, layout);
    }

  rd_render_chart (cr, &shown, &style, NULL, width, chart_height, NULL);
  cairo_restore (cr);
}

/* cairo writes through this into a GOutputStream; an SVG gets its
 * <title> and <desc> right after the <svg …> start tag. */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
  GString       *pending;
  char          *insert;
} Sink;

static gboolean
sink_put (Sink       *sink,
          const void *bytes,
          gsize       length)
{
  return g_output_stream_write_all (sink->stream, bytes, length, NULL,
                                    sink->cancellable, &sink->error);
}

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *bytes,
            unsigned int         length)
{
  Sink *sink = closure;
  const char *tag, *end;
  gsize head;
  gboolean ok;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (sink->pending == NULL)
    return sink_put (sink, bytes, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;

  g_string_append_len (sink->pending, (const char *) bytes, length);
  tag = strstr (sink->pending->str, "<svg");
  end = tag ? strchr (tag, '>') : NULL;
  if (end == NULL)
    return CAIRO_STATUS_SUCCESS;

  head = end + 1 - sink->pending->str;
  ok = sink_put (sink, sink->pending->str, head) &&
       sink_put (sink, sink->insert, strlen (sink->insert)) &&
       sink_put (sink, sink->pending->str + head, sink->pending->len - head);
  g_string_free (g_steal_pointer (&sink->pending), TRUE);

  return ok ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
check_size (const RdExportOptions *options,
            double                 width,
            double                 height,
            GError               **error)
{
  double pixels_x = ceil (width * options->scale);
  double pixels_y = ceil (height * options->scale);

  if (options->scale < 1 || options->scale > 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The scale must be 1, 2 or 3, not %d."), options->scale);
      return FALSE;
    }

  if (!(width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: the numbers are a width and a height. */
                   _("A chart of %g × %g cannot be exported: each side must be between %g and %g."),
                   width, height, MIN_SIDE, MAX_SIDE);
      return FALSE;
    }

  if (options->format == RD_EXPORT_PNG &&
      (pixels_x > 32767 || pixels_y > 32767 || pixels_x * pixels_y > MAX_PIXELS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("An image of %.0f × %.0f pixels is too large. Choose a smaller size or scale."),
                   pixels_x, pixels_y);
      return FALSE;
    }

  return TRUE;
}

gboolean
rd_export_options_check (const RdExportOptions  *options,
                         GError                **error)
{
  double width, height;

  rd_export_options_get_size (options, &width, &height);
  return check_size (options, width, height, error);
}

static char *
svg_metadata (const RdChartData *data)
{
  g_autofree char *description = rd_chart_data_describe (data);

  return g_markup_printf_escaped ("\n<title>%s</title>\n<desc>%s</desc>", data->title, description);
}

static cairo_status_t
draw_png (Sink                  *sink,
          const RdChartData     *data,
          const RdExportOptions *options,
          double                 width,
          double                 height)
{
  gboolean opaque = options->background != RD_EXPORT_BACKGROUND_TRANSPARENT;
  gboolean a4 = options->size == RD_EXPORT_SIZE_A4_PORTRAIT || options->size == RD_EXPORT_SIZE_A4_LANDSCAPE;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* An opaque chart needs no alpha channel: a smaller file, written faster. */
  surface = cairo_image_surface_create (opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32,
                                        (int) ceil (width * options->scale),
                                        (int) ceil (height * options->scale));
  cr = cairo_create (surface);
  cairo_scale (cr, options->scale, options->scale);
  rd_export_draw (cr, data, options, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS &&
      !rd_png_write (surface, (a4 ? 300 : 96) * options->scale, data->title, sink->stream,
                     sink->cancellable, &sink->error))
    status = CAIRO_STATUS_WRITE_ERROR;
  cairo_surface_destroy (surface);
  return status;
}

static cairo_status_t
draw_vector (Sink                  *sink,
             const RdChartData     *data,
             const RdExportOptions *options,
             double                 width,
             double                 height)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (options->format == RD_EXPORT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (sink_write, sink, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      sink->pending = g_string_new (NULL);
      sink->insert = svg_metadata (data);
    }
  else
    {
      surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "ReportDash " PACKAGE_VERSION);
    }

  cr = cairo_create (surface);
  rd_export_draw (cr, data, options, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* Never seen the start tag: write what there is. */
  if (sink->pending != NULL && status == CAIRO_STATUS_SUCCESS && sink->error == NULL &&
      !sink_put (sink, sink->pending->str, sink->pending->len))
    status = CAIRO_STATUS_WRITE_ERROR;
  if (sink->pending != NULL)
    g_string_free (g_steal_pointer (&sink->pending), TRUE);
  g_clear_pointer (&sink->insert, g_free);

  return status;
}

/* @write_failed tells a failure of @stream (which the caller names) from
 * a chart that cannot be drawn. */
static gboolean
export_to_stream (const RdChartData     *data,
                  const RdExportOptions *options,
                  GOutputStream         *stream,
                  GCancellable          *cancellable,
                  gboolean              *write_failed,
                  GError               **error)
{
  Sink sink = { .stream = stream, .cancellable = cancellable };
  double width, height;
  cairo_status_t status;

  *write_failed = FALSE;
  rd_export_options_get_size (options, &width, &height);
  if (!check_size (options, width, height, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (options->format == RD_EXPORT_PNG)
    status = draw_png (&sink, data, options, width, height);
  else
    status = draw_vector (&sink, data, options, width, height);

  if (sink.error != NULL)
    {
      *write_failed = !g_error_matches (sink.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_propagate_error (error, sink.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The chart could not be drawn (%s). Try a smaller size."),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

gboolean
rd_export_to_stream (const RdChartData     *data,
                     const RdExportOptions *options,
                     GOutputStream         *stream,
                     GCancellable          *cancellable,
                     GError               **error)
{
  gboolean write_failed;

  g_return_val_if_fail (data != NULL && options != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  return export_to_stream (data, options, stream, cancellable, &write_failed, error);
}

GBytes *
rd_export_to_bytes (const RdChartData     *data,
                    const RdExportOptions *options,
                    GError               **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!rd_export_to_stream (data, options, stream, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/* "Cannot write to “…”: why. What to do." for a G_IO_ERROR @code. */
static void
set_write_error (GError     **error,
                 const char  *path,
                 int          code,
                 const char  *detail)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (code)
    {
    case G_IO_ERROR_NOT_FOUND:
    case G_IO_ERROR_NOT_DIRECTORY:
      g_set_error (error, G_IO_ERROR, code,
                   _("Cannot write to “%s”: the folder does not exist. Choose another folder."), name);
      break;
    case G_IO_ERROR_PERMISSION_DENIED:
    case G_IO_ERROR_READ_ONLY:
      g_set_error (error, G_IO_ERROR, code,
                   _("Cannot write to “%s”: the folder cannot be written to. Choose another folder."), name);
      break;
    case G_IO_ERROR_NO_SPACE:
      g_set_error (error, G_IO_ERROR, code,
                   _("Cannot write to “%s”: the disk is full. Free some space or choose another folder."), name);
      break;
    case G_IO_ERROR_EXISTS:
      g_set_error (error, G_IO_ERROR, code,
                   _("“%s” already exists."), name);
      break;
    default:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: the second %s is the system's reason. */
                   _("Cannot write to “%s”: %s. Choose another folder."), name, detail);
      break;
    }
}

static void
set_errno_error (GError     **error,
                 const char  *path,
                 int          errsv)
{
  set_write_error (error, path, g_io_error_from_errno (errsv), g_strerror (errsv));
}

/* Draws @data into a new temporary file beside @path and syncs it to disk;
 * returns the temporary file's path, or NULL (and removes it). */
static char *
write_temp (const RdChartData     *data,
            const RdExportOptions *options,
            const char            *path,
            GCancellable          *cancellable,
            GError               **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *temp = g_build_filename (dir, TEMP_NAME, NULL);
  g_autoptr(GOutputStream) raw = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean write_failed = FALSE;
  gboolean ok;
  int fd;

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, path, errno);
      return NULL;
    }

  raw = g_unix_output_stream_new (fd, FALSE);
  buffered = g_buffered_output_stream_new_sized (raw, 64 * 1024);
  ok = export_to_stream (data, options, buffered, cancellable, &write_failed, &local_error);
  if (ok && !g_output_stream_close (buffered, cancellable, &local_error))
    {
      ok = FALSE;
      write_failed = !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }

  /* The streams go before the descriptor they write to. */
  g_clear_object (&buffered);
  g_clear_object (&raw);

  if (ok && fsync (fd) != 0)
    {
      set_errno_error (error, path, errno);
      ok = FALSE;
    }
  if (close (fd) != 0 && ok)
    {
      set_errno_error (error, path, errno);
      ok = FALSE;
    }

  if (local_error != NULL)
    {
      if (write_failed)
        set_write_error (error, path, local_error->code, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  if (!ok)
    {
      g_unlink (temp);
      return NULL;
    }

  return g_steal_pointer (&temp);
}

/* Moves @temp to @path; without @overwrite, fails if @path exists (a hard
 * link refuses atomically; file systems without links check first). */
static gboolean
commit_temp (const char  *temp,
             const char  *path,
             gboolean     overwrite,
             GError     **error)
{
  int errsv = 0;

  if (!overwrite && link (temp, path) == 0)
    {
      g_unlink (temp);
      return TRUE;
    }

  if (!overwrite)
    {
      errsv = errno;
      if (errsv != EPERM && errsv != ENOTSUP && errsv != EOPNOTSUPP && errsv != EMLINK && errsv != ENOSYS)
        goto fail;
      errsv = EEXIST;
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        goto fail;
    }

  if (g_rename (temp, path) == 0)
    return TRUE;
  errsv = errno;

fail:
  g_unlink (temp);
  set_errno_error (error, path, errsv);
  return FALSE;
}

/* The renames themselves on disk, as far as the file system allows. */
static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

gboolean
rd_export_chart (const RdChartData     *data,
                 const RdExportOptions *options,
                 const char            *path,
                 GCancellable          *cancellable,
                 GError               **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (data != NULL && options != NULL && path != NULL, FALSE);

  if (!options->overwrite && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      set_errno_error (error, path, EEXIST);
      return FALSE;
    }

  temp = write_temp (data, options, path, cancellable, error);
  if (temp == NULL || !commit_temp (temp, path, options->overwrite, error))
    return FALSE;

  dir = g_path_get_dirname (path);
  sync_folder (dir);
  return TRUE;
}

/* @name, or "name-2.ext", "name-3.ext" … if taken; compared case-folded
 * for the file systems that ignore case. */
static char *
unique_name (GHashTable *taken,
             const char *name)
{
  const char *dot = strrchr (name, '.');
  gsize stem = dot ? (gsize) (dot - name) : strlen (name);

  for (guint n = 1; ; n++)
    {
      g_autofree char *candidate = n == 1 ? g_strdup (name)
                                          : g_strdup_printf ("%.*s-%u%s", (int) stem, name, n,
                                                             dot ? dot : "");
      char *key = g_utf8_casefold (candidate, -1);

      if (!g_hash_table_contains (taken, key))
        {
          g_hash_table_add (taken, key);
          return g_steal_pointer (&candidate);
        }
      g_free (key);
    }
}

/* The drawing of a folder export: one job per chart on a thread per
 * processor; the caller's thread reports the progress. */
typedef struct
{
  GPtrArray             *charts;
  GPtrArray             *paths;
  const RdExportOptions *options;
  GCancellable          *cancellable;
  char                 **temps;
  GAsyncQueue           *finished;
  GMutex                 mutex;
  GError                *error;
  int                    failed;
  guint                  max_threads;
} Batch;

static void
draw_job (gpointer job,
          gpointer user_data)
{
  Batch *batch = user_data;
  guint i = GPOINTER_TO_UINT (job) - 1;
  GError *error = NULL;

  if (!g_atomic_int_get (&batch->failed))
    {
      batch->temps[i] = write_temp (batch->charts->pdata[i], batch->options, batch->paths->pdata[i],
                                    batch->cancellable, &error);
      if (batch->temps[i] == NULL)
        {
          g_mutex_lock (&batch->mutex);
          if (batch->error == NULL)
            batch->error = g_steal_pointer (&error);
          g_clear_error (&error);
          g_atomic_int_set (&batch->failed, TRUE);
          g_mutex_unlock (&batch->mutex);
        }
    }

  g_async_queue_push (batch->finished, job);
}

/* A thread per processor, but no more images in memory at once than fit
 * in 1 GiB (an A4 page at 3× is 300 MiB). */
static guint
max_threads (const RdExportOptions *options)
{
  double width, height, bytes;

  rd_export_options_get_size (options, &width, &height);
  bytes = options->format == RD_EXPORT_PNG ? width * height * options->scale * options->scale * 4 : 0;
  return CLAMP ((guint) (bytes > 0 ? (1 << 30) / bytes : G_MAXUINT), 1, g_get_num_processors ());
}

static gboolean
draw_batch (Batch                *batch,
            RdExportProgressFunc  progress,
            gpointer              progress_data,
            GError              **error)
{
  guint n = batch->charts->len;
  GThreadPool *pool;

  batch->finished = g_async_queue_new ();
  g_mutex_init (&batch->mutex);
  pool = g_thread_pool_new (draw_job, batch, (int) MIN (n, batch->max_threads), FALSE, NULL);
  for (guint i = 0; i < n; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);

  for (guint done = 1; done <= n; done++)
    {
      g_async_queue_pop (batch->finished);
      if (progress != NULL && !g_atomic_int_get (&batch->failed))
        progress (done, n, progress_data);
    }

  g_thread_pool_free (pool, FALSE, TRUE);
  g_async_queue_unref (batch->finished);
  g_mutex_clear (&batch->mutex);

  if (batch->error != NULL)
    {
      for (guint i = 0; i < n; i++)
        if (batch->temps[i] != NULL)
          g_unlink (batch->temps[i]);
      g_propagate_error (error, g_steal_pointer (&batch->error));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
rd_export_charts (GPtrArray             *charts,
                  int                    year,
                  const char            *folder,
                  const RdExportOptions *options,
                  RdExportProgressFunc   progress,
                  gpointer               progress_data,
                  GCancellable          *cancellable,
                  GError               **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) temps = NULL;
  gboolean ok = TRUE;
  guint n;

  g_return_val_if_fail (charts != NULL && folder != NULL && options != NULL, NULL);

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      set_errno_error (error, folder, ENOENT);
      return NULL;
    }

  n = charts->len;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *base = rd_export_default_filename (charts->pdata[i], year, options->format);
      g_autofree char *name = unique_name (taken, base);
      char *path = g_build_filename (folder, name, NULL);

      g_ptr_array_add (paths, path);
      if (!options->overwrite && g_file_test (path, G_FILE_TEST_EXISTS))
        {
          set_errno_error (error, path, EEXIST);
          return NULL;
        }
    }

  if (progress != NULL)
    progress (0, n, progress_data);
  if (n == 0)
    return g_steal_pointer (&paths);

  temps = g_new0 (char *, n + 1);
  if (!draw_batch (&(Batch) { .charts = charts, .paths = paths, .options = options,
                              .cancellable = cancellable, .temps = temps,
                              .max_threads = max_threads (options) },
                   progress, progress_data, error))
    return NULL;

  /* Cancelled at any time before the renames: nothing is written. */
  ok = !g_cancellable_set_error_if_cancelled (cancellable, error);

  /* Every chart is drawn: now the renames, which do not fail for want of
   * space. After a failure, the temporary files left are removed. */
  for (guint i = 0; i < n; i++)
    {
      if (ok)
        ok = commit_temp (temps[i], paths->pdata[i], options->overwrite, error);
      else
        g_unlink (temps[i]);
    }

  if (ok)
    sync_folder (folder);
  return ok ? g_steal_pointer (&paths) : NULL;
}

typedef struct
{
  GPtrArray            *charts;
  int                   year;
  char                 *folder;
  RdExportOptions       options;
  RdExportProgressFunc  progress;
  gpointer              progress_data;
  GMainContext         *context;
} ExportJob;

typedef struct
{
  RdExportProgressFunc  progress;
  gpointer              progress_data;
  guint                 done;
  guint                 total;
} ProgressCall;

static void
export_job_free (ExportJob *job)
{
  g_ptr_array_unref (job->charts);
  g_free (job->folder);
  g_main_context_unref (job->context);
  g_free (job);
}

static gboolean
call_progress (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->progress (call->done, call->total, call->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_in_context (guint    done,
                     guint    total,
                     gpointer user_data)
{
  ExportJob *job = user_data;
  ProgressCall *call = g_new (ProgressCall, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  /* Not g_main_context_invoke(): it would call here, in the worker, when
   * the caller's context is the global default and nobody iterates it. */
  *call = (ProgressCall) { job->progress, job->progress_data, done, total };
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, call_progress, call, g_free);
  g_source_set_static_name (source, "[reportdash] export progress");
  g_source_attach (source, job->context);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;
  GPtrArray *paths;

  paths = rd_export_charts (job->charts, job->year, job->folder, &job->options,
                            job->progress ? progress_in_context : NULL, job,
                            cancellable, &error);
  if (paths == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, paths, (GDestroyNotify) g_ptr_array_unref);
}

void
rd_export_charts_async (GPtrArray             *charts,
                        int                    year,
                        const char            *folder,
                        const RdExportOptions *options,
                        RdExportProgressFunc   progress,
                        gpointer               progress_data,
                        GCancellable          *cancellable,
                        GAsyncReadyCallback    callback,
                        gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (charts != NULL && folder != NULL && options != NULL);

  job = g_new0 (ExportJob, 1);
  job->charts = g_ptr_array_ref (charts);
  job->year = year;
  job->folder = g_strdup (folder);
  job->options = *options;
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rd_export_charts_async);
  /* The files are what they are: report what was done, even if cancelled late. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

GPtrArray *
rd_export_charts_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
