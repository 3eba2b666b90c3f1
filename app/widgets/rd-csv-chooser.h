/* rd-csv-chooser.h: the save dialog of the views' "Export CSV…" */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Writes @view's rows to @path (the function the view's tests call). */
typedef gboolean (*RdCsvWriteFunc) (GtkWidget   *view,
                                    const char  *path,
                                    GError     **error);

/* A modal native save dialog for a CSV file over @view's window, with
 * @title and the suggested @file_name; the path chosen goes to @write,
 * whose error goes to @status_label. One dialog at a time for a view;
 * the view keeps it. */
void  rd_csv_chooser_show  (GtkWidget      *view,
                            const char     *title,
                            const char     *file_name,
                            RdCsvWriteFunc  write,
                            GtkLabel       *status_label);

G_END_DECLS
