/* rd-window.c
 *
 * The window follows one RdWindowState: the sidebar its sector, the charts
 * and the source panel its figure, the charts and the pairs view its
 * zoom. Every way of choosing (a sector row, a mark, a search result, a
 * table row, a figure of the report or a bar of the pairs) sets the state
 * and nothing else. The actions are in rd-window-actions.c, the slideshow
 * in rd-window-present.c.
 */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-library.h"
#include "rd-paths.h"
#include "rd-tooltip.h"
#include "rd-window-private.h"
#include "reportdash-resources.h"

G_DEFINE_FINAL_TYPE (RdWindow, rd_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_VIEW,
  PROP_SHOW_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The built-in dataset, or the user's library made from it: no file the
 * user chose. */
gboolean
_rd_window_is_own_file (const char *path)
{
  g_autofree char *builtin = rd_paths_get_builtin_dataset ();
  g_autofree char *library = rd_library_get_default_path ();

  return g_strcmp0 (path, builtin) == 0 || g_strcmp0 (path, library) == 0;
}

/* Names the file under the report's title, and in the title's tooltip
 * its full path, for a dataset the user chose. The built-in dataset
 * needs no file name: the report's title says what it is. */
static void
set_subtitle (RdWindow   *self,
              const char *path)
{
  gboolean show = path != NULL && !_rd_window_is_own_file (path);
  g_autofree char *name = show ? g_filename_display_basename (path) : NULL;
  g_autofree char *full = show ? g_filename_display_name (path) : NULL;

  gtk_label_set_text (self->subtitle_label, name ? name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), show);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), full);
}

void
_rd_window_show_dataset (RdWindow *self)
{
  gtk_label_set_text (self->title_label, rd_dataset_get_title (rd_window_state_get_dataset (self->state)));
  gtk_window_set_title (GTK_WINDOW (self), rd_dataset_get_title (rd_window_state_get_dataset (self->state)));
  set_subtitle (self, rd_dataset_get_path (rd_window_state_get_dataset (self->state)));
  gtk_stack_set_visible_child_name (self->main_stack, "dashboard");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", FALSE);
}

void
_rd_window_set_current_view (RdWindow    *self,
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
  _rd_window_set_current_view (self, RD_CHART_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SOURCE]);
}

/* Every way of choosing a figure comes here: the state changes, and the
 * charts, the source panel and the sidebar follow it. A figure chosen while
 * the panel is hidden brings it back with its sentence. */
void
_rd_window_choose_figure (RdWindow    *self,
                          RdIndicator *figure)
{
  rd_window_state_set_selected_figure (self->state, figure);
  if (figure != NULL)
    set_show_source (self, TRUE);
}

static RdChartView *
find_chart_view (RdWindow    *self,
                 RdChartSpec *spec)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box));
       child != NULL && spec != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *view = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (rd_chart_view_get_spec (RD_CHART_VIEW (view)) == spec)
        return RD_CHART_VIEW (view);
    }

  return NULL;
}

