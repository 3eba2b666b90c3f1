/* rd-window.c */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-export-dialog.h"
#include "rd-library.h"
#include "rd-paths.h"
#include "rd-presentation.h"
#include "rd-pairs-view.h"
#include "rd-print.h"
#include "rd-report-view.h"
#include "rd-search-view.h"
#include "rd-table-view.h"
#include "reportdash-resources.h"
#include "rd-tooltip.h"
#include "rd-window.h"

struct _RdWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  RdDataset            *dataset;
  RdChartView          *current_view;  /* weak: the chart last focused or clicked */
  char                 *sector_id;
  GtkFileChooserNative *chooser;
  GtkWindow            *shortcuts;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkWidget            *open_other_button;
  GtkStack             *main_stack;
  GtkListBox           *sector_list;
  GtkLabel             *sector_title;
  GtkFlowBox           *charts_box;
  RdExcerptPanel       *excerpt_panel;
  GtkWidget            *excerpt_separator;
  gboolean              show_source;    /* the excerpt panel is shown (win.show-source) */
  double                zoom;           /* the charts' magnification, ZOOM_MIN…ZOOM_MAX */
  GtkWidget            *zoom_button;    /* "125%" in the menu, once it is made */
  GtkStack             *view_stack;
  guint                 views_loaded;  /* LOADED_* bits */
  GtkWidget            *open_button;
  GtkMenuButton        *search_button;
  GtkWidget            *view_switcher;
  GtkMenuButton        *menu_button;
  GtkWidget            *present_button;
  GtkWidget            *source_button;
  GMenuModel           *primary_menu;
  GtkPopover           *search_popover;
  GtkBox               *search_page;
  GtkBox               *table_page;
  GtkBox               *report_page;
  GtkBox               *pairs_page;
  /* Made when first shown, so that they cost the first frame nothing. */
  RdSearchView         *search_view;
  RdTableView          *table_view;
  RdReportView         *report_view;
  RdPairsView          *pairs_view;
  GtkLabel             *error_label;
  GtkLabel             *hint_label;
  GtkWidget            *back_button;
  gboolean              reveal_sector;  /* scroll the selected sector into view */
};

G_DEFINE_FINAL_TYPE (RdWindow, rd_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_VIEW,
  PROP_SHOW_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Names the file under the report's title, and in the title's tooltip
 * its full path, for a dataset the user chose. The built-in dataset
 * needs no file name: the report's title says what it is. */
/* The built-in dataset, or the user's library made from it: no file the
 * user chose. */
static gboolean
is_own_file (const char *path)
{
  g_autofree char *builtin = rd_paths_get_builtin_dataset ();
  g_autofree char *library = rd_library_get_default_path ();

  return g_strcmp0 (path, builtin) == 0 || g_strcmp0 (path, library) == 0;
}

static void
set_subtitle (RdWindow   *self,
              const char *path)
{
  gboolean show = path != NULL && !is_own_file (path);
  g_autofree char *name = show ? g_filename_display_basename (path) : NULL;
  g_autofree char *full = show ? g_filename_display_name (path) : NULL;

  gtk_label_set_text (self->subtitle_label, name ? name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), show);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), full);
}

enum {
  LOADED_SEARCH = 1 << 0,
  LOADED_TABLE  = 1 << 1,
  LOADED_REPORT = 1 << 2,
  LOADED_PAIRS  = 1 << 3,
};

static void on_search_figure_activated (RdSearchView *view, RdIndicator *indicator, RdWindow *self);
static void on_search_stop (RdSearchView *view, RdWindow *self);
static void on_table_figure_selected (GtkWidget *view, RdIndicator *indicator, RdWindow *self);
static void on_figure_link (GtkWidget *view, RdIndicator *indicator, RdWindow *self);

static GtkWidget *
add_page_widget (GtkBox    *page,
                 GtkWidget *widget)
{
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_box_append (page, widget);
  return widget;
}

static void
ensure_views (RdWindow *self)
{
  if (self->search_view != NULL)
    return;

  self->search_view = RD_SEARCH_VIEW (add_page_widget (self->search_page, rd_search_view_new ()));
  g_signal_connect (self->search_view, "figure-activated", G_CALLBACK (on_search_figure_activated), self);
  g_signal_connect (self->search_view, "stop", G_CALLBACK (on_search_stop), self);

  self->table_view = RD_TABLE_VIEW (add_page_widget (self->table_page, rd_table_view_new ()));
  g_signal_connect (self->table_view, "figure-selected", G_CALLBACK (on_table_figure_selected), self);
  g_signal_connect (self->table_view, "figure-activated", G_CALLBACK (on_figure_link), self);

  self->report_view = RD_REPORT_VIEW (add_page_widget (self->report_page, rd_report_view_new ()));
  g_signal_connect (self->report_view, "figure-activated", G_CALLBACK (on_figure_link), self);

  self->pairs_view = RD_PAIRS_VIEW (add_page_widget (self->pairs_page, rd_pairs_view_new ()));
  rd_pairs_view_set_zoom (self->pairs_view, self->zoom);
  g_signal_connect (self->pairs_view, "figure-activated", G_CALLBACK (on_figure_link), self);
}

