/* rd-window-library.c: the reports of the library the window shows
 *
 * The switcher follows the state's dataset: a library (schema version 2)
 * lists its reports, a dataset file none. Reports are listed and opened in
 * threads, each with its own SQLite connection; the last one asked for
 * wins. A GFileMonitor on the library lists them again when another
 * program (reportdash --import) changes it.
 *
 * Removing a report hides it from the list at once and removes it from the
 * library only when Undo was not pressed in time (or when the window
 * closes): Undo then brings back the very report, with its id and, for the
 * built-in one, its curated charts and pairs, which re-adding a draft
 * could not.
 */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-library.h"
#include "rd-search.h"
#include "rd-window-private.h"

#define UNDO_TIMEOUT_MS   8000
#define RELIST_DELAY_MS   300
/* An open that takes longer says so, with Cancel (issue 19, point 1). */
#define OPEN_SLOW_MS      300

RdDataset *
rd_window_open_dataset (const char  *path,
                        gint64       report_id,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RdDataset *dataset;

  g_return_val_if_fail (path != NULL, NULL);

  if (report_id <= 0)
    return rd_dataset_open (path, error);
  dataset = rd_dataset_open_report (path, report_id, &local_error);
  /* Removed meanwhile: the first report, as without a choice. */
  if (g_error_matches (local_error, RD_DATASET_ERROR, RD_DATASET_ERROR_NO_REPORT))
    return rd_dataset_open (path, error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return dataset;
}

gint64
rd_window_get_last_report (GSettings  *settings,
                           const char *path)
{
  g_autofree char *library = rd_library_get_default_path ();

  /* Report ids are the user's library's: another file has others. */
  if (settings == NULL || path == NULL || g_strcmp0 (path, library) != 0)
    return 0;
  return g_settings_get_int64 (settings, "last-report");
}

/* The in-window notification */

static void
hide_notification (RdWindow *self)
{
  g_clear_handle_id (&self->toast_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
}

static gboolean
on_notification_timeout (gpointer data)
{
  RdWindow *self = data;

  self->toast_source = 0;
  hide_notification (self);
  return G_SOURCE_REMOVE;
}

static void commit_removal (RdWindow *self, gboolean wait);

void
_rd_window_notify (RdWindow   *self,
                   const char *text,
                   const char *button_label,
                   const char *action_name,
                   guint       timeout_ms)
{
  /* A notification that replaces the one of a removal ends its Undo. */
  if (self->pending_removal != 0)
    commit_removal (self, FALSE);
  self->open_notified = FALSE;

  hide_notification (self);
  gtk_label_set_text (self->toast_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->toast_button), button_label != NULL);
  if (button_label != NULL)
    {
      gtk_button_set_label (self->toast_button, button_label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->toast_button), action_name);
    }
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  if (timeout_ms > 0)
    self->toast_source = g_timeout_add (timeout_ms, on_notification_timeout, self);
}

const char *
rd_window_get_notification (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (self->toast_revealer))
    return NULL;
  return gtk_label_get_text (self->toast_label);
}

static void
close_notification_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  /* Closing the notification of a removal is agreeing to it. */
  if (self->pending_removal != 0)
    commit_removal (self, FALSE);
  hide_notification (self);
}

/* Listing the reports */

typedef struct
{
  char   *path;
  gint64  id;
  guint   serial;
} LibraryJob;

static void
library_job_free (LibraryJob *job)
{
  g_free (job->path);
  g_free (job);
}

static GTask *
library_task (RdWindow            *self,
              GCancellable        *cancellable,
              const char          *path,
              gint64               id,
              guint                serial,
              GAsyncReadyCallback  callback)
{
  GTask *task = g_task_new (self, cancellable, callback, NULL);
  LibraryJob *job = g_new0 (LibraryJob, 1);

  job->path = g_strdup (path);
  job->id = id;
  job->serial = serial;
  g_task_set_task_data (task, job, (GDestroyNotify) library_job_free);
  return task;
}

/* The end of a LibraryJob's thread: one job fewer under way, its job data
 * and what it gave back. */
