/* fuzz-decode.c: rd_decode_bytes() on any bytes, under every extension */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "rd-decode.h"
#include "rd-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const names[] = { "f.pdf", "f.txt", "f.md", "f.docx", "f.html", NULL };
  guint n_names = G_N_ELEMENTS (names);

  /* A PDF is told by its content whatever its name, and poppler is slow to
   * open one: once is enough. */
  if (size >= 5 && memcmp (data, "%PDF-", 5) == 0)
    n_names = 1;

  for (guint i = 0; i < n_names; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *format = NULL;
      g_autofree char *text = rd_decode_bytes ((const char *) data, size, names[i], &format, &error);

      /* Either text that is valid UTF-8 without NUL, or an import error. */
      if (text != NULL)
        {
          g_assert_true (g_utf8_validate (text, -1, NULL));
          g_assert_nonnull (format);
        }
      else
        {
          g_assert_true (error != NULL && error->domain == RD_IMPORT_ERROR);
          g_assert_true (error->message != NULL && error->message[0] != '\0');
        }
    }
  return 0;
}
