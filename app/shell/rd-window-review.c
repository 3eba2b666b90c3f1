/* rd-window-review.c: Review Figures… opens the review screen of the
 * report shown in a window of its own; after Save the report is opened
 * again so that the dashboard shows the corrected figures. Rename
 * Report… asks for a new title in a dialog. */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-charts.h"
#include "rd-review-view.h"
#include "rd-window-private.h"

#define REVIEW_KEY "rd-review-view"

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              _("The corrections could not be saved"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_review_title (GtkWindow  *review,
                  const char *report_title)
{
  /* Translators: %s is the title of a report. */
  g_autofree char *title = g_strdup_printf (_("Review Figures — %s"), report_title);

  gtk_window_set_title (review, title);
}

static gboolean
save (RdWindow     *self,
      RdReviewView *view)
{
  g_autoptr(GError) error = NULL;
  RdDataset *dataset = rd_window_state_get_dataset (self->state);

  if (!rd_review_view_save (view, &error))
    {
      show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))), error);
      return FALSE;
    }
  _rd_window_notify (self, _("Corrections saved"), NULL, NULL, 4000);
  set_review_title (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))),
                    gtk_editable_get_text (GTK_EDITABLE (rd_review_view_get_field (view, "title"))));
  /* The title, region or year may have changed: the switcher follows. */
  _rd_window_relist (self);
  if (dataset != NULL && self->library_path != NULL)
    _rd_window_open_report (self, self->library_path, rd_dataset_get_report_id (dataset));
  return TRUE;
}

static void
on_save_clicked (GtkButton *button,
                 RdWindow  *self)
{
  save (self, g_object_get_data (G_OBJECT (self), REVIEW_KEY));
}

static void
on_discard_clicked (GtkButton *button,
                    RdWindow  *self)
{
  rd_review_view_discard (g_object_get_data (G_OBJECT (self), REVIEW_KEY));
}

static void
on_ask_response (GtkDialog *dialog,
                 int        response,
                 RdWindow  *self)
{
  RdReviewView *view = g_object_get_data (G_OBJECT (self), REVIEW_KEY);
  GtkWindow *review = view ? GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))) : NULL;

  /* Let go of the review window now: it may be destroyed below while the
   * dialog is still referenced by this signal's emission. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (view == NULL || response == GTK_RESPONSE_CANCEL || response == GTK_RESPONSE_DELETE_EVENT)
    return;
  if (response == GTK_RESPONSE_ACCEPT && !save (self, view))
    return;
  rd_review_view_discard (view);
  gtk_window_destroy (review);
}

static gboolean
on_close_request (GtkWindow *review,
                  RdWindow  *self)
{
  RdReviewView *view = g_object_get_data (G_OBJECT (self), REVIEW_KEY);
  GtkWidget *dialog;

  if (view == NULL || !rd_review_view_has_changes (view))
    return FALSE;
  dialog = gtk_message_dialog_new (review, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save the corrections?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("The corrected figures are not in the library yet."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), GTK_RESPONSE_REJECT, _("_Save"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_ask_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
on_review_destroy (GtkWidget *review,
                   RdWindow  *self)
{
  g_object_set_data (G_OBJECT (self), REVIEW_KEY, NULL);
}

RdReviewView *
rd_window_review_figures (RdWindow *self)
{
  g_autoptr(GError) error = NULL;
  RdDataset *dataset;
  RdReviewView *view;
  GtkWidget *review, *header, *button;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  dataset = rd_window_state_get_dataset (self->state);
  if (self->library_path == NULL || dataset == NULL)
    return NULL;
  if ((view = g_object_get_data (G_OBJECT (self), REVIEW_KEY)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))));
      return view;
    }

  view = RD_REVIEW_VIEW (rd_review_view_new ());
  /* A figure added or excluded: the report's dashboard is made anew. */
  rd_review_view_set_charts_func (view, rd_charts_generate);
  if (!rd_review_view_load (view, self->library_path, rd_dataset_get_report_id (dataset), &error))
    {
      g_object_ref_sink (view);
      g_object_unref (view);
      _rd_window_notify (self, error->message, NULL, NULL, 0);
      return NULL;
    }
  review = gtk_window_new ();
  set_review_title (GTK_WINDOW (review), rd_dataset_get_title (dataset));
  gtk_window_set_transient_for (GTK_WINDOW (review), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (review), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (review), 1200, 760);
  header = gtk_header_bar_new ();
  button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_object_bind_property (view, "has-changes", button, "sensitive", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_save_clicked), self, 0);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), button);
  button = gtk_button_new_with_mnemonic (_("_Discard"));
  g_object_bind_property (view, "has-changes", button, "sensitive", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_discard_clicked), self, 0);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), button);
  gtk_window_set_titlebar (GTK_WINDOW (review), header);
  gtk_window_set_child (GTK_WINDOW (review), GTK_WIDGET (view));
  g_object_set_data (G_OBJECT (self), REVIEW_KEY, view);
  g_signal_connect_object (review, "close-request", G_CALLBACK (on_close_request), self, 0);
  g_signal_connect_object (review, "destroy", G_CALLBACK (on_review_destroy), self, 0);
  gtk_window_present (GTK_WINDOW (review));
  return view;
}