static void
on_selected_figure_changed (RdWindow *self)
{
  RdIndicator *figure = rd_window_state_get_selected_figure (self->state);
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  RdSector *sector = figure ? rd_dataset_find_sector (dataset, rd_indicator_get_sector (figure)) : NULL;

  rd_excerpt_panel_set_indicator (self->excerpt_panel, figure,
                                  sector ? rd_sector_get_name (sector) : NULL,
                                  figure ? rd_dataset_get_title (dataset) : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-in-report", figure != NULL);
}

/* The chart that draws the chosen figure is the one copy, export, print
 * and present act on. */
static void
on_chart_changed (RdWindow *self)
{
  RdChartView *view = find_chart_view (self, rd_window_state_get_chart (self->state));

  if (view != NULL)
    _rd_window_set_current_view (self, view);
}

static void
on_figure_activated (RdChartView *view,
                     RdIndicator *indicator,
                     RdWindow    *self)
{
  rd_window_state_select_in_chart (self->state, rd_chart_view_get_spec (view), indicator);
  set_show_source (self, TRUE);
}

static void
show_sector (RdWindow *self,
             RdSector *sector)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  GListModel *charts = sector ? rd_sector_get_charts (sector) : NULL;
  GtkWidget *child;

  _rd_window_set_current_view (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_flow_box_remove (self->charts_box, child);

  for (guint i = 0; charts != NULL && i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(RdChartSpec) spec = g_list_model_get_item (charts, i);
      GtkWidget *view = rd_chart_view_new (spec, rd_dataset_get_title (dataset));
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_object_bind_property (self->state, "zoom", view, "zoom", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->state, "selected-figure", view, "selected-figure", G_BINDING_SYNC_CREATE);
      g_signal_connect (view, "figure-activated", G_CALLBACK (on_figure_activated), self);
      g_signal_connect (focus, "enter", G_CALLBACK (on_chart_focus_enter), self);
      gtk_widget_add_controller (view, focus);
      gtk_flow_box_append (self->charts_box, view);
      /* Tab goes from chart to chart, not through the flow box children. */
      gtk_widget_set_focusable (gtk_widget_get_parent (view), FALSE);
    }

  gtk_label_set_text (self->sector_title, sector ? rd_sector_get_name (sector) : "");
}

static int
find_sector_index (RdWindow *self,
                   RdSector *sector)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  GListModel *sectors = dataset ? rd_dataset_get_sectors (dataset) : NULL;

  for (guint i = 0; sector != NULL && sectors != NULL && i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) item = g_list_model_get_item (sectors, i);

      if (item == sector)
        return i;
    }

  return -1;
}

/* The sidebar's row of the state's sector. */
static GtkListBoxRow *
sector_row (RdWindow *self)
{
  int index = find_sector_index (self, rd_window_state_get_sector (self->state));

  return index >= 0 ? gtk_list_box_get_row_at_index (self->sector_list, index) : NULL;
}

static void on_sector_selected (GtkListBox *list, GtkListBoxRow *row, RdWindow *self);
static void on_chart_changed (RdWindow *self);

/* The sidebar, the charts and the remembered sector follow the state. */
static void
on_sector_changed (RdWindow *self)
{
  RdSector *sector = rd_window_state_get_sector (self->state);
  GtkListBoxRow *row = sector_row (self);

  show_sector (self, sector);
  /* Whichever of the state's notifications comes first. */
  on_chart_changed (self);
  if (sector != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-sector", rd_sector_get_id (sector));

  g_signal_handlers_block_by_func (self->sector_list, on_sector_selected, self);
  if (row != NULL)
    gtk_list_box_select_row (self->sector_list, row);
  else
    gtk_list_box_unselect_all (self->sector_list);
  g_signal_handlers_unblock_by_func (self->sector_list, on_sector_selected, self);

  /* A sector chosen by the last session, a search or Ctrl+Page Down may be
   * below the sidebar's fold: it scrolls into view once laid out. */
  self->reveal_sector = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self->sector_list));
}

void
_rd_window_choose_sector (RdWindow *self,
                          RdSector *sector)
{
  rd_window_state_set_sector (self->state, sector);
  gtk_stack_set_visible_child_name (self->view_stack, "charts");
}

static void
on_sector_selected (GtkListBox    *list,
                    GtkListBoxRow *row,
                    RdWindow      *self)
{
  if (row != NULL)
    _rd_window_choose_sector (self, g_object_get_data (G_OBJECT (row), "sector"));
}

/* After the window's layout, in the same frame (the frame clock lays out
 * again before painting when the scroll moves the sidebar). */
static void
reveal_selected_sector (RdWindow *self)
{
  GtkListBoxRow *row = sector_row (self);
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

gboolean
rd_window_select_sector (RdWindow   *self,
                         const char *sector_id)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);

  if (!rd_window_state_set_sector_id (self->state, sector_id))
    return FALSE;
  gtk_stack_set_visible_child_name (self->view_stack, "charts");
  return TRUE;
}

/* The keyboard goes to the sectors (Up and Down browse them), not to the
 * header bar's first button. */
