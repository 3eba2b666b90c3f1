/* rd-import.h: any work report (text, Word, web page, PDF) into a draft
 *
 * The importer layer: no GTK, no SQLite. A file is decoded to UTF-8 text
 * (rd-decode.h), its region, year and headings are found and every run of
 * digits becomes a figure or an exclusion with a reason (rd-extract.h).
 * The result is an RdReportDraft for the library (rd-library.h).
 */
#pragma once

#include <gio/gio.h>

#include "rd-draft.h"

G_BEGIN_DECLS

#define RD_IMPORT_ERROR (rd_import_error_quark ())

typedef enum {
  RD_IMPORT_ERROR_NOT_FOUND,    /* no such file */
  RD_IMPORT_ERROR_UNREADABLE,   /* permissions, a folder, an I/O error */
  RD_IMPORT_ERROR_UNSUPPORTED,  /* a format ReportDash does not read */
  RD_IMPORT_ERROR_EMPTY,        /* no text at all */
  RD_IMPORT_ERROR_ENCODING,     /* text in no encoding ReportDash knows */
  RD_IMPORT_ERROR_DAMAGED,      /* a .docx/.pdf that its library cannot open */
  RD_IMPORT_ERROR_ENCRYPTED,    /* a password-protected file */
  RD_IMPORT_ERROR_SCANNED,      /* a PDF of page images, without a text layer */
  RD_IMPORT_ERROR_NOT_REPORT,   /* text, but not a work report */
  RD_IMPORT_ERROR_TOO_LARGE,    /* more than RD_IMPORT_MAX_BYTES */
} RdImportError;

/* Bigger files are refused: the longest work reports are ~60,000 characters. */
#define RD_IMPORT_MAX_BYTES (64 * 1024 * 1024)

typedef struct
{
  const char *region;  /* overrides what the text says, or NULL */
  int         year;    /* overrides what the text says, or 0 */
} RdImportOptions;

GQuark         rd_import_error_quark (void);

/* Decodes @path and extracts its figures. Errors are RD_IMPORT_ERROR with
 * one sentence fit for the user. @options may be NULL. */
RdReportDraft *rd_import_file        (const char             *path,
                                      const RdImportOptions  *options,
                                      GCancellable           *cancellable,
                                      GError                **error);
/* The same for text already in UTF-8; @source_name names it (may be NULL). */
RdReportDraft *rd_import_text        (const char             *text,
                                      const char             *source_name,
                                      const char             *format,
                                      const RdImportOptions  *options,
                                      GError                **error);

G_END_DECLS