static void
load_view (RdWindow   *self,
           const char *name)
{
  RdDataset *dataset = self->dataset;

  if (dataset == NULL || name == NULL || g_str_equal (name, "charts"))
    return;

  ensure_views (self);
  if ((g_str_equal (name, "search") || g_str_equal (name, "table")) &&
      !(self->views_loaded & LOADED_SEARCH))
    {
      rd_search_view_set_dataset (self->search_view, dataset);
      self->views_loaded |= LOADED_SEARCH;
    }
  if (g_str_equal (name, "table") && !(self->views_loaded & LOADED_TABLE))
    {
      rd_table_view_set_dataset (self->table_view, dataset);
      rd_table_view_set_search (self->table_view, rd_search_view_get_search (self->search_view));
      self->views_loaded |= LOADED_TABLE;
    }
  if (g_str_equal (name, "report") && !(self->views_loaded & LOADED_REPORT))
    {
      rd_report_view_set_dataset (self->report_view, dataset);
      self->views_loaded |= LOADED_REPORT;
    }
  if (g_str_equal (name, "pairs") && !(self->views_loaded & LOADED_PAIRS))
    {
      rd_pairs_view_set_dataset (self->pairs_view, dataset);
      self->views_loaded |= LOADED_PAIRS;
    }
}

static void
show_dataset (RdWindow *self)
{
  gtk_label_set_text (self->title_label, rd_dataset_get_title (self->dataset));
  gtk_window_set_title (GTK_WINDOW (self), rd_dataset_get_title (self->dataset));
  set_subtitle (self, rd_dataset_get_path (self->dataset));
  gtk_stack_set_visible_child_name (self->main_stack, "dashboard");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", FALSE);
}

static void
set_current_view (RdWindow    *self,
                  RdChartView *view)
{
  if (self->current_view == view)
    return;
  if (self->current_view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->current_view), (gpointer *) &self->current_view);
  self->current_view = view;
  if (view != NULL)
    g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->current_view);
}

static void
on_chart_focus_enter (GtkEventControllerFocus *controller,
                      RdWindow                *self)
{
  set_current_view (self, RD_CHART_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

/* Ctrl+plus and Ctrl+minus magnify the charts (text and size) in steps,
 * for reading at arm's length or showing a colleague; files keep theirs. */
#define ZOOM_MIN  1.0
#define ZOOM_MAX  2.0
#define ZOOM_STEP 0.25

static void
set_zoom (RdWindow *self,
          double    zoom)
{
  g_autoptr(GPtrArray) views = NULL;

  zoom = CLAMP (round (zoom / ZOOM_STEP) * ZOOM_STEP, ZOOM_MIN, ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", zoom < ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", zoom > ZOOM_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", zoom != ZOOM_MIN);
  if (self->zoom_button != NULL)
    {
      g_autofree char *percent = g_strdup_printf ("%d%%", (int) round (zoom * 100));

      gtk_button_set_label (GTK_BUTTON (self->zoom_button), percent);
    }
  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  views = rd_window_get_chart_views (self);
  for (guint i = 0; i < views->len; i++)
    rd_chart_view_set_zoom (g_ptr_array_index (views, i), zoom);
  if (self->pairs_view != NULL)
    rd_pairs_view_set_zoom (self->pairs_view, zoom);
  if (self->settings != NULL)
    g_settings_set_double (self->settings, "chart-zoom", zoom);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    set_zoom (self, self->zoom + ZOOM_STEP);
  else if (g_str_equal (action_name, "win.zoom-out"))
    set_zoom (self, self->zoom - ZOOM_STEP);
  else
    set_zoom (self, ZOOM_MIN);
}

double
rd_window_get_zoom (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), ZOOM_MIN);
  return self->zoom;
}

/* Hiding the excerpt panel gives a small window's charts its width; a
 * figure chosen while it is hidden brings it back with its sentence. */
static void
set_show_source (RdWindow *self,
                 gboolean  show)
{
  show = !!show;
  if (self->show_source == show)
    return;
  self->show_source = show;
  gtk_widget_set_visible (GTK_WIDGET (self->excerpt_panel), show);
  gtk_widget_set_visible (self->excerpt_separator, show);
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "show-source", show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SOURCE]);
}

