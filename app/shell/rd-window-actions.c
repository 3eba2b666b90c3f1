/* rd-window-actions.c: the window's actions (win.*), its zoom and its
 * main menu */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rd-choose-slides.h"
#include "rd-library.h"
#include "rd-paths.h"
#include "rd-print.h"
#include "rd-tooltip.h"
#include "rd-window-private.h"

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     RdWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      /* In a thread, as switching reports: a file from elsewhere may take
       * seconds to check (issue 19, point 1); closing the window cancels. */
      if (path != NULL)
        _rd_window_open_report (self, path, 0);
    }

  g_clear_object (&self->chooser);
}

/* Where Open Dataset starts: the folder of the dataset on screen when the
 * user chose it, else the Documents folder (the home folder without one),
 * not the chooser's list of recent files, empty on a new desktop. */
static GFile *
open_folder (RdWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *path = rd_window_state_get_dataset (self->state) != NULL ? rd_dataset_get_path (rd_window_state_get_dataset (self->state)) : NULL;

  if (path != NULL && !_rd_window_is_own_file (path))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (dir);
    }
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

GtkFileChooser *
rd_window_choose_dataset (RdWindow *self)
{
  GtkFileFilter *filter;
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  folder = open_folder (self);
  if (self->chooser != NULL)
    {
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return GTK_FILE_CHOOSER (self->chooser);
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("ReportDash datasets"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (filter, "application/x-sqlite3");
  gtk_file_filter_add_suffix (filter, "sqlite");
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
  return GTK_FILE_CHOOSER (self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  rd_window_choose_dataset (RD_WINDOW (widget));
}

static void
open_builtin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autofree char *path = rd_paths_get_builtin_dataset ();

  _rd_window_open_report (RD_WINDOW (widget), path, 0);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  if (rd_window_state_get_dataset (self->state) != NULL)
    {
      _rd_window_show_dataset (self);
      _rd_window_focus_sectors (self);
    }
}

static void
step_sector_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  RdSector *sector = rd_window_state_get_sector (self->state);
  int delta = g_str_equal (action_name, "win.next-sector") ? 1 : -1;
  GListModel *sectors;
  g_autoptr(RdSector) next = NULL;

  if (dataset == NULL || sector == NULL)
    return;

  sectors = rd_dataset_get_sectors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sectors) && next == NULL; i++)
    {
      g_autoptr(RdSector) item = g_list_model_get_item (sectors, i);

      if (item == sector && (int) i + delta >= 0)
        next = g_list_model_get_item (sectors, i + delta);
    }
  if (next != NULL)
    _rd_window_choose_sector (self, next);
}

static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  RdChartView *view;
  g_autoptr(GdkTexture) texture = NULL;

  /* Ctrl+C in a text with a selection copies the text, as everywhere. */
  if (GTK_IS_LABEL (focus) && gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL))
    {
      gtk_widget_activate_action (focus, "clipboard.copy", NULL);
      return;
    }
  if (GTK_IS_EDITABLE (focus) || (focus && GTK_IS_EDITABLE (gtk_widget_get_parent (focus))))
    {
      gtk_widget_activate_action (focus, "clipboard.copy", NULL);
      return;
    }

  if (rd_window_state_get_dataset (self->state) == NULL)
    return;

  /* Slide-sized, so that it pastes into WPS, LibreOffice or a chat as is. */
  if (_rd_window_showing_pairs (self))
    {
      g_autoptr(RdChartData) data = rd_pairs_view_new_chart_data (self->pairs_view);

      if (data != NULL)
        texture = rd_chart_texture_new (data, 1920, 1080);
    }
  else if ((view = rd_window_get_current_chart (self)) != NULL)
    texture = rd_chart_view_render_texture (view, 1920, 1080);
  if (texture != NULL)
    gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rd_window_present_slides (RD_WINDOW (widget));
}

static void
on_start_slides (RdWindow *self)
{
  _rd_window_present_deck (self, FALSE);
}

