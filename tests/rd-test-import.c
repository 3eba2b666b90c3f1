/* rd-test-import.c: documents made in memory for the importer's tests */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <zip.h>

#include "rd-test-import.h"

GBytes *
make_zip (const char * const *names_and_contents)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive;
  zip_int64_t size;
  char *data;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (NULL, 0, 0, &zerror);
  g_assert_nonnull (source);
  zip_source_keep (source);
  archive = zip_open_from_source (source, ZIP_TRUNCATE, &zerror);
  g_assert_nonnull (archive);
  for (guint i = 0; names_and_contents[i] != NULL; i += 2)
    {
      const char *content = names_and_contents[i + 1];
      zip_source_t *file = zip_source_buffer (archive, content, strlen (content), 0);

      g_assert_cmpint (zip_file_add (archive, names_and_contents[i], file, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  g_assert_cmpint (zip_close (archive), ==, 0);

  g_assert_cmpint (zip_source_open (source), ==, 0);
  zip_source_seek (source, 0, SEEK_END);
  size = zip_source_tell (source);
  zip_source_seek (source, 0, SEEK_SET);
  data = g_malloc (size);
  g_assert_cmpint (zip_source_read (source, data, size), ==, size);
  zip_source_close (source);
  zip_source_free (source);
  zip_error_fini (&zerror);
  return g_bytes_new_take (data, size);
}

GBytes *
make_docx (const char *body)
{
  g_autofree char *document = g_strconcat (W_DOCUMENT_START, body, W_DOCUMENT_END, NULL);
  const char *files[] = {
    "[Content_Types].xml",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
    "word/document.xml", document,
    NULL
  };

  return make_zip (files);
}

static cairo_status_t
append_to (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
make_report_pdf (const char *text)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to, out, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans CJK SC 11");
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  double y = 60;
  int page = 1;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
      PangoLayoutIter *iter;

      if (paragraphs[i][0] == '\0')
        continue;
      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, 451 * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);
      pango_layout_set_indent (layout, 22 * PANGO_SCALE);
      pango_layout_set_text (layout, paragraphs[i], -1);
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          int baseline = pango_layout_iter_get_baseline (iter);
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (y + 20 > 780)
            {
              g_autoptr(PangoLayout) foot = pango_cairo_create_layout (cr);
              g_autofree char *number = g_strdup_printf ("— %d —", page++);

              pango_layout_set_font_description (foot, font);
              pango_layout_set_text (foot, number, -1);
              cairo_move_to (cr, 280, 800);
              pango_cairo_show_layout (cr, foot);
              cairo_show_page (cr);
              y = 60;
            }
          cairo_move_to (cr, 72 + logical.x / (double) PANGO_SCALE, y + baseline / (double) PANGO_SCALE -
                         pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE + 14);
          pango_cairo_show_layout_line (cr, line);
          y += 20;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      y += 6;
    }
  pango_font_description_free (font);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}