static gpointer
finish_job (RdWindow      *self,
            GAsyncResult  *result,
            LibraryJob   **job,
            GError       **error)
{
  self->n_opening--;
  *job = g_task_get_task_data (G_TASK (result));
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
list_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  LibraryJob *job = data;
  g_autoptr(RdLibrary) library = NULL;
  GPtrArray *reports;
  GError *error = NULL;

  library = rd_library_open_full (job->path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, &error);
  if (library == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  reports = rd_library_list_reports (library, &error);
  if (reports == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, reports, (GDestroyNotify) g_ptr_array_unref);
}

static void
update_library_actions (RdWindow *self)
{
  guint n = self->library_path ? rd_report_switcher_get_n_reports (self->switcher) : 0;

  /* One report has nothing to switch to, and is not removed: the library
   * would be empty. */
  gtk_widget_set_visible (GTK_WIDGET (self->switcher), n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-report", n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-figures", self->library_path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-report", self->library_path != NULL);
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  RdWindow *self = RD_WINDOW (source);
  LibraryJob *job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = finish_job (self, result, &job, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      job->serial != self->relist_serial || g_strcmp0 (job->path, self->library_path) != 0)
    return;
  if (reports == NULL)
    {
      g_message ("Cannot list the reports of %s: %s", job->path, error->message);
      return;
    }

  /* A report removed is left out until the library has lost it: its id
   * may come back with the next import. */
  if (self->pending_removal == 0 && self->n_removing == 0)
    rd_report_switcher_hide_report (self->switcher, 0);
  rd_report_switcher_set_reports (self->switcher, reports);
  update_library_actions (self);
}

static void
relist (RdWindow *self)
{
  g_autoptr(GTask) task = NULL;

  g_clear_handle_id (&self->relist_source, g_source_remove);
  if (self->library_path == NULL)
    return;
  self->n_opening++;
  task = library_task (self, self->library_cancellable, self->library_path, 0, ++self->relist_serial, on_listed);
  g_task_run_in_thread (task, list_thread);
}

void
_rd_window_relist (RdWindow *self)
{
  relist (self);
}

static gboolean
on_relist_timeout (gpointer data)
{
  RdWindow *self = data;

  self->relist_source = 0;
  relist (self);
  return G_SOURCE_REMOVE;
}

/* A write comes as several events: the list is made once they stop. */
static void
on_library_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    RdWindow          *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;
  g_clear_handle_id (&self->relist_source, g_source_remove);
  self->relist_source = g_timeout_add (RELIST_DELAY_MS, on_relist_timeout, self);
}

static void
watch_library (RdWindow   *self,
               const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (self->library_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->library_monitor, on_library_changed, self);
      g_file_monitor_cancel (self->library_monitor);
      g_clear_object (&self->library_monitor);
    }
  g_clear_handle_id (&self->relist_source, g_source_remove);
  g_free (self->library_path);
  self->library_path = g_strdup (path);
  if (path == NULL)
    return;

  file = g_file_new_for_path (path);
  self->library_monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->library_monitor == NULL)
    g_message ("Cannot watch %s: %s", path, error->message);
  else
    g_signal_connect (self->library_monitor, "changed", G_CALLBACK (on_library_changed), self);
}