static void
show_excerpt (RdWindow    *self,
              RdIndicator *indicator)
{
  RdSector *sector = indicator ? rd_dataset_find_sector (self->dataset, rd_indicator_get_sector (indicator)) : NULL;

  rd_excerpt_panel_set_indicator (self->excerpt_panel, indicator,
                                  sector ? rd_sector_get_name (sector) : NULL,
                                  indicator ? rd_dataset_get_title (self->dataset) : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-in-report", indicator != NULL);
  if (indicator != NULL)
    set_show_source (self, TRUE);
}

static void
on_figure_activated (RdChartView *view,
                     RdIndicator *indicator,
                     RdWindow    *self)
{
  GtkWidget *child;

  set_current_view (self, view);

  /* One figure is selected in the whole page. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *other = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (other != GTK_WIDGET (view))
        rd_chart_view_set_selected (RD_CHART_VIEW (other), -1);
    }

  show_excerpt (self, indicator);
}

static void
show_sector (RdWindow *self,
             RdSector *sector)
{
  GListModel *charts = rd_sector_get_charts (sector);
  GtkWidget *child;

  set_current_view (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_flow_box_remove (self->charts_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, i);
      GtkWidget *view = rd_chart_view_new (spec, rd_dataset_get_title (self->dataset));

      GtkEventController *focus = gtk_event_controller_focus_new ();

      rd_chart_view_set_zoom (RD_CHART_VIEW (view), self->zoom);
      g_signal_connect (view, "figure-activated", G_CALLBACK (on_figure_activated), self);
      g_signal_connect (focus, "enter", G_CALLBACK (on_chart_focus_enter), self);
      gtk_widget_add_controller (view, focus);
      gtk_flow_box_append (self->charts_box, view);
      /* Tab goes from chart to chart, not through the flow box children. */
      gtk_widget_set_focusable (gtk_widget_get_parent (view), FALSE);
    }

  gtk_label_set_text (self->sector_title, rd_sector_get_name (sector));
  show_excerpt (self, NULL);

  g_free (self->sector_id);
  self->sector_id = g_strdup (rd_sector_get_id (sector));
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-sector", self->sector_id);
}

static void
on_sector_selected (GtkListBox    *list,
                    GtkListBoxRow *row,
                    RdWindow      *self)
{
  RdSector *sector;

  if (row == NULL || self->dataset == NULL)
    return;

  sector = g_object_get_data (G_OBJECT (row), "sector");
  if (sector != NULL && g_strcmp0 (rd_sector_get_id (sector), self->sector_id) != 0)
    show_sector (self, sector);
  gtk_stack_set_visible_child_name (self->view_stack, "charts");
  /* A sector chosen by the last session, a search or Ctrl+Page Down may be
   * below the sidebar's fold: it scrolls into view once laid out. */
  self->reveal_sector = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self->sector_list));
}

/* After the window's layout, in the same frame (the frame clock lays out
 * again before painting when the scroll moves the sidebar). */
static void
reveal_selected_sector (RdWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sector_list);
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self->sector_list), GTK_TYPE_VIEWPORT);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, bottom, height;

  if (!self->reveal_sector || row == NULL || viewport == NULL ||
      gtk_widget_get_height (GTK_WIDGET (row)) == 0 ||
      !gtk_widget_compute_bounds (GTK_WIDGET (row), viewport, &bounds))
    return;

  /* Where the row is in the visible part of the sidebar: move by as much
   * as it sticks out. */
  self->reveal_sector = FALSE;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  top = bounds.origin.y;
  bottom = bounds.origin.y + bounds.size.height;
  height = gtk_widget_get_height (viewport);
  if (bottom > height)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bottom - height);
  else if (top < 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top);
}

static void
rd_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rd_window_parent_class)->realize (widget);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "layout",
                           G_CALLBACK (reveal_selected_sector), widget,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
on_sector_activated (GtkListBox    *list,
                     GtkListBoxRow *row,
                     RdWindow      *self)
{
  /* Clicking the sector already chosen, from the table or the report. */
  gtk_stack_set_visible_child_name (self->view_stack, "charts");
}

/* GtkListBox moves Tab from row to row, and in browse mode each step picks
 * another sector: Tab leaves the list for the charts instead, Shift+Tab
 * for the header bar. Up and Down still go through the sectors. */
static gboolean
on_sector_list_key_pressed (GtkEventControllerKey *controller,
                            guint                  keyval,
                            guint                  keycode,
                            GdkModifierType        state,
                            RdWindow              *self)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (self));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    return gtk_widget_child_focus (GTK_WIDGET (self->view_stack), GTK_DIR_TAB_FORWARD);
  if (keyval == GDK_KEY_ISO_Left_Tab && titlebar != NULL)
    return gtk_widget_child_focus (titlebar, GTK_DIR_TAB_BACKWARD);
  return FALSE;
}

static GtkWidget *
create_sector_row (gpointer item,
                   gpointer user_data)
{
  RdSector *sector = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (rd_sector_get_name (sector));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  /* No tooltip: it would repeat the label, which wraps rather than being
   * cut short. (Setting one also asks the X server where the pointer is,
   * three round trips per row before the window can map.) */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "sector", g_object_ref (sector), g_object_unref);

  return row;
}

static int
find_sector_index (RdWindow   *self,
                   const char *sector_id)
{
  GListModel *sectors = rd_dataset_get_sectors (self->dataset);

  for (guint i = 0; sector_id != NULL && i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);

      if (g_strcmp0 (rd_sector_get_id (sector), sector_id) == 0)
        return i;
    }

  return -1;
}

gboolean
rd_window_select_sector (RdWindow   *self,
                         const char *sector_id)
{
  int index;

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);

  if (self->dataset == NULL || (index = find_sector_index (self, sector_id)) < 0)
    return FALSE;

  gtk_list_box_select_row (self->sector_list,
                           gtk_list_box_get_row_at_index (self->sector_list, index));
  return TRUE;
}

/* The keyboard goes to the sectors (Up and Down browse them), not to the
 * header bar's first button. */
