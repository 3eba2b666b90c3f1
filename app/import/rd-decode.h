/* rd-decode.h: a document file into UTF-8 text
 *
 * .txt/.md in UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by
 * its NUL bytes) and GB18030/GBK; .docx (libzip + libxml2), .html/.htm
 * (libxml2's HTML parser, the page's charset, its main content box when
 * it has one), .pdf with a text layer (poppler-glib; lines the layout broke
 * between CJK characters or digits are joined, page numbers dropped).
 * Plain text is returned as the file holds it, only a BOM dropped; the
 * other formats give one line per paragraph, each ending in "\n".
 * Errors are RD_IMPORT_ERROR (rd-import.h) with one sentence for the user;
 * rd_decode_file() also gives G_IO_ERROR_CANCELLED between a PDF's pages.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Returns the text (UTF-8, valid, no NUL) and sets @format to "txt", "md",
 * "docx", "html" or "pdf" (may be NULL). The format is told by the
 * content first (zip, %PDF, <html), then by the name's extension. */
char *rd_decode_file  (const char    *path,
                       char         **format,
                       GCancellable  *cancellable,
                       GError       **error);
/* The same for bytes in memory; @name (may be NULL) gives the extension. */
char *rd_decode_bytes (const char    *data,
                       gsize          length,
                       const char    *name,
                       char         **format,
                       GError       **error);

G_END_DECLS
