/* fuzz-number.c: the number and unit parser, and the whole extractor, on any text */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "rd-extract.h"
#include "rd-import.h"
#include "rd-number.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autofree gunichar *u = NULL;
  g_autoptr(RdReportDraft) draft = NULL;
  glong n = 0;
  RdImportOptions options = { NULL, 2019 };

  /* Text is what reaches the extractor: make any bytes valid UTF-8. */
  text = size > 0 ? g_utf8_make_valid ((const char *) data, (gssize) size) : g_strdup ("");
  u = g_utf8_to_ucs4_fast (text, -1, &n);

  for (int i = 0; i < n; i++)
    {
      RdNumber num;

      if (!rd_number_scan (u, (int) n, i, &num))
        {
          g_assert_false (rd_is_digit (u[i]));
          continue;
        }
      g_assert_cmpint (num.start, ==, i);
      g_assert_cmpint (num.digits_end, >, i);
      g_assert_cmpint (num.end, >=, num.digits_end);
      g_assert_cmpint (num.end, <=, n);
      g_assert_true (isfinite (num.value) || num.digits_end - i > 300);
      g_assert_true (g_utf8_validate (num.unit, -1, NULL));
      rd_number_clear (&num);
    }

  /* Every figure's span is inside the text and its printed text is it. */
  draft = rd_import_text (text, "fuzz.txt", "txt", &options, NULL);
  for (guint i = 0; draft != NULL && i < draft->figures->len; i++)
    {
      const RdDraftFigure *f = g_ptr_array_index (draft->figures, i);
      g_autofree char *printed = rd_ucs4_slice (u, f->src_start, f->src_end);

      g_assert_cmpint (f->src_start, >=, 0);
      g_assert_cmpint (f->src_start, <, f->src_end);
      g_assert_cmpint (f->src_end, <=, n);
      g_assert_cmpint (f->sentence_start, <=, f->src_start);
      g_assert_cmpint (f->sentence_end, >=, f->src_end);
      g_assert_cmpstr (printed, ==, f->printed);
      g_assert_nonnull (f->name_zh);
      g_assert_nonnull (f->measure);
    }
  return 0;
}
