/* rd-png.c: PNG files of cairo image surfaces, compressed by zlib
 *
 * cairo_surface_write_to_png_stream() (libpng: every filter tried on
 * every row, zlib at level 6) spends nine tenths of a 1920×1080 export
 * compressing. A chart is flat colour: after the "Up" filter (each byte
 * minus the one above) nearly every byte is zero, in long runs, which
 * zlib's fastest level compresses well; choosing a filter for each row as
 * libpng does made files 2% smaller for 5 times the time. BENCHMARKS.md
 * ("Export") has the measurements behind the level and the filter.
 */
#define G_LOG_DOMAIN "reportdash-png"

#include "config.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

#include "rd-png.h"

#define IDAT_SIZE     (64 * 1024)
#define FILTER_UP     2
/* Level 1 is the fastest; a memLevel of 4 (a 16 KiB hash table, blocks of
 * 1024 symbols) is 15% faster than the default 8 on charts, and the files
 * no larger: sliding the window rehashes the table every 32 KiB of
 * pixels, and the matches of a chart are runs that need no deep search. */
#define ZLIB_LEVEL    1
#define ZLIB_MEMLEVEL 4

static void
put_be32 (guint8  *p,
          guint32  value)
{
  p[0] = value >> 24;
  p[1] = value >> 16;
  p[2] = value >> 8;
  p[3] = value;
}

static gboolean
write_chunk (GOutputStream  *stream,
             const char     *type,
             const guint8   *data,
             gsize           length,
             GCancellable   *cancellable,
             GError        **error)
{
  guint8 head[8], tail[4];
  uLong crc;

  put_be32 (head, (guint32) length);
  memcpy (head + 4, type, 4);
  crc = crc32 (crc32 (0, Z_NULL, 0), head + 4, 4);
  if (length > 0)
    crc = crc32 (crc, data, (uInt) length);
  put_be32 (tail, (guint32) crc);

  return g_output_stream_write_all (stream, head, sizeof head, NULL, cancellable, error) &&
         (length == 0 || g_output_stream_write_all (stream, data, length, NULL, cancellable, error)) &&
         g_output_stream_write_all (stream, tail, sizeof tail, NULL, cancellable, error);
}

/* One row of pixels as RGB bytes, filtered "Up": each byte minus the one
 * above it (@above: the row above, NULL for zeros). */
static void
filter_rgb (const guint32 *pixels,
            const guint32 *above,
            int            width,
            guint8        *out)
{
  for (int x = 0; x < width; x++, out += 3)
    {
      guint32 p = pixels[x];
      guint32 q = above ? above[x] : 0;
      /* The bytes of p - q at once, without borrows between them. */
      guint32 d = ((p | 0x80808080u) - (q & 0x7f7f7f7fu)) ^ ((p ^ ~q) & 0x80808080u);

      out[0] = d >> 16;
      out[1] = d >> 8;
      out[2] = d;
    }
}

/* The same as RGBA with straight alpha, as PNG stores it; @above keeps
 * the unpremultiplied row above. */
static void
filter_rgba (const guint32 *pixels,
             int            width,
             guint8        *above,
             guint8        *out)
{
  for (int x = 0; x < width; x++, above += 4, out += 4)
    {
      guint32 p = pixels[x];
      guint a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (a != 255 && a != 0)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      out[0] = r - above[0];
      out[1] = g - above[1];
      out[2] = b - above[2];
      out[3] = a - above[3];
      above[0] = r;
      above[1] = g;
      above[2] = b;
      above[3] = a;
    }
}

/* Feeds @length bytes (none with @flush Z_FINISH) to zlib, writing an IDAT
 * chunk each time the output buffer fills, and the rest at the end. */