GtkWindow *
rd_window_choose_slides (RdWindow *self)
{
  RdDataset *dataset;
  RdChooseSlides *dialog;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  if ((dataset = rd_window_state_get_dataset (self->state)) == NULL)
    return NULL;

  dialog = rd_choose_slides_new (GTK_WINDOW (self), dataset, self->settings);
  g_signal_connect_object (dialog, "start", G_CALLBACK (on_start_slides), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
choose_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rd_window_choose_slides (RD_WINDOW (widget));
}

/* The charts an action applies to: "chart" (the current one), "sector"
 * (the page shown) or "all". */
GPtrArray *
rd_window_get_charts_for (RdWindow   *self,
                          const char *scope)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *sectors;

  g_return_val_if_fail (RD_IS_WINDOW (self), charts);

  if (rd_window_state_get_dataset (self->state) == NULL)
    return charts;

  if (g_str_equal (scope, "chart"))
    {
      RdChartView *view = rd_window_get_current_chart (self);

      if (view != NULL)
        g_ptr_array_add (charts, g_object_ref (rd_chart_view_get_spec (view)));
      return charts;
    }

  sectors = rd_dataset_get_sectors (rd_window_state_get_dataset (self->state));
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      GListModel *list = rd_sector_get_charts (sector);

      if (g_str_equal (scope, "sector") && sector != rd_window_state_get_sector (self->state))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (charts, g_list_model_get_item (list, j));
    }

  return charts;
}

/* What export and print draw for @scope (RdChartData items): in the pairs
 * view its chart, in the Trends view the charts of its page shown, for
 * "chart" and "sector"; else, and for "all", the dashboard's charts. */
static GPtrArray *
chart_data_for (RdWindow   *self,
                const char *scope)
{
  g_autoptr(GPtrArray) charts = NULL;

  if (rd_window_state_get_dataset (self->state) != NULL && _rd_window_showing_pairs (self) && !g_str_equal (scope, "all"))
    {
      GPtrArray *data = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
      RdChartData *pairs = rd_pairs_view_new_chart_data (self->pairs_view);

      if (pairs != NULL)
        g_ptr_array_add (data, pairs);
      return data;
    }

  /* The Trends view: the charts of its page shown. */
  if (_rd_window_showing_trends (self) && !g_str_equal (scope, "all"))
    {
      GPtrArray *data = rd_trend_view_new_chart_data (self->trends_view);

      return data != NULL ? data : g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
    }

  charts = rd_window_get_charts_for (self, scope);
  return rd_chart_data_new_for_specs (charts, rd_window_state_get_dataset (self->state) ? rd_dataset_get_title (rd_window_state_get_dataset (self->state)) : NULL);
}

RdExportDialog *
rd_window_export (RdWindow   *self,
                  const char *scope)
{
  g_autoptr(GPtrArray) data = NULL;
  RdExportDialog *dialog;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  data = chart_data_for (self, scope);
  if (data->len == 0)
    return NULL;

  dialog = rd_export_dialog_new_for_data (GTK_WINDOW (self), self->settings, data,
                                          rd_dataset_get_year (rd_window_state_get_dataset (self->state)));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  rd_window_export (RD_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);
  g_autoptr(GPtrArray) data = chart_data_for (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (data->len == 0)
    return;

  if (rd_print_chart_data (GTK_WINDOW (self), data, rd_dataset_get_title (rd_window_state_get_dataset (self->state)), NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                                  "%s", _("Printing Failed"));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                error ? error->message : "");
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  if (rd_window_state_get_dataset (self->state) != NULL)
    gtk_menu_button_popup (self->search_button);
}

static void
show_in_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);
  RdIndicator *indicator = rd_window_state_get_selected_figure (self->state);

  if (indicator == NULL)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, "report");
  _rd_window_load_view (self, "report");
  rd_report_view_show_indicator (self->report_view, indicator);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RdWindowState *state = RD_WINDOW (widget)->state;
  double zoom = rd_window_state_get_zoom (state);

  if (g_str_equal (action_name, "win.zoom-in"))
    rd_window_state_set_zoom (state, zoom + RD_ZOOM_STEP);
  else if (g_str_equal (action_name, "win.zoom-out"))
    rd_window_state_set_zoom (state, zoom - RD_ZOOM_STEP);
  else
    rd_window_state_set_zoom (state, RD_ZOOM_MIN);
}