/* Opening a report */

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  LibraryJob *job = data;
  GError *error = NULL;
  RdDataset *dataset = rd_dataset_open_cancellable (job->path, job->id, cancellable, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/* The table lists every report of the library, the one shown chosen in
 * its report filter. */
static void
show_table_reports (RdWindow *self)
{
  RdDataset *shown = rd_window_state_get_dataset (self->state);
  g_autoptr(RdSearch) search = NULL;

  if (shown == NULL || self->table_dataset == NULL)
    return;
  if (rd_table_view_get_dataset (self->table_view) != self->table_dataset)
    {
      search = rd_search_new (self->table_dataset);
      rd_table_view_set_search (self->table_view, search);
    }
  rd_table_view_set_report_filter (self->table_view, rd_dataset_get_report_id (shown));
  _rd_window_table_follow_figure (self);
}

static void
on_all_opened (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  RdWindow *self = RD_WINDOW (source);
  LibraryJob *job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = finish_job (self, result, &job, &error);
  if (dataset == NULL || job->serial != self->table_serial ||
      g_strcmp0 (job->path, self->library_path) != 0)
    {
      /* The table keeps the report shown. */
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("The table stays with one report: %s", error->message);
      return;
    }
  g_set_object (&self->table_dataset, dataset);
  show_table_reports (self);
}

void
_rd_window_load_table_reports (RdWindow *self)
{
  guint n = self->library_path ? rd_report_switcher_get_n_reports (self->switcher) : 0;
  g_autoptr(GTask) task = NULL;

  if (n < 2)
    {
      g_clear_object (&self->table_dataset);
      return;
    }
  /* Loaded already, and no report came or went since. */
  if (self->table_dataset != NULL &&
      g_strcmp0 (rd_dataset_get_path (self->table_dataset), self->library_path) == 0 &&
      rd_dataset_get_n_reports (self->table_dataset) == n)
    {
      show_table_reports (self);
      return;
    }
  task = library_task (self, self->library_cancellable, self->library_path, RD_DATASET_ALL_REPORTS,
                       ++self->table_serial, on_all_opened);
  self->n_opening++;
  g_task_run_in_thread (task, open_thread);
}

static void
end_open_progress (RdWindow *self)
{
  g_clear_handle_id (&self->open_slow_source, g_source_remove);
  if (self->open_notified)
    hide_notification (self);
  self->open_notified = FALSE;
}

static gboolean
on_open_slow (gpointer data)
{
  RdWindow *self = data;
  g_autofree char *text = NULL;

  self->open_slow_source = 0;
  /* Translators: %s is the name of a file being opened. */
  text = g_strdup_printf (_("Opening “%s”…"), self->opening_name);
  _rd_window_notify (self, text, _("Cancel"), "win.cancel-open", 0);
  self->open_notified = TRUE;
  return G_SOURCE_REMOVE;
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  /* The window goes on showing what it showed. */
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  end_open_progress (self);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  RdWindow *self = RD_WINDOW (source);
  LibraryJob *job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = finish_job (self, result, &job, &error);
  if (job->serial == self->open_serial)
    end_open_progress (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->open_serial)
    return;
  rd_window_show_opened (self, job->path, dataset, error);
}

void
_rd_window_open_report (RdWindow   *self,
                        const char *path,
                        gint64      id)
{
  g_autoptr(GTask) task = NULL;

  /* The last one asked for wins: an older one is no longer wanted. */
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  task = library_task (self, self->open_cancellable, path, id, ++self->open_serial, on_opened);

  g_free (self->opening_name);
  self->opening_name = g_filename_display_basename (path);
  g_clear_handle_id (&self->open_slow_source, g_source_remove);
  self->open_slow_source = g_timeout_add (OPEN_SLOW_MS, on_open_slow, self);
  self->n_opening++;
  g_task_run_in_thread (task, open_thread);
}

gboolean
rd_window_show_report (RdWindow *self,
                       gint64    id)
{
  RdDataset *dataset;

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);

  if (self->library_path == NULL)
    return FALSE;
  dataset = rd_window_state_get_dataset (self->state);
  if (dataset != NULL && rd_dataset_get_report_id (dataset) == id &&
      g_strcmp0 (rd_dataset_get_path (dataset), self->library_path) == 0)
    {
      /* Already shown, but another one may be on its way: no longer wanted. */
      self->open_serial++;
      if (self->open_cancellable != NULL)
        g_cancellable_cancel (self->open_cancellable);
      end_open_progress (self);
      return TRUE;
    }
  _rd_window_open_report (self, self->library_path, id);
  return TRUE;
}

gboolean
rd_window_is_busy (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  return self->n_opening > 0;
}

RdReportSwitcher *
rd_window_get_report_switcher (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->switcher;
}

static void
on_switcher_report_changed (RdWindow *self)
{
  rd_window_show_report (self, rd_report_switcher_get_report_id (self->switcher));
}

