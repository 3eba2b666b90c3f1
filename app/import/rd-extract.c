/* rd-extract.c: PLACEHOLDER until the extractor lands */
#include "config.h"

#include <stdlib.h>

#include "rd-extract.h"

void
rd_extract_meta (RdReportDraft *draft)
{
  const char *p;

  if (draft->year > 0)
    return;
  for (p = draft->text; *p; p++)
    if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
        g_str_has_prefix (p + 4, "年"))
      {
        draft->year = atoi (p);
        break;
      }
}

void
rd_extract_figures (RdReportDraft *draft)
{
  g_ptr_array_set_size (draft->figures, 0);
}