/* What the zoom allows, and the percentage in the menu. */
static void
on_zoom_changed (RdWindow *self)
{
  double zoom = rd_window_state_get_zoom (self->state);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", zoom < RD_ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", zoom > RD_ZOOM_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", zoom != RD_ZOOM_MIN);
  if (self->zoom_button != NULL)
    {
      g_autofree char *percent = g_strdup_printf ("%d%%", (int) round (zoom * 100));

      gtk_button_set_label (GTK_BUTTON (self->zoom_button), percent);
    }
}

double
rd_window_get_zoom (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), RD_ZOOM_MIN);
  return rd_window_state_get_zoom (self->state);
}

static GtkWidget *
zoom_row_button (GtkWidget  *row,
                 const char *icon,
                 const char *action,
                 const char *tooltip)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon) : gtk_button_new ();

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  rd_widget_set_tooltip (button, tooltip);
  /* The percentage names its own button; the icons need a name. */
  if (icon != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_box_append (GTK_BOX (row), button);
  return button;
}

/* − 125% + : the charts' zoom in one row of the menu, as GNOME's
 * editors show it. */
static GtkWidget *
make_zoom_row (RdWindow *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_halign (row, GTK_ALIGN_FILL);
  zoom_row_button (row, "zoom-out-symbolic", "win.zoom-out", _("Zoom Out (Ctrl+−)"));
  self->zoom_button = zoom_row_button (row, NULL, "win.zoom-reset", _("Normal Size (Ctrl+0)"));
  gtk_widget_set_hexpand (self->zoom_button, TRUE);
  zoom_row_button (row, "zoom-in-symbolic", "win.zoom-in", _("Zoom In (Ctrl++)"));
  on_zoom_changed (self);
  return row;
}

/* The menu's widgets are made on first click, not for the first frame. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  RdWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    {
      gtk_menu_button_set_menu_model (button, self->primary_menu);
      gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button)),
                                  make_zoom_row (self), "zoom");
    }
}

/* Every shortcut under @widget that is named by its action shows the keys
 * @app gives that action: those of the sections and the copies the window
 * makes for its search. */
static void
show_accels_for_actions (GtkApplication *app,
                         GtkWidget      *widget)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;
      g_auto(GStrv) accels = NULL;

      g_object_get (widget, "action-name", &action, NULL);
      if (action != NULL)
        accels = gtk_application_get_accels_for_action (app, action);
      if (accels != NULL && accels[0] != NULL)
        {
          g_autoptr(GStrvBuilder) shown = g_strv_builder_new ();
          g_auto(GStrv) keys = NULL;
          g_autofree char *joined = NULL;

          /* The keypad's copies (KP_Add for plus) would show twice. */
          for (guint i = 0; accels[i] != NULL; i++)
            if (strstr (accels[i], "KP_") == NULL)
              g_strv_builder_add (shown, accels[i]);
          keys = g_strv_builder_end (shown);
          joined = g_strjoinv (" ", keys[0] != NULL ? keys : accels);
          g_object_set (widget, "accelerator", joined, NULL);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    show_accels_for_actions (app, child);
}

GtkWindow *
rd_window_show_shortcuts (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  /* Built on first use: GtkApplication would build it with every window,
   * which costs the first frame. */
  if (self->shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/example/ReportDash/shortcuts.ui");
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      self->shortcuts = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);

      /* A shortcut named by its action shows the keys the application
       * gives that action. GTK fills them in only for the help overlay of
       * gtk_application_window_set_help_overlay(), which would build it
       * with the window. */
      if (app != NULL)
        show_accels_for_actions (app, GTK_WIDGET (self->shortcuts));
    }

  gtk_window_present (self->shortcuts);
  return self->shortcuts;
}

static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rd_window_show_shortcuts (RD_WINDOW (widget));
}

void
_rd_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-builtin", NULL, open_builtin_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-report", NULL, show_in_report_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  gtk_widget_class_install_property_action (widget_class, "win.show-source", "show-source");
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "win.choose-slides", NULL, choose_slides_action);
  gtk_widget_class_install_action (widget_class, "win.previous-sector", NULL, step_sector_action);
  gtk_widget_class_install_action (widget_class, "win.next-sector", NULL, step_sector_action);
}

void
_rd_window_actions_init (RdWindow *self)
{
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);
  g_signal_connect_object (self->state, "notify::zoom", G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);
  on_zoom_changed (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-in-report", FALSE);
}
