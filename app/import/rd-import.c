/* rd-import.c: decode, then extract */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rd-decode.h"
#include "rd-extract.h"
#include "rd-import.h"

G_DEFINE_QUARK (rd-import-error-quark, rd_import_error)

static gboolean
looks_like_a_work_report (const char *text)
{
  static const char *const marks[] = { "政府工作报告", "工作报告", "各位代表", "人民代表大会", "政府工作" };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (text, marks[i]) != NULL)
      return TRUE;
  return FALSE;
}

RdReportDraft *
rd_import_text (const char             *text,
                const char             *source_name,
                const char             *format,
                const RdImportOptions  *options,
                GError                **error)
{
  g_autoptr(RdReportDraft) draft = rd_report_draft_new ();

  g_return_val_if_fail (text != NULL, NULL);

  rd_report_draft_set_text (draft, text);
  draft->source_name = g_strdup (source_name);
  draft->format = g_strdup (format ? format : "txt");
  if (options != NULL && options->region != NULL && *options->region != '\0')
    draft->region = g_strdup (options->region);
  if (options != NULL && options->year > 0)
    draft->year = options->year;

  /* A work report names itself or its audience somewhere. */
  if (!looks_like_a_work_report (text))
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_REPORT,
                   "%s", _("The text does not read like a government work report: it never says 政府工作报告, 各位代表 or 人民代表大会."));
      return NULL;
    }
  rd_extract_meta (draft);
  if (draft->year <= 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_REPORT,
                   "%s", _("No year was found in the text: it does not read like a work report (give one with --year)."));
      return NULL;
    }
  rd_extract_figures (draft);
  if (draft->figures->len == 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_REPORT,
                   "%s", _("No figures were found in the text: it does not read like a work report."));
      return NULL;
    }
  return g_steal_pointer (&draft);
}

RdReportDraft *
rd_import_file (const char             *path,
                const RdImportOptions  *options,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autofree char *format = NULL;
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;

  text = rd_decode_file (path, &format, cancellable, error);
  if (text == NULL)
    return NULL;
  base = g_path_get_basename (path);
  return rd_import_text (text, base, format, options, error);
}