/* Rename Report… */

#define RENAME_ENTRY_KEY "rd-rename-entry"

static void
on_rename_response (GtkDialog *dialog,
                    int        response,
                    RdWindow  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), RENAME_ENTRY_KEY);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "rd-report-id"));
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  RdLibraryReport *report = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT || self->library_path == NULL)
    return;
  library = rd_library_open_full (self->library_path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, &error);
  if (library != NULL && (reports = rd_library_list_reports (library, &error)) != NULL)
    for (guint i = 0; i < reports->len; i++)
      if (((RdLibraryReport *) reports->pdata[i])->id == id)
        report = reports->pdata[i];
  if (report != NULL &&
      rd_library_update_report (library, id, title, report->region, report->level, report->year, &error))
    {
      _rd_window_relist (self);
      _rd_window_open_report (self, self->library_path, id);
      return;
    }
  if (error == NULL)
    g_set_error (&error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NOT_FOUND,
                 _("There is no report %lld in the library “%s”."), (long long) id, self->library_path);
  _rd_window_notify (self, error->message, NULL, NULL, 0);
}

static void
on_rename_text (GtkEditable *entry,
                GtkDialog   *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_dialog_set_response_sensitive (dialog, GTK_RESPONSE_ACCEPT, title[0] != '\0');
}

GtkWindow *
rd_window_rename_report (RdWindow *self)
{
  RdDataset *dataset;
  GtkWidget *dialog, *entry, *label, *box;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  dataset = rd_window_state_get_dataset (self->state);
  if (self->library_path == NULL || dataset == NULL)
    return NULL;
  dialog = gtk_dialog_new_with_buttons (_("Rename Report"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT | GTK_DIALOG_USE_HEADER_BAR,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL, _("_Rename"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 420, -1);
  box = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  gtk_box_set_spacing (GTK_BOX (box), 6);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  label = gtk_label_new_with_mnemonic (_("_Title of the report"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), rd_dataset_get_title_zh (dataset));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  g_object_set_data (G_OBJECT (dialog), RENAME_ENTRY_KEY, entry);
  g_object_set_data (G_OBJECT (dialog), "rd-report-id", GSIZE_TO_POINTER (rd_dataset_get_report_id (dataset)));
  g_signal_connect (entry, "changed", G_CALLBACK (on_rename_text), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
rename_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rd_window_rename_report (RD_WINDOW (widget));
}

static void
review_figures_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  rd_window_review_figures (RD_WINDOW (widget));
}

void
_rd_window_class_review_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.review-figures", NULL, review_figures_action);
  gtk_widget_class_install_action (widget_class, "win.rename-report", NULL, rename_report_action);
}
