/* rd-test-import.c: documents made in memory for the importer's tests */
#include "config.h"

#include <string.h>

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
