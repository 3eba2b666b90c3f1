/* bench-import.c: how fast the importer reads reports, and what it finds
 *
 *   bench-import FILE...          time decoding and extraction of each file
 *   bench-import --dump FILE      the figures and exclusions of FILE, as TSV
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "rd-decode.h"
#include "rd-extract.h"
#include "rd-import.h"

static void
dump (const RdReportDraft *draft)
{
  printf ("# %s | %s | %s | %d | %u figures, %u exclusions, %u sections\n", draft->title, draft->region,
          draft->level, draft->year, draft->figures->len, draft->exclusions->len, draft->sections->len);
  for (guint i = 0; i < draft->sections->len; i++)
    {
      RdDraftSection *s = g_ptr_array_index (draft->sections, i);
      printf ("S\t%d\t%d\t%s\n", s->start, s->level, s->title);
    }
  for (guint i = 0; i < draft->figures->len; i++)
    {
      RdDraftFigure *f = g_ptr_array_index (draft->figures, i);
      printf ("F\t%d\t%s\t%g\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%.2f\n", f->src_start, f->printed, f->value,
              f->unit, f->measure, f->basis, f->year, f->qualifier ? f->qualifier : "", f->sector, f->name_zh,
              f->name_en ? f->name_en : "", f->indicator ? f->indicator : "", f->confidence);
    }
  for (guint i = 0; i < draft->exclusions->len; i++)
    {
      RdDraftExclusion *e = g_ptr_array_index (draft->exclusions, i);
      printf ("X\t%d\t%s\t%s\n", e->start, e->printed, e->reason);
    }
}

int
main (int argc, char **argv)
{
  gboolean dump_mode = argc > 1 && g_str_equal (argv[1], "--dump");

  for (int i = dump_mode ? 2 : 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *format = NULL;
      g_autoptr(RdReportDraft) draft = NULL;
      gint64 t0, t1, t2;
      const int rounds = dump_mode ? 1 : 20;

      t0 = g_get_monotonic_time ();
      text = rd_decode_file (argv[i], &format, NULL, &error);
      if (text == NULL)
        {
          fprintf (stderr, "%s: %s\n", argv[i], error->message);
          continue;
        }
      t1 = g_get_monotonic_time ();
      for (int r = 0; r < rounds; r++)
        {
          g_clear_pointer (&draft, rd_report_draft_free);
          draft = rd_import_text (text, argv[i], format, NULL, &error);
        }
      t2 = g_get_monotonic_time ();
      if (draft == NULL)
        {
          fprintf (stderr, "%s: %s\n", argv[i], error->message);
          continue;
        }
      if (dump_mode)
        dump (draft);
      else
        printf ("%s\t%ld chars\t%u figures\tdecode %.2f ms\textract %.2f ms\n", argv[i],
                g_utf8_strlen (text, -1), draft->figures->len, (t1 - t0) / 1000.0, (t2 - t1) / 1000.0 / rounds);
    }
  return 0;
}