static gboolean
compress_bytes (z_stream       *z,
                guint8         *out,
                const guint8   *bytes,
                gsize           length,
                int             flush,
                GOutputStream  *stream,
                GCancellable   *cancellable,
                GError        **error)
{
  int status;

  z->next_in = (Bytef *) bytes;
  z->avail_in = (uInt) length;
  do
    {
      status = deflate (z, flush);
      if (status == Z_STREAM_ERROR)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "zlib: %s", z->msg ? z->msg : "stream error");
          return FALSE;
        }
      if (z->avail_out == 0 || (flush == Z_FINISH && z->avail_out < IDAT_SIZE))
        {
          if (!write_chunk (stream, "IDAT", out, IDAT_SIZE - z->avail_out, cancellable, error))
            return FALSE;
          z->next_out = out;
          z->avail_out = IDAT_SIZE;
        }
    }
  while (z->avail_in > 0 || (flush == Z_FINISH && status != Z_STREAM_END));

  return TRUE;
}

gboolean
rd_png_write (cairo_surface_t  *surface,
              double            dpi,
              const char       *title,
              GOutputStream    *stream,
              GCancellable     *cancellable,
              GError          **error)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  cairo_format_t format;
  gboolean alpha, ok = TRUE;
  int width, height, stride;
  const guint8 *pixels;
  gsize row_bytes;
  guint8 header[13];
  g_autofree guint8 *row = NULL;
  g_autofree guint8 *above = NULL;
  g_autofree guint8 *out = NULL;
  z_stream z = { 0 };

  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, FALSE);
  format = cairo_image_surface_get_format (surface);
  g_return_val_if_fail (format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32, FALSE);

  cairo_surface_flush (surface);
  alpha = format == CAIRO_FORMAT_ARGB32;
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  pixels = cairo_image_surface_get_data (surface);
  row_bytes = (gsize) width * (alpha ? 4 : 3);

  put_be32 (header, width);
  put_be32 (header + 4, height);
  header[8] = 8;                 /* bits per channel */
  header[9] = alpha ? 6 : 2;     /* RGBA or RGB */
  header[10] = header[11] = header[12] = 0;
  if (!g_output_stream_write_all (stream, signature, sizeof signature, NULL, cancellable, error) ||
      !write_chunk (stream, "IHDR", header, sizeof header, cancellable, error))
    return FALSE;

  if (dpi > 0)
    {
      guint8 phys[9];
      guint32 per_metre = (guint32) lround (dpi / 0.0254);

      put_be32 (phys, per_metre);
      put_be32 (phys + 4, per_metre);
      phys[8] = 1;
      if (!write_chunk (stream, "pHYs", phys, sizeof phys, cancellable, error))
        return FALSE;
    }

  if (title != NULL && title[0] != '\0')
    {
      /* iTXt: the keyword, not compressed, no language, no translated
       * keyword (each ended by a zero byte), then the UTF-8 text. */
      static const guint8 head[] = { 'T', 'i', 't', 'l', 'e', 0, 0, 0, 0, 0 };
      g_autoptr(GByteArray) text = g_byte_array_new ();

      g_byte_array_append (text, head, sizeof head);
      g_byte_array_append (text, (const guint8 *) title, strlen (title));
      if (!write_chunk (stream, "iTXt", text->data, text->len, cancellable, error))
        return FALSE;
    }

  if (deflateInit2 (&z, ZLIB_LEVEL, Z_DEFLATED, 15, ZLIB_MEMLEVEL, Z_DEFAULT_STRATEGY) != Z_OK)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "zlib could not start");
      return FALSE;
    }
  out = g_malloc (IDAT_SIZE);
  z.next_out = out;
  z.avail_out = IDAT_SIZE;
  row = g_malloc (row_bytes + 1);
  row[0] = FILTER_UP;
  above = alpha ? g_malloc0 (row_bytes) : NULL;   /* zeros above the first row */

  for (int y = 0; y < height && ok; y++)
    {
      const guint32 *line = (const guint32 *) (pixels + (gsize) y * stride);

      if (alpha)
        filter_rgba (line, width, above, row + 1);
      else
        filter_rgb (line, y > 0 ? (const guint32 *) (pixels + (gsize) (y - 1) * stride) : NULL,
                    width, row + 1);
      ok = compress_bytes (&z, out, row, row_bytes + 1, Z_NO_FLUSH, stream, cancellable, error);
    }
  if (ok)
    ok = compress_bytes (&z, out, NULL, 0, Z_FINISH, stream, cancellable, error);
  deflateEnd (&z);

  return ok && write_chunk (stream, "IEND", NULL, 0, cancellable, error);
}