static void
focus_sectors (RdWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sector_list);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
set_dataset (RdWindow  *self,
             RdDataset *dataset)
{
  g_autofree char *last = NULL;

  g_set_object (&self->dataset, dataset);
  g_clear_pointer (&self->sector_id, g_free);

  gtk_list_box_bind_model (self->sector_list, rd_dataset_get_sectors (dataset),
                           create_sector_row, NULL, NULL);
  /* The other views get the dataset when first shown: the overview is
   * all that the first frame needs. */
  self->views_loaded = 0;
  load_view (self, gtk_stack_get_visible_child_name (self->view_stack));
  show_dataset (self);

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-sector");
  if (!rd_window_select_sector (self, last))
    gtk_list_box_select_row (self->sector_list,
                             gtk_list_box_get_row_at_index (self->sector_list, 0));
  focus_sectors (self);
}

gboolean
rd_window_open_path (RdWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);

  dataset = rd_dataset_open (path, &error);
  return rd_window_show_opened (self, path, dataset, error);
}

gboolean
rd_window_show_opened (RdWindow     *self,
                       const char   *path,
                       RdDataset    *dataset,
                       const GError *error)
{
  const char *hint;

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail ((dataset != NULL) != (error != NULL), FALSE);

  if (dataset != NULL)
    {
      set_dataset (self, dataset);
      return TRUE;
    }

  hint = rd_dataset_error_hint (error);
  gtk_label_set_text (self->error_label, error->message);
  gtk_label_set_text (self->hint_label, hint ? hint : "");
  gtk_label_set_text (self->title_label, _("ReportDash"));
  set_subtitle (self, path);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->dataset != NULL);
  gtk_widget_set_visible (self->back_button, self->dataset != NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  /* Enter then opens another dataset: the page's suggested way on. */
  gtk_widget_grab_focus (self->open_other_button);
  g_message ("Cannot open %s: %s", path, error->message);
  return FALSE;
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     RdWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        rd_window_open_path (self, path);
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
  const char *path = self->dataset != NULL ? rd_dataset_get_path (self->dataset) : NULL;

  if (path != NULL && !is_own_file (path))
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

  rd_window_open_path (RD_WINDOW (widget), path);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  if (self->dataset != NULL)
    {
      show_dataset (self);
      focus_sectors (self);
    }
}

static void
step_sector_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sector_list);
  int delta = g_str_equal (action_name, "win.next-sector") ? 1 : -1;
  GtkListBoxRow *next;

  if (row == NULL)
    return;

  next = gtk_list_box_get_row_at_index (self->sector_list,
                                        gtk_list_box_row_get_index (row) + delta);
  if (next != NULL)
    gtk_list_box_select_row (self->sector_list, next);
}

RdChartView *
rd_window_get_current_chart (RdWindow *self)
{
  GtkWidget *first;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  if (self->current_view != NULL)
    return self->current_view;

  /* Nothing chosen yet: the first chart of the page. */
  first = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box));
  return first ? RD_CHART_VIEW (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (first))) : NULL;
}

/* Whether the view shown is the pairs view, whose chart is what copy,
 * export and print act on there. */
static gboolean
showing_pairs (RdWindow *self)
{
  return self->pairs_view != NULL && self->view_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "pairs") == 0;
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

  if (self->dataset == NULL)
    return;

  /* Slide-sized, so that it pastes into WPS, LibreOffice or a chat as is. */
  if (showing_pairs (self))
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
on_presentation_finished (RdPresentation *presentation,
                          RdChartSpec    *chart,
                          RdWindow       *self)
{
  g_autoptr(GPtrArray) views = NULL;

  /* A show of the pairs chart ends where it began, in that view. */
  if (chart == NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  /* Back to the chart the show ended on. */
  if (!rd_window_select_sector (self, rd_chart_spec_get_sector (chart)))
    return;

  views = rd_window_get_chart_views (self);
  for (guint i = 0; i < views->len; i++)
    if (rd_chart_view_get_spec (g_ptr_array_index (views, i)) == chart)
      {
        set_current_view (self, g_ptr_array_index (views, i));
        gtk_widget_grab_focus (g_ptr_array_index (views, i));
      }
  gtk_window_present (GTK_WINDOW (self));
}

static GPtrArray *
build_deck (RdWindow *self,
            gboolean  current_sector_only)
{
  GPtrArray *deck = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) chosen = NULL;
  GListModel *sectors;

  if (self->dataset == NULL)
    return deck;

  if (self->settings != NULL && !current_sector_only)
    chosen = g_settings_get_strv (self->settings, "presentation-sectors");

  sectors = rd_dataset_get_sectors (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      const char *id = rd_sector_get_id (sector);
      gboolean wanted = (chosen == NULL || chosen[0] == NULL)
                          ? g_strcmp0 (id, self->sector_id) == 0
                          : g_strv_contains ((const char * const *) chosen, id);
      GListModel *charts = rd_sector_get_charts (sector);

      for (guint j = 0; wanted && j < g_list_model_get_n_items (charts); j++)
        g_ptr_array_add (deck, g_list_model_get_item (charts, j));
    }

  return deck;
}

GPtrArray *
rd_window_build_deck (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return build_deck (self, FALSE);
}

