/* rd-decode.c: PLACEHOLDER (UTF-8 text only) until the decoders land */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rd-decode.h"
#include "rd-import.h"

char *
rd_decode_bytes (const char  *data,
                 gsize        length,
                 const char  *name,
                 char       **format,
                 GError     **error)
{
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCODING, "%s", _("The file is not UTF-8 text."));
      return NULL;
    }
  if (format)
    *format = g_strdup ("txt");
  return g_strndup (data, length);
}

char *
rd_decode_file (const char    *path,
                char         **format,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return rd_decode_bytes (data, length, path, format, error);
}