/* A figure asked for before its report was open: shown now that it is. */
static void
show_pending_figure (RdWindow *self)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  g_autofree char *key = NULL;
  RdIndicator *figure;

  if (self->pending_figure_key == NULL || dataset == NULL ||
      rd_dataset_get_report_id (dataset) != self->pending_figure_report)
    return;
  key = g_steal_pointer (&self->pending_figure_key);
  self->pending_figure_report = 0;
  figure = rd_dataset_find_indicator (dataset, key);
  if (figure != NULL)
    rd_window_show_indicator (self, figure);
}

void
_rd_window_show_report_figure (RdWindow   *self,
                               gint64      report_id,
                               const char *key)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);

  g_free (self->pending_figure_key);
  self->pending_figure_key = g_strdup (key);
  self->pending_figure_report = report_id;
  if (dataset != NULL && rd_dataset_get_report_id (dataset) == report_id)
    show_pending_figure (self);
  else if (!rd_window_show_report (self, report_id))
    g_clear_pointer (&self->pending_figure_key, g_free);
  g_clear_object (&self->table_dataset);
}

/* The switcher, the monitor and the remembered report follow the
 * state's dataset. */
static void
on_dataset_changed (RdWindow *self)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  const char *path = dataset && rd_dataset_is_library (dataset) ? rd_dataset_get_path (dataset) : NULL;
  g_autofree char *own = rd_library_get_default_path ();

  if (g_strcmp0 (path, self->library_path) != 0)
    {
      /* Another file: a removal waiting for Undo was the other one's. */
      if (self->pending_removal != 0)
        commit_removal (self, FALSE);
      watch_library (self, path);
      rd_report_switcher_set_reports (self->switcher, NULL);
    }
  /* A report just imported is not in the list yet. */
  relist (self);
  g_signal_handlers_block_by_func (self->switcher, on_switcher_report_changed, self);
  rd_report_switcher_set_report_id (self->switcher, path ? rd_dataset_get_report_id (dataset) : 0);
  g_signal_handlers_unblock_by_func (self->switcher, on_switcher_report_changed, self);
  if (path != NULL && self->settings != NULL && g_str_equal (path, own))
    g_settings_set_int64 (self->settings, "last-report", rd_dataset_get_report_id (dataset));
  update_library_actions (self);
  show_pending_figure (self);
}

/* Removing a report */

typedef struct
{
  char   *path;
  gint64  id;
} Removal;

static void
removal_free (Removal *removal)
{
  g_free (removal->path);
  g_free (removal);
}

static gboolean
remove_now (const char  *path,
            gint64       id,
            GError     **error)
{
  g_autoptr(RdLibrary) library = rd_library_open_full (path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, error);

  return library != NULL && rd_library_remove_report (library, id, error);
}