/* The pairs chart as the one slide of a show, captioned by the figure of
 * its focused bar, under the view's title. */
static RdPresentation *
present_pairs (RdWindow *self)
{
  RdChartData *data = rd_pairs_view_new_chart_data (self->pairs_view);
  GtkStackPage *page = gtk_stack_get_page (self->view_stack, GTK_WIDGET (self->pairs_page));

  if (data == NULL)
    return NULL;
  return rd_presentation_new_for_chart (GTK_WINDOW (self), data, gtk_stack_page_get_title (page),
                                        rd_pairs_view_get_focused_figure (self->pairs_view));
}

GdkMonitor *
rd_window_get_presentation_monitor (RdWindow *self)
{
  GdkDisplay *display;
  GdkSurface *surface;
  GListModel *monitors;
  GdkMonitor *own = NULL, *chosen;
  g_autofree GdkRectangle *geometry = NULL;
  g_autofree char *screen = NULL;
  guint n, window_monitor = 0;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  display = gtk_widget_get_display (GTK_WIDGET (self));
  surface = gtk_native_get_surface (GTK_NATIVE (self));
  monitors = gdk_display_get_monitors (display);
  n = g_list_model_get_n_items (monitors);
  if (n == 0)
    return NULL;
  if (surface != NULL)
    own = gdk_display_get_monitor_at_surface (display, surface);

  geometry = g_new0 (GdkRectangle, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      gdk_monitor_get_geometry (monitor, &geometry[i]);
      if (monitor == own)
        window_monitor = i;
    }
  screen = self->settings ? g_settings_get_string (self->settings, "presentation-screen")
                          : g_strdup ("other");
  chosen = g_list_model_get_item (monitors, rd_presentation_pick_monitor (geometry, n, window_monitor,
                                                                         g_str_equal (screen, "other")));
  /* Transfer none: the display's list keeps it. */
  g_object_unref (chosen);
  return chosen;
}

/* Shows @presentation fullscreen, on another screen when there is one
 * and the user has not asked for this window's; the window comes back
 * when it ends. */
static RdPresentation *
start_presentation (RdWindow       *self,
                    RdPresentation *presentation)
{
  if (presentation == NULL)
    return NULL;
  g_signal_connect_object (presentation, "finished", G_CALLBACK (on_presentation_finished), self, 0);
  rd_presentation_show_on (presentation, rd_window_get_presentation_monitor (self));
  return presentation;
}

/* The show of the chosen sectors (rd_window_build_deck()), from the chart
 * on screen when it is one of them. With @from_screen (F5) the chart on
 * screen is always where the show starts: when the chosen sectors leave
 * it out, the show is of the sector on screen (the choice is kept).
 * Without it (Start Slideshow in Choose Slides) the show is of the chosen
 * sectors whatever is on screen, from their first chart then. */
static RdPresentation *
present_deck (RdWindow *self,
              gboolean  from_screen)
{
  g_autoptr(GPtrArray) deck = NULL;
  RdChartView *current;
  RdIndicator *selected;
  guint start = 0;

  if (self->dataset == NULL)
    return NULL;

  deck = rd_window_build_deck (self);
  current = rd_window_get_current_chart (self);
  selected = rd_excerpt_panel_get_indicator (self->excerpt_panel);

  if (current != NULL && !g_ptr_array_find (deck, rd_chart_view_get_spec (current), &start))
    {
      if (from_screen)
        {
          g_ptr_array_unref (deck);
          deck = build_deck (self, TRUE);
          g_ptr_array_find (deck, rd_chart_view_get_spec (current), &start);
        }
      else
        selected = NULL;   /* the first slide is not the chart it belongs to */
    }

  if (deck->len == 0)
    return NULL;

  return start_presentation (self, rd_presentation_new (GTK_WINDOW (self), self->dataset, deck, start,
                                                       selected));
}

RdPresentation *
rd_window_present_slides (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  if (self->dataset == NULL)
    return NULL;

  /* The chart on screen: in the pairs view, that view's. */
  if (showing_pairs (self))
    return start_presentation (self, present_pairs (self));

  return present_deck (self, TRUE);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rd_window_present_slides (RD_WINDOW (widget));
}

static void
on_deck_sector_toggled (GtkCheckButton *button,
                        RdWindow       *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (button));

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "sector-id"));

  ids = g_strv_builder_end (builder);
  if (self->settings != NULL)
    g_settings_set_strv (self->settings, "presentation-sectors", (const char * const *) ids);
}

static const char *screen_ids[] = { "other", "window", NULL };

static void
on_screen_chosen (GtkDropDown *drop,
                  GParamSpec  *pspec,
                  RdWindow    *self)
{
  guint i = gtk_drop_down_get_selected (drop);

  if (self->settings != NULL && i < G_N_ELEMENTS (screen_ids) - 1)
    g_settings_set_string (self->settings, "presentation-screen", screen_ids[i]);
}

static void
on_start_slides_clicked (GtkButton *button,
                         RdWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))));
  present_deck (self, FALSE);
}

static gboolean
on_choose_slides_key (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      gpointer               user_data)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  gtk_window_close (GTK_WINDOW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
  return TRUE;
}