void
_rd_window_focus_sectors (RdWindow *self)
{
  GtkListBoxRow *row = sector_row (self);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
set_dataset (RdWindow  *self,
             RdDataset *dataset)
{
  g_autofree char *last = NULL;
  g_autoptr(RdSector) first = NULL;

  rd_window_state_set_dataset (self->state, dataset);
  gtk_list_box_bind_model (self->sector_list, rd_dataset_get_sectors (dataset),
                           create_sector_row, NULL, NULL);
  /* The other views get the dataset when first shown: the overview is
   * all that the first frame needs. */
  self->views_loaded = 0;
  _rd_window_update_trends (self);
  _rd_window_load_view (self, gtk_stack_get_visible_child_name (self->view_stack));
  _rd_window_show_dataset (self);

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-sector");
  if (!rd_window_select_sector (self, last))
    {
      first = g_list_model_get_item (rd_dataset_get_sectors (dataset), 0);
      _rd_window_choose_sector (self, first);
    }
  _rd_window_focus_sectors (self);
}

gboolean
rd_window_open_path (RdWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);

  dataset = rd_window_open_dataset (path, rd_window_get_last_report (self->settings, path), &error);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", rd_window_state_get_dataset (self->state) != NULL);
  gtk_widget_set_visible (self->back_button, rd_window_state_get_dataset (self->state) != NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  /* Enter then opens another dataset: the page's suggested way on. */
  gtk_widget_grab_focus (self->open_other_button);
  g_message ("Cannot open %s: %s", path, error->message);
  return FALSE;
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

RdChartView *
rd_window_show_indicator (RdWindow    *self,
                          RdIndicator *indicator)
{
  RdChartView *view;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (RD_IS_INDICATOR (indicator), NULL);

  if (rd_window_state_get_dataset (self->state) == NULL)
    return NULL;

  _rd_window_choose_figure (self, indicator);
  /* No chart draws it: its sentence alone, in the view shown. */
  if ((view = find_chart_view (self, rd_window_state_get_chart (self->state))) == NULL)
    return NULL;

  gtk_stack_set_visible_child_name (self->view_stack, "charts");
  gtk_widget_grab_focus (GTK_WIDGET (view));
  return view;
}

static void
on_view_changed (GtkStack   *stack,
                 GParamSpec *pspec,
                 RdWindow   *self)
{
  _rd_window_view_shown (self, gtk_stack_get_visible_child_name (stack));
  if (self->view_stack != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
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
      g_settings_bind (self->settings, "show-source", self, "show-source", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "chart-zoom", self->state, "zoom", G_SETTINGS_BIND_DEFAULT);
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
  _rd_window_import_dispose (self);
  _rd_window_library_dispose (self);
  _rd_window_set_current_view (self, NULL);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  g_clear_object (&self->settings);
  g_clear_object (&self->state);

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
  /* The view shown: "charts", "table", "report", "pairs" or "trends" (win.view). */
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
  gtk_widget_class_bind_template_child (widget_class, RdWindow, trends_page);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, trends_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sector_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sector_activated);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_popover_show",
                                                G_CALLBACK (_rd_window_on_search_popover_show));
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);

  _rd_window_class_actions_init (widget_class);
  _rd_window_class_library_init (widget_class);
  _rd_window_class_import_init (widget_class);
  _rd_window_class_review_init (widget_class);
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
    N_("A figure of a region over the years (Alt+5)"),
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
  self->state = rd_window_state_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  _rd_window_view_shown (self, "charts");
  set_tooltips (self);
  _rd_window_update_trends (self);
  g_signal_connect_object (self->state, "notify::sector", G_CALLBACK (on_sector_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::selected-figure", G_CALLBACK (on_selected_figure_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::chart", G_CALLBACK (on_chart_changed), self, G_CONNECT_SWAPPED);
  _rd_window_actions_init (self);
  _rd_window_library_init (self);
  _rd_window_import_init (self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sector_list_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sector_list), keys);
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

RdWindowState *
rd_window_get_state (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->state;
}

RdDataset *
rd_window_get_dataset (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return rd_window_state_get_dataset (self->state);
}

const char *
rd_window_get_sector_id (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return rd_window_state_get_sector_id (self->state);
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