static void
remove_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Removal *removal = data;
  GError *error = NULL;

  if (remove_now (removal->path, removal->id, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_removed (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  RdWindow *self = RD_WINDOW (source);
  Removal *removal = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->n_opening--;
  self->n_removing--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_message ("Cannot remove report %" G_GINT64_FORMAT " of %s: %s", removal->id, removal->path, error->message);
  if (g_strcmp0 (removal->path, self->library_path) == 0)
    relist (self);
}

/* The removal waiting for Undo goes to the library: in a thread, or
 * (@wait, as the window closes) at once. */
static void
commit_removal (RdWindow *self,
                gboolean  wait)
{
  Removal *removal;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  if (self->pending_removal == 0)
    return;
  g_clear_handle_id (&self->removal_source, g_source_remove);
  removal = g_new0 (Removal, 1);
  removal->id = self->pending_removal;
  removal->path = g_steal_pointer (&self->pending_path);
  self->pending_removal = 0;

  if (wait)
    {
      if (!remove_now (removal->path, removal->id, &error))
        g_message ("Cannot remove report %" G_GINT64_FORMAT ": %s", removal->id, error->message);
      removal_free (removal);
      return;
    }

  /* Not cancellable: the user agreed, the window may be closing. */
  task = g_task_new (self, NULL, on_removed, NULL);
  g_task_set_task_data (task, removal, (GDestroyNotify) removal_free);
  self->n_opening++;
  self->n_removing++;
  g_task_run_in_thread (task, remove_thread);
}

static gboolean
on_removal_timeout (gpointer data)
{
  RdWindow *self = data;

  self->removal_source = 0;
  commit_removal (self, FALSE);
  hide_notification (self);
  return G_SOURCE_REMOVE;
}

gboolean
rd_window_remove_report (RdWindow *self)
{
  RdDataset *dataset;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  gint64 id, next = 0;
  guint n;

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);

  dataset = rd_window_state_get_dataset (self->state);
  n = rd_report_switcher_get_n_reports (self->switcher);
  if (self->library_path == NULL || dataset == NULL || n < 2)
    return FALSE;

  /* An earlier removal is agreed to: one Undo at a time. */
  commit_removal (self, FALSE);
  id = rd_dataset_get_report_id (dataset);
  title = g_strdup (rd_dataset_get_title (dataset));
  /* The report after it in the list, or before it at the end. */
  for (guint i = 0; i < n && next == 0; i++)
    if (rd_report_switcher_get_report_at (self->switcher, i) == id)
      next = rd_report_switcher_get_report_at (self->switcher, i + 1 < n ? i + 1 : i - 1);
  if (next == 0)
    next = rd_report_switcher_get_report_at (self->switcher, 0);

  /* Translators: %s is the title of a report. */
  text = g_strdup_printf (_("Removed report “%s”"), title);
  _rd_window_notify (self, text, _("_Undo"), "win.undo-remove", 0);
  self->pending_removal = id;
  self->pending_path = g_strdup (self->library_path);
  self->removal_source = g_timeout_add (self->undo_timeout_ms, on_removal_timeout, self);
  rd_report_switcher_hide_report (self->switcher, id);
  update_library_actions (self);
  rd_window_show_report (self, next);
  return TRUE;
}

void
rd_window_undo_remove (RdWindow *self)
{
  gint64 id;

  g_return_if_fail (RD_IS_WINDOW (self));

  if ((id = self->pending_removal) == 0)
    return;
  g_clear_handle_id (&self->removal_source, g_source_remove);
  g_clear_pointer (&self->pending_path, g_free);
  self->pending_removal = 0;
  hide_notification (self);
  rd_report_switcher_hide_report (self->switcher, 0);
  update_library_actions (self);
  rd_window_show_report (self, id);
}

void
rd_window_set_undo_timeout (RdWindow *self,
                            guint     ms)
{
  g_return_if_fail (RD_IS_WINDOW (self));
  self->undo_timeout_ms = ms;
}

static void
remove_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rd_window_remove_report (RD_WINDOW (widget));
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rd_window_undo_remove (RD_WINDOW (widget));
}

char *
_rd_window_dup_import_library (RdWindow *self)
{
  return self->library_path ? g_strdup (self->library_path) : rd_library_get_default_path ();
}

void
_rd_window_class_library_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (RD_TYPE_REPORT_SWITCHER);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, toast_button);
  gtk_widget_class_install_action (widget_class, "win.remove-report", NULL, remove_report_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "win.close-notification", NULL, close_notification_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
}

void
_rd_window_library_init (RdWindow *self)
{
  self->undo_timeout_ms = UNDO_TIMEOUT_MS;
  self->library_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->state, "notify::dataset", G_CALLBACK (on_dataset_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher, "notify::report-id", G_CALLBACK (on_switcher_report_changed),
                           self, G_CONNECT_SWAPPED);
  update_library_actions (self);
}

void
_rd_window_library_dispose (RdWindow *self)
{
  /* The user did not undo: the report goes before the window. */
  commit_removal (self, TRUE);
  if (self->library_cancellable != NULL)
    g_cancellable_cancel (self->library_cancellable);
  g_clear_object (&self->library_cancellable);
  /* No open still under way shows anything now. */
  self->open_serial++;
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_handle_id (&self->open_slow_source, g_source_remove);
  g_clear_pointer (&self->opening_name, g_free);
  watch_library (self, NULL);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  g_clear_pointer (&self->pending_figure_key, g_free);
  g_clear_object (&self->table_dataset);
}
