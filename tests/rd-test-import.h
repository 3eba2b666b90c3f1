/* rd-test-import.h: documents made in memory for the importer's tests */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define W_DOCUMENT_START "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
#define W_DOCUMENT_END "</w:body></w:document>"

/* A zip of the NULL-terminated name, content, name, content… */
GBytes *make_zip  (const char * const *names_and_contents);
/* A .docx whose document body is @body (w:p elements). */
GBytes *make_docx (const char *body);

G_END_DECLS

G_BEGIN_DECLS
/* A PDF of @text as a printed report: A4 pages, paragraphs (lines of @text)
 * wrapped at the page's width, a page number at the foot of each page. */
GBytes *make_report_pdf (const char *text);
G_END_DECLS
