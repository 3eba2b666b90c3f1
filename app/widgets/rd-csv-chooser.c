/* rd-csv-chooser.c: the save dialog of the views' "Export CSV…" */
#define G_LOG_DOMAIN "reportdash-csv-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-csv-chooser.h"

#define CHOOSER_KEY "rd-csv-chooser"

static void
destroy_chooser (gpointer chooser)
{
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_response (GtkNativeDialog *dialog,
             int              response,
             GtkWidget       *view)
{
  RdCsvWriteFunc write = g_object_get_data (G_OBJECT (dialog), "write");
  GtkLabel *status_label = g_object_get_data (G_OBJECT (dialog), "status-label");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    path = g_file_get_path (file);
  if (path != NULL && !write (view, path, &error))
    gtk_label_set_text (status_label, error->message);
  g_object_set_data (G_OBJECT (view), CHOOSER_KEY, NULL);
}

void
rd_csv_chooser_show (GtkWidget      *view,
                     const char     *title,
                     const char     *file_name,
                     RdCsvWriteFunc  write,
                     GtkLabel       *status_label)
{
  GtkRoot *root = gtk_widget_get_root (view);
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;

  if (g_object_get_data (G_OBJECT (view), CHOOSER_KEY) != NULL)
    return;
  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data (G_OBJECT (chooser), "write", write);
  g_object_set_data (G_OBJECT (chooser), "status-label", status_label);
  g_object_set_data_full (G_OBJECT (view), CHOOSER_KEY, chooser, destroy_chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), view);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
