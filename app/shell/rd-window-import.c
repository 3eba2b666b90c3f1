/* rd-window-import.c: Import Report… (Ctrl+I) and files dropped on the
 * window
 *
 * The import runs in a GTask thread that opens its own RdLibrary (SQLite
 * connections are not shared across threads): rd_import_file() checks the
 * cancellable between PDF pages, and once the draft is made the thread
 * checks it again before rd_library_add_draft(), the one write, so that
 * Cancel stores nothing. The window shows the progress in a bar under the
 * header bar and stays usable meanwhile.
 */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-import.h"
#include "rd-library.h"
#include "rd-window-private.h"

#define NOTIFY_TIMEOUT_MS 8000

typedef struct
{
  char    *path;
  char    *library;
  gint64   id;
  gboolean duplicate;  /* id is the report that has the same text */
  char    *title;
  guint    n_figures;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->path);
  g_free (job->library);
  g_free (job->title);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ImportJob *job = data;
  g_autoptr(RdReportDraft) draft = NULL;
  g_autoptr(RdLibrary) library = NULL;
  GError *error = NULL;
  gint64 existing = 0;

  draft = rd_import_file (job->path, NULL, cancellable, &error);
  if (draft != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    library = rd_library_open (job->library, &error);
  /* The last moment that Cancel can store nothing. */
  if (library != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    job->id = rd_library_add_draft (library, draft, &existing, &error);
  if (g_error_matches (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_DUPLICATE) && existing > 0)
    {
      g_clear_error (&error);
      job->id = existing;
      job->duplicate = TRUE;
    }
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->title = g_strdup (draft->title);
  job->n_figures = draft->figures->len;
  g_task_return_boolean (task, TRUE);
}

static void start_next_import (RdWindow *self);

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  RdWindow *self = RD_WINDOW (source);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->import_cancellable);
  /* The window was closed meanwhile. */
  if (self->state == NULL)
    return;
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        /* Translators: %s is a file name. */
        text = g_strdup_printf (_("Import of “%s” cancelled: nothing was stored."), name);
      else
        /* Translators: %s is a file name, then the importer's sentence. */
        text = g_strdup_printf (_("Cannot import “%s”: %s"), name, error->message);
      /* Errors stay until closed: they are read, not glanced at. */
      _rd_window_notify (self, text, NULL, NULL, 0);
      g_message ("Cannot import %s: %s", job->path, error->message);
    }
  else
    {
      if (job->duplicate)
        /* Translators: %s is the title of a report. */
        text = g_strdup_printf (_("“%s” is already in the library: it is shown."), job->title);
      else
        /* Translators: %s is the title of a report, %u its number of figures. */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported: %s, %u figure",
                                             "Imported: %s, %u figures", job->n_figures),
                                job->title, job->n_figures);
      _rd_window_notify (self, text, NULL, NULL, NOTIFY_TIMEOUT_MS);
      _rd_window_open_report (self, job->library, job->id);
    }

  start_next_import (self);
}

static void
start_next_import (RdWindow *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  ImportJob *job;
  char *path;

  if (self->import_cancellable != NULL || (path = g_queue_pop_head (self->import_queue)) == NULL)
    return;

  job = g_new0 (ImportJob, 1);
  job->path = path;
  job->library = _rd_window_dup_import_library (self);
  self->import_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->import_cancellable, on_imported, NULL);
  /* on_imported() says that it was cancelled. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);

  name = g_filename_display_basename (path);
  /* Translators: %s is a file name. */
  text = g_strdup_printf (_("Importing %s…"), name);
  gtk_label_set_text (self->import_label, text);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
  g_task_run_in_thread (task, import_thread);
}

void
rd_window_import_file (RdWindow   *self,
                       const char *path)
{
  g_return_if_fail (RD_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  g_queue_push_tail (self->import_queue, g_strdup (path));
  start_next_import (self);
}

void
rd_window_cancel_import (RdWindow *self)
{
  g_return_if_fail (RD_IS_WINDOW (self));

  g_queue_clear_full (self->import_queue, g_free);
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

gboolean
rd_window_is_importing (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  return self->import_cancellable != NULL;
}

const char *
rd_window_get_import_text (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->import_cancellable ? gtk_label_get_text (self->import_label) : NULL;
}

static void
on_import_chooser_response (GtkNativeDialog *dialog,
                            int              response,
                            RdWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        rd_window_import_file (self, path);
    }
}

GtkFileChooser *
rd_window_choose_import (RdWindow *self)
{
  static const char *suffixes[] = { "txt", "md", "docx", "html", "htm", "pdf" };
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileFilter *filter;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  if (self->import_chooser == NULL)
    {
      self->import_chooser = gtk_file_chooser_native_new (_("Import Report"), GTK_WINDOW (self),
                                                          GTK_FILE_CHOOSER_ACTION_OPEN,
                                                          _("_Import"), _("_Cancel"));
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _("Work reports (text, Markdown, Word, web page, PDF)"));
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        gtk_file_filter_add_suffix (filter, suffixes[i]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->import_chooser), filter);
      g_object_unref (filter);
      g_signal_connect (self->import_chooser, "response", G_CALLBACK (on_import_chooser_response), self);
      if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GFile) folder = g_file_new_for_path (documents);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->import_chooser), folder, NULL);
        }
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->import_chooser));
  return GTK_FILE_CHOOSER (self->import_chooser);
}

static void
import_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rd_window_choose_import (RD_WINDOW (widget));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rd_window_cancel_import (RD_WINDOW (widget));
}

/* Each file dropped is imported, one after the other. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RdWindow      *self)
{
  GSList *files = NULL;
  gboolean any = FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = g_value_get_boxed (value);
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    files = g_slist_prepend (NULL, g_value_get_object (value));

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL)
        {
          rd_window_import_file (self, path);
          any = TRUE;
        }
    }
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    g_slist_free (files);
  return any;
}

void
_rd_window_class_import_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, RdWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, import_label);
  gtk_widget_class_install_action (widget_class, "win.import-report", NULL, import_report_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
}

void
_rd_window_import_init (RdWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  self->import_queue = g_queue_new ();
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_rd_window_import_dispose (RdWindow *self)
{
  if (self->import_queue != NULL)
    rd_window_cancel_import (self);
  g_clear_pointer (&self->import_queue, g_queue_free);
  if (self->import_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->import_chooser));
  g_clear_object (&self->import_chooser);
}