GtkWindow *
rd_window_choose_slides (RdWindow *self)
{
  GtkWidget *dialog, *header, *start, *box, *list, *label, *scroller, *screen_row, *screen_drop;
  const char *screens[] = { _("Another Screen, If Connected"), _("The Screen of This Window"), NULL };
  g_autofree char *screen = NULL;
  GtkEventController *keys;
  g_auto(GStrv) chosen = NULL;
  GListModel *sectors;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  if (self->dataset == NULL)
    return NULL;

  chosen = self->settings ? g_settings_get_strv (self->settings, "presentation-sectors") : NULL;

  dialog = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (dialog), _("Choose Slides"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 380, 520);

  /* A dialog of the desktop's kind: its title and close button in a
   * header bar, the show one click away, Escape to leave. */
  header = gtk_header_bar_new ();
  start = gtk_button_new_with_mnemonic (_("_Start Slideshow"));
  gtk_widget_add_css_class (start, "suggested-action");
  rd_widget_set_tooltip (start, _("Show the charts of the chosen sectors full screen (F5)"));
  g_signal_connect_object (start, "clicked", G_CALLBACK (on_start_slides_clicked), self, 0);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), start);
  gtk_window_set_titlebar (GTK_WINDOW (dialog), header);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_choose_slides_key), NULL);
  gtk_widget_add_controller (dialog, keys);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  label = gtk_label_new (_("The slideshow (F5) shows every chart of the sectors checked here. "
                           "With none checked, it shows the sector on screen. "
                           "In Actual vs Target, it shows that view's chart alone."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  /* At a meeting the slides go on the projector, the window stays here. */
  screen_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new_with_mnemonic (_("Show _On"));
  screen_drop = gtk_drop_down_new_from_strings (screens);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), screen_drop);
  gtk_widget_set_hexpand (screen_drop, TRUE);
  rd_widget_set_tooltip (screen_drop, _("With a projector or a second display connected, the slides go there and this window stays where it is"));
  screen = self->settings ? g_settings_get_string (self->settings, "presentation-screen") : NULL;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (screen_drop), g_strcmp0 (screen, "window") == 0 ? 1 : 0);
  g_signal_connect (screen_drop, "notify::selected", G_CALLBACK (on_screen_chosen), self);
  gtk_box_append (GTK_BOX (screen_row), label);
  gtk_box_append (GTK_BOX (screen_row), screen_drop);
  gtk_box_append (GTK_BOX (box), screen_row);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  sectors = rd_dataset_get_sectors (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      GtkWidget *check = gtk_check_button_new_with_label (rd_sector_get_name (sector));

      g_object_set_data_full (G_OBJECT (check), "sector-id", g_strdup (rd_sector_get_id (sector)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen && g_strv_contains ((const char * const *) chosen,
                                                              rd_sector_get_id (sector)));
      g_signal_connect (check, "toggled", G_CALLBACK (on_deck_sector_toggled), self);
      gtk_box_append (GTK_BOX (list), check);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), scroller);

  gtk_window_set_child (GTK_WINDOW (dialog), box);
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

  if (self->dataset == NULL)
    return charts;

  if (g_str_equal (scope, "chart"))
    {
      RdChartView *view = rd_window_get_current_chart (self);

      if (view != NULL)
        g_ptr_array_add (charts, g_object_ref (rd_chart_view_get_spec (view)));
      return charts;
    }

  sectors = rd_dataset_get_sectors (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      GListModel *list = rd_sector_get_charts (sector);

      if (g_str_equal (scope, "sector") && g_strcmp0 (rd_sector_get_id (sector), self->sector_id) != 0)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (charts, g_list_model_get_item (list, j));
    }

  return charts;
}

/* What export and print draw for @scope (RdChartData items): in the pairs
 * view its chart, the one chart of the page shown, for "chart" and
 * "sector"; else, and for "all", the dashboard's charts. */
