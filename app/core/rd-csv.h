/* rd-csv.h: CSV and tab-separated text for spreadsheets */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One CSV record (RFC 4180): fields with a comma, a quote, CR or LF are
 * quoted, quotes doubled; ends with CRLF. Appended to @out. */
void      rd_csv_append_row  (GString      *out,
                              const char  **fields,
                              guint         n_fields);
/* Writes @rows (a GPtrArray of NULL-terminated GStrv) to @path as UTF-8
 * CSV with a byte order mark, so that Excel and WPS read Chinese right.
 * Atomic: a temporary file renamed over @path. */
gboolean  rd_csv_write       (const char   *path,
                              GPtrArray    *rows,
                              GError      **error);
/* One line of tab-separated text, as spreadsheets paste it: tabs and line
 * breaks inside a field become spaces. Appended to @out with "\n". */
void      rd_tsv_append_row  (GString      *out,
                              const char  **fields,
                              guint         n_fields);

G_END_DECLS