static GPtrArray *
chart_data_for (RdWindow   *self,
                const char *scope)
{
  g_autoptr(GPtrArray) charts = NULL;

  if (self->dataset != NULL && showing_pairs (self) && !g_str_equal (scope, "all"))
    {
      GPtrArray *data = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_chart_data_free);
      RdChartData *pairs = rd_pairs_view_new_chart_data (self->pairs_view);

      if (pairs != NULL)
        g_ptr_array_add (data, pairs);
      return data;
    }

  charts = rd_window_get_charts_for (self, scope);
  return rd_chart_data_new_for_specs (charts, self->dataset ? rd_dataset_get_title (self->dataset) : NULL);
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
                                          rd_dataset_get_year (self->dataset));
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

  if (rd_print_chart_data (GTK_WINDOW (self), data, rd_dataset_get_title (self->dataset), NULL, &error)
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

RdChartView *
rd_window_show_indicator (RdWindow    *self,
                          RdIndicator *indicator)
{
  g_autoptr(GPtrArray) views = NULL;
  const char *sector_id = NULL;
  GListModel *sectors;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (RD_IS_INDICATOR (indicator), NULL);

  if (self->dataset == NULL)
    return NULL;

  /* The first chart that shows the figure: in its own sector if it is
   * drawn there, else wherever it is. */
  sectors = rd_dataset_get_sectors (self->dataset);
  for (int pass = 0; pass < 2 && sector_id == NULL; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (sectors) && sector_id == NULL; i++)
      {
        g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
        GListModel *charts = rd_sector_get_charts (sector);

        if (pass == 0 && g_strcmp0 (rd_sector_get_id (sector), rd_indicator_get_sector (indicator)) != 0)
          continue;
        for (guint j = 0; j < g_list_model_get_n_items (charts) && sector_id == NULL; j++)
          {
            g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, j);

            for (guint k = 0; k < rd_chart_spec_get_n_figures (spec); k++)
              if (rd_chart_spec_get_figure (spec, k) == indicator)
                sector_id = rd_sector_get_id (sector);
          }
      }

  if (sector_id == NULL || !rd_window_select_sector (self, sector_id))
    {
      show_excerpt (self, indicator);
      return NULL;
    }
  gtk_stack_set_visible_child_name (self->view_stack, "charts");

  views = rd_window_get_chart_views (self);
  for (guint i = 0; i < views->len; i++)
    {
      RdChartView *view = g_ptr_array_index (views, i);
      RdChartSpec *spec = rd_chart_view_get_spec (view);

      for (guint k = 0; k < rd_chart_spec_get_n_figures (spec); k++)
        if (rd_chart_spec_get_figure (spec, k) == indicator)
          {
            rd_chart_view_activate_mark (view, k);
            gtk_widget_grab_focus (GTK_WIDGET (view));
            return view;
          }
    }

  return NULL;
}

static void
on_search_popover_show (GtkPopover *popover,
                        RdWindow   *self)
{
  load_view (self, "search");
  rd_search_view_start (self->search_view);
}

static void
on_search_figure_activated (RdSearchView *view,
                            RdIndicator  *indicator,
                            RdWindow     *self)
{
  gtk_popover_popdown (self->search_popover);
  rd_window_show_indicator (self, indicator);
}

static void
on_search_stop (RdSearchView *view,
                RdWindow     *self)
{
  gtk_popover_popdown (self->search_popover);
}

static void
on_table_figure_selected (GtkWidget   *view,
                          RdIndicator *indicator,
                          RdWindow    *self)
{
  show_excerpt (self, indicator);
}

static void
on_figure_link (GtkWidget   *view,
                RdIndicator *indicator,
                RdWindow    *self)
{
  rd_window_show_indicator (self, indicator);
}

/* After a switch of view (Alt+1…4), take the focus to the first widget of
 * the page shown, unless it is already there. Focus on the header bar
 * stays, as the user is working its buttons. */
static void
focus_view (RdWindow  *self,
            GtkWidget *page)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (self));

  if (page == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* No focus means that it was on the page just hidden: GTK would move it
   * to the window's first button. */
  if (focus != NULL && (focus == page || gtk_widget_is_ancestor (focus, page)))
    return;
  if (focus != NULL && titlebar != NULL && gtk_widget_is_ancestor (focus, titlebar))
    return;
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* The excerpt panel's empty state says how a figure is chosen in @view. */
static const char *
excerpt_hint (const char *view)
{
  if (g_strcmp0 (view, "table") == 0)
    return _("Select a row of the table to see the sentence of the report that states it.");
  if (g_strcmp0 (view, "report") == 0)
    return _("Click a figure in the report to open its chart; its sentence then shows here.");
  if (g_strcmp0 (view, "pairs") == 0)
    return _("Click a bar to open its chart; the figure’s sentence then shows here.");
  return _("Click a figure in a chart, or move to it with the arrow keys and press Enter, to see the sentence of the report that states it.");
}

static void
on_view_changed (GtkStack   *stack,
                 GParamSpec *pspec,
                 RdWindow   *self)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  load_view (self, name);
  if (self->excerpt_panel != NULL)
    rd_excerpt_panel_set_hint (self->excerpt_panel, excerpt_hint (name));
  focus_view (self, gtk_stack_get_visible_child (stack));
  if (self->view_stack != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
  /* Copy and export act on charts: only where charts are shown, the
   * dashboard's or the pairs view's. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart",
                                 g_strcmp0 (name, "charts") == 0 || g_strcmp0 (name, "pairs") == 0);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);

  if (self->dataset != NULL)
    gtk_menu_button_popup (self->search_button);
}

static void
show_in_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RdWindow *self = RD_WINDOW (widget);
  RdIndicator *indicator = rd_excerpt_panel_get_indicator (self->excerpt_panel);

  if (indicator == NULL)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, "report");
  load_view (self, "report");
  rd_report_view_show_indicator (self->report_view, indicator);
}

const char *
rd_window_get_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
rd_window_get_search_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  load_view (self, "search");
  return GTK_WIDGET (self->search_view);
}

GtkWidget *
rd_window_get_report_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  load_view (self, "report");
  return GTK_WIDGET (self->report_view);
}

GtkWidget *
rd_window_get_table_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  load_view (self, "table");
  return GTK_WIDGET (self->table_view);
}

GtkWidget *
rd_window_get_pairs_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  load_view (self, "pairs");
  return GTK_WIDGET (self->pairs_view);
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

static void
save_window_state (RdWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
rd_window_close_request (GtkWindow *window)
{
  save_window_state (RD_WINDOW (window));
  return GTK_WINDOW_CLASS (rd_window_parent_class)->close_request (window);
}

static void
rd_window_constructed (GObject *object)
{
  RdWindow *self = RD_WINDOW (object);

  G_OBJECT_CLASS (rd_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      set_show_source (self, g_settings_get_boolean (self->settings, "show-source"));
      set_zoom (self, g_settings_get_double (self->settings, "chart-zoom"));
    }
}

static void
rd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RdWindow *self = RD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      /* Asked while the template is still being built. */
      g_value_set_string (value, self->view_stack ? gtk_stack_get_visible_child_name (self->view_stack)
                                                  : "charts");
      break;
    case PROP_SHOW_SOURCE:
      g_value_set_boolean (value, self->show_source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RdWindow *self = RD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_VIEW:
      if (self->view_stack != NULL &&
          gtk_stack_get_child_by_name (self->view_stack, g_value_get_string (value)) != NULL)
        gtk_stack_set_visible_child_name (self->view_stack, g_value_get_string (value));
      break;
    case PROP_SHOW_SOURCE:
      set_show_source (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_window_dispose (GObject *object)
{
  RdWindow *self = RD_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  set_current_view (self, NULL);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->sector_id, g_free);

  G_OBJECT_CLASS (rd_window_parent_class)->dispose (object);
}

static void
rd_window_class_init (RdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rd_window_constructed;
  object_class->set_property = rd_window_set_property;
  object_class->get_property = rd_window_get_property;
  object_class->dispose = rd_window_dispose;
  widget_class->realize = rd_window_realize;
  window_class->close_request = rd_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The view shown: "charts", "table", "report" or "pairs" (win.view). */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "charts",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the excerpt panel is shown (win.show-source, F9). */
  properties[PROP_SHOW_SOURCE] =
    g_param_spec_boolean ("show-source", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle links it in from the static library, and its
   * constructor registers it. */
  (void) reportdash_get_resource ();
  g_type_ensure (RD_TYPE_EXCERPT_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RdWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, sector_list);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, sector_title);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, charts_box);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, excerpt_panel);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, open_other_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, source_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, excerpt_separator);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_popover);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_page);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, table_page);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, report_page);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, pairs_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sector_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sector_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);

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
  set_zoom (self, self->zoom);
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

/* The header bar's tooltips, here rather than in rd-window.ui: see
 * rd_widget_set_tooltip(). */
static void
set_tooltips (RdWindow *self)
{
  static const char *views[] = {
    N_("Charts by sector (Alt+1)"),
    N_("Every figure in a table (Alt+2)"),
    N_("The whole report (Alt+3)"),
    N_("2018 results against 2019 targets (Alt+4)"),
  };
  GtkWidget *toggle = gtk_widget_get_first_child (self->view_switcher);

  rd_widget_set_tooltip (self->open_button, _("Open Dataset (Ctrl+O)"));
  rd_widget_set_tooltip (GTK_WIDGET (self->search_button), _("Find a Figure (Ctrl+F)"));
  for (guint i = 0; i < G_N_ELEMENTS (views) && toggle != NULL; i++, toggle = gtk_widget_get_next_sibling (toggle))
    rd_widget_set_tooltip (toggle, _(views[i]));
  rd_widget_set_tooltip (GTK_WIDGET (self->menu_button), _("Main Menu"));
  rd_widget_set_tooltip (self->present_button, _("Present (F5)"));
  rd_widget_set_tooltip (self->source_button, _("Show the Sentence of the Chosen Figure (F9)"));
}

static void
rd_window_init (RdWindow *self)
{
  GtkEventController *keys;

  self->show_source = TRUE;
  self->zoom = ZOOM_MIN;
  gtk_widget_init_template (GTK_WIDGET (self));
  rd_excerpt_panel_set_hint (self->excerpt_panel, excerpt_hint ("charts"));
  set_tooltips (self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sector_list_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sector_list), keys);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-in-report", FALSE);
  set_zoom (self, ZOOM_MIN);
}

RdWindow *
rd_window_new (GtkApplication *application,
               GSettings      *settings)
{
  return g_object_new (RD_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

RdDataset *
rd_window_get_dataset (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->dataset;
}

const char *
rd_window_get_sector_id (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->sector_id;
}

GPtrArray *
rd_window_get_chart_views (RdWindow *self)
{
  GPtrArray *views = g_ptr_array_new ();
  GtkWidget *child;

  g_return_val_if_fail (RD_IS_WINDOW (self), views);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (views, gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)));

  return views;
}

RdExcerptPanel *
rd_window_get_excerpt_panel (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->excerpt_panel;
}

const char *
rd_window_get_page (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

const char *
rd_window_get_error_text (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->error_label);
}

GtkListBox *
rd_window_get_sector_list (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->sector_list;
}

/* The file name shown under the title, or NULL when none is shown. */
const char *
rd_window_get_subtitle (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->subtitle_label)))
    return NULL;
  return gtk_label_get_text (self->subtitle_label);
}
